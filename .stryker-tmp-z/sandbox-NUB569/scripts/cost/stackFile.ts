// @ts-nocheck
// Reads Pulumi.<stack>.yaml into the raw key -> string lookup that parseStackConfig takes, as `pulumi config get` would.
import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { PROJECT, RawConfig } from "../../components/config";
import { InputError } from "./inputs";

/** Pulumi stack names: letters, digits, hyphens, underscores and dots; no path separators, so no escaping the dir. */
const STACK_NAME_PATTERN = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;

export interface StackFile {
    readonly raw: RawConfig;
    /** The stack's aws:region, when set. */
    readonly region?: string;
    /** Keys whose values are encrypted (`secure:`), which this script cannot read; they count as unset. */
    readonly secretKeys: readonly string[];
}

function isSecret(value: unknown): boolean {
    return typeof value === "object" && value !== null && !Array.isArray(value)
        && Object.keys(value).length === 1 && "secure" in value;
}

/** Config values the way Pulumi hands them to a program: scalars as text, objects and arrays as JSON. */
function asConfigString(value: unknown): string | undefined {
    if (value === null || value === undefined) {
        return undefined;
    }
    if (typeof value === "object") {
        return JSON.stringify(value);
    }
    return String(value);
}

/** Parses the YAML text of a stack file; `fileName` only names it in errors. */
export function parseStackFile(text: string, fileName: string): StackFile {
    let doc: unknown;
    try {
        doc = parse(text);
    } catch (e) {
        throw new InputError(`${fileName} is not valid YAML: ${(e as Error).message}`);
    }
    const config = doc === null || doc === undefined ? {} : (doc as Record<string, unknown>).config ?? {};
    if (typeof config !== "object" || config === null || Array.isArray(config)) {
        throw new InputError(`${fileName}: "config" must be a map of <namespace>:<key> to values.`);
    }
    const values = new Map<string, string>();
    const secretKeys: string[] = [];
    const prefix = `${PROJECT}:`;
    for (const [fullKey, value] of Object.entries(config as Record<string, unknown>)) {
        if (!fullKey.startsWith(prefix)) {
            continue;
        }
        const key = fullKey.slice(prefix.length);
        if (isSecret(value)) {
            secretKeys.push(key);
            continue;
        }
        const text = asConfigString(value);
        if (text !== undefined) {
            values.set(key, text);
        }
    }
    const region = asConfigString((config as Record<string, unknown>)["aws:region"]);
    return { raw: key => values.get(key), ...(region !== undefined ? { region } : {}), secretKeys };
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
