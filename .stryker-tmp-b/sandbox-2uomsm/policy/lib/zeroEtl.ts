// @ts-nocheck
// What every zero-ETL rule needs to know about an integration: is its target Redshift, which resources are its ends.
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
import { Node, StackGraph } from "./graph";
import { isUnknown } from "./values";
export const INTEGRATION = stryMutAct_9fa48("2305") ? "" : (stryCov_9fa48("2305"), "aws:rds/integration:Integration");
export const STATEMENT = stryMutAct_9fa48("2306") ? "" : (stryCov_9fa48("2306"), "aws:redshiftdata/statement:Statement");
export const SERVERLESS_NAMESPACE = stryMutAct_9fa48("2307") ? "" : (stryCov_9fa48("2307"), "aws:redshiftserverless/namespace:Namespace");
export const SERVERLESS_WORKGROUP = stryMutAct_9fa48("2308") ? "" : (stryCov_9fa48("2308"), "aws:redshiftserverless/workgroup:Workgroup");
export const PROVISIONED_CLUSTER = stryMutAct_9fa48("2309") ? "" : (stryCov_9fa48("2309"), "aws:redshift/cluster:Cluster");
export const AURORA_CLUSTER = stryMutAct_9fa48("2310") ? "" : (stryCov_9fa48("2310"), "aws:rds/cluster:Cluster");
export const CLUSTER_PARAMETER_GROUP = stryMutAct_9fa48("2311") ? "" : (stryCov_9fa48("2311"), "aws:rds/clusterParameterGroup:ClusterParameterGroup");
const REDSHIFT_TARGETS = stryMutAct_9fa48("2312") ? [] : (stryCov_9fa48("2312"), [SERVERLESS_NAMESPACE, PROVISIONED_CLUSTER]);
const REDSHIFT_ARN = stryMutAct_9fa48("2316") ? /^arn:aws[a-z-]*:redshift(-serverless):/ : stryMutAct_9fa48("2315") ? /^arn:aws[^a-z-]*:redshift(-serverless)?:/ : stryMutAct_9fa48("2314") ? /^arn:aws[a-z-]:redshift(-serverless)?:/ : stryMutAct_9fa48("2313") ? /arn:aws[a-z-]*:redshift(-serverless)?:/ : (stryCov_9fa48("2313", "2314", "2315", "2316"), /^arn:aws[a-z-]*:redshift(-serverless)?:/);

/** How messages name an integration: its resource name, and the AWS name when it is known. */
export function describeIntegration(integration: Node): string {
  if (stryMutAct_9fa48("2317")) {
    {}
  } else {
    stryCov_9fa48("2317");
    const awsName = integration.props.integrationName;
    return (stryMutAct_9fa48("2320") ? typeof awsName === "string" && !isUnknown(awsName) || awsName !== integration.name : stryMutAct_9fa48("2319") ? false : stryMutAct_9fa48("2318") ? true : (stryCov_9fa48("2318", "2319", "2320"), (stryMutAct_9fa48("2322") ? typeof awsName === "string" || !isUnknown(awsName) : stryMutAct_9fa48("2321") ? true : (stryCov_9fa48("2321", "2322"), (stryMutAct_9fa48("2324") ? typeof awsName !== "string" : stryMutAct_9fa48("2323") ? true : (stryCov_9fa48("2323", "2324"), typeof awsName === (stryMutAct_9fa48("2325") ? "" : (stryCov_9fa48("2325"), "string")))) && (stryMutAct_9fa48("2326") ? isUnknown(awsName) : (stryCov_9fa48("2326"), !isUnknown(awsName))))) && (stryMutAct_9fa48("2328") ? awsName === integration.name : stryMutAct_9fa48("2327") ? true : (stryCov_9fa48("2327", "2328"), awsName !== integration.name)))) ? stryMutAct_9fa48("2329") ? `` : (stryCov_9fa48("2329"), `${integration.name} (integrationName "${awsName}")`) : integration.name;
  }
}

/** The Redshift resources in the stack that the integration's targetArn points at. */
export function redshiftTargets(graph: StackGraph, integration: Node): Node[] {
  if (stryMutAct_9fa48("2330")) {
    {}
  } else {
    stryCov_9fa48("2330");
    return graph.referencedBy(integration, stryMutAct_9fa48("2331") ? "" : (stryCov_9fa48("2331"), "targetArn"), REDSHIFT_TARGETS, stryMutAct_9fa48("2332") ? [] : (stryCov_9fa48("2332"), [stryMutAct_9fa48("2333") ? "" : (stryCov_9fa48("2333"), "arn"), stryMutAct_9fa48("2334") ? "" : (stryCov_9fa48("2334"), "clusterNamespaceArn")]));
  }
}

