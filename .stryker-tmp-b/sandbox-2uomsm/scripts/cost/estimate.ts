// @ts-nocheck
// The monthly cost estimate as pure arithmetic: stack config + usage assumptions + prices -> itemized lines and totals.
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
import type { StackConfig } from "../../components/config";
import { Exact, sum } from "./exact";
import { CostModel, GLUE_CATALOG_FREE_REQUESTS, InputError, Inputs, PRICE_INPUTS, PriceKey, Prices, UsageAssumptions } from "./inputs";
import { RunsPerMonth, runsPerMonth } from "./schedule";

/** The parts of the stack config that change the bill. */
export type CostConfig = Pick<StackConfig, "zeroEtl" | "refreshIntervalSeconds" | "redshiftBaseCapacity" | "athenaPipeline" | "loadSchedule"> & Partial<Pick<StackConfig, "quicksightPrincipalArn">>;
export interface CostLine {
  readonly label: string;
  readonly usd: Exact;
  /** The arithmetic, with every number used, so a reader can redo it. */
  readonly formula: string;
}
export interface CostSection {
  readonly title: string;
  readonly lines: readonly CostLine[];
  readonly subtotal: Exact;
}
export interface SyncCost {
  readonly intervalSeconds: number;
  /** Undefined for continuous replication in the seeds' model, which does not count cycles. */
  readonly syncsPerDay?: Exact;
  readonly hoursPerDay: Exact;
  readonly usd: Exact;
}
export interface CostEstimate {
  readonly sections: readonly CostSection[];
  readonly total: Exact;
  /** Charged once, when the integration is created; not in the monthly total. Only with zero-ETL in the aws model. */
  readonly oneTime: readonly CostLine[];
  /** Sync cost at the configured refreshIntervalSeconds next to continuous replication; only with zero-ETL. */
  readonly syncComparison?: {
    readonly configured: SyncCost;
    readonly continuous: SyncCost;
    readonly continuousUsdPerHour: Exact;
  };
  /** How the pipeline's runs a month were found; only with the Athena pipeline. */
  readonly pipelineRuns?: RunsPerMonth;
}
const SECONDS_PER_DAY = 86400;
/** Redshift Serverless bills at least 60 seconds each time it starts work (aws.amazon.com/redshift/pricing/). */
const MIN_BILLED_MINUTES = Exact.of(1);
/** Athena bills at least 10 MB per query; in decimal GB, as AWS bills. */
const ATHENA_MIN_SCAN_GB = Exact.of(stryMutAct_9fa48("2942") ? "" : (stryCov_9fa48("2942"), "0.01"));
const d = stryMutAct_9fa48("2943") ? () => undefined : (stryCov_9fa48("2943"), (() => {
  const d = (value: Exact): string => value.toDecimal();
  return d;
})());

/**
 * Monthly Redshift compute for zero-ETL refresh cycles at one REFRESH_INTERVAL.
 *
 * aws model: REFRESH_INTERVAL is "the approximate time interval, in seconds, to refresh data" (Redshift CREATE DATABASE
 * and ALTER DATABASE references); the next cycle starts about that long after the previous one finished, so a day
 * holds 86400 / (interval + cycle seconds) cycles, each billed at least 60 seconds. Interval 0 runs cycles back to back
 * all day: the upper bound, reached while changes keep arriving.
 *
 * seeds model: the zero-ETL seed counts 86400 / interval refreshes a day (24 for 3600 s), and 0 as 24 hours.
 *
 * Either way never more than 24 hours a day.
 */
