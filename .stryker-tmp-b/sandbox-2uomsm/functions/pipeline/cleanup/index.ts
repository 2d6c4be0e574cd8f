// @ts-nocheck
// Lambda: ends every run that got past validation: drops the per-run tables, and backs up or deletes the raw export.
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
import { BatchDeleteTableCommand, GlueClient } from "@aws-sdk/client-glue";
import { CopyObjectCommand, DeleteObjectsCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { stageTableName } from "../../../sql/athena/pipeline";
import { booleanEnv, BUCKET_PATTERN, configuredTable, EXPORT_TASK_ID_PATTERN, identifierEnv, log, PipelineConfigError, PREFIX_PATTERN, requireEnv, RUN_ID_PATTERN, tablesEnv } from "../shared/env";
const s3 = new S3Client({});
const glue = new GlueClient({});
export interface CleanupEvent {
  readonly runId: string;
  readonly exportTaskId: string;
  readonly tables: readonly string[];
}
export interface CleanupResult {
  readonly droppedTables: readonly string[];
  readonly backedUpObjects: number;
  readonly deletedObjects: number;
}
async function dropStageTables(database: string, names: string[]): Promise<void> {
  if (stryMutAct_9fa48("978")) {
    {}
  } else {
    stryCov_9fa48("978");
    const out = await glue.send(new BatchDeleteTableCommand(stryMutAct_9fa48("979") ? {} : (stryCov_9fa48("979"), {
      DatabaseName: database,
      TablesToDelete: names
    })));
    // A table that was never created (the run failed before it) is not an error; anything else is.
    const real = stryMutAct_9fa48("980") ? out.Errors ?? [] : (stryCov_9fa48("980"), (stryMutAct_9fa48("981") ? out.Errors && [] : (stryCov_9fa48("981"), out.Errors ?? (stryMutAct_9fa48("982") ? ["Stryker was here"] : (stryCov_9fa48("982"), [])))).filter(stryMutAct_9fa48("983") ? () => undefined : (stryCov_9fa48("983"), e => stryMutAct_9fa48("986") ? e.ErrorDetail?.ErrorCode === "EntityNotFoundException" : stryMutAct_9fa48("985") ? false : stryMutAct_9fa48("984") ? true : (stryCov_9fa48("984", "985", "986"), (stryMutAct_9fa48("987") ? e.ErrorDetail.ErrorCode : (stryCov_9fa48("987"), e.ErrorDetail?.ErrorCode)) !== (stryMutAct_9fa48("988") ? "" : (stryCov_9fa48("988"), "EntityNotFoundException"))))));
    if (stryMutAct_9fa48("992") ? real.length <= 0 : stryMutAct_9fa48("991") ? real.length >= 0 : stryMutAct_9fa48("990") ? false : stryMutAct_9fa48("989") ? true : (stryCov_9fa48("989", "990", "991", "992"), real.length > 0)) {
      if (stryMutAct_9fa48("993")) {
        {}
      } else {
        stryCov_9fa48("993");
        const first = real[0];
        throw new Error(stryMutAct_9fa48("994") ? `` : (stryCov_9fa48("994"), `could not drop ${real.length} per-run table(s), first ${first.TableName}: ${stryMutAct_9fa48("995") ? first.ErrorDetail.ErrorCode : (stryCov_9fa48("995"), first.ErrorDetail?.ErrorCode)} ${stryMutAct_9fa48("996") ? first.ErrorDetail.ErrorMessage : (stryCov_9fa48("996"), first.ErrorDetail?.ErrorMessage)}`));
      }
    }
  }
}

/** Copies each object to the backup prefix (when enabled), then deletes the originals in batches of 1000. */
async function removeExportObjects(bucket: string, exportRoot: string, backupRoot: string | undefined): Promise<{
  backedUp: number;
  deleted: number;
}> {
  if (stryMutAct_9fa48("997")) {
    {}
  } else {
    stryCov_9fa48("997");
    let backedUp = 0;
    let deleted = 0;
    let token: string | undefined;
    do {
      if (stryMutAct_9fa48("998")) {
        {}
      } else {
        stryCov_9fa48("998");
        const page = await s3.send(new ListObjectsV2Command(stryMutAct_9fa48("999") ? {} : (stryCov_9fa48("999"), {
          Bucket: bucket,
          Prefix: exportRoot,
          ContinuationToken: token
        })));
        const keys = stryMutAct_9fa48("1000") ? (page.Contents ?? []).map(o => o.Key!) : (stryCov_9fa48("1000"), (stryMutAct_9fa48("1001") ? page.Contents && [] : (stryCov_9fa48("1001"), page.Contents ?? (stryMutAct_9fa48("1002") ? ["Stryker was here"] : (stryCov_9fa48("1002"), [])))).map(stryMutAct_9fa48("1003") ? () => undefined : (stryCov_9fa48("1003"), o => o.Key!)).filter(stryMutAct_9fa48("1004") ? () => undefined : (stryCov_9fa48("1004"), k => stryMutAct_9fa48("1007") ? k === undefined : stryMutAct_9fa48("1006") ? false : stryMutAct_9fa48("1005") ? true : (stryCov_9fa48("1005", "1006", "1007"), k !== undefined))));
        if (stryMutAct_9fa48("1010") ? backupRoot === undefined : stryMutAct_9fa48("1009") ? false : stryMutAct_9fa48("1008") ? true : (stryCov_9fa48("1008", "1009", "1010"), backupRoot !== undefined)) {
          if (stryMutAct_9fa48("1011")) {
            {}
          } else {
            stryCov_9fa48("1011");
            for (const key of keys) {
              if (stryMutAct_9fa48("1012")) {
                {}
              } else {
                stryCov_9fa48("1012");
                const target = stryMutAct_9fa48("1013") ? `` : (stryCov_9fa48("1013"), `${backupRoot}${stryMutAct_9fa48("1014") ? key : (stryCov_9fa48("1014"), key.slice(exportRoot.length))}`);
                await s3.send(new CopyObjectCommand(stryMutAct_9fa48("1015") ? {} : (stryCov_9fa48("1015"), {
                  Bucket: bucket,
                  Key: target,
                  CopySource: stryMutAct_9fa48("1016") ? `` : (stryCov_9fa48("1016"), `${bucket}/${key.split(stryMutAct_9fa48("1017") ? "" : (stryCov_9fa48("1017"), "/")).map(encodeURIComponent).join(stryMutAct_9fa48("1018") ? "" : (stryCov_9fa48("1018"), "/"))}`)
                })));
                stryMutAct_9fa48("1019") ? backedUp-- : (stryCov_9fa48("1019"), backedUp++);
              }
            }
          }
        }
        if (stryMutAct_9fa48("1023") ? keys.length <= 0 : stryMutAct_9fa48("1022") ? keys.length >= 0 : stryMutAct_9fa48("1021") ? false : stryMutAct_9fa48("1020") ? true : (stryCov_9fa48("1020", "1021", "1022", "1023"), keys.length > 0)) {
          if (stryMutAct_9fa48("1024")) {
            {}
          } else {
            stryCov_9fa48("1024");
            const out = await s3.send(new DeleteObjectsCommand(stryMutAct_9fa48("1025") ? {} : (stryCov_9fa48("1025"), {
              Bucket: bucket,
              Delete: stryMutAct_9fa48("1026") ? {} : (stryCov_9fa48("1026"), {
                Objects: keys.map(stryMutAct_9fa48("1027") ? () => undefined : (stryCov_9fa48("1027"), Key => stryMutAct_9fa48("1028") ? {} : (stryCov_9fa48("1028"), {
                  Key
                }))),
                Quiet: stryMutAct_9fa48("1029") ? false : (stryCov_9fa48("1029"), true)
              })
            })));
            if (stryMutAct_9fa48("1033") ? (out.Errors ?? []).length <= 0 : stryMutAct_9fa48("1032") ? (out.Errors ?? []).length >= 0 : stryMutAct_9fa48("1031") ? false : stryMutAct_9fa48("1030") ? true : (stryCov_9fa48("1030", "1031", "1032", "1033"), (stryMutAct_9fa48("1034") ? out.Errors && [] : (stryCov_9fa48("1034"), out.Errors ?? (stryMutAct_9fa48("1035") ? ["Stryker was here"] : (stryCov_9fa48("1035"), [])))).length > 0)) {
              if (stryMutAct_9fa48("1036")) {
                {}
              } else {
                stryCov_9fa48("1036");
                const e = out.Errors![0];
                throw new Error(stryMutAct_9fa48("1037") ? `` : (stryCov_9fa48("1037"), `could not delete ${out.Errors!.length} export object(s), first ${e.Key}: ${e.Code} ${e.Message}`));
              }
            }
            stryMutAct_9fa48("1038") ? deleted -= keys.length : (stryCov_9fa48("1038"), deleted += keys.length);
          }
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      }
    } while (stryMutAct_9fa48("1039") ? false : (stryCov_9fa48("1039"), token));
    return stryMutAct_9fa48("1040") ? {} : (stryCov_9fa48("1040"), {
      backedUp,
      deleted
    });
  }
}
export async function handler(event: CleanupEvent): Promise<CleanupResult> {
  if (stryMutAct_9fa48("1041")) {
    {}
  } else {
    stryCov_9fa48("1041");
    const configured = tablesEnv();
    const database = identifierEnv(stryMutAct_9fa48("1042") ? "" : (stryCov_9fa48("1042"), "GLUE_DATABASE"));
    const bucket = requireEnv(stryMutAct_9fa48("1043") ? "" : (stryCov_9fa48("1043"), "RAW_BUCKET"), BUCKET_PATTERN);
    const exportPrefix = requireEnv(stryMutAct_9fa48("1044") ? "" : (stryCov_9fa48("1044"), "EXPORT_PREFIX"), PREFIX_PATTERN);
    const backupPrefix = requireEnv(stryMutAct_9fa48("1045") ? "" : (stryCov_9fa48("1045"), "BACKUP_PREFIX"), PREFIX_PATTERN);
    const backupExports = booleanEnv(stryMutAct_9fa48("1046") ? "" : (stryCov_9fa48("1046"), "BACKUP_EXPORTS"), stryMutAct_9fa48("1047") ? false : (stryCov_9fa48("1047"), true));
    if (stryMutAct_9fa48("1050") ? typeof event.runId !== "string" && !RUN_ID_PATTERN.test(event.runId) : stryMutAct_9fa48("1049") ? false : stryMutAct_9fa48("1048") ? true : (stryCov_9fa48("1048", "1049", "1050"), (stryMutAct_9fa48("1052") ? typeof event.runId === "string" : stryMutAct_9fa48("1051") ? false : (stryCov_9fa48("1051", "1052"), typeof event.runId !== (stryMutAct_9fa48("1053") ? "" : (stryCov_9fa48("1053"), "string")))) || (stryMutAct_9fa48("1054") ? RUN_ID_PATTERN.test(event.runId) : (stryCov_9fa48("1054"), !RUN_ID_PATTERN.test(event.runId))))) {
      if (stryMutAct_9fa48("1055")) {
        {}
      } else {
        stryCov_9fa48("1055");
        throw new PipelineConfigError(stryMutAct_9fa48("1056") ? `` : (stryCov_9fa48("1056"), `run id ${JSON.stringify(event.runId)} is not valid`));
      }
    }
    if (stryMutAct_9fa48("1059") ? typeof event.exportTaskId !== "string" && !EXPORT_TASK_ID_PATTERN.test(event.exportTaskId) : stryMutAct_9fa48("1058") ? false : stryMutAct_9fa48("1057") ? true : (stryCov_9fa48("1057", "1058", "1059"), (stryMutAct_9fa48("1061") ? typeof event.exportTaskId === "string" : stryMutAct_9fa48("1060") ? false : (stryCov_9fa48("1060", "1061"), typeof event.exportTaskId !== (stryMutAct_9fa48("1062") ? "" : (stryCov_9fa48("1062"), "string")))) || (stryMutAct_9fa48("1063") ? EXPORT_TASK_ID_PATTERN.test(event.exportTaskId) : (stryCov_9fa48("1063"), !EXPORT_TASK_ID_PATTERN.test(event.exportTaskId))))) {
      if (stryMutAct_9fa48("1064")) {
        {}
      } else {
        stryCov_9fa48("1064");
        throw new PipelineConfigError(stryMutAct_9fa48("1065") ? `` : (stryCov_9fa48("1065"), `export task id ${JSON.stringify(event.exportTaskId)} is not valid`));
      }
    }
    if (stryMutAct_9fa48("1068") ? exportPrefix === backupPrefix && backupPrefix.startsWith(`${exportPrefix}/`) : stryMutAct_9fa48("1067") ? false : stryMutAct_9fa48("1066") ? true : (stryCov_9fa48("1066", "1067", "1068"), (stryMutAct_9fa48("1070") ? exportPrefix !== backupPrefix : stryMutAct_9fa48("1069") ? false : (stryCov_9fa48("1069", "1070"), exportPrefix === backupPrefix)) || (stryMutAct_9fa48("1071") ? backupPrefix.endsWith(`${exportPrefix}/`) : (stryCov_9fa48("1071"), backupPrefix.startsWith(stryMutAct_9fa48("1072") ? `` : (stryCov_9fa48("1072"), `${exportPrefix}/`)))))) {
      if (stryMutAct_9fa48("1073")) {
        {}
      } else {
        stryCov_9fa48("1073");
        throw new PipelineConfigError(stryMutAct_9fa48("1074") ? `` : (stryCov_9fa48("1074"), `BACKUP_PREFIX ${backupPrefix} must lie outside EXPORT_PREFIX ${exportPrefix}`));
      }
    }
    const tables = (stryMutAct_9fa48("1075") ? event.tables && [] : (stryCov_9fa48("1075"), event.tables ?? (stryMutAct_9fa48("1076") ? ["Stryker was here"] : (stryCov_9fa48("1076"), [])))).map(stryMutAct_9fa48("1077") ? () => undefined : (stryCov_9fa48("1077"), name => configuredTable(configured, name).name));
    const droppedTables = tables.map(stryMutAct_9fa48("1078") ? () => undefined : (stryCov_9fa48("1078"), name => stageTableName(event.runId, name)));
    if (stryMutAct_9fa48("1082") ? droppedTables.length <= 0 : stryMutAct_9fa48("1081") ? droppedTables.length >= 0 : stryMutAct_9fa48("1080") ? false : stryMutAct_9fa48("1079") ? true : (stryCov_9fa48("1079", "1080", "1081", "1082"), droppedTables.length > 0)) {
      if (stryMutAct_9fa48("1083")) {
        {}
      } else {
        stryCov_9fa48("1083");
        await dropStageTables(database, droppedTables);
      }
    }
    const exportRoot = stryMutAct_9fa48("1084") ? `` : (stryCov_9fa48("1084"), `${exportPrefix}/${event.exportTaskId}/`);
    const backupRoot = backupExports ? stryMutAct_9fa48("1085") ? `` : (stryCov_9fa48("1085"), `${backupPrefix}/${event.exportTaskId}/`) : undefined;
    const {
      backedUp,
      deleted
    } = await removeExportObjects(bucket, exportRoot, backupRoot);
    const result = stryMutAct_9fa48("1086") ? {} : (stryCov_9fa48("1086"), {
      droppedTables,
      backedUpObjects: backedUp,
      deletedObjects: deleted
    });
    log(stryMutAct_9fa48("1087") ? "" : (stryCov_9fa48("1087"), "run-cleaned-up"), stryMutAct_9fa48("1088") ? {} : (stryCov_9fa48("1088"), {
      runId: event.runId,
      exportTaskId: event.exportTaskId,
      ...result
    }));
    return result;
  }
}