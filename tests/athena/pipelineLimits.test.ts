// The sizes npm run bench reports for 200 tables of 100 columns stay under AWS's hard limits (a size check, not a timing).
import * as assert from "assert";

import { DEFINITION_LIMIT_BYTES, ENVIRONMENT_LIMIT_BYTES, measure, PAYLOAD_LIMIT_BYTES } from "../../scripts/bench/pipelineLimits";

describe("pipeline limits for 200 tables of 100 columns (scripts/bench/pipelineLimits.ts)", function () {
    this.timeout(60000);
    const rows = measure();
    const row = (prefix: string) => {
        const found = rows.filter(r => r.what.startsWith(prefix));
        assert.strictEqual(found.length, 1, `one row starting ${prefix}`);
        return found[0];
    };

    it("measures the definition against 1 MB and keeps it under", () => {
        const r = row("state machine definition");
        assert.strictEqual(r.limit, DEFINITION_LIMIT_BYTES);
        assert.ok(r.size < r.limit, `${r.size}`);
    });

    it("keeps the run plan, a Map item, a Map iteration and a successful run's last state under 256 KiB", () => {
        for (const prefix of ["ValidateInput task input", "run plan", "Map item", "largest Map iteration state", "state after CleanUp, 200 tables, every table loads"]) {
            const r = row(prefix);
            assert.strictEqual(r.limit, PAYLOAD_LIMIT_BYTES, prefix);
            assert.ok(r.size < r.limit, `${prefix}: ${r.size}`);
        }
    });

    it("fits 200 failed tables with schema-change causes, and reports that causes as long as a MERGE would not", () => {
        assert.ok(row("state after CleanUp, 200 tables, every table fails with a schema-change cause").size < PAYLOAD_LIMIT_BYTES);
        assert.ok(row("state after CleanUp, 200 tables, every table fails with a cause as long as its MERGE").size > PAYLOAD_LIMIT_BYTES);
    });

    it("keeps every Lambda environment under 4 KB", () => {
        const envs = rows.filter(r => r.what.startsWith("Lambda "));
        assert.deepStrictEqual(envs.map(r => r.what.split(" ")[1]), ["validateInput", "startExport", "checkExport", "prepareTable", "cleanup"]);
        for (const r of envs) {
            assert.strictEqual(r.limit, ENVIRONMENT_LIMIT_BYTES);
            assert.ok(r.size < r.limit, `${r.what}: ${r.size}`);
        }
    });
});
