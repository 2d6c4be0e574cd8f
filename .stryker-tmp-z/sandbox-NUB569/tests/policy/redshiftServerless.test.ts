// @ts-nocheck
// Unit tests for redshift-serverless-private and redshift-max-base-capacity.
import * as assert from "assert";

import { redshiftMaxBaseCapacity } from "../../policy/redshiftMaxBaseCapacity";
import { redshiftServerlessPrivate } from "../../policy/redshiftServerlessPrivate";
import { T } from "./fixtures";
import { FakeResource, UNKNOWN, runResourcePolicy } from "./helpers";

function workgroup(props: Record<string, unknown> = {}): FakeResource {
    return { type: T.workgroup, name: "wg", props: { namespaceName: "ns", workgroupName: "wg", baseCapacity: 8, publiclyAccessible: false, ...props } };
}

describe("policy redshift-serverless-private", () => {
    it("is mandatory and passes a private workgroup (explicitly or by default)", () => {
        assert.strictEqual(redshiftServerlessPrivate.enforcementLevel, "mandatory");
        assert.deepStrictEqual(runResourcePolicy(redshiftServerlessPrivate, workgroup(), {}), []);
        assert.deepStrictEqual(runResourcePolicy(redshiftServerlessPrivate, workgroup({ publiclyAccessible: undefined }), {}), []);
    });

    it("blocks a publicly accessible workgroup", () => {
        assert.deepStrictEqual(runResourcePolicy(redshiftServerlessPrivate, workgroup({ publiclyAccessible: true }), {}), [{
            message: "Redshift Serverless workgroup wg is publicly accessible. Fix: set publiclyAccessible to false and reach it through the VPC (or the Redshift Data API).",
        }]);
    });

    it("does not block an unknown value, and ignores other types", () => {
        assert.deepStrictEqual(runResourcePolicy(redshiftServerlessPrivate, workgroup({ publiclyAccessible: UNKNOWN }), {}), []);
        assert.deepStrictEqual(runResourcePolicy(redshiftServerlessPrivate, { ...workgroup({ publiclyAccessible: true }), type: T.namespace }, {}), []);
    });
});

describe("policy redshift-max-base-capacity", () => {
    const config = { maximumRpu: 32 };

    it("is advisory with a default budget of 32 RPU", () => {
        assert.strictEqual(redshiftMaxBaseCapacity.enforcementLevel, "advisory");
        assert.deepStrictEqual(redshiftMaxBaseCapacity.configSchema!.properties.maximumRpu,
            { type: "integer", minimum: 4, maximum: 1024, default: 32, description: "Largest allowed baseCapacity in RPU." });
    });

    it("passes a base capacity at the budget", () => {
        assert.deepStrictEqual(runResourcePolicy(redshiftMaxBaseCapacity, workgroup({ baseCapacity: 32 }), config), []);
    });

    it("flags a base capacity above the budget", () => {
        assert.deepStrictEqual(runResourcePolicy(redshiftMaxBaseCapacity, workgroup({ baseCapacity: 64 }), config), [{
            message: "Redshift Serverless workgroup wg has a base capacity of 64 RPU, above the budget of 32 RPU (every RPU-hour is billed while it works). " +
                "Fix: set baseCapacity to 32 or less (4, or a multiple of 8).",
        }]);
    });

    it("flags an unset base capacity, which AWS makes 128 RPU", () => {
        assert.match(runResourcePolicy(redshiftMaxBaseCapacity, workgroup({ baseCapacity: undefined }), config)[0].message,
            /^Redshift Serverless workgroup wg sets no baseCapacity, so AWS uses 128 RPU, above the budget of 32 RPU/);
    });

    it("uses the configured budget, and the default without config", () => {
        assert.strictEqual(runResourcePolicy(redshiftMaxBaseCapacity, workgroup({ baseCapacity: 16 }), { maximumRpu: 8 }).length, 1);
        assert.strictEqual(runResourcePolicy(redshiftMaxBaseCapacity, workgroup({ baseCapacity: 40 }), {}).length, 1);
        assert.strictEqual(runResourcePolicy(redshiftMaxBaseCapacity, workgroup({ baseCapacity: UNKNOWN }), config).length, 0);
    });
});
