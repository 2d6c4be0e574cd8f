// The Athena pipeline's resources under mocks: encryption, privacy, lifecycle, workgroup, Lambdas, state machine, schedule, alerts, IAM.
import * as assert from "assert";
import { MockResourceArgs } from "@pulumi/pulumi/runtime/mocks";

import { ACCOUNT_ID, BASE_CONFIG, ProgramRun, RecordedResource, REGION, runProgram, UNKNOWN } from "../../harness/mockProgram";
import { AthenaPipeline, glueDatabaseName } from "../../../components/athena";
import { buildPipelineDefinition } from "../../../components/athena/definition";
import { tlsOnlyPolicy } from "../../../components/secureBucket";
import { DEFAULT_TABLES, StackConfig } from "../../../components/config";
import { RESOURCE_WILDCARD_ACTIONS } from "../../../components/athena/policies";

const NAME = "athena-pipeline";
const CLUSTER_ARN = `arn:aws:rds:${REGION}:${ACCOUNT_ID}:cluster:source-db`;
const PIPELINE = "analytics-dev";
const KEY_ARN = `arn:aws:kms:${REGION}:${ACCOUNT_ID}:key/${NAME}-key`;
const RAW = `${NAME}-raw-1234567`;
const MASTER = `${NAME}-master-1234567`;
const RESULTS = `${NAME}-results-1234567`;
const GLUE_DB = "analytics_dev";
const roleArn = (suffix: string) => `arn:aws:iam::${ACCOUNT_ID}:role/${NAME}-${suffix}-role`;
const fnArn = (suffix: string) => `arn:aws:lambda:${REGION}:${ACCOUNT_ID}:function:${NAME}-${suffix}-1234567`;
const logGroupArn = (fnSuffix: string) => `arn:aws:logs:${REGION}:${ACCOUNT_ID}:log-group:/aws/lambda/${PIPELINE}-${fnSuffix}`;
const STATE_MACHINE_ARN = `arn:aws:states:${REGION}:${ACCOUNT_ID}:stateMachine:${PIPELINE}`;
const WORKGROUP_ARN = `arn:aws:athena:${REGION}:${ACCOUNT_ID}:workgroup/${PIPELINE}`;
const TABLE_ARN = `arn:aws:dynamodb:${REGION}:${ACCOUNT_ID}:table/${PIPELINE}-watermarks`;
const TOPIC_ARN = `arn:aws:sns:${REGION}:${ACCOUNT_ID}:${PIPELINE}-alerts`;
const GLUE = `arn:aws:glue:${REGION}:${ACCOUNT_ID}`;

/** ARNs as AWS forms them, for the resource types whose default mock ARN is not realistic. */
function realisticArns(args: MockResourceArgs, preview: boolean): Record<string, any> | undefined {
    if (preview) {
        return undefined;
    }
    switch (args.type) {
        case "aws:iam/role:Role":
            return { arn: `arn:aws:iam::${ACCOUNT_ID}:role/${args.name}`, name: args.name };
        case "aws:sfn/stateMachine:StateMachine":
            return { arn: `arn:aws:states:${REGION}:${ACCOUNT_ID}:stateMachine:${args.inputs.name}` };
        case "aws:athena/workgroup:Workgroup":
            return { arn: `arn:aws:athena:${REGION}:${ACCOUNT_ID}:workgroup/${args.inputs.name}` };
        case "aws:dynamodb/table:Table":
            return { arn: `arn:aws:dynamodb:${REGION}:${ACCOUNT_ID}:table/${args.inputs.name}` };
        case "aws:sns/topic:Topic":
            return { arn: `arn:aws:sns:${REGION}:${ACCOUNT_ID}:${args.inputs.name}` };
        default:
            return undefined;
    }
}

/** Builds only the pipeline from the parsed config, with a fixed source cluster. */
function pipelineOnly(config: StackConfig): Record<string, unknown> {
    const p = new AthenaPipeline(NAME, {
        pipelineName: config.pipelineName,
        clusterArn: CLUSTER_ARN,
        dbName: config.dbName,
        tables: config.tables,
        loadSchedule: config.loadSchedule,
        fullSyncSchedule: config.fullSyncSchedule,
        backupRetentionDays: config.backupRetentionDays,
        exportTimeoutMinutes: config.exportTimeoutMinutes,
        diffOverlapSeconds: config.diffOverlapSeconds,
        bytesScannedCutoffPerQuery: config.athenaBytesScannedCutoff,
        alertEmail: config.alertEmail,
        forceDestroy: config.forceDestroy,
    });
    return { stateMachineArn: p.stateMachineArn, startRunCommand: p.startRunCommand };
}

function runPipeline(config: Record<string, unknown> = {}, preview = false): Promise<ProgramRun> {
    return runProgram({ config: { ...BASE_CONFIG, ...config }, stack: "dev", preview, resource: realisticArns, program: pipelineOnly });
}

function policyOf(run: ProgramRun, type: string, name: string, property = "policy"): any {
    return JSON.parse(run.one(type, name).inputs[property]);
}

const rolePolicy = (run: ProgramRun, suffix: string) => policyOf(run, "aws:iam/rolePolicy:RolePolicy", `${NAME}-${suffix}-policy`);
const ofPipeline = (resources: RecordedResource[]) => resources.filter(r => r.name.startsWith(`${NAME}-`));

const PIPELINE_TYPES = [
    "aws:kms/key:Key", "aws:s3/bucket:Bucket", "aws:glue/catalogDatabase:CatalogDatabase", "aws:athena/workgroup:Workgroup",
    "aws:dynamodb/table:Table", "aws:lambda/function:Function", "aws:sfn/stateMachine:StateMachine", "aws:scheduler/schedule:Schedule",
    "aws:sns/topic:Topic", "aws:cloudwatch/metricAlarm:MetricAlarm", "aws:iam/role:Role", "aws:s3/bucketObjectv2:BucketObjectv2",
];

