// @ts-nocheck
// The loader's load logic: applies the TICKIT schema and replaces each table's rows from a data file, one transaction per table.
import { createHash } from "crypto";
import { Readable, Transform } from "stream";
import { pipeline } from "stream/promises";
import { createInterface } from "readline";
import type { Connection } from "mysql2/promise";
import { DATA_TYPE_OF_KIND, FieldValue, SAMPLE_TABLE_COMMENT, TableSpec, TICKIT_TABLES, parseLine, tableSpec } from "./tickit";

/** The same rule as components/config.ts IDENTIFIER_PATTERN (functions/ may not import components/). */
export const IDENTIFIER_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
export const MANIFEST_FORMAT = "tickit-pipe-v1";
export const MANIFEST_FILE = "manifest.json";
export const DEFAULT_BATCH_ROWS = 1000;
/**
 * Strict whatever the server's default: a value that does not fit fails the statement instead of being
 * truncated with a warning. The same modes exist on MySQL 8 and MariaDB.
 */
export const SESSION_SQL_MODE = "STRICT_ALL_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION";

/** The part of a mysql2 promise connection the loader uses; tests pass a real connection to MariaDB. */
export type SqlConnection = Pick<Connection, "query" | "beginTransaction" | "commit" | "rollback">;

/** Where the data files come from: S3 in the Lambda, a local directory in tests and scripts. */
export interface DataSource {
    open(file: string): Promise<Readable>;
    /** How a file is named in messages, e.g. s3://bucket/prefix/sales.txt. */
    describe(file: string): string;
}

export interface ManifestTable {
    readonly table: string;
    readonly file: string;
    readonly rows: number;
    readonly sha256: string;
}

export interface Manifest {
    readonly format: typeof MANIFEST_FORMAT;
    readonly scale: number;
    readonly anchor: string;
    readonly seed: number;
    /** In TICKIT_TABLES order, whatever the order in the file. */
    readonly tables: readonly ManifestTable[];
}

export type RowCounts = Record<string, number>;

export interface LoadResult {
    readonly rowCounts: RowCounts;
}

export interface LoadOptions {
    /** The Aurora database (MySQL schema) to create the tables in: the dbName config key. */
    readonly database: string;
    /** The sql/mysql/schema.sql text. */
    readonly schemaSql: string;
    readonly manifest: Manifest;
    readonly source: DataSource;
    /** True when the cluster is the user's: then tables that hold rows the loader did not write stop the load. */
    readonly existingCluster: boolean;
    readonly batchRows?: number;
    readonly log?: (message: string, fields: Record<string, unknown>) => void;
}

/** A load that stopped for a reason the user can act on; the message says what and how. */
export class LoadError extends Error {
    constructor(message: string) {
        super(message);
        Object.setPrototypeOf(this, LoadError.prototype);
        this.name = "LoadError";
    }
}

/** Backtick-quotes an identifier after checking it against the allowlist pattern, so quoting can never be escaped. */
export function quoteIdentifier(name: string): string {
    if (!IDENTIFIER_PATTERN.test(name)) {
        throw new LoadError(`${JSON.stringify(name)} is not an allowed SQL identifier: letters, digits and underscores, starting with a letter or underscore, at most 64`);
    }
    return `\`${name}\``;
}

/**
 * Splits a schema file into statements: drops whole-line `--` comments and ends a statement at a line that
 * ends with `;`. Enough for sql/mysql/schema.sql, and it lets the connection keep multipleStatements off.
 */
export function splitSqlStatements(text: string): string[] {
    const statements: string[] = [];
    let current: string[] = [];
    for (const line of text.split(/\r?\n/)) {
        const trimmed = line.trim();
        if (trimmed === "" || trimmed.startsWith("--")) {
            continue;
        }
        current.push(line.trimEnd());
        if (trimmed.endsWith(";")) {
            const statement = current.join("\n").replace(/;$/, "").trim();
            statements.push(statement);
            current = [];
        }
    }
    if (current.length > 0) {
        throw new LoadError(`the schema ends with a statement that has no closing semicolon: ${current.join(" ").slice(0, 80)}`);
    }
    return statements;
}

