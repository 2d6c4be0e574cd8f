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
  if (stryMutAct_9fa48("581")) {
    {}
  } else {
    stryCov_9fa48("581");
    const text = stryMutAct_9fa48("582") ? `` : (stryCov_9fa48("582"), `  ${label.padEnd(LABEL_WIDTH)}${amount.padStart(AMOUNT_WIDTH)}`);
    return (stryMutAct_9fa48("585") ? formula !== undefined : stryMutAct_9fa48("584") ? false : stryMutAct_9fa48("583") ? true : (stryCov_9fa48("583", "584", "585"), formula === undefined)) ? text : stryMutAct_9fa48("586") ? `` : (stryCov_9fa48("586"), `${text}  = ${formula}`);
  }
}
function syncRow(label: string, cost: SyncCost): string {
  if (stryMutAct_9fa48("587")) {
    {}
  } else {
    stryCov_9fa48("587");
    const detail = (stryMutAct_9fa48("590") ? cost.syncsPerDay !== undefined : stryMutAct_9fa48("589") ? false : stryMutAct_9fa48("588") ? true : (stryCov_9fa48("588", "589", "590"), cost.syncsPerDay === undefined)) ? stryMutAct_9fa48("591") ? "" : (stryCov_9fa48("591"), "24 hours/day") : stryMutAct_9fa48("592") ? `` : (stryCov_9fa48("592"), `${cost.syncsPerDay.toDecimal()} syncs/day, ${cost.hoursPerDay.toDecimal()} hours/day`);
    return stryMutAct_9fa48("593") ? `` : (stryCov_9fa48("593"), `${row(label, cost.usd.toDecimal())} USD/month (${detail})`);
  }
}
function intervalLabel(interval: number, configured: number): string {
  if (stryMutAct_9fa48("594")) {
    {}
  } else {
    stryCov_9fa48("594");
    const tags = stryMutAct_9fa48("595") ? [] : (stryCov_9fa48("595"), [...((stryMutAct_9fa48("598") ? interval !== configured : stryMutAct_9fa48("597") ? false : stryMutAct_9fa48("596") ? true : (stryCov_9fa48("596", "597", "598"), interval === configured)) ? stryMutAct_9fa48("599") ? [] : (stryCov_9fa48("599"), [stryMutAct_9fa48("600") ? "" : (stryCov_9fa48("600"), "configured")]) : stryMutAct_9fa48("601") ? ["Stryker was here"] : (stryCov_9fa48("601"), [])), ...((stryMutAct_9fa48("604") ? interval !== 0 : stryMutAct_9fa48("603") ? false : stryMutAct_9fa48("602") ? true : (stryCov_9fa48("602", "603", "604"), interval === 0)) ? stryMutAct_9fa48("605") ? [] : (stryCov_9fa48("605"), [(stryMutAct_9fa48("608") ? interval !== configured : stryMutAct_9fa48("607") ? false : stryMutAct_9fa48("606") ? true : (stryCov_9fa48("606", "607", "608"), interval === configured)) ? stryMutAct_9fa48("609") ? "" : (stryCov_9fa48("609"), "continuous") : stryMutAct_9fa48("610") ? "" : (stryCov_9fa48("610"), "continuous, upper bound")]) : stryMutAct_9fa48("611") ? ["Stryker was here"] : (stryCov_9fa48("611"), []))]);
    return (stryMutAct_9fa48("614") ? tags.length !== 0 : stryMutAct_9fa48("613") ? false : stryMutAct_9fa48("612") ? true : (stryCov_9fa48("612", "613", "614"), tags.length === 0)) ? stryMutAct_9fa48("615") ? `` : (stryCov_9fa48("615"), `${interval} s`) : stryMutAct_9fa48("616") ? `` : (stryCov_9fa48("616"), `${interval} s (${tags.join(stryMutAct_9fa48("617") ? "" : (stryCov_9fa48("617"), ", "))})`);
  }
}

