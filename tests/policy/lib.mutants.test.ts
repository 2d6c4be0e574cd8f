// Exact-value tests for the policy pack's helpers (policy/lib/graph.ts, values.ts, zeroEtl.ts; issue 13 item 5): graph
// walks on fake resources, plain copies of sparse values, config numbers, and how integrations and their declarations read.
import * as assert from "assert";
import type { PolicyResource } from "@pulumi/policy";

import { StackGraph } from "../../policy/lib/graph";
import { isTrue, isUnknown, numberOr, plain } from "../../policy/lib/values";
import {
    INTEGRATION, NATIVE_RDS_INTEGRATION, NATIVE_REDSHIFT_INTEGRATION, REDSHIFT_INTEGRATION, REFRESH_INTERVAL_TAG, declaredInterval,
    describeIntegration, propsTargetRedshift, redshiftIntegrations, redshiftTargets, sourceClusters, targetsRedshift,
} from "../../policy/lib/zeroEtl";
import { UNKNOWN } from "./helpers";

interface Fake { name: string; type?: string; props?: Record<string, unknown>; deps?: string[]; propDeps?: Record<string, string[]> }

/** PolicyResources with dependencies wired by name; `undefined` dependency lists stay undefined, as old engines send them. */
function resources(fakes: Fake[]): PolicyResource[] {
    const byName = new Map<string, any>();
    const ghost = (name: string) => ({ urn: `urn:${name}`, name, type: "ghost" });
    const all = fakes.map(f => {
        const r: any = { urn: `urn:${f.name}`, name: f.name, type: f.type ?? "t", props: f.props ?? {} };
        byName.set(f.name, r);
        return r;
    });
    fakes.forEach((f, i) => {
        all[i].dependencies = f.deps?.map(n => byName.get(n) ?? ghost(n));
        all[i].propertyDependencies = f.propDeps === undefined ? undefined
            : Object.fromEntries(Object.entries(f.propDeps).map(([k, ns]) => [k, ns.map(n => byName.get(n) ?? ghost(n))]));
    });
    return all;
}
const names = (nodes: { name: string }[]) => nodes.map(n => n.name);

describe("policy lib: the stack graph", () => {
    const graph = new StackGraph(resources([
        { name: "a" }, { name: "b", deps: ["a"] }, { name: "c", propDeps: { x: ["b"] } }, { name: "d", deps: ["a", "c"] },
        { name: "e", deps: ["z"] }, { name: "g", deps: ["h"] }, { name: "h", deps: ["g"] },
        { name: "p", deps: ["r"] }, { name: "q", deps: ["r"] }, { name: "r" }, { name: "x", deps: ["p", "q"] },
    ]));
    const node = (n: string) => graph.get(`urn:${n}`)!;

    it("finds nodes by URN", () => {
        assert.strictEqual(node("a").name, "a");
        assert.strictEqual(graph.get("urn:nope"), undefined);
    });

    it("walks dependents breadth first, through property dependencies, once each, stopping where told", () => {
        assert.deepStrictEqual(names(graph.dependentsOf(node("a"))), ["b", "d", "c"]);
        assert.deepStrictEqual(names(graph.dependentsOf(node("a"), n => n.name === "b")), ["d"]);
        assert.deepStrictEqual(names(graph.dependentsOf(node("g"))), ["h"]);
        assert.deepStrictEqual(names(graph.dependentsOf(node("d"))), []);
    });

    it("keeps every dependent of a resource that several depend on", () => {
        const g = new StackGraph(resources([{ name: "a" }, { name: "b", deps: ["a"] }, { name: "c", deps: ["a"] }, { name: "d", propDeps: { x: ["a"] } }]));
        assert.deepStrictEqual(names(g.dependentsOf(g.get("urn:a")!)), ["b", "c", "d"]);
    });

    it("finds the nearest matching resources upstream, once each, skipping unknown URNs and itself", () => {
        assert.deepStrictEqual(names(graph.nearestUpstream(node("c"), n => n.name === "a")), ["a"]);
        assert.deepStrictEqual(names(graph.nearestUpstream(node("x"), n => n.name === "r")), ["r"]);
        assert.deepStrictEqual(names(graph.nearestUpstream(node("x"), () => true)), ["p", "q"]);
        assert.deepStrictEqual(names(graph.nearestUpstream(node("e"), () => true)), []);
        assert.deepStrictEqual(names(graph.nearestUpstream(node("g"), n => n.name === "g")), []);
    });

    it("resolves a property by its recorded dependencies of the right type, or by a known identifying value", () => {
        const g = new StackGraph(resources([
            { name: "ns", type: "N", props: { name: "the-ns", empty: "", unknown: UNKNOWN, n: 5 } },
            { name: "other", type: "O", props: { name: "the-ns" } },
            { name: "byDep", props: {}, propDeps: { ref: ["ns", "other", "missing"] } },
            { name: "byValue", props: { ref: "the-ns" } },
            { name: "empty", props: { ref: "" } },
            { name: "unknown", props: { ref: UNKNOWN } },
            { name: "number", props: { ref: 5 } },
            { name: "bare", props: { ref: "x" } },
        ]));
        const ref = (n: string, id: string) => names(g.referencedBy(g.get(`urn:${n}`)!, "ref", ["N"], [id]));
        assert.deepStrictEqual(ref("byDep", "name"), ["ns"]);
        assert.deepStrictEqual(ref("byValue", "name"), ["ns"]);
        assert.deepStrictEqual(ref("empty", "empty"), []);
        assert.deepStrictEqual(ref("unknown", "unknown"), []);
        assert.deepStrictEqual(ref("number", "n"), []);
        assert.deepStrictEqual(ref("bare", "name"), []);
    });
});

