// Exact-value, in-process tests for zero-etl-refresh-interval (issue 13 item 5): the gate scenarios that the gRPC tests
// (tests/policy/gate.e2e.test.ts) run out of process, where mutants are not reached, with each message in full.
import * as assert from "assert";

import { takeExemptions } from "../../policy/lib/exemptions";
import { zeroEtlRefreshInterval } from "../../policy/zeroEtlRefreshInterval";
import { INTEGRATION_ID, T, deployed, statementStack, withProps, without, zeroEtlStack } from "./fixtures";
import { FakeResource, UNKNOWN, runStackPolicy, urnOf } from "./helpers";

const URN = urnOf(T.integration, "dev-integration");
const WHO = `Zero-ETL integration dev-integration (integrationName "dev-zero-etl")`;
const create = (db: string, id = INTEGRATION_ID, extra = "") => `CREATE DATABASE "${db}" FROM INTEGRATION '${id}'${extra}`;
const alter = (db: string, n = 3600) => `ALTER DATABASE "${db}" INTEGRATION SET REFRESH_INTERVAL ${n}`;
const NO_DATABASE = `${WHO}: no database created from it gets its refresh interval in this stack.\n` +
    "Fix: in aurora-analytics, keep zeroEtl on (the program creates the database). In another program, create it with " +
    "CREATE DATABASE ... FROM INTEGRATION '<id>' SET REFRESH_INTERVAL 3600 in an aws.redshiftdata.Statement that depends on this " +
    "integration alone and runs on its target, or list the integration in exemptIntegrations with a reason.";
const noInterval = (by: string, db = "zeroetl_db") => `${WHO}: database ${db}, created from it by ${by}, gets no REFRESH_INTERVAL, ` +
    "so Redshift replicates continuously.\n" +
    `Fix: add SET REFRESH_INTERVAL 3600 to its CREATE DATABASE, or run ALTER DATABASE ${db} INTEGRATION SET REFRESH_INTERVAL 3600 ` +
    "on the same workgroup or cluster.";
const wrong = (list: string) => `${WHO} declares 3600 s, but ${list}.\n` +
    "Fix: set REFRESH_INTERVAL 3600 for that database, or change the tag aurora-analytics:refresh-interval-seconds to the interval you want.";

function knownStatements(createSql = create("zeroetl_db"), alterSql = alter("zeroetl_db")): FakeResource[] {
    const stack = deployed(statementStack()).map(r => (r.name === "dev-integration"
        ? { ...r, props: { ...r.props, integrationIdentifier: INTEGRATION_ID, arn: `arn:aws:rds:us-west-2:123456789012:integration:${INTEGRATION_ID}` } } : r));
    return withProps(withProps(stack, "dev-create-database", { sql: createSql }), "dev-refresh-interval", { sql: alterSql });
}
const check = (stack: FakeResource[], config: object = {}) => runStackPolicy(zeroEtlRefreshInterval, stack, config);
const blocked = (message: string) => [{ urn: URN, message }];

