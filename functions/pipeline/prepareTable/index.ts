// Lambda: exposes one table of this run's export to Athena (Glue table from the Parquet footer) and builds its SQL.
import { AlreadyExistsException, CreateTableCommand, GetTableCommand, GlueClient, TableInput, UpdateTableCommand } from "@aws-sdk/client-glue";
import { GetObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { parquetMetadataAsync } from "hyparquet";
import type { AsyncBuffer } from "hyparquet";
import {
    buildTableStatements, ColumnDefinition, emptyMasterSql, masterLocation, PipelineTable, SchemaChangeError, stageTableName, TableStatements,
    TIMESTAMP_TEXT_PATTERN,
} from "../../../sql/athena/pipeline";
import {
    BUCKET_PATTERN, EXPORT_TASK_ID_PATTERN, identifierEnv, integerEnv, log, parseTableConfig, PipelineConfigError,
    PREFIX_PATTERN, requireEnv, RUN_ID_PATTERN,
} from "../shared/env";
import { UnsupportedExport } from "../shared/errors";
import { columnsFromSchema, OriginalTypeMapping } from "../shared/parquetColumns";

const s3 = new S3Client({});
const glue = new GlueClient({});

export interface PrepareTableEvent {
    readonly table: string;
    /** This table's config ({name, primaryKey, timestampColumn?}), the Map item the run plan made from the definition. */
    readonly config: unknown;
    readonly mode: "all" | "diff" | "rebuild";
    /** The export's snapshot time from checkExport (UTC, `YYYY-MM-DD HH:MM:SS[.fff]`): no watermark passes it. */
    readonly snapshotTime: string;
    readonly runId: string;
    readonly exportTaskId: string;
    /** The DynamoDB GetItem result for this table: {Item?: {watermark: {S}}}. */
    readonly watermarkItem?: { readonly Item?: { readonly watermark?: { readonly S?: string } } };
}

export type PrepareTableResult =
    | ({ readonly empty: false; readonly stageTable: string } & TableStatements)
    /**
     * emptyMaster: a full sync of a table exported COMPLETE with no rows empties its master; forgetWatermark: a rebuild
     * of it also deletes the stored watermark, as a rebuild with rows would reset it.
     */
    | { readonly empty: true; readonly stageTable: string; readonly emptyMaster: string | null; readonly forgetWatermark: boolean };

/** The export skipped the table, or it is not in export_tables_info: only this table's load fails. */
export class TableNotExported extends Error {
    constructor(message: string) {
        super(message);
        this.name = "TableNotExported";
    }
}

/**
 * One `perTableStatus` entry. target, status and schemaMetadata.originalTypeMappings are what public parsers of real
 * files read; failureCause is not confirmed anywhere (docs/aws-contract.md), hence the fallbacks in the alert text.
 */
interface TableStatus {
    readonly target?: string;
    readonly status?: string;
    readonly failureCause?: string;
    readonly warningMessage?: string;
    /** Public parsers of real files read it; the fixture writes it. Only "more than 0" is trusted here. */
    readonly sizeGB?: number;
    readonly schemaMetadata?: { readonly originalTypeMappings?: readonly OriginalTypeMapping[] };
}

async function readJson(bucket: string, key: string): Promise<unknown> {
    const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    const text = new TextDecoder().decode(await out.Body!.transformToByteArray());
    try {
        return JSON.parse(text);
    } catch {
        throw new UnsupportedExport(`export file s3://${bucket}/${key} is not JSON`);
    }
}

/**
 * This table's entry in `export_tables_info_<id>_from_<n>_to_<m>.json` (Aurora User Guide, "Exporting DB cluster data
 * to Amazon S3"): a large export writes several such files, so every one is read.
 */
export async function tableStatus(bucket: string, exportRoot: string, target: string): Promise<TableStatus | undefined> {
    const keys: string[] = [];
    let token: string | undefined;
    do {
        const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: `${exportRoot}export_tables_info_`, ContinuationToken: token }));
        keys.push(...(page.Contents ?? []).map(o => o.Key!).filter(k => k !== undefined && k.endsWith(".json")));
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    for (const key of keys.sort()) {
        const info = await readJson(bucket, key) as { perTableStatus?: TableStatus[] };
        const found = (info.perTableStatus ?? []).find(t => t.target === target);
        if (found) return found;
    }
    return undefined;
}

