// Zero-ETL health: CloudWatch alarms on what AWS publishes about an integration, sent to the pipeline's alert topic.
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

import { rotatingKey } from "./iamDocuments";
import { accountRootArn, AccountContext, alertTopicKeyStatements, alertTopicPolicy, KEY_ADMIN_ACTIONS } from "./athena/policies";
import { failedTablesQuery } from "../sql/redshift/zeroEtlHealth";

/**
 * Redshift's zero-ETL metrics ("Metrics for zero-ETL integrations", Redshift management guide): IntegrationLag (seconds)
 * and IntegrationNumTablesFailedReplication (count), dimension IntegrationId, every 60 s. The guide names no namespace;
 * the Aurora guide says all integration metrics originate from Redshift, whose metrics live in AWS/Redshift.
 */
export const INTEGRATION_METRICS_NAMESPACE = "AWS/Redshift";
export const LAG_METRIC = "IntegrationLag";
export const FAILED_TABLES_METRIC = "IntegrationNumTablesFailedReplication";
/** The lag alarm never fires below this, so continuous replication (interval 0) does not alarm on normal lag. */
export const LAG_ALARM_FLOOR_SECONDS = 300;
export const ALARM_PERIOD_SECONDS = 300;

/**
 * Redshift sends zero-ETL integration events to EventBridge as source aws.redshift, detail-type
 * "Redshift Integration Monitoring" (EventBridge events reference, "Amazon Redshift events"). The event table
 * ("Zero-ETL integration event notifications with Amazon EventBridge") gives WARNING and ERROR severities to the events
 * that need action (REDSHIFT-INTEGRATION-EVENT-0004 onwards: tables without primary key or with unsupported types,
 * creation or load failures, revoked authorization); INFO ones are created, syncing, deleted. AWS documents no event
 * detail schema, so the pattern matches both spellings of the severity and does not narrow on fields it does not
 * document: it covers every zero-ETL integration into Redshift in this account and region.
 */
export function integrationEventPattern(): Record<string, unknown> {
    return {
        "source": ["aws.redshift"],
        "detail-type": ["Redshift Integration Monitoring"],
        "detail": { severity: ["WARNING", "ERROR", "Warning", "Error"] },
    };
}

/** Seconds of lag that set off the alarm: the multiple of the refresh interval, but never under the floor. */
export function lagAlarmThresholdSeconds(refreshIntervalSeconds: number, multiple: number): number {
    return multiple * Math.max(refreshIntervalSeconds, LAG_ALARM_FLOOR_SECONDS);
}

/** The RDS console, where "Zero-ETL integrations" lists the integration (AWS documents no deep link to one integration). */
export function integrationConsoleUrl(region: string): string {
    return `https://console.aws.amazon.com/rds/home?region=${region}`;
}

/** A key only the account administers and CloudWatch alarms encrypt alert messages with. */
export function healthKeyPolicy(a: AccountContext): object {
    return {
        Version: "2012-10-17",
        Statement: [
            { Sid: "AccountAdministersKey", Effect: "Allow", Principal: { AWS: accountRootArn(a) }, Action: KEY_ADMIN_ACTIONS, Resource: "*" },
            ...alertTopicKeyStatements(),
        ],
    };
}

export interface ZeroEtlHealthArgs {
    /** The pipeline name: prefixes the alarms (the alert topic admits alarms named `<name>-*`) and the rule. */
    name: string;
    integrationId: pulumi.Input<string>;
    targetDatabase: string;
    refreshIntervalSeconds: number;
    lagAlarmMultiple: number;
    /** The Athena pipeline's alert topic; without one a KMS-encrypted topic is created here. */
    alertTopicArn?: pulumi.Input<string>;
    /** Subscribed to the topic created here (the pipeline's topic has its own subscription). */
    alertEmail?: string;
}

export class ZeroEtlHealth extends pulumi.ComponentResource {
    public readonly alertTopicArn: pulumi.Output<string>;
    public readonly alarmNames: string[];
    public readonly consoleUrl: pulumi.Output<string>;
    public readonly failedTablesQuery: string;

