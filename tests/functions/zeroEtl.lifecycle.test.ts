// The zero-ETL database through every lifecycle step, against a stateful fake of the Redshift Data API and the
// provider's CRUD invocation semantics: first up, refresh after the Data API forgot everything, interval change,
// integration replaced, destroy, redeploy; plus the refusals that protect a database this stack does not own.
import * as assert from "assert";
import { DescribeStatementCommand } from "@aws-sdk/client-redshift-data";

import { handler } from "../../functions/zeroEtl";
import { DatabaseSpec, planDatabase } from "../../functions/zeroEtl/database";
import { FakeRedshiftData, STATEMENT_RETENTION_MS } from "../harness/fakeRedshiftData";
import { FakeInvocation } from "../harness/fakeInvocation";
import { databaseSpec, ID_1, ID_2, ID_3, NAMESPACE, withFakeZeroEtl, ZeroEtlFixture } from "../harness/zeroEtlSpec";

const OTHER_NAMESPACE = "arn:aws:redshift-serverless:us-west-2:123456789012:namespace/ffffffff-bbbb-cccc-dddd-eeeeeeeeeeee";
const OTHER_SECRET = "arn:aws:secretsmanager:us-west-2:123456789012:secret:analytics-admin-XyZ123";
const spec = databaseSpec;

const input = (s: DatabaseSpec) => JSON.stringify(s);

