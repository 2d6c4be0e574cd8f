// The refresh-interval watch against the stateful Data API fake: several integrations (ours, another stack's at 0, a
// failed one, one without a database yet), a restore of our own database only, and a secret that is not a superuser.
import * as assert from "assert";
import { mockClient } from "aws-sdk-client-mock";
import { CloudWatchClient, PutMetricDataCommand } from "@aws-sdk/client-cloudwatch";
import { RedshiftDataClient } from "@aws-sdk/client-redshift-data";

import { isUnhealthyState, runWatch, WatchFailed, watchSpecFromEnv, WatchSpec } from "../../functions/zeroEtl/watch";
import { FakeRedshiftData, fakeRedshiftData } from "../harness/fakeRedshiftData";
import { DEFAULT_MAXIMUM_SECONDS, DEFAULT_MINIMUM_SECONDS } from "../../policy/zeroEtlRefreshInterval";

const NAMESPACE = "arn:aws:redshift-serverless:us-west-2:123456789012:namespace/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
const SECRET = "arn:aws:secretsmanager:us-west-2:123456789012:secret:redshift!analytics-dev-admin-AbCdEf";
const OURS = "11111111-1111-1111-1111-111111111111";
const OTHER = "22222222-2222-2222-2222-222222222222";
const BROKEN = "33333333-3333-3333-3333-333333333333";
const PENDING = "44444444-4444-4444-4444-444444444444";
const NOW = new Date("2026-11-30T01:00:00Z");

function spec(overrides: Partial<WatchSpec> = {}): WatchSpec {
    return {
        workgroupName: "analytics-dev", connectDatabase: "dev", secretArn: SECRET,
        ownIntegrationId: OURS, ownDatabase: "zeroetl_db", declaredIntervalSeconds: 3600,
        minimumSeconds: DEFAULT_MINIMUM_SECONDS, maximumSeconds: DEFAULT_MAXIMUM_SECONDS, restoreInterval: false,
        ...overrides,
    };
}

