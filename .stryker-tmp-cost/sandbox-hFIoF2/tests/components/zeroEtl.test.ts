// @ts-nocheck
// Redshift target and zero-ETL under mocks: what is created or looked up in each scenario, policy JSON, ordering, SQL.
import * as assert from "assert";
import { mockClient } from "aws-sdk-client-mock";
import { DescribeDBClusterParametersCommand, RDSClient } from "@aws-sdk/client-rds";
import { GetWorkgroupCommand, RedshiftServerlessClient } from "@aws-sdk/client-redshift-serverless";
import { GetResourcePolicyCommand, RedshiftClient } from "@aws-sdk/client-redshift";

import { BASE_CONFIG, ProgramRun, runProgram, UNKNOWN } from "../harness/mockProgram";
import { ADMIN_SECRET_ARN, EXISTING_NAMESPACE_ARN, existingCluster, existingRedshift } from "../harness/fixtures";
import { mergeResourcePolicy } from "../../components/zeroEtl";
import { createDatabaseFromIntegration, integrationStatusQuery, setRefreshInterval } from "../../sql/redshift/zeroEtlStatements";

const INTEGRATION_ID = "11111111-2222-3333-4444-555555555555";
const NEW_NAMESPACE_ARN = "arn:aws:redshift-serverless:us-west-2:123456789012:namespace/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
const NEW_CLUSTER_ARN = "arn:aws:rds:us-west-2:123456789012:cluster:aurora-cluster-1234567";
const EXISTING_CLUSTER_ARN = "arn:aws:rds:us-west-2:123456789012:cluster:prod-db";
const REDSHIFT_CREATED = ["aws:redshiftserverless/namespace:Namespace", "aws:redshiftserverless/workgroup:Workgroup"];
const READY_PARAMETERS = [
    ["aurora_enhanced_binlog", "1"], ["binlog_backup", "0"], ["binlog_format", "ROW"],
    ["binlog_replication_globaldb", "0"], ["binlog_row_image", "full"], ["binlog_row_metadata", "full"],
].map(([ParameterName, ParameterValue]) => ({ ParameterName, ParameterValue }));

const EXISTING_REDSHIFT_CONFIG = { redshiftNamespace: "analytics", redshiftWorkgroup: "analytics-wg", redshiftAdminSecretArn: ADMIN_SECRET_ARN };

function expectedPolicy(namespaceArn: string, clusterArn: string, extra: object[] = []) {
    return {
        Version: "2012-10-17",
        Statement: [
            ...extra,
            {
                Sid: "AuroraAnalyticsAuthorizeInboundIntegration",
                Effect: "Allow",
                Principal: { Service: "redshift.amazonaws.com" },
                Action: "redshift:AuthorizeInboundIntegration",
                Resource: namespaceArn,
                Condition: { StringEquals: { "aws:SourceArn": clusterArn } },
            },
            {
                Sid: "AuroraAnalyticsCreateInboundIntegration",
                Effect: "Allow",
                Principal: { AWS: "arn:aws:iam::123456789012:root" },
                Action: "redshift:CreateInboundIntegration",
                Resource: namespaceArn,
            },
        ],
    };
}

function urnOf(run: ProgramRun, type: string, name?: string): string {
    return run.one(type, name).urn;
}

