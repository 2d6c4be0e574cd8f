// SQL builders for the Athena pipeline run: Iceberg master DDL, deduplicated extraction, MERGE and watermark queries.
//
// Every identifier is checked against IDENTIFIER_PATTERN and quoted; every literal (timestamps, S3 locations) is checked
// against a strict pattern, so nothing from outside the stack config can change the shape of a statement.
// DML (SELECT, MERGE) is kept to what both Athena engine v3 (Trino) and DuckDB accept, so the semantic tests run the
// very same text on DuckDB. Only the Iceberg CREATE TABLE is Athena-only (Hive-style DDL: backticks, LOCATION,
// TBLPROPERTIES); it has its own exact-text test.

import { createHash } from "crypto";

function sha256Hex(text: string): string {
    return createHash("sha256").update(text).digest("hex");
}

/** Same rule as components/config.ts IDENTIFIER_PATTERN (a test asserts they match); functions/ cannot import components/. */
export const IDENTIFIER_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** Athena column types the pipeline creates; all of them are valid for both Hive (Parquet) and Iceberg tables. */
export const COLUMN_TYPE_PATTERN = /^(boolean|int|bigint|float|double|date|timestamp|string|binary|decimal\(([1-9]|[12][0-9]|3[0-8]),([0-9]|[12][0-9]|3[0-8])\))$/;

/** The watermark and bound format: what CAST(timestamp AS varchar) prints on Athena (ms) and DuckDB (us). */
export const TIMESTAMP_TEXT_PATTERN = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?$/;

const S3_LOCATION_PATTERN = /^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\/(?:[A-Za-z0-9_.-]+\/)*$/;
const RUN_ID_PATTERN = /^r\d{8}t\d{6}_[0-9a-f]{8}$/;

/** Helper columns the builders add; a source column with one of these names is rejected. */
export const RESERVED_COLUMNS: readonly string[] = ["_pipeline_rank", "_pipeline_deleted"];

export interface ColumnDefinition {
    /** Lowercase column name as Glue stores it. */
    readonly name: string;
    /** The master's Athena type, one of COLUMN_TYPE_PATTERN. */
    readonly type: string;
    /**
     * The type the per-run table reads, when it differs from `type` (MySQL CHAR is binary, DATE is a string in the
     * export, DATETIME/TIMESTAMP are read as their INT64 microseconds); the MERGE converts it to `type` (stageValue).
     */
    readonly stageType?: string;
}

export interface PipelineTable {
    readonly name: string;
    readonly primaryKey: readonly string[];
    readonly timestampColumn?: string;
}

export class UnsafeSqlInputError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "UnsafeSqlInputError";
    }
}

function checkIdentifier(name: string, what: string): string {
    if (typeof name !== "string" || !IDENTIFIER_PATTERN.test(name)) {
        throw new UnsafeSqlInputError(`${what} ${JSON.stringify(name)} is not a valid identifier (letters, digits, underscores, at most 64)`);
    }
    // Glue lowercases every database, table and column name; using the lowercase form keeps SQL and catalog in step.
    return name.toLowerCase();
}

/** A double-quoted identifier for DML (Trino and DuckDB). */
export function quoteIdentifier(name: string, what = "identifier"): string {
    return `"${checkIdentifier(name, what)}"`;
}

/** A backtick-quoted identifier for Athena DDL, which rejects double quotes. */
export function quoteDdlIdentifier(name: string, what = "identifier"): string {
    return `\`${checkIdentifier(name, what)}\``;
}

export function qualifiedName(database: string, table: string): string {
    return `${quoteIdentifier(database, "database")}.${quoteIdentifier(table, "table")}`;
}

/** A TIMESTAMP literal from a validated watermark text. */
export function timestampLiteral(value: string): string {
    if (typeof value !== "string" || !TIMESTAMP_TEXT_PATTERN.test(value)) {
        throw new UnsafeSqlInputError(`timestamp ${JSON.stringify(value)} is not of the form YYYY-MM-DD HH:MM:SS[.fraction]`);
    }
    return `TIMESTAMP '${value}'`;
}

