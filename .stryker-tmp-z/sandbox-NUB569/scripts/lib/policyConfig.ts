// @ts-nocheck
// Reads a `pulumi preview --policy-pack-config` file and resolves it against the pack's schemas and defaults.
import { EnforcementLevelName, PolicyPackInfo, ResolvedPolicyConfig } from "./policyAnalyzer";

const LEVELS: readonly EnforcementLevelName[] = ["advisory", "mandatory", "remediate", "disabled"];

/** The file format: `{"all"?: level, "<policy>": level | {enforcementLevel?, ...properties}}`. */
export type PolicyConfigFile = Record<string, unknown>;

function schemaError(where: string, value: unknown, rule: string): Error {
    return new Error(`Policy config ${where} has the invalid value ${JSON.stringify(value)}: ${rule}.`);
}

/** Checks the JSON-schema keywords the pack uses (type, enum, minimum, maximum, items). */
function check(where: string, value: unknown, schema: any): void {
    if (!schema || typeof schema !== "object") {
        return;
    }
    const types: string[] = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
    const typeOf = (v: unknown): string[] => {
        if (Array.isArray(v)) return ["array"];
        if (v === null) return ["null"];
        if (typeof v === "number") return Number.isInteger(v) ? ["integer", "number"] : ["number"];
        return [typeof v];
    };
    if (types.length > 0 && !typeOf(value).some(t => types.includes(t))) {
        throw schemaError(where, value, `allowed is ${types.join(" or ")}`);
    }
    if (Array.isArray(schema.enum) && !schema.enum.some((e: unknown) => JSON.stringify(e) === JSON.stringify(value))) {
        throw schemaError(where, value, `allowed is one of ${schema.enum.map((e: unknown) => JSON.stringify(e)).join(", ")}`);
    }
    if (typeof value === "number") {
        if (typeof schema.minimum === "number" && value < schema.minimum) {
            throw schemaError(where, value, `allowed is at least ${schema.minimum}`);
        }
        if (typeof schema.maximum === "number" && value > schema.maximum) {
            throw schemaError(where, value, `allowed is at most ${schema.maximum}`);
        }
    }
    if (Array.isArray(value) && schema.items && !Array.isArray(schema.items)) {
        value.forEach((item, i) => check(`${where}[${i}]`, item, schema.items));
    }
}

/**
 * The config each policy runs with: its default level and schema defaults, overridden by the file.
 * Throws one sentence naming the policy, key and value for anything the pack would not accept.
 */
export function resolvePolicyConfig(info: PolicyPackInfo, file: PolicyConfigFile = {}): ResolvedPolicyConfig {
    if (file === null || typeof file !== "object" || Array.isArray(file)) {
        throw new Error(`Policy config must be a JSON object of policy names, got ${JSON.stringify(file)}.`);
    }
    const known = new Set(info.policies.map(p => p.name));
    for (const key of Object.keys(file)) {
        if (key !== "all" && !known.has(key)) {
            throw new Error(`Policy config names the policy "${key}", which pack ${info.name} does not have; its policies are ${[...known].join(", ")}.`);
        }
    }
    const levelOf = (where: string, value: unknown): EnforcementLevelName => {
        if (typeof value !== "string" || !LEVELS.includes(value as EnforcementLevelName)) {
            throw schemaError(where, value, `allowed enforcement levels are ${LEVELS.join(", ")}`);
        }
        return value as EnforcementLevelName;
    };
    const all = file.all === undefined ? undefined : levelOf("all", file.all);
    const resolved: ResolvedPolicyConfig = {};
    for (const policy of info.policies) {
        const schemaProps = policy.configSchema?.properties ?? {};
        const properties: Record<string, unknown> = {};
        for (const [key, schema] of Object.entries(schemaProps)) {
            if (schema && typeof schema === "object" && "default" in schema) {
                properties[key] = (schema as any).default;
            }
        }
        let enforcementLevel = all ?? policy.enforcementLevel;
        const entry = file[policy.name];
        if (typeof entry === "string") {
            enforcementLevel = levelOf(policy.name, entry);
        } else if (entry !== undefined) {
            if (entry === null || typeof entry !== "object" || Array.isArray(entry)) {
                throw schemaError(policy.name, entry, "allowed is an enforcement level or an object of settings");
            }
            for (const [key, value] of Object.entries(entry)) {
                if (key === "enforcementLevel") {
                    enforcementLevel = levelOf(`${policy.name}.enforcementLevel`, value);
                    continue;
                }
                if (!(key in schemaProps)) {
                    const allowed = Object.keys(schemaProps);
                    throw new Error(`Policy config ${policy.name}.${key} is not a setting of that policy; ` +
                        (allowed.length > 0 ? `its settings are enforcementLevel, ${allowed.join(", ")}.` : "it only takes enforcementLevel."));
                }
                check(`${policy.name}.${key}`, value, schemaProps[key]);
                properties[key] = value;
            }
        }
        for (const key of policy.configSchema?.required ?? []) {
            if (properties[key] === undefined) {
                throw new Error(`Policy config ${policy.name}.${key} is required.`);
            }
        }
        resolved[policy.name] = { enforcementLevel, properties };
    }
    return resolved;
}
