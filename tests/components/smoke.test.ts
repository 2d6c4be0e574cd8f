import * as assert from "assert";
import { runProgram, BASE_CONFIG } from "../harness/mockProgram";

describe("harness smoke", () => {
    it("runs the program and returns its outputs", async () => {
        const run = await runProgram({ config: BASE_CONFIG, stack: "smoke" });
        assert.strictEqual(run.error, undefined);
        assert.strictEqual(run.outputs.pipelineName, "analytics-smoke");
    });
});
