// Exact-value tests for zero-etl-target-case-sensitive (issue 13 item 5): a provisioned Redshift cluster target judged
// through its parameter group, and workgroup parameter lists with other entries first.
import * as assert from "assert";

import { isCaseSensitive, zeroEtlTargetCaseSensitive } from "../../policy/zeroEtlTargetCaseSensitive";
import { T, withProps, zeroEtlStack } from "./fixtures";
import { FakeResource, UNKNOWN, runStackPolicy, urnOf } from "./helpers";

const CLUSTER = "aws:redshift/cluster:Cluster";
const PG = "aws:redshift/parameterGroup:ParameterGroup";
const CLUSTER_NS = "arn:aws:redshift:us-west-2:123456789012:namespace:aaaa-bbbb";
const MESSAGE = (integration: string) => `Redshift cluster rs, the target of zero-ETL integration ${integration}, is not case sensitive.\n` +
    `Fix: give it an aws.redshift.ParameterGroup with {name: "enable_case_sensitive_identifier", value: "true"} as its clusterParameterGroupName.`;

function provisioned(clusterProps: Record<string, unknown>, parameters?: unknown): FakeResource[] {
    const stack: FakeResource[] = [
        { type: CLUSTER, name: "rs", props: { clusterNamespaceArn: CLUSTER_NS, ...clusterProps } },
        { type: T.integration, name: "to-rs", props: { integrationName: "to-rs", targetArn: CLUSTER_NS } },
    ];
    if (parameters !== undefined) {
        stack.push({ type: PG, name: "pg", props: { name: "case-pg", parameters } });
    }
    return stack;
}
const check = (stack: FakeResource[]) => runStackPolicy(zeroEtlTargetCaseSensitive, stack, {});
const blocked = [{ urn: urnOf(CLUSTER, "rs"), message: MESSAGE("to-rs") }];

describe("policy zero-etl-target-case-sensitive: provisioned cluster targets", () => {
    it("blocks a cluster without a parameter group, or with an empty or null name (the default group is not case sensitive)", () => {
        assert.deepStrictEqual(check(provisioned({})), blocked);
        assert.deepStrictEqual(check(provisioned({ clusterParameterGroupName: "" })), blocked);
        assert.deepStrictEqual(check(provisioned({ clusterParameterGroupName: null })), blocked);
    });

    it("blocks a named default group; does not judge a group outside the stack or a name unknown at preview", () => {
        assert.deepStrictEqual(check(provisioned({ clusterParameterGroupName: "default.redshift-1.0" })), blocked);
        assert.deepStrictEqual(check(provisioned({ clusterParameterGroupName: "shared-pg" })), []);
        assert.deepStrictEqual(check(provisioned({ clusterParameterGroupName: "my.default.pg" })), []);
        assert.deepStrictEqual(check(provisioned({ clusterParameterGroupName: UNKNOWN })), []);
    });

    it("reads the parameter group in the stack entry by entry", () => {
        const withGroup = (parameters: unknown) => check(provisioned({ clusterParameterGroupName: "case-pg" }, parameters));
        assert.deepStrictEqual(withGroup([{ name: "require_ssl", value: "true" }, { name: "enable_case_sensitive_identifier", value: "TRUE" }]), []);
        assert.deepStrictEqual(withGroup([{ name: "enable_case_sensitive_identifier", value: "false" }]), blocked);
        assert.deepStrictEqual(withGroup([null, { name: "require_ssl", value: "true" }]), blocked);
        assert.deepStrictEqual(withGroup([]), blocked);
        assert.deepStrictEqual(withGroup({}), blocked);
        assert.deepStrictEqual(withGroup(UNKNOWN), []);
        assert.deepStrictEqual(withGroup([{ name: "enable_case_sensitive_identifier", value: UNKNOWN }]), []);
    });

    it("reports a cluster two integrations feed once", () => {
        const stack = [...provisioned({}), { type: T.integration, name: "to-rs-2", props: { integrationName: "to-rs-2", targetArn: CLUSTER_NS } }];
        assert.deepStrictEqual(check(stack), blocked);
    });
});

describe("policy zero-etl-target-case-sensitive: workgroup parameter lists", () => {
    it("finds the parameter among others, skipping null entries", () => {
        assert.strictEqual(isCaseSensitive([{ parameterKey: "max_query_execution_time", parameterValue: "true" }]), false);
        assert.strictEqual(isCaseSensitive([null, { parameterKey: "enable_case_sensitive_identifier", parameterValue: "True" }]), true);
        assert.strictEqual(isCaseSensitive({}), false);
        assert.strictEqual(isCaseSensitive(UNKNOWN), undefined);
    });

    it("does not judge a workgroup of another namespace in the stack", () => {
        const stack: FakeResource[] = [
            ...zeroEtlStack(),
            { type: T.namespace, name: "other-ns", props: { namespaceName: "other-ns" } },
            { type: T.workgroup, name: "other-wg", props: { namespaceName: "other-ns", configParameters: [] }, propertyDependencies: { namespaceName: ["other-ns"] } },
        ];
        assert.deepStrictEqual(check(stack), []);
        assert.strictEqual(check(withProps(stack, "dev-workgroup", { configParameters: [] })).length, 1);
    });
});
