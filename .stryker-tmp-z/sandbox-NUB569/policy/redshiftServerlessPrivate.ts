// @ts-nocheck
// Policy redshift-serverless-private: no Redshift Serverless workgroup is reachable from the internet.
import { ResourceValidationArgs, ResourceValidationPolicy, ReportViolation } from "@pulumi/policy";

import { isTrue, plain } from "./lib/values";
import { SERVERLESS_WORKGROUP } from "./lib/zeroEtl";

export const NAME = "redshift-serverless-private";

export function validate(args: ResourceValidationArgs, reportViolation: ReportViolation): void {
    if (args.type !== SERVERLESS_WORKGROUP) {
        return;
    }
    const props = plain(args.props);
    if (isTrue(props.publiclyAccessible)) {
        reportViolation(`Redshift Serverless workgroup ${args.name} is publicly accessible. ` +
            `Fix: set publiclyAccessible to false and reach it through the VPC (or the Redshift Data API).`);
    }
}

export const redshiftServerlessPrivate: ResourceValidationPolicy = {
    name: NAME,
    description: "Redshift Serverless workgroups are not publicly accessible.",
    enforcementLevel: "mandatory",
    validateResource: validate,
};