describe("policy lib: values", () => {
    it("copies arrays exactly, holes included, and objects", () => {
        // eslint-disable-next-line no-sparse-arrays
        assert.deepStrictEqual(plain([1, , { a: [2] }]), [1, undefined, { a: [2] }]);
        assert.deepStrictEqual(plain([]), []);
        assert.strictEqual(plain(null), null);
    });

    it("reads config numbers and explicit trues", () => {
        assert.strictEqual(numberOr(7, 1), 7);
        assert.strictEqual(numberOr(Infinity, 1), 1);
        assert.strictEqual(numberOr("7", 1), 1);
        assert.deepStrictEqual([isTrue(true), isTrue("true"), isTrue(""), isTrue(false), isTrue("false")], [true, true, false, false, false]);
        assert.deepStrictEqual([isUnknown(UNKNOWN), isUnknown("x"), isUnknown(5)], [true, false, false]);
    });
});

describe("policy lib: zero-ETL integrations", () => {
    const TAG = REFRESH_INTERVAL_TAG;

    it("names an integration, with its integrationName when known and different", () => {
        const one = (props: Record<string, unknown>) => describeIntegration(new StackGraph(resources([{ name: "i", props }])).get("urn:i")!);
        assert.strictEqual(one({ integrationName: "aws-name" }), `i (integrationName "aws-name")`);
        assert.strictEqual(one({ integrationName: "i" }), "i");
        assert.strictEqual(one({ integrationName: UNKNOWN }), "i");
        assert.strictEqual(one({ integrationName: 5 }), "i");
    });

    it("judges the target from props alone: only a known non-Redshift ARN is not Redshift", () => {
        const glue = "arn:aws:glue:us-west-2:123456789012:catalog";
        assert.deepStrictEqual([REDSHIFT_INTEGRATION, NATIVE_REDSHIFT_INTEGRATION].map(t => propsTargetRedshift(t, { targetArn: glue })), [true, true]);
        assert.strictEqual(propsTargetRedshift(INTEGRATION, { targetArn: glue }), false);
        assert.strictEqual(propsTargetRedshift(NATIVE_RDS_INTEGRATION, { targetArn: glue }), false);
        assert.strictEqual(propsTargetRedshift(INTEGRATION, { targetArn: `x${"arn:aws:redshift:us-west-2:1:namespace:n"}` }), false);
        for (const targetArn of ["arn:aws:redshift:us-west-2:1:namespace:n", "arn:aws-cn:redshift-serverless:cn-north-1:1:namespace/n", "", UNKNOWN, undefined, 5]) {
            assert.strictEqual(propsTargetRedshift(INTEGRATION, { targetArn }), true, String(targetArn));
        }
    });

    it("judges the target in the stack: Glue dependencies only say no when every one is Glue", () => {
        const g = new StackGraph(resources([
            { name: "cat", type: "aws:glue/catalogDatabase:CatalogDatabase" },
            { name: "tbl", type: "aws:glue/catalogTable:CatalogTable" },
            { name: "cmd", type: "command:local:Command" },
            { name: "ns", type: "aws:redshiftserverless/namespace:Namespace", props: { arn: "arn:aws:redshift-serverless:us-west-2:1:namespace/n" } },
            { name: "toGlue", type: INTEGRATION, props: { targetArn: UNKNOWN }, propDeps: { targetArn: ["cat", "tbl"] } },
            { name: "toMixed", type: INTEGRATION, props: { targetArn: UNKNOWN }, propDeps: { targetArn: ["cat", "cmd"] } },
            { name: "toNothing", type: INTEGRATION, props: { targetArn: UNKNOWN } },
            { name: "knownGlue", type: INTEGRATION, props: { targetArn: "arn:aws:glue:us-west-2:1:catalog" } },
            { name: "knownRs", type: INTEGRATION, props: { targetArn: "arn:aws:redshift:us-west-2:1:namespace:x" } },
            { name: "toNs", type: INTEGRATION, props: { targetArn: "arn:aws:redshift-serverless:us-west-2:1:namespace/n" } },
            { name: "fromDdb", type: REDSHIFT_INTEGRATION, props: { targetArn: "arn:aws:glue:us-west-2:1:catalog" } },
            { name: "emptyArn", type: INTEGRATION, props: { targetArn: "" }, propDeps: { targetArn: ["cat"] } },
            { name: "emptyAlone", type: INTEGRATION, props: { targetArn: "" } },
        ]));
        const judged = ["toGlue", "toMixed", "toNothing", "knownGlue", "knownRs", "toNs", "fromDdb", "emptyArn", "emptyAlone"]
            .map(n => targetsRedshift(g, g.get(`urn:${n}`)!));
        assert.deepStrictEqual(judged, [false, true, true, false, true, true, true, false, true]);
        assert.deepStrictEqual(names(redshiftIntegrations(g)), ["toMixed", "toNothing", "knownRs", "toNs", "fromDdb", "emptyAlone"]);
    });

    it("finds the Redshift target by its ARN or its namespace ARN, and by its link", () => {
        const g = new StackGraph(resources([
            { name: "ns", type: "aws:redshiftserverless/namespace:Namespace", props: { arn: "ns-arn" } },
            { name: "rs", type: "aws:redshift/cluster:Cluster", props: { clusterNamespaceArn: "rs-arn" } },
            { name: "toNs", type: INTEGRATION, props: { targetArn: "ns-arn" } },
            { name: "toRs", type: INTEGRATION, props: { targetArn: "rs-arn" } },
            { name: "linked", type: INTEGRATION, props: { targetArn: UNKNOWN }, propDeps: { targetArn: ["ns"] } },
        ]));
        assert.deepStrictEqual(["toNs", "toRs", "linked"].map(n => names(redshiftTargets(g, g.get(`urn:${n}`)!))), [["ns"], ["rs"], ["ns"]]);
        // A target found in the stack is Redshift, whatever its ARN looks like.
        assert.deepStrictEqual(["toNs", "toRs"].map(n => targetsRedshift(g, g.get(`urn:${n}`)!)), [true, true]);
    });

    it("finds the Aurora source cluster by ARN", () => {
        const g = new StackGraph(resources([
            { name: "aurora", type: "aws:rds/cluster:Cluster", props: { arn: "arn:aws:rds:us-west-2:1:cluster:a" } },
            { name: "i", type: INTEGRATION, props: { sourceArn: "arn:aws:rds:us-west-2:1:cluster:a" } },
        ]));
        assert.deepStrictEqual(names(sourceClusters(g, g.get("urn:i")!)), ["aurora"]);
    });

    it("reads the declaration from a tag map or a list of {key, value} / {Key, Value}", () => {
        const cases: [unknown, unknown][] = [
            [UNKNOWN, { state: "unknown" }],
            [undefined, { state: "missing" }],
            [null, { state: "missing" }],
            ["text", { state: "missing" }],
            [[{ key: TAG, value: "60" }], { state: "declared", seconds: 60 }],
            [[{ Key: TAG, Value: "60" }], { state: "declared", seconds: 60 }],
            [[{ key: TAG, value: null, Value: "5" }], { state: "declared", seconds: 5 }],
            [[null, { key: "other", value: "1" }], { state: "missing" }],
            [[{ key: TAG }], { state: "missing" }],
            [{ [TAG]: " 60 " }, { state: "declared", seconds: 60 }],
            [{ [TAG]: 60 }, { state: "declared", seconds: 60 }],
            [{ [TAG]: null }, { state: "missing" }],
            [{ [TAG]: UNKNOWN }, { state: "unknown" }],
            [{ [TAG]: "6 0" }, { state: "invalid", value: "6 0" }],
            [{ [TAG]: "-5" }, { state: "invalid", value: "-5" }],
            [{ [TAG]: "" }, { state: "invalid", value: "" }],
            [{ [TAG]: "1.5" }, { state: "invalid", value: "1.5" }],
        ];
        for (const [tags, expected] of cases) {
            assert.deepStrictEqual(declaredInterval({ tags }), expected, JSON.stringify(tags));
        }
    });
});
