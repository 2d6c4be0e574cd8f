// @ts-nocheck
// 
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
  if (stryMutAct_9fa48("376")) {
    {}
  } else {
    stryCov_9fa48("376");
    const out = await glue.send(new BatchDeleteTableCommand(stryMutAct_9fa48("377") ? {} : (stryCov_9fa48("377"), {
      DatabaseName: database,
      TablesToDelete: names
    })));
    // A table that was never created (the run failed before it) is not an error; anything else is.
    const real = stryMutAct_9fa48("378") ? out.Errors ?? [] : (stryCov_9fa48("378"), (stryMutAct_9fa48("379") ? out.Errors && [] : (stryCov_9fa48("379"), out.Errors ?? (stryMutAct_9fa48("380") ? ["Stryker was here"] : (stryCov_9fa48("380"), [])))).filter(stryMutAct_9fa48("381") ? () => undefined : (stryCov_9fa48("381"), e => stryMutAct_9fa48("384") ? e.ErrorDetail?.ErrorCode === "EntityNotFoundException" : stryMutAct_9fa48("383") ? false : stryMutAct_9fa48("382") ? true : (stryCov_9fa48("382", "383", "384"), (stryMutAct_9fa48("385") ? e.ErrorDetail.ErrorCode : (stryCov_9fa48("385"), e.ErrorDetail?.ErrorCode)) !== (stryMutAct_9fa48("386") ? "" : (stryCov_9fa48("386"), "EntityNotFoundException"))))));
    if (stryMutAct_9fa48("390") ? real.length <= 0 : stryMutAct_9fa48("389") ? real.length >= 0 : stryMutAct_9fa48("388") ? false : stryMutAct_9fa48("387") ? true : (stryCov_9fa48("387", "388", "389", "390"), real.length > 0)) {
      if (stryMutAct_9fa48("391")) {
        {}
      } else {
        stryCov_9fa48("391");
        const first = real[0];
        throw new Error(stryMutAct_9fa48("392") ? `` : (stryCov_9fa48("392"), `could not drop ${real.length} per-run table(s), first ${first.TableName}: ${stryMutAct_9fa48("393") ? first.ErrorDetail.ErrorCode : (stryCov_9fa48("393"), first.ErrorDetail?.ErrorCode)} ${stryMutAct_9fa48("394") ? first.ErrorDetail.ErrorMessage : (stryCov_9fa48("394"), first.ErrorDetail?.ErrorMessage)}`));
      }
    }
  }
}

