// `npm run bench [-- NAME...]`: runs every benchmark module in scripts/bench/ (or the named ones); each returns its
// figures, every figure with its limit, and the bench exits 1 naming each figure that is over its limit.
import * as fs from "fs";
import * as path from "path";

import { CliSpec, Io, runEntry, runWithCommandLineAsync, STDIO, UsageError } from "./lib/cli";
import { Figure, formatFigure, overLimit } from "./lib/figures";

export const BENCH_DIR = path.join(__dirname, "bench");

export const SPEC: CliSpec<{ help: { type: "boolean"; short: "h" } }> = {
    name: "bench",
    usage: [
        "usage: npm run bench [-- NAME...]",
        `  NAME   one module of scripts/bench/ to run (${moduleNames(BENCH_DIR).join(", ")}); all of them without a name`,
        "exit codes: 0 every figure within its limit, 1 a figure over its limit (each is named), 2 a bad command line",
    ],
    options: { help: { type: "boolean", short: "h" } },
    allowPositionals: true,
};

function moduleNames(dir: string): string[] {
    return fs.readdirSync(dir).filter(f => f.endsWith(".ts")).sort().map(f => path.basename(f, ".ts"));
}

/** Runs the benchmark modules of `dir`; returns the exit code. */
export function main(argv: readonly string[], io: Io = STDIO, dir: string = BENCH_DIR): Promise<number> {
    return runWithCommandLineAsync(SPEC, argv, io, async ({ positionals }) => {
        const all = moduleNames(dir);
        const unknown = positionals.filter(name => !all.includes(name));
        if (unknown.length > 0) {
            throw new UsageError(`no benchmark ${unknown.join(", ")}: the benchmarks are ${all.join(", ")}`);
        }
        const figures: Figure[] = [];
        for (const name of all.filter(n => positionals.length === 0 || positionals.includes(n))) {
            io.out(`== ${name}`);
            // eslint-disable-next-line @typescript-eslint/no-var-requires
            const mod = require(path.join(dir, `${name}.ts`)) as { run?: () => Promise<Figure[]> };
            if (typeof mod.run !== "function") {
                io.err(`bench: scripts/bench/${name}.ts must export async function run(): Promise<Figure[]>`);
                return 1;
            }
            const measured = await mod.run();
            measured.forEach(f => io.out(formatFigure(f)));
            figures.push(...measured);
        }
        const over = overLimit(figures);
        if (over.length > 0) {
            io.err(`bench: ${over.length} figure${over.length > 1 ? "s are" : " is"} over the limit: ${over.map(f => f.what).join("; ")}`);
            return 1;
        }
        return 0;
    });
}

if (require.main === module) {
    runEntry(SPEC.name, argv => main(argv));
}
