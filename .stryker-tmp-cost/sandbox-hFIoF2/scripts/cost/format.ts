// @ts-nocheck
// Renders a cost estimate as the plain-text table `npm run cost` prints.
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
import { CostEstimate, SyncCost, syncCost } from "./estimate";
import { Inputs, PRICE_INPUTS, USAGE_INPUTS } from "./inputs";
export interface ReportContext {
  readonly stackName: string;
  /** aws:region from the stack file, when set: the prices must be that region's. */
  readonly region?: string;
  readonly rpu: number;
  /** REFRESH_INTERVAL values to compare with the configured one (default: only continuous replication, 0). */
  readonly compareIntervals?: readonly number[];
}
const LABEL_WIDTH = 28;
const AMOUNT_WIDTH = 12;
function row(label: string, amount: string, formula?: string): string {
  if (stryMutAct_9fa48("397")) {
    {}
  } else {
    stryCov_9fa48("397");
    const text = stryMutAct_9fa48("398") ? `` : (stryCov_9fa48("398"), `  ${label.padEnd(LABEL_WIDTH)}${amount.padStart(AMOUNT_WIDTH)}`);
    return (stryMutAct_9fa48("401") ? formula !== undefined : stryMutAct_9fa48("400") ? false : stryMutAct_9fa48("399") ? true : (stryCov_9fa48("399", "400", "401"), formula === undefined)) ? text : stryMutAct_9fa48("402") ? `` : (stryCov_9fa48("402"), `${text}  = ${formula}`);
  }
}
function syncRow(label: string, cost: SyncCost): string {
  if (stryMutAct_9fa48("403")) {
    {}
  } else {
    stryCov_9fa48("403");
    const detail = (stryMutAct_9fa48("406") ? cost.syncsPerDay !== undefined : stryMutAct_9fa48("405") ? false : stryMutAct_9fa48("404") ? true : (stryCov_9fa48("404", "405", "406"), cost.syncsPerDay === undefined)) ? stryMutAct_9fa48("407") ? "" : (stryCov_9fa48("407"), "24 hours/day") : stryMutAct_9fa48("408") ? `` : (stryCov_9fa48("408"), `${cost.syncsPerDay.toDecimal()} syncs/day, ${cost.hoursPerDay.toDecimal()} hours/day`);
    return stryMutAct_9fa48("409") ? `` : (stryCov_9fa48("409"), `${row(label, cost.usd.toDecimal())} USD/month (${detail})`);
  }
}
function intervalLabel(interval: number, configured: number): string {
  if (stryMutAct_9fa48("410")) {
    {}
  } else {
    stryCov_9fa48("410");
    const tags = stryMutAct_9fa48("411") ? [] : (stryCov_9fa48("411"), [...((stryMutAct_9fa48("414") ? interval !== configured : stryMutAct_9fa48("413") ? false : stryMutAct_9fa48("412") ? true : (stryCov_9fa48("412", "413", "414"), interval === configured)) ? stryMutAct_9fa48("415") ? [] : (stryCov_9fa48("415"), [stryMutAct_9fa48("416") ? "" : (stryCov_9fa48("416"), "configured")]) : stryMutAct_9fa48("417") ? ["Stryker was here"] : (stryCov_9fa48("417"), [])), ...((stryMutAct_9fa48("420") ? interval !== 0 : stryMutAct_9fa48("419") ? false : stryMutAct_9fa48("418") ? true : (stryCov_9fa48("418", "419", "420"), interval === 0)) ? stryMutAct_9fa48("421") ? [] : (stryCov_9fa48("421"), [(stryMutAct_9fa48("424") ? interval !== configured : stryMutAct_9fa48("423") ? false : stryMutAct_9fa48("422") ? true : (stryCov_9fa48("422", "423", "424"), interval === configured)) ? stryMutAct_9fa48("425") ? "" : (stryCov_9fa48("425"), "continuous") : stryMutAct_9fa48("426") ? "" : (stryCov_9fa48("426"), "continuous, upper bound")]) : stryMutAct_9fa48("427") ? ["Stryker was here"] : (stryCov_9fa48("427"), []))]);
    return (stryMutAct_9fa48("430") ? tags.length !== 0 : stryMutAct_9fa48("429") ? false : stryMutAct_9fa48("428") ? true : (stryCov_9fa48("428", "429", "430"), tags.length === 0)) ? stryMutAct_9fa48("431") ? `` : (stryCov_9fa48("431"), `${interval} s`) : stryMutAct_9fa48("432") ? `` : (stryCov_9fa48("432"), `${interval} s (${tags.join(stryMutAct_9fa48("433") ? "" : (stryCov_9fa48("433"), ", "))})`);
  }
}

