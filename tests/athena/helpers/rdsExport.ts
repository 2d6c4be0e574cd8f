// Test helper: writes what an Aurora MySQL cluster export to S3 writes (files, layout, JSON, Parquet physical and logical types).
//
// Sources (docs/aws-contract.md, "RDS export to S3 and the Athena pipeline"):
// - Aurora User Guide, "Data conversion when exporting to an Amazon S3 bucket" (USER_ExportSnapshot.data-types): the
//   MySQL-to-Parquet mapping below. BIGINT UNSIGNED is FIXED_LEN_BYTE_ARRAY(9) DECIMAL(20,0); DECIMAL above precision
//   38 is a STRING; BIT is an unannotated BYTE_ARRAY (confirmed). CHAR is an unannotated BYTE_ARRAY, DATE a STRING and
//   DATETIME/TIMESTAMP INT64 TIMESTAMP_MICROS as the issue states; those rows could not be re-confirmed here.
// - Aurora User Guide, "Exporting DB cluster data to Amazon S3": `<prefix>/<exportId>/<db>/<db>.<table>/<n>/part-*.gz.parquet`,
//   `export_info_<exportId>.json` and `export_tables_info_<exportId>_from_<n>_to_<m>.json` (perTableStatus, status,
//   schemaMetadata.originalTypeMappings) at the export root. An empty table writes no part file. The JSON field names
//   follow public parsers of real files; `failureCause` on a table entry is an assumption (docs/aws-contract.md).
// DuckDB cannot write FIXED_LEN_BYTE_ARRAY(9) nor an unannotated INT32 for TINYINT (it annotates INT_8), so the Parquet
// files are written with hyparquet-writer from an explicit schema; tests read them back with DuckDB and hyparquet.
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import type { SchemaElement } from "hyparquet";
import { parquetWriteBuffer } from "hyparquet-writer";

/** One source column as MySQL declares it, e.g. `char(2)`, `decimal(8,2)`, `bigint unsigned`, `enum('a','b')`. */
export interface MysqlColumn {
    readonly name: string;
    readonly type: string;
}

export interface MysqlTable {
    readonly name: string;
    readonly columns: readonly MysqlColumn[];
}

/** A row as text, the way `CAST(x AS VARCHAR)` or the MySQL client prints it; null is SQL NULL. */
export type TextRow = readonly (string | null)[];

export interface ExportedTable {
    readonly table: MysqlTable;
    readonly rows: readonly TextRow[];
    /** COMPLETE unless the export skipped the table; a skipped table gets no files. */
    readonly status?: "COMPLETE" | "FAILED";
    /** AWS's reason for a skipped table (export_tables_info `failureCause`, also surfaced in WarningMessage). */
    readonly failureCause?: string;
    /** Part files per table (rows spread round robin), as a large table writes several. */
    readonly parts?: number;
}

export interface ExportSpec {
    readonly root: string;
    readonly prefix: string;
    readonly exportTaskId: string;
    readonly db: string;
    readonly sourceArn: string;
    /** ISO 8601 UTC: the point in time whose data the export holds. */
    readonly snapshotTime: string;
    readonly tables: readonly ExportedTable[];
}

const BASE_TYPE = /^([a-z]+)(?:\((.*)\))?( unsigned)?$/;

function parseType(type: string): { base: string; args: string[]; unsigned: boolean } {
    const m = BASE_TYPE.exec(type.toLowerCase().trim());
    if (!m) throw new Error(`unknown MySQL type ${type}`);
    return { base: m[1], args: m[2] !== undefined ? m[2].split(",").map(s => s.trim()) : [], unsigned: m[3] !== undefined };
}

/** Bytes a two's-complement unscaled decimal of this precision needs (Parquet spec, DECIMAL on FIXED_LEN_BYTE_ARRAY). */
function decimalBytes(precision: number): number {
    return Math.ceil((Math.log2(10 ** precision) + 1) / 8);
}

