// Test helper: runs the pipeline state machine with aws-local-stepfunctions against in-memory fakes and DuckDB as Athena.
//
// The real validateInput, prepareTable and cleanup handlers run, with S3/Glue/RDS served by aws-sdk-client-mock from a
// temporary directory (the raw bucket) and DuckDB (the Glue catalog). The export, the watermark store and SNS are fakes.
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { mockClient } from "aws-sdk-client-mock";
import { BatchDeleteTableCommand, CreateTableCommand, GetTableCommand, GlueClient, UpdateTableCommand } from "@aws-sdk/client-glue";
import { GetObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { buildPipelineDefinition, PipelineDefinitionParams, RUN_LOCK_ITEM } from "../../../components/athena/definition";
import { MAP_RESULTS_PREFIX, TABLE_CONFIG_KEY } from "../../../components/athena/policies";
import { ExecutionMeasure, MapRunMeasure, runDistributedMap, runMeasured, withMapAsTask } from "../../../scripts/bench/lib/stepFunctions";
import { handler as validateInput } from "../../../functions/pipeline/validateInput";
import { handler as prepareTable } from "../../../functions/pipeline/prepareTable";
import { handler as cleanup, readMapResults, TableResult } from "../../../functions/pipeline/cleanup";
import { bodyOf, listKeys, readRange } from "./parquet";
import { ExportedTable, MysqlColumn, MysqlTable, TextRow, writeExport } from "./rdsExport";

export const GLUE_DATABASE = "analytics_dev";
export const WORKGROUP = "analytics-dev-loads";
export const RESULTS_BUCKET = "results-bucket";
export const STATE_MACHINE_ARN = "arn:aws:states:us-east-1:123456789012:stateMachine:analytics-dev";
export const TABLES = [
    { name: "sales", primaryKey: ["salesid"], timestampColumn: "saletime" },
    { name: "venue", primaryKey: ["venueid"] },
    // A reserved word as table name: every statement must quote it.
    { name: "date", primaryKey: ["dateid"] },
];

/** The source tables as MySQL declares them (TICKIT columns): the export fixture writes their documented Parquet types. */
export const SOURCE_TABLES: readonly MysqlTable[] = [
    { name: "sales", columns: [{ name: "salesid", type: "int" }, { name: "qtysold", type: "smallint" }, { name: "pricepaid", type: "decimal(8,2)" }, { name: "saletime", type: "datetime" }] },
    { name: "venue", columns: [{ name: "venueid", type: "smallint" }, { name: "venuename", type: "varchar(100)" }, { name: "venuestate", type: "char(2)" }, { name: "venueseats", type: "int" }] },
    { name: "date", columns: [{ name: "dateid", type: "smallint" }, { name: "caldate", type: "date" }, { name: "qtr", type: "char(5)" }, { name: "holiday", type: "tinyint(1)" }] },
];

/** The DuckDB type holding a MySQL column's values in the fake source database. */
export function duckdbType(mysqlType: string): string {
    const t = mysqlType.toLowerCase();
    if (/^(char|varchar|text|tinytext|mediumtext|longtext|enum|set|time|json|binary|varbinary|blob|bit)\b/.test(t)) return "VARCHAR";
    if (t === "date") return "DATE";
    if (/^(datetime|timestamp)/.test(t)) return "TIMESTAMP";
    if (t === "bigint unsigned") return "DECIMAL(20,0)";
    if (/^(int|mediumint) unsigned$/.test(t) || t === "bigint") return "BIGINT";
    if (/^(tinyint|smallint|mediumint|int|integer|year)\b/.test(t)) return "INTEGER";
    if (/^(float|double)/.test(t)) return "DOUBLE";
    const d = /^decimal\((\d+),(\d+)\)$/.exec(t);
    if (d) return Number(d[1]) > 38 ? "VARCHAR" : `DECIMAL(${d[1]},${d[2]})`;
    throw new Error(`no DuckDB type for ${mysqlType}`);
}

/** The Athena type Glue reports for a DuckDB column of a master table. */
function athenaTypeOf(duckdb: string): string {
    const t = duckdb.toUpperCase();
    if (t === "VARCHAR") return "string";
    if (t === "INTEGER") return "int";
    if (t.startsWith("DECIMAL")) return t.toLowerCase().replace(/\s/g, "");
    const map: Record<string, string> = { BIGINT: "bigint", TIMESTAMP: "timestamp", DATE: "date", BLOB: "binary", DOUBLE: "double", FLOAT: "float", BOOLEAN: "boolean" };
    if (map[t]) return map[t];
    throw new Error(`no Athena type for DuckDB ${duckdb}`);
}

export const PARAMS: PipelineDefinitionParams = {
    functionArns: {
        validateInput: "arn:aws:lambda:us-east-1:123456789012:function:analytics-dev-validate-input",
        startExport: "arn:aws:lambda:us-east-1:123456789012:function:analytics-dev-start-export",
        checkExport: "arn:aws:lambda:us-east-1:123456789012:function:analytics-dev-check-export",
        prepareTable: "arn:aws:lambda:us-east-1:123456789012:function:analytics-dev-prepare-table",
        cleanup: "arn:aws:lambda:us-east-1:123456789012:function:analytics-dev-cleanup",
    },
    tables: TABLES,
    athenaWorkgroup: WORKGROUP,
    glueDatabase: GLUE_DATABASE,
    watermarkTable: "analytics-dev-watermarks",
    alertTopicArn: "arn:aws:sns:us-east-1:123456789012:analytics-dev-alerts",
    tableConfigObject: { bucket: RESULTS_BUCKET, key: TABLE_CONFIG_KEY },
    mapResults: { bucket: RESULTS_BUCKET, prefix: MAP_RESULTS_PREFIX },
    exportPollSeconds: 60,
    maxConcurrency: 1,
};

/** Wait states the local runs skip: the export poll and each query's backoff. */
const QUERY_STATES = ["EmptyMaster", "DropMaster", "CreateMasterTable", "AddMasterColumns", "ComputeWatermark", "MergeIntoMaster", "OptimizeMaster", "VacuumMaster"];

/** What a test can change about the world before it is created. */
export interface WorldOptions {
    /** Extra source tables (DuckDB, no PRIMARY KEY constraint: a configured primaryKey need not be one) with their table config. */
    readonly extraTables?: readonly { readonly source: MysqlTable; readonly config: { name: string; primaryKey: string[]; timestampColumn?: string } }[];
    /** Replaces the default table configs (same names as SOURCE_TABLES). */
    readonly tables?: readonly { name: string; primaryKey: string[]; timestampColumn?: string }[];
}

export interface RunOutcome {
    readonly ok: boolean;
    readonly output?: unknown;
    readonly error?: Error;
    /** The run's own history and largest state, and its Map's children's. */
    readonly measure: ExecutionMeasure;
    readonly map?: MapRunMeasure;
}

export interface Failures {
    /** The export ends FAILED with this cause. */
    exportFailure?: string;
    /** The export stays IN_PROGRESS until checkExport gives up (ExportTimedOut). */
    exportNeverCompletes?: boolean;
    /** A query matching this fails as Athena would. */
    failQuery?: RegExp;
    /** How often failQuery fails before it succeeds (undefined: always); the Cause is failureCause. */
    failTimes?: number;
    /** The Cause a failing query reports (default a permanent error). */
    failureCause?: string;
    /** Maintenance statements matching this report MORE_RUNS_NEEDED this many times before they finish. */
    moreRunsNeeded?: { query: RegExp; times: number };
    /** Tables the export skips, with AWS's reason. */
    skipTables?: Record<string, string>;
    /** The export's snapshot time (UTC `YYYY-MM-DD HH:MM:SS.mmm`); default: later than any test row. */
    snapshotTime?: string;
    /**
     * Rewrites the text of exported values before the Parquet files are written (a MySQL zero date, a value the
     * source printed that Athena refuses): (table, column, text) -> text.
     */
    exportText?: (table: string, column: string, text: string | null) => string | null;
    /** Moves a written export object to another key, as a change of AWS's "subject to change" file naming would. */
    relocateExportObject?: (key: string) => string;
}

/** Athena's query string limit (Athena "Service Quotas": 262,144 bytes). */
export const ATHENA_QUERY_MAX_BYTES = 262144;

/** The Trino functions the pipeline's DML uses that DuckDB lacks, as macros with Trino's result. */
export async function installTrinoFunctions(conn: DuckDBConnection): Promise<void> {
    // from_utf8(varbinary) -> varchar (Trino "Binary functions"): the MERGE turns exported CHAR bytes into varchar.
    await conn.run(`CREATE MACRO from_utf8(b) AS decode(b)`);
    // from_unixtime_nanos(bigint nanoseconds since the epoch) and date_add(unit, bigint, timestamp) (Trino "Date and time
    // functions"); DuckDB's make_timestamp takes microseconds, and its own date_add takes an interval. Seconds only,
    // the one unit the pipeline adds (NULL for any other; DuckDB refuses error() inside TRY).
    await conn.run(`CREATE MACRO from_unixtime_nanos(n) AS make_timestamp(CAST(n // 1000 AS BIGINT))`);
    await conn.run(`CREATE MACRO date_add(unit, n, ts) AS CASE WHEN unit = 'second' THEN ts + to_seconds(n) END`);
}

/**
 * The value Athena's Hive (Parquet) reader gives a Glue column of type `glueType` over a Parquet column DuckDB reads as
 * `parquetType`. Athena engine v3 reads a Hive table's timestamps at precision 3 and rounds larger precisions (Athena
 * engine version 3 reference, "Timestamp changes"), so a TIMESTAMP_MICROS value is rounded to the millisecond; the same
 * INT64 declared as bigint reads as its raw microseconds.
 */
export function hiveRead(column: string, glueType: string, parquetType: string | undefined): string {
    const ref = `"${column}"`;
    if (parquetType === undefined) {
        return `NULL`; // a Glue column absent from the files reads as NULL
    }
    const timestampFile = parquetType.startsWith("TIMESTAMP");
    if (glueType === "timestamp" && timestampFile) {
        return `make_timestamp(CAST(round(epoch_us(${ref}) / 1000.0) AS BIGINT) * 1000)`;
    }
    if (glueType === "bigint" && timestampFile) {
        return `epoch_us(${ref})`;
    }
    return ref;
}

/**
 * OPTIMIZE and VACUUM as Athena parses them. OPTIMIZE (Athena "OPTIMIZE": `OPTIMIZE [db_name.]table_name REWRITE DATA
 * USING BIN_PACK`) runs on the Trino engine, which refuses backquoted identifiers; VACUUM's page shows backticks.
 */
export function checkMaintenanceSyntax(sql: string): void {
    const optimize = /^OPTIMIZE ((?:"[a-z0-9_]+"\.)?"[a-z0-9_]+"|(?:[a-z_][a-z0-9_]*\.)?[a-z_][a-z0-9_]*) REWRITE DATA USING BIN_PACK$/;
    const vacuum = /^VACUUM ((?:`[a-z0-9_]+`\.)?`[a-z0-9_]+`|(?:[a-z_][a-z0-9_]*\.)?[a-z_][a-z0-9_]*)$/;
    if (sql.startsWith("OPTIMIZE") && sql.includes("`")) {
        throw Object.assign(new Error(`Athena query FAILED: line 1:10: backquoted identifiers are not supported; use double quotes to quote identifiers`), { name: "States.TaskFailed" });
    }
    if (!(sql.startsWith("OPTIMIZE") ? optimize : vacuum).test(sql)) {
        throw Object.assign(new Error(`Athena query FAILED: the fake does not parse ${JSON.stringify(sql)} as its page documents it`), { name: "States.TaskFailed" });
    }
}

/** Source "Aurora" in DuckDB schema `aurora`; catalog and masters in schema analytics_dev. */
export class LocalPipeline {
    readonly root = fs.mkdtempSync(path.join(os.tmpdir(), "athena-pipeline-"));
    readonly watermarks = new Map<string, Record<string, { S: string }>>();
    readonly alerts: { TopicArn: string; Subject: string; Message: string }[] = [];
    readonly queries: string[] = [];
    /** The fake S3 objects of the results bucket (key -> body): the table config and the Map's results. */
    readonly resultsObjects = new Map<string, string>();
    /** Step Functions' view of executions (DescribeExecution): id -> status. */
    readonly executions = new Map<string, string>();
    readonly exportsStarted: { exportTaskId: string; tables: string[] }[] = [];
    readonly failures: Failures = {};
    readonly canceledExports: string[] = [];
    readonly sources: { name: string; columns: MysqlColumn[] }[] = SOURCE_TABLES.map(t => ({ name: t.name, columns: [...t.columns] }));
    exportPollsToComplete = 2;
    /**
     * The fake export answers at most this many status checks, then fails like checkExport's MAX_EXPORT_POLLS: a
     * definition that never recognises COMPLETE then fails with a message instead of polling until memory runs out.
     */
    maxExportPolls = 20;
    /** The status string DescribeExportTasks reports once the export is done (AWS: COMPLETE). */
    completeStatus = "COMPLETE";
    /** Applied to the definition before each run (a test that checks a fake holds a changed definition to AWS's rules). */
    definitionTransform?: (definition: Record<string, unknown>) => Record<string, unknown>;
    readonly params: PipelineDefinitionParams;
    readonly tableConfigs: readonly { name: string; primaryKey: string[]; timestampColumn?: string }[];
    private exportStatus = new Map<string, { polls: number; status: string; warning?: string }>();
    /** Each SELECT's result as GetQueryResults gives it: header row, then data rows (null cells have no VarCharValue). */
    private queryResults = new Map<string, (string | null)[][]>();
    private queryCount = 0;
    /** Set by the first injected failure: Step Functions stops the other Map iterations then; the local runner does not. */
    private halted = false;
    private executionCount = 0;
    private mocks?: { s3: ReturnType<typeof mockClient>; glue: ReturnType<typeof mockClient> };
    private savedEnv = { ...process.env };
    private consoleLog = console.log;

    private constructor(private readonly db: DuckDBInstance, readonly conn: DuckDBConnection, options: WorldOptions) {
        this.tableConfigs = [...(options.tables ?? TABLES), ...(options.extraTables ?? []).map(t => t.config)];
        this.params = { ...PARAMS, tables: this.tableConfigs };
        this.resultsObjects.set(TABLE_CONFIG_KEY, JSON.stringify(this.tableConfigs));
        for (const t of options.extraTables ?? []) {
            this.sources.push({ name: t.source.name, columns: [...t.source.columns] });
        }
    }

    static async create(options: WorldOptions = {}): Promise<LocalPipeline> {
        const db = await DuckDBInstance.create(":memory:");
        const conn = await db.connect();
        await conn.run(`CREATE SCHEMA aurora; CREATE SCHEMA ${GLUE_DATABASE}`);
        await installTrinoFunctions(conn);
        for (const t of SOURCE_TABLES) {
            const pk = (options.tables ?? TABLES).find(c => c.name === t.name)!.primaryKey;
            await conn.run(`CREATE TABLE aurora."${t.name}" (${t.columns.map(c => `"${c.name}" ${duckdbType(c.type)}`).join(", ")}, PRIMARY KEY (${pk.map(k => `"${k}"`).join(", ")}))`);
        }
        for (const { source } of options.extraTables ?? []) {
            await conn.run(`CREATE TABLE aurora."${source.name}" (${source.columns.map(c => `"${c.name}" ${duckdbType(c.type)}`).join(", ")})`);
        }
        const world = new LocalPipeline(db, conn, options);
        world.install();
        return world;
    }

    private install(): void {
        console.log = () => undefined;
        Object.assign(process.env, {
            AWS_REGION: "us-east-1",
            PIPELINE_NAME: "analytics-dev",
            DB_NAME: "demodb",
            GLUE_DATABASE,
            RAW_BUCKET: "raw-bucket",
            EXPORT_PREFIX: "exports",
            MASTER_BUCKET: "master-bucket",
            MASTER_PREFIX: "master",
            RESULTS_BUCKET,
            DIFF_OVERLAP_SECONDS: "300",
        });
        const s3 = mockClient(S3Client);
        const glue = mockClient(GlueClient);
        // No RDS mock: the export is the fake's own StartExport/CheckExport; mocking RDSClient here and restoring it would
        // remove stubs that other test files made on the same client at load time.
        this.mocks = { s3, glue } as never;
        s3.on(ListObjectsV2Command).callsFake(input => {
            assert.strictEqual(input.Bucket, "raw-bucket");
            return { Contents: listKeys(this.root, input.Prefix).map(o => ({ Key: o.key, Size: o.size })), IsTruncated: false };
        });
        s3.on(GetObjectCommand).callsFake(input => {
            if (input.Bucket === RESULTS_BUCKET) {
                const body = this.resultsObjects.get(input.Key);
                if (body === undefined) throw Object.assign(new Error("The specified key does not exist."), { name: "NoSuchKey" });
                return { Body: { transformToString: async () => body } };
            }
            assert.strictEqual(input.Bucket, "raw-bucket");
            return { Body: bodyOf(readRange(path.join(this.root, input.Key), input.Range)) };
        });
        const createView = async (input: { DatabaseName: string; TableInput: { Name: string; StorageDescriptor: { Location: string; Columns: { Name: string; Type: string }[] } } }) => {
            assert.strictEqual(input.DatabaseName, GLUE_DATABASE);
            const location = input.TableInput.StorageDescriptor.Location;
            // A Hive table reads every object under its LOCATION prefix, so the prefix must end at a folder.
            assert.ok(location.endsWith("/"), `stage location ${location} must end with /`);
            const dir = path.join(this.root, location.replace(/^s3:\/\/raw-bucket\//, ""));
            const files = `read_parquet('${dir}/**/*.parquet')`;
            const parquetTypes = new Map((await this.rows(`DESCRIBE SELECT * FROM ${files}`)).map(r => [String(r.column_name), String(r.column_type)]));
            const exprs = input.TableInput.StorageDescriptor.Columns.map(c => `${hiveRead(c.Name, c.Type, parquetTypes.get(c.Name))} AS "${c.Name}"`);
            await this.conn.run(`CREATE OR REPLACE VIEW ${GLUE_DATABASE}."${input.TableInput.Name}" AS SELECT ${exprs.join(", ")} FROM ${files}`);
            return {};
        };
        glue.on(GetTableCommand).callsFake(async input => {
            assert.strictEqual(input.DatabaseName, GLUE_DATABASE);
            const cols = await this.rows(`SELECT column_name, data_type FROM duckdb_columns() WHERE schema_name = '${GLUE_DATABASE}' AND table_name = '${input.Name}' ORDER BY column_index`);
            if (cols.length === 0) {
                throw Object.assign(new Error(`Entity Not Found`), { name: "EntityNotFoundException" });
            }
            return { Table: { Name: input.Name, StorageDescriptor: { Columns: cols.map(c => ({ Name: String(c.column_name), Type: athenaTypeOf(String(c.data_type)) })) } } };
        });
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
    }

    async close(): Promise<void> {
        this.mocks?.s3.restore();
        this.mocks?.glue.restore();
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

    /** The current source rows of a table as text, the way the export reads them. */
    private async textRows(table: MysqlTable): Promise<TextRow[]> {
        const rows = (await this.conn.runAndReadAll(`SELECT ${table.columns.map(c => `CAST("${c.name}" AS VARCHAR)`).join(", ")} FROM aurora."${table.name}"`)).getRows();
        return rows.map(r => r.map(v => (v === null ? null : String(v))));
    }

    private async startExport(event: { exportTaskId: string; tables: string[] }): Promise<unknown> {
        this.exportsStarted.push({ exportTaskId: event.exportTaskId, tables: [...event.tables] });
        // The snapshot is taken when the export starts; later source changes belong to the next run.
        const tables: ExportedTable[] = [];
        for (const name of event.tables) {
            const table = this.sources.find(t => t.name === name)!;
            const reason = this.failures.skipTables?.[name];
            tables.push(reason !== undefined
                ? { table, rows: [], status: "FAILED", failureCause: reason }
                : { table, rows: await this.exportedRows(table), parts: name === "sales" ? 2 : 1 });
        }
        const snapshotTime = this.failures.snapshotTime ?? "2030-01-01 00:00:00.000";
        const { warning } = writeExport({
            root: this.root, prefix: "exports", exportTaskId: event.exportTaskId, db: "demodb",
            sourceArn: "arn:aws:rds:us-east-1:123456789012:cluster:demo", snapshotTime: `${snapshotTime.replace(" ", "T")}Z`, tables,
        });
        const relocate = this.failures.relocateExportObject;
        if (relocate) {
            for (const { key } of listKeys(this.root, `exports/${event.exportTaskId}/`)) {
                const to = relocate(key);
                if (to !== key) {
                    fs.mkdirSync(path.dirname(path.join(this.root, to)), { recursive: true });
                    fs.renameSync(path.join(this.root, key), path.join(this.root, to));
                }
            }
        }
        this.exportStatus.set(event.exportTaskId, { polls: 0, status: "STARTING", ...(warning !== undefined ? { warning } : {}) });
        this.snapshotTimes.set(event.exportTaskId, snapshotTime);
        return { status: "STARTING", polls: 0 };
    }

    private snapshotTimes = new Map<string, string>();

    private async exportedRows(table: MysqlTable): Promise<TextRow[]> {
        const rows = await this.textRows(table);
        const rewrite = this.failures.exportText;
        return rewrite ? rows.map(r => r.map((v, i) => rewrite(table.name, table.columns[i].name, v))) : rows;
    }

    /** Adds a column at the source (existing rows get NULL), as ALTER TABLE ... ADD COLUMN would. */
    async addSourceColumn(table: string, column: MysqlColumn): Promise<void> {
        await this.conn.run(`ALTER TABLE aurora."${table}" ADD COLUMN "${column.name}" ${duckdbType(column.type)}`);
        this.sources.find(t => t.name === table)!.columns.push(column);
    }

    async dropSourceColumn(table: string, column: string): Promise<void> {
        await this.conn.run(`ALTER TABLE aurora."${table}" DROP COLUMN "${column}"`);
        const t = this.sources.find(s => s.name === table)!;
        t.columns.splice(t.columns.findIndex(c => c.name === column), 1);
    }

    async changeSourceColumnType(table: string, column: string, type: string): Promise<void> {
        await this.conn.run(`ALTER TABLE aurora."${table}" ALTER COLUMN "${column}" TYPE ${duckdbType(type)}`);
        const t = this.sources.find(s => s.name === table)!;
        t.columns[t.columns.findIndex(c => c.name === column)] = { name: column, type };
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
        if (state.polls > this.maxExportPolls) {
            // checkExport's own cap (MAX_EXPORT_POLLS): the real handler ends the run with ExportTimedOut.
            this.halted = true;
            throw Object.assign(new Error(`export task ${event.exportTaskId} is still ${state.status} after ${state.polls - 1} checks (the fake's cap; did the definition miss status ${this.completeStatus}?)`), { name: "ExportTimedOut" });
        }
        state.status = state.polls >= this.exportPollsToComplete ? this.completeStatus : "IN_PROGRESS";
        if (state.status === this.completeStatus) {
            return { status: state.status, polls: event.polls + 1, snapshotTime: this.snapshotTimes.get(event.exportTaskId), warning: state.warning ?? "" };
        }
        return { status: state.status, polls: event.polls + 1 };
    }

    /** Athena startQueryExecution.sync on DuckDB; the Iceberg DDL is the one Athena-only statement and is translated. */
    private async athena(input: { QueryString: string; WorkGroup: string; QueryExecutionContext: { Database: string } }): Promise<unknown> {
        assert.strictEqual(input.WorkGroup, WORKGROUP);
        assert.strictEqual(input.QueryExecutionContext.Database, GLUE_DATABASE);
        this.queries.push(input.QueryString);
        // Athena refuses a query string over 262,144 bytes (Athena "Service Quotas": query string length).
        const bytes = Buffer.byteLength(input.QueryString, "utf8");
        if (bytes > ATHENA_QUERY_MAX_BYTES) {
            throw Object.assign(new Error(`Athena StartQueryExecution refused: the query string is ${bytes} bytes; at most ${ATHENA_QUERY_MAX_BYTES}`), { name: "Athena.InvalidRequestException" });
        }
        if (this.failures.failQuery?.test(input.QueryString) && (this.failures.failTimes === undefined || this.failures.failTimes-- > 0)) {
            // startQueryExecution.sync fails with States.TaskFailed and the query's reason in Cause.
            throw Object.assign(new Error(this.failures.failureCause ?? "Athena query FAILED: COLUMN_NOT_FOUND: line 1:8: Column 'x' cannot be resolved"), { name: "States.TaskFailed" });
        }
        const more = this.failures.moreRunsNeeded;
        if (more !== undefined && more.times > 0 && more.query.test(input.QueryString)) {
            more.times--;
            const code = input.QueryString.startsWith("OPTIMIZE") ? "ICEBERG_OPTIMIZE_MORE_RUNS_NEEDED" : "ICEBERG_VACUUM_MORE_RUNS_NEEDED";
            throw Object.assign(new Error(JSON.stringify({ QueryExecution: { Query: input.QueryString, Status: { State: "FAILED", StateChangeReason: `${code}: more runs are needed` } } })), { name: "States.TaskFailed" });
        }
        let sql = input.QueryString;
        const id = `q-${++this.queryCount}`;
        if (/^(OPTIMIZE|VACUUM) /.test(sql)) {
            checkMaintenanceSyntax(sql);
            // Athena-only maintenance: nothing to do on DuckDB; the query list records it.
            return { QueryExecution: { QueryExecutionId: id, Status: { State: "SUCCEEDED" } } };
        }
        if (sql.startsWith("CREATE TABLE IF NOT EXISTS") || sql.startsWith("DROP TABLE")) {
            sql = sql.replace(/`/g, "\"").replace(/\nLOCATION[\s\S]*$/, "");
        }
        const add = /^ALTER TABLE (\S+) ADD COLUMNS \((.*)\)$/.exec(sql);
        if (add) {
            // Athena's ADD COLUMNS takes a list; DuckDB adds one column per statement.
            for (const col of add[2].split(", ")) {
                await this.conn.run(`ALTER TABLE ${add[1].replace(/`/g, "\"")} ADD COLUMN ${col.replace(/`/g, "\"")}`);
            }
            return { QueryExecution: { QueryExecutionId: id, Status: { State: "SUCCEEDED" } } };
        }
        if (sql.startsWith("MERGE INTO ")) {
            await this.refuseMultipleMatches(sql);
        }
        if (sql.startsWith("SELECT")) {
            const result = await this.conn.runAndReadAll(sql);
            const header = result.columnNames();
            this.queryResults.set(id, [header, ...result.getRows().map(r => r.map(v => (v === null ? null : String(v))))]);
        } else {
            await this.conn.run(sql);
        }
        return { QueryExecution: { QueryExecutionId: id, Status: { State: "SUCCEEDED" } } };
    }

    /**
     * Athena's MERGE fails when one target row matches several source rows (Athena "MERGE INTO"; Trino
     * MERGE_TARGET_ROW_MULTIPLE_MATCHES); DuckDB's MERGE accepts it, so the fake checks first.
     */
    private async refuseMultipleMatches(sql: string): Promise<void> {
        const m = /^MERGE INTO (\S+) AS t\nUSING ([\s\S]+) AS s\nON (\([^\n]*\))\n/.exec(sql);
        if (!m) {
            throw new Error(`the fake cannot check this MERGE's matches: ${sql.slice(0, 200)}`);
        }
        const dup = await this.rows(`SELECT t.rowid AS r FROM ${m[1]} AS t JOIN ${m[2]} AS s ON ${m[3]} GROUP BY t.rowid HAVING count(*) > 1 LIMIT 1`);
        if (dup.length > 0) {
            throw Object.assign(new Error("Athena query FAILED: MERGE_TARGET_ROW_MULTIPLE_MATCHES: One MERGE target table row matched more than one source row"), { name: "States.TaskFailed" });
        }
    }

    async run(input: unknown): Promise<RunOutcome> {
        const built = buildPipelineDefinition(this.params) as unknown as Record<string, unknown>;
        const deployed = (this.definitionTransform ? this.definitionTransform(JSON.parse(JSON.stringify(built))) : built) as unknown as ReturnType<typeof buildPipelineDefinition>;
        const n = ++this.executionCount;
        const executionId = `arn:aws:states:us-east-1:123456789012:execution:analytics-dev:run-${n}`;
        this.halted = false;
        this.executions.set(executionId, "RUNNING");
        const live = <T>(fn: (i: unknown) => T) => (i: unknown): T => {
            if (this.halted) {
                throw Object.assign(new Error("iteration aborted after another one failed"), { name: "States.Aborted" });
            }
            return fn(i);
        };
        const athena = live(i => this.athena(i as never)) as never;
        const putItem = (i: unknown): never => this.putItem(i as never) as never;
        const getItem = (i: unknown): never => {
            const item = this.watermarks.get((i as { Key: { tableName: { S: string } } }).Key.tableName.S);
            return (item ? { Item: item } : {}) as never;
        };
        const cleanupFn = (i: unknown) => cleanup(i as never) as never;
        const publish = (i: unknown) => {
            this.alerts.push(i as never);
            return { MessageId: "m" };
        };
        let mapMeasure: MapRunMeasure | undefined;
        const childHandlers = {
            GetWatermark: live(getItem) as never,
            PrepareTable: live(i => prepareTable(i as never)) as never,
            ...Object.fromEntries(QUERY_STATES.map(q => [q, athena])),
            ResetWatermark: putItem,
            ForgetWatermark: (i: unknown) => this.deleteItem(i as never) as never,
            ReadWatermark: live(i => this.getQueryResults(i as never)) as never,
            SaveWatermark: putItem,
        };
        const runChild = async (definition: { StartAt: string; States: Record<string, Record<string, unknown>> }, childInput: unknown, childArn: string) =>
            runMeasured(definition, childInput, {
                context: { Execution: { Id: childArn, Name: childArn.split(":").pop() } },
                overrides: {
                    taskResourceLocalHandlers: childHandlers,
                    waitTimeOverrides: Object.fromEntries(QUERY_STATES.map(q => [`${q}Wait`, 0])),
                    retryIntervalOverrides: { PrepareTable: 0 },
                },
            });
        const loadTables = (stateInput: unknown) => runDistributedMap(deployed.States.LoadTables, stateInput, {
            stateMachineArn: STATE_MACHINE_ARN,
            readObject: (bucket, key) => {
                assert.strictEqual(bucket, RESULTS_BUCKET);
                const body = this.resultsObjects.get(key);
                if (body === undefined) throw new Error(`NoSuchKey: ${key}`);
                return body;
            },
            writeObject: (bucket, key, body) => {
                assert.strictEqual(bucket, RESULTS_BUCKET);
                this.resultsObjects.set(key, body);
            },
            runChild,
        }, m => { mapMeasure = m; });
        const result = await runMeasured(withMapAsTask(deployed, "LoadTables"), input, {
            deployedStates: deployed.States,
            context: { Execution: { Id: executionId, Name: `run-${n}`, StartTime: this.nextStartTime ?? new Date().toISOString() } },
            overrides: {
                taskResourceLocalHandlers: {
                    ValidateInput: (i: unknown) => validateInput(i as never) as never,
                    AcquireRunLock: putItem,
                    ReadRunLock: getItem,
                    DescribeRunLockHolder: (i: unknown) => {
                        const arn = (i as { ExecutionArn: string }).ExecutionArn;
                        const status = this.executions.get(arn);
                        if (status === undefined) {
                            throw Object.assign(new Error(`Execution Does Not Exist: '${arn}'`), { name: "Sfn.ExecutionDoesNotExistException" });
                        }
                        return { ExecutionArn: arn, Status: status } as never;
                    },
                    TakeOverRunLock: putItem,
                    StartExport: (i: unknown) => this.startExport(i as never) as never,
                    CheckExport: (i: unknown) => this.checkExport(i as never) as never,
                    LoadTables: loadTables as never,
                    ReleaseRunLock: (i: unknown) => this.deleteItem(i as never) as never,
                    ReleaseRunLockAfterFailure: (i: unknown) => this.deleteItem(i as never) as never,
                    CancelExport: (i: unknown) => {
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
                    NotifyFailure: publish as never,
                    NotifyFailureWithoutCause: publish as never,
                    NotifyTableFailures: publish as never,
                    NotifyExportWarning: publish as never,
                    NotifyInvalidInput: publish as never,
                    NotifyLockUnknown: publish as never,
                },
                waitTimeOverrides: { WaitForExport: 0 },
                retryIntervalOverrides: { StartExport: 0, CheckExport: 0, CleanUp: 0, CleanUpFailedRun: 0 },
            },
        });
        this.executions.set(executionId, result.ok ? "SUCCEEDED" : "FAILED");
        const extra = { measure: result.measure, ...(mapMeasure ? { map: mapMeasure } : {}) };
        return result.ok
            ? { ok: true, output: result.output, ...extra }
            : { ok: false, error: Object.assign(new Error(result.error!.Cause), { name: result.error!.Error }), ...extra };
    }

    /** The start time of the next run ($$.Execution.StartTime); default now. */
    nextStartTime?: string;

    /**
     * Athena GetQueryResults: the header row counts against MaxResults (Athena API reference, GetQueryResults: "The
     * maximum number of results (rows) to return in this request", 1..1000; the first row of the first page holds the
     * column names), and a NULL cell has no VarCharValue.
     */
    getQueryResults(input: { QueryExecutionId: string; MaxResults?: number }): unknown {
        const rows = this.queryResults.get(input.QueryExecutionId);
        if (rows === undefined) {
            throw Object.assign(new Error(`QueryExecution ${input.QueryExecutionId} was not found`), { name: "Athena.InvalidRequestException" });
        }
        const max = input.MaxResults ?? 1000;
        if (!Number.isInteger(max) || max < 1 || max > 1000) {
            throw Object.assign(new Error(`1 validation error detected: Value '${max}' at 'maxResults' failed to satisfy constraint: Member must have value between 1 and 1000`), { name: "Athena.InvalidRequestException" });
        }
        return { ResultSet: { Rows: rows.slice(0, max).map(r => ({ Data: r.map(v => (v === null ? {} : { VarCharValue: v })) })) } };
    }

    /** DynamoDB PutItem with the two condition expressions the definition uses, evaluated as DynamoDB would. */
    private putItem(input: { TableName: string; Item: Record<string, { S: string }>; ConditionExpression?: string; ExpressionAttributeValues?: Record<string, { S: string }> }): unknown {
        assert.strictEqual(input.TableName, PARAMS.watermarkTable);
        const key = input.Item.tableName.S;
        const current = this.watermarks.get(key);
        const values = input.ExpressionAttributeValues ?? {};
        let ok: boolean;
        switch (input.ConditionExpression) {
            case undefined: ok = true; break;
            case "attribute_not_exists(watermark) OR watermark <= :new": ok = !current?.watermark || current.watermark.S <= values[":new"].S; break;
            case "attribute_not_exists(tableName) OR lockExpiresAt < :now": ok = !current || current.lockExpiresAt.S < values[":now"].S; break;
            case "executionId = :holder": ok = current?.executionId?.S === values[":holder"].S; break;
            default: throw new Error(`the fake does not evaluate ${input.ConditionExpression}`);
        }
        if (!ok) {
            throw Object.assign(new Error("The conditional request failed"), { name: "DynamoDB.ConditionalCheckFailedException" });
        }
        this.watermarks.set(key, input.Item);
        return {};
    }

    /** DynamoDB DeleteItem: unconditional (deleting a missing item succeeds), or with the run lock's condition. */
    private deleteItem(input: { TableName: string; Key: { tableName: { S: string } }; ConditionExpression?: string; ExpressionAttributeValues?: Record<string, { S: string }> }): unknown {
        assert.strictEqual(input.TableName, PARAMS.watermarkTable);
        if (input.ConditionExpression === undefined) {
            this.watermarks.delete(input.Key.tableName.S);
            return {};
        }
        assert.strictEqual(input.ConditionExpression, "executionId = :me");
        const current = this.watermarks.get(input.Key.tableName.S);
        if (!current || current.executionId.S !== input.ExpressionAttributeValues![":me"].S) {
            throw Object.assign(new Error("The conditional request failed"), { name: "DynamoDB.ConditionalCheckFailedException" });
        }
        this.watermarks.delete(input.Key.tableName.S);
        return {};
    }

    /** Holds the run lock as another execution would; `status` is what DescribeExecution says of it (null: no such execution). */
    holdRunLock(executionId: string, lockExpiresAt: string, status: string | null = "RUNNING"): void {
        if (status !== null) this.executions.set(executionId, status);
        this.watermarks.set(RUN_LOCK_ITEM, { tableName: { S: RUN_LOCK_ITEM }, executionId: { S: executionId }, lockExpiresAt: { S: lockExpiresAt }, runStartedAt: { S: "2026-11-04T03:30:00Z" } });
    }

    /** Each table's result of the last run, as the Map's ResultWriter stored it in S3 (read as CleanUp reads it). */
    async tableResults(): Promise<TableResult[]> {
        const key = this.manifestKeys().at(-1);
        assert.ok(key !== undefined, "no Map results were written");
        return readMapResults({ ResultWriterDetails: { Bucket: RESULTS_BUCKET, Key: key } }, RESULTS_BUCKET);
    }

    /** The manifests the Map's ResultWriter wrote, oldest first. */
    manifestKeys(): string[] {
        return [...this.resultsObjects.keys()].filter(k => k.endsWith("/manifest.json"));
    }

    watermark(table: string): string | undefined {
        return this.watermarks.get(table)?.watermark.S;
    }

    /** Export objects under exports/: cleanup leaves them for the lifecycle rule. */
    exportObjects(exportTaskId: string): string[] {
        return listKeys(this.root, `exports/${exportTaskId}/`).map(o => o.key);
    }

    async stageTablesLeft(): Promise<string[]> {
        return (await this.rows(`SELECT view_name FROM duckdb_views() WHERE schema_name = '${GLUE_DATABASE}' AND view_name LIKE 'run_%'`)).map(r => String(r.view_name));
    }
}