/** Parses and checks manifest.json: exactly the TICKIT tables, each with its own file name, a row count and a SHA-256. */
export function parseManifest(text: string, where: string): Manifest {
    const bad = (why: string): LoadError => new LoadError(`${where} is not a valid sample-data manifest: ${why}`);
    let raw: unknown;
    try {
        raw = JSON.parse(text);
    } catch (e) {
        throw bad(`not JSON (${(e as Error).message})`);
    }
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
        throw bad("expected a JSON object");
    }
    const m = raw as Record<string, unknown>;
    if (m.format !== MANIFEST_FORMAT) {
        throw bad(`format is ${JSON.stringify(m.format)}, expected ${JSON.stringify(MANIFEST_FORMAT)}`);
    }
    if (typeof m.scale !== "number" || !(m.scale > 0)) {
        throw bad(`scale is ${JSON.stringify(m.scale)}, expected a positive number`);
    }
    if (typeof m.anchor !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(m.anchor)) {
        throw bad(`anchor is ${JSON.stringify(m.anchor)}, expected a date YYYY-MM-DD`);
    }
    if (typeof m.seed !== "number" || !Number.isSafeInteger(m.seed)) {
        throw bad(`seed is ${JSON.stringify(m.seed)}, expected a whole number`);
    }
    if (!Array.isArray(m.tables)) {
        throw bad("tables is not a list");
    }
    const byName = new Map<string, ManifestTable>();
    for (const entry of m.tables as unknown[]) {
        if (typeof entry !== "object" || entry === null) {
            throw bad(`tables holds ${JSON.stringify(entry)}, expected objects {table, file, rows, sha256}`);
        }
        const e = entry as Record<string, unknown>;
        const spec = TICKIT_TABLES.find(t => t.name === e.table);
        if (spec === undefined) {
            throw bad(`table ${JSON.stringify(e.table)} is not one of ${TICKIT_TABLES.map(t => t.name).join(", ")}`);
        }
        if (byName.has(spec.name)) {
            throw bad(`table ${spec.name} is listed twice`);
        }
        if (e.file !== spec.file) {
            throw bad(`table ${spec.name} has file ${JSON.stringify(e.file)}, expected ${JSON.stringify(spec.file)}`);
        }
        if (typeof e.rows !== "number" || !Number.isSafeInteger(e.rows) || e.rows < 0) {
            throw bad(`table ${spec.name} has rows ${JSON.stringify(e.rows)}, expected a whole number`);
        }
        if (typeof e.sha256 !== "string" || !/^[0-9a-f]{64}$/.test(e.sha256)) {
            throw bad(`table ${spec.name} has sha256 ${JSON.stringify(e.sha256)}, expected 64 lowercase hex digits`);
        }
        byName.set(spec.name, Object.freeze({ table: spec.name, file: spec.file, rows: e.rows, sha256: e.sha256 }));
    }
    const missing = TICKIT_TABLES.filter(t => !byName.has(t.name)).map(t => t.name);
    if (missing.length > 0) {
        throw bad(`tables ${missing.join(", ")} are missing`);
    }
    return Object.freeze({
        format: MANIFEST_FORMAT,
        scale: m.scale,
        anchor: m.anchor,
        seed: m.seed,
        tables: Object.freeze(TICKIT_TABLES.map(t => byName.get(t.name)!)),
    });
}

async function rows<T>(conn: SqlConnection, sql: string, values: unknown[] = []): Promise<T[]> {
    const [result] = await conn.query(sql, values);
    return result as T[];
}

/**
 * In a user's cluster, a TICKIT-named table that exists, holds rows and lacks the schema's marker comment
 * is the user's data: stop before changing anything. Tables that carry the marker were created by an
 * earlier run of this loader and are reloaded, which keeps a second deploy idempotent.
 */
