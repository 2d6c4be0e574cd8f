// Policy zero-etl-refresh-interval-declared (resource): runs at each resource's step, before it is created or updated,
// on every deploy path (`pulumi up --skip-preview`, the Automation API's up(), pulumi/actions `command: up`), where the
// stack policy only runs once everything exists. It refuses:
// - a zero-ETL integration into Redshift that does not declare its refresh interval (in range) in its tag, whichever way
//   it is made (lib/integrations.ts: the integration types, a Cloud Control resource, a CloudFormation template's resource),
//   and a template or desiredState that may create one but can't be read;
// - SQL that reaches Redshift (a Data API statement, an EventBridge target, a state machine's Data API task, a Scheduler
//   universal target, a pipe; aws or aws-native) and creates a database FROM INTEGRATION without REFRESH_INTERVAL, sets one out of range,
//   or touches a zero-ETL database in a way the pack can't read completely;
// - an aws.lambda.Invocation whose aurora-analytics:zero-etl-database input sets an interval out of range.
import { ResourceValidationArgs, ResourceValidationPolicy, ReportViolation } from "@pulumi/policy";

import { sqlCarried } from "./lib/carriers";
import { readSql } from "./lib/sql";
import { isUnknown, plain } from "./lib/values";
import { integrationsOf } from "./lib/integrations";
import { DATABASE_INPUT_KIND, INVOCATION, REFRESH_INTERVAL_TAG, STATEMENT, declaredInterval, propsTargetRedshift } from "./lib/zeroEtl";
import { RefreshIntervalConfig, declarationProblem, howToFix, rangeSchema, refreshRange } from "./zeroEtlRefreshInterval";

export const NAME = "zero-etl-refresh-interval-declared";

function range(args: ResourceValidationArgs): { min: number; max: number } {
    return refreshRange(args.getConfig<RefreshIntervalConfig>());
}

/**
 * Every zero-ETL integration the resource creates (itself, a Cloud Control desiredState, the resources of a CloudFormation
 * template) declares its interval in range; one the pack can't read but that may create an integration is refused.
 */
export function validateIntegration(args: ResourceValidationArgs, reportViolation: ReportViolation): void {
    const found = integrationsOf(args.type, args.name, plain(args.props) ?? {});
    if (found.integrations.length === 0 && found.unreadable === undefined) {
        return; // Not an integration, or one not known yet (zero-etl-unverifiable advises).
    }
    const { min, max } = range(args);
    if (found.unreadable !== undefined) {
        reportViolation(`${args.name} ${found.unreadable}; the pack refuses what it can't read (fail closed).\n` +
            `Fix: give it a template or desiredState that is valid JSON or YAML, or create the integration with aws.rds.Integration ` +
            `tagged "${REFRESH_INTERVAL_TAG}".`);
    }
    for (const integration of found.integrations) {
        if (!propsTargetRedshift(integration.kind, integration.props)) {
            continue;
        }
        const declaration = declaredInterval(integration.props);
        if (declaration.state === "unknown") {
            continue; // Computed from another resource: known at this resource's step in the update, and judged then.
        }
        const problem = declarationProblem(declaration, min, max);
        if (problem !== undefined) {
            reportViolation(`Zero-ETL integration ${integration.name} ${problem}.\n${howToFix(min, max)}`);
        }
    }
}

/**
 * The problems with SQL that reaches Redshift: a CREATE DATABASE ... FROM INTEGRATION without REFRESH_INTERVAL (Redshift
 * then replicates continuously), an interval out of range, and any statement touching a zero-ETL database that the pack
 * can't read completely (fail closed). Whether or not the integration is in this stack.
 */
export function sqlProblems(sql: string, min: number, max: number): string[] {
    const out: string[] = [];
    for (const s of readSql(sql)) {
        if (s.kind === "unreadable") {
            out.push(`has a statement it can't read completely (${s.statement} ...): ${s.part}`);
        } else if (s.refreshInterval !== undefined && (s.refreshInterval < min || s.refreshInterval > max)) {
            out.push(`sets REFRESH_INTERVAL ${s.refreshInterval} on database ${s.database}, outside the allowed ${min} to ${max} seconds`);
        } else if (s.kind === "create-from-integration" && s.refreshInterval === undefined) {
            out.push(`creates database ${s.database} FROM INTEGRATION '${s.integrationId}' without REFRESH_INTERVAL, so Redshift replicates continuously`);
        }
    }
    return out;
}

/** Every carrier of SQL to Redshift (lib/carriers.ts): its known SQL is judged at its own step. */
export function validateStatement(args: ResourceValidationArgs, reportViolation: ReportViolation): void {
    const texts = sqlCarried(args.type, plain(args.props) ?? {});
    if (texts.length === 0) {
        return;
    }
    const { min, max } = range(args);
    for (const { where, sql } of texts) {
        if (sql === "unknown") {
            continue; // Not known yet (first preview): judged at this step in the update. Computed when it runs: zero-etl-unverifiable advises.
        }
        for (const problem of sqlProblems(sql, min, max)) {
            const who = args.type === STATEMENT ? `Statement ${args.name}` : `${args.type.split(":").pop()} ${args.name}, ${where},`;
            reportViolation(`${who} ${problem}.\n${howToFix(min, max)}`);
        }
    }
}

export function validateInvocation(args: ResourceValidationArgs, reportViolation: ReportViolation): void {
    if (args.type !== INVOCATION) {
        return;
    }
    const input = plain(args.props)?.input;
    if (typeof input !== "string" || isUnknown(input)) {
        return;
    }
    let parsed: any;
    try {
        parsed = JSON.parse(input);
    } catch {
        return;
    }
    if (!parsed || parsed.kind !== DATABASE_INPUT_KIND) {
        return;
    }
    const { min, max } = range(args);
    const seconds = parsed.refreshIntervalSeconds;
    if (parsed.version !== 1) {
        reportViolation(`Invocation ${args.name} has a ${DATABASE_INPUT_KIND} input of version ${JSON.stringify(parsed.version)}; ` +
            `this pack reads version 1.\nFix: update the policy pack, or send version 1.`);
    } else if (!Number.isInteger(seconds) || seconds < min || seconds > max) {
        reportViolation(`Invocation ${args.name} sets refreshIntervalSeconds ${JSON.stringify(seconds)} on database ` +
            `${JSON.stringify(parsed.database)}, outside the allowed ${min} to ${max} seconds.\n${howToFix(min, max)}`);
    }
}

export const zeroEtlRefreshIntervalDeclared: ResourceValidationPolicy = {
    name: NAME,
    description: "A zero-ETL integration into Redshift declares its refresh interval in range before it is created or updated; " +
        "statements and invocations that set one stay in range.",
    enforcementLevel: "mandatory",
    configSchema: { properties: rangeSchema(" (applies to zero-etl-refresh-interval too)") },
    validateResource: [validateIntegration, validateStatement, validateInvocation],
};
