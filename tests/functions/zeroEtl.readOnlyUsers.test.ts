// Read-only analysts (issue 14) through the zero-ETL database's lifecycle: the same CRUD invocation creates a reader role
// with scoped grants on the database and IAM identities that hold it; changes grant and revoke; destroy removes them.
import * as assert from "assert";
import { mockClient } from "aws-sdk-client-mock";
import { RedshiftDataClient } from "@aws-sdk/client-redshift-data";

import { handler } from "../../functions/zeroEtl";
import { DATABASE_KIND, DatabaseSpec, planReadOnlyUsers } from "../../functions/zeroEtl/database";
import {
    createIamUser, dropUser, grantReaderRole, grantReaderScope, quoteReadOnlyUser, readerRole, READ_ONLY_USER,
} from "../../sql/redshift/zeroEtlStatements";
import { FakeRedshiftData, fakeRedshiftData, STATEMENT_RETENTION_MS } from "../harness/fakeRedshiftData";
import { FakeInvocation } from "../harness/fakeInvocation";

const NAMESPACE = "arn:aws:redshift-serverless:us-west-2:123456789012:namespace/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
const SECRET = "arn:aws:secretsmanager:us-west-2:123456789012:secret:redshift!analytics-dev-admin-AbCdEf";
const ID_1 = "11111111-1111-1111-1111-111111111111";
const ID_2 = "22222222-2222-2222-2222-222222222222";
const CREATE = (id: string) =>
    `CREATE DATABASE "zeroetl_db" FROM INTEGRATION '${id}' SET ACCEPTINVCHARS = TRUE REFRESH_INTERVAL 900 TRUNCATECOLUMNS = TRUE HISTORY_MODE = FALSE`;

function spec(overrides: Partial<DatabaseSpec> = {}): DatabaseSpec {
    return {
        kind: DATABASE_KIND, version: 1, integrationId: ID_1,
        integrationArn: `arn:aws:rds:us-west-2:123456789012:integration:${overrides.integrationId ?? ID_1}`,
        namespaceArn: NAMESPACE, workgroupName: "analytics-dev", connectDatabase: "dev", secretArn: SECRET, database: "zeroetl_db",
        acceptInvalidChars: true, refreshIntervalSeconds: 900, truncateColumns: true, historyMode: false, readOnlyUsers: [],
        ...overrides,
    };
}
const input = (s: DatabaseSpec) => JSON.stringify(s);

describe("zero-ETL read-only users (SQL builders)", () => {
    it("quotes IAM identities and refuses anything else", () => {
        assert.strictEqual(quoteReadOnlyUser("IAMR:Analyst-Role"), `"IAMR:Analyst-Role"`);
        assert.strictEqual(quoteReadOnlyUser("IAM:alice@example.com"), `"IAM:alice@example.com"`);
        for (const bad of ["alice", "IAMR:", `IAMR:x"; DROP USER admin; --`, "IAMR:a b", "iamr:analyst", `IAM:${"a".repeat(65)}`, "AWSIDC:x"]) {
            assert.strictEqual(READ_ONLY_USER.test(bad), false, bad);
            assert.throws(() => quoteReadOnlyUser(bad), /must be IAMR:<IAM role name> or IAM:<IAM user name>/);
        }
    });

    it("builds the exact statements", () => {
        assert.strictEqual(readerRole("zeroetl_db"), "zeroetl_db_reader");
        assert.deepStrictEqual(grantReaderScope("zeroetl_db"), [
            `GRANT USAGE FOR SCHEMAS IN DATABASE "zeroetl_db" TO ROLE "zeroetl_db_reader"`,
            `GRANT SELECT FOR TABLES IN DATABASE "zeroetl_db" TO ROLE "zeroetl_db_reader"`,
        ]);
        assert.strictEqual(createIamUser("IAMR:analyst"), `CREATE USER "IAMR:analyst" PASSWORD DISABLE`);
        assert.strictEqual(grantReaderRole("zeroetl_db", "IAM:bob"), `GRANT ROLE "zeroetl_db_reader" TO "IAM:bob"`);
        assert.strictEqual(dropUser("IAM:bob"), `DROP USER "IAM:bob"`);
    });

    it("plans nothing for users when none are listed before or now", () => {
        assert.deepStrictEqual(planReadOnlyUsers("update", spec(), spec(), {
            desired: { exists: true, boundTo: [ID_1] }, integration: { found: true, targetDatabase: "zeroetl_db" },
        }, false), []);
    });
});

