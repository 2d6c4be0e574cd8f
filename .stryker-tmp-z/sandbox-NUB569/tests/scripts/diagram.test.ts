// @ts-nocheck
// The README's state machine diagram must be the one generated from the definition the program deploys.
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";

import { DIAGRAM_BEGIN, DIAGRAM_END, mermaidFromDefinition, pipelineDiagram, withDiagram } from "../../scripts/lib/stateMachineDiagram";

const ROOT = path.join(__dirname, "..", "..");

describe("state machine diagram", () => {
    for (const doc of ["README.md", path.join("docs", "README.ja.md")]) {
        const file = path.join(ROOT, doc);
        it(`${doc} holds the current diagram (run \`npm run diagram\` if this fails)`, () => {
            assert.ok(fs.existsSync(file), `${doc} is missing`);
            const text = fs.readFileSync(file, "utf8");
            assert.ok(text.includes(DIAGRAM_BEGIN) && text.includes(DIAGRAM_END), `${doc} lacks the diagram markers`);
            assert.strictEqual(withDiagram(text, pipelineDiagram()), text, `${doc} has a stale diagram`);
        });
    }

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
