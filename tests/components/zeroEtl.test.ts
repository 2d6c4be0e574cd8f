// Redshift target and zero-ETL under mocks: what is created or looked up in each scenario, policy JSON, ordering, SQL.
import * as assert from "assert";
import { costAllocationTags } from "../../components/costTags";
import { mockClient } from "aws-sdk-client-mock";
import { DescribeDBClusterParametersCommand, DescribeDBClustersCommand, DescribeDBEngineVersionsCommand, RDSClient } from "@aws-sdk/client-rds";
import { GetWorkgroupCommand, ListUsageLimitsCommand, RedshiftServerlessClient } from "@aws-sdk/client-redshift-serverless";
import { GetResourcePolicyCommand, RedshiftClient } from "@aws-sdk/client-redshift";

import { BASE_CONFIG, ProgramRun, RecordedResource, runProgram, UNKNOWN } from "../harness/mockProgram";
import { ADMIN_SECRET_ARN, ADMIN_SECRET_KEY_ARN, EXISTING_NAMESPACE_ARN, engineVersionDescription, existingCluster, existingRedshift, readyClusterDescription } from "../harness/fixtures";
import { adminFunctionPolicy, REFRESH_INTERVAL_TAG } from "../../components/zeroEtl";
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

/** The admin function's target-side role policy (named after the side: zero-etl-admin-target-<hash>). */
function adminTarget(run: ProgramRun): RecordedResource {
    const found = run.byType("aws:iam/rolePolicy:RolePolicy").filter(r => /^zero-etl-admin-target-[0-9a-f]{8}$/.test(r.name));
    assert.strictEqual(found.length, 1, "one target-side policy");
    return found[0];
}

/** Both admin role policies as one document, in adminFunctionPolicy's order. */
function adminPolicy(run: ProgramRun): { Version: string; Statement: { Sid: string }[] } {
    const base = JSON.parse(run.one("aws:iam/rolePolicy:RolePolicy", "zero-etl-admin-policy").inputs.policy);
    const target = JSON.parse(adminTarget(run).inputs.policy);
    const order = adminFunctionPolicyOrder;
    return { Version: base.Version, Statement: [...base.Statement, ...target.Statement].sort((a, b) => order.indexOf(a.Sid) - order.indexOf(b.Sid)) };
}
const adminFunctionPolicyOrder = ["WriteOwnLogGroup", "RunSqlOnWorkgroup", "ReadOwnStatements", "ReadAdminSecret", "DecryptAdminSecret", "EditNamespacePolicy", "SeeIntegrations"];

const EXISTING_REDSHIFT_CONFIG = { redshiftNamespace: "analytics", redshiftWorkgroup: "analytics-wg", redshiftAdminSecretArn: ADMIN_SECRET_ARN };

const SID_SUFFIX: Record<string, string> = {
    [NEW_CLUSTER_ARN]: "auroracluster12345679890b6b1",
    [EXISTING_CLUSTER_ARN]: "proddb8612b77c",
};
const NEW_SECRET = "arn:aws:secretsmanager:us-west-2:123456789012:secret:redshift!analytics-dev-admin-AbCdEf";

function expectedStatements(namespaceArn: string, clusterArn: string) {
    return expectedPolicy(namespaceArn, clusterArn).Statement;
}

