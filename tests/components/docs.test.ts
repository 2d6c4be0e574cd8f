// Keeps the docs true: every config key the program reads is in docs/configuration.md's table, Pulumi.yaml's defaults
// and template are the program's, the README stays a landing page that links every docs page, and no link is broken.
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";

import { parseStackConfig, REMOVED_KEYS } from "../../components/config";
import { brokenLinks, configRows, CONTRIBUTOR_PAGES, documents, read, relativeLinks, ROOT, USER_PAGES } from "../harness/markdown";

/** The keys parseStackConfig reads, found by running it with a recording reader; removed keys are read only to be refused. */
function keysRead(): string[] {
    const keys = new Set<string>();
    parseStackConfig(key => {
        keys.add(key);
        return key === "refreshIntervalSeconds" ? "3600" : undefined;
    }, "dev");
    return [...keys].filter(k => !REMOVED_KEYS.includes(k)).sort();
}

/** The program's defaults, for a stack that sets only the one key without a default. */
function programDefaults(): Record<string, unknown> {
    return parseStackConfig(key => (key === "refreshIntervalSeconds" ? "3600" : undefined), "dev") as unknown as Record<string, unknown>;
}

const PROJECT = parse(read("Pulumi.yaml"));

describe("documentation and project file", () => {
    it("documents every config key in docs/configuration.md's configuration table", () => {
        const documented = configRows(read(path.join("docs", "configuration.md"))).map(([key]) => key).sort();
        assert.deepStrictEqual(documented, keysRead());
    });

    it("declares in Pulumi.yaml only keys the program reads, with the program's own defaults", () => {
        assert.strictEqual(PROJECT.name, "aurora-analytics");
        const defaults = programDefaults();
        const declared = Object.entries(PROJECT.config as Record<string, { type: string; default: unknown; description: string }>);
        assert.ok(declared.length >= 10, "the project file declares the keys that have defaults");
        for (const [key, spec] of declared) {
            assert.ok(keysRead().includes(key), `${key} is declared but never read`);
            assert.ok(spec.description.length > 10, `${key} needs a description`);
            assert.ok("default" in spec, `${key} must have a default: a declared key without one is required for every stack`);
            assert.deepStrictEqual(spec.default, defaults[key], `${key}: Pulumi.yaml default differs from components/config.ts`);
            assert.strictEqual(spec.type, typeof spec.default === "number" ? "integer" : typeof spec.default, key);
        }
    });

    it("Pulumi.yaml's template prompts for the region and the refresh interval, and names only keys the program reads", () => {
        const template = PROJECT.template as { description: string; config: Record<string, { description: string; default?: unknown; secret?: unknown }> };
        assert.ok(template.description.length > 20, "the template needs a description");
        const keys = Object.keys(template.config);
        assert.ok(keys.includes("aws:region") && keys.includes("aurora-analytics:refreshIntervalSeconds"), keys.join(", "));
        const defaults = programDefaults();
        for (const [key, spec] of Object.entries(template.config)) {
            // Pulumi project file reference, `template.config.<key>`: description, default (a string), secret.
            assert.deepStrictEqual(Object.keys(spec).filter(k => !["description", "default", "secret"].includes(k)), [], key);
            assert.ok(spec.description.length > 10, `${key} needs a description`);
            assert.ok(spec.default === undefined || typeof spec.default === "string", `${key}: a template default is a string`);
            if (key === "aws:region") continue;
            const m = /^aurora-analytics:(\w+)$/.exec(key);
            assert.ok(m, `${key}: only aws:region and keys in the aurora-analytics namespace`);
            assert.ok(keysRead().includes(m[1]), `${key} is in the template but the program never reads it`);
            if (m[1] !== "refreshIntervalSeconds" && spec.default !== undefined) {
                assert.strictEqual(spec.default, String(defaults[m[1]]), `${key}: the template's default differs from components/config.ts`);
            }
        }
        const interval = parseStackConfig(key => (key === "refreshIntervalSeconds" ? template.config["aurora-analytics:refreshIntervalSeconds"].default as string : undefined), "dev");
        assert.strictEqual(interval.refreshIntervalSeconds, 3600, "the template's interval is one the program accepts");
    });

    it("the dev stack builds everything new and can be torn down", () => {
        const stack = parse(read("Pulumi.dev.yaml")).config as Record<string, unknown>;
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

describe("README is a landing page; the topics are in docs/", () => {
    const readme = read("README.md");

    it("README.md has at most 300 lines", () => {
        const lines = readme.split("\n").length - (readme.endsWith("\n") ? 1 : 0);
        assert.ok(lines <= 300, `README.md has ${lines} lines`);
    });

    it("every docs page exists, each user page with its Japanese twin", () => {
        const expected = [...USER_PAGES.flatMap(p => [`${p}.md`, `${p}.ja.md`]), ...CONTRIBUTOR_PAGES.map(p => `${p}.md`), "README.ja.md"];
        const missing = expected.filter(f => !fs.existsSync(path.join(ROOT, "docs", f)));
        assert.deepStrictEqual(missing, []);
    });

    it("README.md links every docs page", () => {
        const linked = new Set(relativeLinks(readme).map(t => t.split("#")[0]));
        const pages = [...USER_PAGES, ...CONTRIBUTOR_PAGES].map(p => `docs/${p}.md`).concat("docs/README.ja.md");
        assert.deepStrictEqual(pages.filter(p => !linked.has(p)), []);
    });

    it("README.md keeps the prerequisites, the quick start, teardown and the test command", () => {
        for (const command of ["pulumi login --local", "PULUMI_CONFIG_PASSPHRASE", "aws configure sso", "AWS_PROFILE", "pulumi stack init",
            "pulumi config set", "pulumi preview", "pulumi up", "pulumi destroy", "pulumi stack rm", "npm test"]) {
            assert.ok(readme.includes(command), `README.md lacks ${command}`);
        }
        assert.match(readme, /Node\.js 22 or newer/);
    });

    it("the README and its Japanese edition show how to load the pack on every up and check after it (issue 20 part 7)", () => {
        // The commands exist in the pinned CLI: `policy analyze` with --policy-pack and --stack since 3.229
        // (pulumi/pulumi pkg/cmd/pulumi/policy/policy_analyze.go); the pack directory is the one the PR preview loads.
        assert.ok(fs.existsSync(path.join(ROOT, "policy", "PulumiPolicy.yaml")));
        for (const file of ["README.md", path.join("docs", "README.ja.md")]) {
            const text = read(file);
            for (const command of ["pulumi policy publish <org>", "pulumi up --policy-pack policy", "--policy-pack-config policy-config.json",
                "pulumi policy analyze --policy-pack policy --stack <stack>"]) {
                assert.ok(text.includes(command), `${file} lacks ${command}`);
            }
        }
    });

    it("the README names the Pulumi CLI version of the SDK the program is built with", () => {
        const sdk = JSON.parse(read("package.json")).dependencies["@pulumi/pulumi"] as string;
        assert.match(sdk, /^\d+\.\d+\.\d+$/, "@pulumi/pulumi is pinned");
        assert.ok(readme.includes(`Pulumi CLI](https://www.pulumi.com/docs/install/) ${sdk} or newer`), `README.md names Pulumi CLI ${sdk}`);
        assert.ok(read(path.join("docs", "README.ja.md")).includes(`Pulumi CLI](https://www.pulumi.com/docs/install/) ${sdk} 以降`), `docs/README.ja.md names Pulumi CLI ${sdk}`);
    });

    it("every scenario in docs/configuration.md starts its own stack, and only the dev scenario uses dev", () => {
        for (const file of [path.join("docs", "configuration.md"), path.join("docs", "configuration.ja.md")]) {
            const text = read(file);
            const scenarios = text.slice(text.indexOf("\n## ", text.indexOf("| `forceDestroy`"))).split("\n### ").slice(1);
            assert.strictEqual(scenarios.length, 4, `${file}: the four scenarios`);
            const stacks = scenarios.map(s => /```bash\n(.*)\n/.exec(s)?.[1]);
            assert.deepStrictEqual(stacks, ["pulumi stack init dev", "pulumi stack init aurora-exists", "pulumi stack init redshift-exists", "pulumi stack init both-exist"], file);
        }
    });

    it("no page cites the internal fact sheet instead of its primary source", () => {
        assert.deepStrictEqual(documents().filter(f => read(f).includes("FACTS.md")), []);
    });

    for (const file of documents()) {
        it(`every relative link and #anchor in ${file} resolves`, () => {
            assert.deepStrictEqual(brokenLinks(file), []);
        });
    }
});
