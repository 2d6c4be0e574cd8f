// The command line of every script (preview:offline, cost, zero-etl, sample-data, bench, diagram, mutation): Node's
// util.parseArgs, --help and -h print the usage and exit 0, a bad option prints one line and the usage and exits 2.
import { parseArgs, ParseArgsConfig } from "util";

export interface Io {
    out(line: string): void;
    err(line: string): void;
}

export const STDIO: Io = {
    out: line => process.stdout.write(`${line}\n`),
    err: line => process.stderr.write(`${line}\n`),
};

/** The exit code of a command line the script cannot take. */
export const EXIT_USAGE = 2;

export type Options = NonNullable<ParseArgsConfig["options"]>;

export interface CliSpec<O extends Options> {
    /** The npm script's name, which starts every error line (`cost: unknown option --x`). */
    readonly name: string;
    /** The usage text: its first line is `usage: npm run <name> -- ...`. */
    readonly usage: readonly string[];
    readonly options: O;
    /** Whether words that are not options are taken (zero-etl's command and tables, bench's module names). */
    readonly allowPositionals?: boolean;
}

/** A command line the script cannot take: printed as `<name>: <message>` and the usage, exit code 2. */
export class UsageError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "UsageError";
    }
}

export interface Parsed<O extends Options> {
    readonly values: ReturnType<typeof parseArgs<{ args: string[]; options: O; strict: true; allowPositionals: true }>>["values"];
    /** The words that are not options (always empty unless the spec allows them). */
    readonly positionals: string[];
}

/** `-h` or `--help` anywhere before a `--` that ends the options. */
export function wantsHelp(argv: readonly string[]): boolean {
    const end = argv.indexOf("--");
    return (end < 0 ? argv : argv.slice(0, end)).some(a => a === "--help" || a === "-h");
}

/** util.parseArgs's error as one short line: what was wrong, and with which word. */
function describeParseError(e: NodeJS.ErrnoException): string {
    const quoted = /'([^']+)'/.exec(e.message)?.[1] ?? "";
    const option = quoted.split(" ")[0];
    switch (e.code) {
        case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
            return `unknown option ${option}`;
        case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
            return `unexpected argument ${JSON.stringify(quoted)}`;
        case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
            if (/does not take an argument/.test(e.message)) {
                return `option ${option} takes no value`;
            }
            // parseArgs takes no value that starts with "-" after a space (it could be the next option).
            return /ambiguous/.test(e.message)
                ? `option ${option} needs a value (write ${option}=<value> for one that starts with -)`
                : `option ${option} needs a value`;
        default:
            return e.message;
    }
}

/** Parses `argv` strictly; throws UsageError for an unknown option, a missing value or an unexpected word. */
export function parseCommandLine<O extends Options>(spec: CliSpec<O>, argv: readonly string[]): Parsed<O> {
    try {
        const { values, positionals } = parseArgs({ args: [...argv], options: spec.options, strict: true as const, allowPositionals: spec.allowPositionals ?? false });
        return { values, positionals };
    } catch (e) {
        if (typeof (e as NodeJS.ErrnoException).code === "string" && (e as NodeJS.ErrnoException).code!.startsWith("ERR_PARSE_ARGS_")) {
            throw new UsageError(describeParseError(e as NodeJS.ErrnoException));
        }
        throw e;
    }
}

/** Prints a usage error as one line and the usage on stderr; returns the exit code 2. */
export function usageFailure<O extends Options>(spec: CliSpec<O>, io: Io, message: string): number {
    io.err(`${spec.name}: ${message}`);
    spec.usage.forEach(line => io.err(line));
    return EXIT_USAGE;
}

/**
 * Runs a script's main on its parsed command line: --help and -h print the usage (exit 0) without running it; a
 * UsageError, from the parser or from main, prints one line and the usage (exit 2). Other errors are main's to handle.
 */
export function runWithCommandLine<O extends Options>(spec: CliSpec<O>, argv: readonly string[], io: Io,
    main: (parsed: Parsed<O>) => number): number {
    if (wantsHelp(argv)) {
        spec.usage.forEach(line => io.out(line));
        return 0;
    }
    try {
        return main(parseCommandLine(spec, argv));
    } catch (e) {
        if (e instanceof UsageError) {
            return usageFailure(spec, io, e.message);
        }
        throw e;
    }
}

/** runWithCommandLine for a main that waits (preview:offline, zero-etl, bench). */
export async function runWithCommandLineAsync<O extends Options>(spec: CliSpec<O>, argv: readonly string[], io: Io,
    main: (parsed: Parsed<O>) => Promise<number>): Promise<number> {
    let pending: Promise<number> | undefined;
    const code = runWithCommandLine(spec, argv, io, parsed => {
        pending = main(parsed);
        return -1;
    });
    if (pending === undefined) {
        return code;
    }
    try {
        return await pending;
    } catch (e) {
        if (e instanceof UsageError) {
            return usageFailure(spec, io, e.message);
        }
        throw e;
    }
}

/**
 * The entry of a script run by npm: sets the exit code from `run`; an error nobody expected is still one line
 * (`<name>: <message>`, exit 1), never a stack trace.
 */
export function runEntry(name: string, run: (argv: string[]) => number | Promise<number>): void {
    Promise.resolve()
        .then(() => run(process.argv.slice(2)))
        .then(code => {
            process.exitCode = code;
        }, (e: unknown) => {
            process.stderr.write(`${name}: ${e instanceof Error ? e.message : String(e)}\n`);
            process.exitCode = 1;
        });
}
