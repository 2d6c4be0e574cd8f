// @ts-nocheck
// The TICKIT schema and the loader's load function against a real MySQL-compatible server (a private MariaDB).
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { createHash } from "crypto";
import type { Connection } from "mysql2/promise";
import { DEFAULT_TABLES } from "../../components/config";
import { SampleDataSet, writeSampleData } from "../../components/sampleData/generator";
import { LoadError, loadSampleData, parseManifest, splitSqlStatements } from "../../functions/loader/load";
import { directorySource } from "../../functions/loader/sources";
import { TICKIT_TABLES } from "../../functions/loader/tickit";
import { MariaDb, requireMariaDb } from "./mariadb";

const SCHEMA_SQL = fs.readFileSync(path.join(__dirname, "..", "..", "sql", "mysql", "schema.sql"), "utf8");
const SCALE = 0.02;

async function query<T>(conn: Connection, sql: string, values: unknown[] = []): Promise<T[]> {
    const [rows] = await conn.query(sql, values);
    return rows as T[];
}

async function counts(conn: Connection, db: string): Promise<Record<string, number>> {
    const result: Record<string, number> = {};
    for (const t of TICKIT_TABLES) {
        const [{ n }] = await query<{ n: number }>(conn, `SELECT COUNT(*) AS n FROM \`${db}\`.\`${t.name}\``);
        result[t.name] = Number(n);
    }
    return result;
}

async function checksums(conn: Connection, db: string): Promise<Record<string, string>> {
    const result: Record<string, string> = {};
    for (const t of TICKIT_TABLES) {
        const [row] = await query<{ Checksum: number | string }>(conn, `CHECKSUM TABLE \`${db}\`.\`${t.name}\``);
        result[t.name] = String(row.Checksum);
    }
    return result;
}

/** Rewrites the row back into the file's text form, to compare with the generator's line byte for byte. */
function asLine(row: Record<string, unknown>, table: string): string {
    const spec = TICKIT_TABLES.find(t => t.name === table)!;
    return spec.columns.map(c => {
        const v = row[c.name];
        if (v === null) return "";
        if (c.kind === "bool") return Number(v) === 1 ? "TRUE" : "FALSE";
        return String(v);
    }).join("|");
}

function copyDir(from: string, to: string): void {
    fs.mkdirSync(to, { recursive: true });
    for (const f of fs.readdirSync(from)) {
        fs.copyFileSync(path.join(from, f), path.join(to, f));
    }
}

/** Replaces one line of a table file and rewrites the manifest so only the bad line is wrong. */
function corrupt(dir: string, file: string, lineNumber: number, edit: (line: string) => string): void {
    const p = path.join(dir, file);
    const lines = fs.readFileSync(p, "utf8").split("\n");
    lines[lineNumber - 1] = edit(lines[lineNumber - 1]);
    const content = lines.join("\n");
    fs.writeFileSync(p, content);
    const manifestPath = path.join(dir, "manifest.json");
    const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8"));
    const entry = manifest.tables.find((t: { file: string }) => t.file === file);
    entry.sha256 = createHash("sha256").update(content).digest("hex");
    fs.writeFileSync(manifestPath, JSON.stringify(manifest));
}

function readManifest(dir: string) {
    return parseManifest(fs.readFileSync(path.join(dir, "manifest.json"), "utf8"), "manifest.json");
}

