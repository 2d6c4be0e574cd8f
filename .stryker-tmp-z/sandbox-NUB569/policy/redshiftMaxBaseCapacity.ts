// @ts-nocheck
// Policy redshift-max-base-capacity: a Redshift Serverless workgroup's base capacity stays within an RPU budget.
import { ResourceValidationArgs, ResourceValidationPolicy, ReportViolation } from "@pulumi/policy";

import { isUnknown, numberOr, plain } from "./lib/values";
import { SERVERLESS_WORKGROUP } from "./lib/zeroEtl";

export const NAME = "redshift-max-base-capacity";
export const DEFAULT_MAXIMUM_RPU = 32;
/** What AWS uses when baseCapacity is not set. */
export const AWS_DEFAULT_BASE_CAPACITY = 128;

export interface MaxBaseCapacityConfig {
    maximumRpu?: number;
}

export function validate(args: ResourceValidationArgs, reportViolation: ReportViolation): void {
    if (args.type !== SERVERLESS_WORKGROUP) {
        return;
    }
    const max = numberOr(args.getConfig<MaxBaseCapacityConfig>().maximumRpu, DEFAULT_MAXIMUM_RPU);
    const props = plain(args.props);
    if (isUnknown(props.baseCapacity)) {
        return;
    }
    const explicit = typeof props.baseCapacity === "number";
    const capacity = explicit ? props.baseCapacity as number : AWS_DEFAULT_BASE_CAPACITY;
    if (capacity > max) {
        const what = explicit ? `has a base capacity of ${capacity} RPU` : `sets no baseCapacity, so AWS uses ${capacity} RPU`;
        reportViolation(`Redshift Serverless workgroup ${args.name} ${what}, above the budget of ${max} RPU ` +
            `(every RPU-hour is billed while it works). Fix: set baseCapacity to ${max} or less (4, or a multiple of 8).`);
    }
}

export const redshiftMaxBaseCapacity: ResourceValidationPolicy = {
    name: NAME,
    description: "Redshift Serverless workgroups have a base capacity at or below the configured RPU budget.",
    enforcementLevel: "advisory",
    configSchema: {
        properties: {
            maximumRpu: {
                type: "integer", minimum: 4, maximum: 1024, default: DEFAULT_MAXIMUM_RPU,
                description: "Largest allowed baseCapacity in RPU.",
            },
        },
    },
    validateResource: validate,
};
