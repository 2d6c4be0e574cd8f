// Lambda: ends every run that got past validation: drops the per-run tables and sums up which tables failed.
//
// The raw export is neither copied nor deleted: it stays where RDS wrote it and the raw bucket's lifecycle rule expires
// it after backupRetentionDays. A copy would cost one request per object, and one CopyObject is limited to 5 GB
// (S3 API reference, CopyObject), which an export part file can exceed.
import { BatchDeleteTableCommand, GlueClient } from "@aws-sdk/client-glue";
import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { stageTableName } from "../../../sql/athena/pipeline";
import { EXPORT_TASK_ID_PATTERN, identifierEnv, log, PipelineConfigError, requireEnv, RUN_ID_PATTERN, tableNames } from "../shared/env";

const glue = new GlueClient({});
const s3 = new S3Client({});

/** What each table's child execution returns (its full cause included); CleanUp reads them from the Map's results in S3. */
export interface TableResult {
    readonly table: string;
    readonly failed: boolean;
    readonly error?: string;
    readonly cause?: string;
    /** A loaded table's stage rows skipped for a NULL key, and values loaded as NULL (decimal text). */
    readonly nullKeyRows?: string;
    readonly invalidValues?: string;
}

/** The Distributed Map's output when it has a ResultWriter (Step Functions guide, "ResultWriter (Map)"). */
export interface MapRunResults {
    readonly MapRunArn?: string;
    readonly ResultWriterDetails: { readonly Bucket: string; readonly Key: string };
}

/** manifest.json, which the ResultWriter writes next to the result files: one list of files per child status. */
interface ResultManifest {
    readonly ResultFiles?: Partial<Record<"SUCCEEDED" | "FAILED" | "PENDING", ReadonlyArray<{ readonly Key: string }>>>;
}

/** One child execution as a result file lists it: Input and Output are JSON text; a failed one has Error and Cause. */
interface ChildExecution {
    readonly Input?: string;
    readonly Output?: string;
    readonly Status?: string;
    readonly Error?: string;
    readonly Cause?: string;
}

/**
 * The SNS message limit is 262,144 bytes (SNS quotas) and the state holding the alert 256 KiB (Step Functions quotas):
 * the alert stays under this, with room for the run id and the wrapper Step Functions adds.
 */
export const ALERT_MAX_BYTES = 200000;
/** A reason never takes more than this, even for a single failed table; the full cause stays in S3. */
export const REASON_MAX_BYTES = 1000;
const ERROR_MAX_BYTES = 60;

/** The longest prefix of `text` that fits in `max` UTF-8 bytes, with "..." when cut. */
export function truncateBytes(text: string, max: number): string {
    if (Buffer.byteLength(text, "utf8") <= max) return text;
    let out = "";
    for (const ch of text) {
        if (Buffer.byteLength(out + ch, "utf8") > max - 3) break;
        out += ch;
    }
    return `${out}...`;
}

/**
 * The part of a cause a person reads first. A failed startQueryExecution.sync puts the whole QueryExecution (query text
 * included) in Cause, as JSON: its Status.StateChangeReason is the reason. A Lambda error's Cause is JSON with
 * errorMessage. Anything else: its first line.
 */
export function shortReason(cause: string, maxBytes = REASON_MAX_BYTES): string {
    let text = cause;
    try {
        const parsed = JSON.parse(cause) as Record<string, unknown> | null;
        const execution = (parsed?.QueryExecution ?? parsed) as { Status?: { StateChangeReason?: unknown } } | null;
        const reason = execution?.Status?.StateChangeReason ?? (parsed as { errorMessage?: unknown } | null)?.errorMessage;
        if (typeof reason === "string") text = reason;
    } catch {
        // Not JSON: the cause is plain text.
    }
    const firstLine = text.split("\n").map(l => l.trim()).find(l => l !== "") ?? "";
    return truncateBytes(firstLine.replace(/\s+/g, " "), maxBytes);
}

async function readJson(bucket: string, key: string): Promise<unknown> {
    const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return JSON.parse(await out.Body!.transformToString("utf-8"));
}

function tableOf(execution: ChildExecution): string {
    try {
        const table = (JSON.parse(execution.Input ?? "null") as { table?: unknown } | null)?.table;
        if (typeof table === "string") return table;
    } catch {
        // fall through
    }
    return "(unknown table)";
}

/** Every table's result from the Map's ResultWriter files; tables the run did not select are left out. */
export async function readMapResults(results: MapRunResults, resultsBucket: string): Promise<TableResult[]> {
    const { Bucket, Key } = results.ResultWriterDetails;
    if (Bucket !== resultsBucket) {
        throw new PipelineConfigError(`map results are in bucket ${JSON.stringify(Bucket)}, not the pipeline's results bucket ${resultsBucket}`);
    }
    const manifest = await readJson(Bucket, Key) as ResultManifest;
    const out: TableResult[] = [];
    for (const status of ["SUCCEEDED", "FAILED", "PENDING"] as const) {
        for (const file of manifest.ResultFiles?.[status] ?? []) {
            for (const execution of await readJson(Bucket, file.Key) as ChildExecution[]) {
                if (status === "SUCCEEDED") {
                    const result = JSON.parse(execution.Output ?? "null") as (TableResult & { selected?: boolean }) | null;
                    if (result === null || typeof result.table !== "string") {
                        out.push({ table: tableOf(execution), failed: true, error: "InvalidResult", cause: `the load returned ${truncateBytes(String(execution.Output), 200)}` });
                    } else if (result.selected !== false) {
                        // Everything the load returned (its counts included), with `failed` as a boolean.
                        const { selected: _selected, ...rest } = result;
                        out.push({ ...rest, failed: result.failed === true });
                    }
                } else if (status === "FAILED") {
                    // A child that failed uncaught (States.DataLimitExceeded, States.Runtime, a timeout): its own error.
                    out.push({ table: tableOf(execution), failed: true, error: execution.Error ?? execution.Status ?? "Failed", cause: execution.Cause ?? `child execution ${execution.Status ?? "FAILED"}` });
                } else {
                    out.push({ table: tableOf(execution), failed: true, error: "NotRun", cause: "the Map ended before this table's load started" });
                }
            }
        }
    }
    return out;
}

