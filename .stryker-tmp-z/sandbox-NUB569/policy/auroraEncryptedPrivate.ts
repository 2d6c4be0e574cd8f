// @ts-nocheck
// Policy aurora-encrypted-private: Aurora clusters encrypt their storage and their instances are not public.
import { ResourceValidationArgs, ResourceValidationPolicy, ReportViolation } from "@pulumi/policy";

import { isTrue, isUnknown, plain } from "./lib/values";
import { AURORA_CLUSTER } from "./lib/zeroEtl";

export const NAME = "aurora-encrypted-private";
export const CLUSTER_INSTANCE = "aws:rds/clusterInstance:ClusterInstance";

/** Aurora engines start with "aurora"; an engine not known yet is judged as Aurora rather than skipped. */
function isAurora(engine: unknown): boolean {
    return typeof engine !== "string" || isUnknown(engine) || engine.startsWith("aurora");
}

export function validate(args: ResourceValidationArgs, reportViolation: ReportViolation): void {
    if (args.type !== AURORA_CLUSTER && args.type !== CLUSTER_INSTANCE) {
        return;
    }
    const props = plain(args.props);
    if (!isAurora(props.engine)) {
        return;
    }
    if (args.type === AURORA_CLUSTER && !isUnknown(props.storageEncrypted) && !isTrue(props.storageEncrypted)) {
        reportViolation(`Aurora cluster ${args.name} does not encrypt its storage (storageEncrypted is ` +
            `${props.storageEncrypted === undefined ? "not set, which means false" : JSON.stringify(props.storageEncrypted)}). ` +
            `Fix: set storageEncrypted: true and a kmsKeyId when the cluster is created (it can't be turned on later).`);
    }
    if (args.type === CLUSTER_INSTANCE && isTrue(props.publiclyAccessible)) {
        reportViolation(`Aurora instance ${args.name} is publicly accessible. Fix: set publiclyAccessible to false; ` +
            `connect through the VPC (a bastion or VPN).`);
    }
}

export const auroraEncryptedPrivate: ResourceValidationPolicy = {
    name: NAME,
    description: "Aurora clusters are storage-encrypted and their instances are not publicly accessible.",
    enforcementLevel: "mandatory",
    validateResource: validate,
};
