// @ts-nocheck
// The example analysis queries (sql/redshift, sql/athena) run on generated data in DuckDB, checked against sums computed here.
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { SampleDataSet, writeSampleData } from "../../components/sampleData/generator";
import { ColumnKind, TICKIT_TABLES } from "../../functions/loader/tickit";

const SQL_DIR = path.join(__dirname, "..", "..", "sql");
const QUERIES = ["sales_by_category_and_quarter.sql", "sales_by_month.sql", "top_events_by_tickets_sold.sql", "top_sellers.sql"];
const DUCKDB_TYPE: Record<ColumnKind, string> = {
    int: "INTEGER", smallint: "SMALLINT", bool: "BOOLEAN", decimal: "DECIMAL(8,2)", char: "VARCHAR", varchar: "VARCHAR", date: "DATE", datetime: "TIMESTAMP",
};

type Row = Record<string, string>;

/** Every value as text, decimals with two places, so results compare with the sums computed in cents below. */
function normalize(rows: Record<string, unknown>[]): Row[] {
    return rows.map(r => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(v)])));
}

const cents = (text: string): number => Math.round(Number(text) * 100);
const money = (c: number): string => (c / 100).toFixed(2);

describe("example analysis queries (run in DuckDB on generated data)", () => {
    let work: string;
    let data: SampleDataSet;
    let db: DuckDBConnection;
    let instance: DuckDBInstance;
    const lines = (table: string): string[][] => data.files.find(f => f.table === table)!.content.trimEnd().split("\n").map(l => l.split("|"));

    before(async () => {
        work = fs.mkdtempSync(path.join(os.tmpdir(), "aa-queries-"));
        data = writeSampleData(work, { scale: 0.02 });
        instance = await DuckDBInstance.create(":memory:");
        db = await instance.connect();
        await db.run("CREATE SCHEMA demodb");
        for (const t of TICKIT_TABLES) {
            const columns = t.columns.map(c => `'${c.name}': '${DUCKDB_TYPE[c.kind]}'`).join(", ");
            await db.run(`CREATE TABLE demodb."${t.name}" AS SELECT * FROM read_csv('${path.join(work, t.file)}', delim = '|', header = false, quote = '', escape = '', nullstr = '', columns = {${columns}})`);
        }
    });

    after(() => {
        db?.closeSync();
        instance?.closeSync();
        if (work) fs.rmSync(work, { recursive: true, force: true });
    });

    async function run(dialect: "redshift" | "athena", file: string): Promise<Row[]> {
        await db.run(dialect === "athena" ? "USE memory.demodb" : "USE memory.main");
        const reader = await db.runAndReadAll(fs.readFileSync(path.join(SQL_DIR, dialect, file), "utf8"));
        return normalize(reader.getRowObjectsJson() as Record<string, unknown>[]);
    }

    it("has the same queries for Redshift (schema-qualified) and Athena (no schema, no trailing semicolon for Trino)", () => {
        assert.deepStrictEqual(fs.readdirSync(path.join(SQL_DIR, "redshift")).filter(f => f.endsWith(".sql")).sort(), QUERIES);
        assert.deepStrictEqual(fs.readdirSync(path.join(SQL_DIR, "athena")).filter(f => f.endsWith(".sql")).sort(), QUERIES);
        for (const q of QUERIES) {
            const body = (dialect: string) => fs.readFileSync(path.join(SQL_DIR, dialect, q), "utf8").split("\n").slice(1).join("\n");
            assert.strictEqual(body("athena"), body("redshift").replace(/demodb\./g, "").replace(/;\n$/, "\n"), q);
            assert.ok(!body("athena").includes(";"), q);
        }
    });

    for (const dialect of ["redshift", "athena"] as const) {
        it(`${dialect}: top sellers are the sellers with the largest sum of pricepaid`, async () => {
            const bySeller = new Map<number, { paid: number; qty: number }>();
            for (const s of lines("sales")) {
                const e = bySeller.get(Number(s[2])) ?? { paid: 0, qty: 0 };
                e.paid += cents(s[7]);
                e.qty += Number(s[6]);
                bySeller.set(Number(s[2]), e);
            }
            const users = new Map(lines("users").map(u => [Number(u[0]), u]));
            const expected = [...bySeller.entries()].sort((a, b) => b[1].paid - a[1].paid || a[0] - b[0]).slice(0, 10)
                .map(([id, e]) => {
                    const u = users.get(id)!;
                    return { userid: String(id), firstname: u[2], lastname: u[3], city: u[4], state: u[5], sales_amount: money(e.paid), tickets_sold: String(e.qty) };
                });
            assert.deepStrictEqual(await run(dialect, "top_sellers.sql"), expected);
        });

        it(`${dialect}: top events by tickets sold`, async () => {
            const byEvent = new Map<number, { qty: number; paid: number }>();
            for (const s of lines("sales")) {
                const e = byEvent.get(Number(s[4])) ?? { qty: 0, paid: 0 };
                e.qty += Number(s[6]);
                e.paid += cents(s[7]);
                byEvent.set(Number(s[4]), e);
            }
            const events = new Map(lines("event").map(e => [Number(e[0]), e]));
            const categories = new Map(lines("category").map(c => [c[0], c[2]]));
            const expected = [...byEvent.entries()].sort((a, b) => b[1].qty - a[1].qty || a[0] - b[0]).slice(0, 10)
                .map(([id, e]) => ({
                    eventid: String(id), eventname: events.get(id)![4], catname: categories.get(events.get(id)![2])!,
                    tickets_sold: String(e.qty), revenue: money(e.paid),
                }));
            assert.deepStrictEqual(await run(dialect, "top_events_by_tickets_sold.sql"), expected);
        });

        it(`${dialect}: sales by month cover the calendar months of the window and add up to every sale`, async () => {
            const rows = await run(dialect, "sales_by_month.sql");
            const months = [...new Set(lines("sales").map(s => s[9].slice(0, 7)))].sort();
            assert.deepStrictEqual(rows.map(r => r.month.slice(0, 7)), months);
            assert.ok(months.length >= 12 && months[0] === "2025-11" && months[months.length - 1] >= "2026-10", months.join(","));
            const sales = lines("sales");
            assert.strictEqual(rows.reduce((n, r) => n + Number(r.sales), 0), sales.length);
            assert.strictEqual(money(rows.reduce((n, r) => n + cents(r.revenue), 0)), money(sales.reduce((n, s) => n + cents(s[7]), 0)));
            assert.strictEqual(money(rows.reduce((n, r) => n + cents(r.commission), 0)), money(sales.reduce((n, s) => n + cents(s[8]), 0)));
            const october = sales.filter(s => s[9].startsWith("2026-10"));
            assert.deepStrictEqual(rows.find(r => r.month.startsWith("2026-10"))!.sales, String(october.length));
        });

        it(`${dialect}: sales by category group and quarter join through the date dimension`, async () => {
            const rows = await run(dialect, "sales_by_category_and_quarter.sql");
            const dates = new Map(lines("date").map(d => [d[0], d]));
            const events = new Map(lines("event").map(e => [e[0], e]));
            const groups = new Map(lines("category").map(c => [c[0], c[1]]));
            const expected = new Map<string, { year: string; qtr: string; catgroup: string; sales: number; paid: number }>();
            for (const s of lines("sales")) {
                const d = dates.get(s[5])!;
                const group = groups.get(events.get(s[4])![2])!;
                const key = `${d[6]}|${d[5]}|${group}`;
                const e = expected.get(key) ?? { year: d[6], qtr: d[5], catgroup: group, sales: 0, paid: 0 };
                e.sales += 1;
                e.paid += cents(s[7]);
                expected.set(key, e);
            }
            assert.deepStrictEqual(rows, [...expected.values()]
                .sort((a, b) => Number(a.year) - Number(b.year) || a.qtr.localeCompare(b.qtr) || a.catgroup.localeCompare(b.catgroup))
                .map(e => ({ year: e.year, qtr: e.qtr, catgroup: e.catgroup, sales: String(e.sales), revenue: money(e.paid) })));
        });
    }
});
