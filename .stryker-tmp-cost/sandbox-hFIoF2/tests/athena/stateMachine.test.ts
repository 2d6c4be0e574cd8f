// @ts-nocheck
// The pipeline state machine: asl-validator on the generated definition, and local executions (aws-local-stepfunctions) of every run scenario.
import * as assert from "assert";
// asl-validator ships no typings.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const aslValidator: (definition: unknown) => { isValid: boolean; errorsText: (separator?: string) => string } = require("asl-validator");
import { buildPipelineDefinition } from "../../components/athena/definition";
import { LocalPipeline, PARAMS } from "./helpers/localPipeline";

describe("pipeline state machine definition", () => {
    it("passes asl-validator", () => {
        const { isValid, errorsText } = aslValidator(buildPipelineDefinition(PARAMS) as never);
        assert.strictEqual(isValid, true, errorsText("\n"));
    });

    it("uses JSONPath only, and service integrations for Athena, DynamoDB and SNS", () => {
        const definition = buildPipelineDefinition(PARAMS);
        const text = JSON.stringify(definition);
        assert.ok(!text.includes("QueryLanguage") && !text.includes("{%"), "no JSONata");
        const resources = new Set<string>();
        const walk = (states: Record<string, Record<string, unknown>>): void => {
            for (const s of Object.values(states)) {
                if (typeof s.Resource === "string") resources.add(s.Resource);
                const processor = s.ItemProcessor as { States: Record<string, Record<string, unknown>> } | undefined;
                if (processor) walk(processor.States);
            }
        };
        walk(definition.States as never);
        assert.deepStrictEqual([...resources].sort(), [
            "arn:aws:states:::athena:startQueryExecution.sync",
            "arn:aws:states:::aws-sdk:athena:getQueryResults",
            "arn:aws:states:::aws-sdk:rds:cancelExportTask",
            "arn:aws:states:::dynamodb:getItem",
            "arn:aws:states:::dynamodb:putItem",
            "arn:aws:states:::sns:publish",
            ...Object.values(PARAMS.functionArns),
        ].sort());
        assert.strictEqual(definition.TimeoutSeconds, 43200);
        assert.deepStrictEqual((definition.States.LoadTables as Record<string, unknown>).MaxConcurrency, 1);
    });

    it("rejects nonsensical numeric parameters", () => {
        assert.throws(() => buildPipelineDefinition({ ...PARAMS, exportPollSeconds: 0 }), /^Error: exportPollSeconds must be a whole number >= 1, got 0$/);
    });
});

