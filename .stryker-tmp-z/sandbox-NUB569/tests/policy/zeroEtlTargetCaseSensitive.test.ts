// @ts-nocheck
// Unit tests for zero-etl-target-case-sensitive: the workgroup of the integration's target namespace.
import * as assert from "assert";

import { zeroEtlTargetCaseSensitive } from "../../policy/zeroEtlTargetCaseSensitive";
import { T, withProps, zeroEtlStack } from "./fixtures";
import { FakeResource, UNKNOWN, runStackPolicy, urnOf } from "./helpers";

function check(stack: FakeResource[]) {
    return runStackPolicy(zeroEtlTargetCaseSensitive, stack, {});
}

function withParameters(configParameters: unknown): FakeResource[] {
    return withProps(zeroEtlStack(), "dev-workgroup", { configParameters });
}

describe("policy zero-etl-target-case-sensitive", () => {
    it("is mandatory", () => {
        assert.strictEqual(zeroEtlTargetCaseSensitive.enforcementLevel, "mandatory");
    });

    it("passes when the receiving workgroup sets enable_case_sensitive_identifier to true", () => {
        assert.deepStrictEqual(check(zeroEtlStack()), []);
        assert.deepStrictEqual(check(withParameters([{ parameterKey: "enable_case_sensitive_identifier", parameterValue: "TRUE" }])), []);
    });

    it("blocks a receiving workgroup without the parameter", () => {
        assert.deepStrictEqual(check(withParameters([{ parameterKey: "max_query_execution_time", parameterValue: "14400" }])), [{
            urn: urnOf(T.workgroup, "dev-workgroup"),
            message: "Redshift Serverless workgroup dev-workgroup, the target of zero-ETL integration dev-integration (integrationName \"dev-zero-etl\"), " +
                "is not case sensitive.\nFix: add {parameterKey: \"enable_case_sensitive_identifier\", parameterValue: \"true\"} to its configParameters.",
        }]);
        assert.strictEqual(check(withParameters(undefined)).length, 1);
    });

    it("blocks the parameter set to false", () => {
        assert.strictEqual(check(withParameters([{ parameterKey: "enable_case_sensitive_identifier", parameterValue: "false" }])).length, 1);
    });

    it("finds the workgroup by the namespace's known name when there is no recorded dependency", () => {
        const stack = withParameters([]).map(r => (r.name === "dev-workgroup" ? { ...r, propertyDependencies: {} } : r));
        assert.strictEqual(check(stack).length, 1);
    });

    it("ignores workgroups of namespaces that receive no integration, and unknown parameters", () => {
        const other: FakeResource = { type: T.workgroup, name: "other-wg", props: { namespaceName: "other-ns", configParameters: [] } };
        assert.deepStrictEqual(check([...zeroEtlStack(), other]), []);
        assert.deepStrictEqual(check(withParameters(UNKNOWN)), []);
        assert.deepStrictEqual(check(withParameters([{ parameterKey: "enable_case_sensitive_identifier", parameterValue: UNKNOWN }])), []);
    });
});
