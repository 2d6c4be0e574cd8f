// Issue 21: the zero-ETL database under failure and change. A failed update (the provider stores the new input anyway), a
// replacement in both orders, destroy with users the stack did not make, and a non-superuser secret, against the stateful
// fakes, asserting the exact SQL and the final state.
import * as assert from "assert";

import { handler } from "../../functions/zeroEtl/index";
import { DatabaseSpec } from "../../functions/zeroEtl/database";
import { FakeRedshiftData, FakeWorkgroup } from "../harness/fakeRedshiftData";
import { FakeInvocation } from "../harness/fakeInvocation";
import { databaseSpec, ID_1, ID_2, NAMESPACE, SECRET, withFakeZeroEtl } from "../harness/zeroEtlSpec";

const OWNER = "aurora-analytics/dev";
const A = "IAMR:analyst";
const B = "IAM:bob";
const spec = (overrides: Partial<DatabaseSpec> = {}) => databaseSpec({ owner: OWNER, ...overrides });

const input = (s: DatabaseSpec) => JSON.stringify(s);
const create = (db: string, id: string, interval = 900, truncate = true) =>
    `CREATE DATABASE "${db}" FROM INTEGRATION '${id}' SET ACCEPTINVCHARS = TRUE REFRESH_INTERVAL ${interval} TRUNCATECOLUMNS = ${truncate ? "TRUE" : "FALSE"} HISTORY_MODE = FALSE`;

/** The ownership record as written by hand from the design (docs/zero-etl-database.md), not by the builder under test. */
function comment(db: string, holders: number, users: string[] = [], o: { interval?: number; truncate?: boolean; readers?: boolean } = {}): string {
    const settings = `{"acceptInvalidChars":true,"refreshIntervalSeconds":${o.interval ?? 900},"truncateColumns":${o.truncate ?? true},"historyMode":false}`;
    const list = users.map(u => `"${u}"`).join(",");
    return `COMMENT ON DATABASE "${db}" IS '{"kind":"aurora-analytics:zero-etl-owner","owner":"${OWNER}","holders":${holders},` +
        `"users":[${list}],"settings":${settings},"readerGrants":${o.readers ?? false}}'`;
}
/** The record while read-only users are listed: the reader role's scoped grants exist. */
const commentWithReaders = (db: string, holders: number, users: string[]) => comment(db, holders, users, { readers: true });