/** The report, one string per line. */
export function formatEstimate(estimate: CostEstimate, inputs: Inputs, context: ReportContext): string[] {
  if (stryMutAct_9fa48("434")) {
    {}
  } else {
    stryCov_9fa48("434");
    const {
      usage
    } = inputs;
    const lines: string[] = stryMutAct_9fa48("435") ? ["Stryker was here"] : (stryCov_9fa48("435"), []);
    const where = (stryMutAct_9fa48("438") ? context.region !== undefined : stryMutAct_9fa48("437") ? false : stryMutAct_9fa48("436") ? true : (stryCov_9fa48("436", "437", "438"), context.region === undefined)) ? stryMutAct_9fa48("439") ? "Stryker was here!" : (stryCov_9fa48("439"), "") : stryMutAct_9fa48("440") ? `` : (stryCov_9fa48("440"), `, region ${context.region}`);
    lines.push(stryMutAct_9fa48("441") ? `` : (stryCov_9fa48("441"), `Monthly cost estimate for stack ${context.stackName} (USD, ${usage.daysPerMonth.toDecimal()}-day month${where}, ${inputs.model} model)`));
    if (stryMutAct_9fa48("444") ? estimate.sections.length !== 0 : stryMutAct_9fa48("443") ? false : stryMutAct_9fa48("442") ? true : (stryCov_9fa48("442", "443", "444"), estimate.sections.length === 0)) {
      if (stryMutAct_9fa48("445")) {
        {}
      } else {
        stryCov_9fa48("445");
        lines.push(stryMutAct_9fa48("446") ? "Stryker was here!" : (stryCov_9fa48("446"), ""), stryMutAct_9fa48("447") ? "" : (stryCov_9fa48("447"), "This stack enables neither zeroEtl nor athenaPipeline: nothing here is billed by this estimate."));
      }
    }
    for (const section of estimate.sections) {
      if (stryMutAct_9fa48("448")) {
        {}
      } else {
        stryCov_9fa48("448");
        lines.push(stryMutAct_9fa48("449") ? "Stryker was here!" : (stryCov_9fa48("449"), ""), section.title);
        for (const line of section.lines) {
          if (stryMutAct_9fa48("450")) {
            {}
          } else {
            stryCov_9fa48("450");
            lines.push(row(line.label, line.usd.toDecimal(), line.formula));
          }
        }
        lines.push(row(stryMutAct_9fa48("451") ? "" : (stryCov_9fa48("451"), "Subtotal"), section.subtotal.toDecimal()));
      }
    }
    lines.push(stryMutAct_9fa48("452") ? "Stryker was here!" : (stryCov_9fa48("452"), ""), stryMutAct_9fa48("453") ? `` : (stryCov_9fa48("453"), `${(stryMutAct_9fa48("454") ? "" : (stryCov_9fa48("454"), "Total")).padEnd(stryMutAct_9fa48("455") ? LABEL_WIDTH - 2 : (stryCov_9fa48("455"), LABEL_WIDTH + 2))}${estimate.total.toDecimal().padStart(AMOUNT_WIDTH)} USD/month`));
    if (stryMutAct_9fa48("459") ? estimate.oneTime.length <= 0 : stryMutAct_9fa48("458") ? estimate.oneTime.length >= 0 : stryMutAct_9fa48("457") ? false : stryMutAct_9fa48("456") ? true : (stryCov_9fa48("456", "457", "458", "459"), estimate.oneTime.length > 0)) {
      if (stryMutAct_9fa48("460")) {
        {}
      } else {
        stryCov_9fa48("460");
        lines.push(stryMutAct_9fa48("461") ? "Stryker was here!" : (stryCov_9fa48("461"), ""), stryMutAct_9fa48("462") ? "" : (stryCov_9fa48("462"), "Once, when the integration is created (not in the total):"));
        for (const line of estimate.oneTime) {
          if (stryMutAct_9fa48("463")) {
            {}
          } else {
            stryCov_9fa48("463");
            lines.push(row(line.label, line.usd.toDecimal(), line.formula));
          }
        }
      }
    }
    if (stryMutAct_9fa48("465") ? false : stryMutAct_9fa48("464") ? true : (stryCov_9fa48("464", "465"), estimate.syncComparison)) {
      if (stryMutAct_9fa48("466")) {
        {}
      } else {
        stryCov_9fa48("466");
        const {
          configured,
          continuousUsdPerHour
        } = estimate.syncComparison;
        lines.push(stryMutAct_9fa48("467") ? "Stryker was here!" : (stryCov_9fa48("467"), ""), stryMutAct_9fa48("468") ? `` : (stryCov_9fa48("468"), `What refreshIntervalSeconds does to sync cost (${context.rpu} RPU, ${usage.syncMinutesPerRefresh.toDecimal()} min per refresh):`));
        const intervals = stryMutAct_9fa48("470") ? [configured.intervalSeconds, ...(context.compareIntervals ?? [0])].sort((a, b) => a - b) : stryMutAct_9fa48("469") ? [configured.intervalSeconds, ...(context.compareIntervals ?? [0])].filter((v, i, all) => all.indexOf(v) === i) : (stryCov_9fa48("469", "470"), (stryMutAct_9fa48("471") ? [] : (stryCov_9fa48("471"), [configured.intervalSeconds, ...(stryMutAct_9fa48("472") ? context.compareIntervals && [0] : (stryCov_9fa48("472"), context.compareIntervals ?? (stryMutAct_9fa48("473") ? [] : (stryCov_9fa48("473"), [0]))))])).filter(stryMutAct_9fa48("474") ? () => undefined : (stryCov_9fa48("474"), (v, i, all) => stryMutAct_9fa48("477") ? all.indexOf(v) !== i : stryMutAct_9fa48("476") ? false : stryMutAct_9fa48("475") ? true : (stryCov_9fa48("475", "476", "477"), all.indexOf(v) === i))).sort(stryMutAct_9fa48("478") ? () => undefined : (stryCov_9fa48("478"), (a, b) => stryMutAct_9fa48("479") ? a + b : (stryCov_9fa48("479"), a - b))));
        for (const interval of intervals) {
          if (stryMutAct_9fa48("480")) {
            {}
          } else {
            stryCov_9fa48("480");
            const cost = (stryMutAct_9fa48("483") ? interval !== configured.intervalSeconds : stryMutAct_9fa48("482") ? false : stryMutAct_9fa48("481") ? true : (stryCov_9fa48("481", "482", "483"), interval === configured.intervalSeconds)) ? configured : syncCost(interval, context.rpu, usage, inputs.prices, inputs.model);
            lines.push(syncRow(intervalLabel(interval, configured.intervalSeconds), cost));
          }
        }
        lines.push(stryMutAct_9fa48("484") ? `` : (stryCov_9fa48("484"), `  Continuous replication keeps ${context.rpu} RPU busy: ${continuousUsdPerHour.toDecimal()} USD/hour.`));
      }
    }
    lines.push(stryMutAct_9fa48("485") ? "Stryker was here!" : (stryCov_9fa48("485"), ""), stryMutAct_9fa48("486") ? "" : (stryCov_9fa48("486"), "Assumptions (override with flags or --assumptions file.json):"));
    for (const spec of USAGE_INPUTS) {
      if (stryMutAct_9fa48("487")) {
        {}
      } else {
        stryCov_9fa48("487");
        const value = usage[spec.key];
        const shown = (stryMutAct_9fa48("490") ? value !== undefined : stryMutAct_9fa48("489") ? false : stryMutAct_9fa48("488") ? true : (stryCov_9fa48("488", "489", "490"), value === undefined)) ? stryMutAct_9fa48("491") ? "" : (stryCov_9fa48("491"), "from loadSchedule") : value.toDecimal();
        lines.push(stryMutAct_9fa48("492") ? `` : (stryCov_9fa48("492"), `  --${spec.flag} ${shown}: ${spec.description}`));
      }
    }
    lines.push(stryMutAct_9fa48("493") ? `` : (stryCov_9fa48("493"), `Prices (${inputs.priceSource}; override with flags):`));
    for (const spec of PRICE_INPUTS) {
      if (stryMutAct_9fa48("494")) {
        {}
      } else {
        stryCov_9fa48("494");
        const price = inputs.prices[spec.key];
        lines.push(stryMutAct_9fa48("495") ? `` : (stryCov_9fa48("495"), `  --${spec.flag} ${(stryMutAct_9fa48("498") ? price !== undefined : stryMutAct_9fa48("497") ? false : stryMutAct_9fa48("496") ? true : (stryCov_9fa48("496", "497", "498"), price === undefined)) ? stryMutAct_9fa48("499") ? "" : (stryCov_9fa48("499"), "(none)") : price.toDecimal()}: ${spec.description}`));
      }
    }
    return lines;
  }
}