// `npm run preview:offline -- [--stack dev] [--policy-config FILE]`: the plan and policy verdict without AWS or the Pulumi CLI.
import * as fs from "fs";
import * as path from "path";

import { CliSpec, Io, runWithCommandLineAsync, STDIO } from "./lib/cli";
import { ROOT, loadStackFile, previewOffline } from "./lib/offlinePreview";

const OPTIONS = {
    stack: { type: "string" },
    "policy-config": { type: "string" },
    "stack-file": { type: "string" },
    help: { type: "boolean", short: "h" },
} as const;

export const SPEC: CliSpec<typeof OPTIONS> = {
    name: "preview:offline",
    usage: [
        "usage: npm run preview:offline -- [--stack NAME] [--policy-config FILE] [--stack-file FILE]",
        "  --stack NAME          stack whose Pulumi.NAME.yaml is previewed (default: dev)",
        "  --policy-config FILE  policy settings, in the format of `pulumi preview --policy-pack-config`",
        "  --stack-file FILE     read the stack config from FILE instead of Pulumi.NAME.yaml",
        "exit codes: 0 no mandatory violation, 1 a mandatory policy is violated, 2 the preview could not run",
    ],
    options: OPTIONS,
};

/** Runs the preview for the command line; returns the exit code. */
export function main(argv: readonly string[], io: Io = STDIO): Promise<number> {
    return runWithCommandLineAsync(SPEC, argv, io, async ({ values }) => {
        try {
            return await preview(values.stack ?? "", values["policy-config"], values["stack-file"], io);
        } catch (e) {
            io.err(`preview:offline: ${(e as Error).message}`);
            return 2;
        }
    });
}

async function preview(stackOption: string, policyConfigFile: string | undefined, stackFileOption: string | undefined, io: Io): Promise<number> {
    // The stack's name: --stack, else the NAME of a --stack-file Pulumi.NAME.yaml, else dev.
    const stack = stackOption || /^Pulumi\.(.+)\.ya?ml$/.exec(path.basename(stackFileOption ?? ""))?.[1] || "dev";
    const stackFile = stackFileOption ?? path.join(ROOT, `Pulumi.${stack}.yaml`);
    if (!fs.existsSync(stackFile)) {
        throw new Error(`no stack config ${stackFile}; create it with \`pulumi stack init ${stack}\` and \`pulumi config set ...\`, or pass --stack-file`);
    }
    let policyConfig: Record<string, unknown> | undefined;
    if (policyConfigFile !== undefined) {
        try {
            policyConfig = JSON.parse(fs.readFileSync(policyConfigFile, "utf8"));
        } catch (e) {
            throw new Error(`can't read policy config ${policyConfigFile}: ${(e as Error).message}`);
        }
    }
    const { config, secrets } = loadStackFile(stackFile);
    const result = await previewOffline({ stack, config, secrets, policyConfig });
    io.out(result.text);
    return result.mandatory.length > 0 ? 1 : 0;
}

if (require.main === module) {
    // A failure the program leaves behind (a rejected registration) is still one sentence and exit code 2, never a stack trace.
    process.on("unhandledRejection", e => {
        console.error(`preview:offline: ${(e as Error)?.message ?? String(e)}`);
        process.exit(2);
    });
    main(process.argv.slice(2)).then(code => process.exit(code), e => {
        console.error(`preview:offline: ${(e as Error).message}`);
        process.exit(2);
    });
}
