// @ts-nocheck
// Policy zero-etl-unverifiable (advisory): what the pack can't verify — resources that could create a zero-ETL
// integration out of its sight, and integrations exempted from zero-etl-refresh-interval, with the reason.
import { StackValidationArgs, StackValidationPolicy, ReportViolation } from "@pulumi/policy";

import { takeExemptions } from "./lib/exemptions";
import { StackGraph } from "./lib/graph";
import { isUnknown } from "./lib/values";

export const NAME = "zero-etl-unverifiable";
export const DYNAMIC = "pulumi-nodejs:dynamic:Resource";
export const CLOUDFORMATION_STACK = "aws:cloudformation/stack:Stack";
/** CloudFormation types that create a zero-ETL integration (CloudFormation template reference, RDS and Redshift). */
export const CFN_INTEGRATION_TYPES = ["AWS::RDS::Integration", "AWS::Redshift::Integration"];

const ADVICE = "The pack can't see its refresh interval.\nFix: create the integration with aws.rds.Integration or " +
    "aws.redshift.Integration in the program, tagged with aurora-analytics:refresh-interval-seconds.";

/** Why a resource could create an integration out of sight, or undefined. */
export function unverifiableReason(type: string, props: Record<string, any>): string | undefined {
    if (type === DYNAMIC || type.startsWith("pulumi-python:dynamic:")) {
        return "is a dynamic resource, which can create a zero-ETL integration the pack can't see";
    }
    if (type.startsWith("command:")) {
        return "is a command resource, which can create a zero-ETL integration the pack can't see";
    }
    if (type === CLOUDFORMATION_STACK) {
        const body = props.templateBody;
        if (typeof body === "string" && !isUnknown(body)) {
            const found = CFN_INTEGRATION_TYPES.filter(t => body.includes(t));
            return found.length > 0 ? `is a CloudFormation stack whose template creates ${found.join(" and ")}` : undefined;
        }
        if (isUnknown(body) || typeof props.templateUrl === "string") {
            return "is a CloudFormation stack whose template the pack can't read, so it may create a zero-ETL integration";
        }
    }
    return undefined;
}

export function validate(args: StackValidationArgs, reportViolation: ReportViolation): void {
    for (const exempted of takeExemptions()) {
        reportViolation(`Zero-ETL integration ${exempted.name} is exempt from zero-etl-refresh-interval: ${exempted.reason}`, exempted.urn);
    }
    const graph = new StackGraph(args.resources);
    for (const node of graph.ofType(...new Set(args.resources.map(r => r.type)))) {
        const reason = unverifiableReason(node.type, node.props);
        if (reason !== undefined) {
            reportViolation(`${node.name} ${reason}. ${ADVICE}`, node.urn);
        }
    }
}

export const zeroEtlUnverifiable: StackValidationPolicy = {
    name: NAME,
    description: "Reports what the zero-ETL rules can't verify: integrations exempted by config, and dynamic, command and " +
        "CloudFormation resources that could create an integration.",
    enforcementLevel: "advisory",
    validateStack: validate,
};
