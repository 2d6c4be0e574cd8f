// npm run mutation: StrykerJS over the modules where logic lives (issue 13 item 5), one run per module group.
//
// Each group mutates its own modules and runs only the unit tests that reach them in-process (a test that runs the
// code in another process, a gRPC server or a child `npm run cost`, cannot see a mutant and only costs time). The
// base settings are stryker.config.json's; this script narrows `mutate` and `mochaOptions.spec` per group, writes the
// group's config under reports/mutation/, runs `stryker run` on it, then reads the group's JSON report and prints the
// score of the group and of each file: (killed + timed out) / (killed + timed out + survived + no coverage), the
// mutation score Stryker's own report uses. It exits 1 when a group is below the target.
//
//   npm run mutation                      every group, one after the other, with the TypeScript checker (2 to 3
//                                         hours on 2 cores: the sql group took 14 minutes, config 22)
//   npm run mutation -- --group cost      one group (repeatable: --group config --group sql)
//   npm run mutation -- --list            the groups, their modules and tests
//   npm run mutation -- --report-only     print the scores of the last reports without running Stryker
//   npm run mutation -- --without-checker skip the TypeScript checker (every group in about 15 minutes): a mutant that does
//                                         not compile then runs as JavaScript and counts as killed or survived instead
//                                         of being left out, so the two scores can differ slightly
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

import { CliSpec, Io, runEntry, runWithCommandLine, STDIO } from "./lib/cli";

const ROOT = path.join(__dirname, "..");
const REPORTS = path.join("reports", "mutation");
/** The score every group must reach (issue 13: "at least 90%"). */
export const TARGET = 90;

export interface MutationGroup {
    readonly name: string;
    /** How docs/testing.md's mutation table names the module. */
    readonly label: string;
    readonly mutate: readonly string[];
    /** Spec files or globs; entries of a directory listing when `specDir` is set. */
    readonly spec: readonly string[];
}

function specFiles(dir: string, keep: (file: string) => boolean): string[] {
    return fs.readdirSync(path.join(ROOT, dir))
        .filter(f => f.endsWith(".test.ts") && keep(f))
        .sort()
        .map(f => `${dir}/${f}`);
}

export function mutationGroups(): MutationGroup[] {
    return [
        {
            name: "config",
            label: "components/config.ts",
            mutate: ["components/config.ts"],
            spec: ["tests/components/config.test.ts", "tests/components/config.boundaries.test.ts", "tests/components/docs.test.ts"],
        },
        {
            name: "sql",
            label: "sql/",
            mutate: ["sql/**/*.ts"],
            spec: [
                "tests/athena/pipelineSql.test.ts",
                "tests/sql/analysisQueries.test.ts",
                "tests/sql/athenaPipeline.boundaries.test.ts",
                "tests/sql/builders.boundaries.test.ts",
                "tests/sql/builders.mutants.test.ts",
                "tests/functions/zeroEtl.lifecycle.test.ts",
                "tests/functions/zeroEtl.mutants.test.ts",
                "tests/functions/zeroEtl.readOnlyUsers.test.ts",
            ],
        },
        {
            name: "policy",
            label: "policy/",
            // index.ts and policies.ts only list the policies and start the pack's gRPC server.
            mutate: ["policy/*.ts", "policy/lib/**/*.ts", "!policy/index.ts", "!policy/policies.ts"],
            // The *.e2e tests run the pack in another process (the Analyzer's gRPC server): mutants never reach it.
            spec: specFiles("tests/policy", f => !f.endsWith(".e2e.test.ts")),
        },
        {
            name: "functions-zero-etl",
            label: "functions/zeroEtl/ (database.ts, namespacePolicy.ts, dataApi.ts)",
            // index.ts is the Lambda handler's wiring of SDK clients; the lifecycle tests drive it, under the fakes.
            mutate: ["functions/zeroEtl/database.ts", "functions/zeroEtl/namespacePolicy.ts", "functions/zeroEtl/dataApi.ts"],
            spec: [
                "tests/functions/zeroEtl.lifecycle.test.ts",
                "tests/functions/zeroEtl.mutants.test.ts",
                "tests/functions/zeroEtl.namespacePolicy.test.ts",
                "tests/functions/zeroEtl.readOnlyUsers.test.ts",
                "tests/components/zeroEtl.boundaries.test.ts",
            ],
        },
        {
            name: "functions-pure",
            label: "functions/ pure modules (pipeline/shared/*.ts, loader/tickit.ts)",
            // The pure parts of functions/: the Lambda handlers (SDK calls) are tested against aws-sdk-client-mock and
            // aws-local-stepfunctions, and are not in this group.
            mutate: ["functions/pipeline/shared/*.ts", "functions/loader/tickit.ts"],
            spec: [
                "tests/functions/pipelineHandlers.test.ts",
                "tests/functions/loader.test.ts",
                "tests/functions/loader.boundaries.test.ts",
                "tests/functions/pipeline.boundaries.test.ts",
                "tests/functions/pipelineShared.mutants.test.ts",
                "tests/functions/pipelinePlan.mutants.test.ts",
                "tests/athena/pipelineSql.test.ts",
            ],
        },
        {
            name: "cost",
            label: "scripts/cost/",
            mutate: ["scripts/cost/**/*.ts"],
            // cost-cli.test.ts runs `npm run cost` in child processes; cost-cli.mutants.test.ts runs the same cases in-process.
            spec: specFiles("tests/scripts", f => f.startsWith("cost") && f !== "cost-cli.test.ts"),
        },
    ];
}

