// Adds this stack's statements to a Redshift namespace's resource policy, and removes only them, keeping everyone else's.
import {
    DeleteResourcePolicyCommand, GetResourcePolicyCommand, PutResourcePolicyCommand, RedshiftClient,
} from "@aws-sdk/client-redshift";
import { DescribeIntegrationsCommand, RDSClient } from "@aws-sdk/client-rds";

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
    /**
     * The source cluster the statements admit. On delete, while an integration from it into the namespace still exists,
     * the statements stay: the delete is a superseded invocation's (a create-before-delete replacement), and the
     * integration still needs them. Optional so that an input stored before issue 21 still parses.
     */
    sourceArn?: string;
}

export class NamespacePolicyRefused extends Error {
    constructor(message: string) {
        super(message);
        this.name = "NamespacePolicyRefused";
    }
}

const NAMESPACE_ARN = /^arn:aws[a-z-]*:redshift-serverless:[a-z0-9-]+:\d{12}:namespace\/[A-Za-z0-9-]+$/;
const CLUSTER_ARN = /^arn:aws[a-z-]*:rds:[a-z0-9-]+:\d{12}:cluster:[a-z][a-z0-9-]{0,62}$/;
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
    if (o.sourceArn !== undefined && (typeof o.sourceArn !== "string" || !CLUSTER_ARN.test(o.sourceArn))) {
        throw new NamespacePolicyRefused(`${where}.sourceArn ${JSON.stringify(o.sourceArn)} is not an Aurora cluster ARN`);
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

/**
 * Whether an integration from `sourceArn` into `namespaceArn` still exists (RDS DescribeIntegrations, every page; an
 * integration being deleted no longer counts). Integration.Status values: RDS API reference, "Integration".
 */
export async function integrationStillUses(rds: RDSClient, sourceArn: string, namespaceArn: string): Promise<boolean> {
    let marker: string | undefined;
    do {
        const page = await rds.send(new DescribeIntegrationsCommand({ ...(marker ? { Marker: marker } : {}) }));
        if ((page.Integrations ?? []).some(i => i.SourceArn === sourceArn && i.TargetArn === namespaceArn && i.Status !== "deleting")) {
            return true;
        }
        marker = page.Marker;
    } while (marker);
    return false;
}

export interface RetryOptions {
    /** How long a create retries AccessDenied: IAM changes take time to propagate (IAM User Guide, "Troubleshoot IAM"). */
    accessDeniedForMs?: number;
    sleep?: (ms: number) => Promise<void>;
}

const ACCESS_DENIED_POLL_MS = 5000;
const isAccessDenied = (err: unknown) => err instanceof Error && /^AccessDenied/.test(err.name);

/**
 * On create, the function's new role policy may not have reached every IAM endpoint yet: AccessDenied is retried for
 * about a minute. Any other error, and AccessDenied on update or delete, stops at once.
 */
export async function applyNamespacePolicy(client: RedshiftClient, action: "create" | "update" | "delete",
    spec: NamespacePolicySpec, previous: NamespacePolicySpec | undefined, rds?: RDSClient,
    retry: RetryOptions = {}): Promise<{ sids: string[]; statementCount: number; kept?: true }> {
    const sleep = retry.sleep ?? ((ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms)));
    const budget = action === "create" ? retry.accessDeniedForMs ?? 60_000 : 0;
    for (let waited = 0; ; waited += ACCESS_DENIED_POLL_MS) {
        try {
            return await applyOnce(client, action, spec, previous, rds);
        } catch (err) {
            if (!isAccessDenied(err) || waited + ACCESS_DENIED_POLL_MS > budget) throw err;
            await sleep(ACCESS_DENIED_POLL_MS);
        }
    }
}

async function applyOnce(client: RedshiftClient, action: "create" | "update" | "delete",
    spec: NamespacePolicySpec, previous: NamespacePolicySpec | undefined,
    rds?: RDSClient): Promise<{ sids: string[]; statementCount: number; kept?: true }> {
    if (action === "delete" && spec.sourceArn !== undefined && rds !== undefined &&
        await integrationStillUses(rds, spec.sourceArn, spec.namespaceArn)) {
        // A superseded invocation: destroy deletes the integration first (it depends on this policy), a replacement does not.
        return { sids: spec.statements.map(s => s.Sid), statementCount: statementsOf(await readPolicy(client, spec.namespaceArn)).length, kept: true };
    }
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
