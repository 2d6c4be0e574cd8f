// CleanUp's reading of the Distributed Map's results (ResultWriter files in S3) and its alert: short reasons within a byte budget.
import * as assert from "assert";
import { mockClient } from "aws-sdk-client-mock";
import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { ALERT_MAX_BYTES, alertText, readMapResults, REASON_MAX_BYTES, shortReason, truncateBytes } from "../../functions/pipeline/cleanup";

describe("pipeline results of the Distributed Map, read by CleanUp", () => {
    const s3 = mockClient(S3Client);
    const objects = new Map<string, string>();
    beforeEach(() => {
        s3.reset();
        objects.clear();
        s3.on(GetObjectCommand).callsFake(input => {
            assert.strictEqual(input.Bucket, "results-bucket");
            const body = objects.get(input.Key);
            if (body === undefined) throw Object.assign(new Error("no such key"), { name: "NoSuchKey" });
            return { Body: { transformToString: async () => body } };
        });
    });
    after(() => s3.restore());

    it("reads every status file the manifest lists: succeeded results, failed children with their own error, pending ones, and skips unselected tables", async () => {
        const input = (table: string) => JSON.stringify({ table, mode: "all" });
        objects.set("results/table-loads/m/manifest.json", JSON.stringify({ ResultFiles: {
            SUCCEEDED: [{ Key: "results/table-loads/m/SUCCEEDED_0.json" }], FAILED: [{ Key: "results/table-loads/m/FAILED_0.json" }], PENDING: [{ Key: "results/table-loads/m/PENDING_0.json" }],
        } }));
        objects.set("results/table-loads/m/SUCCEEDED_0.json", JSON.stringify([
            { Input: input("a"), Output: JSON.stringify({ table: "a", failed: false }), Status: "SUCCEEDED" },
            { Input: input("b"), Output: JSON.stringify({ table: "b", failed: true, error: "States.TaskFailed", cause: "boom" }), Status: "SUCCEEDED" },
            { Input: input("c"), Output: JSON.stringify({ table: "c", selected: false, failed: false }), Status: "SUCCEEDED" },
        ]));
        objects.set("results/table-loads/m/FAILED_0.json", JSON.stringify([{ Input: input("d"), Status: "FAILED", Error: "States.DataLimitExceeded", Cause: "too big" }]));
        objects.set("results/table-loads/m/PENDING_0.json", JSON.stringify([{ Input: input("e"), Status: "PENDING" }]));
        assert.deepStrictEqual(await readMapResults({ ResultWriterDetails: { Bucket: "results-bucket", Key: "results/table-loads/m/manifest.json" } }, "results-bucket"), [
            { table: "a", failed: false },
            { table: "b", failed: true, error: "States.TaskFailed", cause: "boom" },
            { table: "d", failed: true, error: "States.DataLimitExceeded", cause: "too big" },
            { table: "e", failed: true, error: "NotRun", cause: "the Map ended before this table's load started" },
        ]);
    });

    it("refuses results outside the pipeline's results bucket", async () => {
        await assert.rejects(readMapResults({ ResultWriterDetails: { Bucket: "other", Key: "k" } }, "results-bucket"),
            { name: "PipelineConfigError", message: `map results are in bucket "other", not the pipeline's results bucket results-bucket` });
    });

    it("takes a failed query's StateChangeReason, a Lambda error's errorMessage, or the first line, within the budget", () => {
        const query = JSON.stringify({ QueryExecution: { Query: "MERGE INTO x ...".repeat(1000), Status: { State: "FAILED", StateChangeReason: "COLUMN_NOT_FOUND: line 1:8: Column 'x' cannot be resolved" } } });
        assert.strictEqual(shortReason(query), "COLUMN_NOT_FOUND: line 1:8: Column 'x' cannot be resolved");
        assert.strictEqual(shortReason(JSON.stringify({ errorType: "SchemaChangeError", errorMessage: "table t: column c changed type" })), "table t: column c changed type");
        assert.strictEqual(shortReason("\n  first   line \nsecond"), "first line");
        assert.strictEqual(shortReason("x".repeat(3 * REASON_MAX_BYTES)).length, REASON_MAX_BYTES);
        assert.strictEqual(truncateBytes("ééééé", 8), "éé...");
        assert.strictEqual(truncateBytes("abc", 3), "abc");
    });

    it("keeps the alert for 1,000 failed tables with 64-character names within ALERT_MAX_BYTES, naming every table", () => {
        const results = Array.from({ length: 1000 }, (_, i) => ({ table: `t_${String(i).padStart(4, "0")}_${"x".repeat(57)}`, failed: true, error: "States.TaskFailed", cause: "é".repeat(100000) }));
        const alert = alertText("exp-1", results, "Table x was skipped", "s3://results-bucket/results/table-loads/m/manifest.json")!;
        assert.ok(Buffer.byteLength(alert, "utf8") <= ALERT_MAX_BYTES + 400, `${Buffer.byteLength(alert, "utf8")}`);
        const lines = alert.split("\n");
        assert.strictEqual(lines[0], "1000 of 1000 table(s) of export exp-1 failed to load; the others loaded:");
        assert.strictEqual(lines.filter(l => l.startsWith("- t_")).length, 1000);
        assert.deepStrictEqual(lines.slice(-2), ["Full causes: s3://results-bucket/results/table-loads/m/manifest.json", "Export exp-1 warning: Table x was skipped"]);
    });
});
