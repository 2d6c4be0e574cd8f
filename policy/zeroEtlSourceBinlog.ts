// Policy zero-etl-source-binlog: an Aurora MySQL cluster that feeds a zero-ETL integration has the binlog settings it needs.
import { StackValidationArgs, StackValidationPolicy, ReportViolation } from "@pulumi/policy";

import { Node, StackGraph } from "./lib/graph";
import { isUnknown } from "./lib/values";
import { CLUSTER_PARAMETER_GROUP, describeIntegration, sourceClusters } from "./lib/zeroEtl";

export const NAME = "zero-etl-source-binlog";

/** Cluster parameters zero-ETL from Aurora MySQL requires (AWS "Configure DB cluster parameters" for zero-ETL). */
export const REQUIRED_PARAMETERS: Readonly<Record<string, string>> = {
    aurora_enhanced_binlog: "1",
    binlog_backup: "0",
    binlog_format: "ROW",
    binlog_replication_globaldb: "0",
    binlog_row_image: "full",
    binlog_row_metadata: "full",
};
/** Parameter values that break replication even when the required ones are set. */
const FORBIDDEN_VALUES: Readonly<Record<string, readonly string[]>> = {
    binlog_transaction_compression: ["on", "1"],
    binlog_row_value_options: ["partial_json"],
};

/** What is wrong with a group's parameters, one phrase per problem; empty when the group is fine. */
export function parameterProblems(parameters: unknown): string[] {
    const set = new Map<string, string>();
    for (const p of Array.isArray(parameters) ? parameters : []) {
        if (p && typeof p.name === "string") {
            set.set(p.name.toLowerCase(), isUnknown(p.value) ? "(unknown)" : String(p.value));
        }
    }
    const problems: string[] = [];
    for (const [name, wanted] of Object.entries(REQUIRED_PARAMETERS)) {
        const value = set.get(name);
        if (value === undefined) {
            problems.push(`${name} is not set (needs ${wanted})`);
        } else if (value !== "(unknown)" && value.toLowerCase() !== wanted.toLowerCase()) {
            problems.push(`${name} is ${value} (needs ${wanted})`);
        }
    }
    for (const [name, bad] of Object.entries(FORBIDDEN_VALUES)) {
        const value = set.get(name);
        if (value !== undefined && bad.includes(value.toLowerCase())) {
            problems.push(`${name} is ${value} (must not be)`);
        }
    }
    return problems;
}

function judgeCluster(graph: StackGraph, cluster: Node, integration: Node): string | undefined {
    const engine = cluster.props.engine;
    if (typeof engine === "string" && !isUnknown(engine) && engine !== "aurora-mysql") {
        return undefined; // Other engines (Aurora PostgreSQL) need different parameters.
    }
    const who = `Aurora cluster ${cluster.name}, the source of zero-ETL integration ${describeIntegration(integration)},`;
    const groupName = cluster.props.dbClusterParameterGroupName;
    if (groupName === undefined || groupName === null || groupName === "") {
        return `${who} uses the default cluster parameter group, which has binary logging off. Fix: attach an ` +
            `aws.rds.ClusterParameterGroup (family aurora-mysql8.0) with ${formatRequired()} when the cluster is created.`;
    }
    const groups = graph.referencedBy(cluster, "dbClusterParameterGroupName", [CLUSTER_PARAMETER_GROUP], ["name"]);
    const problems: string[] = [];
    for (const group of groups) {
        if (isUnknown(group.props.parameters)) {
            continue; // Can't be judged at preview; the update re-checks with known values.
        }
        for (const problem of parameterProblems(group.props.parameters)) {
            problems.push(`${group.name}: ${problem}`);
        }
    }
    if (problems.length === 0) {
        return undefined;
    }
    return `${who} uses a cluster parameter group without the binlog settings zero-ETL needs: ${problems.join("; ")}. ` +
        `Fix: set ${formatRequired()} in the group (static parameters with applyMethod "pending-reboot").`;
}

function formatRequired(): string {
    return Object.entries(REQUIRED_PARAMETERS).map(([k, v]) => `${k}=${v}`).join(", ");
}

export function validate(args: StackValidationArgs, reportViolation: ReportViolation): void {
    const graph = new StackGraph(args.resources);
    const judged = new Set<string>();
    for (const integration of graph.integrations()) {
        for (const cluster of sourceClusters(graph, integration)) {
            if (judged.has(cluster.urn)) {
                continue;
            }
            judged.add(cluster.urn);
            const message = judgeCluster(graph, cluster, integration);
            if (message !== undefined) {
                reportViolation(message, cluster.urn);
            }
        }
    }
}

export const zeroEtlSourceBinlog: StackValidationPolicy = {
    name: NAME,
    description: "An Aurora MySQL cluster that is the source of a zero-ETL integration uses a cluster parameter group " +
        "with enhanced binlog on, row-based full binlog images and metadata, and binlog backup off.",
    enforcementLevel: "mandatory",
    validateStack: validate,
};
