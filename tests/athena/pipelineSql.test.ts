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
    stageStatsSql, stageTableName, subtractSeconds,
} from "../../sql/athena/pipeline";
import { columnsFromSchema } from "../../functions/pipeline/shared/parquetColumns";
import { hiveRead, installTrinoFunctions } from "./helpers/localPipeline";
import { exportTableDir, MysqlTable, writeExport } from "./helpers/rdsExport";

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
            "TBLPROPERTIES ('table_type'='ICEBERG', 'format'='parquet', 'write_compression'='zstd', 'vacuum_max_snapshot_age_seconds'='432000', 'vacuum_min_snapshots_to_keep'='1')",
        ].join("\n"));
    });

    it("dedupes by primary key, newest first, optionally since a bound", () => {
        assert.strictEqual(latestRowsSql("analytics_dev", STAGE, SALES, COLUMNS, "2026-11-03 09:55:00"),
            `SELECT "salesid", "qtysold", "saletime" FROM (SELECT "salesid", "qtysold", "saletime", row_number() OVER (PARTITION BY "salesid" ORDER BY "saletime" DESC NULLS LAST) AS "_pipeline_rank" FROM "analytics_dev"."${STAGE}" WHERE ("saletime" >= TIMESTAMP '2026-11-03 09:55:00' OR "saletime" IS NULL) AND "salesid" IS NOT NULL) AS ranked WHERE "_pipeline_rank" = 1`);
    });

    it("builds the diff MERGE", () => {
        assert.strictEqual(diffMergeSql("analytics_dev", STAGE, SALES, COLUMNS, "2026-11-03 09:55:00"), [
            `MERGE INTO "analytics_dev"."sales" AS t`,
            `USING (SELECT "salesid", "qtysold", "saletime" FROM (SELECT "salesid", "qtysold", "saletime", row_number() OVER (PARTITION BY "salesid" ORDER BY "saletime" DESC NULLS LAST) AS "_pipeline_rank" FROM "analytics_dev"."${STAGE}" WHERE ("saletime" >= TIMESTAMP '2026-11-03 09:55:00' OR "saletime" IS NULL) AND "salesid" IS NOT NULL) AS ranked WHERE "_pipeline_rank" = 1) AS s`,
            `ON (t."salesid" = s."salesid")`,
            `WHEN MATCHED AND (t."qtysold" IS DISTINCT FROM s."qtysold" OR t."saletime" IS DISTINCT FROM s."saletime") THEN UPDATE SET "qtysold" = s."qtysold", "saletime" = s."saletime"`,
            `WHEN NOT MATCHED THEN INSERT ("salesid", "qtysold", "saletime") VALUES (s."salesid", s."qtysold", s."saletime")`,
        ].join("\n"));
    });

    it("builds the full-sync MERGE (one commit: upsert plus delete of rows no longer exported), composite keys too", () => {
        const table = { name: "listing", primaryKey: ["listid", "sellerid"] };
        const cols = [{ name: "listid", type: "int" }, { name: "sellerid", type: "int" }, { name: "price", type: "decimal(8,2)" }];
        const stage = "run_r20261104t033000_1a2b3c4d_listing";
        assert.strictEqual(fullSyncMergeSql("analytics_dev", stage, table, cols), [
            `MERGE INTO "analytics_dev"."listing" AS t`,
            `USING (SELECT "listid", "sellerid", "price", false AS "_pipeline_deleted" FROM (SELECT "listid", "sellerid", "price" FROM (SELECT "listid", "sellerid", "price", row_number() OVER (PARTITION BY "listid", "sellerid") AS "_pipeline_rank" FROM "analytics_dev"."${stage}" WHERE "listid" IS NOT NULL AND "sellerid" IS NOT NULL) AS ranked WHERE "_pipeline_rank" = 1) AS latest UNION ALL SELECT m."listid", m."sellerid", m."price", true AS "_pipeline_deleted" FROM "analytics_dev"."listing" AS m WHERE NOT EXISTS (SELECT 1 FROM "analytics_dev"."${stage}" AS e WHERE e."listid" = m."listid" AND e."sellerid" = m."sellerid")) AS s`,
            `ON (t."listid" = s."listid" AND t."sellerid" = s."sellerid")`,
            `WHEN MATCHED AND s."_pipeline_deleted" THEN DELETE`,
            `WHEN MATCHED AND (t."price" IS DISTINCT FROM s."price") THEN UPDATE SET "price" = s."price"`,
            `WHEN NOT MATCHED AND NOT s."_pipeline_deleted" THEN INSERT ("listid", "sellerid", "price") VALUES (s."listid", s."sellerid", s."price")`,
        ].join("\n"));
    });

    it("leaves out the UPDATE when every column is a key column", () => {
        const sql = fullSyncMergeSql("analytics_dev", STAGE, { name: "sales", primaryKey: ["salesid"] }, [{ name: "salesid", type: "int" }]);
        assert.ok(!sql.includes("UPDATE SET"));
    });

    it("builds the stats query (watermark and the export's counts), with and without the previous watermark", () => {
        const capped = `CASE WHEN max("saletime") > TIMESTAMP '2026-11-04 03:30:00.000' THEN TIMESTAMP '2026-11-04 03:30:00.000' ELSE max("saletime") END`;
        const counts = `CAST("stage_rows" AS varchar) AS "stage_rows", CAST("null_key_rows" AS varchar) AS "null_key_rows", CAST("invalid_values" AS varchar) AS "invalid_values"`;
        const tail = `count(*) AS "stage_rows", count_if("salesid" IS NULL) AS "null_key_rows", 0 AS "invalid_values" FROM "analytics_dev"."${STAGE}") AS stats`;
        assert.strictEqual(stageStatsSql("analytics_dev", STAGE, SALES, COLUMNS, "2026-11-04 03:30:00.000"),
            `SELECT CAST("w" AS varchar) AS "watermark", ${counts} FROM (SELECT ${capped} AS "w", ${tail}`);
        const since = `CASE WHEN "saletime" > TIMESTAMP '2026-11-03 10:00:00.123' THEN "saletime" END`;
        assert.strictEqual(stageStatsSql("analytics_dev", STAGE, SALES, COLUMNS, "2026-11-04 03:30:00.000", "2026-11-03 10:00:00.123"),
            `SELECT CAST(CASE WHEN "w" > TIMESTAMP '2026-11-03 10:00:00.123' THEN "w" END AS varchar) AS "watermark", ${counts} FROM (SELECT `
            + `CASE WHEN max(${since}) > TIMESTAMP '2026-11-04 03:30:00.000' THEN TIMESTAMP '2026-11-04 03:30:00.000' ELSE max(${since}) END AS "w", ${tail}`);
        assert.strictEqual(stageStatsSql("analytics_dev", STAGE, { name: "sales", primaryKey: ["salesid", "qtysold"] }, COLUMNS, "2026-11-04 03:30:00.000", "2026-11-03 10:00:00.123"),
            `SELECT CAST(NULL AS varchar) AS "watermark", ${counts} FROM (SELECT count(*) AS "stage_rows", count_if("salesid" IS NULL OR "qtysold" IS NULL) AS "null_key_rows", 0 AS "invalid_values" FROM "analytics_dev"."${STAGE}") AS stats`);
    });

    it("converts the stage's bigint microseconds and date text exactly, NULL for a refused value, and counts the refusals", () => {
        const cols = [{ name: "salesid", type: "int" }, { name: "caldate", type: "date", stageType: "string" }, { name: "saletime", type: "timestamp", stageType: "bigint" }];
        const micros = `TRY(CAST(date_add('second', ("saletime" - mod("saletime", 1000000)) / 1000000, from_unixtime_nanos(mod("saletime", 1000000) * 1000)) AS timestamp(6)))`;
        const sql = stageStatsSql("analytics_dev", STAGE, SALES, cols, "2026-11-04 03:30:00.000");
        assert.ok(sql.includes(`CASE WHEN max(${micros}) > TIMESTAMP '2026-11-04 03:30:00.000'`), sql);
        assert.ok(sql.includes(`count_if("caldate" IS NOT NULL AND TRY(CAST("caldate" AS date)) IS NULL) + count_if("saletime" IS NOT NULL AND ${micros} IS NULL) AS "invalid_values"`), sql);
    });

    it("subtracts the overlap across day and year boundaries and keeps the fraction", () => {
        assert.strictEqual(subtractSeconds("2026-01-01 00:02:00.123456", 300), "2025-12-31 23:57:00.123456");
        assert.strictEqual(subtractSeconds("2026-03-01 00:00:00", 0), "2026-03-01 00:00:00");
        assert.strictEqual(subtractSeconds("0050-03-01 00:00:00.5", 86400), "0050-02-28 00:00:00.5", "years below 100 are not 19xx");
    });

    it("picks full or diff per table", () => {
        const base = { database: "analytics_dev", stageTable: STAGE, columns: COLUMNS, masterLocation: "s3://master-bucket/master/sales/", overlapSeconds: 60, snapshotTime: "2026-11-04 03:30:00", masterColumns: COLUMNS };
        assert.deepStrictEqual(
            [
                buildTableStatements({ ...base, table: SALES, mode: "diff", watermark: "2026-11-03 10:00:00" }),
                buildTableStatements({ ...base, table: SALES, mode: "diff" }),
                buildTableStatements({ ...base, table: SALES, mode: "all", watermark: "2026-11-03 10:00:00" }),
                buildTableStatements({ ...base, table: { name: "sales", primaryKey: ["salesid"] }, mode: "diff", watermark: "2026-11-03 10:00:00" }),
            ].map(s => [s.strategy, s.since, s.watermarkQuery.startsWith(`SELECT CAST(NULL AS varchar) AS "watermark"`)]),
            [["diff", "2026-11-03 09:59:00", false], ["full", null, false], ["full", null, false], ["full", null, true]],
        );
    });

    const refusals: [string, () => unknown, RegExp][] = [
        ["a quote in a column name", () => latestRowsSql("db", STAGE, SALES, [...COLUMNS, { name: "a\"b", type: "int" }]), /column of sales "a\\"b" is not a valid identifier/],
        ["an unknown type", () => latestRowsSql("db", STAGE, SALES, [...COLUMNS, { name: "x", type: "int); DROP TABLE t; --" }]), /unsupported type/],
        ["a reserved helper column", () => latestRowsSql("db", STAGE, SALES, [...COLUMNS, { name: "_pipeline_rank", type: "int" }]), /which the pipeline reserves/],
        ["a timestamp column of another type", () => latestRowsSql("db", STAGE, SALES, [{ name: "salesid", type: "int" }, { name: "saletime", type: "string" }]), /has type string; the diff needs a timestamp/],
        ["a quote in a watermark", () => diffMergeSql("db", STAGE, SALES, COLUMNS, "2026-11-03' OR '1'='1"), /is not of the form YYYY-MM-DD HH:MM:SS/],
        ["a quote in the master location", () => createMasterTableSql("db", SALES, COLUMNS, "s3://bucket-x/a'b/"), /is not an s3:\/\/bucket\/prefix\/ URI/],
        ["a bad database name", () => stageStatsSql("analytics-dev", STAGE, SALES, COLUMNS, "2026-11-04 03:30:00"), /database "analytics-dev" is not a valid identifier/],
        ["a quote in the snapshot time", () => stageStatsSql("db", STAGE, SALES, COLUMNS, "2026-11-04' --"), /is not of the form YYYY-MM-DD HH:MM:SS/],
    ];
    for (const [what, build, message] of refusals) {
        it(`refuses ${what}`, () => {
            assert.throws(build, (e: Error) => e.name === "UnsafeSqlInputError" && message.test(e.message));
        });
    }
});

