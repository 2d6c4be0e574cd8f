// Benchmark: wall time of `npm run preview:offline` for the dev stack and for the same stack with 100 tables, and their ratio.
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

import * as YAML from "yaml";

import { Figure } from "../lib/figures";

const ROOT = path.resolve(__dirname, "..", "..");
const SCRIPT = path.join(ROOT, "scripts", "previewOffline.ts");
const RUNS = 2;
/** The dev stack's offline preview, in seconds, and how much slower 100 tables may make it. */
export const DEV_LIMIT_SECONDS = 10;
export const HUNDRED_TABLES_RATIO_LIMIT = 2.0;

interface Sample {
    seconds: number;
    resources: number;
}

/** One run of the script in its own process, as a user runs it. */
function timeOnce(args: string[]): Sample {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", SCRIPT, ...args], { cwd: ROOT, encoding: "utf8" });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (result.status !== 0) {
        throw new Error(`preview:offline ${args.join(" ")} exited ${result.status}: ${result.stderr}${result.stdout.slice(-2000)}`);
    }
    return { seconds, resources: Number(/^Plan: (\d+) resources/m.exec(result.stdout)?.[1] ?? NaN) };
}

export async function run(): Promise<Figure[]> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-preview-"));
    try {
        const doc = YAML.parse(fs.readFileSync(path.join(ROOT, "Pulumi.dev.yaml"), "utf8"));
        const tables = Array.from({ length: 100 }, (_, i) => ({ name: `table_${i}`, primaryKey: ["id"], timestampColumn: "updated_at" }));
        doc.config["aurora-analytics:tables"] = tables;
        const wide = path.join(dir, "Pulumi.dev-100-tables.yaml");
        fs.writeFileSync(wide, YAML.stringify(doc));
        const dev: Sample[] = [];
        const hundred: Sample[] = [];
        // Alternating runs share whatever else loads the machine; the best of each is the least disturbed.
        for (let i = 0; i < RUNS; i++) {
            dev.push(timeOnce(["--stack", "dev"]));
            hundred.push(timeOnce(["--stack", "dev", "--stack-file", wide]));
        }
        const best = (xs: Sample[]) => Math.min(...xs.map(x => x.seconds));
        console.log(`preview:offline dev stack, 100 tables: ${best(hundred).toFixed(2)} s, ${hundred[0].resources} resources (best of ${RUNS})`);
        return [
            { what: `preview:offline dev stack, ${dev[0].resources} resources (best of ${RUNS})`, value: best(dev), limit: DEV_LIMIT_SECONDS, unit: "s" },
            { what: "preview:offline ratio 100 tables / dev", value: best(hundred) / best(dev), limit: HUNDRED_TABLES_RATIO_LIMIT, unit: "x" },
        ];
    } finally {
        fs.rmSync(dir, { recursive: true, force: true });
    }
}
