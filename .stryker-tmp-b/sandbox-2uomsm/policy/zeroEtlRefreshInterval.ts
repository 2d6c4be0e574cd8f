// @ts-nocheck
// Policy zero-etl-refresh-interval: every zero-ETL integration into Redshift has its own bounded REFRESH_INTERVAL setting.
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
import { refreshIntervalOf } from "./lib/sql";
import { isUnknown, numberOr } from "./lib/values";
import { STATEMENT, describeIntegration, redshiftIntegrations } from "./lib/zeroEtl";
export const NAME = stryMutAct_9fa48("2516") ? "" : (stryCov_9fa48("2516"), "zero-etl-refresh-interval");
/** 900 s (15 minutes): by `npm run cost`, shorter intervals approach continuous replication's cost; see README.md. */
export const DEFAULT_MINIMUM_SECONDS = 900;
/** Redshift's own upper bound: 5 days. */
export const DEFAULT_MAXIMUM_SECONDS = 432000;
export interface RefreshIntervalConfig {
  minimumSeconds?: number;
  maximumSeconds?: number;
}
interface Setting {
  statement: Node;
  /** undefined: the statement's SQL is known and sets no refresh interval. */
  seconds?: number;
  /** The SQL can't be read yet (preview of a first deploy). */
  unreadable: boolean;
}
function settingOf(statement: Node): Setting {
  if (stryMutAct_9fa48("2517")) {
    {}
  } else {
    stryCov_9fa48("2517");
    const sql = statement.props.sql;
    if (stryMutAct_9fa48("2519") ? false : stryMutAct_9fa48("2518") ? true : (stryCov_9fa48("2518", "2519"), isUnknown(sql))) {
      if (stryMutAct_9fa48("2520")) {
        {}
      } else {
        stryCov_9fa48("2520");
        return stryMutAct_9fa48("2521") ? {} : (stryCov_9fa48("2521"), {
          statement,
          unreadable: stryMutAct_9fa48("2522") ? false : (stryCov_9fa48("2522"), true)
        });
      }
    }
    return stryMutAct_9fa48("2523") ? {} : (stryCov_9fa48("2523"), {
      statement,
      unreadable: stryMutAct_9fa48("2524") ? true : (stryCov_9fa48("2524"), false),
      seconds: (stryMutAct_9fa48("2527") ? typeof sql !== "string" : stryMutAct_9fa48("2526") ? false : stryMutAct_9fa48("2525") ? true : (stryCov_9fa48("2525", "2526", "2527"), typeof sql === (stryMutAct_9fa48("2528") ? "" : (stryCov_9fa48("2528"), "string")))) ? refreshIntervalOf(sql) : undefined
    });
  }
}
function howToFix(min: number, max: number): string {
  if (stryMutAct_9fa48("2529")) {
    {}
  } else {
    stryCov_9fa48("2529");
    const example = stryMutAct_9fa48("2530") ? Math.max(Math.max(3600, min), max) : (stryCov_9fa48("2530"), Math.min(stryMutAct_9fa48("2531") ? Math.min(3600, min) : (stryCov_9fa48("2531"), Math.max(3600, min)), max));
    return (stryMutAct_9fa48("2532") ? `` : (stryCov_9fa48("2532"), `Fix: in aurora-analytics run \`pulumi config set aurora-analytics:refreshIntervalSeconds ${example}\` `)) + (stryMutAct_9fa48("2533") ? `` : (stryCov_9fa48("2533"), `(${min} to ${max} seconds); the program then creates the Redshift Data API statement `)) + (stryMutAct_9fa48("2534") ? `` : (stryCov_9fa48("2534"), `\`ALTER DATABASE "<zeroEtlDatabase>" INTEGRATION SET REFRESH_INTERVAL ${example}\` (an aws.redshiftdata.Statement that `)) + (stryMutAct_9fa48("2535") ? `` : (stryCov_9fa48("2535"), `depends on the integration). In another program, add such a statement with literal SQL, so that it can be read at preview.`));
  }
}

