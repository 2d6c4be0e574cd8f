// @ts-nocheck
// Policy iam-no-wildcard-actions: no IAM policy statement allows every action, or every action of a service.
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
        const wild = actions.filter(a => typeof a === "string" && !isUnknown(a) && WILDCARD.test(a));
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
    const paths = DOCUMENT_PROPS[args.type];
    if (!paths) {
        return;
    }
    const props = plain(args.props);
    for (const path of paths) {
        const grants = documentsAt(props, path).flatMap(wildcardGrants);
        if (grants.length > 0) {
            reportViolation(`IAM ${path} of ${args.name} grants wildcard actions: ${grants.join("; ")}. ` +
                `Fix: list the exact actions the principal needs (least privilege).`);
        }
    }
}

export const iamNoWildcardActions: ResourceValidationPolicy = {
    name: NAME,
    description: "No IAM policy statement allows \"*\" or \"service:*\" actions (or every action but a NotAction list).",
    enforcementLevel: "mandatory",
    validateResource: validate,
};
