// @ts-nocheck
// 
// Lambda: starts the run's Aurora export to S3, limited to the selected tables.
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
import { RDSClient, StartExportTaskCommand } from "@aws-sdk/client-rds";
import { BUCKET_PATTERN, configuredTable, EXPORT_TASK_ID_PATTERN, identifierEnv, log, PREFIX_PATTERN, requireEnv, tablesEnv } from "../shared/env";
import { errorText, ExportFailed, ExportThrottled, isThrottling } from "../shared/errors";

// Standard retry mode backs off on throttling before the state machine's own Retry takes over.
const rds = new RDSClient(stryMutAct_9fa48("1160") ? {} : (stryCov_9fa48("1160"), {
  maxAttempts: 5
}));
export interface StartExportEvent {
  readonly exportTaskId: string;
  readonly tables: readonly string[];
}
export interface ExportProgress {
  readonly status: string;
  readonly polls: number;
  readonly warning?: string;
}
export async function handler(event: StartExportEvent): Promise<ExportProgress> {
  if (stryMutAct_9fa48("1161")) {
    {}
  } else {
    stryCov_9fa48("1161");
    const configured = tablesEnv();
    const dbName = identifierEnv(stryMutAct_9fa48("1162") ? "" : (stryCov_9fa48("1162"), "DB_NAME"));
    if (stryMutAct_9fa48("1165") ? typeof event.exportTaskId !== "string" && !EXPORT_TASK_ID_PATTERN.test(event.exportTaskId) : stryMutAct_9fa48("1164") ? false : stryMutAct_9fa48("1163") ? true : (stryCov_9fa48("1163", "1164", "1165"), (stryMutAct_9fa48("1167") ? typeof event.exportTaskId === "string" : stryMutAct_9fa48("1166") ? false : (stryCov_9fa48("1166", "1167"), typeof event.exportTaskId !== (stryMutAct_9fa48("1168") ? "" : (stryCov_9fa48("1168"), "string")))) || (stryMutAct_9fa48("1169") ? EXPORT_TASK_ID_PATTERN.test(event.exportTaskId) : (stryCov_9fa48("1169"), !EXPORT_TASK_ID_PATTERN.test(event.exportTaskId))))) {
      if (stryMutAct_9fa48("1170")) {
        {}
      } else {
        stryCov_9fa48("1170");
        throw new ExportFailed(stryMutAct_9fa48("1171") ? `` : (stryCov_9fa48("1171"), `export task id ${JSON.stringify(event.exportTaskId)} is not valid`));
      }
    }
    if (stryMutAct_9fa48("1174") ? !Array.isArray(event.tables) && event.tables.length === 0 : stryMutAct_9fa48("1173") ? false : stryMutAct_9fa48("1172") ? true : (stryCov_9fa48("1172", "1173", "1174"), (stryMutAct_9fa48("1175") ? Array.isArray(event.tables) : (stryCov_9fa48("1175"), !Array.isArray(event.tables))) || (stryMutAct_9fa48("1177") ? event.tables.length !== 0 : stryMutAct_9fa48("1176") ? false : (stryCov_9fa48("1176", "1177"), event.tables.length === 0)))) {
      if (stryMutAct_9fa48("1178")) {
        {}
      } else {
        stryCov_9fa48("1178");
        throw new ExportFailed(stryMutAct_9fa48("1179") ? `` : (stryCov_9fa48("1179"), `no tables to export: ${JSON.stringify(event.tables)}`));
      }
    }
    const exportOnly = event.tables.map(stryMutAct_9fa48("1180") ? () => undefined : (stryCov_9fa48("1180"), name => stryMutAct_9fa48("1181") ? `` : (stryCov_9fa48("1181"), `${dbName}.${configuredTable(configured, name).name}`)));
    const input = stryMutAct_9fa48("1182") ? {} : (stryCov_9fa48("1182"), {
      ExportTaskIdentifier: event.exportTaskId,
      SourceArn: requireEnv(stryMutAct_9fa48("1183") ? "" : (stryCov_9fa48("1183"), "SOURCE_ARN"), stryMutAct_9fa48("1194") ? /^arn:aws[a-z-]*:rds:[a-z0-9-]+:\d{12}:cluster:[A-Za-z][^A-Za-z0-9-]*$/ : stryMutAct_9fa48("1193") ? /^arn:aws[a-z-]*:rds:[a-z0-9-]+:\d{12}:cluster:[A-Za-z][A-Za-z0-9-]$/ : stryMutAct_9fa48("1192") ? /^arn:aws[a-z-]*:rds:[a-z0-9-]+:\d{12}:cluster:[^A-Za-z][A-Za-z0-9-]*$/ : stryMutAct_9fa48("1191") ? /^arn:aws[a-z-]*:rds:[a-z0-9-]+:\D{12}:cluster:[A-Za-z][A-Za-z0-9-]*$/ : stryMutAct_9fa48("1190") ? /^arn:aws[a-z-]*:rds:[a-z0-9-]+:\d:cluster:[A-Za-z][A-Za-z0-9-]*$/ : stryMutAct_9fa48("1189") ? /^arn:aws[a-z-]*:rds:[^a-z0-9-]+:\d{12}:cluster:[A-Za-z][A-Za-z0-9-]*$/ : stryMutAct_9fa48("1188") ? /^arn:aws[a-z-]*:rds:[a-z0-9-]:\d{12}:cluster:[A-Za-z][A-Za-z0-9-]*$/ : stryMutAct_9fa48("1187") ? /^arn:aws[^a-z-]*:rds:[a-z0-9-]+:\d{12}:cluster:[A-Za-z][A-Za-z0-9-]*$/ : stryMutAct_9fa48("1186") ? /^arn:aws[a-z-]:rds:[a-z0-9-]+:\d{12}:cluster:[A-Za-z][A-Za-z0-9-]*$/ : stryMutAct_9fa48("1185") ? /^arn:aws[a-z-]*:rds:[a-z0-9-]+:\d{12}:cluster:[A-Za-z][A-Za-z0-9-]*/ : stryMutAct_9fa48("1184") ? /arn:aws[a-z-]*:rds:[a-z0-9-]+:\d{12}:cluster:[A-Za-z][A-Za-z0-9-]*$/ : (stryCov_9fa48("1184", "1185", "1186", "1187", "1188", "1189", "1190", "1191", "1192", "1193", "1194"), /^arn:aws[a-z-]*:rds:[a-z0-9-]+:\d{12}:cluster:[A-Za-z][A-Za-z0-9-]*$/)),
      S3BucketName: requireEnv(stryMutAct_9fa48("1195") ? "" : (stryCov_9fa48("1195"), "RAW_BUCKET"), BUCKET_PATTERN),
      S3Prefix: requireEnv(stryMutAct_9fa48("1196") ? "" : (stryCov_9fa48("1196"), "EXPORT_PREFIX"), PREFIX_PATTERN),
      IamRoleArn: requireEnv(stryMutAct_9fa48("1197") ? "" : (stryCov_9fa48("1197"), "EXPORT_ROLE_ARN"), stryMutAct_9fa48("1205") ? /^arn:aws[a-z-]*:iam::\d{12}:role\/[^A-Za-z0-9+=,.@_/-]+$/ : stryMutAct_9fa48("1204") ? /^arn:aws[a-z-]*:iam::\d{12}:role\/[A-Za-z0-9+=,.@_/-]$/ : stryMutAct_9fa48("1203") ? /^arn:aws[a-z-]*:iam::\D{12}:role\/[A-Za-z0-9+=,.@_/-]+$/ : stryMutAct_9fa48("1202") ? /^arn:aws[a-z-]*:iam::\d:role\/[A-Za-z0-9+=,.@_/-]+$/ : stryMutAct_9fa48("1201") ? /^arn:aws[^a-z-]*:iam::\d{12}:role\/[A-Za-z0-9+=,.@_/-]+$/ : stryMutAct_9fa48("1200") ? /^arn:aws[a-z-]:iam::\d{12}:role\/[A-Za-z0-9+=,.@_/-]+$/ : stryMutAct_9fa48("1199") ? /^arn:aws[a-z-]*:iam::\d{12}:role\/[A-Za-z0-9+=,.@_/-]+/ : stryMutAct_9fa48("1198") ? /arn:aws[a-z-]*:iam::\d{12}:role\/[A-Za-z0-9+=,.@_/-]+$/ : (stryCov_9fa48("1198", "1199", "1200", "1201", "1202", "1203", "1204", "1205"), /^arn:aws[a-z-]*:iam::\d{12}:role\/[A-Za-z0-9+=,.@_/-]+$/)),
      KmsKeyId: requireEnv(stryMutAct_9fa48("1206") ? "" : (stryCov_9fa48("1206"), "KMS_KEY_ID")),
      ExportOnly: exportOnly
    });
    try {
      if (stryMutAct_9fa48("1207")) {
        {}
      } else {
        stryCov_9fa48("1207");
        const out = await rds.send(new StartExportTaskCommand(input));
        log(stryMutAct_9fa48("1208") ? "" : (stryCov_9fa48("1208"), "export-started"), stryMutAct_9fa48("1209") ? {} : (stryCov_9fa48("1209"), {
          exportTaskId: event.exportTaskId,
          exportOnly,
          status: out.Status
        }));
        return stryMutAct_9fa48("1210") ? {} : (stryCov_9fa48("1210"), {
          status: stryMutAct_9fa48("1211") ? out.Status && "STARTING" : (stryCov_9fa48("1211"), out.Status ?? (stryMutAct_9fa48("1212") ? "" : (stryCov_9fa48("1212"), "STARTING"))),
          polls: 0
        });
      }
    } catch (error) {
      if (stryMutAct_9fa48("1213")) {
        {}
      } else {
        stryCov_9fa48("1213");
        if (stryMutAct_9fa48("1216") ? (error as Error).name !== "ExportTaskAlreadyExistsFault" : stryMutAct_9fa48("1215") ? false : stryMutAct_9fa48("1214") ? true : (stryCov_9fa48("1214", "1215", "1216"), (error as Error).name === (stryMutAct_9fa48("1217") ? "" : (stryCov_9fa48("1217"), "ExportTaskAlreadyExistsFault")))) {
          if (stryMutAct_9fa48("1218")) {
            {}
          } else {
            stryCov_9fa48("1218");
            // A retried invocation: the first one started the export; the checks that follow watch it.
            log(stryMutAct_9fa48("1219") ? "" : (stryCov_9fa48("1219"), "export-already-started"), stryMutAct_9fa48("1220") ? {} : (stryCov_9fa48("1220"), {
              exportTaskId: event.exportTaskId
            }));
            return stryMutAct_9fa48("1221") ? {} : (stryCov_9fa48("1221"), {
              status: stryMutAct_9fa48("1222") ? "" : (stryCov_9fa48("1222"), "STARTING"),
              polls: 0
            });
          }
        }
        if (stryMutAct_9fa48("1224") ? false : stryMutAct_9fa48("1223") ? true : (stryCov_9fa48("1223", "1224"), isThrottling(error))) {
          if (stryMutAct_9fa48("1225")) {
            {}
          } else {
            stryCov_9fa48("1225");
            throw new ExportThrottled(stryMutAct_9fa48("1226") ? `` : (stryCov_9fa48("1226"), `StartExportTask ${event.exportTaskId} throttled: ${errorText(error)}`));
          }
        }
        throw new ExportFailed(stryMutAct_9fa48("1227") ? `` : (stryCov_9fa48("1227"), `StartExportTask ${event.exportTaskId} failed: ${errorText(error)}`));
      }
    }
  }
}