// Evaluates IAM identity policies the way AWS does, with @cloud-copilot/iam-simulate (policy grammar, action and
// resource-type data from the Service Authorization Reference), so a fake can refuse what the caller's role does not allow.
import { runSimulation } from "@cloud-copilot/iam-simulate";

export interface NamedPolicy {
    name: string;
    policy: { Version: string; Statement: object[] };
}

const ACCOUNT = /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:(\d{12}):/;

/** Whether the principal's identity policies allow `action` on `resourceArn` (no SCPs, no resource policy). */
export async function identityAllows(principalArn: string, policies: readonly NamedPolicy[], action: string, resourceArn: string): Promise<boolean> {
    const accountId = ACCOUNT.exec(resourceArn)?.[1] ?? ACCOUNT.exec(principalArn)?.[1] ?? "";
    const response = await runSimulation({
        identityPolicies: policies.map(p => ({ name: p.name, policy: p.policy })),
        serviceControlPolicies: [],
        resourceControlPolicies: [],
        request: { principal: principalArn, action, resource: { resource: resourceArn, accountId }, contextVariables: {} },
    } as Parameters<typeof runSimulation>[0], {});
    if (response.resultType === "error") {
        throw new Error(`iam-simulate refused the request ${action} on ${resourceArn}: ${JSON.stringify(response.errors)}`);
    }
    return response.overallResult === "Allowed";
}
