// npm run mutation's groups (scripts/mutation.ts): every group names files that exist, every mutation test file is in a
// group, stryker.config.json's mutate and spec are the groups' union, and the score is Stryker's formula.
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { countReport, mutationGroups, score, TARGET } from "../../scripts/mutation";

const ROOT = path.join(__dirname, "..", "..");

function walk(dir: string): string[] {
    return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap(e =>
        e.isDirectory() ? (e.name === "node_modules" ? [] : walk(`${dir}/${e.name}`)) : [`${dir}/${e.name}`]);
}

/** The subset of glob syntax the groups use: `*` within one path segment, `**` across segments. */
function matches(pattern: string, file: string): boolean {
    const re = pattern.split("**/").map(part => part.split("*").map(s => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^/]*")).join("(?:.*/)?");
    return new RegExp(`^${re}$`).test(file);
}

describe("npm run mutation (scripts/mutation.ts)", () => {
    const groups = mutationGroups();

    it("has one group per module the issue names, each with a unique name", () => {
        assert.deepStrictEqual(groups.map(g => g.name), ["config", "sql", "policy", "functions-zero-etl", "functions-pure", "cost"]);
        assert.strictEqual(TARGET, 90);
    });

    it("mutates only files that exist, and every positive pattern matches at least one TypeScript file", () => {
        const files = [...walk("components"), ...walk("sql"), ...walk("policy"), ...walk("functions"), ...walk("scripts")];
        for (const g of groups) {
            for (const p of g.mutate.filter(m => !m.startsWith("!"))) {
                assert.ok(files.some(f => f.endsWith(".ts") && matches(p, f)), `${g.name}: ${p} matches no file`);
            }
        }
    });

    it("runs only spec files that exist and that run in-process (no e2e test, no child-process CLI test)", () => {
        for (const g of groups) {
            assert.ok(g.spec.length > 0, g.name);
            for (const s of g.spec) {
                assert.ok(fs.existsSync(path.join(ROOT, s)), `${g.name}: ${s} does not exist`);
                assert.ok(!s.endsWith(".e2e.test.ts") && s !== "tests/scripts/cost-cli.test.ts", `${g.name}: ${s}`);
            }
        }
    });

    it("puts every *.mutants.test.ts in a group", () => {
        const inGroups = new Set(groups.flatMap(g => g.spec));
        const mutantTests = walk("tests").filter(f => f.endsWith(".mutants.test.ts"));
        assert.ok(mutantTests.length >= 10);
        assert.deepStrictEqual(mutantTests.filter(f => !inGroups.has(f)), []);
    });

    it("keeps stryker.config.json's mutate and spec equal to the groups' union", () => {
        const config = JSON.parse(fs.readFileSync(path.join(ROOT, "stryker.config.json"), "utf8"));
        const positive = [...new Set(groups.flatMap(g => g.mutate.filter(m => !m.startsWith("!"))))];
        const negative = [...new Set(groups.flatMap(g => g.mutate.filter(m => m.startsWith("!"))))];
        assert.deepStrictEqual(config.mutate, [...positive, ...negative]);
        assert.deepStrictEqual(config.mochaOptions.spec, [...new Set(groups.flatMap(g => g.spec))].sort());
        assert.deepStrictEqual(config.checkers, ["typescript"]);
        assert.strictEqual(config.testRunner, "mocha");
    });

    it("scores as Stryker does: (killed + timed out) / (killed + timed out + survived + no coverage)", () => {
        const report = {
            files: {
                "b.ts": { mutants: [{ status: "Killed" }, { status: "Survived" }, { status: "CompileError" }, { status: "Ignored" }] },
                "a.ts": { mutants: [{ status: "Killed" }, { status: "Killed" }, { status: "Timeout" }, { status: "NoCoverage" }, { status: "RuntimeError" }] },
                "c.ts": { mutants: [{ status: "CompileError" }] },
            },
        } as Parameters<typeof countReport>[0];
        const { total, files } = countReport(report);
        assert.deepStrictEqual(total, { killed: 3, timeout: 1, survived: 1, noCoverage: 1 });
        assert.deepStrictEqual(files.map(([f]) => f), ["a.ts", "b.ts", "c.ts"]);
        assert.deepStrictEqual(files[0][1], { killed: 2, timeout: 1, survived: 0, noCoverage: 1 });
        assert.strictEqual(score(total), (100 * 4) / 6);
        assert.strictEqual(score(files[0][1]), 75);
        assert.strictEqual(score(files[1][1]), 50);
        assert.strictEqual(score(files[2][1]), undefined);
    });
});
