// Athena pipeline Lambda handlers under aws-sdk-client-mock: the exact commands and inputs they send, and every error path.
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { mockClient } from "aws-sdk-client-mock";
import { DescribeExportTasksCommand, RDSClient, StartExportTaskCommand } from "@aws-sdk/client-rds";
import { AlreadyExistsException, BatchDeleteTableCommand, CreateTableCommand, GetTableCommand, GlueClient, UpdateTableCommand } from "@aws-sdk/client-glue";
import { GetObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { handler as validateInput } from "../../functions/pipeline/validateInput";
import { handler as startExport } from "../../functions/pipeline/startExport";
import { handler as checkExport } from "../../functions/pipeline/checkExport";
import { handler as prepareTable } from "../../functions/pipeline/prepareTable";
import { handler as cleanup } from "../../functions/pipeline/cleanup";
import { bodyOf, listKeys, readRange } from "../athena/helpers/parquet";
import { ExportedTable, writeExport } from "../athena/helpers/rdsExport";

// Created in before(): another test file mocks the same clients, and mockClient replaces any earlier stub.
function clientMocks() {
    return { rds: mockClient(RDSClient), glue: mockClient(GlueClient), s3: mockClient(S3Client) };
}
let m: ReturnType<typeof clientMocks>;

const TABLES = [
    { name: "sales", primaryKey: ["salesid"], timestampColumn: "saletime" },
    { name: "venue", primaryKey: ["venueid"] },
];
const EXPORT_ID = "analytics-dev-20261104-033000-1a2b3c4d";
const RUN_ID = "r20261104t033000_1a2b3c4d";
const ENV: Record<string, string> = {
    AWS_REGION: "us-east-1",
    PIPELINE_NAME: "analytics-dev",
    DB_NAME: "demodb",
    GLUE_DATABASE: "analytics_dev",
    RAW_BUCKET: "raw-bucket",
    EXPORT_PREFIX: "exports",
    MASTER_BUCKET: "master-bucket",
    MASTER_PREFIX: "master",
    DIFF_OVERLAP_SECONDS: "300",
    SOURCE_ARN: "arn:aws:rds:us-east-1:123456789012:cluster:demo-cluster",
    EXPORT_ROLE_ARN: "arn:aws:iam::123456789012:role/analytics-dev-export",
    KMS_KEY_ID: "arn:aws:kms:us-east-1:123456789012:key/11111111-2222-3333-4444-555555555555",
    MAX_EXPORT_POLLS: "3",
};

function awsError(name: string, message = name, status = 400): Error {
    return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } });
}

async function rejectsWith(p: Promise<unknown>, name: string, message: RegExp): Promise<void> {
    await assert.rejects(p, (e: Error) => {
        assert.strictEqual(e.name, name);
        assert.match(e.message, message);
        return true;
    });
}

