// Policy redshift-serverless-usage-limit: a Serverless workgroup that receives zero-ETL has a compute usage limit in the stack.
import { StackValidationArgs, StackValidationPolicy, ReportViolation } from "@pulumi/policy";

import { Node, StackGraph } from "./lib/graph";
import { isUnknown } from "./lib/values";
import { SERVERLESS_WORKGROUP, describeIntegration, zeroEtlWorkgroups } from "./lib/zeroEtl";

export const NAME = "redshift-serverless-usage-limit";
export const USAGE_LIMIT = "aws:redshiftserverless/usageLimit:UsageLimit";
/** The usage type that caps RPU-hours (Redshift Serverless API, CreateUsageLimit: serverless-compute | cross-region-datasharing). */
export const COMPUTE_USAGE_TYPE = "serverless-compute";

/** Whether a usage limit of the stack caps the workgroup's compute; a usage type still unknown at preview counts. */
export function hasComputeLimit(graph: StackGraph, workgroup: Node): boolean {
    return graph.ofType(USAGE_LIMIT).some(limit => {
        const type = limit.props.usageType;
        if (!isUnknown(type) && type !== COMPUTE_USAGE_TYPE) {
            return false;
        }
        return graph.referencedBy(limit, "resourceArn", [SERVERLESS_WORKGROUP], ["arn"]).some(w => w.urn === workgroup.urn);
    });
}

export function validate(args: StackValidationArgs, reportViolation: ReportViolation): void {
    const graph = new StackGraph(args.resources);
    for (const { workgroup, integration } of zeroEtlWorkgroups(graph)) {
        if (!hasComputeLimit(graph, workgroup)) {
            reportViolation(`Redshift Serverless workgroup ${workgroup.name}, the target of zero-ETL integration ` +
                `${describeIntegration(integration)}, has no ${COMPUTE_USAGE_TYPE} usage limit in this stack, so nothing caps ` +
                "its RPU-hours (a refresh interval of 0 keeps it busy all day).\nFix: add an aws.redshiftserverless.UsageLimit " +
                `with resourceArn: the workgroup's arn, usageType: "${COMPUTE_USAGE_TYPE}", an amount in RPU-hours, a period ` +
                "(daily, weekly or monthly) and a breachAction (log, emit-metric or deactivate).", workgroup.urn);
        }
    }
}

/**
 * Advisory by default: a workgroup's limit may live in another stack or be set in the console, which the pack cannot
 * see. Made mandatory in the pack's config: `{"redshift-serverless-usage-limit": {"enforcementLevel": "mandatory"}}`.
 */
export const redshiftServerlessUsageLimit: StackValidationPolicy = {
    name: NAME,
    description: "A Redshift Serverless workgroup that is the target of a zero-ETL integration has a serverless-compute usage limit in the stack.",
    enforcementLevel: "advisory",
    validateStack: validate,
};