/**
 * Whether the integration replicates into Redshift. At preview of a first deploy the target ARN is
 * unknown; then the property's dependencies decide, and with no evidence either way it is judged as
 * Redshift so that a missing setting still blocks the first deploy instead of slipping through.
 */
export function targetsRedshift(graph: StackGraph, integration: Node): boolean {
  if (stryMutAct_9fa48("2335")) {
    {}
  } else {
    stryCov_9fa48("2335");
    if (stryMutAct_9fa48("2339") ? redshiftTargets(graph, integration).length <= 0 : stryMutAct_9fa48("2338") ? redshiftTargets(graph, integration).length >= 0 : stryMutAct_9fa48("2337") ? false : stryMutAct_9fa48("2336") ? true : (stryCov_9fa48("2336", "2337", "2338", "2339"), redshiftTargets(graph, integration).length > 0)) {
      if (stryMutAct_9fa48("2340")) {
        {}
      } else {
        stryCov_9fa48("2340");
        return stryMutAct_9fa48("2341") ? false : (stryCov_9fa48("2341"), true);
      }
    }
    const targetArn = integration.props.targetArn;
    if (stryMutAct_9fa48("2344") ? typeof targetArn === "string" || !isUnknown(targetArn) : stryMutAct_9fa48("2343") ? false : stryMutAct_9fa48("2342") ? true : (stryCov_9fa48("2342", "2343", "2344"), (stryMutAct_9fa48("2346") ? typeof targetArn !== "string" : stryMutAct_9fa48("2345") ? true : (stryCov_9fa48("2345", "2346"), typeof targetArn === (stryMutAct_9fa48("2347") ? "" : (stryCov_9fa48("2347"), "string")))) && (stryMutAct_9fa48("2348") ? isUnknown(targetArn) : (stryCov_9fa48("2348"), !isUnknown(targetArn))))) {
      if (stryMutAct_9fa48("2349")) {
        {}
      } else {
        stryCov_9fa48("2349");
        return REDSHIFT_ARN.test(targetArn);
      }
    }
    const deps = stryMutAct_9fa48("2350") ? integration.resource.propertyDependencies?.targetArn && [] : (stryCov_9fa48("2350"), (stryMutAct_9fa48("2351") ? integration.resource.propertyDependencies.targetArn : (stryCov_9fa48("2351"), integration.resource.propertyDependencies?.targetArn)) ?? (stryMutAct_9fa48("2352") ? ["Stryker was here"] : (stryCov_9fa48("2352"), [])));
    return stryMutAct_9fa48("2355") ? deps.length !== 0 : stryMutAct_9fa48("2354") ? false : stryMutAct_9fa48("2353") ? true : (stryCov_9fa48("2353", "2354", "2355"), deps.length === 0);
  }
}

/** The Aurora clusters in the stack that are the integration's source. */
export function sourceClusters(graph: StackGraph, integration: Node): Node[] {
  if (stryMutAct_9fa48("2356")) {
    {}
  } else {
    stryCov_9fa48("2356");
    return graph.referencedBy(integration, stryMutAct_9fa48("2357") ? "" : (stryCov_9fa48("2357"), "sourceArn"), stryMutAct_9fa48("2358") ? [] : (stryCov_9fa48("2358"), [AURORA_CLUSTER]), stryMutAct_9fa48("2359") ? [] : (stryCov_9fa48("2359"), [stryMutAct_9fa48("2360") ? "" : (stryCov_9fa48("2360"), "arn")]));
  }
}

/** Every integration in the stack that replicates into Redshift. */
export function redshiftIntegrations(graph: StackGraph): Node[] {
  if (stryMutAct_9fa48("2361")) {
    {}
  } else {
    stryCov_9fa48("2361");
    return stryMutAct_9fa48("2362") ? graph.ofType(INTEGRATION) : (stryCov_9fa48("2362"), graph.ofType(INTEGRATION).filter(stryMutAct_9fa48("2363") ? () => undefined : (stryCov_9fa48("2363"), i => targetsRedshift(graph, i))));
  }
}