// Benchmark: the Athena pipeline's sizes for 200 tables of 100 columns against AWS's hard limits: the state machine
// definition, the largest state payloads a run produces, and each Lambda's environment. A measurement, not a timing.
import { buildPipelineDefinition } from "../../components/athena/definition";
import { exportWait, functionEnvironment } from "../../components/athena/index";
import { parseStackConfig } from "../../components/config";
import { Figure } from "../lib/figures";
import { alertText, TableResult } from "../../functions/pipeline/cleanup";
import { snapshotText } from "../../functions/pipeline/checkExport";
import { planRun } from "../../functions/pipeline/shared/runPlan";
import { buildTableStatements, ColumnDefinition, PipelineTable, stageTableName, TableStatements } from "../../sql/athena/pipeline";

/** Step Functions quotas ("Maximum size of state machine definition: 1 MB", hard) and CreateStateMachine `definition` (max length 1048576). */
export const DEFINITION_LIMIT_BYTES = 1048576;
/** Step Functions quotas: 256 KiB per task, state or execution input/output (API reference: StateEnteredEventDetails.input max length 262144, UTF-8 bytes). */
export const PAYLOAD_LIMIT_BYTES = 262144;
/** Lambda quotas: environment variables, 4 KB in total per function. */
export const ENVIRONMENT_LIMIT_BYTES = 4096;

export const TABLES = 200;
export const COLUMNS = 100;

