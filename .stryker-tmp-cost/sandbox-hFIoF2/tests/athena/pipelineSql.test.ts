// @ts-nocheck
// The Athena pipeline SQL: exact text of every statement, the Athena-only DDL, and the DML's semantics on real Parquet with DuckDB.
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { parquetMetadata } from "hyparquet";
import { IDENTIFIER_PATTERN as CONFIG_IDENTIFIER_PATTERN } from "../../components/config";
import {
    buildTableStatements, createMasterTableSql, diffMergeSql, fullSyncMergeSql, IDENTIFIER_PATTERN, latestRowsSql,
    stageTableName, subtractSeconds, watermarkSql,
} from "../../sql/athena/pipeline";
import { columnsFromSchema } from "../../functions/pipeline/shared/parquetColumns";
import { exportTablePath, writeExportTable } from "./helpers/parquet";

const SALES = { name: "sales", primaryKey: ["salesid"], timestampColumn: "saletime" };
const COLUMNS = [{ name: "salesid", type: "int" }, { name: "qtysold", type: "int" }, { name: "saletime", type: "timestamp" }];
const STAGE = "run_r20261104t033000_1a2b3c4d_sales";

function footerSchema(file: string) {
    const bytes = fs.readFileSync(file);
    return parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer).schema;
}

