// Policy zero-etl-unverifiable (advisory): what the pack can't verify — resources that could create a zero-ETL
// integration out of its sight, SQL to Redshift computed when it runs, and integrations exempted from
// zero-etl-refresh-interval, with the reason.
import { StackValidationArgs, StackValidationPolicy, ReportViolation } from "@pulumi/policy";

import { sqlCarried } from "./lib/carriers";
import { takeExemptions } from "./lib/exemptions";
import { StackGraph } from "./lib/graph";
import { integrationsOf } from "./lib/integrations";

export { CFN_INTEGRATION_TYPES, CLOUD_CONTROL_RESOURCE, CLOUDFORMATION_STACK, NATIVE_CLOUDFORMATION_STACK } from "./lib/integrations";
export const NAME = "zero-etl-unverifiable";
export const DYNAMIC = "pulumi-nodejs:dynamic:Resource";

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
    // CloudFormation stacks and Cloud Control resources: integrations the pack reads are judged by the refresh-interval
    // rules; what it can't read yet (unknown at preview), or can't see (a template URL, nested stacks, macros) is advised here.
    return integrationsOf(type, "", props).unverifiable;
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
        const computed = sqlCarried(node.type, node.props).filter(t => t.runtime).map(t => t.where);
        if (computed.length > 0) {
            reportViolation(`${node.name} sends SQL to Redshift that is computed when it runs (${computed.join(", ")}), so the pack ` +
                "can't see whether it creates a database FROM INTEGRATION without REFRESH_INTERVAL.\nFix: write the SQL literally, " +
                "with SET REFRESH_INTERVAL on every CREATE DATABASE ... FROM INTEGRATION, or create the database where the pack " +
                "reads it (an aws.redshiftdata.Statement, or aurora-analytics' own invocation).", node.urn);
        }
    }
}

export const zeroEtlUnverifiable: StackValidationPolicy = {
    name: NAME,
    description: "Reports what the zero-ETL rules can't verify: integrations exempted by config, dynamic, command, " +
        "CloudFormation and Cloud Control resources that could create an integration out of the pack's sight, and SQL to " +
        "Redshift computed when it runs.",
    enforcementLevel: "advisory",
    validateStack: validate,
};
