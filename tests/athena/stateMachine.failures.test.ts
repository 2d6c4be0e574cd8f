// Runs that fail for good, executed locally: retries used up, maintenance that needs more runs, a lost or dead run lock,
// a child execution AWS would fail uncaught, and a failure without a Cause.
import * as assert from "assert";
import { ATHENA_BACKOFF_SECONDS, buildPipelineDefinition, MAINTENANCE_MAX_RUNS, tableStates } from "../../components/athena/definition";
import { HISTORY_EVENT_LIMIT, PAYLOAD_LIMIT_BYTES, runMeasured } from "../../scripts/bench/lib/stepFunctions";
import { LocalPipeline, PARAMS } from "./helpers/localPipeline";

const OTHER = "arn:aws:states:us-east-1:123456789012:execution:analytics-dev:other";
/** A maintenance statement of one table, whatever quoting the SQL builder gives its name. */
const maintenanceOf = (verb: "OPTIMIZE" | "VACUUM", table: string) => new RegExp(`^${verb} [^ ]*\\b${table}\\b`);

describe("pipeline runs that fail for good, executed locally", function () {
    this.timeout(120000);
    let w: LocalPipeline;

    beforeEach(async () => {
        w = await LocalPipeline.create();
        await w.conn.run(`INSERT INTO aurora.sales VALUES (1, 2, 10.00, TIMESTAMP '2026-11-01 09:00:00'), (2, 1, 25.50, TIMESTAMP '2026-11-01 12:30:00')`);
        await w.conn.run(`INSERT INTO aurora.venue VALUES (1, 'Hall A', 'CA', 500)`);
        await w.conn.run(`INSERT INTO aurora."date" VALUES (1, DATE '2008-01-01', 'Q1', 0)`);
    });
    afterEach(async () => {
        await w.close();
    });

    function assertWithinLimits(run: Awaited<ReturnType<LocalPipeline["run"]>>): void {
        assert.ok(run.measure.largestPayload.bytes <= PAYLOAD_LIMIT_BYTES && run.measure.historyEvents <= HISTORY_EVENT_LIMIT, JSON.stringify(run.measure));
        if (run.map) assert.ok(run.map.largestChildPayload <= PAYLOAD_LIMIT_BYTES && run.map.mostChildEvents <= HISTORY_EVENT_LIMIT, JSON.stringify(run.map));
    }

    it("a transient failure that outlasts every retry fails that table alone, with its cause", async () => {
        w.failures.failQuery = /^MERGE INTO "analytics_dev"."sales"/;
        w.failures.failureCause = "ICEBERG_COMMIT_ERROR: Failed to commit Iceberg update to table analytics_dev.sales";
        const run = await w.run({ mode: "all" });
        assert.strictEqual(run.ok, false);
        assert.strictEqual(run.error!.name, "TablesFailed");
        // The first try and one retry per backoff entry, then the table fails (no index past the backoff list).
        assert.strictEqual(w.queries.filter(q => q.startsWith(`MERGE INTO "analytics_dev"."sales"`)).length, 1 + ATHENA_BACKOFF_SECONDS.length);
        await w.assertMasterEqualsSource("venue", "venueid");
        await w.assertMasterEqualsSource("date", "dateid");
        assert.strictEqual(w.watermark("sales"), undefined);
        assert.strictEqual(w.alerts.length, 1);
        assert.match(w.alerts[0].Message, /: 1 of 3 table\(s\) of export \S+ failed to load; the others loaded:\n- sales: States\.TaskFailed: ICEBERG_COMMIT_ERROR: Failed to commit Iceberg update to table analytics_dev\.sales\nFull causes: s3:\/\/results-bucket\/results\/table-loads\/[0-9a-f-]+\/manifest\.json$/);
        assert.strictEqual(w.watermarks.has("#run-lock"), false);
        assertWithinLimits(run);
    });

    it("OPTIMIZE that needs more runs is run again, and VACUUM follows", async () => {
        w.failures.moreRunsNeeded = { query: maintenanceOf("OPTIMIZE", "sales"), times: 2 };
        const run = await w.run({ mode: "all" });
        assert.ok(run.ok, run.error?.message);
        assert.strictEqual(w.queries.filter(q => maintenanceOf("OPTIMIZE", "sales").test(q)).length, 3);
        assert.strictEqual(w.queries.filter(q => maintenanceOf("VACUUM", "sales").test(q)).length, 1);
        assert.deepStrictEqual(w.alerts, []);
    });

    it("VACUUM that needs more runs past the cap fails its table after the MERGE and the watermark were saved", async () => {
        w.failures.moreRunsNeeded = { query: maintenanceOf("VACUUM", "sales"), times: 1000 };
        const run = await w.run({ mode: "all" });
        assert.strictEqual(run.ok, false);
        assert.strictEqual(w.queries.filter(q => maintenanceOf("VACUUM", "sales").test(q)).length, MAINTENANCE_MAX_RUNS);
        await w.assertMasterEqualsSource("sales", "salesid");
        assert.strictEqual(w.watermark("sales"), "2026-11-01 12:30:00", "saved once the MERGE committed, before maintenance");
        assert.match(w.alerts[0].Message, /\n- sales: States\.TaskFailed: ICEBERG_VACUUM_MORE_RUNS_NEEDED: more runs are needed\n/);
    });

    it("an OPTIMIZE that fails for good keeps the committed MERGE's watermark, so the next diff run does not reload", async () => {
        w.failures.failQuery = maintenanceOf("OPTIMIZE", "sales");
        assert.strictEqual((await w.run({ mode: "all" })).ok, false);
        assert.strictEqual(w.watermark("sales"), "2026-11-01 12:30:00");
        await w.assertMasterEqualsSource("sales", "salesid");
        w.failures.failQuery = undefined;
        assert.ok((await w.run({ mode: "diff" })).ok);
        await w.assertMasterEqualsSource("sales", "salesid");
    });

    it("a run that lost its lock keeps the newer watermark another run saved (DynamoDB.ConditionalCheckFailedException)", async () => {
        // The lock expired and a later run took it over and stored a newer watermark before this run's SaveWatermark.
        w.watermarks.set("sales", { tableName: { S: "sales" }, watermark: { S: "2026-12-01 00:00:00" }, runId: { S: "later" }, executionId: { S: OTHER }, runStartedAt: { S: "2026-12-01T00:00:00Z" } });
        const run = await w.run({ mode: "all" });
        assert.ok(run.ok, run.error?.message);
        assert.strictEqual(w.watermark("sales"), "2026-12-01 00:00:00");
        await w.assertMasterEqualsSource("sales", "salesid");
        assert.ok(w.queries.some(q => maintenanceOf("OPTIMIZE", "sales").test(q)), "maintenance still runs after the refused save");
        assert.deepStrictEqual(w.alerts, []);
    });

    for (const [status, why] of [["FAILED", "failed"], ["TIMED_OUT", "timed out"], ["ABORTED", "was stopped"], [null, "is no longer known to Step Functions"]] as const) {
        it(`a lock left by a run that ${why} is taken over at once, not held until it expires`, async () => {
            w.holdRunLock(OTHER, "2099-01-01T00:00:00.000Z", status);
            const run = await w.run({ mode: "all" });
            assert.ok(run.ok, run.error?.message);
            assert.strictEqual(w.exportsStarted.length, 1);
            await w.assertMasterEqualsSource("sales", "salesid");
            assert.strictEqual(w.watermarks.has("#run-lock"), false, "released by the run that took it over");
        });
    }

    it("a lock whose holder cannot be checked fails the run with an alert, never a silent success", async () => {
        w.holdRunLock(OTHER, "2099-01-01T00:00:00.000Z", null);
        // DescribeExecution refused (for example a missing permission): the run must not start, and must say so.
        const original = w.executions.get.bind(w.executions);
        w.executions.get = (key: string) => {
            if (key === OTHER) throw Object.assign(new Error("User is not authorized to perform: states:DescribeExecution"), { name: "Sfn.AccessDeniedException" });
            return original(key);
        };
        const run = await w.run({ mode: "diff" });
        assert.strictEqual(run.ok, false);
        assert.strictEqual(run.error!.name, "RunLockUnknown");
        assert.deepStrictEqual(w.exportsStarted, []);
        assert.strictEqual(w.alerts.length, 1);
        assert.strictEqual(w.alerts[0].Subject, "Athena pipeline run blocked");
        assert.match(w.alerts[0].Message, /did not start: the run lock is held and its holder could not be checked: Sfn\.AccessDeniedException: User is not authorized/);
    });

    it("a child AWS would fail uncaught (a cause past 256 KiB: States.DataLimitExceeded) fails only its table, and the alert says so", async () => {
        w.failures.failQuery = /^MERGE INTO "analytics_dev"."venue"/;
        w.failures.failureCause = `COLUMN_NOT_FOUND: ${"x".repeat(PAYLOAD_LIMIT_BYTES)}`;
        const run = await w.run({ mode: "all" });
        assert.strictEqual(run.ok, false);
        assert.strictEqual(run.error!.name, "TablesFailed");
        assert.strictEqual(run.map!.failedChildren, 1);
        await w.assertMasterEqualsSource("sales", "salesid");
        await w.assertMasterEqualsSource("date", "dateid");
        assert.match(w.alerts[0].Message, /\n- venue: States\.DataLimitExceeded: the state \w+ has \d+ bytes of input or output, over the 262144-byte quota\n/);
        assertWithinLimits({ ...run, map: undefined });
    });

    it("a table failure without a Cause still ends the table with a result (no States.Runtime)", async () => {
        const states = tableStates(PARAMS);
        const result = await runMeasured({ StartAt: "TableFailed", States: states }, { table: "sales", tableError: { Error: "States.Timeout" } }, { noValidate: true });
        assert.deepStrictEqual(result.output, { table: "sales", failed: true, error: "States.Timeout", cause: "no cause given" });
        const withCause = await runMeasured({ StartAt: "TableFailed", States: states }, { table: "sales", tableError: { Error: "E", Cause: "why" } }, { noValidate: true });
        assert.deepStrictEqual(withCause.output, { table: "sales", failed: true, error: "E", cause: "why" });
    });

    it("a run failure without a Cause still alerts and fails (no States.Runtime in States.Format or CausePath)", async () => {
        const d = buildPipelineDefinition(PARAMS);
        const published: unknown[] = [];
        const result = await runMeasured({ StartAt: "HasFailureCause", States: d.States }, { plan: { exportTaskId: "x-1" }, error: { Error: "States.Timeout" } }, {
            noValidate: true,
            context: { Execution: { Id: "arn:aws:states:us-east-1:123456789012:execution:analytics-dev:run-9" } },
            overrides: { taskResourceLocalHandlers: { NotifyFailureWithoutCause: (i: unknown) => { published.push(i); return {}; } } },
        });
        assert.strictEqual(result.ok, false);
        assert.deepStrictEqual(result.error, { Error: "States.Timeout", Cause: "The run failed without a cause; the alert names the error." });
        assert.match((published[0] as { Message: string }).Message, /failed with States\.Timeout \(no cause given\)$/);
    });
});
