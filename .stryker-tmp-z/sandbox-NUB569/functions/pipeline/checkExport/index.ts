// @ts-nocheck
// Lambda: polled by the state machine until the export completes; fails the run with the AWS cause otherwise.
import { DescribeExportTasksCommand, RDSClient } from "@aws-sdk/client-rds";
import { EXPORT_TASK_ID_PATTERN, integerEnv, log } from "../shared/env";
import { errorText, ExportFailed, ExportThrottled, ExportTimedOut, isThrottling } from "../shared/errors";
import type { ExportProgress } from "../startExport";

const rds = new RDSClient({ maxAttempts: 5 });

export interface CheckExportEvent {
    readonly exportTaskId: string;
    readonly polls: number;
}

/** `YYYY-MM-DD HH:MM:SS.mmm` in UTC, the form the SQL builders take as a TIMESTAMP literal. */
export function snapshotText(time: Date): string {
    const iso = time.toISOString();
    return `${iso.slice(0, 10)} ${iso.slice(11, 23)}`;
}

export async function handler(event: CheckExportEvent): Promise<ExportProgress> {
    const maxPolls = integerEnv("MAX_EXPORT_POLLS", 240, 1, 10000);
    if (typeof event.exportTaskId !== "string" || !EXPORT_TASK_ID_PATTERN.test(event.exportTaskId)) {
        throw new ExportFailed(`export task id ${JSON.stringify(event.exportTaskId)} is not valid`);
    }
    const polls = (Number.isSafeInteger(event.polls) ? event.polls : 0) + 1;
    let task;
    try {
        const out = await rds.send(new DescribeExportTasksCommand({ ExportTaskIdentifier: event.exportTaskId }));
        task = out.ExportTasks?.[0];
    } catch (error) {
        if (isThrottling(error)) {
            throw new ExportThrottled(`DescribeExportTasks ${event.exportTaskId} throttled: ${errorText(error)}`);
        }
        throw new ExportFailed(`DescribeExportTasks ${event.exportTaskId} failed: ${errorText(error)}`);
    }
    if (!task) {
        throw new ExportFailed(`export task ${event.exportTaskId} was not found`);
    }
    const status = task.Status ?? "UNKNOWN";
    log("export-status", { exportTaskId: event.exportTaskId, status, percent: task.PercentProgress, polls });
    if (status === "COMPLETE") {
        // The point in time the export holds: no watermark may pass it. WarningMessage names skipped tables; it is
        // always present (possibly empty) so the alert states can read it.
        const snapshot = task.SnapshotTime ?? task.TaskStartTime;
        if (!(snapshot instanceof Date)) {
            throw new ExportFailed(`export task ${event.exportTaskId} is COMPLETE but has no SnapshotTime`);
        }
        return { status, polls, snapshotTime: snapshotText(snapshot), warning: task.WarningMessage ?? "" };
    }
    if (status === "FAILED" || status === "CANCELED" || status === "CANCELING") {
        throw new ExportFailed(`export task ${event.exportTaskId} is ${status}: ${task.FailureCause ?? "no failure cause given"}`);
    }
    if (polls >= maxPolls) {
        throw new ExportTimedOut(`export task ${event.exportTaskId} is still ${status} after ${polls} checks`);
    }
    return { status, polls };
}
