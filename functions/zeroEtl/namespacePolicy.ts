// Adds this stack's statements to a Redshift namespace's resource policy, and removes only them, keeping everyone else's.
import {
    DeleteResourcePolicyCommand, GetResourcePolicyCommand, PutResourcePolicyCommand, RedshiftClient,
} from "@aws-sdk/client-redshift";

export const NAMESPACE_POLICY_KIND = "aurora-analytics:zero-etl-namespace-policy";

export interface PolicyStatement {
    Sid: string;
    [key: string]: unknown;
}

/** The invocation's input: the namespace and this stack's statements (their Sids name the source cluster). */
export interface NamespacePolicySpec {
    kind: typeof NAMESPACE_POLICY_KIND;
    version: 1;
    namespaceArn: string;
    statements: PolicyStatement[];
}

export class NamespacePolicyRefused extends Error {
    constructor(message: string) {
        super(message);
        this.name = "NamespacePolicyRefused";
    }
}

const NAMESPACE_ARN = /^arn:aws[a-z-]*:redshift-serverless:[a-z0-9-]+:\d{12}:namespace\/[A-Za-z0-9-]+$/;
// IAM policy grammar: a Sid is ASCII letters and digits (IAM User Guide, "IAM JSON policy elements: Sid").
const SID = /^[A-Za-z0-9]+$/;

export function parseNamespacePolicySpec(raw: unknown, where: string): NamespacePolicySpec {
    const o = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
    if (o.kind !== NAMESPACE_POLICY_KIND || o.version !== 1) {
        throw new NamespacePolicyRefused(`${where} is not a ${NAMESPACE_POLICY_KIND} v1 input`);
    }
    if (typeof o.namespaceArn !== "string" || !NAMESPACE_ARN.test(o.namespaceArn)) {
        throw new NamespacePolicyRefused(`${where}.namespaceArn ${JSON.stringify(o.namespaceArn)} is not a Redshift Serverless namespace ARN`);
    }
    if (!Array.isArray(o.statements) || o.statements.length === 0 ||
        !o.statements.every(s => typeof s === "object" && s !== null && typeof (s as PolicyStatement).Sid === "string" && SID.test((s as PolicyStatement).Sid))) {
        throw new NamespacePolicyRefused(`${where}.statements must be a non-empty list of statements, each with an alphanumeric Sid`);
    }
    return o as unknown as NamespacePolicySpec;
}

function statementsOf(policy: string | undefined): PolicyStatement[] {
    if (policy === undefined || policy.trim() === "") return [];
    const parsed = JSON.parse(policy) as { Statement?: PolicyStatement | PolicyStatement[] };
    if (parsed.Statement === undefined) return [];
    return Array.isArray(parsed.Statement) ? parsed.Statement : [parsed.Statement];
}

/**
 * The policy after removing the Sids in `remove` and appending `add`; undefined when nothing is left (delete the policy).
 * PutResourcePolicy replaces the whole document, so everyone else's statements are carried over unchanged.
 */
export function mergedPolicy(existing: string | undefined, remove: string[], add: PolicyStatement[]): string | undefined {
    const drop = new Set([...remove, ...add.map(s => s.Sid)]);
    const kept = statementsOf(existing).filter(s => !drop.has(s.Sid));
    const statements = [...kept, ...add];
    return statements.length === 0 ? undefined : JSON.stringify({ Version: "2012-10-17", Statement: statements });
}

/** The namespace's current policy; undefined only when it has none. Any other error (AccessDenied) stops the run. */
export async function readPolicy(client: RedshiftClient, namespaceArn: string): Promise<string | undefined> {
    try {
        const out = await client.send(new GetResourcePolicyCommand({ ResourceArn: namespaceArn }));
        return out.ResourcePolicy?.Policy;
    } catch (err) {
        // GetResourcePolicy raises ResourceNotFoundFault when the resource has no policy (Redshift API reference).
        if (err instanceof Error && err.name === "ResourceNotFoundFault") {
            return undefined;
        }
        throw err;
    }
}

export async function applyNamespacePolicy(client: RedshiftClient, action: "create" | "update" | "delete",
    spec: NamespacePolicySpec, previous: NamespacePolicySpec | undefined): Promise<{ sids: string[]; statementCount: number }> {
    const existing = await readPolicy(client, spec.namespaceArn);
    const previousSids = previous?.statements.map(s => s.Sid) ?? [];
    const ourSids = spec.statements.map(s => s.Sid);
    const next = action === "delete"
        ? mergedPolicy(existing, [...previousSids, ...ourSids], [])
        : mergedPolicy(existing, previousSids, spec.statements);
    if (next === undefined) {
        if (existing !== undefined) {
            await client.send(new DeleteResourcePolicyCommand({ ResourceArn: spec.namespaceArn }));
        }
        return { sids: [], statementCount: 0 };
    }
    await client.send(new PutResourcePolicyCommand({ ResourceArn: spec.namespaceArn, Policy: next }));
    return { sids: action === "delete" ? [] : ourSids, statementCount: statementsOf(next).length };
}