describe("policy zero-etl-refresh-interval: statements, exact messages", () => {
    it("passes CREATE then ALTER with the declared interval, and a CREATE that sets it alone", () => {
        assert.deepStrictEqual(check(knownStatements()), []);
        assert.deepStrictEqual(check(without(knownStatements(create("zeroetl_db", INTEGRATION_ID, " SET REFRESH_INTERVAL 3600")), "dev-refresh-interval")), []);
    });

    it("names the statement that sets another interval", () => {
        assert.deepStrictEqual(check(knownStatements(create("zeroetl_db"), alter("zeroetl_db", 600))),
            blocked(wrong("dev-refresh-interval sets 600 s on database zeroetl_db")));
        assert.deepStrictEqual(check(knownStatements(create("zeroetl_db", INTEGRATION_ID, " SET REFRESH_INTERVAL 60"), alter("zeroetl_db", 600))),
            blocked(wrong("dev-refresh-interval sets 600 s on database zeroetl_db")));
    });

    it("an ALTER of another database leaves the created one without an interval", () => {
        assert.deepStrictEqual(check(knownStatements(create("zeroetl_db"), alter("other_db"))), blocked(noInterval("dev-create-database")));
    });

    it("a CREATE from another integration id creates nothing of this one", () => {
        assert.deepStrictEqual(check(knownStatements(create("zeroetl_db", "99999999-8888-7777-6666-555555555555"))), blocked(NO_DATABASE));
    });

    it("no statements at all: no database gets the interval", () => {
        assert.deepStrictEqual(check(without(knownStatements(), "dev-create-database", "dev-refresh-interval")), blocked(NO_DATABASE));
    });

    it("SQL unknown at preview, or read back empty after the Data API forgot it, stands for the declaration", () => {
        assert.deepStrictEqual(check(statementStack()), []);
        assert.deepStrictEqual(check(withProps(withProps(knownStatements(), "dev-create-database", { sql: "" }), "dev-refresh-interval", { sql: "" })), []);
        assert.deepStrictEqual(check(withProps(without(knownStatements(), "dev-refresh-interval"), "dev-create-database", { sql: null })), []);
    });

    it("an ALTER on another workgroup than the target does not count", () => {
        const other: FakeResource = { type: T.workgroup, name: "other-wg", props: { namespaceName: "other-ns", workgroupName: "other-wg" } };
        const stack = withProps(knownStatements(), "dev-refresh-interval", { workgroupName: "other-wg" })
            .map(r => (r.name === "dev-refresh-interval" ? { ...r, propertyDependencies: { workgroupName: ["other-wg"] } } : r));
        assert.deepStrictEqual(check([...stack, other]), blocked(noInterval("dev-create-database")));
    });
});

describe("policy zero-etl-refresh-interval: the database invocation, exact messages", () => {
    const invocation = (input: Record<string, unknown>) => check(deployed(zeroEtlStack(), "dev", input));
    const raw = (input: unknown) => check(withProps(deployed(zeroEtlStack()), "dev-database", { input }));

    it("passes its input while unknown and once known with the declared interval", () => {
        assert.deepStrictEqual(check(zeroEtlStack()), []);
        assert.deepStrictEqual(invocation({}), []);
    });

    it("names the invocation that sets another interval", () => {
        assert.deepStrictEqual(invocation({ refreshIntervalSeconds: 7200 }), blocked(wrong("dev-database sets 7200 s on database zeroetl_db")));
    });

    it("an input without a whole-number interval creates a database without one", () => {
        assert.deepStrictEqual(invocation({ refreshIntervalSeconds: "3600" }), blocked(noInterval("dev-database")));
    });

    it("ignores inputs of another kind, version, integration, namespace or workgroup, and unreadable ones", () => {
        for (const input of [{ kind: "other" }, { version: 2 }, { integrationId: "99999999-8888-7777-6666-555555555555" },
            { namespaceArn: "arn:aws:redshift-serverless:us-west-2:123456789012:namespace/other" }, { database: 5 }]) {
            assert.deepStrictEqual(invocation(input), blocked(NO_DATABASE), JSON.stringify(input));
        }
        assert.deepStrictEqual(raw("{not json"), blocked(NO_DATABASE));
        assert.deepStrictEqual(raw("null"), blocked(NO_DATABASE));
    });
});

describe("policy zero-etl-refresh-interval: config", () => {
    it("refuses minimumSeconds above maximumSeconds with one stack-level message", () => {
        assert.deepStrictEqual(check(knownStatements(), { minimumSeconds: 7200, maximumSeconds: 3600 }), [{
            message: "Policy config of zero-etl-refresh-interval is inconsistent: minimumSeconds 7200 is above maximumSeconds 3600.\n" +
                "Fix: make minimumSeconds at most maximumSeconds.",
        }]);
        assert.deepStrictEqual(takeExemptions(), []);
    });

    it("exempts an integration by URN, or by type and resource name together, and hands the reason over", () => {
        const bare = without(knownStatements(), "dev-create-database", "dev-refresh-interval");
        assert.deepStrictEqual(check(bare, { exemptIntegrations: [{ urn: URN, reason: "managed by the data team" }] }), []);
        assert.deepStrictEqual(takeExemptions(), [{ urn: URN, name: `dev-integration (integrationName "dev-zero-etl")`, reason: "managed by the data team" }]);
        assert.deepStrictEqual(check(bare, { exemptIntegrations: [null, { name: 5 }, { type: T.integration, name: "dev-integration", reason: "r" }] }), []);
        assert.deepStrictEqual(takeExemptions().map(e => e.reason), ["r"]);
        // Issue 20 part 5: a name alone, an integrationName, or a type with another name exempts nothing.
        for (const e of [{ name: "dev-integration" }, { name: "dev-zero-etl" }, { type: T.integration, name: "dev-zero-etl" }, { type: "aws:redshift/integration:Integration", name: "dev-integration" }, { urn: URN.replace("dev-integration", "other") }]) {
            assert.deepStrictEqual(check(bare, { exemptIntegrations: [{ ...e, reason: "r" }] }), blocked(NO_DATABASE), JSON.stringify(e));
        }
        assert.deepStrictEqual(check(bare, { exemptIntegrations: [{ name: "other", reason: "r" }] }), blocked(NO_DATABASE));
        assert.deepStrictEqual(check(bare, { exemptIntegrations: "dev-integration" }), blocked(NO_DATABASE));
    });
});