export function syncCost(intervalSeconds: number, rpu: number, usage: UsageAssumptions, prices: Prices, model: CostModel = stryMutAct_9fa48("2944") ? "" : (stryCov_9fa48("2944"), "aws")): SyncCost {
  if (stryMutAct_9fa48("2945")) {
    {}
  } else {
    stryCov_9fa48("2945");
    const perHourOfDay = need(prices, stryMutAct_9fa48("2946") ? "" : (stryCov_9fa48("2946"), "redshiftRpuHour")).mul(rpu).mul(usage.daysPerMonth);
    if (stryMutAct_9fa48("2949") ? model === "seeds" || intervalSeconds === 0 : stryMutAct_9fa48("2948") ? false : stryMutAct_9fa48("2947") ? true : (stryCov_9fa48("2947", "2948", "2949"), (stryMutAct_9fa48("2951") ? model !== "seeds" : stryMutAct_9fa48("2950") ? true : (stryCov_9fa48("2950", "2951"), model === (stryMutAct_9fa48("2952") ? "" : (stryCov_9fa48("2952"), "seeds")))) && (stryMutAct_9fa48("2954") ? intervalSeconds !== 0 : stryMutAct_9fa48("2953") ? true : (stryCov_9fa48("2953", "2954"), intervalSeconds === 0)))) {
      if (stryMutAct_9fa48("2955")) {
        {}
      } else {
        stryCov_9fa48("2955");
        const hoursPerDay = Exact.of(24);
        return stryMutAct_9fa48("2956") ? {} : (stryCov_9fa48("2956"), {
          intervalSeconds,
          hoursPerDay,
          usd: perHourOfDay.mul(hoursPerDay)
        });
      }
    }
    const cycleSeconds = usage.syncMinutesPerRefresh.mul(60);
    const syncsPerDay = Exact.of(SECONDS_PER_DAY).div((stryMutAct_9fa48("2959") ? model !== "seeds" : stryMutAct_9fa48("2958") ? false : stryMutAct_9fa48("2957") ? true : (stryCov_9fa48("2957", "2958", "2959"), model === (stryMutAct_9fa48("2960") ? "" : (stryCov_9fa48("2960"), "seeds")))) ? Exact.of(intervalSeconds) : cycleSeconds.add(intervalSeconds));
    const billedMinutes = stryMutAct_9fa48("2961") ? usage.syncMinutesPerRefresh.min(MIN_BILLED_MINUTES) : (stryCov_9fa48("2961"), usage.syncMinutesPerRefresh.max(MIN_BILLED_MINUTES));
    const hoursPerDay = stryMutAct_9fa48("2962") ? syncsPerDay.mul(billedMinutes).div(60).max(24) : (stryCov_9fa48("2962"), syncsPerDay.mul(billedMinutes).div(60).min(24));
    return stryMutAct_9fa48("2963") ? {} : (stryCov_9fa48("2963"), {
      intervalSeconds,
      syncsPerDay,
      hoursPerDay,
      usd: perHourOfDay.mul(hoursPerDay)
    });
  }
}

/** The price for `key`, which requiredPrices has checked. */
function need(prices: Prices, key: PriceKey): Exact {
  if (stryMutAct_9fa48("2964")) {
    {}
  } else {
    stryCov_9fa48("2964");
    const price = prices[key];
    if (stryMutAct_9fa48("2967") ? price !== undefined : stryMutAct_9fa48("2966") ? false : stryMutAct_9fa48("2965") ? true : (stryCov_9fa48("2965", "2966", "2967"), price === undefined)) {
      if (stryMutAct_9fa48("2968")) {
        {}
      } else {
        stryCov_9fa48("2968");
        throw new InputError(stryMutAct_9fa48("2969") ? `` : (stryCov_9fa48("2969"), `No ${key} price: pass --${PRICE_INPUTS.find(stryMutAct_9fa48("2970") ? () => undefined : (stryCov_9fa48("2970"), s => stryMutAct_9fa48("2973") ? s.key !== key : stryMutAct_9fa48("2972") ? false : stryMutAct_9fa48("2971") ? true : (stryCov_9fa48("2971", "2972", "2973"), s.key === key)))!.flag} <USD>.`));
      }
    }
    return price;
  }
}
function quicksightIncluded(config: CostConfig, model: CostModel): boolean {
  if (stryMutAct_9fa48("2974")) {
    {}
  } else {
    stryCov_9fa48("2974");
    return stryMutAct_9fa48("2977") ? config.athenaPipeline || model === "seeds" || config.quicksightPrincipalArn !== undefined : stryMutAct_9fa48("2976") ? false : stryMutAct_9fa48("2975") ? true : (stryCov_9fa48("2975", "2976", "2977"), config.athenaPipeline && (stryMutAct_9fa48("2979") ? model === "seeds" && config.quicksightPrincipalArn !== undefined : stryMutAct_9fa48("2978") ? true : (stryCov_9fa48("2978", "2979"), (stryMutAct_9fa48("2981") ? model !== "seeds" : stryMutAct_9fa48("2980") ? false : (stryCov_9fa48("2980", "2981"), model === (stryMutAct_9fa48("2982") ? "" : (stryCov_9fa48("2982"), "seeds")))) || (stryMutAct_9fa48("2984") ? config.quicksightPrincipalArn === undefined : stryMutAct_9fa48("2983") ? false : (stryCov_9fa48("2983", "2984"), config.quicksightPrincipalArn !== undefined)))));
  }
}

