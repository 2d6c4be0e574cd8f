// The sample-data loader under mocks: only with sampleData on, encrypted uploads, a VPC Lambda, one invocation per data/schema change.
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { createHash } from "crypto";

import { BASE_CONFIG, runProgram } from "../harness/mockProgram";
import { existingCluster } from "../harness/fixtures";
import { mockClient } from "aws-sdk-client-mock";
import { DescribeDBClusterParametersCommand, RDSClient } from "@aws-sdk/client-rds";
import * as pulumi from "@pulumi/pulumi";
import { archiveSha256, LOADER_MEMORY_MB, LOADER_TIMEOUT_SECONDS, loaderTriggers, parseRowCounts, prepareSampleFiles, SAMPLE_DATA_PREFIX } from "../../components/sampleData";
import { existingNetwork } from "../harness/fixtures";
import { promiseOf } from "../harness/mockProgram";
import { TICKIT_ROW_COUNTS } from "../../components/sampleData/generator";
import { tlsOnlyPolicy } from "../../components/secureBucket";

const LOADER_TYPES = ["aws:lambda/function:Function", "aws:lambda/invocation:Invocation", "aws:s3/bucketObjectv2:BucketObjectv2"];

describe("SampleData", () => {
    const rds = mockClient(RDSClient);
    afterEach(() => rds.reset());

    it("exists by default for a new cluster and not when sampleData is off", async () => {
        const on = await runProgram({ config: BASE_CONFIG });
        assert.deepStrictEqual(LOADER_TYPES.map(t => on.byType(t).filter(r => r.parent.endsWith("::sample-data")).length), [1, 1, 8]);
        const off = await runProgram({ config: { ...BASE_CONFIG, sampleData: "false" } });
        assert.deepStrictEqual(LOADER_TYPES.map(t => off.byType(t).filter(r => r.parent.endsWith("::sample-data")).length), [0, 0, 0]);
        assert.deepStrictEqual(off.byType("aws:lambda/invocation:Invocation").filter(r => r.name.startsWith("sample-data")), []);
        assert.strictEqual(off.outputs.sampleDataRowCounts, undefined);
    });

    it("uploads every file and the manifest, KMS-encrypted, under sample-data/", async () => {
        const run = await runProgram({ config: BASE_CONFIG });
        // The Athena pipeline's own table config object is not sample data.
        const objects = run.byType("aws:s3/bucketObjectv2:BucketObjectv2").filter(o => o.name.startsWith("sample-data"));
        assert.deepStrictEqual(objects.map(o => o.inputs.key).sort(), [
            "category.txt", "date.txt", "event.txt", "listing.txt", "manifest.json", "sales.txt", "users.txt", "venue.txt",
        ].map(f => `${SAMPLE_DATA_PREFIX}${f}`));
        const key = run.one("aws:kms/key:Key", "sample-data-key");
        for (const o of objects) {
            assert.deepStrictEqual([o.inputs.serverSideEncryption, o.inputs.kmsKeyId, o.inputs.bucket, o.inputs.content],
                ["aws:kms", key.outputs.arn, "sample-data-bucket-1234567", undefined], o.name);
        }
    });

    it("keeps the bucket private, encrypted and TLS-only", async () => {
        const run = await runProgram({ config: BASE_CONFIG });
        const key = run.one("aws:kms/key:Key", "sample-data-key");
        const sse = run.one("aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration", "sample-data-bucket-sse");
        assert.deepStrictEqual(sse.inputs.rules, [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: key.outputs.arn }, bucketKeyEnabled: true }]);
        const block = run.one("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", "sample-data-bucket-public-access");
        assert.deepStrictEqual([block.inputs.blockPublicAcls, block.inputs.blockPublicPolicy, block.inputs.ignorePublicAcls, block.inputs.restrictPublicBuckets], [true, true, true, true]);
        const policy = run.one("aws:s3/bucketPolicy:BucketPolicy", "sample-data-bucket-tls-only");
        assert.strictEqual(policy.inputs.policy, tlsOnlyPolicy("arn:aws:s3:::sample-data-bucket-1234567"));
        assert.strictEqual(run.one("aws:s3/bucket:Bucket", "sample-data-bucket").inputs.forceDestroy, true);
    });

    it("runs the loader in the private subnets with the consumer group and the exact environment", async () => {
        const run = await runProgram({ config: BASE_CONFIG });
        const fn = run.one("aws:lambda/function:Function", "sample-data-loader");
        assert.strictEqual(fn.inputs.runtime, "nodejs24.x");
        assert.strictEqual(fn.inputs.handler, "index.handler");
        assert.deepStrictEqual(fn.inputs.vpcConfig, { subnetIds: ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2", "subnet-0aaaaaaaaaaaaaaa3"], securityGroupIds: ["sg-network-consumers"] });
        assert.deepStrictEqual(fn.inputs.environment.variables, {
            DATA_BUCKET: "sample-data-bucket-1234567",
            DATA_PREFIX: "sample-data/",
            DB_SECRET_ARN: "arn:aws:secretsmanager:us-west-2:123456789012:secret:rds!cluster-abc-AbCdEf",
            DB_HOST: "aurora-cluster.cluster-abc.us-west-2.rds.amazonaws.com",
            DB_PORT: "3306",
            DB_NAME: "demodb",
            EXISTING_CLUSTER: "false",
        });
        assert.deepStrictEqual(Object.keys(await fn.inputs.code.assets).sort(), ["index.js", "schema.sql"]);
    });

    it("grants the loader exactly its files, its keys, the master secret and its log group", async () => {
        const run = await runProgram({ config: BASE_CONFIG });
        const policy = JSON.parse(run.one("aws:iam/rolePolicy:RolePolicy", "sample-data-loader-access").inputs.policy);
        assert.deepStrictEqual(policy.Statement, [
            { Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::sample-data-bucket-1234567/sample-data/*" },
            { Effect: "Allow", Action: "kms:Decrypt", Resource: ["arn:aws:kms:us-west-2:123456789012:key/sample-data-key", "arn:aws:kms:us-west-2:123456789012:key/aurora-key"] },
            { Effect: "Allow", Action: "secretsmanager:GetSecretValue", Resource: "arn:aws:secretsmanager:us-west-2:123456789012:secret:rds!cluster-abc-AbCdEf" },
            { Effect: "Allow", Action: ["logs:CreateLogStream", "logs:PutLogEvents"], Resource: "arn:aws:logs:us-west-2:123456789012:log-group:sample-data-loader-logs-1234567:*" },
        ]);
    });

    it("invokes once per data, schema and code version, after the writer and the VPC endpoints", async () => {
        const run = await runProgram({
            config: BASE_CONFIG,
            resource: a => a.type === "aws:lambda/invocation:Invocation" ? { result: JSON.stringify({ rowCounts: TICKIT_ROW_COUNTS }) } : undefined,
        });
        const invocation = run.one("aws:lambda/invocation:Invocation", "sample-data-load");
        const { manifestSha256, set } = prepareSampleFiles(1);
        assert.strictEqual(manifestSha256, createHash("sha256").update(set.manifestJson).digest("hex"));
        assert.deepStrictEqual(JSON.parse(invocation.inputs.input), { manifestSha256 });
        const schemaSha256 = createHash("sha256").update(fs.readFileSync(path.join(__dirname, "..", "..", "sql", "mysql", "schema.sql"))).digest("hex");
        // The code trigger is the archive's own hash: index.js as bundled and schema.sql, by name.
        const fn = run.one("aws:lambda/function:Function", "sample-data-loader");
        const assets = await fn.inputs.code.assets;
        const entry = (name: string, content: string | Buffer) => `${name}\0${createHash("sha256").update(content).digest("hex")}\n`;
        const expectedCode = createHash("sha256")
            .update(entry("index.js", await assets["index.js"].text) + entry("schema.sql", fs.readFileSync(await assets["schema.sql"].path)))
            .digest("hex");
        assert.deepStrictEqual(invocation.inputs.triggers, { manifestSha256, schemaSha256, code: expectedCode });
        assert.deepStrictEqual([fn.inputs.timeout, fn.inputs.memorySize], [LOADER_TIMEOUT_SECONDS, LOADER_MEMORY_MB]);
        assert.deepStrictEqual([LOADER_TIMEOUT_SECONDS, LOADER_MEMORY_MB], [300, 1024]);
        const deps = new Set(invocation.dependencies);
        for (const [type, name] of [
            ["aws:rds/clusterInstance:ClusterInstance", "aurora-writer"],
            ["aws:ec2/vpcEndpoint:VpcEndpoint", "network-s3"],
            ["aws:ec2/vpcEndpoint:VpcEndpoint", "network-secretsmanager"],
            ["aws:s3/bucketObjectv2:BucketObjectv2", "sample-data-sales.txt"],
            ["aws:iam/rolePolicy:RolePolicy", "sample-data-loader-access"],
            ["aws:iam/rolePolicyAttachment:RolePolicyAttachment", "sample-data-loader-vpc"],
            ["aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule", "aurora-consumers-to-mysql"],
        ]) {
            assert.ok(deps.has(run.one(type, name).urn), `the load waits for ${name}`);
        }
        assert.deepStrictEqual(run.outputs.sampleDataRowCounts, { ...TICKIT_ROW_COUNTS });
    });

    it("re-runs the load when the loader's bundle changes, and only then", async () => {
        const archive = (indexJs: string) => new pulumi.asset.AssetArchive({
            "index.js": new pulumi.asset.StringAsset(indexJs),
            "schema.sql": new pulumi.asset.FileAsset(path.join(__dirname, "..", "..", "sql", "mysql", "schema.sql")),
        });
        const [a, sameAsA, b] = await Promise.all([archiveSha256(archive("exports.handler=1")), archiveSha256(archive("exports.handler=1")), archiveSha256(archive("exports.handler=2"))]);
        assert.strictEqual(a, sameAsA);
        assert.notStrictEqual(a, b);
        assert.match(a, /^[0-9a-f]{64}$/);
        const before = await promiseOf(loaderTriggers("m", "s", archive("exports.handler=1")));
        const after = await promiseOf(loaderTriggers("m", "s", archive("exports.handler=2")));
        assert.deepStrictEqual(before, { manifestSha256: "m", schemaSha256: "s", code: a });
        assert.deepStrictEqual(after, { manifestSha256: "m", schemaSha256: "s", code: b });
    });

    it("with an existing cluster and vpcEndpoints=false, reads the cluster's secret and key and waits for the policy and every MySQL rule", async () => {
        rds.on(DescribeDBClusterParametersCommand).resolves({ Parameters: [] });
        const run = await runProgram({
            config: {
                ...BASE_CONFIG, zeroEtl: "false", dbClusterId: "prod-db", sampleData: "true", vpcEndpoints: "false",
                vpcId: "vpc-0123456789abcdef0", privateSubnetIds: ["subnet-0000000a", "subnet-0000000b", "subnet-0000000c"],
            },
            invoke: a => existingNetwork(a) ?? existingCluster(a, {
                masterUserSecrets: [{ secretArn: "arn:aws:secretsmanager:us-west-2:123456789012:secret:rds!cluster-prod-XyZ", kmsKeyId: "arn:aws:kms:us-west-2:123456789012:key/prod-secret-key", secretStatus: "active" }],
                vpcSecurityGroupIds: ["sg-0prod00000000000a", "sg-0prod00000000000b"],
            }),
        });
        assert.strictEqual(run.error, undefined);
        const policy = JSON.parse(run.one("aws:iam/rolePolicy:RolePolicy", "sample-data-loader-access").inputs.policy);
        assert.deepStrictEqual(policy.Statement.slice(1, 3), [
            { Effect: "Allow", Action: "kms:Decrypt", Resource: ["arn:aws:kms:us-west-2:123456789012:key/sample-data-key", "arn:aws:kms:us-west-2:123456789012:key/prod-secret-key"] },
            { Effect: "Allow", Action: "secretsmanager:GetSecretValue", Resource: "arn:aws:secretsmanager:us-west-2:123456789012:secret:rds!cluster-prod-XyZ" },
        ]);
        const rules = run.byType("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule").filter(r => r.inputs.fromPort === 3306);
        assert.deepStrictEqual(rules.map(r => [r.name, r.inputs.referencedSecurityGroupId]).sort(), [
            ["aurora-consumers-to-mysql", "sg-0prod00000000000a"],
            ["aurora-consumers-to-mysql-sg-0prod00000000000b", "sg-0prod00000000000b"],
        ]);
        assert.deepStrictEqual(run.byType("aws:ec2/vpcEndpoint:VpcEndpoint"), []);
        const invocation = run.one("aws:lambda/invocation:Invocation");
        const expected = [
            ...rules.map(r => r.urn),
            run.one("aws:iam/rolePolicy:RolePolicy", "sample-data-loader-access").urn,
            run.one("aws:iam/rolePolicyAttachment:RolePolicyAttachment", "sample-data-loader-vpc").urn,
        ];
        for (const urn of expected) {
            assert.ok(invocation.dependencies.includes(urn), `the load waits for ${urn}`);
        }
    });

    it("stops with the fix when an existing cluster has no RDS-managed secret", async () => {
        rds.on(DescribeDBClusterParametersCommand).resolves({ Parameters: [] });
        const run = await runProgram({
            config: { ...BASE_CONFIG, zeroEtl: "false", dbClusterId: "prod-db", sampleData: "true" },
            invoke: a => existingCluster(a, { masterUserSecrets: [] }),
        });
        assert.strictEqual(run.error?.message,
            "Aurora cluster prod-db has no RDS-managed master secret, which the sample-data loader and the bastion log in with. " +
            "Fix: let RDS manage the master password (RDS generates a new one, so update whatever uses the old password), " +
            "`aws rds modify-db-cluster --db-cluster-identifier prod-db --manage-master-user-password --apply-immediately`, " +
            "then run `pulumi up` again; or set `pulumi config set sampleData false` and `pulumi config set bastion false`.");
        // No policy ever names an empty resource.
        for (const p of run.byType("aws:iam/rolePolicy:RolePolicy")) {
            assert.ok(!p.inputs.policy?.includes('"Resource":""'), p.name);
        }
    });

    it("tells the loader it is a user's cluster when sampleData is turned on for an existing one", async () => {
        rds.on(DescribeDBClusterParametersCommand).resolves({ Parameters: [] });
        const run = await runProgram({ config: { ...BASE_CONFIG, zeroEtl: "false", dbClusterId: "prod-db", sampleData: "true" }, invoke: a => existingCluster(a) });
        assert.strictEqual(run.error, undefined);
        const fn = run.one("aws:lambda/function:Function", "sample-data-loader");
        assert.strictEqual(fn.inputs.environment.variables.EXISTING_CLUSTER, "true");
        assert.strictEqual(fn.inputs.environment.variables.DB_HOST, "prod-db.cluster-xyz.us-west-2.rds.amazonaws.com");
        const policy = JSON.parse(run.one("aws:iam/rolePolicy:RolePolicy", "sample-data-loader-access").inputs.policy);
        // The fixture's MasterUserSecret reports the key id "k": expanded to an ARN in the cluster's region and account.
        assert.deepStrictEqual(policy.Statement[1], { Effect: "Allow", Action: "kms:Decrypt", Resource: ["arn:aws:kms:us-west-2:123456789012:key/sample-data-key", "arn:aws:kms:us-west-2:123456789012:key/k"] });
    });

    it("turns a failed load into a deployment error", () => {
        assert.deepStrictEqual(parseRowCounts(JSON.stringify({ rowCounts: { sales: 3 } })), { sales: 3 });
        assert.throws(() => parseRowCounts(JSON.stringify({ errorMessage: "sales.txt line 4: expected 10 fields" })),
            /^Error: the sample-data loader failed: sales.txt line 4: expected 10 fields$/);
    });
});