describe("pipeline Lambda handlers", () => {
    const saved = { ...process.env };
    const consoleLog = console.log;
    // The handlers log one JSON line per step; keep the test report readable.
    before(() => {
        console.log = () => undefined;
        m = clientMocks();
    });
    beforeEach(() => {
        Object.assign(process.env, ENV);
        m.rds.reset();
        m.glue.reset();
        m.s3.reset();
    });
    after(() => {
        process.env = saved;
        console.log = consoleLog;
        m.rds.restore();
        m.glue.restore();
        m.s3.restore();
    });

    describe("validateInput", () => {
        const event = (input: unknown) => ({
            input,
            executionId: "arn:aws:states:us-east-1:123456789012:execution:analytics-dev:manual-1",
            executionStartTime: "2026-11-04T03:30:00.123Z",
            configuredTables: TABLES.map(t => t.name),
        });

        it("plans a diff run over every configured table, with ids derived from the execution", async () => {
            const plan = await validateInput(event({ mode: "diff" }));
            assert.deepStrictEqual({ ...plan, exportTaskId: plan.exportTaskId.replace(/[0-9a-f]{8}$/, "HASH"), runId: plan.runId.replace(/[0-9a-f]{8}$/, "HASH") }, {
                mode: "diff",
                tables: ["sales", "venue"],
                selection: null,
                exportTaskId: "analytics-dev-20261104-033000-HASH",
                runId: "r20261104t033000_HASH",
                lockExpiresAt: "2026-11-04T15:30:00.123Z",
            });
            assert.strictEqual(plan.exportTaskId.slice(-8), plan.runId.slice(-8));
            assert.deepStrictEqual(await validateInput(event({ mode: "diff" })), plan, "a retry gets the same ids");
        });

        it("keeps a selected subset in config order", async () => {
            const plan = await validateInput(event({ mode: "all", tables: ["venue"] }));
            assert.deepStrictEqual(plan.tables, ["venue"]);
            assert.deepStrictEqual(plan.selection, ["venue"]);
            assert.strictEqual(plan.mode, "all");
        });

        it("refuses a broken table name list from the definition", async () => {
            await rejectsWith(validateInput({ ...event({ mode: "diff" }), configuredTables: ["a-b"] }), "PipelineConfigError",
                /^configuredTables \["a-b"\] is not a non-empty list of table names$/);
            await rejectsWith(validateInput({ ...event({ mode: "diff" }), configuredTables: [TABLES[0]] }), "PipelineConfigError",
                /^configuredTables \[\{"name":"sales".*\] is not a non-empty list of table names$/);
            await rejectsWith(validateInput({ ...event({ mode: "diff" }), configuredTables: ["sales", "Sales"] }), "PipelineConfigError",
                /^configuredTables names the table Sales a second time$/);
        });

        const bad: [string, unknown, RegExp][] = [
            ["unknown mode", { mode: "full" }, /^run input mode "full" is not allowed; use "all", "diff" or "rebuild"$/],
            ["missing mode", {}, /^run input mode undefined is not allowed/],
            ["unknown table", { mode: "diff", tables: ["salez"] }, /^run input table "salez" is not a configured table; configured tables are sales, venue$/],
            ["injection in a table name", { mode: "diff", tables: ["sales\"; DROP TABLE x; --"] }, /^run input table "sales\\"; DROP TABLE x; --" is not a configured table/],
            ["table name in another case", { mode: "diff", tables: ["SALES"] }, /not a configured table/],
            ["duplicate table", { mode: "diff", tables: ["sales", "sales"] }, /^run input table "sales" is listed twice$/],
            ["empty table list", { mode: "diff", tables: [] }, /must be a non-empty list/],
            ["tables not a list", { mode: "diff", tables: "sales" }, /must be a non-empty list/],
            ["extra field (the old sample's format)", { mode: "diff", Tables: [{ table_name: "event" }] }, /^run input has the unknown field "Tables"; allowed fields are mode and tables$/],
            ["non-object input", "diff", /^run input must be a JSON object like \{"mode": "diff"\}, got "diff"$/],
        ];
        for (const [what, input, message] of bad) {
            it(`rejects ${what} with InvalidRunInput`, async () => {
                await rejectsWith(validateInput(event(input)), "InvalidRunInput", message);
            });
        }
    });

    describe("startExport", () => {
        it("sends StartExportTask for the selected tables only", async () => {
            m.rds.on(StartExportTaskCommand).resolves({ Status: "STARTING" });
            const out = await startExport({ exportTaskId: EXPORT_ID, tables: ["venue"] });
            assert.deepStrictEqual(out, { status: "STARTING", polls: 0 });
            assert.deepStrictEqual(m.rds.commandCalls(StartExportTaskCommand).map(c => c.args[0].input), [{
                ExportTaskIdentifier: EXPORT_ID,
                SourceArn: ENV.SOURCE_ARN,
                S3BucketName: "raw-bucket",
                S3Prefix: "exports",
                IamRoleArn: ENV.EXPORT_ROLE_ARN,
                KmsKeyId: ENV.KMS_KEY_ID,
                ExportOnly: ["demodb.venue"],
            }]);
        });

        it("treats an already existing export (a retried invocation) as started", async () => {
            m.rds.on(StartExportTaskCommand).rejects(awsError("ExportTaskAlreadyExistsFault"));
            assert.deepStrictEqual(await startExport({ exportTaskId: EXPORT_ID, tables: ["sales"] }), { status: "STARTING", polls: 0 });
        });

        it("turns throttling into ExportThrottled so the state retries with backoff", async () => {
            m.rds.on(StartExportTaskCommand).rejects(awsError("ThrottlingException", "Rate exceeded"));
            await rejectsWith(startExport({ exportTaskId: EXPORT_ID, tables: ["sales"] }), "ExportThrottled", /^StartExportTask .* throttled: ThrottlingException: Rate exceeded$/);
        });

        it("fails with the AWS error otherwise", async () => {
            m.rds.on(StartExportTaskCommand).rejects(awsError("InvalidExportSourceStateFault", "cluster is stopped"));
            await rejectsWith(startExport({ exportTaskId: EXPORT_ID, tables: ["sales"] }), "ExportFailed", /failed: InvalidExportSourceStateFault: cluster is stopped$/);
        });

        it("refuses a table name that is not an identifier, and a bad export id, without calling RDS", async () => {
            await rejectsWith(startExport({ exportTaskId: EXPORT_ID, tables: ["users; drop"] }), "PipelineConfigError", /^tables \["users; drop"\] is not a non-empty list of table names$/);
            await rejectsWith(startExport({ exportTaskId: "bad--id", tables: ["sales"] }), "ExportFailed", /^export task id "bad--id" is not valid$/);
            assert.strictEqual(m.rds.calls().length, 0);
        });
    });

    describe("checkExport", () => {
        it("reports progress and counts polls", async () => {
            m.rds.on(DescribeExportTasksCommand).resolves({ ExportTasks: [{ Status: "IN_PROGRESS", PercentProgress: 40 }] });
            assert.deepStrictEqual(await checkExport({ exportTaskId: EXPORT_ID, polls: 0 }), { status: "IN_PROGRESS", polls: 1 });
            assert.deepStrictEqual(m.rds.commandCalls(DescribeExportTasksCommand)[0].args[0].input, { ExportTaskIdentifier: EXPORT_ID });
        });

        it("returns COMPLETE with the snapshot time and the warning about skipped tables", async () => {
            m.rds.on(DescribeExportTasksCommand).resolves({ ExportTasks: [{ Status: "COMPLETE", WarningMessage: "table x skipped", SnapshotTime: new Date("2026-11-04T03:31:02.345Z") }] });
            assert.deepStrictEqual(await checkExport({ exportTaskId: EXPORT_ID, polls: 2 }), { status: "COMPLETE", polls: 3, snapshotTime: "2026-11-04 03:31:02.345", warning: "table x skipped" });
            m.rds.on(DescribeExportTasksCommand).resolves({ ExportTasks: [{ Status: "COMPLETE" }] });
            await rejectsWith(checkExport({ exportTaskId: EXPORT_ID, polls: 2 }), "ExportFailed", /is COMPLETE but has no SnapshotTime$/);
        });

        for (const status of ["FAILED", "CANCELED"]) {
            it(`fails the run on ${status} with the AWS failure cause`, async () => {
                m.rds.on(DescribeExportTasksCommand).resolves({ ExportTasks: [{ Status: status, FailureCause: "The IAM role has no access to the KMS key." }] });
                await rejectsWith(checkExport({ exportTaskId: EXPORT_ID, polls: 0 }), "ExportFailed",
                    new RegExp(`^export task ${EXPORT_ID} is ${status}: The IAM role has no access to the KMS key\\.$`));
            });
        }

        it("gives up after MAX_EXPORT_POLLS checks", async () => {
            m.rds.on(DescribeExportTasksCommand).resolves({ ExportTasks: [{ Status: "STARTING" }] });
            await rejectsWith(checkExport({ exportTaskId: EXPORT_ID, polls: 2 }), "ExportTimedOut", /is still STARTING after 3 checks$/);
        });

        it("fails when the export does not exist, and retries throttling", async () => {
            m.rds.on(DescribeExportTasksCommand).resolves({ ExportTasks: [] });
            await rejectsWith(checkExport({ exportTaskId: EXPORT_ID, polls: 0 }), "ExportFailed", /was not found$/);
            m.rds.on(DescribeExportTasksCommand).rejects(awsError("Throttling", "slow down"));
            await rejectsWith(checkExport({ exportTaskId: EXPORT_ID, polls: 0 }), "ExportThrottled", /throttled: Throttling: slow down$/);
        });
    });

    describe("prepareTable", () => {
        let root: string;
        const exportRoot = `exports/${EXPORT_ID}/`;
        const prefix = `${exportRoot}demodb/demodb.sales/`;
        const SALES_SOURCE = { name: "sales", columns: [{ name: "salesid", type: "int" }, { name: "qtysold", type: "smallint" }, { name: "pricepaid", type: "decimal(8,2)" }, { name: "note", type: "char(4)" }, { name: "saletime", type: "datetime" }] };
        const VENUE_SOURCE = { name: "venue", columns: [{ name: "venueid", type: "smallint" }, { name: "venuename", type: "varchar(100)" }] };

        /** Writes one export (the fixture) and serves the raw bucket from it. */
        function serveExport(tables: ExportedTable[]): void {
            root = fs.mkdtempSync(path.join(os.tmpdir(), "prepare-table-"));
            writeExport({ root, prefix: "exports", exportTaskId: EXPORT_ID, db: "demodb", sourceArn: ENV.SOURCE_ARN, snapshotTime: "2026-11-04T03:31:00Z", tables });
            m.s3.on(ListObjectsV2Command).callsFake(input => ({ Contents: listKeys(root, input.Prefix).map(o => ({ Key: o.key, Size: o.size })), IsTruncated: false }));
            m.s3.on(GetObjectCommand).callsFake(input => ({ Body: bodyOf(readRange(path.join(root, input.Key), input.Range)) }));
        }
        const oneSale: ExportedTable = { table: SALES_SOURCE, rows: [["1", "2", "12.50", "CA  ", "2026-11-03 10:00:00"]] };
        afterEach(() => {
            if (root) fs.rmSync(root, { recursive: true, force: true });
        });

        const event = {
            table: "sales", config: TABLES[0], mode: "diff" as const, runId: RUN_ID, exportTaskId: EXPORT_ID, snapshotTime: "2026-11-04 03:31:00.000",
            watermarkItem: { Item: { watermark: { S: "2026-11-03 10:00:00" } } },
        };
        const stageTable = `run_${RUN_ID}_sales`;
        const masterColumns = [
            { Name: "salesid", Type: "int" }, { Name: "qtysold", Type: "int" }, { Name: "pricepaid", Type: "decimal(8,2)" },
            { Name: "note", Type: "string" }, { Name: "saletime", Type: "timestamp" },
        ];

        it("creates the per-run Glue table from the export's Parquet footer and export_tables_info, and returns the diff statements", async () => {
            serveExport([oneSale]);
            m.glue.on(GetTableCommand).resolves({ Table: { Name: "sales", StorageDescriptor: { Columns: masterColumns } } });
            m.glue.on(CreateTableCommand).resolves({});
            const out = await prepareTable(event);
            assert.deepStrictEqual(m.s3.commandCalls(ListObjectsV2Command).map(c => c.args[0].input.Prefix), [`${exportRoot}export_tables_info_`, prefix]);
            assert.deepStrictEqual(m.glue.commandCalls(GetTableCommand).map(c => c.args[0].input), [{ DatabaseName: "analytics_dev", Name: "sales" }]);
            const parquetGets = m.s3.commandCalls(GetObjectCommand).filter(c => c.args[0].input.Key!.endsWith(".parquet"));
            assert.ok(parquetGets.length > 0);
            for (const call of parquetGets) {
                assert.strictEqual(call.args[0].input.Bucket, "raw-bucket");
                assert.match(call.args[0].input.Range!, /^bytes=\d+-\d+$/);
            }
            // The export's own types: CHAR arrives as an unannotated BYTE_ARRAY (binary); the MERGE turns it into the master's string.
            // DATETIME (INT64 TIMESTAMP_MICROS) is read as bigint microseconds: a Hive timestamp would round them to milliseconds.
            assert.deepStrictEqual(m.glue.commandCalls(CreateTableCommand).map(c => c.args[0].input), [{
                DatabaseName: "analytics_dev",
                TableInput: {
                    Name: stageTable,
                    TableType: "EXTERNAL_TABLE",
                    Parameters: { classification: "parquet", EXTERNAL: "TRUE", "pipeline.run_id": RUN_ID, "pipeline.export_task_id": EXPORT_ID },
                    StorageDescriptor: {
                        Columns: [{ Name: "salesid", Type: "int" }, { Name: "qtysold", Type: "int" }, { Name: "pricepaid", Type: "decimal(8,2)" }, { Name: "note", Type: "binary" }, { Name: "saletime", Type: "bigint" }],
                        Location: `s3://raw-bucket/${prefix}`,
                        InputFormat: "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat",
                        OutputFormat: "org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat",
                        SerdeInfo: { SerializationLibrary: "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe", Parameters: { "serialization.format": "1" } },
                    },
                },
            }]);
            assert.strictEqual(out.empty, false);
            if (out.empty) return;
            assert.deepStrictEqual([out.stageTable, out.strategy, out.since, out.addColumns, out.optimize, out.dropMaster], [stageTable, "diff", "2026-11-03 09:55:00", null, null, null]);
            assert.match(out.merge, /WHERE \("saletime" >= TIMESTAMP '2026-11-03 09:55:00' OR "saletime" IS NULL\) AND "salesid" IS NOT NULL\)/);
            assert.match(out.merge, /from_utf8\("note"\) AS "note"/);
            const ts = `TRY(CAST(date_add('second', ("saletime" - mod("saletime", 1000000)) / 1000000, from_unixtime_nanos(mod("saletime", 1000000) * 1000)) AS timestamp(6)))`;
            const newer = `CASE WHEN ${ts} > TIMESTAMP '2026-11-03 10:00:00' THEN ${ts} END`;
            assert.strictEqual(out.watermarkQuery, `SELECT CAST(CASE WHEN "w" > TIMESTAMP '2026-11-03 10:00:00' THEN "w" END AS varchar) AS "watermark", CAST("stage_rows" AS varchar) AS "stage_rows", CAST("null_key_rows" AS varchar) AS "null_key_rows", CAST("invalid_values" AS varchar) AS "invalid_values" `
                + `FROM (SELECT CASE WHEN max(${newer}) > TIMESTAMP '2026-11-04 03:31:00.000' THEN TIMESTAMP '2026-11-04 03:31:00.000' ELSE max(${newer}) END AS "w", count(*) AS "stage_rows", count_if("salesid" IS NULL) AS "null_key_rows", count_if("saletime" IS NOT NULL AND ${ts} IS NULL) AS "invalid_values" FROM "analytics_dev"."${stageTable}") AS stats`);
            assert.match(out.createMaster, /`note` string,\n/);
            assert.match(out.createMaster, /LOCATION 's3:\/\/master-bucket\/master\/sales\/'/);
        });

        it("loads in full (and maintains the master) when there is no master or watermark yet", async () => {
            serveExport([oneSale]);
            m.glue.on(GetTableCommand).rejects(awsError("EntityNotFoundException"));
            m.glue.on(CreateTableCommand).resolves({});
            const out = await prepareTable({ ...event, watermarkItem: {} });
            assert.ok(!out.empty);
            if (out.empty) return;
            assert.deepStrictEqual([out.strategy, out.since, out.optimize, out.vacuum], ["full", null, 'OPTIMIZE "sales" REWRITE DATA USING BIN_PACK', "VACUUM `sales`"]);
        });

        it("adds a column the source gained, and fails a changed type naming the rebuild run", async () => {
            serveExport([oneSale]);
            m.glue.on(CreateTableCommand).resolves({});
            m.glue.on(GetTableCommand).resolves({ Table: { Name: "sales", StorageDescriptor: { Columns: masterColumns.filter(c => c.Name !== "note") } } });
            const out = await prepareTable(event);
            assert.strictEqual(!out.empty && out.addColumns, "ALTER TABLE `analytics_dev`.`sales` ADD COLUMNS (`note` string)");
            m.glue.on(GetTableCommand).resolves({ Table: { Name: "sales", StorageDescriptor: { Columns: masterColumns.map(c => (c.Name === "qtysold" ? { Name: "qtysold", Type: "string" } : c)) } } });
            await rejectsWith(prepareTable(event), "SchemaChangeError",
                /^table sales: column qtysold changed type from string to int, which the master cannot take in place; rebuild that master from the export with the run input \{"mode":"rebuild","tables":\["sales"\]\}$/);
        });

        it("updates the Glue table when a retried invocation finds it already there", async () => {
            serveExport([oneSale]);
            m.glue.on(GetTableCommand).resolves({ Table: { Name: "sales", StorageDescriptor: { Columns: masterColumns } } });
            m.glue.on(CreateTableCommand).rejects(new AlreadyExistsException({ message: "exists", $metadata: {} }));
            m.glue.on(UpdateTableCommand).resolves({});
            await prepareTable(event);
            assert.strictEqual(m.glue.commandCalls(UpdateTableCommand)[0].args[0].input.TableInput?.Name, stageTable);
        });

        it("a COMPLETE table with no rows: a diff has nothing to do, a full sync empties the existing master", async () => {
            serveExport([{ table: SALES_SOURCE, rows: [] }]);
            m.glue.on(GetTableCommand).resolves({ Table: { Name: "sales", StorageDescriptor: { Columns: masterColumns } } });
            assert.deepStrictEqual(await prepareTable(event), { empty: true, stageTable, emptyMaster: null, forgetWatermark: false });
            assert.deepStrictEqual(await prepareTable({ ...event, mode: "all" }), { empty: true, stageTable, emptyMaster: `DELETE FROM "analytics_dev"."sales"`, forgetWatermark: false });
            // A rebuild starts the table over: the stored watermark goes with the rows.
            assert.deepStrictEqual(await prepareTable({ ...event, mode: "rebuild" }), { empty: true, stageTable, emptyMaster: `DELETE FROM "analytics_dev"."sales"`, forgetWatermark: true });
            assert.strictEqual(m.glue.commandCalls(CreateTableCommand).length, 0);
        });

        it("fails a table the export skipped, naming AWS's reason; and one missing from export_tables_info", async () => {
            serveExport([{ table: SALES_SOURCE, rows: [], status: "FAILED", failureCause: "The column name contains characters that are not supported." }, { table: VENUE_SOURCE, rows: [["1", "Hall"]] }]);
            await rejectsWith(prepareTable(event), "TableNotExported",
                /^table sales: the export reports demodb\.sales as FAILED: The column name contains characters that are not supported\.$/);
            fs.rmSync(root, { recursive: true, force: true });
            serveExport([{ table: VENUE_SOURCE, rows: [["1", "Hall"]] }]);
            await rejectsWith(prepareTable(event), "TableNotExported",
                /^table sales: demodb\.sales is not in the export's export_tables_info; the export skipped it \(is the table name spelled and cased as in the database\?\)$/);
            assert.strictEqual(m.glue.commandCalls(CreateTableCommand).length, 0);
        });

        it("refuses a malformed stored watermark before creating anything", async () => {
            serveExport([oneSale]);
            m.glue.on(GetTableCommand).resolves({ Table: { Name: "sales", StorageDescriptor: { Columns: masterColumns } } });
            await rejectsWith(prepareTable({ ...event, watermarkItem: { Item: { watermark: { S: "2026-11-03' OR 1=1 --" } } } }), "UnsupportedExport",
                /^table sales: timestamp "2026-11-03' OR 1=1 --" is not of the form/);
            assert.strictEqual(m.glue.commandCalls(CreateTableCommand).length, 0);
        });

        it("refuses a table whose name does not match its config, or a config that is not an identifier", async () => {
            await rejectsWith(prepareTable({ ...event, table: "venue" }), "PipelineConfigError", /^table "venue" does not match its config/);
            await rejectsWith(prepareTable({ ...event, config: { name: "sales; DROP TABLE venue", primaryKey: ["salesid"] } }), "PipelineConfigError", /is not a valid \{name, primaryKey, timestampColumn\?\}/);
            assert.strictEqual(m.s3.calls().length, 0);
        });

        it("fails when a configured key column is missing from the export", async () => {
            serveExport([oneSale]);
            m.glue.on(GetTableCommand).rejects(awsError("EntityNotFoundException"));
            await rejectsWith(prepareTable({ ...event, config: { name: "sales", primaryKey: ["sale_id"], timestampColumn: "saletime" } }), "UnsupportedExport",
                /^table sales: primary key column sale_id is not in the exported columns of sales$/);
        });
    });

    describe("cleanup", () => {
        const event = { runId: RUN_ID, exportTaskId: EXPORT_ID, tables: ["sales", "venue"] };

        it("drops the per-run tables and touches no export object", async () => {
            m.glue.on(BatchDeleteTableCommand).resolves({ Errors: [{ TableName: `run_${RUN_ID}_venue`, ErrorDetail: { ErrorCode: "EntityNotFoundException" } }] });
            const out = await cleanup(event);
            assert.deepStrictEqual(out, { droppedTables: 2, failedTables: 0, alert: null });
            assert.deepStrictEqual(m.glue.commandCalls(BatchDeleteTableCommand).map(c => c.args[0].input), [{ DatabaseName: "analytics_dev", TablesToDelete: [`run_${RUN_ID}_sales`, `run_${RUN_ID}_venue`] }]);
            assert.strictEqual(m.s3.calls().length + m.rds.calls().length, 0);
        });

        it("deletes in batches of 100 (Glue BatchDeleteTable's limit)", async () => {
            m.glue.on(BatchDeleteTableCommand).resolves({});
            const tables = Array.from({ length: 250 }, (_, i) => `t${i}`);
            await cleanup({ ...event, tables });
            assert.deepStrictEqual(m.glue.commandCalls(BatchDeleteTableCommand).map(c => c.args[0].input.TablesToDelete!.length), [100, 100, 50]);
        });

        it("sums up failed tables and the export warning in one alert", async () => {
            m.glue.on(BatchDeleteTableCommand).resolves({});
            const out = await cleanup({
                ...event,
                tableResults: [{ table: "sales", failed: false }, { table: "venue", failed: true, error: "TableNotExported", cause: "table venue: the export reports demodb.venue as FAILED: row too large" }],
                warning: "Table demodb.venue was skipped.",
            });
            assert.deepStrictEqual(out, {
                droppedTables: 2, failedTables: 1,
                alert: [
                    `1 of 2 table(s) of export ${EXPORT_ID} failed to load; the others loaded:`,
                    "- venue: TableNotExported: table venue: the export reports demodb.venue as FAILED: row too large",
                    `Export ${EXPORT_ID} warning: Table demodb.venue was skipped.`,
                ].join("\n"),
            });
        });

        it("fails when a per-run table cannot be dropped", async () => {
            m.glue.on(BatchDeleteTableCommand).resolves({ Errors: [{ TableName: `run_${RUN_ID}_sales`, ErrorDetail: { ErrorCode: "AccessDeniedException", ErrorMessage: "no" } }] });
            await rejectsWith(cleanup(event), "Error", /^could not drop 1 per-run table\(s\), first run_r20261104t033000_1a2b3c4d_sales: AccessDeniedException no$/);
        });

        it("refuses a table name that is not an identifier and a bad run id", async () => {
            await rejectsWith(cleanup({ ...event, tables: ["users'; drop"] }), "PipelineConfigError", /is not a non-empty list of table names/);
            await rejectsWith(cleanup({ ...event, runId: "x'; drop" }), "PipelineConfigError", /^run id "x'; drop" is not valid$/);
            assert.strictEqual(m.glue.calls().length + m.s3.calls().length, 0);
        });
    });
});
