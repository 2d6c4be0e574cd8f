// Reads a `pulumi preview --policy-pack-config` file and resolves it against the pack's schemas and defaults.
import Ajv from "ajv";

import { EnforcementLevelName, PolicyPackInfo, ResolvedPolicyConfig } from "./policyAnalyzer";

const LEVELS: readonly EnforcementLevelName[] = ["advisory", "mandatory", "remediate", "disabled"];

/** The file format: `{"all"?: level, "<policy>": level | {enforcementLevel?, ...properties}}`. */
export type PolicyConfigFile = Record<string, unknown>;

function schemaError(where: string, value: unknown, rule: string): Error {
    return new Error(`Policy config ${where} has the invalid value ${JSON.stringify(value)}: ${rule}.`);
}

const ajv = new Ajv({ allErrors: false, strict: false });

/** One sentence for the first way `value` breaks `schema`, named by its path under `where`; undefined when it is valid. */
function schemaProblem(where: string, value: unknown, schema: object): Error | undefined {
    const validate = ajv.compile(schema);
    if (validate(value)) {
        return undefined;
    }
    const e = validate.errors![0];
    const path = e.instancePath.split("/").slice(1).map(p => (/^[0-9]+$/.test(p) ? `[${p}]` : `.${p}`)).join("");
    const at = path === "" ? where : `${where}${path}`;
    const bad = e.instancePath.split("/").slice(1).reduce<any>((v, p) => v?.[p], value);
    switch (e.keyword) {
        case "type":
            return schemaError(at, bad, `allowed is ${[e.params.type].flat().join(" or ")}`);
        case "enum":
            return schemaError(at, bad, `allowed is one of ${(e.params.allowedValues as unknown[]).map(v => JSON.stringify(v)).join(", ")}`);
        case "minimum":
            return schemaError(at, bad, `allowed is at least ${e.params.limit}`);
        case "maximum":
            return schemaError(at, bad, `allowed is at most ${e.params.limit}`);
        case "required":
            return new Error(`Policy config ${at}.${e.params.missingProperty} is required.`);
        default:
            return schemaError(at, bad, `${e.message ?? e.keyword} (JSON schema keyword ${e.keyword})`);
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
    // The CLI takes an "environments" list of ESC environment names beside the policies
    // (pkg/resource/analyzer/config.go, parsePolicyPackConfig); it configures no policy.
    if ("environments" in file) {
        const envs = file.environments;
        if (!Array.isArray(envs) || !envs.every(e => typeof e === "string")) {
            throw schemaError("environments", envs, "allowed is an array of ESC environment names (strings)");
        }
    }
    for (const key of Object.keys(file)) {
        if (key !== "all" && key !== "environments" && !known.has(key)) {
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
                properties[key] = value;
            }
        }
        // As the engine does (config.go ReconcilePolicyPackConfig): defaults first, the file over them, then one JSON-schema
        // validation of the merged properties against {type: object, properties, required} (convertSchema).
        const problem = schemaProblem(policy.name, properties, {
            type: "object", properties: schemaProps, ...(policy.configSchema?.required?.length ? { required: policy.configSchema.required } : {}),
        });
        if (problem !== undefined) {
            throw problem;
        }
        resolved[policy.name] = { enforcementLevel, properties };
    }
    return resolved;
}