describe("zero-ETL read-only users across the lifecycle (fake Data API, CRUD invocation)", () => {
    const dataApi = mockClient(RedshiftDataClient);
    let fake: FakeRedshiftData;
    let invocation: FakeInvocation;

    beforeEach(() => {
        process.env.DATA_API_POLL_MS = "0";
        dataApi.reset();
        fake = fakeRedshiftData(dataApi);
        fake.addWorkgroup("analytics-dev", NAMESPACE, SECRET);
        invocation = new FakeInvocation(event => handler(event));
    });
    after(() => {
        delete process.env.DATA_API_POLL_MS;
        dataApi.restore();
    });

    const workgroup = () => fake.workgroups.get("analytics-dev")!;
    const role = () => workgroup().roles.get("zeroetl_db_reader");

    it("creates, survives refresh after expiry, changes, and destroys with the exact SQL", async () => {
        fake.createIntegration(ID_1, NAMESPACE);
        const users = ["IAMR:analyst", "IAM:alice"];
        assert.strictEqual(await invocation.up(input(spec({ readOnlyUsers: users }))), "create");
        assert.deepStrictEqual(fake.executed.filter(e => !e.sql.startsWith("SELECT")).map(e => [e.database, e.sql]), [
            ["dev", CREATE(ID_1)],
            ["dev", `CREATE ROLE "zeroetl_db_reader"`],
            ["zeroetl_db", `GRANT USAGE FOR SCHEMAS IN DATABASE "zeroetl_db" TO ROLE "zeroetl_db_reader"`],
            ["zeroetl_db", `GRANT SELECT FOR TABLES IN DATABASE "zeroetl_db" TO ROLE "zeroetl_db_reader"`],
            ["dev", `CREATE USER "IAMR:analyst" PASSWORD DISABLE`],
            ["dev", `GRANT ROLE "zeroetl_db_reader" TO "IAMR:analyst"`],
            ["dev", `CREATE USER "IAM:alice" PASSWORD DISABLE`],
            ["dev", `GRANT ROLE "zeroetl_db_reader" TO "IAM:alice"`],
        ]);
        assert.deepStrictEqual([...role()!.members].sort(), ["IAM:alice", "IAMR:analyst"]);
        assert.deepStrictEqual([...role()!.scopedGrants].sort(), ["zeroetl_db:SELECT FOR TABLES", "zeroetl_db:USAGE FOR SCHEMAS"]);
        assert.ok(fake.executed.every(e => !/PASSWORD '/.test(e.sql)), "no password is ever sent");

        // A day later: the Data API forgot everything, a refresh reads nothing, the next up changes nothing.
        fake.advance(STATEMENT_RETENTION_MS + 60_000);
        invocation.refresh();
        assert.strictEqual(await invocation.up(input(spec({ readOnlyUsers: users }))), "same");
        const before = fake.changes().length;

        // Change: alice leaves, bob joins, the interval changes too; only those happen.
        assert.strictEqual(await invocation.up(input(spec({ readOnlyUsers: ["IAMR:analyst", "IAM:bob"], refreshIntervalSeconds: 3600 }))), "update");
        assert.deepStrictEqual(fake.changes().slice(before), [
            `ALTER DATABASE "zeroetl_db" INTEGRATION SET REFRESH_INTERVAL 3600`,
            `CREATE USER "IAM:bob" PASSWORD DISABLE`,
            `GRANT ROLE "zeroetl_db_reader" TO "IAM:bob"`,
            `REVOKE ROLE "zeroetl_db_reader" FROM "IAM:alice"`,
            `DROP USER "IAM:alice"`,
        ]);
        assert.deepStrictEqual([...role()!.members].sort(), ["IAM:bob", "IAMR:analyst"]);

        // The integration is replaced: the database is re-created, so its scoped grants are given again.
        fake.deleteIntegration(ID_1);
        fake.createIntegration(ID_2, NAMESPACE);
        const mid = fake.changes().length;
        await invocation.up(input(spec({ integrationId: ID_2, readOnlyUsers: ["IAMR:analyst", "IAM:bob"], refreshIntervalSeconds: 3600 })));
        assert.deepStrictEqual(fake.changes().slice(mid), [
            `DROP DATABASE "zeroetl_db" FORCE`,
            `CREATE DATABASE "zeroetl_db" FROM INTEGRATION '${ID_2}' SET ACCEPTINVCHARS = TRUE REFRESH_INTERVAL 3600 TRUNCATECOLUMNS = TRUE HISTORY_MODE = FALSE`,
            `GRANT USAGE FOR SCHEMAS IN DATABASE "zeroetl_db" TO ROLE "zeroetl_db_reader"`,
            `GRANT SELECT FOR TABLES IN DATABASE "zeroetl_db" TO ROLE "zeroetl_db_reader"`,
        ]);
        assert.deepStrictEqual([...role()!.scopedGrants].sort(), ["zeroetl_db:SELECT FOR TABLES", "zeroetl_db:USAGE FOR SCHEMAS"]);

        // Destroy: the database, the role and the users this stack listed go.
        const end = fake.changes().length;
        await invocation.destroy();
        // Role and users first (issue 21): what the stack created is recorded in the database, so it goes last.
        assert.deepStrictEqual(fake.changes().slice(end), [
            `DROP ROLE "zeroetl_db_reader" FORCE`,
            `DROP USER "IAMR:analyst"`,
            `DROP USER "IAM:bob"`,
            `DROP DATABASE "zeroetl_db" FORCE`,
        ]);
        assert.deepStrictEqual([...workgroup().users], ["admin"]);
        assert.deepStrictEqual([...workgroup().roles.keys()], []);
        assert.ok(fake.executed.every(e => e.error === undefined), JSON.stringify(fake.executed.filter(e => e.error)));
    });

    it("emptying the list drops the role and the users; adding the first user to a live database grants the scope", async () => {
        fake.createIntegration(ID_1, NAMESPACE);
        await invocation.up(input(spec()));
        await invocation.up(input(spec({ readOnlyUsers: ["IAMR:analyst"] })));
        await invocation.up(input(spec()));
        assert.deepStrictEqual(fake.changes().slice(1), [
            `CREATE ROLE "zeroetl_db_reader"`,
            `GRANT USAGE FOR SCHEMAS IN DATABASE "zeroetl_db" TO ROLE "zeroetl_db_reader"`,
            `GRANT SELECT FOR TABLES IN DATABASE "zeroetl_db" TO ROLE "zeroetl_db_reader"`,
            `CREATE USER "IAMR:analyst" PASSWORD DISABLE`,
            `GRANT ROLE "zeroetl_db_reader" TO "IAMR:analyst"`,
            `DROP ROLE "zeroetl_db_reader" FORCE`,
            `DROP USER "IAMR:analyst"`,
        ]);
        assert.deepStrictEqual([...workgroup().roles.keys()], []);
    });

    it("an identity that already signed in (Redshift created it) is granted, not created again", async () => {
        workgroup().users.add("IAMR:analyst");
        fake.createIntegration(ID_1, NAMESPACE);
        await invocation.up(input(spec({ readOnlyUsers: ["IAMR:analyst"] })));
        assert.deepStrictEqual(fake.changes().slice(1), [
            `CREATE ROLE "zeroetl_db_reader"`,
            `GRANT USAGE FOR SCHEMAS IN DATABASE "zeroetl_db" TO ROLE "zeroetl_db_reader"`,
            `GRANT SELECT FOR TABLES IN DATABASE "zeroetl_db" TO ROLE "zeroetl_db_reader"`,
            `GRANT ROLE "zeroetl_db_reader" TO "IAMR:analyst"`,
        ]);
    });

    it("puts back a membership someone revoked by hand on the next update", async () => {
        fake.createIntegration(ID_1, NAMESPACE);
        await invocation.up(input(spec({ readOnlyUsers: ["IAMR:analyst"] })));
        role()!.members.delete("IAMR:analyst");
        const before = fake.changes().length;
        await invocation.up(input(spec({ readOnlyUsers: ["IAMR:analyst"], truncateColumns: false })));
        assert.deepStrictEqual(fake.changes().slice(before), [
            `ALTER DATABASE "zeroetl_db" INTEGRATION SET TRUNCATECOLUMNS = FALSE`,
            `GRANT ROLE "zeroetl_db_reader" TO "IAMR:analyst"`,
        ]);
    });

    it("refuses names that must not reach SQL, naming the field, before any SQL runs", async () => {
        await assert.rejects(handler({ ...spec({ readOnlyUsers: [`IAMR:x"; DROP USER admin; --`] }), tf: { action: "create", prev_input: null } }), {
            message: `input.readOnlyUsers ["IAMR:x\\"; DROP USER admin; --"] must hold only IAMR:<IAM role name> or IAM:<IAM user name> identities (1 to 64 of letters, digits and +=,.@_-)`,
        });
        await assert.rejects(handler({ ...spec({ readOnlyUsers: ["IAM:bob", "IAM:bob"] }), tf: { action: "create", prev_input: null } }), {
            message: `input.readOnlyUsers ["IAM:bob","IAM:bob"] must not repeat a name`,
        });
        assert.deepStrictEqual(fake.executed, []);
    });
});