describe("pipeline SQL builders (exact text)", () => {
    it("uses the same identifier rule as the stack config", () => {
        assert.strictEqual(IDENTIFIER_PATTERN.source, CONFIG_IDENTIFIER_PATTERN.source);
    });

    it("names the per-run table from the run id", () => {
        assert.strictEqual(stageTableName("r20261104t033000_1a2b3c4d", "Sales"), STAGE);
        assert.throws(() => stageTableName("r1; drop", "sales"), /run id "r1; drop" does not match/);
    });

    it("creates the Iceberg master with Athena DDL (Athena-only)", () => {
        assert.strictEqual(createMasterTableSql("analytics_dev", { name: "date", primaryKey: ["dateid"] }, [{ name: "dateid", type: "int" }, { name: "caldate", type: "date" }], "s3://master-bucket/master/date/"), [
            "CREATE TABLE IF NOT EXISTS `analytics_dev`.`date` (",
            "  `dateid` int,",
            "  `caldate` date",
            ")",
            "LOCATION 's3://master-bucket/master/date/'",
            "TBLPROPERTIES ('table_type'='ICEBERG', 'format'='parquet', 'write_compression'='zstd')",
        ].join("\n"));
    });

    it("dedupes by primary key, newest first, optionally since a bound", () => {
        assert.strictEqual(latestRowsSql("analytics_dev", STAGE, SALES, COLUMNS, "2026-11-03 09:55:00"),
            `SELECT "salesid", "qtysold", "saletime" FROM (SELECT "salesid", "qtysold", "saletime", row_number() OVER (PARTITION BY "salesid" ORDER BY "saletime" DESC) AS "_pipeline_rank" FROM "analytics_dev"."${STAGE}" WHERE "saletime" >= TIMESTAMP '2026-11-03 09:55:00') AS ranked WHERE "_pipeline_rank" = 1`);
    });

    it("builds the diff MERGE", () => {
        assert.strictEqual(diffMergeSql("analytics_dev", STAGE, SALES, COLUMNS, "2026-11-03 09:55:00"), [
            `MERGE INTO "analytics_dev"."sales" AS t`,
            `USING (SELECT "salesid", "qtysold", "saletime" FROM (SELECT "salesid", "qtysold", "saletime", row_number() OVER (PARTITION BY "salesid" ORDER BY "saletime" DESC) AS "_pipeline_rank" FROM "analytics_dev"."${STAGE}" WHERE "saletime" >= TIMESTAMP '2026-11-03 09:55:00') AS ranked WHERE "_pipeline_rank" = 1) AS s`,
            `ON (t."salesid" = s."salesid")`,
            `WHEN MATCHED THEN UPDATE SET "qtysold" = s."qtysold", "saletime" = s."saletime"`,
            `WHEN NOT MATCHED THEN INSERT ("salesid", "qtysold", "saletime") VALUES (s."salesid", s."qtysold", s."saletime")`,
        ].join("\n"));
    });

    it("builds the full-sync MERGE (one commit: upsert plus delete of rows no longer exported), composite keys too", () => {
        const table = { name: "listing", primaryKey: ["listid", "sellerid"] };
        const cols = [{ name: "listid", type: "int" }, { name: "sellerid", type: "int" }, { name: "price", type: "decimal(8,2)" }];
        const stage = "run_r20261104t033000_1a2b3c4d_listing";
        assert.strictEqual(fullSyncMergeSql("analytics_dev", stage, table, cols), [
            `MERGE INTO "analytics_dev"."listing" AS t`,
            `USING (SELECT "listid", "sellerid", "price", false AS "_pipeline_deleted" FROM (SELECT "listid", "sellerid", "price" FROM (SELECT "listid", "sellerid", "price", row_number() OVER (PARTITION BY "listid", "sellerid") AS "_pipeline_rank" FROM "analytics_dev"."${stage}") AS ranked WHERE "_pipeline_rank" = 1) AS latest UNION ALL SELECT m."listid", m."sellerid", m."price", true AS "_pipeline_deleted" FROM "analytics_dev"."listing" AS m WHERE NOT EXISTS (SELECT 1 FROM "analytics_dev"."${stage}" AS e WHERE e."listid" = m."listid" AND e."sellerid" = m."sellerid")) AS s`,
            `ON (t."listid" = s."listid" AND t."sellerid" = s."sellerid")`,
            `WHEN MATCHED AND s."_pipeline_deleted" THEN DELETE`,
            `WHEN MATCHED THEN UPDATE SET "price" = s."price"`,
            `WHEN NOT MATCHED THEN INSERT ("listid", "sellerid", "price") VALUES (s."listid", s."sellerid", s."price")`,
        ].join("\n"));
    });

    it("leaves out the UPDATE when every column is a key column", () => {
        const sql = fullSyncMergeSql("analytics_dev", STAGE, { name: "sales", primaryKey: ["salesid"] }, [{ name: "salesid", type: "int" }]);
        assert.ok(!sql.includes("UPDATE SET"));
    });

    it("builds the watermark query, with and without the previous watermark", () => {
        assert.strictEqual(watermarkSql("analytics_dev", STAGE, SALES), `SELECT CAST(max("saletime") AS varchar) AS "watermark" FROM "analytics_dev"."${STAGE}"`);
        assert.strictEqual(watermarkSql("analytics_dev", STAGE, SALES, "2026-11-03 10:00:00.123"),
            `SELECT CAST(max("saletime") AS varchar) AS "watermark" FROM "analytics_dev"."${STAGE}" WHERE "saletime" > TIMESTAMP '2026-11-03 10:00:00.123'`);
    });

    it("subtracts the overlap across day and year boundaries and keeps the fraction", () => {
        assert.strictEqual(subtractSeconds("2026-01-01 00:02:00.123456", 300), "2025-12-31 23:57:00.123456");
        assert.strictEqual(subtractSeconds("2026-03-01 00:00:00", 0), "2026-03-01 00:00:00");
    });

    it("picks full or diff per table", () => {
        const base = { database: "analytics_dev", stageTable: STAGE, columns: COLUMNS, masterLocation: "s3://master-bucket/master/sales/", overlapSeconds: 60 };
        assert.deepStrictEqual(
            [
                buildTableStatements({ ...base, table: SALES, mode: "diff", watermark: "2026-11-03 10:00:00" }),
                buildTableStatements({ ...base, table: SALES, mode: "diff" }),
                buildTableStatements({ ...base, table: SALES, mode: "all", watermark: "2026-11-03 10:00:00" }),
                buildTableStatements({ ...base, table: { name: "sales", primaryKey: ["salesid"] }, mode: "diff", watermark: "2026-11-03 10:00:00" }),
            ].map(s => [s.strategy, s.since, s.watermarkQuery !== null]),
            [["diff", "2026-11-03 09:59:00", true], ["full", null, true], ["full", null, true], ["full", null, false]],
        );
    });

    const refusals: [string, () => unknown, RegExp][] = [
        ["a quote in a column name", () => latestRowsSql("db", STAGE, SALES, [...COLUMNS, { name: "a\"b", type: "int" }]), /column of sales "a\\"b" is not a valid identifier/],
        ["an unknown type", () => latestRowsSql("db", STAGE, SALES, [...COLUMNS, { name: "x", type: "int); DROP TABLE t; --" }]), /unsupported type/],
        ["a reserved helper column", () => latestRowsSql("db", STAGE, SALES, [...COLUMNS, { name: "_pipeline_rank", type: "int" }]), /which the pipeline reserves/],
        ["a timestamp column of another type", () => latestRowsSql("db", STAGE, SALES, [{ name: "salesid", type: "int" }, { name: "saletime", type: "string" }]), /has type string; the diff needs a timestamp/],
        ["a quote in a watermark", () => diffMergeSql("db", STAGE, SALES, COLUMNS, "2026-11-03' OR '1'='1"), /is not of the form YYYY-MM-DD HH:MM:SS/],
        ["a quote in the master location", () => createMasterTableSql("db", SALES, COLUMNS, "s3://bucket-x/a'b/"), /is not an s3:\/\/bucket\/prefix\/ URI/],
        ["a bad database name", () => watermarkSql("analytics-dev", STAGE, SALES), /database "analytics-dev" is not a valid identifier/],
    ];
    for (const [what, build, message] of refusals) {
        it(`refuses ${what}`, () => {
            assert.throws(build, (e: Error) => e.name === "UnsafeSqlInputError" && message.test(e.message));
        });
    }
});

describe("pipeline SQL semantics on Parquet exports (DuckDB)", function () {
    this.timeout(60000);
    const DB = "analytics_dev";
    let root: string;
    let instance: DuckDBInstance;
    let conn: DuckDBConnection;
    let runs = 0;
    let watermark: string | undefined;

    before(async () => {
        root = fs.mkdtempSync(path.join(os.tmpdir(), "pipeline-sql-"));
        instance = await DuckDBInstance.create(":memory:");
        conn = await instance.connect();
        await conn.run(`CREATE SCHEMA src; CREATE SCHEMA ${DB}`);
        await conn.run(`CREATE TABLE src.sales (salesid INTEGER, qtysold SMALLINT, pricepaid DECIMAL(8,2), buyer VARCHAR, saletime TIMESTAMP)`);
        await conn.run(`INSERT INTO src.sales SELECT i, (i % 4 + 1)::SMALLINT, (i * 1.25)::DECIMAL(8,2), 'buyer' || i, TIMESTAMP '2026-11-01 00:00:00' + i * INTERVAL 1 MINUTE FROM range(1, 501) t(i)`);
    });
    after(() => {
        conn.closeSync();
        instance.closeSync();
        fs.rmSync(root, { recursive: true, force: true });
    });

    async function rows(sql: string): Promise<unknown[]> {
        return (await conn.runAndReadAll(sql)).getRowObjectsJson();
    }

    /** One run of the pipeline's SQL: export to Parquet (3 part files), expose, MERGE, advance the watermark. */
    async function run(mode: "all" | "diff", extraExportRows?: string): Promise<void> {
        const n = ++runs;
        const runId = `r2026110${n}t033000_0000000${n}`;
        const dir = exportTablePath(root, "exports", `analytics-dev-${n}`, "demodb", "sales");
        // extraExportRows: the same key twice in one export (e.g. a row updated while the export ran).
        await writeExportTable(conn, extraExportRows ? `SELECT * FROM src.sales UNION ALL ${extraExportRows}` : `SELECT * FROM src.sales`, dir, 3);
        const file = path.join(dir, "1", "part-00000-0.gz.parquet");
        const columns = columnsFromSchema(footerSchema(file), "sales");
        const stageTable = stageTableName(runId, "sales");
        await conn.run(`CREATE VIEW ${DB}."${stageTable}" AS SELECT * FROM read_parquet('${dir}/**/*.parquet')`);
        const s = buildTableStatements({ database: DB, stageTable, table: { name: "sales", primaryKey: ["salesid"], timestampColumn: "saletime" }, columns, masterLocation: "s3://master-bucket/master/sales/", mode, ...(watermark ? { watermark } : {}), overlapSeconds: 120 });
        // The Athena-only DDL, translated: backticks to double quotes, no LOCATION/TBLPROPERTIES.
        await conn.run(s.createMaster.replace(/`/g, "\"").replace(/\nLOCATION[\s\S]*$/, ""));
        const next = ((await conn.runAndReadAll(s.watermarkQuery!)).getRows()[0][0] as string | null);
        await conn.run(s.merge);
        if (next !== null) watermark = next;
        await conn.run(`DROP VIEW ${DB}."${stageTable}"`);
    }

    async function assertMasterEqualsSource(): Promise<void> {
        assert.deepStrictEqual(await rows(`SELECT * FROM ${DB}.sales ORDER BY salesid`), await rows(`SELECT * FROM src.sales ORDER BY salesid`));
    }

    it("maps the export's Parquet types for Athena", async () => {
        const dir = exportTablePath(root, "exports", "types", "demodb", "sales");
        await writeExportTable(conn, `SELECT * FROM src.sales`, dir);
        assert.deepStrictEqual(columnsFromSchema(footerSchema(path.join(dir, "1", "part-00000-0.gz.parquet")), "sales"), [
            { name: "salesid", type: "int" }, { name: "qtysold", type: "int" }, { name: "pricepaid", type: "decimal(8,2)" },
            { name: "buyer", type: "string" }, { name: "saletime", type: "timestamp" },
        ]);
    });

    it("all: the master equals the source, and the watermark is the newest timestamp", async () => {
        await run("all");
        await assertMasterEqualsSource();
        assert.strictEqual(watermark, "2026-11-01 08:20:00");
    });

    it("diff: updates, inserts and a key exported twice end as one row each, newest wins", async () => {
        await conn.run(`UPDATE src.sales SET pricepaid = 1.00, saletime = TIMESTAMP '2026-11-02 10:00:00' WHERE salesid IN (7, 300)`);
        await conn.run(`INSERT INTO src.sales VALUES (501, 1, 2.00, 'new', TIMESTAMP '2026-11-02 11:00:00')`);
        await run("diff", `SELECT 501, 1::SMALLINT, 0.50::DECIMAL(8,2), 'older copy', TIMESTAMP '2026-11-02 10:59:00'`);
        await assertMasterEqualsSource();
        assert.strictEqual(watermark, "2026-11-02 11:00:00");
    });

    it("diff re-run with no changes is a no-op and keeps the watermark", async () => {
        await run("diff");
        await run("diff");
        await assertMasterEqualsSource();
        assert.strictEqual(watermark, "2026-11-02 11:00:00");
    });

    it("diff after skipped days picks up every change since the watermark", async () => {
        for (const day of [3, 4, 5, 6]) {
            await conn.run(`INSERT INTO src.sales VALUES (${600 + day}, 1, 1.00, 'd${day}', TIMESTAMP '2026-11-0${day} 12:00:00')`);
            await conn.run(`UPDATE src.sales SET buyer = 'changed on ${day}', saletime = TIMESTAMP '2026-11-0${day} 13:00:00' WHERE salesid = ${day * 10}`);
        }
        await run("diff");
        await assertMasterEqualsSource();
        assert.strictEqual(watermark, "2026-11-06 13:00:00");
    });

    it("all after source deletes removes them from the master; diff alone would not", async () => {
        await conn.run(`DELETE FROM src.sales WHERE salesid IN (1, 2, 3)`);
        await run("diff");
        assert.deepStrictEqual(await rows(`SELECT count(*)::INTEGER AS n FROM ${DB}.sales WHERE salesid IN (1, 2, 3)`), [{ n: 3 }]);
        await run("all");
        await assertMasterEqualsSource();
    });
});
