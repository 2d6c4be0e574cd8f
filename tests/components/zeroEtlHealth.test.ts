// Zero-ETL health under mocks: the alarms, the rule, the topic they use, and the outputs that help fix a failed table.
import * as assert from "assert";

import { BASE_CONFIG, runProgram } from "../harness/mockProgram";
import { KEY_ADMIN_ACTIONS } from "../../components/athena/policies";
import { integrationEventPattern, lagAlarmThresholdSeconds } from "../../components/zeroEtlHealth";
import { failedTablesQuery } from "../../sql/redshift/zeroEtlHealth";

const INTEGRATION_ID = "11111111-2222-3333-4444-555555555555";
const FAILED_TABLES_SQL = "SELECT schema_name, table_name, table_state, reason, last_updated_timestamp FROM svv_integration_table_state " +
    "WHERE target_database = 'zeroetl_db' AND table_state IN ('Failed', 'ResyncRequired') ORDER BY schema_name, table_name";

describe("ZeroEtlHealth", () => {
    it("alarms on the pipeline's alert topic when the pipeline is on", async () => {
        const run = await runProgram({ config: BASE_CONFIG, stack: "dev" });
        assert.strictEqual(run.error, undefined);
        const topicArn = run.one("aws:sns/topic:Topic", "athena-pipeline-alerts").outputs.arn;
        const alarms = run.byType("aws:cloudwatch/metricAlarm:MetricAlarm").filter(a => a.parent.endsWith("::zero-etl-health"));
        assert.deepStrictEqual(alarms.map(a => a.inputs.name).sort(),
            ["analytics-dev-zero-etl-failed-tables", "analytics-dev-zero-etl-lag", "analytics-dev-zero-etl-state"]);
        for (const alarm of alarms) {
            assert.deepStrictEqual(alarm.inputs.alarmActions, [topicArn], `${alarm.inputs.name} goes to the pipeline topic`);
            assert.ok(alarm.inputs.name.startsWith("analytics-dev-"), "the topic policy admits alarms named <pipeline>-*");
        }
        assert.deepStrictEqual(run.byType("aws:sns/topic:Topic").map(t => t.name), ["athena-pipeline-alerts"], "no second topic");

        const failed = alarms.find(a => a.inputs.name === "analytics-dev-zero-etl-failed-tables")!;
        assert.deepStrictEqual(
            [failed.inputs.namespace, failed.inputs.metricName, failed.inputs.dimensions, failed.inputs.statistic, failed.inputs.threshold,
                failed.inputs.comparisonOperator, failed.inputs.period, failed.inputs.evaluationPeriods, failed.inputs.treatMissingData],
            ["AWS/Redshift", "IntegrationNumTablesFailedReplication", { IntegrationId: INTEGRATION_ID }, "Maximum", 1,
                "GreaterThanOrEqualToThreshold", 300, 1, "notBreaching"]);
        const lag = alarms.find(a => a.inputs.name === "analytics-dev-zero-etl-lag")!;
        assert.deepStrictEqual(
            [lag.inputs.namespace, lag.inputs.metricName, lag.inputs.dimensions, lag.inputs.statistic, lag.inputs.threshold,
                lag.inputs.comparisonOperator, lag.inputs.evaluationPeriods, lag.inputs.datapointsToAlarm],
            ["AWS/Redshift", "IntegrationLag", { IntegrationId: INTEGRATION_ID }, "Maximum", 10800, "GreaterThanThreshold", 3, 3]);

        const rule = run.one("aws:cloudwatch/eventRule:EventRule", "zero-etl-health-events");
        assert.strictEqual(rule.inputs.name, "analytics-dev-zero-etl-events");
        assert.deepStrictEqual(JSON.parse(rule.inputs.eventPattern), {
            "source": ["aws.redshift"],
            "detail-type": ["Redshift Integration Monitoring"],
            "detail": { severity: ["WARNING", "ERROR", "Warning", "Error"] },
        });
        const state = alarms.find(a => a.inputs.name === "analytics-dev-zero-etl-state")!;
        assert.deepStrictEqual([state.inputs.namespace, state.inputs.metricName, state.inputs.dimensions, state.inputs.statistic, state.inputs.threshold],
            ["AWS/Events", "MatchedEvents", { RuleName: "analytics-dev-zero-etl-events" }, "Sum", 1]);
        // Issue 21: the rule also sends each event to the alert topic (a rule without a target notifies nobody).
        const targets = run.byType("aws:cloudwatch/eventTarget:EventTarget");
        assert.deepStrictEqual(targets.map(t => [t.inputs.rule, t.inputs.arn]), [["analytics-dev-zero-etl-events", run.outputs.athenaAlertTopicArn]]);
    });

    it("exports the console link, the alarm names and the exact SQL that lists failed tables", async () => {
        const run = await runProgram({ config: BASE_CONFIG, stack: "dev" });
        assert.strictEqual(run.outputs.zeroEtlConsoleUrl, "https://console.aws.amazon.com/rds/home?region=us-west-2");
        assert.strictEqual(run.outputs.zeroEtlFailedTablesQuery, FAILED_TABLES_SQL);
        assert.deepStrictEqual(run.outputs.zeroEtlAlarmNames, ["analytics-dev-zero-etl-state", "analytics-dev-zero-etl-failed-tables", "analytics-dev-zero-etl-lag"]);
        assert.strictEqual(run.outputs.zeroEtlAlertTopicArn, run.outputs.athenaAlertTopicArn);
    });

    it("creates its own KMS-encrypted topic, admitting only this pipeline's alarms, when the pipeline is off", async () => {
        const run = await runProgram({ config: { ...BASE_CONFIG, athenaPipeline: "false", alertEmail: "team@example.com" }, stack: "dev" });
        assert.strictEqual(run.error, undefined);
        const topic = run.one("aws:sns/topic:Topic", "zero-etl-health-alerts");
        const key = run.one("aws:kms/key:Key", "zero-etl-health-key");
        assert.strictEqual(topic.inputs.name, "analytics-dev-zero-etl-alerts");
        assert.strictEqual(topic.inputs.kmsMasterKeyId, key.outputs.arn);
        assert.strictEqual(key.inputs.enableKeyRotation, true);
        const keyPolicy = JSON.parse(key.inputs.policy);
        // To publish to an SSE-KMS topic a service principal needs kms:GenerateDataKey* and kms:Decrypt on its key (SNS
        // developer guide, "Encryption at rest"); SNS calls GenerateDataKey of that family, named without a wildcard. Pinned whole.
        assert.deepStrictEqual(keyPolicy.Statement.map((st: Record<string, unknown>) => [st.Sid, st.Principal, st.Action, st.Resource, st.Condition]), [
            ["AccountAdministersKey", { AWS: "arn:aws:iam::123456789012:root" }, KEY_ADMIN_ACTIONS, "*", undefined],
            ["CloudWatchPublishesToAlertTopic", { Service: "cloudwatch.amazonaws.com" }, ["kms:Decrypt", "kms:GenerateDataKey"], "*", undefined],
            ["EventBridgePublishesToAlertTopic", { Service: "events.amazonaws.com" }, ["kms:Decrypt", "kms:GenerateDataKey"], "*", undefined],
        ]);
        const topicPolicy = JSON.parse(run.one("aws:sns/topicPolicy:TopicPolicy", "zero-etl-health-alerts-policy").inputs.policy);
        assert.deepStrictEqual(topicPolicy.Statement, [
            {
                Sid: "AllowPipelineAlarms", Effect: "Allow", Principal: { Service: "cloudwatch.amazonaws.com" }, Action: "sns:Publish", Resource: topic.outputs.arn,
                Condition: {
                    ArnLike: { "aws:SourceArn": "arn:aws:cloudwatch:us-west-2:123456789012:alarm:analytics-dev-*" },
                    StringEquals: { "aws:SourceAccount": "123456789012" },
                },
            },
            {
                // EventBridge publishes to an SNS target only with a topic policy that admits events.amazonaws.com
                // (EventBridge user guide, "Using resource-based policies for Amazon EventBridge": Amazon SNS permissions).
                Sid: "AllowPipelineEvents", Effect: "Allow", Principal: { Service: "events.amazonaws.com" }, Action: "sns:Publish", Resource: topic.outputs.arn,
                Condition: {
                    ArnLike: { "aws:SourceArn": "arn:aws:events:us-west-2:123456789012:rule/analytics-dev-*" },
                    StringEquals: { "aws:SourceAccount": "123456789012" },
                },
            },
        ]);
        assert.deepStrictEqual(run.byType("aws:cloudwatch/eventTarget:EventTarget").map(t => [t.inputs.rule, t.inputs.arn]),
            [["analytics-dev-zero-etl-events", topic.outputs.arn]]);
        const subscription = run.one("aws:sns/topicSubscription:TopicSubscription", "zero-etl-health-alerts-email");
        assert.deepStrictEqual([subscription.inputs.protocol, subscription.inputs.endpoint, subscription.inputs.topic], ["email", "team@example.com", topic.outputs.arn]);
        for (const alarm of run.byType("aws:cloudwatch/metricAlarm:MetricAlarm")) {
            assert.deepStrictEqual(alarm.inputs.alarmActions, [topic.outputs.arn]);
        }
        assert.strictEqual(run.outputs.zeroEtlAlertTopicArn, topic.outputs.arn);
    });

    it("sets the lag threshold from zeroEtlLagAlarmMultiple and the refresh interval, with a floor for continuous replication", async () => {
        assert.strictEqual(lagAlarmThresholdSeconds(3600, 3), 10800);
        assert.strictEqual(lagAlarmThresholdSeconds(0, 3), 900);
        assert.strictEqual(lagAlarmThresholdSeconds(120, 2), 600);
        const run = await runProgram({ config: { ...BASE_CONFIG, refreshIntervalSeconds: "900", zeroEtlLagAlarmMultiple: "4" } });
        const lag = run.byType("aws:cloudwatch/metricAlarm:MetricAlarm").find(a => a.name === "zero-etl-health-lag")!;
        assert.strictEqual(lag.inputs.threshold, 3600);
    });

    it("builds nothing without zero-ETL", async () => {
        const run = await runProgram({ config: { ...BASE_CONFIG, zeroEtl: "false" } });
        assert.deepStrictEqual(run.resources.filter(r => r.name.startsWith("zero-etl-health")).map(r => r.name), []);
        assert.strictEqual(run.outputs.zeroEtlFailedTablesQuery, undefined);
    });

    it("matches only Redshift's integration events", () => {
        assert.deepStrictEqual(integrationEventPattern()["detail-type"], ["Redshift Integration Monitoring"]);
    });
});

describe("zero-ETL health SQL", () => {
    it("lists failed and resync-required tables of one database", () => {
        assert.strictEqual(failedTablesQuery("zeroetl_db"), FAILED_TABLES_SQL);
        assert.throws(() => failedTablesQuery("x'; drop"), /must be lowercase letters, digits and underscores/);
    });
    it("resynchronises named tables or all of them, in place", () => {
    });
});
