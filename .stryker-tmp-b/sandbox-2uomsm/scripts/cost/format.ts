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
  if (stryMutAct_9fa48("3374")) {
    {}
  } else {
    stryCov_9fa48("3374");
    const text = stryMutAct_9fa48("3375") ? `` : (stryCov_9fa48("3375"), `  ${label.padEnd(LABEL_WIDTH)}${amount.padStart(AMOUNT_WIDTH)}`);
    return (stryMutAct_9fa48("3378") ? formula !== undefined : stryMutAct_9fa48("3377") ? false : stryMutAct_9fa48("3376") ? true : (stryCov_9fa48("3376", "3377", "3378"), formula === undefined)) ? text : stryMutAct_9fa48("3379") ? `` : (stryCov_9fa48("3379"), `${text}  = ${formula}`);
  }
}
function syncRow(label: string, cost: SyncCost): string {
  if (stryMutAct_9fa48("3380")) {
    {}
  } else {
    stryCov_9fa48("3380");
    const detail = (stryMutAct_9fa48("3383") ? cost.syncsPerDay !== undefined : stryMutAct_9fa48("3382") ? false : stryMutAct_9fa48("3381") ? true : (stryCov_9fa48("3381", "3382", "3383"), cost.syncsPerDay === undefined)) ? stryMutAct_9fa48("3384") ? "" : (stryCov_9fa48("3384"), "24 hours/day") : stryMutAct_9fa48("3385") ? `` : (stryCov_9fa48("3385"), `${cost.syncsPerDay.toDecimal()} syncs/day, ${cost.hoursPerDay.toDecimal()} hours/day`);
    return stryMutAct_9fa48("3386") ? `` : (stryCov_9fa48("3386"), `${row(label, cost.usd.toDecimal())} USD/month (${detail})`);
  }
}
function intervalLabel(interval: number, configured: number): string {
  if (stryMutAct_9fa48("3387")) {
    {}
  } else {
    stryCov_9fa48("3387");
    const tags = stryMutAct_9fa48("3388") ? [] : (stryCov_9fa48("3388"), [...((stryMutAct_9fa48("3391") ? interval !== configured : stryMutAct_9fa48("3390") ? false : stryMutAct_9fa48("3389") ? true : (stryCov_9fa48("3389", "3390", "3391"), interval === configured)) ? stryMutAct_9fa48("3392") ? [] : (stryCov_9fa48("3392"), [stryMutAct_9fa48("3393") ? "" : (stryCov_9fa48("3393"), "configured")]) : stryMutAct_9fa48("3394") ? ["Stryker was here"] : (stryCov_9fa48("3394"), [])), ...((stryMutAct_9fa48("3397") ? interval !== 0 : stryMutAct_9fa48("3396") ? false : stryMutAct_9fa48("3395") ? true : (stryCov_9fa48("3395", "3396", "3397"), interval === 0)) ? stryMutAct_9fa48("3398") ? [] : (stryCov_9fa48("3398"), [(stryMutAct_9fa48("3401") ? interval !== configured : stryMutAct_9fa48("3400") ? false : stryMutAct_9fa48("3399") ? true : (stryCov_9fa48("3399", "3400", "3401"), interval === configured)) ? stryMutAct_9fa48("3402") ? "" : (stryCov_9fa48("3402"), "continuous") : stryMutAct_9fa48("3403") ? "" : (stryCov_9fa48("3403"), "continuous, upper bound")]) : stryMutAct_9fa48("3404") ? ["Stryker was here"] : (stryCov_9fa48("3404"), []))]);
    return (stryMutAct_9fa48("3407") ? tags.length !== 0 : stryMutAct_9fa48("3406") ? false : stryMutAct_9fa48("3405") ? true : (stryCov_9fa48("3405", "3406", "3407"), tags.length === 0)) ? stryMutAct_9fa48("3408") ? `` : (stryCov_9fa48("3408"), `${interval} s`) : stryMutAct_9fa48("3409") ? `` : (stryCov_9fa48("3409"), `${interval} s (${tags.join(stryMutAct_9fa48("3410") ? "" : (stryCov_9fa48("3410"), ", "))})`);
  }
}