describe("policy zero-etl-refresh-interval: where statements run, exact messages", () => {
    const wg2: FakeResource = { type: T.workgroup, name: "dev-wg2", props: { namespaceName: "dev-ns", workgroupName: "dev-wg2" }, propertyDependencies: { namespaceName: ["dev-namespace"] } };
    const alterOn = (props: Record<string, unknown>, deps: string[]) => knownStatements()
        .map(r => (r.name === "dev-refresh-interval" ? { ...r, props: { ...r.props, ...props }, propertyDependencies: { workgroupName: deps } } : r));

    it("an ALTER on another workgroup of the target namespace does not set the interval of a database created elsewhere", () => {
        assert.deepStrictEqual(check([...alterOn({ workgroupName: "dev-wg2" }, ["dev-wg2"]), wg2]), blocked(noInterval("dev-create-database")));
        assert.deepStrictEqual(check([...alterOn({ workgroupName: "dev-wg" }, ["dev-workgroup"]), wg2]), []);
    });

    it("a workgroup name unknown at preview: the same workgroup resource counts, another one does not", () => {
        const unknownCreate = (stack: FakeResource[]) => withProps(stack, "dev-create-database", { workgroupName: UNKNOWN });
        assert.deepStrictEqual(check([...unknownCreate(alterOn({ workgroupName: UNKNOWN }, ["dev-workgroup"])), wg2]), []);
        assert.deepStrictEqual(check([...unknownCreate(alterOn({ workgroupName: UNKNOWN }, ["dev-wg2"])), wg2]), blocked(noInterval("dev-create-database")));
    });

    it("a provisioned cluster target: statements count on that cluster only", () => {
        const rsArn = "arn:aws:redshift:us-west-2:123456789012:namespace:rs-ns";
        const base = (alterCluster: string): FakeResource[] => [
            { type: "aws:redshift/cluster:Cluster", name: "rs", props: { clusterIdentifier: "rs", clusterNamespaceArn: rsArn } },
            { type: "aws:redshift/cluster:Cluster", name: "rs2", props: { clusterIdentifier: "rs2", clusterNamespaceArn: `${rsArn}2` } },
            { type: T.integration, name: "i", props: { integrationIdentifier: INTEGRATION_ID, targetArn: rsArn, tags: { "aurora-analytics:refresh-interval-seconds": "3600" } } },
            { type: T.statement, name: "db", props: { clusterIdentifier: "rs", sql: create("zeroetl_db") }, dependsOn: ["i"] },
            { type: T.statement, name: "alter", props: { clusterIdentifier: alterCluster, sql: alter("zeroetl_db") }, dependsOn: ["db"] },
        ];
        assert.deepStrictEqual(check(base("rs")), []);
        assert.deepStrictEqual(check(base("rs2")), [{ urn: urnOf(T.integration, "i"), message: noInterval("db").replace(WHO, "Zero-ETL integration i") }]);
    });

    it("a target outside the stack: statements count wherever they run", () => {
        const stack = (extra: string): FakeResource[] => [
            { type: T.integration, name: "i", props: { integrationIdentifier: INTEGRATION_ID, targetArn: "arn:aws:redshift-serverless:us-west-2:123456789012:namespace/elsewhere", tags: { "aurora-analytics:refresh-interval-seconds": "3600" } } },
            { type: T.statement, name: "db", props: { workgroupName: "anywhere", sql: create("zeroetl_db", INTEGRATION_ID, extra) }, dependsOn: ["i"] },
        ];
        assert.deepStrictEqual(check(stack(" SET REFRESH_INTERVAL 3600")), []);
        assert.deepStrictEqual(check(stack(" SET REFRESH_INTERVAL 60")), [{ urn: urnOf(T.integration, "i"),
            message: "Zero-ETL integration i declares 3600 s, but db sets 60 s on database zeroetl_db.\n" +
                "Fix: set REFRESH_INTERVAL 3600 for that database, or change the tag aurora-analytics:refresh-interval-seconds to the interval you want." }]);
    });

    it("an integration known by its id prop when integrationIdentifier is empty", () => {
        const stack = knownStatements().map(r => (r.name === "dev-integration" ? { ...r, props: { ...r.props, integrationIdentifier: "", id: INTEGRATION_ID } } : r));
        assert.deepStrictEqual(check(stack), []);
    });

    it("a statement without sql reads as expired", () => {
        const stack = without(knownStatements(), "dev-refresh-interval").map(r => (r.name === "dev-create-database" ? { ...r, props: { workgroupName: "dev-wg" } } : r));
        assert.deepStrictEqual(check(stack), []);
    });

    it("an ALTER statement after the database invocation counts on any workgroup", () => {
        const stack: FakeResource[] = [...deployed(zeroEtlStack()),
            { type: T.statement, name: "dev-alter", props: { workgroupName: "dev-wg", sql: alter("zeroetl_db", 600) }, dependsOn: ["dev-database"], propertyDependencies: { workgroupName: ["dev-workgroup"] } }];
        assert.deepStrictEqual(check(stack), blocked(wrong("dev-alter sets 600 s on database zeroetl_db")));
    });
});

