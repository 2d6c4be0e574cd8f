// Loads the TICKIT sample into Aurora on `pulumi up`: generate the files, upload them encrypted, run the loader in the VPC.
import * as fs from "fs";
import * as path from "path";
import { createHash } from "crypto";
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

import { rotatingKey, serviceTrustPolicy } from "../iamDocuments";
import { SampleDataSet, writeSampleData } from "./generator";
import { SecureBucket } from "../secureBucket";
import { bundleFunction, LAMBDA_RUNTIME } from "../lambdaBundle";

export const SAMPLE_DATA_PREFIX = "sample-data/";
const PROJECT_ROOT = path.join(__dirname, "..", "..");
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

/**
 * Sized from a measurement (docs/athena-pipeline.md, "Sample data"): at scale 1 the load took 29-31 s and under 400 MB against
 * MariaDB on a loaded 2-core machine (`scripts/measureLoader.ts`). 300 s is ten times that, leaves room for a
 * cold Serverless v2 writer at 0.5 ACU, and keeps the deploying machine's synchronous Invoke under the 350 s idle
 * timeout of NAT gateways and load balancers (AWS knowledge center, lambda-vpc-timeout) and Lambda's 900 s limit.
 */
export const LOADER_TIMEOUT_SECONDS = 300;
/** Lambda gives CPU in proportion to memory; 1024 MB is 2.5 times the measured footprint. */
export const LOADER_MEMORY_MB = 1024;

/**
 * SHA-256 of an archive's entries (name and content, in name order): what the loader actually runs. The function's
 * sourceCodeHash cannot serve: the provider's Read copies back what the program set, and nothing is set
 * (internal/service/lambda/function.go), so it would always be empty.
 */
export async function archiveSha256(archive: pulumi.asset.AssetArchive): Promise<string> {
    const assets = await archive.assets;
    const hash = createHash("sha256");
    for (const name of Object.keys(assets).sort()) {
        const asset = assets[name] as pulumi.asset.Asset & { text?: Promise<string>; path?: Promise<string> };
        const text = asset.text !== undefined ? await asset.text : undefined;
        const file = asset.path !== undefined ? await asset.path : undefined;
        if (text === undefined && file === undefined) {
            throw new Error(`archive entry ${name} is neither a string nor a file asset`);
        }
        const content = text !== undefined ? Buffer.from(text) : fs.readFileSync(file!);
        hash.update(`${name}\0${sha256(content)}\n`);
    }
    return hash.digest("hex");
}

export interface SampleDataArgs {
    dbName: string;
    /** True when the cluster is the user's: the loader refuses to touch tables holding other data. */
    existingCluster: boolean;
    dbHost: pulumi.Input<string>;
    dbPort: pulumi.Input<number>;
    masterSecretArn: pulumi.Input<string>;
    /** The key that encrypts the master secret: this program's for a new cluster, the cluster's for an existing one. */
    masterSecretKmsKeyArn: pulumi.Input<string>;
    privateSubnetIds: pulumi.Input<pulumi.Input<string>[]>;
    consumerSecurityGroupId: pulumi.Input<string>;
    forceDestroy: boolean;
    scale?: number;
    /**
     * What the load must wait for besides its own resources: the cluster's writer, the VPC endpoints it reaches S3 and
     * Secrets Manager through (none with vpcEndpoints=false), and the consumers' MySQL egress rules.
     */
    waitFor: pulumi.Input<pulumi.Input<pulumi.Resource>[]>;
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
        const vpcAccess = new aws.iam.RolePolicyAttachment(`${name}-loader-vpc`, {
            role: role.name,
            policyArn: pulumi.interpolate`arn:${partition}:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole`,
        }, { parent: this });

        const logGroup = new aws.cloudwatch.LogGroup(`${name}-loader-logs`, { retentionInDays: 30 }, { parent: this });
        const access = new aws.iam.RolePolicy(`${name}-loader-access`, {
            role: role.name,
            policy: pulumi.all([bucket.bucketArn, key.arn, args.masterSecretArn, args.masterSecretKmsKeyArn, logGroup.arn])
                .apply(([bucketArn, keyArn, secretArn, secretKeyArn, logArn]) => JSON.stringify({
                    Version: "2012-10-17",
                    Statement: [
                        { Effect: "Allow", Action: "s3:GetObject", Resource: `${bucketArn}/${SAMPLE_DATA_PREFIX}*` },
                        { Effect: "Allow", Action: "kms:Decrypt", Resource: [keyArn, secretKeyArn] },
                        { Effect: "Allow", Action: "secretsmanager:GetSecretValue", Resource: secretArn },
                        { Effect: "Allow", Action: ["logs:CreateLogStream", "logs:PutLogEvents"], Resource: `${logArn}:*` },
                    ],
                })),
        }, { parent: this });

        const code = bundleFunction("loader/index.ts", { "schema.sql": SCHEMA_FILE });
        const fn = new aws.lambda.Function(`${name}-loader`, {
            description: "aurora-analytics: load the TICKIT sample into Aurora MySQL",
            runtime: LAMBDA_RUNTIME,
            handler: "index.handler",
            code,
            role: role.arn,
            timeout: LOADER_TIMEOUT_SECONDS,
            memorySize: LOADER_MEMORY_MB,
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
        }, { parent: this, dependsOn: [vpcAccess] });

        const schemaSha256 = sha256(fs.readFileSync(SCHEMA_FILE));
        const invocation = new aws.lambda.Invocation(`${name}-load`, {
            functionName: fn.name,
            input: JSON.stringify({ manifestSha256 }),
            // Re-run when the data, the schema or the loader's code changes; otherwise once.
            triggers: loaderTriggers(manifestSha256, schemaSha256, code),
            // The function needs its policy (secret, files, logs) and its network path before it runs.
        }, { parent: this, dependsOn: pulumi.output(args.waitFor).apply(waitFor => [...objects, access, vpcAccess, ...waitFor]) });

        this.bucketName = bucket.bucketName;
        this.functionName = fn.name;
        this.rowCounts = invocation.result.apply(parseRowCounts);
        this.registerOutputs({ bucketName: this.bucketName, functionName: this.functionName, rowCounts: this.rowCounts });
    }
}

/** The invocation's triggers: a change to any of them replaces the invocation, which runs the load again. */
export function loaderTriggers(manifestSha256: string, schemaSha256: string, code: pulumi.asset.AssetArchive): pulumi.Output<{ manifestSha256: string; schemaSha256: string; code: string }> {
    return pulumi.output(archiveSha256(code)).apply(codeSha256 => ({ manifestSha256, schemaSha256, code: codeSha256 }));
}

/** The loader's result is `{"rowCounts": {table: n}}`; anything else is a failed load. */
export function parseRowCounts(result: string): Record<string, number> {
    const parsed = JSON.parse(result) as { rowCounts?: Record<string, number>; errorMessage?: string };
    if (parsed.errorMessage !== undefined || typeof parsed.rowCounts !== "object" || parsed.rowCounts === null) {
        throw new pulumi.RunError(`the sample-data loader failed: ${parsed.errorMessage ?? result}`);
    }
    return parsed.rowCounts;
}
