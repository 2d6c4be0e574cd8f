// Benchmark: the Athena pipeline at 1,000 tables of 100 columns against AWS's hard limits: the definition, every state
// payload of a run and of its Map's child executions, history events counted as AWS counts them, the alert, and each
// Lambda's environment. A run executes locally (aws-local-stepfunctions, the Distributed Map emulated); a measurement, not a timing.
import { mockClient } from "aws-sdk-client-mock";
import { BatchDeleteTableCommand, GlueClient } from "@aws-sdk/client-glue";
import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { ATHENA_BACKOFF_SECONDS, buildPipelineDefinition, MAINTENANCE_MAX_RUNS, MORE_RUNS_NEEDED, PipelineDefinitionParams } from "../../components/athena/definition";
import { exportWait, functionEnvironment } from "../../components/athena/index";
import { MAP_RESULTS_PREFIX, TABLE_CONFIG_KEY } from "../../components/athena/policies";
import { parseStackConfig } from "../../components/config";
import { handler as cleanup } from "../../functions/pipeline/cleanup";
import { snapshotText } from "../../functions/pipeline/checkExport";
import { planRun } from "../../functions/pipeline/shared/runPlan";
import { buildTableStatements, ColumnDefinition, PipelineTable, stageTableName, TableStatements } from "../../sql/athena/pipeline";
import { Figure } from "../lib/figures";
import { bytesOf, HISTORY_EVENT_LIMIT, PAYLOAD_LIMIT_BYTES, runDistributedMap, runMeasured, withMapAsTask } from "./lib/stepFunctions";

export { HISTORY_EVENT_LIMIT, PAYLOAD_LIMIT_BYTES };
/** Step Functions quotas ("Maximum size of state machine definition: 1 MB", hard) and CreateStateMachine `definition` (max length 1048576). */
export const DEFINITION_LIMIT_BYTES = 1048576;
/** Lambda quotas: environment variables, 4 KB in total per function. */
export const ENVIRONMENT_LIMIT_BYTES = 4096;
/** SNS quotas: a message is at most 262,144 bytes (256 KiB). */
export const SNS_MESSAGE_LIMIT_BYTES = 262144;

export const TABLES = 1000;
export const COLUMNS = 100;

/** A valid identifier of exactly 64 characters (the longest MySQL allows), so every size is the worst case. */
function ident(prefix: string, i: number): string {
    const head = `${prefix}_${String(i).padStart(4, "0")}_`;
    return head + "x".repeat(64 - head.length);
}

const TYPES = ["bigint", "string", "timestamp", "decimal(38,10)", "date", "double", "int", "binary"];

/** 100 columns of one table: the key, the change column, then the rest, some of which the MERGE casts (CHAR, DATE). */
function columnsOf(table: PipelineTable): ColumnDefinition[] {
    const columns: ColumnDefinition[] = [
        { name: table.primaryKey[0], type: "bigint" },
        { name: table.timestampColumn!, type: "timestamp" },
    ];
    for (let c = columns.length; c < COLUMNS; c++) {
        const type = TYPES[c % TYPES.length];
        const name = ident("col", c);
        if (c % 10 === 1) columns.push({ name, type: "string", stageType: "binary" });
        else if (c % 10 === 4) columns.push({ name, type: "date", stageType: "string" });
        else columns.push({ name, type });
    }
    return columns;
}

/** One figure against its limit (the shape npm run bench prints and checks). */
export type Row = Figure;

/**
 * The Cause of a failed startQueryExecution.sync: the whole GetQueryExecution response as JSON, query text included
 * (Step Functions guide, "Run a Job (.sync)": the task fails with the service's response as its cause).
 */
function failedQueryCause(query: string, reason: string): string {
    return JSON.stringify({
        QueryExecution: {
            QueryExecutionId: "0123abcd-0123-4567-89ab-0123456789ab", Query: query, StatementType: "DML",
            ResultConfiguration: { OutputLocation: `s3://${"r".repeat(63)}/results/0123abcd-0123-4567-89ab-0123456789ab.csv`, EncryptionConfiguration: { EncryptionOption: "SSE_KMS" } },
            QueryExecutionContext: { Database: "p".repeat(30), Catalog: "awsdatacatalog" },
            Status: { State: "FAILED", StateChangeReason: reason, SubmissionDateTime: "2026-11-29T04:10:00.000Z", CompletionDateTime: "2026-11-29T04:11:00.000Z",
                AthenaError: { ErrorCategory: 2, ErrorType: 1006, Retryable: false, ErrorMessage: reason } },
            Statistics: { EngineExecutionTimeInMillis: 60000, DataScannedInBytes: 1, TotalExecutionTimeInMillis: 60000 },
            WorkGroup: "p".repeat(30), EngineVersion: { SelectedEngineVersion: "Athena engine version 3", EffectiveEngineVersion: "Athena engine version 3" },
        },
    });
}