/** The report, one string per line. */
export function formatEstimate(estimate: CostEstimate, inputs: Inputs, context: ReportContext): string[] {
  if (stryMutAct_9fa48("618")) {
    {}
  } else {
    stryCov_9fa48("618");
    const {
      usage
    } = inputs;
    const lines: string[] = stryMutAct_9fa48("619") ? ["Stryker was here"] : (stryCov_9fa48("619"), []);
    const where = (stryMutAct_9fa48("622") ? context.region !== undefined : stryMutAct_9fa48("621") ? false : stryMutAct_9fa48("620") ? true : (stryCov_9fa48("620", "621", "622"), context.region === undefined)) ? stryMutAct_9fa48("623") ? "Stryker was here!" : (stryCov_9fa48("623"), "") : stryMutAct_9fa48("624") ? `` : (stryCov_9fa48("624"), `, region ${context.region}`);
    lines.push(stryMutAct_9fa48("625") ? `` : (stryCov_9fa48("625"), `Monthly cost estimate for stack ${context.stackName} (USD, ${usage.daysPerMonth.toDecimal()}-day month${where}, ${inputs.model} model)`));
    if (stryMutAct_9fa48("628") ? estimate.sections.length !== 0 : stryMutAct_9fa48("627") ? false : stryMutAct_9fa48("626") ? true : (stryCov_9fa48("626", "627", "628"), estimate.sections.length === 0)) {
      if (stryMutAct_9fa48("629")) {
        {}
      } else {
        stryCov_9fa48("629");
        lines.push(stryMutAct_9fa48("630") ? "Stryker was here!" : (stryCov_9fa48("630"), ""), stryMutAct_9fa48("631") ? "" : (stryCov_9fa48("631"), "This stack enables neither zeroEtl nor athenaPipeline: nothing here is billed by this estimate."));
      }
    }
    for (const section of estimate.sections) {
      if (stryMutAct_9fa48("632")) {
        {}
      } else {
        stryCov_9fa48("632");
        lines.push(stryMutAct_9fa48("633") ? "Stryker was here!" : (stryCov_9fa48("633"), ""), section.title);
        for (const line of section.lines) {
          if (stryMutAct_9fa48("634")) {
            {}
          } else {
            stryCov_9fa48("634");
            lines.push(row(line.label, line.usd.toDecimal(), line.formula));
          }
        }
        lines.push(row(stryMutAct_9fa48("635") ? "" : (stryCov_9fa48("635"), "Subtotal"), section.subtotal.toDecimal()));
      }
    }
    lines.push(stryMutAct_9fa48("636") ? "Stryker was here!" : (stryCov_9fa48("636"), ""), stryMutAct_9fa48("637") ? `` : (stryCov_9fa48("637"), `${(stryMutAct_9fa48("638") ? "" : (stryCov_9fa48("638"), "Total")).padEnd(stryMutAct_9fa48("639") ? LABEL_WIDTH - 2 : (stryCov_9fa48("639"), LABEL_WIDTH + 2))}${estimate.total.toDecimal().padStart(AMOUNT_WIDTH)} USD/month`));
    if (stryMutAct_9fa48("643") ? estimate.oneTime.length <= 0 : stryMutAct_9fa48("642") ? estimate.oneTime.length >= 0 : stryMutAct_9fa48("641") ? false : stryMutAct_9fa48("640") ? true : (stryCov_9fa48("640", "641", "642", "643"), estimate.oneTime.length > 0)) {
      if (stryMutAct_9fa48("644")) {
        {}
      } else {
        stryCov_9fa48("644");
        lines.push(stryMutAct_9fa48("645") ? "Stryker was here!" : (stryCov_9fa48("645"), ""), stryMutAct_9fa48("646") ? "" : (stryCov_9fa48("646"), "Once, when the integration is created (not in the total):"));
        for (const line of estimate.oneTime) {
          if (stryMutAct_9fa48("647")) {
            {}
          } else {
            stryCov_9fa48("647");
            lines.push(row(line.label, line.usd.toDecimal(), line.formula));
          }
        }
      }
    }
    if (stryMutAct_9fa48("649") ? false : stryMutAct_9fa48("648") ? true : (stryCov_9fa48("648", "649"), estimate.syncComparison)) {
      if (stryMutAct_9fa48("650")) {
        {}
      } else {
        stryCov_9fa48("650");
        const {
          configured,
          continuousUsdPerHour
        } = estimate.syncComparison;
        lines.push(stryMutAct_9fa48("651") ? "Stryker was here!" : (stryCov_9fa48("651"), ""), stryMutAct_9fa48("652") ? `` : (stryCov_9fa48("652"), `What refreshIntervalSeconds does to sync cost (${context.rpu} RPU, ${usage.syncMinutesPerRefresh.toDecimal()} min per refresh):`));
        const intervals = stryMutAct_9fa48("654") ? [configured.intervalSeconds, ...(context.compareIntervals ?? [0])].sort((a, b) => a - b) : stryMutAct_9fa48("653") ? [configured.intervalSeconds, ...(context.compareIntervals ?? [0])].filter((v, i, all) => all.indexOf(v) === i) : (stryCov_9fa48("653", "654"), (stryMutAct_9fa48("655") ? [] : (stryCov_9fa48("655"), [configured.intervalSeconds, ...(stryMutAct_9fa48("656") ? context.compareIntervals && [0] : (stryCov_9fa48("656"), context.compareIntervals ?? (stryMutAct_9fa48("657") ? [] : (stryCov_9fa48("657"), [0]))))])).filter(stryMutAct_9fa48("658") ? () => undefined : (stryCov_9fa48("658"), (v, i, all) => stryMutAct_9fa48("661") ? all.indexOf(v) !== i : stryMutAct_9fa48("660") ? false : stryMutAct_9fa48("659") ? true : (stryCov_9fa48("659", "660", "661"), all.indexOf(v) === i))).sort(stryMutAct_9fa48("662") ? () => undefined : (stryCov_9fa48("662"), (a, b) => stryMutAct_9fa48("663") ? a + b : (stryCov_9fa48("663"), a - b))));
        for (const interval of intervals) {
          if (stryMutAct_9fa48("664")) {
            {}
          } else {
            stryCov_9fa48("664");
            const cost = (stryMutAct_9fa48("667") ? interval !== configured.intervalSeconds : stryMutAct_9fa48("666") ? false : stryMutAct_9fa48("665") ? true : (stryCov_9fa48("665", "666", "667"), interval === configured.intervalSeconds)) ? configured : syncCost(interval, context.rpu, usage, inputs.prices, inputs.model);
            lines.push(syncRow(intervalLabel(interval, configured.intervalSeconds), cost));
          }
        }
        lines.push(stryMutAct_9fa48("668") ? `` : (stryCov_9fa48("668"), `  Continuous replication keeps ${context.rpu} RPU busy: ${continuousUsdPerHour.toDecimal()} USD/hour.`));
      }
    }
    lines.push(stryMutAct_9fa48("669") ? "Stryker was here!" : (stryCov_9fa48("669"), ""), stryMutAct_9fa48("670") ? "" : (stryCov_9fa48("670"), "Assumptions (override with flags or --assumptions file.json):"));
    for (const spec of USAGE_INPUTS) {
      if (stryMutAct_9fa48("671")) {
        {}
      } else {
        stryCov_9fa48("671");
        const value = usage[spec.key];
        const shown = (stryMutAct_9fa48("674") ? value !== undefined : stryMutAct_9fa48("673") ? false : stryMutAct_9fa48("672") ? true : (stryCov_9fa48("672", "673", "674"), value === undefined)) ? stryMutAct_9fa48("675") ? "" : (stryCov_9fa48("675"), "from loadSchedule") : value.toDecimal();
        lines.push(stryMutAct_9fa48("676") ? `` : (stryCov_9fa48("676"), `  --${spec.flag} ${shown}: ${spec.description}`));
      }
    }
    lines.push(stryMutAct_9fa48("677") ? `` : (stryCov_9fa48("677"), `Prices (${inputs.priceSource}; override with flags):`));
    for (const spec of PRICE_INPUTS) {
      if (stryMutAct_9fa48("678")) {
        {}
      } else {
        stryCov_9fa48("678");
        const price = inputs.prices[spec.key];
        lines.push(stryMutAct_9fa48("679") ? `` : (stryCov_9fa48("679"), `  --${spec.flag} ${(stryMutAct_9fa48("682") ? price !== undefined : stryMutAct_9fa48("681") ? false : stryMutAct_9fa48("680") ? true : (stryCov_9fa48("680", "681", "682"), price === undefined)) ? stryMutAct_9fa48("683") ? "" : (stryCov_9fa48("683"), "(none)") : price.toDecimal()}: ${spec.description}`));
      }
    }
    return lines;
  }
}