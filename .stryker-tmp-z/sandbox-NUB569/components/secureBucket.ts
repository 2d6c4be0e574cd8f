// @ts-nocheck
// A private S3 bucket the way every bucket of this program is built: SSE-KMS, no public access, TLS only.
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

export interface SecureBucketArgs {
    kmsKeyArn: pulumi.Input<string>;
    /** Let `pulumi destroy` delete the bucket while it still holds objects. */
    forceDestroy: boolean;
    /** Prefix-scoped expirations, e.g. [{ id: "exports", prefix: "exports/", days: 7 }]. */
    expirations?: ReadonlyArray<{ id: string; prefix: string; days: number }>;
}

/** The bucket policy statement that refuses any request not made over TLS. */
export function tlsOnlyPolicy(bucketArn: string): string {
    return JSON.stringify({
        Version: "2012-10-17",
        Statement: [{
            Sid: "DenyInsecureTransport",
            Effect: "Deny",
            Principal: "*",
            Action: "s3:*",
            Resource: [bucketArn, `${bucketArn}/*`],
            Condition: { Bool: { "aws:SecureTransport": "false" } },
        }],
    });
}

export class SecureBucket extends pulumi.ComponentResource {
    public readonly bucket: aws.s3.Bucket;
    public readonly bucketName: pulumi.Output<string>;
    public readonly bucketArn: pulumi.Output<string>;
    /** Resources that must exist before objects are written (encryption, public access block, policy). */
    public readonly ready: pulumi.Resource[];

    constructor(name: string, args: SecureBucketArgs, opts?: pulumi.ComponentResourceOptions) {
        super("aurora-analytics:storage:SecureBucket", name, {}, opts);

        this.bucket = new aws.s3.Bucket(name, { forceDestroy: args.forceDestroy }, { parent: this });
        const encryption = new aws.s3.BucketServerSideEncryptionConfiguration(`${name}-sse`, {
            bucket: this.bucket.id,
            rules: [{
                applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: args.kmsKeyArn },
                bucketKeyEnabled: true,
            }],
        }, { parent: this });
        const publicAccess = new aws.s3.BucketPublicAccessBlock(`${name}-public-access`, {
            bucket: this.bucket.id,
            blockPublicAcls: true,
            blockPublicPolicy: true,
            ignorePublicAcls: true,
            restrictPublicBuckets: true,
        }, { parent: this });
        const ownership = new aws.s3.BucketOwnershipControls(`${name}-ownership`, {
            bucket: this.bucket.id,
            rule: { objectOwnership: "BucketOwnerEnforced" },
        }, { parent: this });
        const policy = new aws.s3.BucketPolicy(`${name}-tls-only`, {
            bucket: this.bucket.id,
            policy: this.bucket.arn.apply(tlsOnlyPolicy),
        }, { parent: this, dependsOn: [publicAccess] });
        if (args.expirations && args.expirations.length > 0) {
            new aws.s3.BucketLifecycleConfiguration(`${name}-lifecycle`, {
                bucket: this.bucket.id,
                rules: args.expirations.map(e => ({
                    id: e.id,
                    status: "Enabled",
                    filter: { prefix: e.prefix },
                    expiration: { days: e.days },
                    abortIncompleteMultipartUpload: { daysAfterInitiation: 1 },
                })),
            }, { parent: this });
        }
        this.bucketName = this.bucket.bucket;
        this.bucketArn = this.bucket.arn;
        this.ready = [encryption, publicAccess, ownership, policy];
        this.registerOutputs({ bucketName: this.bucketName, bucketArn: this.bucketArn });
    }
}
