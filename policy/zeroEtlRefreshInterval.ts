// Policy zero-etl-refresh-interval (stack): each database created from a zero-ETL integration into Redshift (by integration
// and database name) ends, in dependency order, with the refresh interval that integration declares; nothing else's
// setting counts for it.
import { PolicyConfigSchema, StackValidationArgs, StackValidationPolicy, ReportViolation } from "@pulumi/policy";

import { Node, StackGraph } from "./lib/graph";
import { DatabaseStatement, databaseStatements } from "./lib/sql";
import { isUnknown } from "./lib/values";
import {
    DATABASE_INPUT_KIND, Declaration, INVOCATION, PROVISIONED_CLUSTER, REFRESH_INTERVAL_TAG, SERVERLESS_NAMESPACE,
    SERVERLESS_WORKGROUP, STATEMENT, declaredInterval, describeIntegration, redshiftIntegrations, redshiftTargets,
} from "./lib/zeroEtl";
import { recordExemptions } from "./lib/exemptions";
import { configuredFor } from "./lib/packConfig";

export const NAME = "zero-etl-refresh-interval";
/** 900 s (15 minutes): by `npm run cost`, shorter intervals approach continuous replication's cost; see docs/cost.md. */
export const DEFAULT_MINIMUM_SECONDS = 900;
/** Redshift's own upper bound: 5 days. */
export const DEFAULT_MAXIMUM_SECONDS = 432000;

/** An exempt integration: by its URN, or by its type and Pulumi resource name together. */
export interface Exemption {
    urn?: string;
    type?: string;
    name?: string;
    reason: string;
}

export interface RefreshIntervalConfig {
    minimumSeconds?: number;
    maximumSeconds?: number;
    exemptIntegrations?: Exemption[];
}

/** The policies whose minimumSeconds / maximumSeconds set the one range both refresh-interval rules apply. */
export const RANGE_POLICIES: readonly string[] = [NAME, "zero-etl-refresh-interval-declared"];

/**
 * The range both refresh-interval rules apply. One setting changes it for both: a value that differs from the default on
 * either rule counts for both (the engine fills in every policy's defaults before it configures the pack,
 * pkg/resource/analyzer/config.go ReconcilePolicyPackConfig); when both rules set different values, the stricter wins.
 */
export function refreshRange(own: RefreshIntervalConfig): { min: number; max: number } {
    const configs: Array<Record<string, unknown>> = [own as Record<string, unknown>];
    for (const name of RANGE_POLICIES) {
        const c = configuredFor(name);
        if (c !== undefined) {
            configs.push(c);
        }
    }
    const pick = (key: string, fallback: number, stricter: (...v: number[]) => number): number => {
        const set = configs.map(c => c[key]).filter((v): v is number => typeof v === "number" && Number.isFinite(v) && v !== fallback);
        return set.length > 0 ? stricter(...set) : fallback;
    };
    return { min: pick("minimumSeconds", DEFAULT_MINIMUM_SECONDS, Math.max), max: pick("maximumSeconds", DEFAULT_MAXIMUM_SECONDS, Math.min) };
}

/** The advice shared by both refresh-interval rules: this program's fix, then other programs' fix. */
export function howToFix(min: number, max: number): string {
    const example = Math.min(Math.max(3600, min), max);
    return `Fix: in aurora-analytics, run \`pulumi config set aurora-analytics:refreshIntervalSeconds ${example}\` (${min} to ${max}). ` +
        `In another program, tag the integration "${REFRESH_INTERVAL_TAG}": "${example}" and create its database with ` +
        `CREATE DATABASE ... FROM INTEGRATION '<id>' SET REFRESH_INTERVAL ${example} (see the pack's README).`;
}

