// Reads a Pulumi.<stack>.yaml the way the engine loads it, for every script that reads one (preview:offline, cost).
import { parse } from "yaml";

import { closestName } from "../../components/closestName";
import { knownConfigKeys, PROJECT, RawConfig, REMOVED_KEYS } from "../../components/config";

/** A stack file the engine would refuse, or that cannot be read: one sentence naming the file and the fix. */
export class StackFileError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "StackFileError";
    }
}

export interface StackFileConfig {
    /** The file, as errors name it. */
    readonly fileName: string;
    /** Project keys (without `aurora-analytics:`) in file order: every one the stack sets, secret or not. */
    readonly keys: readonly string[];
    /** Project keys whose value is or holds a `secure:` value, which no script here can decrypt. */
    readonly secretKeys: readonly string[];
    /** Project values as Pulumi hands them to a program (scalars as text, objects and lists as JSON); secrets absent. */
    readonly raw: RawConfig;
    /** Every key, of any namespace, whose value is or holds a secure value, with its namespace (`aurora-analytics:x`). */
    readonly secureKeys: readonly string[];
    /** Keys of other namespaces (`aws:region`, ...) with their values as text; secrets absent. */
    readonly otherNamespaces: Readonly<Record<string, string>>;
    /** The stack's aws:region, when set. */
    readonly region?: string;
    /**
     * The values with each secure value replaced by `placeholder(key)`, for a program that must run on them
     * (the offline preview); project keys lose their prefix, other keys keep theirs.
     */
    withPlaceholders(placeholder: (key: string) => string): Record<string, string>;
}

/** A `secure:` value as Pulumi writes it: a map of exactly one key, secure (sdk/go/common/resource/config/map.go: "secure" keys in maps of length 1 are reserved). */
export function isSecureValue(value: unknown): boolean {
    return typeof value === "object" && value !== null && !Array.isArray(value)
        && Object.keys(value).length === 1 && typeof (value as Record<string, unknown>).secure === "string";
}

function holdsSecureValue(value: unknown): boolean {
    if (isSecureValue(value)) {
        return true;
    }
    if (typeof value === "object" && value !== null) {
        return Object.values(value as Record<string, unknown>).some(holdsSecureValue);
    }
    return false;
}

function replaceSecure(value: unknown, placeholder: string): unknown {
    if (isSecureValue(value)) {
        return placeholder;
    }
    if (Array.isArray(value)) {
        return value.map(v => replaceSecure(v, placeholder));
    }
    if (typeof value === "object" && value !== null) {
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceSecure(v, placeholder)]));
    }
    return value;
}

/** Config values the way Pulumi hands them to a program: scalars as text, objects and arrays as JSON. */
function asConfigString(value: unknown): string | undefined {
    if (value === null || value === undefined) {
        return undefined;
    }
    return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/**
 * Splits a stack file key as the engine does (sdk/go/common/resource/config/key.go ParseKey): `<namespace>:<name>`,
 * or the old `<namespace>:config:<name>`; anything else, a key without a namespace above all, fails the load.
 */
function parseKey(fullKey: string, fileName: string): { namespace: string; name: string } {
    const parts = fullKey.split(":");
    if (parts.length === 2) {
        return { namespace: parts[0], name: parts[1] };
    }
    if (parts.length === 3 && parts[1] === "config") {
        return { namespace: parts[0], name: parts[2] };
    }
    if (parts.length === 1) {
        const meant = closestName(fullKey, knownConfigKeys().filter(k => !REMOVED_KEYS.includes(k)));
        const fix = meant !== undefined
            ? `fix it by renaming it to ${PROJECT}:${meant}`
            : `fix it by writing it as <namespace>:${fullKey}, with the namespace it belongs to (${PROJECT} for this program's keys, aws for the AWS provider's)`;
        return fail(`${fileName}: config key ${fullKey} has no namespace, and Pulumi refuses to load a stack file with such a key ("configuration keys should be of the form <namespace>:<name>"); ${fix} (\`pulumi config set\` adds the namespace itself).`);
    }
    return fail(`${fileName}: config key ${fullKey} is not of the form <namespace>:<name>, and Pulumi refuses to load a stack file with such a key; fix it by writing the key as <namespace>:<name>.`);
}

function fail(message: string): never {
    throw new StackFileError(message);
}

/** Parses the YAML text of a stack file; `fileName` only names it in errors. */
export function parseStackFile(text: string, fileName: string): StackFileConfig {
    let doc: unknown;
    try {
        doc = parse(text);
    } catch (e) {
        return fail(`${fileName} is not valid YAML: ${(e as Error).message}`);
    }
    const config = doc === null || doc === undefined ? {} : (doc as Record<string, unknown>).config ?? {};
    if (typeof config !== "object" || config === null || Array.isArray(config)) {
        return fail(`${fileName}: "config" must be a map of <namespace>:<key> to values.`);
    }
    const project = new Map<string, unknown>();
    const others: Record<string, unknown> = {};
    for (const [fullKey, value] of Object.entries(config as Record<string, unknown>)) {
        const { namespace, name } = parseKey(fullKey, fileName);
        if (namespace === PROJECT) {
            project.set(name, value);
        } else {
            others[`${namespace}:${name}`] = value;
        }
    }
    const keys = [...project.keys()];
    const secretKeys = keys.filter(k => holdsSecureValue(project.get(k)));
    const values = new Map<string, string>();
    for (const key of keys.filter(k => !secretKeys.includes(k))) {
        const text = asConfigString(project.get(key));
        if (text !== undefined) {
            values.set(key, text);
        }
    }
    const otherNamespaces: Record<string, string> = {};
    for (const [key, value] of Object.entries(others)) {
        const text = holdsSecureValue(value) ? undefined : asConfigString(value);
        if (text !== undefined) {
            otherNamespaces[key] = text;
        }
    }
    const region = otherNamespaces["aws:region"];
    const secureKeys = [...secretKeys.map(k => `${PROJECT}:${k}`), ...Object.keys(others).filter(k => holdsSecureValue(others[k]))];
    return {
        fileName, keys, secretKeys, secureKeys, otherNamespaces,
        raw: key => values.get(key),
        ...(region !== undefined ? { region } : {}),
        withPlaceholders(placeholder: (key: string) => string): Record<string, string> {
            const out: Record<string, string> = {};
            for (const [key, value] of project) {
                const text = asConfigString(replaceSecure(value, placeholder(key)));
                if (text !== undefined) {
                    out[key] = text;
                }
            }
            for (const [key, value] of Object.entries(others)) {
                const text = asConfigString(replaceSecure(value, placeholder(key)));
                if (text !== undefined) {
                    out[key] = text;
                }
            }
            return out;
        },
    };
}
