// Exact-value tests for the zero-ETL admin Lambda's pure parts (issue 13 item 5): each one kills mutants that survived a
// StrykerJS run on functions/zeroEtl/{database,namespacePolicy,dataApi}.ts (input checks, plan branches, polling).
import * as assert from "assert";
import { mockClient } from "aws-sdk-client-mock";
import {
    DescribeStatementCommand, ExecuteStatementCommand, GetStatementResultCommand, RedshiftDataClient,
} from "@aws-sdk/client-redshift-data";
import {
    DeleteResourcePolicyCommand, GetResourcePolicyCommand, PutResourcePolicyCommand, RedshiftClient, RedshiftServiceException,
} from "@aws-sdk/client-redshift";

import {
    DATABASE_KIND, DatabaseSpec, Observed, parseDatabaseSpec, planDatabase, planReadOnlyUsers, ReadersState, ZeroEtlDatabaseRefused,
} from "../../functions/zeroEtl/database";
import { DataApiTarget, runSql, SqlFailed } from "../../functions/zeroEtl/dataApi";
import {
    applyNamespacePolicy, mergedPolicy, NAMESPACE_POLICY_KIND, NamespacePolicyRefused, NamespacePolicySpec, parseNamespacePolicySpec,
    readPolicy,
} from "../../functions/zeroEtl/namespacePolicy";
import {
    alterIntegrationSettings, createDatabaseFromIntegration, createIamUser, createReaderRole, dropDatabase, dropReaderRole, dropUser,
    grantReaderRole, grantReaderScope, revokeReaderRole,
} from "../../sql/redshift/zeroEtlStatements";

const NAMESPACE = "arn:aws:redshift-serverless:us-west-2:123456789012:namespace/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
const SECRET = "arn:aws:secretsmanager:us-west-2:123456789012:secret:redshift!analytics-dev-admin-AbCdEf";
const ID_1 = "11111111-1111-1111-1111-111111111111";
const ID_2 = "22222222-2222-2222-2222-222222222222";
const ALL_SETTINGS = { acceptInvalidChars: true, refreshIntervalSeconds: 900, truncateColumns: true, historyMode: false };

function spec(overrides: Partial<DatabaseSpec> = {}): DatabaseSpec {
    return {
        kind: DATABASE_KIND, version: 1, integrationId: ID_1,
        integrationArn: `arn:aws:rds:us-west-2:123456789012:integration:${ID_1}`,
        namespaceArn: NAMESPACE, workgroupName: "analytics-dev", connectDatabase: "dev", secretArn: SECRET, database: "zeroetl_db",
        ...ALL_SETTINGS, readOnlyUsers: [],
        ...overrides,
    };
}

function refusal(message: string): (err: unknown) => boolean {
    return (err: unknown) => {
        assert.ok(err instanceof ZeroEtlDatabaseRefused, String(err));
        assert.strictEqual(err.name, "ZeroEtlDatabaseRefused");
        assert.strictEqual(err.message, message);
        return true;
    };
}