/** Judges a declaration against the range; undefined when it is declared and in range. */
export function declarationProblem(declaration: Declaration, min: number, max: number): string | undefined {
    switch (declaration.state) {
        case "missing":
            return `declares no refresh interval (tag ${REFRESH_INTERVAL_TAG})`;
        case "invalid":
            return `declares the refresh interval ${JSON.stringify(declaration.value)}, which is not whole seconds`;
        case "unknown":
            return `declares a refresh interval that can't be read at preview; tag it with a literal value`;
        case "declared":
            return declaration.seconds < min || declaration.seconds > max
                ? `declares a refresh interval of ${declaration.seconds} s, outside the allowed ${min} to ${max} seconds`
                : undefined;
    }
}

/** A known value, or undefined for absent, empty and unknown ones. */
function known(value: unknown): string | undefined {
    return typeof value === "string" && value !== "" && !isUnknown(value) ? value : undefined;
}

interface Setting {
    /** The resource that sets it. */
    by: Node;
    database: string;
    /** The statement's place in the resource's SQL: a later one runs after an earlier one of the same resource. */
    index: number;
    /** The REFRESH_INTERVAL it sets; undefined for a creator that sets none. */
    seconds?: number;
}

interface Findings {
    settings: Setting[];
    /** Databases created from the integration: name -> the resources that create it, in the order found. */
    created: Map<string, Node[]>;
    /**
     * Setters whose SQL or input can't be read yet (first preview), and expired Data API records. Each stands only for
     * itself (the database it may create): never for a database another resource creates.
     */
    pending: Node[];
    expired: Node[];
}

class IntegrationJudge {
    /** Whether a resource creates zero-ETL integrations (itself, or in its desiredState or template). */
    private readonly integrationTypes = (n: Node) => this.graph.integrationsAt(n).length > 0;

    constructor(private readonly graph: StackGraph) {}

    /**
     * The only integration upstream of `node` (the walk stops at resources that create integrations), or undefined when
     * there are 0 or several (a template with two integrations counts as two).
     */
    private soleIntegration(node: Node): Node | undefined {
        const found = this.graph.nearestUpstream(node, this.integrationTypes).flatMap(n => this.graph.integrationsAt(n));
        return found.length === 1 ? found[0] : undefined;
    }

    /** Whether `node` belongs to `integration`: by the id or ARN it names when both are known, else by being downstream of it alone. */
    private belongsTo(node: Node, integration: Node, namedId?: string, namedArn?: string): boolean {
        const id = known(integration.props.integrationIdentifier) ?? known(integration.props.id);
        const arn = known(integration.props.arn);
        if (namedId !== undefined && id !== undefined) {
            return namedId === id;
        }
        if (namedArn !== undefined && arn !== undefined) {
            return namedArn === arn;
        }
        return this.soleIntegration(node) === integration;
    }

    /** Workgroups (Serverless) and clusters (provisioned) where the integration's target lives, when they are in the stack. */
    private targetPlaces(integration: Node): { workgroups: Node[]; clusters: Node[] } {
        const targets = redshiftTargets(this.graph, integration);
        const workgroups = this.graph.ofType(SERVERLESS_WORKGROUP).filter(wg =>
            this.graph.referencedBy(wg, "namespaceName", [SERVERLESS_NAMESPACE], ["namespaceName"])
                .some(ns => targets.some(t => t.urn === ns.urn)));
        return { workgroups, clusters: targets.filter(t => t.type === PROVISIONED_CLUSTER) };
    }

    /** Whether a statement runs where the integration's target lives; true when the target is not in the stack. */
    private statementRunsAtTarget(statement: Node, integration: Node): boolean {
        const { workgroups, clusters } = this.targetPlaces(integration);
        if (workgroups.length === 0 && clusters.length === 0) {
            return true;
        }
        const onWorkgroup = this.graph.referencedBy(statement, "workgroupName", [SERVERLESS_WORKGROUP], ["workgroupName"]);
        const onCluster = this.graph.referencedBy(statement, "clusterIdentifier", [PROVISIONED_CLUSTER], ["clusterIdentifier"]);
        return onWorkgroup.some(w => workgroups.some(t => t.urn === w.urn)) || onCluster.some(c => clusters.some(t => t.urn === c.urn));
    }

