// @ts-nocheck
// Lambda: exposes one table of this run's export to Athena (Glue table from the Parquet footer) and builds its SQL.
import { AlreadyExistsException, CreateTableCommand, GlueClient, TableInput, UpdateTableCommand } from "@aws-sdk/client-glue";
import { GetObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { parquetMetadataAsync } from "hyparquet";
import type { AsyncBuffer } from "hyparquet";
import { buildTableStatements, ColumnDefinition, stageTableName, TableStatements } from "../../../sql/athena/pipeline";
import {
    BUCKET_PATTERN, configuredTable, EXPORT_TASK_ID_PATTERN, identifierEnv, integerEnv, log, PipelineConfigError,
    PREFIX_PATTERN, requireEnv, RUN_ID_PATTERN, tablesEnv,
} from "../shared/env";
import { UnsupportedExport } from "../shared/errors";
import { columnsFromSchema } from "../shared/parquetColumns";

const s3 = new S3Client({});
const glue = new GlueClient({});

export interface PrepareTableEvent {
    readonly table: string;
    readonly mode: "all" | "diff";
    readonly runId: string;
    readonly exportTaskId: string;
    /** The DynamoDB GetItem result for this table: {Item?: {watermark: {S}}}. */
    readonly watermarkItem?: { readonly Item?: { readonly watermark?: { readonly S?: string } } };
}

export type PrepareTableResult =
    | ({ readonly empty: false; readonly stageTable: string; readonly columns: readonly ColumnDefinition[] } & TableStatements)
    | { readonly empty: true; readonly stageTable: string };

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
            Columns: columns.map(c => ({ Name: c.name, Type: c.type })),
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
    const table = configuredTable(tablesEnv(), event.table);
    const dbName = identifierEnv("DB_NAME");
    const database = identifierEnv("GLUE_DATABASE");
    const rawBucket = requireEnv("RAW_BUCKET", BUCKET_PATTERN);
    const exportPrefix = requireEnv("EXPORT_PREFIX", PREFIX_PATTERN);
    const masterBucket = requireEnv("MASTER_BUCKET", BUCKET_PATTERN);
    const masterPrefix = requireEnv("MASTER_PREFIX", PREFIX_PATTERN);
    const overlapSeconds = integerEnv("DIFF_OVERLAP_SECONDS", 300, 0, 86400);
    if (event.mode !== "all" && event.mode !== "diff") {
        throw new PipelineConfigError(`mode ${JSON.stringify(event.mode)} is not all or diff`);
    }
    if (typeof event.runId !== "string" || !RUN_ID_PATTERN.test(event.runId)) {
        throw new PipelineConfigError(`run id ${JSON.stringify(event.runId)} is not valid`);
    }
    if (typeof event.exportTaskId !== "string" || !EXPORT_TASK_ID_PATTERN.test(event.exportTaskId)) {
        throw new PipelineConfigError(`export task id ${JSON.stringify(event.exportTaskId)} is not valid`);
    }
    const stageTable = stageTableName(event.runId, table.name);
    const tablePrefix = `${exportPrefix}/${event.exportTaskId}/${dbName}/${dbName}.${table.name}/`;
    const objects = await listParquetObjects(rawBucket, tablePrefix);
    if (objects.length === 0) {
        // An empty source table exports no Parquet file: without a schema nothing can be compared, so the master stays as is.
        log("table-export-empty", { table: table.name, prefix: tablePrefix });
        return { empty: true, stageTable };
    }
    const first = objects[0];
    const metadata = await parquetMetadataAsync(s3AsyncBuffer(rawBucket, first.key, first.size));
    const columns = columnsFromSchema(metadata.schema, table.name);
    const location = `s3://${rawBucket}/${tablePrefix}`;
    const watermark = event.watermarkItem?.Item?.watermark?.S;
    let statements: TableStatements;
    try {
        statements = buildTableStatements({
            database,
            stageTable,
            table,
            columns,
            masterLocation: `s3://${masterBucket}/${masterPrefix}/${table.name.toLowerCase()}/`,
            mode: event.mode,
            ...(watermark !== undefined ? { watermark } : {}),
            overlapSeconds,
        });
    } catch (error) {
        throw new UnsupportedExport(`table ${table.name}: ${(error as Error).message}`);
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
    log("table-prepared", { table: table.name, stageTable, files: objects.length, columns: columns.length, strategy: statements.strategy, since: statements.since });
    return { empty: false, stageTable, columns, ...statements };
}