describe("zero-ETL database input check (exact refusals)", () => {
    const raw = (overrides: Record<string, unknown>) => ({ ...spec(), ...overrides });

    it("accepts a valid input as is, including the interval bounds 0 and 432000", () => {
        const ok = raw({});
        assert.strictEqual(parseDatabaseSpec(ok, "in"), ok);
        assert.strictEqual(parseDatabaseSpec(raw({ refreshIntervalSeconds: 0 }), "in").refreshIntervalSeconds, 0);
        assert.strictEqual(parseDatabaseSpec(raw({ refreshIntervalSeconds: 432000 }), "in").refreshIntervalSeconds, 432000);
        assert.deepStrictEqual(parseDatabaseSpec(raw({ readOnlyUsers: ["IAMR:a", "IAM:b"] }), "in").readOnlyUsers, ["IAMR:a", "IAM:b"]);
    });

    it("refuses a non-object", () => {
        assert.throws(() => parseDatabaseSpec(null, "in"), refusal("in is not a JSON object"));
        assert.throws(() => parseDatabaseSpec("text", "in"), refusal("in is not a JSON object"));
    });

    it("names the field, its value and the rule", () => {
        const cases: [Record<string, unknown>, string][] = [
            [{ kind: "x" }, `in.kind "x" must be ${DATABASE_KIND}`],
            [{ version: 2 }, "in.version 2 must be 1"],
            [{ integrationId: "" }, `in.integrationId "" must be a non-empty string`],
            [{ integrationId: 7 }, "in.integrationId 7 must be a non-empty string"],
            [{ integrationArn: undefined }, "in.integrationArn undefined must be a non-empty string"],
            [{ namespaceArn: "" }, `in.namespaceArn "" must be a non-empty string`],
            [{ workgroupName: "" }, `in.workgroupName "" must be a non-empty string`],
            [{ connectDatabase: "" }, `in.connectDatabase "" must be a non-empty string`],
            [{ secretArn: "" }, `in.secretArn "" must be a non-empty string`],
            [{ database: "" }, `in.database "" must be a non-empty string`],
            [{ integrationId: "a_b" }, `in.integrationId "a_b" is not a zero-ETL integration id`],
            [{ integrationArn: "nope" }, `in.integrationArn "nope" is not an ARN`],
            [{ namespaceArn: "nope" }, `in.namespaceArn "nope" is not an ARN`],
            [{ secretArn: "nope" }, `in.secretArn "nope" is not an ARN`],
            [{ workgroupName: "AB" }, `in.workgroupName "AB" is not a Redshift Serverless workgroup name`],
            [{ database: "Sales" }, `in.database "Sales" must be lowercase letters, digits and underscores`],
            [{ database: "template1" }, `in.database "template1" is the namespace's own database; zero-ETL needs a database of its own`],
            [{ database: "mydb", connectDatabase: "mydb" }, `in.database "mydb" is the namespace's own database; zero-ETL needs a database of its own`],
            [{ refreshIntervalSeconds: "900" }, `in.refreshIntervalSeconds "900" must be a whole number from 0 to 432000`],
            [{ refreshIntervalSeconds: 1.5 }, "in.refreshIntervalSeconds 1.5 must be a whole number from 0 to 432000"],
            [{ refreshIntervalSeconds: -1 }, "in.refreshIntervalSeconds -1 must be a whole number from 0 to 432000"],
            [{ refreshIntervalSeconds: 432001 }, "in.refreshIntervalSeconds 432001 must be a whole number from 0 to 432000"],
            [{ acceptInvalidChars: "yes" }, `in.acceptInvalidChars "yes" must be true or false`],
            [{ truncateColumns: 1 }, "in.truncateColumns 1 must be true or false"],
            [{ historyMode: null }, "in.historyMode null must be true or false"],
            [{ readOnlyUsers: "IAMR:a" }, `in.readOnlyUsers "IAMR:a" must be a list of names`],
            [{ readOnlyUsers: [5] }, "in.readOnlyUsers [5] must be a list of names"],
            [{ readOnlyUsers: ["bob"] }, `in.readOnlyUsers ["bob"] must hold only IAMR:<IAM role name> or IAM:<IAM user name> identities (1 to 64 of letters, digits and +=,.@_-)`],
            [{ readOnlyUsers: ["IAMR:a", "IAMR:a"] }, `in.readOnlyUsers ["IAMR:a","IAMR:a"] must not repeat a name`],
        ];
        for (const [overrides, message] of cases) {
            assert.throws(() => parseDatabaseSpec(raw(overrides), "in"), refusal(message), message);
        }
    });
});

const absent = { exists: false, boundTo: [] };
const integration = { found: true, targetDatabase: "" };

