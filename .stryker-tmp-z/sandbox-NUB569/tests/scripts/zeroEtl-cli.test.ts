// @ts-nocheck
// `npm run zero-etl` against aws-sdk-client-mock and the stateful fake Data API: status, resync, waits, errors, exit codes.
import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { mockClient } from "aws-sdk-client-mock";
import { ExecuteStatementCommand, RedshiftDataClient } from "@aws-sdk/client-redshift-data";

import { runZeroEtlCli } from "../../scripts/zeroEtl/cli";
import { EXIT } from "../../scripts/zeroEtl/errors";
import { refreshInErrorTables, refreshTables, INTEGRATION_STATUS_QUERY, TABLE_STATES_QUERY } from "../../sql/redshift/zeroEtlStatements";
import { FakeIntegration, FakeRedshiftData, fakeRedshiftData } from "../harness/fakeRedshiftData";

const NAMESPACE = "arn:aws:redshift-serverless:us-west-2:123456789012:namespace/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
const SECRET = "arn:aws:secretsmanager:us-west-2:123456789012:secret:redshift!analytics-dev-admin-AbCdEf";
const ID = "11111111-1111-1111-1111-111111111111";
const OUTPUTS = {
    redshiftWorkgroupName: "analytics-dev", redshiftAdminSecretArn: SECRET, redshiftDefaultDatabase: "dev",
    zeroEtlDatabase: "zeroetl_db", zeroEtlIntegrationId: ID, zeroEtlDataFilter: "include: demodb.*",
};
const ROOT = path.resolve(__dirname, "../..");

interface Run { code: number; out: string[]; err: string[] }

describe("npm run zero-etl (SQL builders)", () => {
    it("builds the refresh statements and the table-state queries exactly", () => {
        assert.strictEqual(refreshTables("zeroetl_db", [{ schema: "demodb", table: "sales" }, { schema: "demodb", table: "Event$2" }]),
            `ALTER DATABASE "zeroetl_db" INTEGRATION REFRESH TABLE "demodb"."sales", "demodb"."Event$2"`);
        assert.strictEqual(refreshInErrorTables("zeroetl_db"), `ALTER DATABASE "zeroetl_db" INTEGRATION REFRESH INERROR TABLES`);
        assert.throws(() => refreshTables("zeroetl_db", [{ schema: "demodb", table: `x"; DROP DATABASE dev; --` }]), /must be 1 to 64 letters, digits, _ or \$/);
        assert.throws(() => refreshTables("zeroetl_db", []), /needs at least one table/);
        assert.strictEqual(TABLE_STATES_QUERY, "SELECT schema_name, table_name, table_state, reason, last_updated_timestamp, table_rows, table_size, is_history_mode " +
            "FROM svv_integration_table_state WHERE integration_id = :integration_id ORDER BY schema_name, table_name");
        assert.strictEqual(INTEGRATION_STATUS_QUERY, "SELECT integration_id, target_database, source, state, current_lag, refresh_interval, " +
            "total_tables_replicated, total_tables_failed, is_history_mode FROM svv_integration WHERE integration_id = :integration_id");
    });
});

