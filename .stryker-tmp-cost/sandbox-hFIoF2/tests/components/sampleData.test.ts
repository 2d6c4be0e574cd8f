// @ts-nocheck
// The sample-data loader under mocks: only with sampleData on, encrypted uploads, a VPC Lambda, one invocation per data/schema change.
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { createHash } from "crypto";

import { BASE_CONFIG, runProgram } from "../harness/mockProgram";
import { existingCluster } from "../harness/fixtures";
import { mockClient } from "aws-sdk-client-mock";
import { DescribeDBClusterParametersCommand, RDSClient } from "@aws-sdk/client-rds";
import { parseRowCounts, prepareSampleFiles, SAMPLE_DATA_PREFIX } from "../../components/sampleData";
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
        assert.deepStrictEqual(off.byType("aws:lambda/invocation:Invocation"), []);
        assert.strictEqual(off.outputs.sampleDataRowCounts, undefined);
    });

    it("uploads every file and the manifest, KMS-encrypted, under sample-data/", async () => {
        const run = await runProgram({ config: BASE_CONFIG });
        const objects = run.byType("aws:s3/bucketObjectv2:BucketObjectv2");
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
        assert.strictEqual(fn.inputs.runtime, "nodejs22.x");
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
        const invocation = run.one("aws:lambda/invocation:Invocation");
        const { manifestSha256, set } = prepareSampleFiles(1);
        assert.strictEqual(manifestSha256, createHash("sha256").update(set.manifestJson).digest("hex"));
        assert.deepStrictEqual(JSON.parse(invocation.inputs.input), { manifestSha256 });
        const schemaSha256 = createHash("sha256").update(fs.readFileSync(path.join(__dirname, "..", "..", "sql", "mysql", "schema.sql"))).digest("hex");
        assert.deepStrictEqual(invocation.inputs.triggers, { manifestSha256, schemaSha256, code: "c29tZS1oYXNo" });
        const deps = new Set(invocation.dependencies);
        for (const [type, name] of [
            ["aws:rds/clusterInstance:ClusterInstance", "aurora-writer"],
            ["aws:ec2/vpcEndpoint:VpcEndpoint", "network-s3"],
            ["aws:ec2/vpcEndpoint:VpcEndpoint", "network-secretsmanager"],
            ["aws:s3/bucketObjectv2:BucketObjectv2", "sample-data-sales.txt"],
        ]) {
            assert.ok(deps.has(run.one(type, name).urn), `the load waits for ${name}`);
        }
        assert.deepStrictEqual(run.outputs.sampleDataRowCounts, { ...TICKIT_ROW_COUNTS });
    });

    it("tells the loader it is a user's cluster when sampleData is turned on for an existing one", async () => {
        rds.on(DescribeDBClusterParametersCommand).resolves({ Parameters: [] });
        const run = await runProgram({ config: { ...BASE_CONFIG, zeroEtl: "false", dbClusterId: "prod-db", sampleData: "true" }, invoke: a => existingCluster(a) });
        assert.strictEqual(run.error, undefined);
        const fn = run.one("aws:lambda/function:Function", "sample-data-loader");
        assert.strictEqual(fn.inputs.environment.variables.EXISTING_CLUSTER, "true");
        assert.strictEqual(fn.inputs.environment.variables.DB_HOST, "prod-db.cluster-xyz.us-west-2.rds.amazonaws.com");
        const policy = JSON.parse(run.one("aws:iam/rolePolicy:RolePolicy", "sample-data-loader-access").inputs.policy);
        assert.deepStrictEqual(policy.Statement[1], { Effect: "Allow", Action: "kms:Decrypt", Resource: "arn:aws:kms:us-west-2:123456789012:key/sample-data-key" });
    });

    it("turns a failed load into a deployment error", () => {
        assert.deepStrictEqual(parseRowCounts(JSON.stringify({ rowCounts: { sales: 3 } })), { sales: 3 });
        assert.throws(() => parseRowCounts(JSON.stringify({ errorMessage: "sales.txt line 4: expected 10 fields" })),
            /^Error: the sample-data loader failed: sales.txt line 4: expected 10 fields$/);
    });
});
