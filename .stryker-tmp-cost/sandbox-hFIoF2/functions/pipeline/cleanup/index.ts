// @ts-nocheck
// Lambda: ends every run that got past validation: drops the per-run tables, and backs up or deletes the raw export.
import { BatchDeleteTableCommand, GlueClient } from "@aws-sdk/client-glue";
import { CopyObjectCommand, DeleteObjectsCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { stageTableName } from "../../../sql/athena/pipeline";
import {
    booleanEnv, BUCKET_PATTERN, configuredTable, EXPORT_TASK_ID_PATTERN, identifierEnv, log, PipelineConfigError,
    PREFIX_PATTERN, requireEnv, RUN_ID_PATTERN, tablesEnv,
} from "../shared/env";

const s3 = new S3Client({});
const glue = new GlueClient({});

export interface CleanupEvent {
    readonly runId: string;
    readonly exportTaskId: string;
    readonly tables: readonly string[];
}

export interface CleanupResult {
    readonly droppedTables: readonly string[];
    readonly backedUpObjects: number;
    readonly deletedObjects: number;
}

async function dropStageTables(database: string, names: string[]): Promise<void> {
    const out = await glue.send(new BatchDeleteTableCommand({ DatabaseName: database, TablesToDelete: names }));
    // A table that was never created (the run failed before it) is not an error; anything else is.
    const real = (out.Errors ?? []).filter(e => e.ErrorDetail?.ErrorCode !== "EntityNotFoundException");
    if (real.length > 0) {
        const first = real[0];
        throw new Error(`could not drop ${real.length} per-run table(s), first ${first.TableName}: ${first.ErrorDetail?.ErrorCode} ${first.ErrorDetail?.ErrorMessage}`);
    }
}

/** Copies each object to the backup prefix (when enabled), then deletes the originals in batches of 1000. */
async function removeExportObjects(bucket: string, exportRoot: string, backupRoot: string | undefined): Promise<{ backedUp: number; deleted: number }> {
    let backedUp = 0;
    let deleted = 0;
    let token: string | undefined;
    do {
        const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: exportRoot, ContinuationToken: token }));
        const keys = (page.Contents ?? []).map(o => o.Key!).filter(k => k !== undefined);
        if (backupRoot !== undefined) {
            for (const key of keys) {
                const target = `${backupRoot}${key.slice(exportRoot.length)}`;
                await s3.send(new CopyObjectCommand({
                    Bucket: bucket,
                    Key: target,
                    CopySource: `${bucket}/${key.split("/").map(encodeURIComponent).join("/")}`,
                }));
                backedUp++;
            }
        }
        if (keys.length > 0) {
            const out = await s3.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys.map(Key => ({ Key })), Quiet: true } }));
            if ((out.Errors ?? []).length > 0) {
                const e = out.Errors![0];
                throw new Error(`could not delete ${out.Errors!.length} export object(s), first ${e.Key}: ${e.Code} ${e.Message}`);
            }
            deleted += keys.length;
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return { backedUp, deleted };
}

export async function handler(event: CleanupEvent): Promise<CleanupResult> {
    const configured = tablesEnv();
    const database = identifierEnv("GLUE_DATABASE");
    const bucket = requireEnv("RAW_BUCKET", BUCKET_PATTERN);
    const exportPrefix = requireEnv("EXPORT_PREFIX", PREFIX_PATTERN);
    const backupPrefix = requireEnv("BACKUP_PREFIX", PREFIX_PATTERN);
    const backupExports = booleanEnv("BACKUP_EXPORTS", true);
    if (typeof event.runId !== "string" || !RUN_ID_PATTERN.test(event.runId)) {
        throw new PipelineConfigError(`run id ${JSON.stringify(event.runId)} is not valid`);
    }
    if (typeof event.exportTaskId !== "string" || !EXPORT_TASK_ID_PATTERN.test(event.exportTaskId)) {
        throw new PipelineConfigError(`export task id ${JSON.stringify(event.exportTaskId)} is not valid`);
    }
    if (exportPrefix === backupPrefix || backupPrefix.startsWith(`${exportPrefix}/`)) {
        throw new PipelineConfigError(`BACKUP_PREFIX ${backupPrefix} must lie outside EXPORT_PREFIX ${exportPrefix}`);
    }
    const tables = (event.tables ?? []).map(name => configuredTable(configured, name).name);
    const droppedTables = tables.map(name => stageTableName(event.runId, name));
    if (droppedTables.length > 0) {
        await dropStageTables(database, droppedTables);
    }
    const exportRoot = `${exportPrefix}/${event.exportTaskId}/`;
    const backupRoot = backupExports ? `${backupPrefix}/${event.exportTaskId}/` : undefined;
    const { backedUp, deleted } = await removeExportObjects(bucket, exportRoot, backupRoot);
    const result = { droppedTables, backedUpObjects: backedUp, deletedObjects: deleted };
    log("run-cleaned-up", { runId: event.runId, exportTaskId: event.exportTaskId, ...result });
    return result;
}
