// @ts-nocheck
// QuickSight datasets over the sample master tables: their columns, read from sql/mysql/schema.sql, and the typed SELECT each runs in Athena.

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** QuickSight's input column types. */
export type QuickSightColumnType = "STRING" | "INTEGER" | "DECIMAL" | "DATETIME" | "BOOLEAN";

export interface DatasetColumn {
    name: string;
    type: QuickSightColumnType;
    /** The Athena type the column is cast to, so QuickSight's declared type holds whatever Parquet type the export chose. */
    athenaType: string;
}

/** MySQL column type (as written in the schema) -> QuickSight type and the Athena cast that guarantees it. */
export function mapMySqlType(mysqlType: string): { type: QuickSightColumnType; athenaType: string } {
    const t = mysqlType.trim().toUpperCase();
    if (/^(BOOLEAN|BOOL|TINYINT\(1\))$/.test(t)) return { type: "BOOLEAN", athenaType: "boolean" };
    if (/^(TINYINT|SMALLINT|MEDIUMINT|INT|INTEGER|BIGINT)\b/.test(t)) return { type: "INTEGER", athenaType: "bigint" };
    const decimal = /^DECIMAL\((\d+),\s*(\d+)\)$/.exec(t);
    if (decimal) return { type: "DECIMAL", athenaType: `decimal(${decimal[1]},${decimal[2]})` };
    if (/^(DATE|DATETIME|TIMESTAMP)\b/.test(t)) return { type: "DATETIME", athenaType: "timestamp" };
    if (/^(CHAR|VARCHAR|TEXT)\b/.test(t)) return { type: "STRING", athenaType: "varchar" };
    throw new Error(`no QuickSight mapping for MySQL type ${mysqlType}`);
}

/** Columns per table from the sample schema's CREATE TABLE statements, in declaration order. */
export function datasetColumnsFromSchema(schemaSql: string): Map<string, DatasetColumn[]> {
    const tables = new Map<string, DatasetColumn[]>();
    const createTable = /CREATE TABLE IF NOT EXISTS `(\w+)` \(([\s\S]*?)\n\)/g;
    for (const match of schemaSql.matchAll(createTable)) {
        const columns: DatasetColumn[] = [];
        for (const line of match[2].split("\n")) {
            const column = /^\s*`(\w+)`\s+([A-Z]+(?:\(\d+(?:,\s*\d+)?\))?)/.exec(line);
            if (column) {
                columns.push({ name: column[1], ...mapMySqlType(column[2]) });
            }
        }
        tables.set(match[1], columns);
    }
    return tables;
}

function quote(identifier: string): string {
    if (!IDENTIFIER.test(identifier)) {
        throw new Error(`${JSON.stringify(identifier)} is not an identifier`);
    }
    return `"${identifier}"`;
}

/** The dataset's SQL: every column cast to its declared type, from the master table in the pipeline's Glue database. */
export function datasetSql(glueDatabase: string, table: string, columns: readonly DatasetColumn[]): string {
    const select = columns.map(c => `CAST(${quote(c.name)} AS ${c.athenaType}) AS ${quote(c.name)}`).join(", ");
    return `SELECT ${select} FROM ${quote(glueDatabase)}.${quote(table)}`;
}
