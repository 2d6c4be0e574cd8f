// @ts-nocheck
// CLI: `npm run sample-data -- --scale <f> --out <dir> [--anchor YYYY-MM-DD] [--seed n]` writes the TICKIT-shaped files and manifest.json.
import { DEFAULT_ANCHOR, DEFAULT_SEED, writeSampleData } from "../components/sampleData/generator";

const USAGE = "usage: npm run sample-data -- --scale <number> --out <dir> [--anchor YYYY-MM-DD] [--seed <n>]";

export function parseArgs(argv: readonly string[]): { scale: number; out: string; anchor: string; seed: number } {
    const values = new Map<string, string>();
    for (let i = 0; i < argv.length; i += 2) {
        const flag = argv[i];
        const value = argv[i + 1];
        if (!["--scale", "--out", "--anchor", "--seed"].includes(flag) || value === undefined || value.startsWith("--")) {
            throw new Error(`unexpected argument ${JSON.stringify(flag)}; ${USAGE}`);
        }
        values.set(flag, value);
    }
    const scaleText = values.get("--scale") ?? "1";
    const scale = /^\d+(\.\d+)?$/.test(scaleText) ? Number(scaleText) : NaN;
    if (Number.isNaN(scale)) {
        throw new Error(`--scale ${JSON.stringify(scaleText)} is not a number; ${USAGE}`);
    }
    const out = values.get("--out");
    if (out === undefined) {
        throw new Error(`--out is required; ${USAGE}`);
    }
    const seedText = values.get("--seed") ?? String(DEFAULT_SEED);
    if (!/^\d+$/.test(seedText)) {
        throw new Error(`--seed ${JSON.stringify(seedText)} is not a whole number; ${USAGE}`);
    }
    return { scale, out, anchor: values.get("--anchor") ?? DEFAULT_ANCHOR, seed: Number(seedText) };
}

function main(): void {
    try {
        const args = parseArgs(process.argv.slice(2));
        const started = process.hrtime.bigint();
        const set = writeSampleData(args.out, args);
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        for (const f of set.files) {
            console.log(`${f.file.padEnd(12)} ${String(f.rows).padStart(9)} rows  sha256 ${f.sha256}`);
        }
        console.log(`wrote ${set.files.length} files and manifest.json to ${args.out} in ${seconds.toFixed(2)} s (scale ${args.scale}, anchor ${args.anchor}, seed ${args.seed})`);
    } catch (e) {
        console.error(`sample-data: ${(e as Error).message}`);
        process.exitCode = 1;
    }
}

if (require.main === module) {
    main();
}
