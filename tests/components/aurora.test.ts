// AuroraSource under mocks: a new zero-ETL-ready cluster, or an existing one looked up and preflight-checked.
import * as assert from "assert";
import { mockClient } from "aws-sdk-client-mock";
import {
    DescribeDBClusterParametersCommand, DescribeDBClustersCommand, DescribeDBEngineVersionsCommand, DescribeIntegrationsCommand, RDSClient,
} from "@aws-sdk/client-rds";

import { preflightExistingCluster } from "../../components/aurora";
import { BASE_CONFIG, runProgram } from "../harness/mockProgram";
import { engineVersionDescription, existingCluster, readyClusterDescription } from "../harness/fixtures";
import { finalSnapshotIdentifier, zeroEtlParameterProblems } from "../../components/aurora";

const READY_PARAMETERS = [
    { ParameterName: "aurora_enhanced_binlog", ParameterValue: "1" },
    { ParameterName: "binlog_backup", ParameterValue: "0" },
    { ParameterName: "binlog_format", ParameterValue: "ROW" },
    { ParameterName: "binlog_replication_globaldb", ParameterValue: "0" },
    { ParameterName: "binlog_row_image", ParameterValue: "full" },
    { ParameterName: "binlog_row_metadata", ParameterValue: "full" },
    { ParameterName: "binlog_transaction_compression", ParameterValue: "OFF" },
];

const NEW_CLUSTER_TYPES = ["aws:rds/cluster:Cluster", "aws:rds/clusterInstance:ClusterInstance",
    "aws:rds/clusterParameterGroup:ClusterParameterGroup", "aws:rds/subnetGroup:SubnetGroup", "aws:kms/key:Key"];

