// Scheduled watch over every zero-ETL integration into the target: publishes each interval and state, restores our own.
import { CloudWatchClient, MetricDatum, PutMetricDataCommand } from "@aws-sdk/client-cloudwatch";
import { RedshiftDataClient } from "@aws-sdk/client-redshift-data";

import { DataApiTarget, Row, runSql, RunOptions } from "./dataApi";
import { CURRENT_USER_SUPERUSER_QUERY, WATCH_INTEGRATIONS_QUERY } from "../../sql/redshift/zeroEtlWatch";
import { checkRefreshInterval, REDSHIFT_DATABASE, setRefreshInterval } from "../../sql/redshift/zeroEtlStatements";

/** The custom namespace the watch publishes to; the component's alarms and dashboard read the same names. */
export const WATCH_METRICS_NAMESPACE = "AuroraAnalytics/ZeroEtlWatch";
export const WATCH_METRICS = {
    refreshInterval: "RefreshIntervalSeconds",
    unhealthy: "IntegrationUnhealthy",
    watched: "IntegrationsWatched",
    outOfRange: "IntervalsOutOfRange",
    unhealthyCount: "IntegrationsUnhealthy",
    restored: "IntervalsRestored",
    notSuperuser: "WatchSecretNotSuperuser",
} as const;
/** PutMetricData takes at most 1000 metrics per request (CloudWatch API reference, PutMetricData, MetricData). */
export const PUT_METRIC_DATA_BATCH = 1000;

export interface WatchSpec extends DataApiTarget {
    /** This stack's integration and database: the only ones the watch may change. */
    ownIntegrationId: string;
    ownDatabase: string;
    declaredIntervalSeconds: number;
    /** The pack's zero-etl-refresh-interval range; 0 (continuous replication) is below any minimum above 0. */
    minimumSeconds: number;
    maximumSeconds: number;
    restoreInterval: boolean;
}

export interface IntegrationFinding {
    integrationId: string;
    targetDatabase: string;
    state: string;
    /** Undefined while the integration has no database yet (its interval means nothing then). */
    refreshIntervalSeconds?: number;
    outOfRange: boolean;
    unhealthy: boolean;
    own: boolean;
    /** The interval the watch set this stack's database back to. */
    restoredTo?: number;
}

export interface WatchReport {
    workgroupName: string;
    findings: IntegrationFinding[];
    restoreStatements: string[];
}

export class WatchFailed extends Error {
    constructor(message: string) {
        super(message);
        this.name = "WatchFailed";
    }
}

/**
 * Failed and needs-attention, however spelled: the RDS integration status values are failed and needs_attention
 * (RDS API reference, Integration.Status); SVV_INTEGRATION's state column names states in CamelCase.
 */
export function isUnhealthyState(state: string): boolean {
    const letters = state.toLowerCase().replace(/[^a-z]/g, "");
    return letters.startsWith("failed") || letters.startsWith("needsattention");
}

/** Reads one SVV_INTEGRATION row into a finding; `own` and `outOfRange` follow the spec. */
export function assess(row: Row, spec: WatchSpec): IntegrationFinding {
    const integrationId = String(row.integration_id ?? "");
    const targetDatabase = String(row.target_database ?? "");
    const state = String(row.state ?? "");
    const interval = targetDatabase === "" || row.refresh_interval === null || row.refresh_interval === undefined
        ? undefined : Number(row.refresh_interval);
    return {
        integrationId,
        targetDatabase,
        state,
        ...(interval !== undefined ? { refreshIntervalSeconds: interval } : {}),
        outOfRange: interval !== undefined && (interval < spec.minimumSeconds || interval > spec.maximumSeconds),
        unhealthy: isUnhealthyState(state),
        own: integrationId === spec.ownIntegrationId && targetDatabase === spec.ownDatabase,
    };
}

/** The metrics of one watch run: per integration (Workgroup, IntegrationId) and per workgroup totals (Workgroup). */
export function watchMetrics(report: WatchReport, timestamp: Date): MetricDatum[] {
    const wg = { Name: "Workgroup", Value: report.workgroupName };
    const data: MetricDatum[] = [];
    for (const f of report.findings) {
        const dims = [wg, { Name: "IntegrationId", Value: f.integrationId }];
        if (f.refreshIntervalSeconds !== undefined) {
            data.push({ MetricName: WATCH_METRICS.refreshInterval, Dimensions: dims, Value: f.restoredTo ?? f.refreshIntervalSeconds, Unit: "Seconds", Timestamp: timestamp });
        }
        data.push({ MetricName: WATCH_METRICS.unhealthy, Dimensions: dims, Value: f.unhealthy ? 1 : 0, Unit: "Count", Timestamp: timestamp });
    }
    const total = (name: string, value: number): MetricDatum => ({ MetricName: name, Dimensions: [wg], Value: value, Unit: "Count", Timestamp: timestamp });
    data.push(
        total(WATCH_METRICS.watched, report.findings.length),
        total(WATCH_METRICS.outOfRange, report.findings.filter(f => f.outOfRange && f.restoredTo === undefined).length),
        total(WATCH_METRICS.unhealthyCount, report.findings.filter(f => f.unhealthy).length),
        total(WATCH_METRICS.restored, report.findings.filter(f => f.restoredTo !== undefined).length),
        total(WATCH_METRICS.notSuperuser, 0),
    );
    return data;
}