describe("TICKIT schema and loader on MariaDB", function () {
    let server: MariaDb | undefined;
    let conn: Connection;
    let work: string;
    let dataDir: string;
    let data: SampleDataSet;

    before(async function () {
        server = await requireMariaDb(this, "TICKIT schema and loader on MariaDB (tests/sql/mariadb.test.ts)");
        conn = await server.connect();
        work = fs.mkdtempSync(path.join(os.tmpdir(), "aa-sample-"));
        dataDir = path.join(work, "data");
        data = writeSampleData(dataDir, { scale: SCALE });
    });

    after(async () => {
        await conn?.end();
        await server?.stop();
        if (work) fs.rmSync(work, { recursive: true, force: true });
    });

    const load = (database: string, dir: string, extra: { existingCluster?: boolean; batchRows?: number } = {}) =>
        loadSampleData(conn, {
            database,
            schemaSql: SCHEMA_SQL,
            manifest: readManifest(dir),
            source: directorySource(dir),
            existingCluster: extra.existingCluster ?? false,
            batchRows: extra.batchRows,
        });

    it("applies the schema twice, with the loader's columns and a primary key on every table (information_schema)", async () => {
        await conn.query("CREATE DATABASE schema_only");
        await conn.query("USE schema_only");
        for (let i = 0; i < 2; i++) {
            for (const statement of splitSqlStatements(SCHEMA_SQL)) {
                await conn.query(statement);
            }
        }
        const keys = await query<{ t: string; c: string }>(conn,
            "SELECT TABLE_NAME AS t, COLUMN_NAME AS c FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = 'schema_only' AND CONSTRAINT_NAME = 'PRIMARY' ORDER BY TABLE_NAME, ORDINAL_POSITION");
        const byTable: Record<string, string[]> = {};
        for (const k of keys) (byTable[k.t] ??= []).push(k.c);
        const expected: Record<string, string[]> = {};
        for (const t of DEFAULT_TABLES) expected[t.name] = [...t.primaryKey];
        assert.deepStrictEqual(byTable, expected);

        const columns = await query<{ t: string; c: string; dataType: string; type: string; nullable: string }>(conn,
            "SELECT TABLE_NAME AS t, COLUMN_NAME AS c, DATA_TYPE AS dataType, COLUMN_TYPE AS type, IS_NULLABLE AS nullable FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = 'schema_only' ORDER BY TABLE_NAME, ORDINAL_POSITION");
        for (const spec of TICKIT_TABLES) {
            const actual = columns.filter(c => c.t === spec.name);
            assert.deepStrictEqual(actual.map(c => c.c), spec.columns.map(c => c.name), `columns of ${spec.name}`);
            assert.deepStrictEqual(actual.map(c => c.nullable === "YES"), spec.columns.map(c => c.nullable === true), `nullability of ${spec.name}`);
        }
        // Only types zero-ETL maps: no spatial, no DECIMAL wider than 38, BOOLEAN as TINYINT(1).
        assert.deepStrictEqual([...new Set(columns.map(c => c.dataType))].sort(),
            ["char", "date", "datetime", "decimal", "int", "smallint", "tinyint", "varchar"]);
        assert.deepStrictEqual([...new Set(columns.filter(c => ["decimal", "tinyint"].includes(c.dataType)).map(c => c.type))].sort(),
            ["decimal(8,2)", "tinyint(1)"]);
        // The Athena pipeline's timestamp columns (DEFAULT_TABLES) are DATETIME.
        for (const t of DEFAULT_TABLES.filter(t => t.timestampColumn)) {
            assert.strictEqual(columns.find(c => c.t === t.name && c.c === t.timestampColumn)?.dataType, "datetime", `${t.name}.${t.timestampColumn}`);
        }
        const tables = await query<{ t: string; comment: string; engine: string }>(conn,
            "SELECT TABLE_NAME AS t, TABLE_COMMENT AS comment, ENGINE AS engine FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'schema_only' ORDER BY TABLE_NAME");
        assert.deepStrictEqual(tables, ["category", "date", "event", "listing", "sales", "users", "venue"]
            .map(t => ({ t, comment: "aurora-analytics TICKIT sample", engine: "InnoDB" })));
    });

    it("loads a small scale with exactly the generator's row counts", async () => {
        const result = await load("demodb", dataDir);
        const expected = Object.fromEntries(data.files.map(f => [f.table, f.rows]));
        assert.deepStrictEqual(result, { rowCounts: expected });
        assert.deepStrictEqual(await counts(conn, "demodb"), expected);
        assert.deepStrictEqual(expected, { category: 11, date: 365, venue: 4, users: 1000, event: 176, listing: 3850, sales: 3449 });
    });

    it("stores every value as written: the first and last line of each file read back from the table", async () => {
        for (const f of data.files) {
            const spec = TICKIT_TABLES.find(t => t.name === f.table)!;
            const lines = f.content.trimEnd().split("\n");
            const rows = await query<Record<string, unknown>>(conn,
                `SELECT * FROM demodb.\`${f.table}\` ORDER BY \`${spec.primaryKey}\``);
            assert.strictEqual(asLine(rows[0], f.table), lines[0], `${f.table} first row`);
            assert.strictEqual(asLine(rows[rows.length - 1], f.table), lines[lines.length - 1], `${f.table} last row`);
        }
    });

    it("keeps referential integrity (checked with joins)", async () => {
        const checks: Record<string, string> = {
            "sales without listing": "SELECT COUNT(*) AS n FROM sales s LEFT JOIN listing l ON l.listid = s.listid WHERE l.listid IS NULL",
            "sales without event": "SELECT COUNT(*) AS n FROM sales s LEFT JOIN event e ON e.eventid = s.eventid WHERE e.eventid IS NULL",
            "sales without buyer": "SELECT COUNT(*) AS n FROM sales s LEFT JOIN users u ON u.userid = s.buyerid WHERE u.userid IS NULL",
            "sales without seller": "SELECT COUNT(*) AS n FROM sales s LEFT JOIN users u ON u.userid = s.sellerid WHERE u.userid IS NULL",
            "sales not matching their listing": "SELECT COUNT(*) AS n FROM sales s JOIN listing l ON l.listid = s.listid WHERE s.sellerid <> l.sellerid OR s.eventid <> l.eventid OR s.qtysold > l.numtickets OR s.pricepaid <> s.qtysold * l.priceperticket",
            "sales bought by their seller": "SELECT COUNT(*) AS n FROM sales WHERE buyerid = sellerid",
            "sales out of time order": "SELECT COUNT(*) AS n FROM sales s JOIN listing l ON l.listid = s.listid JOIN event e ON e.eventid = s.eventid WHERE NOT (l.listtime < s.saletime AND s.saletime <= e.starttime)",
            "sales on the wrong date": "SELECT COUNT(*) AS n FROM sales s LEFT JOIN `date` d ON d.dateid = s.dateid WHERE d.caldate IS NULL OR d.caldate <> DATE(s.saletime)",
            "listings without event": "SELECT COUNT(*) AS n FROM listing l LEFT JOIN event e ON e.eventid = l.eventid WHERE e.eventid IS NULL",
            "listings without seller": "SELECT COUNT(*) AS n FROM listing l LEFT JOIN users u ON u.userid = l.sellerid WHERE u.userid IS NULL",
            "listings on the wrong date": "SELECT COUNT(*) AS n FROM listing l LEFT JOIN `date` d ON d.dateid = l.dateid WHERE d.caldate IS NULL OR d.caldate <> DATE(l.listtime)",
            "listings with a wrong total": "SELECT COUNT(*) AS n FROM listing WHERE totalprice <> numtickets * priceperticket",
            "events without venue": "SELECT COUNT(*) AS n FROM event e LEFT JOIN venue v ON v.venueid = e.venueid WHERE v.venueid IS NULL",
            "events without category": "SELECT COUNT(*) AS n FROM event e LEFT JOIN category c ON c.catid = e.catid WHERE c.catid IS NULL",
            "events on the wrong date": "SELECT COUNT(*) AS n FROM event e LEFT JOIN `date` d ON d.dateid = e.dateid WHERE d.caldate IS NULL OR d.caldate <> DATE(e.starttime)",
            "sales sharing a listing": "SELECT COUNT(*) - COUNT(DISTINCT listid) AS n FROM sales",
        };
        await conn.query("USE demodb");
        const found: Record<string, number> = {};
        for (const [name, sql] of Object.entries(checks)) {
            const [{ n }] = await query<{ n: number }>(conn, sql);
            found[name] = Number(n);
        }
        assert.deepStrictEqual(found, Object.fromEntries(Object.keys(checks).map(k => [k, 0])));
        const [window] = await query<{ first: string; last: string; lastSale: string }>(conn,
            "SELECT MIN(caldate) AS first, MAX(caldate) AS last, (SELECT MAX(saletime) FROM sales) AS lastSale FROM `date`");
        assert.deepStrictEqual({ first: window.first, last: window.last }, { first: "2025-11-02", last: "2026-11-01" });
        assert.ok(window.lastSale >= "2026-10-25 00:00:00" && window.lastSale <= "2026-11-01 23:59:59", `last sale ${window.lastSale}`);
    });

    it("changes nothing when it loads the same files a second time", async () => {
        const before = await checksums(conn, "demodb");
        const result = await load("demodb", dataDir, { batchRows: 333 });
        assert.deepStrictEqual(result.rowCounts, Object.fromEntries(data.files.map(f => [f.table, f.rows])));
        assert.deepStrictEqual(await checksums(conn, "demodb"), before);
    });

    it("replaces rows that are no longer in the files when the scale shrinks", async () => {
        const smaller = path.join(work, "smaller");
        writeSampleData(smaller, { scale: 0.01 });
        const result = await load("shrink", dataDir);
        assert.strictEqual(result.rowCounts.sales, 3449);
        const again = await load("shrink", smaller);
        assert.deepStrictEqual(again.rowCounts, { category: 11, date: 365, venue: 2, users: 500, event: 88, listing: 1925, sales: 1725 });
        assert.deepStrictEqual(await counts(conn, "shrink"), again.rowCounts);
    });

    it("fails on a malformed line with the file and line, and leaves that table as it was (rollback past earlier batches)", async () => {
        const bad = path.join(work, "bad");
        copyDir(dataDir, bad);
        corrupt(bad, "sales.txt", 250, line => line.split("|").slice(0, 9).join("|"));
        const before = await checksums(conn, "demodb");
        await assert.rejects(load("demodb", bad, { batchRows: 100 }), (e: Error) => {
            assert.ok(e instanceof LoadError);
            assert.strictEqual(e.message, `${path.join(bad, "sales.txt")} line 250: expected 10 fields separated by '|', found 9`);
            return true;
        });
        assert.deepStrictEqual(await checksums(conn, "demodb"), before);
        assert.strictEqual((await counts(conn, "demodb")).sales, 3449);
    });

    it("fails on a value that does not fit its column with the file, line and column", async () => {
        const bad = path.join(work, "badvalue");
        copyDir(dataDir, bad);
        corrupt(bad, "listing.txt", 3001, line => line.replace(/\|\d+\.\d{2}\|/, "|12x.00|"));
        const before = await checksums(conn, "demodb");
        await assert.rejects(load("demodb", bad, { batchRows: 1000 }),
            { name: "LoadError", message: `${path.join(bad, "listing.txt")} line 3001: column priceperticket has "12x.00": expected a decimal number with at most 6 digits before and 2 after the point` });
        assert.deepStrictEqual(await checksums(conn, "demodb"), before);
    });

    it("fails when a file does not match the manifest's checksum, and keeps the old rows", async () => {
        const bad = path.join(work, "tampered");
        copyDir(dataDir, bad);
        const p = path.join(bad, "venue.txt");
        fs.writeFileSync(p, fs.readFileSync(p, "utf8").replace(/\|([A-Z]{2})\|/, "|ZZ|"));
        const before = await checksums(conn, "demodb");
        await assert.rejects(load("demodb", bad), (e: Error) => {
            assert.match(e.message, new RegExp(`^${path.join(bad, "venue.txt")}: SHA-256 [0-9a-f]{64} differs from the manifest's ${data.files.find(f => f.table === "venue")!.sha256}; `));
            return true;
        });
        assert.deepStrictEqual(await checksums(conn, "demodb"), before);
    });

    it("in an existing cluster refuses to touch a user's non-empty table and changes nothing", async () => {
        await conn.query("CREATE DATABASE userdb");
        await conn.query("CREATE TABLE userdb.users (userid INT NOT NULL PRIMARY KEY, name VARCHAR(20))");
        await conn.query("INSERT INTO userdb.users VALUES (1, 'alice')");
        await conn.query("CREATE TABLE userdb.sales (salesid INT NOT NULL PRIMARY KEY)");
        await assert.rejects(load("userdb", dataDir, { existingCluster: true }), {
            name: "LoadError",
            message: "Refusing to load the TICKIT sample into database userdb of an existing cluster: the table(s) users already exist and hold rows this loader did not write, and loading would replace them. Nothing was changed. Turn the sample off with `pulumi config set sampleData false`, or load it into another database with `pulumi config set dbName tickit_sample`.",
        });
        const tables = await query<{ t: string }>(conn, "SELECT TABLE_NAME AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'userdb' ORDER BY TABLE_NAME");
        assert.deepStrictEqual(tables.map(t => t.t), ["sales", "users"]);
        assert.deepStrictEqual(await query(conn, "SELECT * FROM userdb.users"), [{ userid: 1, name: "alice" }]);
    });

    it("in an existing cluster stops on an empty table with other columns, naming both column lists", async () => {
        await conn.query("CREATE DATABASE shapedb");
        await conn.query("CREATE TABLE shapedb.venue (venueid INT NOT NULL PRIMARY KEY, name VARCHAR(20))");
        await assert.rejects(load("shapedb", dataDir, { existingCluster: true }), {
            name: "LoadError",
            message: "Table shapedb.venue exists with the columns (venueid int, name varchar) but the TICKIT sample needs (venueid smallint, venuename varchar, venuecity varchar, venuestate char, venueseats int). Nothing was loaded. Drop or rename that table, or load the sample into another database with `pulumi config set dbName tickit_sample`.",
        });
        const [{ n }] = await query<{ n: number }>(conn, "SELECT COUNT(*) AS n FROM shapedb.sales");
        assert.strictEqual(Number(n), 0);
    });

    it("in an existing cluster creates only the dbName tables and reloads its own tables on a second run", async () => {
        const first = await load("newdb", dataDir, { existingCluster: true });
        const second = await load("newdb", dataDir, { existingCluster: true });
        assert.deepStrictEqual(second, first);
        const tables = await query<{ t: string }>(conn, "SELECT TABLE_NAME AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'newdb' ORDER BY TABLE_NAME");
        assert.deepStrictEqual(tables.map(t => t.t), ["category", "date", "event", "listing", "sales", "users", "venue"]);
    });
});
