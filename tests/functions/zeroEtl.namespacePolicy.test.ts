// This stack's statements on a namespace the user owns, through the admin function, against a stateful fake of
// Redshift's resource-policy API: PutResourcePolicy replaces the whole document, GetResourcePolicy raises
// ResourceNotFoundFault when there is none (Redshift API reference), so everyone else's statements must be carried over.
import * as assert from "assert";
import { mockClient } from "aws-sdk-client-mock";
import {
    DeleteResourcePolicyCommand, GetResourcePolicyCommand, PutResourcePolicyCommand, RedshiftClient, RedshiftServiceException,
} from "@aws-sdk/client-redshift";

import { DescribeIntegrationsCommand, Integration, IntegrationStatus, RDSClient } from "@aws-sdk/client-rds";

import { handler } from "../../functions/zeroEtl";
import { applyNamespacePolicy, mergedPolicy, parseNamespacePolicySpec } from "../../functions/zeroEtl/namespacePolicy";
import { zeroEtlPolicyStatements } from "../../components/zeroEtl";
import { FakeInvocation } from "../harness/fakeInvocation";

const NAMESPACE = "arn:aws:redshift-serverless:us-west-2:123456789012:namespace/99999999-8888-7777-6666-555555555555";
const ROOT = "arn:aws:iam::123456789012:root";
const CLUSTER_A = "arn:aws:rds:us-west-2:123456789012:cluster:sales-db";
const CLUSTER_B = "arn:aws:rds:us-west-2:123456789012:cluster:crm-db";
const THEIRS = { Sid: "TheirDatashare", Effect: "Allow", Principal: { AWS: "arn:aws:iam::210987654321:root" }, Action: "redshift:CreateInboundIntegration", Resource: NAMESPACE };

function policyInput(clusterArn: string, withSource = false): string {
    return JSON.stringify({
        kind: "aurora-analytics:zero-etl-namespace-policy", version: 1, namespaceArn: NAMESPACE,
        statements: zeroEtlPolicyStatements(NAMESPACE, clusterArn, ROOT),
        ...(withSource ? { sourceArn: clusterArn } : {}),
    });
}