describe("pipeline SQL semantics on RDS-export-shaped Parquet (DuckDB)", function () {
    this.timeout(120000);
    const DB = "analytics_dev";
    const SOURCE: MysqlTable = { name: "sales", columns: [{ name: "salesid", type: "int" }, { name: "qtysold", type: "smallint" }, { name: "pricepaid", type: "decimal(8,2)" }, { name: "buyer", type: "char(8)" }, { name: "saletime", type: "datetime" }] };
    const TABLE = { name: "sales", primaryKey: ["salesid"], timestampColumn: "saletime" };
    const SNAPSHOT = "2030-01-01 00:00:00.000";
    let root: string;
    let instance: DuckDBInstance;
    let conn: DuckDBConnection;
    let runs = 0;
    let watermark: string | undefined;

    before(async () => {
        root = fs.mkdtempSync(path.join(os.tmpdir(), "pipeline-sql-"));
        instance = await DuckDBInstance.create(":memory:");
        conn = await instance.connect();
        // Trino's from_utf8, which the MERGE uses to turn exported CHAR bytes into varchar.
        await conn.run(`CREATE SCHEMA src; CREATE SCHEMA ${DB}`);
        await installTrinoFunctions(conn);
        await conn.run(`CREATE TABLE src.sales (salesid INTEGER, qtysold INTEGER, pricepaid DECIMAL(8,2), buyer VARCHAR, saletime TIMESTAMP)`);
        await conn.run(`INSERT INTO src.sales SELECT i, i % 4 + 1, (i * 1.25)::DECIMAL(8,2), 'b' || i, TIMESTAMP '2026-11-01 00:00:00' + i * INTERVAL 1 MINUTE FROM range(1, 1001) t(i)`);
    });
    after(() => {
        conn.closeSync();
        instance.closeSync();
        fs.rmSync(root, { recursive: true, force: true });
    });

    async function rows(sql: string): Promise<unknown[]> {
        return (await conn.runAndReadAll(sql)).getRowObjectsJson();
    }

    /** Exports src.sales with the RDS-export fixture (3 part files) and exposes it as the per-run table. */
    async function exportRun(): Promise<{ stageTable: string; columns: ReturnType<typeof columnsFromSchema> }> {
        const n = ++runs;
        const exportTaskId = `analytics-dev-${n}`;
        const text = (await conn.runAndReadAll(`SELECT ${SOURCE.columns.map(c => `CAST("${c.name}" AS VARCHAR)`).join(", ")} FROM src.sales`)).getRows()
            .map(r => r.map(v => (v === null ? null : String(v))));
        writeExport({ root, prefix: "exports", exportTaskId, db: "demodb", sourceArn: "arn:aws:rds:us-east-1:123456789012:cluster:demo", snapshotTime: "2030-01-01T00:00:00Z", tables: [{ table: SOURCE, rows: text, parts: 3 }] });
        const dir = exportTableDir(root, "exports", exportTaskId, "demodb", "sales");
        const info = JSON.parse(fs.readFileSync(path.join(root, "exports", exportTaskId, `export_tables_info_${exportTaskId}_from_1_to_1.json`), "utf8"));
        const part = fs.readdirSync(path.join(dir, "1")).sort()[0];
        const columns = columnsFromSchema(footerSchema(path.join(dir, "1", part)), "sales", info.perTableStatus[0].schemaMetadata.originalTypeMappings);
        const stageTable = stageTableName(`r2026110${n % 10}t033000_0000${String(n).padStart(4, "0")}`, "sales");
        // The per-run table as Athena's Hive reader sees it: the Glue types prepareTable declares (columns' stageType).
        const files = `read_parquet('${dir}/**/*.parquet')`;
        const parquetTypes = new Map((await rows(`DESCRIBE SELECT * FROM ${files}`) as { column_name: string; column_type: string }[]).map(r => [r.column_name, r.column_type]));
        await conn.run(`CREATE OR REPLACE VIEW ${DB}."${stageTable}" AS SELECT ${columns.map(c => `${hiveRead(c.name, c.stageType ?? c.type, parquetTypes.get(c.name))} AS "${c.name}"`).join(", ")} FROM ${files}`);
        return { stageTable, columns };
    }

    /** One run of the pipeline's SQL; returns the MERGE's affected-row count (DuckDB reports it as Count). */
    async function run(mode: "all" | "diff"): Promise<number> {
        const { stageTable, columns } = await exportRun();
        const exists = (await rows(`SELECT 1 FROM duckdb_tables() WHERE schema_name = '${DB}' AND table_name = 'sales'`)).length > 0;
        const s = buildTableStatements({
            database: DB, stageTable, table: TABLE, columns, masterLocation: "s3://master-bucket/master/sales/", mode,
            ...(watermark ? { watermark } : {}), overlapSeconds: 120, snapshotTime: SNAPSHOT, ...(exists ? { masterColumns: columns } : {}),
        });
        // The Athena-only DDL, translated: backticks to double quotes, no LOCATION/TBLPROPERTIES.
        await conn.run(s.createMaster.replace(/`/g, "\"").replace(/\nLOCATION[\s\S]*$/, ""));
        const next = ((await conn.runAndReadAll(s.watermarkQuery!)).getRows()[0][0] as string | null);
        const count = Number((await conn.runAndReadAll(s.merge)).getRows()[0][0]);
        if (next !== null) watermark = next;
        await conn.run(`DROP VIEW ${DB}."${stageTable}"`);
        return count;
    }

    async function assertMasterEqualsSource(): Promise<void> {
        assert.deepStrictEqual(await rows(`SELECT * FROM ${DB}.sales ORDER BY salesid`), await rows(`SELECT * FROM src.sales ORDER BY salesid`));
    }

    it("reads the export's types: CHAR as binary in the stage and string in the master, DATETIME as timestamp, exact decimals", async () => {
        const { stageTable, columns } = await exportRun();
        assert.deepStrictEqual(columns, [
            { name: "salesid", type: "int" }, { name: "qtysold", type: "int" }, { name: "pricepaid", type: "decimal(8,2)" },
            { name: "buyer", type: "string", stageType: "binary" }, { name: "saletime", type: "timestamp", stageType: "bigint" },
        ]);
        assert.deepStrictEqual(await rows(`SELECT data_type FROM duckdb_columns() WHERE schema_name = '${DB}' AND table_name = '${stageTable}' AND column_name = 'buyer'`), [{ data_type: "BLOB" }]);
        assert.deepStrictEqual(await rows(`SELECT buyer, pricepaid::VARCHAR AS p FROM (${latestRowsSql(DB, stageTable, TABLE, columns)}) AS l WHERE salesid = 7`), [{ buyer: "b7", p: "8.75" }]);
        await conn.run(`DROP VIEW ${DB}."${stageTable}"`);
    });

    it("all: the master equals the source, and the watermark is the newest timestamp", async () => {
        assert.strictEqual(await run("all"), 1000);
        await assertMasterEqualsSource();
        assert.strictEqual(watermark, "2026-11-01 16:40:00");
    });

    it("a full sync that finds 1% of rows changed updates exactly those rows (IS DISTINCT FROM)", async () => {
        await conn.run(`UPDATE src.sales SET buyer = 'changed' WHERE salesid % 100 = 0`);
        assert.strictEqual(await run("all"), 10);
        await assertMasterEqualsSource();
        assert.strictEqual(await run("all"), 0, "an unchanged export rewrites nothing");
    });

    it("diff: a row exactly on the >= bound (watermark minus overlap) is merged, one a microsecond earlier is not", async () => {
        // Watermark 16:40:00 minus a 120 s overlap: the bound is 16:38:00.
        await conn.run(`UPDATE src.sales SET buyer = 'on bound', saletime = TIMESTAMP '2026-11-01 16:38:00' WHERE salesid = 1`);
        await conn.run(`UPDATE src.sales SET buyer = 'before', saletime = TIMESTAMP '2026-11-01 16:37:59.999999' WHERE salesid = 2`);
        assert.strictEqual(await run("diff"), 1);
        assert.deepStrictEqual(await rows(`SELECT salesid, buyer FROM ${DB}.sales WHERE salesid IN (1, 2) ORDER BY salesid`), [{ salesid: 1, buyer: "on bound" }, { salesid: 2, buyer: "b2" }]);
        assert.strictEqual(watermark, "2026-11-01 16:40:00");
    });

    it("diff: a NULL change value is merged on purpose; a future-dated row caps the watermark at the snapshot time", async () => {
        await conn.run(`UPDATE src.sales SET buyer = 'no time', saletime = NULL WHERE salesid = 3`);
        await conn.run(`UPDATE src.sales SET buyer = 'future', saletime = TIMESTAMP '2031-06-01 00:00:00' WHERE salesid = 4`);
        assert.strictEqual(await run("diff"), 2);
        assert.deepStrictEqual(await rows(`SELECT salesid, buyer FROM ${DB}.sales WHERE salesid IN (3, 4) ORDER BY salesid`), [{ salesid: 3, buyer: "no time" }, { salesid: 4, buyer: "future" }]);
        assert.strictEqual(watermark, "2030-01-01 00:00:00");
    });

    it("all after source deletes removes them from the master; diff alone would not", async () => {
        await conn.run(`DELETE FROM src.sales WHERE salesid IN (10, 11, 12)`);
        await run("diff");
        assert.deepStrictEqual(await rows(`SELECT count(*)::INTEGER AS n FROM ${DB}.sales WHERE salesid IN (10, 11, 12)`), [{ n: 3 }]);
        await run("all");
        await assertMasterEqualsSource();
    });
});
