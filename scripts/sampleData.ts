// CLI: `npm run sample-data -- --scale <f> --out <dir> [--anchor YYYY-MM-DD] [--seed n]` writes the TICKIT-shaped files and manifest.json.
import { DEFAULT_ANCHOR, DEFAULT_SEED, writeSampleData } from "../components/sampleData/generator";
import { CliSpec, Io, parseCommandLine, runEntry, runWithCommandLine, STDIO, UsageError } from "./lib/cli";

const OPTIONS = {
    scale: { type: "string" },
    out: { type: "string" },
    anchor: { type: "string" },
    seed: { type: "string" },
    help: { type: "boolean", short: "h" },
} as const;

export const SPEC: CliSpec<typeof OPTIONS> = {
    name: "sample-data",
    usage: [
        "usage: npm run sample-data -- --out <dir> [--scale <number>] [--anchor YYYY-MM-DD] [--seed <n>]",
        "  --out DIR          where the TICKIT-shaped files and manifest.json are written (required)",
        "  --scale N          size relative to TICKIT (default 1)",
        `  --anchor DATE      the last day of the data (default ${DEFAULT_ANCHOR})`,
        `  --seed N           random seed, a whole number (default ${DEFAULT_SEED})`,
    ],
    options: OPTIONS,
};

export interface SampleDataArgs {
    scale: number;
    out: string;
    anchor: string;
    seed: number;
}

/** The generator's arguments from the command line; a bad one is a UsageError (one line and the usage, exit 2). */
export function parseArgs(argv: readonly string[]): SampleDataArgs {
    const { values } = parseCommandLine(SPEC, argv);
    const scaleText = values.scale ?? "1";
    const scale = /^\d+(\.\d+)?$/.test(scaleText) ? Number(scaleText) : NaN;
    if (Number.isNaN(scale)) {
        throw new UsageError(`--scale ${JSON.stringify(scaleText)} is not a number`);
    }
    if (values.out === undefined) {
        throw new UsageError("--out is required");
    }
    const seedText = values.seed ?? String(DEFAULT_SEED);
    if (!/^\d+$/.test(seedText)) {
        throw new UsageError(`--seed ${JSON.stringify(seedText)} is not a whole number`);
    }
    return { scale, out: values.out, anchor: values.anchor ?? DEFAULT_ANCHOR, seed: Number(seedText) };
}

export function main(argv: readonly string[], io: Io = STDIO): number {
    return runWithCommandLine(SPEC, argv, io, () => {
        const args = parseArgs(argv);
        try {
            const started = process.hrtime.bigint();
            const set = writeSampleData(args.out, args);
            const seconds = Number(process.hrtime.bigint() - started) / 1e9;
            for (const f of set.files) {
                io.out(`${f.file.padEnd(12)} ${String(f.rows).padStart(9)} rows  sha256 ${f.sha256}`);
            }
            io.out(`wrote ${set.files.length} files and manifest.json to ${args.out} in ${seconds.toFixed(2)} s (scale ${args.scale}, anchor ${args.anchor}, seed ${args.seed})`);
            return 0;
        } catch (e) {
            io.err(`sample-data: ${(e as Error).message}`);
            return 1;
        }
    });
}

if (require.main === module) {
    runEntry(SPEC.name, argv => main(argv));
}
