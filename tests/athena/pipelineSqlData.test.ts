// The Athena pipeline's data rules on the export-shaped fixture and the local pipeline: NULL keys, microseconds, missing
// files, values Athena refuses, maintenance quoting, query size, master locations, and the fakes' own AWS rules.
import * as assert from "assert";
import { buildTableStatements, ColumnDefinition, masterLocation } from "../../sql/athena/pipeline";
import * as fs from "fs";
import * as path from "path";
import { unexplainedExportObjects } from "../../functions/pipeline/prepareTable";
import { ATHENA_QUERY_MAX_BYTES, LocalPipeline } from "./helpers/localPipeline";

const TICKETS = {
    source: { name: "tickets", columns: [{ name: "ticketid", type: "int" }, { name: "seat", type: "varchar(10)" }] },
    // primaryKey is user config: nothing in MySQL makes this column NOT NULL.
    config: { name: "tickets", primaryKey: ["ticketid"] },
};

interface TableResult { table: string; failed: boolean; nullKeyRows?: string; invalidValues?: string; error?: string; cause?: string }

/** The run's per-table results: the Distributed Map writes them to S3 (ResultWriter), where CleanUp reads them. */
async function tableResults(w: LocalPipeline): Promise<TableResult[]> {
    return (await w.tableResults()) as TableResult[];
}