describe("policy zero-etl-refresh-interval: invocation input placement, exact messages", () => {
    const invocation = (input: Record<string, unknown>) => check(deployed(zeroEtlStack(), "dev", input));
    const ARN = `arn:aws:rds:us-west-2:123456789012:integration:${INTEGRATION_ID}`;

    it("an input without a namespace ARN still counts; one on another workgroup does not", () => {
        assert.deepStrictEqual(invocation({ namespaceArn: undefined }), []);
        assert.deepStrictEqual(invocation({ workgroupName: "other-wg" }), blocked(NO_DATABASE));
        assert.deepStrictEqual(check(withProps(deployed(zeroEtlStack(), "dev", { workgroupName: "other-wg" }), "dev-workgroup", { workgroupName: UNKNOWN })), []);
    });

    it("matches the integration by ARN when the input names no id, and by being downstream of it alone otherwise", () => {
        const withArn = (integrationArn?: string) => check(deployed(zeroEtlStack(), "dev", { integrationId: undefined, integrationArn })
            .map(r => (r.name === "dev-integration" ? { ...r, props: { ...r.props, integrationIdentifier: undefined } } : r)));
        assert.deepStrictEqual(withArn(ARN), []);
        assert.deepStrictEqual(withArn(`${ARN}0`), blocked(NO_DATABASE));
        assert.deepStrictEqual(withArn(undefined), []);
    });

    it("an input given as an object is read as is", () => {
        const input = JSON.parse(deployed(zeroEtlStack()).find(r => r.name === "dev-database")!.props.input as string);
        assert.deepStrictEqual(check(withProps(deployed(zeroEtlStack()), "dev-database", { input })), []);
        assert.deepStrictEqual(check(withProps(deployed(zeroEtlStack()), "dev-database", { input: { ...input, refreshIntervalSeconds: 60 } })),
            blocked(wrong("dev-database sets 60 s on database zeroetl_db")));
    });
});

