// @ts-nocheck
// Hands the integrations zero-etl-refresh-interval exempted to the advisory policy that prints their reasons.
//
// Policy config reaches each policy only under its own name, and a mandatory policy can't report an exemption
// without blocking. The policy server runs a stack's policies one after another, in the pack's order, within one
// AnalyzeStack call (@pulumi/policy server.js, makeAnalyzeStackRpcFun), and zero-etl-refresh-interval comes before
// zero-etl-unverifiable in policies.ts; so the first records, the second prints, in the same call.

export interface ExemptedIntegration {
    urn: string;
    name: string;
    reason: string;
}

let latest: readonly ExemptedIntegration[] = [];

export function recordExemptions(exempted: readonly ExemptedIntegration[]): void {
    latest = [...exempted];
}

/** What the last run of zero-etl-refresh-interval exempted, then forgotten so a later call can't print it twice. */
export function takeExemptions(): readonly ExemptedIntegration[] {
    const out = latest;
    latest = [];
    return out;
}
