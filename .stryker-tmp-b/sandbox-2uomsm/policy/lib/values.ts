// @ts-nocheck
// Reads resource properties the way the policy server hands them over, without tripping on preview unknowns.

/**
 * The sentinels the engine sends for values not known until a resource exists (one per value kind).
 * The policy server wraps props in a proxy that throws when one of these is read; a policy that lets
 * that throw is downgraded to advisory ("can't run during preview"), which would let a first deploy
 * through. So every policy reads props through `plain` and checks `isUnknown` explicitly.
 */function stryNS_9fa48() {
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
export const UNKNOWN_SENTINELS: ReadonlySet<string> = new Set(stryMutAct_9fa48("2251") ? [] : (stryCov_9fa48("2251"), [stryMutAct_9fa48("2252") ? "" : (stryCov_9fa48("2252"), "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7"), // boolean
stryMutAct_9fa48("2253") ? "" : (stryCov_9fa48("2253"), "3eeb2bf0-c639-47a8-9e75-3b44932eb421"), // number
stryMutAct_9fa48("2254") ? "" : (stryCov_9fa48("2254"), "04da6b54-80e4-46f7-96ec-b56ff0331ba9"), // string (also what SDKs send for any computed input)
stryMutAct_9fa48("2255") ? "" : (stryCov_9fa48("2255"), "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2"), // array
stryMutAct_9fa48("2256") ? "" : (stryCov_9fa48("2256"), "030794c1-ac77-496b-92df-f27374a8bd58"), // asset
stryMutAct_9fa48("2257") ? "" : (stryCov_9fa48("2257"), "e48ece36-62e2-4504-bad9-02848725956a"), // archive
stryMutAct_9fa48("2258") ? "" : (stryCov_9fa48("2258"), "dd056dcd-154b-4c76-9bd3-c8f88648b5ff") // object
]));
export function isUnknown(value: unknown): boolean {
  if (stryMutAct_9fa48("2259")) {
    {}
  } else {
    stryCov_9fa48("2259");
    return stryMutAct_9fa48("2262") ? typeof value === "string" || UNKNOWN_SENTINELS.has(value) : stryMutAct_9fa48("2261") ? false : stryMutAct_9fa48("2260") ? true : (stryCov_9fa48("2260", "2261", "2262"), (stryMutAct_9fa48("2264") ? typeof value !== "string" : stryMutAct_9fa48("2263") ? true : (stryCov_9fa48("2263", "2264"), typeof value === (stryMutAct_9fa48("2265") ? "" : (stryCov_9fa48("2265"), "string")))) && UNKNOWN_SENTINELS.has(value));
  }
}

/**
 * A deep plain copy of props. Own-property descriptors pass through the server's unknown-checking proxy
 * untouched (it only traps `get`), so sentinels come out as strings instead of exceptions.
 */
export function plain(value: unknown): any {
  if (stryMutAct_9fa48("2266")) {
    {}
  } else {
    stryCov_9fa48("2266");
    if (stryMutAct_9fa48("2269") ? value === null && typeof value !== "object" : stryMutAct_9fa48("2268") ? false : stryMutAct_9fa48("2267") ? true : (stryCov_9fa48("2267", "2268", "2269"), (stryMutAct_9fa48("2271") ? value !== null : stryMutAct_9fa48("2270") ? false : (stryCov_9fa48("2270", "2271"), value === null)) || (stryMutAct_9fa48("2273") ? typeof value === "object" : stryMutAct_9fa48("2272") ? false : (stryCov_9fa48("2272", "2273"), typeof value !== (stryMutAct_9fa48("2274") ? "" : (stryCov_9fa48("2274"), "object")))))) {
      if (stryMutAct_9fa48("2275")) {
        {}
      } else {
        stryCov_9fa48("2275");
        return value;
      }
    }
    if (stryMutAct_9fa48("2277") ? false : stryMutAct_9fa48("2276") ? true : (stryCov_9fa48("2276", "2277"), Array.isArray(value))) {
      if (stryMutAct_9fa48("2278")) {
        {}
      } else {
        stryCov_9fa48("2278");
        const length = Object.getOwnPropertyDescriptor(value, "length")?.value as number;
        const out: unknown[] = stryMutAct_9fa48("2279") ? ["Stryker was here"] : (stryCov_9fa48("2279"), []);
        for (let i = 0; stryMutAct_9fa48("2282") ? i >= length : stryMutAct_9fa48("2281") ? i <= length : stryMutAct_9fa48("2280") ? false : (stryCov_9fa48("2280", "2281", "2282"), i < length); stryMutAct_9fa48("2283") ? i-- : (stryCov_9fa48("2283"), i++)) {
          if (stryMutAct_9fa48("2284")) {
            {}
          } else {
            stryCov_9fa48("2284");
            out.push(plain(stryMutAct_9fa48("2285") ? Object.getOwnPropertyDescriptor(value, String(i)).value : (stryCov_9fa48("2285"), Object.getOwnPropertyDescriptor(value, String(i))?.value)));
          }
        }
        return out;
      }
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      if (stryMutAct_9fa48("2286")) {
        {}
      } else {
        stryCov_9fa48("2286");
        out[key] = plain(stryMutAct_9fa48("2287") ? Object.getOwnPropertyDescriptor(value, key).value : (stryCov_9fa48("2287"), Object.getOwnPropertyDescriptor(value, key)?.value));
      }
    }
    return out;
  }
}

/** Config values arrive as JSON numbers; anything else falls back to the schema default. */
export function numberOr(value: unknown, fallback: number): number {
  if (stryMutAct_9fa48("2288")) {
    {}
  } else {
    stryCov_9fa48("2288");
    return (stryMutAct_9fa48("2291") ? typeof value === "number" || Number.isFinite(value) : stryMutAct_9fa48("2290") ? false : stryMutAct_9fa48("2289") ? true : (stryCov_9fa48("2289", "2290", "2291"), (stryMutAct_9fa48("2293") ? typeof value !== "number" : stryMutAct_9fa48("2292") ? true : (stryCov_9fa48("2292", "2293"), typeof value === (stryMutAct_9fa48("2294") ? "" : (stryCov_9fa48("2294"), "number")))) && Number.isFinite(value))) ? value : fallback;
  }
}

/** A boolean prop that is explicitly true (unknown and absent are not). */
export function isTrue(value: unknown): boolean {
  if (stryMutAct_9fa48("2295")) {
    {}
  } else {
    stryCov_9fa48("2295");
    return stryMutAct_9fa48("2298") ? value === true && value === "true" : stryMutAct_9fa48("2297") ? false : stryMutAct_9fa48("2296") ? true : (stryCov_9fa48("2296", "2297", "2298"), (stryMutAct_9fa48("2300") ? value !== true : stryMutAct_9fa48("2299") ? false : (stryCov_9fa48("2299", "2300"), value === (stryMutAct_9fa48("2301") ? false : (stryCov_9fa48("2301"), true)))) || (stryMutAct_9fa48("2303") ? value !== "true" : stryMutAct_9fa48("2302") ? false : (stryCov_9fa48("2302", "2303"), value === (stryMutAct_9fa48("2304") ? "" : (stryCov_9fa48("2304"), "true")))));
  }
}