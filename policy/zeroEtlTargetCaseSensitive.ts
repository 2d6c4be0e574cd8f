// Policy zero-etl-target-case-sensitive: the Redshift target of a zero-ETL integration is case sensitive — a Serverless
// workgroup through its configParameters, a provisioned cluster through its parameter group.
import { StackValidationArgs, StackValidationPolicy, ReportViolation } from "@pulumi/policy";

import { Node, StackGraph } from "./lib/graph";
import { isUnknown } from "./lib/values";
import {
    PROVISIONED_CLUSTER, REDSHIFT_PARAMETER_GROUP, describeIntegration, redshiftIntegrations, redshiftTargets, zeroEtlWorkgroups,
} from "./lib/zeroEtl";

export const NAME = "zero-etl-target-case-sensitive";
export const PARAMETER = "enable_case_sensitive_identifier";

/** true, false, or undefined when the workgroup's parameters can't be read yet. */
export function isCaseSensitive(configParameters: unknown): boolean | undefined {
    if (isUnknown(configParameters)) {
        return undefined;
    }
    const entry = (Array.isArray(configParameters) ? configParameters : []).find(p => p?.parameterKey === PARAMETER);
    if (entry !== undefined && isUnknown(entry.parameterValue)) {
        return undefined;
    }
    return entry !== undefined && String(entry.parameterValue).toLowerCase() === "true";
}

/**
 * For a provisioned cluster: true, false, or undefined when it can't be read yet. A cluster without a parameter group
 * in the stack uses the default group, where enable_case_sensitive_identifier is false (Amazon Redshift Management
 * Guide, "Amazon Redshift parameter groups"); a group that lives outside the stack is not judged.
 */
export function clusterCaseSensitive(graph: StackGraph, cluster: Node): boolean | undefined {
    const groupName = cluster.props.clusterParameterGroupName;
    if (groupName === undefined || groupName === null || groupName === "") {
        return false;
    }
    const groups = graph.referencedBy(cluster, "clusterParameterGroupName", [REDSHIFT_PARAMETER_GROUP], ["name"]);
    if (groups.length === 0) {
        return isUnknown(groupName) || !String(groupName).startsWith("default.") ? undefined : false;
    }
    const parameters = groups[0].props.parameters;
    if (isUnknown(parameters)) {
        return undefined;
    }
    const entry = (Array.isArray(parameters) ? parameters : []).find(p => p?.name === PARAMETER);
    if (entry !== undefined && isUnknown(entry.value)) {
        return undefined;
    }
    return entry !== undefined && String(entry.value).toLowerCase() === "true";
}

export function validate(args: StackValidationArgs, reportViolation: ReportViolation): void {
    const graph = new StackGraph(args.resources);
    for (const { workgroup, integration } of zeroEtlWorkgroups(graph)) {
        if (isCaseSensitive(workgroup.props.configParameters) === false) {
            reportViolation(`Redshift Serverless workgroup ${workgroup.name}, the target of zero-ETL integration ` +
                `${describeIntegration(integration)}, is not case sensitive.\nFix: add {parameterKey: "${PARAMETER}", ` +
                `parameterValue: "true"} to its configParameters.`,
            workgroup.urn);
        }
    }
    const judged = new Set<string>();
    for (const integration of redshiftIntegrations(graph)) {
        for (const cluster of redshiftTargets(graph, integration).filter(t => t.type === PROVISIONED_CLUSTER)) {
            if (judged.has(cluster.urn) || clusterCaseSensitive(graph, cluster) !== false) {
                continue;
            }
            judged.add(cluster.urn);
            reportViolation(`Redshift cluster ${cluster.name}, the target of zero-ETL integration ${describeIntegration(integration)}, ` +
                `is not case sensitive.\nFix: give it an aws.redshift.ParameterGroup with {name: "${PARAMETER}", value: "true"} ` +
                `as its clusterParameterGroupName.`, cluster.urn);
        }
    }
}

export const zeroEtlTargetCaseSensitive: StackValidationPolicy = {
    name: NAME,
    description: "The Redshift target of a zero-ETL integration (a Serverless workgroup or a provisioned cluster's parameter group) " +
        "sets enable_case_sensitive_identifier to true.",
    enforcementLevel: "mandatory",
    validateStack: validate,
};
