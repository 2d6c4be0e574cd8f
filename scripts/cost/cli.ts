// The `npm run cost` command: flags and files in, the printed estimate out; returns the exit code instead of exiting.
import * as fs from "fs";
import { parseArgs } from "util";
import { ConfigError, parseStackConfig } from "../../components/config";
import { estimateMonthlyCost } from "./estimate";
import { formatEstimate } from "./format";
import { InputError, InputSpec, Overrides, PRICE_INPUTS, USAGE_INPUTS, parseAssumptionsFile, resolveInputs } from "./inputs";
import { ScheduleError } from "./schedule";
import { readStackFile } from "./stackFile";

export interface Output {
    out(line: string): void;
    err(line: string): void;
}

const INPUT_SPECS: readonly InputSpec<string>[] = [...USAGE_INPUTS, ...PRICE_INPUTS];

export function usage(): string[] {
    return [
        "Usage: npm run cost -- --stack <name> [--dir <project dir>] [--assumptions <file.json>] [--<input> <value> ...]",
        "",
        "Prints an itemized monthly cost estimate for a stack from Pulumi.<name>.yaml, usage assumptions and prices.",
        "The file holds {\"usage\": {...}, \"prices\": {...}} with the keys below; flags override the file.",
        "",
        ...INPUT_SPECS.map(s => `  --${s.flag} (${s.key}, default ${s.defaultValue ?? "from loadSchedule"}): ${s.description}`),
    ];
}

export function runCli(argv: readonly string[], output: Output, cwd: string = process.cwd()): number {
    try {
        const options: Record<string, { type: "string" } | { type: "boolean" }> = {
            stack: { type: "string" },
            dir: { type: "string" },
            assumptions: { type: "string" },
            help: { type: "boolean" },
        };
        for (const spec of INPUT_SPECS) {
            options[spec.flag] = { type: "string" };
        }
        let values: Record<string, string | boolean | undefined>;
        try {
            ({ values } = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }));
        } catch (e) {
            throw new InputError(`${(e as Error).message}. Run with --help for the flags.`);
        }
        if (values.help) {
            usage().forEach(line => output.out(line));
            return 0;
        }
        const stackName = values.stack;
        if (typeof stackName !== "string" || stackName === "") {
            throw new InputError("--stack is required: the stack whose Pulumi.<stack>.yaml to estimate, e.g. npm run cost -- --stack dev.");
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
        const inputs = resolveInputs(overrides, spec => fromFlags.has(spec.key) ? `--${spec.flag}` : `${values.assumptions} ${spec.key}`);

        const stackFile = readStackFile(typeof values.dir === "string" ? values.dir : cwd, stackName);
        for (const key of stackFile.secretKeys) {
            output.err(`note: ${key} is a secret this script cannot decrypt; it is treated as unset.`);
        }
        const config = parseStackConfig(stackFile.raw, stackName);
        const estimate = estimateMonthlyCost(config, inputs.usage, inputs.prices);
        formatEstimate(estimate, inputs, { stackName, region: stackFile.region, rpu: config.redshiftBaseCapacity })
            .forEach(line => output.out(line));
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
