// Exact-value tests for the pipeline Lambdas' shared checks (functions/pipeline/shared/env.ts, errors.ts; issue 13 item 5):
// every refusal's full text, the bounds of whole-number settings, defaults for unset and empty values, and error names.
import * as assert from "assert";

import {
    booleanEnv, identifierEnv, integerEnv, log, parseTableConfig, parseTables, PipelineConfigError, requireEnv, tableNames,
} from "../../functions/pipeline/shared/env";
import { errorText, ExportFailed, ExportThrottled, ExportTimedOut, isThrottling, UnsupportedExport } from "../../functions/pipeline/shared/errors";

const NAME = "AA_MUTANTS_TEST_VAR";

function refused(message: string) {
    return (err: unknown) => {
        assert.ok(err instanceof PipelineConfigError, String(err));
        assert.strictEqual(err.name, "PipelineConfigError");
        assert.strictEqual(err.message, message);
        return true;
    };
}

describe("pipeline shared: environment checks, exact refusals", () => {
    afterEach(() => { delete process.env[NAME]; });
    const set = (v: string) => { process.env[NAME] = v; };

    it("requireEnv: unset and empty are not set; a value must match the pattern", () => {
        assert.throws(() => requireEnv(NAME), refused(`environment variable ${NAME} is not set`));
        set("");
        assert.throws(() => requireEnv(NAME), refused(`environment variable ${NAME} is not set`));
        set("a b");
        assert.strictEqual(requireEnv(NAME), "a b");
        assert.throws(() => requireEnv(NAME, /^[a-z]+$/), refused(`environment variable ${NAME}="a b" does not match /^[a-z]+$/`));
        set("sales_1");
        assert.strictEqual(identifierEnv(NAME), "sales_1");
        set("1sales");
        assert.throws(() => identifierEnv(NAME), refused(`environment variable ${NAME}="1sales" does not match /^[A-Za-z_][A-Za-z0-9_]{0,63}$/`));
    });

    it("integerEnv: default when unset or empty, bounds inclusive, only digits", () => {
        assert.strictEqual(integerEnv(NAME, 7, 1, 10), 7);
        set("");
        assert.strictEqual(integerEnv(NAME, 7, 1, 10), 7);
        set("99999999999999999999");
        assert.throws(() => integerEnv(NAME, 7, 0, Number.MAX_VALUE), refused(`environment variable ${NAME}="99999999999999999999" is not a whole number from 0 to ${Number.MAX_VALUE}`));
        for (const [raw, n] of [["1", 1], ["10", 10], ["05", 5]] as const) {
            set(raw);
            assert.strictEqual(integerEnv(NAME, 7, 1, 10), n);
        }
        for (const raw of ["0", "11", "-1", "1.5", " 5", "5 ", "1e1", "99999999999999999999"]) {
            set(raw);
            assert.throws(() => integerEnv(NAME, 7, 1, 10), refused(`environment variable ${NAME}=${JSON.stringify(raw)} is not a whole number from 1 to 10`), raw);
        }
    });

    it("booleanEnv: default when unset or empty, exactly true or false", () => {
        assert.strictEqual(booleanEnv(NAME, true), true);
        set("");
        assert.strictEqual(booleanEnv(NAME, false), false);
        set("true");
        assert.strictEqual(booleanEnv(NAME, false), true);
        set("false");
        assert.strictEqual(booleanEnv(NAME, true), false);
        set("TRUE");
        assert.throws(() => booleanEnv(NAME, true), refused(`environment variable ${NAME}="TRUE" is not true or false`));
    });
});

