// The AWS contract check over every scenario: what AWS would refuse (names, character sets, tags) fails here first.
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { mockClient } from "aws-sdk-client-mock";
import { DescribeDBClusterParametersCommand, DescribeDBClustersCommand, DescribeDBEngineVersionsCommand, RDSClient } from "@aws-sdk/client-rds";
import { DescribeVpcEndpointsCommand, EC2Client } from "@aws-sdk/client-ec2";
import { GetWorkgroupCommand, ListUsageLimitsCommand, RedshiftServerlessClient } from "@aws-sdk/client-redshift-serverless";
import { GetResourcePolicyCommand, RedshiftClient } from "@aws-sdk/client-redshift";
import { MockCallArgs } from "@pulumi/pulumi/runtime/mocks";

import { BASE_CONFIG, RecordedResource, runProgram } from "../harness/mockProgram";
import { ADMIN_SECRET_ARN, existingCluster, existingNetwork, existingRedshift, EXISTING_VPC, readyClusterDescription, engineVersionDescription } from "../harness/fixtures";
import {
    AWS_CONTRACT, checkContract, checkResource, contractTypes, effectiveName, formatViolation, RANDOM_SUFFIX, TF_UNIQUE_ID,
} from "../harness/awsContract";
import { PROJECT } from "../../components/config";

const READY_PARAMETERS = [
    { ParameterName: "aurora_enhanced_binlog", ParameterValue: "1" },
    { ParameterName: "binlog_backup", ParameterValue: "0" },
    { ParameterName: "binlog_format", ParameterValue: "ROW" },
    { ParameterName: "binlog_replication_globaldb", ParameterValue: "0" },
    { ParameterName: "binlog_row_image", ParameterValue: "full" },
    { ParameterName: "binlog_row_metadata", ParameterValue: "full" },
];

/** The dev stack's config, read from Pulumi.dev.yaml the way the CLI passes it. */
function devStackConfig(): Record<string, unknown> {
    const file = parse(fs.readFileSync(path.join(__dirname, "..", "..", "Pulumi.dev.yaml"), "utf8")) as { config: Record<string, unknown> };
    const config: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(file.config)) {
        if (key.startsWith(`${PROJECT}:`)) {
            config[key.slice(PROJECT.length + 1)] = String(value);
        }
    }
    return config;
}

const ALL_FEATURES: Record<string, unknown> = {
    ...BASE_CONFIG,
    bastion: "true",
    sampleData: "true",
    athenaPipeline: "true",
    zeroEtl: "true",
    vpcEndpoints: "true",
    backupRetentionDays: "30",
    quicksightPrincipalArn: "arn:aws:quicksight:us-east-1:123456789012:group/default/analysts",
    alertEmail: "team@example.com",
};
const EXISTING_CLUSTER = { dbClusterId: "prod-aurora" };
const EXISTING_REDSHIFT = { redshiftNamespace: "analytics", redshiftWorkgroup: "analytics-wg", redshiftAdminSecretArn: ADMIN_SECRET_ARN };
const EXISTING_NETWORK = { vpcId: EXISTING_VPC, privateSubnetIds: ["subnet-0000000a", "subnet-0000000b", "subnet-0000000c"] };
const LONG_STACK = "feature-branch-with-a-very-long-name-for-the-quarterly-analytics-review-2026-and-more-words-after-it";

interface Scenario {
    name: string;
    config: Record<string, unknown>;
    stack: string;
}

const SCENARIOS: Scenario[] = [
    { name: "the dev stack (Pulumi.dev.yaml)", config: devStackConfig(), stack: "dev" },
    { name: "every optional feature on", config: ALL_FEATURES, stack: "dev" },
    { name: "an existing cluster", config: { ...ALL_FEATURES, ...EXISTING_CLUSTER }, stack: "dev" },
    { name: "an existing Redshift namespace and workgroup", config: { ...ALL_FEATURES, ...EXISTING_REDSHIFT }, stack: "dev" },
    { name: "an existing VPC", config: { ...ALL_FEATURES, ...EXISTING_NETWORK }, stack: "dev" },
    { name: "existing cluster, Redshift and VPC together", config: { ...ALL_FEATURES, ...EXISTING_CLUSTER, ...EXISTING_REDSHIFT, ...EXISTING_NETWORK }, stack: "dev" },
    { name: "a 30-character pipelineName", config: { ...ALL_FEATURES, pipelineName: "a23456789-123456789-123456789z" }, stack: "dev" },
    { name: "the shortest pipelineName (3 characters)", config: { ...ALL_FEATURES, pipelineName: "abc" }, stack: "dev" },
    { name: "a long stack name", config: ALL_FEATURES, stack: LONG_STACK },
    { name: "a long stack name with every existing resource", config: { ...ALL_FEATURES, ...EXISTING_CLUSTER, ...EXISTING_REDSHIFT, ...EXISTING_NETWORK }, stack: LONG_STACK },
];

