// @ts-nocheck
// Policy zero-etl-source-binlog: an Aurora MySQL cluster that feeds a zero-ETL integration has the binlog settings it needs.
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
import { CLUSTER_PARAMETER_GROUP, INTEGRATION, describeIntegration, sourceClusters } from "./lib/zeroEtl";
export const NAME = stryMutAct_9fa48("2612") ? "" : (stryCov_9fa48("2612"), "zero-etl-source-binlog");

/** Cluster parameters zero-ETL from Aurora MySQL requires (AWS "Configure DB cluster parameters" for zero-ETL). */
export const REQUIRED_PARAMETERS: Readonly<Record<string, string>> = stryMutAct_9fa48("2613") ? {} : (stryCov_9fa48("2613"), {
  aurora_enhanced_binlog: stryMutAct_9fa48("2614") ? "" : (stryCov_9fa48("2614"), "1"),
  binlog_backup: stryMutAct_9fa48("2615") ? "" : (stryCov_9fa48("2615"), "0"),
  binlog_format: stryMutAct_9fa48("2616") ? "" : (stryCov_9fa48("2616"), "ROW"),
  binlog_replication_globaldb: stryMutAct_9fa48("2617") ? "" : (stryCov_9fa48("2617"), "0"),
  binlog_row_image: stryMutAct_9fa48("2618") ? "" : (stryCov_9fa48("2618"), "full"),
  binlog_row_metadata: stryMutAct_9fa48("2619") ? "" : (stryCov_9fa48("2619"), "full")
});
/** Parameter values that break replication even when the required ones are set. */
const FORBIDDEN_VALUES: Readonly<Record<string, readonly string[]>> = stryMutAct_9fa48("2620") ? {} : (stryCov_9fa48("2620"), {
  binlog_transaction_compression: stryMutAct_9fa48("2621") ? [] : (stryCov_9fa48("2621"), [stryMutAct_9fa48("2622") ? "" : (stryCov_9fa48("2622"), "on"), stryMutAct_9fa48("2623") ? "" : (stryCov_9fa48("2623"), "1")]),
  binlog_row_value_options: stryMutAct_9fa48("2624") ? [] : (stryCov_9fa48("2624"), [stryMutAct_9fa48("2625") ? "" : (stryCov_9fa48("2625"), "partial_json")])
});