describe("pipeline shared: table config, exact refusals", () => {
    it("parses a table with and without a timestamp column, copying the key list", () => {
        const key = ["id"];
        const t = parseTableConfig({ name: "sales", primaryKey: key }, "t");
        assert.deepStrictEqual(t, { name: "sales", primaryKey: ["id"] });
        assert.notStrictEqual(t.primaryKey, key);
        assert.deepStrictEqual(parseTableConfig({ name: "s", primaryKey: ["a", "b"], timestampColumn: "ts" }, "t"), { name: "s", primaryKey: ["a", "b"], timestampColumn: "ts" });
    });

    it("refuses each malformed entry with its text", () => {
        for (const entry of [null, [], "sales", { name: "1x", primaryKey: ["id"] }, { name: 5, primaryKey: ["id"] }, { name: "s", primaryKey: [] },
            { name: "s", primaryKey: "id" }, { name: "s", primaryKey: ["id", "bad key"] }, { name: "s", primaryKey: [5] },
            { name: "s", primaryKey: ["id"], timestampColumn: "bad col" }, { name: "s", primaryKey: ["id"], timestampColumn: 5 },
            // Lists whose text alone would pass the identifier pattern (String(["s"]) is "s").
            { name: ["s"], primaryKey: ["id"] }, { name: "s", primaryKey: [["id"]] }, { name: "s", primaryKey: ["id"], timestampColumn: ["ts"] }]) {
            assert.throws(() => parseTableConfig(entry, "tables[3]"),
                refused(`tables[3] is not a valid {name, primaryKey, timestampColumn?}: ${JSON.stringify(entry)}`), JSON.stringify(entry));
        }
    });

    it("parseTables: a non-empty list of unique names (case-insensitive), each checked with its position", () => {
        assert.deepStrictEqual(parseTables([{ name: "a", primaryKey: ["id"] }, { name: "b", primaryKey: ["id"] }]).map(t => t.name), ["a", "b"]);
        for (const value of [[], "a", undefined]) {
            assert.throws(() => parseTables(value), refused("configuredTables must be a non-empty list of tables"));
        }
        assert.throws(() => parseTables([{ name: "Sales", primaryKey: ["id"] }, { name: "sales", primaryKey: ["id"] }]),
            refused("configuredTables[1] names the table sales a second time"));
        assert.throws(() => parseTables([{ name: "a", primaryKey: ["id"] }, { name: "b" }]),
            refused(`configuredTables[1] is not a valid {name, primaryKey, timestampColumn?}: {"name":"b"}`));
    });

    it("tableNames: identifiers only, at least one", () => {
        assert.deepStrictEqual(tableNames(["a", "b_1"]), ["a", "b_1"]);
        for (const value of [[], ["a", "b c"], ["a", 5], "a", null, ["a", ["b"]]]) {
            assert.throws(() => tableNames(value), refused(`tables ${JSON.stringify(value)} is not a non-empty list of table names`));
        }
    });

    it("log writes one JSON line with the event first", () => {
        const lines: string[] = [];
        const original = console.log;
        console.log = (line: string) => { lines.push(line); };
        try {
            log("run-started", { runId: "r1", n: 2 });
        } finally {
            console.log = original;
        }
        assert.deepStrictEqual(lines, [`{"event":"run-started","runId":"r1","n":2}`]);
    });
});

describe("pipeline shared: errors", () => {
    it("names each error class for the state machine's Retry and Catch rules", () => {
        assert.deepStrictEqual([new ExportThrottled("m"), new ExportFailed("m"), new ExportTimedOut("m"), new UnsupportedExport("m")].map(e => [e.name, e.message]),
            [["ExportThrottled", "m"], ["ExportFailed", "m"], ["ExportTimedOut", "m"], ["UnsupportedExport", "m"]]);
    });

    it("recognises throttling by name or HTTP 429 only", () => {
        const verdicts = [
            { name: "ThrottlingException" }, { name: "Throttling" }, { name: "TooManyRequestsException" }, { name: "RequestLimitExceeded" }, { name: "SlowDown" },
            { name: "X", $metadata: { httpStatusCode: 429 } }, { name: "X", $metadata: { httpStatusCode: 500 } }, { name: "AccessDenied" }, {}, null, undefined,
        ].map(isThrottling);
        assert.deepStrictEqual(verdicts, [true, true, true, true, true, true, false, false, false, false, false]);
    });

    it("writes an error as name: message, with fallbacks", () => {
        assert.strictEqual(errorText(new ExportFailed("boom")), "ExportFailed: boom");
        assert.strictEqual(errorText({ message: "m" }), "Error: m");
        assert.strictEqual(errorText("plain"), "Error: plain");
        assert.strictEqual(errorText(null), "Error: null");
    });
});
