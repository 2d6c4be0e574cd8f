// The spend guard, the watch and the dashboard under mocks: the exact inputs of maxCapacity, the usage limit, the
// schedule, the watch's function and alarms, and the dashboard body's structure, namespaces and dimensions.
import * as assert from "assert";
import { mockClient } from "aws-sdk-client-mock";
import { GetWorkgroupCommand, ListUsageLimitsCommand, RedshiftServerlessClient } from "@aws-sdk/client-redshift-serverless";
import { GetResourcePolicyCommand, RedshiftClient } from "@aws-sdk/client-redshift";

import { BASE_CONFIG, promiseOf, runProgram } from "../harness/mockProgram";
import { ADMIN_SECRET_ARN, existingRedshift } from "../harness/fixtures";
import { missingUsageLimitWarning, reportUsageLimits } from "../../components/redshift";
import { dashboardBody, dashboardUrl } from "../../components/dashboard";
import { WATCH_MAXIMUM_SECONDS, WATCH_METRICS_NAMESPACE, WATCH_MINIMUM_SECONDS } from "../../components/zeroEtlWatch";
import { WATCH_METRICS_NAMESPACE as FUNCTION_NAMESPACE } from "../../functions/zeroEtl/watch";
import { DEFAULT_MAXIMUM_SECONDS, DEFAULT_MINIMUM_SECONDS } from "../../policy/zeroEtlRefreshInterval";
import { syncCost } from "../../scripts/cost/estimate";
import { Exact } from "../../scripts/cost/exact";
import { DEFAULT_USAGE_LIMIT_RPU_HOURS } from "../../components/config";

const NEW_WORKGROUP_ARN = "arn:aws:redshift-serverless:us-west-2:123456789012:workgroup/ffffffff-1111-2222-3333-444444444444";
const EXISTING_WORKGROUP_ARN = "arn:aws:redshift-serverless:us-west-2:123456789012:workgroup/wg-1";
const EXISTING = { redshiftNamespace: "analytics", redshiftWorkgroup: "analytics-wg", redshiftAdminSecretArn: ADMIN_SECRET_ARN };
const INTEGRATION_ID = "11111111-2222-3333-4444-555555555555";

