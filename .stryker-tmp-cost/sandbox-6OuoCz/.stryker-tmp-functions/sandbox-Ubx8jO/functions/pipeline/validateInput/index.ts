// @ts-nocheck
// 
// Lambda: first state of a run; validates the execution input and returns the run plan, or fails before anything starts.
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
import { log, requireEnv, tablesEnv } from "../shared/env";
import { planRun, RunPlan } from "../shared/runPlan";
export interface ValidateInputEvent {
  /** The execution input, untouched ($). */
  readonly input: unknown;
  /** $$.Execution.Id */
  readonly executionId: string;
  /** $$.Execution.StartTime */
  readonly executionStartTime: string;
}
const PIPELINE_NAME_PATTERN = stryMutAct_9fa48("1234") ? /^[a-z](?:[a-z0-9]|-(?!-)){0,28}[^a-z0-9]$/ : stryMutAct_9fa48("1233") ? /^[a-z](?:[a-z0-9]|-(?=-)){0,28}[a-z0-9]$/ : stryMutAct_9fa48("1232") ? /^[a-z](?:[^a-z0-9]|-(?!-)){0,28}[a-z0-9]$/ : stryMutAct_9fa48("1231") ? /^[a-z](?:[a-z0-9]|-(?!-))[a-z0-9]$/ : stryMutAct_9fa48("1230") ? /^[^a-z](?:[a-z0-9]|-(?!-)){0,28}[a-z0-9]$/ : stryMutAct_9fa48("1229") ? /^[a-z](?:[a-z0-9]|-(?!-)){0,28}[a-z0-9]/ : stryMutAct_9fa48("1228") ? /[a-z](?:[a-z0-9]|-(?!-)){0,28}[a-z0-9]$/ : (stryCov_9fa48("1228", "1229", "1230", "1231", "1232", "1233", "1234"), /^[a-z](?:[a-z0-9]|-(?!-)){0,28}[a-z0-9]$/);
export async function handler(event: ValidateInputEvent): Promise<RunPlan> {
  if (stryMutAct_9fa48("1235")) {
    {}
  } else {
    stryCov_9fa48("1235");
    const tables = tablesEnv();
    const pipelineName = requireEnv(stryMutAct_9fa48("1236") ? "" : (stryCov_9fa48("1236"), "PIPELINE_NAME"), PIPELINE_NAME_PATTERN);
    try {
      if (stryMutAct_9fa48("1237")) {
        {}
      } else {
        stryCov_9fa48("1237");
        const plan = planRun(event.input, tables, pipelineName, event.executionId, event.executionStartTime);
        log(stryMutAct_9fa48("1238") ? "" : (stryCov_9fa48("1238"), "run-planned"), stryMutAct_9fa48("1239") ? {} : (stryCov_9fa48("1239"), {
          ...plan
        }));
        return plan;
      }
    } catch (error) {
      if (stryMutAct_9fa48("1240")) {
        {}
      } else {
        stryCov_9fa48("1240");
        log(stryMutAct_9fa48("1241") ? "" : (stryCov_9fa48("1241"), "run-input-rejected"), stryMutAct_9fa48("1242") ? {} : (stryCov_9fa48("1242"), {
          input: event.input,
          error: (error as Error).message
        }));
        throw error;
      }
    }
  }
}