// The figures npm run bench reports for 1,000 tables of 100 columns stay under AWS's hard limits (sizes and event counts, not timings).
import * as assert from "assert";

import {
    DEFINITION_LIMIT_BYTES, ENVIRONMENT_LIMIT_BYTES, HISTORY_EVENT_LIMIT, lastRunChecks, measure, PAYLOAD_LIMIT_BYTES, Row, SNS_MESSAGE_LIMIT_BYTES,
} from "../../scripts/bench/pipelineLimits";
import { formatFigure } from "../../scripts/lib/figures";
import { countHistoryEvents } from "../../scripts/bench/lib/stepFunctions";

describe("pipeline limits for 1,000 tables of 100 columns (scripts/bench/pipelineLimits.ts)", function () {
    this.timeout(300000);
    let rows: Row[];
    before(async () => {
        rows = await measure();
    });
    const row = (prefix: string) => {
        const found = rows.filter(r => r.what.startsWith(prefix));
        assert.strictEqual(found.length, 1, `one row starting ${prefix}`);
        return found[0];
    };

    it("measures the definition against 1 MB and keeps it under", () => {
        const r = row("state machine definition");
        assert.strictEqual(r.limit, DEFINITION_LIMIT_BYTES);
        assert.ok(r.value < r.limit, `${r.value}`);
    });

    it("keeps every state of a run where all 1,000 tables fail with the longest cause under 256 KiB, the run's and each child's", () => {
        for (const prefix of ["ValidateInput task input", "run with 1000 failed tables: largest state of the run", "run with 1000 failed tables: largest state of a table's child execution",
            "a table's child execution on its worst path: largest state"]) {
            const r = row(prefix);
            assert.strictEqual(r.limit, PAYLOAD_LIMIT_BYTES, prefix);
            assert.ok(r.value > 1000 && r.value < r.limit, `${prefix}: ${r.value}`);
        }
        assert.strictEqual(lastRunChecks.uncaughtChildren, 0);
    });

    it("keeps the run and a child on its worst path under 25,000 history events", () => {
        const runEvents = row("run with 1000 failed tables: history events of the run");
        // 994 polls of 9 events each are most of it.
        assert.ok(runEvents.value > 994 * 9 && runEvents.value < HISTORY_EVENT_LIMIT, `${runEvents.value}`);
        const child = row("a table's child execution on its worst path (every retry");
        assert.ok(child.value > 100 && child.value < HISTORY_EVENT_LIMIT, `${child.value}`);
    });

    it("alerts within one SNS message, naming every one of the 1,000 tables", () => {
        const alert = row("run with 1000 failed tables: alert");
        assert.strictEqual(alert.limit, SNS_MESSAGE_LIMIT_BYTES);
        assert.ok(alert.value > 1000 * 64 && alert.value < alert.limit, `${alert.value}`);
        assert.strictEqual(lastRunChecks.tablesMissingFromAlert, 0);
    });

    it("keeps every Lambda environment under 4 KB", () => {
        const envs = rows.filter(r => r.what.startsWith("Lambda "));
        assert.deepStrictEqual(envs.map(r => r.what.split(" ")[1]), ["validateInput", "startExport", "checkExport", "prepareTable", "cleanup"]);
        for (const r of envs) {
            assert.strictEqual(r.limit, ENVIRONMENT_LIMIT_BYTES);
            assert.ok(r.value < r.limit, `${r.what}: ${r.value}`);
        }
    });

    it("prints a figure over its limit as such", () => {
        assert.strictEqual(formatFigure({ what: "x", value: 3, limit: 2, unit: "bytes" }), "x: 3 bytes of at most 2 bytes (150.0%) OVER THE LIMIT");
    });
});

describe("history events counted as AWS counts them", () => {
    const states = {
        Poll: { Type: "Task", Resource: "arn:aws:lambda:us-east-1:123456789012:function:check" },
        Wait: { Type: "Wait" }, Done: { Type: "Choice" }, Query: { Type: "Task", Resource: "arn:aws:states:::athena:startQueryExecution.sync" },
        Fail: { Type: "Fail" }, Map: { Type: "Map" },
    };
    const e = (type: string, name?: string) => ({ type, ...(name ? { state: { name } } : {}) });

    it("a Lambda poll with its Wait and Choice is 9 events", () => {
        assert.strictEqual(countHistoryEvents(states, [e("StateEntered", "Poll"), e("StateExited", "Poll"), e("StateEntered", "Wait"), e("StateExited", "Wait"), e("StateEntered", "Done"), e("StateExited", "Done")]), 9);
    });

    it("a .sync task adds TaskSubmitted, each retry adds its attempt, a Fail state is entered only, a Distributed Map is 6", () => {
        assert.strictEqual(countHistoryEvents(states, [e("StateEntered", "Query"), e("StateFailed", "Query"), e("StateRetried", "Query"), e("StateExited", "Query")]), 1 + 4 + 4 + 1);
        assert.strictEqual(countHistoryEvents(states, [e("ExecutionStarted"), e("StateEntered", "Fail"), e("StateFailed", "Fail"), e("ExecutionFailed")]), 3);
        assert.strictEqual(countHistoryEvents(states, [e("StateEntered", "Map"), e("StateExited", "Map")]), 6);
    });
});
