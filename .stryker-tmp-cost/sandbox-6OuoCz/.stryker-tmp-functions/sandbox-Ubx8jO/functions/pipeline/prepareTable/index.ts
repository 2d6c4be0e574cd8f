// @ts-nocheck
// 
// Lambda: exposes one table of this run's export to Athena (Glue table from the Parquet footer) and builds its SQL.
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import { AlreadyExistsException, CreateTableCommand, GlueClient, TableInput, UpdateTableCommand } from "@aws-sdk/client-glue";
import { GetObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { parquetMetadataAsync } from "hyparquet";
import type { AsyncBuffer } from "hyparquet";
import { buildTableStatements, ColumnDefinition, stageTableName, TableStatements } from "../../../sql/athena/pipeline";
import { BUCKET_PATTERN, configuredTable, EXPORT_TASK_ID_PATTERN, identifierEnv, integerEnv, log, PipelineConfigError, PREFIX_PATTERN, requireEnv, RUN_ID_PATTERN, tablesEnv } from "../shared/env";
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
  readonly watermarkItem?: {
    readonly Item?: {
      readonly watermark?: {
        readonly S?: string;
      };
    };
  };
}
export type PrepareTableResult = ({
  readonly empty: false;
  readonly stageTable: string;
  readonly columns: readonly ColumnDefinition[];
} & TableStatements) | {
  readonly empty: true;
  readonly stageTable: string;
};
export interface ParquetObject {
  readonly key: string;
  readonly size: number;
}