describe("AuroraSource", () => {
    const rds = mockClient(RDSClient);
    afterEach(() => rds.reset());

    describe("new cluster", () => {
        it("creates a parameter group with exactly the zero-ETL binlog settings", async () => {
            const run = await runProgram({ config: BASE_CONFIG });
            assert.strictEqual(run.error, undefined);
            const group = run.one("aws:rds/clusterParameterGroup:ClusterParameterGroup");
            assert.strictEqual(group.inputs.family, "aurora-mysql8.0");
            assert.deepStrictEqual(group.inputs.parameters, [
                { name: "aurora_enhanced_binlog", value: "1", applyMethod: "pending-reboot" },
                { name: "binlog_backup", value: "0", applyMethod: "pending-reboot" },
                { name: "binlog_format", value: "ROW", applyMethod: "pending-reboot" },
                { name: "binlog_replication_globaldb", value: "0", applyMethod: "pending-reboot" },
                { name: "binlog_row_image", value: "full", applyMethod: "pending-reboot" },
                { name: "binlog_row_metadata", value: "full", applyMethod: "pending-reboot" },
            ]);
            const cluster = run.one("aws:rds/cluster:Cluster");
            assert.strictEqual(cluster.inputs.dbClusterParameterGroupName, group.outputs.name, "attached at creation");
        });

        it("creates an encrypted, private aurora-mysql cluster with an RDS-managed secret", async () => {
            const run = await runProgram({ config: BASE_CONFIG });
            const cluster = run.one("aws:rds/cluster:Cluster");
            const key = run.one("aws:kms/key:Key", "aurora-key");
            assert.strictEqual(key.inputs.enableKeyRotation, true);
            assert.strictEqual(cluster.inputs.engine, "aurora-mysql");
            assert.strictEqual(cluster.inputs.engineVersion, "8.0.mysql_aurora.3.10.3");
            assert.strictEqual(cluster.inputs.storageEncrypted, true);
            assert.strictEqual(cluster.inputs.kmsKeyId, key.outputs.arn);
            assert.strictEqual(cluster.inputs.manageMasterUserPassword, true);
            assert.strictEqual(cluster.inputs.masterUserSecretKmsKeyId, key.outputs.arn);
            assert.strictEqual(cluster.inputs.masterPassword, undefined, "no password in code, config or state");
            assert.strictEqual(cluster.inputs.databaseName, "demodb");
            assert.strictEqual(cluster.inputs.backupRetentionPeriod, 7);
            assert.deepStrictEqual(cluster.inputs.vpcSecurityGroupIds, ["sg-aurora-sg"]);
            assert.strictEqual(cluster.inputs.deletionProtection, false);
            assert.strictEqual(cluster.inputs.skipFinalSnapshot, true);
            const subnets = run.one("aws:rds/subnetGroup:SubnetGroup");
            assert.deepStrictEqual(subnets.inputs.subnetIds, ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2", "subnet-0aaaaaaaaaaaaaaa3"]);
            const writer = run.one("aws:rds/clusterInstance:ClusterInstance");
            assert.strictEqual(writer.inputs.publiclyAccessible, false);
            assert.strictEqual(writer.inputs.instanceClass, "db.serverless");
            assert.deepStrictEqual(cluster.inputs.serverlessv2ScalingConfiguration, { minCapacity: 0.5, maxCapacity: 4 });
        });

        it("keeps deletion protection and a final snapshot by default", async () => {
            const run = await runProgram({ config: { refreshIntervalSeconds: "3600" }, stack: "prod" });
            const cluster = run.one("aws:rds/cluster:Cluster");
            assert.strictEqual(cluster.inputs.deletionProtection, true);
            assert.strictEqual(cluster.inputs.skipFinalSnapshot, false);
            // The mock key id is key-aurora-key; AWS's is a UUID.
            assert.strictEqual(cluster.inputs.finalSnapshotIdentifier, "analytics-prod-aurora-final-keyauror");
        });

        it("names the final snapshot after the cluster's key, so every destroy of the same stack gets its own snapshot", () => {
            const first = finalSnapshotIdentifier("analytics-prod", "1234abcd-12ab-34cd-56ef-1234567890ab");
            const second = finalSnapshotIdentifier("analytics-prod", "9f8e7d6c-12ab-34cd-56ef-1234567890ab");
            assert.strictEqual(first, "analytics-prod-aurora-final-1234abcd");
            assert.strictEqual(second, "analytics-prod-aurora-final-9f8e7d6c");
            // DeleteDBCluster FinalDBSnapshotIdentifier: a letter first, letters, digits and single hyphens, no trailing hyphen, <= 255.
            for (const id of [first, second, finalSnapshotIdentifier("a".repeat(30), "ABCDEF12-0000")]) {
                assert.match(id, /^[a-z](?:[a-z0-9]|-(?!-))*[a-z0-9]$/);
                assert.ok(id.length <= 255);
            }
        });

        it("admits 3306 only from the consumer security group", async () => {
            const run = await runProgram({ config: BASE_CONFIG });
            const rules = run.byType("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule").filter(r => r.inputs.securityGroupId === "sg-aurora-sg");
            assert.deepStrictEqual(rules.map(r => [r.inputs.fromPort, r.inputs.toPort, r.inputs.referencedSecurityGroupId, r.inputs.cidrIpv4]),
                [[3306, 3306, "sg-network-consumers", undefined]]);
        });

        it("exports the cluster's ARN, identifier, endpoint, port, secret and security group", async () => {
            const run = await runProgram({ config: BASE_CONFIG });
            assert.deepStrictEqual({
                arn: run.outputs.auroraClusterArn, id: run.outputs.auroraClusterIdentifier, endpoint: run.outputs.auroraEndpoint,
                port: run.outputs.auroraPort, secret: run.outputs.auroraMasterSecretArn, sg: run.outputs.auroraSecurityGroupId,
            }, {
                arn: "arn:aws:rds:us-west-2:123456789012:cluster:aurora-cluster-1234567",
                id: "aurora-cluster-1234567",
                endpoint: "aurora-cluster.cluster-abc.us-west-2.rds.amazonaws.com",
                port: 3306,
                secret: "arn:aws:secretsmanager:us-west-2:123456789012:secret:rds!cluster-abc-AbCdEf",
                sg: "sg-aurora-sg",
            });
            assert.strictEqual(rds.commandCalls(DescribeDBClusterParametersCommand).length, 0, "no preflight for a cluster we create");
        });
    });

    describe("existing cluster", () => {
        const config = { ...BASE_CONFIG, dbClusterId: "prod-db" };
        beforeEach(() => {
            rds.on(DescribeDBClustersCommand).resolves(readyClusterDescription());
            rds.on(DescribeDBEngineVersionsCommand).resolves(engineVersionDescription());
        });

        it("looks the cluster up, checks its parameters, and creates nothing in its place", async () => {
            rds.on(DescribeDBClusterParametersCommand).resolves({ Parameters: READY_PARAMETERS });
            const run = await runProgram({ config, invoke: args => existingCluster(args) });
            assert.strictEqual(run.error, undefined);
            for (const type of NEW_CLUSTER_TYPES) {
                assert.deepStrictEqual(run.byType(type).filter(r => r.parent.endsWith("::aurora")).map(r => r.name), [], `${type} must not be created`);
            }
            assert.deepStrictEqual(run.byType("aws:rds/cluster:Cluster"), []);
            assert.deepStrictEqual(run.calls.filter(c => c.token === "aws:rds/getCluster:getCluster").map(c => c.inputs.clusterIdentifier), ["prod-db"]);
            const calls = rds.commandCalls(DescribeDBClusterParametersCommand);
            assert.deepStrictEqual(calls.map(c => c.args[0].input), [{ DBClusterParameterGroupName: "prod-zeroetl-params", Marker: undefined }]);
            assert.strictEqual(run.outputs.auroraClusterArn, "arn:aws:rds:us-west-2:123456789012:cluster:prod-db");
            assert.strictEqual(run.outputs.auroraEndpoint, "prod-db.cluster-xyz.us-west-2.rds.amazonaws.com");
            assert.strictEqual(run.outputs.auroraMasterSecretArn, "arn:aws:secretsmanager:us-west-2:123456789012:secret:rds!cluster-prod-XyZ");
            assert.strictEqual(run.outputs.auroraSecurityGroupId, "sg-0prod00000000000a");
        });

        it("follows parameter pagination", async () => {
            rds.on(DescribeDBClusterParametersCommand)
                .resolvesOnce({ Parameters: READY_PARAMETERS.slice(0, 3), Marker: "page2" })
                .resolvesOnce({ Parameters: READY_PARAMETERS.slice(3) });
            const run = await runProgram({ config, invoke: args => existingCluster(args) });
            assert.strictEqual(run.error, undefined);
            assert.deepStrictEqual(rds.commandCalls(DescribeDBClusterParametersCommand).map(c => c.args[0].input.Marker), [undefined, "page2"]);
        });

        it("stops with every missing or wrong setting listed when the parameter group is not ready", async () => {
            rds.on(DescribeDBClusterParametersCommand).resolves({
                Parameters: [
                    { ParameterName: "aurora_enhanced_binlog", ParameterValue: "0" },
                    { ParameterName: "binlog_backup", ParameterValue: "1" },
                    { ParameterName: "binlog_format", ParameterValue: "MIXED" },
                    { ParameterName: "binlog_row_image", ParameterValue: "full" },
                    { ParameterName: "binlog_row_metadata", ParameterValue: "minimal" },
                    { ParameterName: "binlog_transaction_compression", ParameterValue: "ON" },
                ],
            });
            const run = await runProgram({ config, invoke: args => existingCluster(args) });
            assert.strictEqual(run.error?.message,
                "Aurora cluster prod-db is not ready for zero-ETL: aurora_enhanced_binlog is 0 (needs 1); binlog_backup is 1 (needs 0); " +
                "binlog_format is MIXED (needs ROW); binlog_replication_globaldb is not set (needs 0); binlog_row_metadata is minimal (needs full); " +
                "binlog_transaction_compression is ON (needs OFF). Fix: use a custom cluster parameter group (family aurora-mysql8.0) with " +
                "aurora_enhanced_binlog=1, binlog_backup=0, binlog_format=ROW, binlog_replication_globaldb=0, binlog_row_image=full, binlog_row_metadata=full, " +
                "attach it to the cluster, reboot the writer instance, and run `pulumi up` again; or set `pulumi config set zeroEtl false`.");
            assert.deepStrictEqual(run.byType("aws:rds/cluster:Cluster"), []);
        });

        it("stops on an engine version too old for zero-ETL, without reading parameters", async () => {
            const run = await runProgram({ config, invoke: args => existingCluster(args, { engineVersion: "8.0.mysql_aurora.3.04.2" }) });
            assert.strictEqual(run.error?.message,
                "Aurora cluster prod-db is not ready for zero-ETL: engine version is 8.0.mysql_aurora.3.04.2 (needs 8.0.mysql_aurora.3.05.2 or newer). " +
                "Fix: use a custom cluster parameter group (family aurora-mysql8.0) with aurora_enhanced_binlog=1, binlog_backup=0, binlog_format=ROW, " +
                "binlog_replication_globaldb=0, binlog_row_image=full, binlog_row_metadata=full, attach it to the cluster, reboot the writer instance, " +
                "and run `pulumi up` again; or set `pulumi config set zeroEtl false`.");
            assert.strictEqual(rds.commandCalls(DescribeDBClusterParametersCommand).length, 0);
        });

        it("stops when the cluster uses a default parameter group", async () => {
            const run = await runProgram({ config, invoke: args => existingCluster(args, { dbClusterParameterGroupName: "default.aurora-mysql8.0" }) });
            assert.ok(run.error?.message.startsWith("Aurora cluster prod-db is not ready for zero-ETL: it uses the default parameter group default.aurora-mysql8.0, which cannot hold the zero-ETL binlog settings. Fix:"),
                run.error?.message);
        });

        it("runs the same check in preview", async () => {
            rds.on(DescribeDBClusterParametersCommand).resolves({ Parameters: [] });
            const run = await runProgram({ config, preview: true, invoke: args => existingCluster(args) });
            assert.ok(run.error?.message.startsWith("Aurora cluster prod-db is not ready for zero-ETL: aurora_enhanced_binlog is not set (needs 1);"), run.error?.message);
        });

        it("skips the check when zero-ETL is off", async () => {
            const run = await runProgram({ config: { ...config, zeroEtl: "false" }, invoke: args => existingCluster(args) });
            assert.strictEqual(run.error, undefined);
            assert.strictEqual(rds.commandCalls(DescribeDBClusterParametersCommand).length, 0);
        });
    });

    describe("existing cluster state preflight", () => {
        const config = { ...BASE_CONFIG, dbClusterId: "prod-db" };
        const TAIL = "and run `pulumi up` again; or set `pulumi config set zeroEtl false`.";
        beforeEach(() => {
            rds.on(DescribeDBClusterParametersCommand).resolves({ Parameters: READY_PARAMETERS });
            rds.on(DescribeDBEngineVersionsCommand).resolves(engineVersionDescription());
        });

        it("asks RDS for the cluster and for its engine version including deprecated ones", async () => {
            rds.on(DescribeDBClustersCommand).resolves(readyClusterDescription());
            const run = await runProgram({ config, invoke: args => existingCluster(args) });
            assert.strictEqual(run.error, undefined);
            assert.deepStrictEqual(rds.commandCalls(DescribeDBClustersCommand).map(c => c.args[0].input), [{ DBClusterIdentifier: "prod-db" }]);
            assert.deepStrictEqual(rds.commandCalls(DescribeDBEngineVersionsCommand).map(c => c.args[0].input),
                [{ Engine: "aurora-mysql", EngineVersion: "8.0.mysql_aurora.3.08.2", IncludeAll: true, Marker: undefined }]);
        });

        it("stops when the cluster is not available", async () => {
            rds.on(DescribeDBClustersCommand).resolves(readyClusterDescription("prod-db", { Status: "modifying" }));
            const run = await runProgram({ config, invoke: args => existingCluster(args) });
            assert.strictEqual(run.error?.message,
                "Aurora cluster prod-db is not ready for zero-ETL: its status is modifying (needs available). " +
                "Fix: wait until `aws rds describe-db-clusters --db-cluster-identifier prod-db --query 'DBClusters[0].Status'` shows available, " + TAIL);
        });

        // Issue 21: once the integration exists, a cluster that is backing-up, modifying or upgrading, or has an unrelated
        // parameter pending reboot, must not block every deploy of the stack (Athena changes included): it warns.
        for (const status of ["backing-up", "modifying", "upgrading"]) {
            it(`warns and goes on when the cluster is ${status} and its integration already exists`, async () => {
                rds.on(DescribeDBClustersCommand).resolves(readyClusterDescription("prod-db", { Status: status }));
                rds.on(DescribeIntegrationsCommand).resolves({ Integrations: [
                    { SourceArn: "arn:aws:rds:us-west-2:123456789012:cluster:other-db", TargetArn: "arn:aws:redshift-serverless:us-west-2:123456789012:namespace/x", Status: "active" },
                    { SourceArn: "arn:aws:rds:us-west-2:123456789012:cluster:prod-db", TargetArn: "arn:aws:redshift-serverless:us-west-2:123456789012:namespace/x", Status: "active" },
                ] });
                const warnings: string[] = [];
                await preflightExistingCluster(new RDSClient({}), {
                    clusterIdentifier: "prod-db", clusterArn: "arn:aws:rds:us-west-2:123456789012:cluster:prod-db", engine: "aurora-mysql",
                    engineVersion: "8.0.mysql_aurora.3.08.2", parameterGroupName: "zero-etl-params",
                }, w => warnings.push(w));
                assert.deepStrictEqual(warnings, [
                    `Aurora cluster prod-db is not ready for zero-ETL: its status is ${status} (needs available). ` +
                    "Its zero-ETL integration already exists, so this deploy goes on; if replication stops, " +
                    "fix: wait until `aws rds describe-db-clusters --db-cluster-identifier prod-db --query 'DBClusters[0].Status'` shows available.",
                ]);
                const run = await runProgram({ config, invoke: args => existingCluster(args) });
                assert.strictEqual(run.error, undefined);
            });
        }

        it("still stops when the only integration from the cluster is being deleted", async () => {
            rds.on(DescribeDBClustersCommand).resolves(readyClusterDescription("prod-db", { Status: "modifying" }));
            rds.on(DescribeIntegrationsCommand).resolves({ Integrations: [
                { SourceArn: "arn:aws:rds:us-west-2:123456789012:cluster:prod-db", TargetArn: "arn:aws:redshift-serverless:us-west-2:123456789012:namespace/x", Status: "deleting" },
            ] });
            const run = await runProgram({ config, invoke: args => existingCluster(args) });
            assert.match(run.error?.message ?? "", /^Aurora cluster prod-db is not ready for zero-ETL: its status is modifying/);
        });

        it("stops when the cluster has no writer", async () => {
            rds.on(DescribeDBClustersCommand).resolves(readyClusterDescription("prod-db", {
                DBClusterMembers: [{ DBInstanceIdentifier: "prod-db-reader", IsClusterWriter: false, DBClusterParameterGroupStatus: "in-sync" }],
            }));
            const run = await runProgram({ config, invoke: args => existingCluster(args) });
            assert.strictEqual(run.error?.message,
                "Aurora cluster prod-db is not ready for zero-ETL: it has no writer instance. " +
                "Fix: add one with `aws rds create-db-instance --db-cluster-identifier prod-db --db-instance-identifier prod-db-writer " +
                "--db-instance-class db.serverless --engine aurora-mysql`, " + TAIL);
        });

        it("stops when a member's parameter group is pending-reboot: values set but not applied still fail the integration", async () => {
            rds.on(DescribeDBClustersCommand).resolves(readyClusterDescription("prod-db", {
                DBClusterMembers: [
                    { DBInstanceIdentifier: "prod-db-writer", IsClusterWriter: true, DBClusterParameterGroupStatus: "pending-reboot" },
                    { DBInstanceIdentifier: "prod-db-reader", IsClusterWriter: false, DBClusterParameterGroupStatus: "in-sync" },
                    { DBInstanceIdentifier: "prod-db-reader-2", IsClusterWriter: false, DBClusterParameterGroupStatus: "applying" },
                ],
            }));
            const run = await runProgram({ config, invoke: args => existingCluster(args) });
            assert.strictEqual(run.error?.message,
                "Aurora cluster prod-db is not ready for zero-ETL: instance prod-db-writer has parameter group status pending-reboot (needs in-sync); " +
                "instance prod-db-reader-2 has parameter group status applying (needs in-sync). " +
                "Fix: reboot `aws rds reboot-db-instance --db-instance-identifier prod-db-writer` and " +
                "`aws rds reboot-db-instance --db-instance-identifier prod-db-reader-2`, " + TAIL);
        });

        it("stops on a deprecated engine version, found on the second page of DescribeDBEngineVersions", async () => {
            rds.on(DescribeDBClustersCommand).resolves(readyClusterDescription());
            rds.on(DescribeDBEngineVersionsCommand)
                .resolvesOnce({ DBEngineVersions: [], Marker: "page2" })
                .resolvesOnce(engineVersionDescription("8.0.mysql_aurora.3.08.2", "deprecated"));
            const run = await runProgram({ config, invoke: args => existingCluster(args) });
            assert.deepStrictEqual(rds.commandCalls(DescribeDBEngineVersionsCommand).map(c => c.args[0].input.Marker), [undefined, "page2"]);
            assert.strictEqual(run.error?.message,
                "Aurora cluster prod-db is not ready for zero-ETL: engine version 8.0.mysql_aurora.3.08.2 is deprecated (needs available for a new integration). " +
                "Fix: upgrade with `aws rds modify-db-cluster --db-cluster-identifier prod-db --engine-version <a newer 8.0.mysql_aurora.3 version> --apply-immediately`, " + TAIL);
        });

        it("lists every problem at once, parameters included", async () => {
            rds.on(DescribeDBClustersCommand).resolves(readyClusterDescription("prod-db", { Status: "stopped", DBClusterMembers: [] }));
            rds.on(DescribeDBEngineVersionsCommand).resolves({ DBEngineVersions: [] });
            rds.on(DescribeDBClusterParametersCommand).resolves({ Parameters: READY_PARAMETERS.filter(p => p.ParameterName !== "binlog_format") });
            const run = await runProgram({ config, invoke: args => existingCluster(args) });
            assert.strictEqual(run.error?.message,
                "Aurora cluster prod-db is not ready for zero-ETL: its status is stopped (needs available); it has no writer instance; " +
                "engine version 8.0.mysql_aurora.3.08.2 is not listed by DescribeDBEngineVersions; binlog_format is not set (needs ROW). " +
                "Fix: wait until `aws rds describe-db-clusters --db-cluster-identifier prod-db --query 'DBClusters[0].Status'` shows available; " +
                "add one with `aws rds create-db-instance --db-cluster-identifier prod-db --db-instance-identifier prod-db-writer --db-instance-class db.serverless --engine aurora-mysql`; " +
                "upgrade with `aws rds modify-db-cluster --db-cluster-identifier prod-db --engine-version <a newer 8.0.mysql_aurora.3 version> --apply-immediately`; " +
                "use a custom cluster parameter group (family aurora-mysql8.0) with aurora_enhanced_binlog=1, binlog_backup=0, binlog_format=ROW, " +
                "binlog_replication_globaldb=0, binlog_row_image=full, binlog_row_metadata=full, attach it to the cluster, reboot the writer instance, " + TAIL);
        });
    });

    describe("zeroEtlParameterProblems", () => {
        it("accepts values in any letter case", () => {
            assert.deepStrictEqual(zeroEtlParameterProblems(READY_PARAMETERS.map(p => ({ ...p, ParameterValue: p.ParameterValue.toLowerCase() }))), []);
        });
        it("rejects PARTIAL_JSON row value options", () => {
            assert.deepStrictEqual(zeroEtlParameterProblems([...READY_PARAMETERS, { ParameterName: "binlog_row_value_options", ParameterValue: "PARTIAL_JSON" }]),
                ["binlog_row_value_options is PARTIAL_JSON (needs to be empty)"]);
        });
    });
});