type Status = "Killed" | "Timeout" | "Survived" | "NoCoverage" | "CompileError" | "RuntimeError" | "Ignored" | "Pending";

export interface Counts {
    killed: number;
    timeout: number;
    survived: number;
    noCoverage: number;
}

interface Report {
    files: Record<string, { mutants: { status: Status }[] }>;
}

function emptyCounts(): Counts {
    return { killed: 0, timeout: 0, survived: 0, noCoverage: 0 };
}

function add(counts: Counts, status: Status): void {
    if (status === "Killed") counts.killed++;
    else if (status === "Timeout") counts.timeout++;
    else if (status === "Survived") counts.survived++;
    else if (status === "NoCoverage") counts.noCoverage++;
    // CompileError, RuntimeError, Ignored: not valid mutants, left out of the score as Stryker does.
}

/** Stryker's mutation score, in percent; undefined when the file had no valid mutant. */
export function score(c: Counts): number | undefined {
    const valid = c.killed + c.timeout + c.survived + c.noCoverage;
    return valid === 0 ? undefined : (100 * (c.killed + c.timeout)) / valid;
}

export function countReport(report: Report): { total: Counts; files: [string, Counts][] } {
    const total = emptyCounts();
    const files: [string, Counts][] = [];
    for (const [file, { mutants }] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
        const counts = emptyCounts();
        for (const m of mutants) {
            add(counts, m.status);
            add(total, m.status);
        }
        files.push([file, counts]);
    }
    return { total, files };
}

function pct(s: number | undefined): string {
    return s === undefined ? "n/a" : `${s.toFixed(2)}%`;
}

function row(name: string, c: Counts): string {
    return `| ${name} | ${c.killed} | ${c.timeout} | ${c.survived} | ${c.noCoverage} | ${pct(score(c))} |`;
}

export function configFor(group: MutationGroup, base: Record<string, unknown>, withoutChecker: boolean): Record<string, unknown> {
    const mochaOptions = { ...(base.mochaOptions as Record<string, unknown>), spec: [...group.spec] };
    return {
        ...base,
        ...(withoutChecker ? { checkers: [] } : {}),
        mutate: [...group.mutate],
        mochaOptions,
        tempDirName: `.stryker-tmp-${group.name}`,
        reporters: ["clear-text", "progress-append-only", "html", "json"],
        htmlReporter: { fileName: `${REPORTS}/${group.name}.html` },
        jsonReporter: { fileName: `${REPORTS}/${group.name}.json` },
    };
}

const OPTIONS = {
    group: { type: "string", multiple: true },
    list: { type: "boolean", default: false },
    "report-only": { type: "boolean", default: false },
    "without-checker": { type: "boolean", default: false },
    help: { type: "boolean", short: "h" },
} as const;

