// The Athena pipeline's infrastructure: key, buckets, catalog, workgroup, watermarks, Lambdas, state machine, schedule, alerts.
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

import { rotatingKey } from "../iamDocuments";
import { PIPELINE_LOAD_BUDGET_SECONDS, TableConfig } from "../config";
import { bundleFunction, LAMBDA_RUNTIME } from "../lambdaBundle";
import { SecureBucket } from "../secureBucket";
import { buildPipelineDefinition } from "./definition";
import {
    AccountContext, alertTopicPolicy, assumeRolePolicy, checkExportPolicy, cleanupPolicy,
    EXPORT_PREFIX, exportRolePolicy, exportRoleTrustPolicy, keyPolicy, MAP_RESULTS_PREFIX, MASTER_PREFIX, PipelineResources, prepareTablePolicy, RESULTS_PREFIX,
    TABLE_CONFIG_KEY,
    schedulerPolicy, startExportPolicy, stateMachinePolicy, validateInputPolicy,
} from "./policies";

export const ATHENA_ENGINE_VERSION = "Athena engine version 3";
export const LOG_RETENTION_DAYS = 30;
export const RESULTS_EXPIRATION_DAYS = 30;
export const DIFF_RUN_INPUT = JSON.stringify({ mode: "diff" });
export const FULL_SYNC_RUN_INPUT = JSON.stringify({ mode: "all" });
/** Seconds the run keeps after the export for the per-table loads (components/config.ts PIPELINE_LOAD_BUDGET_SECONDS). */
export const LOAD_BUDGET_SECONDS = PIPELINE_LOAD_BUDGET_SECONDS;
/**
 * At most this many export checks per run: each poll is 9 history events (the Lambda task 5, its Wait 2 and Choice 2),
 * and a Standard execution keeps at most 25,000 (Step Functions quotas); npm run bench counts a whole run.
 */
export const MAX_EXPORT_POLLS = 1000;

/**
 * The export wait as poll interval and poll count: one check a minute, or fewer for long waits so that a run stays far
 * below the 25,000-event history quota; the run's TimeoutSeconds is the wait plus the load budget (at most one year).
 */
export function exportWait(exportTimeoutMinutes: number): { pollSeconds: number; maxPolls: number; runTimeoutSeconds: number } {
    const waitSeconds = exportTimeoutMinutes * 60;
    const pollSeconds = Math.max(60, Math.ceil(waitSeconds / MAX_EXPORT_POLLS));
    return { pollSeconds, maxPolls: Math.ceil(waitSeconds / pollSeconds), runTimeoutSeconds: waitSeconds + LOAD_BUDGET_SECONDS };
}

export type PipelineFunctionName = "validateInput" | "startExport" | "checkExport" | "prepareTable" | "cleanup";

/** Timeouts from the run logic's contract; cleanup drops up to one Glue table per configured table, 100 per call. */
export const FUNCTION_SETTINGS: Readonly<Record<PipelineFunctionName, { suffix: string; timeout: number }>> = Object.freeze({
    validateInput: { suffix: "validate-input", timeout: 10 },
    startExport: { suffix: "start-export", timeout: 30 },
    checkExport: { suffix: "check-export", timeout: 30 },
    prepareTable: { suffix: "prepare-table", timeout: 60 },
    cleanup: { suffix: "cleanup", timeout: 60 },
});
const FUNCTION_NAMES = Object.keys(FUNCTION_SETTINGS) as PipelineFunctionName[];

/** What the Lambda environments are made of; `T` is a plain string (npm run bench) or a Pulumi input (the component). */
export interface FunctionEnvironmentValues<T> {
    readonly pipelineName: string;
    readonly dbName: string;
    readonly clusterArn: T;
    readonly rawBucket: T;
    readonly exportRoleArn: T;
    readonly kmsKeyArn: T;
    readonly glueDatabase: T;
    readonly masterBucket: T;
    readonly resultsBucket: T;
    readonly maxExportPolls: number;
    readonly diffOverlapSeconds: number;
}

/**
 * Each Lambda's environment variables. The table config is not in any of them (Lambda allows 4 KB of environment in
 * total, Lambda quotas; 200 tables need more): the definition holds it. npm run bench measures these against 4 KB.
 */
