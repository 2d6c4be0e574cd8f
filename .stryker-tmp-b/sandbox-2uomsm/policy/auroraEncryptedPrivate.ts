// @ts-nocheck
// Policy aurora-encrypted-private: Aurora clusters encrypt their storage and their instances are not public.
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
import { isTrue, isUnknown, plain } from "./lib/values";
import { AURORA_CLUSTER } from "./lib/zeroEtl";
export const NAME = stryMutAct_9fa48("1845") ? "" : (stryCov_9fa48("1845"), "aurora-encrypted-private");
export const CLUSTER_INSTANCE = stryMutAct_9fa48("1846") ? "" : (stryCov_9fa48("1846"), "aws:rds/clusterInstance:ClusterInstance");

/** Aurora engines start with "aurora"; an engine not known yet is judged as Aurora rather than skipped. */
function isAurora(engine: unknown): boolean {
  if (stryMutAct_9fa48("1847")) {
    {}
  } else {
    stryCov_9fa48("1847");
    return stryMutAct_9fa48("1850") ? (typeof engine !== "string" || isUnknown(engine)) && engine.startsWith("aurora") : stryMutAct_9fa48("1849") ? false : stryMutAct_9fa48("1848") ? true : (stryCov_9fa48("1848", "1849", "1850"), (stryMutAct_9fa48("1852") ? typeof engine !== "string" && isUnknown(engine) : stryMutAct_9fa48("1851") ? false : (stryCov_9fa48("1851", "1852"), (stryMutAct_9fa48("1854") ? typeof engine === "string" : stryMutAct_9fa48("1853") ? false : (stryCov_9fa48("1853", "1854"), typeof engine !== (stryMutAct_9fa48("1855") ? "" : (stryCov_9fa48("1855"), "string")))) || isUnknown(engine))) || (stryMutAct_9fa48("1856") ? engine.endsWith("aurora") : (stryCov_9fa48("1856"), engine.startsWith(stryMutAct_9fa48("1857") ? "" : (stryCov_9fa48("1857"), "aurora")))));
  }
}
export function validate(args: ResourceValidationArgs, reportViolation: ReportViolation): void {
  if (stryMutAct_9fa48("1858")) {
    {}
  } else {
    stryCov_9fa48("1858");
    if (stryMutAct_9fa48("1861") ? args.type !== AURORA_CLUSTER || args.type !== CLUSTER_INSTANCE : stryMutAct_9fa48("1860") ? false : stryMutAct_9fa48("1859") ? true : (stryCov_9fa48("1859", "1860", "1861"), (stryMutAct_9fa48("1863") ? args.type === AURORA_CLUSTER : stryMutAct_9fa48("1862") ? true : (stryCov_9fa48("1862", "1863"), args.type !== AURORA_CLUSTER)) && (stryMutAct_9fa48("1865") ? args.type === CLUSTER_INSTANCE : stryMutAct_9fa48("1864") ? true : (stryCov_9fa48("1864", "1865"), args.type !== CLUSTER_INSTANCE)))) {
      if (stryMutAct_9fa48("1866")) {
        {}
      } else {
        stryCov_9fa48("1866");
        return;
      }
    }
    const props = plain(args.props);
    if (stryMutAct_9fa48("1869") ? false : stryMutAct_9fa48("1868") ? true : stryMutAct_9fa48("1867") ? isAurora(props.engine) : (stryCov_9fa48("1867", "1868", "1869"), !isAurora(props.engine))) {
      if (stryMutAct_9fa48("1870")) {
        {}
      } else {
        stryCov_9fa48("1870");
        return;
      }
    }
    if (stryMutAct_9fa48("1873") ? args.type === AURORA_CLUSTER && !isUnknown(props.storageEncrypted) || !isTrue(props.storageEncrypted) : stryMutAct_9fa48("1872") ? false : stryMutAct_9fa48("1871") ? true : (stryCov_9fa48("1871", "1872", "1873"), (stryMutAct_9fa48("1875") ? args.type === AURORA_CLUSTER || !isUnknown(props.storageEncrypted) : stryMutAct_9fa48("1874") ? true : (stryCov_9fa48("1874", "1875"), (stryMutAct_9fa48("1877") ? args.type !== AURORA_CLUSTER : stryMutAct_9fa48("1876") ? true : (stryCov_9fa48("1876", "1877"), args.type === AURORA_CLUSTER)) && (stryMutAct_9fa48("1878") ? isUnknown(props.storageEncrypted) : (stryCov_9fa48("1878"), !isUnknown(props.storageEncrypted))))) && (stryMutAct_9fa48("1879") ? isTrue(props.storageEncrypted) : (stryCov_9fa48("1879"), !isTrue(props.storageEncrypted))))) {
      if (stryMutAct_9fa48("1880")) {
        {}
      } else {
        stryCov_9fa48("1880");
        reportViolation((stryMutAct_9fa48("1881") ? `` : (stryCov_9fa48("1881"), `Aurora cluster ${args.name} does not encrypt its storage (storageEncrypted is `)) + (stryMutAct_9fa48("1882") ? `` : (stryCov_9fa48("1882"), `${(stryMutAct_9fa48("1885") ? props.storageEncrypted !== undefined : stryMutAct_9fa48("1884") ? false : stryMutAct_9fa48("1883") ? true : (stryCov_9fa48("1883", "1884", "1885"), props.storageEncrypted === undefined)) ? stryMutAct_9fa48("1886") ? "" : (stryCov_9fa48("1886"), "not set, which means false") : JSON.stringify(props.storageEncrypted)}). `)) + (stryMutAct_9fa48("1887") ? `` : (stryCov_9fa48("1887"), `Fix: set storageEncrypted: true and a kmsKeyId when the cluster is created (it can't be turned on later).`)));
      }
    }
    if (stryMutAct_9fa48("1890") ? args.type === CLUSTER_INSTANCE || isTrue(props.publiclyAccessible) : stryMutAct_9fa48("1889") ? false : stryMutAct_9fa48("1888") ? true : (stryCov_9fa48("1888", "1889", "1890"), (stryMutAct_9fa48("1892") ? args.type !== CLUSTER_INSTANCE : stryMutAct_9fa48("1891") ? true : (stryCov_9fa48("1891", "1892"), args.type === CLUSTER_INSTANCE)) && isTrue(props.publiclyAccessible))) {
      if (stryMutAct_9fa48("1893")) {
        {}
      } else {
        stryCov_9fa48("1893");
        reportViolation((stryMutAct_9fa48("1894") ? `` : (stryCov_9fa48("1894"), `Aurora instance ${args.name} is publicly accessible. Fix: set publiclyAccessible to false; `)) + (stryMutAct_9fa48("1895") ? `` : (stryCov_9fa48("1895"), `connect through the VPC (a bastion or VPN).`)));
      }
    }
  }
}
export const auroraEncryptedPrivate: ResourceValidationPolicy = stryMutAct_9fa48("1896") ? {} : (stryCov_9fa48("1896"), {
  name: NAME,
  description: stryMutAct_9fa48("1897") ? "" : (stryCov_9fa48("1897"), "Aurora clusters are storage-encrypted and their instances are not publicly accessible."),
  enforcementLevel: stryMutAct_9fa48("1898") ? "" : (stryCov_9fa48("1898"), "mandatory"),
  validateResource: validate
});