// @ts-nocheck
// Athena pipeline Lambda handlers under aws-sdk-client-mock: the exact commands and inputs they send, and every error path.
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { mockClient } from "aws-sdk-client-mock";
import { DescribeExportTasksCommand, RDSClient, StartExportTaskCommand } from "@aws-sdk/client-rds";
import { AlreadyExistsException, BatchDeleteTableCommand, CreateTableCommand, GlueClient, UpdateTableCommand } from "@aws-sdk/client-glue";
import { CopyObjectCommand, DeleteObjectsCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { DuckDBInstance } from "@duckdb/node-api";
import { handler as validateInput } from "../../functions/pipeline/validateInput";
import { handler as startExport } from "../../functions/pipeline/startExport";
import { handler as checkExport } from "../../functions/pipeline/checkExport";
import { handler as prepareTable } from "../../functions/pipeline/prepareTable";
import { handler as cleanup } from "../../functions/pipeline/cleanup";
import { bodyOf, readRange, writeExportTable } from "../athena/helpers/parquet";

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
    PIPELINE_TABLES: JSON.stringify(TABLES),
    DB_NAME: "demodb",
    GLUE_DATABASE: "analytics_dev",
    RAW_BUCKET: "raw-bucket",
    EXPORT_PREFIX: "exports",
    BACKUP_PREFIX: "backup",
    BACKUP_EXPORTS: "true",
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
        });

        it("plans a diff run over every configured table, with ids derived from the execution", async () => {
            const plan = await validateInput(event({ mode: "diff" }));
            assert.deepStrictEqual({ ...plan, exportTaskId: plan.exportTaskId.replace(/[0-9a-f]{8}$/, "HASH"), runId: plan.runId.replace(/[0-9a-f]{8}$/, "HASH") }, {
                mode: "diff",
                tables: ["sales", "venue"],
                exportTaskId: "analytics-dev-20261104-033000-HASH",
                runId: "r20261104t033000_HASH",
            });
            assert.strictEqual(plan.exportTaskId.slice(-8), plan.runId.slice(-8));
            assert.deepStrictEqual(await validateInput(event({ mode: "diff" })), plan, "a retry gets the same ids");
        });

        it("keeps a selected subset in config order", async () => {
            const plan = await validateInput(event({ mode: "all", tables: ["venue"] }));
            assert.deepStrictEqual(plan.tables, ["venue"]);
            assert.strictEqual(plan.mode, "all");
        });

        const bad: [string, unknown, RegExp][] = [
            ["unknown mode", { mode: "full" }, /^run input mode "full" is not allowed; use "all" or "diff"$/],
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

        it("refuses a table that is not configured, and a bad export id, without calling RDS", async () => {
            await rejectsWith(startExport({ exportTaskId: EXPORT_ID, tables: ["users"] }), "PipelineConfigError", /^table "users" is not one of the configured tables/);
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

        it("returns COMPLETE with the warning about skipped tables", async () => {
            m.rds.on(DescribeExportTasksCommand).resolves({ ExportTasks: [{ Status: "COMPLETE", WarningMessage: "table x skipped" }] });
            assert.deepStrictEqual(await checkExport({ exportTaskId: EXPORT_ID, polls: 2 }), { status: "COMPLETE", polls: 3, warning: "table x skipped" });
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
        let dir: string;
        let file: string;
        const prefix = `exports/${EXPORT_ID}/demodb/demodb.sales/`;
        const key = `${prefix}1/part-00000-0.gz.parquet`;

        before(async () => {
            dir = fs.mkdtempSync(path.join(os.tmpdir(), "prepare-table-"));
            const db = await DuckDBInstance.create(":memory:");
            const conn = await db.connect();
            await writeExportTable(conn, `SELECT 1::INTEGER AS salesid, 2::SMALLINT AS qtysold, 12.50::DECIMAL(8,2) AS pricepaid, 'x'::VARCHAR AS note, TIMESTAMP '2026-11-03 10:00:00' AS saletime`, dir);
            file = path.join(dir, "1", "part-00000-0.gz.parquet");
            conn.closeSync();
            db.closeSync();
        });
        after(() => fs.rmSync(dir, { recursive: true, force: true }));

        function serveExport(): void {
            m.s3.on(ListObjectsV2Command).resolves({
                Contents: [{ Key: `${prefix}export_info.json`, Size: 10 }, { Key: key, Size: fs.statSync(file).size }],
                IsTruncated: false,
            });
            m.s3.on(GetObjectCommand).callsFake(input => ({ Body: bodyOf(readRange(file, input.Range)) }));
        }

        const event = { table: "sales", mode: "diff" as const, runId: RUN_ID, exportTaskId: EXPORT_ID, watermarkItem: { Item: { watermark: { S: "2026-11-03 10:00:00" } } } };
        const stageTable = `run_${RUN_ID}_sales`;

        it("creates the per-run Glue table from the Parquet footer and returns the diff statements", async () => {
            serveExport();
            m.glue.on(CreateTableCommand).resolves({});
            const out = await prepareTable(event);
            assert.deepStrictEqual(m.s3.commandCalls(ListObjectsV2Command)[0].args[0].input, { Bucket: "raw-bucket", Prefix: prefix, ContinuationToken: undefined });
            for (const call of m.s3.commandCalls(GetObjectCommand)) {
                assert.strictEqual(call.args[0].input.Bucket, "raw-bucket");
                assert.strictEqual(call.args[0].input.Key, key);
                assert.match(call.args[0].input.Range!, /^bytes=\d+-\d+$/);
            }
            const columns = [
                { Name: "salesid", Type: "int" }, { Name: "qtysold", Type: "int" }, { Name: "pricepaid", Type: "decimal(8,2)" },
                { Name: "note", Type: "string" }, { Name: "saletime", Type: "timestamp" },
            ];
            assert.deepStrictEqual(m.glue.commandCalls(CreateTableCommand).map(c => c.args[0].input), [{
                DatabaseName: "analytics_dev",
                TableInput: {
                    Name: stageTable,
                    TableType: "EXTERNAL_TABLE",
                    Parameters: { classification: "parquet", EXTERNAL: "TRUE", "pipeline.run_id": RUN_ID, "pipeline.export_task_id": EXPORT_ID },
                    StorageDescriptor: {
                        Columns: columns,
                        Location: `s3://raw-bucket/${prefix}`,
                        InputFormat: "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat",
                        OutputFormat: "org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat",
                        SerdeInfo: { SerializationLibrary: "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe", Parameters: { "serialization.format": "1" } },
                    },
                },
            }]);
            assert.strictEqual(out.empty, false);
            if (out.empty) return;
            assert.strictEqual(out.stageTable, stageTable);
            assert.strictEqual(out.strategy, "diff");
            assert.strictEqual(out.since, "2026-11-03 09:55:00");
            assert.match(out.merge, /WHERE "saletime" >= TIMESTAMP '2026-11-03 09:55:00'\)/);
            assert.strictEqual(out.watermarkQuery, `SELECT CAST(max("saletime") AS varchar) AS "watermark" FROM "analytics_dev"."${stageTable}" WHERE "saletime" > TIMESTAMP '2026-11-03 10:00:00'`);
            assert.match(out.createMaster, /LOCATION 's3:\/\/master-bucket\/master\/sales\/'/);
        });

        it("loads in full when there is no watermark yet", async () => {
            serveExport();
            m.glue.on(CreateTableCommand).resolves({});
            const out = await prepareTable({ ...event, watermarkItem: {} });
            assert.ok(!out.empty && out.strategy === "full" && out.since === null);
        });

        it("updates the Glue table when a retried invocation finds it already there", async () => {
            serveExport();
            m.glue.on(CreateTableCommand).rejects(new AlreadyExistsException({ message: "exists", $metadata: {} }));
            m.glue.on(UpdateTableCommand).resolves({});
            await prepareTable(event);
            assert.strictEqual(m.glue.commandCalls(UpdateTableCommand)[0].args[0].input.TableInput?.Name, stageTable);
        });

        it("reports an empty table export without touching Glue", async () => {
            m.s3.on(ListObjectsV2Command).resolves({ Contents: [], IsTruncated: false });
            assert.deepStrictEqual(await prepareTable(event), { empty: true, stageTable });
            assert.strictEqual(m.glue.calls().length, 0);
        });

        it("refuses a malformed stored watermark before creating anything", async () => {
            serveExport();
            await rejectsWith(prepareTable({ ...event, watermarkItem: { Item: { watermark: { S: "2026-11-03' OR 1=1 --" } } } }), "UnsupportedExport",
                /^table sales: timestamp "2026-11-03' OR 1=1 --" is not of the form/);
            assert.strictEqual(m.glue.calls().length, 0);
        });

        it("refuses a table name from state input that is not configured", async () => {
            await rejectsWith(prepareTable({ ...event, table: "sales; DROP TABLE venue" }), "PipelineConfigError", /is not one of the configured tables/);
            assert.strictEqual(m.s3.calls().length, 0);
        });

        it("fails when a configured key column is missing from the export", async () => {
            process.env.PIPELINE_TABLES = JSON.stringify([{ name: "sales", primaryKey: ["sale_id"], timestampColumn: "saletime" }]);
            serveExport();
            await rejectsWith(prepareTable(event), "UnsupportedExport", /^table sales: primary key column sale_id is not in the exported columns of sales$/);
        });
    });

    describe("cleanup", () => {
        const event = { runId: RUN_ID, exportTaskId: EXPORT_ID, tables: ["sales", "venue"] };
        const keys = [`exports/${EXPORT_ID}/export_info_x.json`, `exports/${EXPORT_ID}/demodb/demodb.sales/1/part-00000-0.gz.parquet`];

        function world(): void {
            m.glue.on(BatchDeleteTableCommand).resolves({ Errors: [{ TableName: `run_${RUN_ID}_venue`, ErrorDetail: { ErrorCode: "EntityNotFoundException" } }] });
            m.s3.on(ListObjectsV2Command).resolves({ Contents: keys.map(Key => ({ Key })), IsTruncated: false });
            m.s3.on(CopyObjectCommand).resolves({});
            m.s3.on(DeleteObjectsCommand).resolves({});
        }

        it("drops the per-run tables and moves the export to the backup prefix", async () => {
            world();
            const out = await cleanup(event);
            assert.deepStrictEqual(out, { droppedTables: [`run_${RUN_ID}_sales`, `run_${RUN_ID}_venue`], backedUpObjects: 2, deletedObjects: 2 });
            assert.deepStrictEqual(m.glue.commandCalls(BatchDeleteTableCommand)[0].args[0].input, { DatabaseName: "analytics_dev", TablesToDelete: [`run_${RUN_ID}_sales`, `run_${RUN_ID}_venue`] });
            assert.deepStrictEqual(m.s3.commandCalls(ListObjectsV2Command)[0].args[0].input, { Bucket: "raw-bucket", Prefix: `exports/${EXPORT_ID}/`, ContinuationToken: undefined });
            assert.deepStrictEqual(m.s3.commandCalls(CopyObjectCommand).map(c => c.args[0].input), keys.map(k => ({
                Bucket: "raw-bucket", Key: k.replace(/^exports\//, "backup/"), CopySource: `raw-bucket/${k}`,
            })));
            assert.deepStrictEqual(m.s3.commandCalls(DeleteObjectsCommand)[0].args[0].input, { Bucket: "raw-bucket", Delete: { Objects: keys.map(Key => ({ Key })), Quiet: true } });
            assert.strictEqual(m.rds.calls().length, 0);
        });

        it("deletes without copying when backupExports is off", async () => {
            process.env.BACKUP_EXPORTS = "false";
            world();
            const out = await cleanup(event);
            assert.strictEqual(out.backedUpObjects, 0);
            assert.strictEqual(out.deletedObjects, 2);
            assert.strictEqual(m.s3.commandCalls(CopyObjectCommand).length, 0);
        });

        it("fails when a per-run table cannot be dropped, or an object cannot be deleted", async () => {
            world();
            m.glue.on(BatchDeleteTableCommand).resolves({ Errors: [{ TableName: `run_${RUN_ID}_sales`, ErrorDetail: { ErrorCode: "AccessDeniedException", ErrorMessage: "no" } }] });
            await rejectsWith(cleanup(event), "Error", /^could not drop 1 per-run table\(s\), first run_r20261104t033000_1a2b3c4d_sales: AccessDeniedException no$/);
            world();
            m.s3.on(DeleteObjectsCommand).resolves({ Errors: [{ Key: keys[0], Code: "AccessDenied", Message: "denied" }] });
            await rejectsWith(cleanup(event), "Error", /^could not delete 1 export object\(s\), first .*export_info_x\.json: AccessDenied denied$/);
        });

        it("refuses an unconfigured table and a bad run id", async () => {
            await rejectsWith(cleanup({ ...event, tables: ["users"] }), "PipelineConfigError", /not one of the configured tables/);
            await rejectsWith(cleanup({ ...event, runId: "x'; drop" }), "PipelineConfigError", /^run id "x'; drop" is not valid$/);
            assert.strictEqual(m.glue.calls().length + m.s3.calls().length, 0);
        });
    });
});