async function refuseUserTables(conn: SqlConnection, database: string): Promise<void> {
    const names = TICKIT_TABLES.map(t => t.name);
    const existing = await rows<{ name: string; comment: string }>(conn,
        `SELECT TABLE_NAME AS name, TABLE_COMMENT AS comment FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME IN (${names.map(() => "?").join(", ")})`,
        [database, ...names]);
    const occupied: string[] = [];
    for (const { name, comment } of existing) {
        if (comment === SAMPLE_TABLE_COMMENT) {
            continue;
        }
        const sample = await rows(conn, `SELECT 1 AS present FROM ${quoteIdentifier(database)}.${quoteIdentifier(tableSpec(name).name)} LIMIT 1`);
        if (sample.length > 0) {
            occupied.push(name);
        }
    }
    if (occupied.length > 0) {
        occupied.sort();
        throw new LoadError(`Refusing to load the TICKIT sample into database ${database} of an existing cluster: `
            + `the table(s) ${occupied.join(", ")} already exist and hold rows this loader did not write, and loading would replace them. `
            + `Nothing was changed. Turn the sample off with \`pulumi config set sampleData false\`, `
            + `or load it into another database with \`pulumi config set dbName tickit_sample\`.`);
    }
}

/** After CREATE TABLE IF NOT EXISTS, a table that already existed must have the sample's columns, or the load would misplace values. */
async function checkColumns(conn: SqlConnection, database: string, spec: TableSpec): Promise<void> {
    const actual = await rows<{ name: string; type: string }>(conn,
        "SELECT COLUMN_NAME AS name, DATA_TYPE AS type FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION",
        [database, spec.name]);
    const show = (cols: { name: string; type: string }[]): string => cols.map(c => `${c.name} ${c.type}`).join(", ");
    const expected = spec.columns.map(c => ({ name: c.name, type: DATA_TYPE_OF_KIND[c.kind] }));
    const same = actual.length === expected.length
        && actual.every((c, i) => c.name.toLowerCase() === expected[i].name && c.type.toLowerCase() === expected[i].type);
    if (!same) {
        throw new LoadError(`Table ${database}.${spec.name} exists with the columns (${show(actual)}) but the TICKIT sample needs (${show(expected)}). `
            + `Nothing was loaded. Drop or rename that table, or load the sample into another database with \`pulumi config set dbName tickit_sample\`.`);
    }
}

function insertStatement(database: string, spec: TableSpec, rowCount: number): string {
    const columns = spec.columns.map(c => quoteIdentifier(c.name)).join(", ");
    const row = `(${spec.columns.map(() => "?").join(", ")})`;
    return `INSERT INTO ${quoteIdentifier(database)}.${quoteIdentifier(spec.name)} (${columns}) VALUES ${new Array(rowCount).fill(row).join(", ")}`;
}

/**
 * Replaces one table's rows inside one transaction: DELETE, then batched multi-row INSERTs, then a row count
 * and checksum check against the manifest, then COMMIT. DELETE rather than TRUNCATE because TRUNCATE is DDL
 * and commits implicitly, so a bad line would leave the table empty; DELETE rolls back to the old rows.
 * DELETE-and-insert rather than INSERT ... ON DUPLICATE KEY UPDATE or REPLACE because those keep rows that are
 * no longer in the file (a smaller scale), so the table would not equal the file.
 */