describe("pipeline state machine, executed locally", function () {
    this.timeout(120000);
    let w: LocalPipeline;

    beforeEach(async () => {
        w = await LocalPipeline.create();
        await w.conn.run(`INSERT INTO aurora.sales VALUES
            (1, 2, 10.00, TIMESTAMP '2026-11-01 09:00:00'),
            (2, 1, 25.50, TIMESTAMP '2026-11-01 12:30:00'),
            (3, 4, 99.99, TIMESTAMP '2026-11-02 08:15:00.250')`);
        await w.conn.run(`INSERT INTO aurora.venue VALUES (1, 'Hall A', 500), (2, 'Hall B', 1200)`);
        await w.conn.run(`INSERT INTO aurora."date" VALUES (1, DATE '2026-11-01', false), (2, DATE '2026-11-02', true)`);
    });
    afterEach(async () => {
        await w.close();
    });

    async function assertAllMastersEqualSource(): Promise<void> {
        await w.assertMasterEqualsSource("sales", "salesid");
        await w.assertMasterEqualsSource("venue", "venueid");
        await w.assertMasterEqualsSource("date", "dateid");
    }

    async function assertCleanedUp(exportTaskId: string): Promise<void> {
        assert.deepStrictEqual(await w.stageTablesLeft(), [], "per-run tables dropped");
        assert.deepStrictEqual(w.leftoverExportObjects(), [], "raw export moved away");
        assert.ok(w.backupObjects(exportTaskId).some(k => k.endsWith(".parquet")), "raw export kept under backup/");
    }

    it("an all run builds every master, then a diff run applies updates, inserts and full replaces", async () => {
        const first = await w.run({ mode: "all" });
        assert.ok(first.ok, first.error?.message);
        await assertAllMastersEqualSource();
        assert.strictEqual(w.watermark("sales"), "2026-11-02 08:15:00.25");
        assert.strictEqual(w.watermark("venue"), undefined, "no timestamp, no watermark");
        assert.deepStrictEqual(w.exportsStarted[0].tables, ["sales", "venue", "date"]);
        await assertCleanedUp(w.exportsStarted[0].exportTaskId);

        await w.conn.run(`UPDATE aurora.sales SET qtysold = 9, saletime = TIMESTAMP '2026-11-03 10:00:00' WHERE salesid = 2`);
        await w.conn.run(`INSERT INTO aurora.sales VALUES (4, 1, 5.00, TIMESTAMP '2026-11-03 11:00:00')`);
        await w.conn.run(`UPDATE aurora.venue SET venueseats = 650 WHERE venueid = 1`);
        await w.conn.run(`DELETE FROM aurora.venue WHERE venueid = 2`);
        const second = await w.run({ mode: "diff" });
        assert.ok(second.ok, second.error?.message);
        await assertAllMastersEqualSource();
        assert.strictEqual(w.watermark("sales"), "2026-11-03 11:00:00");
        const diffMerge = w.queries.filter(q => q.startsWith(`MERGE INTO "analytics_dev"."sales"`)).pop()!;
        assert.match(diffMerge, /WHERE "saletime" >= TIMESTAMP '2026-11-02 08:10:00.25'\)/, "diff from the watermark minus the 300 s overlap");
        assert.deepStrictEqual(w.alerts, []);
    });

    it("a diff run after skipped days loses nothing", async () => {
        assert.ok((await w.run({ mode: "all" })).ok);
        // Three days of changes, including a weekend, with no run in between.
        await w.conn.run(`INSERT INTO aurora.sales VALUES (10, 1, 1.00, TIMESTAMP '2026-11-06 23:59:59'), (11, 1, 2.00, TIMESTAMP '2026-11-07 12:00:00')`);
        await w.conn.run(`UPDATE aurora.sales SET pricepaid = 11.00, saletime = TIMESTAMP '2026-11-08 08:00:00' WHERE salesid = 1`);
        await w.conn.run(`INSERT INTO aurora.sales VALUES (12, 3, 3.00, TIMESTAMP '2026-11-09 01:00:00')`);
        const diff = await w.run({ mode: "diff" });
        assert.ok(diff.ok, diff.error?.message);
        await w.assertMasterEqualsSource("sales", "salesid");
        assert.strictEqual(w.watermark("sales"), "2026-11-09 01:00:00");
    });

    it("the same diff run twice duplicates nothing, and a late row inside the overlap is picked up", async () => {
        assert.ok((await w.run({ mode: "all" })).ok);
        await w.conn.run(`INSERT INTO aurora.sales VALUES (20, 1, 1.00, TIMESTAMP '2026-11-04 10:00:00')`);
        assert.ok((await w.run({ mode: "diff" })).ok);
        assert.ok((await w.run({ mode: "diff" })).ok);
        await w.assertMasterEqualsSource("sales", "salesid");
        // Committed after the last export with a timestamp 2 minutes before the watermark: the overlap catches it.
        await w.conn.run(`INSERT INTO aurora.sales VALUES (21, 1, 1.00, TIMESTAMP '2026-11-04 09:58:00')`);
        assert.ok((await w.run({ mode: "diff" })).ok);
        await w.assertMasterEqualsSource("sales", "salesid");
        assert.deepStrictEqual(await w.rows(`SELECT count(*)::INTEGER AS n, count(DISTINCT salesid)::INTEGER AS d FROM analytics_dev.sales`), [{ n: 5, d: 5 }]);
        assert.strictEqual(w.watermark("sales"), "2026-11-04 10:00:00", "the watermark never moves backwards");
    });

    it("a diff run selected to one table leaves the others alone", async () => {
        assert.ok((await w.run({ mode: "all" })).ok);
        await w.conn.run(`UPDATE aurora.venue SET venuename = 'Renamed' WHERE venueid = 1`);
        await w.conn.run(`INSERT INTO aurora.sales VALUES (30, 1, 1.00, TIMESTAMP '2026-11-05 10:00:00')`);
        assert.ok((await w.run({ mode: "diff", tables: ["sales"] })).ok);
        assert.deepStrictEqual(w.exportsStarted[1].tables, ["sales"]);
        await w.assertMasterEqualsSource("sales", "salesid");
        assert.deepStrictEqual(await w.rows(`SELECT venuename FROM analytics_dev.venue WHERE venueid = 1`), [{ venuename: "Hall A" }]);
    });

    it("an export that fails alerts, cleans up and leaves the masters and watermarks untouched", async () => {
        assert.ok((await w.run({ mode: "all" })).ok);
        const before = await w.rows(`SELECT * FROM analytics_dev.sales ORDER BY salesid`);
        const watermark = w.watermark("sales");
        await w.conn.run(`INSERT INTO aurora.sales VALUES (40, 1, 1.00, TIMESTAMP '2026-11-05 10:00:00')`);
        w.failures.exportFailure = "The IAM role has no access to the KMS key.";
        const queriesBefore = w.queries.length;
        const run = await w.run({ mode: "diff" });
        assert.strictEqual(run.ok, false);
        assert.match(run.error!.message, /is FAILED: The IAM role has no access to the KMS key\.$/);
        assert.strictEqual(w.queries.length, queriesBefore, "no query ran");
        assert.deepStrictEqual(w.canceledExports, [], "a FAILED export needs no cancel");
        assert.deepStrictEqual(await w.rows(`SELECT * FROM analytics_dev.sales ORDER BY salesid`), before);
        assert.strictEqual(w.watermark("sales"), watermark);
        assert.strictEqual(w.alerts.length, 1);
        assert.strictEqual(w.alerts[0].TopicArn, PARAMS.alertTopicArn);
        assert.strictEqual(w.alerts[0].Subject, "Athena pipeline run failed");
        assert.match(w.alerts[0].Message, new RegExp(`^Run arn:aws:states:us-east-1:123456789012:execution:analytics-dev:run-2 \\(export ${w.exportsStarted[1].exportTaskId}\\) failed with ExportFailed: export task .* is FAILED: The IAM role has no access to the KMS key\\.$`));
        await assertCleanedUp(w.exportsStarted[1].exportTaskId);

        // The next run after the failure catches up.
        w.failures.exportFailure = undefined;
        assert.ok((await w.run({ mode: "diff" })).ok);
        await w.assertMasterEqualsSource("sales", "salesid");
    });

    it("an export that never completes is cancelled, cleaned up and alerted", async () => {
        w.failures.exportNeverCompletes = true;
        const run = await w.run({ mode: "all" });
        assert.strictEqual(run.ok, false);
        assert.match(run.error!.message, /is still IN_PROGRESS after 3 checks$/);
        assert.deepStrictEqual(w.canceledExports, [w.exportsStarted[0].exportTaskId]);
        assert.match(w.alerts[0].Message, /failed with ExportTimedOut: /);
        assert.deepStrictEqual(w.queries, []);
        await assertCleanedUp(w.exportsStarted[0].exportTaskId);
    });

    it("a query that fails alerts, cleans up and leaves that master and its watermark untouched", async () => {
        assert.ok((await w.run({ mode: "all" })).ok);
        const before = await w.rows(`SELECT * FROM analytics_dev.sales ORDER BY salesid`);
        const watermark = w.watermark("sales");
        await w.conn.run(`UPDATE aurora.sales SET qtysold = 7, saletime = TIMESTAMP '2026-11-05 10:00:00' WHERE salesid = 3`);
        w.failures.failQuery = /^MERGE INTO "analytics_dev"."sales"/;
        const run = await w.run({ mode: "diff" });
        assert.strictEqual(run.ok, false);
        assert.match(run.error!.message, /Athena query FAILED: ICEBERG_COMMIT_ERROR$/);
        assert.deepStrictEqual(await w.rows(`SELECT * FROM analytics_dev.sales ORDER BY salesid`), before);
        assert.strictEqual(w.watermark("sales"), watermark, "the watermark did not advance past the failed merge");
        assert.strictEqual(w.alerts.length, 1);
        assert.match(w.alerts[0].Message, /failed with States\.TaskFailed: Athena query FAILED: ICEBERG_COMMIT_ERROR$/);
        await assertCleanedUp(w.exportsStarted[1].exportTaskId);

        w.failures.failQuery = undefined;
        assert.ok((await w.run({ mode: "diff" })).ok);
        await assertAllMastersEqualSource();
    });

    const badInputs: [string, unknown, RegExp][] = [
        ["an unknown mode", { mode: "full" }, /run input mode "full" is not allowed/],
        ["an unknown table", { mode: "diff", tables: ["users"] }, /run input table "users" is not a configured table/],
        ["an injection attempt in a table name", { mode: "diff", tables: ["sales\" WHERE 1=1; DROP TABLE venue; --"] }, /is not a configured table/],
    ];
    for (const [what, input, message] of badInputs) {
        it(`bad input (${what}) fails before anything starts, and alerts`, async () => {
            const run = await w.run(input);
            assert.strictEqual(run.ok, false);
            assert.match(run.error!.message, message);
            assert.deepStrictEqual(w.exportsStarted, []);
            assert.deepStrictEqual(w.queries, []);
            assert.strictEqual(await w.tableExists("analytics_dev", "sales"), false);
            assert.strictEqual(w.alerts.length, 1);
            assert.strictEqual(w.alerts[0].Subject, "Athena pipeline run rejected");
            assert.match(w.alerts[0].Message, message);
        });
    }
});
