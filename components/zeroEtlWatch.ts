// The refresh-interval watch: a scheduled Lambda that reads every integration's interval and state, and its alarms.
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

import { bundleFunction, LAMBDA_RUNTIME } from "./lambdaBundle";
import { serviceTrustPolicy } from "./iamDocuments";
import { adminFunctionPolicy } from "./zeroEtl";

/** What functions/zeroEtl/watch.ts publishes (a test checks both spell them the same). */
export const WATCH_METRICS_NAMESPACE = "AuroraAnalytics/ZeroEtlWatch";
/** The pack's zero-etl-refresh-interval defaults (policy/zeroEtlRefreshInterval.ts; a test keeps them equal). */
export const WATCH_MINIMUM_SECONDS = 900;
export const WATCH_MAXIMUM_SECONDS = 432000;
/** One period of an hour: the default schedule publishes once an hour, and Maximum keeps a single breaching run. */
export const WATCH_ALARM_PERIOD_SECONDS = 3600;
const LOG_RETENTION_DAYS = 30;

/** Actions of the watch's policy that AWS authorizes only on Resource "*" (tests/components/iam.test.ts accepts these). */
export const WATCH_WILDCARD_ACTIONS: Readonly<Record<string, string>> = Object.freeze({
    // Service Authorization Reference, Amazon CloudWatch: PutMetricData has no resource type; cloudwatch:namespace narrows it.
    "cloudwatch:PutMetricData": "PutMetricData has no resource-level permission; the cloudwatch:namespace condition limits it to the watch's namespace",
});

export interface WatchFunctionPolicyInputs {
    logGroupArn: string;
    workgroupArn: string;
    secretArn: string;
    secretKeyArn?: string;
    region: string;
}

/** The admin function's Data API and secret rights, and PutMetricData limited to the watch's namespace. */
export function watchFunctionPolicy(p: WatchFunctionPolicyInputs): { Version: string; Statement: object[] } {
    const base = adminFunctionPolicy({ ...p, namespaceArn: undefined });
    return {
        Version: base.Version,
        Statement: [...base.Statement, {
            // PutMetricData has no resource type; cloudwatch:namespace limits it (CloudWatch user guide, "Using condition keys
            // to limit access to CloudWatch namespaces").
            Sid: "PublishWatchMetrics", Effect: "Allow", Action: "cloudwatch:PutMetricData", Resource: "*",
            Condition: { StringEquals: { "cloudwatch:namespace": WATCH_METRICS_NAMESPACE } },
        }],
    };
}

/** EventBridge Scheduler's execution role may invoke the watch and nothing else (Scheduler user guide, "Set up the execution role"). */
export function watchSchedulerPolicy(functionArn: string): object {
    return {
        Version: "2012-10-17",
        Statement: [{ Sid: "InvokeWatch", Effect: "Allow", Action: "lambda:InvokeFunction", Resource: [functionArn, `${functionArn}:*`] }],
    };
}

export interface ZeroEtlWatchArgs {
    /** The pipeline name: prefixes the function, the schedule and the alarms (the alert topic admits `<name>-*`). */
    name: string;
    workgroupName: pulumi.Input<string>;
    workgroupArn: pulumi.Input<string>;
    connectDatabase: pulumi.Input<string>;
    adminSecretArn: pulumi.Input<string>;
    adminSecretKmsKeyArn?: pulumi.Input<string | undefined>;
    ownIntegrationId: pulumi.Input<string>;
    ownDatabase: string;
    refreshIntervalSeconds: number;
    restoreInterval: boolean;
    schedule: string;
    alertTopicArn: pulumi.Input<string>;
}

export class ZeroEtlWatch extends pulumi.ComponentResource {
    public readonly functionName: pulumi.Output<string>;
    public readonly scheduleName: string;
    public readonly alarmNames: string[];