/** Milliseconds since the epoch of a TIMESTAMP_TEXT_PATTERN match; setUTCFullYear, because Date.UTC reads years 0-99 as 1900-1999. */
function utcMillis(m: RegExpExecArray): number {
    const date = new Date(Date.UTC(2000, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])));
    date.setUTCFullYear(Number(m[1]));
    return date.getTime();
}

/** Subtracts whole seconds from a timestamp text, keeping its fractional part (timestamps carry no zone: plain UTC arithmetic). */
export function subtractSeconds(value: string, seconds: number): string {
    const m = TIMESTAMP_TEXT_PATTERN.exec(value);
    if (!m) {
        throw new UnsafeSqlInputError(`timestamp ${JSON.stringify(value)} is not of the form YYYY-MM-DD HH:MM:SS[.fraction]`);
    }
    if (!Number.isSafeInteger(seconds) || seconds < 0) {
        throw new UnsafeSqlInputError(`overlap ${seconds} is not a whole number of seconds >= 0`);
    }
    const ms = utcMillis(m) - seconds * 1000;
    const iso = new Date(ms).toISOString(); // 2026-11-04T03:25:00.000Z
    return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${m[7] ?? ""}`;
}

/**
 * Per-run table that exposes one table of one export; the run id makes it unique and predictable. The name stays a
 * 64-character identifier for any 64-character table name: a name longer than 34 characters keeps its first 25 and
 * 8 hex digits of its SHA-256.
 */
export function stageTableName(runId: string, table: string): string {
    if (!RUN_ID_PATTERN.test(runId)) {
        throw new UnsafeSqlInputError(`run id ${JSON.stringify(runId)} does not match ${RUN_ID_PATTERN}`);
    }
    const name = checkIdentifier(table, "table");
    const full = `run_${runId}_${name}`;
    if (full.length <= 64) {
        return full;
    }
    return `run_${runId}_${name.slice(0, 64 - full.length + name.length - 9)}_${sha256Hex(name).slice(0, 8)}`;
}

/**
 * The SQL value of an exported column in the master's type (the export holds CHAR as binary, DATE as text and
 * DATETIME/TIMESTAMP as INT64 TIMESTAMP_MICROS). A value the cast refuses (a MySQL zero date `0000-00-00`, `2008-02-30`)
 * becomes NULL through TRY (Athena "TRY": returns NULL instead of the error) and is counted by stageStatsSql, so one bad
 * value neither fails the table's MERGE nor hides.
 */
export function stageValue(column: ColumnDefinition, qualifier?: string): string {
    const ref = `${qualifier !== undefined ? `${qualifier}.` : ""}${quoteIdentifier(column.name)}`;
    const stage = column.stageType ?? column.type;
    if (stage === column.type) {
        return ref;
    }
    // Trino's from_utf8 (the tests give DuckDB the same function as a macro over decode); it never fails.
    if (stage === "binary" && column.type === "string") {
        return `from_utf8(${ref})`;
    }
    if (stage === "string" && column.type === "date") {
        return `TRY(CAST(${ref} AS date))`;
    }
    // A Hive table reads timestamps at precision 3 and rounds the rest (Athena engine version 3, "Timestamp changes"),
    // so the stage reads the INT64 microseconds as bigint and the master's timestamp(6) gets them exactly: whole
    // seconds through date_add, the microseconds through from_unixtime_nanos (Trino "Date and time functions"). All
    // bigint: microseconds * 1000 as nanoseconds would overflow after 2262, and DATETIME reaches 9999. mod() keeps the
    // dividend's sign, so times before 1970 come out right too.
    if (stage === "bigint" && column.type === "timestamp") {
        return `TRY(CAST(date_add('second', (${ref} - mod(${ref}, 1000000)) / 1000000, from_unixtime_nanos(mod(${ref}, 1000000) * 1000)) AS timestamp(6)))`;
    }
    throw new UnsafeSqlInputError(`column ${column.name} cannot be cast from ${stage} to ${column.type}`);
}

/** A stage column whose conversion can refuse a value (TRY gives NULL then). */
function mayRefuse(column: ColumnDefinition): boolean {
    return stageValue(column).startsWith("TRY(");
}

/** The per-run table with every column in the master's type: a plain table reference when no column needs a cast. */
function typedStage(database: string, stageTable: string, columns: readonly ColumnDefinition[]): string {
    if (columns.every(c => (c.stageType ?? c.type) === c.type)) {
        return qualifiedName(database, stageTable);
    }
    const exprs = columns.map(c => {
        const value = stageValue(c);
        return value === quoteIdentifier(c.name) ? value : `${value} AS ${quoteIdentifier(c.name)}`;
    });
    return `(SELECT ${exprs.join(", ")} FROM ${qualifiedName(database, stageTable)})`;
}

function checkColumns(columns: readonly ColumnDefinition[], table: PipelineTable): void {
    if (columns.length === 0) {
        throw new UnsafeSqlInputError(`table ${table.name} has no columns`);
    }
    const names = new Set<string>();
    for (const c of columns) {
        const name = checkIdentifier(c.name, `column of ${table.name}`);
        if (RESERVED_COLUMNS.includes(name)) {
            throw new UnsafeSqlInputError(`table ${table.name} has a column named ${name}, which the pipeline reserves`);
        }
        if (names.has(name)) {
            throw new UnsafeSqlInputError(`table ${table.name} has the column ${name} twice`);
        }
        for (const type of [c.type, c.stageType ?? c.type]) {
            if (!COLUMN_TYPE_PATTERN.test(type)) {
                throw new UnsafeSqlInputError(`column ${table.name}.${name} has the unsupported type ${JSON.stringify(type)}`);
            }
        }
        names.add(name);
    }
    for (const key of table.primaryKey) {
        if (!names.has(checkIdentifier(key, `primary key of ${table.name}`))) {
            throw new UnsafeSqlInputError(`primary key column ${key} is not in the exported columns of ${table.name}`);
        }
    }
    if (table.timestampColumn !== undefined) {
        const ts = checkIdentifier(table.timestampColumn, `timestamp column of ${table.name}`);
        const column = columns.find(c => c.name.toLowerCase() === ts);
        if (!column) {
            throw new UnsafeSqlInputError(`timestamp column ${table.timestampColumn} is not in the exported columns of ${table.name}`);
        }
        if (column.type !== "timestamp") {
            throw new UnsafeSqlInputError(`timestamp column ${table.name}.${ts} has type ${column.type}; the diff needs a timestamp`);
        }
    }
}

/** Athena-only: the Iceberg master table, created on the first run and kept afterwards. */
export function createMasterTableSql(database: string, table: PipelineTable, columns: readonly ColumnDefinition[], location: string): string {
    checkColumns(columns, table);
    if (!S3_LOCATION_PATTERN.test(location)) {
        throw new UnsafeSqlInputError(`master location ${JSON.stringify(location)} is not an s3://bucket/prefix/ URI`);
    }
    const columnList = columns.map(c => `  ${quoteDdlIdentifier(c.name)} ${c.type}`).join(",\n");
    return [
        `CREATE TABLE IF NOT EXISTS ${quoteDdlIdentifier(database, "database")}.${quoteDdlIdentifier(table.name, "table")} (`,
        columnList,
        `)`,
        `LOCATION '${location}'`,
        // Snapshot retention for VACUUM (Athena "VACUUM": vacuum_max_snapshot_age_seconds defaults to 432000, vacuum_min_snapshots_to_keep to 1).
        `TBLPROPERTIES ('table_type'='ICEBERG', 'format'='parquet', 'write_compression'='zstd', 'vacuum_max_snapshot_age_seconds'='${VACUUM_MAX_SNAPSHOT_AGE_SECONDS}', 'vacuum_min_snapshots_to_keep'='1')`,
    ].join("\n");
}

