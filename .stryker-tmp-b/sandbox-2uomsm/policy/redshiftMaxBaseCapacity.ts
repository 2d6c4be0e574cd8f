// @ts-nocheck
// Policy redshift-max-base-capacity: a Redshift Serverless workgroup's base capacity stays within an RPU budget.
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
import { ResourceValidationArgs, ResourceValidationPolicy, ReportViolation } from "@pulumi/policy";
import { isUnknown, numberOr, plain } from "./lib/values";
import { SERVERLESS_WORKGROUP } from "./lib/zeroEtl";
export const NAME = stryMutAct_9fa48("2364") ? "" : (stryCov_9fa48("2364"), "redshift-max-base-capacity");
export const DEFAULT_MAXIMUM_RPU = 32;
/** What AWS uses when baseCapacity is not set. */
export const AWS_DEFAULT_BASE_CAPACITY = 128;
export interface MaxBaseCapacityConfig {
  maximumRpu?: number;
}
export function validate(args: ResourceValidationArgs, reportViolation: ReportViolation): void {
  if (stryMutAct_9fa48("2365")) {
    {}
  } else {
    stryCov_9fa48("2365");
    if (stryMutAct_9fa48("2368") ? args.type === SERVERLESS_WORKGROUP : stryMutAct_9fa48("2367") ? false : stryMutAct_9fa48("2366") ? true : (stryCov_9fa48("2366", "2367", "2368"), args.type !== SERVERLESS_WORKGROUP)) {
      if (stryMutAct_9fa48("2369")) {
        {}
      } else {
        stryCov_9fa48("2369");
        return;
      }
    }
    const max = numberOr(args.getConfig<MaxBaseCapacityConfig>().maximumRpu, DEFAULT_MAXIMUM_RPU);
    const props = plain(args.props);
    if (stryMutAct_9fa48("2371") ? false : stryMutAct_9fa48("2370") ? true : (stryCov_9fa48("2370", "2371"), isUnknown(props.baseCapacity))) {
      if (stryMutAct_9fa48("2372")) {
        {}
      } else {
        stryCov_9fa48("2372");
        return;
      }
    }
    const explicit = stryMutAct_9fa48("2375") ? typeof props.baseCapacity !== "number" : stryMutAct_9fa48("2374") ? false : stryMutAct_9fa48("2373") ? true : (stryCov_9fa48("2373", "2374", "2375"), typeof props.baseCapacity === (stryMutAct_9fa48("2376") ? "" : (stryCov_9fa48("2376"), "number")));
    const capacity = explicit ? props.baseCapacity as number : AWS_DEFAULT_BASE_CAPACITY;
    if (stryMutAct_9fa48("2380") ? capacity <= max : stryMutAct_9fa48("2379") ? capacity >= max : stryMutAct_9fa48("2378") ? false : stryMutAct_9fa48("2377") ? true : (stryCov_9fa48("2377", "2378", "2379", "2380"), capacity > max)) {
      if (stryMutAct_9fa48("2381")) {
        {}
      } else {
        stryCov_9fa48("2381");
        const what = explicit ? stryMutAct_9fa48("2382") ? `` : (stryCov_9fa48("2382"), `has a base capacity of ${capacity} RPU`) : stryMutAct_9fa48("2383") ? `` : (stryCov_9fa48("2383"), `sets no baseCapacity, so AWS uses ${capacity} RPU`);
        reportViolation((stryMutAct_9fa48("2384") ? `` : (stryCov_9fa48("2384"), `Redshift Serverless workgroup ${args.name} ${what}, above the budget of ${max} RPU `)) + (stryMutAct_9fa48("2385") ? `` : (stryCov_9fa48("2385"), `(every RPU-hour is billed while it works). Fix: set baseCapacity to ${max} or less (4, or a multiple of 8).`)));
      }
    }
  }
}
export const redshiftMaxBaseCapacity: ResourceValidationPolicy = stryMutAct_9fa48("2386") ? {} : (stryCov_9fa48("2386"), {
  name: NAME,
  description: stryMutAct_9fa48("2387") ? "" : (stryCov_9fa48("2387"), "Redshift Serverless workgroups have a base capacity at or below the configured RPU budget."),
  enforcementLevel: stryMutAct_9fa48("2388") ? "" : (stryCov_9fa48("2388"), "advisory"),
  configSchema: stryMutAct_9fa48("2389") ? {} : (stryCov_9fa48("2389"), {
    properties: stryMutAct_9fa48("2390") ? {} : (stryCov_9fa48("2390"), {
      maximumRpu: stryMutAct_9fa48("2391") ? {} : (stryCov_9fa48("2391"), {
        type: stryMutAct_9fa48("2392") ? "" : (stryCov_9fa48("2392"), "integer"),
        minimum: 4,
        maximum: 1024,
        default: DEFAULT_MAXIMUM_RPU,
        description: stryMutAct_9fa48("2393") ? "" : (stryCov_9fa48("2393"), "Largest allowed baseCapacity in RPU.")
      })
    })
  }),
  validateResource: validate
});