describe("policy zero-etl-refresh-interval: declaration messages in full", () => {
    it("a missing or unknown declaration, with this program's and other programs' fix", () => {
        const fix = "Fix: in aurora-analytics, run `pulumi config set aurora-analytics:refreshIntervalSeconds 3600` (900 to 432000). " +
            `In another program, tag the integration "aurora-analytics:refresh-interval-seconds": "3600" and create its database with ` +
            "CREATE DATABASE ... FROM INTEGRATION '<id>' SET REFRESH_INTERVAL 3600 (see the pack's README).";
        assert.deepStrictEqual(check(withProps(zeroEtlStack(), "dev-integration", { tags: {} })),
            blocked(`${WHO} declares no refresh interval (tag aurora-analytics:refresh-interval-seconds).\n${fix}`));
        assert.deepStrictEqual(check(withProps(zeroEtlStack(), "dev-integration", { tags: { "aurora-analytics:refresh-interval-seconds": UNKNOWN } })),
            blocked(`${WHO} declares a refresh interval that can't be read at preview; tag it with a literal value.\n${fix}`));
    });

    it("an exemption without a name exempts nothing, even an integration without integrationName", () => {
        const bare = without(knownStatements(), "dev-create-database", "dev-refresh-interval")
            .map(r => (r.name === "dev-integration" ? { ...r, props: { ...r.props, integrationName: undefined } } : r));
        assert.deepStrictEqual(check(bare, { exemptIntegrations: [{ reason: "r" }] }),
            blocked(NO_DATABASE.replace(WHO, "Zero-ETL integration dev-integration")));
    });
});

describe("policy zero-etl-refresh-interval: which integration a setter belongs to, exact messages", () => {
    const ARN = `arn:aws:rds:us-west-2:123456789012:integration:${INTEGRATION_ID}`;
    const TAGS = { "aurora-analytics:refresh-interval-seconds": "3600" };
    const noDatabase = (name: string) => ({ urn: urnOf(T.integration, name), message: NO_DATABASE.replace(WHO, `Zero-ETL integration ${name}`) });
    /** Two integrations whose ids, ARNs and targets are not known, and one setter downstream of both. */
    const underTwo = (setter: FakeResource): FakeResource[] => [
        { type: T.integration, name: "i1", props: { tags: TAGS } },
        { type: T.integration, name: "i2", props: { tags: TAGS } },
        { ...setter, dependsOn: ["i1", "i2"] },
    ];
    const input = (overrides: Record<string, unknown>) => JSON.parse(deployed(zeroEtlStack(), "dev", overrides).find(r => r.name === "dev-database")!.props.input as string);

    it("a statement or invocation downstream of two integrations, its SQL or input unknown, stands for neither", () => {
        assert.deepStrictEqual(check(underTwo({ type: T.statement, name: "s", props: { workgroupName: "wg", sql: UNKNOWN } })), [noDatabase("i1"), noDatabase("i2")]);
        assert.deepStrictEqual(check(underTwo({ type: T.invocation, name: "v", props: { input: UNKNOWN } })), [noDatabase("i1"), noDatabase("i2")]);
        assert.deepStrictEqual(check([{ type: T.integration, name: "i2", props: { tags: TAGS } },
            { type: T.statement, name: "s", props: { workgroupName: "wg", sql: UNKNOWN }, dependsOn: ["i2"] }]), []);
    });

    it("a known input that names neither id nor ARN belongs to no integration when it is downstream of two", () => {
        const v: FakeResource = { type: T.invocation, name: "v", props: { input: JSON.stringify(input({ integrationId: undefined, integrationArn: undefined })) } };
        assert.deepStrictEqual(check(underTwo(v)), [noDatabase("i1"), noDatabase("i2")]);
    });

    it("compares the id when both ends know it, else the ARN when both know it, else goes by the graph", () => {
        const judged = (integration: Record<string, unknown>, overrides: Record<string, unknown>) =>
            check(withProps(deployed(zeroEtlStack(), "dev", overrides), "dev-integration", integration));
        // The integration's id is not known: the ARN decides, whatever id the input names.
        assert.deepStrictEqual(judged({ integrationIdentifier: undefined }, {}), []);
        assert.deepStrictEqual(judged({ integrationIdentifier: undefined }, { integrationArn: `${ARN}0` }), blocked(NO_DATABASE));
        // The input names no id (or an empty, unknown or non-string one): the ARN decides.
        for (const integrationId of [undefined, "", UNKNOWN, 5]) {
            assert.deepStrictEqual(judged({}, { integrationId }), [], String(integrationId));
            assert.deepStrictEqual(judged({}, { integrationId, integrationArn: `${ARN}0` }), blocked(NO_DATABASE), String(integrationId));
        }
        // Neither the integration's id nor its ARN is known: being downstream of it alone decides.
        assert.deepStrictEqual(judged({ integrationIdentifier: undefined, arn: undefined }, { integrationId: undefined, integrationArn: `${ARN}0` }), []);
    });

    it("an integration whose targetArn is unknown does not refuse an input for its namespace ARN", () => {
        const stack = withProps(deployed(zeroEtlStack()), "dev-integration", { targetArn: UNKNOWN });
        assert.deepStrictEqual(check(stack), []);
    });

    it("a resource downstream of the integration that is neither a statement nor an invocation sets nothing", () => {
        const bare = without(knownStatements(), "dev-create-database", "dev-refresh-interval");
        const after: FakeResource = { type: T.fn, name: "after", props: { runtime: "nodejs22.x" }, dependsOn: ["dev-integration"] };
        assert.deepStrictEqual(check([...bare, after]), blocked(NO_DATABASE));
    });

    it("a statement whose sql is not a string sets nothing", () => {
        const stack = without(knownStatements(), "dev-refresh-interval");
        for (const sql of [5, [create("zeroetl_db", INTEGRATION_ID, " SET REFRESH_INTERVAL 3600")]]) {
            assert.deepStrictEqual(check(withProps(stack, "dev-create-database", { sql })), blocked(NO_DATABASE), JSON.stringify(sql));
        }
    });
});