describe("zero-ETL database plan (exact statements and where they run)", () => {
    it("delete drops a database no integration feeds when our input made it, on the desired workgroup", () => {
        assert.deepStrictEqual(planDatabase("delete", spec(), spec(), { desired: { exists: true, boundTo: [] }, integration }),
            [{ on: "desired", sql: dropDatabase("zeroetl_db") }]);
    });

    it("a new integration on the same database drops the one fed by our previous integration, then creates", () => {
        const observed: Observed = { desired: { exists: true, boundTo: [ID_1] }, integration };
        assert.deepStrictEqual(planDatabase("update", spec({ integrationId: ID_2 }), spec(), observed), [
            { on: "desired", sql: dropDatabase("zeroetl_db") },
            { on: "desired", sql: createDatabaseFromIntegration("zeroetl_db", ID_2, ALL_SETTINGS) },
        ]);
    });

    it("refuses, naming the foreign integration, when the same database now replicates from another integration", () => {
        const observed: Observed = { desired: { exists: true, boundTo: ["9999", "8888"] }, integration };
        assert.throws(() => planDatabase("update", spec({ integrationId: ID_2 }), spec(), observed), refusal(
            "database zeroetl_db now replicates from integration 9999, 8888, which this stack did not create; " +
            "choose another name with `pulumi config set zeroEtlDatabase <name>`."));
    });

    it("a renamed database drops the old one on the previous workgroup when it is ours", () => {
        const previous = spec({ database: "old_db", workgroupName: "old-wg" });
        const observed: Observed = { desired: absent, previous: { exists: true, boundTo: [ID_1] }, integration };
        assert.deepStrictEqual(planDatabase("update", spec(), previous, observed), [
            { on: "previous", sql: dropDatabase("old_db") },
            { on: "desired", sql: createDatabaseFromIntegration("zeroetl_db", ID_1, ALL_SETTINGS) },
        ]);
    });

    it("leaves an old database that is not ours, or gone, and still creates the new one", () => {
        const previous = spec({ database: "old_db" });
        const create = [{ on: "desired", sql: createDatabaseFromIntegration("zeroetl_db", ID_1, ALL_SETTINGS) }];
        assert.deepStrictEqual(planDatabase("update", spec(), previous,
            { desired: absent, previous: { exists: true, boundTo: ["9999"] }, integration }), create);
        assert.deepStrictEqual(planDatabase("update", spec(), previous,
            { desired: absent, previous: { exists: false, boundTo: [ID_1] }, integration }), create);
        assert.deepStrictEqual(planDatabase("update", spec(), previous, { desired: absent, integration }), create);
    });

    it("create without a previous input never looks at another database", () => {
        assert.deepStrictEqual(planDatabase("create", spec(), undefined,
            { desired: absent, previous: { exists: true, boundTo: [ID_1] }, integration }),
        [{ on: "desired", sql: createDatabaseFromIntegration("zeroetl_db", ID_1, ALL_SETTINGS) }]);
    });

    it("same database, previous integration and the new one both feed it: keeps it and sets the settings", () => {
        const observed: Observed = { desired: { exists: true, boundTo: [ID_1, ID_2] }, integration };
        assert.deepStrictEqual(planDatabase("update", spec({ integrationId: ID_2 }), spec(), observed),
            [{ on: "desired", sql: alterIntegrationSettings("zeroetl_db", ALL_SETTINGS) }]);
    });

    it("an unchanged input with no drift plans nothing; a history mode changed by hand is put back", () => {
        assert.deepStrictEqual(planDatabase("update", spec(), spec(),
            { desired: { exists: true, boundTo: [ID_1], refreshIntervalSeconds: 900, historyMode: false }, integration }), []);
        assert.deepStrictEqual(planDatabase("update", spec(), spec(),
            { desired: { exists: true, boundTo: [ID_1], refreshIntervalSeconds: 900, historyMode: true }, integration }),
        [{ on: "desired", sql: alterIntegrationSettings("zeroetl_db", { historyMode: false }) }]);
    });

    it("an unchanged input plans nothing when SVV_INTEGRATION shows no interval or history mode", () => {
        assert.deepStrictEqual(planDatabase("update", spec(), spec(), { desired: { exists: true, boundTo: [ID_1] }, integration }), []);
    });

    it("an unchanged input whose database no integration feeds is refused, not dropped", () => {
        assert.throws(() => planDatabase("update", spec(), spec(), { desired: { exists: true, boundTo: [] }, integration }),
            refusal(`database zeroetl_db already exists in workgroup analytics-dev and does not replicate from integration ${ID_1}; ` +
                "choose another name with `pulumi config set zeroEtlDatabase <name>`, or drop that database if it is no longer used."));
    });

    it("an integration that still names this database as its target (database dropped by hand) creates it again", () => {
        assert.deepStrictEqual(planDatabase("create", spec(), undefined,
            { desired: absent, integration: { found: true, targetDatabase: "zeroetl_db" } }),
        [{ on: "desired", sql: createDatabaseFromIntegration("zeroetl_db", ID_1, ALL_SETTINGS) }]);
    });

    it("a moved database already fed by our integration gets every setting, not the diff against the old input", () => {
        const previous = spec({ database: "old_db" });
        const observed: Observed = { desired: { exists: true, boundTo: [ID_1] }, previous: absent, integration };
        assert.deepStrictEqual(planDatabase("update", spec(), previous, observed),
            [{ on: "desired", sql: alterIntegrationSettings("zeroetl_db", ALL_SETTINGS) }]);
    });

    it("an integration SVV_INTEGRATION does not list is not checked for another target", () => {
        assert.deepStrictEqual(planDatabase("create", spec(), undefined,
            { desired: absent, integration: { found: false, targetDatabase: "elsewhere" } }),
        [{ on: "desired", sql: createDatabaseFromIntegration("zeroetl_db", ID_1, ALL_SETTINGS) }]);
    });

    it("refuses an existing database fed by others, naming them, and one fed by none without them", () => {
        const tail = "; choose another name with `pulumi config set zeroEtlDatabase <name>`, or drop that database if it is no longer used.";
        assert.throws(() => planDatabase("create", spec(), undefined, { desired: { exists: true, boundTo: ["9999", "8888"] }, integration }),
            refusal(`database zeroetl_db already exists in workgroup analytics-dev and does not replicate from integration ${ID_1} (it replicates from 9999, 8888)${tail}`));
        assert.throws(() => planDatabase("create", spec(), undefined, { desired: { exists: true, boundTo: [] }, integration }),
            refusal(`database zeroetl_db already exists in workgroup analytics-dev and does not replicate from integration ${ID_1}${tail}`));
    });
});

