// redshift-serverless-usage-limit over gRPC, as the CLI drives it: Analyze at each registration, AnalyzeStack at the end;
// advisory by default, mandatory when the policy config says so.
import * as assert from "assert";

import { Diagnostic, PolicyPackInfo, PolicyPackServer, StackResource } from "../../scripts/lib/policyAnalyzer";
import { resolvePolicyConfig } from "../../scripts/lib/policyConfig";
import { PACK_DIR } from "../../scripts/lib/offlinePreview";
import { T, without, zeroEtlStack } from "./fixtures";
import { toStack, urnOf } from "./helpers";

const ours = (ds: Diagnostic[]) => ds.filter(d => d.policyName === "redshift-serverless-usage-limit").map(d => `${d.enforcementLevel} ${d.urn}`);

describe("redshift-serverless-usage-limit over the gRPC Analyzer protocol", function () {
    this.timeout(120000);
    let server: PolicyPackServer;
    let info: PolicyPackInfo;
    const workgroupUrn = urnOf(T.workgroup, "dev-workgroup");

    before(async () => {
        server = await PolicyPackServer.start(PACK_DIR);
        info = await server.info();
    });
    after(() => server?.stop());

    /** Each step as the engine registers it (Analyze sees the resources so far), then AnalyzeStack over the whole stack. */
    async function steps(stack: StackResource[]): Promise<{ perStep: Diagnostic[]; stack: Diagnostic[] }> {
        const perStep: Diagnostic[] = [];
        for (const r of stack) {
            perStep.push(...await server.analyze(r));
        }
        return { perStep, stack: await server.analyzeStack(stack) };
    }

    it("is advisory by default: a target workgroup without a limit is reported at the end, not blocked", async () => {
        await server.configure(resolvePolicyConfig(info));
        assert.strictEqual(info.policies.find(p => p.name === "redshift-serverless-usage-limit")!.enforcementLevel, "advisory");
        const run = await steps(toStack(without(zeroEtlStack(), "dev-usage-limit")));
        assert.deepStrictEqual(ours(run.perStep), [], "a stack policy: nothing at Analyze");
        assert.deepStrictEqual(ours(run.stack), [`advisory ${workgroupUrn}`]);
        assert.match(run.stack.find(d => d.policyName === "redshift-serverless-usage-limit")!.message,
            /Redshift Serverless workgroup dev-workgroup, the target of zero-ETL integration dev-integration .* has no serverless-compute usage limit in this stack/);
        assert.deepStrictEqual(run.stack.filter(d => d.enforcementLevel === "mandatory"), []);
    });

    it("is mandatory when the policy config says so", async () => {
        await server.configure(resolvePolicyConfig(info, { "redshift-serverless-usage-limit": "mandatory" }));
        const run = await steps(toStack(without(zeroEtlStack(), "dev-usage-limit")));
        assert.deepStrictEqual(ours(run.stack), [`mandatory ${workgroupUrn}`]);
    });

    it("passes the stack with this program's usage limit, at preview (ARNs unknown) in both passes", async () => {
        await server.configure(resolvePolicyConfig(info, { "redshift-serverless-usage-limit": "mandatory" }));
        const run = await steps(toStack(zeroEtlStack()));
        assert.deepStrictEqual([...ours(run.perStep), ...ours(run.stack)], []);
    });
});
