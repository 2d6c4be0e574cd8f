// Unit tests for redshift-serverless-usage-limit: the zero-ETL target workgroup has a serverless-compute usage limit in the stack.
import * as assert from "assert";

import { redshiftServerlessUsageLimit, USAGE_LIMIT } from "../../policy/redshiftServerlessUsageLimit";
import { T, without, zeroEtlStack } from "./fixtures";
import { FakeResource, UNKNOWN, runStackPolicy, urnOf } from "./helpers";

const WORKGROUP_ARN = "arn:aws:redshift-serverless:us-west-2:123456789012:workgroup/dev";

/** The fixture stack without its own usage limit; each test adds the limit it needs. */
const bare = () => without(zeroEtlStack(), "dev-usage-limit");

function check(stack: FakeResource[]) {
    return runStackPolicy(redshiftServerlessUsageLimit, stack, {});
}

/** A usage limit on the dev workgroup: through the recorded dependency (preview) unless `byArn` gives a known ARN instead. */
function limit(props: Record<string, unknown> = {}, byArn = false): FakeResource {
    return {
        type: USAGE_LIMIT, name: "dev-usage-limit",
        props: { resourceArn: byArn ? WORKGROUP_ARN : UNKNOWN, usageType: "serverless-compute", amount: 24, period: "daily", breachAction: "emit-metric", ...props },
        ...(byArn ? {} : { propertyDependencies: { resourceArn: ["dev-workgroup"] } }),
    };
}

const MESSAGE = "Redshift Serverless workgroup dev-workgroup, the target of zero-ETL integration dev-integration (integrationName \"dev-zero-etl\"), " +
    "has no serverless-compute usage limit in this stack, so nothing caps its RPU-hours (a refresh interval of 0 keeps it busy all day).\n" +
    "Fix: add an aws.redshiftserverless.UsageLimit with resourceArn: the workgroup's arn, usageType: \"serverless-compute\", an amount in " +
    "RPU-hours, a period (daily, weekly or monthly) and a breachAction (log, emit-metric or deactivate).";

describe("policy redshift-serverless-usage-limit", () => {
    it("is advisory by default, with a description", () => {
        assert.strictEqual(redshiftServerlessUsageLimit.enforcementLevel, "advisory");
        assert.strictEqual(redshiftServerlessUsageLimit.name, "redshift-serverless-usage-limit");
    });

    it("passes when a serverless-compute limit points at the target workgroup (at preview, through the dependency)", () => {
        assert.deepStrictEqual(check([...bare(), limit()]), []);
        assert.deepStrictEqual(check(zeroEtlStack()), [], "the shared fixture declares its limit as this program does");
    });

    it("passes when the limit names the workgroup's known ARN", () => {
        const stack = bare().map(r => (r.name === "dev-workgroup" ? { ...r, props: { ...r.props, arn: WORKGROUP_ARN } } : r));
        assert.deepStrictEqual(check([...stack, limit({}, true)]), []);
    });

    it("passes while the usage type is unknown", () => {
        assert.deepStrictEqual(check([...bare(), limit({ usageType: UNKNOWN })]), []);
    });

    it("reports a target workgroup without any limit", () => {
        assert.deepStrictEqual(check(bare()), [{ urn: urnOf(T.workgroup, "dev-workgroup"), message: MESSAGE }]);
    });

    it("reports a target workgroup whose only limit is for cross-region data sharing", () => {
        assert.deepStrictEqual(check([...bare(), limit({ usageType: "cross-region-datasharing" })]), [{ urn: urnOf(T.workgroup, "dev-workgroup"), message: MESSAGE }]);
    });

    it("reports a limit on another workgroup as no limit", () => {
        const other: FakeResource = { type: T.workgroup, name: "other-wg", props: { namespaceName: "other-ns", configParameters: [] } };
        const onOther = { ...limit(), propertyDependencies: { resourceArn: ["other-wg"] } };
        assert.strictEqual(check([...bare(), other, onOther]).length, 1);
    });

    it("ignores workgroups that receive no integration", () => {
        const other: FakeResource = { type: T.workgroup, name: "other-wg", props: { namespaceName: "other-ns", configParameters: [] } };
        assert.deepStrictEqual(check([...bare(), other, limit()]), []);
    });
});