/** The violation for one integration, or undefined when it has a valid setting. */
export function judgeIntegration(integration: Node, dependents: readonly Node[], min: number, max: number): string | undefined {
  if (stryMutAct_9fa48("2536")) {
    {}
  } else {
    stryCov_9fa48("2536");
    const settings = stryMutAct_9fa48("2537") ? dependents.map(settingOf) : (stryCov_9fa48("2537"), dependents.filter(stryMutAct_9fa48("2538") ? () => undefined : (stryCov_9fa48("2538"), n => stryMutAct_9fa48("2541") ? n.type !== STATEMENT : stryMutAct_9fa48("2540") ? false : stryMutAct_9fa48("2539") ? true : (stryCov_9fa48("2539", "2540", "2541"), n.type === STATEMENT))).map(settingOf));
    const known = stryMutAct_9fa48("2542") ? settings : (stryCov_9fa48("2542"), settings.filter(stryMutAct_9fa48("2543") ? () => undefined : (stryCov_9fa48("2543"), s => stryMutAct_9fa48("2546") ? s.seconds === undefined : stryMutAct_9fa48("2545") ? false : stryMutAct_9fa48("2544") ? true : (stryCov_9fa48("2544", "2545", "2546"), s.seconds !== undefined))));
    const outOfRange = stryMutAct_9fa48("2547") ? known : (stryCov_9fa48("2547"), known.filter(stryMutAct_9fa48("2548") ? () => undefined : (stryCov_9fa48("2548"), s => stryMutAct_9fa48("2551") ? s.seconds! < min && s.seconds! > max : stryMutAct_9fa48("2550") ? false : stryMutAct_9fa48("2549") ? true : (stryCov_9fa48("2549", "2550", "2551"), (stryMutAct_9fa48("2554") ? s.seconds! >= min : stryMutAct_9fa48("2553") ? s.seconds! <= min : stryMutAct_9fa48("2552") ? false : (stryCov_9fa48("2552", "2553", "2554"), s.seconds! < min)) || (stryMutAct_9fa48("2557") ? s.seconds! <= max : stryMutAct_9fa48("2556") ? s.seconds! >= max : stryMutAct_9fa48("2555") ? false : (stryCov_9fa48("2555", "2556", "2557"), s.seconds! > max))))));
    const who = stryMutAct_9fa48("2558") ? `` : (stryCov_9fa48("2558"), `Zero-ETL integration ${describeIntegration(integration)}`);
    if (stryMutAct_9fa48("2562") ? outOfRange.length <= 0 : stryMutAct_9fa48("2561") ? outOfRange.length >= 0 : stryMutAct_9fa48("2560") ? false : stryMutAct_9fa48("2559") ? true : (stryCov_9fa48("2559", "2560", "2561", "2562"), outOfRange.length > 0)) {
      if (stryMutAct_9fa48("2563")) {
        {}
      } else {
        stryCov_9fa48("2563");
        const list = outOfRange.map(stryMutAct_9fa48("2564") ? () => undefined : (stryCov_9fa48("2564"), s => stryMutAct_9fa48("2565") ? `` : (stryCov_9fa48("2565"), `statement ${s.statement.name} sets REFRESH_INTERVAL ${s.seconds}`))).join(stryMutAct_9fa48("2566") ? "" : (stryCov_9fa48("2566"), "; "));
        return stryMutAct_9fa48("2567") ? `` : (stryCov_9fa48("2567"), `${who} has a refresh interval outside the allowed ${min} to ${max} seconds: ${list}. ${howToFix(min, max)}`);
      }
    }
    if (stryMutAct_9fa48("2571") ? known.length <= 0 : stryMutAct_9fa48("2570") ? known.length >= 0 : stryMutAct_9fa48("2569") ? false : stryMutAct_9fa48("2568") ? true : (stryCov_9fa48("2568", "2569", "2570", "2571"), known.length > 0)) {
      if (stryMutAct_9fa48("2572")) {
        {}
      } else {
        stryCov_9fa48("2572");
        return undefined;
      }
    }
    const unreadable = stryMutAct_9fa48("2573") ? settings : (stryCov_9fa48("2573"), settings.filter(stryMutAct_9fa48("2574") ? () => undefined : (stryCov_9fa48("2574"), s => s.unreadable)));
    if (stryMutAct_9fa48("2578") ? unreadable.length <= 0 : stryMutAct_9fa48("2577") ? unreadable.length >= 0 : stryMutAct_9fa48("2576") ? false : stryMutAct_9fa48("2575") ? true : (stryCov_9fa48("2575", "2576", "2577", "2578"), unreadable.length > 0)) {
      if (stryMutAct_9fa48("2579")) {
        {}
      } else {
        stryCov_9fa48("2579");
        const names = unreadable.map(stryMutAct_9fa48("2580") ? () => undefined : (stryCov_9fa48("2580"), s => s.statement.name)).join(stryMutAct_9fa48("2581") ? "" : (stryCov_9fa48("2581"), ", "));
        return (stryMutAct_9fa48("2582") ? `` : (stryCov_9fa48("2582"), `${who} has no refresh-interval setting that can be checked: the SQL of the Redshift Data API statement(s) `)) + (stryMutAct_9fa48("2583") ? `` : (stryCov_9fa48("2583"), `${names} that depend on it can't be read at preview (it is computed from values known only after deployment, `)) + (stryMutAct_9fa48("2584") ? `` : (stryCov_9fa48("2584"), `such as the integration id), so the setting counts as missing. ${howToFix(min, max)}`));
      }
    }
    return (stryMutAct_9fa48("2585") ? `` : (stryCov_9fa48("2585"), `${who} has no refresh-interval setting: no Redshift Data API statement (${STATEMENT}) that depends on it runs `)) + (stryMutAct_9fa48("2586") ? `` : (stryCov_9fa48("2586"), `CREATE DATABASE ... FROM INTEGRATION ... REFRESH_INTERVAL n or ALTER DATABASE ... INTEGRATION SET REFRESH_INTERVAL n, `)) + (stryMutAct_9fa48("2587") ? `` : (stryCov_9fa48("2587"), `so Redshift would replicate continuously and keep the warehouse busy. ${howToFix(min, max)}`));
  }
}
export function validate(args: StackValidationArgs, reportViolation: ReportViolation): void {
  if (stryMutAct_9fa48("2588")) {
    {}
  } else {
    stryCov_9fa48("2588");
    const config = args.getConfig<RefreshIntervalConfig>();
    const min = numberOr(config.minimumSeconds, DEFAULT_MINIMUM_SECONDS);
    const max = numberOr(config.maximumSeconds, DEFAULT_MAXIMUM_SECONDS);
    if (stryMutAct_9fa48("2592") ? min <= max : stryMutAct_9fa48("2591") ? min >= max : stryMutAct_9fa48("2590") ? false : stryMutAct_9fa48("2589") ? true : (stryCov_9fa48("2589", "2590", "2591", "2592"), min > max)) {
      if (stryMutAct_9fa48("2593")) {
        {}
      } else {
        stryCov_9fa48("2593");
        reportViolation(stryMutAct_9fa48("2594") ? `` : (stryCov_9fa48("2594"), `Policy config of ${NAME} is inconsistent: minimumSeconds ${min} is above maximumSeconds ${max}; no refresh interval can pass.`));
        return;
      }
    }
    const graph = new StackGraph(args.resources);
    for (const integration of redshiftIntegrations(graph)) {
      if (stryMutAct_9fa48("2595")) {
        {}
      } else {
        stryCov_9fa48("2595");
        const message = judgeIntegration(integration, graph.dependentsOf(integration), min, max);
        if (stryMutAct_9fa48("2598") ? message === undefined : stryMutAct_9fa48("2597") ? false : stryMutAct_9fa48("2596") ? true : (stryCov_9fa48("2596", "2597", "2598"), message !== undefined)) {
          if (stryMutAct_9fa48("2599")) {
            {}
          } else {
            stryCov_9fa48("2599");
            reportViolation(message, integration.urn);
          }
        }
      }
    }
  }
}
export const zeroEtlRefreshInterval: StackValidationPolicy = stryMutAct_9fa48("2600") ? {} : (stryCov_9fa48("2600"), {
  name: NAME,
  description: (stryMutAct_9fa48("2601") ? "" : (stryCov_9fa48("2601"), "Every zero-ETL integration into Redshift has its own REFRESH_INTERVAL setting (a Redshift Data API ")) + (stryMutAct_9fa48("2602") ? "" : (stryCov_9fa48("2602"), "statement that depends on it) within the allowed range, so Redshift does not replicate continuously.")),
  enforcementLevel: stryMutAct_9fa48("2603") ? "" : (stryCov_9fa48("2603"), "mandatory"),
  configSchema: stryMutAct_9fa48("2604") ? {} : (stryCov_9fa48("2604"), {
    properties: stryMutAct_9fa48("2605") ? {} : (stryCov_9fa48("2605"), {
      minimumSeconds: stryMutAct_9fa48("2606") ? {} : (stryCov_9fa48("2606"), {
        type: stryMutAct_9fa48("2607") ? "" : (stryCov_9fa48("2607"), "integer"),
        minimum: 0,
        maximum: DEFAULT_MAXIMUM_SECONDS,
        default: DEFAULT_MINIMUM_SECONDS,
        description: stryMutAct_9fa48("2608") ? "" : (stryCov_9fa48("2608"), "Smallest allowed REFRESH_INTERVAL in seconds.")
      }),
      maximumSeconds: stryMutAct_9fa48("2609") ? {} : (stryCov_9fa48("2609"), {
        type: stryMutAct_9fa48("2610") ? "" : (stryCov_9fa48("2610"), "integer"),
        minimum: 0,
        maximum: DEFAULT_MAXIMUM_SECONDS,
        default: DEFAULT_MAXIMUM_SECONDS,
        description: stryMutAct_9fa48("2611") ? "" : (stryCov_9fa48("2611"), "Largest allowed REFRESH_INTERVAL in seconds.")
      })
    })
  }),
  validateStack: validate
});