// Validates a run's execution input and turns it into the run plan every later step works from.
import { createHash } from "crypto";
import { PipelineTable } from "../../../sql/athena/pipeline";
import { EXPORT_TASK_ID_PATTERN } from "./env";

export type RunMode = "all" | "diff" | "rebuild";

export interface RunPlan {
    readonly mode: RunMode;
    /** Lowercase, identifier-safe: names this run's Glue tables. */
    readonly runId: string;
    /** Unique per execution and valid for StartExportTask. */
    readonly exportTaskId: string;
    /** Names of the selected tables, in config order. */
    readonly tables: readonly string[];
    /**
     * The tables the input listed, or null when it listed none (every table). The Map reads every configured table's
     * config from S3 (its ItemReader) and each load checks itself against this list.
     */
    readonly selection: readonly string[] | null;
    /** ISO 8601 UTC: a run lock older than this belongs to an execution that can no longer be running. */
    readonly lockExpiresAt: string;
}

/** Malformed run input: nothing has been exported or changed when this is thrown. */
export class InvalidRunInput extends Error {
    constructor(message: string) {
        super(message);
        this.name = "InvalidRunInput";
    }
}

const MODES: readonly RunMode[] = ["all", "diff", "rebuild"];
const ALLOWED_KEYS = ["mode", "tables"];

function shown(value: unknown): string {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Checks `{"mode": "all"|"diff"|"rebuild", "tables"?: [names]}` (rebuild needs tables) and nothing else; table names must be configured ones, exactly. */
export function validateRunInput(input: unknown, configured: readonly Pick<PipelineTable, "name">[]): { mode: RunMode; tables: string[] } {
    if (typeof input !== "object" || input === null || Array.isArray(input)) {
        throw new InvalidRunInput(`run input must be a JSON object like {"mode": "diff"}, got ${shown(input)}`);
    }
    const record = input as Record<string, unknown>;
    const extra = Object.keys(record).filter(k => !ALLOWED_KEYS.includes(k));
    if (extra.length > 0) {
        throw new InvalidRunInput(`run input has the unknown field ${shown(extra[0])}; allowed fields are mode and tables`);
    }
    if (!MODES.includes(record.mode as RunMode)) {
        throw new InvalidRunInput(`run input mode ${shown(record.mode)} is not allowed; use "all", "diff" or "rebuild"`);
    }
    const names = configured.map(t => t.name);
    if (record.mode === "rebuild" && record.tables === undefined) {
        throw new InvalidRunInput(`run input mode "rebuild" drops and recreates masters, so it needs the tables listed, e.g. {"mode":"rebuild","tables":["${names[0]}"]}`);
    }
    if (record.tables === undefined) {
        return { mode: record.mode as RunMode, tables: names };
    }
    if (!Array.isArray(record.tables) || record.tables.length === 0) {
        throw new InvalidRunInput(`run input tables ${shown(record.tables)} must be a non-empty list of table names (or left out for all tables)`);
    }
    const selected = new Set<string>();
    for (const name of record.tables as unknown[]) {
        if (typeof name !== "string" || !names.includes(name)) {
            throw new InvalidRunInput(`run input table ${shown(name)} is not a configured table; configured tables are ${names.join(", ")}`);
        }
        if (selected.has(name)) {
            throw new InvalidRunInput(`run input table ${shown(name)} is listed twice`);
        }
        selected.add(name);
    }
    return { mode: record.mode as RunMode, tables: names.filter(n => selected.has(n)) };
}

const START_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z$/;

/**
 * Ids derived from the execution, so a retried Lambda gets the same ones: the export id then collides with the
 * export it already started instead of starting a second one.
 */
export function runIds(pipelineName: string, executionId: string, startTime: string): { runId: string; exportTaskId: string } {
    const m = START_TIME_PATTERN.exec(startTime);
    if (!m) {
        throw new InvalidRunInput(`execution start time ${shown(startTime)} is not an ISO 8601 UTC timestamp`);
    }
    const hash = createHash("sha256").update(`${executionId}\n${startTime}`).digest("hex").slice(0, 8);
    const day = `${m[1]}${m[2]}${m[3]}`;
    const time = `${m[4]}${m[5]}${m[6]}`;
    const exportTaskId = `${pipelineName}-${day}-${time}-${hash}`;
    if (!EXPORT_TASK_ID_PATTERN.test(exportTaskId)) {
        throw new InvalidRunInput(`export task id ${exportTaskId} would not be valid; check PIPELINE_NAME`);
    }
    return { runId: `r${day}t${time}_${hash}`, exportTaskId };
}

export function planRun(input: unknown, configured: readonly Pick<PipelineTable, "name">[], pipelineName: string, executionId: string, startTime: string, runTimeoutSeconds = 43200): RunPlan {
    const { mode, tables } = validateRunInput(input, configured);
    const ids = runIds(pipelineName, executionId, startTime);
    // The state machine's TimeoutSeconds ends any execution by then, so a lock left by a crashed run is taken over after it.
    const lockExpiresAt = new Date(Date.parse(startTime) + runTimeoutSeconds * 1000).toISOString();
    const selection = (input as { tables?: unknown }).tables === undefined ? null : tables;
    return { mode, tables, selection, ...ids, lockExpiresAt };
}