const existingEverything = (args: MockCallArgs) => existingNetwork(args) ?? existingCluster(args) ?? existingRedshift(args);

function fake(type: string, name: string, inputs: Record<string, unknown>): RecordedResource {
    return {
        type, name, urn: `urn:pulumi:dev::${PROJECT}::${type}::${name}`, custom: true, inputs, wireInputs: inputs, outputs: {}, id: "",
        parent: "", dependencies: [], propertyDependencies: {}, provider: "", deleteBeforeReplace: false, ignoreChanges: [],
        replaceOnChanges: [], importId: "",
    };
}

describe("AWS contract", () => {
    // Created in before(), not at load: another test file mocks and restores RDSClient, which would remove a stub made earlier.
    let rds: ReturnType<typeof mockClient>;
    let serverless: ReturnType<typeof mockClient>;
    let redshiftApi: ReturnType<typeof mockClient>;
    let ec2: ReturnType<typeof mockClient>;
    before(() => {
        rds = mockClient(RDSClient);
        serverless = mockClient(RedshiftServerlessClient);
        redshiftApi = mockClient(RedshiftClient);
        ec2 = mockClient(EC2Client);
    });
    after(() => {
        rds.restore();
        serverless.restore();
        redshiftApi.restore();
        ec2.restore();
    });
    beforeEach(() => {
        ec2.reset();
        // An existing VPC without endpoints of its own; an existing cluster that is available, with a writer, in-sync.
        ec2.on(DescribeVpcEndpointsCommand).resolves({ VpcEndpoints: [] });
        rds.reset();
        rds.on(DescribeDBClustersCommand).callsFake(input => readyClusterDescription(input.DBClusterIdentifier));
        rds.on(DescribeDBEngineVersionsCommand).resolves(engineVersionDescription());
        serverless.reset();
        redshiftApi.reset();
        rds.on(DescribeDBClusterParametersCommand).resolves({ Parameters: READY_PARAMETERS });
        serverless.on(GetWorkgroupCommand).resolves({
            workgroup: { workgroupName: "analytics-wg", namespaceName: "analytics", configParameters: [{ parameterKey: "enable_case_sensitive_identifier", parameterValue: "true" }] },
        });
        serverless.on(ListUsageLimitsCommand).resolves({ usageLimits: [] });
        redshiftApi.on(GetResourcePolicyCommand).rejects(Object.assign(new Error("no policy"), { name: "ResourceNotFoundFault" }));
    });

    describe("the program, scenario by scenario", () => {
        for (const scenario of SCENARIOS) {
            it(`holds for ${scenario.name}`, async () => {
                const run = await runProgram({ config: scenario.config, stack: scenario.stack, invoke: existingEverything });
                assert.strictEqual(run.error, undefined, run.error?.message);
                const checked = contractTypes(run.resources);
                assert.ok(checked.length >= 40, `checked ${checked.length} resources`);
                const violations = checkContract(run.resources).map(formatViolation);
                assert.deepStrictEqual(violations, []);
            });
        }

        it("describes every security group in the characters EC2 accepts", async () => {
            const run = await runProgram({ config: ALL_FEATURES, stack: "dev" });
            assert.deepStrictEqual(run.byType("aws:ec2/securityGroup:SecurityGroup").map(g => [g.name, g.inputs.description]).sort(), [
                ["aurora-sg", "aurora-analytics Aurora MySQL: 3306 from the aurora-analytics consumer group only"],
                ["network-consumers", "aurora-analytics in-VPC consumers (loader, bastion); databases admit only this group"],
                ["network-endpoints", "aurora-analytics interface endpoints: HTTPS from the aurora-analytics consumer group only"],
                ["redshift-sg", "aurora-analytics Redshift Serverless: 5439 from the aurora-analytics consumer group only"],
            ]);
        });

        it("covers the optional resource types when every feature is on", async () => {
            const run = await runProgram({ config: ALL_FEATURES, stack: "dev", invoke: existingEverything });
            const types = new Set(contractTypes(run.resources).map(r => r.type));
            for (const type of ["aws:ec2/instance:Instance", "aws:quicksight/dataSource:DataSource", "aws:quicksight/dataSet:DataSet",
                "aws:lambda/invocation:Invocation", "aws:sns/topicSubscription:TopicSubscription", "aws:cloudwatch/metricAlarm:MetricAlarm"]) {
                assert.ok(types.has(type), `${type} is registered with every feature on`);
            }
        });
    });

    describe("the check itself", () => {
        it("refuses an apostrophe in a security group description and in a rule description", () => {
            const group = fake("aws:ec2/securityGroup:SecurityGroup", "db-sg", { description: "from this program's consumers only", name: "db-sg" });
            const ingress = fake("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "db-in", { description: "the loader's access" });
            assert.deepStrictEqual(checkContract([group, ingress]).map(formatViolation), [
                `aws:ec2/securityGroup:SecurityGroup db-sg: description = "from this program's consumers only" breaks "only a-z, A-Z, 0-9, spaces and ._-:/()#,@[]+=&;{}!$*" (${AWS_CONTRACT["aws:ec2/securityGroup:SecurityGroup"].source})`,
                `aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule db-in: description = "the loader's access" breaks "only a-z, A-Z, 0-9, spaces and ._-:/()#,@[]+=&;{}!$*" (${AWS_CONTRACT["aws:ec2/securityGroup:SecurityGroup"].source})`,
            ]);
        });

        it("fails for a registered resource type that has no row", () => {
            const violations = checkContract([fake("aws:ec2/eip:Eip", "ip", {})]);
            assert.deepStrictEqual(violations.map(v => [v.type, v.resource, v.property, v.rule]), [[
                "aws:ec2/eip:Eip", "ip", "(type)", "every resource type the program registers has a row in the AWS contract (tests/harness/awsContract.ts)",
            ]]);
        });

        it("has rows for the types other engineers are adding now", () => {
            for (const type of ["aws:lambda/invocation:Invocation", "aws:cloudwatch/eventRule:EventRule", "aws:cloudwatch/eventTarget:EventTarget",
                "aws:cloudwatch/metricAlarm:MetricAlarm"]) {
                assert.ok(AWS_CONTRACT[type] !== undefined, type);
            }
        });

        it("checks the name Pulumi would generate: logical name, a hyphen and 7 random characters", () => {
            const role = fake("aws:iam/role:Role", "athena-pipeline-rds-export-role", { assumeRolePolicy: "{}" });
            assert.deepStrictEqual(effectiveName(role, AWS_CONTRACT["aws:iam/role:Role"].autoName!).value, `athena-pipeline-rds-export-role-${RANDOM_SUFFIX}`);
            assert.deepStrictEqual(checkResource(role), []);
            const tooLong = fake("aws:iam/role:Role", `r${"x".repeat(56)}`, { assumeRolePolicy: "{}" });
            assert.deepStrictEqual(checkResource(tooLong).map(v => [v.property, v.rule]), [[
                "name", "auto-name (logical name + 7 random characters) at most 64 characters, or the engine refuses it",
            ]]);
        });

        it("checks an auto-name the engine accepts but AWS refuses (a role policy: 255 for Pulumi, 128 for IAM)", () => {
            const policy = fake("aws:iam/rolePolicy:RolePolicy", `p${"x".repeat(130)}`, { policy: "{}" });
            assert.deepStrictEqual(checkResource(policy).map(v => [v.property, v.rule]), [[
                `name (generated: auto-named from logical name p${"x".repeat(130)} (pulumi-terraform-bridge tfbridge.AutoName (Randlen 7), pulumi-aws provider/resources.go))`,
                "1 to 128 characters",
            ]]);
        });

        it("lowercases an auto-named bucket and checks the bucket rules", () => {
            const bucket = fake("aws:s3/bucket:Bucket", "Raw-Data", {});
            assert.strictEqual(effectiveName(bucket, AWS_CONTRACT["aws:s3/bucket:Bucket"].autoName!).value, `raw-data-${RANDOM_SUFFIX}`);
            assert.deepStrictEqual(checkResource(bucket), []);
            assert.deepStrictEqual(checkResource(fake("aws:s3/bucket:Bucket", "b", { bucket: "my..bucket" })).map(v => v.rule), ["no two adjacent periods"]);
            assert.deepStrictEqual(checkResource(fake("aws:s3/bucket:Bucket", "b", { bucketPrefix: "p".repeat(38) })).map(v => v.rule),
                ["at most 37 characters (the provider adds a 26-character suffix)"]);
        });

        it("checks the identifier Terraform generates for an RDS cluster, and a given one", () => {
            const cluster = fake("aws:rds/cluster:Cluster", "aurora-cluster", { skipFinalSnapshot: true });
            assert.strictEqual(effectiveName(cluster, AWS_CONTRACT["aws:rds/cluster:Cluster"].autoName!).value, `tf-${TF_UNIQUE_ID}`);
            assert.deepStrictEqual(checkResource(cluster), []);
            const bad = fake("aws:rds/cluster:Cluster", "c", { clusterIdentifier: "1st--cluster-", finalSnapshotIdentifier: "snap-" });
            assert.deepStrictEqual(checkResource(bad).map(v => `${v.property}: ${v.rule}`), [
                "clusterIdentifier: letters, digits and single hyphens, starting with a letter",
                "clusterIdentifier: does not end with a hyphen",
                "finalSnapshotIdentifier: 1 to 255 letters, digits and single hyphens, starting with a letter, not ending with a hyphen",
            ]);
        });

        it("checks Redshift Serverless names, the integration name and the KMS alias", () => {
            assert.deepStrictEqual(checkResource(fake("aws:redshiftserverless/namespace:Namespace", "ns", { namespaceName: "ab" })).map(v => v.rule),
                ["3 to 64 characters"]);
            assert.deepStrictEqual(checkResource(fake("aws:redshiftserverless/workgroup:Workgroup", "wg", { workgroupName: "Analytics", namespaceName: "analytics" })).map(v => v.rule),
                ["lowercase letters, digits and hyphens"]);
            assert.deepStrictEqual(checkResource(fake("aws:rds/integration:Integration", "i", { integrationName: "a--b" })).map(v => v.rule),
                ["a letter, then letters and digits in groups joined by single hyphens"]);
            assert.deepStrictEqual(checkResource(fake("aws:kms/alias:Alias", "a", { name: "alias/aws/mine" })).map(v => v.rule),
                ["does not start with alias/aws/ (reserved for AWS managed keys)"]);
        });

        it("checks tag limits", () => {
            const tags: Record<string, string> = { "aws:owner": "me", k: "v".repeat(257) };
            for (let i = 0; i < 49; i++) {
                tags[`t${i}`] = "x";
            }
            assert.deepStrictEqual(checkResource(fake("aws:kms/key:Key", "k", { tags })).map(v => `${v.property}: ${v.rule}`), [
                "tags: at most 50 tags",
                "tags.aws:owner: tag key does not start with aws: (reserved)",
                "tags.k: tag value at most 256 characters",
            ]);
        });

        it("requires a JSON object as the input of a CRUD invocation", () => {
            const crud = (input: string) => fake("aws:lambda/invocation:Invocation", "db", { functionName: "f", input, lifecycleScope: "CRUD" });
            assert.deepStrictEqual(checkResource(crud("{\"database\":\"zeroetl_db\"}")), []);
            assert.deepStrictEqual(checkResource(crud("[1]")).map(v => v.rule), ["a JSON object when lifecycleScope is CRUD (the provider adds the tf key to it)"]);
            assert.deepStrictEqual(checkResource(fake("aws:lambda/invocation:Invocation", "x", { functionName: "f", input: "[1]" })), []);
        });
    });
});
