// @ts-nocheck
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
  if (stryMutAct_9fa48("1089")) {
    {}
  } else {
    stryCov_9fa48("1089");
    const objects: ParquetObject[] = stryMutAct_9fa48("1090") ? ["Stryker was here"] : (stryCov_9fa48("1090"), []);
    let token: string | undefined;
    do {
      if (stryMutAct_9fa48("1091")) {
        {}
      } else {
        stryCov_9fa48("1091");
        const page = await s3.send(new ListObjectsV2Command(stryMutAct_9fa48("1092") ? {} : (stryCov_9fa48("1092"), {
          Bucket: bucket,
          Prefix: prefix,
          ContinuationToken: token
        })));
        for (const o of stryMutAct_9fa48("1093") ? page.Contents && [] : (stryCov_9fa48("1093"), page.Contents ?? (stryMutAct_9fa48("1094") ? ["Stryker was here"] : (stryCov_9fa48("1094"), [])))) {
          if (stryMutAct_9fa48("1095")) {
            {}
          } else {
            stryCov_9fa48("1095");
            if (stryMutAct_9fa48("1098") ? o.Key && o.Key.endsWith(".parquet") || (o.Size ?? 0) > 0 : stryMutAct_9fa48("1097") ? false : stryMutAct_9fa48("1096") ? true : (stryCov_9fa48("1096", "1097", "1098"), (stryMutAct_9fa48("1100") ? o.Key || o.Key.endsWith(".parquet") : stryMutAct_9fa48("1099") ? true : (stryCov_9fa48("1099", "1100"), o.Key && (stryMutAct_9fa48("1101") ? o.Key.startsWith(".parquet") : (stryCov_9fa48("1101"), o.Key.endsWith(stryMutAct_9fa48("1102") ? "" : (stryCov_9fa48("1102"), ".parquet")))))) && (stryMutAct_9fa48("1105") ? (o.Size ?? 0) <= 0 : stryMutAct_9fa48("1104") ? (o.Size ?? 0) >= 0 : stryMutAct_9fa48("1103") ? true : (stryCov_9fa48("1103", "1104", "1105"), (stryMutAct_9fa48("1106") ? o.Size && 0 : (stryCov_9fa48("1106"), o.Size ?? 0)) > 0)))) {
              if (stryMutAct_9fa48("1107")) {
                {}
              } else {
                stryCov_9fa48("1107");
                objects.push(stryMutAct_9fa48("1108") ? {} : (stryCov_9fa48("1108"), {
                  key: o.Key,
                  size: stryMutAct_9fa48("1109") ? o.Size && 0 : (stryCov_9fa48("1109"), o.Size ?? 0)
                }));
              }
            }
          }
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      }
    } while (stryMutAct_9fa48("1110") ? false : (stryCov_9fa48("1110"), token));
    return stryMutAct_9fa48("1111") ? objects : (stryCov_9fa48("1111"), objects.sort(stryMutAct_9fa48("1112") ? () => undefined : (stryCov_9fa48("1112"), (a, b) => a.key.localeCompare(b.key))));
  }
}