    private invocationRunsAtTarget(input: Record<string, any>, integration: Node): boolean {
        const { workgroups } = this.targetPlaces(integration);
        const targetArn = known(integration.props.targetArn);
        if (targetArn !== undefined && known(input.namespaceArn) !== undefined && input.namespaceArn !== targetArn) {
            return false;
        }
        const names = workgroups.map(w => known(w.props.workgroupName)).filter((n): n is string => n !== undefined);
        return names.length === 0 || names.includes(input.workgroupName);
    }

    findings(integration: Node): Findings {
        const f: Findings = { settings: [], created: new Map(), pending: [], expired: [] };
        const downstream = this.graph.dependentsOf(integration, this.integrationTypes);
        const alters: Array<{ statement: Node; parsed: DatabaseStatement; index: number }> = [];
        const created = (database: string, by: Node) => f.created.set(database, [...(f.created.get(database) ?? []), by]);
        for (const node of downstream) {
            if (node.type === INVOCATION) {
                const input = node.props.input;
                if (isUnknown(input)) {
                    if (this.soleIntegration(node) === integration) {
                        f.pending.push(node);
                    }
                    continue;
                }
                let parsed: any;
                try {
                    parsed = typeof input === "string" ? JSON.parse(input) : input;
                } catch {
                    continue;
                }
                if (!parsed || parsed.kind !== DATABASE_INPUT_KIND || parsed.version !== 1) {
                    continue;
                }
                if (!this.belongsTo(node, integration, known(parsed.integrationId), known(parsed.integrationArn))
                    || !this.invocationRunsAtTarget(parsed, integration) || typeof parsed.database !== "string") {
                    continue;
                }
                created(parsed.database, node);
                f.settings.push({
                    by: node, database: parsed.database, index: 0,
                    ...(Number.isInteger(parsed.refreshIntervalSeconds) ? { seconds: parsed.refreshIntervalSeconds } : {}),
                });
            } else if (node.type === STATEMENT) {
                const sql = node.props.sql;
                if (isUnknown(sql)) {
                    if (this.soleIntegration(node) === integration) {
                        f.pending.push(node);
                    }
                    continue;
                }
                if (sql === "" || sql === undefined || sql === null) {
                    // The Data API forgot the statement (about 24 h) and a refresh read it back empty: a record, not "no setting".
                    f.expired.push(node);
                    continue;
                }
                if (typeof sql !== "string") {
                    continue;
                }
                for (const [index, parsed] of databaseStatements(sql).entries()) {
                    if (parsed.kind === "create-from-integration") {
                        if (this.belongsTo(node, integration, parsed.integrationId) && this.statementRunsAtTarget(node, integration)) {
                            created(parsed.database, node);
                            f.settings.push({ by: node, database: parsed.database, index, ...(parsed.refreshInterval !== undefined ? { seconds: parsed.refreshInterval } : {}) });
                        }
                    } else {
                        alters.push({ statement: node, parsed, index });
                    }
                }
            }
        }
        for (const { statement, parsed, index } of alters) {
            const creators = f.created.get(parsed.database) ?? [];
            if (parsed.refreshInterval !== undefined && this.statementRunsAtTarget(statement, integration)
                && creators.some(creator => creator.type !== STATEMENT || this.samePlace(statement, creator))) {
                f.settings.push({ by: statement, database: parsed.database, index, seconds: parsed.refreshInterval });
            }
        }
        return f;
    }

    /**
     * The settings of one database that nothing runs after: a setting is superseded by a later statement of the same
     * resource, or by one of a resource that depends on its own (dependency order, as the engine runs the steps).
     * More than one remains when setters have no order between them.
     */
    lastSettings(settings: readonly Setting[]): Setting[] {
        const after = (t: Setting, s: Setting) => t.by.urn === s.by.urn ? t.index > s.index : this.graph.dependsOn(t.by, s.by);
        return settings.filter(s => !settings.some(t => t !== s && after(t, s)));
    }