const R = (roleExists: boolean, users: ReadersState["users"] = {}): ReadersState => ({ roleExists, users });
const obs = (readers?: ReadersState, previousReaders?: ReadersState): Observed => ({ desired: absent, integration, readers, previousReaders });
const A = "IAMR:analyst";
const B = "IAM:bob";
const yes = { exists: true, member: true };

describe("zero-ETL read-only users plan (exact statements and where they run)", () => {
    it("delete with no users listed runs nothing, even when a role of that name exists", () => {
        assert.deepStrictEqual(planReadOnlyUsers("delete", spec(), spec(), obs(R(true)), false), []);
    });

    it("delete drops only what exists: no role, and users Redshift knows", () => {
        const s = spec({ readOnlyUsers: [A, B] });
        const present = (readers: ReadersState): Observed => ({ ...obs(readers), desired: { exists: true, boundTo: [ID_1] } });
        assert.deepStrictEqual(planReadOnlyUsers("delete", s, s, present(R(false, { [A]: yes })), false),
            [{ on: "desired", sql: dropUser(A) }]);
        assert.deepStrictEqual(planReadOnlyUsers("delete", s, s, present(R(true, { [B]: { exists: false, member: false } })), false),
            [{ on: "desired", sql: dropReaderRole("zeroetl_db") }]);
        // Issue 21: a database that is gone (or not ours) carries no record of what we created, so no user is dropped.
        assert.deepStrictEqual(planReadOnlyUsers("delete", s, s, obs(R(true, { [A]: yes })), false), []);
    });

    it("create without users and without a previous input leaves an existing role alone", () => {
        assert.deepStrictEqual(planReadOnlyUsers("create", spec(), undefined, obs(R(true, { [A]: yes })), false), []);
    });

    it("emptying the list on the same database drops the role and the users that exist", () => {
        const previous = spec({ readOnlyUsers: [A, B] });
        assert.deepStrictEqual(planReadOnlyUsers("update", spec(), previous, obs(R(true, { [A]: yes })), false), [
            { on: "desired", sql: dropReaderRole("zeroetl_db") },
            { on: "desired", sql: dropUser(A) },
        ]);
        assert.deepStrictEqual(planReadOnlyUsers("update", spec(), previous, obs(R(false, {})), false), []);
    });

    it("a rename in the same workgroup drops the old role there and keeps users still wanted", () => {
        const previous = spec({ database: "old_db", readOnlyUsers: [A, B] });
        const desired = spec({ readOnlyUsers: [A] });
        assert.deepStrictEqual(planReadOnlyUsers("update", desired, previous,
            obs(R(false, { [A]: yes }), R(true, { [A]: yes, [B]: yes })), true), [
            { on: "previous", sql: dropReaderRole("old_db") },
            { on: "previous", sql: dropUser(B) },
            { on: "desired", sql: createReaderRole("zeroetl_db") },
            ...grantReaderScope("zeroetl_db").map(sql => ({ on: "zeroEtlDatabase", sql })),
            { on: "desired", sql: grantReaderRole("zeroetl_db", A) },
        ]);
    });

    it("a move to another workgroup drops every old user there, even ones still wanted, and nothing on the new side", () => {
        const previous = spec({ workgroupName: "old-wg", readOnlyUsers: [A, B] });
        const desired = spec({ readOnlyUsers: [A] });
        assert.deepStrictEqual(planReadOnlyUsers("update", desired, previous,
            obs(R(true, { [A]: yes, [B]: yes }), R(false, { [A]: yes })), false), [
            { on: "previous", sql: dropUser(A) },
            ...grantReaderScope("zeroetl_db").map(sql => ({ on: "zeroEtlDatabase", sql })),
            // Issue 21: a member of the role who is no longer listed loses it, whatever the last input said.
            { on: "desired", sql: revokeReaderRole("zeroetl_db", B) },
        ]);
    });

    it("a move with no previous users touches nothing on the previous side", () => {
        const previous = spec({ workgroupName: "old-wg" });
        assert.deepStrictEqual(planReadOnlyUsers("update", spec(), previous, obs(R(false), R(true, { [A]: yes })), false), []);
        assert.deepStrictEqual(planReadOnlyUsers("update", spec({ readOnlyUsers: [A] }), previous, obs(R(true, { [A]: yes }), R(true)), false),
            grantReaderScope("zeroetl_db").map(sql => ({ on: "zeroEtlDatabase", sql })));
    });

    it("a move without a previousReaders observation drops nothing there", () => {
        const previous = spec({ workgroupName: "old-wg", readOnlyUsers: [A] });
        assert.deepStrictEqual(planReadOnlyUsers("update", spec(), previous, obs(), false), []);
    });

    it("the same database with users unchanged and all in place plans nothing; a first user grants the scope", () => {
        const s = spec({ readOnlyUsers: [A] });
        assert.deepStrictEqual(planReadOnlyUsers("update", s, s, obs(R(true, { [A]: yes })), false), []);
        assert.deepStrictEqual(planReadOnlyUsers("update", s, spec(), obs(R(true, { [A]: yes })), false),
            grantReaderScope("zeroetl_db").map(sql => ({ on: "zeroEtlDatabase", sql })));
        assert.deepStrictEqual(planReadOnlyUsers("update", s, s, obs(R(true, { [A]: yes })), true),
            grantReaderScope("zeroetl_db").map(sql => ({ on: "zeroEtlDatabase", sql })));
    });

    it("a user Redshift does not report is created and granted", () => {
        const s = spec({ readOnlyUsers: [A] });
        assert.deepStrictEqual(planReadOnlyUsers("update", s, s, obs(R(true, {})), false), [
            { on: "desired", sql: createIamUser(A) },
            { on: "desired", sql: grantReaderRole("zeroetl_db", A) },
        ]);
    });

    it("a user no longer listed is revoked when a member and dropped; one Redshift doesn't know is skipped", () => {
        const previous = spec({ readOnlyUsers: [A, B, "IAM:carol"] });
        const desired = spec({ readOnlyUsers: [A] });
        assert.deepStrictEqual(planReadOnlyUsers("update", desired, previous,
            obs(R(true, { [A]: yes, [B]: { exists: true, member: false } })), false), [
            { on: "desired", sql: dropUser(B) },
        ]);
        assert.deepStrictEqual(planReadOnlyUsers("update", desired, previous,
            obs(R(true, { [A]: yes, [B]: yes, "IAM:carol": { exists: false, member: false } })), false), [
            { on: "desired", sql: revokeReaderRole("zeroetl_db", B) },
            { on: "desired", sql: dropUser(B) },
        ]);
    });
});

