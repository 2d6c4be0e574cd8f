// What one Athena pipeline run does that AWS bills: its billed Athena statements and its Step Functions state transitions,
// counted on the real state machine definition (components/athena/definition.ts) so the counts follow the code.
import type { TableConfig } from "../../components/config";
import { buildPipelineDefinition, StateMachineDefinition } from "../../components/athena/definition";
import { exportWait } from "../../components/athena/index";

type States = StateMachineDefinition["States"];

/** The states a successful run passes through before and after its export checks, in order. */
const RUN_START = ["ValidateInput", "AcquireRunLock", "StartExport"] as const;
/** One export check: wait a poll interval, ask RDS, look at the status. */
const EXPORT_CHECK = ["WaitForExport", "CheckExport", "IsExportComplete"] as const;
const RUN_END = ["LoadTables", "CleanUp", "ReleaseRunLock", "AnyTableFailed", "RunSucceeded"] as const;

/** A table's load up to its MERGE, the same for every strategy (master and watermark already there, no new column). */
const LOAD_START = [
    "IsEveryTableSelected", "GetWatermark", "PrepareTable", "IsTableExportEmpty", "HasDropMaster", "CreateMasterTable",
    "HasNewColumns", "HasWatermark", "ComputeWatermark", "ReadWatermark", "MergeIntoMaster", "WatermarkAdvanced",
] as const;

/**
 * A table's load as one child execution walks it, without retries. "diff": a diff run of a table with a change column
 * (sql/athena/pipeline.ts buildTableStatements: no OPTIMIZE or VACUUM). "full": a full sync, or any run of a table
 * without a change column; only a change column gives a watermark to save.
 */
export function tableLoadPath(strategy: "diff" | "full", hasChangeColumn: boolean): string[] {
    const save = hasChangeColumn ? ["SaveWatermark"] : [];
    return strategy === "diff"
        ? [...LOAD_START, ...save, "NeedsMaintenance", "TableDone"]
        : [...LOAD_START, ...save, "NeedsMaintenance", "OptimizeMaster", "VacuumMaster", "TableDone"];
}

/** A successful run's own states with `checks` export checks. */
export function runPath(checks: number): string[] {
    return [...RUN_START, ...Array.from({ length: checks }, () => EXPORT_CHECK).flat(), ...RUN_END];
}

function successors(state: Record<string, unknown>): string[] {
    const next: string[] = [];
    if (typeof state.Next === "string") next.push(state.Next);
    if (typeof state.Default === "string") next.push(state.Default);
    for (const choice of (state.Choices as Array<{ Next?: string }> | undefined) ?? []) {
        if (typeof choice.Next === "string") next.push(choice.Next);
    }
    for (const handler of (state.Catch as Array<{ Next?: string }> | undefined) ?? []) {
        if (typeof handler.Next === "string") next.push(handler.Next);
    }
    return next;
}

/** Throws unless `path` starts at `startAt`, follows the definition's transitions and ends in a final state. */
export function checkPath(states: States, startAt: string, path: readonly string[], what: string): void {
    if (path[0] !== startAt) {
        throw new Error(`${what} starts at ${path[0]}, but the definition starts at ${startAt}`);
    }
    path.forEach((name, i) => {
        const state = states[name];
        if (state === undefined) {
            throw new Error(`${what}: the definition has no state ${name}`);
        }
        if (i + 1 < path.length && !successors(state).includes(path[i + 1])) {
            throw new Error(`${what}: the definition has no transition from ${name} to ${path[i + 1]}`);
        }
    });
    const last = states[path[path.length - 1]];
    if (last.End !== true && last.Type !== "Succeed") {
        throw new Error(`${what} ends at ${path[path.length - 1]}, which is not a final state`);
    }
}

