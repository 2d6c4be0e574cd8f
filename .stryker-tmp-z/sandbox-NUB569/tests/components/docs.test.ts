// @ts-nocheck
// Keeps the docs true: every config key the program reads is in the README's table, and Pulumi.yaml's defaults are the program's.
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";

import { parseStackConfig } from "../../components/config";

const ROOT = path.join(__dirname, "..", "..");

/** The keys parseStackConfig reads, found by running it with a recording reader. */
function keysRead(): string[] {
    const keys = new Set<string>();
    parseStackConfig(key => {
        keys.add(key);
        return key === "refreshIntervalSeconds" ? "3600" : undefined;
    }, "dev");
    return [...keys].sort();
}

describe("documentation and project file", () => {
    it("documents every config key in the README's configuration table", () => {
        const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
        const section = readme.slice(readme.indexOf("## Configuration"), readme.indexOf("## Scenarios"));
        const documented = [...section.matchAll(/^\| `(\w+)` \|/gm)].map(m => m[1]).sort();
        assert.deepStrictEqual(documented, keysRead());
    });

    it("declares in Pulumi.yaml only keys the program reads, with the program's own defaults", () => {
        const project = parse(fs.readFileSync(path.join(ROOT, "Pulumi.yaml"), "utf8"));
        assert.strictEqual(project.name, "aurora-analytics");
        const defaults = parseStackConfig(key => (key === "refreshIntervalSeconds" ? "3600" : undefined), "dev") as unknown as Record<string, unknown>;
        const declared = Object.entries(project.config as Record<string, { type: string; default: unknown; description: string }>);
        assert.ok(declared.length >= 10, "the project file declares the keys that have defaults");
        for (const [key, spec] of declared) {
            assert.ok(keysRead().includes(key), `${key} is declared but never read`);
            assert.ok(spec.description.length > 10, `${key} needs a description`);
            assert.ok("default" in spec, `${key} must have a default: a declared key without one is required for every stack`);
            assert.deepStrictEqual(spec.default, defaults[key], `${key}: Pulumi.yaml default differs from components/config.ts`);
            assert.strictEqual(spec.type, typeof spec.default === "number" ? "integer" : typeof spec.default, key);
        }
    });

    it("the dev stack builds everything new and can be torn down", () => {
        const stack = parse(fs.readFileSync(path.join(ROOT, "Pulumi.dev.yaml"), "utf8")).config as Record<string, unknown>;
        const config = parseStackConfig(key => {
            const v = stack[`aurora-analytics:${key}`];
            return v === undefined ? undefined : String(v);
        }, "dev");
        assert.deepStrictEqual(
            [config.vpcId, config.dbClusterId, config.redshiftNamespace, config.zeroEtl, config.athenaPipeline, config.sampleData, config.forceDestroy, config.deletionProtection],
            [undefined, undefined, undefined, true, true, true, true, false]);
        assert.strictEqual(stack["aws:region"], "us-west-2");
    });
});