/** Snapshots older than this are expired by VACUUM after each full sync (time travel reaches back this far). */
export const VACUUM_MAX_SNAPSHOT_AGE_SECONDS = 432000;

/** Athena-only: columns added at the source, added to the master before the MERGE (Athena "ALTER TABLE ADD COLUMNS", Iceberg). */
export function addColumnsSql(database: string, table: PipelineTable, columns: readonly ColumnDefinition[]): string {
    checkColumns(columns, { name: table.name, primaryKey: [] });
    const list = columns.map(c => `${quoteDdlIdentifier(c.name)} ${c.type}`).join(", ");
    return `ALTER TABLE ${quoteDdlIdentifier(database, "database")}.${quoteDdlIdentifier(table.name, "table")} ADD COLUMNS (${list})`;
}

/** Athena-only: a rebuild drops the master (Iceberg: table and data) and recreates it from the export. */
export function dropMasterSql(database: string, table: PipelineTable): string {
    return `DROP TABLE IF EXISTS ${quoteDdlIdentifier(database, "database")}.${quoteDdlIdentifier(table.name, "table")}`;
}

/**
 * Athena-only: compaction and snapshot expiry after a full sync; both run in the Glue database's context. OPTIMIZE's
 * page shows only `OPTIMIZE [db_name.]table_name REWRITE DATA USING BIN_PACK` and it runs on the Trino engine, which
 * refuses backquoted identifiers, so it takes the double quotes of DML (Athena "Escape reserved keywords in queries");
 * VACUUM's page shows backticks (Athena "VACUUM"), so VACUUM keeps them.
 */
