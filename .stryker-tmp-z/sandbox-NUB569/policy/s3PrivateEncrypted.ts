// @ts-nocheck
// Policy s3-private-encrypted: every S3 bucket has a full public access block and default server-side encryption.
import { StackValidationArgs, StackValidationPolicy, ReportViolation } from "@pulumi/policy";

import { Node, StackGraph } from "./lib/graph";
import { isTrue, isUnknown } from "./lib/values";

export const NAME = "s3-private-encrypted";
export const BUCKET_TYPES = ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"];
export const ACCESS_BLOCK = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";
export const ENCRYPTION_TYPES = [
    "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
    "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
];
export const BLOCK_SETTINGS = ["blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets"];
const ALGORITHMS = ["aws:kms", "aws:kms:dsse", "AES256"];

/** Resources of `types` whose `bucket` prop points at `bucket` (by dependency, or by its known name or id). */
function attached(graph: StackGraph, bucket: Node, types: string[]): Node[] {
    return graph.ofType(...types).filter(n => graph.referencedBy(n, "bucket", BUCKET_TYPES, ["bucket", "id"]).some(b => b.urn === bucket.urn));
}

/** True when anything in the value names a valid SSE algorithm (or can't be read yet). */
function hasAlgorithm(value: unknown): boolean {
    if (isUnknown(value)) {
        return true;
    }
    if (Array.isArray(value)) {
        return value.some(hasAlgorithm);
    }
    if (value && typeof value === "object") {
        const record = value as Record<string, unknown>;
        if (typeof record.sseAlgorithm === "string") {
            return isUnknown(record.sseAlgorithm) || ALGORITHMS.includes(record.sseAlgorithm);
        }
        return Object.values(record).some(hasAlgorithm);
    }
    return false;
}

export function bucketProblems(graph: StackGraph, bucket: Node): string[] {
    const problems: string[] = [];
    const blocks = attached(graph, bucket, [ACCESS_BLOCK]);
    if (blocks.length === 0) {
        problems.push(`it has no ${ACCESS_BLOCK}`);
    } else {
        const off = BLOCK_SETTINGS.filter(s => !blocks.some(b => isTrue(b.props[s]) || isUnknown(b.props[s])));
        if (off.length > 0) {
            problems.push(`its public access block leaves ${off.join(", ")} off`);
        }
    }
    const inline = bucket.props.serverSideEncryptionConfiguration ?? bucket.props.serverSideEncryptionConfigurations;
    const encryption = attached(graph, bucket, ENCRYPTION_TYPES);
    if (!(inline !== undefined && hasAlgorithm(inline)) && !encryption.some(e => hasAlgorithm(e.props.rules))) {
        problems.push(`it has no server-side encryption configuration (aws.s3.BucketServerSideEncryptionConfiguration with aws:kms or AES256)`);
    }
    return problems;
}

export function validate(args: StackValidationArgs, reportViolation: ReportViolation): void {
    const graph = new StackGraph(args.resources);
    for (const bucket of graph.ofType(...BUCKET_TYPES)) {
        const problems = bucketProblems(graph, bucket);
        if (problems.length > 0) {
            reportViolation(`S3 bucket ${bucket.name} is not private and encrypted: ${problems.join("; ")}. ` +
                `Fix: add an aws.s3.BucketPublicAccessBlock with all four settings true and an ` +
                `aws.s3.BucketServerSideEncryptionConfiguration (SSE-KMS) for the bucket.`, bucket.urn);
        }
    }
}

export const s3PrivateEncrypted: StackValidationPolicy = {
    name: NAME,
    description: "Every S3 bucket has a public access block with all four settings on and default server-side encryption.",
    enforcementLevel: "mandatory",
    validateStack: validate,
};
