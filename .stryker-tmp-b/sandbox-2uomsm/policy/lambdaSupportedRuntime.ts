// @ts-nocheck
// Policy lambda-supported-runtime: no Lambda function uses a runtime AWS has deprecated.
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
import { isUnknown, plain } from "./lib/values";
export const NAME = stryMutAct_9fa48("2026") ? "" : (stryCov_9fa48("2026"), "lambda-supported-runtime");
export const FUNCTION = stryMutAct_9fa48("2027") ? "" : (stryCov_9fa48("2027"), "aws:lambda/function:Function");

/** Runtimes past their AWS Lambda deprecation date as of November 2026 (docs: "Lambda runtimes"). */
export const DEFAULT_DEPRECATED_RUNTIMES: readonly string[] = stryMutAct_9fa48("2028") ? [] : (stryCov_9fa48("2028"), [stryMutAct_9fa48("2029") ? "" : (stryCov_9fa48("2029"), "nodejs"), stryMutAct_9fa48("2030") ? "" : (stryCov_9fa48("2030"), "nodejs4.3"), stryMutAct_9fa48("2031") ? "" : (stryCov_9fa48("2031"), "nodejs4.3-edge"), stryMutAct_9fa48("2032") ? "" : (stryCov_9fa48("2032"), "nodejs6.10"), stryMutAct_9fa48("2033") ? "" : (stryCov_9fa48("2033"), "nodejs8.10"), stryMutAct_9fa48("2034") ? "" : (stryCov_9fa48("2034"), "nodejs10.x"), stryMutAct_9fa48("2035") ? "" : (stryCov_9fa48("2035"), "nodejs12.x"), stryMutAct_9fa48("2036") ? "" : (stryCov_9fa48("2036"), "nodejs14.x"), stryMutAct_9fa48("2037") ? "" : (stryCov_9fa48("2037"), "nodejs16.x"), stryMutAct_9fa48("2038") ? "" : (stryCov_9fa48("2038"), "nodejs18.x"), stryMutAct_9fa48("2039") ? "" : (stryCov_9fa48("2039"), "nodejs20.x"), stryMutAct_9fa48("2040") ? "" : (stryCov_9fa48("2040"), "python2.7"), stryMutAct_9fa48("2041") ? "" : (stryCov_9fa48("2041"), "python3.6"), stryMutAct_9fa48("2042") ? "" : (stryCov_9fa48("2042"), "python3.7"), stryMutAct_9fa48("2043") ? "" : (stryCov_9fa48("2043"), "python3.8"), stryMutAct_9fa48("2044") ? "" : (stryCov_9fa48("2044"), "python3.9"), stryMutAct_9fa48("2045") ? "" : (stryCov_9fa48("2045"), "ruby2.5"), stryMutAct_9fa48("2046") ? "" : (stryCov_9fa48("2046"), "ruby2.7"), stryMutAct_9fa48("2047") ? "" : (stryCov_9fa48("2047"), "ruby3.2"), stryMutAct_9fa48("2048") ? "" : (stryCov_9fa48("2048"), "java8"), stryMutAct_9fa48("2049") ? "" : (stryCov_9fa48("2049"), "go1.x"), stryMutAct_9fa48("2050") ? "" : (stryCov_9fa48("2050"), "provided"), stryMutAct_9fa48("2051") ? "" : (stryCov_9fa48("2051"), "dotnetcore1.0"), stryMutAct_9fa48("2052") ? "" : (stryCov_9fa48("2052"), "dotnetcore2.0"), stryMutAct_9fa48("2053") ? "" : (stryCov_9fa48("2053"), "dotnetcore2.1"), stryMutAct_9fa48("2054") ? "" : (stryCov_9fa48("2054"), "dotnetcore3.1"), stryMutAct_9fa48("2055") ? "" : (stryCov_9fa48("2055"), "dotnet5.0"), stryMutAct_9fa48("2056") ? "" : (stryCov_9fa48("2056"), "dotnet6"), stryMutAct_9fa48("2057") ? "" : (stryCov_9fa48("2057"), "dotnet7")]);
export interface RuntimeConfig {
  deprecatedRuntimes?: string[];
}
export function validate(args: ResourceValidationArgs, reportViolation: ReportViolation): void {
  if (stryMutAct_9fa48("2058")) {
    {}
  } else {
    stryCov_9fa48("2058");
    if (stryMutAct_9fa48("2061") ? args.type === FUNCTION : stryMutAct_9fa48("2060") ? false : stryMutAct_9fa48("2059") ? true : (stryCov_9fa48("2059", "2060", "2061"), args.type !== FUNCTION)) {
      if (stryMutAct_9fa48("2062")) {
        {}
      } else {
        stryCov_9fa48("2062");
        return;
      }
    }
    const configured = args.getConfig<RuntimeConfig>().deprecatedRuntimes;
    const deprecated = Array.isArray(configured) ? configured : DEFAULT_DEPRECATED_RUNTIMES;
    const runtime = plain(args.props).runtime;
    if (stryMutAct_9fa48("2065") ? typeof runtime === "string" && !isUnknown(runtime) || deprecated.includes(runtime) : stryMutAct_9fa48("2064") ? false : stryMutAct_9fa48("2063") ? true : (stryCov_9fa48("2063", "2064", "2065"), (stryMutAct_9fa48("2067") ? typeof runtime === "string" || !isUnknown(runtime) : stryMutAct_9fa48("2066") ? true : (stryCov_9fa48("2066", "2067"), (stryMutAct_9fa48("2069") ? typeof runtime !== "string" : stryMutAct_9fa48("2068") ? true : (stryCov_9fa48("2068", "2069"), typeof runtime === (stryMutAct_9fa48("2070") ? "" : (stryCov_9fa48("2070"), "string")))) && (stryMutAct_9fa48("2071") ? isUnknown(runtime) : (stryCov_9fa48("2071"), !isUnknown(runtime))))) && deprecated.includes(runtime))) {
      if (stryMutAct_9fa48("2072")) {
        {}
      } else {
        stryCov_9fa48("2072");
        reportViolation((stryMutAct_9fa48("2073") ? `` : (stryCov_9fa48("2073"), `Lambda function ${args.name} uses the deprecated runtime ${runtime}: AWS no longer patches it and `)) + (stryMutAct_9fa48("2074") ? `` : (stryCov_9fa48("2074"), `blocks creating and then updating such functions. Fix: move to a supported runtime such as nodejs22.x or python3.13.`)));
      }
    }
  }
}
export const lambdaSupportedRuntime: ResourceValidationPolicy = stryMutAct_9fa48("2075") ? {} : (stryCov_9fa48("2075"), {
  name: NAME,
  description: stryMutAct_9fa48("2076") ? "" : (stryCov_9fa48("2076"), "Lambda functions do not use a runtime that AWS has deprecated."),
  enforcementLevel: stryMutAct_9fa48("2077") ? "" : (stryCov_9fa48("2077"), "mandatory"),
  configSchema: stryMutAct_9fa48("2078") ? {} : (stryCov_9fa48("2078"), {
    properties: stryMutAct_9fa48("2079") ? {} : (stryCov_9fa48("2079"), {
      deprecatedRuntimes: stryMutAct_9fa48("2080") ? {} : (stryCov_9fa48("2080"), {
        type: stryMutAct_9fa48("2081") ? "" : (stryCov_9fa48("2081"), "array"),
        items: stryMutAct_9fa48("2082") ? {} : (stryCov_9fa48("2082"), {
          type: stryMutAct_9fa48("2083") ? "" : (stryCov_9fa48("2083"), "string")
        }),
        default: stryMutAct_9fa48("2084") ? [] : (stryCov_9fa48("2084"), [...DEFAULT_DEPRECATED_RUNTIMES]),
        description: stryMutAct_9fa48("2085") ? "" : (stryCov_9fa48("2085"), "Runtime identifiers that are not allowed.")
      })
    })
  }),
  validateResource: validate
});