describe("namespace policy statements on a namespace the user owns", () => {
    const redshift = mockClient(RedshiftClient);
    let stored: string | undefined;

    const sids = () => stored === undefined ? undefined : (JSON.parse(stored).Statement as { Sid: string }[]).map(s => s.Sid);

    // The function logs one JSON line per action; keep the test output readable.
    const log = console.log;
    before(() => { console.log = () => undefined; });
    after(() => { console.log = log; });
    beforeEach(() => {
        redshift.reset();
        stored = JSON.stringify({ Version: "2012-10-17", Statement: [THEIRS] });
        redshift.on(GetResourcePolicyCommand).callsFake(() => {
            if (stored === undefined) {
                throw new RedshiftServiceException({ name: "ResourceNotFoundFault", $fault: "client", $metadata: {}, message: "no policy" });
            }
            return { ResourcePolicy: { ResourceArn: NAMESPACE, Policy: stored } };
        });
        redshift.on(PutResourcePolicyCommand).callsFake(input => {
            stored = input.Policy;
            return { ResourcePolicy: { ResourceArn: NAMESPACE, Policy: stored } };
        });
        redshift.on(DeleteResourcePolicyCommand).callsFake(() => {
            stored = undefined;
            return {};
        });
    });
    after(() => redshift.restore());

    describe("a superseded invocation (issue 21)", () => {
        const rds = mockClient(RDSClient);
        // RDS DescribeIntegrations pages through every integration of the account and region (RDS API reference).
        let integrations: Integration[];
        beforeEach(() => {
            rds.reset();
            integrations = [];
            rds.on(DescribeIntegrationsCommand).callsFake(input => {
                const start = input.Marker ? Number(input.Marker) : 0;
                return { Integrations: integrations.slice(start, start + 1), ...(start + 1 < integrations.length ? { Marker: String(start + 1) } : {}) };
            });
        });
        after(() => rds.restore());
        const live = (source: string, status: IntegrationStatus = "active"): Integration => ({ SourceArn: source, TargetArn: NAMESPACE, Status: status });

        for (const order of ["create-before-delete", "delete-before-replace"] as const) {
            it(`keeps the statements while the integration still uses them (replacement, ${order}); destroy after the integration removes them`, async () => {
                const first = new FakeInvocation(e => handler(e));
                await first.up(policyInput(CLUSTER_A, true));
                integrations = [live(CLUSTER_B), { ...live(CLUSTER_A), TargetArn: "arn:aws:redshift-serverless:us-west-2:123456789012:namespace/other" }, live(CLUSTER_A)];
                const replacement = await first.replace(policyInput(CLUSTER_A, true), { deleteBeforeReplace: order === "delete-before-replace" });
                assert.deepStrictEqual(sids(), ["TheirDatashare", "AuroraAnalyticsAuthorizesalesdbadb4e7e8", "AuroraAnalyticsCreatesalesdbadb4e7e8"]);
                assert.deepStrictEqual(rds.commandCalls(DescribeIntegrationsCommand).map(c => c.args[0].input), [{}, { Marker: "1" }, { Marker: "2" }]);
                // Destroy: the integration goes first (it depends on the policy); one still deleting no longer counts.
                integrations = [live(CLUSTER_A, "deleting")];
                await replacement.destroy();
                assert.deepStrictEqual(JSON.parse(stored!), { Version: "2012-10-17", Statement: [THEIRS] });
            });
        }
    });

    it("two stacks share one namespace: each adds and removes only its own statements, the user's stay", async () => {
        const stackA = new FakeInvocation(e => handler(e));
        const stackB = new FakeInvocation(e => handler(e));
        await stackA.up(policyInput(CLUSTER_A));
        await stackB.up(policyInput(CLUSTER_B));
        assert.deepStrictEqual(sids(), [
            "TheirDatashare",
            "AuroraAnalyticsAuthorizesalesdbadb4e7e8", "AuroraAnalyticsCreatesalesdbadb4e7e8",
            "AuroraAnalyticsAuthorizecrmdb82ac475e", "AuroraAnalyticsCreatecrmdb82ac475e",
        ]);
        // A second up of A changes nothing; a re-run of its create keeps one copy of each statement.
        assert.strictEqual(await stackA.up(policyInput(CLUSTER_A)), "same");
        await new FakeInvocation(e => handler(e)).up(policyInput(CLUSTER_A));
        assert.strictEqual(sids()!.length, 5);

        await stackA.destroy();
        assert.deepStrictEqual(sids(), ["TheirDatashare", "AuroraAnalyticsAuthorizecrmdb82ac475e", "AuroraAnalyticsCreatecrmdb82ac475e"]);
        await stackB.destroy();
        assert.deepStrictEqual(JSON.parse(stored!), { Version: "2012-10-17", Statement: [THEIRS] }, "the user's policy is as it was");
    });

    it("a new source cluster swaps this stack's statements for the new cluster's", async () => {
        const stack = new FakeInvocation(e => handler(e));
        await stack.up(policyInput(CLUSTER_A));
        await stack.up(policyInput(CLUSTER_B));
        assert.deepStrictEqual(sids(), ["TheirDatashare", "AuroraAnalyticsAuthorizecrmdb82ac475e", "AuroraAnalyticsCreatecrmdb82ac475e"]);
    });

    it("on a namespace without a policy, creates one, and deletes it on destroy", async () => {
        stored = undefined;
        const stack = new FakeInvocation(e => handler(e));
        await stack.up(policyInput(CLUSTER_A));
        assert.deepStrictEqual(JSON.parse(stored!), { Version: "2012-10-17", Statement: zeroEtlPolicyStatements(NAMESPACE, CLUSTER_A, ROOT) });
        await stack.destroy();
        assert.strictEqual(stored, undefined);
        assert.strictEqual(redshift.commandCalls(DeleteResourcePolicyCommand).length, 1);
    });

    it("never writes when the current policy cannot be read (AccessDenied)", async () => {
        redshift.on(GetResourcePolicyCommand).rejects(new RedshiftServiceException({ name: "AccessDenied", $fault: "client", $metadata: {}, message: "not authorized" }));
        const slept: number[] = [];
        await assert.rejects(applyNamespacePolicy(new RedshiftClient({}), "create", parseNamespacePolicySpec(JSON.parse(policyInput(CLUSTER_A)), "input"),
            undefined, undefined, { sleep: async ms => { slept.push(ms); } }), { name: "AccessDenied" });
        assert.deepStrictEqual(slept, Array(12).fill(5000), "a create retries AccessDenied for a minute (IAM propagation)");

        assert.strictEqual(redshift.commandCalls(PutResourcePolicyCommand).length, 0);
        assert.strictEqual(redshift.commandCalls(DeleteResourcePolicyCommand).length, 0);
    });

    it("a create retries AccessDenied until the new role policy has propagated, then writes", async () => {
        redshift.on(GetResourcePolicyCommand)
            .rejectsOnce(new RedshiftServiceException({ name: "AccessDenied", $fault: "client", $metadata: {}, message: "not authorized" }))
            .rejectsOnce(new RedshiftServiceException({ name: "AccessDenied", $fault: "client", $metadata: {}, message: "not authorized" }))
            .callsFake(() => ({ ResourcePolicy: { ResourceArn: NAMESPACE, Policy: stored } }));
        const slept: number[] = [];
        const result = await applyNamespacePolicy(new RedshiftClient({}), "create", parseNamespacePolicySpec(JSON.parse(policyInput(CLUSTER_A)), "input"),
            undefined, undefined, { sleep: async ms => { slept.push(ms); } });
        assert.deepStrictEqual(slept, [5000, 5000]);
        assert.deepStrictEqual(result, { sids: ["AuroraAnalyticsAuthorizesalesdbadb4e7e8", "AuroraAnalyticsCreatesalesdbadb4e7e8"], statementCount: 3 });
        // An update does not retry: the role was there before.
        redshift.on(GetResourcePolicyCommand).rejects(new RedshiftServiceException({ name: "AccessDenied", $fault: "client", $metadata: {}, message: "not authorized" }));
        await assert.rejects(applyNamespacePolicy(new RedshiftClient({}), "update", parseNamespacePolicySpec(JSON.parse(policyInput(CLUSTER_A)), "input"),
            undefined, undefined, { sleep: async ms => { slept.push(ms); } }), { name: "AccessDenied" });
        assert.deepStrictEqual(slept, [5000, 5000]);
    });

    it("rejects statements without an alphanumeric Sid and a non-namespace ARN", async () => {
        const bad = JSON.parse(policyInput(CLUSTER_A));
        bad.statements[0].Sid = "Aurora-Analytics";
        await assert.rejects(handler({ ...bad, tf: { action: "create", prev_input: null } }),
            { message: "input.statements must be a non-empty list of statements, each with an alphanumeric Sid" });
        await assert.rejects(handler({ ...JSON.parse(policyInput(CLUSTER_A)), namespaceArn: "arn:aws:redshift:us-west-2:123456789012:cluster:x", tf: { action: "create", prev_input: null } }),
            { message: `input.namespaceArn "arn:aws:redshift:us-west-2:123456789012:cluster:x" is not a Redshift Serverless namespace ARN` });
        assert.strictEqual(redshift.commandCalls(GetResourcePolicyCommand).length, 0);
    });

    it("merges a single-statement (non-array) policy", () => {
        const merged = mergedPolicy(JSON.stringify({ Version: "2012-10-17", Statement: THEIRS }), [], [{ Sid: "A", Effect: "Allow" }]);
        assert.deepStrictEqual(JSON.parse(merged!).Statement.map((s: { Sid: string }) => s.Sid), ["TheirDatashare", "A"]);
        assert.strictEqual(mergedPolicy(undefined, ["A"], []), undefined);
    });
});
