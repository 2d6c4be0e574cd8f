// Issue 20 part 3: zero-etl-refresh-interval judges each database created from an integration on its own: its last
// setting in dependency order must exist and equal the declaration; a pending or expired setter stands only for itself.
import * as assert from "assert";

import { zeroEtlRefreshInterval } from "../../policy/zeroEtlRefreshInterval";
import { INTEGRATION_ID, T } from "./fixtures";
import { FakeResource, UNKNOWN, runStackPolicy, urnOf } from "./helpers";

const URN = urnOf(T.integration, "i");
const WHO = "Zero-ETL integration i";
const TAGS = { "aurora-analytics:refresh-interval-seconds": "3600" };
/** An integration whose id is known and whose target lives in another stack: statements count wherever they run. */
const INTEGRATION: FakeResource = {
    type: T.integration, name: "i",
    props: { integrationIdentifier: INTEGRATION_ID, targetArn: "arn:aws:redshift-serverless:us-west-2:123456789012:namespace/elsewhere", tags: TAGS },
};
const create = (db: string, extra = "") => `CREATE DATABASE ${db} FROM INTEGRATION '${INTEGRATION_ID}'${extra}`;
const alter = (db: string, n: number) => `ALTER DATABASE ${db} INTEGRATION SET REFRESH_INTERVAL ${n}`;
/** A statement on workgroup wg that runs after `after` (the integration unless said otherwise). */
const statement = (name: string, sql: unknown, after: string[] = ["i"]): FakeResource =>
    ({ type: T.statement, name, props: { workgroupName: "wg", database: "dev", sql }, dependsOn: after });
const check = (...setters: FakeResource[]) => runStackPolicy(zeroEtlRefreshInterval, [INTEGRATION, ...setters], {});

const noInterval = (db: string, by: string) => ({
    urn: URN,
    message: `${WHO}: database ${db}, created from it by ${by}, gets no REFRESH_INTERVAL, so Redshift replicates continuously.\n` +
        `Fix: add SET REFRESH_INTERVAL 3600 to its CREATE DATABASE, or run ALTER DATABASE ${db} INTEGRATION SET REFRESH_INTERVAL 3600 on the same workgroup or cluster.`,
});
const wrong = (list: string) => ({
    urn: URN,
    message: `${WHO} declares 3600 s, but ${list}.\n` +
        "Fix: set REFRESH_INTERVAL 3600 for that database, or change the tag aurora-analytics:refresh-interval-seconds to the interval you want.",
});

