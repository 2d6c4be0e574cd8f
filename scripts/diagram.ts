// `npm run diagram`: regenerates the state machine diagram in docs/athena-pipeline.md and its Japanese twin from the real definition.
import * as fs from "fs";
import * as path from "path";

import { CliSpec, Io, runEntry, runWithCommandLine, STDIO } from "./lib/cli";
import { pipelineDiagram, withDiagram } from "./lib/stateMachineDiagram";

export const DOCUMENTS = [path.join("docs", "athena-pipeline.md"), path.join("docs", "athena-pipeline.ja.md")];

export const SPEC: CliSpec<{ help: { type: "boolean"; short: "h" } }> = {
    name: "diagram",
    usage: [
        "usage: npm run diagram",
        "  rewrites the state machine diagram between its markers in each of:",
        ...DOCUMENTS.map(doc => `    ${doc}`),
        "  from the definition the program deploys; takes no options but -h/--help",
    ],
    options: { help: { type: "boolean", short: "h" } },
};

/** Rewrites each document under `root` whose diagram is stale; returns the exit code. */
export function main(argv: readonly string[], io: Io = STDIO, root: string = path.join(__dirname, "..")): number {
    return runWithCommandLine(SPEC, argv, io, () => {
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
                io.out(`updated ${doc}`);
            } else {
                io.out(`${doc} is up to date`);
            }
        }
        return 0;
    });
}

if (require.main === module) {
    runEntry(SPEC.name, argv => main(argv));
}
