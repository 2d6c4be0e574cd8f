// @ts-nocheck
// Unit tests for lambda-supported-runtime.
import * as assert from "assert";

import { DEFAULT_DEPRECATED_RUNTIMES, lambdaSupportedRuntime } from "../../policy/lambdaSupportedRuntime";
import { FakeResource, UNKNOWN, runResourcePolicy } from "./helpers";

function fn(props: Record<string, unknown>): FakeResource {
    return { type: "aws:lambda/function:Function", name: "loader", props: { handler: "index.handler", role: UNKNOWN, ...props } };
}

const config = { deprecatedRuntimes: [...DEFAULT_DEPRECATED_RUNTIMES] };

describe("policy lambda-supported-runtime", () => {
    it("is mandatory and passes nodejs22.x", () => {
        assert.strictEqual(lambdaSupportedRuntime.enforcementLevel, "mandatory");
        assert.deepStrictEqual(runResourcePolicy(lambdaSupportedRuntime, fn({ runtime: "nodejs22.x" }), config), []);
    });

    it("blocks a deprecated runtime", () => {
        assert.deepStrictEqual(runResourcePolicy(lambdaSupportedRuntime, fn({ runtime: "nodejs18.x" }), config), [{
            message: "Lambda function loader uses the deprecated runtime nodejs18.x: AWS no longer patches it and blocks creating and then updating " +
                "such functions. Fix: move to a supported runtime such as nodejs22.x or python3.13.",
        }]);
        for (const runtime of ["nodejs20.x", "python3.9", "go1.x", "java8", "ruby3.2", "dotnet6"]) {
            assert.strictEqual(runResourcePolicy(lambdaSupportedRuntime, fn({ runtime }), config).length, 1, runtime);
        }
    });

    it("uses the configured list, and the default list without config", () => {
        assert.strictEqual(runResourcePolicy(lambdaSupportedRuntime, fn({ runtime: "nodejs22.x" }), { deprecatedRuntimes: ["nodejs22.x"] }).length, 1);
        assert.strictEqual(runResourcePolicy(lambdaSupportedRuntime, fn({ runtime: "python3.8" }), {}).length, 1);
    });

    it("skips container images (no runtime) and unknown runtimes", () => {
        assert.deepStrictEqual(runResourcePolicy(lambdaSupportedRuntime, fn({ packageType: "Image", imageUri: UNKNOWN }), config), []);
        assert.deepStrictEqual(runResourcePolicy(lambdaSupportedRuntime, fn({ runtime: UNKNOWN }), config), []);
    });
});