    constructor(name: string, args: ZeroEtlWatchArgs, opts?: pulumi.ComponentResourceOptions) {
        super("aurora-analytics:zeroEtl:ZeroEtlWatch", name, {}, opts);
        const parent = { parent: this };
        const prefix = `${args.name}-zero-etl-watch`;
        const tags = { "aurora-analytics:pipeline": args.name };
        const identity = aws.getCallerIdentityOutput({}, parent);
        const region = aws.getRegionOutput({}, parent).region;

        const logGroup = new aws.cloudwatch.LogGroup(`${name}-logs`, { name: `/aws/lambda/${prefix}`, retentionInDays: LOG_RETENTION_DAYS, tags }, parent);
        const role = new aws.iam.Role(`${name}-role`, {
            description: `${args.name}: the zero-ETL watch reads SVV_INTEGRATION and publishes metrics`,
            assumeRolePolicy: identity.accountId.apply(account => JSON.stringify(serviceTrustPolicy("lambda.amazonaws.com", account))),
            tags,
        }, parent);
        const rolePolicy = new aws.iam.RolePolicy(`${name}-policy`, {
            role: role.name,
            policy: pulumi.all([logGroup.arn, args.workgroupArn, args.adminSecretArn, args.adminSecretKmsKeyArn, region])
                .apply(([logGroupArn, workgroupArn, secretArn, secretKey, r]) => JSON.stringify(watchFunctionPolicy({
                    logGroupArn, workgroupArn, secretArn, secretKeyArn: secretKey || undefined, region: r,
                }))),
        }, parent);
        const fn = new aws.lambda.Function(`${name}-function`, {
            name: prefix,
            description: `${args.name}: watches every zero-ETL integration's refresh interval and state`,
            role: role.arn,
            runtime: LAMBDA_RUNTIME,
            handler: "index.handler",
            code: bundleFunction("zeroEtl/watch.ts"),
            architectures: ["arm64"],
            memorySize: 256,
            timeout: 300,
            environment: {
                variables: {
                    WORKGROUP_NAME: args.workgroupName,
                    CONNECT_DATABASE: args.connectDatabase,
                    SECRET_ARN: args.adminSecretArn,
                    OWN_INTEGRATION_ID: args.ownIntegrationId,
                    OWN_DATABASE: args.ownDatabase,
                    DECLARED_INTERVAL_SECONDS: String(args.refreshIntervalSeconds),
                    MINIMUM_SECONDS: String(WATCH_MINIMUM_SECONDS),
                    MAXIMUM_SECONDS: String(WATCH_MAXIMUM_SECONDS),
                    RESTORE_INTERVAL: String(args.restoreInterval),
                },
            },
            loggingConfig: { logFormat: "Text", logGroup: logGroup.name },
            tags,
        }, { parent: this, dependsOn: [rolePolicy] });

        const schedulerRole = new aws.iam.Role(`${name}-scheduler-role`, {
            description: `${args.name}: EventBridge Scheduler starts the zero-ETL watch`,
            assumeRolePolicy: identity.accountId.apply(account => JSON.stringify(serviceTrustPolicy("scheduler.amazonaws.com", account))),
            tags,
        }, parent);
        new aws.iam.RolePolicy(`${name}-scheduler-policy`, {
            role: schedulerRole.name,
            policy: fn.arn.apply(arn => JSON.stringify(watchSchedulerPolicy(arn))),
        }, parent);
        this.scheduleName = prefix;
        new aws.scheduler.Schedule(`${name}-schedule`, {
            name: prefix,
            description: `${args.name}: reads every zero-ETL integration's refresh interval and state`,
            scheduleExpression: args.schedule,
            flexibleTimeWindow: { mode: "OFF" },
            state: "ENABLED",
            target: {
                arn: fn.arn,
                roleArn: schedulerRole.arn,
                input: "{}",
                // A run that cannot start within the hour is skipped: the next run reads the same view.
                retryPolicy: { maximumEventAgeInSeconds: 3600, maximumRetryAttempts: 3 },
            },
        }, parent);

        const restoreNote = args.restoreInterval
            ? `zeroEtlRestoreInterval is on: the watch sets ${args.ownDatabase} back to ${args.refreshIntervalSeconds} s; other stacks' integrations are only reported.`
            : `zeroEtlRestoreInterval is off: the watch only reports (ALTER DATABASE ${args.ownDatabase} INTEGRATION SET REFRESH_INTERVAL ${args.refreshIntervalSeconds} restores this stack's).`;
        const watchAlarms: Array<[string, string, string]> = [
            ["interval", "IntervalsOutOfRange",
                `A zero-ETL integration into ${args.name}'s workgroup has a refresh interval outside ${WATCH_MINIMUM_SECONDS}..${WATCH_MAXIMUM_SECONDS} s (0 is continuous replication). ${restoreNote}`],
            ["unhealthy", "IntegrationsUnhealthy", `A zero-ETL integration into ${args.name}'s workgroup is failed or needs attention (SVV_INTEGRATION state).`],
            ["not-superuser", "WatchSecretNotSuperuser",
                "The watch's secret is not a superuser, so SVV_INTEGRATION shows it nothing: the watch sees no integration until it gets the admin secret."],
        ];
        if (args.restoreInterval) {
            watchAlarms.push(["restored", "IntervalsRestored",
                `The watch set ${args.ownDatabase} back to REFRESH_INTERVAL ${args.refreshIntervalSeconds}: someone had changed it (ALTER DATABASE ... SET REFRESH_INTERVAL).`]);
        }
        const common = {
            period: WATCH_ALARM_PERIOD_SECONDS, evaluationPeriods: 1, threshold: 1,
            comparisonOperator: "GreaterThanOrEqualToThreshold", treatMissingData: "notBreaching", alarmActions: [args.alertTopicArn], tags,
        };
        this.alarmNames = [];
        for (const [suffix, metricName, description] of watchAlarms) {
            this.alarmNames.push(`${prefix}-${suffix}`);
            new aws.cloudwatch.MetricAlarm(`${name}-${suffix}`, {
                name: `${prefix}-${suffix}`, alarmDescription: description,
                namespace: WATCH_METRICS_NAMESPACE, metricName, dimensions: { Workgroup: args.workgroupName }, statistic: "Maximum", ...common,
            }, parent);
        }
        // The watch itself failing (Data API, secret, timeout): AWS/Lambda Errors, dimension FunctionName (Lambda developer guide, "Types of metrics").
        this.alarmNames.push(`${prefix}-errors`);
        new aws.cloudwatch.MetricAlarm(`${name}-errors`, {
            name: `${prefix}-errors`, alarmDescription: `The zero-ETL watch ${prefix} failed; its log group /aws/lambda/${prefix} says why.`,
            namespace: "AWS/Lambda", metricName: "Errors", dimensions: { FunctionName: fn.name }, statistic: "Sum", ...common,
        }, parent);

        this.functionName = fn.name;
        this.registerOutputs({ functionName: this.functionName, alarmNames: this.alarmNames });
    }
}
