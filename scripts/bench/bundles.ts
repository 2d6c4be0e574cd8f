// Benchmark: esbuild-bundles each Athena pipeline Lambda as deployed and reports its size and cold module-load time against the budget.
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { build } from "esbuild";

import { Figure } from "../lib/figures";

export const PIPELINE_FUNCTIONS = ["validateInput", "startExport", "checkExport", "prepareTable", "cleanup"] as const;
const MAX_BYTES = 1024 * 1024;
const MAX_LOAD_MS = 150;
const LOAD_SAMPLES = 5;

/** Loads the bundle in a fresh node process, as a Lambda cold start does, and returns the require() time in ms. */
function loadMs(file: string): number {
    const script = `const t=process.hrtime.bigint();require(${JSON.stringify(file)});console.log(Number(process.hrtime.bigint()-t)/1e6)`;
    const samples: number[] = [];
    for (let i = 0; i < LOAD_SAMPLES; i++) {
        samples.push(Number(execFileSync(process.execPath, ["-e", script], { env: { ...process.env, AWS_REGION: "us-east-1" }, stdio: ["ignore", "pipe", "ignore"] }).toString().trim()));
    }
    return samples.sort((a, b) => a - b)[Math.floor(LOAD_SAMPLES / 2)];
}

export async function run(): Promise<Figure[]> {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "pipeline-bundles-"));
    const figures: Figure[] = [];
    try {
        for (const name of PIPELINE_FUNCTIONS) {
            const outfile = path.join(out, name, "index.js");
            // The AWS SDK v3 is bundled, not left to the runtime's copy: the version is the one we tested, and a
            // tree-shaken minified client loads faster than the runtime's full package.
            await build({
                entryPoints: [path.join(__dirname, "..", "..", "functions", "pipeline", name, "index.ts")],
                outfile,
                bundle: true,
                minify: true,
                platform: "node",
                target: "node24",
                format: "cjs",
                logLevel: "silent",
            });
            const bytes = fs.statSync(outfile).size;
            const ms = loadMs(outfile);
            figures.push({ what: `bundle ${name}, minified`, value: bytes, limit: MAX_BYTES, unit: "bytes" },
                { what: `bundle ${name}, module load (median of ${LOAD_SAMPLES})`, value: ms, limit: MAX_LOAD_MS, unit: "ms", digits: 1 });
        }
    } finally {
        fs.rmSync(out, { recursive: true, force: true });
    }
    return figures;
}