async function loadTable(conn: SqlConnection, options: LoadOptions, entry: ManifestTable, batchRows: number): Promise<number> {
    const spec = tableSpec(entry.table);
    const where = options.source.describe(entry.file);
    const target = `${quoteIdentifier(options.database)}.${quoteIdentifier(spec.name)}`;
    const keyIndex = spec.columns.findIndex(c => c.name === spec.primaryKey);
    const fullBatch = insertStatement(options.database, spec, batchRows);
    const hash = createHash("sha256");
    const seenKeys = new Set<FieldValue>();

    await conn.beginTransaction();
    try {
        await conn.query(`DELETE FROM ${target}`);
        const input = await options.source.open(entry.file);
        const tap = new Transform({
            transform(chunk: Buffer, _encoding, callback) {
                hash.update(chunk);
                callback(null, chunk);
            },
        });
        const piping = pipeline(input, tap);
        // Awaited below; this handler only keeps an early exit on a bad line from leaving an unhandled rejection.
        piping.catch(() => undefined);
        const lines = createInterface({ input: tap, crlfDelay: Infinity });
        let lineNumber = 0;
        try {
            let batch: FieldValue[] = [];
            let batchFirstLine = 1;
            const flush = async (): Promise<void> => {
                const count = batch.length / spec.columns.length;
                if (count === 0) {
                    return;
                }
                try {
                    await conn.query(count === batchRows ? fullBatch : insertStatement(options.database, spec, count), batch);
                } catch (e) {
                    throw new LoadError(`${where} lines ${batchFirstLine}-${lineNumber}: the server rejected the rows: ${(e as Error).message}`);
                }
                batch = [];
            };
            for await (const rawLine of lines) {
                lineNumber += 1;
                const line = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
                let values: FieldValue[];
                try {
                    values = parseLine(spec, line);
                } catch (e) {
                    throw new LoadError(`${where} line ${lineNumber}: ${(e as Error).message}`);
                }
                const key = values[keyIndex];
                if (seenKeys.has(key)) {
                    throw new LoadError(`${where} line ${lineNumber}: primary key ${spec.primaryKey} ${key} appears on an earlier line`);
                }
                seenKeys.add(key);
                if (batch.length === 0) {
                    batchFirstLine = lineNumber;
                }
                batch.push(...values);
                if (batch.length === batchRows * spec.columns.length) {
                    await flush();
                }
            }
            await piping;
            await flush();
        } finally {
            lines.close();
            input.destroy();
        }
        if (lineNumber !== entry.rows) {
            throw new LoadError(`${where}: the manifest says ${entry.rows} rows but the file has ${lineNumber}; regenerate the sample data`);
        }
        const digest = hash.digest("hex");
        if (digest !== entry.sha256) {
            throw new LoadError(`${where}: SHA-256 ${digest} differs from the manifest's ${entry.sha256}; the file changed after the manifest was written`);
        }
        const [{ n }] = await rows<{ n: number | string }>(conn, `SELECT COUNT(*) AS n FROM ${target}`);
        await conn.commit();
        return Number(n);
    } catch (e) {
        await conn.rollback();
        throw e;
    }
}

/**
 * Creates the database and the TICKIT tables if missing and replaces every table's rows from the data files.
 * Idempotent: a second run with the same files leaves the same rows. Each table is all-or-nothing; a failure
 * stops the run with a LoadError naming the file and line, and the failed table keeps its previous rows.
 */
export async function loadSampleData(conn: SqlConnection, options: LoadOptions): Promise<LoadResult> {
    const log = options.log ?? (() => undefined);
    const batchRows = options.batchRows ?? DEFAULT_BATCH_ROWS;
    if (!Number.isSafeInteger(batchRows) || batchRows < 1 || batchRows > 5000) {
        throw new LoadError(`batchRows is ${batchRows}: allowed is a whole number from 1 to 5000`);
    }
    const db = quoteIdentifier(options.database);
    await conn.query(`SET SESSION sql_mode = '${SESSION_SQL_MODE}'`);
    if (options.existingCluster) {
        await refuseUserTables(conn, options.database);
    }
    await conn.query(`CREATE DATABASE IF NOT EXISTS ${db}`);
    await conn.query(`USE ${db}`);
    for (const statement of splitSqlStatements(options.schemaSql)) {
        await conn.query(statement);
    }
    for (const spec of TICKIT_TABLES) {
        await checkColumns(conn, options.database, spec);
    }
    log("schema applied", { database: options.database, tables: TICKIT_TABLES.length });
    const rowCounts: RowCounts = {};
    for (const entry of options.manifest.tables) {
        const started = Date.now();
        rowCounts[entry.table] = await loadTable(conn, options, entry, batchRows);
        log("table loaded", { table: entry.table, rows: rowCounts[entry.table], ms: Date.now() - started });
    }
    return { rowCounts };
}