/** What is wrong with a group's parameters, one phrase per problem; empty when the group is fine. */
export function parameterProblems(parameters: unknown): string[] {
  if (stryMutAct_9fa48("2626")) {
    {}
  } else {
    stryCov_9fa48("2626");
    const set = new Map<string, string>();
    for (const p of Array.isArray(parameters) ? parameters : stryMutAct_9fa48("2627") ? ["Stryker was here"] : (stryCov_9fa48("2627"), [])) {
      if (stryMutAct_9fa48("2628")) {
        {}
      } else {
        stryCov_9fa48("2628");
        if (stryMutAct_9fa48("2631") ? p || typeof p.name === "string" : stryMutAct_9fa48("2630") ? false : stryMutAct_9fa48("2629") ? true : (stryCov_9fa48("2629", "2630", "2631"), p && (stryMutAct_9fa48("2633") ? typeof p.name !== "string" : stryMutAct_9fa48("2632") ? true : (stryCov_9fa48("2632", "2633"), typeof p.name === (stryMutAct_9fa48("2634") ? "" : (stryCov_9fa48("2634"), "string")))))) {
          if (stryMutAct_9fa48("2635")) {
            {}
          } else {
            stryCov_9fa48("2635");
            set.set(stryMutAct_9fa48("2636") ? p.name.toUpperCase() : (stryCov_9fa48("2636"), p.name.toLowerCase()), isUnknown(p.value) ? stryMutAct_9fa48("2637") ? "" : (stryCov_9fa48("2637"), "(unknown)") : String(p.value));
          }
        }
      }
    }
    const problems: string[] = stryMutAct_9fa48("2638") ? ["Stryker was here"] : (stryCov_9fa48("2638"), []);
    for (const [name, wanted] of Object.entries(REQUIRED_PARAMETERS)) {
      if (stryMutAct_9fa48("2639")) {
        {}
      } else {
        stryCov_9fa48("2639");
        const value = set.get(name);
        if (stryMutAct_9fa48("2642") ? value !== undefined : stryMutAct_9fa48("2641") ? false : stryMutAct_9fa48("2640") ? true : (stryCov_9fa48("2640", "2641", "2642"), value === undefined)) {
          if (stryMutAct_9fa48("2643")) {
            {}
          } else {
            stryCov_9fa48("2643");
            problems.push(stryMutAct_9fa48("2644") ? `` : (stryCov_9fa48("2644"), `${name} is not set (needs ${wanted})`));
          }
        } else if (stryMutAct_9fa48("2647") ? value !== "(unknown)" || value.toLowerCase() !== wanted.toLowerCase() : stryMutAct_9fa48("2646") ? false : stryMutAct_9fa48("2645") ? true : (stryCov_9fa48("2645", "2646", "2647"), (stryMutAct_9fa48("2649") ? value === "(unknown)" : stryMutAct_9fa48("2648") ? true : (stryCov_9fa48("2648", "2649"), value !== (stryMutAct_9fa48("2650") ? "" : (stryCov_9fa48("2650"), "(unknown)")))) && (stryMutAct_9fa48("2652") ? value.toLowerCase() === wanted.toLowerCase() : stryMutAct_9fa48("2651") ? true : (stryCov_9fa48("2651", "2652"), (stryMutAct_9fa48("2653") ? value.toUpperCase() : (stryCov_9fa48("2653"), value.toLowerCase())) !== (stryMutAct_9fa48("2654") ? wanted.toUpperCase() : (stryCov_9fa48("2654"), wanted.toLowerCase())))))) {
          if (stryMutAct_9fa48("2655")) {
            {}
          } else {
            stryCov_9fa48("2655");
            problems.push(stryMutAct_9fa48("2656") ? `` : (stryCov_9fa48("2656"), `${name} is ${value} (needs ${wanted})`));
          }
        }
      }
    }
    for (const [name, bad] of Object.entries(FORBIDDEN_VALUES)) {
      if (stryMutAct_9fa48("2657")) {
        {}
      } else {
        stryCov_9fa48("2657");
        const value = set.get(name);
        if (stryMutAct_9fa48("2660") ? value !== undefined || bad.includes(value.toLowerCase()) : stryMutAct_9fa48("2659") ? false : stryMutAct_9fa48("2658") ? true : (stryCov_9fa48("2658", "2659", "2660"), (stryMutAct_9fa48("2662") ? value === undefined : stryMutAct_9fa48("2661") ? true : (stryCov_9fa48("2661", "2662"), value !== undefined)) && bad.includes(stryMutAct_9fa48("2663") ? value.toUpperCase() : (stryCov_9fa48("2663"), value.toLowerCase())))) {
          if (stryMutAct_9fa48("2664")) {
            {}
          } else {
            stryCov_9fa48("2664");
            problems.push(stryMutAct_9fa48("2665") ? `` : (stryCov_9fa48("2665"), `${name} is ${value} (must not be)`));
          }
        }
      }
    }
    return problems;
  }
}
function judgeCluster(graph: StackGraph, cluster: Node, integration: Node): string | undefined {
  if (stryMutAct_9fa48("2666")) {
    {}
  } else {
    stryCov_9fa48("2666");
    const engine = cluster.props.engine;
    if (stryMutAct_9fa48("2669") ? typeof engine === "string" && !isUnknown(engine) || engine !== "aurora-mysql" : stryMutAct_9fa48("2668") ? false : stryMutAct_9fa48("2667") ? true : (stryCov_9fa48("2667", "2668", "2669"), (stryMutAct_9fa48("2671") ? typeof engine === "string" || !isUnknown(engine) : stryMutAct_9fa48("2670") ? true : (stryCov_9fa48("2670", "2671"), (stryMutAct_9fa48("2673") ? typeof engine !== "string" : stryMutAct_9fa48("2672") ? true : (stryCov_9fa48("2672", "2673"), typeof engine === (stryMutAct_9fa48("2674") ? "" : (stryCov_9fa48("2674"), "string")))) && (stryMutAct_9fa48("2675") ? isUnknown(engine) : (stryCov_9fa48("2675"), !isUnknown(engine))))) && (stryMutAct_9fa48("2677") ? engine === "aurora-mysql" : stryMutAct_9fa48("2676") ? true : (stryCov_9fa48("2676", "2677"), engine !== (stryMutAct_9fa48("2678") ? "" : (stryCov_9fa48("2678"), "aurora-mysql")))))) {
      if (stryMutAct_9fa48("2679")) {
        {}
      } else {
        stryCov_9fa48("2679");
        return undefined; // Other engines (Aurora PostgreSQL) need different parameters.
      }
    }
    const who = stryMutAct_9fa48("2680") ? `` : (stryCov_9fa48("2680"), `Aurora cluster ${cluster.name}, the source of zero-ETL integration ${describeIntegration(integration)},`);
    const groupName = cluster.props.dbClusterParameterGroupName;
    if (stryMutAct_9fa48("2683") ? (groupName === undefined || groupName === null) && groupName === "" : stryMutAct_9fa48("2682") ? false : stryMutAct_9fa48("2681") ? true : (stryCov_9fa48("2681", "2682", "2683"), (stryMutAct_9fa48("2685") ? groupName === undefined && groupName === null : stryMutAct_9fa48("2684") ? false : (stryCov_9fa48("2684", "2685"), (stryMutAct_9fa48("2687") ? groupName !== undefined : stryMutAct_9fa48("2686") ? false : (stryCov_9fa48("2686", "2687"), groupName === undefined)) || (stryMutAct_9fa48("2689") ? groupName !== null : stryMutAct_9fa48("2688") ? false : (stryCov_9fa48("2688", "2689"), groupName === null)))) || (stryMutAct_9fa48("2691") ? groupName !== "" : stryMutAct_9fa48("2690") ? false : (stryCov_9fa48("2690", "2691"), groupName === (stryMutAct_9fa48("2692") ? "Stryker was here!" : (stryCov_9fa48("2692"), "")))))) {
      if (stryMutAct_9fa48("2693")) {
        {}
      } else {
        stryCov_9fa48("2693");
        return (stryMutAct_9fa48("2694") ? `` : (stryCov_9fa48("2694"), `${who} uses the default cluster parameter group, which has binary logging off. Fix: attach an `)) + (stryMutAct_9fa48("2695") ? `` : (stryCov_9fa48("2695"), `aws.rds.ClusterParameterGroup (family aurora-mysql8.0) with ${formatRequired()} when the cluster is created.`));
      }
    }
    const groups = graph.referencedBy(cluster, stryMutAct_9fa48("2696") ? "" : (stryCov_9fa48("2696"), "dbClusterParameterGroupName"), stryMutAct_9fa48("2697") ? [] : (stryCov_9fa48("2697"), [CLUSTER_PARAMETER_GROUP]), stryMutAct_9fa48("2698") ? [] : (stryCov_9fa48("2698"), [stryMutAct_9fa48("2699") ? "" : (stryCov_9fa48("2699"), "name")]));
    const problems: string[] = stryMutAct_9fa48("2700") ? ["Stryker was here"] : (stryCov_9fa48("2700"), []);
    for (const group of groups) {
      if (stryMutAct_9fa48("2701")) {
        {}
      } else {
        stryCov_9fa48("2701");
        if (stryMutAct_9fa48("2703") ? false : stryMutAct_9fa48("2702") ? true : (stryCov_9fa48("2702", "2703"), isUnknown(group.props.parameters))) {
          if (stryMutAct_9fa48("2704")) {
            {}
          } else {
            stryCov_9fa48("2704");
            continue; // Can't be judged at preview; the update re-checks with known values.
          }
        }
        for (const problem of parameterProblems(group.props.parameters)) {
          if (stryMutAct_9fa48("2705")) {
            {}
          } else {
            stryCov_9fa48("2705");
            problems.push(stryMutAct_9fa48("2706") ? `` : (stryCov_9fa48("2706"), `${group.name}: ${problem}`));
          }
        }
      }
    }
    if (stryMutAct_9fa48("2709") ? problems.length !== 0 : stryMutAct_9fa48("2708") ? false : stryMutAct_9fa48("2707") ? true : (stryCov_9fa48("2707", "2708", "2709"), problems.length === 0)) {
      if (stryMutAct_9fa48("2710")) {
        {}
      } else {
        stryCov_9fa48("2710");
        return undefined;
      }
    }
    return (stryMutAct_9fa48("2711") ? `` : (stryCov_9fa48("2711"), `${who} uses a cluster parameter group without the binlog settings zero-ETL needs: ${problems.join(stryMutAct_9fa48("2712") ? "" : (stryCov_9fa48("2712"), "; "))}. `)) + (stryMutAct_9fa48("2713") ? `` : (stryCov_9fa48("2713"), `Fix: set ${formatRequired()} in the group (static parameters with applyMethod "pending-reboot").`));
  }
}
function formatRequired(): string {
  if (stryMutAct_9fa48("2714")) {
    {}
  } else {
    stryCov_9fa48("2714");
    return Object.entries(REQUIRED_PARAMETERS).map(stryMutAct_9fa48("2715") ? () => undefined : (stryCov_9fa48("2715"), ([k, v]) => stryMutAct_9fa48("2716") ? `` : (stryCov_9fa48("2716"), `${k}=${v}`))).join(stryMutAct_9fa48("2717") ? "" : (stryCov_9fa48("2717"), ", "));
  }
}
export function validate(args: StackValidationArgs, reportViolation: ReportViolation): void {
  if (stryMutAct_9fa48("2718")) {
    {}
  } else {
    stryCov_9fa48("2718");
    const graph = new StackGraph(args.resources);
    const judged = new Set<string>();
    for (const integration of graph.ofType(INTEGRATION)) {
      if (stryMutAct_9fa48("2719")) {
        {}
      } else {
        stryCov_9fa48("2719");
        for (const cluster of sourceClusters(graph, integration)) {
          if (stryMutAct_9fa48("2720")) {
            {}
          } else {
            stryCov_9fa48("2720");
            if (stryMutAct_9fa48("2722") ? false : stryMutAct_9fa48("2721") ? true : (stryCov_9fa48("2721", "2722"), judged.has(cluster.urn))) {
              if (stryMutAct_9fa48("2723")) {
                {}
              } else {
                stryCov_9fa48("2723");
                continue;
              }
            }
            judged.add(cluster.urn);
            const message = judgeCluster(graph, cluster, integration);
            if (stryMutAct_9fa48("2726") ? message === undefined : stryMutAct_9fa48("2725") ? false : stryMutAct_9fa48("2724") ? true : (stryCov_9fa48("2724", "2725", "2726"), message !== undefined)) {
              if (stryMutAct_9fa48("2727")) {
                {}
              } else {
                stryCov_9fa48("2727");
                reportViolation(message, cluster.urn);
              }
            }
          }
        }
      }
    }
  }
}
export const zeroEtlSourceBinlog: StackValidationPolicy = stryMutAct_9fa48("2728") ? {} : (stryCov_9fa48("2728"), {
  name: NAME,
  description: (stryMutAct_9fa48("2729") ? "" : (stryCov_9fa48("2729"), "An Aurora MySQL cluster that is the source of a zero-ETL integration uses a cluster parameter group ")) + (stryMutAct_9fa48("2730") ? "" : (stryCov_9fa48("2730"), "with enhanced binlog on, row-based full binlog images and metadata, and binlog backup off.")),
  enforcementLevel: stryMutAct_9fa48("2731") ? "" : (stryCov_9fa48("2731"), "mandatory"),
  validateStack: validate
});