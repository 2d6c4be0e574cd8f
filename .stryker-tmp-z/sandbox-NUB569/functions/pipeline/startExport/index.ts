// @ts-nocheck
// Lambda: starts the run's Aurora export to S3, limited to the selected tables.
import { RDSClient, StartExportTaskCommand } from "@aws-sdk/client-rds";
import { BUCKET_PATTERN, EXPORT_TASK_ID_PATTERN, identifierEnv, log, PREFIX_PATTERN, requireEnv, tableNames } from "../shared/env";
import { errorText, ExportFailed, ExportThrottled, isThrottling } from "../shared/errors";

// Standard retry mode backs off on throttling before the state machine's own Retry takes over.
const rds = new RDSClient({ maxAttempts: 5 });

export interface StartExportEvent {
    readonly exportTaskId: string;
    readonly tables: readonly string[];
}

export interface ExportProgress {
    readonly status: string;
    readonly polls: number;
    readonly snapshotTime?: string;
    readonly warning?: string;
}

export async function handler(event: StartExportEvent): Promise<ExportProgress> {
    const dbName = identifierEnv("DB_NAME");
    if (typeof event.exportTaskId !== "string" || !EXPORT_TASK_ID_PATTERN.test(event.exportTaskId)) {
        throw new ExportFailed(`export task id ${JSON.stringify(event.exportTaskId)} is not valid`);
    }
    if (!Array.isArray(event.tables) || event.tables.length === 0) {
        throw new ExportFailed(`no tables to export: ${JSON.stringify(event.tables)}`);
    }
    // The names come from the run plan, which validateInput checked against the configured tables.
    const exportOnly = tableNames(event.tables).map(name => `${dbName}.${name}`);
    const input = {
        ExportTaskIdentifier: event.exportTaskId,
        SourceArn: requireEnv("SOURCE_ARN", /^arn:aws[a-z-]*:rds:[a-z0-9-]+:\d{12}:cluster:[A-Za-z][A-Za-z0-9-]*$/),
        S3BucketName: requireEnv("RAW_BUCKET", BUCKET_PATTERN),
        S3Prefix: requireEnv("EXPORT_PREFIX", PREFIX_PATTERN),
        IamRoleArn: requireEnv("EXPORT_ROLE_ARN", /^arn:aws[a-z-]*:iam::\d{12}:role\/[A-Za-z0-9+=,.@_/-]+$/),
        KmsKeyId: requireEnv("KMS_KEY_ID"),
        ExportOnly: exportOnly,
    };
    try {
        const out = await rds.send(new StartExportTaskCommand(input));
        log("export-started", { exportTaskId: event.exportTaskId, exportOnly, status: out.Status });
        return { status: out.Status ?? "STARTING", polls: 0 };
    } catch (error) {
        if ((error as Error).name === "ExportTaskAlreadyExistsFault") {
            // A retried invocation: the first one started the export; the checks that follow watch it.
            log("export-already-started", { exportTaskId: event.exportTaskId });
            return { status: "STARTING", polls: 0 };
        }
        if (isThrottling(error)) {
            throw new ExportThrottled(`StartExportTask ${event.exportTaskId} throttled: ${errorText(error)}`);
        }
        throw new ExportFailed(`StartExportTask ${event.exportTaskId} failed: ${errorText(error)}`);
    }
}