describe("policy zero-etl-refresh-interval: each database on its own (issue 20 part 3)", () => {
    it("two databases on one integration: the one without an interval is reported, the one with it is not", () => {
        assert.deepStrictEqual(check(statement("a", create("db_a", " SET REFRESH_INTERVAL 3600")), statement("b", create("db_b"))), [noInterval("db_b", "b")]);
        // Control: both get the declared interval.
        assert.deepStrictEqual(check(statement("a", create("db_a", " SET REFRESH_INTERVAL 3600")), statement("b", create("db_b", " SET REFRESH_INTERVAL 3600"))), []);
    });

    it("two databases created by one statement: each is judged", () => {
        assert.deepStrictEqual(check(statement("s", `${create("db_a", " SET REFRESH_INTERVAL 3600")}; ${create("db_b")}`)), [noInterval("db_b", "s")]);
        assert.deepStrictEqual(check(statement("s", `${create("db_a", " SET REFRESH_INTERVAL 3600")}; ${create("db_b")}; ${alter("db_b", 3600)}`)), []);
    });

    it("an ALTER of one database sets nothing on another", () => {
        assert.deepStrictEqual(check(statement("a", create("db_a")), statement("b", create("db_b")), statement("alter", alter("db_a", 3600), ["a", "b"])),
            [noInterval("db_b", "b")]);
        assert.deepStrictEqual(check(statement("a", create("db_a")), statement("b", create("db_b")), statement("alter", `${alter("db_a", 3600)}; ${alter("db_b", 3600)}`, ["a", "b"])), []);
    });

    it("every database whose interval differs is reported, each on its own", () => {
        assert.deepStrictEqual(check(statement("a", create("db_a", " SET REFRESH_INTERVAL 900")), statement("b", create("db_b", " SET REFRESH_INTERVAL 7200"))),
            [wrong("a sets 900 s on database db_a"), wrong("b sets 7200 s on database db_b")]);
    });

    it("the last setting in dependency order counts: a later ALTER overrides the CREATE, in either direction", () => {
        assert.deepStrictEqual(check(statement("c", create("db", " SET REFRESH_INTERVAL 600")), statement("alter", alter("db", 3600), ["c"])), []);
        assert.deepStrictEqual(check(statement("c", create("db", " SET REFRESH_INTERVAL 3600")), statement("alter", alter("db", 600), ["c"])),
            [wrong("alter sets 600 s on database db")]);
        // Within one statement, SQL order: the last ALTER wins.
        assert.deepStrictEqual(check(statement("s", `${create("db")}; ${alter("db", 600)}; ${alter("db", 3600)}`)), []);
        assert.deepStrictEqual(check(statement("s", `${create("db")}; ${alter("db", 3600)}; ${alter("db", 600)}`)), [wrong("s sets 600 s on database db")]);
        // An ALTER the CREATE depends on runs first: the CREATE, without an interval, is the last setting.
        assert.deepStrictEqual(check(statement("alter", alter("db", 3600)), statement("c", create("db"), ["i", "alter"])), [noInterval("db", "c")]);
    });

    it("setters without an order between them: all of them must set the declared interval", () => {
        assert.deepStrictEqual(check(statement("c", create("db")), statement("alter", alter("db", 3600))), [{
            urn: URN,
            message: `${WHO}: database db gets REFRESH_INTERVAL 3600 from alter, but c creates it without one and neither depends on the other, so either may run last.\n` +
                "Fix: make alter depend on c (dependsOn), or add SET REFRESH_INTERVAL 3600 to its CREATE DATABASE.",
        }]);
        assert.deepStrictEqual(check(statement("c", create("db")), statement("x", alter("db", 3600), ["c"]), statement("y", alter("db", 600), ["c"])),
            [wrong("y sets 600 s on database db")]);
        // Control: the ALTER depends on the CREATE; or both unordered ALTERs set the declared interval.
        assert.deepStrictEqual(check(statement("c", create("db")), statement("alter", alter("db", 3600), ["c"])), []);
        assert.deepStrictEqual(check(statement("c", create("db")), statement("x", alter("db", 3600), ["c"]), statement("y", alter("db", 3600), ["c"])), []);
    });

    it("a pending setter (SQL unknown at preview) stands only for itself, never for another database", () => {
        assert.deepStrictEqual(check(statement("pending", UNKNOWN), statement("b", create("db_b"))), [noInterval("db_b", "b")]);
        assert.deepStrictEqual(check(statement("b", create("db_b")), statement("pending", UNKNOWN, ["b"])), [noInterval("db_b", "b")]);
        // Control: alone, or beside a database that gets its interval, it passes (its SQL is checked at its own step).
        assert.deepStrictEqual(check(statement("pending", UNKNOWN)), []);
        assert.deepStrictEqual(check(statement("pending", UNKNOWN), statement("b", create("db_b", " SET REFRESH_INTERVAL 3600"))), []);
    });

    it("a pending invocation input stands only for itself", () => {
        const invocation: FakeResource = { type: T.invocation, name: "v", props: { input: UNKNOWN }, dependsOn: ["i"] };
        assert.deepStrictEqual(check(invocation, statement("b", create("db_b"))), [noInterval("db_b", "b")]);
        assert.deepStrictEqual(check(invocation), []);
    });

    it("an expired Data API record (SQL read back empty) stands only for itself", () => {
        for (const sql of ["", null]) {
            assert.deepStrictEqual(check(statement("expired", sql), statement("b", create("db_b"))), [noInterval("db_b", "b")], String(sql));
            assert.deepStrictEqual(check(statement("expired", sql), statement("b", create("db_b", " SET REFRESH_INTERVAL 3600"))), [], String(sql));
            assert.deepStrictEqual(check(statement("expired", sql)), [], String(sql));
        }
    });
});
