// @ts-nocheck
// Small builders for documents every component writes the same way: service trust policies and rotating KMS keys.
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

/** Trust policy for a role one AWS service assumes; `sourceAccount` adds the confused-deputy guard where the service sets it. */
export function serviceTrustPolicy(service: string, sourceAccount?: string): { Version: string; Statement: object[] } {
    return {
        Version: "2012-10-17",
        Statement: [{
            Effect: "Allow",
            Principal: { Service: service },
            Action: "sts:AssumeRole",
            ...(sourceAccount !== undefined ? { Condition: { StringEquals: { "aws:SourceAccount": sourceAccount } } } : {}),
        }],
    };
}

export interface RotatingKeyArgs {
    description: string;
    /** A key policy; without one AWS's default applies (the account's IAM policies decide). */
    policy?: pulumi.Input<string>;
    tags?: Record<string, string>;
}

/** A customer-managed symmetric key with yearly rotation and a 30-day deletion window. */
export function rotatingKey(name: string, args: RotatingKeyArgs, opts: pulumi.CustomResourceOptions): aws.kms.Key {
    return new aws.kms.Key(name, {
        description: args.description,
        enableKeyRotation: true,
        deletionWindowInDays: 30,
        ...(args.policy !== undefined ? { policy: args.policy } : {}),
        ...(args.tags !== undefined ? { tags: args.tags } : {}),
    }, opts);
}