export function maintenanceSql(table: PipelineTable): readonly [string, string] {
    return [`OPTIMIZE ${quoteIdentifier(table.name, "table")} REWRITE DATA USING BIN_PACK`, `VACUUM ${quoteDdlIdentifier(table.name, "table")}`];
}

/** A COMPLETE export of an empty table: the full sync empties the master (one Iceberg commit). */
export function emptyMasterSql(database: string, table: PipelineTable): string {
    return `DELETE FROM ${qualifiedName(database, table.name)}`;
}

/**
 * The export's rows, one per primary key (newest timestamp first when the table has one): MERGE fails on Athena when
 * one target row matches several source rows, so duplicates never reach it. `since` keeps only changed rows.
 */
export function latestRowsSql(database: string, stageTable: string, table: PipelineTable, columns: readonly ColumnDefinition[], since?: string): string {
    checkColumns(columns, table);
    const cols = columns.map(c => quoteIdentifier(c.name)).join(", ");
    const partition = table.primaryKey.map(k => quoteIdentifier(k)).join(", ");
    const order = table.timestampColumn !== undefined ? ` ORDER BY ${quoteIdentifier(table.timestampColumn)} DESC NULLS LAST` : "";
    if (since !== undefined && table.timestampColumn === undefined) {
        throw new UnsafeSqlInputError(`table ${table.name} has no timestamp column, so it cannot be filtered by time`);
    }
    // A row whose change column is NULL cannot be placed in time: every diff run merges it again (unchanged rows are not rewritten).
    const changed = since !== undefined
        ? `(${quoteIdentifier(table.timestampColumn!)} >= ${timestampLiteral(since)} OR ${quoteIdentifier(table.timestampColumn!)} IS NULL) AND `
        : "";
    // A row whose key is NULL matches no master row (NULL = NULL is not true), so every full sync would insert it again:
    // it is skipped, and stageStatsSql counts it for the run result.
    const where = ` WHERE ${changed}${keyPresent(table)}`;
    return `SELECT ${cols} FROM (SELECT ${cols}, row_number() OVER (PARTITION BY ${partition}${order}) AS "_pipeline_rank" FROM ${typedStage(database, stageTable, columns)}${where}) AS ranked WHERE "_pipeline_rank" = 1`;
}

function keyPresent(table: PipelineTable, qualifier?: string): string {
    return table.primaryKey.map(k => `${qualifier !== undefined ? `${qualifier}.` : ""}${quoteIdentifier(k)} IS NOT NULL`).join(" AND ");
}

function keyMatch(left: string, right: string, table: PipelineTable): string {
    return table.primaryKey.map(k => `${left}.${quoteIdentifier(k)} = ${right}.${quoteIdentifier(k)}`).join(" AND ");
}

