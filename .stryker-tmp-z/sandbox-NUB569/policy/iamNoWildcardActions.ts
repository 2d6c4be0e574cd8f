// @ts-nocheck
// Policy iam-no-wildcard-actions: no IAM policy statement allows every action, every action of a service, or a
// wildcard on a sensitive service; no AWS-managed administrator policy is attached.
import { ResourceValidationArgs, ResourceValidationPolicy, ReportViolation } from "@pulumi/policy";

import { isUnknown, plain } from "./lib/values";

export const NAME = "iam-no-wildcard-actions";

/** Resource types that carry IAM policy documents, and where. */
export const DOCUMENT_PROPS: Readonly<Record<string, readonly string[]>> = {
    "aws:iam/policy:Policy": ["policy"],
    "aws:iam/rolePolicy:RolePolicy": ["policy"],
    "aws:iam/userPolicy:UserPolicy": ["policy"],
    "aws:iam/groupPolicy:GroupPolicy": ["policy"],
    "aws:iam/role:Role": ["assumeRolePolicy", "inlinePolicies[].policy"],
};

const WILDCARD = /^(\*|[A-Za-z0-9-]+:\*)$/;
/**
 * Services where a partial wildcard (`iam:*Role*`, `kms:Create*`) grants control over identities, keys or secrets.
 * Wildcards that only list or describe (`List*`, `Describe*`) stay allowed; `Get*` does not (secretsmanager:GetSecretValue).
 */
export const SENSITIVE_SERVICES: readonly string[] = ["iam", "sts", "kms", "secretsmanager", "organizations", "account", "sso"];
const READ_ONLY_WILDCARD = /^(List|Describe)[A-Za-z]*\*$/;

/** True for "*", "service:*", and any wildcard on a sensitive service except List and Describe prefixes. */
export function isForbiddenWildcard(action: string): boolean {
    if (WILDCARD.test(action)) {
        return true;
    }
    const [service, name] = action.split(":", 2);
    return name !== undefined && name.includes("*") && SENSITIVE_SERVICES.includes(service.toLowerCase()) && !READ_ONLY_WILDCARD.test(name);
}

/** AWS-managed policies that grant administrator power (IAM User Guide, "AWS managed policies for job functions"). */
export const ADMIN_POLICY_NAMES: readonly string[] = ["AdministratorAccess", "PowerUserAccess", "IAMFullAccess"];
const ADMIN_POLICY_ARN = new RegExp(`^arn:aws[a-z-]*:iam::aws:policy/(?:[^/]+/)*(${ADMIN_POLICY_NAMES.join("|")})$`);
/** Resource types that attach managed policies, and the props holding the ARN(s). */
export const ATTACHMENT_PROPS: Readonly<Record<string, readonly string[]>> = {
    "aws:iam/rolePolicyAttachment:RolePolicyAttachment": ["policyArn"],
    "aws:iam/userPolicyAttachment:UserPolicyAttachment": ["policyArn"],
    "aws:iam/groupPolicyAttachment:GroupPolicyAttachment": ["policyArn"],
    "aws:iam/policyAttachment:PolicyAttachment": ["policyArn"],
    "aws:iam/rolePolicyAttachmentsExclusive:RolePolicyAttachmentsExclusive": ["policyArns"],
    "aws:iam/userPolicyAttachmentsExclusive:UserPolicyAttachmentsExclusive": ["policyArns"],
    "aws:iam/groupPolicyAttachmentsExclusive:GroupPolicyAttachmentsExclusive": ["policyArns"],
    "aws:iam/role:Role": ["managedPolicyArns"],
};

/** The administrator policies among the ARNs in a prop (a string or a list). */
export function adminPolicies(value: unknown): string[] {
    const arns = Array.isArray(value) ? value : [value];
    return arns.filter((a): a is string => typeof a === "string" && !isUnknown(a)).map(a => ADMIN_POLICY_ARN.exec(a)?.[1])
        .filter((n): n is string => n !== undefined);
}

/** Parsed policy document, or undefined when it is unknown at preview or not JSON. */
function documentOf(value: unknown): any {
    if (value === undefined || value === null || isUnknown(value)) {
        return undefined;
    }
    if (typeof value === "string") {
        try {
            return JSON.parse(value);
        } catch {
            return undefined;
        }
    }
    return value;
}

/** One phrase per Allow statement that grants a wildcard action. */
export function wildcardGrants(document: unknown): string[] {
    const doc = documentOf(document);
    if (!doc || typeof doc !== "object") {
        return [];
    }
    const statements = Array.isArray(doc.Statement) ? doc.Statement : doc.Statement ? [doc.Statement] : [];
    const found: string[] = [];
    statements.forEach((s: any, i: number) => {
        if (!s || s.Effect !== "Allow") {
            return;
        }
        const label = typeof s.Sid === "string" && s.Sid !== "" ? `statement ${s.Sid}` : `statement ${i}`;
        const actions: unknown[] = Array.isArray(s.Action) ? s.Action : s.Action !== undefined ? [s.Action] : [];
        const wild = actions.filter(a => typeof a === "string" && !isUnknown(a) && isForbiddenWildcard(a));
        if (wild.length > 0) {
            found.push(`${label} allows ${wild.map(a => JSON.stringify(a)).join(", ")}`);
        }
        if (s.NotAction !== undefined) {
            found.push(`${label} allows every action except NotAction`);
        }
    });
    return found;
}

function documentsAt(props: Record<string, any>, path: string): unknown[] {
    if (path.endsWith("[].policy")) {
        const list = props[path.slice(0, -"[].policy".length)];
        return Array.isArray(list) ? list.map(p => p?.policy) : [];
    }
    return [props[path]];
}

export function validate(args: ResourceValidationArgs, reportViolation: ReportViolation): void {
    const props = plain(args.props) ?? {};
    for (const path of DOCUMENT_PROPS[args.type] ?? []) {
        const grants = documentsAt(props, path).flatMap(wildcardGrants);
        if (grants.length > 0) {
            reportViolation(`IAM ${path} of ${args.name} grants wildcard actions: ${grants.join("; ")}.\n` +
                `Fix: list the exact actions the principal needs (least privilege).`);
        }
    }
    for (const prop of ATTACHMENT_PROPS[args.type] ?? []) {
        const admin = adminPolicies(props[prop]);
        if (admin.length > 0) {
            reportViolation(`${args.name} attaches the AWS-managed administrator policy ${admin.join(", ")} (${prop}).\n` +
                `Fix: attach a policy that lists the exact actions the principal needs (least privilege).`);
        }
    }
}

export const iamNoWildcardActions: ResourceValidationPolicy = {
    name: NAME,
    description: "No IAM policy statement allows \"*\" or \"service:*\" actions, a wildcard on a sensitive service, or every " +
        "action but a NotAction list; no AWS-managed administrator policy is attached.",
    enforcementLevel: "mandatory",
    validateResource: validate,
};