describe("npm run zero-etl (fake Data API)", () => {
    const dataApi = mockClient(RedshiftDataClient);
    let fake: FakeRedshiftData;
    let integration: FakeIntegration;
    /** Called on every wait between table-state polls; tests make replication progress here. */
    let onPoll: (n: number) => void;
    let polls: number;

    beforeEach(() => {
        dataApi.reset();
        fake = fakeRedshiftData(dataApi);
        fake.addWorkgroup("analytics-dev", NAMESPACE, SECRET);
        integration = fake.createIntegration(ID, NAMESPACE, [
            { schema: "demodb", table: "category", state: "Synced", reason: "", rows: 11, sizeMb: 1, updatedAt: "2026-11-29 23:00:00" },
            { schema: "demodb", table: "sales", state: "Synced", reason: "", rows: 172456, sizeMb: 16, updatedAt: "2026-11-29 23:00:00" },
        ]);
        integration.targetDatabase = "zeroetl_db";
        integration.state = "CdcRefreshState";
        integration.refreshInterval = 900;
        integration.currentLag = 1500;
        fake.workgroups.get("analytics-dev")!.databases.set("zeroetl_db", ID);
        polls = 0;
        onPoll = () => undefined;
    });
    after(() => dataApi.restore());

    async function cli(argv: string[], extra: { signal?: AbortSignal; outputs?: Record<string, unknown> } = {}): Promise<Run> {
        const out: string[] = [];
        const err: string[] = [];
        const code = await runZeroEtlCli(argv, {
            out: l => out.push(l), err: l => err.push(l), client: new RedshiftDataClient({ region: "us-west-2" }),
            readOutputs: () => extra.outputs ?? OUTPUTS, signal: extra.signal, statementPollMs: 0,
            sleep: async ms => {
                if (ms >= 1000) {
                    fake.advance(ms);
                    onPoll(++polls);
                }
            },
        });
        return { code, out, err };
    }

    const addTable = (table: string, state: "Synced" | "Failed" | "ResyncInitiated" | "ResyncRequired", reason = "") =>
        integration.tables.push({ schema: "demodb", table, state, reason, rows: 0, sizeMb: 0, updatedAt: "2026-11-29 22:00:00" });

    it("status: every table synced prints the table and exits 0", async () => {
        const run = await cli(["status", "--stack", "dev"]);
        assert.deepStrictEqual(run.out, [
            `integration ${ID} -> database zeroetl_db (workgroup analytics-dev)`,
            "state CdcRefreshState, lag 1.5 s, refresh interval 900 s",
            "",
            "SCHEMA  TABLE     STATE   ROWS    UPDATED (UTC)        REASON",
            "demodb  category  Synced  11      2026-11-29 23:00:00",
            "demodb  sales     Synced  172456  2026-11-29 23:00:00",
            "",
            "2 tables: 2 synced, 0 failed, 0 syncing",
        ]);
        assert.strictEqual(run.code, EXIT.ok);
        assert.deepStrictEqual(fake.executed.map(e => [e.database, e.sql]), [["dev", INTEGRATION_STATUS_QUERY], ["dev", TABLE_STATES_QUERY]]);
    });

    it("status: a failed table shows its reason and exits 1; in progress alone exits 5", async () => {
        addTable("geo", "Failed", "Unsupported data type: geometry");
        const failed = await cli(["status", "--stack", "dev"]);
        assert.strictEqual(failed.code, EXIT.failed);
        assert.ok(failed.out.includes("demodb  geo       Failed  0       2026-11-29 22:00:00  Unsupported data type: geometry"), failed.out.join("\n"));
        assert.deepStrictEqual(failed.out.slice(-2), [
            "3 tables: 2 synced, 1 failed, 0 syncing",
            "resync the failed ones with: npm run zero-etl -- resync --failed --wait --stack dev",
        ]);

        integration.tables.pop();
        addTable("event", "ResyncInitiated");
        const syncing = await cli(["status", "--stack", "dev", "--json"]);
        assert.strictEqual(syncing.code, EXIT.syncing);
        const json = JSON.parse(syncing.out.join("\n"));
        assert.deepStrictEqual(json.summary, { synced: 2, failed: 0, syncing: 1, gone: 0 });
        assert.deepStrictEqual(json.integration, { id: ID, database: "zeroetl_db", state: "CdcRefreshState", currentLagMs: 1500, refreshIntervalSeconds: 900, historyMode: false });
        assert.deepStrictEqual(json.tables.map((t: { table: string; state: string }) => [t.table, t.state]),
            [["category", "Synced"], ["event", "ResyncInitiated"], ["sales", "Synced"]]);
        assert.strictEqual(json.exitCode, EXIT.syncing);
    });

    it("resync of named tables runs the quoted REFRESH TABLE form and, with --wait, waits until synced", async () => {
        addTable("event", "Failed", "Unsupported data type");
        onPoll = n => { if (n === 2) fake.tick(); };
        const run = await cli(["resync", "sales", "demodb.event", "--wait", "--stack", "dev"]);
        assert.deepStrictEqual(fake.changes(), [`ALTER DATABASE "zeroetl_db" INTEGRATION REFRESH TABLE "demodb"."sales", "demodb"."event"`]);
        assert.deepStrictEqual(run.out, [
            `asked Redshift to resync demodb.sales, demodb.event: ALTER DATABASE "zeroetl_db" INTEGRATION REFRESH TABLE "demodb"."sales", "demodb"."event"`,
            "all 2 synced.",
        ]);
        assert.deepStrictEqual(run.err, [
            "waiting: 0/2 synced, 0 failed, 2 resyncing (0 s)",
            "waiting: 0/2 synced, 0 failed, 2 resyncing (15 s)",
            "waiting: 2/2 synced, 0 failed, 0 resyncing (30 s)",
        ]);
        assert.strictEqual(run.code, EXIT.ok);
        assert.deepStrictEqual(integration.tables.map(t => t.state), ["Synced", "Synced", "Synced"]);
    });

    it("resync --failed runs REFRESH INERROR TABLES and, with --wait, exits 1 when a table fails again", async () => {
        addTable("geo", "Failed", "Unsupported data type: geometry");
        addTable("venue", "Failed", "Table has no primary key");
        onPoll = () => fake.tick({ "demodb.geo": "Unsupported data type: geometry" });
        const run = await cli(["resync", "--failed", "--wait", "--poll-seconds", "5", "--stack", "dev"]);
        assert.deepStrictEqual(fake.changes(), [`ALTER DATABASE "zeroetl_db" INTEGRATION REFRESH INERROR TABLES`]);
        assert.deepStrictEqual(run.out, [
            `asked Redshift to resync demodb.geo, demodb.venue: ALTER DATABASE "zeroetl_db" INTEGRATION REFRESH INERROR TABLES`,
            "demodb.geo failed again: Unsupported data type: geometry",
        ]);
        assert.deepStrictEqual(run.err, ["waiting: 0/2 synced, 0 failed, 2 resyncing (0 s)", "waiting: 1/2 synced, 1 failed, 0 resyncing (5 s)"]);
        assert.strictEqual(run.code, EXIT.failed);
    });

    it("resync --failed with nothing failed runs no SQL and exits 0", async () => {
        const run = await cli(["resync", "--failed", "--stack", "dev"]);
        assert.deepStrictEqual([run.code, run.out, fake.changes()], [EXIT.ok, ["no table has failed: nothing to resync."], []]);
    });

    it("refuses bad table names before any SQL, and a table not in the integration before any change", async () => {
        const bad = await cli(["resync", `sales"; DROP DATABASE dev; --`, "--stack", "dev"]);
        assert.strictEqual(bad.code, EXIT.usage);
        assert.deepStrictEqual(bad.err, [`zero-etl: table "sales\\"; DROP DATABASE dev; --" is not a table name: use schema.table (the MySQL database, a dot, the table), each 1 to 64 letters, digits, _ or $.`]);
        const tooDeep = await cli(["resync", "a.b.c", "--stack", "dev"]);
        assert.strictEqual(tooDeep.code, EXIT.usage);
        assert.strictEqual(fake.executed.length, 0, "a bad name fails before any SQL");
        const missing = await cli(["resync", "demodb.nope", "--stack", "dev"]);
        assert.strictEqual(missing.code, EXIT.usage);
        assert.deepStrictEqual(missing.err, [`zero-etl: table demodb.nope is not in integration ${ID} (database zeroetl_db); ` +
            "`npm run zero-etl -- tables --stack dev` lists the tables Redshift knows, and the data filter decides which replicate."]);
        assert.deepStrictEqual(fake.changes(), []);
        assert.ok(fake.executed.every(e => e.sql === TABLE_STATES_QUERY), "only reads ran");
    });

    it("Ctrl-C during a wait stops cleanly with exit 130 and says the resync goes on", async () => {
        const controller = new AbortController();
        onPoll = () => controller.abort();
        const run = await cli(["resync", "sales", "--wait", "--stack", "dev"], { signal: controller.signal });
        assert.strictEqual(run.code, EXIT.interrupted);
        assert.deepStrictEqual(run.err.slice(-1), ["interrupted (Ctrl-C): stopped; anything already asked of Redshift keeps running."]);
        assert.strictEqual(fake.changes().length, 1);
    });

    it("tables: the filter, each table, and which lack a primary key, with what Redshift cannot see", async () => {
        addTable("venue", "Failed", "Table has no primary key");
        const run = await cli(["tables", "--stack", "dev"]);
        assert.deepStrictEqual(run.out, [
            "data filter: include: demodb.*",
            "",
            "SCHEMA  TABLE     STATE   PRIMARY KEY",
            "demodb  category  Synced  ok",
            "demodb  sales     Synced  ok",
            "demodb  venue     Failed  missing: never replicates",
            "",
            "1 without a primary key (add one in Aurora, then resync): demodb.venue",
            "Redshift lists only tables it has seen: tables the filter includes but that never reached Redshift are not here. " +
                "The source side (information_schema on Aurora) needs MySQL access, which this tool does not have.",
        ]);
        assert.strictEqual(run.code, EXIT.ok);
    });

    it("a stack with zero-ETL off is a clear error with the fix (exit 3)", async () => {
        const run = await cli(["status", "--stack", "athena-only"], { outputs: { athenaWorkgroup: "x" } });
        assert.strictEqual(run.code, EXIT.stack);
        assert.deepStrictEqual(run.err, ["zero-etl: stack athena-only has no zeroEtlDatabase output: zero-ETL is off in this stack (or it was never deployed); " +
            "turn it on with `pulumi config set zeroEtl true` and `pulumi up`, or pick the stack that has it with --stack."]);
        assert.strictEqual(fake.executed.length, 0);
    });

    it("no credentials and an expired session name the failure and the fix (exit 4)", async () => {
        const noCreds = Object.assign(new Error("Could not load credentials from any providers"), { name: "CredentialsProviderError" });
        dataApi.on(ExecuteStatementCommand).rejects(noCreds);
        const run = await cli(["status", "--stack", "dev"]);
        assert.strictEqual(run.code, EXIT.aws);
        assert.deepStrictEqual(run.err, ["zero-etl: running SQL on workgroup analytics-dev: no AWS credentials were found in the default chain (environment, shared config and " +
            "credentials files, SSO, container or instance role); sign in (`aws sso login --profile <name>` and `export AWS_PROFILE=<name>`) or set " +
            "AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, then run this again. (Could not load credentials from any providers)"]);

        const expired = Object.assign(new Error("The security token included in the request is expired"), { name: "ExpiredTokenException" });
        dataApi.on(ExecuteStatementCommand).rejects(expired);
        const again = await cli(["status", "--stack", "dev"]);
        assert.strictEqual(again.code, EXIT.aws);
        assert.deepStrictEqual(again.err, ["zero-etl: running SQL on workgroup analytics-dev: the AWS session has expired (ExpiredTokenException); renew it " +
            "(`aws sso login --profile <name>`, or new temporary credentials) and run this again."]);
    });

    it("an integration Redshift does not know means stale outputs (exit 3); usage errors exit 2", async () => {
        const stale = await cli(["status", "--stack", "dev"], { outputs: { ...OUTPUTS, zeroEtlIntegrationId: "99999999-9999-9999-9999-999999999999" } });
        assert.strictEqual(stale.code, EXIT.stack);
        assert.match(stale.err[0], /is not in SVV_INTEGRATION of workgroup analytics-dev: the stack's outputs are stale/);
        for (const argv of [["status"], ["frobnicate", "--stack", "dev"], ["resync", "--stack", "dev"], ["resync", "sales", "--failed", "--stack", "dev"],
            ["status", "--wait", "--stack", "dev"], ["resync", "sales", "--poll-seconds", "0", "--stack", "dev"]]) {
            assert.strictEqual((await cli(argv)).code, EXIT.usage, argv.join(" "));
        }
    });
});

describe("npm run zero-etl (the script itself)", () => {
    it("reads --outputs FILE and reports missing credentials without a stack trace", function () {
        this.timeout(60000);
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zero-etl-"));
        const file = path.join(dir, "outputs.json");
        fs.writeFileSync(file, JSON.stringify(OUTPUTS));
        const env = { ...process.env, AWS_REGION: "us-west-2", AWS_CONFIG_FILE: path.join(dir, "none"), AWS_SHARED_CREDENTIALS_FILE: path.join(dir, "none"),
            AWS_EC2_METADATA_DISABLED: "true", PATH: path.dirname(process.execPath) };
        for (const k of ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE", "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_CONTAINER_CREDENTIALS_FULL_URI", "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"]) delete (env as Record<string, string | undefined>)[k];
        const run = spawnSync(process.execPath, [require.resolve("ts-node/dist/bin.js"), "--transpile-only", path.join(ROOT, "scripts", "zeroEtl.ts"),
            "status", "--stack", "dev", "--outputs", file], { cwd: ROOT, env, encoding: "utf8", timeout: 50000 });
        assert.strictEqual(run.status, EXIT.aws, run.stderr);
        assert.match(run.stderr, /zero-etl: running SQL on workgroup analytics-dev: no AWS credentials were found in the default chain/);
        const noPulumi = spawnSync(process.execPath, [require.resolve("ts-node/dist/bin.js"), "--transpile-only", path.join(ROOT, "scripts", "zeroEtl.ts"),
            "status", "--stack", "dev"], { cwd: ROOT, env, encoding: "utf8", timeout: 50000 });
        assert.strictEqual(noPulumi.status, EXIT.usage, noPulumi.stderr);
        assert.match(noPulumi.stderr, /the pulumi CLI is not on PATH: pass the stack's outputs with `--outputs FILE`/);
    });
});
