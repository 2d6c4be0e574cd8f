// The `npm run cost` command: flags and files in, the printed estimate out; returns the exit code instead of exiting.
import * as fs from "fs";
import { spendCapLines } from "./spendCap";
import { ConfigError, parseStackConfig } from "../../components/config";
import { estimateMonthlyCost } from "./estimate";
import { formatEstimate } from "./format";
import { COST_MODELS, CostModel, InputError, InputSpec, Overrides, PRICE_INPUTS, USAGE_INPUTS, parseAssumptionsFile, resolveInputs } from "./inputs";
import { REGION_PRICES } from "./prices";
import { ScheduleError } from "./schedule";
import { CliSpec, runWithCommandLine, UsageError } from "../lib/cli";
import { readStackFile } from "./stackFile";

export type { Io as Output } from "../lib/cli";
import type { Io as Output } from "../lib/cli";

const INPUT_SPECS: readonly InputSpec<string>[] = [...USAGE_INPUTS, ...PRICE_INPUTS];

export function usage(): string[] {
    return [
        "Usage: npm run cost -- --stack <name> [--dir <project dir>] [--region <region>] [--model aws|seeds]",
        "                      [--compare-intervals 0,60,900,3600] [--assumptions <file.json>] [--<input> <value> ...]",
        "",
        "Prints an itemized monthly cost estimate for a stack from Pulumi.<name>.yaml, usage assumptions and prices.",
        `Prices follow the stack's aws:region (or --region): list prices for ${Object.keys(REGION_PRICES).join(", ")}; other regions need the price flags.`,
        "--model seeds recomputes the reference samples' tables with their own assumptions and prices.",
        "The file holds {\"usage\": {...}, \"prices\": {...}} with the keys below; flags override the file.",
        "",
        ...USAGE_INPUTS.map(s => `  --${s.flag} (${s.key}, default ${s.defaultValue ?? s.derivedFrom}): ${s.description}`),
        ...PRICE_INPUTS.map(s => `  --${s.flag} (${s.key}, ${Object.values(REGION_PRICES).some(r => r[s.key] !== undefined)
            ? "default from the region's list prices" : "no list price here: a flag"}): ${s.description}`),
    ];
}

function parseModel(value: unknown): CostModel {
    if (value === undefined) {
        return "aws";
    }
    if (!COST_MODELS.includes(value as CostModel)) {
        throw new InputError(`--model has the invalid value ${JSON.stringify(value)}: allowed are ${COST_MODELS.join(" and ")}.`);
    }
    return value as CostModel;
}

/** "0,60,900": REFRESH_INTERVAL values within Redshift's 0 to 432000 seconds. */
function parseIntervals(value: unknown): number[] | undefined {
    if (value === undefined) {
        return undefined;
    }
    const parts = String(value).split(",");
    if (!parts.every(p => /^\d+$/.test(p) && Number(p) <= 432000)) {
        throw new InputError(`--compare-intervals has the invalid value ${JSON.stringify(value)}: allowed is a comma-separated list of seconds from 0 to 432000, like 0,60,900,3600.`);
    }
    return parts.map(Number);
}

const OPTIONS: Record<string, { type: "string" } | { type: "boolean"; short?: string }> = {
    stack: { type: "string" },
    dir: { type: "string" },
    assumptions: { type: "string" },
    region: { type: "string" },
    model: { type: "string" },
    "compare-intervals": { type: "string" },
    help: { type: "boolean", short: "h" },
    ...Object.fromEntries(INPUT_SPECS.map(spec => [spec.flag, { type: "string" } as const])),
};

export const SPEC: CliSpec<typeof OPTIONS> = { name: "cost", usage: usage(), options: OPTIONS };

export function runCli(argv: readonly string[], output: Output, cwd: string = process.cwd()): number {
    return runWithCommandLine(SPEC, argv, output, ({ values }) => estimateFor(values as Record<string, string | boolean | undefined>, output, cwd));
}

function estimateFor(values: Record<string, string | boolean | undefined>, output: Output, cwd: string): number {
    try {
        const stackName = values.stack;
        if (typeof stackName !== "string" || stackName === "") {
            throw new UsageError("--stack is required: the stack whose Pulumi.<stack>.yaml to estimate, e.g. npm run cost -- --stack dev");
        }

        let overrides: Overrides = {};
        if (typeof values.assumptions === "string") {
            overrides = parseAssumptionsFile(fs.readFileSync(values.assumptions, "utf8"), values.assumptions);
        }
        const fromFlags = new Set<string>();
        for (const spec of INPUT_SPECS) {
            const value = values[spec.flag];
            if (typeof value === "string") {
                (overrides as Record<string, unknown>)[spec.key] = value;
                fromFlags.add(spec.key);
            }
        }
        const model = parseModel(values.model);
        const compareIntervals = parseIntervals(values["compare-intervals"]);

        const stackFile = readStackFile(typeof values.dir === "string" ? values.dir : cwd, stackName);
        for (const key of stackFile.secretKeys) {
            output.err(`note: ${key} is a secret this script cannot decrypt; it is treated as unset.`);
        }
        const region = typeof values.region === "string" ? values.region : stackFile.region;
        const inputs = resolveInputs(overrides, spec => fromFlags.has(spec.key) ? `--${spec.flag}` : `${values.assumptions} ${spec.key}`,
            { model, ...(region !== undefined ? { region } : {}) });
        const config = parseStackConfig(stackFile.raw, stackName, { keys: stackFile.keys, secretKeys: stackFile.secretKeys });
        const estimate = estimateMonthlyCost(config, inputs);
        formatEstimate(estimate, inputs, {
            stackName, rpu: config.redshiftBaseCapacity,
            ...(region !== undefined ? { region } : {}),
            ...(compareIntervals !== undefined ? { compareIntervals } : {}),
        }).forEach(line => output.out(line));
        spendCapLines(config, estimate, inputs).forEach(line => output.out(line));
        return 0;
    } catch (e) {
        if (e instanceof InputError || e instanceof ConfigError || e instanceof ScheduleError) {
            output.err(e.message);
            return 1;
        }
        if ((e as NodeJS.ErrnoException).code === "ENOENT") {
            output.err(`Cannot read ${(e as NodeJS.ErrnoException).path}: no such file.`);
            return 1;
        }
        throw e;
    }
}
