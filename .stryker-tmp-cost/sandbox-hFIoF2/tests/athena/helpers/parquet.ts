// @ts-nocheck
// Test helper: writes Parquet files with DuckDB laid out like an Aurora export, and serves them to S3 mocks.
import * as fs from "fs";
import * as path from "path";
import { DuckDBConnection } from "@duckdb/node-api";

/** `<root>/<prefix>/<exportId>/<db>/<db>.<table>/1/part-00000-<n>.gz.parquet`, the layout FACTS.md documents. */
export function exportTablePath(root: string, exportPrefix: string, exportId: string, db: string, table: string): string {
    return path.join(root, exportPrefix, exportId, db, `${db}.${table}`);
}

export async function writeExportTable(conn: DuckDBConnection, selectSql: string, dir: string, parts = 1): Promise<void> {
    fs.mkdirSync(path.join(dir, "1"), { recursive: true });
    if (parts === 1) {
        await conn.run(`COPY (${selectSql}) TO '${path.join(dir, "1", "part-00000-0.gz.parquet")}' (FORMAT PARQUET, COMPRESSION GZIP)`);
        return;
    }
    // Spread rows over several part files (round robin on row number), as a large export does.
    for (let p = 0; p < parts; p++) {
        await conn.run(`COPY (SELECT * EXCLUDE (_n) FROM (SELECT *, row_number() OVER () AS _n FROM (${selectSql})) WHERE _n % ${parts} = ${p}) TO '${path.join(dir, "1", `part-0000${p}-0.gz.parquet`)}' (FORMAT PARQUET, COMPRESSION GZIP)`);
    }
}

/** Every file under a directory, as S3 keys relative to `root`. */
export function listKeys(root: string, prefix: string): { key: string; size: number }[] {
    const out: { key: string; size: number }[] = [];
    const start = path.join(root, prefix);
    const walk = (dir: string): void => {
        if (!fs.existsSync(dir)) return;
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) walk(full);
            else out.push({ key: path.relative(root, full).split(path.sep).join("/"), size: fs.statSync(full).size });
        }
    };
    // S3 prefixes are not directories: list the parent and filter by prefix.
    const parent = fs.existsSync(start) && fs.statSync(start).isDirectory() ? start : path.dirname(start);
    walk(parent);
    return out.filter(o => o.key.startsWith(prefix)).sort((a, b) => a.key.localeCompare(b.key));
}

/** A GetObject body as the SDK returns it, enough for `transformToByteArray`. */
export function bodyOf(bytes: Uint8Array): { transformToByteArray(): Promise<Uint8Array> } {
    return { transformToByteArray: async () => bytes };
}

/** Applies an HTTP Range header (`bytes=a-b`) to a file. */
export function readRange(file: string, range: string | undefined): Uint8Array {
    const data = fs.readFileSync(file);
    if (!range) return new Uint8Array(data);
    const m = /^bytes=(\d+)-(\d+)$/.exec(range);
    if (!m) throw new Error(`unexpected range ${range}`);
    return new Uint8Array(data.subarray(Number(m[1]), Number(m[2]) + 1));
}
