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
 * One table's config as the state machine definition carries it (the stack's `tables`, a static Parameters value).
 * Every name is checked again, because whatever is here becomes SQL. The config travels in the definition and the
 * Map items, not in the Lambda environment: 200 tables of config exceed Lambda's 4 KB environment limit.
 */
export function parseTableConfig(entry: unknown, what: string): PipelineTable {
    const e = (typeof entry === "object" && entry !== null && !Array.isArray(entry) ? entry : {}) as Record<string, unknown>;
    const ok = typeof e.name === "string" && IDENTIFIER_PATTERN.test(e.name)
        && Array.isArray(e.primaryKey) && e.primaryKey.length > 0
        && e.primaryKey.every(k => typeof k === "string" && IDENTIFIER_PATTERN.test(k))
        && (e.timestampColumn === undefined || (typeof e.timestampColumn === "string" && IDENTIFIER_PATTERN.test(e.timestampColumn)));
    if (!ok) {
        throw new PipelineConfigError(`${what} is not a valid {name, primaryKey, timestampColumn?}: ${JSON.stringify(entry)}`);
    }
    return {
        name: e.name as string,
        primaryKey: [...(e.primaryKey as string[])],
        ...(e.timestampColumn !== undefined ? { timestampColumn: e.timestampColumn as string } : {}),
    };
}

/** The configured tables (the definition's `configuredTables`): a non-empty list of unique, valid table configs. */
export function parseTables(value: unknown): readonly PipelineTable[] {
    if (!Array.isArray(value) || value.length === 0) {
        throw new PipelineConfigError("configuredTables must be a non-empty list of tables");
    }
    const seen = new Set<string>();
    return value.map((entry: unknown, i: number): PipelineTable => {
        const table = parseTableConfig(entry, `configuredTables[${i}]`);
        if (seen.has(table.name.toLowerCase())) {
            throw new PipelineConfigError(`configuredTables[${i}] names the table ${table.name} a second time`);
        }
        seen.add(table.name.toLowerCase());
        return table;
    });
}

/** Table names a later state passes on from the run plan: identifiers only, so nothing else reaches SQL or ExportOnly. */
export function tableNames(value: unknown): string[] {
    if (!Array.isArray(value) || value.length === 0 || !value.every(n => typeof n === "string" && IDENTIFIER_PATTERN.test(n))) {
        throw new PipelineConfigError(`tables ${JSON.stringify(value)} is not a non-empty list of table names`);
    }
    return value as string[];
}

export const EXPORT_TASK_ID_PATTERN = /^[A-Za-z](?:[A-Za-z0-9]|-(?!-)){0,58}[A-Za-z0-9]$/;
export const RUN_ID_PATTERN = /^r\d{8}t\d{6}_[0-9a-f]{8}$/;

/** One JSON line per event, so CloudWatch Logs Insights can filter by field. */
export function log(event: string, fields: Record<string, unknown>): void {
    console.log(JSON.stringify({ event, ...fields }));
}