describe("policy zero-etl-refresh-interval: statements count where the integration's target lives, exact messages", () => {
    const RS = "aws:redshift/cluster:Cluster";
    const TAGS = { "aurora-analytics:refresh-interval-seconds": "3600" };
    const who = "Zero-ETL integration i";
    const noDatabase = [{ urn: urnOf(T.integration, "i"), message: NO_DATABASE.replace(WHO, who) }];
    const noIntervalBy = (by: string) => [{ urn: urnOf(T.integration, "i"), message: noInterval(by).replace(WHO, who) }];
    const namespace = (name: string): FakeResource => ({ type: T.namespace, name, props: { namespaceName: name } });
    /** A workgroup of the named namespace; its input refers to that namespace resource unless `linked` is false. */
    const workgroup = (name: string, ns: string, linked = true): FakeResource =>
        ({ type: T.workgroup, name, props: { namespaceName: ns, workgroupName: name }, ...(linked ? { propertyDependencies: { namespaceName: [ns] } } : {}) });
    const cluster = (name: string): FakeResource =>
        ({ type: RS, name, props: { clusterIdentifier: name, clusterNamespaceArn: `arn:aws:redshift:us-west-2:123456789012:namespace:${name}` } });
    /** The integration; its targetArn comes from `target` (a resource of the stack), or is a namespace elsewhere. */
    const integration = (target?: string): FakeResource => target === undefined
        ? { type: T.integration, name: "i", props: { integrationIdentifier: INTEGRATION_ID, targetArn: "arn:aws:redshift-serverless:us-west-2:123456789012:namespace/elsewhere", tags: TAGS } }
        : { type: T.integration, name: "i", props: { integrationIdentifier: INTEGRATION_ID, targetArn: UNKNOWN, tags: TAGS }, propertyDependencies: { targetArn: [target] } };
    /** A statement that runs after `after`, at `place` (workgroupName / clusterIdentifier), its place inputs from `links`. */
    const statement = (name: string, sql: string, place: Record<string, unknown>, links: Record<string, string[]> = {}, after = "i"): FakeResource =>
        ({ type: T.statement, name, props: { ...place, sql }, dependsOn: [after], propertyDependencies: links });
    const CREATE = create("zeroetl_db", INTEGRATION_ID, " SET REFRESH_INTERVAL 3600");
    const createAt = (place: Record<string, unknown>, links: Record<string, string[]> = {}) => statement("c", CREATE, place, links);

    it("a Serverless target: a CREATE counts on its workgroup only, linked or named", () => {
        const base = [namespace("ns"), workgroup("wg", "ns"), integration("ns")];
        assert.deepStrictEqual(check([...base, createAt({ workgroupName: "wg" }, { workgroupName: ["wg"] })]), []);
        assert.deepStrictEqual(check([...base, createAt({ workgroupName: "wg" })]), []);
        assert.deepStrictEqual(check([...base, namespace("other-ns"), workgroup("other", "other-ns"), createAt({ workgroupName: "other" }, { workgroupName: ["other"] })]), noDatabase);
        assert.deepStrictEqual(check([...base, workgroup("loose", "nowhere", false), createAt({ workgroupName: "loose" }, { workgroupName: ["loose"] })]), noDatabase);
        assert.deepStrictEqual(check([...base, createAt({})]), noDatabase);
        assert.deepStrictEqual(check([...base, cluster("rs"), createAt({ clusterIdentifier: "rs" }, { clusterIdentifier: ["rs"] })]), noDatabase);
    });

    it("a workgroup that names its namespace without a link is the target's workgroup", () => {
        const base = [namespace("ns"), workgroup("wg", "ns", false), integration("ns")];
        assert.deepStrictEqual(check([...base, createAt({ workgroupName: "wg" })]), []);
        assert.deepStrictEqual(check([...base, createAt({ workgroupName: "other" })]), noDatabase);
    });

    it("a target namespace without a workgroup in the stack, or a target outside it: a CREATE counts wherever it runs", () => {
        assert.deepStrictEqual(check([namespace("ns"), integration("ns"), createAt({ workgroupName: "anywhere" })]), []);
        assert.deepStrictEqual(check([namespace("ns"), workgroup("wg", "ns"), integration(), createAt({ workgroupName: "anywhere" })]), []);
    });

    it("a provisioned target: a CREATE counts on that cluster only", () => {
        const base = [cluster("rs"), cluster("rs2"), integration("rs")];
        assert.deepStrictEqual(check([...base, createAt({ clusterIdentifier: "rs" })]), []);
        assert.deepStrictEqual(check([...base, createAt({ clusterIdentifier: "rs2" })]), noDatabase);
        assert.deepStrictEqual(check([...base, createAt({})]), noDatabase);
    });

    it("an ALTER counts on the CREATE's workgroup or cluster, whether each names it or links to it", () => {
        const create0 = (place: Record<string, unknown>, links: Record<string, string[]> = {}) => statement("c", create("zeroetl_db"), place, links);
        const alterAt = (place: Record<string, unknown>, links: Record<string, string[]> = {}) => statement("a", alter("zeroetl_db"), place, links, "c");
        const serverless = [namespace("ns"), workgroup("wg", "ns"), integration("ns")];
        assert.deepStrictEqual(check([...serverless, create0({ workgroupName: UNKNOWN }, { workgroupName: ["wg"] }), alterAt({ workgroupName: "wg" })]), []);
        assert.deepStrictEqual(check([...serverless, create0({ workgroupName: "wg" }), alterAt({ workgroupName: UNKNOWN }, { workgroupName: ["wg"] })]), []);
        const provisioned = [cluster("rs"), integration("rs")];
        assert.deepStrictEqual(check([...provisioned, create0({ clusterIdentifier: UNKNOWN }, { clusterIdentifier: ["rs"] }), alterAt({ clusterIdentifier: "rs" })]), []);
        assert.deepStrictEqual(check([...provisioned, create0({ clusterIdentifier: "rs" }), alterAt({ clusterIdentifier: UNKNOWN }, { clusterIdentifier: ["rs"] })]), []);
        // The target outside the stack: the same known name is the same place; no name and no common link is not.
        assert.deepStrictEqual(check([integration(), create0({ workgroupName: "anywhere" }), alterAt({ workgroupName: "anywhere" })]), []);
        assert.deepStrictEqual(check([integration(), create0({ workgroupName: "anywhere" }), alterAt({ workgroupName: "elsewhere" })]), noIntervalBy("c"));
        assert.deepStrictEqual(check([integration(), workgroup("x", "nowhere", false), create0({ workgroupName: UNKNOWN }), alterAt({ workgroupName: UNKNOWN }, { workgroupName: ["x"] })]),
            noIntervalBy("c"));
    });
});
