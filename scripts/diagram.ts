// `npm run diagram`: regenerates the state machine diagram in docs/athena-pipeline.md and its Japanese twin from the real definition.
import * as fs from "fs";
import * as path from "path";

import { pipelineDiagram, withDiagram } from "./lib/stateMachineDiagram";

export const DOCUMENTS = [path.join("docs", "athena-pipeline.md"), path.join("docs", "athena-pipeline.ja.md")];

const root = path.join(__dirname, "..");
const diagram = pipelineDiagram();
for (const doc of DOCUMENTS) {
    const file = path.join(root, doc);
    if (!fs.existsSync(file)) {
        continue;
    }
    const before = fs.readFileSync(file, "utf8");
    const after = withDiagram(before, diagram);
    if (after !== before) {
        fs.writeFileSync(file, after);
        console.log(`updated ${doc}`);
    } else {
        console.log(`${doc} is up to date`);
    }
}
