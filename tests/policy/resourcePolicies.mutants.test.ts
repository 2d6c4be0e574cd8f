// Exact-value tests for the smaller rules (issue 13 item 5): each judges only its own resource types, engines that are
// not known strings are judged as Aurora MySQL, unknown binlog values pass, and a cluster two integrations read is reported once.
import * as assert from "assert";

import { auroraEncryptedPrivate } from "../../policy/auroraEncryptedPrivate";
import { lambdaSupportedRuntime } from "../../policy/lambdaSupportedRuntime";
import { redshiftMaxBaseCapacity } from "../../policy/redshiftMaxBaseCapacity";
import { REQUIRED_PARAMETERS, parameterProblems, zeroEtlSourceBinlog } from "../../policy/zeroEtlSourceBinlog";
import { T } from "./fixtures";
import { FakeResource, UNKNOWN, runResourcePolicy, runStackPolicy, urnOf } from "./helpers";

const REQUIRED = Object.entries(REQUIRED_PARAMETERS).map(([name, value]) => ({ name, value }));
const FORMATTED = Object.entries(REQUIRED_PARAMETERS).map(([k, v]) => `${k}=${v}`).join(", ");

describe("smaller policies: exact verdicts", () => {
    it("each resource rule ignores other resource types", () => {
        const props = { runtime: "java8", storageEncrypted: false, publiclyAccessible: true, baseCapacity: 4096 };
        for (const policy of [lambdaSupportedRuntime, auroraEncryptedPrivate, redshiftMaxBaseCapacity]) {
            assert.deepStrictEqual(runResourcePolicy(policy, { type: "aws:s3/bucket:Bucket", name: "x", props }, {}), [], policy.name);
        }
    });

    it("aurora-encrypted-private judges an engine that is not a string as Aurora, and clusters only for storage", () => {
        assert.deepStrictEqual(runResourcePolicy(auroraEncryptedPrivate, { type: T.cluster, name: "c", props: { engine: 5, storageEncrypted: false } }, {}), [{
            message: "Aurora cluster c does not encrypt its storage (storageEncrypted is false). " +
                "Fix: set storageEncrypted: true and a kmsKeyId when the cluster is created (it can't be turned on later).",
        }]);
        assert.deepStrictEqual(runResourcePolicy(auroraEncryptedPrivate, { type: T.cluster, name: "c", props: { engine: "aurora-mysql", storageEncrypted: true, publiclyAccessible: true } }, {}), []);
    });

    it("lambda-supported-runtime judges known string runtimes only, even when the configured list holds other values", () => {
        const config = { deprecatedRuntimes: [UNKNOWN, 20, null, "nodejs18.x"] };
        for (const runtime of [UNKNOWN, 20, null]) {
            assert.deepStrictEqual(runResourcePolicy(lambdaSupportedRuntime, { type: T.fn, name: "f", props: { runtime } }, config), [], String(runtime));
        }
        assert.deepStrictEqual(runResourcePolicy(lambdaSupportedRuntime, { type: T.fn, name: "f", props: { runtime: "nodejs18.x" } }, config), [{
            message: "Lambda function f uses the deprecated runtime nodejs18.x: AWS no longer patches it and blocks creating and then updating " +
                "such functions. Fix: move to a supported runtime such as nodejs24.x or python3.14.",
        }]);
    });
});

describe("policy zero-etl-source-binlog: exact verdicts", () => {
    const stack = (cluster: Record<string, unknown>, parameters?: unknown, integrations = ["i"]): FakeResource[] => [
        { type: T.cluster, name: "c", props: { engine: "aurora-mysql", ...cluster }, ...(parameters !== undefined ? { propertyDependencies: { dbClusterParameterGroupName: ["g"] } } : {}) },
        ...(parameters !== undefined ? [{ type: T.parameterGroup, name: "g", props: { name: "g", family: "aurora-mysql8.0", parameters } }] : []),
        ...integrations.map(name => ({ type: T.integration, name, props: { sourceArn: UNKNOWN }, propertyDependencies: { sourceArn: ["c"] } })),
    ];
    const check = (s: FakeResource[]) => runStackPolicy(zeroEtlSourceBinlog, s, {});
    const defaultGroup = [{ urn: urnOf(T.cluster, "c"), message: "Aurora cluster c, the source of zero-ETL integration i, uses the default cluster parameter group, " +
        `which has binary logging off. Fix: attach an aws.rds.ClusterParameterGroup (family aurora-mysql8.0) with ${FORMATTED} when the cluster is created.` }];

    it("passes required values that are unknown at preview", () => {
        assert.deepStrictEqual(parameterProblems(REQUIRED.map((p, i) => (i === 0 ? { ...p, value: UNKNOWN } : p))), []);
    });

    it("judges the default group for Aurora MySQL, an engine not known yet, and an engine that is not a string", () => {
        assert.deepStrictEqual(check(stack({ dbClusterParameterGroupName: null })), defaultGroup);
        assert.deepStrictEqual(check(stack({ dbClusterParameterGroupName: "" })), defaultGroup);
        assert.deepStrictEqual(check(stack({ engine: UNKNOWN })), defaultGroup);
        assert.deepStrictEqual(check(stack({ engine: 5 })), defaultGroup);
        assert.deepStrictEqual(check(stack({ engine: "aurora-postgresql" })), []);
    });

    it("reports a cluster two integrations read once, with every problem of its group", () => {
        const params = REQUIRED.filter(p => p.name !== "binlog_format" && p.name !== "binlog_row_image");
        assert.deepStrictEqual(check(stack({ dbClusterParameterGroupName: "g" }, params, ["i", "j"])), [{
            urn: urnOf(T.cluster, "c"),
            message: "Aurora cluster c, the source of zero-ETL integration i, uses a cluster parameter group without the binlog settings zero-ETL needs: " +
                "g: binlog_format is not set (needs ROW); g: binlog_row_image is not set (needs full). " +
                `Fix: set ${FORMATTED} in the group (static parameters with applyMethod "pending-reboot").`,
        }]);
    });
});