describe("spend guard, watch and dashboard", () => {
    const serverless = mockClient(RedshiftServerlessClient);
    const redshiftApi = mockClient(RedshiftClient);
    beforeEach(() => {
        serverless.reset();
        redshiftApi.reset();
        serverless.on(GetWorkgroupCommand).resolves({ workgroup: { configParameters: [{ parameterKey: "enable_case_sensitive_identifier", parameterValue: "true" }] } });
        serverless.on(ListUsageLimitsCommand).resolves({ usageLimits: [] });
        redshiftApi.on(GetResourcePolicyCommand).rejects(Object.assign(new Error("no policy"), { name: "ResourceNotFoundFault" }));
    });

    describe("spend guard", () => {
        it("a new workgroup gets maxCapacity and a daily serverless-compute limit that emits a metric", async () => {
            const run = await runProgram({ config: BASE_CONFIG, stack: "dev" });
            assert.strictEqual(run.error, undefined);
            assert.strictEqual(run.one("aws:redshiftserverless/workgroup:Workgroup").inputs.maxCapacity, 16);
            const limit = run.one("aws:redshiftserverless/usageLimit:UsageLimit");
            assert.deepStrictEqual(limit.inputs, {
                resourceArn: NEW_WORKGROUP_ARN, usageType: "serverless-compute", amount: 24, period: "daily", breachAction: "emit-metric",
            });
            assert.ok(limit.parent.endsWith("::redshift"));
            assert.deepStrictEqual(await promiseOf(run.outputs.redshiftUsageLimits), [{ amount: 24, period: "daily", breachAction: "emit-metric" }]);
            assert.strictEqual(serverless.commandCalls(ListUsageLimitsCommand).length, 0, "our own limit needs no read");
        });

        it("takes capacity, amount, period and breach action from config", async () => {
            const run = await runProgram({
                config: { ...BASE_CONFIG, redshiftBaseCapacity: "32", redshiftMaxCapacity: "64", redshiftUsageLimitRpuHours: "500", redshiftUsageLimitPeriod: "weekly", redshiftUsageLimitBreachAction: "deactivate" },
                stack: "dev",
            });
            assert.strictEqual(run.error, undefined);
            const wg = run.one("aws:redshiftserverless/workgroup:Workgroup").inputs;
            assert.deepStrictEqual([wg.baseCapacity, wg.maxCapacity], [32, 64]);
            const limit = run.one("aws:redshiftserverless/usageLimit:UsageLimit").inputs;
            assert.deepStrictEqual([limit.amount, limit.period, limit.breachAction], [500, "weekly", "deactivate"]);
        });

        it("an existing workgroup is never modified: its limits are read and reported", async () => {
            serverless.on(ListUsageLimitsCommand).resolves({
                usageLimits: [{ usageType: "serverless-compute", amount: 100, period: "monthly", breachAction: "log", resourceArn: EXISTING_WORKGROUP_ARN }],
            });
            const run = await runProgram({ config: { ...BASE_CONFIG, ...EXISTING }, invoke: a => existingRedshift(a), stack: "dev" });
            assert.strictEqual(run.error, undefined);
            assert.deepStrictEqual(run.byType("aws:redshiftserverless/usageLimit:UsageLimit"), []);
            assert.deepStrictEqual(run.byType("aws:redshiftserverless/workgroup:Workgroup"), []);
            assert.deepStrictEqual(serverless.commandCalls(ListUsageLimitsCommand).map(c => c.args[0].input),
                [{ resourceArn: EXISTING_WORKGROUP_ARN, usageType: "serverless-compute" }]);
            assert.deepStrictEqual(await promiseOf(run.outputs.redshiftUsageLimits), [{ amount: 100, period: "monthly", breachAction: "log" }]);
        });

        it("reads every page of an existing workgroup's limits, and reports none as an empty list", async () => {
            serverless.on(ListUsageLimitsCommand)
                .resolvesOnce({ usageLimits: [], nextToken: "p2" })
                .resolvesOnce({ usageLimits: [] });
            const run = await runProgram({ config: { ...BASE_CONFIG, ...EXISTING }, invoke: a => existingRedshift(a), stack: "dev" });
            assert.strictEqual(run.error, undefined);
            assert.deepStrictEqual(serverless.commandCalls(ListUsageLimitsCommand).map(c => c.args[0].input), [
                { resourceArn: EXISTING_WORKGROUP_ARN, usageType: "serverless-compute" },
                { resourceArn: EXISTING_WORKGROUP_ARN, usageType: "serverless-compute", nextToken: "p2" },
            ]);
            assert.deepStrictEqual(await promiseOf(run.outputs.redshiftUsageLimits), []);
        });

        it("says once, with the command, that an existing workgroup has no limit", () => {
            assert.strictEqual(missingUsageLimitWarning("analytics-wg", EXISTING_WORKGROUP_ARN, { amount: 24, period: "daily", breachAction: "emit-metric" }),
                "Redshift workgroup analytics-wg has no serverless-compute usage limit, so nothing caps what it can spend; this program does not " +
                "change a workgroup it does not own. Add one with `aws redshift-serverless create-usage-limit --resource-arn " +
                `${EXISTING_WORKGROUP_ARN} --usage-type serverless-compute --amount 24 --period daily --breach-action emit-metric\`.`);
            assert.deepStrictEqual(reportUsageLimits([
                { usageType: "cross-region-datasharing", amount: 5, period: "daily", breachAction: "log" },
                { usageType: "serverless-compute", amount: 9, period: "weekly", breachAction: "deactivate" },
            ]), [{ amount: 9, period: "weekly", breachAction: "deactivate" }]);
        });

        it("the default limit is twice the cost model's day at the pack's shortest interval, and far below continuous", () => {
            const usage = { syncMinutesPerRefresh: Exact.of(1), daysPerMonth: Exact.of(30) } as any;
            const prices = { redshiftRpuHour: Exact.of(1) } as any;
            const rpuHours = (interval: number) => Number(syncCost(interval, 8, usage, prices).hoursPerDay.mul(8).toDecimal());
            assert.ok(Math.abs(DEFAULT_USAGE_LIMIT_RPU_HOURS - 2 * rpuHours(DEFAULT_MINIMUM_SECONDS)) < 0.01, `${rpuHours(DEFAULT_MINIMUM_SECONDS)}`);
            assert.strictEqual(rpuHours(0), 192);
        });
    });

    describe("watch", () => {
        it("the watch's range is the pack's, and function and component name the same namespace", () => {
            assert.deepStrictEqual([WATCH_MINIMUM_SECONDS, WATCH_MAXIMUM_SECONDS], [DEFAULT_MINIMUM_SECONDS, DEFAULT_MAXIMUM_SECONDS]);
            assert.strictEqual(WATCH_METRICS_NAMESPACE, FUNCTION_NAMESPACE);
        });

        it("schedules the watch hourly with its own role, and gives the function exactly what it reads", async () => {
            const run = await runProgram({ config: BASE_CONFIG, stack: "dev" });
            assert.strictEqual(run.error, undefined);
            const fn = run.one("aws:lambda/function:Function", "zero-etl-watch-function");
            const schedule = run.one("aws:scheduler/schedule:Schedule", "zero-etl-watch-schedule");
            const schedulerRole = run.one("aws:iam/role:Role", "zero-etl-watch-scheduler-role");
            assert.deepStrictEqual(schedule.inputs, {
                name: "analytics-dev-zero-etl-watch",
                description: "analytics-dev: reads every zero-ETL integration's refresh interval and state",
                scheduleExpression: "rate(1 hour)",
                flexibleTimeWindow: { mode: "OFF" },
                state: "ENABLED",
                target: { arn: fn.outputs.arn, roleArn: schedulerRole.outputs.arn, input: "{}", retryPolicy: { maximumEventAgeInSeconds: 3600, maximumRetryAttempts: 3 } },
            });
            assert.deepStrictEqual(JSON.parse(schedulerRole.inputs.assumeRolePolicy).Statement, [{
                Effect: "Allow", Principal: { Service: "scheduler.amazonaws.com" }, Action: "sts:AssumeRole",
                Condition: { StringEquals: { "aws:SourceAccount": "123456789012" } },
            }]);
            assert.deepStrictEqual(JSON.parse(run.one("aws:iam/rolePolicy:RolePolicy", "zero-etl-watch-scheduler-policy").inputs.policy), {
                Version: "2012-10-17",
                Statement: [{ Sid: "InvokeWatch", Effect: "Allow", Action: "lambda:InvokeFunction", Resource: [fn.outputs.arn, `${fn.outputs.arn}:*`] }],
            });
            assert.deepStrictEqual(fn.inputs.environment.variables, {
                WORKGROUP_NAME: "analytics-dev", CONNECT_DATABASE: "dev", SECRET_ARN: await promiseOf(run.outputs.redshiftAdminSecretArn),
                OWN_INTEGRATION_ID: INTEGRATION_ID, OWN_DATABASE: "zeroetl_db", DECLARED_INTERVAL_SECONDS: "3600",
                MINIMUM_SECONDS: "900", MAXIMUM_SECONDS: "432000", RESTORE_INTERVAL: "false",
            });
            assert.deepStrictEqual([fn.inputs.handler, fn.inputs.runtime, fn.inputs.timeout], ["index.handler", "nodejs24.x", 300]);
            const policy = JSON.parse(run.one("aws:iam/rolePolicy:RolePolicy", "zero-etl-watch-policy").inputs.policy);
            assert.deepStrictEqual(policy.Statement.map((s: any) => s.Sid),
                ["WriteOwnLogGroup", "RunSqlOnWorkgroup", "ReadOwnStatements", "ReadAdminSecret", "DecryptAdminSecret", "PublishWatchMetrics"]);
            assert.deepStrictEqual(policy.Statement[5], {
                Sid: "PublishWatchMetrics", Effect: "Allow", Action: "cloudwatch:PutMetricData", Resource: "*",
                Condition: { StringEquals: { "cloudwatch:namespace": "AuroraAnalytics/ZeroEtlWatch" } },
            });
        });

        it("alarms on out-of-range intervals, unhealthy integrations, a non-superuser secret and its own errors, on the alert topic", async () => {
            const run = await runProgram({ config: BASE_CONFIG, stack: "dev" });
            const topicArn = run.one("aws:sns/topic:Topic", "athena-pipeline-alerts").outputs.arn;
            const alarms = run.byType("aws:cloudwatch/metricAlarm:MetricAlarm").filter(a => a.parent.endsWith("::zero-etl-watch"));
            assert.deepStrictEqual(alarms.map(a => [a.inputs.name, a.inputs.namespace, a.inputs.metricName, a.inputs.dimensions, a.inputs.statistic,
                a.inputs.threshold, a.inputs.comparisonOperator, a.inputs.period, a.inputs.evaluationPeriods, a.inputs.treatMissingData, a.inputs.alarmActions]), [
                ["analytics-dev-zero-etl-watch-interval", "AuroraAnalytics/ZeroEtlWatch", "IntervalsOutOfRange", { Workgroup: "analytics-dev" }, "Maximum", 1, "GreaterThanOrEqualToThreshold", 3600, 1, "notBreaching", [topicArn]],
                ["analytics-dev-zero-etl-watch-unhealthy", "AuroraAnalytics/ZeroEtlWatch", "IntegrationsUnhealthy", { Workgroup: "analytics-dev" }, "Maximum", 1, "GreaterThanOrEqualToThreshold", 3600, 1, "notBreaching", [topicArn]],
                ["analytics-dev-zero-etl-watch-not-superuser", "AuroraAnalytics/ZeroEtlWatch", "WatchSecretNotSuperuser", { Workgroup: "analytics-dev" }, "Maximum", 1, "GreaterThanOrEqualToThreshold", 3600, 1, "notBreaching", [topicArn]],
                ["analytics-dev-zero-etl-watch-errors", "AWS/Lambda", "Errors", { FunctionName: "analytics-dev-zero-etl-watch" }, "Sum", 1, "GreaterThanOrEqualToThreshold", 3600, 1, "notBreaching", [topicArn]],
            ]);
            assert.strictEqual(alarms[0].inputs.alarmDescription,
                "A zero-ETL integration into analytics-dev's workgroup has a refresh interval outside 900..432000 s (0 is continuous replication). " +
                "zeroEtlRestoreInterval is off: the watch only reports (ALTER DATABASE zeroetl_db INTEGRATION SET REFRESH_INTERVAL 3600 restores this stack's).");
            assert.deepStrictEqual(run.outputs.zeroEtlWatchAlarmNames, alarms.map(a => a.inputs.name));
        });

        it("with zeroEtlRestoreInterval the function restores and the alert says so", async () => {
            const run = await runProgram({ config: { ...BASE_CONFIG, zeroEtlRestoreInterval: "true", zeroEtlWatchSchedule: "rate(15 minutes)" }, stack: "dev" });
            assert.strictEqual(run.error, undefined);
            assert.strictEqual(run.one("aws:lambda/function:Function", "zero-etl-watch-function").inputs.environment.variables.RESTORE_INTERVAL, "true");
            assert.strictEqual(run.one("aws:scheduler/schedule:Schedule", "zero-etl-watch-schedule").inputs.scheduleExpression, "rate(15 minutes)");
            const restored = run.one("aws:cloudwatch/metricAlarm:MetricAlarm", "zero-etl-watch-restored");
            assert.deepStrictEqual([restored.inputs.metricName, restored.inputs.alarmDescription], ["IntervalsRestored",
                "The watch set zeroetl_db back to REFRESH_INTERVAL 3600: someone had changed it (ALTER DATABASE ... SET REFRESH_INTERVAL)."]);
            assert.ok(run.one("aws:cloudwatch/metricAlarm:MetricAlarm", "zero-etl-watch-interval").inputs.alarmDescription
                .endsWith("zeroEtlRestoreInterval is on: the watch sets zeroetl_db back to 3600 s; other stacks' integrations are only reported."));
        });

        it("no zero-ETL, no watch", async () => {
            const run = await runProgram({ config: { ...BASE_CONFIG, zeroEtl: "false" }, stack: "dev" });
            assert.strictEqual(run.error, undefined);
            assert.deepStrictEqual(run.resources.filter(r => r.name.startsWith("zero-etl-watch")), []);
        });
    });

    describe("dashboard", () => {
        it("one dashboard, its URL a stack output, its body what the builder makes", async () => {
            const run = await runProgram({ config: BASE_CONFIG, stack: "dev" });
            const board = run.one("aws:cloudwatch/dashboard:Dashboard");
            assert.strictEqual(board.inputs.dashboardName, "analytics-dev-operations");
            assert.strictEqual(await promiseOf(run.outputs.dashboardUrl),
                "https://console.aws.amazon.com/cloudwatch/home?region=us-west-2#dashboards:name=analytics-dev-operations");
            const stateMachineArn = await promiseOf(run.outputs.athenaStateMachineArn);
            assert.deepStrictEqual(JSON.parse(board.inputs.dashboardBody), dashboardBody({
                region: "us-west-2",
                zeroEtl: { integrationId: INTEGRATION_ID, workgroupName: "analytics-dev", maxCapacity: 16, usageLimit: { amount: 24, period: "daily" } },
                pipeline: { stateMachineArn: stateMachineArn as string, athenaWorkgroup: await promiseOf(run.outputs.athenaWorkgroup) as string },
            }));
        });

        it("an existing workgroup's dashboard draws no cap this stack did not set", async () => {
            const run = await runProgram({ config: { ...BASE_CONFIG, ...EXISTING }, invoke: a => existingRedshift(a), stack: "dev" });
            const body = JSON.parse(run.one("aws:cloudwatch/dashboard:Dashboard").inputs.dashboardBody);
            const capacity = body.widgets.find((w: any) => w.properties.title === "Redshift Serverless compute capacity (RPU)");
            assert.strictEqual(capacity.properties.annotations, undefined);
        });

        it("the body has the structure CloudWatch accepts and names each metric with AWS's namespace and dimensions", () => {
            const body = dashboardBody({
                region: "us-west-2",
                zeroEtl: { integrationId: "i-1", workgroupName: "wg", maxCapacity: 16, usageLimit: { amount: 24, period: "daily" } },
                pipeline: { stateMachineArn: "arn:aws:states:us-west-2:123456789012:stateMachine:p", athenaWorkgroup: "awg" },
            });
            assert.deepStrictEqual(Object.keys(body), ["widgets"]);
            for (const w of body.widgets) {
                assert.ok(["metric", "text"].includes(w.type));
                assert.ok(Number.isInteger(w.x) && w.x >= 0 && w.x <= 23 && w.width >= 1 && w.x + w.width <= 24 && Number.isInteger(w.y) && w.height >= 1, JSON.stringify(w));
            }
            // [namespace, metric, ...dimension name/value pairs] of every plain metric row, and every SEARCH expression.
            const rows = body.widgets.flatMap(w => ((w.properties.metrics ?? []) as unknown[][]));
            const plain = rows.filter(r => typeof r[0] === "string").map(r => r.filter(x => typeof x === "string"));
            assert.deepStrictEqual(plain, [
                ["AWS/Redshift", "IntegrationLag", "IntegrationId", "i-1"],
                ["AWS/Redshift", "IntegrationNumTablesFailedReplication", "IntegrationId", "i-1"],
                ["AWS/Redshift-Serverless", "ComputeCapacity", "Workgroup", "wg"],
                ["AWS/Redshift-Serverless", "ComputeSeconds", "Workgroup", "wg"],
                ["AuroraAnalytics/ZeroEtlWatch", "IntervalsOutOfRange", "Workgroup", "wg"],
                ["AuroraAnalytics/ZeroEtlWatch", "IntegrationsUnhealthy", "Workgroup", "wg"],
                ["AuroraAnalytics/ZeroEtlWatch", "IntervalsRestored", "Workgroup", "wg"],
                ["AWS/States", "ExecutionsStarted", "StateMachineArn", "arn:aws:states:us-west-2:123456789012:stateMachine:p"],
                ["AWS/States", "ExecutionsSucceeded", "StateMachineArn", "arn:aws:states:us-west-2:123456789012:stateMachine:p"],
                ["AWS/States", "ExecutionsFailed", "StateMachineArn", "arn:aws:states:us-west-2:123456789012:stateMachine:p"],
                ["AWS/States", "ExecutionsTimedOut", "StateMachineArn", "arn:aws:states:us-west-2:123456789012:stateMachine:p"],
                ["AWS/States", "ExecutionTime", "StateMachineArn", "arn:aws:states:us-west-2:123456789012:stateMachine:p"],
            ]);
            const expressions = rows.filter(r => typeof r[0] === "object").map(r => (r[0] as { expression: string }).expression);
            assert.deepStrictEqual(expressions, [
                "SEARCH('{AuroraAnalytics/ZeroEtlWatch,Workgroup,IntegrationId} MetricName=\"RefreshIntervalSeconds\" Workgroup=\"wg\"', 'Maximum', 3600)",
                "seconds / 3600",
                "SEARCH('{AWS/Athena,QueryState,QueryType,WorkGroup} MetricName=\"ProcessedBytes\" WorkGroup=\"awg\"', 'Sum', 86400)",
            ]);
            const spend = body.widgets.find(w => w.properties.title === "Redshift Serverless RPU-hours per day")!;
            assert.deepStrictEqual([spend.properties.stat, spend.properties.period, spend.properties.annotations],
                ["Sum", 86400, { horizontal: [{ label: "usage limit", value: 24 }] }]);
            const text = body.widgets.filter(w => w.type === "text");
            assert.strictEqual(text.length, 1, "export durations: AWS publishes no metric, the dashboard says so");
            assert.strictEqual(dashboardUrl("eu-west-1", "x"), "https://console.aws.amazon.com/cloudwatch/home?region=eu-west-1#dashboards:name=x");
        });

        it("without zero-ETL and the pipeline there is no dashboard", async () => {
            const run = await runProgram({ config: { ...BASE_CONFIG, zeroEtl: "false", athenaPipeline: "false" }, stack: "dev" });
            assert.strictEqual(run.error, undefined);
            assert.deepStrictEqual(run.byType("aws:cloudwatch/dashboard:Dashboard"), []);
            assert.strictEqual(run.outputs.dashboardUrl, undefined);
        });
    });
});