describe("pipeline data, executed locally on the export fixture", function () {
    this.timeout(120000);
    let w: LocalPipeline;

    afterEach(async () => {
        await w.close();
    });

    it("a NULL key is skipped and counted in the run result; over four full syncs the master keeps exactly the same rows", async () => {
        w = await LocalPipeline.create({ extraTables: [TICKETS] });
        await w.conn.run(`INSERT INTO aurora.tickets VALUES (1, 'A1'), (2, 'A2'), (NULL, 'no key')`);
        for (let sync = 1; sync <= 4; sync++) {
            const run = await w.run({ mode: "all", tables: ["tickets"] });
            assert.ok(run.ok, run.error?.message);
            assert.deepStrictEqual(await tableResults(w), [{ table: "tickets", failed: false, nullKeyRows: "1", invalidValues: "0" }], `sync ${sync}`);
            assert.deepStrictEqual(await w.rows(`SELECT ticketid, seat FROM analytics_dev.tickets ORDER BY ticketid NULLS LAST`),
                [{ ticketid: 1, seat: "A1" }, { ticketid: 2, seat: "A2" }], `sync ${sync}`);
        }
    });

    it("a master row whose key is NULL (loaded before the fix) is never inserted again: it stays one row over four full syncs", async () => {
        w = await LocalPipeline.create({ extraTables: [TICKETS] });
        await w.conn.run(`INSERT INTO aurora.tickets VALUES (1, 'A1')`);
        assert.ok((await w.run({ mode: "all", tables: ["tickets"] })).ok);
        await w.conn.run(`INSERT INTO analytics_dev.tickets VALUES (NULL, 'old null key')`);
        for (let sync = 1; sync <= 4; sync++) {
            assert.ok((await w.run({ mode: "all", tables: ["tickets"] })).ok);
            assert.deepStrictEqual(await w.rows(`SELECT ticketid, seat FROM analytics_dev.tickets ORDER BY ticketid NULLS LAST`),
                [{ ticketid: 1, seat: "A1" }, { ticketid: null, seat: "old null key" }], `sync ${sync}`);
        }
    });

    it("a DATETIME ending in .999999 reaches the master exactly (the stage is read at Hive's millisecond precision), and so does the watermark", async () => {
        w = await LocalPipeline.create();
        await w.conn.run(`INSERT INTO aurora.sales VALUES (1, 2, 10.00, TIMESTAMP '2026-11-01 23:59:59.999999'), (2, 1, 5.00, TIMESTAMP '2026-11-01 10:00:00.000001')`);
        const run = await w.run({ mode: "all", tables: ["sales"] });
        assert.ok(run.ok, run.error?.message);
        assert.deepStrictEqual(await w.rows(`SELECT salesid, CAST(saletime AS VARCHAR) AS t FROM analytics_dev.sales ORDER BY salesid`),
            [{ salesid: 1, t: "2026-11-01 23:59:59.999999" }, { salesid: 2, t: "2026-11-01 10:00:00.000001" }]);
        assert.strictEqual(w.watermark("sales"), "2026-11-01 23:59:59.999999");
        // A diff: a change one microsecond past the watermark is applied.
        await w.conn.run(`UPDATE aurora.sales SET qtysold = 7, saletime = TIMESTAMP '2026-11-02 00:00:00.000001' WHERE salesid = 2`);
        assert.ok((await w.run({ mode: "diff", tables: ["sales"] })).ok);
        await w.assertMasterEqualsSource("sales", "salesid");
        assert.strictEqual(w.watermark("sales"), "2026-11-02 00:00:00.000001");
    });

    it("DATETIME values before 1970, in year 1 and in year 9999 arrive exactly (no nanosecond overflow); the watermark stops at the snapshot time", async () => {
        w = await LocalPipeline.create();
        await w.conn.run(`INSERT INTO aurora.sales VALUES (1, 1, 1.00, TIMESTAMP '1969-12-31 23:59:59.999999'), (2, 1, 1.00, TIMESTAMP '0001-01-01 00:00:00'),
            (3, 1, 1.00, TIMESTAMP '9999-12-31 23:59:59.999999')`);
        const run = await w.run({ mode: "all", tables: ["sales"] });
        assert.ok(run.ok, run.error?.message);
        assert.deepStrictEqual(await w.rows(`SELECT salesid, CAST(saletime AS VARCHAR) AS t FROM analytics_dev.sales ORDER BY salesid`),
            [{ salesid: 1, t: "1969-12-31 23:59:59.999999" }, { salesid: 2, t: "0001-01-01 00:00:00" }, { salesid: 3, t: "9999-12-31 23:59:59.999999" }]);
        assert.deepStrictEqual(await tableResults(w), [{ table: "sales", failed: false, nullKeyRows: "0", invalidValues: "0" }]);
        assert.strictEqual(w.watermark("sales"), "2030-01-01 00:00:00");
    });

    const relocations: [string, (key: string) => string][] = [
        ["renamed files (another extension)", key => key.replace(/\/demodb\.venue\/(.*)\.gz\.parquet$/, "/demodb.venue/$1.parquet.gz")],
        ["another folder layout", key => key.replace("/demodb/demodb.venue/", "/demodb/venue/")],
    ];
    for (const [what, relocate] of relocations) {
        it(`a COMPLETE export whose files are not where the pipeline reads them (${what}) fails that table and leaves its master`, async () => {
            w = await LocalPipeline.create();
            await w.conn.run(`INSERT INTO aurora.venue VALUES (1, 'Hall A', 'CA', 500), (2, 'Hall B', 'NY', 1200)`);
            await w.conn.run(`INSERT INTO aurora.sales VALUES (1, 2, 10.00, TIMESTAMP '2026-11-01 09:00:00')`);
            assert.ok((await w.run({ mode: "all" })).ok);
            w.failures.relocateExportObject = relocate;
            await w.conn.run(`INSERT INTO aurora.sales VALUES (2, 1, 5.00, TIMESTAMP '2026-11-02 09:00:00')`);
            const run = await w.run({ mode: "all" });
            assert.strictEqual(run.ok, false);
            await w.assertMasterEqualsSource("venue", "venueid");
            await w.assertMasterEqualsSource("sales", "salesid");
            assert.strictEqual(w.alerts.length, 1);
            assert.match(w.alerts[0].Message, /1 of 3 table\(s\) of export \S+ failed to load; the others loaded:\n- venue: UnsupportedExport: table venue: the export reports demodb\.venue as COMPLETE but no Parquet file is under s3:\/\/raw-bucket\/exports\/\S+\/demodb\/demodb\.venue\/; found \d+ other object\(s\) that may hold its data, e\.g\. exports\/\S+; the export's file naming may have changed \(AWS: "subject to change"\), so the master is left as it is/);
        });
    }

    it("a COMPLETE export whose table files are gone entirely fails that table when export_tables_info gives it a size", async () => {
        w = await LocalPipeline.create();
        await w.conn.run(`INSERT INTO aurora.venue VALUES (1, 'Hall A', 'CA', 500)`);
        assert.ok((await w.run({ mode: "all" })).ok);
        w.failures.relocateExportObject = key => key.replace(/^exports\/([^/]+)\/demodb\/demodb\.venue\/1\//, "elsewhere/$1/");
        const run = await w.run({ mode: "all" });
        assert.strictEqual(run.ok, false);
        await w.assertMasterEqualsSource("venue", "venueid");
        assert.match(w.alerts[0].Message, /- venue: UnsupportedExport: table venue: the export reports demodb\.venue as COMPLETE but no Parquet file is under s3:\/\/raw-bucket\/exports\/\S+\/demodb\/demodb\.venue\/; export_tables_info gives it sizeGB \d\.\d+e-\d+; the export's file naming may have changed/);
    });

    it("only objects that may hold the table's rows count as unexplained: markers, the JSON and other tables' Parquet do not", async () => {
        w = await LocalPipeline.create();
        const root = "exports/x-1/";
        const put = (key: string, bytes = 10) => {
            fs.mkdirSync(path.dirname(path.join(w.root, key)), { recursive: true });
            fs.writeFileSync(path.join(w.root, key), "x".repeat(bytes));
        };
        for (const key of [
            "export_info_x-1.json", "export_tables_info_x-1_from_1_to_3.json", "demodb/demodb.sales/1/part-00000-a.gz.parquet",
            "demodb/demodb.venue/_SUCCESS", "demodb/demodb.venue/1/.part-00000.crc", "demodb/demodb.date/1/part-00000-b.gz.parquet",
        ]) put(`${root}${key}`);
        put(`${root}demodb/demodb.venue/1/empty.bin`, 0);
        assert.deepStrictEqual(await unexplainedExportObjects("raw-bucket", root, "demodb", "venue"), []);
        for (const key of ["demodb/demodb.venue/1/part-00000-c.snappy.pq", "demodb/VENUE/1/part-00000-d.gz.parquet", "demodb_venue/part-00000-e.gz.parquet", "other/demodb.venue/f.parquet"]) {
            put(`${root}${key}`);
        }
        put(`${root}demodb/sales_history/1/part-00000-g.gz.parquet`);
        assert.deepStrictEqual((await unexplainedExportObjects("raw-bucket", root, "demodb", "venue")).sort(), [
            `${root}demodb/VENUE/1/part-00000-d.gz.parquet`, `${root}demodb/demodb.venue/1/part-00000-c.snappy.pq`,
            `${root}demodb_venue/part-00000-e.gz.parquet`, `${root}other/demodb.venue/f.parquet`,
        ].sort());
        assert.deepStrictEqual(await unexplainedExportObjects("raw-bucket", root, "demodb", "sales"), [], "sales_history is not sales");
    });

    it("an empty COMPLETE table with no stray objects still empties its master in a full sync", async () => {
        w = await LocalPipeline.create();
        await w.conn.run(`INSERT INTO aurora.venue VALUES (1, 'Hall A', 'CA', 500)`);
        assert.ok((await w.run({ mode: "all" })).ok);
        await w.conn.run(`DELETE FROM aurora.venue`);
        assert.ok((await w.run({ mode: "all" })).ok);
        assert.deepStrictEqual(await w.rows(`SELECT * FROM analytics_dev.venue`), []);
    });

    it("a MySQL zero date (and any date text Athena cannot cast) becomes NULL, counted in the run result; the other rows and columns load", async () => {
        w = await LocalPipeline.create();
        await w.conn.run(`INSERT INTO aurora."date" VALUES (1, DATE '2008-01-01', 'Q1', 0), (2, DATE '2008-01-02', 'Q1', 1), (3, DATE '2008-01-03', 'Q1', 0)`);
        // MySQL keeps '0000-00-00' in a DATE column (NO_ZERO_DATE off); the export writes DATE as a STRING.
        w.failures.exportText = (table, column, text) => (table === "date" && column === "caldate" && text === "2008-01-02" ? "0000-00-00"
            : table === "date" && column === "caldate" && text === "2008-01-03" ? "2008-02-30" : text);
        const run = await w.run({ mode: "all", tables: ["date"] });
        assert.ok(run.ok, run.error?.message);
        assert.deepStrictEqual(await tableResults(w), [{ table: "date", failed: false, nullKeyRows: "0", invalidValues: "2" }]);
        assert.deepStrictEqual(await w.rows(`SELECT dateid, CAST(caldate AS VARCHAR) AS caldate, qtr FROM analytics_dev."date" ORDER BY dateid`),
            [{ dateid: 1, caldate: "2008-01-01", qtr: "Q1" }, { dateid: 2, caldate: null, qtr: "Q1" }, { dateid: 3, caldate: null, qtr: "Q1" }]);
    });

    it("a rebuild of a table now empty at the source empties its master", async () => {
        w = await LocalPipeline.create();
        await w.conn.run(`INSERT INTO aurora.venue VALUES (1, 'Hall A', 'CA', 500), (2, 'Hall B', 'NY', 1200)`);
        assert.ok((await w.run({ mode: "all" })).ok);
        await w.conn.run(`DELETE FROM aurora.venue`);
        const run = await w.run({ mode: "rebuild", tables: ["venue"] });
        assert.ok(run.ok, run.error?.message);
        assert.deepStrictEqual(await w.rows(`SELECT * FROM analytics_dev.venue`), []);
        assert.ok(w.queries.includes(`DELETE FROM "analytics_dev"."venue"`));
    });

    it("a rebuild of a change-column table now empty at the source empties its master and forgets its watermark, so older rows loaded later are not missed", async () => {
        w = await LocalPipeline.create();
        await w.conn.run(`INSERT INTO aurora.sales VALUES (1, 2, 10.00, TIMESTAMP '2026-11-05 09:00:00')`);
        assert.ok((await w.run({ mode: "all" })).ok);
        assert.strictEqual(w.watermark("sales"), "2026-11-05 09:00:00");
        await w.conn.run(`DELETE FROM aurora.sales`);
        const rebuild = await w.run({ mode: "rebuild", tables: ["sales"] });
        assert.ok(rebuild.ok, rebuild.error?.message);
        assert.deepStrictEqual(await w.rows(`SELECT * FROM analytics_dev.sales`), []);
        assert.strictEqual(w.watermarks.has("sales"), false, "a rebuild starts the table over");
        // The source is reloaded with older rows: the next diff loads them all.
        await w.conn.run(`INSERT INTO aurora.sales VALUES (2, 1, 5.00, TIMESTAMP '2026-10-01 09:00:00')`);
        assert.ok((await w.run({ mode: "diff", tables: ["sales"] })).ok);
        await w.assertMasterEqualsSource("sales", "salesid");
        assert.strictEqual(w.watermark("sales"), "2026-10-01 09:00:00");
    });

    it("the fake's MERGE refuses one target row matched by several source rows, as Athena does (DuckDB would accept it)", async () => {
        w = await LocalPipeline.create({ extraTables: [TICKETS] });
        await w.conn.run(`INSERT INTO aurora.tickets VALUES (1, 'A1')`);
        assert.ok((await w.run({ mode: "all", tables: ["tickets"] })).ok);
        // A MERGE whose source is not deduplicated by key, as a broken latestRowsSql would build.
        await w.conn.run(`CREATE TABLE analytics_dev.twice AS SELECT * FROM (VALUES (1, 'x'), (1, 'y')) v(ticketid, seat)`);
        const sql = `MERGE INTO "analytics_dev"."tickets" AS t\nUSING (SELECT * FROM analytics_dev.twice) AS s\nON (t."ticketid" = s."ticketid")\nWHEN MATCHED THEN UPDATE SET "seat" = s."seat"`;
        await assert.rejects((w as unknown as { athena(i: unknown): Promise<unknown> }).athena({ QueryString: sql, WorkGroup: "analytics-dev-loads", QueryExecutionContext: { Database: "analytics_dev" } }),
            /MERGE_TARGET_ROW_MULTIPLE_MATCHES/);
        assert.deepStrictEqual(await w.rows(`SELECT * FROM analytics_dev.tickets`), [{ ticketid: 1, seat: "A1" }]);
    });

    it("OPTIMIZE uses the form its page documents (no backticks: Trino refuses them), VACUUM the backticks its page shows, for a reserved-word table too", async () => {
        w = await LocalPipeline.create();
        await w.conn.run(`INSERT INTO aurora."date" VALUES (1, DATE '2008-01-01', 'Q1', 0)`);
        const run = await w.run({ mode: "all", tables: ["date"] });
        assert.ok(run.ok, run.error?.message);
        assert.deepStrictEqual(w.queries.filter(q => /^(OPTIMIZE|VACUUM)/.test(q)), [`OPTIMIZE "date" REWRITE DATA USING BIN_PACK`, "VACUUM `date`"]);
    });

    it("the fake's GetQueryResults counts the header row in MaxResults: MaxResults 1 on ReadWatermark fails every table", async () => {
        w = await LocalPipeline.create();
        await w.conn.run(`INSERT INTO aurora.venue VALUES (1, 'Hall A', 'CA', 500)`);
        w.definitionTransform = d => {
            const states = ((d.States as Record<string, { ItemProcessor?: { States: Record<string, { Parameters?: Record<string, unknown> }> } }>).LoadTables.ItemProcessor!.States);
            states.ReadWatermark.Parameters!.MaxResults = 1;
            return d;
        };
        const run = await w.run({ mode: "all", tables: ["venue"] });
        assert.strictEqual(run.ok, false);
        assert.strictEqual(await w.tableExists("analytics_dev", "venue"), true, "created before the read");
        assert.deepStrictEqual(await w.rows(`SELECT * FROM analytics_dev.venue`), [], "nothing merged");
    });

    it("the fake's GetQueryResults returns the header plus MaxResults - 1 rows, refuses MaxResults outside 1..1000", async () => {
        w = await LocalPipeline.create();
        await w.conn.run(`INSERT INTO aurora.venue VALUES (1, 'Hall A', 'CA', 500)`);
        assert.ok((await w.run({ mode: "all", tables: ["venue"] })).ok);
        const statsId = "q-2"; // CreateMasterTable is q-1, the stats query q-2
        assert.deepStrictEqual(w.getQueryResults({ QueryExecutionId: statsId, MaxResults: 1 }), {
            ResultSet: { Rows: [{ Data: [{ VarCharValue: "watermark" }, { VarCharValue: "stage_rows" }, { VarCharValue: "null_key_rows" }, { VarCharValue: "invalid_values" }] }] },
        });
        assert.deepStrictEqual(w.getQueryResults({ QueryExecutionId: statsId, MaxResults: 2 }), {
            ResultSet: { Rows: [
                { Data: [{ VarCharValue: "watermark" }, { VarCharValue: "stage_rows" }, { VarCharValue: "null_key_rows" }, { VarCharValue: "invalid_values" }] },
                { Data: [{}, { VarCharValue: "1" }, { VarCharValue: "0" }, { VarCharValue: "0" }] },
            ] },
        });
        for (const bad of [0, 1001]) {
            assert.throws(() => w.getQueryResults({ QueryExecutionId: statsId, MaxResults: bad }), /Member must have value between 1 and 1000/);
        }
    });

    it("the fake export caps its polls: a definition that never sees its COMPLETE fails the run with a message", async () => {
        w = await LocalPipeline.create();
        w.completeStatus = "COMPLETED"; // what the definition would have to miss
        const run = await w.run({ mode: "all" });
        assert.strictEqual(run.ok, false);
        assert.match(run.error!.message, /is still COMPLETED after 20 checks \(the fake's cap; did the definition miss status COMPLETED\?\)$/);
        assert.strictEqual(w.alerts.length, 1);
        assert.strictEqual(w.alerts[0].Subject, "Athena pipeline run failed");
        assert.match(w.alerts[0].Message, /failed with ExportTimedOut: /);
    });

    it("a 1,017-column table with 64-character names fails alone, naming the table and Athena's query limit; the others load", async () => {
        const columns = Array.from({ length: 1017 }, (_, i) => ({ name: `c${String(i).padStart(4, "0")}_${"x".repeat(58)}`, type: i === 0 ? "int" : "smallint" }));
        const wide = { source: { name: "wide", columns }, config: { name: "wide", primaryKey: [columns[0].name] } };
        w = await LocalPipeline.create({ extraTables: [wide] });
        await w.conn.run(`INSERT INTO aurora.wide SELECT ${columns.map((_, i) => (i === 0 ? "1" : String(i % 100))).join(", ")}`);
        await w.conn.run(`INSERT INTO aurora.venue VALUES (1, 'Hall A', 'CA', 500)`);
        const run = await w.run({ mode: "all", tables: ["venue", "wide"] });
        assert.strictEqual(run.ok, false);
        await w.assertMasterEqualsSource("venue", "venueid");
        assert.match(w.alerts[0].Message, /- wide: UnsupportedExport: table wide: its full-sync MERGE would be \d{6,} bytes, over Athena's query string limit of 262,144 bytes \(1017 columns\); load fewer or shorter-named columns/);
        assert.ok(w.queries.every(q => Buffer.byteLength(q) <= ATHENA_QUERY_MAX_BYTES), "nothing over the limit reached Athena");
    });
});

describe("pipeline statement limits and master locations", () => {
    function statements(columns: ColumnDefinition[]) {
        return buildTableStatements({
            database: "analytics_dev", stageTable: "run_r20261104t033000_1a2b3c4d_wide", table: { name: "wide", primaryKey: [columns[0].name] },
            columns, masterLocation: "s3://master-bucket/master/wide/", mode: "all", overlapSeconds: 300, snapshotTime: "2026-11-04 03:30:00.000",
        });
    }

    it("InnoDB's 1,017 columns load when their names are short: every statement stays under 262,144 bytes", () => {
        const s = statements(Array.from({ length: 1017 }, (_, i) => ({ name: `c${i}`, type: "int" })));
        for (const text of [s.createMaster, s.merge, s.watermarkQuery, s.optimize, s.vacuum]) {
            assert.ok(Buffer.byteLength(text ?? "") <= 262144);
        }
    });

    it("refuses a table whose MERGE would pass 262,144 bytes, naming the table, the size and the limit", () => {
        const columns = Array.from({ length: 400 }, (_, i) => ({ name: `c${String(i).padStart(4, "0")}_${"y".repeat(58)}`, type: "int" }));
        assert.throws(() => statements(columns), (e: Error) => e.name === "UnsafeSqlInputError"
            && /^table wide: its full-sync MERGE would be \d+ bytes, over Athena's query string limit of 262,144 bytes \(400 columns\); load fewer or shorter-named columns$/.test(e.message));
    });

    it("master locations of tables whose names are prefixes of each other never contain one another", () => {
        const sales = masterLocation("master-bucket", "master", "sales");
        const history = masterLocation("master-bucket", "master", "sales_history");
        assert.deepStrictEqual([sales, history], ["s3://master-bucket/master/sales/", "s3://master-bucket/master/sales_history/"]);
        assert.ok(!history.startsWith(sales) && !sales.startsWith(history));
        assert.strictEqual(masterLocation("master-bucket", "a/b", "Sales"), "s3://master-bucket/a/b/sales/");
        assert.throws(() => masterLocation("master-bucket", "master", "sales/../venue"), /table "sales\/..\/venue" is not a valid identifier/);
    });
});
