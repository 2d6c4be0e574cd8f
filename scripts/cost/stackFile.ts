// Reads Pulumi.<stack>.yaml into the raw key -> string lookup that parseStackConfig takes, as `pulumi config get` would.
import * as fs from "fs";
import * as path from "path";
import { RawConfig } from "../../components/config";
import { parseStackFile as parseWithEngineRules, StackFileError } from "../lib/stackFile";
import { InputError } from "./inputs";

/** Pulumi stack names: letters, digits, hyphens, underscores and dots; no path separators, so no escaping the dir. */
const STACK_NAME_PATTERN = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;

export interface StackFile {
    readonly raw: RawConfig;
    /** Every project key the stack sets (for the unknown-key check), secret or not. */
    readonly keys: readonly string[];
    /** The stack's aws:region, when set. */
    readonly region?: string;
    /** Keys whose values are encrypted (`secure:`), which this script cannot read; they count as unset. */
    readonly secretKeys: readonly string[];
}

/** Parses the YAML text of a stack file (scripts/lib/stackFile.ts, shared with the offline preview); `fileName` only names it in errors. */
export function parseStackFile(text: string, fileName: string): StackFile {
    try {
        const file = parseWithEngineRules(text, fileName);
        return { raw: file.raw, keys: file.keys, ...(file.region !== undefined ? { region: file.region } : {}), secretKeys: file.secretKeys };
    } catch (e) {
        if (e instanceof StackFileError) {
            throw new InputError(e.message);
        }
        throw e;
    }
}

/** Reads `<dir>/Pulumi.<stackName>.yaml`. */
export function readStackFile(dir: string, stackName: string): StackFile {
    if (!STACK_NAME_PATTERN.test(stackName)) {
        throw new InputError(`--stack has the invalid value ${JSON.stringify(stackName)}: allowed is a stack name of letters, digits, hyphens, underscores and dots.`);
    }
    const fileName = path.join(dir, `Pulumi.${stackName}.yaml`);
    let text: string;
    try {
        text = fs.readFileSync(fileName, "utf8");
    } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ENOENT") {
            throw new InputError(`No stack file ${fileName}: create the stack with \`pulumi stack init ${stackName}\` and set its config, or pass --dir with the project directory.`);
        }
        throw e;
    }
    return parseStackFile(text, fileName);
}