/** The Parquet schema element AWS writes for one MySQL column (the data-types page, MySQL section). */
export function parquetElement(column: MysqlColumn): SchemaElement {
    const { base, args, unsigned } = parseType(column.type);
    const name = column.name;
    const repetition_type = "OPTIONAL" as const;
    const string = { name, repetition_type, type: "BYTE_ARRAY" as const, converted_type: "UTF8" as const, logical_type: { type: "STRING" as const } };
    const bytes = { name, repetition_type, type: "BYTE_ARRAY" as const };
    switch (base) {
        case "tinyint": case "smallint": case "mediumint": case "int": case "integer": case "year":
            return (unsigned && (base === "int" || base === "integer" || base === "mediumint"))
                ? { name, repetition_type, type: "INT64" }
                : { name, repetition_type, type: "INT32" };
        case "bigint":
            return unsigned
                ? { name, repetition_type, type: "FIXED_LEN_BYTE_ARRAY", type_length: 9, converted_type: "DECIMAL", precision: 20, scale: 0, logical_type: { type: "DECIMAL", precision: 20, scale: 0 } }
                : { name, repetition_type, type: "INT64" };
        case "float": case "double":
            return { name, repetition_type, type: "DOUBLE" };
        case "decimal": case "numeric": {
            const precision = Number(args[0] ?? 10);
            const scale = Number(args[1] ?? 0);
            if (precision > 38) return string;
            const decimal = { name, repetition_type, converted_type: "DECIMAL" as const, precision, scale, logical_type: { type: "DECIMAL" as const, precision, scale } };
            if (precision <= 9) return { ...decimal, type: "INT32" };
            if (precision <= 18) return { ...decimal, type: "INT64" };
            return { ...decimal, type: "FIXED_LEN_BYTE_ARRAY", type_length: decimalBytes(precision) };
        }
        case "char": case "binary": case "varbinary": case "bit":
        case "tinyblob": case "blob": case "mediumblob": case "longblob":
            return bytes;
        case "varchar": case "tinytext": case "text": case "mediumtext": case "longtext":
        case "enum": case "set": case "time": case "json": case "date":
            return string;
        case "datetime": case "timestamp":
            return { name, repetition_type, type: "INT64", converted_type: "TIMESTAMP_MICROS", logical_type: { type: "TIMESTAMP", isAdjustedToUTC: false, unit: "MICROS" } };
        default:
            throw new Error(`the generator has no mapping for MySQL type ${column.type}`);
    }
}

/** `expectedExportedType` text for export_tables_info (the physical/logical pair written). */
function expectedExportedType(e: SchemaElement): string {
    if (e.logical_type?.type === "DECIMAL") return `${(e.type ?? "").toLowerCase()} (DECIMAL(${e.precision},${e.scale}))`;
    if (e.logical_type?.type === "STRING") return "binary (UTF8)";
    if (e.logical_type?.type === "TIMESTAMP") return "int64 (TIMESTAMP_MICROS)";
    return e.type === "BYTE_ARRAY" ? "binary" : (e.type ?? "").toLowerCase();
}

const TIMESTAMP_TEXT = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?$/;

function micros(text: string): bigint {
    const m = TIMESTAMP_TEXT.exec(text);
    if (!m) throw new Error(`not a DATETIME text: ${text}`);
    // setUTCFullYear, because Date.UTC reads years 0-99 as 1900-1999 (MySQL DATETIME starts at year 1000, TIMESTAMP
    // at 1970, but MySQL accepts earlier DATETIME values outside strict mode).
    const date = new Date(Date.UTC(2000, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])));
    date.setUTCFullYear(Number(m[1]));
    const ms = date.getTime();
    return BigInt(ms) * 1000n + BigInt((m[7] ?? "").padEnd(6, "0"));
}

function unscaled(text: string, scale: number): bigint {
    const negative = text.startsWith("-");
    const [whole, fraction = ""] = text.replace(/^[-+]/, "").split(".");
    const digits = BigInt(`${whole}${fraction.padEnd(scale, "0").slice(0, scale)}`);
    return negative ? -digits : digits;
}

/** A text value as the physical value hyparquet-writer stores for that schema element. */
export function physicalValue(e: SchemaElement, text: string | null): unknown {
    if (text === null) return null;
    if (e.converted_type === "DECIMAL") return unscaled(text, e.scale ?? 0);
    if (e.converted_type === "TIMESTAMP_MICROS") return micros(text);
    switch (e.type) {
        case "INT32": return Number(text);
        case "INT64": return BigInt(text);
        case "DOUBLE": return Number(text);
        case "BYTE_ARRAY": return e.converted_type === "UTF8" ? text : new TextEncoder().encode(text);
        default: throw new Error(`no physical value for ${e.type}`);
    }
}