    /** Two statements run on the same workgroup or cluster (same known name, or the same resource). */
    private samePlace(a: Node, b: Node): boolean {
        for (const [prop, type, idProp] of [["workgroupName", SERVERLESS_WORKGROUP, "workgroupName"], ["clusterIdentifier", PROVISIONED_CLUSTER, "clusterIdentifier"]]) {
            const va = known(a.props[prop]);
            const vb = known(b.props[prop]);
            if (va !== undefined && vb !== undefined) {
                if (va === vb) return true;
                continue;
            }
            const ra = this.graph.referencedBy(a, prop, [type], [idProp]);
            const rb = this.graph.referencedBy(b, prop, [type], [idProp]);
            if (ra.some(x => rb.some(y => x.urn === y.urn))) {
                return true;
            }
        }
        return false;
    }
}

/** The exemption that names this integration by URN, or by type and resource name together (never by integrationName alone). */
export function isExempt(integration: { urn: string; type: string; name: string }, exemptions: readonly Exemption[]): Exemption | undefined {
    return exemptions.find(e => e && typeof e === "object"
        && ((typeof e.urn === "string" && e.urn === integration.urn)
            || (typeof e.type === "string" && typeof e.name === "string" && e.type === integration.type && e.name === integration.name)));
}

const names = (nodes: readonly Node[]): string => [...new Set(nodes.map(n => n.name))].join(" and ");
const setters = (settings: readonly Setting[]): string => names(settings.map(s => s.by));

/**
 * The violations for one integration, one per database created from it whose last setting in dependency order is missing
 * or differs from the declaration; empty when every such database gets the declared interval.
 */
export function judgeIntegration(judge: IntegrationJudge, integration: Node, min: number, max: number): string[] {
    const who = `Zero-ETL integration ${describeIntegration(integration)}`;
    const declaration = declaredInterval(integration.props);
    const problem = declarationProblem(declaration, min, max);
    if (problem !== undefined) {
        return [`${who} ${problem}.\n${howToFix(min, max)}`];
    }
    const declared = (declaration as { seconds: number }).seconds;
    const f = judge.findings(integration);
    const out: string[] = [];
    for (const [database, creators] of f.created) {
        const last = judge.lastSettings(f.settings.filter(s => s.database === database));
        const wrong = last.filter(s => s.seconds !== undefined && s.seconds !== declared);
        const none = last.filter(s => s.seconds === undefined);
        if (wrong.length > 0) {
            const list = wrong.map(s => `${s.by.name} sets ${s.seconds} s on database ${database}`).join("; ");
            out.push(`${who} declares ${declared} s, but ${list}.\n` +
                `Fix: set REFRESH_INTERVAL ${declared} for that database, or change the tag ${REFRESH_INTERVAL_TAG} to the interval you want.`);
        } else if (none.length === last.length) {
            out.push(`${who}: database ${database}, created from it by ${names(creators)}, gets no REFRESH_INTERVAL, ` +
                `so Redshift replicates continuously.\n` +
                `Fix: add SET REFRESH_INTERVAL ${declared} to its CREATE DATABASE, or run ALTER DATABASE ${database} INTEGRATION SET REFRESH_INTERVAL ${declared} ` +
                `on the same workgroup or cluster.`);
        } else if (none.length > 0) {
            const setting = setters(last.filter(s => s.seconds !== undefined));
            out.push(`${who}: database ${database} gets REFRESH_INTERVAL ${declared} from ${setting}, but ${setters(none)} creates it without one ` +
                `and neither depends on the other, so either may run last.\n` +
                `Fix: make ${setting} depend on ${setters(none)} (dependsOn), or add SET REFRESH_INTERVAL ${declared} to its CREATE DATABASE.`);
        }
    }
    if (f.created.size > 0 || f.pending.length > 0 || f.expired.length > 0) {
        // A pending setter (first preview: SQL or input holds the integration id) or an expired Data API record stands for
        // the database it creates itself; zero-etl-refresh-interval-declared checks its SQL or input at its step, once known.
        return out;
    }
    return [`${who}: no database created from it gets its refresh interval in this stack.\n` +
        `Fix: in aurora-analytics, keep zeroEtl on (the program creates the database). In another program, create it with ` +
        `CREATE DATABASE ... FROM INTEGRATION '<id>' SET REFRESH_INTERVAL ${declared} in an aws.redshiftdata.Statement that depends on this ` +
        `integration alone and runs on its target, or list the integration in exemptIntegrations with a reason.`];
}

