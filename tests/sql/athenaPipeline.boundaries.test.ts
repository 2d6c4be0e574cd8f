// The pipeline SQL's bounds as semantics, on DuckDB: a row exactly on the diff bound (>=) is read, a row exactly on
// the previous watermark (>) does not move it, one microsecond either side decides.
import * as assert from "assert";
import { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { diffMergeSql, latestRowsSql, stageStatsSql, subtractSeconds } from "../../sql/athena/pipeline";

const DB = "analytics_dev";
const STAGE = "run_r20261104t033000_1a2b3c4d_sales";
const SALES = { name: "sales", primaryKey: ["salesid"], timestampColumn: "saletime" };
const COLUMNS = [{ name: "salesid", type: "int" }, { name: "qtysold", type: "int" }, { name: "saletime", type: "timestamp" }];
const BOUND = "2026-11-03 09:55:00";
/** An export snapshot after every row, so the cap at the snapshot time does not decide these cases. */
const SNAPSHOT = "2026-11-04 03:30:00";

describe("pipeline SQL bounds on DuckDB", function () {
    this.timeout(60000);
    let instance: DuckDBInstance;
    let conn: DuckDBConnection;

    before(async () => {
        instance = await DuckDBInstance.create(":memory:");
        conn = await instance.connect();
        await conn.run(`CREATE SCHEMA ${DB}`);
        await conn.run(`CREATE TABLE ${DB}."${STAGE}" (salesid INTEGER, qtysold INTEGER, saletime TIMESTAMP)`);
        await conn.run(`INSERT INTO ${DB}."${STAGE}" VALUES
            (1, 1, TIMESTAMP '2026-11-03 09:54:59.999999'),
            (2, 2, TIMESTAMP '2026-11-03 09:55:00'),
            (3, 3, TIMESTAMP '2026-11-03 09:55:00.000001'),
            (4, 4, TIMESTAMP '2026-11-03 09:55:00'),
            (4, 5, TIMESTAMP '2026-11-03 09:54:00')`);
        await conn.run(`CREATE TABLE ${DB}.sales (salesid INTEGER, qtysold INTEGER, saletime TIMESTAMP)`);
    });
    after(() => {
        conn.closeSync();
        instance.closeSync();
    });

    async function rows(sql: string): Promise<unknown[]> {
        return (await conn.runAndReadAll(`${sql} ORDER BY 1`)).getRowsJson();
    }

    async function watermark(previous?: string): Promise<unknown> {
        return (await conn.runAndReadAll(stageStatsSql(DB, STAGE, SALES, COLUMNS, SNAPSHOT, previous))).getRowsJson()[0][0];
    }

    it("diff reads the row exactly on the bound and newer ones, not one microsecond older", async () => {
        assert.deepStrictEqual(await rows(latestRowsSql(DB, STAGE, SALES, COLUMNS, BOUND)), [
            [2, 2, "2026-11-03 09:55:00"],
            [3, 3, "2026-11-03 09:55:00.000001"],
            [4, 4, "2026-11-03 09:55:00"],
        ]);
    });

    it("without a bound reads every key once, the newest copy", async () => {
        assert.deepStrictEqual(await rows(latestRowsSql(DB, STAGE, SALES, COLUMNS)), [
            [1, 1, "2026-11-03 09:54:59.999999"],
            [2, 2, "2026-11-03 09:55:00"],
            [3, 3, "2026-11-03 09:55:00.000001"],
            [4, 4, "2026-11-03 09:55:00"],
        ]);
    });

    it("the diff MERGE upserts the row on the bound", async () => {
        await conn.run(`INSERT INTO ${DB}.sales VALUES (2, 0, TIMESTAMP '2026-11-01 00:00:00'), (1, 0, TIMESTAMP '2026-11-01 00:00:00')`);
        await conn.run(diffMergeSql(DB, STAGE, SALES, COLUMNS, BOUND));
        assert.deepStrictEqual(await rows(`SELECT * FROM ${DB}.sales`), [
            [1, 0, "2026-11-01 00:00:00"],
            [2, 2, "2026-11-03 09:55:00"],
            [3, 3, "2026-11-03 09:55:00.000001"],
            [4, 4, "2026-11-03 09:55:00"],
        ]);
    });

    it("the watermark moves only past the previous one: a row exactly on it leaves NULL", async () => {
        assert.strictEqual(await watermark(), "2026-11-03 09:55:00.000001");
        assert.strictEqual(await watermark("2026-11-03 09:55:00"), "2026-11-03 09:55:00.000001");
        assert.strictEqual(await watermark("2026-11-03 09:55:00.000001"), null);
        assert.strictEqual(await watermark("2026-11-03 09:55:00.000000"), "2026-11-03 09:55:00.000001");
    });

    it("the bound is the watermark minus the overlap, 0 included, across midnight, fraction kept", () => {
        assert.deepStrictEqual([
            subtractSeconds("2026-11-03 09:55:00", 0),
            subtractSeconds("2026-11-03 00:00:00.000001", 1),
            subtractSeconds("2026-01-01 00:01:00.5", 120),
        ], ["2026-11-03 09:55:00", "2026-11-02 23:59:59.000001", "2025-12-31 23:59:00.5"]);
        assert.throws(() => subtractSeconds("2026-11-03 09:55:00", -1), /overlap -1 is not a whole number of seconds >= 0/);
        assert.throws(() => subtractSeconds("2026-11-03 09:55:00", 1.5), /overlap 1.5 is not a whole number of seconds >= 0/);
    });
});

describe("pipeline SQL refusals: every column check names the table", () => {
    const refuses = (f: () => unknown, message: string) =>
        assert.throws(f, (e: unknown) => e instanceof Error && e.name === "UnsafeSqlInputError" && e.message === message);

    it("refuses missing, repeated and absent key or timestamp columns", () => {
        refuses(() => latestRowsSql(DB, STAGE, SALES, []), "table sales has no columns");
        refuses(() => latestRowsSql(DB, STAGE, SALES, [...COLUMNS, COLUMNS[0]]), "table sales has the column salesid twice");
        refuses(() => latestRowsSql(DB, STAGE, SALES, COLUMNS.slice(1)), "primary key column salesid is not in the exported columns of sales");
        refuses(() => latestRowsSql(DB, STAGE, SALES, COLUMNS.slice(0, 2)), "timestamp column saletime is not in the exported columns of sales");
    });

    it("refuses a bound that is not a timestamp, and time bounds on a table without a timestamp column", () => {
        refuses(() => latestRowsSql(DB, STAGE, SALES, COLUMNS, "2026-11-03"), 'timestamp "2026-11-03" is not of the form YYYY-MM-DD HH:MM:SS[.fraction]');
        refuses(() => subtractSeconds("2026-11-03", 60), 'timestamp "2026-11-03" is not of the form YYYY-MM-DD HH:MM:SS[.fraction]');
        const venue = { name: "venue", primaryKey: ["salesid"] };
        refuses(() => latestRowsSql(DB, STAGE, venue, COLUMNS, BOUND), "table venue has no timestamp column, so it cannot be filtered by time");
        assert.match(stageStatsSql(DB, STAGE, venue, COLUMNS, SNAPSHOT, BOUND), /^SELECT CAST\(NULL AS varchar\) AS "watermark", /, "no change column: no watermark");
    });

    it("leaves the UPDATE out of a diff MERGE when every column is a key column", () => {
        const keysOnly = { name: "sales", primaryKey: ["salesid", "saletime"], timestampColumn: "saletime" };
        assert.strictEqual(diffMergeSql(DB, STAGE, keysOnly, [COLUMNS[0], COLUMNS[2]], BOUND), [
            `MERGE INTO "${DB}"."sales" AS t`,
            `USING (SELECT "salesid", "saletime" FROM (SELECT "salesid", "saletime", row_number() OVER (PARTITION BY "salesid", "saletime" ORDER BY "saletime" DESC NULLS LAST) AS "_pipeline_rank" FROM "${DB}"."${STAGE}" WHERE ("saletime" >= TIMESTAMP '${BOUND}' OR "saletime" IS NULL) AND "salesid" IS NOT NULL AND "saletime" IS NOT NULL) AS ranked WHERE "_pipeline_rank" = 1) AS s`,
            `ON (t."salesid" = s."salesid" AND t."saletime" = s."saletime")`,
            `WHEN NOT MATCHED THEN INSERT ("salesid", "saletime") VALUES (s."salesid", s."saletime")`,
        ].join("\n"));
    });
});