export function functionEnvironment<T>(v: FunctionEnvironmentValues<T>): Record<PipelineFunctionName, Record<string, T | string>> {
    return {
        validateInput: { PIPELINE_NAME: v.pipelineName },
        startExport: {
            DB_NAME: v.dbName, SOURCE_ARN: v.clusterArn, RAW_BUCKET: v.rawBucket,
            EXPORT_PREFIX, EXPORT_ROLE_ARN: v.exportRoleArn, KMS_KEY_ID: v.kmsKeyArn,
        },
        checkExport: { MAX_EXPORT_POLLS: String(v.maxExportPolls) },
        prepareTable: {
            DB_NAME: v.dbName, GLUE_DATABASE: v.glueDatabase, RAW_BUCKET: v.rawBucket, EXPORT_PREFIX,
            MASTER_BUCKET: v.masterBucket, MASTER_PREFIX, DIFF_OVERLAP_SECONDS: String(v.diffOverlapSeconds),
        },
        cleanup: { GLUE_DATABASE: v.glueDatabase, RESULTS_BUCKET: v.resultsBucket },
    };
}

export interface AthenaPipelineArgs {
    /** Names the workgroup, state machine, functions, table and topic; 3-30 lowercase letters, digits, hyphens. */
    pipelineName: string;
    /** The Aurora cluster exported from. */
    clusterArn: pulumi.Input<string>;
    dbName: string;
    tables: readonly TableConfig[];
    /** EventBridge Scheduler expression for diff runs. */
    loadSchedule: string;
    /** EventBridge Scheduler expression for full ({"mode":"all"}) runs. */
    fullSyncSchedule: string;
    /** Days an export stays in the raw bucket (the backup) before its lifecycle rule expires it. */
    backupRetentionDays: number;
    /** How long a run waits for the export. */
    exportTimeoutMinutes: number;
    diffOverlapSeconds: number;
    /** The cutoff of the analysts' and QuickSight's workgroup (workgroupName). */
    bytesScannedCutoffPerQuery: number;
    /** The cutoff of the pipeline's own workgroup; default PIPELINE_BYTES_SCANNED_CUTOFF. */
    pipelineBytesScannedCutoffPerQuery?: number;
    alertEmail?: string;
    /** Lets destroy delete non-empty buckets, the workgroup's query history and the watermark table. */
    forceDestroy: boolean;
}

/** The Glue database name: Glue and the SQL builders accept only identifiers, so hyphens become underscores. */
export function glueDatabaseName(pipelineName: string): string {
    return pipelineName.replace(/-/g, "_");
}

/**
 * The pipeline workgroup's per-query cutoff: 10 TiB. A full-sync MERGE reads the stage once and the master twice, and
 * OPTIMIZE rewrites the master, so a query scans a few times a table's Parquet size; 10 TiB lets tables of about
 * 2.5 TiB load. What really bounds a query is Athena's DML query timeout (30 minutes by default, up to 240 on
 * request: Athena User Guide, "Service Quotas"); the cutoff caps a runaway query's cost at 10 TiB x 5 USD/TB.
 */
export const PIPELINE_BYTES_SCANNED_CUTOFF = 10 * 1024 ** 4;

export function startRunCommand(stateMachineArn: string): string {
    return `aws stepfunctions start-execution --state-machine-arn ${stateMachineArn} --input '{"mode":"all"}'`;
}

export class AthenaPipeline extends pulumi.ComponentResource {
    public readonly stateMachineArn: pulumi.Output<string>;
    public readonly glueDatabase: pulumi.Output<string>;
    /** The analysts' and QuickSight's workgroup, with the configured cutoff. */
    public readonly workgroupName: pulumi.Output<string>;
    /** The pipeline's own workgroup (MERGE, OPTIMIZE, VACUUM). */
    public readonly pipelineWorkgroupName: pulumi.Output<string>;
    public readonly rawBucketName: pulumi.Output<string>;
    public readonly masterBucketName: pulumi.Output<string>;
    public readonly resultsBucketName: pulumi.Output<string>;
    public readonly watermarkTableName: pulumi.Output<string>;
    public readonly alertTopicArn: pulumi.Output<string>;
    public readonly kmsKeyArn: pulumi.Output<string>;
    public readonly startRunCommand: pulumi.Output<string>;

