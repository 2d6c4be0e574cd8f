// One CloudWatch dashboard with what an operator asks first: zero-ETL, Redshift spend, the pipeline, Athena scans.
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

import { WATCH_METRICS_NAMESPACE } from "./zeroEtlWatch";
import { FAILED_TABLES_METRIC, INTEGRATION_METRICS_NAMESPACE, LAG_METRIC } from "./zeroEtlHealth";

/** Seconds in each usage-limit period; monthly is drawn as 30 days (CloudWatch periods are whole minutes). */
export const PERIOD_SECONDS: Record<"daily" | "weekly" | "monthly", number> = { daily: 86400, weekly: 604800, monthly: 2592000 };

export interface DashboardInputs {
    region: string;
    /** Zero-ETL: the integration, the workgroup and its spend cap; absent when zeroEtl is off. */
    zeroEtl?: {
        integrationId: string;
        workgroupName: string;
        maxCapacity?: number;
        usageLimit?: { amount: number; period: "daily" | "weekly" | "monthly" };
    };
    /** The Athena pipeline; absent when athenaPipeline is off. */
    pipeline?: { stateMachineArn: string; athenaWorkgroup: string };
}

const PERIOD_NOUN = { daily: "day", weekly: "week", monthly: "30 days" } as const;

type MetricRow = Array<string | Record<string, unknown>>;

interface Widget {
    type: "metric" | "text";
    x: number;
    y: number;
    width: number;
    height: number;
    properties: Record<string, unknown>;
}

/**
 * The dashboard body (CloudWatch API reference, "Dashboard Body Structure and Syntax"): a `widgets` array, each with type,
 * x (0-23), y, width (1-24), height and properties; a metric widget's `metrics` rows are [namespace, metric name,
 * dimension name, value, ..., {rendering options}] or [{expression, label, id}] for a SEARCH. Namespaces and dimensions
 * are AWS's where AWS publishes the metric; each is cited where it is used.
 */
export function dashboardBody(d: DashboardInputs): { widgets: Widget[] } {
    const widgets: Widget[] = [];
    let y = 0;
    const row = (...items: Array<Omit<Widget, "x" | "y" | "width"> & { width?: number }>) => {
        let x = 0;
        const width = Math.floor(24 / items.length);
        for (const item of items) {
            widgets.push({ ...item, x, y, width: item.width ?? width });
            x += item.width ?? width;
        }
        y += Math.max(...items.map(i => i.height));
    };
    const metric = (title: string, metrics: MetricRow[], extra: Record<string, unknown> = {}) => ({
        type: "metric" as const, height: 6,
        properties: { title, view: "timeSeries", region: d.region, stat: "Maximum", period: 300, metrics, ...extra },
    });

    if (d.zeroEtl) {
        const z = d.zeroEtl;
        row(
            // Redshift management guide, "Metrics for zero-ETL integrations": IntegrationLag, IntegrationNumTablesFailedReplication, dimension IntegrationId.
            metric("Zero-ETL lag (seconds)", [[INTEGRATION_METRICS_NAMESPACE, LAG_METRIC, "IntegrationId", z.integrationId]]),
            metric("Zero-ETL failed tables", [[INTEGRATION_METRICS_NAMESPACE, FAILED_TABLES_METRIC, "IntegrationId", z.integrationId]]),
            // Published by the watch (functions/zeroEtl/watch.ts), one series per integration into the workgroup, any stack's.
            metric("Refresh interval of every integration (seconds, from the watch)", [[{
                expression: `SEARCH('{${WATCH_METRICS_NAMESPACE},Workgroup,IntegrationId} MetricName="RefreshIntervalSeconds" Workgroup="${z.workgroupName}"', 'Maximum', 3600)`,
                label: "", id: "intervals",
            }]], { period: 3600 }),
        );
        const limit = z.usageLimit;
        const limitPeriod = limit ? PERIOD_SECONDS[limit.period] : 86400;
        row(
            // Redshift management guide, "Amazon Redshift Serverless metrics": AWS/Redshift-Serverless ComputeCapacity (RPU), dimension Workgroup.
            metric("Redshift Serverless compute capacity (RPU)", [["AWS/Redshift-Serverless", "ComputeCapacity", "Workgroup", z.workgroupName]],
                z.maxCapacity !== undefined ? { annotations: { horizontal: [{ label: "maxCapacity", value: z.maxCapacity }] } } : {}),
            // ComputeSeconds: accumulated RPU-seconds, dimension Workgroup; summed over the limit's period and shown in RPU-hours.
            metric(`Redshift Serverless RPU-hours per ${PERIOD_NOUN[limit?.period ?? "daily"]}`, [
                ["AWS/Redshift-Serverless", "ComputeSeconds", "Workgroup", z.workgroupName, { id: "seconds", visible: false }],
                [{ expression: "seconds / 3600", label: "RPU-hours", id: "hours" }],
            ], {
                stat: "Sum", period: limitPeriod,
                ...(limit ? { annotations: { horizontal: [{ label: "usage limit", value: limit.amount }] } } : {}),
            }),
            metric("Watch findings", [
                [WATCH_METRICS_NAMESPACE, "IntervalsOutOfRange", "Workgroup", z.workgroupName],
                [WATCH_METRICS_NAMESPACE, "IntegrationsUnhealthy", "Workgroup", z.workgroupName],
                [WATCH_METRICS_NAMESPACE, "IntervalsRestored", "Workgroup", z.workgroupName],
            ], { period: 3600 }),
        );
    }
    if (d.pipeline) {
        const arn = d.pipeline.stateMachineArn;
        row(
            // Step Functions developer guide, "Execution metrics": AWS/States, dimension StateMachineArn.
            metric("Pipeline runs", [
                ["AWS/States", "ExecutionsStarted", "StateMachineArn", arn],
                ["AWS/States", "ExecutionsSucceeded", "StateMachineArn", arn],
                ["AWS/States", "ExecutionsFailed", "StateMachineArn", arn],
                ["AWS/States", "ExecutionsTimedOut", "StateMachineArn", arn],
            ], { stat: "Sum", period: 86400 }),
            // ExecutionTime (milliseconds) covers the whole run, the RDS export wait included.
            metric("Pipeline run duration (ms)", [["AWS/States", "ExecutionTime", "StateMachineArn", arn]], { period: 86400 }),
            // Athena user guide, "Monitoring Athena queries with CloudWatch metrics": AWS/Athena ProcessedBytes, dimensions
            // QueryState, QueryType and WorkGroup; SEARCH sums every state and type of this workgroup.
            metric(`Athena bytes scanned (${d.pipeline.athenaWorkgroup})`, [[{
                expression: `SEARCH('{AWS/Athena,QueryState,QueryType,WorkGroup} MetricName="ProcessedBytes" WorkGroup="${d.pipeline.athenaWorkgroup}"', 'Sum', 86400)`,
                label: "", id: "scanned",
            }]], { stat: "Sum", period: 86400 }),
        );
        row({
            type: "text", height: 3, width: 24,
            properties: {
                markdown: "**Export durations.** AWS publishes no CloudWatch metric for RDS export tasks (StartExportTask, DescribeExportTasks): " +
                    "a run's duration above includes its export; `aws rds describe-export-tasks` gives each export's TaskStartTime and TaskEndTime.",
            },
        });
    }
    return { widgets };
}

