// @ts-nocheck
// Where the day-two tool finds the zero-ETL database: the stack's outputs, from the Pulumi CLI or from a JSON file.
import { spawnSync } from "child_process";
import * as fs from "fs";

import { CliError, EXIT } from "./errors";

/** What `npm run zero-etl` needs from the stack (components/analytics.ts names these outputs). */
export interface ZeroEtlTarget {
    stack: string;
    workgroupName: string;
    secretArn: string;
    /** The database the Data API connects to: the namespace's own (redshiftDefaultDatabase; dev for older stacks). */
    connectDatabase: string;
    database: string;
    integrationId: string;
    /** The integration's data filter, when the stack exports it. */
    dataFilter?: string;
}

export type OutputsReader = (stack: string, file: string | undefined) => Record<string, unknown>;

/** `pulumi stack output --json --stack <name>` when the CLI is on PATH, else the file given with --outputs. */
export const readStackOutputs: OutputsReader = (stack, file) => {
    if (file !== undefined) {
        let text: string;
        try {
            text = fs.readFileSync(file, "utf8");
        } catch (err) {
            throw new CliError(EXIT.stack, `cannot read the outputs file ${file}: ${(err as Error).message}; ` +
                `write it with \`pulumi stack output --json --stack ${stack} > ${file}\`.`);
        }
        return parseOutputs(text, file, stack);
    }
    const run = spawnSync("pulumi", ["stack", "output", "--json", "--stack", stack], { encoding: "utf8" });
    if (run.error !== undefined && (run.error as NodeJS.ErrnoException).code === "ENOENT") {
        throw new CliError(EXIT.usage, "the pulumi CLI is not on PATH: pass the stack's outputs with `--outputs FILE` " +
            `(written elsewhere with \`pulumi stack output --json --stack ${stack} > FILE\`).`);
    }
    if (run.status !== 0) {
        throw new CliError(EXIT.stack, `\`pulumi stack output --json --stack ${stack}\` failed: ${(run.stderr || run.error?.message || "").trim()}`);
    }
    return parseOutputs(run.stdout, "pulumi stack output", stack);
};

function parseOutputs(text: string, source: string, stack: string): Record<string, unknown> {
    let parsed: unknown;
    try {
        parsed = JSON.parse(text);
    } catch {
        throw new CliError(EXIT.stack, `${source} is not JSON; write it with \`pulumi stack output --json --stack ${stack}\`.`);
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
        throw new CliError(EXIT.stack, `${source} is not a JSON object of stack outputs.`);
    }
    return parsed as Record<string, unknown>;
}

/** Checks the outputs this tool needs, with the fix when zero-ETL is off or the stack was never deployed. */
export function targetFromOutputs(outputs: Record<string, unknown>, stack: string): ZeroEtlTarget {
    if (outputs.zeroEtlDatabase === undefined) {
        throw new CliError(EXIT.stack, `stack ${stack} has no zeroEtlDatabase output: zero-ETL is off in this stack (or it was never deployed); ` +
            "turn it on with `pulumi config set zeroEtl true` and `pulumi up`, or pick the stack that has it with --stack.");
    }
    const text = (name: string): string => {
        const value = outputs[name];
        if (typeof value !== "string" || value === "") {
            throw new CliError(EXIT.stack, `stack ${stack} has no ${name} output; run \`pulumi up\` so the stack exports it.`);
        }
        return value;
    };
    const connect = outputs.redshiftDefaultDatabase;
    return {
        stack,
        workgroupName: text("redshiftWorkgroupName"),
        secretArn: text("redshiftAdminSecretArn"),
        connectDatabase: typeof connect === "string" && connect !== "" ? connect : "dev",
        database: text("zeroEtlDatabase"),
        integrationId: text("zeroEtlIntegrationId"),
        ...(typeof outputs.zeroEtlDataFilter === "string" ? { dataFilter: outputs.zeroEtlDataFilter } : {}),
    };
}