    constructor(name: string, args: AthenaPipelineArgs, opts?: pulumi.ComponentResourceOptions) {
        super("aurora-analytics:athena:AthenaPipeline", name, {}, opts);
        const parent = { parent: this };
        const pipeline = args.pipelineName;
        const tags = { "aurora-analytics:pipeline": pipeline };

        const identity = aws.getCallerIdentityOutput({}, parent);
        const account: pulumi.Output<AccountContext> = pulumi.all([
            aws.getPartitionOutput({}, parent).partition, aws.getRegionOutput({}, parent).region, identity.accountId,
        ]).apply(([partition, region, accountId]) => ({ partition, region, accountId }));

        // Roles come first: the key policy names them, and their permissions (RolePolicy) follow the key.
        const role = (suffix: string, service: string, description: string, sourceAccountGuard: boolean) =>
            new aws.iam.Role(`${name}-${suffix}-role`, {
                description: `${pipeline}: ${description}`,
                assumeRolePolicy: sourceAccountGuard
                    ? identity.accountId.apply(id => JSON.stringify(assumeRolePolicy(service, id)))
                    : JSON.stringify(assumeRolePolicy(service)),
                tags,
            }, parent);
        const exportRole = new aws.iam.Role(`${name}-rds-export-role`, {
            description: `${pipeline}: RDS writes the Aurora export to the raw bucket`,
            assumeRolePolicy: account.apply(a => JSON.stringify(exportRoleTrustPolicy(a))),
            tags,
        }, parent);
        const functionRoles = Object.fromEntries(FUNCTION_NAMES.map(fn =>
            [fn, role(FUNCTION_SETTINGS[fn].suffix, "lambda.amazonaws.com", `the ${fn} Lambda function`, false)])) as Record<PipelineFunctionName, aws.iam.Role>;
        const stateMachineRole = role("states", "states.amazonaws.com", "the pipeline state machine and the Athena queries it runs", true);
        const schedulerRole = role("scheduler", "scheduler.amazonaws.com", "EventBridge Scheduler starts diff and full-sync runs", true);

        const functionName = (fn: PipelineFunctionName) => `${pipeline}-${FUNCTION_SETTINGS[fn].suffix}`;
        const stateMachineLogGroupName = `/aws/vendedlogs/states/${pipeline}`;

        const key = rotatingKey(`${name}-key`, {
            description: `${pipeline}: Athena pipeline exports, master tables, query results, watermarks, alerts and logs`,
            policy: pulumi.all([account, exportRole.arn, functionRoles.startExport.arn, functionRoles.prepareTable.arn, functionRoles.cleanup.arn,
                stateMachineRole.arn]).apply(([a, exportRoleArn, startExportRoleArn, prepareTableRoleArn, cleanupRoleArn, stateMachineRoleArn]) =>
                JSON.stringify(keyPolicy(a, {
                    exportRoleArn, startExportRoleArn, prepareTableRoleArn, cleanupRoleArn, stateMachineRoleArn,
                    logGroupPatterns: [`/aws/lambda/${pipeline}-*`, stateMachineLogGroupName],
                }))),
            tags,
        }, parent);
        new aws.kms.Alias(`${name}-key-alias`, { name: `alias/${pipeline}`, targetKeyId: key.keyId }, parent);

        const bucket = (purpose: string, expirations: Array<{ id: string; prefix: string; days: number }>) =>
            new SecureBucket(`${name}-${purpose}`, { kmsKeyArn: key.arn, forceDestroy: args.forceDestroy, expirations }, parent);
        // The export is the backup: it stays where RDS wrote it and expires after backupRetentionDays (nothing is copied).
        const raw = bucket("raw", [{ id: "expire-exports", prefix: `${EXPORT_PREFIX}/`, days: args.backupRetentionDays }]);
        const master = bucket("master", []);
        const results = bucket("results", [{ id: "expire-query-results", prefix: `${RESULTS_PREFIX}/`, days: RESULTS_EXPIRATION_DAYS }]);

        const database = new aws.glue.CatalogDatabase(`${name}-database`, {
            name: glueDatabaseName(pipeline),
            description: `${pipeline}: Iceberg master tables and each run's export tables`,
            locationUri: pulumi.interpolate`s3://${master.bucketName}/${MASTER_PREFIX}/`,
        }, parent);

        const workgroupConfiguration = (cutoff: number) => ({
            enforceWorkgroupConfiguration: true,
            publishCloudwatchMetricsEnabled: true,
            bytesScannedCutoffPerQuery: cutoff,
            engineVersion: { selectedEngineVersion: ATHENA_ENGINE_VERSION },
            resultConfiguration: {
                outputLocation: pulumi.interpolate`s3://${results.bucketName}/${RESULTS_PREFIX}/`,
                expectedBucketOwner: identity.accountId,
                encryptionConfiguration: { encryptionOption: "SSE_KMS", kmsKeyArn: key.arn },
            },
        });
        // Analysts and QuickSight: the configured cutoff guards against an expensive ad-hoc query.
        const workgroup = new aws.athena.Workgroup(`${name}-workgroup`, {
            name: pipeline,
            description: `${pipeline}: queries of the master tables (analysts, QuickSight)`,
            state: "ENABLED",
            forceDestroy: args.forceDestroy,
            configuration: workgroupConfiguration(args.bytesScannedCutoffPerQuery),
            tags,
        }, parent);
        // The loads: a full-sync MERGE of a large table scans far past an analyst's cutoff and must still finish.
        const pipelineWorkgroup = new aws.athena.Workgroup(`${name}-loads-workgroup`, {
            name: `${pipeline}-loads`,
            description: `${pipeline}: the pipeline's own loads (MERGE, OPTIMIZE, VACUUM)`,
            state: "ENABLED",
            forceDestroy: args.forceDestroy,
            configuration: workgroupConfiguration(args.pipelineBytesScannedCutoffPerQuery ?? PIPELINE_BYTES_SCANNED_CUTOFF),
            tags,
        }, parent);

        // The Distributed Map's items: every configured table's config, read by its ItemReader at each run.
        const tableConfig = new aws.s3.BucketObjectv2(`${name}-table-config`, {
            bucket: results.bucketName,
            key: TABLE_CONFIG_KEY,
            content: JSON.stringify(args.tables),
            contentType: "application/json",
            serverSideEncryption: "aws:kms",
            kmsKeyId: key.arn,
            tags,
        }, parent);

        const watermarks = new aws.dynamodb.Table(`${name}-watermarks`, {
            name: `${pipeline}-watermarks`,
            billingMode: "PAY_PER_REQUEST",
            hashKey: "tableName",
            attributes: [{ name: "tableName", type: "S" }],
            pointInTimeRecovery: { enabled: true },
            serverSideEncryption: { enabled: true, kmsKeyArn: key.arn },
            // Losing the watermarks turns the next diff run into a full re-read; only forceDestroy stacks may drop them.
            deletionProtectionEnabled: !args.forceDestroy,
            tags,
        }, parent);

        const topic = new aws.sns.Topic(`${name}-alerts`, {
            name: `${pipeline}-alerts`,
            displayName: `${pipeline} pipeline alerts`,
            kmsMasterKeyId: key.arn,
            tags,
        }, parent);
        const alarmPrefix = `${pipeline}-`;
        new aws.sns.TopicPolicy(`${name}-alerts-policy`, {
            arn: topic.arn,
            policy: pulumi.all([account, topic.arn]).apply(([a, arn]) => JSON.stringify(alertTopicPolicy(a, arn, alarmPrefix))),
        }, parent);
        if (args.alertEmail !== undefined) {
            new aws.sns.TopicSubscription(`${name}-alerts-email`, { topic: topic.arn, protocol: "email", endpoint: args.alertEmail }, parent);
        }

        const resources: pulumi.Output<PipelineResources> = pulumi.all([account, key.arn, raw.bucketName, master.bucketName, results.bucketName, database.name])
            .apply(([a, keyArn, rawBucket, masterBucket, resultsBucket, glueDatabase]) =>
                ({ account: a, keyArn, rawBucket, masterBucket, resultsBucket, glueDatabase }));

        new aws.iam.RolePolicy(`${name}-rds-export-policy`, {
            role: exportRole.name,
            policy: resources.apply(r => JSON.stringify(exportRolePolicy(r))),
        }, parent);

        const wait = exportWait(args.exportTimeoutMinutes);
        const environment = functionEnvironment<pulumi.Input<string>>({
            pipelineName: pipeline, dbName: args.dbName, clusterArn: args.clusterArn, rawBucket: raw.bucketName,
            exportRoleArn: exportRole.arn, kmsKeyArn: key.arn, glueDatabase: database.name, masterBucket: master.bucketName,
            resultsBucket: results.bucketName, maxExportPolls: wait.maxPolls, diffOverlapSeconds: args.diffOverlapSeconds,
        });

        const functions = {} as Record<PipelineFunctionName, aws.lambda.Function>;
        for (const fn of FUNCTION_NAMES) {
            const fnName = functionName(fn);
            const logGroup = new aws.cloudwatch.LogGroup(`${name}-${FUNCTION_SETTINGS[fn].suffix}-logs`, {
                name: `/aws/lambda/${fnName}`,
                retentionInDays: LOG_RETENTION_DAYS,
                kmsKeyId: key.arn,
                tags,
            }, parent);
            const policyOf = (r: PipelineResources, logGroupArn: string, exportRoleArn: string) => {
                switch (fn) {
                    case "validateInput": return validateInputPolicy(logGroupArn);
                    case "startExport": return startExportPolicy(r, logGroupArn, exportRoleArn);
                    case "checkExport": return checkExportPolicy(logGroupArn);
                    case "prepareTable": return prepareTablePolicy(r, logGroupArn);
                    case "cleanup": return cleanupPolicy(r, logGroupArn);
                }
            };
            const rolePolicy = new aws.iam.RolePolicy(`${name}-${FUNCTION_SETTINGS[fn].suffix}-policy`, {
                role: functionRoles[fn].name,
                policy: pulumi.all([resources, logGroup.arn, exportRole.arn]).apply(([r, lg, er]) => JSON.stringify(policyOf(r, lg, er))),
            }, parent);
            const variables = environment[fn];
            functions[fn] = new aws.lambda.Function(`${name}-${FUNCTION_SETTINGS[fn].suffix}`, {
                name: fnName,
                description: `${pipeline}: ${fn} step of the Athena pipeline`,
                role: functionRoles[fn].arn,
                runtime: LAMBDA_RUNTIME,
                handler: "index.handler",
                code: bundleFunction(`pipeline/${fn}/index.ts`),
                architectures: ["arm64"],
                memorySize: 256,
                timeout: FUNCTION_SETTINGS[fn].timeout,
                loggingConfig: { logFormat: "Text", logGroup: logGroup.name },
                ...(Object.keys(variables).length > 0 ? { environment: { variables } } : {}),
                tags,
            }, { parent: this, dependsOn: [rolePolicy] });
        }

        const stateMachineLogs = new aws.cloudwatch.LogGroup(`${name}-states-logs`, {
            name: stateMachineLogGroupName,
            retentionInDays: LOG_RETENTION_DAYS,
            kmsKeyId: key.arn,
            tags,
        }, parent);
        const functionArns = pulumi.all(FUNCTION_NAMES.map(fn => functions[fn].arn));
        // The role must allow StartExecution on the state machine before it exists: its ARN follows from its name.
        const ownArn = account.apply(a => `arn:${a.partition}:states:${a.region}:${a.accountId}:stateMachine:${pipeline}`);
        const stateMachinePolicyResource = new aws.iam.RolePolicy(`${name}-states-policy`, {
            role: stateMachineRole.name,
            policy: pulumi.all([resources, functionArns, pipelineWorkgroup.arn, watermarks.arn, topic.arn, ownArn]).apply(
                ([r, arns, workgroupArn, watermarkTableArn, alertTopicArn, stateMachineArn]) =>
                    JSON.stringify(stateMachinePolicy(r, { functionArns: arns, workgroupArn, stateMachineArn, watermarkTableArn, alertTopicArn }))),
        }, parent);

        const definition = pulumi.all([functionArns, pipelineWorkgroup.name, database.name, watermarks.name, topic.arn, results.bucketName, tableConfig.key]).apply(
            ([arns, athenaWorkgroup, glueDatabase, watermarkTable, alertTopicArn, resultsBucket, tableConfigKey]) => {
                const [validateInput, startExport, checkExport, prepareTable, cleanup] = arns;
                return JSON.stringify(buildPipelineDefinition({
                    functionArns: { validateInput, startExport, checkExport, prepareTable, cleanup },
                    tables: args.tables, athenaWorkgroup, glueDatabase, watermarkTable, alertTopicArn,
                    tableConfigObject: { bucket: resultsBucket, key: tableConfigKey },
                    mapResults: { bucket: resultsBucket, prefix: MAP_RESULTS_PREFIX },
                    exportPollSeconds: wait.pollSeconds, timeoutSeconds: wait.runTimeoutSeconds,
                }));
            });
        const stateMachine = new aws.sfn.StateMachine(`${name}-state-machine`, {
            name: pipeline,
            type: "STANDARD",
            roleArn: stateMachineRole.arn,
            definition,
            loggingConfiguration: {
                level: "ERROR",
                // Execution data holds table names, export ids and error causes only, but logs outlive runs: keep it out.
                includeExecutionData: false,
                logDestination: pulumi.interpolate`${stateMachineLogs.arn}:*`,
            },
            tags,
        }, { parent: this, dependsOn: [stateMachinePolicyResource] });

        new aws.iam.RolePolicy(`${name}-scheduler-policy`, {
            role: schedulerRole.name,
            policy: stateMachine.arn.apply(arn => JSON.stringify(schedulerPolicy(arn))),
        }, parent);
        new aws.scheduler.Schedule(`${name}-diff-schedule`, {
            name: `${pipeline}-diff`,
            description: `${pipeline}: scheduled diff run`,
            scheduleExpression: args.loadSchedule,
            flexibleTimeWindow: { mode: "OFF" },
            state: "ENABLED",
            target: {
                arn: stateMachine.arn,
                roleArn: schedulerRole.arn,
                input: DIFF_RUN_INPUT,
                // A start that keeps failing for an hour is better skipped: the next diff run catches up from the watermark.
                retryPolicy: { maximumEventAgeInSeconds: 3600, maximumRetryAttempts: 3 },
            },
        }, parent);

        // Diff runs cannot see deletes, nor updates that leave the change column alone: a regular full sync converges them.
        new aws.scheduler.Schedule(`${name}-full-sync-schedule`, {
            name: `${pipeline}-full-sync`,
            description: `${pipeline}: scheduled full sync ({"mode":"all"})`,
            scheduleExpression: args.fullSyncSchedule,
            flexibleTimeWindow: { mode: "OFF" },
            state: "ENABLED",
            target: {
                arn: stateMachine.arn,
                roleArn: schedulerRole.arn,
                input: FULL_SYNC_RUN_INPUT,
                retryPolicy: { maximumEventAgeInSeconds: 3600, maximumRetryAttempts: 3 },
            },
        }, parent);

        // The state machine publishes its own failures; the alarms also catch what it cannot (timeouts, a broken publish).
        for (const [suffix, metricName] of [["failed", "ExecutionsFailed"], ["timed-out", "ExecutionsTimedOut"]] as const) {
            new aws.cloudwatch.MetricAlarm(`${name}-${suffix}-alarm`, {
                name: `${alarmPrefix}executions-${suffix}`,
                alarmDescription: `${pipeline}: a pipeline run ${suffix === "failed" ? "failed" : "timed out"}`,
                namespace: "AWS/States",
                metricName,
                dimensions: { StateMachineArn: stateMachine.arn },
                statistic: "Sum",
                period: 300,
                evaluationPeriods: 1,
                threshold: 0,
                comparisonOperator: "GreaterThanThreshold",
                treatMissingData: "notBreaching",
                alarmActions: [topic.arn],
                tags,
            }, parent);
        }

        this.stateMachineArn = stateMachine.arn;
        this.glueDatabase = database.name;
        this.workgroupName = workgroup.name;
        this.pipelineWorkgroupName = pipelineWorkgroup.name;
        this.rawBucketName = raw.bucketName;
        this.masterBucketName = master.bucketName;
        this.resultsBucketName = results.bucketName;
        this.watermarkTableName = watermarks.name;
        this.alertTopicArn = topic.arn;
        this.kmsKeyArn = key.arn;
        this.startRunCommand = stateMachine.arn.apply(startRunCommand);

        this.registerOutputs({
            stateMachineArn: this.stateMachineArn,
            glueDatabase: this.glueDatabase,
            workgroupName: this.workgroupName,
            pipelineWorkgroupName: this.pipelineWorkgroupName,
            rawBucketName: this.rawBucketName,
            masterBucketName: this.masterBucketName,
            resultsBucketName: this.resultsBucketName,
            watermarkTableName: this.watermarkTableName,
            alertTopicArn: this.alertTopicArn,
            startRunCommand: this.startRunCommand,
        });
    }
}
