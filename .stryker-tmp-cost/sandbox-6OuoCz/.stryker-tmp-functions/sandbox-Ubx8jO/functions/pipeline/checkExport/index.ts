// @ts-nocheck
// 
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
const rds = new RDSClient(stryMutAct_9fa48("313") ? {} : (stryCov_9fa48("313"), {
  maxAttempts: 5
}));
export interface CheckExportEvent {
  readonly exportTaskId: string;
  readonly polls: number;
}
export async function handler(event: CheckExportEvent): Promise<ExportProgress> {
  if (stryMutAct_9fa48("314")) {
    {}
  } else {
    stryCov_9fa48("314");
    const maxPolls = integerEnv(stryMutAct_9fa48("315") ? "" : (stryCov_9fa48("315"), "MAX_EXPORT_POLLS"), 240, 1, 10000);
    if (stryMutAct_9fa48("318") ? typeof event.exportTaskId !== "string" && !EXPORT_TASK_ID_PATTERN.test(event.exportTaskId) : stryMutAct_9fa48("317") ? false : stryMutAct_9fa48("316") ? true : (stryCov_9fa48("316", "317", "318"), (stryMutAct_9fa48("320") ? typeof event.exportTaskId === "string" : stryMutAct_9fa48("319") ? false : (stryCov_9fa48("319", "320"), typeof event.exportTaskId !== (stryMutAct_9fa48("321") ? "" : (stryCov_9fa48("321"), "string")))) || (stryMutAct_9fa48("322") ? EXPORT_TASK_ID_PATTERN.test(event.exportTaskId) : (stryCov_9fa48("322"), !EXPORT_TASK_ID_PATTERN.test(event.exportTaskId))))) {
      if (stryMutAct_9fa48("323")) {
        {}
      } else {
        stryCov_9fa48("323");
        throw new ExportFailed(stryMutAct_9fa48("324") ? `` : (stryCov_9fa48("324"), `export task id ${JSON.stringify(event.exportTaskId)} is not valid`));
      }
    }
    const polls = stryMutAct_9fa48("325") ? (Number.isSafeInteger(event.polls) ? event.polls : 0) - 1 : (stryCov_9fa48("325"), (Number.isSafeInteger(event.polls) ? event.polls : 0) + 1);
    let task;
    try {
      if (stryMutAct_9fa48("326")) {
        {}
      } else {
        stryCov_9fa48("326");
        const out = await rds.send(new DescribeExportTasksCommand(stryMutAct_9fa48("327") ? {} : (stryCov_9fa48("327"), {
          ExportTaskIdentifier: event.exportTaskId
        })));
        task = stryMutAct_9fa48("328") ? out.ExportTasks[0] : (stryCov_9fa48("328"), out.ExportTasks?.[0]);
      }
    } catch (error) {
      if (stryMutAct_9fa48("329")) {
        {}
      } else {
        stryCov_9fa48("329");
        if (stryMutAct_9fa48("331") ? false : stryMutAct_9fa48("330") ? true : (stryCov_9fa48("330", "331"), isThrottling(error))) {
          if (stryMutAct_9fa48("332")) {
            {}
          } else {
            stryCov_9fa48("332");
            throw new ExportThrottled(stryMutAct_9fa48("333") ? `` : (stryCov_9fa48("333"), `DescribeExportTasks ${event.exportTaskId} throttled: ${errorText(error)}`));
          }
        }
        throw new ExportFailed(stryMutAct_9fa48("334") ? `` : (stryCov_9fa48("334"), `DescribeExportTasks ${event.exportTaskId} failed: ${errorText(error)}`));
      }
    }
    if (stryMutAct_9fa48("337") ? false : stryMutAct_9fa48("336") ? true : stryMutAct_9fa48("335") ? task : (stryCov_9fa48("335", "336", "337"), !task)) {
      if (stryMutAct_9fa48("338")) {
        {}
      } else {
        stryCov_9fa48("338");
        throw new ExportFailed(stryMutAct_9fa48("339") ? `` : (stryCov_9fa48("339"), `export task ${event.exportTaskId} was not found`));
      }
    }
    const status = stryMutAct_9fa48("340") ? task.Status && "UNKNOWN" : (stryCov_9fa48("340"), task.Status ?? (stryMutAct_9fa48("341") ? "" : (stryCov_9fa48("341"), "UNKNOWN")));
    log(stryMutAct_9fa48("342") ? "" : (stryCov_9fa48("342"), "export-status"), stryMutAct_9fa48("343") ? {} : (stryCov_9fa48("343"), {
      exportTaskId: event.exportTaskId,
      status,
      percent: task.PercentProgress,
      polls
    }));
    if (stryMutAct_9fa48("346") ? status !== "COMPLETE" : stryMutAct_9fa48("345") ? false : stryMutAct_9fa48("344") ? true : (stryCov_9fa48("344", "345", "346"), status === (stryMutAct_9fa48("347") ? "" : (stryCov_9fa48("347"), "COMPLETE")))) {
      if (stryMutAct_9fa48("348")) {
        {}
      } else {
        stryCov_9fa48("348");
        return stryMutAct_9fa48("349") ? {} : (stryCov_9fa48("349"), {
          status,
          polls,
          ...(task.WarningMessage ? stryMutAct_9fa48("350") ? {} : (stryCov_9fa48("350"), {
            warning: task.WarningMessage
          }) : {})
        });
      }
    }
    if (stryMutAct_9fa48("353") ? (status === "FAILED" || status === "CANCELED") && status === "CANCELING" : stryMutAct_9fa48("352") ? false : stryMutAct_9fa48("351") ? true : (stryCov_9fa48("351", "352", "353"), (stryMutAct_9fa48("355") ? status === "FAILED" && status === "CANCELED" : stryMutAct_9fa48("354") ? false : (stryCov_9fa48("354", "355"), (stryMutAct_9fa48("357") ? status !== "FAILED" : stryMutAct_9fa48("356") ? false : (stryCov_9fa48("356", "357"), status === (stryMutAct_9fa48("358") ? "" : (stryCov_9fa48("358"), "FAILED")))) || (stryMutAct_9fa48("360") ? status !== "CANCELED" : stryMutAct_9fa48("359") ? false : (stryCov_9fa48("359", "360"), status === (stryMutAct_9fa48("361") ? "" : (stryCov_9fa48("361"), "CANCELED")))))) || (stryMutAct_9fa48("363") ? status !== "CANCELING" : stryMutAct_9fa48("362") ? false : (stryCov_9fa48("362", "363"), status === (stryMutAct_9fa48("364") ? "" : (stryCov_9fa48("364"), "CANCELING")))))) {
      if (stryMutAct_9fa48("365")) {
        {}
      } else {
        stryCov_9fa48("365");
        throw new ExportFailed(stryMutAct_9fa48("366") ? `` : (stryCov_9fa48("366"), `export task ${event.exportTaskId} is ${status}: ${stryMutAct_9fa48("367") ? task.FailureCause && "no failure cause given" : (stryCov_9fa48("367"), task.FailureCause ?? (stryMutAct_9fa48("368") ? "" : (stryCov_9fa48("368"), "no failure cause given")))}`));
      }
    }
    if (stryMutAct_9fa48("372") ? polls < maxPolls : stryMutAct_9fa48("371") ? polls > maxPolls : stryMutAct_9fa48("370") ? false : stryMutAct_9fa48("369") ? true : (stryCov_9fa48("369", "370", "371", "372"), polls >= maxPolls)) {
      if (stryMutAct_9fa48("373")) {
        {}
      } else {
        stryCov_9fa48("373");
        throw new ExportTimedOut(stryMutAct_9fa48("374") ? `` : (stryCov_9fa48("374"), `export task ${event.exportTaskId} is still ${status} after ${polls} checks`));
      }
    }
    return stryMutAct_9fa48("375") ? {} : (stryCov_9fa48("375"), {
      status,
      polls
    });
  }
}