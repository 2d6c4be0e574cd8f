// @ts-nocheck
// Reads REFRESH_INTERVAL out of Redshift zero-ETL database SQL, ignoring comments and string literals.

/**
 * The SQL with comments removed and string literal contents emptied, so that text inside them
 * (`-- REFRESH_INTERVAL 60`, `'... REFRESH_INTERVAL 60'`) can't pass for a setting. Quoted identifiers stay.
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
export function stripCommentsAndLiterals(sql: string): string {
  if (stryMutAct_9fa48("2154")) {
    {}
  } else {
    stryCov_9fa48("2154");
    let out = stryMutAct_9fa48("2155") ? "Stryker was here!" : (stryCov_9fa48("2155"), "");
    let i = 0;
    while (stryMutAct_9fa48("2158") ? i >= sql.length : stryMutAct_9fa48("2157") ? i <= sql.length : stryMutAct_9fa48("2156") ? false : (stryCov_9fa48("2156", "2157", "2158"), i < sql.length)) {
      if (stryMutAct_9fa48("2159")) {
        {}
      } else {
        stryCov_9fa48("2159");
        const c = sql[i];
        const next = sql[stryMutAct_9fa48("2160") ? i - 1 : (stryCov_9fa48("2160"), i + 1)];
        if (stryMutAct_9fa48("2163") ? c === "-" || next === "-" : stryMutAct_9fa48("2162") ? false : stryMutAct_9fa48("2161") ? true : (stryCov_9fa48("2161", "2162", "2163"), (stryMutAct_9fa48("2165") ? c !== "-" : stryMutAct_9fa48("2164") ? true : (stryCov_9fa48("2164", "2165"), c === (stryMutAct_9fa48("2166") ? "" : (stryCov_9fa48("2166"), "-")))) && (stryMutAct_9fa48("2168") ? next !== "-" : stryMutAct_9fa48("2167") ? true : (stryCov_9fa48("2167", "2168"), next === (stryMutAct_9fa48("2169") ? "" : (stryCov_9fa48("2169"), "-")))))) {
          if (stryMutAct_9fa48("2170")) {
            {}
          } else {
            stryCov_9fa48("2170");
            const end = sql.indexOf(stryMutAct_9fa48("2171") ? "" : (stryCov_9fa48("2171"), "\n"), i);
            i = (stryMutAct_9fa48("2174") ? end !== -1 : stryMutAct_9fa48("2173") ? false : stryMutAct_9fa48("2172") ? true : (stryCov_9fa48("2172", "2173", "2174"), end === (stryMutAct_9fa48("2175") ? +1 : (stryCov_9fa48("2175"), -1)))) ? sql.length : end;
            out += stryMutAct_9fa48("2176") ? "" : (stryCov_9fa48("2176"), " ");
          }
        } else if (stryMutAct_9fa48("2179") ? c === "/" || next === "*" : stryMutAct_9fa48("2178") ? false : stryMutAct_9fa48("2177") ? true : (stryCov_9fa48("2177", "2178", "2179"), (stryMutAct_9fa48("2181") ? c !== "/" : stryMutAct_9fa48("2180") ? true : (stryCov_9fa48("2180", "2181"), c === (stryMutAct_9fa48("2182") ? "" : (stryCov_9fa48("2182"), "/")))) && (stryMutAct_9fa48("2184") ? next !== "*" : stryMutAct_9fa48("2183") ? true : (stryCov_9fa48("2183", "2184"), next === (stryMutAct_9fa48("2185") ? "" : (stryCov_9fa48("2185"), "*")))))) {
          if (stryMutAct_9fa48("2186")) {
            {}
          } else {
            stryCov_9fa48("2186");
            const end = sql.indexOf(stryMutAct_9fa48("2187") ? "" : (stryCov_9fa48("2187"), "*/"), stryMutAct_9fa48("2188") ? i - 2 : (stryCov_9fa48("2188"), i + 2));
            i = (stryMutAct_9fa48("2191") ? end !== -1 : stryMutAct_9fa48("2190") ? false : stryMutAct_9fa48("2189") ? true : (stryCov_9fa48("2189", "2190", "2191"), end === (stryMutAct_9fa48("2192") ? +1 : (stryCov_9fa48("2192"), -1)))) ? sql.length : stryMutAct_9fa48("2193") ? end - 2 : (stryCov_9fa48("2193"), end + 2);
            out += stryMutAct_9fa48("2194") ? "" : (stryCov_9fa48("2194"), " ");
          }
        } else if (stryMutAct_9fa48("2197") ? c === "'" && c === "\"" : stryMutAct_9fa48("2196") ? false : stryMutAct_9fa48("2195") ? true : (stryCov_9fa48("2195", "2196", "2197"), (stryMutAct_9fa48("2199") ? c !== "'" : stryMutAct_9fa48("2198") ? false : (stryCov_9fa48("2198", "2199"), c === (stryMutAct_9fa48("2200") ? "" : (stryCov_9fa48("2200"), "'")))) || (stryMutAct_9fa48("2202") ? c !== "\"" : stryMutAct_9fa48("2201") ? false : (stryCov_9fa48("2201", "2202"), c === (stryMutAct_9fa48("2203") ? "" : (stryCov_9fa48("2203"), "\"")))))) {
          if (stryMutAct_9fa48("2204")) {
            {}
          } else {
            stryCov_9fa48("2204");
            let j = stryMutAct_9fa48("2205") ? i - 1 : (stryCov_9fa48("2205"), i + 1);
            while (stryMutAct_9fa48("2208") ? j >= sql.length : stryMutAct_9fa48("2207") ? j <= sql.length : stryMutAct_9fa48("2206") ? false : (stryCov_9fa48("2206", "2207", "2208"), j < sql.length)) {
              if (stryMutAct_9fa48("2209")) {
                {}
              } else {
                stryCov_9fa48("2209");
                if (stryMutAct_9fa48("2212") ? sql[j] === c || sql[j + 1] === c : stryMutAct_9fa48("2211") ? false : stryMutAct_9fa48("2210") ? true : (stryCov_9fa48("2210", "2211", "2212"), (stryMutAct_9fa48("2214") ? sql[j] !== c : stryMutAct_9fa48("2213") ? true : (stryCov_9fa48("2213", "2214"), sql[j] === c)) && (stryMutAct_9fa48("2216") ? sql[j + 1] !== c : stryMutAct_9fa48("2215") ? true : (stryCov_9fa48("2215", "2216"), sql[stryMutAct_9fa48("2217") ? j - 1 : (stryCov_9fa48("2217"), j + 1)] === c)))) {
                  if (stryMutAct_9fa48("2218")) {
                    {}
                  } else {
                    stryCov_9fa48("2218");
                    stryMutAct_9fa48("2219") ? j -= 2 : (stryCov_9fa48("2219"), j += 2);
                  }
                } else if (stryMutAct_9fa48("2222") ? sql[j] !== c : stryMutAct_9fa48("2221") ? false : stryMutAct_9fa48("2220") ? true : (stryCov_9fa48("2220", "2221", "2222"), sql[j] === c)) {
                  if (stryMutAct_9fa48("2223")) {
                    {}
                  } else {
                    stryCov_9fa48("2223");
                    break;
                  }
                } else {
                  if (stryMutAct_9fa48("2224")) {
                    {}
                  } else {
                    stryCov_9fa48("2224");
                    stryMutAct_9fa48("2225") ? j-- : (stryCov_9fa48("2225"), j++);
                  }
                }
              }
            }
            stryMutAct_9fa48("2226") ? out -= c === "'" ? "''" : sql.slice(i, j + 1) : (stryCov_9fa48("2226"), out += (stryMutAct_9fa48("2229") ? c !== "'" : stryMutAct_9fa48("2228") ? false : stryMutAct_9fa48("2227") ? true : (stryCov_9fa48("2227", "2228", "2229"), c === (stryMutAct_9fa48("2230") ? "" : (stryCov_9fa48("2230"), "'")))) ? stryMutAct_9fa48("2231") ? "" : (stryCov_9fa48("2231"), "''") : stryMutAct_9fa48("2232") ? sql : (stryCov_9fa48("2232"), sql.slice(i, stryMutAct_9fa48("2233") ? j - 1 : (stryCov_9fa48("2233"), j + 1))));
            i = stryMutAct_9fa48("2234") ? j - 1 : (stryCov_9fa48("2234"), j + 1);
          }
        } else {
          if (stryMutAct_9fa48("2235")) {
            {}
          } else {
            stryCov_9fa48("2235");
            stryMutAct_9fa48("2236") ? out -= c : (stryCov_9fa48("2236"), out += c);
            stryMutAct_9fa48("2237") ? i-- : (stryCov_9fa48("2237"), i++);
          }
        }
      }
    }
    return out;
  }
}
const IDENTIFIER = stryMutAct_9fa48("2238") ? String.raw`` : (stryCov_9fa48("2238"), String.raw`(?:"(?:[^"]|"")+"|[^\s";]+)`);
const SECONDS = stryMutAct_9fa48("2239") ? String.raw`` : (stryCov_9fa48("2239"), String.raw`(\d+)(?![\w.])`);
const CREATE_FROM_INTEGRATION = new RegExp(stryMutAct_9fa48("2240") ? String.raw`` : (stryCov_9fa48("2240"), String.raw`^\s*CREATE\s+DATABASE\s+${IDENTIFIER}\s+FROM\s+INTEGRATION\s[\s\S]*?\bREFRESH_INTERVAL\s+${SECONDS}`), stryMutAct_9fa48("2241") ? "" : (stryCov_9fa48("2241"), "i"));
const ALTER_INTEGRATION_SET = new RegExp(stryMutAct_9fa48("2242") ? String.raw`` : (stryCov_9fa48("2242"), String.raw`^\s*ALTER\s+DATABASE\s+${IDENTIFIER}\s+INTEGRATION\s+SET\s[\s\S]*?\bREFRESH_INTERVAL\s+${SECONDS}`), stryMutAct_9fa48("2243") ? "" : (stryCov_9fa48("2243"), "i"));