describe("zero-ETL to Redshift Serverless", () => {
    const rds = mockClient(RDSClient);
    const serverless = mockClient(RedshiftServerlessClient);
    const redshiftApi = mockClient(RedshiftClient);
    beforeEach(() => {
        rds.reset();
        serverless.reset();
        redshiftApi.reset();
        rds.on(DescribeDBClusterParametersCommand).resolves({ Parameters: READY_PARAMETERS });
        serverless.on(GetWorkgroupCommand).resolves({ workgroup: { configParameters: [{ parameterKey: "enable_case_sensitive_identifier", parameterValue: "true" }] } });
        redshiftApi.on(GetResourcePolicyCommand).rejects(Object.assign(new Error("no policy"), { name: "ResourceNotFoundFault" }));
    });

    describe("new Redshift, new Aurora", () => {
        it("creates a private, encrypted namespace and workgroup with the full parameter set", async () => {
            const run = await runProgram({ config: BASE_CONFIG, stack: "dev" });
            assert.strictEqual(run.error, undefined);
            const namespace = run.one("aws:redshiftserverless/namespace:Namespace");
            const key = run.one("aws:kms/key:Key", "redshift-key");
            assert.strictEqual(key.inputs.enableKeyRotation, true);
            assert.deepStrictEqual({
                name: namespace.inputs.namespaceName, manage: namespace.inputs.manageAdminPassword, password: namespace.inputs.adminUserPassword,
                kms: namespace.inputs.kmsKeyId, secretKms: namespace.inputs.adminPasswordSecretKmsKeyId, logs: namespace.inputs.logExports, db: namespace.inputs.dbName,
            }, {
                name: "analytics-dev", manage: true, password: undefined, kms: key.outputs.arn, secretKms: key.outputs.arn,
                logs: ["connectionlog", "useractivitylog", "userlog"], db: "dev",
            });
            const workgroup = run.one("aws:redshiftserverless/workgroup:Workgroup");
            assert.strictEqual(workgroup.inputs.workgroupName, "analytics-dev");
            assert.strictEqual(workgroup.inputs.namespaceName, "analytics-dev");
            assert.strictEqual(workgroup.inputs.baseCapacity, 8);
            assert.strictEqual(workgroup.inputs.publiclyAccessible, false);
            assert.deepStrictEqual(workgroup.inputs.subnetIds, ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2", "subnet-0aaaaaaaaaaaaaaa3"]);
            assert.deepStrictEqual(workgroup.inputs.securityGroupIds, ["sg-redshift-sg"]);
            assert.deepStrictEqual(workgroup.inputs.configParameters, [
                { parameterKey: "auto_mv", parameterValue: "true" },
                { parameterKey: "datestyle", parameterValue: "ISO, MDY" },
                { parameterKey: "enable_case_sensitive_identifier", parameterValue: "true" },
                { parameterKey: "enable_user_activity_logging", parameterValue: "true" },
                { parameterKey: "max_query_execution_time", parameterValue: "14400" },
                { parameterKey: "query_group", parameterValue: "default" },
                { parameterKey: "require_ssl", parameterValue: "true" },
                { parameterKey: "search_path", parameterValue: "$user, public" },
                { parameterKey: "use_fips_ssl", parameterValue: "false" },
            ]);
            const ingress = run.byType("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule").filter(r => r.inputs.securityGroupId === "sg-redshift-sg");
            assert.deepStrictEqual(ingress.map(r => [r.inputs.fromPort, r.inputs.toPort, r.inputs.referencedSecurityGroupId, r.inputs.cidrIpv4]),
                [[5439, 5439, "sg-network-consumers", undefined]]);
            assert.strictEqual(serverless.commandCalls(GetWorkgroupCommand).length, 0, "no preflight for a workgroup we create");
        });

        it("takes the base capacity from config", async () => {
            const run = await runProgram({ config: { ...BASE_CONFIG, redshiftBaseCapacity: "32" } });
            assert.strictEqual(run.one("aws:redshiftserverless/workgroup:Workgroup").inputs.baseCapacity, 32);
        });

        it("puts exactly the two zero-ETL statements on the namespace, scoped to this cluster", async () => {
            const run = await runProgram({ config: BASE_CONFIG });
            const policy = run.one("aws:redshift/resourcePolicy:ResourcePolicy");
            assert.strictEqual(policy.inputs.resourceArn, NEW_NAMESPACE_ARN, "on the NAMESPACE ARN");
            assert.deepStrictEqual(JSON.parse(policy.inputs.policy), expectedPolicy(NEW_NAMESPACE_ARN, NEW_CLUSTER_ARN));
            assert.strictEqual(policy.retainOnDelete, false, "a namespace we own takes its policy with it");
            assert.strictEqual(redshiftApi.commandCalls(GetResourcePolicyCommand).length, 0, "nothing to merge on a new namespace");
        });

        it("creates the integration from the cluster to the namespace with the default data filter", async () => {
            const run = await runProgram({ config: BASE_CONFIG, stack: "dev" });
            const integration = run.one("aws:rds/integration:Integration");
            assert.deepStrictEqual({
                source: integration.inputs.sourceArn, target: integration.inputs.targetArn,
                name: integration.inputs.integrationName, filter: integration.inputs.dataFilter,
            }, { source: NEW_CLUSTER_ARN, target: NEW_NAMESPACE_ARN, name: "analytics-dev-zero-etl", filter: "include: demodb.*" });
        });

        it("takes a custom data filter", async () => {
            const run = await runProgram({ config: { ...BASE_CONFIG, zeroEtlDataFilter: "include: demodb.sales, include: demodb.event" } });
            assert.strictEqual(run.one("aws:rds/integration:Integration").inputs.dataFilter, "include: demodb.sales, include: demodb.event");
        });

        it("orders the integration after the cluster, writer, namespace, workgroup and resource policy", async () => {
            const run = await runProgram({ config: BASE_CONFIG });
            const deps = new Set(run.one("aws:rds/integration:Integration").dependencies);
            for (const [type, name] of [
                ["aws:rds/cluster:Cluster", undefined],
                ["aws:rds/clusterInstance:ClusterInstance", undefined],
                ["aws:redshiftserverless/namespace:Namespace", undefined],
                ["aws:redshiftserverless/workgroup:Workgroup", undefined],
                ["aws:redshift/resourcePolicy:ResourcePolicy", undefined],
            ] as Array<[string, string | undefined]>) {
                assert.ok(deps.has(urnOf(run, type, name)), `integration must depend on ${type}`);
            }
        });

        it("creates the database from the integration, then sets the refresh interval, in that order", async () => {
            const run = await runProgram({ config: BASE_CONFIG, stack: "dev" });
            const create = run.one("aws:redshiftdata/statement:Statement", "zero-etl-create-database");
            const alter = run.one("aws:redshiftdata/statement:Statement", "zero-etl-refresh-interval");
            assert.strictEqual(create.inputs.sql, `CREATE DATABASE "zeroetl_db" FROM INTEGRATION '${INTEGRATION_ID}'`);
            assert.strictEqual(alter.inputs.sql, `ALTER DATABASE "zeroetl_db" INTEGRATION SET REFRESH_INTERVAL 3600`);
            for (const statement of [create, alter]) {
                assert.strictEqual(statement.inputs.workgroupName, "analytics-dev");
                assert.strictEqual(statement.inputs.database, "dev");
                assert.strictEqual(statement.inputs.secretArn, "arn:aws:secretsmanager:us-west-2:123456789012:secret:redshift!analytics-dev-admin-AbCdEf");
            }
            assert.ok(create.dependencies.includes(urnOf(run, "aws:rds/integration:Integration")), "CREATE waits for the integration");
            assert.ok(alter.dependencies.includes(create.urn), "ALTER waits for CREATE");
        });

        it("guards CREATE DATABASE against re-execution after its statement record expires", async () => {
            const run = await runProgram({ config: BASE_CONFIG });
            const create = run.one("aws:redshiftdata/statement:Statement", "zero-etl-create-database");
            assert.deepStrictEqual([...create.ignoreChanges].sort(),
                ["clusterIdentifier", "database", "dbUser", "parameters", "secretArn", "sql", "statementName", "withEvent", "workgroupName"]);
            const alter = run.one("aws:redshiftdata/statement:Statement", "zero-etl-refresh-interval");
            assert.deepStrictEqual(alter.ignoreChanges, [], "the ALTER is idempotent and must follow config changes");
        });

        it("changes only the ALTER when the refresh interval changes", async () => {
            const a = await runProgram({ config: { ...BASE_CONFIG, refreshIntervalSeconds: "3600" }, stack: "same" });
            const b = await runProgram({ config: { ...BASE_CONFIG, refreshIntervalSeconds: "86400" }, stack: "same" });
            const sql = (run: ProgramRun, name: string) => run.one("aws:redshiftdata/statement:Statement", name).inputs.sql;
            assert.strictEqual(sql(a, "zero-etl-create-database"), sql(b, "zero-etl-create-database"));
            assert.strictEqual(sql(b, "zero-etl-refresh-interval"), `ALTER DATABASE "zeroetl_db" INTEGRATION SET REFRESH_INTERVAL 86400`);
            assert.notStrictEqual(sql(a, "zero-etl-refresh-interval"), sql(b, "zero-etl-refresh-interval"));
        });

        it("knows the ALTER's SQL at preview, while the CREATE's waits for the integration id", async () => {
            const run = await runProgram({ config: BASE_CONFIG, preview: true });
            assert.strictEqual(run.error, undefined);
            const alter = run.one("aws:redshiftdata/statement:Statement", "zero-etl-refresh-interval");
            assert.strictEqual(alter.wireInputs.sql, `ALTER DATABASE "zeroetl_db" INTEGRATION SET REFRESH_INTERVAL 3600`);
            assert.ok(!JSON.stringify(alter.wireInputs.sql).includes(UNKNOWN));
            const create = run.one("aws:redshiftdata/statement:Statement", "zero-etl-create-database");
            assert.strictEqual(create.wireInputs.sql, UNKNOWN);
        });

        it("exports the namespace, workgroup, integration, database, interval and a sync check query", async () => {
            const run = await runProgram({ config: BASE_CONFIG, stack: "dev" });
            assert.deepStrictEqual({
                namespaceName: run.outputs.redshiftNamespaceName, namespaceArn: run.outputs.redshiftNamespaceArn, namespaceId: run.outputs.redshiftNamespaceId,
                workgroupName: run.outputs.redshiftWorkgroupName, endpoint: run.outputs.redshiftWorkgroupEndpoint, secret: run.outputs.redshiftAdminSecretArn,
                integrationArn: run.outputs.zeroEtlIntegrationArn, integrationId: run.outputs.zeroEtlIntegrationId,
                database: run.outputs.zeroEtlDatabase, interval: run.outputs.zeroEtlRefreshIntervalSeconds, query: run.outputs.zeroEtlCheckSyncQuery,
            }, {
                namespaceName: "analytics-dev", namespaceArn: NEW_NAMESPACE_ARN, namespaceId: "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
                workgroupName: "analytics-dev", endpoint: "analytics-dev.123456789012.us-west-2.redshift-serverless.amazonaws.com",
                secret: "arn:aws:secretsmanager:us-west-2:123456789012:secret:redshift!analytics-dev-admin-AbCdEf",
                integrationArn: `arn:aws:rds:us-west-2:123456789012:integration:${INTEGRATION_ID}`, integrationId: INTEGRATION_ID,
                database: "zeroetl_db", interval: 3600,
                query: "SELECT integration_id, target_database, state, current_lag, refresh_interval FROM svv_integration WHERE target_database = 'zeroetl_db'",
            });
        });
    });

    describe("new Redshift, existing Aurora", () => {
        it("integrates the existing cluster after its preflight, and depends on no cluster resource", async () => {
            const run = await runProgram({ config: { ...BASE_CONFIG, dbClusterId: "prod-db" }, invoke: a => existingCluster(a) });
            assert.strictEqual(run.error, undefined);
            assert.deepStrictEqual(run.byType("aws:rds/cluster:Cluster"), []);
            assert.deepStrictEqual(REDSHIFT_CREATED.map(t => run.byType(t).length), [1, 1]);
            const integration = run.one("aws:rds/integration:Integration");
            assert.strictEqual(integration.inputs.sourceArn, EXISTING_CLUSTER_ARN);
            assert.strictEqual(rds.commandCalls(DescribeDBClusterParametersCommand).length, 1);
            const policy = run.one("aws:redshift/resourcePolicy:ResourcePolicy");
            assert.deepStrictEqual(JSON.parse(policy.inputs.policy), expectedPolicy(NEW_NAMESPACE_ARN, EXISTING_CLUSTER_ARN));
        });
    });

    describe("existing Redshift", () => {
        it("looks the namespace and workgroup up, creates neither, and checks case sensitivity", async () => {
            const run = await runProgram({ config: { ...BASE_CONFIG, ...EXISTING_REDSHIFT_CONFIG }, invoke: a => existingRedshift(a) });
            assert.strictEqual(run.error, undefined);
            for (const type of [...REDSHIFT_CREATED, "aws:ec2/securityGroup:SecurityGroup"]) {
                assert.deepStrictEqual(run.byType(type).filter(r => r.parent.endsWith("::redshift")).map(r => r.name), [], `${type} must not be created`);
            }
            assert.deepStrictEqual(REDSHIFT_CREATED.map(t => run.byType(t).length), [0, 0]);
            assert.deepStrictEqual(serverless.commandCalls(GetWorkgroupCommand).map(c => c.args[0].input), [{ workgroupName: "analytics-wg" }]);
            const integration = run.one("aws:rds/integration:Integration");
            assert.strictEqual(integration.inputs.targetArn, EXISTING_NAMESPACE_ARN);
            for (const name of ["zero-etl-create-database", "zero-etl-refresh-interval"]) {
                const statement = run.one("aws:redshiftdata/statement:Statement", name);
                assert.deepStrictEqual([statement.inputs.workgroupName, statement.inputs.database, statement.inputs.secretArn], ["analytics-wg", "dev", ADMIN_SECRET_ARN]);
            }
            assert.strictEqual(run.outputs.redshiftAdminSecretArn, ADMIN_SECRET_ARN);
            assert.strictEqual(run.outputs.redshiftWorkgroupEndpoint, "analytics-wg.123456789012.us-west-2.redshift-serverless.amazonaws.com");
        });

        it("merges with the namespace's existing policy and keeps it on destroy", async () => {
            const theirs = { Sid: "TheirStatement", Effect: "Allow", Principal: { AWS: "arn:aws:iam::210987654321:root" }, Action: "redshift:CreateInboundIntegration", Resource: EXISTING_NAMESPACE_ARN };
            const staleOurs = { Sid: "AuroraAnalyticsAuthorizeInboundIntegration", Effect: "Allow", Principal: { Service: "redshift.amazonaws.com" }, Action: "redshift:AuthorizeInboundIntegration", Resource: EXISTING_NAMESPACE_ARN, Condition: { StringEquals: { "aws:SourceArn": "arn:aws:rds:us-west-2:123456789012:cluster:old" } } };
            redshiftApi.on(GetResourcePolicyCommand).resolves({ ResourcePolicy: { ResourceArn: EXISTING_NAMESPACE_ARN, Policy: JSON.stringify({ Version: "2012-10-17", Statement: [theirs, staleOurs] }) } });
            const run = await runProgram({ config: { ...BASE_CONFIG, ...EXISTING_REDSHIFT_CONFIG }, invoke: a => existingRedshift(a) });
            assert.strictEqual(run.error, undefined);
            assert.deepStrictEqual(redshiftApi.commandCalls(GetResourcePolicyCommand).map(c => c.args[0].input), [{ ResourceArn: EXISTING_NAMESPACE_ARN }]);
            const policy = run.one("aws:redshift/resourcePolicy:ResourcePolicy");
            assert.deepStrictEqual(JSON.parse(policy.inputs.policy), expectedPolicy(EXISTING_NAMESPACE_ARN, NEW_CLUSTER_ARN, [theirs]));
            assert.strictEqual(policy.retainOnDelete, true);
        });

        it("stops when the existing workgroup is not case sensitive", async () => {
            serverless.on(GetWorkgroupCommand).resolves({ workgroup: { configParameters: [{ parameterKey: "enable_case_sensitive_identifier", parameterValue: "false" }] } });
            const run = await runProgram({ config: { ...BASE_CONFIG, ...EXISTING_REDSHIFT_CONFIG }, invoke: a => existingRedshift(a) });
            assert.strictEqual(run.error?.message,
                "Redshift workgroup analytics-wg has enable_case_sensitive_identifier false, but zero-ETL needs it true. This program does not change a workgroup it does not own; " +
                "turn it on with `aws redshift-serverless update-workgroup --workgroup-name analytics-wg --config-parameters parameterKey=enable_case_sensitive_identifier,parameterValue=true` and run `pulumi up` again.");
        });

        it("stops when the workgroup belongs to another namespace", async () => {
            const run = await runProgram({ config: { ...BASE_CONFIG, ...EXISTING_REDSHIFT_CONFIG }, invoke: a => existingRedshift(a, { namespaceName: "other" }) });
            assert.strictEqual(run.error?.message,
                "Redshift workgroup analytics-wg belongs to namespace other, not analytics; fix it with `pulumi config set redshiftNamespace other` or name a workgroup of analytics.");
        });

        it("fails at config time without an admin secret", async () => {
            const run = await runProgram({ config: { ...BASE_CONFIG, redshiftNamespace: "analytics", redshiftWorkgroup: "analytics-wg" }, invoke: a => existingRedshift(a) });
            assert.strictEqual(run.error?.message,
                "Config key aurora-analytics:redshiftAdminSecretArn is required when zeroEtl uses the existing namespace analytics: the ARN of a Secrets Manager secret holding that namespace's admin username and password, which the Redshift Data API uses to create the database; fix it with `pulumi config set redshiftAdminSecretArn arn:aws:secretsmanager:us-west-2:123456789012:secret:redshift-admin-AbCdEf`.");
            assert.deepStrictEqual(run.resources.filter(r => r.type !== "pulumi:pulumi:Stack"), [], "nothing is registered before config is valid");
        });
    });

    describe("existing Redshift, existing Aurora", () => {
        it("creates only the policy, the integration and the two statements", async () => {
            const run = await runProgram({
                config: { ...BASE_CONFIG, ...EXISTING_REDSHIFT_CONFIG, dbClusterId: "prod-db", athenaPipeline: "false" },
                invoke: a => existingRedshift(a) ?? existingCluster(a),
            });
            assert.strictEqual(run.error, undefined);
            const zeroEtlChildren = run.resources.filter(r => r.parent.endsWith("::zero-etl")).map(r => `${r.type} ${r.name}`).sort();
            assert.deepStrictEqual(zeroEtlChildren, [
                "aws:rds/integration:Integration zero-etl-integration",
                "aws:redshift/resourcePolicy:ResourcePolicy zero-etl-namespace-policy",
                "aws:redshiftdata/statement:Statement zero-etl-create-database",
                "aws:redshiftdata/statement:Statement zero-etl-refresh-interval",
            ]);
            const deps = new Set(run.one("aws:rds/integration:Integration").dependencies);
            assert.ok(deps.has(urnOf(run, "aws:redshift/resourcePolicy:ResourcePolicy")));
            assert.deepStrictEqual([...REDSHIFT_CREATED, "aws:rds/cluster:Cluster", "aws:rds/clusterInstance:ClusterInstance"].map(t => run.byType(t).length), [0, 0, 0, 0]);
            assert.strictEqual(run.one("aws:rds/integration:Integration").inputs.sourceArn, EXISTING_CLUSTER_ARN);
        });
    });

    describe("zeroEtl off", () => {
        it("creates and looks up nothing of Redshift", async () => {
            const run = await runProgram({ config: { zeroEtl: "false", deletionProtection: "false" } });
            assert.strictEqual(run.error, undefined);
            for (const type of [...REDSHIFT_CREATED, "aws:rds/integration:Integration", "aws:redshiftdata/statement:Statement", "aws:redshift/resourcePolicy:ResourcePolicy"]) {
                assert.deepStrictEqual(run.byType(type), [], type);
            }
            assert.strictEqual(run.outputs.zeroEtlIntegrationArn, undefined);
        });
    });

    describe("SQL builders", () => {
        it("quote the database name and refuse anything that is not an identifier", () => {
            assert.strictEqual(createDatabaseFromIntegration("sales_db", "abc-123"), `CREATE DATABASE "sales_db" FROM INTEGRATION 'abc-123'`);
            assert.throws(() => createDatabaseFromIntegration(`x"; DROP DATABASE dev; --`, "abc"), /must be lowercase letters, digits and underscores/);
            assert.throws(() => createDatabaseFromIntegration("x", "abc'; DROP"), /is not a zero-ETL integration id/);
            assert.strictEqual(setRefreshInterval("x", 0), `ALTER DATABASE "x" INTEGRATION SET REFRESH_INTERVAL 0`);
            assert.throws(() => setRefreshInterval("x", 432001), /from 0 to 432000/);
            assert.throws(() => setRefreshInterval("x", 1.5), /whole number/);
            assert.throws(() => integrationStatusQuery("x' OR '1'='1"), /must be lowercase/);
        });

        it("merge tolerates a single-statement policy and an empty one", () => {
            const ours = [{ Sid: "A", Effect: "Allow", Principal: { Service: "s" }, Action: "a" }];
            assert.deepStrictEqual(JSON.parse(mergeResourcePolicy(JSON.stringify({ Version: "2012-10-17", Statement: { Sid: "B", Effect: "Deny", Principal: { AWS: "x" }, Action: "b" } }), ours)).Statement.map((s: any) => s.Sid), ["B", "A"]);
            assert.deepStrictEqual(JSON.parse(mergeResourcePolicy("", ours)).Statement.map((s: any) => s.Sid), ["A"]);
        });
    });
});