/** Copies each object to the backup prefix (when enabled), then deletes the originals in batches of 1000. */
async function removeExportObjects(bucket: string, exportRoot: string, backupRoot: string | undefined): Promise<{
  backedUp: number;
  deleted: number;
}> {
  if (stryMutAct_9fa48("395")) {
    {}
  } else {
    stryCov_9fa48("395");
    let backedUp = 0;
    let deleted = 0;
    let token: string | undefined;
    do {
      if (stryMutAct_9fa48("396")) {
        {}
      } else {
        stryCov_9fa48("396");
        const page = await s3.send(new ListObjectsV2Command(stryMutAct_9fa48("397") ? {} : (stryCov_9fa48("397"), {
          Bucket: bucket,
          Prefix: exportRoot,
          ContinuationToken: token
        })));
        const keys = stryMutAct_9fa48("398") ? (page.Contents ?? []).map(o => o.Key!) : (stryCov_9fa48("398"), (stryMutAct_9fa48("399") ? page.Contents && [] : (stryCov_9fa48("399"), page.Contents ?? (stryMutAct_9fa48("400") ? ["Stryker was here"] : (stryCov_9fa48("400"), [])))).map(stryMutAct_9fa48("401") ? () => undefined : (stryCov_9fa48("401"), o => o.Key!)).filter(stryMutAct_9fa48("402") ? () => undefined : (stryCov_9fa48("402"), k => stryMutAct_9fa48("405") ? k === undefined : stryMutAct_9fa48("404") ? false : stryMutAct_9fa48("403") ? true : (stryCov_9fa48("403", "404", "405"), k !== undefined))));
        if (stryMutAct_9fa48("408") ? backupRoot === undefined : stryMutAct_9fa48("407") ? false : stryMutAct_9fa48("406") ? true : (stryCov_9fa48("406", "407", "408"), backupRoot !== undefined)) {
          if (stryMutAct_9fa48("409")) {
            {}
          } else {
            stryCov_9fa48("409");
            for (const key of keys) {
              if (stryMutAct_9fa48("410")) {
                {}
              } else {
                stryCov_9fa48("410");
                const target = stryMutAct_9fa48("411") ? `` : (stryCov_9fa48("411"), `${backupRoot}${stryMutAct_9fa48("412") ? key : (stryCov_9fa48("412"), key.slice(exportRoot.length))}`);
                await s3.send(new CopyObjectCommand(stryMutAct_9fa48("413") ? {} : (stryCov_9fa48("413"), {
                  Bucket: bucket,
                  Key: target,
                  CopySource: stryMutAct_9fa48("414") ? `` : (stryCov_9fa48("414"), `${bucket}/${key.split(stryMutAct_9fa48("415") ? "" : (stryCov_9fa48("415"), "/")).map(encodeURIComponent).join(stryMutAct_9fa48("416") ? "" : (stryCov_9fa48("416"), "/"))}`)
                })));
                stryMutAct_9fa48("417") ? backedUp-- : (stryCov_9fa48("417"), backedUp++);
              }
            }
          }
        }
        if (stryMutAct_9fa48("421") ? keys.length <= 0 : stryMutAct_9fa48("420") ? keys.length >= 0 : stryMutAct_9fa48("419") ? false : stryMutAct_9fa48("418") ? true : (stryCov_9fa48("418", "419", "420", "421"), keys.length > 0)) {
          if (stryMutAct_9fa48("422")) {
            {}
          } else {
            stryCov_9fa48("422");
            const out = await s3.send(new DeleteObjectsCommand(stryMutAct_9fa48("423") ? {} : (stryCov_9fa48("423"), {
              Bucket: bucket,
              Delete: stryMutAct_9fa48("424") ? {} : (stryCov_9fa48("424"), {
                Objects: keys.map(stryMutAct_9fa48("425") ? () => undefined : (stryCov_9fa48("425"), Key => stryMutAct_9fa48("426") ? {} : (stryCov_9fa48("426"), {
                  Key
                }))),
                Quiet: stryMutAct_9fa48("427") ? false : (stryCov_9fa48("427"), true)
              })
            })));
            if (stryMutAct_9fa48("431") ? (out.Errors ?? []).length <= 0 : stryMutAct_9fa48("430") ? (out.Errors ?? []).length >= 0 : stryMutAct_9fa48("429") ? false : stryMutAct_9fa48("428") ? true : (stryCov_9fa48("428", "429", "430", "431"), (stryMutAct_9fa48("432") ? out.Errors && [] : (stryCov_9fa48("432"), out.Errors ?? (stryMutAct_9fa48("433") ? ["Stryker was here"] : (stryCov_9fa48("433"), [])))).length > 0)) {
              if (stryMutAct_9fa48("434")) {
                {}
              } else {
                stryCov_9fa48("434");
                const e = out.Errors![0];
                throw new Error(stryMutAct_9fa48("435") ? `` : (stryCov_9fa48("435"), `could not delete ${out.Errors!.length} export object(s), first ${e.Key}: ${e.Code} ${e.Message}`));
              }
            }
            stryMutAct_9fa48("436") ? deleted -= keys.length : (stryCov_9fa48("436"), deleted += keys.length);
          }
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      }
    } while (stryMutAct_9fa48("437") ? false : (stryCov_9fa48("437"), token));
    return stryMutAct_9fa48("438") ? {} : (stryCov_9fa48("438"), {
      backedUp,
      deleted
    });
  }
}
export async function handler(event: CleanupEvent): Promise<CleanupResult> {
  if (stryMutAct_9fa48("439")) {
    {}
  } else {
    stryCov_9fa48("439");
    const configured = tablesEnv();
    const database = identifierEnv(stryMutAct_9fa48("440") ? "" : (stryCov_9fa48("440"), "GLUE_DATABASE"));
    const bucket = requireEnv(stryMutAct_9fa48("441") ? "" : (stryCov_9fa48("441"), "RAW_BUCKET"), BUCKET_PATTERN);
    const exportPrefix = requireEnv(stryMutAct_9fa48("442") ? "" : (stryCov_9fa48("442"), "EXPORT_PREFIX"), PREFIX_PATTERN);
    const backupPrefix = requireEnv(stryMutAct_9fa48("443") ? "" : (stryCov_9fa48("443"), "BACKUP_PREFIX"), PREFIX_PATTERN);
    const backupExports = booleanEnv(stryMutAct_9fa48("444") ? "" : (stryCov_9fa48("444"), "BACKUP_EXPORTS"), stryMutAct_9fa48("445") ? false : (stryCov_9fa48("445"), true));
    if (stryMutAct_9fa48("448") ? typeof event.runId !== "string" && !RUN_ID_PATTERN.test(event.runId) : stryMutAct_9fa48("447") ? false : stryMutAct_9fa48("446") ? true : (stryCov_9fa48("446", "447", "448"), (stryMutAct_9fa48("450") ? typeof event.runId === "string" : stryMutAct_9fa48("449") ? false : (stryCov_9fa48("449", "450"), typeof event.runId !== (stryMutAct_9fa48("451") ? "" : (stryCov_9fa48("451"), "string")))) || (stryMutAct_9fa48("452") ? RUN_ID_PATTERN.test(event.runId) : (stryCov_9fa48("452"), !RUN_ID_PATTERN.test(event.runId))))) {
      if (stryMutAct_9fa48("453")) {
        {}
      } else {
        stryCov_9fa48("453");
        throw new PipelineConfigError(stryMutAct_9fa48("454") ? `` : (stryCov_9fa48("454"), `run id ${JSON.stringify(event.runId)} is not valid`));
      }
    }
    if (stryMutAct_9fa48("457") ? typeof event.exportTaskId !== "string" && !EXPORT_TASK_ID_PATTERN.test(event.exportTaskId) : stryMutAct_9fa48("456") ? false : stryMutAct_9fa48("455") ? true : (stryCov_9fa48("455", "456", "457"), (stryMutAct_9fa48("459") ? typeof event.exportTaskId === "string" : stryMutAct_9fa48("458") ? false : (stryCov_9fa48("458", "459"), typeof event.exportTaskId !== (stryMutAct_9fa48("460") ? "" : (stryCov_9fa48("460"), "string")))) || (stryMutAct_9fa48("461") ? EXPORT_TASK_ID_PATTERN.test(event.exportTaskId) : (stryCov_9fa48("461"), !EXPORT_TASK_ID_PATTERN.test(event.exportTaskId))))) {
      if (stryMutAct_9fa48("462")) {
        {}
      } else {
        stryCov_9fa48("462");
        throw new PipelineConfigError(stryMutAct_9fa48("463") ? `` : (stryCov_9fa48("463"), `export task id ${JSON.stringify(event.exportTaskId)} is not valid`));
      }
    }
    if (stryMutAct_9fa48("466") ? exportPrefix === backupPrefix && backupPrefix.startsWith(`${exportPrefix}/`) : stryMutAct_9fa48("465") ? false : stryMutAct_9fa48("464") ? true : (stryCov_9fa48("464", "465", "466"), (stryMutAct_9fa48("468") ? exportPrefix !== backupPrefix : stryMutAct_9fa48("467") ? false : (stryCov_9fa48("467", "468"), exportPrefix === backupPrefix)) || (stryMutAct_9fa48("469") ? backupPrefix.endsWith(`${exportPrefix}/`) : (stryCov_9fa48("469"), backupPrefix.startsWith(stryMutAct_9fa48("470") ? `` : (stryCov_9fa48("470"), `${exportPrefix}/`)))))) {
      if (stryMutAct_9fa48("471")) {
        {}
      } else {
        stryCov_9fa48("471");
        throw new PipelineConfigError(stryMutAct_9fa48("472") ? `` : (stryCov_9fa48("472"), `BACKUP_PREFIX ${backupPrefix} must lie outside EXPORT_PREFIX ${exportPrefix}`));
      }
    }
    const tables = (stryMutAct_9fa48("473") ? event.tables && [] : (stryCov_9fa48("473"), event.tables ?? (stryMutAct_9fa48("474") ? ["Stryker was here"] : (stryCov_9fa48("474"), [])))).map(stryMutAct_9fa48("475") ? () => undefined : (stryCov_9fa48("475"), name => configuredTable(configured, name).name));
    const droppedTables = tables.map(stryMutAct_9fa48("476") ? () => undefined : (stryCov_9fa48("476"), name => stageTableName(event.runId, name)));
    if (stryMutAct_9fa48("480") ? droppedTables.length <= 0 : stryMutAct_9fa48("479") ? droppedTables.length >= 0 : stryMutAct_9fa48("478") ? false : stryMutAct_9fa48("477") ? true : (stryCov_9fa48("477", "478", "479", "480"), droppedTables.length > 0)) {
      if (stryMutAct_9fa48("481")) {
        {}
      } else {
        stryCov_9fa48("481");
        await dropStageTables(database, droppedTables);
      }
    }
    const exportRoot = stryMutAct_9fa48("482") ? `` : (stryCov_9fa48("482"), `${exportPrefix}/${event.exportTaskId}/`);
    const backupRoot = backupExports ? stryMutAct_9fa48("483") ? `` : (stryCov_9fa48("483"), `${backupPrefix}/${event.exportTaskId}/`) : undefined;
    const {
      backedUp,
      deleted
    } = await removeExportObjects(bucket, exportRoot, backupRoot);
    const result = stryMutAct_9fa48("484") ? {} : (stryCov_9fa48("484"), {
      droppedTables,
      backedUpObjects: backedUp,
      deletedObjects: deleted
    });
    log(stryMutAct_9fa48("485") ? "" : (stryCov_9fa48("485"), "run-cleaned-up"), stryMutAct_9fa48("486") ? {} : (stryCov_9fa48("486"), {
      runId: event.runId,
      exportTaskId: event.exportTaskId,
      ...result
    }));
    return result;
  }
}