/**
 * The refresh interval in seconds that the SQL sets, or undefined when it sets none. Accepts
 * `CREATE DATABASE d FROM INTEGRATION '<id>' ... REFRESH_INTERVAL n` and
 * `ALTER DATABASE d INTEGRATION SET ... REFRESH_INTERVAL n` in any case and spacing; with several
 * statements separated by `;`, the last setting wins as it would when they run in order.
 */
export function refreshIntervalOf(sql: string): number | undefined {
  if (stryMutAct_9fa48("2244")) {
    {}
  } else {
    stryCov_9fa48("2244");
    let seconds: number | undefined;
    for (const statement of stripCommentsAndLiterals(sql).split(stryMutAct_9fa48("2245") ? "" : (stryCov_9fa48("2245"), ";"))) {
      if (stryMutAct_9fa48("2246")) {
        {}
      } else {
        stryCov_9fa48("2246");
        const match = stryMutAct_9fa48("2247") ? CREATE_FROM_INTEGRATION.exec(statement) && ALTER_INTEGRATION_SET.exec(statement) : (stryCov_9fa48("2247"), CREATE_FROM_INTEGRATION.exec(statement) ?? ALTER_INTEGRATION_SET.exec(statement));
        if (stryMutAct_9fa48("2249") ? false : stryMutAct_9fa48("2248") ? true : (stryCov_9fa48("2248", "2249"), match)) {
          if (stryMutAct_9fa48("2250")) {
            {}
          } else {
            stryCov_9fa48("2250");
            seconds = Number(match[1]);
          }
        }
      }
    }
    return seconds;
  }
}