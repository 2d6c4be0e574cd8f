// Every script behaves the same (issue 18, part 3): --help and -h print the usage and exit 0, an unknown option prints
// one line and the usage and exits 2, no stack trace; diagram --help rewrites nothing; bench fails on a figure over its limit.
import * as assert from "assert";
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

import { RedshiftDataClient } from "@aws-sdk/client-redshift-data";

import * as bench from "../../scripts/bench";
import { runCli as costCli, SPEC as COST } from "../../scripts/cost/cli";
import * as diagram from "../../scripts/diagram";
import { CliSpec, Io, Options, parseCommandLine, UsageError, wantsHelp } from "../../scripts/lib/cli";
import { formatFigure, overLimit } from "../../scripts/lib/figures";
import { DIAGRAM_BEGIN, DIAGRAM_END } from "../../scripts/lib/stateMachineDiagram";
import * as mutation from "../../scripts/mutation";
import * as previewOffline from "../../scripts/previewOffline";
import * as sampleData from "../../scripts/sampleData";
import { runZeroEtlCli, SPEC as ZERO_ETL } from "../../scripts/zeroEtl/cli";

const ROOT = path.join(__dirname, "..", "..");

interface Run {
    code: number;
    out: string[];
    err: string[];
}

function recorder(): Io & { lines: { out: string[]; err: string[] } } {
    const lines = { out: [] as string[], err: [] as string[] };
    return { lines, out: l => lines.out.push(l), err: l => lines.err.push(l) };
}

async function inProcess(main: (argv: string[], io: Io) => number | Promise<number>, argv: string[]): Promise<Run> {
    const io = recorder();
    const code = await main(argv, io);
    // Some usage lines hold newlines of their own (zero-etl prints its usage as one block); compare line by line.
    return { code, out: io.lines.out.flatMap(l => l.split("\n")), err: io.lines.err.flatMap(l => l.split("\n")) };
}

interface Script {
    /** The npm script. */
    readonly name: string;
    readonly file: string;
    readonly spec: CliSpec<Options>;
    readonly main: (argv: string[], io: Io) => number | Promise<number>;
}

const SCRIPTS: Script[] = [
    { name: "preview:offline", file: "previewOffline.ts", spec: previewOffline.SPEC, main: (argv, io) => previewOffline.main(argv, io) },
    { name: "cost", file: "cost.ts", spec: COST, main: (argv, io) => costCli(argv, io) },
    { name: "zero-etl", file: "zeroEtl.ts", spec: ZERO_ETL, main: (argv, io) => runZeroEtlCli(argv, { ...io, client: new RedshiftDataClient({ region: "us-west-2" }) }) },
    { name: "sample-data", file: "sampleData.ts", spec: sampleData.SPEC, main: (argv, io) => sampleData.main(argv, io) },
    { name: "bench", file: "bench.ts", spec: bench.SPEC, main: (argv, io) => bench.main(argv, io) },
    { name: "diagram", file: "diagram.ts", spec: diagram.SPEC, main: (argv, io) => diagram.main(argv, io, fs.mkdtempSync(path.join(os.tmpdir(), "diagram-none-"))) },
    { name: "mutation", file: "mutation.ts", spec: mutation.SPEC, main: (argv, io) => mutation.main(argv, io) },
];

/** Runs a script as package.json does (node + ts-node, transpile only), without a shell. */
function spawnScript(file: string, argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
    return new Promise(resolve => {
        execFile(process.execPath, ["-r", "ts-node/register/transpile-only", path.join(ROOT, "scripts", file), ...argv],
            { cwd: ROOT, encoding: "utf8", timeout: 120000 }, (error, stdout, stderr) => {
                resolve({ status: error ? (typeof error.code === "number" ? error.code : -1) : 0, stdout, stderr });
            });
    });
}