describe("AthenaPipeline", function () {
    this.timeout(120000);

    describe("in the program", () => {
        it("exists only with athenaPipeline on, and exports its outputs", async () => {
            const on = await runProgram({ config: BASE_CONFIG, stack: "dev", resource: realisticArns });
            assert.strictEqual(on.error, undefined);
            assert.deepStrictEqual(PIPELINE_TYPES.map(t => ofPipeline(on.byType(t)).length), [1, 3, 1, 2, 1, 5, 1, 2, 1, 2, 8, 1]);
            assert.deepStrictEqual({
                stateMachine: on.outputs.athenaStateMachineArn, glue: on.outputs.athenaGlueDatabase, workgroup: on.outputs.athenaWorkgroup,
                raw: on.outputs.athenaRawBucket, master: on.outputs.athenaMasterBucket, results: on.outputs.athenaResultsBucket,
                table: on.outputs.athenaWatermarkTable, topic: on.outputs.athenaAlertTopicArn, command: on.outputs.athenaStartRunCommand,
            }, {
                stateMachine: STATE_MACHINE_ARN, glue: GLUE_DB, workgroup: PIPELINE, raw: RAW, master: MASTER, results: RESULTS,
                table: `${PIPELINE}-watermarks`, topic: TOPIC_ARN,
                command: `aws stepfunctions start-execution --state-machine-arn ${STATE_MACHINE_ARN} --input '{"mode":"all"}'`,
            });
            // The source is the program's own cluster.
            const startExport = on.one("aws:lambda/function:Function", `${NAME}-start-export`);
            assert.strictEqual(startExport.inputs.environment.variables.SOURCE_ARN, `arn:aws:rds:${REGION}:${ACCOUNT_ID}:cluster:aurora-cluster-1234567`);

            const off = await runProgram({ config: { ...BASE_CONFIG, athenaPipeline: "false" }, stack: "dev" });
            assert.strictEqual(off.error, undefined);
            assert.deepStrictEqual(PIPELINE_TYPES.map(t => ofPipeline(off.byType(t)).length), PIPELINE_TYPES.map(() => 0));
            assert.deepStrictEqual(Object.keys(off.outputs).filter(k => k.startsWith("athena")), []);
        });

        it("previews a first deployment without errors, with the definition still unknown", async () => {
            const run = await runProgram({ config: BASE_CONFIG, stack: "dev", preview: true });
            assert.strictEqual(run.error, undefined);
            const sm = run.one("aws:sfn/stateMachine:StateMachine", `${NAME}-state-machine`);
            assert.strictEqual(sm.wireInputs.definition, UNKNOWN);
            assert.strictEqual(sm.wireInputs.type, "STANDARD");
            const schedule = run.one("aws:scheduler/schedule:Schedule", `${NAME}-diff-schedule`);
            assert.strictEqual(schedule.wireInputs.scheduleExpression, "cron(30 3 ? * MON-FRI *)");
        });
    });

    describe("storage", () => {
        it("encrypts every bucket with the pipeline key, blocks public access, enforces TLS and owner-only objects", async () => {
            const run = await runPipeline();
            for (const bucket of [RAW, MASTER, RESULTS]) {
                const logical = bucket.replace(/-1234567$/, "");
                assert.deepStrictEqual(run.one("aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", `${logical}-sse`).inputs.rules,
                    [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: KEY_ARN }, bucketKeyEnabled: true }], logical);
                const block = run.one("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", `${logical}-public-access`).inputs;
                assert.deepStrictEqual([block.blockPublicAcls, block.blockPublicPolicy, block.ignorePublicAcls, block.restrictPublicBuckets], [true, true, true, true], logical);
                assert.deepStrictEqual(run.one("aws:s3/bucketOwnershipControls:BucketOwnershipControls", `${logical}-ownership`).inputs.rule, { objectOwnership: "BucketOwnerEnforced" });
                const policy = run.one("aws:s3/bucketPolicy:BucketPolicy", `${logical}-tls-only`).inputs.policy;
                assert.strictEqual(policy, tlsOnlyPolicy(`arn:aws:s3:::${bucket}`));
                assert.deepStrictEqual(JSON.parse(policy).Statement[0].Condition, { Bool: { "aws:SecureTransport": "false" } });
            }
        });

        it("keeps each export as the backup for backupRetentionDays (30) and query results for 30 days; keeps master data", async () => {
            const run = await runPipeline();
            const rules = (logical: string) => run.byType("aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration")
                .filter(r => r.name === `${logical}-lifecycle`).map(r => r.inputs.rules);
            const abort = { daysAfterInitiation: 1 };
            assert.deepStrictEqual(rules(`${NAME}-raw`), [[
                { id: "expire-exports", status: "Enabled", filter: { prefix: "exports/" }, expiration: { days: 30 }, abortIncompleteMultipartUpload: abort },
            ]]);
            assert.deepStrictEqual(rules(`${NAME}-results`), [[
                { id: "expire-query-results", status: "Enabled", filter: { prefix: "results/" }, expiration: { days: 30 }, abortIncompleteMultipartUpload: abort },
            ]]);
            assert.deepStrictEqual(rules(`${NAME}-master`), [], "Iceberg master tables must never expire");
        });

        it("follows forceDestroy for buckets, workgroup and the watermark table", async () => {
            for (const forceDestroy of [true, false]) {
                const run = await runPipeline({ forceDestroy: String(forceDestroy) });
                assert.deepStrictEqual(ofPipeline(run.byType("aws:s3/bucket:Bucket")).map(b => b.inputs.forceDestroy), [forceDestroy, forceDestroy, forceDestroy]);
                assert.deepStrictEqual(ofPipeline(run.byType("aws:athena/workgroup:Workgroup")).map(w => w.inputs.forceDestroy), [forceDestroy, forceDestroy]);
                assert.strictEqual(run.one("aws:dynamodb/table:Table").inputs.deletionProtectionEnabled, !forceDestroy);
            }
        });

        it("rotates the key and keeps watermarks in an encrypted, recoverable, on-demand table", async () => {
            const run = await runPipeline();
            const key = run.one("aws:kms/key:Key", `${NAME}-key`).inputs;
            assert.deepStrictEqual([key.enableKeyRotation, key.deletionWindowInDays], [true, 30]);
            assert.deepStrictEqual(run.one("aws:kms/alias:Alias").inputs, { name: `alias/${PIPELINE}`, targetKeyId: `key-${NAME}-key` });
            const table = run.one("aws:dynamodb/table:Table", `${NAME}-watermarks`).inputs;
            assert.deepStrictEqual({ name: table.name, billing: table.billingMode, hashKey: table.hashKey, attributes: table.attributes, pitr: table.pointInTimeRecovery, sse: table.serverSideEncryption }, {
                name: `${PIPELINE}-watermarks`, billing: "PAY_PER_REQUEST", hashKey: "tableName", attributes: [{ name: "tableName", type: "S" }],
                pitr: { enabled: true }, sse: { enabled: true, kmsKeyArn: KEY_ARN },
            });
            const glue = run.one("aws:glue/catalogDatabase:CatalogDatabase").inputs;
            assert.deepStrictEqual([glue.name, glue.locationUri], [GLUE_DB, `s3://${MASTER}/master/`]);
            assert.strictEqual(glueDatabaseName("a-b-c"), "a_b_c");
        });
    });

    describe("Athena workgroup", () => {
        it("pins engine v3, enforces its configuration, caps bytes scanned and encrypts results into the results bucket", async () => {
            const run = await runPipeline({ athenaBytesScannedCutoff: "21474836480" });
            const wg = run.one("aws:athena/workgroup:Workgroup", `${NAME}-workgroup`).inputs;
            assert.strictEqual(wg.name, PIPELINE);
            assert.strictEqual(wg.state, "ENABLED");
            assert.deepStrictEqual(wg.configuration, {
                enforceWorkgroupConfiguration: true,
                publishCloudwatchMetricsEnabled: true,
                bytesScannedCutoffPerQuery: 21474836480,
                engineVersion: { selectedEngineVersion: "Athena engine version 3" },
                resultConfiguration: {
                    outputLocation: `s3://${RESULTS}/results/`,
                    expectedBucketOwner: ACCOUNT_ID,
                    encryptionConfiguration: { encryptionOption: "SSE_KMS", kmsKeyArn: KEY_ARN },
                },
            });
            const byDefault = await runPipeline();
            assert.strictEqual(byDefault.one("aws:athena/workgroup:Workgroup", `${NAME}-workgroup`).inputs.configuration.bytesScannedCutoffPerQuery, 10737418240);
        });

        it("gives the loads their own workgroup, cut off at 10 TiB (sized for MERGE and OPTIMIZE, not the analysts' cutoff)", async () => {
            const run = await runPipeline({ athenaBytesScannedCutoff: "21474836480" });
            const analysts = run.one("aws:athena/workgroup:Workgroup", `${NAME}-workgroup`).inputs;
            const loads = run.one("aws:athena/workgroup:Workgroup", `${NAME}-loads-workgroup`).inputs;
            assert.strictEqual(loads.name, `${PIPELINE}-loads`);
            assert.deepStrictEqual(loads.configuration, { ...analysts.configuration, bytesScannedCutoffPerQuery: 10 * 1024 ** 4 });
            const definition = JSON.parse(run.one("aws:sfn/stateMachine:StateMachine", `${NAME}-state-machine`).inputs.definition);
            assert.strictEqual(definition.States.LoadTables.ItemProcessor.States.MergeIntoMaster.Parameters.WorkGroup, `${PIPELINE}-loads`);
        });

        it("writes the table configs to the results bucket, encrypted with the key, for the Map's ItemReader", async () => {
            const tables = [{ name: "orders", primaryKey: ["order_id"], timestampColumn: "updated_at" }, { name: "users", primaryKey: ["id"] }];
            const run = await runPipeline({ tables });
            const object = run.one("aws:s3/bucketObjectv2:BucketObjectv2", `${NAME}-table-config`).inputs;
            assert.deepStrictEqual([object.bucket, object.key, JSON.parse(object.content), object.serverSideEncryption, object.kmsKeyId],
                [RESULTS, "config/tables.json", tables, "aws:kms", KEY_ARN]);
            const definition = JSON.parse(run.one("aws:sfn/stateMachine:StateMachine", `${NAME}-state-machine`).inputs.definition);
            assert.deepStrictEqual(definition.States.LoadTables.ItemReader.Parameters, { Bucket: RESULTS, Key: "config/tables.json" });
            assert.deepStrictEqual(definition.States.LoadTables.ResultWriter.Parameters, { Bucket: RESULTS, Prefix: "results/table-loads" });
        });
    });

    describe("Lambda functions", () => {
        const EXPECTED: Record<string, { timeout: number; env?: Record<string, string> }> = {
            "validate-input": { timeout: 10, env: { PIPELINE_NAME: PIPELINE } },
            "start-export": {
                timeout: 30, env: {
                    DB_NAME: "demodb", SOURCE_ARN: CLUSTER_ARN, RAW_BUCKET: RAW, EXPORT_PREFIX: "exports",
                    EXPORT_ROLE_ARN: roleArn("rds-export"), KMS_KEY_ID: KEY_ARN,
                },
            },
            // 720 minutes (the default exportTimeoutMinutes) at one check a minute.
            "check-export": { timeout: 30, env: { MAX_EXPORT_POLLS: "720" } },
            "prepare-table": {
                timeout: 60, env: {
                    DB_NAME: "demodb", GLUE_DATABASE: GLUE_DB, RAW_BUCKET: RAW, EXPORT_PREFIX: "exports",
                    MASTER_BUCKET: MASTER, MASTER_PREFIX: "master", DIFF_OVERLAP_SECONDS: "300",
                },
            },
            "cleanup": { timeout: 60, env: { GLUE_DATABASE: GLUE_DB, RESULTS_BUCKET: RESULTS } },
        };

        it("bundles five nodejs24.x handlers with the contract's environment, own role and encrypted log group", async () => {
            const run = await runPipeline();
            for (const [suffix, expected] of Object.entries(EXPECTED)) {
                const fn = run.one("aws:lambda/function:Function", `${NAME}-${suffix}`).inputs;
                assert.deepStrictEqual({
                    name: fn.name, runtime: fn.runtime, handler: fn.handler, timeout: fn.timeout, memory: fn.memorySize,
                    role: fn.role, env: fn.environment?.variables, logging: fn.loggingConfig, vpc: fn.vpcConfig,
                }, {
                    name: `${PIPELINE}-${suffix}`, runtime: "nodejs24.x", handler: "index.handler", timeout: expected.timeout, memory: 256,
                    role: roleArn(suffix), env: expected.env, logging: { logFormat: "Text", logGroup: `/aws/lambda/${PIPELINE}-${suffix}` }, vpc: undefined,
                }, suffix);
                const logs = run.one("aws:cloudwatch/logGroup:LogGroup", `${NAME}-${suffix}-logs`).inputs;
                assert.deepStrictEqual([logs.name, logs.retentionInDays, logs.kmsKeyId], [`/aws/lambda/${PIPELINE}-${suffix}`, 30, KEY_ARN]);
            }
        });

        it("passes config changes through: overlap, backup retention, export wait, tables (in the definition, not the environment)", async () => {
            const tables = [{ name: "orders", primaryKey: ["order_id"], timestampColumn: "updated_at" }];
            const run = await runPipeline({ diffOverlapSeconds: "60", backupRetentionDays: "90", exportTimeoutMinutes: "2880", tables });
            assert.strictEqual(run.one("aws:lambda/function:Function", `${NAME}-prepare-table`).inputs.environment.variables.DIFF_OVERLAP_SECONDS, "60");
            for (const fn of run.byType("aws:lambda/function:Function")) {
                assert.ok(!("PIPELINE_TABLES" in (fn.inputs.environment?.variables ?? {})), fn.name);
            }
            const definition = JSON.parse(run.one("aws:sfn/stateMachine:StateMachine", `${NAME}-state-machine`).inputs.definition);
            // Names only in the definition; the configs are the Map's items in S3.
            assert.deepStrictEqual(definition.States.ValidateInput.Parameters.configuredTables, ["orders"]);
            // 48 h of waiting: 172800 s / 1000 polls = one check every 173 s; the run adds 12 h for the loads.
            assert.deepStrictEqual([definition.States.WaitForExport.Seconds, definition.TimeoutSeconds], [173, 172800 + 43200]);
            assert.strictEqual(run.one("aws:lambda/function:Function", `${NAME}-check-export`).inputs.environment.variables.MAX_EXPORT_POLLS, "999");
            const rules = run.one("aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration", `${NAME}-raw-lifecycle`).inputs.rules;
            assert.deepStrictEqual(rules.map((r: any) => [r.id, r.filter?.prefix, r.expiration?.days]), [["expire-exports", "exports/", 90]]);
            // Cleanup copies nothing: it only reads the Map's results.
            const actions = rolePolicy(run, "cleanup").Statement.flatMap((s: any) => [s.Action].flat());
            assert.deepStrictEqual(actions, ["logs:CreateLogStream", "logs:PutLogEvents", "glue:BatchDeleteTable", "glue:DeleteTable", "s3:GetObject", "kms:Decrypt"]);
        });
    });

    describe("state machine, schedule and alerts", () => {
        it("is a STANDARD state machine built from the definition builder, logging errors without execution data", async () => {
            const run = await runPipeline();
            const sm = run.one("aws:sfn/stateMachine:StateMachine", `${NAME}-state-machine`).inputs;
            assert.deepStrictEqual([sm.name, sm.type, sm.roleArn], [PIPELINE, "STANDARD", roleArn("states")]);
            assert.deepStrictEqual(sm.loggingConfiguration, {
                level: "ERROR", includeExecutionData: false,
                logDestination: `arn:aws:logs:${REGION}:${ACCOUNT_ID}:log-group:/aws/vendedlogs/states/${PIPELINE}:*`,
            });
            assert.deepStrictEqual(JSON.parse(sm.definition), buildPipelineDefinition({
                functionArns: {
                    validateInput: fnArn("validate-input"), startExport: fnArn("start-export"), checkExport: fnArn("check-export"),
                    prepareTable: fnArn("prepare-table"), cleanup: fnArn("cleanup"),
                },
                tables: DEFAULT_TABLES, athenaWorkgroup: `${PIPELINE}-loads`, glueDatabase: GLUE_DB, watermarkTable: `${PIPELINE}-watermarks`, alertTopicArn: TOPIC_ARN,
                tableConfigObject: { bucket: RESULTS, key: "config/tables.json" },
                mapResults: { bucket: RESULTS, prefix: "results/table-loads" },
                exportPollSeconds: 60, timeoutSeconds: 720 * 60 + 43200,
            }));
            const logs = run.one("aws:cloudwatch/logGroup:LogGroup", `${NAME}-states-logs`).inputs;
            assert.deepStrictEqual([logs.name, logs.retentionInDays, logs.kmsKeyId], [`/aws/vendedlogs/states/${PIPELINE}`, 30, KEY_ARN]);
        });

        it("starts a diff run on the configured schedule, with a role that may only start this state machine", async () => {
            const run = await runPipeline({ loadSchedule: "cron(0 2 * * ? *)" });
            const schedule = run.one("aws:scheduler/schedule:Schedule", `${NAME}-diff-schedule`).inputs;
            assert.deepStrictEqual({ expression: schedule.scheduleExpression, window: schedule.flexibleTimeWindow, state: schedule.state, target: schedule.target }, {
                expression: "cron(0 2 * * ? *)", window: { mode: "OFF" }, state: "ENABLED",
                target: {
                    arn: STATE_MACHINE_ARN, roleArn: roleArn("scheduler"), input: "{\"mode\":\"diff\"}",
                    retryPolicy: { maximumEventAgeInSeconds: 3600, maximumRetryAttempts: 3 },
                },
            });
            assert.deepStrictEqual(JSON.parse(schedule.target.input), { mode: "diff" });
            assert.deepStrictEqual(rolePolicy(run, "scheduler"), {
                Version: "2012-10-17",
                Statement: [{ Sid: "StartScheduledRun", Effect: "Allow", Action: "states:StartExecution", Resource: STATE_MACHINE_ARN }],
            });
            assert.deepStrictEqual(policyOf(run, "aws:iam/role:Role", `${NAME}-scheduler-role`, "assumeRolePolicy"), {
                Version: "2012-10-17",
                Statement: [{ Effect: "Allow", Principal: { Service: "scheduler.amazonaws.com" }, Action: "sts:AssumeRole", Condition: { StringEquals: { "aws:SourceAccount": ACCOUNT_ID } } }],
            });
        });

        it("starts a full sync ({\"mode\":\"all\"}) weekly by default, or on fullSyncSchedule", async () => {
            for (const [config, expression] of [[{}, "cron(0 4 ? * SUN *)"], [{ fullSyncSchedule: "rate(3 days)" }, "rate(3 days)"]] as const) {
                const schedule = (await runPipeline(config)).one("aws:scheduler/schedule:Schedule", `${NAME}-full-sync-schedule`).inputs;
                assert.deepStrictEqual({ name: schedule.name, expression: schedule.scheduleExpression, state: schedule.state, target: schedule.target }, {
                    name: `${PIPELINE}-full-sync`, expression, state: "ENABLED",
                    target: {
                        arn: STATE_MACHINE_ARN, roleArn: roleArn("scheduler"), input: "{\"mode\":\"all\"}",
                        retryPolicy: { maximumEventAgeInSeconds: 3600, maximumRetryAttempts: 3 },
                    },
                });
            }
        });

        it("alerts through an encrypted topic: alarms on failed and timed-out runs, email only when alertEmail is set", async () => {
            const run = await runPipeline();
            assert.strictEqual(run.one("aws:sns/topic:Topic", `${NAME}-alerts`).inputs.kmsMasterKeyId, KEY_ARN);
            assert.deepStrictEqual(run.byType("aws:sns/topicSubscription:TopicSubscription"), []);
            const alarms = run.byType("aws:cloudwatch/metricAlarm:MetricAlarm").map(a => a.inputs);
            assert.deepStrictEqual(alarms.map(a => [a.name, a.namespace, a.metricName, a.dimensions, a.statistic, a.threshold, a.comparisonOperator, a.treatMissingData, a.alarmActions]), [
                [`${PIPELINE}-executions-failed`, "AWS/States", "ExecutionsFailed", { StateMachineArn: STATE_MACHINE_ARN }, "Sum", 0, "GreaterThanThreshold", "notBreaching", [TOPIC_ARN]],
                [`${PIPELINE}-executions-timed-out`, "AWS/States", "ExecutionsTimedOut", { StateMachineArn: STATE_MACHINE_ARN }, "Sum", 0, "GreaterThanThreshold", "notBreaching", [TOPIC_ARN]],
            ]);
            assert.deepStrictEqual(policyOf(run, "aws:sns/topicPolicy:TopicPolicy", `${NAME}-alerts-policy`).Statement, [{
                Sid: "AllowPipelineAlarms", Effect: "Allow", Principal: { Service: "cloudwatch.amazonaws.com" }, Action: "sns:Publish", Resource: TOPIC_ARN,
                Condition: {
                    ArnLike: { "aws:SourceArn": `arn:aws:cloudwatch:${REGION}:${ACCOUNT_ID}:alarm:${PIPELINE}-*` },
                    StringEquals: { "aws:SourceAccount": ACCOUNT_ID },
                },
            }, {
                Sid: "AllowPipelineEvents", Effect: "Allow", Principal: { Service: "events.amazonaws.com" }, Action: "sns:Publish", Resource: TOPIC_ARN,
                Condition: {
                    ArnLike: { "aws:SourceArn": `arn:aws:events:${REGION}:${ACCOUNT_ID}:rule/${PIPELINE}-*` },
                    StringEquals: { "aws:SourceAccount": ACCOUNT_ID },
                },
            }]);

            const withEmail = await runPipeline({ alertEmail: "team@example.com" });
            assert.deepStrictEqual(withEmail.byType("aws:sns/topicSubscription:TopicSubscription").map(s => s.inputs),
                [{ topic: TOPIC_ARN, protocol: "email", endpoint: "team@example.com" }]);
        });
    });

    describe("IAM", () => {
        /**
         * Actions AWS authorizes only with Resource "*" (no resource-level permission), each with the reason. The
         * component's own list must match, so neither can grow without the other.
         */
        const RESOURCE_WILDCARD_EXCEPTIONS: Record<string, string> = {
            "rds:StartExportTask": "RDS export-task actions have no resource-level permission",
            "rds:DescribeExportTasks": "RDS export-task actions have no resource-level permission",
            "rds:CancelExportTask": "RDS export-task actions have no resource-level permission",
            "logs:CreateLogDelivery": "CloudWatch Logs delivery actions support only \"*\"",
            "logs:GetLogDelivery": "CloudWatch Logs delivery actions support only \"*\"",
            "logs:UpdateLogDelivery": "CloudWatch Logs delivery actions support only \"*\"",
            "logs:DeleteLogDelivery": "CloudWatch Logs delivery actions support only \"*\"",
            "logs:ListLogDeliveries": "CloudWatch Logs delivery actions support only \"*\"",
            "logs:PutResourcePolicy": "CloudWatch Logs delivery actions support only \"*\"",
            "logs:DescribeResourcePolicies": "CloudWatch Logs delivery actions support only \"*\"",
            "logs:DescribeLogGroups": "CloudWatch Logs delivery actions support only \"*\"",
        };
        /** Deny statements may use a service wildcard: a broad Deny only takes access away. Only this one exists. */
        const ALLOWED_DENY = { Sid: "DenyInsecureTransport", Action: "s3:*", Condition: { Bool: { "aws:SecureTransport": "false" } } };

        /** Every policy document the program registers, with where it came from. */
        function allPolicyDocuments(run: ProgramRun): Array<{ where: string; kind: string; document: any }> {
            const docs: Array<{ where: string; kind: string; document: any }> = [];
            const add = (r: RecordedResource, kind: string, value: unknown) => {
                if (typeof value === "string" && value !== "") {
                    docs.push({ where: `${r.type} ${r.name}`, kind, document: JSON.parse(value) });
                }
            };
            for (const r of run.resources) {
                switch (r.type) {
                    case "aws:iam/role:Role":
                        add(r, "trust", r.inputs.assumeRolePolicy);
                        for (const inline of r.inputs.inlinePolicies ?? []) add(r, "identity", inline.policy);
                        break;
                    case "aws:iam/rolePolicy:RolePolicy":
                    case "aws:iam/policy:Policy":
                        add(r, "identity", r.inputs.policy);
                        break;
                    case "aws:s3/bucketPolicy:BucketPolicy":
                    case "aws:sns/topicPolicy:TopicPolicy":
                        add(r, "resource", r.inputs.policy);
                        break;
                    case "aws:kms/key:Key":
                        add(r, "key", r.inputs.policy);
                        break;
                }
            }
            return docs;
        }

        it("grants no wildcard action, and scopes every Allow to named resources except the documented exceptions", async () => {
            assert.deepStrictEqual(RESOURCE_WILDCARD_ACTIONS, RESOURCE_WILDCARD_EXCEPTIONS);
            const run = await runPipeline({ alertEmail: "team@example.com" });
            const docs = allPolicyDocuments(run).filter(d => d.where.split(" ")[1].startsWith(`${NAME}-`));
            const count = (kind: string) => docs.filter(d => d.kind === kind).length;
            // 8 roles (export, 5 functions, states, scheduler), their 8 policies, 3 bucket + 1 topic policies, 1 key policy.
            assert.deepStrictEqual([count("trust"), count("identity"), count("resource"), count("key")], [8, 8, 4, 1]);
            let statements = 0;
            for (const { where, kind, document } of docs) {
                assert.strictEqual(document.Version, "2012-10-17", where);
                for (const s of [document.Statement].flat()) {
                    statements++;
                    const actions: string[] = [s.Action].flat();
                    const label = `${where} ${s.Sid ?? ""}`;
                    assert.strictEqual(s.NotAction, undefined, `${label}: NotAction`);
                    assert.strictEqual(s.NotResource, undefined, `${label}: NotResource`);
                    if (s.Effect === "Deny") {
                        assert.deepStrictEqual({ Sid: s.Sid, Action: s.Action, Condition: s.Condition }, ALLOWED_DENY, label);
                        continue;
                    }
                    assert.strictEqual(s.Effect, "Allow", label);
                    for (const action of actions) {
                        assert.ok(action !== "*" && !/^[a-z0-9-]+:\*$/.test(action), `${label}: wildcard action ${action}`);
                        // The one exception: the export role's actions exactly as AWS documents them (Aurora User Guide,
                        // "Setting up access to an Amazon S3 bucket"; StartExportTask IamRoleArn), on the raw bucket only.
                        const documentedExport = s.Sid === "ExportPolicy" && ["s3:PutObject*", "s3:GetObject*", "s3:DeleteObject*"].includes(action);
                        assert.ok(documentedExport || !action.includes("*"), `${label}: partial wildcard action ${action}`);
                    }
                    if (kind === "trust") {
                        assert.deepStrictEqual([actions, s.Resource, Object.keys(s.Principal)], [["sts:AssumeRole"], undefined, ["Service"]], label);
                        continue;
                    }
                    assert.notStrictEqual(s.Principal, "*", `${label}: Allow to everyone`);
                    assert.notDeepStrictEqual(s.Principal, { AWS: "*" }, `${label}: Allow to everyone`);
                    const resources: string[] = [s.Resource].flat();
                    assert.ok(resources.length > 0 && resources.every(r => typeof r === "string" && r !== ""), `${label}: no resource`);
                    if (kind === "key") {
                        // In a key policy, "*" is the key itself.
                        assert.deepStrictEqual(resources, ["*"], label);
                        continue;
                    }
                    if (resources.includes("*")) {
                        assert.deepStrictEqual(resources, ["*"], label);
                        for (const action of actions) {
                            assert.ok(action in RESOURCE_WILDCARD_EXCEPTIONS, `${label}: ${action} on "*" is not a documented exception`);
                        }
                    }
                }
            }
            assert.ok(statements > 40, `walked ${statements} statements`);
        });

        it("gives startExport only the export, PassRole to the export role (RDS only), and a grant of the key to RDS", async () => {
            const run = await runPipeline();
            assert.deepStrictEqual(rolePolicy(run, "start-export").Statement, [
                { Sid: "WriteOwnLogGroup", Effect: "Allow", Action: ["logs:CreateLogStream", "logs:PutLogEvents"], Resource: `${logGroupArn("start-export")}:*` },
                { Sid: "StartClusterExport", Effect: "Allow", Action: "rds:StartExportTask", Resource: "*" },
                { Sid: "PassExportRoleToRds", Effect: "Allow", Action: "iam:PassRole", Resource: roleArn("rds-export"), Condition: { StringEquals: { "iam:PassedToService": ["export.rds.amazonaws.com", "rds.amazonaws.com"] } } },
                { Sid: "DescribeExportKey", Effect: "Allow", Action: "kms:DescribeKey", Resource: KEY_ARN },
                { Sid: "GrantExportKeyToRds", Effect: "Allow", Action: "kms:CreateGrant", Resource: KEY_ARN, Condition: { Bool: { "kms:GrantIsForAWSResource": true } } },
            ]);
            assert.deepStrictEqual(rolePolicy(run, "validate-input").Statement, [
                { Sid: "WriteOwnLogGroup", Effect: "Allow", Action: ["logs:CreateLogStream", "logs:PutLogEvents"], Resource: `${logGroupArn("validate-input")}:*` },
            ]);
            assert.deepStrictEqual(policyOf(run, "aws:iam/role:Role", `${NAME}-rds-export-role`, "assumeRolePolicy").Statement,
                [{
                    Effect: "Allow", Principal: { Service: "export.rds.amazonaws.com" }, Action: "sts:AssumeRole",
                }]);
        });

        it("limits the per-run Glue tables and raw export reads to their prefixes", async () => {
            const run = await runPipeline();
            const glueRun = [`${GLUE}:catalog`, `${GLUE}:database/${GLUE_DB}`, `${GLUE}:table/${GLUE_DB}/run_*`];
            assert.deepStrictEqual(rolePolicy(run, "prepare-table").Statement.slice(1), [
                { Sid: "ListExports", Effect: "Allow", Action: "s3:ListBucket", Resource: `arn:aws:s3:::${RAW}`, Condition: { StringLike: { "s3:prefix": "exports/*" } } },
                { Sid: "ReadExports", Effect: "Allow", Action: "s3:GetObject", Resource: `arn:aws:s3:::${RAW}/exports/*` },
                { Sid: "DecryptExports", Effect: "Allow", Action: "kms:Decrypt", Resource: KEY_ARN },
                { Sid: "DefineRunTables", Effect: "Allow", Action: ["glue:CreateTable", "glue:UpdateTable"], Resource: glueRun },
                { Sid: "ReadMasterSchemas", Effect: "Allow", Action: "glue:GetTable", Resource: [`${GLUE}:catalog`, `${GLUE}:database/${GLUE_DB}`, `${GLUE}:table/${GLUE_DB}/*`] },
            ]);
            assert.deepStrictEqual(rolePolicy(run, "cleanup").Statement.slice(1), [
                { Sid: "DropRunTables", Effect: "Allow", Action: ["glue:BatchDeleteTable", "glue:DeleteTable"], Resource: glueRun },
                { Sid: "ReadTableLoadResults", Effect: "Allow", Action: "s3:GetObject", Resource: `arn:aws:s3:::${RESULTS}/results/table-loads/*` },
                { Sid: "DecryptTableLoadResults", Effect: "Allow", Action: "kms:Decrypt", Resource: KEY_ARN },
            ]);
            assert.deepStrictEqual(rolePolicy(run, "check-export").Statement[1], { Sid: "ReadExportStatus", Effect: "Allow", Action: "rds:DescribeExportTasks", Resource: "*" });
            assert.deepStrictEqual(rolePolicy(run, "rds-export").Statement.slice(0, 1), [{
                Sid: "ExportPolicy", Effect: "Allow",
                Action: ["s3:PutObject*", "s3:ListBucket", "s3:GetObject*", "s3:DeleteObject*", "s3:GetBucketLocation"],
                Resource: [`arn:aws:s3:::${RAW}`, `arn:aws:s3:::${RAW}/*`],
            }]);
        });

        it("scopes the state machine role to its functions, workgroup, catalog, buckets' prefixes, table and topic", async () => {
            const run = await runPipeline();
            const bySid = Object.fromEntries(rolePolicy(run, "states").Statement.map((s: any) => [s.Sid, s]));
            assert.deepStrictEqual(bySid.InvokePipelineFunctions.Resource,
                ["validate-input", "start-export", "check-export", "prepare-table", "cleanup"].map(fnArn));
            assert.strictEqual(bySid.RunQueriesInWorkgroup.Resource, `${WORKGROUP_ARN}-loads`);
            assert.strictEqual(bySid.ReadTableConfig.Resource, `arn:aws:s3:::${RESULTS}/config/tables.json`);
            assert.deepStrictEqual(bySid.StartTableLoads, { Sid: "StartTableLoads", Effect: "Allow", Action: "states:StartExecution", Resource: STATE_MACHINE_ARN });
            assert.deepStrictEqual(bySid.TrackExecutions.Resource, [`${STATE_MACHINE_ARN.replace(":stateMachine:", ":execution:")}:*`, `${STATE_MACHINE_ARN.replace(":stateMachine:", ":execution:")}/*`]);
            assert.deepStrictEqual(bySid.CatalogForQueries.Resource, [`${GLUE}:catalog`, `${GLUE}:database/${GLUE_DB}`, `${GLUE}:table/${GLUE_DB}/*`]);
            assert.strictEqual(bySid.ReadExports.Resource, `arn:aws:s3:::${RAW}/exports/*`);
            assert.strictEqual(bySid.WriteMasterTables.Resource, `arn:aws:s3:::${MASTER}/master/*`);
            assert.strictEqual(bySid.WriteQueryResults.Resource, `arn:aws:s3:::${RESULTS}/results/*`);
            assert.deepStrictEqual(bySid.ReadWriteWatermarks, { Sid: "ReadWriteWatermarks", Effect: "Allow", Action: ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:DeleteItem"], Resource: TABLE_ARN });
            assert.deepStrictEqual(bySid.PublishAlerts, { Sid: "PublishAlerts", Effect: "Allow", Action: "sns:Publish", Resource: TOPIC_ARN });
            assert.deepStrictEqual(policyOf(run, "aws:iam/role:Role", `${NAME}-states-role`, "assumeRolePolicy").Statement,
                [{ Effect: "Allow", Principal: { Service: "states.amazonaws.com" }, Action: "sts:AssumeRole", Condition: { StringEquals: { "aws:SourceAccount": ACCOUNT_ID } } }]);
        });

        it("names each principal in the key policy with exactly its actions, pinned to the services it uses the key through", async () => {
            const run = await runPipeline();
            const statements = policyOf(run, "aws:kms/key:Key", `${NAME}-key`).Statement;
            const root = `arn:aws:iam::${ACCOUNT_ID}:root`;
            const via = (...s: string[]) => s.map(x => `${x}.${REGION}.amazonaws.com`);
            assert.deepStrictEqual(statements.map((s: any) => [s.Sid, s.Principal, s.Action, s.Condition]), [
                ["AccountAdministersKey", { AWS: root }, statements[0].Action, undefined],
                ["AccountGrantsToDynamoDb", { AWS: root }, ["kms:CreateGrant", "kms:DescribeKey"], { StringEquals: { "kms:ViaService": via("dynamodb"), "kms:CallerAccount": ACCOUNT_ID } }],
                ["AccountReadsThroughS3", { AWS: root }, ["kms:Decrypt", "kms:GenerateDataKey"], { StringEquals: { "kms:ViaService": via("s3"), "kms:CallerAccount": ACCOUNT_ID } }],
                ["RdsExportRoleWritesExport", { AWS: roleArn("rds-export") },
                    ["kms:Encrypt", "kms:Decrypt", "kms:ReEncryptFrom", "kms:ReEncryptTo", "kms:GenerateDataKey", "kms:GenerateDataKeyWithoutPlaintext", "kms:DescribeKey"], undefined],
                ["StartExportDescribesKey", { AWS: roleArn("start-export") }, "kms:DescribeKey", undefined],
                ["StartExportGrantsToRds", { AWS: roleArn("start-export") }, "kms:CreateGrant", { Bool: { "kms:GrantIsForAWSResource": true } }],
                ["PrepareTableReadsExports", { AWS: roleArn("prepare-table") }, "kms:Decrypt", { StringEquals: { "kms:ViaService": via("s3") } }],
                ["CleanupReadsTableLoadResults", { AWS: roleArn("cleanup") }, "kms:Decrypt", { StringEquals: { "kms:ViaService": via("s3") } }],
                ["StateMachineUsesDataKey", { AWS: roleArn("states") }, ["kms:Decrypt", "kms:GenerateDataKey", "kms:Encrypt"], { StringEquals: { "kms:ViaService": via("s3", "dynamodb", "sns") } }],
                ["LogsEncryptPipelineLogGroups", { Service: `logs.${REGION}.amazonaws.com` },
                    ["kms:Encrypt", "kms:Decrypt", "kms:ReEncryptFrom", "kms:ReEncryptTo", "kms:GenerateDataKey", "kms:GenerateDataKeyWithoutPlaintext", "kms:DescribeKey"],
                    { ArnLike: { "kms:EncryptionContext:aws:logs:arn": [
                        `arn:aws:logs:${REGION}:${ACCOUNT_ID}:log-group:/aws/lambda/${PIPELINE}-*`,
                        `arn:aws:logs:${REGION}:${ACCOUNT_ID}:log-group:/aws/vendedlogs/states/${PIPELINE}`,
                    ] } }],
                ["CloudWatchPublishesToAlertTopic", { Service: "cloudwatch.amazonaws.com" }, ["kms:Decrypt", "kms:GenerateDataKey"], undefined],
                // Issue 21: the zero-ETL integration events reach the same topic through an EventBridge target.
                ["EventBridgePublishesToAlertTopic", { Service: "events.amazonaws.com" }, ["kms:Decrypt", "kms:GenerateDataKey"], undefined],
            ]);
            // The account administers the key but cannot decrypt with it outside the statements above.
            const admin: string[] = statements[0].Action;
            assert.ok(admin.includes("kms:PutKeyPolicy") && admin.includes("kms:ScheduleKeyDeletion"));
            assert.deepStrictEqual(admin.filter(a => /Decrypt|Encrypt|GenerateDataKey|CreateGrant/.test(a)), []);
        });
    });
});
