// @ts-nocheck
// Unit tests for s3-private-encrypted: each bucket's public access block and encryption, matched through dependencies.
import * as assert from "assert";

import { s3PrivateEncrypted } from "../../policy/s3PrivateEncrypted";
import { FakeResource, UNKNOWN, runStackPolicy, urnOf } from "./helpers";

const BUCKET = "aws:s3/bucket:Bucket";
const BLOCK = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";
const SSE = "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration";
const ALL_ON = { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true };

function privateBucket(name = "exports"): FakeResource[] {
    return [
        { type: BUCKET, name, props: { forceDestroy: false } },
        { type: BLOCK, name: `${name}-block`, props: { bucket: UNKNOWN, ...ALL_ON }, propertyDependencies: { bucket: [name] } },
        {
            type: SSE, name: `${name}-sse`,
            props: { bucket: UNKNOWN, rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: UNKNOWN }, bucketKeyEnabled: true }] },
            propertyDependencies: { bucket: [name] },
        },
    ];
}

function check(stack: FakeResource[]) {
    return runStackPolicy(s3PrivateEncrypted, stack, {});
}

const FIX = "Fix: add an aws.s3.BucketPublicAccessBlock with all four settings true and an aws.s3.BucketServerSideEncryptionConfiguration (SSE-KMS) for the bucket.";

describe("policy s3-private-encrypted", () => {
    it("is mandatory and passes a bucket with a full block and SSE-KMS, linked at preview by dependencies", () => {
        assert.strictEqual(s3PrivateEncrypted.enforcementLevel, "mandatory");
        assert.deepStrictEqual(check(privateBucket()), []);
    });

    it("matches by the bucket's known name as well", () => {
        const stack = privateBucket().map(r => (r.type === BUCKET
            ? { ...r, props: { bucket: "my-exports" } }
            : { ...r, props: { ...r.props, bucket: "my-exports" }, propertyDependencies: {} }));
        assert.deepStrictEqual(check(stack), []);
    });

    it("blocks a bucket without a public access block", () => {
        assert.deepStrictEqual(check(privateBucket().filter(r => r.type !== BLOCK)), [{
            urn: urnOf(BUCKET, "exports"),
            message: `S3 bucket exports is not private and encrypted: it has no ${BLOCK}. ${FIX}`,
        }]);
    });

    for (const setting of Object.keys(ALL_ON)) {
        it(`blocks a public access block with ${setting} off`, () => {
            const stack = privateBucket().map(r => (r.type === BLOCK ? { ...r, props: { ...r.props, [setting]: false } } : r));
            assert.deepStrictEqual(check(stack), [{
                urn: urnOf(BUCKET, "exports"),
                message: `S3 bucket exports is not private and encrypted: its public access block leaves ${setting} off. ${FIX}`,
            }]);
        });
    }

    it("blocks a bucket without server-side encryption", () => {
        assert.deepStrictEqual(check(privateBucket().filter(r => r.type !== SSE)), [{
            urn: urnOf(BUCKET, "exports"),
            message: "S3 bucket exports is not private and encrypted: it has no server-side encryption configuration " +
                `(aws.s3.BucketServerSideEncryptionConfiguration with aws:kms or AES256). ${FIX}`,
        }]);
    });

    it("does not let one bucket's block and encryption count for another bucket", () => {
        const stack = [...privateBucket("a"), { type: BUCKET, name: "b", props: {} }];
        assert.deepStrictEqual(check(stack).map(v => v.urn), [urnOf(BUCKET, "b")]);
    });
});