describe("the scripts' command lines (scripts/lib/cli.ts)", function () {
    this.timeout(240000);

    describe("the shared parser", () => {
        const spec: CliSpec<{ stack: { type: "string" }; json: { type: "boolean" }; help: { type: "boolean"; short: "h" } }> = {
            name: "x", usage: ["usage: npm run x"], options: { stack: { type: "string" }, json: { type: "boolean" }, help: { type: "boolean", short: "h" } },
        };
        const refuses = (argv: string[], message: string) =>
            assert.throws(() => parseCommandLine(spec, argv), (e: unknown) => e instanceof UsageError && e.message === message);

        it("finds -h and --help anywhere before --", () => {
            assert.strictEqual(wantsHelp(["--stack", "dev", "-h"]), true);
            assert.strictEqual(wantsHelp(["--help"]), true);
            assert.strictEqual(wantsHelp(["--stack", "dev"]), false);
            assert.strictEqual(wantsHelp(["--", "--help"]), false);
            assert.strictEqual(wantsHelp(["-hx"]), false);
        });

        it("reads values and flags, and says in one line what is wrong with the rest", () => {
            assert.deepStrictEqual({ ...parseCommandLine(spec, ["--stack", "dev", "--json"]).values }, { stack: "dev", json: true });
            assert.deepStrictEqual({ ...parseCommandLine(spec, ["--stack=-odd"]).values }, { stack: "-odd" });
            refuses(["--bogus"], "unknown option --bogus");
            refuses(["-q"], "unknown option -q");
            refuses(["--stack"], "option --stack needs a value");
            refuses(["--stack", "--json"], "option --stack needs a value (write --stack=<value> for one that starts with -)");
            refuses(["--json=yes"], "option --json takes no value");
            refuses(["stray"], "unexpected argument \"stray\"");
        });
    });

    for (const script of SCRIPTS) {
        describe(`npm run ${script.name}`, () => {
            it("prints the usage for --help and for -h, exit 0, nothing on stderr", async () => {
                assert.match(script.spec.usage[0], new RegExp(`^[Uu]sage: npm run ${script.name}`));
                for (const flag of ["--help", "-h"]) {
                    assert.deepStrictEqual(await inProcess(script.main, [flag]), { code: 0, out: [...script.spec.usage], err: [] }, flag);
                }
            });

            it("prints one line and the usage for an unknown option, exit 2", async () => {
                assert.deepStrictEqual(await inProcess(script.main, ["--bogus"]),
                    { code: 2, out: [], err: [`${script.name}: unknown option --bogus`, ...script.spec.usage] });
            });

            it("does the same when spawned as npm runs it, without a stack trace", async () => {
                const [help, short, bogus] = await Promise.all([["--help"], ["-h"], ["--bogus"]].map(argv => spawnScript(script.file, argv)));
                assert.deepStrictEqual(help, { status: 0, stdout: script.spec.usage.join("\n") + "\n", stderr: "" });
                assert.deepStrictEqual(short, help);
                assert.deepStrictEqual(bogus, { status: 2, stdout: "", stderr: [`${script.name}: unknown option --bogus`, ...script.spec.usage].join("\n") + "\n" });
            });
        });
    }

    describe("diagram", () => {
        it("rewrites no file for --help, -h or a bad option, and rewrites a stale one otherwise", () => {
            const root = fs.mkdtempSync(path.join(os.tmpdir(), "diagram-"));
            try {
                const stale = `# Doc\n\n${DIAGRAM_BEGIN}\nold\n${DIAGRAM_END}\n`;
                for (const doc of diagram.DOCUMENTS) {
                    fs.mkdirSync(path.dirname(path.join(root, doc)), { recursive: true });
                    fs.writeFileSync(path.join(root, doc), stale);
                }
                for (const argv of [["--help"], ["-h"], ["--bogus"], ["stray"]]) {
                    diagram.main(argv, recorder(), root);
                    for (const doc of diagram.DOCUMENTS) {
                        assert.strictEqual(fs.readFileSync(path.join(root, doc), "utf8"), stale, `${argv.join(" ")} rewrote ${doc}`);
                    }
                }
                const io = recorder();
                assert.strictEqual(diagram.main([], io, root), 0);
                assert.deepStrictEqual(io.lines.out, diagram.DOCUMENTS.map(doc => `updated ${doc}`));
                assert.notStrictEqual(fs.readFileSync(path.join(root, diagram.DOCUMENTS[0]), "utf8"), stale);
            } finally {
                fs.rmSync(root, { recursive: true, force: true });
            }
        });
    });

    describe("mutation", () => {
        it("names an unknown group and the known ones, exit 2", async () => {
            const run = await inProcess(mutation.main, ["--group", "nope"]);
            assert.strictEqual(run.code, 2);
            assert.deepStrictEqual(run.out, []);
            assert.match(run.err[0], /^mutation: unknown mutation group nope: the groups are config, /);
        });
    });

    describe("bench", () => {
        it("formats a figure against its limit and marks one over it", () => {
            assert.strictEqual(formatFigure({ what: "dev", value: 4.5, limit: 10, unit: "s" }), "dev: 4.50 s of at most 10.00 s (45.0%)");
            assert.strictEqual(formatFigure({ what: "def", value: 2048, limit: 1024, unit: "bytes" }), "def: 2048 bytes of at most 1024 bytes (200.0%) OVER THE LIMIT");
            assert.strictEqual(formatFigure({ what: "w", value: 3, limit: 2, unit: "x", whatIf: "a worst case" }), "w: 3.00 x of at most 2.00 x (150.0%) (over, a what-if: a worst case)");
            assert.deepStrictEqual(overLimit([
                { what: "a", value: 1, limit: 1, unit: "s" }, { what: "b", value: 2, limit: 1, unit: "s" }, { what: "c", value: 2, limit: 1, unit: "s", whatIf: "shown" },
            ]).map(f => f.what), ["b"]);
        });

        it("exits 1 naming every figure over its limit, after running every module; a what-if does not fail it", async () => {
            const dir = fs.mkdtempSync(path.join(ROOT, ".tmp-bench-"));
            try {
                const module = (figures: string) => `export async function run() { return ${figures}; }\n`;
                fs.writeFileSync(path.join(dir, "a.ts"), module(`[{ what: "fast", value: 1, limit: 2, unit: "s" }, { what: "worst case", value: 3, limit: 2, unit: "s", whatIf: "on purpose" }]`));
                fs.writeFileSync(path.join(dir, "b.ts"), module(`[{ what: "slow", value: 3, limit: 2, unit: "s" }, { what: "big", value: 5, limit: 4, unit: "bytes" }]`));
                const io = recorder();
                assert.strictEqual(await bench.main([], io, dir), 1);
                assert.deepStrictEqual(io.lines.out, ["== a", "fast: 1.00 s of at most 2.00 s (50.0%)",
                    "worst case: 3.00 s of at most 2.00 s (150.0%) (over, a what-if: on purpose)",
                    "== b", "slow: 3.00 s of at most 2.00 s (150.0%) OVER THE LIMIT", "big: 5 bytes of at most 4 bytes (125.0%) OVER THE LIMIT"]);
                assert.deepStrictEqual(io.lines.err, ["bench: 2 figures are over the limit: slow; big"]);
                const onlyA = recorder();
                assert.strictEqual(await bench.main(["a"], onlyA, dir), 0);
                assert.deepStrictEqual(onlyA.lines.err, []);
                const unknown = await inProcess((argv, out) => bench.main(argv, out, dir), ["nope"]);
                assert.deepStrictEqual([unknown.code, unknown.err[0]], [2, "bench: no benchmark nope: the benchmarks are a, b"]);
            } finally {
                fs.rmSync(dir, { recursive: true, force: true });
            }
        });

        it("gives every figure of the real modules a limit (the pipeline limits, measured without timing)", async function () {
            this.timeout(300000);
            const { run } = await import("../../scripts/bench/pipelineLimits");
            const figures = await run();
            assert.ok(figures.length >= 10);
            for (const f of figures) {
                assert.ok(Number.isFinite(f.limit) && f.limit > 0, f.what);
            }
            assert.deepStrictEqual(overLimit(figures), []);
            // The 1,000-table run measures AWS's real cause shape, so no figure is a what-if any more.
            assert.deepStrictEqual(figures.filter(f => f.whatIf !== undefined).map(f => f.what), []);
        });
    });
});