/** hyparquet reads only the footer through ranged GETs, so a large part file costs two small requests. */
export function s3AsyncBuffer(bucket: string, key: string, byteLength: number): AsyncBuffer {
  if (stryMutAct_9fa48("1113")) {
    {}
  } else {
    stryCov_9fa48("1113");
    return stryMutAct_9fa48("1114") ? {} : (stryCov_9fa48("1114"), {
      byteLength,
      async slice(start: number, end?: number): Promise<ArrayBuffer> {
        if (stryMutAct_9fa48("1115")) {
          {}
        } else {
          stryCov_9fa48("1115");
          const last = stryMutAct_9fa48("1116") ? (end ?? byteLength) + 1 : (stryCov_9fa48("1116"), (stryMutAct_9fa48("1117") ? end && byteLength : (stryCov_9fa48("1117"), end ?? byteLength)) - 1);
          const out = await s3.send(new GetObjectCommand(stryMutAct_9fa48("1118") ? {} : (stryCov_9fa48("1118"), {
            Bucket: bucket,
            Key: key,
            Range: stryMutAct_9fa48("1119") ? `` : (stryCov_9fa48("1119"), `bytes=${start}-${last}`)
          })));
          const bytes = await out.Body!.transformToByteArray();
          return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
        }
      }
    });
  }
}
export function stageTableInput(name: string, columns: readonly ColumnDefinition[], location: string, runId: string, exportTaskId: string): TableInput {
  if (stryMutAct_9fa48("1120")) {
    {}
  } else {
    stryCov_9fa48("1120");
    return stryMutAct_9fa48("1121") ? {} : (stryCov_9fa48("1121"), {
      Name: name,
      TableType: stryMutAct_9fa48("1122") ? "" : (stryCov_9fa48("1122"), "EXTERNAL_TABLE"),
      Parameters: stryMutAct_9fa48("1123") ? {} : (stryCov_9fa48("1123"), {
        classification: stryMutAct_9fa48("1124") ? "" : (stryCov_9fa48("1124"), "parquet"),
        EXTERNAL: stryMutAct_9fa48("1125") ? "" : (stryCov_9fa48("1125"), "TRUE"),
        "pipeline.run_id": runId,
        "pipeline.export_task_id": exportTaskId
      }),
      StorageDescriptor: stryMutAct_9fa48("1126") ? {} : (stryCov_9fa48("1126"), {
        Columns: columns.map(stryMutAct_9fa48("1127") ? () => undefined : (stryCov_9fa48("1127"), c => stryMutAct_9fa48("1128") ? {} : (stryCov_9fa48("1128"), {
          Name: c.name,
          Type: c.type
        }))),
        Location: location,
        InputFormat: stryMutAct_9fa48("1129") ? "" : (stryCov_9fa48("1129"), "org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat"),
        OutputFormat: stryMutAct_9fa48("1130") ? "" : (stryCov_9fa48("1130"), "org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat"),
        SerdeInfo: stryMutAct_9fa48("1131") ? {} : (stryCov_9fa48("1131"), {
          SerializationLibrary: stryMutAct_9fa48("1132") ? "" : (stryCov_9fa48("1132"), "org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe"),
          Parameters: stryMutAct_9fa48("1133") ? {} : (stryCov_9fa48("1133"), {
            "serialization.format": stryMutAct_9fa48("1134") ? "" : (stryCov_9fa48("1134"), "1")
          })
        })
      })
    });
  }
}
export async function handler(event: PrepareTableEvent): Promise<PrepareTableResult> {
  if (stryMutAct_9fa48("1135")) {
    {}
  } else {
    stryCov_9fa48("1135");
    const table = configuredTable(tablesEnv(), event.table);
    const dbName = identifierEnv(stryMutAct_9fa48("1136") ? "" : (stryCov_9fa48("1136"), "DB_NAME"));
    const database = identifierEnv(stryMutAct_9fa48("1137") ? "" : (stryCov_9fa48("1137"), "GLUE_DATABASE"));
    const rawBucket = requireEnv(stryMutAct_9fa48("1138") ? "" : (stryCov_9fa48("1138"), "RAW_BUCKET"), BUCKET_PATTERN);
    const exportPrefix = requireEnv(stryMutAct_9fa48("1139") ? "" : (stryCov_9fa48("1139"), "EXPORT_PREFIX"), PREFIX_PATTERN);
    const masterBucket = requireEnv(stryMutAct_9fa48("1140") ? "" : (stryCov_9fa48("1140"), "MASTER_BUCKET"), BUCKET_PATTERN);
    const masterPrefix = requireEnv(stryMutAct_9fa48("1141") ? "" : (stryCov_9fa48("1141"), "MASTER_PREFIX"), PREFIX_PATTERN);
    const overlapSeconds = integerEnv(stryMutAct_9fa48("1142") ? "" : (stryCov_9fa48("1142"), "DIFF_OVERLAP_SECONDS"), 300, 0, 86400);
    if (stryMutAct_9fa48("1145") ? event.mode !== "all" || event.mode !== "diff" : stryMutAct_9fa48("1144") ? false : stryMutAct_9fa48("1143") ? true : (stryCov_9fa48("1143", "1144", "1145"), (stryMutAct_9fa48("1147") ? event.mode === "all" : stryMutAct_9fa48("1146") ? true : (stryCov_9fa48("1146", "1147"), event.mode !== (stryMutAct_9fa48("1148") ? "" : (stryCov_9fa48("1148"), "all")))) && (stryMutAct_9fa48("1150") ? event.mode === "diff" : stryMutAct_9fa48("1149") ? true : (stryCov_9fa48("1149", "1150"), event.mode !== (stryMutAct_9fa48("1151") ? "" : (stryCov_9fa48("1151"), "diff")))))) {
      if (stryMutAct_9fa48("1152")) {
        {}
      } else {
        stryCov_9fa48("1152");
        throw new PipelineConfigError(stryMutAct_9fa48("1153") ? `` : (stryCov_9fa48("1153"), `mode ${JSON.stringify(event.mode)} is not all or diff`));
      }
    }
    if (stryMutAct_9fa48("1156") ? typeof event.runId !== "string" && !RUN_ID_PATTERN.test(event.runId) : stryMutAct_9fa48("1155") ? false : stryMutAct_9fa48("1154") ? true : (stryCov_9fa48("1154", "1155", "1156"), (stryMutAct_9fa48("1158") ? typeof event.runId === "string" : stryMutAct_9fa48("1157") ? false : (stryCov_9fa48("1157", "1158"), typeof event.runId !== (stryMutAct_9fa48("1159") ? "" : (stryCov_9fa48("1159"), "string")))) || (stryMutAct_9fa48("1160") ? RUN_ID_PATTERN.test(event.runId) : (stryCov_9fa48("1160"), !RUN_ID_PATTERN.test(event.runId))))) {
      if (stryMutAct_9fa48("1161")) {
        {}
      } else {
        stryCov_9fa48("1161");
        throw new PipelineConfigError(stryMutAct_9fa48("1162") ? `` : (stryCov_9fa48("1162"), `run id ${JSON.stringify(event.runId)} is not valid`));
      }
    }
    if (stryMutAct_9fa48("1165") ? typeof event.exportTaskId !== "string" && !EXPORT_TASK_ID_PATTERN.test(event.exportTaskId) : stryMutAct_9fa48("1164") ? false : stryMutAct_9fa48("1163") ? true : (stryCov_9fa48("1163", "1164", "1165"), (stryMutAct_9fa48("1167") ? typeof event.exportTaskId === "string" : stryMutAct_9fa48("1166") ? false : (stryCov_9fa48("1166", "1167"), typeof event.exportTaskId !== (stryMutAct_9fa48("1168") ? "" : (stryCov_9fa48("1168"), "string")))) || (stryMutAct_9fa48("1169") ? EXPORT_TASK_ID_PATTERN.test(event.exportTaskId) : (stryCov_9fa48("1169"), !EXPORT_TASK_ID_PATTERN.test(event.exportTaskId))))) {
      if (stryMutAct_9fa48("1170")) {
        {}
      } else {
        stryCov_9fa48("1170");
        throw new PipelineConfigError(stryMutAct_9fa48("1171") ? `` : (stryCov_9fa48("1171"), `export task id ${JSON.stringify(event.exportTaskId)} is not valid`));
      }
    }
    const stageTable = stageTableName(event.runId, table.name);
    const tablePrefix = stryMutAct_9fa48("1172") ? `` : (stryCov_9fa48("1172"), `${exportPrefix}/${event.exportTaskId}/${dbName}/${dbName}.${table.name}/`);
    const objects = await listParquetObjects(rawBucket, tablePrefix);
    if (stryMutAct_9fa48("1175") ? objects.length !== 0 : stryMutAct_9fa48("1174") ? false : stryMutAct_9fa48("1173") ? true : (stryCov_9fa48("1173", "1174", "1175"), objects.length === 0)) {
      if (stryMutAct_9fa48("1176")) {
        {}
      } else {
        stryCov_9fa48("1176");
        // An empty source table exports no Parquet file: without a schema nothing can be compared, so the master stays as is.
        log(stryMutAct_9fa48("1177") ? "" : (stryCov_9fa48("1177"), "table-export-empty"), stryMutAct_9fa48("1178") ? {} : (stryCov_9fa48("1178"), {
          table: table.name,
          prefix: tablePrefix
        }));
        return stryMutAct_9fa48("1179") ? {} : (stryCov_9fa48("1179"), {
          empty: stryMutAct_9fa48("1180") ? false : (stryCov_9fa48("1180"), true),
          stageTable
        });
      }
    }
    const first = objects[0];
    const metadata = await parquetMetadataAsync(s3AsyncBuffer(rawBucket, first.key, first.size));
    const columns = columnsFromSchema(metadata.schema, table.name);
    const location = stryMutAct_9fa48("1181") ? `` : (stryCov_9fa48("1181"), `s3://${rawBucket}/${tablePrefix}`);
    const watermark = stryMutAct_9fa48("1184") ? event.watermarkItem.Item?.watermark?.S : stryMutAct_9fa48("1183") ? event.watermarkItem?.Item.watermark?.S : stryMutAct_9fa48("1182") ? event.watermarkItem?.Item?.watermark.S : (stryCov_9fa48("1182", "1183", "1184"), event.watermarkItem?.Item?.watermark?.S);
    let statements: TableStatements;
    try {
      if (stryMutAct_9fa48("1185")) {
        {}
      } else {
        stryCov_9fa48("1185");
        statements = buildTableStatements(stryMutAct_9fa48("1186") ? {} : (stryCov_9fa48("1186"), {
          database,
          stageTable,
          table,
          columns,
          masterLocation: stryMutAct_9fa48("1187") ? `` : (stryCov_9fa48("1187"), `s3://${masterBucket}/${masterPrefix}/${stryMutAct_9fa48("1188") ? table.name.toUpperCase() : (stryCov_9fa48("1188"), table.name.toLowerCase())}/`),
          mode: event.mode,
          ...((stryMutAct_9fa48("1191") ? watermark === undefined : stryMutAct_9fa48("1190") ? false : stryMutAct_9fa48("1189") ? true : (stryCov_9fa48("1189", "1190", "1191"), watermark !== undefined)) ? stryMutAct_9fa48("1192") ? {} : (stryCov_9fa48("1192"), {
            watermark
          }) : {}),
          overlapSeconds
        }));
      }
    } catch (error) {
      if (stryMutAct_9fa48("1193")) {
        {}
      } else {
        stryCov_9fa48("1193");
        throw new UnsupportedExport(stryMutAct_9fa48("1194") ? `` : (stryCov_9fa48("1194"), `table ${table.name}: ${(error as Error).message}`));
      }
    }
    const tableInput = stageTableInput(stageTable, columns, location, event.runId, event.exportTaskId);
    try {
      if (stryMutAct_9fa48("1195")) {
        {}
      } else {
        stryCov_9fa48("1195");
        await glue.send(new CreateTableCommand(stryMutAct_9fa48("1196") ? {} : (stryCov_9fa48("1196"), {
          DatabaseName: database,
          TableInput: tableInput
        })));
      }
    } catch (error) {
      if (stryMutAct_9fa48("1197")) {
        {}
      } else {
        stryCov_9fa48("1197");
        if (stryMutAct_9fa48("1200") ? !(error instanceof AlreadyExistsException) || (error as Error).name !== "AlreadyExistsException" : stryMutAct_9fa48("1199") ? false : stryMutAct_9fa48("1198") ? true : (stryCov_9fa48("1198", "1199", "1200"), (stryMutAct_9fa48("1201") ? error instanceof AlreadyExistsException : (stryCov_9fa48("1201"), !(error instanceof AlreadyExistsException))) && (stryMutAct_9fa48("1203") ? (error as Error).name === "AlreadyExistsException" : stryMutAct_9fa48("1202") ? true : (stryCov_9fa48("1202", "1203"), (error as Error).name !== (stryMutAct_9fa48("1204") ? "" : (stryCov_9fa48("1204"), "AlreadyExistsException")))))) {
          if (stryMutAct_9fa48("1205")) {
            {}
          } else {
            stryCov_9fa48("1205");
            throw error;
          }
        }
        // A retried invocation: make the existing definition match this one.
        await glue.send(new UpdateTableCommand(stryMutAct_9fa48("1206") ? {} : (stryCov_9fa48("1206"), {
          DatabaseName: database,
          TableInput: tableInput
        })));
      }
    }
    log(stryMutAct_9fa48("1207") ? "" : (stryCov_9fa48("1207"), "table-prepared"), stryMutAct_9fa48("1208") ? {} : (stryCov_9fa48("1208"), {
      table: table.name,
      stageTable,
      files: objects.length,
      columns: columns.length,
      strategy: statements.strategy,
      since: statements.since
    }));
    return stryMutAct_9fa48("1209") ? {} : (stryCov_9fa48("1209"), {
      empty: stryMutAct_9fa48("1210") ? true : (stryCov_9fa48("1210"), false),
      stageTable,
      columns,
      ...statements
    });
  }
}