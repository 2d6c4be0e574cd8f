// @ts-nocheck
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
const PIPELINE_NAME_PATTERN = stryMutAct_9fa48("1836") ? /^[a-z](?:[a-z0-9]|-(?!-)){0,28}[^a-z0-9]$/ : stryMutAct_9fa48("1835") ? /^[a-z](?:[a-z0-9]|-(?=-)){0,28}[a-z0-9]$/ : stryMutAct_9fa48("1834") ? /^[a-z](?:[^a-z0-9]|-(?!-)){0,28}[a-z0-9]$/ : stryMutAct_9fa48("1833") ? /^[a-z](?:[a-z0-9]|-(?!-))[a-z0-9]$/ : stryMutAct_9fa48("1832") ? /^[^a-z](?:[a-z0-9]|-(?!-)){0,28}[a-z0-9]$/ : stryMutAct_9fa48("1831") ? /^[a-z](?:[a-z0-9]|-(?!-)){0,28}[a-z0-9]/ : stryMutAct_9fa48("1830") ? /[a-z](?:[a-z0-9]|-(?!-)){0,28}[a-z0-9]$/ : (stryCov_9fa48("1830", "1831", "1832", "1833", "1834", "1835", "1836"), /^[a-z](?:[a-z0-9]|-(?!-)){0,28}[a-z0-9]$/);
export async function handler(event: ValidateInputEvent): Promise<RunPlan> {
  if (stryMutAct_9fa48("1837")) {
    {}
  } else {
    stryCov_9fa48("1837");
    const tables = tablesEnv();
    const pipelineName = requireEnv(stryMutAct_9fa48("1838") ? "" : (stryCov_9fa48("1838"), "PIPELINE_NAME"), PIPELINE_NAME_PATTERN);
    try {
      if (stryMutAct_9fa48("1839")) {
        {}
      } else {
        stryCov_9fa48("1839");
        const plan = planRun(event.input, tables, pipelineName, event.executionId, event.executionStartTime);
        log(stryMutAct_9fa48("1840") ? "" : (stryCov_9fa48("1840"), "run-planned"), stryMutAct_9fa48("1841") ? {} : (stryCov_9fa48("1841"), {
          ...plan
        }));
        return plan;
      }
    } catch (error) {
      if (stryMutAct_9fa48("1842")) {
        {}
      } else {
        stryCov_9fa48("1842");
        log(stryMutAct_9fa48("1843") ? "" : (stryCov_9fa48("1843"), "run-input-rejected"), stryMutAct_9fa48("1844") ? {} : (stryCov_9fa48("1844"), {
          input: event.input,
          error: (error as Error).message
        }));
        throw error;
      }
    }
  }
}