// The Athena pipeline page's state machine diagram (English and Japanese) must be the one generated from the definition
// the program deploys, and `npm run diagram` must write there.
import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

import { DIAGRAM_BEGIN, DIAGRAM_END, mermaidFromDefinition, pipelineDiagram, withDiagram } from "../../scripts/lib/stateMachineDiagram";

const PAGES = [path.join("docs", "athena-pipeline.md"), path.join("docs", "athena-pipeline.ja.md")];

const ROOT = path.join(__dirname, "..", "..");

describe("state machine diagram", () => {
    for (const doc of PAGES) {
        const file = path.join(ROOT, doc);
        it(`${doc} holds the current diagram (run \`npm run diagram\` if this fails)`, () => {
            assert.ok(fs.existsSync(file), `${doc} is missing`);
            const text = fs.readFileSync(file, "utf8");
            assert.ok(text.includes(DIAGRAM_BEGIN) && text.includes(DIAGRAM_END), `${doc} lacks the diagram markers`);
            assert.strictEqual(withDiagram(text, pipelineDiagram()), text, `${doc} has a stale diagram`);
        });
    }

    it("npm run diagram writes the Athena pipeline pages, and the diagram is nowhere else", () => {
        // Run as `npm run diagram` does; the pages are current (the tests above), so it only reports them.
        const run = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", path.join("scripts", "diagram.ts")], { cwd: ROOT, encoding: "utf8" });
        assert.strictEqual(run.status, 0, run.stderr);
        assert.deepStrictEqual(run.stdout.trim().split("\n"), PAGES.map(p => `${p} is up to date`));
        const elsewhere = ["README.md", ...fs.readdirSync(path.join(ROOT, "docs")).map(f => path.join("docs", f))]
            .filter(f => f.endsWith(".md") && !PAGES.includes(f))
            .filter(f => fs.readFileSync(path.join(ROOT, f), "utf8").includes(DIAGRAM_BEGIN));
        assert.deepStrictEqual(elsewhere, []);
    });

    it("draws every state, transition, choice and catch", () => {
        const diagram = mermaidFromDefinition({
            StartAt: "A",
            States: {
                A: { Type: "Task", Resource: "arn:aws:lambda:r:1:function:f", Next: "B", Catch: [{ ErrorEquals: ["States.ALL"], Next: "F" }] },
                B: { Type: "Choice", Choices: [{ Next: "C" }], Default: "A" },
                C: { Type: "Succeed" },
                F: { Type: "Fail" },
            },
        });
        assert.strictEqual(diagram, [
            "flowchart TD",
            "  __start(( )) --> A",
            "  A[\"A<br/><i>Lambda</i>\"]",
            "  B{\"B<br/><i>Choice</i>\"}",
            "  C([\"C\"])",
            "  F([\"F\"])",
            "  A --> B",
            "  A -. error .-> F",
            "  B -- choice --> C",
            "  B -- default --> A",
        ].join("\n"));
    });

    it("notices a stale diagram", () => {
        const stale = `x\n${DIAGRAM_BEGIN}\n\`\`\`mermaid\nflowchart TD\n\`\`\`\n${DIAGRAM_END}\ny`;
        assert.notStrictEqual(withDiagram(stale, pipelineDiagram()), stale);
    });
});
