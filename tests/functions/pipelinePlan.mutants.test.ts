// Pure unit tests of the pipeline's run plan and Parquet column mapping (issue 13 item 5): exact values and messages.
import * as assert from "assert";
import type { SchemaElement } from "hyparquet";
import { UnsupportedExport } from "../../functions/pipeline/shared/errors";
import { athenaType, columnsFromSchema, masterType } from "../../functions/pipeline/shared/parquetColumns";
import { InvalidRunInput, planRun, runIds, validateRunInput } from "../../functions/pipeline/shared/runPlan";

const TABLES = [{ name: "sales", primaryKey: ["salesid"] }, { name: "users", primaryKey: ["userid"] }];

function refused(fn: () => unknown, cls: new (m: string) => Error, message: string): void {
    assert.throws(fn, (e: Error) => {
        assert.ok(e instanceof cls);
        assert.strictEqual(e.message, message);
        return true;
    });
}

function el(fields: Partial<SchemaElement> & { name: string }): SchemaElement {
    return fields as SchemaElement;
}

describe("pipeline run plan (runPlan.ts)", () => {
    it("plans a run with ids from the execution and a lock that expires after the run timeout", () => {
        assert.deepStrictEqual(planRun({ mode: "diff" }, TABLES, "aa-dev", "arn:exec:1", "2026-11-30T07:05:09.123Z", 60), {
            mode: "diff", tables: ["sales", "users"], selection: null,
            runId: "r20261130t070509_256760bb", exportTaskId: "aa-dev-20261130-070509-256760bb",
            lockExpiresAt: "2026-11-30T07:06:09.123Z",
        });
        assert.strictEqual(planRun({ mode: "all", tables: ["users"] }, TABLES, "aa-dev", "arn:exec:1", "2026-11-30T07:05:09.123Z").lockExpiresAt,
            "2026-11-30T19:05:09.123Z");
        assert.deepStrictEqual(planRun({ mode: "rebuild", tables: ["users", "sales"] }, TABLES, "aa-dev", "x", "2026-11-30T07:05:09Z").selection, ["sales", "users"]);
    });

    it("refuses inputs that are not an object, with the value shown and cut at 80 characters", () => {
        const msg = (v: string) => `run input must be a JSON object like {"mode": "diff"}, got ${v}`;
        refused(() => validateRunInput(null, TABLES), InvalidRunInput, msg("null"));
        refused(() => validateRunInput(["diff"], TABLES), InvalidRunInput, msg("[\"diff\"]"));
        refused(() => validateRunInput("diff", TABLES), InvalidRunInput, msg("\"diff\""));
        refused(() => validateRunInput(undefined, TABLES), InvalidRunInput, msg("undefined"));
        const long78 = "x".repeat(78); // JSON text of 80 characters: shown whole
        refused(() => validateRunInput(long78, TABLES), InvalidRunInput, msg(`"${long78}"`));
        refused(() => validateRunInput("y".repeat(79), TABLES), InvalidRunInput, msg(`"${"y".repeat(76)}...`));
    });

    it("refuses unknown fields, bad modes, rebuild without tables, and bad table lists", () => {
        refused(() => validateRunInput({ mode: "diff", table: ["sales"] }, TABLES), InvalidRunInput,
            "run input has the unknown field \"table\"; allowed fields are mode and tables");
        refused(() => validateRunInput({ mode: "full" }, TABLES), InvalidRunInput,
            "run input mode \"full\" is not allowed; use \"all\", \"diff\" or \"rebuild\"");
        refused(() => validateRunInput({ mode: "rebuild" }, TABLES), InvalidRunInput,
            "run input mode \"rebuild\" drops and recreates masters, so it needs the tables listed, e.g. {\"mode\":\"rebuild\",\"tables\":[\"sales\"]}");
        refused(() => validateRunInput({ mode: "diff", tables: [] }, TABLES), InvalidRunInput,
            "run input tables [] must be a non-empty list of table names (or left out for all tables)");
        refused(() => validateRunInput({ mode: "diff", tables: "sales" }, TABLES), InvalidRunInput,
            "run input tables \"sales\" must be a non-empty list of table names (or left out for all tables)");
        refused(() => validateRunInput({ mode: "diff", tables: [1] }, TABLES), InvalidRunInput,
            "run input table 1 is not a configured table; configured tables are sales, users");
        refused(() => validateRunInput({ mode: "diff", tables: ["Sales"] }, TABLES), InvalidRunInput,
            "run input table \"Sales\" is not a configured table; configured tables are sales, users");
        refused(() => validateRunInput({ mode: "diff", tables: ["users", "users"] }, TABLES), InvalidRunInput,
            "run input table \"users\" is listed twice");
        assert.deepStrictEqual(validateRunInput({ mode: "all", tables: ["users", "sales"] }, TABLES), { mode: "all", tables: ["sales", "users"] });
        assert.deepStrictEqual(validateRunInput({ mode: "diff" }, TABLES), { mode: "diff", tables: ["sales", "users"] });
    });

    it("refuses a start time that is not ISO 8601 UTC and a pipeline name that makes an invalid export id", () => {
        refused(() => runIds("aa-dev", "x", "2026-11-30 07:05:09Z"), InvalidRunInput,
            "execution start time \"2026-11-30 07:05:09Z\" is not an ISO 8601 UTC timestamp");
        refused(() => runIds("aa-dev", "x", "2026-11-30T07:05:09+09:00"), InvalidRunInput,
            "execution start time \"2026-11-30T07:05:09+09:00\" is not an ISO 8601 UTC timestamp");
        refused(() => runIds("aa--dev", "x", "2026-11-30T07:05:09Z"), InvalidRunInput,
            `export task id aa--dev-20261130-070509-${runIds("aa-dev", "x", "2026-11-30T07:05:09Z").exportTaskId.slice(-8)} would not be valid; check PIPELINE_NAME`);
        assert.notStrictEqual(runIds("aa-dev", "x", "2026-11-30T07:05:09Z").runId, runIds("aa-dev", "y", "2026-11-30T07:05:09Z").runId);
        assert.deepStrictEqual(runIds("aa-dev", "arn:exec:1", "2026-11-30T07:05:09.123Z"),
            { runId: "r20261130t070509_256760bb", exportTaskId: "aa-dev-20261130-070509-256760bb" });
    });
});

