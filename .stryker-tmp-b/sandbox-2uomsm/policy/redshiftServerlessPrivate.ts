// @ts-nocheck
// Policy redshift-serverless-private: no Redshift Serverless workgroup is reachable from the internet.
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
import { isTrue, plain } from "./lib/values";
import { SERVERLESS_WORKGROUP } from "./lib/zeroEtl";
export const NAME = stryMutAct_9fa48("2394") ? "" : (stryCov_9fa48("2394"), "redshift-serverless-private");
export function validate(args: ResourceValidationArgs, reportViolation: ReportViolation): void {
  if (stryMutAct_9fa48("2395")) {
    {}
  } else {
    stryCov_9fa48("2395");
    if (stryMutAct_9fa48("2398") ? args.type === SERVERLESS_WORKGROUP : stryMutAct_9fa48("2397") ? false : stryMutAct_9fa48("2396") ? true : (stryCov_9fa48("2396", "2397", "2398"), args.type !== SERVERLESS_WORKGROUP)) {
      if (stryMutAct_9fa48("2399")) {
        {}
      } else {
        stryCov_9fa48("2399");
        return;
      }
    }
    const props = plain(args.props);
    if (stryMutAct_9fa48("2401") ? false : stryMutAct_9fa48("2400") ? true : (stryCov_9fa48("2400", "2401"), isTrue(props.publiclyAccessible))) {
      if (stryMutAct_9fa48("2402")) {
        {}
      } else {
        stryCov_9fa48("2402");
        reportViolation((stryMutAct_9fa48("2403") ? `` : (stryCov_9fa48("2403"), `Redshift Serverless workgroup ${args.name} is publicly accessible. `)) + (stryMutAct_9fa48("2404") ? `` : (stryCov_9fa48("2404"), `Fix: set publiclyAccessible to false and reach it through the VPC (or the Redshift Data API).`)));
      }
    }
  }
}
export const redshiftServerlessPrivate: ResourceValidationPolicy = stryMutAct_9fa48("2405") ? {} : (stryCov_9fa48("2405"), {
  name: NAME,
  description: stryMutAct_9fa48("2406") ? "" : (stryCov_9fa48("2406"), "Redshift Serverless workgroups are not publicly accessible."),
  enforcementLevel: stryMutAct_9fa48("2407") ? "" : (stryCov_9fa48("2407"), "mandatory"),
  validateResource: validate
});