/** The prices this stack's estimate uses, in PRICE_INPUTS order. */
export function requiredPrices(config: CostConfig, usage: UsageAssumptions, model: CostModel): PriceKey[] {
  if (stryMutAct_9fa48("2985")) {
    {}
  } else {
    stryCov_9fa48("2985");
    const keys = new Set<PriceKey>();
    if (stryMutAct_9fa48("2987") ? false : stryMutAct_9fa48("2986") ? true : (stryCov_9fa48("2986", "2987"), config.zeroEtl)) {
      if (stryMutAct_9fa48("2988")) {
        {}
      } else {
        stryCov_9fa48("2988");
        keys.add(stryMutAct_9fa48("2989") ? "" : (stryCov_9fa48("2989"), "redshiftRpuHour")).add(stryMutAct_9fa48("2990") ? "" : (stryCov_9fa48("2990"), "redshiftStorageGbMonth"));
        if (stryMutAct_9fa48("2993") ? model !== "aws" : stryMutAct_9fa48("2992") ? false : stryMutAct_9fa48("2991") ? true : (stryCov_9fa48("2991", "2992", "2993"), model === (stryMutAct_9fa48("2994") ? "" : (stryCov_9fa48("2994"), "aws")))) {
          if (stryMutAct_9fa48("2995")) {
            {}
          } else {
            stryCov_9fa48("2995");
            keys.add(stryMutAct_9fa48("2996") ? "" : (stryCov_9fa48("2996"), "exportGb"));
            if (stryMutAct_9fa48("2999") ? false : stryMutAct_9fa48("2998") ? true : stryMutAct_9fa48("2997") ? usage.binlogStorageGb.isZero() : (stryCov_9fa48("2997", "2998", "2999"), !usage.binlogStorageGb.isZero())) {
              if (stryMutAct_9fa48("3000")) {
                {}
              } else {
                stryCov_9fa48("3000");
                keys.add(stryMutAct_9fa48("3001") ? "" : (stryCov_9fa48("3001"), "auroraStorageGbMonth"));
              }
            }
            if (stryMutAct_9fa48("3004") ? false : stryMutAct_9fa48("3003") ? true : stryMutAct_9fa48("3002") ? usage.binlogMillionIos.isZero() : (stryCov_9fa48("3002", "3003", "3004"), !usage.binlogMillionIos.isZero())) {
              if (stryMutAct_9fa48("3005")) {
                {}
              } else {
                stryCov_9fa48("3005");
                keys.add(stryMutAct_9fa48("3006") ? "" : (stryCov_9fa48("3006"), "auroraIoMillion"));
              }
            }
          }
        }
      }
    }
    if (stryMutAct_9fa48("3008") ? false : stryMutAct_9fa48("3007") ? true : (stryCov_9fa48("3007", "3008"), config.athenaPipeline)) {
      if (stryMutAct_9fa48("3009")) {
        {}
      } else {
        stryCov_9fa48("3009");
        keys.add(stryMutAct_9fa48("3010") ? "" : (stryCov_9fa48("3010"), "exportGb")).add(stryMutAct_9fa48("3011") ? "" : (stryCov_9fa48("3011"), "glueDpuHour")).add(stryMutAct_9fa48("3012") ? "" : (stryCov_9fa48("3012"), "glueCatalogMillionRequests")).add(stryMutAct_9fa48("3013") ? "" : (stryCov_9fa48("3013"), "athenaTb"));
      }
    }
    if (stryMutAct_9fa48("3015") ? false : stryMutAct_9fa48("3014") ? true : (stryCov_9fa48("3014", "3015"), quicksightIncluded(config, model))) {
      if (stryMutAct_9fa48("3016")) {
        {}
      } else {
        stryCov_9fa48("3016");
        if (stryMutAct_9fa48("3019") ? model !== "aws" : stryMutAct_9fa48("3018") ? false : stryMutAct_9fa48("3017") ? true : (stryCov_9fa48("3017", "3018", "3019"), model === (stryMutAct_9fa48("3020") ? "" : (stryCov_9fa48("3020"), "aws")))) {
          if (stryMutAct_9fa48("3021")) {
            {}
          } else {
            stryCov_9fa48("3021");
            keys.add(stryMutAct_9fa48("3022") ? "" : (stryCov_9fa48("3022"), "quicksightAuthorMonth"));
          }
        }
        keys.add(stryMutAct_9fa48("3023") ? "" : (stryCov_9fa48("3023"), "quicksightReaderMonth"));
      }
    }
    return stryMutAct_9fa48("3024") ? PRICE_INPUTS.map(s => s.key) : (stryCov_9fa48("3024"), PRICE_INPUTS.map(stryMutAct_9fa48("3025") ? () => undefined : (stryCov_9fa48("3025"), s => s.key)).filter(stryMutAct_9fa48("3026") ? () => undefined : (stryCov_9fa48("3026"), k => keys.has(k))));
  }
}