export function writeParquet(file: string, table: MysqlTable, rows: readonly TextRow[]): void {
    const elements = table.columns.map(parquetElement);
    const schema: SchemaElement[] = [{ name: "schema", num_children: elements.length }, ...elements];
    const buffer = parquetWriteBuffer({
        schema,
        columnData: elements.map((e, i) => ({ name: e.name, data: rows.map(r => physicalValue(e, r[i])) as never })),
        codec: "GZIP",
        compressors: { GZIP: (input: Uint8Array) => new Uint8Array(zlib.gzipSync(input)) },
    });
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, new Uint8Array(buffer));
}

/** `<root>/<prefix>/<exportId>/<db>/<db>.<table>`, the folder holding a table's numbered partitions. */
export function exportTableDir(root: string, prefix: string, exportTaskId: string, db: string, table: string): string {
    return path.join(root, prefix, exportTaskId, db, `${db}.${table}`);
}

/** The JSON files and Parquet tree of one export; returns the WarningMessage DescribeExportTasks would carry. */
export function writeExport(spec: ExportSpec): { warning?: string } {
    const exportRoot = path.join(spec.root, spec.prefix, spec.exportTaskId);
    fs.mkdirSync(exportRoot, { recursive: true });
    const perTableStatus = spec.tables.map(t => {
        const target = `${spec.db}.${t.table.name}`;
        const status = t.status ?? "COMPLETE";
        let bytes = 0;
        if (status === "COMPLETE" && t.rows.length > 0) {
            const parts = Math.max(1, Math.min(t.parts ?? 1, t.rows.length));
            for (let p = 0; p < parts; p++) {
                const id = crypto.createHash("sha256").update(`${spec.exportTaskId}/${target}/${p}`).digest("hex");
                const uuid = `${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20, 32)}`;
                const file = path.join(exportTableDir(spec.root, spec.prefix, spec.exportTaskId, spec.db, t.table.name), "1", `part-${String(p).padStart(5, "0")}-${uuid}-c000.gz.parquet`);
                writeParquet(file, t.table, t.rows.filter((_, i) => i % parts === p));
                bytes += fs.statSync(file).size;
            }
            // An empty marker real exports leave next to the data (seen in a published listing of an export, not in
            // AWS's guide).
            fs.writeFileSync(path.join(exportTableDir(spec.root, spec.prefix, spec.exportTaskId, spec.db, t.table.name), "_SUCCESS"), "");
        }
        return {
            TableStatistics: { extractionStartTime: spec.snapshotTime, extractionEndTime: spec.snapshotTime, partitioningInfo: { numberOfPartitions: 1, numberOfCompletedPartitions: status === "COMPLETE" ? 1 : 0 } },
            schemaMetadata: {
                originalTypeMappings: t.table.columns.map(c => {
                    const { base, args } = parseType(c.type);
                    return {
                        columnName: c.name,
                        originalType: base,
                        expectedExportedType: expectedExportedType(parquetElement(c)),
                        originalCharMaxLength: ["char", "varchar", "binary", "varbinary"].includes(base) ? Number(args[0] ?? 1) : 0,
                        originalNumPrecision: ["decimal", "numeric"].includes(base) ? Number(args[0] ?? 10) : 0,
                        originalDateTimePrecision: 0,
                    };
                }),
            },
            status,
            ...(t.failureCause !== undefined ? { failureCause: t.failureCause } : {}),
            // The data written, in GiB, unrounded: an assumption (public parsers read sizeGB as a number; no page shows its rounding).
            sizeGB: bytes / 2 ** 30,
            target,
        };
    });
    const n = perTableStatus.length;
    fs.writeFileSync(path.join(exportRoot, `export_tables_info_${spec.exportTaskId}_from_1_to_${n}.json`), JSON.stringify({ perTableStatus }, null, 2));
    fs.writeFileSync(path.join(exportRoot, `export_info_${spec.exportTaskId}.json`), JSON.stringify({
        exportTaskIdentifier: spec.exportTaskId,
        sourceArn: spec.sourceArn,
        snapshotTime: spec.snapshotTime,
        status: "COMPLETE",
        percentProgress: 100,
        totalExtractedDataInGB: 0,
    }, null, 2));
    const skipped = spec.tables.filter(t => (t.status ?? "COMPLETE") !== "COMPLETE");
    return skipped.length > 0
        ? { warning: skipped.map(t => `Table ${spec.db}.${t.table.name} was skipped: ${t.failureCause ?? "no reason given"}`).join(" ") }
        : {};
}