/** The definition as the stack builds it for these tables (ARNs and names do not change what runs). */
export function pipelineDefinition(tables: readonly TableConfig[], exportTimeoutMinutes: number): StateMachineDefinition {
    const wait = exportWait(exportTimeoutMinutes);
    const arn = (name: string) => `arn:aws:lambda:us-east-1:123456789012:function:cost-${name}`;
    return buildPipelineDefinition({
        functionArns: { validateInput: arn("validate"), startExport: arn("start"), checkExport: arn("check"), prepareTable: arn("prepare"), cleanup: arn("cleanup") },
        tables, athenaWorkgroup: "cost-loads", glueDatabase: "cost", watermarkTable: "cost-watermarks",
        alertTopicArn: "arn:aws:sns:us-east-1:123456789012:cost-alerts",
        tableConfigObject: { bucket: "cost-results", key: "config/tables.json" },
        mapResults: { bucket: "cost-results", prefix: "map-results" },
        exportPollSeconds: wait.pollSeconds, timeoutSeconds: wait.runTimeoutSeconds,
    });
}

/** Billed Athena statements of one table's load: the stats query and the MERGE, plus OPTIMIZE and VACUUM when full. */
export function billedStatements(strategy: "diff" | "full"): number {
    // CREATE TABLE IF NOT EXISTS is DDL, which Athena does not bill (aws.amazon.com/athena/pricing/); OPTIMIZE "is charged
    // by the amount of data scanned during the rewrite process" (docs.aws.amazon.com/athena/latest/ug/optimize-statement.html).
    // VACUUM's billing is not stated there: it is counted like a query, at least 10 MB.
    return strategy === "diff" ? 2 : 4;
}

export interface RunShape {
    /** Seconds between export checks (components/athena/index.ts exportWait). */
    readonly pollSeconds: number;
    readonly exportChecks: number;
    /** State transitions of the run's own execution and of all its child executions (one per table). */
    readonly runTransitions: number;
    readonly tableTransitions: number;
    readonly billedStatements: number;
    /** Tables this kind of run fully synchronises (OPTIMIZE and VACUUM follow their MERGE). */
    readonly fullTables: number;
}

/**
 * One successful run of `mode`: a diff run loads tables with a change column as a diff and the others in full; a full
 * sync loads every table in full. Every path is checked against the definition, and the Distributed Map's children must
 * be Standard executions, whose transitions are billed like the parent's (Step Functions pricing).
 */
export function runShape(mode: "diff" | "all", tables: readonly TableConfig[], exportTimeoutMinutes: number, exportMinutes: number): RunShape {
    const definition = pipelineDefinition(tables, exportTimeoutMinutes);
    const { pollSeconds } = exportWait(exportTimeoutMinutes);
    const exportChecks = Math.max(1, Math.ceil(exportMinutes * 60 / pollSeconds));
    const run = runPath(exportChecks);
    checkPath(definition.States, definition.StartAt, run, "the run");
    const map = definition.States.LoadTables as { ItemProcessor: { ProcessorConfig: { ExecutionType?: string }; StartAt: string; States: States } };
    if (map.ItemProcessor.ProcessorConfig.ExecutionType !== "STANDARD") {
        throw new Error(`LoadTables runs ${map.ItemProcessor.ProcessorConfig.ExecutionType} child executions; this estimate counts only Standard ones`);
    }
    let tableTransitions = 0;
    let statements = 0;
    let fullTables = 0;
    for (const table of tables) {
        const hasChangeColumn = table.timestampColumn !== undefined;
        const strategy = mode === "diff" && hasChangeColumn ? "diff" : "full";
        const path = tableLoadPath(strategy, hasChangeColumn);
        checkPath(map.ItemProcessor.States, map.ItemProcessor.StartAt, path, `the load of table ${table.name}`);
        tableTransitions += path.length;
        statements += billedStatements(strategy);
        fullTables += strategy === "full" ? 1 : 0;
    }
    return { pollSeconds, exportChecks, runTransitions: run.length, tableTransitions, billedStatements: statements, fullTables };
}
