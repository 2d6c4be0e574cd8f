// @ts-nocheck
// Test helper: runs the pipeline state machine with aws-local-stepfunctions against in-memory fakes and DuckDB as Athena.
//
// The real validateInput, prepareTable and cleanup handlers run, with S3/Glue/RDS served by aws-sdk-client-mock from a
// temporary directory (the raw bucket) and DuckDB (the Glue catalog). The export, the watermark store and SNS are fakes.
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { mockClient } from "aws-sdk-client-mock";
import { BatchDeleteTableCommand, CreateTableCommand, GlueClient, UpdateTableCommand } from "@aws-sdk/client-glue";
import { DescribeExportTasksCommand, RDSClient } from "@aws-sdk/client-rds";
import { CopyObjectCommand, DeleteObjectsCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { StateMachine } from "aws-local-stepfunctions";
import { buildPipelineDefinition, PipelineDefinitionParams } from "../../../components/athena/definition";
import { handler as validateInput } from "../../../functions/pipeline/validateInput";
import { handler as prepareTable } from "../../../functions/pipeline/prepareTable";
import { handler as cleanup } from "../../../functions/pipeline/cleanup";
import { bodyOf, exportTablePath, listKeys, readRange, writeExportTable } from "./parquet";

// aws-local-stepfunctions 3 needs Node 22's Promise.withResolvers; Node 20 lacks it.
const promiseCtor = Promise as unknown as { withResolvers?: () => unknown };
if (typeof promiseCtor.withResolvers !== "function") {
    promiseCtor.withResolvers = function withResolvers<T>() {
        let resolve!: (value: T) => void;
        let reject!: (reason?: unknown) => void;
        const promise = new Promise<T>((res, rej) => {
            resolve = res;
            reject = rej;
        });
        return { promise, resolve, reject };
    };
}

export const GLUE_DATABASE = "analytics_dev";
export const WORKGROUP = "analytics-dev";
export const TABLES = [
    { name: "sales", primaryKey: ["salesid"], timestampColumn: "saletime" },
    { name: "venue", primaryKey: ["venueid"] },
    // A reserved word as table name: every statement must quote it.
    { name: "date", primaryKey: ["dateid"] },
];

export const PARAMS: PipelineDefinitionParams = {
    functionArns: {
        validateInput: "arn:aws:lambda:us-east-1:123456789012:function:analytics-dev-validate-input",
        startExport: "arn:aws:lambda:us-east-1:123456789012:function:analytics-dev-start-export",
        checkExport: "arn:aws:lambda:us-east-1:123456789012:function:analytics-dev-check-export",
        prepareTable: "arn:aws:lambda:us-east-1:123456789012:function:analytics-dev-prepare-table",
        cleanup: "arn:aws:lambda:us-east-1:123456789012:function:analytics-dev-cleanup",
    },
    athenaWorkgroup: WORKGROUP,
    glueDatabase: GLUE_DATABASE,
    watermarkTable: "analytics-dev-watermarks",
    alertTopicArn: "arn:aws:sns:us-east-1:123456789012:analytics-dev-alerts",
    exportPollSeconds: 60,
    maxConcurrency: 1,
};

export interface RunOutcome {
    readonly ok: boolean;
    readonly output?: unknown;
    readonly error?: Error;
}

export interface Failures {
    /** The export ends FAILED with this cause. */
    exportFailure?: string;
    /** The export stays IN_PROGRESS until checkExport gives up (ExportTimedOut). */
    exportNeverCompletes?: boolean;
    /** A query matching this fails as Athena would. */
    failQuery?: RegExp;
}

/** Source "Aurora" in DuckDB schema `aurora`; catalog and masters in schema analytics_dev. */
export class LocalPipeline {
    readonly root = fs.mkdtempSync(path.join(os.tmpdir(), "athena-pipeline-"));
    readonly watermarks = new Map<string, Record<string, { S: string }>>();
    readonly alerts: { TopicArn: string; Subject: string; Message: string }[] = [];
    readonly queries: string[] = [];
    readonly exportsStarted: { exportTaskId: string; tables: string[] }[] = [];
    readonly failures: Failures = {};
    readonly canceledExports: string[] = [];
    exportPollsToComplete = 2;
    private exportStatus = new Map<string, { polls: number; status: string }>();
    private queryResults = new Map<string, string | null>();
    private queryCount = 0;
    /** Set by the first injected failure: Step Functions stops the other Map iterations then; the local runner does not. */
    private halted = false;
    private executionCount = 0;
    private mocks?: { s3: ReturnType<typeof mockClient>; glue: ReturnType<typeof mockClient>; rds: ReturnType<typeof mockClient> };
    private savedEnv = { ...process.env };
    private consoleLog = console.log;

    private constructor(private readonly db: DuckDBInstance, readonly conn: DuckDBConnection) {}

    static async create(): Promise<LocalPipeline> {
        const db = await DuckDBInstance.create(":memory:");
        const conn = await db.connect();
        await conn.run(`CREATE SCHEMA aurora; CREATE SCHEMA ${GLUE_DATABASE}`);
        await conn.run(`CREATE TABLE aurora.sales (salesid INTEGER PRIMARY KEY, qtysold SMALLINT, pricepaid DECIMAL(8,2), saletime TIMESTAMP)`);
        await conn.run(`CREATE TABLE aurora.venue (venueid INTEGER PRIMARY KEY, venuename VARCHAR, venueseats INTEGER)`);
        await conn.run(`CREATE TABLE aurora."date" (dateid INTEGER PRIMARY KEY, caldate DATE, holiday BOOLEAN)`);
        const world = new LocalPipeline(db, conn);
        world.install();
        return world;
    }

    private install(): void {
        console.log = () => undefined;
        Object.assign(process.env, {
            AWS_REGION: "us-east-1",
            PIPELINE_NAME: "analytics-dev",
            PIPELINE_TABLES: JSON.stringify(TABLES),
            DB_NAME: "demodb",
            GLUE_DATABASE,
            RAW_BUCKET: "raw-bucket",
            EXPORT_PREFIX: "exports",
            BACKUP_PREFIX: "backup",
            BACKUP_EXPORTS: "true",
            MASTER_BUCKET: "master-bucket",
            MASTER_PREFIX: "master",
            DIFF_OVERLAP_SECONDS: "300",
        });
        const s3 = mockClient(S3Client);
        const glue = mockClient(GlueClient);
        const rds = mockClient(RDSClient);
        this.mocks = { s3, glue, rds } as never;
        s3.on(ListObjectsV2Command).callsFake(input => {
            assert.strictEqual(input.Bucket, "raw-bucket");
            return { Contents: listKeys(this.root, input.Prefix).map(o => ({ Key: o.key, Size: o.size })), IsTruncated: false };
        });
        s3.on(GetObjectCommand).callsFake(input => ({ Body: bodyOf(readRange(path.join(this.root, input.Key), input.Range)) }));
        s3.on(CopyObjectCommand).callsFake(input => {
            const source = decodeURIComponent(String(input.CopySource).replace(/^raw-bucket\//, ""));
            fs.mkdirSync(path.dirname(path.join(this.root, input.Key)), { recursive: true });
            fs.copyFileSync(path.join(this.root, source), path.join(this.root, input.Key));
            return {};
        });
        s3.on(DeleteObjectsCommand).callsFake(input => {
            for (const o of input.Delete.Objects) fs.rmSync(path.join(this.root, o.Key));
            return {};
        });
        const createView = async (input: { DatabaseName: string; TableInput: { Name: string; StorageDescriptor: { Location: string } } }) => {
            assert.strictEqual(input.DatabaseName, GLUE_DATABASE);
            const dir = path.join(this.root, input.TableInput.StorageDescriptor.Location.replace(/^s3:\/\/raw-bucket\//, ""));
            await this.conn.run(`CREATE OR REPLACE VIEW ${GLUE_DATABASE}."${input.TableInput.Name}" AS SELECT * FROM read_parquet('${dir}/**/*.parquet')`);
            return {};
        };
        glue.on(CreateTableCommand).callsFake(createView);
        glue.on(UpdateTableCommand).callsFake(createView);
        glue.on(BatchDeleteTableCommand).callsFake(async input => {
            const errors = [];
            for (const name of input.TablesToDelete) {
                const exists = (await this.conn.runAndReadAll(`SELECT 1 FROM duckdb_views() WHERE schema_name = '${GLUE_DATABASE}' AND view_name = '${name}'`)).getRows().length > 0;
                if (exists) await this.conn.run(`DROP VIEW ${GLUE_DATABASE}."${name}"`);
                else errors.push({ TableName: name, ErrorDetail: { ErrorCode: "EntityNotFoundException" } });
            }
            return { Errors: errors };
        });
        rds.on(DescribeExportTasksCommand).callsFake(input => {
            const state = this.exportStatus.get(input.ExportTaskIdentifier);
            return { ExportTasks: state ? [{ Status: state.status }] : [] };
        });
    }

    async close(): Promise<void> {
        this.mocks?.s3.restore();
        this.mocks?.glue.restore();
        this.mocks?.rds.restore();
        process.env = this.savedEnv;
        console.log = this.consoleLog;
        this.conn.closeSync();
        this.db.closeSync();
        fs.rmSync(this.root, { recursive: true, force: true });
    }

    async rows(sql: string): Promise<Record<string, unknown>[]> {
        return (await this.conn.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
    }

    async tableExists(schema: string, table: string): Promise<boolean> {
        return (await this.rows(`SELECT 1 FROM duckdb_tables() WHERE schema_name = '${schema}' AND table_name = '${table}'`)).length > 0;
    }

    /** The master and the source hold exactly the same rows. */
    async assertMasterEqualsSource(table: string, key: string): Promise<void> {
        const master = await this.rows(`SELECT * FROM ${GLUE_DATABASE}."${table}" ORDER BY "${key}"`);
        const source = await this.rows(`SELECT * FROM aurora."${table}" ORDER BY "${key}"`);
        assert.deepStrictEqual(master, source, `master ${table} differs from the source`);
    }

    private async startExport(event: { exportTaskId: string; tables: string[] }): Promise<unknown> {
        this.exportsStarted.push({ exportTaskId: event.exportTaskId, tables: [...event.tables] });
        // The snapshot is taken when the export starts; later source changes belong to the next run.
        for (const table of event.tables) {
            const count = (await this.rows(`SELECT count(*)::INTEGER AS n FROM aurora."${table}"`))[0].n as number;
            if (count > 0) {
                await writeExportTable(this.conn, `SELECT * FROM aurora."${table}"`, exportTablePath(this.root, "exports", event.exportTaskId, "demodb", table), table === "sales" ? 2 : 1);
            }
        }
        fs.mkdirSync(path.join(this.root, "exports", event.exportTaskId), { recursive: true });
        fs.writeFileSync(path.join(this.root, "exports", event.exportTaskId, `export_info_${event.exportTaskId}.json`), "{}");
        this.exportStatus.set(event.exportTaskId, { polls: 0, status: "STARTING" });
        return { status: "STARTING", polls: 0 };
    }

    private checkExport(event: { exportTaskId: string; polls: number }): unknown {
        const state = this.exportStatus.get(event.exportTaskId)!;
        state.polls++;
        if (this.failures.exportFailure !== undefined) {
            state.status = "FAILED";
            this.halted = true;
            throw Object.assign(new Error(`export task ${event.exportTaskId} is FAILED: ${this.failures.exportFailure}`), { name: "ExportFailed" });
        }
        if (this.failures.exportNeverCompletes) {
            state.status = "IN_PROGRESS";
            if (state.polls >= 3) {
                this.halted = true;
                throw Object.assign(new Error(`export task ${event.exportTaskId} is still IN_PROGRESS after 3 checks`), { name: "ExportTimedOut" });
            }
            return { status: state.status, polls: event.polls + 1 };
        }
        state.status = state.polls >= this.exportPollsToComplete ? "COMPLETE" : "IN_PROGRESS";
        return { status: state.status, polls: event.polls + 1 };
    }

    /** Athena startQueryExecution.sync on DuckDB; the Iceberg DDL is the one Athena-only statement and is translated. */
    private async athena(input: { QueryString: string; WorkGroup: string; QueryExecutionContext: { Database: string } }): Promise<unknown> {
        assert.strictEqual(input.WorkGroup, WORKGROUP);
        assert.strictEqual(input.QueryExecutionContext.Database, GLUE_DATABASE);
        this.queries.push(input.QueryString);
        if (this.failures.failQuery?.test(input.QueryString)) {
            this.halted = true;
            throw Object.assign(new Error("Athena query FAILED: ICEBERG_COMMIT_ERROR"), { name: "States.TaskFailed" });
        }
        let sql = input.QueryString;
        if (sql.startsWith("CREATE TABLE IF NOT EXISTS")) {
            sql = sql.replace(/`/g, "\"").replace(/\nLOCATION[\s\S]*$/, "");
        }
        const id = `q-${++this.queryCount}`;
        if (sql.startsWith("SELECT")) {
            const rows = (await this.conn.runAndReadAll(sql)).getRows();
            this.queryResults.set(id, rows[0][0] === null ? null : String(rows[0][0]));
        } else {
            await this.conn.run(sql);
        }
        return { QueryExecution: { QueryExecutionId: id, Status: { State: "SUCCEEDED" } } };
    }

    async run(input: unknown): Promise<RunOutcome> {
        const machine = new StateMachine(buildPipelineDefinition(PARAMS) as never, { validationOptions: { checkArn: false } });
        const n = ++this.executionCount;
        this.halted = false;
        const live = <T>(fn: (i: unknown) => T) => (i: unknown): T => {
            if (this.halted) {
                throw Object.assign(new Error("iteration aborted after another one failed"), { name: "States.Aborted" });
            }
            return fn(i);
        };
        const athena = live(i => this.athena(i as never));
        const cleanupFn = (i: unknown) => cleanup(i as never) as never;
        const execution = machine.run(input as never, {
            context: {
                Execution: {
                    Id: `arn:aws:states:us-east-1:123456789012:execution:analytics-dev:run-${n}`,
                    Name: `run-${n}`,
                },
            } as never,
            overrides: {
                taskResourceLocalHandlers: {
                    ValidateInput: i => validateInput(i as never) as never,
                    StartExport: i => this.startExport(i as never) as never,
                    CheckExport: i => this.checkExport(i as never) as never,
                    GetWatermark: live(i => {
                        const item = this.watermarks.get((i as { Key: { tableName: { S: string } } }).Key.tableName.S);
                        return (item ? { Item: item } : {}) as never;
                    }) as never,
                    PrepareTable: live(i => prepareTable(i as never)) as never,
                    CreateMasterTable: athena as never,
                    ComputeWatermark: athena as never,
                    MergeIntoMaster: athena as never,
                    ReadWatermark: live(i => {
                        const value = this.queryResults.get((i as { QueryExecutionId: string }).QueryExecutionId);
                        return { ResultSet: { Rows: [{ Data: [{ VarCharValue: "watermark" }] }, { Data: [value === null || value === undefined ? {} : { VarCharValue: value }] }] } } as never;
                    }) as never,
                    SaveWatermark: live(i => {
                        const { TableName, Item } = i as { TableName: string; Item: Record<string, { S: string }> };
                        assert.strictEqual(TableName, PARAMS.watermarkTable);
                        this.watermarks.set(Item.tableName.S, Item);
                        return {};
                    }) as never,
                    CancelExport: i => {
                        const state = this.exportStatus.get((i as { ExportTaskIdentifier: string }).ExportTaskIdentifier);
                        if (!state || !["STARTING", "IN_PROGRESS"].includes(state.status)) {
                            throw Object.assign(new Error("export is not in progress"), { name: "Rds.InvalidExportTaskStateException" });
                        }
                        state.status = "CANCELED";
                        this.canceledExports.push((i as { ExportTaskIdentifier: string }).ExportTaskIdentifier);
                        return {};
                    },
                    CleanUp: cleanupFn,
                    CleanUpFailedRun: cleanupFn,
                    NotifyFailure: i => {
                        this.alerts.push(i as never);
                        return { MessageId: "m" };
                    },
                    NotifyInvalidInput: i => {
                        this.alerts.push(i as never);
                        return { MessageId: "m" };
                    },
                },
                waitTimeOverrides: { WaitForExport: 0 },
                retryIntervalOverrides: { StartExport: 0, CheckExport: 0, PrepareTable: 0, CleanUp: 0, CleanUpFailedRun: 0 },
            },
        });
        try {
            return { ok: true, output: await execution.result };
        } catch (error) {
            return { ok: false, error: error as Error };
        }
    }

    watermark(table: string): string | undefined {
        return this.watermarks.get(table)?.watermark.S;
    }

    /** Raw export objects left under exports/ (should be none after any run). */
    leftoverExportObjects(): string[] {
        return listKeys(this.root, "exports/").map(o => o.key);
    }

    backupObjects(exportTaskId: string): string[] {
        return listKeys(this.root, `backup/${exportTaskId}/`).map(o => o.key);
    }

    async stageTablesLeft(): Promise<string[]> {
        return (await this.rows(`SELECT view_name FROM duckdb_views() WHERE schema_name = '${GLUE_DATABASE}' AND view_name LIKE 'run_%'`)).map(r => String(r.view_name));
    }
}
