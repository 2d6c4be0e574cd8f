// Unit tests for lambda-supported-runtime.
import * as assert from "assert";

import { DEFAULT_DEPRECATED_RUNTIMES, lambdaSupportedRuntime } from "../../policy/lambdaSupportedRuntime";
import { FakeResource, UNKNOWN, runResourcePolicy } from "./helpers";

function fn(props: Record<string, unknown>): FakeResource {
    return { type: "aws:lambda/function:Function", name: "loader", props: { handler: "index.handler", role: UNKNOWN, ...props } };
}

const config = { deprecatedRuntimes: [...DEFAULT_DEPRECATED_RUNTIMES] };

describe("policy lambda-supported-runtime", () => {
    it("is mandatory and passes the supported runtimes, nodejs24.x (this program's) among them", () => {
        assert.strictEqual(lambdaSupportedRuntime.enforcementLevel, "mandatory");
        for (const runtime of ["nodejs24.x", "nodejs22.x", "python3.14", "python3.13", "java21", "provided.al2023", "ruby3.4", "dotnet10"]) {
            assert.deepStrictEqual(runResourcePolicy(lambdaSupportedRuntime, fn({ runtime }), config), [], runtime);
        }
    });

    it("blocks a deprecated runtime", () => {
        assert.deepStrictEqual(runResourcePolicy(lambdaSupportedRuntime, fn({ runtime: "nodejs18.x" }), config), [{
            message: "Lambda function loader uses the deprecated runtime nodejs18.x: AWS no longer patches it and blocks creating and then updating " +
                "such functions. Fix: move to a supported runtime such as nodejs24.x or python3.14.",
        }]);
        for (const runtime of ["nodejs20.x", "python3.9", "go1.x", "java8", "ruby3.2", "dotnet6", "dotnet8"]) {
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