/** Every Parquet object under a prefix; AWS may rename export files, so anything ending in .parquet counts. */
export async function listParquetObjects(bucket: string, prefix: string): Promise<ParquetObject[]> {
  if (stryMutAct_9fa48("487")) {
    {}
  } else {
    stryCov_9fa48("487");
    const objects: ParquetObject[] = stryMutAct_9fa48("488") ? ["Stryker was here"] : (stryCov_9fa48("488"), []);
    let token: string | undefined;
    do {
      if (stryMutAct_9fa48("489")) {
        {}
      } else {
        stryCov_9fa48("489");
        const page = await s3.send(new ListObjectsV2Command(stryMutAct_9fa48("490") ? {} : (stryCov_9fa48("490"), {
          Bucket: bucket,
          Prefix: prefix,
          ContinuationToken: token
        })));
        for (const o of stryMutAct_9fa48("491") ? page.Contents && [] : (stryCov_9fa48("491"), page.Contents ?? (stryMutAct_9fa48("492") ? ["Stryker was here"] : (stryCov_9fa48("492"), [])))) {
          if (stryMutAct_9fa48("493")) {
            {}
          } else {
            stryCov_9fa48("493");
            if (stryMutAct_9fa48("496") ? o.Key && o.Key.endsWith(".parquet") || (o.Size ?? 0) > 0 : stryMutAct_9fa48("495") ? false : stryMutAct_9fa48("494") ? true : (stryCov_9fa48("494", "495", "496"), (stryMutAct_9fa48("498") ? o.Key || o.Key.endsWith(".parquet") : stryMutAct_9fa48("497") ? true : (stryCov_9fa48("497", "498"), o.Key && (stryMutAct_9fa48("499") ? o.Key.startsWith(".parquet") : (stryCov_9fa48("499"), o.Key.endsWith(stryMutAct_9fa48("500") ? "" : (stryCov_9fa48("500"), ".parquet")))))) && (stryMutAct_9fa48("503") ? (o.Size ?? 0) <= 0 : stryMutAct_9fa48("502") ? (o.Size ?? 0) >= 0 : stryMutAct_9fa48("501") ? true : (stryCov_9fa48("501", "502", "503"), (stryMutAct_9fa48("504") ? o.Size && 0 : (stryCov_9fa48("504"), o.Size ?? 0)) > 0)))) {
              if (stryMutAct_9fa48("505")) {
                {}
              } else {
                stryCov_9fa48("505");
                objects.push(stryMutAct_9fa48("506") ? {} : (stryCov_9fa48("506"), {
                  key: o.Key,
                  size: stryMutAct_9fa48("507") ? o.Size && 0 : (stryCov_9fa48("507"), o.Size ?? 0)
                }));
              }
            }
          }
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      }
    } while (stryMutAct_9fa48("508") ? false : (stryCov_9fa48("508"), token));
    return stryMutAct_9fa48("509") ? objects : (stryCov_9fa48("509"), objects.sort(stryMutAct_9fa48("510") ? () => undefined : (stryCov_9fa48("510"), (a, b) => a.key.localeCompare(b.key))));
  }
}

/** hyparquet reads only the footer through ranged GETs, so a large part file costs two small requests. */
export function s3AsyncBuffer(bucket: string, key: string, byteLength: number): AsyncBuffer {
  if (stryMutAct_9fa48("511")) {
    {}
  } else {
    stryCov_9fa48("511");
    return stryMutAct_9fa48("512") ? {} : (stryCov_9fa48("512"), {
      byteLength,
      async slice(start: number, end?: number): Promise<ArrayBuffer> {
        if (stryMutAct_9fa48("513")) {
          {}
        } else {
          stryCov_9fa48("513");
          const last = stryMutAct_9fa48("514") ? (end ?? byteLength) + 1 : (stryCov_9fa48("514"), (stryMutAct_9fa48("515") ? end && byteLength : (stryCov_9fa48("515"), end ?? byteLength)) - 1);
          const out = await s3.send(new GetObjectCommand(stryMutAct_9fa48("516") ? {} : (stryCov_9fa48("516"), {
            Bucket: bucket,
            Key: key,
            Range: stryMutAct_9fa48("517") ? `` : (stryCov_9fa48("517"), `bytes=${start}-${last}`)
          })));
          const bytes = await out.Body!.transformToByteArray();
          return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
        }
      }
    });
  }
}
export function stageTableInput(name: string, columns: readonly ColumnDefinition[], location: string, runId: string, exportTaskId: string): TableInput {
  if (stryMutAct_9fa48("518")) {
    {}
  } else {
    stryCov_9fa48("518");
    return stryMutAct_9fa48("519") ? {} : (stryCov_9fa48("519"), {
      Name: name,
      TableType: stryMutAct_9fa48("520") ? "" : (stryCov_9fa48("520"), "EXTERNAL_TABLE"),
      Parameters: stryMutAct_9fa48("521") ? {} : (stryCov_9fa48("521"), {
        classification: stryMutAct_9fa48("522") ? "" : (stryCov_9fa48("522"), "parquet"),
        EXTERNAL: stryMutAct_9fa48("523") ? "" : (stryCov_9fa48("523"), "TRUE"),
        "pipeline.run_id": runId,
        "pipeline.export_task_id": exportTaskId
      }),
      StorageDescriptor: stryMutAct_9fa48("524") ? {} : (stryCov_9fa48("524"), {
        Columns: columns.map(stryMutAct_9fa48("525") ? () => undefined : (stryCov_9fa48("525"), c => stryMutAct_9fa48("526") ? {} : (stryCov_9fa48("526"), {
          Name: c.name,
          Type: c.type
        }))),
        Location: location,
        InputFormat: stryMutAct_9fa48("527") ? "" : (stryCov_9fa48("527"), "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat"),
        OutputFormat: stryMutAct_9fa48("528") ? "" : (stryCov_9fa48("528"), "org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat"),
        SerdeInfo: stryMutAct_9fa48("529") ? {} : (stryCov_9fa48("529"), {
          SerializationLibrary: stryMutAct_9fa48("530") ? "" : (stryCov_9fa48("530"), "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe"),
          Parameters: stryMutAct_9fa48("531") ? {} : (stryCov_9fa48("531"), {
            "serialization.format": stryMutAct_9fa48("532") ? "" : (stryCov_9fa48("532"), "1")
          })
        })
      })
    });
  }
}
export async function handler(event: PrepareTableEvent): Promise<PrepareTableResult> {
  if (stryMutAct_9fa48("533")) {
    {}
  } else {
    stryCov_9fa48("533");
    const table = configuredTable(tablesEnv(), event.table);
    const dbName = identifierEnv(stryMutAct_9fa48("534") ? "" : (stryCov_9fa48("534"), "DB_NAME"));
    const database = identifierEnv(stryMutAct_9fa48("535") ? "" : (stryCov_9fa48("535"), "GLUE_DATABASE"));
    const rawBucket = requireEnv(stryMutAct_9fa48("536") ? "" : (stryCov_9fa48("536"), "RAW_BUCKET"), BUCKET_PATTERN);
    const exportPrefix = requireEnv(stryMutAct_9fa48("537") ? "" : (stryCov_9fa48("537"), "EXPORT_PREFIX"), PREFIX_PATTERN);
    const masterBucket = requireEnv(stryMutAct_9fa48("538") ? "" : (stryCov_9fa48("538"), "MASTER_BUCKET"), BUCKET_PATTERN);
    const masterPrefix = requireEnv(stryMutAct_9fa48("539") ? "" : (stryCov_9fa48("539"), "MASTER_PREFIX"), PREFIX_PATTERN);
    const overlapSeconds = integerEnv(stryMutAct_9fa48("540") ? "" : (stryCov_9fa48("540"), "DIFF_OVERLAP_SECONDS"), 300, 0, 86400);
    if (stryMutAct_9fa48("543") ? event.mode !== "all" || event.mode !== "diff" : stryMutAct_9fa48("542") ? false : stryMutAct_9fa48("541") ? true : (stryCov_9fa48("541", "542", "543"), (stryMutAct_9fa48("545") ? event.mode === "all" : stryMutAct_9fa48("544") ? true : (stryCov_9fa48("544", "545"), event.mode !== (stryMutAct_9fa48("546") ? "" : (stryCov_9fa48("546"), "all")))) && (stryMutAct_9fa48("548") ? event.mode === "diff" : stryMutAct_9fa48("547") ? true : (stryCov_9fa48("547", "548"), event.mode !== (stryMutAct_9fa48("549") ? "" : (stryCov_9fa48("549"), "diff")))))) {
      if (stryMutAct_9fa48("550")) {
        {}
      } else {
        stryCov_9fa48("550");
        throw new PipelineConfigError(stryMutAct_9fa48("551") ? `` : (stryCov_9fa48("551"), `mode ${JSON.stringify(event.mode)} is not all or diff`));
      }
    }
    if (stryMutAct_9fa48("554") ? typeof event.runId !== "string" && !RUN_ID_PATTERN.test(event.runId) : stryMutAct_9fa48("553") ? false : stryMutAct_9fa48("552") ? true : (stryCov_9fa48("552", "553", "554"), (stryMutAct_9fa48("556") ? typeof event.runId === "string" : stryMutAct_9fa48("555") ? false : (stryCov_9fa48("555", "556"), typeof event.runId !== (stryMutAct_9fa48("557") ? "" : (stryCov_9fa48("557"), "string")))) || (stryMutAct_9fa48("558") ? RUN_ID_PATTERN.test(event.runId) : (stryCov_9fa48("558"), !RUN_ID_PATTERN.test(event.runId))))) {
      if (stryMutAct_9fa48("559")) {
        {}
      } else {
        stryCov_9fa48("559");
        throw new PipelineConfigError(stryMutAct_9fa48("560") ? `` : (stryCov_9fa48("560"), `run id ${JSON.stringify(event.runId)} is not valid`));
      }
    }
    if (stryMutAct_9fa48("563") ? typeof event.exportTaskId !== "string" && !EXPORT_TASK_ID_PATTERN.test(event.exportTaskId) : stryMutAct_9fa48("562") ? false : stryMutAct_9fa48("561") ? true : (stryCov_9fa48("561", "562", "563"), (stryMutAct_9fa48("565") ? typeof event.exportTaskId === "string" : stryMutAct_9fa48("564") ? false : (stryCov_9fa48("564", "565"), typeof event.exportTaskId !== (stryMutAct_9fa48("566") ? "" : (stryCov_9fa48("566"), "string")))) || (stryMutAct_9fa48("567") ? EXPORT_TASK_ID_PATTERN.test(event.exportTaskId) : (stryCov_9fa48("567"), !EXPORT_TASK_ID_PATTERN.test(event.exportTaskId))))) {
      if (stryMutAct_9fa48("568")) {
        {}
      } else {
        stryCov_9fa48("568");
        throw new PipelineConfigError(stryMutAct_9fa48("569") ? `` : (stryCov_9fa48("569"), `export task id ${JSON.stringify(event.exportTaskId)} is not valid`));
      }
    }
    const stageTable = stageTableName(event.runId, table.name);
    const tablePrefix = stryMutAct_9fa48("570") ? `` : (stryCov_9fa48("570"), `${exportPrefix}/${event.exportTaskId}/${dbName}/${dbName}.${table.name}/`);
    const objects = await listParquetObjects(rawBucket, tablePrefix);
    if (stryMutAct_9fa48("573") ? objects.length !== 0 : stryMutAct_9fa48("572") ? false : stryMutAct_9fa48("571") ? true : (stryCov_9fa48("571", "572", "573"), objects.length === 0)) {
      if (stryMutAct_9fa48("574")) {
        {}
      } else {
        stryCov_9fa48("574");
        // An empty source table exports no Parquet file: without a schema nothing can be compared, so the master stays as is.
        log(stryMutAct_9fa48("575") ? "" : (stryCov_9fa48("575"), "table-export-empty"), stryMutAct_9fa48("576") ? {} : (stryCov_9fa48("576"), {
          table: table.name,
          prefix: tablePrefix
        }));
        return stryMutAct_9fa48("577") ? {} : (stryCov_9fa48("577"), {
          empty: stryMutAct_9fa48("578") ? false : (stryCov_9fa48("578"), true),
          stageTable
        });
      }
    }
    const first = objects[0];
    const metadata = await parquetMetadataAsync(s3AsyncBuffer(rawBucket, first.key, first.size));
    const columns = columnsFromSchema(metadata.schema, table.name);
    const location = stryMutAct_9fa48("579") ? `` : (stryCov_9fa48("579"), `s3://${rawBucket}/${tablePrefix}`);
    const watermark = stryMutAct_9fa48("582") ? event.watermarkItem.Item?.watermark?.S : stryMutAct_9fa48("581") ? event.watermarkItem?.Item.watermark?.S : stryMutAct_9fa48("580") ? event.watermarkItem?.Item?.watermark.S : (stryCov_9fa48("580", "581", "582"), event.watermarkItem?.Item?.watermark?.S);
    let statements: TableStatements;
    try {
      if (stryMutAct_9fa48("583")) {
        {}
      } else {
        stryCov_9fa48("583");
        statements = buildTableStatements(stryMutAct_9fa48("584") ? {} : (stryCov_9fa48("584"), {
          database,
          stageTable,
          table,
          columns,
          masterLocation: stryMutAct_9fa48("585") ? `` : (stryCov_9fa48("585"), `s3://${masterBucket}/${masterPrefix}/${stryMutAct_9fa48("586") ? table.name.toUpperCase() : (stryCov_9fa48("586"), table.name.toLowerCase())}/`),
          mode: event.mode,
          ...((stryMutAct_9fa48("589") ? watermark === undefined : stryMutAct_9fa48("588") ? false : stryMutAct_9fa48("587") ? true : (stryCov_9fa48("587", "588", "589"), watermark !== undefined)) ? stryMutAct_9fa48("590") ? {} : (stryCov_9fa48("590"), {
            watermark
          }) : {}),
          overlapSeconds
        }));
      }
    } catch (error) {
      if (stryMutAct_9fa48("591")) {
        {}
      } else {
        stryCov_9fa48("591");
        throw new UnsupportedExport(stryMutAct_9fa48("592") ? `` : (stryCov_9fa48("592"), `table ${table.name}: ${(error as Error).message}`));
      }
    }
    const tableInput = stageTableInput(stageTable, columns, location, event.runId, event.exportTaskId);
    try {
      if (stryMutAct_9fa48("593")) {
        {}
      } else {
        stryCov_9fa48("593");
        await glue.send(new CreateTableCommand(stryMutAct_9fa48("594") ? {} : (stryCov_9fa48("594"), {
          DatabaseName: database,
          TableInput: tableInput
        })));
      }
    } catch (error) {
      if (stryMutAct_9fa48("595")) {
        {}
      } else {
        stryCov_9fa48("595");
        if (stryMutAct_9fa48("598") ? !(error instanceof AlreadyExistsException) || (error as Error).name !== "AlreadyExistsException" : stryMutAct_9fa48("597") ? false : stryMutAct_9fa48("596") ? true : (stryCov_9fa48("596", "597", "598"), (stryMutAct_9fa48("599") ? error instanceof AlreadyExistsException : (stryCov_9fa48("599"), !(error instanceof AlreadyExistsException))) && (stryMutAct_9fa48("601") ? (error as Error).name === "AlreadyExistsException" : stryMutAct_9fa48("600") ? true : (stryCov_9fa48("600", "601"), (error as Error).name !== (stryMutAct_9fa48("602") ? "" : (stryCov_9fa48("602"), "AlreadyExistsException")))))) {
          if (stryMutAct_9fa48("603")) {
            {}
          } else {
            stryCov_9fa48("603");
            throw error;
          }
        }
        // A retried invocation: make the existing definition match this one.
        await glue.send(new UpdateTableCommand(stryMutAct_9fa48("604") ? {} : (stryCov_9fa48("604"), {
          DatabaseName: database,
          TableInput: tableInput
        })));
      }
    }
    log(stryMutAct_9fa48("605") ? "" : (stryCov_9fa48("605"), "table-prepared"), stryMutAct_9fa48("606") ? {} : (stryCov_9fa48("606"), {
      table: table.name,
      stageTable,
      files: objects.length,
      columns: columns.length,
      strategy: statements.strategy,
      since: statements.since
    }));
    return stryMutAct_9fa48("607") ? {} : (stryCov_9fa48("607"), {
      empty: stryMutAct_9fa48("608") ? true : (stryCov_9fa48("608"), false),
      stageTable,
      columns,
      ...statements
    });
  }
}