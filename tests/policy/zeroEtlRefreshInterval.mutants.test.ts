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
            blocked(wrong("dev-create-database sets 60 s on database zeroetl_db; dev-refresh-interval sets 600 s on database zeroetl_db")));
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

    it("exempts an integration by resource name or integrationName, and hands the reason over", () => {
        const bare = without(knownStatements(), "dev-create-database", "dev-refresh-interval");
        assert.deepStrictEqual(check(bare, { exemptIntegrations: [{ name: "dev-zero-etl", reason: "managed by the data team" }] }), []);
        assert.deepStrictEqual(takeExemptions(), [{ urn: URN, name: `dev-integration (integrationName "dev-zero-etl")`, reason: "managed by the data team" }]);
        assert.deepStrictEqual(check(bare, { exemptIntegrations: [null, { name: 5 }, { name: "dev-integration", reason: "r" }] }), []);
        assert.deepStrictEqual(takeExemptions().map(e => e.reason), ["r"]);
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