describe("zero-ETL watch", () => {
    const dataMock = mockClient(RedshiftDataClient);
    const cwMock = mockClient(CloudWatchClient);
    let fake: FakeRedshiftData;
    const dataApi = new RedshiftDataClient({});
    const cloudWatch = new CloudWatchClient({});

    /** Our database at `ours` seconds; another stack's at 0; a failed one at 1800; one without a database. */
    function warehouse(ours: number): void {
        fake = fakeRedshiftData(dataMock);
        const wg = fake.addWorkgroup("analytics-dev", NAMESPACE, SECRET);
        for (const [id, db, interval, state] of [[OURS, "zeroetl_db", ours, "CdcRefreshState"], [OTHER, "other_db", 0, "CdcRefreshState"],
            [BROKEN, "broken_db", 1800, "Failed"]] as const) {
            const i = fake.createIntegration(id, NAMESPACE);
            Object.assign(i, { targetDatabase: db, refreshInterval: interval, state });
            wg.databases.set(db, id);
        }
        fake.createIntegration(PENDING, NAMESPACE);
    }

    beforeEach(() => {
        dataMock.reset();
        cwMock.reset();
        cwMock.on(PutMetricDataCommand).resolves({});
    });

    const put = () => cwMock.commandCalls(PutMetricDataCommand).map(c => c.args[0].input);
    const wg = { Name: "Workgroup", Value: "analytics-dev" };
    const per = (id: string) => [wg, { Name: "IntegrationId", Value: id }];

    it("reads every integration with the exact SQL and publishes each interval, state and the totals", async () => {
        warehouse(3600);
        const report = await runWatch(dataApi, cloudWatch, spec(), { pollMs: 0 }, () => NOW);
        assert.deepStrictEqual(fake.executed.map(e => [e.database, e.sql, e.error]), [
            ["dev", "SELECT usesuper FROM pg_user WHERE usename = current_user", undefined],
            ["dev", "SELECT integration_id, target_database, state, refresh_interval FROM svv_integration ORDER BY integration_id", undefined],
        ]);
        assert.deepStrictEqual(report.findings, [
            { integrationId: OURS, targetDatabase: "zeroetl_db", state: "CdcRefreshState", refreshIntervalSeconds: 3600, outOfRange: false, unhealthy: false, own: true },
            { integrationId: OTHER, targetDatabase: "other_db", state: "CdcRefreshState", refreshIntervalSeconds: 0, outOfRange: true, unhealthy: false, own: false },
            { integrationId: BROKEN, targetDatabase: "broken_db", state: "Failed", refreshIntervalSeconds: 1800, outOfRange: false, unhealthy: true, own: false },
            { integrationId: PENDING, targetDatabase: "", state: "PendingDbConnectState", outOfRange: false, unhealthy: false, own: false },
        ]);
        assert.deepStrictEqual(put(), [{
            Namespace: "AuroraAnalytics/ZeroEtlWatch",
            MetricData: [
                { MetricName: "RefreshIntervalSeconds", Dimensions: per(OURS), Value: 3600, Unit: "Seconds", Timestamp: NOW },
                { MetricName: "IntegrationUnhealthy", Dimensions: per(OURS), Value: 0, Unit: "Count", Timestamp: NOW },
                { MetricName: "RefreshIntervalSeconds", Dimensions: per(OTHER), Value: 0, Unit: "Seconds", Timestamp: NOW },
                { MetricName: "IntegrationUnhealthy", Dimensions: per(OTHER), Value: 0, Unit: "Count", Timestamp: NOW },
                { MetricName: "RefreshIntervalSeconds", Dimensions: per(BROKEN), Value: 1800, Unit: "Seconds", Timestamp: NOW },
                { MetricName: "IntegrationUnhealthy", Dimensions: per(BROKEN), Value: 1, Unit: "Count", Timestamp: NOW },
                { MetricName: "IntegrationUnhealthy", Dimensions: per(PENDING), Value: 0, Unit: "Count", Timestamp: NOW },
                { MetricName: "IntegrationsWatched", Dimensions: [wg], Value: 4, Unit: "Count", Timestamp: NOW },
                { MetricName: "IntervalsOutOfRange", Dimensions: [wg], Value: 1, Unit: "Count", Timestamp: NOW },
                { MetricName: "IntegrationsUnhealthy", Dimensions: [wg], Value: 1, Unit: "Count", Timestamp: NOW },
                { MetricName: "IntervalsRestored", Dimensions: [wg], Value: 0, Unit: "Count", Timestamp: NOW },
                { MetricName: "WatchSecretNotSuperuser", Dimensions: [wg], Value: 0, Unit: "Count", Timestamp: NOW },
            ],
        }]);
    });

    it("with restore off, our drifted database is only reported", async () => {
        warehouse(0);
        const report = await runWatch(dataApi, cloudWatch, spec(), { pollMs: 0 }, () => NOW);
        assert.deepStrictEqual(report.restoreStatements, []);
        assert.strictEqual(fake.integrations.get(OURS)!.refreshInterval, 0);
        assert.strictEqual(put()[0].MetricData!.find(d => d.MetricName === "IntervalsOutOfRange")!.Value, 2);
    });

    it("with restore on, sets our own database back to the declared interval and leaves other stacks' alone", async () => {
        warehouse(0);
        const report = await runWatch(dataApi, cloudWatch, spec({ restoreInterval: true }), { pollMs: 0 }, () => NOW);
        assert.deepStrictEqual(report.restoreStatements, ['ALTER DATABASE "zeroetl_db" INTEGRATION SET REFRESH_INTERVAL 3600']);
        assert.deepStrictEqual(fake.executed.filter(e => !e.sql.startsWith("SELECT")).map(e => [e.database, e.sql, e.error]),
            [["dev", 'ALTER DATABASE "zeroetl_db" INTEGRATION SET REFRESH_INTERVAL 3600', undefined]]);
        assert.deepStrictEqual([...fake.integrations.values()].map(i => [i.id, i.refreshInterval]), [[OURS, 3600], [OTHER, 0], [BROKEN, 1800], [PENDING, 0]]);
        const data = put()[0].MetricData!;
        assert.deepStrictEqual(data.find(d => d.MetricName === "RefreshIntervalSeconds" && d.Dimensions![1].Value === OURS)!.Value, 3600);
        assert.deepStrictEqual(data.filter(d => d.Dimensions!.length === 1).map(d => [d.MetricName, d.Value]), [
            ["IntegrationsWatched", 4], ["IntervalsOutOfRange", 1], ["IntegrationsUnhealthy", 1], ["IntervalsRestored", 1], ["WatchSecretNotSuperuser", 0],
        ]);
        // The next run finds nothing to restore: restoring is idempotent.
        const again = await runWatch(dataApi, cloudWatch, spec({ restoreInterval: true }), { pollMs: 0 }, () => NOW);
        assert.deepStrictEqual(again.restoreStatements, []);
    });

    it("a secret that is not a superuser is reported as such, not as no integrations", async () => {
        warehouse(3600);
        fake.workgroups.get("analytics-dev")!.superuser = false;
        await assert.rejects(runWatch(dataApi, cloudWatch, spec({ restoreInterval: true }), { pollMs: 0 }, () => NOW), (e: unknown) => {
            assert.ok(e instanceof WatchFailed);
            assert.strictEqual((e as Error).message, `The secret ${SECRET} does not log in to workgroup analytics-dev as a superuser, ` +
                "so SVV_INTEGRATION shows it no integrations and the watch cannot see any; give the watch the namespace's admin secret " +
                "(pulumi config set redshiftAdminSecretArn <admin secret ARN>) or make that user a superuser (ALTER USER <name> CREATEUSER).");
            return true;
        });
        assert.deepStrictEqual(fake.executed.map(e => e.sql), ["SELECT usesuper FROM pg_user WHERE usename = current_user"]);
        assert.deepStrictEqual(put(), [{
            Namespace: "AuroraAnalytics/ZeroEtlWatch",
            MetricData: [{ MetricName: "WatchSecretNotSuperuser", Dimensions: [wg], Value: 1, Unit: "Count", Timestamp: NOW }],
        }]);
    });

    it("the fake hides SVV_INTEGRATION from a non-superuser, as Redshift does", async () => {
        warehouse(3600);
        fake.workgroups.get("analytics-dev")!.superuser = false;
        const { runSql } = await import("../../functions/zeroEtl/dataApi");
        const rows = await runSql(dataApi, { workgroupName: "analytics-dev", connectDatabase: "dev", secretArn: SECRET },
            "SELECT integration_id, target_database, state, refresh_interval FROM svv_integration ORDER BY integration_id", {}, { pollMs: 0 });
        assert.deepStrictEqual(rows, []);
    });

    it("counts failed and needs-attention states in every spelling, and nothing else", () => {
        assert.deepStrictEqual(["Failed", "failed", "needs_attention", "NeedsAttention", "FailedState", "CdcRefreshState", "PendingDbConnectState", "active", "syncing"]
            .map(isUnhealthyState), [true, true, true, true, true, false, false, false, false]);
    });

    it("reads its spec from the environment the component sets, and refuses a bad one", () => {
        const env = {
            WORKGROUP_NAME: "analytics-dev", CONNECT_DATABASE: "dev", SECRET_ARN: SECRET, OWN_INTEGRATION_ID: OURS, OWN_DATABASE: "zeroetl_db",
            DECLARED_INTERVAL_SECONDS: "3600", MINIMUM_SECONDS: "900", MAXIMUM_SECONDS: "432000", RESTORE_INTERVAL: "false",
        };
        assert.deepStrictEqual(watchSpecFromEnv(env), spec());
        assert.throws(() => watchSpecFromEnv({ ...env, OWN_DATABASE: 'x"; DROP DATABASE dev; --' }),
            /OWN_DATABASE "x\\"; DROP DATABASE dev; --" is not a Redshift database name/);
        assert.throws(() => watchSpecFromEnv({ ...env, RESTORE_INTERVAL: "yes" }), /RESTORE_INTERVAL "yes" must be true or false/);
        assert.throws(() => watchSpecFromEnv({ ...env, DECLARED_INTERVAL_SECONDS: "1h" }), /DECLARED_INTERVAL_SECONDS "1h" must be a whole number of seconds/);
        assert.throws(() => watchSpecFromEnv({ ...env, SECRET_ARN: "" }), /environment variable SECRET_ARN is not set/);
    });
});