describe("zero-ETL database under failure and change (issue 21)", () => {
    const ctx = withFakeZeroEtl(event => handler(event));
    let fake: FakeRedshiftData;
    let workgroup: FakeWorkgroup;
    let invocation: FakeInvocation;
    beforeEach(() => ({ fake, workgroup, invocation } = ctx));
    const since = (n: number) => fake.changes().slice(n);
    const where = () => fake.executed.filter(e => !e.sql.startsWith("SELECT")).map(e => `${e.database}: ${e.sql}`);

    it("the first up records the owner in the database itself, connected to that database", async () => {
        fake.createIntegration(ID_1, NAMESPACE);
        await invocation.up(input(spec()));
        assert.deepStrictEqual(where(), [`dev: ${create("zeroetl_db", ID_1)}`, `zeroetl_db: ${comment("zeroetl_db", 1)}`]);
        assert.deepStrictEqual(JSON.parse(workgroup.comments.get("zeroetl_db")!), {
            kind: "aurora-analytics:zero-etl-owner", owner: OWNER, holders: 1, users: [],
            settings: { acceptInvalidChars: true, refreshIntervalSeconds: 900, truncateColumns: true, historyMode: false }, readerGrants: false,
        });
        // A second up with the same input changes nothing.
        assert.strictEqual(await invocation.up(input(spec())), "same");
        assert.strictEqual(fake.changes().length, 2);
    });

    describe("a failed update, then the retry (prev_input now equals input)", () => {
        it("a rename whose DROP failed: the retry drops the old database our record names and creates the new one", async () => {
            fake.createIntegration(ID_1, NAMESPACE);
            await invocation.up(input(spec()));
            fake.failNext(/^DROP DATABASE "zeroetl_db"/);
            await assert.rejects(invocation.up(input(spec({ database: "sales_replica" }))), /Serializable isolation violation/);
            assert.strictEqual(invocation.stored, input(spec({ database: "sales_replica" })), "the provider stored the new input");
            const n = fake.changes().length;
            assert.strictEqual(await invocation.up(input(spec({ database: "sales_replica" }))), "update");
            assert.deepStrictEqual(invocation.steps.at(-1)!.payload.tf, { action: "update", prev_input: spec({ database: "sales_replica" }) });
            assert.deepStrictEqual(since(n), [`DROP DATABASE "zeroetl_db" FORCE`, create("sales_replica", ID_1), comment("sales_replica", 1)]);
            assert.deepStrictEqual(fake.databasesOf("analytics-dev"), { dev: "", sales_replica: ID_1 });
            assert.strictEqual(await invocation.up(input(spec({ database: "sales_replica" }))), "same");
        });

        it("a rename whose CREATE failed: the retry creates it (the old one is already gone)", async () => {
            fake.createIntegration(ID_1, NAMESPACE);
            await invocation.up(input(spec()));
            fake.failNext(/^CREATE DATABASE "sales_replica"/);
            await assert.rejects(invocation.up(input(spec({ database: "sales_replica" }))));
            const n = fake.changes().length;
            await invocation.up(input(spec({ database: "sales_replica" })));
            assert.deepStrictEqual(since(n), [create("sales_replica", ID_1), comment("sales_replica", 1)]);
            assert.deepStrictEqual(fake.databasesOf("analytics-dev"), { dev: "", sales_replica: ID_1 });
        });

        it("a setting change whose ALTER failed: the retry applies it (the record, not prev_input, says what is applied)", async () => {
            fake.createIntegration(ID_1, NAMESPACE);
            await invocation.up(input(spec()));
            fake.failNext(/^ALTER DATABASE/);
            await assert.rejects(invocation.up(input(spec({ truncateColumns: false }))));
            const n = fake.changes().length;
            await invocation.up(input(spec({ truncateColumns: false })));
            assert.deepStrictEqual(since(n), [
                `ALTER DATABASE "zeroetl_db" INTEGRATION SET TRUNCATECOLUMNS = FALSE`, comment("zeroetl_db", 1, [], { truncate: false }),
            ]);
            assert.strictEqual(fake.integrations.get(ID_1)!.truncateColumns, false);
        });

        it("a replaced integration whose DROP failed: the retry re-creates our database from the new integration", async () => {
            fake.createIntegration(ID_1, NAMESPACE);
            await invocation.up(input(spec()));
            fake.deleteIntegration(ID_1);
            fake.createIntegration(ID_2, NAMESPACE);
            fake.failNext(/^DROP DATABASE/);
            await assert.rejects(invocation.up(input(spec({ integrationId: ID_2 }))));
            const n = fake.changes().length;
            await invocation.up(input(spec({ integrationId: ID_2 })));
            assert.deepStrictEqual(since(n), [`DROP DATABASE "zeroetl_db" FORCE`, create("zeroetl_db", ID_2), comment("zeroetl_db", 1)]);
            assert.deepStrictEqual(fake.databasesOf("analytics-dev"), { dev: "", zeroetl_db: ID_2 });
        });

        it("a removed read-only user whose REVOKE failed: the retry takes the role away and drops the user we created", async () => {
            fake.createIntegration(ID_1, NAMESPACE);
            await invocation.up(input(spec({ readOnlyUsers: [A, B] })));
            fake.failNext(/^REVOKE ROLE/);
            await assert.rejects(invocation.up(input(spec({ readOnlyUsers: [A] }))));
            const n = fake.changes().length;
            await invocation.up(input(spec({ readOnlyUsers: [A] })));
            assert.deepStrictEqual(since(n), [
                `REVOKE ROLE "zeroetl_db_reader" FROM "${B}"`, `DROP USER "${B}"`, commentWithReaders("zeroetl_db", 1, [A]),
            ]);
            assert.deepStrictEqual([...workgroup.roles.get("zeroetl_db_reader")!.members], [A]);
            assert.deepStrictEqual([...workgroup.users].sort(), [A, "admin"]);
        });

        it("an emptied user list whose DROP ROLE failed: the retry drops the role and our users", async () => {
            fake.createIntegration(ID_1, NAMESPACE);
            await invocation.up(input(spec({ readOnlyUsers: [A] })));
            fake.failNext(/^DROP ROLE/);
            await assert.rejects(invocation.up(input(spec())));
            const n = fake.changes().length;
            await invocation.up(input(spec()));
            assert.deepStrictEqual(since(n), [`DROP ROLE "zeroetl_db_reader" FORCE`, `DROP USER "${A}"`, comment("zeroetl_db", 1)]);
            assert.deepStrictEqual([...workgroup.users], ["admin"]);
            assert.deepStrictEqual([...workgroup.roles.keys()], []);
        });
    });

    describe("replacement of the invocation never drops what the new one holds", () => {
        // Each trigger replaces the invocation with the same input: pipelineName (a new function name), a URN change
        // without aliases, a provider change, `pulumi up --replace`.
        for (const trigger of ["pipelineName", "a URN change without aliases", "a provider change", "pulumi up --replace"]) {
            it(`${trigger}, create-before-delete (the engine's default): the old delete only releases its hold`, async () => {
                fake.createIntegration(ID_1, NAMESPACE);
                await invocation.up(input(spec({ readOnlyUsers: [A] })));
                const n = fake.changes().length;
                const replacement = await invocation.replace(input(spec({ readOnlyUsers: [A] })));
                assert.deepStrictEqual(replacement.steps.slice(-2).map(s => s.action), ["create", "delete"]);
                assert.deepStrictEqual(since(n), [commentWithReaders("zeroetl_db", 2, [A]), commentWithReaders("zeroetl_db", 1, [A])]);
                assert.deepStrictEqual(fake.databasesOf("analytics-dev"), { dev: "", zeroetl_db: ID_1 });
                assert.deepStrictEqual([...workgroup.roles.get("zeroetl_db_reader")!.members], [A]);
                // The new invocation still owns everything: destroy drops it all.
                const m = fake.changes().length;
                await replacement.destroy();
                assert.deepStrictEqual(since(m), [`DROP ROLE "zeroetl_db_reader" FORCE`, `DROP USER "${A}"`, `DROP DATABASE "zeroetl_db" FORCE`]);
            });

            it(`${trigger}, delete-before-replace: the database goes and comes back (nobody else holds it in between)`, async () => {
                fake.createIntegration(ID_1, NAMESPACE);
                await invocation.up(input(spec()));
                const n = fake.changes().length;
                const replacement = await invocation.replace(input(spec()), { deleteBeforeReplace: true });
                assert.deepStrictEqual(replacement.steps.slice(-2).map(s => s.action), ["delete", "create"]);
                assert.deepStrictEqual(since(n), [`DROP DATABASE "zeroetl_db" FORCE`, create("zeroetl_db", ID_1), comment("zeroetl_db", 1)]);
                assert.deepStrictEqual(fake.databasesOf("analytics-dev"), { dev: "", zeroetl_db: ID_1 });
            });
        }

        it("a replacement that also renames the database: the new name has one holder, and destroy drops it", async () => {
            fake.createIntegration(ID_1, NAMESPACE);
            await invocation.up(input(spec()));
            const n = fake.changes().length;
            const replacement = await invocation.replace(input(spec({ database: "sales_replica" })));
            assert.deepStrictEqual(since(n), [`DROP DATABASE "zeroetl_db" FORCE`, create("sales_replica", ID_1), comment("sales_replica", 1)]);
            const m = fake.changes().length;
            await replacement.destroy();
            assert.deepStrictEqual(since(m), [`DROP DATABASE "sales_replica" FORCE`]);
            assert.deepStrictEqual(fake.databasesOf("analytics-dev"), { dev: "" });
        });

        it("a replacement whose new create failed leaves the old one in place; the retry completes it", async () => {
            fake.createIntegration(ID_1, NAMESPACE);
            await invocation.up(input(spec()));
            fake.failNext(/^COMMENT ON DATABASE/);
            await assert.rejects(invocation.replace(input(spec())));
            assert.strictEqual(invocation.stored, input(spec()), "the old invocation stands");
            const n = fake.changes().length;
            const replacement = await invocation.replace(input(spec()));
            assert.deepStrictEqual(since(n), [comment("zeroetl_db", 2), comment("zeroetl_db", 1)]);
            assert.strictEqual(replacement.stored, input(spec()));
            assert.deepStrictEqual(fake.databasesOf("analytics-dev"), { dev: "", zeroetl_db: ID_1 });
        });
    });

    describe("users the stack did not make", () => {
        it("destroy drops only the users this stack created; an analyst who signed in before and a shared user keep theirs", async () => {
            workgroup.users.add(A); // signed in before through the query editor (federated IAM sign-in creates the user)
            workgroup.users.add(B);
            workgroup.holds.set(B, "has a privilege on some object"); // another stack granted it something
            fake.createIntegration(ID_1, NAMESPACE);
            await invocation.up(input(spec({ readOnlyUsers: [A, B, "IAM:carol"] })));
            assert.deepStrictEqual(since(1).slice(0, 6), [
                `CREATE ROLE "zeroetl_db_reader"`,
                `GRANT USAGE FOR SCHEMAS IN DATABASE "zeroetl_db" TO ROLE "zeroetl_db_reader"`,
                `GRANT SELECT FOR TABLES IN DATABASE "zeroetl_db" TO ROLE "zeroetl_db_reader"`,
                `GRANT ROLE "zeroetl_db_reader" TO "${A}"`,
                `GRANT ROLE "zeroetl_db_reader" TO "${B}"`,
                `CREATE USER "IAM:carol" PASSWORD DISABLE`,
            ]);
            assert.strictEqual(since(1).at(-1), commentWithReaders("zeroetl_db", 1, ["IAM:carol"]));
            const n = fake.changes().length;
            await invocation.destroy();
            assert.deepStrictEqual(since(n), [`DROP ROLE "zeroetl_db_reader" FORCE`, `DROP USER "IAM:carol"`, `DROP DATABASE "zeroetl_db" FORCE`]);
            assert.deepStrictEqual([...workgroup.users].sort(), [B, A, "admin"]);
            assert.deepStrictEqual([...workgroup.roles.keys()], []);
        });

        it("a user we created who now owns an object is kept, and destroy still succeeds", async () => {
            fake.createIntegration(ID_1, NAMESPACE);
            await invocation.up(input(spec({ readOnlyUsers: [A] })));
            workgroup.holds.set(A, "owns some object");
            const n = fake.changes().length;
            await invocation.destroy();
            assert.deepStrictEqual(fake.executed.slice(-4).filter(e => !e.sql.startsWith("SELECT")).map(e => e.error ?? "ok"), [
                "ok", `ERROR: user "${A}" can't be dropped because the user owns some object`, "ok",
            ]);
            assert.deepStrictEqual(since(n), [`DROP ROLE "zeroetl_db_reader" FORCE`, `DROP USER "${A}"`, `DROP DATABASE "zeroetl_db" FORCE`]);
            assert.strictEqual(invocation.stored, undefined);
            assert.deepStrictEqual([...workgroup.users].sort(), [A, "admin"]);
        });

        it("a database another stack recorded is never dropped or re-created, and the refusal names that stack", async () => {
            fake.createIntegration(ID_1, NAMESPACE);
            await invocation.up(input(spec()));
            workgroup.comments.set("zeroetl_db", workgroup.comments.get("zeroetl_db")!.replace(OWNER, "other-project/prod"));
            await assert.rejects(invocation.up(input(spec({ truncateColumns: false }))), {
                name: "ZeroEtlDatabaseRefused",
                message: `database zeroetl_db in workgroup analytics-dev belongs to stack other-project/prod, not ${OWNER}; ` +
                    "choose another name with `pulumi config set zeroEtlDatabase <name>`.",
            });
            const n = fake.changes().length;
            await invocation.destroy();
            assert.deepStrictEqual(since(n), []);
            assert.deepStrictEqual(fake.databasesOf("analytics-dev"), { dev: "", zeroetl_db: ID_1 });
        });
    });

    describe("a non-superuser admin secret", () => {
        it("stops before any change with the fix: SVV_INTEGRATION would read as empty", async () => {
            workgroup.superuser = false;
            fake.createIntegration(ID_1, NAMESPACE);
            const refusal = {
                name: "ZeroEtlDatabaseRefused",
                message: `the admin secret ${SECRET} signs in as admin, who is not a superuser of workgroup analytics-dev; ` +
                    "SVV_INTEGRATION shows integrations to superusers only, so this function cannot tell which database an integration feeds. " +
                    "Use the namespace's admin user's secret: `pulumi config set redshiftAdminSecretArn <secret ARN>`.",
            };
            await assert.rejects(invocation.up(input(spec())), refusal);
            assert.deepStrictEqual(fake.changes(), []);
            assert.deepStrictEqual(fake.executed.map(e => e.sql), ["SELECT usename, usesuper FROM pg_user WHERE usename = current_user"]);
        });

        it("destroy with a non-superuser secret drops nothing, not even a same-named database another integration feeds", async () => {
            fake.createIntegration(ID_1, NAMESPACE);
            await invocation.up(input(spec()));
            // Someone else's integration now feeds a database of that name, and the secret lost superuser.
            workgroup.databases.set("zeroetl_db", ID_2);
            workgroup.comments.delete("zeroetl_db");
            fake.createIntegration(ID_2, NAMESPACE).targetDatabase = "zeroetl_db";
            workgroup.superuser = false;
            await assert.rejects(invocation.destroy(), { name: "ZeroEtlDatabaseRefused" });
            assert.deepStrictEqual(fake.changes().slice(2), []);
            assert.deepStrictEqual(fake.databasesOf("analytics-dev"), { dev: "", zeroetl_db: ID_2 });
        });
    });
});