export const SPEC: CliSpec<typeof OPTIONS> = {
    name: "mutation",
    usage: [
        "usage: npm run mutation -- [--group NAME]... [--list] [--report-only] [--without-checker]",
        "  (no option)        every group, one after the other, with the TypeScript checker (2 to 3 hours on 2 cores)",
        "  --group NAME       one group; repeat it for more (--group config --group sql)",
        "  --list             the groups, their modules and tests",
        "  --report-only      the scores of the last reports, without running Stryker",
        "  --without-checker  skip the TypeScript checker (every group in about 15 minutes)",
        `exit codes: 0 every group at least ${TARGET}%, 1 a group below it or Stryker failed, 2 a bad command line`,
    ],
    options: OPTIONS,
};

export function main(argv: readonly string[], io: Io = STDIO): number {
    return runWithCommandLine(SPEC, argv, io, ({ values }) => runGroups(values, io));
}

function runGroups(values: { group?: string[]; list: boolean; "report-only": boolean; "without-checker": boolean }, io: Io): number {
    const all = mutationGroups();
    const unknown = (values.group ?? []).filter(g => !all.some(x => x.name === g));
    if (unknown.length > 0) {
        io.err(`mutation: unknown mutation group ${unknown.join(", ")}: the groups are ${all.map(g => g.name).join(", ")}.`);
        return 2;
    }
    const groups = values.group === undefined ? all : all.filter(g => values.group!.includes(g.name));
    if (values.list) {
        for (const g of groups) {
            io.out(`${g.name}: ${g.label}\n  mutate: ${g.mutate.join(" ")}\n  spec:   ${g.spec.join("\n          ")}`);
        }
        return 0;
    }
    const base = JSON.parse(fs.readFileSync(path.join(ROOT, "stryker.config.json"), "utf8")) as Record<string, unknown>;
    fs.mkdirSync(path.join(ROOT, REPORTS), { recursive: true });
    const failedRuns: string[] = [];
    if (!values["report-only"]) {
        for (const g of groups) {
            const configFile = path.join(REPORTS, `${g.name}.stryker.json`);
            fs.writeFileSync(path.join(ROOT, configFile), JSON.stringify(configFor(g, base, values["without-checker"]), null, 2) + "\n");
            console.log(`\n== mutation group ${g.name}: ${g.label}`);
            const started = Date.now();
            const run = spawnSync(path.join(ROOT, "node_modules", ".bin", "stryker"), ["run", configFile], { cwd: ROOT, stdio: "inherit" });
            console.log(`== ${g.name}: stryker exited ${run.status ?? run.signal} after ${Math.round((Date.now() - started) / 60000)} min`);
            if (run.status !== 0) failedRuns.push(g.name);
        }
    }
    const lines = [
        "| Module | Killed | Timed out | Survived | No coverage | Score |",
        "|---|---|---|---|---|---|",
    ];
    const below: string[] = [];
    for (const g of groups) {
        const file = path.join(ROOT, REPORTS, `${g.name}.json`);
        if (!fs.existsSync(file)) {
            lines.push(`| ${g.label} | no report | | | | |`);
            below.push(g.name);
            continue;
        }
        const { total, files } = countReport(JSON.parse(fs.readFileSync(file, "utf8")) as Report);
        lines.push(row(`**${g.label}**`, total));
        for (const [f, c] of files) lines.push(row(`&nbsp;&nbsp;\`${f}\``, c));
        const s = score(total);
        if (s === undefined || s < TARGET) below.push(g.name);
    }
    const summary = lines.join("\n") + "\n";
    fs.writeFileSync(path.join(ROOT, REPORTS, "summary.md"), summary);
    console.log(`\nMutation scores (target ${TARGET}%), also in ${REPORTS}/summary.md:\n\n${summary}`);
    if (failedRuns.length > 0) console.error(`Stryker failed for: ${failedRuns.join(", ")}.`);
    if (below.length > 0) console.error(`Below ${TARGET}% or not measured: ${below.join(", ")}.`);
    return failedRuns.length > 0 || below.length > 0 ? 1 : 0;
}

if (require.main === module) {
    runEntry(SPEC.name, argv => main(argv));
}