describe("zero-ETL database lifecycle (Lambda behind a CRUD aws.lambda.Invocation, fake Data API)", () => {
    const ctx = withFakeZeroEtl(event => handler(event));
    let dataApi: ZeroEtlFixture["dataApi"];
    let fake: FakeRedshiftData;
    let invocation: FakeInvocation;
    beforeEach(() => ({ dataApi, fake, invocation } = ctx));

    it("replays first up, refresh after expiry, interval change, replacement, destroy and redeploy with the exact SQL", async () => {
        // First up: the integration exists (Pulumi created it first), then the invocation creates the database.
        fake.createIntegration(ID_1, NAMESPACE);
        assert.strictEqual(await invocation.up(input(spec())), "create");
        assert.deepStrictEqual(fake.changes(), [
            `CREATE DATABASE "zeroetl_db" FROM INTEGRATION '${ID_1}' SET ACCEPTINVCHARS = TRUE REFRESH_INTERVAL 900 TRUNCATECOLUMNS = TRUE HISTORY_MODE = FALSE`,
        ]);
        assert.deepStrictEqual(fake.databasesOf("analytics-dev"), { dev: "", zeroetl_db: ID_1 });
        assert.strictEqual(fake.integrations.get(ID_1)!.refreshInterval, 900, "no window of continuous replication");

        // A day later the Data API has forgotten every statement; a refresh reads nothing and the next up changes nothing.
        const firstId = (await dataApi.commandCalls(DescribeStatementCommand))[0].args[0].input.Id!;
        fake.advance(STATEMENT_RETENTION_MS + 60_000);
        assert.throws(() => fake.describe({ Id: firstId }), /Query does not exist/);
        invocation.refresh();
        assert.strictEqual(await invocation.up(input(spec())), "same");
        assert.strictEqual(fake.changes().length, 1, "no SQL re-run after refresh");

        // A new refreshIntervalSeconds: only the interval changes.
        assert.strictEqual(await invocation.up(input(spec({ refreshIntervalSeconds: 3600 }))), "update");
        assert.deepStrictEqual(fake.changes().slice(1), [`ALTER DATABASE "zeroetl_db" INTEGRATION SET REFRESH_INTERVAL 3600`]);
        assert.strictEqual(fake.integrations.get(ID_1)!.refreshInterval, 3600);

        // The integration is replaced (deleteBeforeReplace): old deleted, new created, then the invocation updates.
        fake.deleteIntegration(ID_1);
        fake.createIntegration(ID_2, NAMESPACE);
        assert.strictEqual(await invocation.up(input(spec({ integrationId: ID_2, refreshIntervalSeconds: 3600 }))), "update");
        assert.deepStrictEqual(fake.changes().slice(2), [
            `DROP DATABASE "zeroetl_db" FORCE`,
            `CREATE DATABASE "zeroetl_db" FROM INTEGRATION '${ID_2}' SET ACCEPTINVCHARS = TRUE REFRESH_INTERVAL 3600 TRUNCATECOLUMNS = TRUE HISTORY_MODE = FALSE`,
        ]);
        assert.deepStrictEqual(fake.databasesOf("analytics-dev"), { dev: "", zeroetl_db: ID_2 });

        // Destroy: the invocation goes first (it depends on the integration) and drops the database.
        await invocation.destroy();
        fake.deleteIntegration(ID_2);
        assert.deepStrictEqual(fake.changes().slice(4), [`DROP DATABASE "zeroetl_db" FORCE`]);
        assert.deepStrictEqual(fake.databasesOf("analytics-dev"), { dev: "" });

        // Redeploy after destroy works: no "database already exists".
        fake.createIntegration(ID_3, NAMESPACE);
        assert.strictEqual(await invocation.up(input(spec({ integrationId: ID_3 }))), "create");
        assert.deepStrictEqual(fake.changes().slice(5), [
            `CREATE DATABASE "zeroetl_db" FROM INTEGRATION '${ID_3}' SET ACCEPTINVCHARS = TRUE REFRESH_INTERVAL 900 TRUNCATECOLUMNS = TRUE HISTORY_MODE = FALSE`,
        ]);
        assert.ok(fake.executed.every(e => e.error === undefined), JSON.stringify(fake.executed.filter(e => e.error)));
        assert.deepStrictEqual(invocation.steps.map(s => s.action), ["create", "update", "update", "delete", "create"]);
    });

    it("changes only the setting whose key changed", async () => {
        fake.createIntegration(ID_1, NAMESPACE);
        await invocation.up(input(spec()));
        await invocation.up(input(spec({ truncateColumns: false })));
        await invocation.up(input(spec({ truncateColumns: false, historyMode: true })));
        await invocation.up(input(spec({ truncateColumns: false, historyMode: true, acceptInvalidChars: false })));
        assert.deepStrictEqual(fake.changes().slice(1), [
            `ALTER DATABASE "zeroetl_db" INTEGRATION SET TRUNCATECOLUMNS = FALSE`,
            `ALTER DATABASE "zeroetl_db" INTEGRATION SET HISTORY_MODE = TRUE FOR ALL TABLES`,
            `ALTER DATABASE "zeroetl_db" INTEGRATION SET ACCEPTINVCHARS = FALSE`,
        ]);
        const integration = fake.integrations.get(ID_1)!;
        assert.deepStrictEqual([integration.truncateColumns, integration.historyMode, integration.acceptInvalidChars, integration.refreshInterval],
            [false, true, false, 900]);
    });

    it("puts back an interval someone changed by hand on the next update", async () => {
        fake.createIntegration(ID_1, NAMESPACE);
        await invocation.up(input(spec()));
        fake.integrations.get(ID_1)!.refreshInterval = 0;
        await invocation.up(input(spec({ truncateColumns: false })));
        assert.deepStrictEqual(fake.changes().slice(1), [`ALTER DATABASE "zeroetl_db" INTEGRATION SET REFRESH_INTERVAL 900 TRUNCATECOLUMNS = FALSE`]);
    });

    it("renaming the database drops the old one and creates the new one from the same integration", async () => {
        fake.createIntegration(ID_1, NAMESPACE);
        await invocation.up(input(spec()));
        await invocation.up(input(spec({ database: "sales_replica" })));
        assert.deepStrictEqual(fake.changes().slice(1), [
            `DROP DATABASE "zeroetl_db" FORCE`,
            `CREATE DATABASE "sales_replica" FROM INTEGRATION '${ID_1}' SET ACCEPTINVCHARS = TRUE REFRESH_INTERVAL 900 TRUNCATECOLUMNS = TRUE HISTORY_MODE = FALSE`,
        ]);
        assert.deepStrictEqual(fake.databasesOf("analytics-dev"), { dev: "", sales_replica: ID_1 });
    });

    it("moving to another namespace drops the database in the old workgroup and creates it in the new one", async () => {
        fake.addWorkgroup("analytics-wg", OTHER_NAMESPACE, OTHER_SECRET);
        fake.createIntegration(ID_1, NAMESPACE);
        await invocation.up(input(spec()));
        fake.deleteIntegration(ID_1);
        fake.createIntegration(ID_2, OTHER_NAMESPACE);
        await invocation.up(input(spec({ integrationId: ID_2, namespaceArn: OTHER_NAMESPACE, workgroupName: "analytics-wg", secretArn: OTHER_SECRET })));
        assert.deepStrictEqual(fake.executed.filter(e => !e.sql.startsWith("SELECT")).map(e => [e.workgroup, e.sql]), [
            ["analytics-dev", `CREATE DATABASE "zeroetl_db" FROM INTEGRATION '${ID_1}' SET ACCEPTINVCHARS = TRUE REFRESH_INTERVAL 900 TRUNCATECOLUMNS = TRUE HISTORY_MODE = FALSE`],
            ["analytics-dev", `DROP DATABASE "zeroetl_db" FORCE`],
            ["analytics-wg", `CREATE DATABASE "zeroetl_db" FROM INTEGRATION '${ID_2}' SET ACCEPTINVCHARS = TRUE REFRESH_INTERVAL 900 TRUNCATECOLUMNS = TRUE HISTORY_MODE = FALSE`],
        ]);
        assert.deepStrictEqual(fake.databasesOf("analytics-dev"), { dev: "" });
        assert.deepStrictEqual(fake.databasesOf("analytics-wg"), { dev: "", zeroetl_db: ID_2 });
    });

    it("a re-run of create on a database already made from this integration only re-applies the settings", async () => {
        fake.createIntegration(ID_1, NAMESPACE);
        await invocation.up(input(spec()));
        const again = new FakeInvocation(event => handler(event));
        await again.up(input(spec()));
        assert.deepStrictEqual(fake.changes().slice(1), [
            `ALTER DATABASE "zeroetl_db" INTEGRATION SET ACCEPTINVCHARS = TRUE REFRESH_INTERVAL 900 TRUNCATECOLUMNS = TRUE HISTORY_MODE = FALSE FOR ALL TABLES`,
        ]);
    });

    it("refuses, and drops nothing, when the name belongs to a database this stack did not create", async () => {
        fake.workgroups.get("analytics-dev")!.databases.set("zeroetl_db", "");
        fake.createIntegration(ID_1, NAMESPACE);
        await assert.rejects(invocation.up(input(spec())), {
            name: "ZeroEtlDatabaseRefused",
            message: `database zeroetl_db already exists in workgroup analytics-dev and does not replicate from integration ${ID_1}; ` +
                "choose another name with `pulumi config set zeroEtlDatabase <name>`, or drop that database if it is no longer used.",
        });
        assert.deepStrictEqual(fake.changes(), []);
        assert.strictEqual(invocation.stored, undefined, "a failed create leaves nothing in state");
    });

    it("destroy leaves a database that another integration now replicates into", async () => {
        fake.createIntegration(ID_1, NAMESPACE);
        await invocation.up(input(spec()));
        // Someone dropped ours and made the name the target of their own integration.
        fake.workgroups.get("analytics-dev")!.databases.set("zeroetl_db", ID_2);
        fake.createIntegration(ID_2, NAMESPACE).targetDatabase = "zeroetl_db";
        await invocation.destroy();
        assert.deepStrictEqual(fake.changes().slice(1), []);
    });

    it("destroy when the database is already gone runs no SQL and succeeds", async () => {
        fake.createIntegration(ID_1, NAMESPACE);
        await invocation.up(input(spec()));
        fake.workgroups.get("analytics-dev")!.databases.delete("zeroetl_db");
        await invocation.destroy();
        assert.deepStrictEqual(fake.changes().slice(1), []);
    });

    it("an integration that already feeds another database is reported with the fix", async () => {
        const integration = fake.createIntegration(ID_1, NAMESPACE);
        integration.targetDatabase = "by_hand";
        fake.workgroups.get("analytics-dev")!.databases.set("by_hand", ID_1);
        await assert.rejects(invocation.up(input(spec())), {
            message: `integration ${ID_1} already replicates into database by_hand; set zeroEtlDatabase to it ` +
                "(`pulumi config set zeroEtlDatabase by_hand`) or drop that database first.",
        });
    });

    it("fails the deploy with Redshift's error when SQL fails", async () => {
        // No integration in SVV_INTEGRATION: CREATE ... FROM INTEGRATION fails in Redshift.
        await assert.rejects(invocation.up(input(spec())), (err: Error) => {
            assert.strictEqual(err.name, "SqlFailed");
            assert.match(err.message, new RegExp(`^FAILED: ERROR: Integration ${ID_1} does not exist or is not available in this namespace \\(statement .+: CREATE DATABASE "zeroetl_db" FROM INTEGRATION`));
            return true;
        });
    });

    it("rejects input that must not reach SQL, naming the field", async () => {
        const bad = { ...spec(), database: `x"; DROP DATABASE dev; --` };
        await assert.rejects(handler({ ...bad, tf: { action: "create", prev_input: null } }),
            { message: `input.database "x\\"; DROP DATABASE dev; --" must be lowercase letters, digits and underscores` });
        await assert.rejects(handler({ ...spec(), database: "dev", tf: { action: "create", prev_input: null } }),
            { message: `input.database "dev" is the namespace's own database; zero-ETL needs a database of its own` });
        await assert.rejects(handler({ ...spec({ connectDatabase: "analytics", database: "analytics" }), tf: { action: "create", prev_input: null } }),
            { message: `input.database "analytics" is the namespace's own database; zero-ETL needs a database of its own` });
        await assert.rejects(handler({ ...spec(), refreshIntervalSeconds: 432001, tf: { action: "create", prev_input: null } }),
            { message: "input.refreshIntervalSeconds 432001 must be a whole number from 0 to 432000" });
        await assert.rejects(handler({ ...spec(), integrationId: "x' OR '1'='1", tf: { action: "create", prev_input: null } }),
            { message: `input.integrationId "x' OR '1'='1" is not a zero-ETL integration id` });
        await assert.rejects(handler({ ...spec(), tf: { action: "read" } }),
            { message: `event.tf.action "read" must be create, update or delete (lifecycleScope must be CRUD)` });
        assert.deepStrictEqual(fake.executed, []);
    });

    it("reads every page of a result and trims character(128) padding", async () => {
        fake.pageSize = 1;
        fake.createIntegration(ID_1, NAMESPACE);
        await invocation.up(input(spec()));
        await invocation.up(input(spec({ refreshIntervalSeconds: 60 })));
        assert.deepStrictEqual(fake.changes().slice(1), [`ALTER DATABASE "zeroetl_db" INTEGRATION SET REFRESH_INTERVAL 60`]);
    });

    it("plans delete as a no-op for a database that does not exist", () => {
        assert.deepStrictEqual(planDatabase("delete", spec(), spec(), {
            desired: { exists: false, boundTo: [] }, integration: { found: true, targetDatabase: "" },
        }), []);
    });
});
