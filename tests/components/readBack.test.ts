// The second `pulumi up` is a no-op: every input the program sets equals what the provider reads back from AWS.
import * as assert from "assert";
import { mockClient } from "aws-sdk-client-mock";
import { DescribeDBClusterParametersCommand, DescribeDBClustersCommand, DescribeDBEngineVersionsCommand, RDSClient } from "@aws-sdk/client-rds";
import { DescribeVpcEndpointsCommand, EC2Client } from "@aws-sdk/client-ec2";
import { GetWorkgroupCommand, ListUsageLimitsCommand, RedshiftServerlessClient } from "@aws-sdk/client-redshift-serverless";
import { GetResourcePolicyCommand, RedshiftClient } from "@aws-sdk/client-redshift";
import { MockCallArgs } from "@pulumi/pulumi/runtime/mocks";

import { BASE_CONFIG, RecordedResource, runProgram } from "../harness/mockProgram";
import { ADMIN_SECRET_ARN, existingCluster, existingNetwork, existingRedshift, EXISTING_VPC, readyClusterDescription, engineVersionDescription } from "../harness/fixtures";
import { contractTypes } from "../harness/awsContract";
import { AWS_OWNED_INTEGRATION_KEY, READ_BACK, readBack, readWorkgroupParameters, secondUpDiff } from "../harness/readBack";
import { AWS_CONTRACT } from "../harness/awsContract";
import { caseSensitivityProblem, WORKGROUP_CONFIG_PARAMETERS } from "../../components/redshift";
import { isCaseSensitive } from "../../policy/zeroEtlTargetCaseSensitive";

const ALL_FEATURES: Record<string, unknown> = {
    ...BASE_CONFIG,
    bastion: "true",
    sampleData: "true",
    quicksightPrincipalArn: "arn:aws:quicksight:us-east-1:123456789012:group/default/analysts",
    alertEmail: "team@example.com",
};
const ALL_EXISTING: Record<string, unknown> = {
    ...ALL_FEATURES,
    dbClusterId: "prod-aurora",
    redshiftNamespace: "analytics", redshiftWorkgroup: "analytics-wg", redshiftAdminSecretArn: ADMIN_SECRET_ARN,
    vpcId: EXISTING_VPC, privateSubnetIds: ["subnet-0000000a", "subnet-0000000b", "subnet-0000000c"],
};
const existingEverything = (args: MockCallArgs) => existingNetwork(args) ?? existingCluster(args) ?? existingRedshift(args);

/** The nine parameters the program listed before, without ignoreChanges: what issue #49939 broke. */
const OLD_NINE = ["auto_mv", "datestyle", "enable_case_sensitive_identifier", "enable_user_activity_logging", "max_query_execution_time",
    "query_group", "require_ssl", "search_path", "use_fips_ssl"].map(parameterKey =>
    readWorkgroupParameters([{ parameterKey: "enable_case_sensitive_identifier", parameterValue: "true" }]).find(p => p.parameterKey === parameterKey)!);

function withInputs(r: RecordedResource, inputs: Record<string, unknown>, ignoreChanges: string[] = r.ignoreChanges): RecordedResource {
    return { ...r, inputs: { ...r.inputs, ...inputs }, ignoreChanges };
}