function expectedPolicy(namespaceArn: string, clusterArn: string, extra: object[] = []) {
    return {
        Version: "2012-10-17",
        Statement: [
            ...extra,
            {
                Sid: `AuroraAnalyticsAuthorize${SID_SUFFIX[clusterArn]}`,
                Effect: "Allow",
                Principal: { Service: "redshift.amazonaws.com" },
                Action: "redshift:AuthorizeInboundIntegration",
                Resource: namespaceArn,
                Condition: { StringEquals: { "aws:SourceArn": clusterArn } },
            },
            {
                Sid: `AuroraAnalyticsCreate${SID_SUFFIX[clusterArn]}`,
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
        rds.on(DescribeDBClustersCommand).resolves(readyClusterDescription());
        rds.on(DescribeDBEngineVersionsCommand).resolves(engineVersionDescription());
        serverless.on(GetWorkgroupCommand).resolves({ workgroup: { configParameters: [{ parameterKey: "enable_case_sensitive_identifier", parameterValue: "true" }] } });
        serverless.on(ListUsageLimitsCommand).resolves({ usageLimits: [] });
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
            // Only case sensitivity, set at creation; AWS's read-back list is ignored (tests/components/readBack.test.ts).
            assert.deepStrictEqual(workgroup.inputs.configParameters, [{ parameterKey: "enable_case_sensitive_identifier", parameterValue: "true" }]);
            assert.deepStrictEqual(workgroup.ignoreChanges, ["configParameters"]);
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

        it("creates the database through a CRUD invocation of the admin function, after the integration", async () => {
            const run = await runProgram({ config: BASE_CONFIG, stack: "dev" });
            const database = run.one("aws:lambda/invocation:Invocation", "zero-etl-database");
            assert.strictEqual(database.inputs.lifecycleScope, "CRUD");
            assert.strictEqual(database.inputs.functionName, "analytics-dev-zero-etl-admin");
            assert.deepStrictEqual(JSON.parse(database.inputs.input), {
                kind: "aurora-analytics:zero-etl-database",
                version: 1,
                integrationId: INTEGRATION_ID,
                integrationArn: `arn:aws:rds:us-west-2:123456789012:integration:${INTEGRATION_ID}`,
                namespaceArn: NEW_NAMESPACE_ARN,
                workgroupName: "analytics-dev",
                connectDatabase: "dev",
                secretArn: NEW_SECRET,
                database: "zeroetl_db",
                refreshIntervalSeconds: 3600,
                acceptInvalidChars: true,
                truncateColumns: true,
                historyMode: false,
                readOnlyUsers: [],
                owner: "aurora-analytics/dev",
            });
            assert.ok(database.dependencies.includes(urnOf(run, "aws:rds/integration:Integration")), "the database waits for the integration");
            assert.ok(database.dependencies.includes(urnOf(run, "aws:iam/rolePolicy:RolePolicy", "zero-etl-admin-policy")), "and for the function's permissions");
            assert.ok(database.dependencies.includes(adminTarget(run).urn), "and for the target side's");
            assert.deepStrictEqual(run.byType("aws:redshiftdata/statement:Statement"), [], "no Data API statement resources");
        });

        it("declares the refresh interval on the integration, known at preview, and replaces it delete-first", async () => {
            const run = await runProgram({ config: BASE_CONFIG, preview: true, stack: "dev" });
            assert.strictEqual(run.error, undefined);
            const integration = run.one("aws:rds/integration:Integration");
            assert.deepStrictEqual(integration.wireInputs.tags, { ...costAllocationTags("dev"), [REFRESH_INTERVAL_TAG]: "3600" });
            assert.strictEqual(REFRESH_INTERVAL_TAG, "aurora-analytics:refresh-interval-seconds");
            assert.strictEqual(integration.deleteBeforeReplace, true);
            assert.deepStrictEqual(integration.ignoreChanges, ["kmsKeyId"]);
            assert.strictEqual(run.one("aws:lambda/invocation:Invocation", "zero-etl-database").wireInputs.input, UNKNOWN,
                "the input holds the integration id, unknown until the integration exists");
        });

        it("a new refresh interval or database option changes the invocation input and the tag, nothing else", async () => {
            const a = await runProgram({ config: { ...BASE_CONFIG, refreshIntervalSeconds: "3600" }, stack: "same" });
            const b = await runProgram({ config: { ...BASE_CONFIG, refreshIntervalSeconds: "86400", zeroEtlTruncateColumns: "false", zeroEtlHistoryMode: "true" }, stack: "same" });
            const differing = a.resources.filter(r => {
                const other = b.resources.find(o => o.urn === r.urn);
                return JSON.stringify(other?.inputs) !== JSON.stringify(r.inputs);
            }).map(r => r.name).sort();
            // The lag alarm's threshold is a multiple of the interval, so it follows too; so do the watch's declared
            // interval (its environment) and the interval alarm's text, which names the interval it restores.
            assert.deepStrictEqual(differing, ["zero-etl-database", "zero-etl-health-lag", "zero-etl-integration", "zero-etl-watch-function", "zero-etl-watch-interval"]);
            const input = JSON.parse(b.one("aws:lambda/invocation:Invocation", "zero-etl-database").inputs.input);
            assert.deepStrictEqual([input.refreshIntervalSeconds, input.truncateColumns, input.historyMode, input.acceptInvalidChars], [86400, false, true, true]);
            assert.deepStrictEqual(b.one("aws:rds/integration:Integration").inputs.tags, { ...costAllocationTags("same"), [REFRESH_INTERVAL_TAG]: "86400" });
        });

        it("read-only users change only the invocation input: no other resource, no password anywhere", async () => {
            const a = await runProgram({ config: BASE_CONFIG, stack: "same" });
            const b = await runProgram({ config: { ...BASE_CONFIG, redshiftReadOnlyUsers: JSON.stringify(["IAMR:analyst", "IAM:alice"]) }, stack: "same" });
            const differing = a.resources.filter(r => {
                const other = b.resources.find(o => o.urn === r.urn);
                return JSON.stringify(other?.inputs) !== JSON.stringify(r.inputs);
            }).map(r => r.name).sort();
            assert.deepStrictEqual(differing, ["zero-etl-database"]);
            const input = JSON.parse(b.one("aws:lambda/invocation:Invocation", "zero-etl-database").inputs.input);
            assert.deepStrictEqual(input.readOnlyUsers, ["IAMR:analyst", "IAM:alice"]);
            assert.deepStrictEqual(JSON.parse(a.one("aws:lambda/invocation:Invocation", "zero-etl-database").inputs.input).readOnlyUsers, []);
            assert.ok(!/password/i.test(JSON.stringify(b.resources.map(r => r.inputs.input ?? ""))), "no password in any invocation input");
        });

        it("gives the admin function only what it needs", async () => {
            const run = await runProgram({ config: BASE_CONFIG, stack: "dev" });
            const fn = run.one("aws:lambda/function:Function", "zero-etl-admin");
            assert.deepStrictEqual([fn.inputs.runtime, fn.inputs.handler, fn.inputs.timeout, fn.inputs.vpcConfig], ["nodejs24.x", "index.handler", 900, undefined]);
            const policy = adminPolicy(run);
            assert.deepStrictEqual(policy, adminFunctionPolicy({
                logGroupArn: "arn:aws:logs:us-west-2:123456789012:log-group:/aws/lambda/analytics-dev-zero-etl-admin",
                workgroupArn: "arn:aws:redshift-serverless:us-west-2:123456789012:workgroup/ffffffff-1111-2222-3333-444444444444",
                secretArn: NEW_SECRET,
                secretKeyArn: "arn:aws:kms:us-west-2:123456789012:key/redshift-key",
                region: "us-west-2",
            }));
            assert.deepStrictEqual(policy.Statement.map((s: any) => s.Sid), ["WriteOwnLogGroup", "RunSqlOnWorkgroup", "ReadOwnStatements", "ReadAdminSecret", "DecryptAdminSecret"]);
            const trust = JSON.parse(run.one("aws:iam/role:Role", "zero-etl-admin-role").inputs.assumeRolePolicy);
            assert.deepStrictEqual(trust.Statement[0].Condition, { StringEquals: { "aws:SourceAccount": "123456789012" } });
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
            assert.strictEqual(run.outputs.zeroEtlAdminFunctionName, "analytics-dev-zero-etl-admin");
            assert.strictEqual(run.outputs.redshiftDefaultDatabase, "dev", "the database the day-two CLI connects to");
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
            const input = JSON.parse(run.one("aws:lambda/invocation:Invocation", "zero-etl-database").inputs.input);
            assert.deepStrictEqual([input.workgroupName, input.connectDatabase, input.secretArn, input.namespaceArn], ["analytics-wg", "dev", ADMIN_SECRET_ARN, EXISTING_NAMESPACE_ARN]);
            assert.strictEqual(run.outputs.redshiftAdminSecretArn, ADMIN_SECRET_ARN);
            assert.strictEqual(run.outputs.redshiftWorkgroupEndpoint, "analytics-wg.123456789012.us-west-2.redshift-serverless.amazonaws.com");
        });

        it("adds only this stack's statements to the namespace's policy through a CRUD invocation, and never reads it at deploy", async () => {
            const run = await runProgram({ config: { ...BASE_CONFIG, ...EXISTING_REDSHIFT_CONFIG }, invoke: a => existingRedshift(a) });
            assert.strictEqual(run.error, undefined);
            assert.deepStrictEqual(run.byType("aws:redshift/resourcePolicy:ResourcePolicy"), [], "a whole-policy resource would overwrite the user's statements");
            assert.strictEqual(redshiftApi.commandCalls(GetResourcePolicyCommand).length, 0, "the function reads the policy when it runs, not the preview");
            const policy = run.one("aws:lambda/invocation:Invocation", "zero-etl-namespace-policy");
            assert.strictEqual(policy.inputs.lifecycleScope, "CRUD");
            assert.deepStrictEqual(JSON.parse(policy.inputs.input), {
                kind: "aurora-analytics:zero-etl-namespace-policy", version: 1, namespaceArn: EXISTING_NAMESPACE_ARN,
                statements: expectedStatements(EXISTING_NAMESPACE_ARN, NEW_CLUSTER_ARN),
                // Issue 21: a superseded invocation's delete keeps the statements while this cluster's integration exists.
                sourceArn: NEW_CLUSTER_ARN,
            });
            assert.ok(run.one("aws:rds/integration:Integration").dependencies.includes(policy.urn), "the integration waits for the policy");
            const permissions = adminPolicy(run);
            assert.deepStrictEqual(permissions.Statement.slice(-3), [
                { Sid: "DecryptAdminSecret", Effect: "Allow", Action: "kms:Decrypt", Resource: ADMIN_SECRET_KEY_ARN, Condition: { StringEquals: { "kms:ViaService": "secretsmanager.us-west-2.amazonaws.com" } } },
                { Sid: "EditNamespacePolicy", Effect: "Allow", Action: ["redshift:GetResourcePolicy", "redshift:PutResourcePolicy", "redshift:DeleteResourcePolicy"], Resource: EXISTING_NAMESPACE_ARN },
                { Sid: "SeeIntegrations", Effect: "Allow", Action: "rds:DescribeIntegrations", Resource: "*" },
            ]);
            // The target side's statements live in a policy named after that side (issue 21: a move keeps the old one
            // until the end of the update, when Pulumi deletes what the program no longer registers).
            assert.deepStrictEqual(JSON.parse(adminTarget(run).inputs.policy).Statement.map((st: { Sid: string }) => st.Sid),
                ["RunSqlOnWorkgroup", "ReadAdminSecret", "DecryptAdminSecret", "EditNamespacePolicy"]);
        });

        // DescribeSecret's KmsKeyId is the key ARN, a bare key id (console-created secrets), an alias ARN, or empty for the
        // AWS-managed aws/secretsmanager key (Secrets Manager API reference, DescribeSecret). IAM needs the key ARN.
        for (const [form, kmsKeyId] of [["a key ARN", ADMIN_SECRET_KEY_ARN], ["a bare key id", "0000aaaa-1111-2222-3333-444455556666"],
            ["an alias ARN", "arn:aws:kms:us-west-2:123456789012:alias/redshift-admin"], ["the AWS-managed key (empty)", ""]] as const) {
            it(`resolves an existing admin secret's key given as ${form} to what the role policy may name`, async () => {
                const lookups: string[] = [];
                const run = await runProgram({
                    config: { ...BASE_CONFIG, ...EXISTING_REDSHIFT_CONFIG },
                    invoke: a => {
                        if (a.token === "aws:secretsmanager/getSecret:getSecret") return { ...existingRedshift(a), kmsKeyId };
                        if (a.token === "aws:kms/getKey:getKey") {
                            // DescribeKey accepts a key id, key ARN, alias name or alias ARN and returns the key ARN (KMS API reference).
                            lookups.push(a.inputs.keyId);
                            return { id: ADMIN_SECRET_KEY_ARN, arn: ADMIN_SECRET_KEY_ARN, keyId: "0000aaaa-1111-2222-3333-444455556666" };
                        }
                        return existingRedshift(a);
                    },
                });
                assert.strictEqual(run.error, undefined);
                const statements = adminPolicy(run).Statement as
                    { Sid: string; Resource: string | string[] }[];
                const decrypt = statements.filter(st => st.Sid === "DecryptAdminSecret").map(st => st.Resource);
                assert.deepStrictEqual(decrypt, kmsKeyId === "" ? [] : [ADMIN_SECRET_KEY_ARN]);
                assert.deepStrictEqual(lookups, kmsKeyId === "" || kmsKeyId === ADMIN_SECRET_KEY_ARN ? [] : [kmsKeyId]);
                for (const st of statements) {
                    for (const r of ([] as string[]).concat(st.Resource)) assert.ok(r === "*" || r.startsWith("arn:aws:"), `${st.Sid}: ${JSON.stringify(r)}`);
                }
            });
        }

        it("stops when the existing workgroup is not case sensitive", async () => {
            serverless.on(GetWorkgroupCommand).resolves({ workgroup: { configParameters: [{ parameterKey: "enable_case_sensitive_identifier", parameterValue: "false" }] } });
            serverless.on(ListUsageLimitsCommand).resolves({ usageLimits: [] });
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
        it("creates only the admin function, the policy and database invocations, and the integration", async () => {
            const run = await runProgram({
                config: { ...BASE_CONFIG, ...EXISTING_REDSHIFT_CONFIG, dbClusterId: "prod-db", athenaPipeline: "false" },
                invoke: a => existingRedshift(a) ?? existingCluster(a),
            });
            assert.strictEqual(run.error, undefined);
            const zeroEtlChildren = run.resources.filter(r => r.parent.endsWith("::zero-etl")).map(r => `${r.type} ${r.name}`).sort();
            assert.deepStrictEqual(zeroEtlChildren, [
                "aws:cloudwatch/logGroup:LogGroup zero-etl-admin-logs",
                "aws:iam/role:Role zero-etl-admin-role",
                "aws:iam/rolePolicy:RolePolicy zero-etl-admin-policy",
                `aws:iam/rolePolicy:RolePolicy ${adminTarget(run).name}`,
                "aws:lambda/function:Function zero-etl-admin",
                "aws:lambda/invocation:Invocation zero-etl-database",
                "aws:lambda/invocation:Invocation zero-etl-namespace-policy",
                "aws:rds/integration:Integration zero-etl-integration",
            ]);
            const deps = new Set(run.one("aws:rds/integration:Integration").dependencies);
            assert.ok(deps.has(urnOf(run, "aws:lambda/invocation:Invocation", "zero-etl-namespace-policy")));
            assert.deepStrictEqual([...REDSHIFT_CREATED, "aws:rds/cluster:Cluster", "aws:rds/clusterInstance:ClusterInstance"].map(t => run.byType(t).length), [0, 0, 0, 0]);
            assert.strictEqual(run.one("aws:rds/integration:Integration").inputs.sourceArn, EXISTING_CLUSTER_ARN);
        });
    });

    describe("zeroEtl off", () => {
        it("creates and looks up nothing of Redshift", async () => {
            const run = await runProgram({ config: { zeroEtl: "false", deletionProtection: "false" } });
            assert.strictEqual(run.error, undefined);
            for (const type of [...REDSHIFT_CREATED, "aws:rds/integration:Integration", "aws:redshift/resourcePolicy:ResourcePolicy"]) {
                assert.deepStrictEqual(run.byType(type), [], type);
            }
            assert.deepStrictEqual(run.resources.filter(r => r.name.startsWith("zero-etl")).map(r => r.name), []);
            assert.strictEqual(run.outputs.zeroEtlIntegrationArn, undefined);
        });
    });

    describe("SQL builders", () => {
        it("quote the database name and refuse anything that is not an identifier", () => {
            assert.strictEqual(createDatabaseFromIntegration("sales_db", "abc-123"), `CREATE DATABASE "sales_db" FROM INTEGRATION 'abc-123'`);
            assert.strictEqual(createDatabaseFromIntegration("sales_db", "abc-123", { acceptInvalidChars: false, refreshIntervalSeconds: 0, truncateColumns: false, historyMode: true }),
                `CREATE DATABASE "sales_db" FROM INTEGRATION 'abc-123' SET ACCEPTINVCHARS = FALSE REFRESH_INTERVAL 0 TRUNCATECOLUMNS = FALSE HISTORY_MODE = TRUE`);
            assert.throws(() => createDatabaseFromIntegration(`x"; DROP DATABASE dev; --`, "abc"), /must be 1 to 63 lowercase letters, digits and underscores/);
            assert.throws(() => createDatabaseFromIntegration("x", "abc'; DROP"), /is not a zero-ETL integration id/);
            assert.strictEqual(setRefreshInterval("x", 0), `ALTER DATABASE "x" INTEGRATION SET REFRESH_INTERVAL 0`);
            assert.strictEqual(setRefreshInterval("x", 432000), `ALTER DATABASE "x" INTEGRATION SET REFRESH_INTERVAL 432000`);
            assert.throws(() => setRefreshInterval("x", 432001), /from 0 to 432000/);
            assert.throws(() => setRefreshInterval("x", -1), /from 0 to 432000/);
            assert.throws(() => setRefreshInterval("x", 1.5), /whole number/);
            assert.throws(() => integrationStatusQuery("x' OR '1'='1"), /must be 1 to 63 lowercase/);
        });
    });
});