const TARGET: DataApiTarget = { workgroupName: "analytics-dev", connectDatabase: "dev", secretArn: SECRET };

describe("zero-ETL Data API runner (exact commands, statuses and values)", () => {
    const data = mockClient(RedshiftDataClient);
    const slept: number[] = [];
    const sleep = async (ms: number) => { slept.push(ms); };
    beforeEach(() => { data.reset(); slept.length = 0; });
    after(() => data.restore());

    it("sends no Parameters without parameters, returns [] for a statement without a result set, sleeps pollMs", async () => {
        data.on(ExecuteStatementCommand).resolves({ Id: "s-1" });
        data.on(DescribeStatementCommand).resolvesOnce({ Status: "STARTED" }).resolves({ Status: "FINISHED", HasResultSet: false });
        assert.deepStrictEqual(await runSql(new RedshiftDataClient({}), TARGET, "DROP DATABASE x", {}, { pollMs: 5, sleep }), []);
        assert.deepStrictEqual(data.commandCalls(ExecuteStatementCommand)[0].args[0].input,
            { WorkgroupName: "analytics-dev", Database: "dev", SecretArn: SECRET, Sql: "DROP DATABASE x" });
        assert.deepStrictEqual(data.commandCalls(DescribeStatementCommand).map(c => c.args[0].input), [{ Id: "s-1" }, { Id: "s-1" }]);
        assert.deepStrictEqual(slept, [5]);
        assert.strictEqual(data.commandCalls(GetStatementResultCommand).length, 0);
    });

    it("polls every second by default", async () => {
        data.on(ExecuteStatementCommand).resolves({ Id: "s-1" });
        data.on(DescribeStatementCommand).resolvesOnce({ Status: "SUBMITTED" }).resolves({ Status: "FINISHED" });
        await runSql(new RedshiftDataClient({}), TARGET, "SELECT 1", {}, { sleep });
        assert.deepStrictEqual(slept, [1000]);
    });

    it("refuses a response without a statement id", async () => {
        data.on(ExecuteStatementCommand).resolves({});
        await assert.rejects(runSql(new RedshiftDataClient({}), TARGET, "SELECT 1", {}, { sleep }), (err: unknown) => {
            assert.ok(err instanceof SqlFailed);
            assert.strictEqual(err.name, "SqlFailed");
            assert.strictEqual(err.message, "the Data API returned no statement id for: SELECT 1");
            return true;
        });
    });

    it("reports FAILED with Redshift's text and ABORTED without one", async () => {
        data.on(ExecuteStatementCommand).resolves({ Id: "s-2" });
        data.on(DescribeStatementCommand).resolvesOnce({ Status: "FAILED", Error: "ERROR: boom" }).resolves({ Status: "ABORTED" });
        await assert.rejects(runSql(new RedshiftDataClient({}), TARGET, "SELECT 1", {}, { sleep }),
            { name: "SqlFailed", message: "FAILED: ERROR: boom (statement s-2: SELECT 1)" });
        await assert.rejects(runSql(new RedshiftDataClient({}), TARGET, "SELECT 1", {}, { sleep }),
            { name: "SqlFailed", message: "ABORTED: no error text (statement s-2: SELECT 1)" });
        assert.deepStrictEqual(slept, []);
    });

    it("gives up after exactly maxPolls polls", async () => {
        data.on(ExecuteStatementCommand).resolves({ Id: "s-3" });
        data.on(DescribeStatementCommand).resolves({ Status: "PICKED" });
        await assert.rejects(runSql(new RedshiftDataClient({}), TARGET, "SELECT 1", {}, { sleep, maxPolls: 2, pollMs: 1 }),
            { name: "SqlFailed", message: "statement s-3 did not finish after 2 polls: SELECT 1" });
        assert.strictEqual(data.commandCalls(DescribeStatementCommand).length, 2);
    });

    it("reads every page by NextToken, with named parameters, labels for unnamed columns and every value type", async () => {
        data.on(ExecuteStatementCommand).resolves({ Id: "s-4" });
        data.on(DescribeStatementCommand).resolves({ Status: "FINISHED", HasResultSet: true });
        data.on(GetStatementResultCommand, { Id: "s-4" }).resolves({
            ColumnMetadata: [{ name: "s" }, { label: "l" }, { name: "d" }, { name: "b" }, { name: "n" }, {}],
            Records: [[{ stringValue: "a  " }, { longValue: 7 }, { doubleValue: 1.5 }, { booleanValue: false }, { isNull: true }, { blobValue: new Uint8Array([1]) }]],
            NextToken: "t2",
        });
        data.on(GetStatementResultCommand, { Id: "s-4", NextToken: "t2" }).resolves({ ColumnMetadata: [{ name: "s" }], Records: [[{ stringValue: "x" }]], NextToken: "t3" });
        data.on(GetStatementResultCommand, { Id: "s-4", NextToken: "t3" }).resolves({});
        const rows = await runSql(new RedshiftDataClient({}), TARGET, "SELECT :a", { a: "1" }, { sleep });
        assert.deepStrictEqual(rows, [{ s: "a", l: 7, d: 1.5, b: false, n: null, "": null }, { s: "x" }]);
        assert.deepStrictEqual(data.commandCalls(ExecuteStatementCommand)[0].args[0].input.Parameters, [{ name: "a", value: "1" }]);
        assert.deepStrictEqual(data.commandCalls(GetStatementResultCommand).map(c => c.args[0].input), [{ Id: "s-4" }, { Id: "s-4", NextToken: "t2" }, { Id: "s-4", NextToken: "t3" }]);
    });
});

