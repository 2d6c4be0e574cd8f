// @ts-nocheck
// Lambda: ends every run that got past validation: drops the per-run tables and sums up which tables failed.
//
// The raw export is neither copied nor deleted: it stays where RDS wrote it and the raw bucket's lifecycle rule expires
// it after backupRetentionDays. A copy would cost one request per object, and one CopyObject is limited to 5 GB
// (S3 API reference, CopyObject), which an export part file can exceed.
import { BatchDeleteTableCommand, GlueClient } from "@aws-sdk/client-glue";
import { stageTableName } from "../../../sql/athena/pipeline";
import { EXPORT_TASK_ID_PATTERN, identifierEnv, log, PipelineConfigError, RUN_ID_PATTERN, tableNames } from "../shared/env";

const glue = new GlueClient({});

/** What each Map iteration returns: small, so 200 tables stay far below the 256 KB state payload limit. */
export interface TableResult {
    readonly table: string;
    readonly failed: boolean;
    readonly error?: string;
    readonly cause?: string;
}

export interface CleanupEvent {
    readonly runId: string;
    readonly exportTaskId: string;
    readonly tables: readonly string[];
    /** The load's per-table results; absent when the run failed before loading. */
    readonly tableResults?: readonly TableResult[] | null;
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

/** One line per failed table (its error and AWS's reason), then the export's warning. */
export function alertText(exportTaskId: string, results: readonly TableResult[], warning: string): string | null {
    const failed = results.filter(r => r.failed);
    const lines = failed.map(r => `- ${r.table}: ${r.error ?? "Error"}: ${r.cause ?? "no cause given"}`);
    if (failed.length > 0) {
        lines.unshift(`${failed.length} of ${results.length} table(s) of export ${exportTaskId} failed to load; the others loaded:`);
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
    const results = Array.isArray(event.tableResults) ? event.tableResults : [];
    const failedTables = results.filter(r => r.failed).length;
    const alert = alertText(event.exportTaskId, results, typeof event.warning === "string" ? event.warning : "");
    log("run-cleaned-up", { runId: event.runId, exportTaskId: event.exportTaskId, droppedTables: stageTables.length, failedTables });
    return { droppedTables: stageTables.length, failedTables, alert };
}