/** Throws one InputError naming every price the estimate needs and nobody gave. */
export function checkPrices(config: CostConfig, inputs: Pick<Inputs, "usage" | "prices" | "model" | "priceSource">): void {
  if (stryMutAct_9fa48("3027")) {
    {}
  } else {
    stryCov_9fa48("3027");
    const missing = stryMutAct_9fa48("3028") ? requiredPrices(config, inputs.usage, inputs.model) : (stryCov_9fa48("3028"), requiredPrices(config, inputs.usage, inputs.model).filter(stryMutAct_9fa48("3029") ? () => undefined : (stryCov_9fa48("3029"), k => stryMutAct_9fa48("3032") ? inputs.prices[k] !== undefined : stryMutAct_9fa48("3031") ? false : stryMutAct_9fa48("3030") ? true : (stryCov_9fa48("3030", "3031", "3032"), inputs.prices[k] === undefined))));
    if (stryMutAct_9fa48("3036") ? missing.length <= 0 : stryMutAct_9fa48("3035") ? missing.length >= 0 : stryMutAct_9fa48("3034") ? false : stryMutAct_9fa48("3033") ? true : (stryCov_9fa48("3033", "3034", "3035", "3036"), missing.length > 0)) {
      if (stryMutAct_9fa48("3037")) {
        {}
      } else {
        stryCov_9fa48("3037");
        const flags = missing.map(stryMutAct_9fa48("3038") ? () => undefined : (stryCov_9fa48("3038"), k => stryMutAct_9fa48("3039") ? `` : (stryCov_9fa48("3039"), `--${PRICE_INPUTS.find(stryMutAct_9fa48("3040") ? () => undefined : (stryCov_9fa48("3040"), s => stryMutAct_9fa48("3043") ? s.key !== k : stryMutAct_9fa48("3042") ? false : stryMutAct_9fa48("3041") ? true : (stryCov_9fa48("3041", "3042", "3043"), s.key === k)))!.flag}`)));
        throw new InputError((stryMutAct_9fa48("3044") ? `` : (stryCov_9fa48("3044"), `This estimate needs ${flags.join(stryMutAct_9fa48("3045") ? "" : (stryCov_9fa48("3045"), ", "))} (${inputs.priceSource}): `)) + (stryMutAct_9fa48("3046") ? "" : (stryCov_9fa48("3046"), "pass them as flags or in the assumptions file's \"prices\", from the AWS pricing pages for your region.")));
      }
    }
  }
}
function zeroEtlSection(config: CostConfig, usage: UsageAssumptions, prices: Prices, model: CostModel): {
  section: CostSection;
  configured: SyncCost;
  continuous: SyncCost;
  oneTime: CostLine[];
} {
  if (stryMutAct_9fa48("3047")) {
    {}
  } else {
    stryCov_9fa48("3047");
    const rpu = config.redshiftBaseCapacity;
    const interval = stryMutAct_9fa48("3048") ? config.refreshIntervalSeconds && 0 : (stryCov_9fa48("3048"), config.refreshIntervalSeconds ?? 0);
    const days = usage.daysPerMonth;
    const rpuHour = need(prices, stryMutAct_9fa48("3049") ? "" : (stryCov_9fa48("3049"), "redshiftRpuHour"));
    const rpuPrice = stryMutAct_9fa48("3050") ? `` : (stryCov_9fa48("3050"), `${d(rpuHour)} USD/RPU-hour x ${rpu} RPU`);
    const queries: CostLine = stryMutAct_9fa48("3051") ? {} : (stryCov_9fa48("3051"), {
      label: stryMutAct_9fa48("3052") ? "" : (stryCov_9fa48("3052"), "Redshift compute, queries"),
      usd: rpuHour.mul(rpu).mul(usage.minutesPerQuery).div(60).mul(usage.queriesPerDay).mul(days),
      formula: stryMutAct_9fa48("3053") ? `` : (stryCov_9fa48("3053"), `${rpuPrice} x ${d(usage.minutesPerQuery)}/60 hour x ${d(usage.queriesPerDay)} queries/day x ${d(days)} days`)
    });
    const configured = syncCost(interval, rpu, usage, prices, model);
    const continuous = syncCost(0, rpu, usage, prices, model);
    const billed = stryMutAct_9fa48("3054") ? usage.syncMinutesPerRefresh.min(MIN_BILLED_MINUTES) : (stryCov_9fa48("3054"), usage.syncMinutesPerRefresh.max(MIN_BILLED_MINUTES));
    let syncFormula: string;
    if (stryMutAct_9fa48("3057") ? configured.syncsPerDay !== undefined : stryMutAct_9fa48("3056") ? false : stryMutAct_9fa48("3055") ? true : (stryCov_9fa48("3055", "3056", "3057"), configured.syncsPerDay === undefined)) {
      if (stryMutAct_9fa48("3058")) {
        {}
      } else {
        stryCov_9fa48("3058");
        syncFormula = stryMutAct_9fa48("3059") ? `` : (stryCov_9fa48("3059"), `${rpuPrice} x 24 hours/day x ${d(days)} days (continuous replication)`);
      }
    } else if (stryMutAct_9fa48("3061") ? false : stryMutAct_9fa48("3060") ? true : (stryCov_9fa48("3060", "3061"), configured.hoursPerDay.equals(24))) {
      if (stryMutAct_9fa48("3062")) {
        {}
      } else {
        stryCov_9fa48("3062");
        syncFormula = stryMutAct_9fa48("3063") ? `` : (stryCov_9fa48("3063"), `${rpuPrice} x 24 hours/day x ${d(days)} days (${d(configured.syncsPerDay)} syncs/day fill the day${(stryMutAct_9fa48("3066") ? interval !== 0 : stryMutAct_9fa48("3065") ? false : stryMutAct_9fa48("3064") ? true : (stryCov_9fa48("3064", "3065", "3066"), interval === 0)) ? stryMutAct_9fa48("3067") ? "" : (stryCov_9fa48("3067"), ": continuous, the upper bound") : stryMutAct_9fa48("3068") ? "Stryker was here!" : (stryCov_9fa48("3068"), "")})`);
      }
    } else if (stryMutAct_9fa48("3071") ? model !== "seeds" : stryMutAct_9fa48("3070") ? false : stryMutAct_9fa48("3069") ? true : (stryCov_9fa48("3069", "3070", "3071"), model === (stryMutAct_9fa48("3072") ? "" : (stryCov_9fa48("3072"), "seeds")))) {
      if (stryMutAct_9fa48("3073")) {
        {}
      } else {
        stryCov_9fa48("3073");
        syncFormula = stryMutAct_9fa48("3074") ? `` : (stryCov_9fa48("3074"), `${rpuPrice} x ${d(billed)}/60 hour x ${d(configured.syncsPerDay)} syncs/day x ${d(days)} days`);
      }
    } else {
      if (stryMutAct_9fa48("3075")) {
        {}
      } else {
        stryCov_9fa48("3075");
        syncFormula = stryMutAct_9fa48("3076") ? `` : (stryCov_9fa48("3076"), `${rpuPrice} x ${d(billed)}/60 hour x 86400/(${interval} + ${d(usage.syncMinutesPerRefresh.mul(60))}) = ${d(configured.syncsPerDay)} syncs/day x ${d(days)} days`);
      }
    }
    const syncs: CostLine = stryMutAct_9fa48("3077") ? {} : (stryCov_9fa48("3077"), {
      label: stryMutAct_9fa48("3078") ? "" : (stryCov_9fa48("3078"), "Redshift compute, syncs"),
      usd: configured.usd,
      formula: syncFormula
    });
    const storagePrice = need(prices, stryMutAct_9fa48("3079") ? "" : (stryCov_9fa48("3079"), "redshiftStorageGbMonth"));
    const storage: CostLine = stryMutAct_9fa48("3080") ? {} : (stryCov_9fa48("3080"), {
      label: stryMutAct_9fa48("3081") ? "" : (stryCov_9fa48("3081"), "Redshift managed storage"),
      usd: usage.dataSizeGb.mul(storagePrice),
      formula: stryMutAct_9fa48("3082") ? `` : (stryCov_9fa48("3082"), `${d(usage.dataSizeGb)} GB x ${d(storagePrice)} USD/GB-month`)
    });
    const lines = stryMutAct_9fa48("3083") ? [] : (stryCov_9fa48("3083"), [queries, syncs, storage]);
    const oneTime: CostLine[] = stryMutAct_9fa48("3084") ? ["Stryker was here"] : (stryCov_9fa48("3084"), []);
    if (stryMutAct_9fa48("3087") ? model !== "aws" : stryMutAct_9fa48("3086") ? false : stryMutAct_9fa48("3085") ? true : (stryCov_9fa48("3085", "3086", "3087"), model === (stryMutAct_9fa48("3088") ? "" : (stryCov_9fa48("3088"), "aws")))) {
      if (stryMutAct_9fa48("3089")) {
        {}
      } else {
        stryCov_9fa48("3089");
        // Zero-ETL is free, but the source pays enhanced binlog I/O and storage and the seeding snapshot export
        // (Amazon Redshift FAQ, "How much does zero-ETL integration cost?").
        lines.push(usage.binlogStorageGb.isZero() ? stryMutAct_9fa48("3090") ? {} : (stryCov_9fa48("3090"), {
          label: stryMutAct_9fa48("3091") ? "" : (stryCov_9fa48("3091"), "Aurora binlog storage"),
          usd: Exact.ZERO,
          formula: stryMutAct_9fa48("3092") ? "" : (stryCov_9fa48("3092"), "not estimated: pass --binlog-storage-gb and --price-aurora-storage-gb-month")
        }) : stryMutAct_9fa48("3093") ? {} : (stryCov_9fa48("3093"), {
          label: stryMutAct_9fa48("3094") ? "" : (stryCov_9fa48("3094"), "Aurora binlog storage"),
          usd: usage.binlogStorageGb.mul(need(prices, stryMutAct_9fa48("3095") ? "" : (stryCov_9fa48("3095"), "auroraStorageGbMonth"))),
          formula: stryMutAct_9fa48("3096") ? `` : (stryCov_9fa48("3096"), `${d(usage.binlogStorageGb)} GB x ${d(need(prices, stryMutAct_9fa48("3097") ? "" : (stryCov_9fa48("3097"), "auroraStorageGbMonth")))} USD/GB-month`)
        }));
        lines.push(usage.binlogMillionIos.isZero() ? stryMutAct_9fa48("3098") ? {} : (stryCov_9fa48("3098"), {
          label: stryMutAct_9fa48("3099") ? "" : (stryCov_9fa48("3099"), "Aurora binlog I/O"),
          usd: Exact.ZERO,
          formula: stryMutAct_9fa48("3100") ? "" : (stryCov_9fa48("3100"), "not estimated: pass --binlog-million-ios and --price-aurora-io-million (Aurora Standard)")
        }) : stryMutAct_9fa48("3101") ? {} : (stryCov_9fa48("3101"), {
          label: stryMutAct_9fa48("3102") ? "" : (stryCov_9fa48("3102"), "Aurora binlog I/O"),
          usd: usage.binlogMillionIos.mul(need(prices, stryMutAct_9fa48("3103") ? "" : (stryCov_9fa48("3103"), "auroraIoMillion"))),
          formula: stryMutAct_9fa48("3104") ? `` : (stryCov_9fa48("3104"), `${d(usage.binlogMillionIos)} million I/Os x ${d(need(prices, stryMutAct_9fa48("3105") ? "" : (stryCov_9fa48("3105"), "auroraIoMillion")))} USD/million`)
        }));
        const exportGb = need(prices, stryMutAct_9fa48("3106") ? "" : (stryCov_9fa48("3106"), "exportGb"));
        oneTime.push(stryMutAct_9fa48("3107") ? {} : (stryCov_9fa48("3107"), {
          label: stryMutAct_9fa48("3108") ? "" : (stryCov_9fa48("3108"), "Zero-ETL initial seeding"),
          usd: usage.dataSizeGb.mul(exportGb),
          formula: stryMutAct_9fa48("3109") ? `` : (stryCov_9fa48("3109"), `${d(usage.dataSizeGb)} GB x ${d(exportGb)} USD/GB (a snapshot export of the cluster)`)
        }));
      }
    }
    const title = stryMutAct_9fa48("3110") ? `` : (stryCov_9fa48("3110"), `Zero-ETL: Aurora MySQL -> Redshift Serverless, ${rpu} RPU, REFRESH_INTERVAL ${interval} s${(stryMutAct_9fa48("3113") ? interval !== 0 : stryMutAct_9fa48("3112") ? false : stryMutAct_9fa48("3111") ? true : (stryCov_9fa48("3111", "3112", "3113"), interval === 0)) ? stryMutAct_9fa48("3114") ? "" : (stryCov_9fa48("3114"), " (continuous)") : stryMutAct_9fa48("3115") ? "Stryker was here!" : (stryCov_9fa48("3115"), "")}`);
    return stryMutAct_9fa48("3116") ? {} : (stryCov_9fa48("3116"), {
      section: stryMutAct_9fa48("3117") ? {} : (stryCov_9fa48("3117"), {
        title,
        lines,
        subtotal: sum(lines.map(stryMutAct_9fa48("3118") ? () => undefined : (stryCov_9fa48("3118"), l => l.usd)))
      }),
      configured,
      continuous,
      oneTime
    });
  }
}
function athenaSection(config: CostConfig, usage: UsageAssumptions, prices: Prices, model: CostModel): {
  section: CostSection;
  runs: RunsPerMonth;
} {
  if (stryMutAct_9fa48("3119")) {
    {}
  } else {
    stryCov_9fa48("3119");
    const days = usage.daysPerMonth;
    const runs: RunsPerMonth = (stryMutAct_9fa48("3122") ? usage.exportRunsPerMonth === undefined : stryMutAct_9fa48("3121") ? false : stryMutAct_9fa48("3120") ? true : (stryCov_9fa48("3120", "3121", "3122"), usage.exportRunsPerMonth !== undefined)) ? stryMutAct_9fa48("3123") ? {} : (stryCov_9fa48("3123"), {
      runs: usage.exportRunsPerMonth,
      explanation: (stryMutAct_9fa48("3126") ? model !== "seeds" : stryMutAct_9fa48("3125") ? false : stryMutAct_9fa48("3124") ? true : (stryCov_9fa48("3124", "3125", "3126"), model === (stryMutAct_9fa48("3127") ? "" : (stryCov_9fa48("3127"), "seeds")))) ? stryMutAct_9fa48("3128") ? "" : (stryCov_9fa48("3128"), "the samples' daily update") : stryMutAct_9fa48("3129") ? "" : (stryCov_9fa48("3129"), "given as an assumption")
    }) : runsPerMonth(config.loadSchedule, days);
    const exportGb = need(prices, stryMutAct_9fa48("3130") ? "" : (stryCov_9fa48("3130"), "exportGb"));
    const exportLine: CostLine = stryMutAct_9fa48("3131") ? {} : (stryCov_9fa48("3131"), {
      label: stryMutAct_9fa48("3132") ? "" : (stryCov_9fa48("3132"), "Aurora export to S3"),
      usd: usage.dataSizeGb.mul(exportGb).mul(runs.runs),
      formula: stryMutAct_9fa48("3133") ? `` : (stryCov_9fa48("3133"), `${d(usage.dataSizeGb)} GB x ${d(exportGb)} USD/GB x ${d(runs.runs)} runs`)
    });
    const dpuHour = need(prices, stryMutAct_9fa48("3134") ? "" : (stryCov_9fa48("3134"), "glueDpuHour"));
    const crawlerNote = usage.crawlerRunsPerMonth.isZero() ? stryMutAct_9fa48("3135") ? "" : (stryCov_9fa48("3135"), " (this pipeline runs no crawler)") : stryMutAct_9fa48("3136") ? "Stryker was here!" : (stryCov_9fa48("3136"), "");
    const crawler: CostLine = stryMutAct_9fa48("3137") ? {} : (stryCov_9fa48("3137"), {
      label: stryMutAct_9fa48("3138") ? "" : (stryCov_9fa48("3138"), "Glue crawler"),
      usd: dpuHour.mul(usage.crawlerMinutesPerRun).div(60).mul(usage.crawlerRunsPerMonth),
      formula: stryMutAct_9fa48("3139") ? `` : (stryCov_9fa48("3139"), `${d(dpuHour)} USD/DPU-hour x ${d(usage.crawlerMinutesPerRun)}/60 hour x ${d(usage.crawlerRunsPerMonth)} runs${crawlerNote}`)
    });
    const catalogPrice = need(prices, stryMutAct_9fa48("3140") ? "" : (stryCov_9fa48("3140"), "glueCatalogMillionRequests"));
    const requests = usage.queriesPerDay.mul(days);
    const billedRequests = stryMutAct_9fa48("3141") ? requests.sub(GLUE_CATALOG_FREE_REQUESTS).min(Exact.ZERO) : (stryCov_9fa48("3141"), requests.sub(GLUE_CATALOG_FREE_REQUESTS).max(Exact.ZERO));
    const catalog: CostLine = stryMutAct_9fa48("3142") ? {} : (stryCov_9fa48("3142"), {
      label: stryMutAct_9fa48("3143") ? "" : (stryCov_9fa48("3143"), "Glue Data Catalog"),
      usd: billedRequests.div(1_000_000).mul(catalogPrice),
      formula: stryMutAct_9fa48("3144") ? `` : (stryCov_9fa48("3144"), `${d(requests)} requests/month, first ${d(GLUE_CATALOG_FREE_REQUESTS)} free, then ${d(catalogPrice)} USD/million`)
    });
    const athenaTb = need(prices, stryMutAct_9fa48("3145") ? "" : (stryCov_9fa48("3145"), "athenaTb"));
    const scannedTb = stryMutAct_9fa48("3146") ? usage.compressedSizeGb.min(ATHENA_MIN_SCAN_GB).div(1000) : (stryCov_9fa48("3146"), usage.compressedSizeGb.max(ATHENA_MIN_SCAN_GB).div(1000));
    const athena: CostLine = stryMutAct_9fa48("3147") ? {} : (stryCov_9fa48("3147"), {
      label: stryMutAct_9fa48("3148") ? "" : (stryCov_9fa48("3148"), "Athena queries"),
      usd: scannedTb.mul(athenaTb).mul(usage.queriesPerDay).mul(days),
      formula: stryMutAct_9fa48("3149") ? `` : (stryCov_9fa48("3149"), `${d(scannedTb)} TB x ${d(athenaTb)} USD/TB x ${d(usage.queriesPerDay)} queries/day x ${d(days)} days`)
    });
    const lines = stryMutAct_9fa48("3150") ? [] : (stryCov_9fa48("3150"), [exportLine, crawler, catalog, athena]);
    if (stryMutAct_9fa48("3152") ? false : stryMutAct_9fa48("3151") ? true : (stryCov_9fa48("3151", "3152"), quicksightIncluded(config, model))) {
      if (stryMutAct_9fa48("3153")) {
        {}
      } else {
        stryCov_9fa48("3153");
        const reader = need(prices, stryMutAct_9fa48("3154") ? "" : (stryCov_9fa48("3154"), "quicksightReaderMonth"));
        if (stryMutAct_9fa48("3157") ? model !== "seeds" : stryMutAct_9fa48("3156") ? false : stryMutAct_9fa48("3155") ? true : (stryCov_9fa48("3155", "3156", "3157"), model === (stryMutAct_9fa48("3158") ? "" : (stryCov_9fa48("3158"), "seeds")))) {
          if (stryMutAct_9fa48("3159")) {
            {}
          } else {
            stryCov_9fa48("3159");
            lines.push(stryMutAct_9fa48("3160") ? {} : (stryCov_9fa48("3160"), {
              label: stryMutAct_9fa48("3161") ? "" : (stryCov_9fa48("3161"), "QuickSight"),
              usd: usage.quicksightReaders.mul(reader),
              formula: stryMutAct_9fa48("3162") ? `` : (stryCov_9fa48("3162"), `${d(usage.quicksightReaders)} users x ${d(reader)} USD/user (the samples count every user a Reader)`)
            }));
          }
        } else {
          if (stryMutAct_9fa48("3163")) {
            {}
          } else {
            stryCov_9fa48("3163");
            // The data source's and datasets' owner must be an Author or Admin; Readers only view dashboards.
            const author = need(prices, stryMutAct_9fa48("3164") ? "" : (stryCov_9fa48("3164"), "quicksightAuthorMonth"));
            lines.push(stryMutAct_9fa48("3165") ? {} : (stryCov_9fa48("3165"), {
              label: stryMutAct_9fa48("3166") ? "" : (stryCov_9fa48("3166"), "QuickSight Authors"),
              usd: usage.quicksightAuthors.mul(author),
              formula: stryMutAct_9fa48("3167") ? `` : (stryCov_9fa48("3167"), `${d(usage.quicksightAuthors)} x ${d(author)} USD/Author-month`)
            }), stryMutAct_9fa48("3168") ? {} : (stryCov_9fa48("3168"), {
              label: stryMutAct_9fa48("3169") ? "" : (stryCov_9fa48("3169"), "QuickSight Readers"),
              usd: usage.quicksightReaders.mul(reader),
              formula: stryMutAct_9fa48("3170") ? `` : (stryCov_9fa48("3170"), `${d(usage.quicksightReaders)} x ${d(reader)} USD/Reader-month`)
            }));
          }
        }
      }
    }
    const title = stryMutAct_9fa48("3171") ? `` : (stryCov_9fa48("3171"), `Athena pipeline: ${config.loadSchedule}, ${d(runs.runs)} runs/month (${runs.explanation})`);
    return stryMutAct_9fa48("3172") ? {} : (stryCov_9fa48("3172"), {
      section: stryMutAct_9fa48("3173") ? {} : (stryCov_9fa48("3173"), {
        title,
        lines,
        subtotal: sum(lines.map(stryMutAct_9fa48("3174") ? () => undefined : (stryCov_9fa48("3174"), l => l.usd)))
      }),
      runs
    });
  }
}