export function validate(args: StackValidationArgs, reportViolation: ReportViolation): void {
    const config = args.getConfig<RefreshIntervalConfig>();
    const { min, max } = refreshRange(config);
    const exemptions = Array.isArray(config.exemptIntegrations) ? config.exemptIntegrations : [];
    const graph = new StackGraph(args.resources);
    const exempted: Array<{ urn: string; name: string; reason: string }> = [];
    if (min > max) {
        recordExemptions(exempted);
        reportViolation(`Policy config of ${NAME} is inconsistent: minimumSeconds ${min} is above maximumSeconds ${max}.\n` +
            `Fix: make minimumSeconds at most maximumSeconds.`);
        return;
    }
    const judge = new IntegrationJudge(graph);
    for (const integration of redshiftIntegrations(graph)) {
        const exemption = isExempt(integration, exemptions);
        if (exemption !== undefined) {
            exempted.push({ urn: integration.urn, name: describeIntegration(integration), reason: String(exemption.reason) });
            continue;
        }
        for (const message of judgeIntegration(judge, integration, min, max)) {
            reportViolation(message, integration.urn);
        }
    }
    recordExemptions(exempted);
}

/**
 * The range settings of both rules. minimumSeconds is at least 1: 0 is continuous replication, what the pack exists to
 * stop; an integration that needs it is exempted with a reason.
 */
export function rangeSchema(note: string): PolicyConfigSchema["properties"] {
    return {
        minimumSeconds: {
            type: "integer", minimum: 1, maximum: DEFAULT_MAXIMUM_SECONDS, default: DEFAULT_MINIMUM_SECONDS,
            description: `Smallest allowed REFRESH_INTERVAL in seconds${note}.`,
        },
        maximumSeconds: {
            type: "integer", minimum: 1, maximum: DEFAULT_MAXIMUM_SECONDS, default: DEFAULT_MAXIMUM_SECONDS,
            description: `Largest allowed REFRESH_INTERVAL in seconds${note}.`,
        },
    };
}

const RANGE_SCHEMA_WITH_EXEMPTIONS: PolicyConfigSchema = {
    properties: {
        ...rangeSchema(" (applies to zero-etl-refresh-interval-declared too)"),
        exemptIntegrations: {
            type: "array", default: [],
            items: {
                type: "object", required: ["reason"], additionalProperties: false,
                properties: {
                    urn: { type: "string", minLength: 1 },
                    type: { type: "string", minLength: 1 },
                    name: { type: "string", minLength: 1 },
                    reason: { type: "string", minLength: 1 },
                },
                // urn, or type and name together (the schema type allows no anyOf): reason plus at least one more key,
                // and type and name each need the other.
                minProperties: 2,
                dependencies: { type: ["name"], name: ["type"] },
            },
            description: "Integrations whose database interval is managed elsewhere, each by its URN or by its type and resource name, with the reason.",
        },
    },
};

export const zeroEtlRefreshInterval: StackValidationPolicy = {
    name: NAME,
    description: "Every zero-ETL integration into Redshift declares its refresh interval, within the allowed range, and each " +
        "database created from it gets that interval.",
    enforcementLevel: "mandatory",
    configSchema: RANGE_SCHEMA_WITH_EXEMPTIONS,
    validateStack: validate,
};
