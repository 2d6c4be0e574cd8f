// @ts-nocheck
// Unit tests for aurora-encrypted-private: cluster storage encryption and instance public access.
import * as assert from "assert";

import { auroraEncryptedPrivate } from "../../policy/auroraEncryptedPrivate";
import { T } from "./fixtures";
import { FakeResource, UNKNOWN, runResourcePolicy } from "./helpers";

function cluster(props: Record<string, unknown> = {}): FakeResource {
    return { type: T.cluster, name: "aurora", props: { engine: "aurora-mysql", storageEncrypted: true, kmsKeyId: UNKNOWN, ...props } };
}

function instance(props: Record<string, unknown> = {}): FakeResource {
    return { type: T.instance, name: "aurora-writer", props: { engine: "aurora-mysql", clusterIdentifier: UNKNOWN, publiclyAccessible: false, ...props } };
}

describe("policy aurora-encrypted-private", () => {
    it("is mandatory and passes an encrypted cluster with a private instance", () => {
        assert.strictEqual(auroraEncryptedPrivate.enforcementLevel, "mandatory");
        assert.deepStrictEqual(runResourcePolicy(auroraEncryptedPrivate, cluster(), {}), []);
        assert.deepStrictEqual(runResourcePolicy(auroraEncryptedPrivate, instance(), {}), []);
    });

    it("blocks a cluster without storage encryption", () => {
        assert.deepStrictEqual(runResourcePolicy(auroraEncryptedPrivate, cluster({ storageEncrypted: undefined }), {}), [{
            message: "Aurora cluster aurora does not encrypt its storage (storageEncrypted is not set, which means false). " +
                "Fix: set storageEncrypted: true and a kmsKeyId when the cluster is created (it can't be turned on later).",
        }]);
        assert.match(runResourcePolicy(auroraEncryptedPrivate, cluster({ storageEncrypted: false }), {})[0].message, /storageEncrypted is false\)/);
    });

    it("blocks a publicly accessible instance", () => {
        assert.deepStrictEqual(runResourcePolicy(auroraEncryptedPrivate, instance({ publiclyAccessible: true }), {}), [{
            message: "Aurora instance aurora-writer is publicly accessible. Fix: set publiclyAccessible to false; connect through the VPC (a bastion or VPN).",
        }]);
    });

    it("judges an unknown engine as Aurora, skips other engines and unknown flags", () => {
        assert.strictEqual(runResourcePolicy(auroraEncryptedPrivate, cluster({ engine: UNKNOWN, storageEncrypted: false }), {}).length, 1);
        assert.deepStrictEqual(runResourcePolicy(auroraEncryptedPrivate, cluster({ engine: "mysql", storageEncrypted: false }), {}), []);
        assert.deepStrictEqual(runResourcePolicy(auroraEncryptedPrivate, cluster({ storageEncrypted: UNKNOWN }), {}), []);
    });
});