    constructor(name: string, args: ZeroEtlHealthArgs, opts?: pulumi.ComponentResourceOptions) {
        super("aurora-analytics:zeroEtl:ZeroEtlHealth", name, {}, opts);
        const parent = { parent: this };
        const prefix = `${args.name}-zero-etl`;
        const tags = { "aurora-analytics:pipeline": args.name };
        const region = aws.getRegionOutput({}, parent).region;

        if (args.alertTopicArn !== undefined) {
            this.alertTopicArn = pulumi.output(args.alertTopicArn);
        } else {
            const account: pulumi.Output<AccountContext> = pulumi.all([
                aws.getPartitionOutput({}, parent).partition, region, aws.getCallerIdentityOutput({}, parent).accountId,
            ]).apply(([partition, r, accountId]) => ({ partition, region: r, accountId }));
            const key = rotatingKey(`${name}-key`, {
                description: `${args.name}: zero-ETL health alerts`,
                policy: account.apply(a => JSON.stringify(healthKeyPolicy(a))),
                tags,
            }, parent);
            const topic = new aws.sns.Topic(`${name}-alerts`, {
                name: `${prefix}-alerts`,
                displayName: `${args.name} zero-ETL alerts`,
                kmsMasterKeyId: key.arn,
                tags,
            }, parent);
            new aws.sns.TopicPolicy(`${name}-alerts-policy`, {
                arn: topic.arn,
                policy: pulumi.all([account, topic.arn]).apply(([a, arn]) => JSON.stringify(alertTopicPolicy(a, arn, `${args.name}-`))),
            }, parent);
            if (args.alertEmail !== undefined) {
                new aws.sns.TopicSubscription(`${name}-alerts-email`, { topic: topic.arn, protocol: "email", endpoint: args.alertEmail }, parent);
            }
            this.alertTopicArn = topic.arn;
        }
        const actions = [this.alertTopicArn];

        // Leaving the active state: Redshift's WARNING/ERROR integration events, counted by EventBridge's MatchedEvents
        // metric (AWS/Events, dimension RuleName; EventBridge user guide, "Monitoring Amazon EventBridge"). Through a
        // CloudWatch alarm, so the alert topic's existing policy (CloudWatch alarms named <pipeline>-*) admits it.
        const rule = new aws.cloudwatch.EventRule(`${name}-events`, {
            name: `${prefix}-events`,
            description: "Zero-ETL integration events that need action (WARNING or ERROR)",
            eventPattern: JSON.stringify(integrationEventPattern()),
            tags,
        }, parent);
        // Each event also goes straight to the topic (the topic policy admits EventBridge rules named <pipeline>-*).
        new aws.cloudwatch.EventTarget(`${name}-events-to-topic`, { rule: rule.name, arn: this.alertTopicArn }, parent);
        const stateAlarm = new aws.cloudwatch.MetricAlarm(`${name}-state`, {
            name: `${prefix}-state`,
            alarmDescription: "A zero-ETL integration into Redshift reported a WARNING or ERROR event (Needs attention or Failed).",
            namespace: "AWS/Events",
            metricName: "MatchedEvents",
            dimensions: { RuleName: rule.name },
            statistic: "Sum",
            period: ALARM_PERIOD_SECONDS,
            evaluationPeriods: 1,
            threshold: 1,
            comparisonOperator: "GreaterThanOrEqualToThreshold",
            treatMissingData: "notBreaching",
            alarmActions: actions,
            tags,
        }, parent);

        const integration = { IntegrationId: args.integrationId };
        const failedAlarm = new aws.cloudwatch.MetricAlarm(`${name}-failed-tables`, {
            name: `${prefix}-failed-tables`,
            alarmDescription: `A table of ${args.targetDatabase} failed to replicate; list them with the zeroEtlFailedTablesQuery output.`,
            namespace: INTEGRATION_METRICS_NAMESPACE,
            metricName: FAILED_TABLES_METRIC,
            dimensions: integration,
            statistic: "Maximum",
            period: ALARM_PERIOD_SECONDS,
            evaluationPeriods: 1,
            threshold: 1,
            comparisonOperator: "GreaterThanOrEqualToThreshold",
            treatMissingData: "notBreaching",
            alarmActions: actions,
            tags,
        }, parent);

        const threshold = lagAlarmThresholdSeconds(args.refreshIntervalSeconds, args.lagAlarmMultiple);
        const lagAlarm = new aws.cloudwatch.MetricAlarm(`${name}-lag`, {
            name: `${prefix}-lag`,
            alarmDescription: `Zero-ETL lag above ${threshold} s (${args.lagAlarmMultiple} x the refresh interval) for 15 minutes.`,
            namespace: INTEGRATION_METRICS_NAMESPACE,
            metricName: LAG_METRIC,
            dimensions: integration,
            statistic: "Maximum",
            period: ALARM_PERIOD_SECONDS,
            evaluationPeriods: 3,
            datapointsToAlarm: 3,
            threshold,
            comparisonOperator: "GreaterThanThreshold",
            treatMissingData: "notBreaching",
            alarmActions: actions,
            tags,
        }, parent);

        this.alarmNames = [`${prefix}-state`, `${prefix}-failed-tables`, `${prefix}-lag`];
        void [stateAlarm, failedAlarm, lagAlarm];
        this.consoleUrl = region.apply(integrationConsoleUrl);
        this.failedTablesQuery = failedTablesQuery(args.targetDatabase);

        this.registerOutputs({
            alertTopicArn: this.alertTopicArn,
            consoleUrl: this.consoleUrl,
            failedTablesQuery: this.failedTablesQuery,
        });
    }
}
