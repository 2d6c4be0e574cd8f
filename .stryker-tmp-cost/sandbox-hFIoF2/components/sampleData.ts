// @ts-nocheck
// Loads the TICKIT sample into Aurora on `pulumi up`: generate the files, upload them encrypted, run the loader in the VPC.
import * as fs from "fs";
import * as path from "path";
import { createHash } from "crypto";
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

import { rotatingKey, serviceTrustPolicy } from "./iamDocuments";
import { SampleDataSet, writeSampleData } from "./sampleData/generator";
import { SecureBucket } from "./secureBucket";
import { bundleFunction, LAMBDA_RUNTIME } from "./lambdaBundle";

export const SAMPLE_DATA_PREFIX = "sample-data/";
const PROJECT_ROOT = path.join(__dirname, "..");
export const SCHEMA_FILE = path.join(PROJECT_ROOT, "sql", "mysql", "schema.sql");

/**
 * Generates the data set once per scale into .tmp/ (gitignored). The generator is deterministic, so an existing
 * directory whose manifest matches a fresh generation's is reused instead of being rewritten on every run.
 */
export function prepareSampleFiles(scale: number): { dir: string; set: SampleDataSet; manifestSha256: string } {
    const dir = path.join(PROJECT_ROOT, ".tmp", "sample-data", `scale-${scale}`);
    const set = writeOnce(dir, scale);
    return { dir, set, manifestSha256: sha256(set.manifestJson) };
}

const generated = new Map<string, SampleDataSet>();

function writeOnce(dir: string, scale: number): SampleDataSet {
    const cached = generated.get(dir);
    if (cached && fs.existsSync(path.join(dir, "manifest.json"))) {
        return cached;
    }
    const set = writeSampleData(dir, { scale });
    generated.set(dir, set);
    return set;
}

function sha256(text: string | Buffer): string {
    return createHash("sha256").update(text).digest("hex");
}

export interface SampleDataArgs {
    dbName: string;
    /** True when the cluster is the user's: the loader refuses to touch tables holding other data. */
    existingCluster: boolean;
    dbHost: pulumi.Input<string>;
    dbPort: pulumi.Input<number>;
    masterSecretArn: pulumi.Input<string>;
    /** The key that encrypts the master secret, when this program created it. */
    masterSecretKmsKeyArn?: pulumi.Input<string>;
    privateSubnetIds: pulumi.Input<pulumi.Input<string>[]>;
    consumerSecurityGroupId: pulumi.Input<string>;
    forceDestroy: boolean;
    scale?: number;
    /** What the loader must wait for: the cluster's writer, the VPC endpoints it reaches S3 and Secrets Manager through. */
    waitFor: pulumi.Resource[];
}

export class SampleData extends pulumi.ComponentResource {
    public readonly bucketName: pulumi.Output<string>;
    public readonly functionName: pulumi.Output<string>;
    /** Rows per table as the loader reported them. */
    public readonly rowCounts: pulumi.Output<Record<string, number>>;