/** A valid identifier of exactly 64 characters (the longest MySQL allows), so every size is the worst case. */
function ident(prefix: string, i: number): string {
    const head = `${prefix}_${String(i).padStart(3, "0")}_`;
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

const bytes = (value: unknown): number => Buffer.byteLength(typeof value === "string" ? value : JSON.stringify(value), "utf8");

/** One size against its limit, in bytes unless `unit` says otherwise; a `whatIf` row may pass its limit without failing the bench. */
export interface Row { readonly what: string; readonly size: number; readonly limit: number; readonly unit?: string; readonly whatIf?: string }

/** Every measurement (tests/athena/pipelineLimits.test.ts checks them against the limits). */
export function measure(): Row[] {
    // The stack config as a user would write it, read by the real parser.
    const tablesConfig = Array.from({ length: TABLES }, (_, i) => ({
        name: ident("t", i), primaryKey: [ident("id", i)], timestampColumn: ident("updated_at", i),
    }));
    const raw: Record<string, string> = { tables: JSON.stringify(tablesConfig), exportTimeoutMinutes: "240", refreshIntervalSeconds: "3600" };
    const config = parseStackConfig(key => raw[key], "bench");
    const tables = config.tables as readonly PipelineTable[];

    // Longest realistic names and ARNs: a 30-character pipeline, 80-character state machine and execution names.
    const region = "ap-southeast-2";
    const account = "123456789012";
    const pipeline = "p".repeat(30);
    const fn = (suffix: string) => `arn:aws:lambda:${region}:${account}:function:${pipeline}-${suffix}`;
    const wait = exportWait(config.exportTimeoutMinutes);
    const definition = buildPipelineDefinition({
        functionArns: {
            validateInput: fn("validate-input"), startExport: fn("start-export"), checkExport: fn("check-export"),
            prepareTable: fn("prepare-table"), cleanup: fn("cleanup"),
        },
        tables, athenaWorkgroup: pipeline, glueDatabase: pipeline, watermarkTable: `${pipeline}-watermarks`,
        alertTopicArn: `arn:aws:sns:${region}:${account}:${pipeline}-alerts`,
        exportPollSeconds: wait.pollSeconds, timeoutSeconds: wait.runTimeoutSeconds,
    });
    const rows: Row[] = [{ what: `state machine definition (${TABLES} tables in ValidateInput)`, size: bytes(definition), limit: DEFINITION_LIMIT_BYTES }];

    // ValidateInput: its task input (the definition's Parameters) and the run plan it returns.
    const executionId = `arn:aws:states:${region}:${account}:execution:${"s".repeat(80)}:${"e".repeat(80)}`;
    const startTime = "2026-11-29T04:00:00.123Z";
    const validateParameters = (definition.States.ValidateInput as { Parameters: Record<string, unknown> }).Parameters;
    const validateInput = {
        input: { mode: "all" }, executionId, executionStartTime: startTime,
        configuredTables: validateParameters.configuredTables, runTimeoutSeconds: validateParameters.runTimeoutSeconds,
    };
    rows.push({ what: "ValidateInput task input (configured tables)", size: bytes(validateInput), limit: PAYLOAD_LIMIT_BYTES });
    const plan = planRun(validateInput.input, tables, pipeline, executionId, startTime, wait.runTimeoutSeconds);
    rows.push({ what: "run plan (ValidateInput output, state input of every later top-level state)", size: bytes({ plan }), limit: PAYLOAD_LIMIT_BYTES });

    // One Map iteration: its item, and its state once PrepareTable returned every statement for 100 columns.
    const snapshotTime = snapshotText(new Date("2026-11-29T04:05:00.000Z"));
    const item = {
        table: tables[0].name, config: plan.items[0], mode: plan.mode, runId: plan.runId, exportTaskId: plan.exportTaskId,
        snapshotTime, retry: { count: 0, delay: 0 },
    };
    rows.push({ what: "Map item (one table's iteration input)", size: bytes(item), limit: PAYLOAD_LIMIT_BYTES });
    let largestIteration = 0;
    let largestMerge = "";
    for (const mode of ["all", "diff", "rebuild"] as const) {
        const table = tables[0];
        const columns = columnsOf(table);
        const stageTable = stageTableName(plan.runId, table.name);
        const statements: TableStatements = buildTableStatements({
            database: pipeline.replace(/-/g, "_"), stageTable, table, columns,
            masterLocation: `s3://${"m".repeat(63)}/masters/${table.name}/`, mode,
            watermark: "2026-11-28 04:00:00.000", overlapSeconds: 300, snapshotTime,
            // Half the columns are new at the source: the ALTER TABLE ADD COLUMNS statement is as long as it gets.
            masterColumns: columns.slice(0, COLUMNS / 2).map(c => ({ name: c.name, type: c.type })),
        });
        if (statements.merge.length > largestMerge.length) largestMerge = statements.merge;
        const state = {
            ...item,
            watermarkItem: { Item: { tableName: { S: table.name }, watermark: { S: "2026-11-28 04:00:00.000" } } },
            prepared: { empty: false, stageTable, ...statements },
            watermarkQuery: { queryExecutionId: "0123abcd-0123-4567-89ab-0123456789ab" },
            newWatermark: { cell: { VarCharValue: "2026-11-29 04:04:59.999" } },
            // A failed query's error, with a cause as long as the statement it ran.
            tableError: { Error: "States.TaskFailed", Cause: statements.merge },
        };
        largestIteration = Math.max(largestIteration, bytes(state));
    }
    rows.push({ what: `largest Map iteration state (${COLUMNS} columns, all/diff/rebuild, with a failed query's cause)`, size: largestIteration, limit: PAYLOAD_LIMIT_BYTES });

    // After the Map and CleanUp: every table's result and the alert. Three cases for the failure causes.
    const exportState = { status: "COMPLETE", polls: 30, snapshotTime, warning: "" };
    const schemaCause = `table ${tables[0].name}: column ${ident("col", 2)} changed type from timestamp to string, which the master cannot take in place; `
        + `rebuild that master from the export with the run input {"mode":"rebuild","tables":["${tables[0].name}"]}`;
    const cases: Array<[string, (t: PipelineTable) => TableResult]> = [
        ["every table loads", t => ({ table: t.name, failed: false })],
        ["every table fails with a schema-change cause", t => ({ table: t.name, failed: true, error: "SchemaChangeError", cause: schemaCause })],
        // Unconfirmed shape: if a failed startQueryExecution.sync's Cause carried the whole query text.
        ["every table fails with a cause as long as its MERGE", t => ({ table: t.name, failed: true, error: "States.TaskFailed", cause: largestMerge })],
    ];
    const whatIfs: Record<string, string> = {
        "every table fails with a cause as long as its MERGE": "unconfirmed shape, if a failed query's Cause carried the whole query text",
    };
    for (const [label, result] of cases) {
        const tableResults = tables.map(result);
        const alert = alertText(plan.exportTaskId, tableResults, exportState.warning);
        const cleanup = { droppedTables: tables.length, failedTables: tableResults.filter(r => r.failed).length, alert };
        const state = { plan, export: exportState, tableResults, cleanup };
        rows.push({ what: `state after CleanUp, ${TABLES} tables, ${label}`, size: bytes(state), limit: PAYLOAD_LIMIT_BYTES,
            ...(whatIfs[label] !== undefined ? { whatIf: whatIfs[label] } : {}) });
    }

    // The longest failure cause every one of the 200 tables can carry before the state after CleanUp (its results and
    // the alert that repeats each cause) passes 256 KiB and the run fails with States.DataLimitExceeded.
    const fits = (length: number) => {
        const tableResults = tables.map(t => ({ table: t.name, failed: true, error: "States.TaskFailed", cause: "c".repeat(length) }));
        const alert = alertText(plan.exportTaskId, tableResults, exportState.warning);
        return bytes({ plan, export: exportState, tableResults, cleanup: { droppedTables: tables.length, failedTables: tables.length, alert } }) <= PAYLOAD_LIMIT_BYTES;
    };
    let low = 0;
    let high = PAYLOAD_LIMIT_BYTES;
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (fits(mid)) low = mid; else high = mid - 1;
    }
    rows.push({ what: `schema-change cause length (characters) against the longest cause that still fits when all ${TABLES} tables fail`, size: schemaCause.length, limit: low, unit: "characters" });

    // Each Lambda's environment with the longest values the stack can produce (Pulumi-named buckets and roles).
    const environment = functionEnvironment<string>({
        pipelineName: pipeline, dbName: "d".repeat(64),
        clusterArn: `arn:aws-us-gov:rds:us-gov-west-1:${account}:cluster:${"c".repeat(63)}`,
        rawBucket: "r".repeat(63), masterBucket: "m".repeat(63), glueDatabase: pipeline.replace(/-/g, "_"),
        exportRoleArn: `arn:aws-us-gov:iam::${account}:role/${"x".repeat(64)}`,
        kmsKeyArn: `arn:aws-us-gov:kms:us-gov-west-1:${account}:key/0123abcd-0123-4567-89ab-0123456789ab`,
        maxExportPolls: wait.maxPolls, diffOverlapSeconds: 86400,
    });
    for (const [name, variables] of Object.entries(environment)) {
        // Counted as the JSON of the variables, which is at least the sum of every name and value.
        rows.push({ what: `Lambda ${name} environment (${Object.keys(variables).length} variables)`, size: bytes(variables), limit: ENVIRONMENT_LIMIT_BYTES });
    }
    return rows;
}

/** The rows as bench figures; npm run bench prints them and fails when one is over its limit. */
export async function run(): Promise<Figure[]> {
    console.log("limits: definition 1 MB, state payload 256 KiB (Step Functions quotas); Lambda environment 4 KB (Lambda quotas)");
    return measure().map(r => ({ what: r.what, value: r.size, limit: r.limit, unit: r.unit ?? "bytes", ...(r.whatIf !== undefined ? { whatIf: r.whatIf } : {}) }));
}