async function putMetrics(cloudWatch: CloudWatchClient, data: MetricDatum[]): Promise<void> {
    for (let i = 0; i < data.length; i += PUT_METRIC_DATA_BATCH) {
        await cloudWatch.send(new PutMetricDataCommand({ Namespace: WATCH_METRICS_NAMESPACE, MetricData: data.slice(i, i + PUT_METRIC_DATA_BATCH) }));
    }
}

/**
 * One watch run. A secret whose user is no superuser sees no rows in SVV_INTEGRATION, which would read as "no
 * integrations": the watch checks usesuper first, publishes WatchSecretNotSuperuser 1 and fails with the fix.
 */
export async function runWatch(dataApi: RedshiftDataClient, cloudWatch: CloudWatchClient, spec: WatchSpec,
    options: RunOptions = {}, now: () => Date = () => new Date()): Promise<WatchReport> {
    const target: DataApiTarget = { workgroupName: spec.workgroupName, connectDatabase: spec.connectDatabase, secretArn: spec.secretArn };
    const superuser = await runSql(dataApi, target, CURRENT_USER_SUPERUSER_QUERY, {}, options);
    if (superuser[0]?.usesuper !== true) {
        await putMetrics(cloudWatch, [{
            MetricName: WATCH_METRICS.notSuperuser, Dimensions: [{ Name: "Workgroup", Value: spec.workgroupName }], Value: 1, Unit: "Count", Timestamp: now(),
        }]);
        throw new WatchFailed(`The secret ${spec.secretArn} does not log in to workgroup ${spec.workgroupName} as a superuser, ` +
            "so SVV_INTEGRATION shows it no integrations and the watch cannot see any; give the watch the namespace's admin secret " +
            "(pulumi config set redshiftAdminSecretArn <admin secret ARN>) or make that user a superuser (ALTER USER <name> CREATEUSER).");
    }
    const rows = await runSql(dataApi, target, WATCH_INTEGRATIONS_QUERY, {}, options);
    const findings = rows.map(row => assess(row, spec));
    const restoreStatements: string[] = [];
    for (const f of findings) {
        if (spec.restoreInterval && f.own && f.refreshIntervalSeconds !== undefined && f.refreshIntervalSeconds !== spec.declaredIntervalSeconds) {
            const sql = setRefreshInterval(spec.ownDatabase, spec.declaredIntervalSeconds);
            await runSql(dataApi, target, sql, {}, options);
            restoreStatements.push(sql);
            f.restoredTo = spec.declaredIntervalSeconds;
        }
    }
    const report: WatchReport = { workgroupName: spec.workgroupName, findings, restoreStatements };
    await putMetrics(cloudWatch, watchMetrics(report, now()));
    return report;
}

function required(env: NodeJS.ProcessEnv, name: string): string {
    const value = env[name];
    if (value === undefined || value === "") {
        throw new Error(`environment variable ${name} is not set`);
    }
    return value;
}

function seconds(env: NodeJS.ProcessEnv, name: string): number {
    const raw = required(env, name);
    if (!/^\d+$/.test(raw)) {
        throw new Error(`environment variable ${name} ${JSON.stringify(raw)} must be a whole number of seconds`);
    }
    return checkRefreshInterval(Number(raw));
}

/** The spec from the function's environment, which the component sets. */
export function watchSpecFromEnv(env: NodeJS.ProcessEnv): WatchSpec {
    const ownDatabase = required(env, "OWN_DATABASE");
    if (!REDSHIFT_DATABASE.test(ownDatabase)) {
        throw new Error(`environment variable OWN_DATABASE ${JSON.stringify(ownDatabase)} is not a Redshift database name`);
    }
    const restore = required(env, "RESTORE_INTERVAL");
    if (restore !== "true" && restore !== "false") {
        throw new Error(`environment variable RESTORE_INTERVAL ${JSON.stringify(restore)} must be true or false`);
    }
    return {
        workgroupName: required(env, "WORKGROUP_NAME"),
        connectDatabase: required(env, "CONNECT_DATABASE"),
        secretArn: required(env, "SECRET_ARN"),
        ownIntegrationId: required(env, "OWN_INTEGRATION_ID"),
        ownDatabase,
        declaredIntervalSeconds: seconds(env, "DECLARED_INTERVAL_SECONDS"),
        minimumSeconds: seconds(env, "MINIMUM_SECONDS"),
        maximumSeconds: seconds(env, "MAXIMUM_SECONDS"),
        restoreInterval: restore === "true",
    };
}

const dataApiClient = new RedshiftDataClient({ maxAttempts: 5 });
const cloudWatchClient = new CloudWatchClient({ maxAttempts: 5 });

/** EventBridge Scheduler invokes this with its own payload, which the watch does not read. */
export async function handler(): Promise<WatchReport> {
    const report = await runWatch(dataApiClient, cloudWatchClient, watchSpecFromEnv(process.env));
    console.log(JSON.stringify({ message: "zero-ETL watch", ...report }));
    return report;
}
