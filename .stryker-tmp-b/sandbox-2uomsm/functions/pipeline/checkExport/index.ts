// @ts-nocheck
// Lambda: polled by the state machine until the export completes; fails the run with the AWS cause otherwise.
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
import { DescribeExportTasksCommand, RDSClient } from "@aws-sdk/client-rds";
import { EXPORT_TASK_ID_PATTERN, integerEnv, log } from "../shared/env";
import { errorText, ExportFailed, ExportThrottled, ExportTimedOut, isThrottling } from "../shared/errors";
import type { ExportProgress } from "../startExport";
const rds = new RDSClient(stryMutAct_9fa48("915") ? {} : (stryCov_9fa48("915"), {
  maxAttempts: 5
}));
export interface CheckExportEvent {
  readonly exportTaskId: string;
  readonly polls: number;
}
export async function handler(event: CheckExportEvent): Promise<ExportProgress> {
  if (stryMutAct_9fa48("916")) {
    {}
  } else {
    stryCov_9fa48("916");
    const maxPolls = integerEnv(stryMutAct_9fa48("917") ? "" : (stryCov_9fa48("917"), "MAX_EXPORT_POLLS"), 240, 1, 10000);
    if (stryMutAct_9fa48("920") ? typeof event.exportTaskId !== "string" && !EXPORT_TASK_ID_PATTERN.test(event.exportTaskId) : stryMutAct_9fa48("919") ? false : stryMutAct_9fa48("918") ? true : (stryCov_9fa48("918", "919", "920"), (stryMutAct_9fa48("922") ? typeof event.exportTaskId === "string" : stryMutAct_9fa48("921") ? false : (stryCov_9fa48("921", "922"), typeof event.exportTaskId !== (stryMutAct_9fa48("923") ? "" : (stryCov_9fa48("923"), "string")))) || (stryMutAct_9fa48("924") ? EXPORT_TASK_ID_PATTERN.test(event.exportTaskId) : (stryCov_9fa48("924"), !EXPORT_TASK_ID_PATTERN.test(event.exportTaskId))))) {
      if (stryMutAct_9fa48("925")) {
        {}
      } else {
        stryCov_9fa48("925");
        throw new ExportFailed(stryMutAct_9fa48("926") ? `` : (stryCov_9fa48("926"), `export task id ${JSON.stringify(event.exportTaskId)} is not valid`));
      }
    }
    const polls = stryMutAct_9fa48("927") ? (Number.isSafeInteger(event.polls) ? event.polls : 0) - 1 : (stryCov_9fa48("927"), (Number.isSafeInteger(event.polls) ? event.polls : 0) + 1);
    let task;
    try {
      if (stryMutAct_9fa48("928")) {
        {}
      } else {
        stryCov_9fa48("928");
        const out = await rds.send(new DescribeExportTasksCommand(stryMutAct_9fa48("929") ? {} : (stryCov_9fa48("929"), {
          ExportTaskIdentifier: event.exportTaskId
        })));
        task = stryMutAct_9fa48("930") ? out.ExportTasks[0] : (stryCov_9fa48("930"), out.ExportTasks?.[0]);
      }
    } catch (error) {
      if (stryMutAct_9fa48("931")) {
        {}
      } else {
        stryCov_9fa48("931");
        if (stryMutAct_9fa48("933") ? false : stryMutAct_9fa48("932") ? true : (stryCov_9fa48("932", "933"), isThrottling(error))) {
          if (stryMutAct_9fa48("934")) {
            {}
          } else {
            stryCov_9fa48("934");
            throw new ExportThrottled(stryMutAct_9fa48("935") ? `` : (stryCov_9fa48("935"), `DescribeExportTasks ${event.exportTaskId} throttled: ${errorText(error)}`));
          }
        }
        throw new ExportFailed(stryMutAct_9fa48("936") ? `` : (stryCov_9fa48("936"), `DescribeExportTasks ${event.exportTaskId} failed: ${errorText(error)}`));
      }
    }
    if (stryMutAct_9fa48("939") ? false : stryMutAct_9fa48("938") ? true : stryMutAct_9fa48("937") ? task : (stryCov_9fa48("937", "938", "939"), !task)) {
      if (stryMutAct_9fa48("940")) {
        {}
      } else {
        stryCov_9fa48("940");
        throw new ExportFailed(stryMutAct_9fa48("941") ? `` : (stryCov_9fa48("941"), `export task ${event.exportTaskId} was not found`));
      }
    }
    const status = stryMutAct_9fa48("942") ? task.Status && "UNKNOWN" : (stryCov_9fa48("942"), task.Status ?? (stryMutAct_9fa48("943") ? "" : (stryCov_9fa48("943"), "UNKNOWN")));
    log(stryMutAct_9fa48("944") ? "" : (stryCov_9fa48("944"), "export-status"), stryMutAct_9fa48("945") ? {} : (stryCov_9fa48("945"), {
      exportTaskId: event.exportTaskId,
      status,
      percent: task.PercentProgress,
      polls
    }));
    if (stryMutAct_9fa48("948") ? status !== "COMPLETE" : stryMutAct_9fa48("947") ? false : stryMutAct_9fa48("946") ? true : (stryCov_9fa48("946", "947", "948"), status === (stryMutAct_9fa48("949") ? "" : (stryCov_9fa48("949"), "COMPLETE")))) {
      if (stryMutAct_9fa48("950")) {
        {}
      } else {
        stryCov_9fa48("950");
        return stryMutAct_9fa48("951") ? {} : (stryCov_9fa48("951"), {
          status,
          polls,
          ...(task.WarningMessage ? stryMutAct_9fa48("952") ? {} : (stryCov_9fa48("952"), {
            warning: task.WarningMessage
          }) : {})
        });
      }
    }
    if (stryMutAct_9fa48("955") ? (status === "FAILED" || status === "CANCELED") && status === "CANCELING" : stryMutAct_9fa48("954") ? false : stryMutAct_9fa48("953") ? true : (stryCov_9fa48("953", "954", "955"), (stryMutAct_9fa48("957") ? status === "FAILED" && status === "CANCELED" : stryMutAct_9fa48("956") ? false : (stryCov_9fa48("956", "957"), (stryMutAct_9fa48("959") ? status !== "FAILED" : stryMutAct_9fa48("958") ? false : (stryCov_9fa48("958", "959"), status === (stryMutAct_9fa48("960") ? "" : (stryCov_9fa48("960"), "FAILED")))) || (stryMutAct_9fa48("962") ? status !== "CANCELED" : stryMutAct_9fa48("961") ? false : (stryCov_9fa48("961", "962"), status === (stryMutAct_9fa48("963") ? "" : (stryCov_9fa48("963"), "CANCELED")))))) || (stryMutAct_9fa48("965") ? status !== "CANCELING" : stryMutAct_9fa48("964") ? false : (stryCov_9fa48("964", "965"), status === (stryMutAct_9fa48("966") ? "" : (stryCov_9fa48("966"), "CANCELING")))))) {
      if (stryMutAct_9fa48("967")) {
        {}
      } else {
        stryCov_9fa48("967");
        throw new ExportFailed(stryMutAct_9fa48("968") ? `` : (stryCov_9fa48("968"), `export task ${event.exportTaskId} is ${status}: ${stryMutAct_9fa48("969") ? task.FailureCause && "no failure cause given" : (stryCov_9fa48("969"), task.FailureCause ?? (stryMutAct_9fa48("970") ? "" : (stryCov_9fa48("970"), "no failure cause given")))}`));
      }
    }
    if (stryMutAct_9fa48("974") ? polls < maxPolls : stryMutAct_9fa48("973") ? polls > maxPolls : stryMutAct_9fa48("972") ? false : stryMutAct_9fa48("971") ? true : (stryCov_9fa48("971", "972", "973", "974"), polls >= maxPolls)) {
      if (stryMutAct_9fa48("975")) {
        {}
      } else {
        stryCov_9fa48("975");
        throw new ExportTimedOut(stryMutAct_9fa48("976") ? `` : (stryCov_9fa48("976"), `export task ${event.exportTaskId} is still ${status} after ${polls} checks`));
      }
    }
    return stryMutAct_9fa48("977") ? {} : (stryCov_9fa48("977"), {
      status,
      polls
    });
  }
}