function mergeActions(table: PipelineTable, columns: readonly ColumnDefinition[], insertOnly = ""): string[] {
    const keys = new Set(table.primaryKey.map(k => k.toLowerCase()));
    const valueColumns = columns.filter(c => !keys.has(c.name.toLowerCase()));
    const updates = valueColumns.map(c => `${quoteIdentifier(c.name)} = s.${quoteIdentifier(c.name)}`);
    // Only rows that differ are rewritten: an unchanged row costs no new data file and no delete file.
    const changed = valueColumns.map(c => `t.${quoteIdentifier(c.name)} IS DISTINCT FROM s.${quoteIdentifier(c.name)}`).join(" OR ");
    const insertCols = columns.map(c => quoteIdentifier(c.name)).join(", ");
    const insertValues = columns.map(c => `s.${quoteIdentifier(c.name)}`).join(", ");
    return [
        ...(updates.length > 0 ? [`WHEN MATCHED AND (${changed}) THEN UPDATE SET ${updates.join(", ")}`] : []),
        `WHEN NOT MATCHED${insertOnly} THEN INSERT (${insertCols}) VALUES (${insertValues})`,
    ];
}

/** diff: upsert the rows changed since `since` into the master, in one Iceberg commit. */
export function diffMergeSql(database: string, stageTable: string, table: PipelineTable, columns: readonly ColumnDefinition[], since: string): string {
    return [
        `MERGE INTO ${qualifiedName(database, table.name)} AS t`,
        `USING (${latestRowsSql(database, stageTable, table, columns, since)}) AS s`,
        `ON (${keyMatch("t", "s", table)})`,
        ...mergeActions(table, columns),
    ].join("\n");
}

/**
 * all, and tables without a timestamp: make the master equal to the export in ONE statement (one Iceberg commit),
 * so a failure never leaves it half-replaced. Master rows whose key is no longer exported come back flagged and are deleted.
 */
export function fullSyncMergeSql(database: string, stageTable: string, table: PipelineTable, columns: readonly ColumnDefinition[]): string {
    const cols = columns.map(c => quoteIdentifier(c.name)).join(", ");
    const masterCols = columns.map(c => `m.${quoteIdentifier(c.name)}`).join(", ");
    const master = qualifiedName(database, table.name);
    const gone = `SELECT ${masterCols}, true AS "_pipeline_deleted" FROM ${master} AS m WHERE NOT EXISTS (SELECT 1 FROM ${typedStage(database, stageTable, columns)} AS e WHERE ${keyMatch("e", "m", table)})`;
    return [
        `MERGE INTO ${master} AS t`,
        `USING (SELECT ${cols}, false AS "_pipeline_deleted" FROM (${latestRowsSql(database, stageTable, table, columns)}) AS latest UNION ALL ${gone}) AS s`,
        `ON (${keyMatch("t", "s", table)})`,
        `WHEN MATCHED AND s."_pipeline_deleted" THEN DELETE`,
        // A "gone" row that matched nothing (a master row whose key is NULL) must never be inserted back.
        ...mergeActions(table, columns, ` AND NOT s."_pipeline_deleted"`),
    ].join("\n");
}

/** The stats query's columns, in the order GetQueryResults returns them (ReadWatermark reads them by index). */
export const STAGE_STATS_COLUMNS: readonly string[] = ["watermark", "stage_rows", "null_key_rows", "invalid_values"];

/**
 * One row about this export of the table, read by the state machine before the MERGE:
 * - `watermark`: min(newest change-column value in this export, the export's snapshot time), so a future-dated or
 *   clock-skewed row cannot carry the watermark past changes not yet made. NULL when the table has no change column or
 *   nothing is newer than `previous`: the stored watermark never moves backwards. CASE, not least(): DuckDB's least
 *   ignores NULLs.
 * - `stage_rows`: rows in the export; `null_key_rows`: rows the MERGE skips because a key column is NULL;
 *   `invalid_values`: values a cast refused (stageValue), loaded as NULL.
 * Counts are text, as every GetQueryResults cell is.
 */