const throwing = (name: string, message: string) => Object.assign(new Error(message), { name });

/**
 * Handlers of one table's states. `worst` makes every task use up its retries (Retry) and every loop its budget (the
 * transient-failure backoff and MORE_RUNS_NEEDED) before it goes on; `failMerge` makes the MERGE fail for good with
 * AWS's cause.
 */
function childHandlers(statementsOf: (mode: string) => TableStatements, mode: string, opts: { worst: boolean; failMerge: boolean }): Record<string, (i: unknown) => unknown> {
    const statements = statementsOf(mode);
    const calls = new Map<string, number>();
    // Throws `retries` retryable errors, then runs `then(cycle)`; a new cycle starts at each entry of the state.
    const withRetries = (name: string, retries: number, error: string, then: (cycle: number) => unknown) => () => {
        const n = calls.get(name) ?? 0;
        calls.set(name, n + 1);
        const perEntry = opts.worst ? retries + 1 : 1;
        if (n % perEntry < perEntry - 1) throw throwing(error, "Rate exceeded");
        return then(Math.floor(n / perEntry));
    };
    const query = (name: string, loopError?: { budget: number; cause: () => string }) => withRetries(name, 5, "Athena.TooManyRequestsException", cycle => {
        if (opts.failMerge && name === "MergeIntoMaster") throw throwing("States.TaskFailed", failedQueryCause(statements.merge, "COLUMN_NOT_FOUND: line 1:8: Column 'x' cannot be resolved"));
        if (opts.worst && loopError && cycle < loopError.budget) throw throwing("States.TaskFailed", loopError.cause());
        return { QueryExecution: { QueryExecutionId: "0123abcd-0123-4567-89ab-0123456789ab", Status: { State: "SUCCEEDED" } } };
    });
    const dynamo = (name: string, result: unknown) => withRetries(name, 5, "DynamoDB.ThrottlingException", () => result);
    return {
        GetWatermark: dynamo("GetWatermark", { Item: { tableName: { S: "t" }, watermark: { S: "2026-11-28 04:00:00.000" } } }),
        PrepareTable: withRetries("PrepareTable", 4, "Lambda.ServiceException", () => ({ empty: false, ...statements })),
        EmptyMaster: query("EmptyMaster"), DropMaster: query("DropMaster"), CreateMasterTable: query("CreateMasterTable"),
        AddMasterColumns: query("AddMasterColumns"), ComputeWatermark: query("ComputeWatermark"),
        ReadWatermark: withRetries("ReadWatermark", 5, "Athena.TooManyRequestsException", () => ({ ResultSet: { Rows: [{ Data: [{ VarCharValue: "w" }] }, { Data: [{ VarCharValue: "2026-11-29 04:04:59.999" }, { VarCharValue: "1000000" }, { VarCharValue: "0" }, { VarCharValue: "0" }] }] } })),
        // The shared transient budget spent on the longest statement.
        MergeIntoMaster: query("MergeIntoMaster", { budget: ATHENA_BACKOFF_SECONDS.length, cause: () => failedQueryCause(statements.merge, "ICEBERG_COMMIT_ERROR: Failed to commit") }),
        OptimizeMaster: query("OptimizeMaster", { budget: MAINTENANCE_MAX_RUNS - 1, cause: () => failedQueryCause(statements.optimize ?? "", `${MORE_RUNS_NEEDED.OptimizeMaster}: more runs needed`) }),
        VacuumMaster: query("VacuumMaster", { budget: MAINTENANCE_MAX_RUNS - 1, cause: () => failedQueryCause(statements.vacuum ?? "", `${MORE_RUNS_NEEDED.VacuumMaster}: more runs needed`) }),
        SaveWatermark: dynamo("SaveWatermark", {}), ResetWatermark: dynamo("ResetWatermark", {}),
    };
}

