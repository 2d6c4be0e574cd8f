// @ts-nocheck
// `npm run preview:offline -- [--stack dev] [--policy-config FILE]`: the plan and policy verdict without AWS or the Pulumi CLI.
import * as fs from "fs";
import * as path from "path";

import { ROOT, loadStackFile, previewOffline } from "./lib/offlinePreview";

const USAGE = `usage: npm run preview:offline -- [--stack NAME] [--policy-config FILE] [--stack-file FILE]
  --stack NAME          stack whose Pulumi.NAME.yaml is previewed (default: dev)
  --policy-config FILE  policy settings, in the format of \`pulumi preview --policy-pack-config\`
  --stack-file FILE     read the stack config from FILE instead of Pulumi.NAME.yaml
exit codes: 0 no mandatory violation, 1 a mandatory policy is violated, 2 the preview could not run`;

interface Args {
    stack: string;
    policyConfig?: string;
    stackFile?: string;
}

function parseArgs(argv: string[]): Args {
    const args: Args = { stack: "" };
    for (let i = 0; i < argv.length; i++) {
        const flag = argv[i];
        const value = argv[i + 1];
        if (flag === "--help" || flag === "-h") {
            console.log(USAGE);
            process.exit(0);
        }
        if (!["--stack", "--policy-config", "--stack-file"].includes(flag)) {
            throw new Error(`unknown option ${flag}\n${USAGE}`);
        }
        if (value === undefined || value.startsWith("--")) {
            throw new Error(`${flag} needs a value\n${USAGE}`);
        }
        i++;
        if (flag === "--stack") args.stack = value;
        if (flag === "--policy-config") args.policyConfig = value;
        if (flag === "--stack-file") args.stackFile = value;
    }
    return args;
}

async function main(): Promise<number> {
    const args = parseArgs(process.argv.slice(2));
    // The stack's name: --stack, else the NAME of a --stack-file Pulumi.NAME.yaml, else dev.
    args.stack = args.stack || /^Pulumi\.(.+)\.ya?ml$/.exec(path.basename(args.stackFile ?? ""))?.[1] || "dev";
    const stackFile = args.stackFile ?? path.join(ROOT, `Pulumi.${args.stack}.yaml`);
    if (!fs.existsSync(stackFile)) {
        throw new Error(`no stack config ${stackFile}; create it with \`pulumi stack init ${args.stack}\` and \`pulumi config set ...\`, or pass --stack-file`);
    }
    let policyConfig: Record<string, unknown> | undefined;
    if (args.policyConfig !== undefined) {
        try {
            policyConfig = JSON.parse(fs.readFileSync(args.policyConfig, "utf8"));
        } catch (e) {
            throw new Error(`can't read policy config ${args.policyConfig}: ${(e as Error).message}`);
        }
    }
    const { config, secrets } = loadStackFile(stackFile);
    const result = await previewOffline({ stack: args.stack, config, secrets, policyConfig });
    console.log(result.text);
    return result.mandatory.length > 0 ? 1 : 0;
}

// A failure the program leaves behind (a rejected registration) is still one sentence and exit code 2, never a stack trace.
process.on("unhandledRejection", e => {
    console.error(`preview:offline: ${(e as Error)?.message ?? String(e)}`);
    process.exit(2);
});

main().then(
    code => process.exit(code),
    e => {
        console.error(`preview:offline: ${(e as Error).message}`);
        process.exit(2);
    },
);