/** The report, one string per line. */
export function formatEstimate(estimate: CostEstimate, inputs: Inputs, context: ReportContext): string[] {
  if (stryMutAct_9fa48("3411")) {
    {}
  } else {
    stryCov_9fa48("3411");
    const {
      usage
    } = inputs;
    const lines: string[] = stryMutAct_9fa48("3412") ? ["Stryker was here"] : (stryCov_9fa48("3412"), []);
    const where = (stryMutAct_9fa48("3415") ? context.region !== undefined : stryMutAct_9fa48("3414") ? false : stryMutAct_9fa48("3413") ? true : (stryCov_9fa48("3413", "3414", "3415"), context.region === undefined)) ? stryMutAct_9fa48("3416") ? "Stryker was here!" : (stryCov_9fa48("3416"), "") : stryMutAct_9fa48("3417") ? `` : (stryCov_9fa48("3417"), `, region ${context.region}`);
    lines.push(stryMutAct_9fa48("3418") ? `` : (stryCov_9fa48("3418"), `Monthly cost estimate for stack ${context.stackName} (USD, ${usage.daysPerMonth.toDecimal()}-day month${where}, ${inputs.model} model)`));
    if (stryMutAct_9fa48("3421") ? estimate.sections.length !== 0 : stryMutAct_9fa48("3420") ? false : stryMutAct_9fa48("3419") ? true : (stryCov_9fa48("3419", "3420", "3421"), estimate.sections.length === 0)) {
      if (stryMutAct_9fa48("3422")) {
        {}
      } else {
        stryCov_9fa48("3422");
        lines.push(stryMutAct_9fa48("3423") ? "Stryker was here!" : (stryCov_9fa48("3423"), ""), stryMutAct_9fa48("3424") ? "" : (stryCov_9fa48("3424"), "This stack enables neither zeroEtl nor athenaPipeline: nothing here is billed by this estimate."));
      }
    }
    for (const section of estimate.sections) {
      if (stryMutAct_9fa48("3425")) {
        {}
      } else {
        stryCov_9fa48("3425");
        lines.push(stryMutAct_9fa48("3426") ? "Stryker was here!" : (stryCov_9fa48("3426"), ""), section.title);
        for (const line of section.lines) {
          if (stryMutAct_9fa48("3427")) {
            {}
          } else {
            stryCov_9fa48("3427");
            lines.push(row(line.label, line.usd.toDecimal(), line.formula));
          }
        }
        lines.push(row(stryMutAct_9fa48("3428") ? "" : (stryCov_9fa48("3428"), "Subtotal"), section.subtotal.toDecimal()));
      }
    }
    lines.push(stryMutAct_9fa48("3429") ? "Stryker was here!" : (stryCov_9fa48("3429"), ""), stryMutAct_9fa48("3430") ? `` : (stryCov_9fa48("3430"), `${(stryMutAct_9fa48("3431") ? "" : (stryCov_9fa48("3431"), "Total")).padEnd(stryMutAct_9fa48("3432") ? LABEL_WIDTH - 2 : (stryCov_9fa48("3432"), LABEL_WIDTH + 2))}${estimate.total.toDecimal().padStart(AMOUNT_WIDTH)} USD/month`));
    if (stryMutAct_9fa48("3436") ? estimate.oneTime.length <= 0 : stryMutAct_9fa48("3435") ? estimate.oneTime.length >= 0 : stryMutAct_9fa48("3434") ? false : stryMutAct_9fa48("3433") ? true : (stryCov_9fa48("3433", "3434", "3435", "3436"), estimate.oneTime.length > 0)) {
      if (stryMutAct_9fa48("3437")) {
        {}
      } else {
        stryCov_9fa48("3437");
        lines.push(stryMutAct_9fa48("3438") ? "Stryker was here!" : (stryCov_9fa48("3438"), ""), stryMutAct_9fa48("3439") ? "" : (stryCov_9fa48("3439"), "Once, when the integration is created (not in the total):"));
        for (const line of estimate.oneTime) {
          if (stryMutAct_9fa48("3440")) {
            {}
          } else {
            stryCov_9fa48("3440");
            lines.push(row(line.label, line.usd.toDecimal(), line.formula));
          }
        }
      }
    }
    if (stryMutAct_9fa48("3442") ? false : stryMutAct_9fa48("3441") ? true : (stryCov_9fa48("3441", "3442"), estimate.syncComparison)) {
      if (stryMutAct_9fa48("3443")) {
        {}
      } else {
        stryCov_9fa48("3443");
        const {
          configured,
          continuousUsdPerHour
        } = estimate.syncComparison;
        lines.push(stryMutAct_9fa48("3444") ? "Stryker was here!" : (stryCov_9fa48("3444"), ""), stryMutAct_9fa48("3445") ? `` : (stryCov_9fa48("3445"), `What refreshIntervalSeconds does to sync cost (${context.rpu} RPU, ${usage.syncMinutesPerRefresh.toDecimal()} min per refresh):`));
        const intervals = stryMutAct_9fa48("3447") ? [configured.intervalSeconds, ...(context.compareIntervals ?? [0])].sort((a, b) => a - b) : stryMutAct_9fa48("3446") ? [configured.intervalSeconds, ...(context.compareIntervals ?? [0])].filter((v, i, all) => all.indexOf(v) === i) : (stryCov_9fa48("3446", "3447"), (stryMutAct_9fa48("3448") ? [] : (stryCov_9fa48("3448"), [configured.intervalSeconds, ...(stryMutAct_9fa48("3449") ? context.compareIntervals && [0] : (stryCov_9fa48("3449"), context.compareIntervals ?? (stryMutAct_9fa48("3450") ? [] : (stryCov_9fa48("3450"), [0]))))])).filter(stryMutAct_9fa48("3451") ? () => undefined : (stryCov_9fa48("3451"), (v, i, all) => stryMutAct_9fa48("3454") ? all.indexOf(v) !== i : stryMutAct_9fa48("3453") ? false : stryMutAct_9fa48("3452") ? true : (stryCov_9fa48("3452", "3453", "3454"), all.indexOf(v) === i))).sort(stryMutAct_9fa48("3455") ? () => undefined : (stryCov_9fa48("3455"), (a, b) => stryMutAct_9fa48("3456") ? a + b : (stryCov_9fa48("3456"), a - b))));
        for (const interval of intervals) {
          if (stryMutAct_9fa48("3457")) {
            {}
          } else {
            stryCov_9fa48("3457");
            const cost = (stryMutAct_9fa48("3460") ? interval !== configured.intervalSeconds : stryMutAct_9fa48("3459") ? false : stryMutAct_9fa48("3458") ? true : (stryCov_9fa48("3458", "3459", "3460"), interval === configured.intervalSeconds)) ? configured : syncCost(interval, context.rpu, usage, inputs.prices, inputs.model);
            lines.push(syncRow(intervalLabel(interval, configured.intervalSeconds), cost));
          }
        }
        lines.push(stryMutAct_9fa48("3461") ? `` : (stryCov_9fa48("3461"), `  Continuous replication keeps ${context.rpu} RPU busy: ${continuousUsdPerHour.toDecimal()} USD/hour.`));
      }
    }
    lines.push(stryMutAct_9fa48("3462") ? "Stryker was here!" : (stryCov_9fa48("3462"), ""), stryMutAct_9fa48("3463") ? "" : (stryCov_9fa48("3463"), "Assumptions (override with flags or --assumptions file.json):"));
    for (const spec of USAGE_INPUTS) {
      if (stryMutAct_9fa48("3464")) {
        {}
      } else {
        stryCov_9fa48("3464");
        const value = usage[spec.key];
        const shown = (stryMutAct_9fa48("3467") ? value !== undefined : stryMutAct_9fa48("3466") ? false : stryMutAct_9fa48("3465") ? true : (stryCov_9fa48("3465", "3466", "3467"), value === undefined)) ? stryMutAct_9fa48("3468") ? "" : (stryCov_9fa48("3468"), "from loadSchedule") : value.toDecimal();
        lines.push(stryMutAct_9fa48("3469") ? `` : (stryCov_9fa48("3469"), `  --${spec.flag} ${shown}: ${spec.description}`));
      }
    }
    lines.push(stryMutAct_9fa48("3470") ? `` : (stryCov_9fa48("3470"), `Prices (${inputs.priceSource}; override with flags):`));
    for (const spec of PRICE_INPUTS) {
      if (stryMutAct_9fa48("3471")) {
        {}
      } else {
        stryCov_9fa48("3471");
        const price = inputs.prices[spec.key];
        lines.push(stryMutAct_9fa48("3472") ? `` : (stryCov_9fa48("3472"), `  --${spec.flag} ${(stryMutAct_9fa48("3475") ? price !== undefined : stryMutAct_9fa48("3474") ? false : stryMutAct_9fa48("3473") ? true : (stryCov_9fa48("3473", "3474", "3475"), price === undefined)) ? stryMutAct_9fa48("3476") ? "" : (stryCov_9fa48("3476"), "(none)") : price.toDecimal()}: ${spec.description}`));
      }
    }
    return lines;
  }
}