// @ts-nocheck
// Policy zero-etl-refresh-interval: every zero-ETL integration into Redshift has its own bounded REFRESH_INTERVAL setting.
import { StackValidationArgs, StackValidationPolicy, ReportViolation } from "@pulumi/policy";

import { Node, StackGraph } from "./lib/graph";
import { refreshIntervalOf } from "./lib/sql";
import { isUnknown, numberOr } from "./lib/values";
import { STATEMENT, describeIntegration, redshiftIntegrations } from "./lib/zeroEtl";

export const NAME = "zero-etl-refresh-interval";
/** 900 s (15 minutes): by `npm run cost`, shorter intervals approach continuous replication's cost; see README.md. */
export const DEFAULT_MINIMUM_SECONDS = 900;
/** Redshift's own upper bound: 5 days. */
export const DEFAULT_MAXIMUM_SECONDS = 432000;

export interface RefreshIntervalConfig {
    minimumSeconds?: number;
    maximumSeconds?: number;
}

interface Setting {
    statement: Node;
    /** undefined: the statement's SQL is known and sets no refresh interval. */
    seconds?: number;
    /** The SQL can't be read yet (preview of a first deploy). */
    unreadable: boolean;
}

function settingOf(statement: Node): Setting {
    const sql = statement.props.sql;
    if (isUnknown(sql)) {
        return { statement, unreadable: true };
    }
    return { statement, unreadable: false, seconds: typeof sql === "string" ? refreshIntervalOf(sql) : undefined };
}

function howToFix(min: number, max: number): string {
    const example = Math.min(Math.max(3600, min), max);
    return `Fix: in aurora-analytics run \`pulumi config set aurora-analytics:refreshIntervalSeconds ${example}\` ` +
        `(${min} to ${max} seconds); the program then creates the Redshift Data API statement ` +
        `\`ALTER DATABASE "<zeroEtlDatabase>" INTEGRATION SET REFRESH_INTERVAL ${example}\` (an aws.redshiftdata.Statement that ` +
        `depends on the integration). In another program, add such a statement with literal SQL, so that it can be read at preview.`;
}

/** The violation for one integration, or undefined when it has a valid setting. */
export function judgeIntegration(integration: Node, dependents: readonly Node[], min: number, max: number): string | undefined {
    const settings = dependents.filter(n => n.type === STATEMENT).map(settingOf);
    const known = settings.filter(s => s.seconds !== undefined);
    const outOfRange = known.filter(s => s.seconds! < min || s.seconds! > max);
    const who = `Zero-ETL integration ${describeIntegration(integration)}`;
    if (outOfRange.length > 0) {
        const list = outOfRange.map(s => `statement ${s.statement.name} sets REFRESH_INTERVAL ${s.seconds}`).join("; ");
        return `${who} has a refresh interval outside the allowed ${min} to ${max} seconds: ${list}. ${howToFix(min, max)}`;
    }
    if (known.length > 0) {
        return undefined;
    }
    const unreadable = settings.filter(s => s.unreadable);
    if (unreadable.length > 0) {
        const names = unreadable.map(s => s.statement.name).join(", ");
        return `${who} has no refresh-interval setting that can be checked: the SQL of the Redshift Data API statement(s) ` +
            `${names} that depend on it can't be read at preview (it is computed from values known only after deployment, ` +
            `such as the integration id), so the setting counts as missing. ${howToFix(min, max)}`;
    }
    return `${who} has no refresh-interval setting: no Redshift Data API statement (${STATEMENT}) that depends on it runs ` +
        `CREATE DATABASE ... FROM INTEGRATION ... REFRESH_INTERVAL n or ALTER DATABASE ... INTEGRATION SET REFRESH_INTERVAL n, ` +
        `so Redshift would replicate continuously and keep the warehouse busy. ${howToFix(min, max)}`;
}

export function validate(args: StackValidationArgs, reportViolation: ReportViolation): void {
    const config = args.getConfig<RefreshIntervalConfig>();
    const min = numberOr(config.minimumSeconds, DEFAULT_MINIMUM_SECONDS);
    const max = numberOr(config.maximumSeconds, DEFAULT_MAXIMUM_SECONDS);
    if (min > max) {
        reportViolation(`Policy config of ${NAME} is inconsistent: minimumSeconds ${min} is above maximumSeconds ${max}; no refresh interval can pass.`);
        return;
    }
    const graph = new StackGraph(args.resources);
    for (const integration of redshiftIntegrations(graph)) {
        const message = judgeIntegration(integration, graph.dependentsOf(integration), min, max);
        if (message !== undefined) {
            reportViolation(message, integration.urn);
        }
    }
}

export const zeroEtlRefreshInterval: StackValidationPolicy = {
    name: NAME,
    description: "Every zero-ETL integration into Redshift has its own REFRESH_INTERVAL setting (a Redshift Data API " +
        "statement that depends on it) within the allowed range, so Redshift does not replicate continuously.",
    enforcementLevel: "mandatory",
    configSchema: {
        properties: {
            minimumSeconds: {
                type: "integer", minimum: 0, maximum: DEFAULT_MAXIMUM_SECONDS, default: DEFAULT_MINIMUM_SECONDS,
                description: "Smallest allowed REFRESH_INTERVAL in seconds.",
            },
            maximumSeconds: {
                type: "integer", minimum: 0, maximum: DEFAULT_MAXIMUM_SECONDS, default: DEFAULT_MAXIMUM_SECONDS,
                description: "Largest allowed REFRESH_INTERVAL in seconds.",
            },
        },
    },
    validateStack: validate,
};
