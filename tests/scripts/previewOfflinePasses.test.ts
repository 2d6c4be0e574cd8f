// The offline PR gate emulates both passes of `pulumi up` (issue 20 part 6): the first preview (ids unknown) and the
// update (ids known: Analyze per resource on its inputs, then AnalyzeStack on outputs), and says which pass blocked.
import * as assert from "assert";

import * as pulumi from "@pulumi/pulumi";

import { PASS_TITLES, ROOT, previewOffline, readStackFile } from "../../scripts/lib/offlinePreview";

const INVOCATION = "aws:lambda/invocation:Invocation";
const DEV = readStackFile(`${ROOT}/Pulumi.dev.yaml`);

/**
 * Test-only program hook: a stack transformation that makes the program's zero-ETL database invocation carry
 * `refreshIntervalSeconds` (what a component bug would write), after config validation. Its input embeds the
 * integration id, so at a first preview it is unknown and the change shows only once ids are known.
 */
function invocationInterval(seconds: number) {
    return () => pulumi.runtime.registerStackTransformation(args => {
        if (args.type !== INVOCATION || args.name !== "zero-etl-database") {
            return undefined;
        }
        const input = pulumi.output(args.props.input).apply((s: string) => JSON.stringify({ ...JSON.parse(s), refreshIntervalSeconds: seconds }));
        return { props: { ...args.props, input }, opts: args.opts };
    });
}

/** The lines of one pass's section in the printed verdict. */
function passSection(text: string, pass: "preview" | "update"): string[] {
    const lines = text.split("\n");
    const start = lines.indexOf(PASS_TITLES[pass]);
    assert.ok(start >= 0, `no ${pass} pass in:\n${text}`);
    const end = lines.findIndex((l, i) => i > start && (l.startsWith("Update pass") || l.startsWith("Result: ")));
    return lines.slice(start + 1, end);
}

describe("preview:offline emulates the preview pass and the update pass of `pulumi up`", function () {
    this.timeout(300000);

    it("the dev stack passes both passes; the update pass sees known ids and AnalyzeStack gets outputs", async () => {
        const result = await previewOffline({ stack: "dev", config: DEV });
        assert.deepStrictEqual(result.passes.map(p => p.pass), ["preview", "update"]);
        assert.deepStrictEqual(result.mandatory, []);
        const update = result.passes[1].resources.find(r => r.type === INVOCATION && r.name === "zero-etl-database")!;
        assert.strictEqual(JSON.parse(update.wireInputs.input).refreshIntervalSeconds, 3600);
        assert.strictEqual(JSON.parse(update.wireInputs.input).integrationId, "11111111-2222-3333-4444-555555555555");
        assert.deepStrictEqual(passSection(result.text, "preview"), ["    no violations"]);
        assert.deepStrictEqual(passSection(result.text, "update"), ["    no violations"]);
        assert.match(result.text, /\nResult: no mandatory violations in either pass, 0 advisory in the preview pass, 0 advisory in the update pass: the preview passes\.$/);
    });

    it("an invocation that carries interval 0 passes the first preview (its input is unknown) and is refused in the update pass", async () => {
        const result = await previewOffline({ stack: "dev", config: DEV, before: invocationInterval(0) });
        const [preview, update] = result.passes;
        assert.deepStrictEqual(preview.diagnostics.filter(d => d.enforcementLevel === "mandatory"), []);
        const database = update.resources.find(r => r.type === INVOCATION && r.name === "zero-etl-database")!;
        assert.strictEqual(JSON.parse(database.wireInputs.input).refreshIntervalSeconds, 0);
        const refused = update.diagnostics.filter(d => d.enforcementLevel === "mandatory").map(d => `${d.policyName} ${d.urn}`);
        // Which rules report it is the pack's business (tests/policy); the gate's is that the update pass blocks on it.
        assert.ok(refused.some(r => r.endsWith(` ${database.urn}`)), `nothing refused the invocation:\n${refused.join("\n")}`);
        assert.deepStrictEqual(result.mandatory.map(d => `${d.policyName} ${d.urn}`), refused);
        assert.deepStrictEqual(passSection(result.text, "preview"), ["    no violations"]);
        assert.match(result.text, new RegExp(`\\nResult: ${refused.length} mandatory violation\\(s\\) in the update pass; 0 advisory in the preview pass, 0 advisory in the update pass: the preview is BLOCKED\\.$`));
    });

    it("the same hook writing the stack's own interval (3600) passes both passes (the control)", async () => {
        const result = await previewOffline({ stack: "dev", config: DEV, before: invocationInterval(3600) });
        assert.deepStrictEqual(result.mandatory, []);
    });
});