/** The console address of a dashboard (CloudWatch console, Dashboards). */
export function dashboardUrl(region: string, name: string): string {
    return `https://console.aws.amazon.com/cloudwatch/home?region=${region}#dashboards:name=${name}`;
}

export interface OperationsDashboardArgs {
    name: string;
    zeroEtl?: {
        integrationId: pulumi.Input<string>;
        workgroupName: pulumi.Input<string>;
        maxCapacity?: number;
        usageLimit?: { amount: number; period: "daily" | "weekly" | "monthly" };
    };
    pipeline?: { stateMachineArn: pulumi.Input<string>; athenaWorkgroup: pulumi.Input<string> };
}

export class OperationsDashboard extends pulumi.ComponentResource {
    public readonly dashboardName: string;
    public readonly url: pulumi.Output<string>;

    constructor(name: string, args: OperationsDashboardArgs, opts?: pulumi.ComponentResourceOptions) {
        super("aurora-analytics:dashboard:OperationsDashboard", name, {}, opts);
        const parent = { parent: this };
        const region = aws.getRegionOutput({}, parent).region;
        this.dashboardName = `${args.name}-operations`;
        const body = pulumi.all([
            region,
            args.zeroEtl ? pulumi.all([args.zeroEtl.integrationId, args.zeroEtl.workgroupName]) : undefined,
            args.pipeline ? pulumi.all([args.pipeline.stateMachineArn, args.pipeline.athenaWorkgroup]) : undefined,
        ]).apply(([r, z, p]) => JSON.stringify(dashboardBody({
            region: r,
            ...(z && args.zeroEtl ? {
                zeroEtl: {
                    integrationId: z[0], workgroupName: z[1],
                    ...(args.zeroEtl.maxCapacity !== undefined ? { maxCapacity: args.zeroEtl.maxCapacity } : {}),
                    ...(args.zeroEtl.usageLimit ? { usageLimit: args.zeroEtl.usageLimit } : {}),
                },
            } : {}),
            ...(p ? { pipeline: { stateMachineArn: p[0], athenaWorkgroup: p[1] } } : {}),
        })));
        new aws.cloudwatch.Dashboard(`${name}-dashboard`, { dashboardName: this.dashboardName, dashboardBody: body }, parent);
        this.url = region.apply(r => dashboardUrl(r, this.dashboardName));
        this.registerOutputs({ url: this.url });
    }
}