const STATEMENT = (sid: string) => ({ Sid: sid, Effect: "Allow", Principal: { Service: "redshift.amazonaws.com" }, Action: "redshift:AuthorizeInboundIntegration", Resource: NAMESPACE });
function policySpec(sids: string[]): NamespacePolicySpec {
    return { kind: NAMESPACE_POLICY_KIND, version: 1, namespaceArn: NAMESPACE, statements: sids.map(STATEMENT) };
}

describe("zero-ETL namespace policy (exact refusals, merges and calls)", () => {
    const refused = (message: string) => (err: unknown) => {
        assert.ok(err instanceof NamespacePolicyRefused, String(err));
        assert.strictEqual(err.name, "NamespacePolicyRefused");
        assert.strictEqual(err.message, message);
        return true;
    };
    const kindMessage = `in is not a ${NAMESPACE_POLICY_KIND} v1 input`;
    const statementsMessage = "in.statements must be a non-empty list of statements, each with an alphanumeric Sid";

    it("accepts a valid input as is and refuses each kind of bad input with its message", () => {
        const ok = policySpec(["A1"]);
        assert.strictEqual(parseNamespacePolicySpec(ok, "in"), ok);
        assert.throws(() => parseNamespacePolicySpec(null, "in"), refused(kindMessage));
        assert.throws(() => parseNamespacePolicySpec({ ...ok, kind: "x" }, "in"), refused(kindMessage));
        assert.throws(() => parseNamespacePolicySpec({ ...ok, version: 2 }, "in"), refused(kindMessage));
        assert.throws(() => parseNamespacePolicySpec({ ...ok, namespaceArn: "arn:aws:rds:us-west-2:123456789012:cluster:x" }, "in"),
            refused(`in.namespaceArn "arn:aws:rds:us-west-2:123456789012:cluster:x" is not a Redshift Serverless namespace ARN`));
        assert.throws(() => parseNamespacePolicySpec({ ...ok, namespaceArn: 5 }, "in"), refused("in.namespaceArn 5 is not a Redshift Serverless namespace ARN"));
        // A list whose text alone would pass the pattern (String([arn]) is arn), and a Sid likewise.
        assert.throws(() => parseNamespacePolicySpec({ ...ok, namespaceArn: [NAMESPACE] }, "in"),
            refused(`in.namespaceArn ${JSON.stringify([NAMESPACE])} is not a Redshift Serverless namespace ARN`));
        assert.throws(() => parseNamespacePolicySpec({ ...ok, statements: [{ ...STATEMENT("A1"), Sid: ["A1"] }] }, "in"), refused(statementsMessage));
        for (const statements of [undefined, [], [null], ["A1"], [{ Sid: 1 }], [{ Sid: "a-b" }], [STATEMENT("A1"), {}]]) {
            assert.throws(() => parseNamespacePolicySpec({ ...ok, statements }, "in"), refused(statementsMessage), JSON.stringify(statements));
        }
    });

    it("merges into a blank policy, a policy without statements and a single statement", () => {
        const doc = (...sids: string[]) => JSON.stringify({ Version: "2012-10-17", Statement: sids.map(STATEMENT) });
        assert.strictEqual(mergedPolicy("  ", [], [STATEMENT("A1")]), doc("A1"));
        assert.strictEqual(mergedPolicy(`{"Version":"2012-10-17"}`, [], [STATEMENT("A1")]), doc("A1"));
        assert.strictEqual(mergedPolicy(JSON.stringify({ Statement: STATEMENT("Theirs") }), [], [STATEMENT("A1")]), doc("Theirs", "A1"));
        assert.strictEqual(mergedPolicy(doc("Theirs", "Old"), ["Old"], []), doc("Theirs"));
        assert.strictEqual(mergedPolicy(doc("Old"), ["Old"], []), undefined);
    });

    describe("against a mocked Redshift client", () => {
        const redshift = mockClient(RedshiftClient);
        beforeEach(() => redshift.reset());
        after(() => redshift.restore());
        const client = () => new RedshiftClient({});

        it("reads the policy of the given namespace; a response without a policy reads as none", async () => {
            redshift.on(GetResourcePolicyCommand).resolves({});
            assert.strictEqual(await readPolicy(client(), NAMESPACE), undefined);
            assert.deepStrictEqual(redshift.commandCalls(GetResourcePolicyCommand)[0].args[0].input, { ResourceArn: NAMESPACE });
        });

        it("destroy on a namespace without a policy neither deletes nor puts", async () => {
            redshift.on(GetResourcePolicyCommand).rejects(
                new RedshiftServiceException({ name: "ResourceNotFoundFault", $fault: "client", $metadata: {}, message: "none" }));
            assert.deepStrictEqual(await applyNamespacePolicy(client(), "delete", policySpec(["A1"]), policySpec(["A1"])), { sids: [], statementCount: 0 });
            assert.strictEqual(redshift.commandCalls(DeleteResourcePolicyCommand).length, 0);
            assert.strictEqual(redshift.commandCalls(PutResourcePolicyCommand).length, 0);
        });

        it("destroy of the last statements deletes the namespace's policy", async () => {
            redshift.on(GetResourcePolicyCommand).resolves({ ResourcePolicy: { Policy: JSON.stringify({ Statement: [STATEMENT("Old"), STATEMENT("A1")] }) } });
            assert.deepStrictEqual(await applyNamespacePolicy(client(), "delete", policySpec(["A1"]), policySpec(["Old"])), { sids: [], statementCount: 0 });
            assert.deepStrictEqual(redshift.commandCalls(DeleteResourcePolicyCommand)[0].args[0].input, { ResourceArn: NAMESPACE });
        });

        it("destroy keeps everyone else's statements and reports none of ours", async () => {
            redshift.on(GetResourcePolicyCommand).resolves({ ResourcePolicy: { Policy: JSON.stringify({ Statement: [STATEMENT("Theirs"), STATEMENT("A1")] }) } });
            assert.deepStrictEqual(await applyNamespacePolicy(client(), "delete", policySpec(["A1"]), policySpec(["A1"])), { sids: [], statementCount: 1 });
            assert.deepStrictEqual(redshift.commandCalls(PutResourcePolicyCommand)[0].args[0].input,
                { ResourceArn: NAMESPACE, Policy: JSON.stringify({ Version: "2012-10-17", Statement: [STATEMENT("Theirs")] }) });
        });

        it("update replaces the previous input's statements with the new ones and reports our Sids", async () => {
            redshift.on(GetResourcePolicyCommand).resolves({ ResourcePolicy: { Policy: JSON.stringify({ Statement: [STATEMENT("Theirs"), STATEMENT("Old")] }) } });
            assert.deepStrictEqual(await applyNamespacePolicy(client(), "update", policySpec(["A1", "B2"]), policySpec(["Old"])),
                { sids: ["A1", "B2"], statementCount: 3 });
            assert.deepStrictEqual(redshift.commandCalls(PutResourcePolicyCommand)[0].args[0].input, {
                ResourceArn: NAMESPACE,
                Policy: JSON.stringify({ Version: "2012-10-17", Statement: [STATEMENT("Theirs"), STATEMENT("A1"), STATEMENT("B2")] }),
            });
        });

        it("create without a previous input keeps a statement whose Sid is not ours", async () => {
            redshift.on(GetResourcePolicyCommand).resolves({ ResourcePolicy: { Policy: JSON.stringify({ Statement: [STATEMENT("Theirs")] }) } });
            assert.deepStrictEqual(await applyNamespacePolicy(client(), "create", policySpec(["A1"]), undefined), { sids: ["A1"], statementCount: 2 });
        });
    });
});
