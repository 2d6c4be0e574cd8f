// @ts-nocheck
// The stack as a graph: plain props per resource, who depends on whom, and what a property refers to.
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
import { PolicyResource } from "@pulumi/policy";
import { isUnknown, plain } from "./values";
export interface Node {
  readonly resource: PolicyResource;
  readonly type: string;
  readonly name: string;
  readonly urn: string;
  /** Props as plain data; preview unknowns are sentinel strings (see isUnknown). */
  readonly props: Record<string, any>;
}
export class StackGraph {
  private readonly nodes = new Map<string, Node>();
  private readonly dependents = new Map<string, Set<string>>();
  constructor(resources: readonly PolicyResource[]) {
    if (stryMutAct_9fa48("2086")) {
      {}
    } else {
      stryCov_9fa48("2086");
      for (const resource of resources) {
        if (stryMutAct_9fa48("2087")) {
          {}
        } else {
          stryCov_9fa48("2087");
          this.nodes.set(resource.urn, stryMutAct_9fa48("2088") ? {} : (stryCov_9fa48("2088"), {
            resource,
            type: resource.type,
            name: resource.name,
            urn: resource.urn,
            props: stryMutAct_9fa48("2089") ? plain(resource.props) && {} : (stryCov_9fa48("2089"), plain(resource.props) ?? {})
          }));
        }
      }
      for (const resource of resources) {
        if (stryMutAct_9fa48("2090")) {
          {}
        } else {
          stryCov_9fa48("2090");
          for (const dependency of directDependencies(resource)) {
            if (stryMutAct_9fa48("2091")) {
              {}
            } else {
              stryCov_9fa48("2091");
              let set = this.dependents.get(dependency);
              if (stryMutAct_9fa48("2094") ? false : stryMutAct_9fa48("2093") ? true : stryMutAct_9fa48("2092") ? set : (stryCov_9fa48("2092", "2093", "2094"), !set)) {
                if (stryMutAct_9fa48("2095")) {
                  {}
                } else {
                  stryCov_9fa48("2095");
                  set = new Set();
                  this.dependents.set(dependency, set);
                }
              }
              set.add(resource.urn);
            }
          }
        }
      }
    }
  }
  ofType(...types: string[]): Node[] {
    if (stryMutAct_9fa48("2096")) {
      {}
    } else {
      stryCov_9fa48("2096");
      return stryMutAct_9fa48("2097") ? [...this.nodes.values()] : (stryCov_9fa48("2097"), (stryMutAct_9fa48("2098") ? [] : (stryCov_9fa48("2098"), [...this.nodes.values()])).filter(stryMutAct_9fa48("2099") ? () => undefined : (stryCov_9fa48("2099"), n => types.includes(n.type))));
    }
  }

  /** Every resource that depends on `node`, directly or through others, in breadth-first order. */
  dependentsOf(node: Node): Node[] {
    if (stryMutAct_9fa48("2100")) {
      {}
    } else {
      stryCov_9fa48("2100");
      const seen = new Set<string>(stryMutAct_9fa48("2101") ? [] : (stryCov_9fa48("2101"), [node.urn]));
      const queue = stryMutAct_9fa48("2102") ? [] : (stryCov_9fa48("2102"), [node.urn]);
      const out: Node[] = stryMutAct_9fa48("2103") ? ["Stryker was here"] : (stryCov_9fa48("2103"), []);
      while (stryMutAct_9fa48("2106") ? queue.length <= 0 : stryMutAct_9fa48("2105") ? queue.length >= 0 : stryMutAct_9fa48("2104") ? false : (stryCov_9fa48("2104", "2105", "2106"), queue.length > 0)) {
        if (stryMutAct_9fa48("2107")) {
          {}
        } else {
          stryCov_9fa48("2107");
          for (const urn of stryMutAct_9fa48("2108") ? this.dependents.get(queue.shift()!) && [] : (stryCov_9fa48("2108"), this.dependents.get(queue.shift()!) ?? (stryMutAct_9fa48("2109") ? ["Stryker was here"] : (stryCov_9fa48("2109"), [])))) {
            if (stryMutAct_9fa48("2110")) {
              {}
            } else {
              stryCov_9fa48("2110");
              if (stryMutAct_9fa48("2113") ? false : stryMutAct_9fa48("2112") ? true : stryMutAct_9fa48("2111") ? seen.has(urn) : (stryCov_9fa48("2111", "2112", "2113"), !seen.has(urn))) {
                if (stryMutAct_9fa48("2114")) {
                  {}
                } else {
                  stryCov_9fa48("2114");
                  seen.add(urn);
                  queue.push(urn);
                  out.push(this.nodes.get(urn)!);
                }
              }
            }
          }
        }
      }
      return out;
    }
  }