export function stageStatsSql(database: string, stageTable: string, table: PipelineTable, columns: readonly ColumnDefinition[], snapshotTime: string, previous?: string): string {
    checkColumns(columns, table);
    const byName = new Map(columns.map(c => [c.name, c]));
    const value = (name: string) => stageValue(byName.get(name.toLowerCase())!);
    const nullKey = table.primaryKey.map(k => `${value(k)} IS NULL`).join(" OR ");
    const refused = columns.filter(mayRefuse).map(c => `count_if(${quoteIdentifier(c.name)} IS NOT NULL AND ${stageValue(c)} IS NULL)`);
    const counts = [
        `count(*) AS "stage_rows"`,
        `count_if(${nullKey}) AS "null_key_rows"`,
        `${refused.length > 0 ? refused.join(" + ") : "0"} AS "invalid_values"`,
    ];
    const text = (name: string) => `CAST("${name}" AS varchar) AS "${name}"`;
    let watermark = `CAST(NULL AS varchar) AS "watermark"`;
    let newest = "";
    if (table.timestampColumn !== undefined) {
        const ts = value(table.timestampColumn);
        const snapshot = timestampLiteral(snapshotTime);
        const candidate = previous !== undefined ? `CASE WHEN ${ts} > ${timestampLiteral(previous)} THEN ${ts} END` : ts;
        newest = `CASE WHEN max(${candidate}) > ${snapshot} THEN ${snapshot} ELSE max(${candidate}) END AS "w", `;
        // A snapshot time at or before the stored watermark caps nothing new: NULL, never a step back.
        watermark = previous !== undefined
            ? `CAST(CASE WHEN "w" > ${timestampLiteral(previous)} THEN "w" END AS varchar) AS "watermark"`
            : `CAST("w" AS varchar) AS "watermark"`;
    }
    return `SELECT ${watermark}, ${["stage_rows", "null_key_rows", "invalid_values"].map(text).join(", ")} FROM (SELECT ${newest}${counts.join(", ")} FROM ${qualifiedName(database, stageTable)}) AS stats`;
}

/** Athena's limit on a query string (Athena "Service Quotas": query string length, 262,144 bytes, not adjustable). */
export const ATHENA_QUERY_MAX_BYTES = 262144;

/** The master's S3 location: one folder per table, ending in "/", so `sales` never contains `sales_history`'s files. */
export function masterLocation(bucket: string, prefix: string, table: string): string {
    const location = `s3://${bucket}/${prefix.replace(/^\/+|\/+$/g, "")}/${checkIdentifier(table, "table")}/`;
    if (!S3_LOCATION_PATTERN.test(location)) {
        throw new UnsafeSqlInputError(`master location ${JSON.stringify(location)} is not an s3://bucket/prefix/ URI`);
    }
    return location;
}

export type LoadStrategy = "full" | "diff";
export type LoadMode = "all" | "diff" | "rebuild";

export interface TableStatements {
    readonly strategy: LoadStrategy;
    /** Inclusive lower bound of the diff (watermark minus overlap); null for a full load. */
    readonly since: string | null;
    /** rebuild only: drops the master first. */
    readonly dropMaster: string | null;
    readonly createMaster: string;
    /** Columns added at the source since the master was created; null when there are none. */
    readonly addColumns: string | null;
    readonly merge: string;
    /** stageStatsSql: the new watermark (NULL without a change column) and the export's row counts. */
    readonly watermarkQuery: string;
    /** OPTIMIZE and VACUUM after a full sync; null after a diff. */
    readonly optimize: string | null;
    readonly vacuum: string | null;
    /** rebuild only: the new watermark may be older than the stored one. */
    readonly resetWatermark: boolean;
}

export interface TableStatementsInput {
    readonly database: string;
    readonly stageTable: string;
    readonly table: PipelineTable;
    readonly columns: readonly ColumnDefinition[];
    readonly masterLocation: string;
    readonly mode: LoadMode;
    /** The watermark stored by the last successful run, if any. */
    readonly watermark?: string;
    readonly overlapSeconds: number;
    /** The export's snapshot time (TIMESTAMP_TEXT_PATTERN, UTC): the watermark never passes it. */
    readonly snapshotTime: string;
    /** The master's current columns (Glue), or undefined when it does not exist yet. */
    readonly masterColumns?: readonly ColumnDefinition[];
}

