// Maps an exported Parquet file's footer schema to Athena column types valid for both the per-run table and the Iceberg master.
import type { SchemaElement } from "hyparquet";
import { ColumnDefinition, IDENTIFIER_PATTERN } from "../../../sql/athena/pipeline";
import { UnsupportedExport } from "./errors";

function decimal(element: SchemaElement, precision?: number, scale?: number): string {
    const p = precision ?? element.precision;
    const s = scale ?? element.scale ?? 0;
    if (p === undefined || p < 1 || p > 38 || s < 0 || s > p) {
        throw new UnsupportedExport(`column ${element.name} is DECIMAL(${p}, ${s}); Athena supports precision 1 to 38`);
    }
    return `decimal(${p},${s})`;
}

/** The Athena type for one top-level Parquet column (Iceberg has no tinyint/smallint, so small integers become int). */
export function athenaType(element: SchemaElement): string {
    const logical = element.logical_type;
    const converted = element.converted_type;
    if (element.num_children !== undefined && element.num_children > 0) {
        throw new UnsupportedExport(`column ${element.name} is a nested Parquet group, which the pipeline does not load`);
    }
    if (logical?.type === "DECIMAL") {
        return decimal(element, logical.precision, logical.scale);
    }
    if (converted === "DECIMAL") {
        return decimal(element);
    }
    switch (element.type) {
        case "BOOLEAN":
            return "boolean";
        case "INT32":
            if (logical?.type === "DATE" || converted === "DATE") return "date";
            if (logical?.type === "TIME" || converted === "TIME_MILLIS") break;
            if ((logical?.type === "INTEGER" && !logical.isSigned && logical.bitWidth === 32) || converted === "UINT_32") return "bigint";
            return "int";
        case "INT64":
            if (logical?.type === "TIMESTAMP" || converted === "TIMESTAMP_MILLIS" || converted === "TIMESTAMP_MICROS") return "timestamp";
            if (logical?.type === "TIME" || converted === "TIME_MICROS") break;
            if ((logical?.type === "INTEGER" && !logical.isSigned) || converted === "UINT_64") return "decimal(20,0)";
            return "bigint";
        case "INT96":
            return "timestamp";
        case "FLOAT":
            return "float";
        case "DOUBLE":
            return "double";
        case "BYTE_ARRAY":
        case "FIXED_LEN_BYTE_ARRAY":
            if (logical?.type === "STRING" || logical?.type === "ENUM" || logical?.type === "JSON" || logical?.type === "UUID"
                || converted === "UTF8" || converted === "ENUM" || converted === "JSON") return "string";
            return "binary";
        default:
            break;
    }
    throw new UnsupportedExport(`column ${element.name} has the Parquet type ${element.type}/${logical?.type ?? converted ?? "-"}, which the pipeline does not load`);
}

/** One row of export_tables_info `schemaMetadata.originalTypeMappings`: the MySQL type behind an exported column. */
export interface OriginalTypeMapping {
    readonly columnName: string;
    readonly originalType: string;
}

/**
 * The master's type for one exported column. The Parquet annotation alone is not enough: RDS writes MySQL CHAR as an
 * unannotated BYTE_ARRAY and DATE as a STRING (Aurora User Guide, "Data conversion when exporting to an Amazon S3
 * bucket"; those two rows are from the issue, not re-confirmed: docs/aws-contract.md), so the MySQL type from
 * export_tables_info decides. The cast happens only when both the Parquet type and originalType say so. Only BINARY,
 * BLOB and BIT stay binary.
 */
export function masterType(stageType: string, originalType: string | undefined): string {
    const original = (originalType ?? "").toLowerCase();
    if (stageType === "binary" && original === "char") return "string";
    if (stageType === "string" && original === "date") return "date";
    return stageType;
}

/**
 * INT64 TIMESTAMP_MICROS, what the export writes for DATETIME and TIMESTAMP (Aurora User Guide, "Data conversion when
 * exporting to an Amazon S3 bucket"). A Hive table on Athena engine v3 reads timestamps at precision 3 and rounds the
 * rest ("Athena engine version 3", "Timestamp changes": 23:59:59.9996 becomes the next day), so the per-run table reads
 * these as their bigint microseconds and the MERGE converts them to the master's timestamp(6) exactly.
 */
export function isMicrosTimestamp(element: SchemaElement): boolean {
    return element.type === "INT64" && ((element.logical_type?.type === "TIMESTAMP" && element.logical_type.unit === "MICROS") || element.converted_type === "TIMESTAMP_MICROS");
}

/**
 * Top-level columns of a Parquet schema (the first element is the root). Names must be plain identifiers.
 * `stageType` is what the file holds (the per-run Glue table reads it as is); `type` is the master's (the MERGE casts).
 */
export function columnsFromSchema(schema: readonly SchemaElement[], table: string, originalTypes: readonly OriginalTypeMapping[] = []): ColumnDefinition[] {
    const columns: ColumnDefinition[] = [];
    const original = new Map(originalTypes.map(m => [m.columnName.toLowerCase(), m.originalType]));
    // Every element after the root is a top-level column: athenaType refuses a nested group (an element with children)
    // before its children are reached, so no element is skipped.
    for (const element of schema.slice(1)) {
        if (!IDENTIFIER_PATTERN.test(element.name)) {
            throw new UnsupportedExport(`table ${table} has the column ${JSON.stringify(element.name)}, which is not a plain identifier`);
        }
        const name = element.name.toLowerCase();
        const fileType = athenaType(element);
        const type = masterType(fileType, original.get(name));
        const stageType = isMicrosTimestamp(element) ? "bigint" : fileType;
        columns.push(type === stageType ? { name, type } : { name, type, stageType });
    }
    return columns;
}
