// @ts-nocheck
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
const rds = new RDSClient(stryMutAct_9fa48("1762") ? {} : (stryCov_9fa48("1762"), {
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
  if (stryMutAct_9fa48("1763")) {
    {}
  } else {
    stryCov_9fa48("1763");
    const configured = tablesEnv();
    const dbName = identifierEnv(stryMutAct_9fa48("1764") ? "" : (stryCov_9fa48("1764"), "DB_NAME"));
    if (stryMutAct_9fa48("1767") ? typeof event.exportTaskId !== "string" && !EXPORT_TASK_ID_PATTERN.test(event.exportTaskId) : stryMutAct_9fa48("1766") ? false : stryMutAct_9fa48("1765") ? true : (stryCov_9fa48("1765", "1766", "1767"), (stryMutAct_9fa48("1769") ? typeof event.exportTaskId === "string" : stryMutAct_9fa48("1768") ? false : (stryCov_9fa48("1768", "1769"), typeof event.exportTaskId !== (stryMutAct_9fa48("1770") ? "" : (stryCov_9fa48("1770"), "string")))) || (stryMutAct_9fa48("1771") ? EXPORT_TASK_ID_PATTERN.test(event.exportTaskId) : (stryCov_9fa48("1771"), !EXPORT_TASK_ID_PATTERN.test(event.exportTaskId))))) {
      if (stryMutAct_9fa48("1772")) {
        {}
      } else {
        stryCov_9fa48("1772");
        throw new ExportFailed(stryMutAct_9fa48("1773") ? `` : (stryCov_9fa48("1773"), `export task id ${JSON.stringify(event.exportTaskId)} is not valid`));
      }
    }
    if (stryMutAct_9fa48("1776") ? !Array.isArray(event.tables) && event.tables.length === 0 : stryMutAct_9fa48("1775") ? false : stryMutAct_9fa48("1774") ? true : (stryCov_9fa48("1774", "1775", "1776"), (stryMutAct_9fa48("1777") ? Array.isArray(event.tables) : (stryCov_9fa48("1777"), !Array.isArray(event.tables))) || (stryMutAct_9fa48("1779") ? event.tables.length !== 0 : stryMutAct_9fa48("1778") ? false : (stryCov_9fa48("1778", "1779"), event.tables.length === 0)))) {
      if (stryMutAct_9fa48("1780")) {
        {}
      } else {
        stryCov_9fa48("1780");
        throw new ExportFailed(stryMutAct_9fa48("1781") ? `` : (stryCov_9fa48("1781"), `no tables to export: ${JSON.stringify(event.tables)}`));
      }
    }
    const exportOnly = event.tables.map(stryMutAct_9fa48("1782") ? () => undefined : (stryCov_9fa48("1782"), name => stryMutAct_9fa48("1783") ? `` : (stryCov_9fa48("1783"), `${dbName}.${configuredTable(configured, name).name}`)));
    const input = stryMutAct_9fa48("1784") ? {} : (stryCov_9fa48("1784"), {
      ExportTaskIdentifier: event.exportTaskId,
      SourceArn: requireEnv(stryMutAct_9fa48("1785") ? "" : (stryCov_9fa48("1785"), "SOURCE_ARN"), stryMutAct_9fa48("1796") ? /^arn:aws[a-z-]*:rds:[a-z0-9-]+:\d{12}:cluster:[A-Za-z][^A-Za-z0-9-]*$/ : stryMutAct_9fa48("1795") ? /^arn:aws[a-z-]*:rds:[a-z0-9-]+:\d{12}:cluster:[A-Za-z][A-Za-z0-9-]$/ : stryMutAct_9fa48("1794") ? /^arn:aws[a-z-]*:rds:[a-z0-9-]+:\d{12}:cluster:[^A-Za-z][A-Za-z0-9-]*$/ : stryMutAct_9fa48("1793") ? /^arn:aws[a-z-]*:rds:[a-z0-9-]+:\D{12}:cluster:[A-Za-z][A-Za-z0-9-]*$/ : stryMutAct_9fa48("1792") ? /^arn:aws[a-z-]*:rds:[a-z0-9-]+:\d:cluster:[A-Za-z][A-Za-z0-9-]*$/ : stryMutAct_9fa48("1791") ? /^arn:aws[a-z-]*:rds:[^a-z0-9-]+:\d{12}:cluster:[A-Za-z][A-Za-z0-9-]*$/ : stryMutAct_9fa48("1790") ? /^arn:aws[a-z-]*:rds:[a-z0-9-]:\d{12}:cluster:[A-Za-z][A-Za-z0-9-]*$/ : stryMutAct_9fa48("1789") ? /^arn:aws[^a-z-]*:rds:[a-z0-9-]+:\d{12}:cluster:[A-Za-z][A-Za-z0-9-]*$/ : stryMutAct_9fa48("1788") ? /^arn:aws[a-z-]:rds:[a-z0-9-]+:\d{12}:cluster:[A-Za-z][A-Za-z0-9-]*$/ : stryMutAct_9fa48("1787") ? /^arn:aws[a-z-]*:rds:[a-z0-9-]+:\d{12}:cluster:[A-Za-z][A-Za-z0-9-]*/ : stryMutAct_9fa48("1786") ? /arn:aws[a-z-]*:rds:[a-z0-9-]+:\d{12}:cluster:[A-Za-z][A-Za-z0-9-]*$/ : (stryCov_9fa48("1786", "1787", "1788", "1789", "1790", "1791", "1792", "1793", "1794", "1795", "1796"), /^arn:aws[a-z-]*:rds:[a-z0-9-]+:\d{12}:cluster:[A-Za-z][A-Za-z0-9-]*$/)),
      S3BucketName: requireEnv(stryMutAct_9fa48("1797") ? "" : (stryCov_9fa48("1797"), "RAW_BUCKET"), BUCKET_PATTERN),
      S3Prefix: requireEnv(stryMutAct_9fa48("1798") ? "" : (stryCov_9fa48("1798"), "EXPORT_PREFIX"), PREFIX_PATTERN),
      IamRoleArn: requireEnv(stryMutAct_9fa48("1799") ? "" : (stryCov_9fa48("1799"), "EXPORT_ROLE_ARN"), stryMutAct_9fa48("1807") ? /^arn:aws[a-z-]*:iam::\d{12}:role\/[^A-Za-z0-9+=,.@_/-]+$/ : stryMutAct_9fa48("1806") ? /^arn:aws[a-z-]*:iam::\d{12}:role\/[A-Za-z0-9+=,.@_/-]$/ : stryMutAct_9fa48("1805") ? /^arn:aws[a-z-]*:iam::\D{12}:role\/[A-Za-z0-9+=,.@_/-]+$/ : stryMutAct_9fa48("1804") ? /^arn:aws[a-z-]*:iam::\d:role\/[A-Za-z0-9+=,.@_/-]+$/ : stryMutAct_9fa48("1803") ? /^arn:aws[^a-z-]*:iam::\d{12}:role\/[A-Za-z0-9+=,.@_/-]+$/ : stryMutAct_9fa48("1802") ? /^arn:aws[a-z-]:iam::\d{12}:role\/[A-Za-z0-9+=,.@_/-]+$/ : stryMutAct_9fa48("1801") ? /^arn:aws[a-z-]*:iam::\d{12}:role\/[A-Za-z0-9+=,.@_/-]+/ : stryMutAct_9fa48("1800") ? /arn:aws[a-z-]*:iam::\d{12}:role\/[A-Za-z0-9+=,.@_/-]+$/ : (stryCov_9fa48("1800", "1801", "1802", "1803", "1804", "1805", "1806", "1807"), /^arn:aws[a-z-]*:iam::\d{12}:role\/[A-Za-z0-9+=,.@_/-]+$/)),
      KmsKeyId: requireEnv(stryMutAct_9fa48("1808") ? "" : (stryCov_9fa48("1808"), "KMS_KEY_ID")),
      ExportOnly: exportOnly
    });
    try {
      if (stryMutAct_9fa48("1809")) {
        {}
      } else {
        stryCov_9fa48("1809");
        const out = await rds.send(new StartExportTaskCommand(input));
        log(stryMutAct_9fa48("1810") ? "" : (stryCov_9fa48("1810"), "export-started"), stryMutAct_9fa48("1811") ? {} : (stryCov_9fa48("1811"), {
          exportTaskId: event.exportTaskId,
          exportOnly,
          status: out.Status
        }));
        return stryMutAct_9fa48("1812") ? {} : (stryCov_9fa48("1812"), {
          status: stryMutAct_9fa48("1813") ? out.Status && "STARTING" : (stryCov_9fa48("1813"), out.Status ?? (stryMutAct_9fa48("1814") ? "" : (stryCov_9fa48("1814"), "STARTING"))),
          polls: 0
        });
      }
    } catch (error) {
      if (stryMutAct_9fa48("1815")) {
        {}
      } else {
        stryCov_9fa48("1815");
        if (stryMutAct_9fa48("1818") ? (error as Error).name !== "ExportTaskAlreadyExistsFault" : stryMutAct_9fa48("1817") ? false : stryMutAct_9fa48("1816") ? true : (stryCov_9fa48("1816", "1817", "1818"), (error as Error).name === (stryMutAct_9fa48("1819") ? "" : (stryCov_9fa48("1819"), "ExportTaskAlreadyExistsFault")))) {
          if (stryMutAct_9fa48("1820")) {
            {}
          } else {
            stryCov_9fa48("1820");
            // A retried invocation: the first one started the export; the checks that follow watch it.
            log(stryMutAct_9fa48("1821") ? "" : (stryCov_9fa48("1821"), "export-already-started"), stryMutAct_9fa48("1822") ? {} : (stryCov_9fa48("1822"), {
              exportTaskId: event.exportTaskId
            }));
            return stryMutAct_9fa48("1823") ? {} : (stryCov_9fa48("1823"), {
              status: stryMutAct_9fa48("1824") ? "" : (stryCov_9fa48("1824"), "STARTING"),
              polls: 0
            });
          }
        }
        if (stryMutAct_9fa48("1826") ? false : stryMutAct_9fa48("1825") ? true : (stryCov_9fa48("1825", "1826"), isThrottling(error))) {
          if (stryMutAct_9fa48("1827")) {
            {}
          } else {
            stryCov_9fa48("1827");
            throw new ExportThrottled(stryMutAct_9fa48("1828") ? `` : (stryCov_9fa48("1828"), `StartExportTask ${event.exportTaskId} throttled: ${errorText(error)}`));
          }
        }
        throw new ExportFailed(stryMutAct_9fa48("1829") ? `` : (stryCov_9fa48("1829"), `StartExportTask ${event.exportTaskId} failed: ${errorText(error)}`));
      }
    }
  }
}