  /**
   * The resources of `types` that `node.props[prop]` points at: through the property's recorded
   * dependencies (works at preview, when ARNs and names are still unknown), or by a known value equal
   * to one of the target's identifying props (works for values copied across programs or known early).
   */
  referencedBy(node: Node, prop: string, types: string[], identifyingProps: string[]): Node[] {
    if (stryMutAct_9fa48("2115")) {
      {}
    } else {
      stryCov_9fa48("2115");
      const found = new Map<string, Node>();
      for (const dep of stryMutAct_9fa48("2116") ? node.resource.propertyDependencies?.[prop] && [] : (stryCov_9fa48("2116"), (stryMutAct_9fa48("2117") ? node.resource.propertyDependencies[prop] : (stryCov_9fa48("2117"), node.resource.propertyDependencies?.[prop])) ?? (stryMutAct_9fa48("2118") ? ["Stryker was here"] : (stryCov_9fa48("2118"), [])))) {
        if (stryMutAct_9fa48("2119")) {
          {}
        } else {
          stryCov_9fa48("2119");
          const target = this.nodes.get(dep.urn);
          if (stryMutAct_9fa48("2122") ? target || types.includes(target.type) : stryMutAct_9fa48("2121") ? false : stryMutAct_9fa48("2120") ? true : (stryCov_9fa48("2120", "2121", "2122"), target && types.includes(target.type))) {
            if (stryMutAct_9fa48("2123")) {
              {}
            } else {
              stryCov_9fa48("2123");
              found.set(target.urn, target);
            }
          }
        }
      }
      const value = node.props[prop];
      if (stryMutAct_9fa48("2126") ? typeof value === "string" && value !== "" || !isUnknown(value) : stryMutAct_9fa48("2125") ? false : stryMutAct_9fa48("2124") ? true : (stryCov_9fa48("2124", "2125", "2126"), (stryMutAct_9fa48("2128") ? typeof value === "string" || value !== "" : stryMutAct_9fa48("2127") ? true : (stryCov_9fa48("2127", "2128"), (stryMutAct_9fa48("2130") ? typeof value !== "string" : stryMutAct_9fa48("2129") ? true : (stryCov_9fa48("2129", "2130"), typeof value === (stryMutAct_9fa48("2131") ? "" : (stryCov_9fa48("2131"), "string")))) && (stryMutAct_9fa48("2133") ? value === "" : stryMutAct_9fa48("2132") ? true : (stryCov_9fa48("2132", "2133"), value !== (stryMutAct_9fa48("2134") ? "Stryker was here!" : (stryCov_9fa48("2134"), "")))))) && (stryMutAct_9fa48("2135") ? isUnknown(value) : (stryCov_9fa48("2135"), !isUnknown(value))))) {
        if (stryMutAct_9fa48("2136")) {
          {}
        } else {
          stryCov_9fa48("2136");
          for (const candidate of this.ofType(...types)) {
            if (stryMutAct_9fa48("2137")) {
              {}
            } else {
              stryCov_9fa48("2137");
              if (stryMutAct_9fa48("2140") ? identifyingProps.every(p => candidate.props[p] === value) : stryMutAct_9fa48("2139") ? false : stryMutAct_9fa48("2138") ? true : (stryCov_9fa48("2138", "2139", "2140"), identifyingProps.some(stryMutAct_9fa48("2141") ? () => undefined : (stryCov_9fa48("2141"), p => stryMutAct_9fa48("2144") ? candidate.props[p] !== value : stryMutAct_9fa48("2143") ? false : stryMutAct_9fa48("2142") ? true : (stryCov_9fa48("2142", "2143", "2144"), candidate.props[p] === value))))) {
                if (stryMutAct_9fa48("2145")) {
                  {}
                } else {
                  stryCov_9fa48("2145");
                  found.set(candidate.urn, candidate);
                }
              }
            }
          }
        }
      }
      return stryMutAct_9fa48("2146") ? [] : (stryCov_9fa48("2146"), [...found.values()]);
    }
  }
}
function directDependencies(resource: PolicyResource): Set<string> {
  if (stryMutAct_9fa48("2147")) {
    {}
  } else {
    stryCov_9fa48("2147");
    const urns = new Set<string>();
    for (const dep of stryMutAct_9fa48("2148") ? resource.dependencies && [] : (stryCov_9fa48("2148"), resource.dependencies ?? (stryMutAct_9fa48("2149") ? ["Stryker was here"] : (stryCov_9fa48("2149"), [])))) {
      if (stryMutAct_9fa48("2150")) {
        {}
      } else {
        stryCov_9fa48("2150");
        urns.add(dep.urn);
      }
    }
    for (const deps of Object.values(stryMutAct_9fa48("2151") ? resource.propertyDependencies && {} : (stryCov_9fa48("2151"), resource.propertyDependencies ?? {}))) {
      if (stryMutAct_9fa48("2152")) {
        {}
      } else {
        stryCov_9fa48("2152");
        for (const dep of deps) {
          if (stryMutAct_9fa48("2153")) {
            {}
          } else {
            stryCov_9fa48("2153");
            urns.add(dep.urn);
          }
        }
      }
    }
    return urns;
  }
}