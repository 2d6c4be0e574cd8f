// @ts-nocheck
// Unit tests for reading `--policy-pack-config` files against the pack's schemas.
import * as assert from "assert";

import { PolicyPackInfo } from "../../scripts/lib/policyAnalyzer";
import { resolvePolicyConfig } from "../../scripts/lib/policyConfig";

const INFO: PolicyPackInfo = {
    name: "aurora-analytics-policies",
    version: "0.1.0",
    policies: [
        {
            name: "zero-etl-refresh-interval", description: "d", enforcementLevel: "mandatory",
            configSchema: {
                properties: {
                    minimumSeconds: { type: "integer", minimum: 0, maximum: 432000, default: 900 },
                    maximumSeconds: { type: "integer", minimum: 0, maximum: 432000, default: 432000 },
                },
                required: [],
            },
        },
        { name: "redshift-serverless-private", description: "d", enforcementLevel: "mandatory" },
    ],
};

describe("resolvePolicyConfig", () => {
    it("gives every policy its default level and schema defaults", () => {
        assert.deepStrictEqual(resolvePolicyConfig(INFO), {
            "zero-etl-refresh-interval": { enforcementLevel: "mandatory", properties: { minimumSeconds: 900, maximumSeconds: 432000 } },
            "redshift-serverless-private": { enforcementLevel: "mandatory", properties: {} },
        });
    });

    it("applies levels (shorthand, object, all) and settings from the file", () => {
        assert.deepStrictEqual(resolvePolicyConfig(INFO, {
            all: "advisory",
            "zero-etl-refresh-interval": { enforcementLevel: "mandatory", minimumSeconds: 7200 },
        }), {
            "zero-etl-refresh-interval": { enforcementLevel: "mandatory", properties: { minimumSeconds: 7200, maximumSeconds: 432000 } },
            "redshift-serverless-private": { enforcementLevel: "advisory", properties: {} },
        });
        assert.strictEqual(resolvePolicyConfig(INFO, { "redshift-serverless-private": "disabled" })["redshift-serverless-private"].enforcementLevel, "disabled");
    });

    it("rejects unknown policies, unknown settings, bad levels and values outside the schema, naming them", () => {
        assert.throws(() => resolvePolicyConfig(INFO, { "no-such": "advisory" }),
            /^Error: Policy config names the policy "no-such", which pack aurora-analytics-policies does not have; its policies are zero-etl-refresh-interval, redshift-serverless-private\.$/);
        assert.throws(() => resolvePolicyConfig(INFO, { "zero-etl-refresh-interval": { minimum: 5 } }),
            /^Error: Policy config zero-etl-refresh-interval.minimum is not a setting of that policy; its settings are enforcementLevel, minimumSeconds, maximumSeconds\.$/);
        assert.throws(() => resolvePolicyConfig(INFO, { "zero-etl-refresh-interval": "strict" }),
            /^Error: Policy config zero-etl-refresh-interval has the invalid value "strict": allowed enforcement levels are advisory, mandatory, remediate, disabled\.$/);
        assert.throws(() => resolvePolicyConfig(INFO, { "zero-etl-refresh-interval": { minimumSeconds: "60" } }),
            /^Error: Policy config zero-etl-refresh-interval.minimumSeconds has the invalid value "60": allowed is integer\.$/);
        assert.throws(() => resolvePolicyConfig(INFO, { "zero-etl-refresh-interval": { maximumSeconds: 500000 } }),
            /^Error: Policy config zero-etl-refresh-interval.maximumSeconds has the invalid value 500000: allowed is at most 432000\.$/);
        assert.throws(() => resolvePolicyConfig(INFO, { "redshift-serverless-private": { limit: 1 } }),
            /it only takes enforcementLevel\.$/);
    });
});
