// @ts-nocheck
// Policy zero-etl-target-case-sensitive: a Redshift Serverless workgroup that receives a zero-ETL integration is case sensitive.
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
import { StackValidationArgs, StackValidationPolicy, ReportViolation } from "@pulumi/policy";
import { Node, StackGraph } from "./lib/graph";
import { isUnknown } from "./lib/values";
import { SERVERLESS_NAMESPACE, SERVERLESS_WORKGROUP, describeIntegration, redshiftIntegrations, redshiftTargets } from "./lib/zeroEtl";
export const NAME = stryMutAct_9fa48("2732") ? "" : (stryCov_9fa48("2732"), "zero-etl-target-case-sensitive");
export const PARAMETER = stryMutAct_9fa48("2733") ? "" : (stryCov_9fa48("2733"), "enable_case_sensitive_identifier");

/** true, false, or undefined when the workgroup's parameters can't be read yet. */
export function isCaseSensitive(configParameters: unknown): boolean | undefined {
  if (stryMutAct_9fa48("2734")) {
    {}
  } else {
    stryCov_9fa48("2734");
    if (stryMutAct_9fa48("2736") ? false : stryMutAct_9fa48("2735") ? true : (stryCov_9fa48("2735", "2736"), isUnknown(configParameters))) {
      if (stryMutAct_9fa48("2737")) {
        {}
      } else {
        stryCov_9fa48("2737");
        return undefined;
      }
    }
    const entry = (Array.isArray(configParameters) ? configParameters : stryMutAct_9fa48("2738") ? ["Stryker was here"] : (stryCov_9fa48("2738"), [])).find(stryMutAct_9fa48("2739") ? () => undefined : (stryCov_9fa48("2739"), p => stryMutAct_9fa48("2742") ? p?.parameterKey !== PARAMETER : stryMutAct_9fa48("2741") ? false : stryMutAct_9fa48("2740") ? true : (stryCov_9fa48("2740", "2741", "2742"), (stryMutAct_9fa48("2743") ? p.parameterKey : (stryCov_9fa48("2743"), p?.parameterKey)) === PARAMETER)));
    if (stryMutAct_9fa48("2746") ? entry !== undefined || isUnknown(entry.parameterValue) : stryMutAct_9fa48("2745") ? false : stryMutAct_9fa48("2744") ? true : (stryCov_9fa48("2744", "2745", "2746"), (stryMutAct_9fa48("2748") ? entry === undefined : stryMutAct_9fa48("2747") ? true : (stryCov_9fa48("2747", "2748"), entry !== undefined)) && isUnknown(entry.parameterValue))) {
      if (stryMutAct_9fa48("2749")) {
        {}
      } else {
        stryCov_9fa48("2749");
        return undefined;
      }
    }
    return stryMutAct_9fa48("2752") ? entry !== undefined || String(entry.parameterValue).toLowerCase() === "true" : stryMutAct_9fa48("2751") ? false : stryMutAct_9fa48("2750") ? true : (stryCov_9fa48("2750", "2751", "2752"), (stryMutAct_9fa48("2754") ? entry === undefined : stryMutAct_9fa48("2753") ? true : (stryCov_9fa48("2753", "2754"), entry !== undefined)) && (stryMutAct_9fa48("2756") ? String(entry.parameterValue).toLowerCase() !== "true" : stryMutAct_9fa48("2755") ? true : (stryCov_9fa48("2755", "2756"), (stryMutAct_9fa48("2757") ? String(entry.parameterValue).toUpperCase() : (stryCov_9fa48("2757"), String(entry.parameterValue).toLowerCase())) === (stryMutAct_9fa48("2758") ? "" : (stryCov_9fa48("2758"), "true")))));
  }
}
function workgroupsOf(graph: StackGraph, namespace: Node): Node[] {
  if (stryMutAct_9fa48("2759")) {
    {}
  } else {
    stryCov_9fa48("2759");
    return stryMutAct_9fa48("2760") ? graph.ofType(SERVERLESS_WORKGROUP) : (stryCov_9fa48("2760"), graph.ofType(SERVERLESS_WORKGROUP).filter(stryMutAct_9fa48("2761") ? () => undefined : (stryCov_9fa48("2761"), wg => stryMutAct_9fa48("2762") ? graph.referencedBy(wg, "namespaceName", [SERVERLESS_NAMESPACE], ["namespaceName"]).every(n => n.urn === namespace.urn) : (stryCov_9fa48("2762"), graph.referencedBy(wg, stryMutAct_9fa48("2763") ? "" : (stryCov_9fa48("2763"), "namespaceName"), stryMutAct_9fa48("2764") ? [] : (stryCov_9fa48("2764"), [SERVERLESS_NAMESPACE]), stryMutAct_9fa48("2765") ? [] : (stryCov_9fa48("2765"), [stryMutAct_9fa48("2766") ? "" : (stryCov_9fa48("2766"), "namespaceName")])).some(stryMutAct_9fa48("2767") ? () => undefined : (stryCov_9fa48("2767"), n => stryMutAct_9fa48("2770") ? n.urn !== namespace.urn : stryMutAct_9fa48("2769") ? false : stryMutAct_9fa48("2768") ? true : (stryCov_9fa48("2768", "2769", "2770"), n.urn === namespace.urn)))))));
  }
}
export function validate(args: StackValidationArgs, reportViolation: ReportViolation): void {
  if (stryMutAct_9fa48("2771")) {
    {}
  } else {
    stryCov_9fa48("2771");
    const graph = new StackGraph(args.resources);
    const judged = new Set<string>();
    for (const integration of redshiftIntegrations(graph)) {
      if (stryMutAct_9fa48("2772")) {
        {}
      } else {
        stryCov_9fa48("2772");
        for (const namespace of stryMutAct_9fa48("2773") ? redshiftTargets(graph, integration) : (stryCov_9fa48("2773"), redshiftTargets(graph, integration).filter(stryMutAct_9fa48("2774") ? () => undefined : (stryCov_9fa48("2774"), t => stryMutAct_9fa48("2777") ? t.type !== SERVERLESS_NAMESPACE : stryMutAct_9fa48("2776") ? false : stryMutAct_9fa48("2775") ? true : (stryCov_9fa48("2775", "2776", "2777"), t.type === SERVERLESS_NAMESPACE))))) {
          if (stryMutAct_9fa48("2778")) {
            {}
          } else {
            stryCov_9fa48("2778");
            for (const workgroup of workgroupsOf(graph, namespace)) {
              if (stryMutAct_9fa48("2779")) {
                {}
              } else {
                stryCov_9fa48("2779");
                if (stryMutAct_9fa48("2782") ? judged.has(workgroup.urn) && isCaseSensitive(workgroup.props.configParameters) !== false : stryMutAct_9fa48("2781") ? false : stryMutAct_9fa48("2780") ? true : (stryCov_9fa48("2780", "2781", "2782"), judged.has(workgroup.urn) || (stryMutAct_9fa48("2784") ? isCaseSensitive(workgroup.props.configParameters) === false : stryMutAct_9fa48("2783") ? false : (stryCov_9fa48("2783", "2784"), isCaseSensitive(workgroup.props.configParameters) !== (stryMutAct_9fa48("2785") ? true : (stryCov_9fa48("2785"), false)))))) {
                  if (stryMutAct_9fa48("2786")) {
                    {}
                  } else {
                    stryCov_9fa48("2786");
                    continue;
                  }
                }
                judged.add(workgroup.urn);
                reportViolation((stryMutAct_9fa48("2787") ? `` : (stryCov_9fa48("2787"), `Redshift Serverless workgroup ${workgroup.name} receives zero-ETL integration `)) + (stryMutAct_9fa48("2788") ? `` : (stryCov_9fa48("2788"), `${describeIntegration(integration)} but does not set ${PARAMETER} to "true", so the integration can't `)) + (stryMutAct_9fa48("2789") ? `` : (stryCov_9fa48("2789"), `replicate mixed-case MySQL names. Fix: add {parameterKey: "${PARAMETER}", parameterValue: "true"} to its configParameters.`)), workgroup.urn);
              }
            }
          }
        }
      }
    }
  }
}
export const zeroEtlTargetCaseSensitive: StackValidationPolicy = stryMutAct_9fa48("2790") ? {} : (stryCov_9fa48("2790"), {
  name: NAME,
  description: stryMutAct_9fa48("2791") ? "" : (stryCov_9fa48("2791"), "A Redshift Serverless workgroup that receives a zero-ETL integration sets enable_case_sensitive_identifier to true."),
  enforcementLevel: stryMutAct_9fa48("2792") ? "" : (stryCov_9fa48("2792"), "mandatory"),
  validateStack: validate
});