/** The itemized monthly estimate for the parts the stack enables. Throws InputError when a needed price is missing. */
export function estimateMonthlyCost(config: CostConfig, inputs: Inputs): CostEstimate {
  if (stryMutAct_9fa48("3175")) {
    {}
  } else {
    stryCov_9fa48("3175");
    checkPrices(config, inputs);
    const {
      usage,
      prices,
      model
    } = inputs;
    const sections: CostSection[] = stryMutAct_9fa48("3176") ? ["Stryker was here"] : (stryCov_9fa48("3176"), []);
    const oneTime: CostLine[] = stryMutAct_9fa48("3177") ? ["Stryker was here"] : (stryCov_9fa48("3177"), []);
    let syncComparison: CostEstimate["syncComparison"];
    let pipelineRuns: RunsPerMonth | undefined;
    if (stryMutAct_9fa48("3179") ? false : stryMutAct_9fa48("3178") ? true : (stryCov_9fa48("3178", "3179"), config.zeroEtl)) {
      if (stryMutAct_9fa48("3180")) {
        {}
      } else {
        stryCov_9fa48("3180");
        const z = zeroEtlSection(config, usage, prices, model);
        sections.push(z.section);
        oneTime.push(...z.oneTime);
        syncComparison = stryMutAct_9fa48("3181") ? {} : (stryCov_9fa48("3181"), {
          configured: z.configured,
          continuous: z.continuous,
          continuousUsdPerHour: need(prices, stryMutAct_9fa48("3182") ? "" : (stryCov_9fa48("3182"), "redshiftRpuHour")).mul(config.redshiftBaseCapacity)
        });
      }
    }
    if (stryMutAct_9fa48("3184") ? false : stryMutAct_9fa48("3183") ? true : (stryCov_9fa48("3183", "3184"), config.athenaPipeline)) {
      if (stryMutAct_9fa48("3185")) {
        {}
      } else {
        stryCov_9fa48("3185");
        const a = athenaSection(config, usage, prices, model);
        sections.push(a.section);
        pipelineRuns = a.runs;
      }
    }
    return stryMutAct_9fa48("3186") ? {} : (stryCov_9fa48("3186"), {
      sections,
      total: sum(sections.map(stryMutAct_9fa48("3187") ? () => undefined : (stryCov_9fa48("3187"), s => s.subtotal))),
      oneTime,
      ...(syncComparison ? stryMutAct_9fa48("3188") ? {} : (stryCov_9fa48("3188"), {
        syncComparison
      }) : {}),
      ...(pipelineRuns ? stryMutAct_9fa48("3189") ? {} : (stryCov_9fa48("3189"), {
        pipelineRuns
      }) : {})
    });
  }
}