describe("Parquet columns to Athena types (parquetColumns.ts)", () => {
    it("maps each Parquet physical, logical and converted type", () => {
        const cases: [Partial<SchemaElement>, string][] = [
            [{ type: "BOOLEAN" }, "boolean"],
            [{ type: "INT32" }, "int"],
            [{ type: "INT32", logical_type: { type: "DATE" } }, "date"],
            [{ type: "INT32", converted_type: "DATE" }, "date"],
            [{ type: "INT32", logical_type: { type: "INTEGER", bitWidth: 32, isSigned: false } }, "bigint"],
            [{ type: "INT32", logical_type: { type: "INTEGER", bitWidth: 16, isSigned: false } }, "int"],
            [{ type: "INT32", logical_type: { type: "INTEGER", bitWidth: 32, isSigned: true } }, "int"],
            [{ type: "INT32", converted_type: "UINT_32" }, "bigint"],
            [{ type: "INT64" }, "bigint"],
            [{ type: "INT64", logical_type: { type: "TIMESTAMP", isAdjustedToUTC: true, unit: "MICROS" } }, "timestamp"],
            [{ type: "INT64", converted_type: "TIMESTAMP_MILLIS" }, "timestamp"],
            [{ type: "INT64", converted_type: "TIMESTAMP_MICROS" }, "timestamp"],
            [{ type: "INT64", logical_type: { type: "INTEGER", bitWidth: 64, isSigned: false } }, "decimal(20,0)"],
            [{ type: "INT64", logical_type: { type: "INTEGER", bitWidth: 64, isSigned: true } }, "bigint"],
            [{ type: "INT64", converted_type: "UINT_64" }, "decimal(20,0)"],
            [{ type: "INT96" }, "timestamp"],
            [{ type: "FLOAT" }, "float"],
            [{ type: "DOUBLE" }, "double"],
            [{ type: "BYTE_ARRAY" }, "binary"],
            [{ type: "FIXED_LEN_BYTE_ARRAY" }, "binary"],
            [{ type: "BYTE_ARRAY", logical_type: { type: "STRING" } }, "string"],
            [{ type: "BYTE_ARRAY", logical_type: { type: "ENUM" } }, "string"],
            [{ type: "BYTE_ARRAY", logical_type: { type: "JSON" } }, "string"],
            [{ type: "FIXED_LEN_BYTE_ARRAY", logical_type: { type: "UUID" } }, "string"],
            [{ type: "BYTE_ARRAY", converted_type: "UTF8" }, "string"],
            [{ type: "BYTE_ARRAY", converted_type: "ENUM" }, "string"],
            [{ type: "BYTE_ARRAY", converted_type: "JSON" }, "string"],
            [{ type: "FIXED_LEN_BYTE_ARRAY", logical_type: { type: "DECIMAL", precision: 10, scale: 2 } }, "decimal(10,2)"],
            [{ type: "INT64", converted_type: "DECIMAL", precision: 18, scale: 4 }, "decimal(18,4)"],
            [{ type: "INT32", converted_type: "DECIMAL", precision: 9 }, "decimal(9,0)"],
            [{ type: "BYTE_ARRAY", converted_type: "DECIMAL", precision: 38, scale: 38 }, "decimal(38,38)"],
            [{ type: "INT32", converted_type: "DECIMAL", precision: 1, scale: 0 }, "decimal(1,0)"],
            [{ type: "INT32", num_children: 0 }, "int"],
        ];
        for (const [fields, expected] of cases) {
            assert.strictEqual(athenaType(el({ name: "c", ...fields })), expected, JSON.stringify(fields));
        }
    });

    it("refuses nested groups, times, unsupported decimals and unknown types, naming the column", () => {
        const no = (fields: Partial<SchemaElement>, message: string) => refused(() => athenaType(el({ name: "c", ...fields })), UnsupportedExport, message);
        no({ num_children: 1 }, "column c is a nested Parquet group, which the pipeline does not load");
        no({ type: "INT32", logical_type: { type: "TIME", isAdjustedToUTC: true, unit: "MILLIS" } }, "column c has the Parquet type INT32/TIME, which the pipeline does not load");
        no({ type: "INT32", converted_type: "TIME_MILLIS" }, "column c has the Parquet type INT32/TIME_MILLIS, which the pipeline does not load");
        no({ type: "INT64", logical_type: { type: "TIME", isAdjustedToUTC: true, unit: "MICROS" } }, "column c has the Parquet type INT64/TIME, which the pipeline does not load");
        no({ type: "INT64", converted_type: "TIME_MICROS" }, "column c has the Parquet type INT64/TIME_MICROS, which the pipeline does not load");
        no({}, "column c has the Parquet type undefined/-, which the pipeline does not load");
        no({ type: "INT32", converted_type: "DECIMAL" }, "column c is DECIMAL(undefined, 0); Athena supports precision 1 to 38");
        no({ type: "INT32", converted_type: "DECIMAL", precision: 0 }, "column c is DECIMAL(0, 0); Athena supports precision 1 to 38");
        no({ type: "BYTE_ARRAY", converted_type: "DECIMAL", precision: 39 }, "column c is DECIMAL(39, 0); Athena supports precision 1 to 38");
        no({ type: "INT32", converted_type: "DECIMAL", precision: 5, scale: -1 }, "column c is DECIMAL(5, -1); Athena supports precision 1 to 38");
        no({ type: "INT32", converted_type: "DECIMAL", precision: 5, scale: 6 }, "column c is DECIMAL(5, 6); Athena supports precision 1 to 38");
        no({ type: "BYTE_ARRAY", logical_type: { type: "DECIMAL", precision: 40, scale: 2 }, precision: 10, scale: 2 }, "column c is DECIMAL(40, 2); Athena supports precision 1 to 38");
    });

    it("casts CHAR bytes to string and DATE strings to date in the master only", () => {
        assert.strictEqual(masterType("binary", "CHAR"), "string");
        assert.strictEqual(masterType("binary", "blob"), "binary");
        assert.strictEqual(masterType("string", "Date"), "date");
        assert.strictEqual(masterType("string", "varchar"), "string");
        assert.strictEqual(masterType("int", "date"), "int");
        assert.strictEqual(masterType("binary", undefined), "binary");
    });

    it("lists top-level columns lowercased, refuses a nested group at the group (before its children), and refuses odd names", () => {
        const schema = [
            el({ name: "root", num_children: 3 }),
            el({ name: "SalesId", type: "INT32" }),
            el({ name: "code", type: "BYTE_ARRAY" }),
            el({ name: "SaleDate", type: "BYTE_ARRAY", logical_type: { type: "STRING" } }),
        ];
        assert.deepStrictEqual(columnsFromSchema(schema, "sales", [{ columnName: "CODE", originalType: "char" }, { columnName: "saledate", originalType: "date" }]), [
            { name: "salesid", type: "int" },
            { name: "code", type: "string", stageType: "binary" },
            { name: "saledate", type: "date", stageType: "string" },
        ]);
        assert.deepStrictEqual(columnsFromSchema(schema, "sales"), [
            { name: "salesid", type: "int" }, { name: "code", type: "binary" }, { name: "saledate", type: "string" },
        ]);
        assert.deepStrictEqual(columnsFromSchema([el({ name: "root" })], "empty"), []);
        refused(() => columnsFromSchema([el({ name: "root", num_children: 1 }), el({ name: "sale id", type: "INT32" })], "sales"), UnsupportedExport,
            "table sales has the column \"sale id\", which is not a plain identifier");
        const nested = [
            el({ name: "root", num_children: 2 }),
            el({ name: "g", num_children: 2 }),
            el({ name: "a", type: "INT32" }),
            el({ name: "h", num_children: 1 }),
            el({ name: "b", type: "INT32" }),
            el({ name: "after", type: "INT32" }),
        ];
        refused(() => columnsFromSchema(nested, "t"), UnsupportedExport, "column g is a nested Parquet group, which the pipeline does not load");
    });
});
