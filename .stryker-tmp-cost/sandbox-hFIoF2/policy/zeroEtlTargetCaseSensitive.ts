// @ts-nocheck
// Policy zero-etl-target-case-sensitive: a Redshift Serverless workgroup that receives a zero-ETL integration is case sensitive.
import { StackValidationArgs, StackValidationPolicy, ReportViolation } from "@pulumi/policy";

import { Node, StackGraph } from "./lib/graph";
import { isUnknown } from "./lib/values";
import { SERVERLESS_NAMESPACE, SERVERLESS_WORKGROUP, describeIntegration, redshiftIntegrations, redshiftTargets } from "./lib/zeroEtl";

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

function workgroupsOf(graph: StackGraph, namespace: Node): Node[] {
    return graph.ofType(SERVERLESS_WORKGROUP)
        .filter(wg => graph.referencedBy(wg, "namespaceName", [SERVERLESS_NAMESPACE], ["namespaceName"]).some(n => n.urn === namespace.urn));
}

export function validate(args: StackValidationArgs, reportViolation: ReportViolation): void {
    const graph = new StackGraph(args.resources);
    const judged = new Set<string>();
    for (const integration of redshiftIntegrations(graph)) {
        for (const namespace of redshiftTargets(graph, integration).filter(t => t.type === SERVERLESS_NAMESPACE)) {
            for (const workgroup of workgroupsOf(graph, namespace)) {
                if (judged.has(workgroup.urn) || isCaseSensitive(workgroup.props.configParameters) !== false) {
                    continue;
                }
                judged.add(workgroup.urn);
                reportViolation(`Redshift Serverless workgroup ${workgroup.name} receives zero-ETL integration ` +
                    `${describeIntegration(integration)} but does not set ${PARAMETER} to "true", so the integration can't ` +
                    `replicate mixed-case MySQL names. Fix: add {parameterKey: "${PARAMETER}", parameterValue: "true"} to its configParameters.`,
                workgroup.urn);
            }
        }
    }
}

export const zeroEtlTargetCaseSensitive: StackValidationPolicy = {
    name: NAME,
    description: "A Redshift Serverless workgroup that receives a zero-ETL integration sets enable_case_sensitive_identifier to true.",
    enforcementLevel: "mandatory",
    validateStack: validate,
};
