// @ts-nocheck
// Reads and validates the pipeline Lambdas' environment: the stack config the component passes in, checked again here.
import { IDENTIFIER_PATTERN, PipelineTable } from "../../../sql/athena/pipeline";

/** A deployment mistake (bad or missing environment variable), not a run input problem. */
export class PipelineConfigError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "PipelineConfigError";
    }
}

export function requireEnv(name: string, pattern?: RegExp): string {
    const value = process.env[name];
    if (value === undefined || value === "") {
        throw new PipelineConfigError(`environment variable ${name} is not set`);
    }
    if (pattern && !pattern.test(value)) {
        throw new PipelineConfigError(`environment variable ${name}=${JSON.stringify(value)} does not match ${pattern}`);
    }
    return value;
}

export function identifierEnv(name: string): string {
    return requireEnv(name, IDENTIFIER_PATTERN);
}

export function integerEnv(name: string, defaultValue: number, min: number, max: number): number {
    const raw = process.env[name];
    if (raw === undefined || raw === "") {
        return defaultValue;
    }
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < min || n > max) {
        throw new PipelineConfigError(`environment variable ${name}=${JSON.stringify(raw)} is not a whole number from ${min} to ${max}`);
    }
    return n;
}

export function booleanEnv(name: string, defaultValue: boolean): boolean {
    const raw = process.env[name];
    if (raw === undefined || raw === "") {
        return defaultValue;
    }
    if (raw !== "true" && raw !== "false") {
        throw new PipelineConfigError(`environment variable ${name}=${JSON.stringify(raw)} is not true or false`);
    }
    return raw === "true";
}

/** S3 key prefix without leading or trailing slash, e.g. "exports". */
export const PREFIX_PATTERN = /^[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*$/;
export const BUCKET_PATTERN = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/**
 * PIPELINE_TABLES: the stack's `tables` as JSON. Every name is checked again, because whatever is here becomes SQL.
 */
export function parseTables(raw: string): readonly PipelineTable[] {
    let parsed: unknown;
    try {
        parsed = JSON.parse(raw);
    } catch {
        throw new PipelineConfigError("environment variable PIPELINE_TABLES is not JSON");
    }
    if (!Array.isArray(parsed) || parsed.length === 0) {
        throw new PipelineConfigError("environment variable PIPELINE_TABLES must be a non-empty JSON list of tables");
    }
    const seen = new Set<string>();
    return parsed.map((entry: unknown, i: number): PipelineTable => {
        const e = (typeof entry === "object" && entry !== null ? entry : {}) as Record<string, unknown>;
        const ok = typeof e.name === "string" && IDENTIFIER_PATTERN.test(e.name)
            && Array.isArray(e.primaryKey) && e.primaryKey.length > 0
            && e.primaryKey.every(k => typeof k === "string" && IDENTIFIER_PATTERN.test(k))
            && (e.timestampColumn === undefined || (typeof e.timestampColumn === "string" && IDENTIFIER_PATTERN.test(e.timestampColumn)));
        if (!ok || seen.has(String(e.name).toLowerCase())) {
            throw new PipelineConfigError(`PIPELINE_TABLES[${i}] is not a valid, unique {name, primaryKey, timestampColumn?}: ${JSON.stringify(entry)}`);
        }
        seen.add((e.name as string).toLowerCase());
        return {
            name: e.name as string,
            primaryKey: [...(e.primaryKey as string[])],
            ...(e.timestampColumn !== undefined ? { timestampColumn: e.timestampColumn as string } : {}),
        };
    });
}

export function tablesEnv(): readonly PipelineTable[] {
    return parseTables(requireEnv("PIPELINE_TABLES"));
}

/** Finds a configured table by exact name; anything else is refused, so state input cannot name a table. */
export function configuredTable(tables: readonly PipelineTable[], name: unknown): PipelineTable {
    const table = tables.find(t => t.name === name);
    if (!table) {
        throw new PipelineConfigError(`table ${JSON.stringify(name)} is not one of the configured tables (${tables.map(t => t.name).join(", ")})`);
    }
    return table;
}

export const EXPORT_TASK_ID_PATTERN = /^[A-Za-z](?:[A-Za-z0-9]|-(?!-)){0,58}[A-Za-z0-9]$/;
export const RUN_ID_PATTERN = /^r\d{8}t\d{6}_[0-9a-f]{8}$/;

/** One JSON line per event, so CloudWatch Logs Insights can filter by field. */
export function log(event: string, fields: Record<string, unknown>): void {
    console.log(JSON.stringify({ event, ...fields }));
}