describe("What a read returns: the second pulumi up is a no-op", () => {
    const rds = mockClient(RDSClient);
    const serverless = mockClient(RedshiftServerlessClient);
    const redshiftApi = mockClient(RedshiftClient);
    const ec2 = mockClient(EC2Client);
    beforeEach(() => {
        ec2.reset();
        // An existing VPC without endpoints of its own; an existing cluster that is available, with a writer, in-sync.
        ec2.on(DescribeVpcEndpointsCommand).resolves({ VpcEndpoints: [] });
        rds.reset();
        rds.on(DescribeDBClustersCommand).callsFake(input => readyClusterDescription(input.DBClusterIdentifier));
        rds.on(DescribeDBEngineVersionsCommand).resolves(engineVersionDescription());
        serverless.reset();
        redshiftApi.reset();
        rds.on(DescribeDBClusterParametersCommand).resolves({ Parameters: [
            { ParameterName: "aurora_enhanced_binlog", ParameterValue: "1" }, { ParameterName: "binlog_backup", ParameterValue: "0" },
            { ParameterName: "binlog_format", ParameterValue: "ROW" }, { ParameterName: "binlog_replication_globaldb", ParameterValue: "0" },
            { ParameterName: "binlog_row_image", ParameterValue: "full" }, { ParameterName: "binlog_row_metadata", ParameterValue: "full" },
        ] });
        serverless.on(GetWorkgroupCommand).resolves({ workgroup: { configParameters: [{ parameterKey: "enable_case_sensitive_identifier", parameterValue: "true" }] } });
        serverless.on(ListUsageLimitsCommand).resolves({ usageLimits: [] });
        redshiftApi.on(GetResourcePolicyCommand).rejects(Object.assign(new Error("no policy"), { name: "ResourceNotFoundFault" }));
    });

    it("has a read-back row for every type the contract knows", () => {
        assert.deepStrictEqual(Object.keys(AWS_CONTRACT).filter(t => READ_BACK[t] === undefined), []);
    });

    for (const [name, config] of [["every optional feature on", ALL_FEATURES], ["every existing resource", ALL_EXISTING], ["the dev stack", BASE_CONFIG]] as const) {
        it(`shows no diff after the first up with ${name}`, async () => {
            const run = await runProgram({ config, stack: "dev", invoke: existingEverything });
            assert.strictEqual(run.error, undefined, run.error?.message);
            const diffs = contractTypes(run.resources).map(r => [r.type, r.name, secondUpDiff(r)] as const).filter(([, , d]) => d.length > 0);
            assert.deepStrictEqual(diffs, []);
        });
    }

    describe("the Redshift Serverless workgroup (terraform-provider-aws #49939)", () => {
        it("sets only case sensitivity at creation and ignores the parameter list AWS reads back", async () => {
            const run = await runProgram({ config: BASE_CONFIG, stack: "dev" });
            const workgroup = run.one("aws:redshiftserverless/workgroup:Workgroup");
            assert.deepStrictEqual(workgroup.inputs.configParameters, [{ parameterKey: "enable_case_sensitive_identifier", parameterValue: "true" }]);
            assert.deepStrictEqual(workgroup.ignoreChanges, ["configParameters"]);
            assert.deepStrictEqual(readBack(workgroup).configParameters, [
                { parameterKey: "auto_mv", parameterValue: "true" },
                { parameterKey: "datestyle", parameterValue: "ISO, MDY" },
                { parameterKey: "enable_case_sensitive_identifier", parameterValue: "true" },
                { parameterKey: "enable_large_strings_opt_in", parameterValue: "" },
                { parameterKey: "enable_user_activity_logging", parameterValue: "true" },
                { parameterKey: "max_query_execution_time", parameterValue: "14400" },
                { parameterKey: "query_group", parameterValue: "default" },
                { parameterKey: "require_ssl", parameterValue: "true" },
                { parameterKey: "search_path", parameterValue: "$user, public" },
                { parameterKey: "use_fips_ssl", parameterValue: "false" },
            ]);
            assert.deepStrictEqual(secondUpDiff(workgroup), []);
        });

        it("would show a permanent diff with the nine parameters the program listed before", async () => {
            const run = await runProgram({ config: BASE_CONFIG, stack: "dev" });
            const old = withInputs(run.one("aws:redshiftserverless/workgroup:Workgroup"), { configParameters: OLD_NINE }, []);
            assert.deepStrictEqual(secondUpDiff(old), ["configParameters"]);
            const oneWithoutIgnore = withInputs(run.one("aws:redshiftserverless/workgroup:Workgroup"), {}, []);
            assert.deepStrictEqual(secondUpDiff(oneWithoutIgnore), ["configParameters"]);
        });

        it("releases the workgroup name only when the read-back parameters are case sensitive", async () => {
            const ok = await runProgram({
                config: BASE_CONFIG, stack: "dev",
                resource: args => args.type === "aws:redshiftserverless/workgroup:Workgroup" ? { configParameters: readWorkgroupParameters(WORKGROUP_CONFIG_PARAMETERS) } : undefined,
            });
            assert.strictEqual(ok.error, undefined);
            assert.strictEqual(ok.outputs.redshiftWorkgroupName, "analytics-dev");

            const turnedOff = await runProgram({
                config: BASE_CONFIG, stack: "dev",
                resource: args => args.type === "aws:redshiftserverless/workgroup:Workgroup" ? { configParameters: readWorkgroupParameters([]) } : undefined,
            });
            assert.strictEqual(turnedOff.error?.message,
                "Redshift workgroup analytics-dev has enable_case_sensitive_identifier false, but zero-ETL needs it true. This program sets it when it " +
                "creates the workgroup and does not change it afterwards; turn it back on with `aws redshift-serverless update-workgroup " +
                "--workgroup-name analytics-dev --config-parameters parameterKey=enable_case_sensitive_identifier,parameterValue=true` and run `pulumi up` again.");
            assert.strictEqual(serverless.commandCalls(GetWorkgroupCommand).length, 0, "the provider's read is the read-back; no extra API call");
        });

        it("names the problem for a parameter that is missing or off", () => {
            assert.strictEqual(caseSensitivityProblem("wg", [{ parameterKey: "enable_case_sensitive_identifier", parameterValue: "TRUE" }]), undefined);
            assert.match(caseSensitivityProblem("wg", [])!, /^Redshift workgroup wg has enable_case_sensitive_identifier unset, but zero-ETL needs it true\./);
        });

        it("passes the policy pack's case-sensitivity check with the one parameter it sets", async () => {
            const run = await runProgram({ config: BASE_CONFIG, stack: "dev" });
            assert.strictEqual(isCaseSensitive(run.one("aws:redshiftserverless/workgroup:Workgroup").inputs.configParameters), true);
        });
    });

    describe("the zero-ETL integration's KMS key", () => {
        it("ignores the AWS owned key RDS reads back when the program sets none", async () => {
            const run = await runProgram({ config: BASE_CONFIG, stack: "dev" });
            const integration = run.one("aws:rds/integration:Integration");
            assert.strictEqual(integration.inputs.kmsKeyId, undefined);
            assert.ok(integration.ignoreChanges.includes("kmsKeyId"));
            assert.strictEqual(readBack(integration).kmsKeyId, AWS_OWNED_INTEGRATION_KEY);
            assert.deepStrictEqual(secondUpDiff(integration), []);
            assert.deepStrictEqual(secondUpDiff(withInputs(integration, {}, [])), ["kmsKeyId"]);
        });
    });

    describe("normalised values", () => {
        it("reads keys back as ARNs and an alias target as a key id, so the program passes those forms", async () => {
            const run = await runProgram({ config: ALL_FEATURES, stack: "dev" });
            const cluster = run.one("aws:rds/cluster:Cluster");
            assert.ok(String(cluster.inputs.kmsKeyId).startsWith("arn:aws:kms:"));
            assert.deepStrictEqual(secondUpDiff(withInputs(cluster, { kmsKeyId: "aurora-key" })), ["kmsKeyId"]);
            const alias = run.one("aws:kms/alias:Alias");
            assert.ok(!String(alias.inputs.targetKeyId).startsWith("arn:"));
            assert.deepStrictEqual(secondUpDiff(withInputs(alias, { targetKeyId: "arn:aws:kms:us-west-2:123456789012:key/k" })), ["targetKeyId"]);
        });

        it("compares policy documents by meaning and sets regardless of order", async () => {
            const run = await runProgram({ config: ALL_FEATURES, stack: "dev" });
            const role = run.one("aws:iam/role:Role", "bastion-role");
            const reordered = JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(role.inputs.assumeRolePolicy)).reverse()));
            assert.deepStrictEqual(secondUpDiff({ ...role, inputs: { ...role.inputs } }, { ...READ_BACK,
                "aws:iam/role:Role": { ...READ_BACK["aws:iam/role:Role"], read: () => ({ assumeRolePolicy: reordered }) } }), []);
            const cluster = run.one("aws:rds/cluster:Cluster");
            assert.deepStrictEqual(secondUpDiff(cluster, { ...READ_BACK, "aws:rds/cluster:Cluster": { ...READ_BACK["aws:rds/cluster:Cluster"],
                read: i => ({ enabledCloudwatchLogsExports: [...i.enabledCloudwatchLogsExports].reverse(), kmsKeyId: i.kmsKeyId, masterUserSecretKmsKeyId: i.masterUserSecretKmsKeyId }) } }), []);
        });

        it("reports a type without a read-back row", () => {
            const run = { type: "aws:ec2/eip:Eip", name: "ip", inputs: {}, ignoreChanges: [] } as unknown as RecordedResource;
            assert.deepStrictEqual(secondUpDiff(run), ["(type aws:ec2/eip:Eip has no read-back row in tests/harness/readBack.ts)"]);
        });
    });
});