/** The master's columns as Glue holds them, or undefined before its first load. */
async function masterColumns(database: string, table: string): Promise<ColumnDefinition[] | undefined> {
    try {
        const out = await glue.send(new GetTableCommand({ DatabaseName: database, Name: table.toLowerCase() }));
        return (out.Table?.StorageDescriptor?.Columns ?? []).map(c => ({ name: (c.Name ?? "").toLowerCase(), type: (c.Type ?? "").toLowerCase() }));
    } catch (error) {
        if ((error as Error).name === "EntityNotFoundException") return undefined;
        throw error;
    }
}

export interface ParquetObject {
    readonly key: string;
    readonly size: number;
}

/** Every Parquet object under a prefix; AWS may rename export files, so anything ending in .parquet counts. */
export async function listParquetObjects(bucket: string, prefix: string): Promise<ParquetObject[]> {
    const objects: ParquetObject[] = [];
    let token: string | undefined;
    do {
        const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
        for (const o of page.Contents ?? []) {
            if (o.Key && o.Key.endsWith(".parquet") && (o.Size ?? 0) > 0) {
                objects.push({ key: o.Key, size: o.Size ?? 0 });
            }
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return objects.sort((a, b) => a.key.localeCompare(b.key));
}

/** Every object under a prefix (folder markers, size 0, left out). */
async function listObjects(bucket: string, prefix: string): Promise<ParquetObject[]> {
    const objects: ParquetObject[] = [];
    let token: string | undefined;
    do {
        const page = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }));
        for (const o of page.Contents ?? []) {
            if (o.Key && (o.Size ?? 0) > 0) objects.push({ key: o.Key, size: o.Size ?? 0 });
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return objects.sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * Objects under the export root that may hold this table's data although the documented layout does not put them
 * there (Aurora User Guide, "Exporting DB cluster data to Amazon S3": the file naming "is subject to change"): any
 * non-Parquet object under the table's own folder, and any object elsewhere that is not a `.parquet` under some
 * `<db>/<db>.<table>/` folder nor the root's export_info / export_tables_info JSON, and whose path has a folder named
 * after the table (`<table>`, `<db>.<table>`, `<db>_<table>`, any case). When a COMPLETE table has no Parquet file
 * where the pipeline reads, such objects may be its rows under a new naming: emptying its master would lose them.
 */
export async function unexplainedExportObjects(bucket: string, exportRoot: string, dbName: string, table: string): Promise<string[]> {
    const names = new Set([table, `${dbName}.${table}`, `${dbName}_${table}`].map(n => n.toLowerCase()));
    const tableFolder = `${dbName}/${dbName}.${table}/`;
    const mayHoldTable = (key: string): boolean => {
        const rest = key.slice(exportRoot.length);
        // Hadoop-style markers (`_SUCCESS`, `.crc`; a published listing of a real export shows `_SUCCESS` in the table
        // folder) hold no rows. Athena itself reads every object under a location ("Table location in Amazon S3").
        if (/^[_.]/.test(rest.split("/").pop() ?? "")) return false;
        if (rest.startsWith(tableFolder)) return !rest.endsWith(".parquet");
        if (/^export_(tables_)?info_[^/]*\.json$/.test(rest)) return false;
        const folders = rest.split("/").slice(0, -1);
        const documented = folders.length >= 2 && folders[0] === dbName && folders[1].startsWith(`${dbName}.`) && rest.endsWith(".parquet");
        return !documented && folders.some(f => names.has(f.toLowerCase()));
    };
    return (await listObjects(bucket, exportRoot)).map(o => o.key).filter(mayHoldTable);
}

/** hyparquet reads only the footer through ranged GETs, so a large part file costs two small requests. */
export function s3AsyncBuffer(bucket: string, key: string, byteLength: number): AsyncBuffer {
    return {
        byteLength,
        async slice(start: number, end?: number): Promise<ArrayBuffer> {
            const last = (end ?? byteLength) - 1;
            const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=${start}-${last}` }));
            const bytes = await out.Body!.transformToByteArray();
            return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
        },
    };
}

export function stageTableInput(name: string, columns: readonly ColumnDefinition[], location: string, runId: string, exportTaskId: string): TableInput {
    return {
        Name: name,
        TableType: "EXTERNAL_TABLE",
        Parameters: { classification: "parquet", EXTERNAL: "TRUE", "pipeline.run_id": runId, "pipeline.export_task_id": exportTaskId },
        StorageDescriptor: {
            // The export's own types: the MERGE casts them to the master's (CHAR arrives as binary, DATE as a string).
            Columns: columns.map(c => ({ Name: c.name, Type: c.stageType ?? c.type })),
            Location: location,
            InputFormat: "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat",
            OutputFormat: "org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat",
            SerdeInfo: {
                SerializationLibrary: "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe",
                Parameters: { "serialization.format": "1" },
            },
        },
    };
}

export async function handler(event: PrepareTableEvent): Promise<PrepareTableResult> {
    const table = parseTableConfig(event.config, `table config of ${JSON.stringify(event.table)}`);
    if (table.name !== event.table) {
        throw new PipelineConfigError(`table ${JSON.stringify(event.table)} does not match its config ${JSON.stringify(event.config)}`);
    }
    const dbName = identifierEnv("DB_NAME");
    const database = identifierEnv("GLUE_DATABASE");
    const rawBucket = requireEnv("RAW_BUCKET", BUCKET_PATTERN);
    const exportPrefix = requireEnv("EXPORT_PREFIX", PREFIX_PATTERN);
    const masterBucket = requireEnv("MASTER_BUCKET", BUCKET_PATTERN);
    const masterPrefix = requireEnv("MASTER_PREFIX", PREFIX_PATTERN);
    const overlapSeconds = integerEnv("DIFF_OVERLAP_SECONDS", 300, 0, 86400);
    if (event.mode !== "all" && event.mode !== "diff" && event.mode !== "rebuild") {
        throw new PipelineConfigError(`mode ${JSON.stringify(event.mode)} is not all, diff or rebuild`);
    }
    if (typeof event.runId !== "string" || !RUN_ID_PATTERN.test(event.runId)) {
        throw new PipelineConfigError(`run id ${JSON.stringify(event.runId)} is not valid`);
    }
    if (typeof event.exportTaskId !== "string" || !EXPORT_TASK_ID_PATTERN.test(event.exportTaskId)) {
        throw new PipelineConfigError(`export task id ${JSON.stringify(event.exportTaskId)} is not valid`);
    }
    if (typeof event.snapshotTime !== "string" || !TIMESTAMP_TEXT_PATTERN.test(event.snapshotTime)) {
        throw new PipelineConfigError(`snapshot time ${JSON.stringify(event.snapshotTime)} is not YYYY-MM-DD HH:MM:SS`);
    }
    const stageTable = stageTableName(event.runId, table.name);
    const exportRoot = `${exportPrefix}/${event.exportTaskId}/`;
    const target = `${dbName}.${table.name}`;
    const status = await tableStatus(rawBucket, exportRoot, target);
    if (!status) {
        throw new TableNotExported(`table ${table.name}: ${target} is not in the export's export_tables_info; the export skipped it (is the table name spelled and cased as in the database?)`);
    }
    if (status.status !== "COMPLETE") {
        const reason = status.failureCause ?? status.warningMessage ?? "AWS gave no reason";
        throw new TableNotExported(`table ${table.name}: the export reports ${target} as ${status.status ?? "no status"}: ${reason}`);
    }
    const existing = await masterColumns(database, table.name);
    const tablePrefix = `${exportRoot}${dbName}/${dbName}.${table.name}/`;
    const master = masterLocation(masterBucket, masterPrefix, table.name);
    const location = `s3://${rawBucket}/${tablePrefix}`;
    // VACUUM removes files under the master's location that its snapshots no longer reference (Athena "VACUUM"): a
    // master location that contains the export's, or the other way round, would let maintenance touch export files.
    if (master.startsWith(location) || location.startsWith(master)) {
        throw new PipelineConfigError(`table ${table.name}: the master location ${master} and the export location ${location} overlap; give MASTER_PREFIX and EXPORT_PREFIX separate folders`);
    }
    const objects = await listParquetObjects(rawBucket, tablePrefix);
    if (objects.length === 0) {
        const unexplained = await unexplainedExportObjects(rawBucket, exportRoot, dbName, table.name);
        if (unexplained.length > 0 || (typeof status.sizeGB === "number" && status.sizeGB > 0)) {
            const found = unexplained.length > 0
                ? `found ${unexplained.length} other object(s) that may hold its data, e.g. ${unexplained.slice(0, 3).join(", ")}`
                : `export_tables_info gives it sizeGB ${status.sizeGB}`;
            throw new UnsupportedExport(`table ${table.name}: the export reports ${target} as COMPLETE but no Parquet file is under s3://${rawBucket}/${tablePrefix}; `
                + `${found}; the export's file naming may have changed (AWS: "subject to change"), so the master is left as it is`);
        }
        // A COMPLETE table with no rows writes no part file. A full sync must still empty the master, or rows deleted
        // at the source would stay forever; a diff run has nothing to apply.
        const emptyMaster = existing !== undefined && event.mode !== "diff" ? emptyMasterSql(database, table) : null;
        const forgetWatermark = event.mode === "rebuild" && event.watermarkItem?.Item?.watermark?.S !== undefined;
        log("table-export-empty", { table: table.name, prefix: tablePrefix, emptyMaster: emptyMaster !== null, forgetWatermark });
        return { empty: true, stageTable, emptyMaster, forgetWatermark };
    }
    const first = objects[0];
    const metadata = await parquetMetadataAsync(s3AsyncBuffer(rawBucket, first.key, first.size));
    const columns = columnsFromSchema(metadata.schema, table.name, status.schemaMetadata?.originalTypeMappings ?? []);
    const watermark = event.watermarkItem?.Item?.watermark?.S;
    let statements: TableStatements;
    try {
        statements = buildTableStatements({
            database,
            stageTable,
            table,
            columns,
            masterLocation: master,
            mode: event.mode,
            ...(watermark !== undefined ? { watermark } : {}),
            overlapSeconds,
            snapshotTime: event.snapshotTime,
            ...(existing !== undefined ? { masterColumns: existing } : {}),
        });
    } catch (error) {
        if (error instanceof SchemaChangeError) throw error;
        const message = (error as Error).message;
        throw new UnsupportedExport(message.startsWith(`table ${table.name}: `) ? message : `table ${table.name}: ${message}`);
    }
    const tableInput = stageTableInput(stageTable, columns, location, event.runId, event.exportTaskId);
    try {
        await glue.send(new CreateTableCommand({ DatabaseName: database, TableInput: tableInput }));
    } catch (error) {
        if (!(error instanceof AlreadyExistsException) && (error as Error).name !== "AlreadyExistsException") {
            throw error;
        }
        // A retried invocation: make the existing definition match this one.
        await glue.send(new UpdateTableCommand({ DatabaseName: database, TableInput: tableInput }));
    }
    log("table-prepared", { table: table.name, stageTable, files: objects.length, columns: columns.length, strategy: statements.strategy, since: statements.since, addColumns: statements.addColumns !== null });
    return { empty: false, stageTable, ...statements };
}

export type { PipelineTable };
