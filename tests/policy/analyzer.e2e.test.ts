// End to end over gRPC: the real pack in its own process, spoken to with the Analyzer stubs as the Pulumi CLI does.
import * as assert from "assert";

import { Diagnostic, PolicyPackInfo, PolicyPackServer, StackResource } from "../../scripts/lib/policyAnalyzer";
import { resolvePolicyConfig } from "../../scripts/lib/policyConfig";
import { PACK_DIR } from "../../scripts/lib/offlinePreview";
import { T, without, zeroEtlStack } from "./fixtures";
import { FakeResource, UNKNOWN, urnOf } from "./helpers";

function toStack(fakes: FakeResource[]): StackResource[] {
    const urn = (name: string) => urnOf(fakes.find(f => f.name === name)!.type, name);
    return fakes.map(f => {
        const propertyDependencies: Record<string, string[]> = {};
        for (const [prop, names] of Object.entries(f.propertyDependencies ?? {})) {
            propertyDependencies[prop] = names.map(urn);
        }
        const deps = new Set([...(f.dependsOn ?? []), ...Object.values(f.propertyDependencies ?? {}).flat()]);
        return {
            type: f.type, name: f.name, urn: urnOf(f.type, f.name), properties: f.props,
            dependencies: [...deps].map(urn), propertyDependencies,
        };
    });
}

const summary = (ds: Diagnostic[]) => ds.map(d => `${d.enforcementLevel} ${d.policyName} ${d.urn}`).sort();

describe("policy pack over the gRPC Analyzer protocol", function () {
    this.timeout(120000);
    let server: PolicyPackServer;
    let info: PolicyPackInfo;

    before(async () => {
        server = await PolicyPackServer.start(PACK_DIR);
        info = await server.info();
    });

    after(() => server?.stop());

    beforeEach(async () => {
        await server.configure(resolvePolicyConfig(info));
    });

    it("describes the pack: name, version from policy/package.json, every policy with its level", () => {
        assert.strictEqual(info.name, "aurora-analytics-policies");
        assert.strictEqual(info.version, "0.1.0");
        assert.deepStrictEqual(info.policies.map(p => `${p.name}:${p.enforcementLevel}`), [
            "zero-etl-refresh-interval-declared:mandatory",
            "zero-etl-refresh-interval:mandatory",
            "zero-etl-unverifiable:advisory",
            "zero-etl-source-binlog:mandatory",
            "zero-etl-target-case-sensitive:mandatory",
            "redshift-serverless-private:mandatory",
            "redshift-max-base-capacity:advisory",
            "aurora-encrypted-private:mandatory",
            "s3-private-encrypted:mandatory",
            "iam-no-wildcard-actions:mandatory",
            "lambda-supported-runtime:mandatory",
            "redshift-serverless-usage-limit:advisory",
        ]);
        const schema = info.policies.find(p => p.name === "zero-etl-refresh-interval")!.configSchema!;
        assert.strictEqual(schema.properties.minimumSeconds.default, 900);
        assert.strictEqual(schema.properties.maximumSeconds.default, 432000);
    });

    it("passes the zero-ETL stack at preview, with unknown ARNs and invocation input", async () => {
        assert.deepStrictEqual(summary(await server.analyzeAll(toStack(zeroEtlStack()))), []);
    });

    it("blocks (mandatory, not downgraded) when no database gets the interval", async () => {
        const diagnostics = await server.analyzeStack(toStack(without(zeroEtlStack(), "dev-database")));
        assert.deepStrictEqual(summary(diagnostics), [`mandatory zero-etl-refresh-interval ${urnOf(T.integration, "dev-integration")}`]);
        assert.match(diagnostics[0].message, /\nZero-ETL integration dev-integration \(integrationName "dev-zero-etl"\): no database created from it gets its refresh interval in this stack\.\nFix: /);
        assert.strictEqual(diagnostics[0].policyPackName, "aurora-analytics-policies");
    });

    it("two integrations and one database: exactly one violation, for the integration without one", async () => {
        const stack = [...zeroEtlStack(), ...without(zeroEtlStack("two"), "two-database")];
        assert.deepStrictEqual(summary(await server.analyzeAll(toStack(stack))), [`mandatory zero-etl-refresh-interval ${urnOf(T.integration, "two-integration")}`]);
    });

    it("applies policy config sent through Configure: a raised minimum blocks, a disabled policy is silent", async () => {
        await server.configure(resolvePolicyConfig(info, { "zero-etl-refresh-interval": { minimumSeconds: 7200 }, "zero-etl-refresh-interval-declared": { minimumSeconds: 7200 } }));
        const raised = await server.analyzeAll(toStack(zeroEtlStack()));
        assert.deepStrictEqual(summary(raised), [
            `mandatory zero-etl-refresh-interval ${urnOf(T.integration, "dev-integration")}`,
            `mandatory zero-etl-refresh-interval-declared ${urnOf(T.integration, "dev-integration")}`,
        ]);
        assert.match(raised[0].message, /declares a refresh interval of 3600 s, outside the allowed 7200 to 432000 seconds\.\nFix:/);

        await server.configure(resolvePolicyConfig(info, { "zero-etl-refresh-interval": "disabled" }));
        assert.deepStrictEqual(await server.analyzeStack(toStack(without(zeroEtlStack(), "dev-database"))), []);
    });

    it("runs resource policies through analyze, with their levels", async () => {
        const workgroup: FakeResource = { type: T.workgroup, name: "wg", props: { namespaceName: "ns", publiclyAccessible: true, baseCapacity: 64 } };
        const [resource] = toStack([workgroup]);
        assert.deepStrictEqual(summary(await server.analyze(resource)), [
            `advisory redshift-max-base-capacity ${resource.urn}`,
            `mandatory redshift-serverless-private ${resource.urn}`,
        ].sort());
        const fn: FakeResource = { type: "aws:lambda/function:Function", name: "fn", props: { runtime: "nodejs22.x", role: UNKNOWN } };
        assert.deepStrictEqual(await server.analyze(toStack([fn])[0]), []);
    });

    it("downgrades resource references the way the engine does before policies see them", async () => {
        const bucket: FakeResource = { type: "aws:s3/bucket:Bucket", name: "b", props: {} };
        const blockProps = {
            bucket: { "4dabf18193072939515e22adb298388d": "5cf8f73096256a8f31e491e813e4eb8e", urn: urnOf(bucket.type, "b"), id: "" },
            blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: false,
        };
        const block: FakeResource = { type: "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", name: "b-block", props: blockProps, propertyDependencies: { bucket: ["b"] } };
        const diagnostics = await server.analyzeStack(toStack([bucket, block]));
        assert.deepStrictEqual(summary(diagnostics), [`mandatory s3-private-encrypted ${urnOf(bucket.type, "b")}`]);
        assert.match(diagnostics[0].message, /leaves restrictPublicBuckets off; it has no server-side encryption configuration/);
    });
});
