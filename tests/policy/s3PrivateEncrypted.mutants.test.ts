// Exact-value tests for s3-private-encrypted (issue 13 item 5): which access blocks and encryption configurations
// belong to which bucket, the algorithm search through nested values, and the message in full.
import * as assert from "assert";

import { ACCESS_BLOCK, ENCRYPTION_TYPES, s3PrivateEncrypted } from "../../policy/s3PrivateEncrypted";
import { FakeResource, UNKNOWN, runStackPolicy, urnOf } from "./helpers";

const BUCKET = "aws:s3/bucketV2:BucketV2";
const FIX = "Fix: add an aws.s3.BucketPublicAccessBlock with all four settings true and an " +
    "aws.s3.BucketServerSideEncryptionConfiguration (SSE-KMS) for the bucket.";
const NO_SSE = "it has no server-side encryption configuration (aws.s3.BucketServerSideEncryptionConfiguration with aws:kms or AES256)";
const ON = { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true };

function stack(b: Record<string, unknown>, block: Record<string, unknown> | undefined, rules: unknown, extra: FakeResource[] = []): FakeResource[] {
    const out: FakeResource[] = [{ type: BUCKET, name: "b", props: { bucket: "data-b", ...b } }];
    if (block) out.push({ type: ACCESS_BLOCK, name: "pab", props: { bucket: "data-b", ...block } });
    if (rules !== undefined) out.push({ type: ENCRYPTION_TYPES[1], name: "sse", props: { bucket: "data-b", rules } });
    return [...out, ...extra];
}
const check = (s: FakeResource[]) => runStackPolicy(s3PrivateEncrypted, s, {});
const blocked = (...problems: string[]) => [{ urn: urnOf(BUCKET, "b"), message: `S3 bucket b is not private and encrypted: ${problems.join("; ")}. ${FIX}` }];
const kms = [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms" } }];

describe("policy s3-private-encrypted: exact verdicts", () => {
    it("passes a full block and SSE by any accepted algorithm, or one unknown at preview", () => {
        for (const rules of [kms, [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }], [{ x: { sseAlgorithm: "aws:kms:dsse" } }], UNKNOWN,
            [{ applyServerSideEncryptionByDefault: { sseAlgorithm: UNKNOWN } }], [{ applyServerSideEncryptionByDefault: UNKNOWN }]]) {
            assert.deepStrictEqual(check(stack({}, ON, rules)), [], JSON.stringify(rules));
        }
        assert.deepStrictEqual(check(stack({}, { ...ON, blockPublicAcls: UNKNOWN, ignorePublicAcls: "true" }, kms)), []);
    });

    it("lists every problem: no block, block settings off, no or wrong encryption", () => {
        assert.deepStrictEqual(check(stack({}, undefined, undefined)), blocked(`it has no ${ACCESS_BLOCK}`, NO_SSE));
        assert.deepStrictEqual(check(stack({}, { blockPublicAcls: true, blockPublicPolicy: false }, kms)),
            blocked("its public access block leaves blockPublicPolicy, ignorePublicAcls, restrictPublicBuckets off"));
        for (const rules of [[{ applyServerSideEncryptionByDefault: { sseAlgorithm: "none" } }], [], "aws:kms", [null], [{ sseAlgorithm: 5 }], {}]) {
            assert.deepStrictEqual(check(stack({}, ON, rules)), blocked(NO_SSE), JSON.stringify(rules));
        }
    });

    it("judges a nested sseAlgorithm first: a wrong one is not saved by another value below it", () => {
        assert.deepStrictEqual(check(stack({}, ON, [{ sseAlgorithm: "none", inner: { sseAlgorithm: "aws:kms" } }])), blocked(NO_SSE));
    });

    it("reads inline encryption on the bucket, in either prop name", () => {
        assert.deepStrictEqual(check(stack({ serverSideEncryptionConfiguration: { rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } } } }, ON, undefined)), []);
        assert.deepStrictEqual(check(stack({ serverSideEncryptionConfigurations: [{ rules: kms }] }, ON, undefined)), []);
        assert.deepStrictEqual(check(stack({ serverSideEncryptionConfiguration: { rule: {} } }, ON, undefined)), blocked(NO_SSE));
    });

    it("a block or configuration of another bucket does not count", () => {
        const other: FakeResource[] = [{ type: BUCKET, name: "o", props: { bucket: "data-o" } },
            { type: ACCESS_BLOCK, name: "pab-o", props: { bucket: "data-o", ...ON } }, { type: ENCRYPTION_TYPES[0], name: "sse-o", props: { bucket: "data-o", rules: kms } }];
        const s = [{ type: BUCKET, name: "b", props: { bucket: "data-b" } }, ...other];
        assert.deepStrictEqual(check(s), blocked(`it has no ${ACCESS_BLOCK}`, NO_SSE));
        const unattached: FakeResource[] = [{ type: ACCESS_BLOCK, name: "pab-x", props: { bucket: "nowhere", ...ON } },
            { type: ENCRYPTION_TYPES[0], name: "sse-x", props: { bucket: "nowhere", rules: kms } }];
        assert.deepStrictEqual(check([{ type: BUCKET, name: "b", props: { bucket: "data-b" } }, ...unattached]), blocked(`it has no ${ACCESS_BLOCK}`, NO_SSE));
    });

    it("finds the block and configuration by the bucket's id as well as its name", () => {
        assert.deepStrictEqual(check(stack({ id: "id-b" }, { ...ON, bucket: "id-b" }, undefined, [{ type: ENCRYPTION_TYPES[0], name: "sse", props: { bucket: "id-b", rules: kms } }])), []);
    });

    it("a setting counts as on when any of the bucket's blocks turns it on", () => {
        const second: FakeResource = { type: ACCESS_BLOCK, name: "pab2", props: { bucket: "data-b", blockPublicAcls: false } };
        assert.deepStrictEqual(check(stack({}, ON, kms, [second])), []);
    });
});