export interface CleanupEvent {
    readonly runId: string;
    readonly exportTaskId: string;
    readonly tables: readonly string[];
    /** Where the Map wrote the per-table results (or the results themselves); absent when the run failed before loading. */
    readonly tableResults?: MapRunResults | readonly TableResult[] | null;
    /** DescribeExportTasks WarningMessage ("" when none). */
    readonly warning?: string | null;
}

export interface CleanupResult {
    readonly droppedTables: number;
    readonly failedTables: number;
    /** The alert text when tables failed or the export warned; null when there is nothing to report. */
    readonly alert: string | null;
}

async function dropStageTables(database: string, names: string[]): Promise<void> {
    // BatchDeleteTable takes at most 100 names per call (Glue API reference).
    for (let i = 0; i < names.length; i += 100) {
        const out = await glue.send(new BatchDeleteTableCommand({ DatabaseName: database, TablesToDelete: names.slice(i, i + 100) }));
        // A table that was never created (the run failed before it) is not an error; anything else is.
        const real = (out.Errors ?? []).filter(e => e.ErrorDetail?.ErrorCode !== "EntityNotFoundException");
        if (real.length > 0) {
            const first = real[0];
            throw new Error(`could not drop ${real.length} per-run table(s), first ${first.TableName}: ${first.ErrorDetail?.ErrorCode} ${first.ErrorDetail?.ErrorMessage}`);
        }
    }
}

/**
 * One line per failed table (its error and a short reason, each line within an equal share of ALERT_MAX_BYTES), then
 * where the full causes are, then the export's warning.
 */
export function alertText(exportTaskId: string, results: readonly TableResult[], warning: string, fullCauses?: string): string | null {
    const failed = results.filter(r => r.failed);
    const share = failed.length > 0 ? Math.floor(ALERT_MAX_BYTES / failed.length) : ALERT_MAX_BYTES;
    const lines = failed.map(r => {
        const head = `- ${r.table}: ${truncateBytes(r.error ?? "Error", ERROR_MAX_BYTES)}: `;
        const room = Math.max(20, Math.min(REASON_MAX_BYTES, share - Buffer.byteLength(head, "utf8") - 1));
        return head + shortReason(r.cause ?? "no cause given", room);
    });
    if (failed.length > 0) {
        lines.unshift(`${failed.length} of ${results.length} table(s) of export ${exportTaskId} failed to load; the others loaded:`);
        if (fullCauses !== undefined) lines.push(`Full causes: ${fullCauses}`);
    }
    if (warning !== "") {
        lines.push(`Export ${exportTaskId} warning: ${warning}`);
    }
    return lines.length > 0 ? lines.join("\n") : null;
}

export async function handler(event: CleanupEvent): Promise<CleanupResult> {
    const database = identifierEnv("GLUE_DATABASE");
    if (typeof event.runId !== "string" || !RUN_ID_PATTERN.test(event.runId)) {
        throw new PipelineConfigError(`run id ${JSON.stringify(event.runId)} is not valid`);
    }
    if (typeof event.exportTaskId !== "string" || !EXPORT_TASK_ID_PATTERN.test(event.exportTaskId)) {
        throw new PipelineConfigError(`export task id ${JSON.stringify(event.exportTaskId)} is not valid`);
    }
    const tables = tableNames(event.tables);
    const stageTables = tables.map(name => stageTableName(event.runId, name));
    if (stageTables.length > 0) {
        await dropStageTables(database, stageTables);
    }
    const location = event.tableResults !== null && typeof event.tableResults === "object" && !Array.isArray(event.tableResults)
        ? event.tableResults as MapRunResults : undefined;
    const results: readonly TableResult[] = Array.isArray(event.tableResults) ? event.tableResults
        : location !== undefined ? await readMapResults(location, requireEnv("RESULTS_BUCKET")) : [];
    const failedTables = results.filter(r => r.failed).length;
    const fullCauses = location === undefined ? undefined : `s3://${location.ResultWriterDetails.Bucket}/${location.ResultWriterDetails.Key}`;
    const alert = alertText(event.exportTaskId, results, typeof event.warning === "string" ? event.warning : "", fullCauses);
    log("run-cleaned-up", { runId: event.runId, exportTaskId: event.exportTaskId, droppedTables: stageTables.length, failedTables });
    return { droppedTables: stageTables.length, failedTables, alert };
}