/** A column whose type changed at the source: the master cannot take it in place. */
export class SchemaChangeError extends Error {
    constructor(message: string) {
        super(message);
        this.name = "SchemaChangeError";
    }
}

/**
 * Compares the export with the master: new columns are added, dropped ones stay (NULL for new rows), a changed type
 * fails the table and names the rebuild run that recreates the master from the export.
 */
export function schemaChanges(table: PipelineTable, columns: readonly ColumnDefinition[], masterColumns: readonly ColumnDefinition[]): ColumnDefinition[] {
    const master = new Map(masterColumns.map(c => [c.name.toLowerCase(), c.type.toLowerCase()]));
    const added: ColumnDefinition[] = [];
    for (const c of columns) {
        const old = master.get(c.name);
        if (old === undefined) {
            added.push({ name: c.name, type: c.type });
        } else if (old !== c.type) {
            throw new SchemaChangeError(`table ${table.name}: column ${c.name} changed type from ${old} to ${c.type}, which the master cannot take in place; `
                + `rebuild that master from the export with the run input {"mode":"rebuild","tables":["${table.name}"]}`);
        }
    }
    return added;
}

/**
 * Picks the load for one table: `diff` only when the run is a diff, the table has a timestamp and a watermark exists;
 * otherwise the master is fully synchronised with the export (first load, `all`, `rebuild`, tables without a timestamp).
 */
export function buildTableStatements(input: TableStatementsInput): TableStatements {
    const { database, stageTable, table, columns } = input;
    const rebuild = input.mode === "rebuild";
    const createMaster = createMasterTableSql(database, table, columns, input.masterLocation);
    const added = !rebuild && input.masterColumns !== undefined ? schemaChanges(table, columns, input.masterColumns) : [];
    const addColumns = added.length > 0 ? addColumnsSql(database, table, added) : null;
    const dropMaster = rebuild ? dropMasterSql(database, table) : null;
    const diff = input.mode === "diff" && table.timestampColumn !== undefined && input.watermark !== undefined && input.masterColumns !== undefined;
    // The stored watermark bounds the new one from below, except in a rebuild, which starts the table over.
    const previous = rebuild ? undefined : input.watermark;
    const watermarkQuery = stageStatsSql(database, stageTable, table, columns, input.snapshotTime, previous);
    let statements: TableStatements;
    if (diff) {
        const since = subtractSeconds(input.watermark!, input.overlapSeconds);
        statements = {
            strategy: "diff", since, dropMaster, createMaster, addColumns,
            merge: diffMergeSql(database, stageTable, table, columns, since),
            watermarkQuery, optimize: null, vacuum: null, resetWatermark: false,
        };
    } else {
        const [optimize, vacuum] = maintenanceSql(table);
        statements = {
            strategy: "full", since: null, dropMaster, createMaster, addColumns,
            merge: fullSyncMergeSql(database, stageTable, table, columns),
            watermarkQuery, optimize, vacuum, resetWatermark: rebuild,
        };
    }
    checkQuerySizes(table, columns, statements);
    return statements;
}

/** Refuses, before Athena sees it, any statement over Athena's query string limit, naming the table and the limit. */
function checkQuerySizes(table: PipelineTable, columns: readonly ColumnDefinition[], statements: TableStatements): void {
    const named: [string, string | null][] = [
        [`${statements.strategy === "full" ? "full-sync" : "diff"} MERGE`, statements.merge],
        ["CREATE TABLE", statements.createMaster],
        ["ALTER TABLE ADD COLUMNS", statements.addColumns],
        ["stats query", statements.watermarkQuery],
    ];
    for (const [what, text] of named) {
        const bytes = text === null ? 0 : Buffer.byteLength(text, "utf8");
        if (bytes > ATHENA_QUERY_MAX_BYTES) {
            throw new UnsafeSqlInputError(`table ${table.name}: its ${what} would be ${bytes} bytes, over Athena's query string limit of 262,144 bytes `
                + `(${columns.length} columns); load fewer or shorter-named columns`);
        }
    }
}