    constructor(name: string, args: SampleDataArgs, opts?: pulumi.ComponentResourceOptions) {
        super("aurora-analytics:sampleData:SampleData", name, {}, opts);

        const { dir, set, manifestSha256 } = prepareSampleFiles(args.scale ?? 1);
        const partition = aws.getPartitionOutput({}, { parent: this }).partition;

        const key = rotatingKey(`${name}-key`, { description: "aurora-analytics: sample data files" }, { parent: this });
        const bucket = new SecureBucket(`${name}-bucket`, {
            kmsKeyArn: key.arn,
            forceDestroy: args.forceDestroy,
        }, { parent: this });

        // FileAssets, not inline content: the files are tens of MB and must not end up in the state.
        const objects = [...set.files.map(f => f.file), "manifest.json"].map(file => new aws.s3.BucketObjectv2(`${name}-${file}`, {
            bucket: bucket.bucketName,
            key: `${SAMPLE_DATA_PREFIX}${file}`,
            source: new pulumi.asset.FileAsset(path.join(dir, file)),
            serverSideEncryption: "aws:kms",
            kmsKeyId: key.arn,
            bucketKeyEnabled: true,
        }, { parent: this, dependsOn: bucket.ready }));

        const role = new aws.iam.Role(`${name}-loader-role`, {
            description: "aurora-analytics sample-data loader: read its files and the master secret, run in the VPC",
            assumeRolePolicy: JSON.stringify(serviceTrustPolicy("lambda.amazonaws.com")),
        }, { parent: this });
        // Network interfaces for a Lambda in a VPC; the managed policy lists exact EC2 actions.
        new aws.iam.RolePolicyAttachment(`${name}-loader-vpc`, {
            role: role.name,
            policyArn: pulumi.interpolate`arn:${partition}:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole`,
        }, { parent: this });

        const logGroup = new aws.cloudwatch.LogGroup(`${name}-loader-logs`, { retentionInDays: 30 }, { parent: this });
        new aws.iam.RolePolicy(`${name}-loader-access`, {
            role: role.name,
            policy: pulumi.all([bucket.bucketArn, key.arn, args.masterSecretArn, args.masterSecretKmsKeyArn, logGroup.arn])
                .apply(([bucketArn, keyArn, secretArn, secretKeyArn, logArn]) => JSON.stringify({
                    Version: "2012-10-17",
                    Statement: [
                        { Effect: "Allow", Action: "s3:GetObject", Resource: `${bucketArn}/${SAMPLE_DATA_PREFIX}*` },
                        { Effect: "Allow", Action: "kms:Decrypt", Resource: secretKeyArn ? [keyArn, secretKeyArn] : keyArn },
                        { Effect: "Allow", Action: "secretsmanager:GetSecretValue", Resource: secretArn },
                        { Effect: "Allow", Action: ["logs:CreateLogStream", "logs:PutLogEvents"], Resource: `${logArn}:*` },
                    ],
                })),
        }, { parent: this });

        const fn = new aws.lambda.Function(`${name}-loader`, {
            description: "aurora-analytics: load the TICKIT sample into Aurora MySQL",
            runtime: LAMBDA_RUNTIME,
            handler: "index.handler",
            code: bundleFunction("loader/index.ts", { "schema.sql": SCHEMA_FILE }),
            role: role.arn,
            timeout: 300,
            memorySize: 1024,
            vpcConfig: { subnetIds: args.privateSubnetIds, securityGroupIds: [args.consumerSecurityGroupId] },
            loggingConfig: { logFormat: "JSON", logGroup: logGroup.name },
            environment: {
                variables: {
                    DATA_BUCKET: bucket.bucketName,
                    DATA_PREFIX: SAMPLE_DATA_PREFIX,
                    DB_SECRET_ARN: args.masterSecretArn,
                    DB_HOST: args.dbHost,
                    DB_PORT: pulumi.output(args.dbPort).apply(String),
                    DB_NAME: args.dbName,
                    EXISTING_CLUSTER: String(args.existingCluster),
                },
            },
        }, { parent: this });

        const schemaSha256 = sha256(fs.readFileSync(SCHEMA_FILE));
        const invocation = new aws.lambda.Invocation(`${name}-load`, {
            functionName: fn.name,
            input: JSON.stringify({ manifestSha256 }),
            // Re-run when the data, the schema or the loader's code changes; otherwise once.
            triggers: { manifestSha256, schemaSha256, code: fn.sourceCodeHash },
        }, { parent: this, dependsOn: [...objects, ...args.waitFor] });

        this.bucketName = bucket.bucketName;
        this.functionName = fn.name;
        this.rowCounts = invocation.result.apply(parseRowCounts);
        this.registerOutputs({ bucketName: this.bucketName, functionName: this.functionName, rowCounts: this.rowCounts });
    }
}

/** The loader's result is `{"rowCounts": {table: n}}`; anything else is a failed load. */
export function parseRowCounts(result: string): Record<string, number> {
    const parsed = JSON.parse(result) as { rowCounts?: Record<string, number>; errorMessage?: string };
    if (parsed.errorMessage !== undefined || typeof parsed.rowCounts !== "object" || parsed.rowCounts === null) {
        throw new pulumi.RunError(`the sample-data loader failed: ${parsed.errorMessage ?? result}`);
    }
    return parsed.rowCounts;
}