const ZERO_WAITS = ["EmptyMaster", "DropMaster", "CreateMasterTable", "AddMasterColumns", "ComputeWatermark", "MergeIntoMaster", "OptimizeMaster", "VacuumMaster"].map(q => [`${q}Wait`, 0]);
const NO_RETRY_DELAY = ["GetWatermark", "PrepareTable", "EmptyMaster", "DropMaster", "CreateMasterTable", "AddMasterColumns", "ComputeWatermark", "ReadWatermark", "MergeIntoMaster", "OptimizeMaster", "VacuumMaster", "SaveWatermark", "ResetWatermark"].map(s => [s, 0]);

/** Set by measure(): child executions AWS would have failed uncaught (over a limit), and failed tables the alert leaves out. */
export const lastRunChecks = { uncaughtChildren: -1, tablesMissingFromAlert: -1 };

/** Every measurement (tests/athena/pipelineLimits.test.ts checks them against the limits). */
export async function measure(): Promise<Row[]> {
    // The stack config as a user would write it, read by the real parser.
    const tablesConfig = Array.from({ length: TABLES }, (_, i) => ({
        name: ident("t", i), primaryKey: [ident("id", i)], timestampColumn: ident("updated_at", i),
    }));
    // The longest export wait the config allows gives the most export polls (MAX_EXPORT_POLLS).
    const raw: Record<string, string> = { tables: JSON.stringify(tablesConfig), exportTimeoutMinutes: "1440", refreshIntervalSeconds: "3600" };
    const config = parseStackConfig(key => raw[key], "bench");
    const tables = config.tables as readonly PipelineTable[];

    // Longest realistic names and ARNs: a 30-character pipeline, 80-character execution names.
    const region = "ap-southeast-2";
    const account = "123456789012";
    const pipeline = "p".repeat(30);
    const results = "r".repeat(63);
    const fn = (suffix: string) => `arn:aws:lambda:${region}:${account}:function:${pipeline}-${suffix}`;
    const wait = exportWait(config.exportTimeoutMinutes);
    const params: PipelineDefinitionParams = {
        functionArns: {
            validateInput: fn("validate-input"), startExport: fn("start-export"), checkExport: fn("check-export"),
            prepareTable: fn("prepare-table"), cleanup: fn("cleanup"),
        },
        tables, athenaWorkgroup: `${pipeline}-loads`, glueDatabase: pipeline, watermarkTable: `${pipeline}-watermarks`,
        alertTopicArn: `arn:aws:sns:${region}:${account}:${pipeline}-alerts`,
        tableConfigObject: { bucket: results, key: TABLE_CONFIG_KEY }, mapResults: { bucket: results, prefix: MAP_RESULTS_PREFIX },
        exportPollSeconds: wait.pollSeconds, timeoutSeconds: wait.runTimeoutSeconds, maxConcurrency: 20,
    };
    const definition = buildPipelineDefinition(params);
    const rows: Row[] = [{ what: `state machine definition (${TABLES} table names in ValidateInput)`, value: bytesOf(definition), limit: DEFINITION_LIMIT_BYTES, unit: "bytes" }];
    const tableConfigBody = JSON.stringify(tables);

    const stateMachineArn = `arn:aws:states:${region}:${account}:stateMachine:${pipeline}`;
    const executionId = `arn:aws:states:${region}:${account}:execution:${pipeline}:${"e".repeat(80)}`;
    const startTime = "2026-11-29T04:00:00.123Z";
    const snapshotTime = snapshotText(new Date("2026-11-29T04:05:00.000Z"));
    const statementsOf = (mode: string): TableStatements => {
        const table = tables[0];
        const columns = columnsOf(table);
        return buildTableStatements({
            database: pipeline, stageTable: stageTableName("r20261129t040000_0123abcd", table.name), table, columns,
            masterLocation: `s3://${"m".repeat(63)}/master/${table.name}/`, mode: mode as "all",
            watermark: "2026-11-28 04:00:00.000", overlapSeconds: 300, snapshotTime,
            // Half the columns are new at the source: the ALTER TABLE ADD COLUMNS statement is as long as it gets.
            masterColumns: columns.slice(0, COLUMNS / 2).map(c => ({ name: c.name, type: c.type })),
        });
    };

    // One whole run in which every table fails with the longest cause, after the most export polls.
    const objects = new Map<string, string>([[TABLE_CONFIG_KEY, tableConfigBody]]);
    const s3 = mockClient(S3Client);
    const glue = mockClient(GlueClient);
    s3.on(GetObjectCommand).callsFake(input => ({ Body: { transformToString: async () => objects.get(input.Key!)! } }));
    glue.on(BatchDeleteTableCommand).resolves({ Errors: [] });
    const savedEnv = { ...process.env };
    Object.assign(process.env, { GLUE_DATABASE: pipeline, RESULTS_BUCKET: results });
    const log = console.log;
    console.log = () => undefined;
    let map: { largestChildPayload: number; mostChildEvents: number; failedChildren: number; children: number } | undefined;
    let published = "";
    let run;
    let polls = 0;
    let selectionInput = 0;
    try {
        run = await runMeasured(withMapAsTask(definition, "LoadTables"), { mode: "all", tables: tables.map(t => t.name) }, {
            deployedStates: definition.States,
            context: { Execution: { Id: executionId, Name: "e".repeat(80), StartTime: startTime } },
            overrides: {
                taskResourceLocalHandlers: {
                    ValidateInput: (i: unknown) => {
                        const e = i as { input: unknown; configuredTables: string[]; runTimeoutSeconds: number };
                        selectionInput = bytesOf(i);
                        return planRun(e.input, e.configuredTables.map(name => ({ name })), pipeline, executionId, startTime, e.runTimeoutSeconds) as never;
                    },
                    AcquireRunLock: () => ({}),
                    StartExport: () => ({ status: "STARTING", polls: 0 }),
                    CheckExport: () => (++polls < wait.maxPolls ? { status: "IN_PROGRESS", polls } : { status: "COMPLETE", polls, snapshotTime, warning: "" }) as never,
                    LoadTables: ((stateInput: unknown) => runDistributedMap(definition.States.LoadTables, stateInput, {
                        stateMachineArn,
                        readObject: (_bucket, key) => objects.get(key)!,
                        writeObject: (_bucket, key, body) => { objects.set(key, body); },
                        runChild: (child, childInput, childArn) => runMeasured(child, childInput, {
                            context: { Execution: { Id: childArn } },
                            overrides: {
                                taskResourceLocalHandlers: childHandlers(statementsOf, (childInput as { mode: string }).mode, { worst: false, failMerge: true }),
                                waitTimeOverrides: Object.fromEntries(ZERO_WAITS),
                            },
                        }),
                    }, m => { map = m; })) as never,
                    CleanUp: (i: unknown) => cleanup(i as never) as never,
                    ReleaseRunLock: () => ({}),
                    NotifyTableFailures: (i: unknown) => { published = (i as { Message: string }).Message; return {}; },
                },
                waitTimeOverrides: { WaitForExport: 0 },
            },
        });
    } finally {
        console.log = log;
        process.env = savedEnv;
        s3.restore();
        glue.restore();
    }
    rows.push({ what: `ValidateInput task input (${TABLES} table names, every one listed in the run input)`, value: selectionInput, limit: PAYLOAD_LIMIT_BYTES, unit: "bytes" });
    rows.push({ what: `run with ${TABLES} failed tables: largest state of the run (${run.measure.largestPayload.state})`, value: run.measure.largestPayload.bytes, limit: PAYLOAD_LIMIT_BYTES, unit: "bytes" });
    rows.push({ what: `run with ${TABLES} failed tables: history events of the run (${polls} export polls, the Map, cleanup, alert)`, value: run.measure.historyEvents, limit: HISTORY_EVENT_LIMIT, unit: "events", digits: 0 });
    rows.push({ what: `run with ${TABLES} failed tables: largest state of a table's child execution (${COLUMNS} columns, a failed MERGE's whole query execution as Cause)`, value: map!.largestChildPayload, limit: PAYLOAD_LIMIT_BYTES, unit: "bytes" });
    rows.push({ what: `run with ${TABLES} failed tables: alert (SNS message) naming every table with a short reason`, value: Buffer.byteLength(published, "utf8"), limit: SNS_MESSAGE_LIMIT_BYTES, unit: "bytes" });
    // Two counts that must be zero, checked rather than printed as figures (a figure's limit is a positive maximum).
    lastRunChecks.uncaughtChildren = map!.failedChildren;
    lastRunChecks.tablesMissingFromAlert = TABLES - (published.match(/\n- t_\d{4}_/g) ?? []).length;

    // One table's child execution on its worst path: every task uses up its retries, the MERGE its transient budget,
    // OPTIMIZE and VACUUM their MORE_RUNS_NEEDED cap; in each mode.
    let worstEvents = 0;
    let worstPayload = 0;
    const item = { table: tables[0].name, config: tables[0], mode: "all", runId: "r20261129t040000_0123abcd", exportTaskId: `${pipeline}-20261129-040000-0123abcd`,
        snapshotTime, selection: tables.map(t => t.name), retry: { count: 0, delay: 0 }, maintenance: { OptimizeMaster: { runs: 0 }, VacuumMaster: { runs: 0 } } };
    const processor = (definition.States.LoadTables as { ItemProcessor: { StartAt: string; States: Record<string, Record<string, unknown>> } }).ItemProcessor;
    for (const mode of ["all", "diff", "rebuild"]) {
        const child = await runMeasured({ StartAt: processor.StartAt, States: processor.States }, { ...item, mode }, {
            context: { Execution: { Id: `${executionId.replace(":execution:", ":execution:")}/LoadTables:x` } },
            overrides: {
                taskResourceLocalHandlers: childHandlers(statementsOf, mode, { worst: true, failMerge: false }),
                waitTimeOverrides: Object.fromEntries(ZERO_WAITS), retryIntervalOverrides: Object.fromEntries(NO_RETRY_DELAY),
            },
        });
        if (!child.ok) throw new Error(`the worst-path child (${mode}) failed: ${JSON.stringify(child.error)}`);
        worstEvents = Math.max(worstEvents, child.measure.historyEvents);
        worstPayload = Math.max(worstPayload, child.measure.largestPayload.bytes);
    }
    rows.push({ what: "a table's child execution on its worst path (every retry, backoff and MORE_RUNS_NEEDED run used): history events", value: worstEvents, limit: HISTORY_EVENT_LIMIT, unit: "events", digits: 0 });
    rows.push({ what: "a table's child execution on its worst path: largest state", value: worstPayload, limit: PAYLOAD_LIMIT_BYTES, unit: "bytes" });

    // Each Lambda's environment with the longest values the stack can produce (Pulumi-named buckets and roles).
    const environment = functionEnvironment<string>({
        pipelineName: pipeline, dbName: "d".repeat(64),
        clusterArn: `arn:aws-us-gov:rds:us-gov-west-1:${account}:cluster:${"c".repeat(63)}`,
        rawBucket: "r".repeat(63), masterBucket: "m".repeat(63), resultsBucket: results, glueDatabase: pipeline.replace(/-/g, "_"),
        exportRoleArn: `arn:aws-us-gov:iam::${account}:role/${"x".repeat(64)}`,
        kmsKeyArn: `arn:aws-us-gov:kms:us-gov-west-1:${account}:key/0123abcd-0123-4567-89ab-0123456789ab`,
        maxExportPolls: wait.maxPolls, diffOverlapSeconds: 86400,
    });
    for (const [name, variables] of Object.entries(environment)) {
        // Counted as the JSON of the variables, which is at least the sum of every name and value.
        rows.push({ what: `Lambda ${name} environment (${Object.keys(variables).length} variables)`, value: bytesOf(variables), limit: ENVIRONMENT_LIMIT_BYTES, unit: "bytes" });
    }
    return rows;
}

/** The figures, each with its limit: npm run bench prints them and exits 1 naming any that is over (scripts/lib/figures.ts). */
export async function run(): Promise<Figure[]> {
    console.log("limits: definition 1 MB, state payload 256 KiB, 25,000 history events per execution (Step Functions quotas); SNS message 256 KiB; Lambda environment 4 KB");
    const figures = await measure();
    if (lastRunChecks.uncaughtChildren !== 0 || lastRunChecks.tablesMissingFromAlert !== 0) {
        throw new Error(`the 1,000-table run had ${lastRunChecks.uncaughtChildren} child execution(s) failed uncaught and ${lastRunChecks.tablesMissingFromAlert} failed table(s) missing from the alert`);
    }
    return figures;
}
