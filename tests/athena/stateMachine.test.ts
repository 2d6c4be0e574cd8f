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
            "arn:aws:states:::aws-sdk:sfn:describeExecution",
            "arn:aws:states:::dynamodb:deleteItem",
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
        await w.conn.run(`INSERT INTO aurora.venue VALUES (1, 'Hall A', 'CA', 500), (2, 'Hall B', 'NY', 1200)`);
        await w.conn.run(`INSERT INTO aurora."date" VALUES (1, DATE '2008-01-01', 'Q1', 0), (2, DATE '2008-01-02', 'Q1', 1)`);
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
        // Nothing is copied or deleted: the export stays for the lifecycle rule (backupRetentionDays).
        assert.ok(w.exportObjects(exportTaskId).some(k => k.endsWith(".gz.parquet")), "raw export left in place");
        assert.strictEqual(w.watermarks.has("#run-lock"), false, "run lock released");
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
        assert.match(diffMerge, /WHERE \("saletime" >= TIMESTAMP '2026-11-02 08:10:00.25' OR "saletime" IS NULL\) AND "salesid" IS NOT NULL\)/, "diff from the watermark minus the 300 s overlap");
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

    it("a query that fails for good fails only its table: the alert names it and the reason, the other tables load", async () => {
        assert.ok((await w.run({ mode: "all" })).ok);
        const before = await w.rows(`SELECT * FROM analytics_dev.sales ORDER BY salesid`);
        const watermark = w.watermark("sales");
        await w.conn.run(`UPDATE aurora.sales SET qtysold = 7, saletime = TIMESTAMP '2026-11-05 10:00:00' WHERE salesid = 3`);
        await w.conn.run(`UPDATE aurora.venue SET venueseats = 1 WHERE venueid = 1`);
        w.failures.failQuery = /^MERGE INTO "analytics_dev"."sales"/;
        const run = await w.run({ mode: "diff" });
        assert.strictEqual(run.ok, false);
        assert.match(run.error!.message, /One or more tables failed to load/);
        assert.strictEqual(w.queries.filter(q => q.startsWith(`MERGE INTO "analytics_dev"."sales"`)).length, 2, "a permanent failure is not retried");
        assert.deepStrictEqual(await w.rows(`SELECT * FROM analytics_dev.sales ORDER BY salesid`), before);
        assert.strictEqual(w.watermark("sales"), watermark, "the watermark did not advance past the failed merge");
        await w.assertMasterEqualsSource("venue", "venueid");
        assert.strictEqual(w.alerts.length, 1);
        assert.strictEqual(w.alerts[0].Subject, "Athena pipeline tables failed");
        assert.match(w.alerts[0].Message, /1 of 3 table\(s\) of export .* failed to load; the others loaded:\n- sales: States\.TaskFailed: Athena query FAILED: COLUMN_NOT_FOUND/);
        await assertCleanedUp(w.exportsStarted[1].exportTaskId);

        w.failures.failQuery = undefined;
        assert.ok((await w.run({ mode: "diff" })).ok);
        await assertAllMastersEqualSource();
    });

    it("a transient Athena failure (ICEBERG_COMMIT_ERROR) is retried with backoff, then the run succeeds", async () => {
        assert.ok((await w.run({ mode: "all" })).ok);
        await w.conn.run(`INSERT INTO aurora.sales VALUES (50, 1, 1.50, TIMESTAMP '2026-11-05 10:00:00')`);
        w.failures.failQuery = /^MERGE INTO "analytics_dev"."sales"/;
        w.failures.failTimes = 2;
        w.failures.failureCause = "{\"QueryExecution\":{\"Status\":{\"StateChangeReason\":\"ICEBERG_COMMIT_ERROR: Failed to commit Iceberg update to table\"}}}";
        const run = await w.run({ mode: "diff" });
        assert.ok(run.ok, run.error?.message);
        assert.strictEqual(w.queries.filter(q => q.startsWith(`MERGE INTO "analytics_dev"."sales"`)).length, 1 + 3, "one all-run MERGE, then two failures and the retry that worked");
        await assertAllMastersEqualSource();
        assert.deepStrictEqual(await w.rows(`SELECT salesid, pricepaid FROM analytics_dev.sales WHERE salesid = 50`), [{ salesid: 50, pricepaid: "1.50" }]);
        assert.strictEqual(w.watermark("sales"), "2026-11-05 10:00:00");
        assert.deepStrictEqual(w.alerts, []);
    });

    it("masters get the types a user expects: CHAR and DATE arrive as bytes and text, the master holds varchar and date", async () => {
        assert.ok((await w.run({ mode: "all" })).ok);
        assert.deepStrictEqual(await w.rows(`SELECT count(*)::INTEGER AS n FROM analytics_dev.venue WHERE venuestate = 'CA'`), [{ n: 1 }]);
        assert.deepStrictEqual(await w.rows(`SELECT dateid, qtr FROM analytics_dev."date" WHERE caldate = DATE '2008-01-01'`), [{ dateid: 1, qtr: "Q1" }]);
        assert.deepStrictEqual(await w.rows(`SELECT column_name, data_type FROM duckdb_columns() WHERE schema_name = 'analytics_dev' AND table_name IN ('venue', 'date', 'sales') ORDER BY table_name, column_index`), [
            { column_name: "dateid", data_type: "INTEGER" }, { column_name: "caldate", data_type: "DATE" }, { column_name: "qtr", data_type: "VARCHAR" }, { column_name: "holiday", data_type: "INTEGER" },
            { column_name: "salesid", data_type: "INTEGER" }, { column_name: "qtysold", data_type: "INTEGER" }, { column_name: "pricepaid", data_type: "DECIMAL(8,2)" }, { column_name: "saletime", data_type: "TIMESTAMP" },
            { column_name: "venueid", data_type: "INTEGER" }, { column_name: "venuename", data_type: "VARCHAR" }, { column_name: "venuestate", data_type: "VARCHAR" }, { column_name: "venueseats", data_type: "INTEGER" },
        ]);
        assert.deepStrictEqual(await w.rows(`SELECT sum(pricepaid)::VARCHAR AS total FROM analytics_dev.sales`), [{ total: "135.49" }], "exact decimals");
    });

    it("a schema change between two runs: an added column is added, a dropped one is kept, a changed type fails that table until a rebuild", async () => {
        assert.ok((await w.run({ mode: "all" })).ok);
        await w.addSourceColumn("venue", { name: "venuecode", type: "char(3)" });
        await w.dropSourceColumn("venue", "venueseats");
        await w.conn.run(`UPDATE aurora.venue SET venuecode = 'HLA' WHERE venueid = 1`);
        await w.conn.run(`INSERT INTO aurora.venue VALUES (3, 'Hall C', 'TX', 'HLC')`);
        const second = await w.run({ mode: "all" });
        assert.ok(second.ok, second.error?.message);
        assert.ok(w.queries.includes("ALTER TABLE `analytics_dev`.`venue` ADD COLUMNS (`venuecode` string)"));
        assert.deepStrictEqual(await w.rows(`SELECT * FROM analytics_dev.venue ORDER BY venueid`), [
            { venueid: 1, venuename: "Hall A", venuestate: "CA", venueseats: 500, venuecode: "HLA" },
            { venueid: 2, venuename: "Hall B", venuestate: "NY", venueseats: 1200, venuecode: null },
            { venueid: 3, venuename: "Hall C", venuestate: "TX", venueseats: null, venuecode: "HLC" },
        ]);

        await w.conn.run(`UPDATE aurora.venue SET venuename = CAST(venueid * 10 AS VARCHAR)`);
        await w.changeSourceColumnType("venue", "venuename", "int");
        const third = await w.run({ mode: "all" });
        assert.strictEqual(third.ok, false);
        assert.match(w.alerts[0].Message, /- venue: SchemaChangeError: table venue: column venuename changed type from string to int, which the master cannot take in place; rebuild that master from the export with the run input \{"mode":"rebuild","tables":\["venue"\]\}/);
        await w.assertMasterEqualsSource("sales", "salesid");

        const rebuild = await w.run({ mode: "rebuild", tables: ["venue"] });
        assert.ok(rebuild.ok, rebuild.error?.message);
        assert.ok(w.queries.includes("DROP TABLE IF EXISTS `analytics_dev`.`venue`"));
        await w.assertMasterEqualsSource("venue", "venueid");
    });

    it("a skipped table fails only itself: the alert names it and AWS's reason, the other tables load", async () => {
        w.failures.skipTables = { venue: "The column name venue seats contains characters that are not supported." };
        const run = await w.run({ mode: "all" });
        assert.strictEqual(run.ok, false);
        await w.assertMasterEqualsSource("sales", "salesid");
        await w.assertMasterEqualsSource("date", "dateid");
        assert.strictEqual(await w.tableExists("analytics_dev", "venue"), false);
        assert.strictEqual(w.alerts.length, 1);
        const id = w.exportsStarted[0].exportTaskId;
        assert.strictEqual(w.alerts[0].Message, `Run arn:aws:states:us-east-1:123456789012:execution:analytics-dev:run-1: 1 of 3 table(s) of export ${id} failed to load; the others loaded:\n`
            + `- venue: TableNotExported: table venue: the export reports demodb.venue as FAILED: The column name venue seats contains characters that are not supported.\n`
            + `Full causes: s3://results-bucket/${w.manifestKeys()[0]}\n`
            + `Export ${id} warning: Table demodb.venue was skipped: The column name venue seats contains characters that are not supported.`);
    });

    it("a future-dated row cannot carry the watermark past the export's snapshot time", async () => {
        w.failures.snapshotTime = "2026-11-05 00:00:00.000";
        await w.conn.run(`INSERT INTO aurora.sales VALUES (60, 1, 9.00, TIMESTAMP '2027-01-01 00:00:00')`);
        assert.ok((await w.run({ mode: "all" })).ok);
        assert.strictEqual(w.watermark("sales"), "2026-11-05 00:00:00");
        // A change made after that export, with a normal timestamp, is still picked up.
        await w.conn.run(`UPDATE aurora.sales SET qtysold = 3, saletime = TIMESTAMP '2026-11-06 09:00:00' WHERE salesid = 1`);
        w.failures.snapshotTime = "2026-11-07 00:00:00.000";
        assert.ok((await w.run({ mode: "diff" })).ok);
        await w.assertMasterEqualsSource("sales", "salesid");
        assert.strictEqual(w.watermark("sales"), "2026-11-07 00:00:00");
        // An all run never moves it backwards.
        w.failures.snapshotTime = "2026-11-06 00:00:00.000";
        assert.ok((await w.run({ mode: "all" })).ok);
        assert.strictEqual(w.watermark("sales"), "2026-11-07 00:00:00");
    });

    it("a run that starts while another holds the lock stops at once, without an export or an alert", async () => {
        w.holdRunLock("arn:aws:states:us-east-1:123456789012:execution:analytics-dev:other", "2099-01-01T00:00:00.000Z");
        const run = await w.run({ mode: "diff" });
        assert.ok(run.ok);
        assert.deepStrictEqual(run.output, { skipped: "Run arn:aws:states:us-east-1:123456789012:execution:analytics-dev:run-1 did not start: run arn:aws:states:us-east-1:123456789012:execution:analytics-dev:other of this pipeline is in progress (one export per cluster at a time). Start it again when that run has ended." });
        assert.deepStrictEqual(w.exportsStarted, []);
        assert.deepStrictEqual(w.alerts, []);
        assert.strictEqual(w.watermarks.get("#run-lock")!.executionId.S, "arn:aws:states:us-east-1:123456789012:execution:analytics-dev:other");
        // A lock older than the state machine's timeout belongs to a run that has ended: it is taken over.
        w.holdRunLock("arn:aws:states:us-east-1:123456789012:execution:analytics-dev:crashed", "2000-01-01T00:00:00.000Z");
        assert.ok((await w.run({ mode: "all" })).ok);
        await assertAllMastersEqualSource();
        assert.strictEqual(w.watermarks.has("#run-lock"), false);
    });

    it("an empty table in a full sync empties its master; OPTIMIZE and VACUUM follow each full sync", async () => {
        assert.ok((await w.run({ mode: "all" })).ok);
        await w.conn.run(`DELETE FROM aurora.venue`);
        assert.ok((await w.run({ mode: "diff" })).ok);
        assert.deepStrictEqual(await w.rows(`SELECT count(*)::INTEGER AS n FROM analytics_dev.venue`), [{ n: 2 }], "a diff has nothing to apply");
        assert.ok((await w.run({ mode: "all" })).ok);
        assert.deepStrictEqual(await w.rows(`SELECT * FROM analytics_dev.venue`), []);
        assert.ok(w.queries.includes(`DELETE FROM "analytics_dev"."venue"`));
        assert.ok(w.queries.includes(`OPTIMIZE "sales" REWRITE DATA USING BIN_PACK`) && w.queries.includes("VACUUM `sales`"));
        assert.strictEqual(w.watermark("sales"), "2026-11-02 08:15:00.25");
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
