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
const ATHENA_MIN_SCAN_GB = Exact.of(stryMutAct_9fa48("149") ? "" : (stryCov_9fa48("149"), "0.01"));
const d = stryMutAct_9fa48("150") ? () => undefined : (stryCov_9fa48("150"), (() => {
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
export function syncCost(intervalSeconds: number, rpu: number, usage: UsageAssumptions, prices: Prices, model: CostModel = stryMutAct_9fa48("151") ? "" : (stryCov_9fa48("151"), "aws")): SyncCost {
  if (stryMutAct_9fa48("152")) {
    {}
  } else {
    stryCov_9fa48("152");
    const perHourOfDay = need(prices, stryMutAct_9fa48("153") ? "" : (stryCov_9fa48("153"), "redshiftRpuHour")).mul(rpu).mul(usage.daysPerMonth);
    if (stryMutAct_9fa48("156") ? model === "seeds" || intervalSeconds === 0 : stryMutAct_9fa48("155") ? false : stryMutAct_9fa48("154") ? true : (stryCov_9fa48("154", "155", "156"), (stryMutAct_9fa48("158") ? model !== "seeds" : stryMutAct_9fa48("157") ? true : (stryCov_9fa48("157", "158"), model === (stryMutAct_9fa48("159") ? "" : (stryCov_9fa48("159"), "seeds")))) && (stryMutAct_9fa48("161") ? intervalSeconds !== 0 : stryMutAct_9fa48("160") ? true : (stryCov_9fa48("160", "161"), intervalSeconds === 0)))) {
      if (stryMutAct_9fa48("162")) {
        {}
      } else {
        stryCov_9fa48("162");
        const hoursPerDay = Exact.of(24);
        return stryMutAct_9fa48("163") ? {} : (stryCov_9fa48("163"), {
          intervalSeconds,
          hoursPerDay,
          usd: perHourOfDay.mul(hoursPerDay)
        });
      }
    }
    const cycleSeconds = usage.syncMinutesPerRefresh.mul(60);
    const syncsPerDay = Exact.of(SECONDS_PER_DAY).div((stryMutAct_9fa48("166") ? model !== "seeds" : stryMutAct_9fa48("165") ? false : stryMutAct_9fa48("164") ? true : (stryCov_9fa48("164", "165", "166"), model === (stryMutAct_9fa48("167") ? "" : (stryCov_9fa48("167"), "seeds")))) ? Exact.of(intervalSeconds) : cycleSeconds.add(intervalSeconds));
    const billedMinutes = stryMutAct_9fa48("168") ? usage.syncMinutesPerRefresh.min(MIN_BILLED_MINUTES) : (stryCov_9fa48("168"), usage.syncMinutesPerRefresh.max(MIN_BILLED_MINUTES));
    const hoursPerDay = stryMutAct_9fa48("169") ? syncsPerDay.mul(billedMinutes).div(60).max(24) : (stryCov_9fa48("169"), syncsPerDay.mul(billedMinutes).div(60).min(24));
    return stryMutAct_9fa48("170") ? {} : (stryCov_9fa48("170"), {
      intervalSeconds,
      syncsPerDay,
      hoursPerDay,
      usd: perHourOfDay.mul(hoursPerDay)
    });
  }
}

/** The price for `key`, which requiredPrices has checked. */
function need(prices: Prices, key: PriceKey): Exact {
  if (stryMutAct_9fa48("171")) {
    {}
  } else {
    stryCov_9fa48("171");
    const price = prices[key];
    if (stryMutAct_9fa48("174") ? price !== undefined : stryMutAct_9fa48("173") ? false : stryMutAct_9fa48("172") ? true : (stryCov_9fa48("172", "173", "174"), price === undefined)) {
      if (stryMutAct_9fa48("175")) {
        {}
      } else {
        stryCov_9fa48("175");
        throw new InputError(stryMutAct_9fa48("176") ? `` : (stryCov_9fa48("176"), `No ${key} price: pass --${PRICE_INPUTS.find(stryMutAct_9fa48("177") ? () => undefined : (stryCov_9fa48("177"), s => stryMutAct_9fa48("180") ? s.key !== key : stryMutAct_9fa48("179") ? false : stryMutAct_9fa48("178") ? true : (stryCov_9fa48("178", "179", "180"), s.key === key)))!.flag} <USD>.`));
      }
    }
    return price;
  }
}
function quicksightIncluded(config: CostConfig, model: CostModel): boolean {
  if (stryMutAct_9fa48("181")) {
    {}
  } else {
    stryCov_9fa48("181");
    return stryMutAct_9fa48("184") ? config.athenaPipeline || model === "seeds" || config.quicksightPrincipalArn !== undefined : stryMutAct_9fa48("183") ? false : stryMutAct_9fa48("182") ? true : (stryCov_9fa48("182", "183", "184"), config.athenaPipeline && (stryMutAct_9fa48("186") ? model === "seeds" && config.quicksightPrincipalArn !== undefined : stryMutAct_9fa48("185") ? true : (stryCov_9fa48("185", "186"), (stryMutAct_9fa48("188") ? model !== "seeds" : stryMutAct_9fa48("187") ? false : (stryCov_9fa48("187", "188"), model === (stryMutAct_9fa48("189") ? "" : (stryCov_9fa48("189"), "seeds")))) || (stryMutAct_9fa48("191") ? config.quicksightPrincipalArn === undefined : stryMutAct_9fa48("190") ? false : (stryCov_9fa48("190", "191"), config.quicksightPrincipalArn !== undefined)))));
  }
}

/** The prices this stack's estimate uses, in PRICE_INPUTS order. */
export function requiredPrices(config: CostConfig, usage: UsageAssumptions, model: CostModel): PriceKey[] {
  if (stryMutAct_9fa48("192")) {
    {}
  } else {
    stryCov_9fa48("192");
    const keys = new Set<PriceKey>();
    if (stryMutAct_9fa48("194") ? false : stryMutAct_9fa48("193") ? true : (stryCov_9fa48("193", "194"), config.zeroEtl)) {
      if (stryMutAct_9fa48("195")) {
        {}
      } else {
        stryCov_9fa48("195");
        keys.add(stryMutAct_9fa48("196") ? "" : (stryCov_9fa48("196"), "redshiftRpuHour")).add(stryMutAct_9fa48("197") ? "" : (stryCov_9fa48("197"), "redshiftStorageGbMonth"));
        if (stryMutAct_9fa48("200") ? model !== "aws" : stryMutAct_9fa48("199") ? false : stryMutAct_9fa48("198") ? true : (stryCov_9fa48("198", "199", "200"), model === (stryMutAct_9fa48("201") ? "" : (stryCov_9fa48("201"), "aws")))) {
          if (stryMutAct_9fa48("202")) {
            {}
          } else {
            stryCov_9fa48("202");
            keys.add(stryMutAct_9fa48("203") ? "" : (stryCov_9fa48("203"), "exportGb"));
            if (stryMutAct_9fa48("206") ? false : stryMutAct_9fa48("205") ? true : stryMutAct_9fa48("204") ? usage.binlogStorageGb.isZero() : (stryCov_9fa48("204", "205", "206"), !usage.binlogStorageGb.isZero())) {
              if (stryMutAct_9fa48("207")) {
                {}
              } else {
                stryCov_9fa48("207");
                keys.add(stryMutAct_9fa48("208") ? "" : (stryCov_9fa48("208"), "auroraStorageGbMonth"));
              }
            }
            if (stryMutAct_9fa48("211") ? false : stryMutAct_9fa48("210") ? true : stryMutAct_9fa48("209") ? usage.binlogMillionIos.isZero() : (stryCov_9fa48("209", "210", "211"), !usage.binlogMillionIos.isZero())) {
              if (stryMutAct_9fa48("212")) {
                {}
              } else {
                stryCov_9fa48("212");
                keys.add(stryMutAct_9fa48("213") ? "" : (stryCov_9fa48("213"), "auroraIoMillion"));
              }
            }
          }
        }
      }
    }
    if (stryMutAct_9fa48("215") ? false : stryMutAct_9fa48("214") ? true : (stryCov_9fa48("214", "215"), config.athenaPipeline)) {
      if (stryMutAct_9fa48("216")) {
        {}
      } else {
        stryCov_9fa48("216");
        keys.add(stryMutAct_9fa48("217") ? "" : (stryCov_9fa48("217"), "exportGb")).add(stryMutAct_9fa48("218") ? "" : (stryCov_9fa48("218"), "glueDpuHour")).add(stryMutAct_9fa48("219") ? "" : (stryCov_9fa48("219"), "glueCatalogMillionRequests")).add(stryMutAct_9fa48("220") ? "" : (stryCov_9fa48("220"), "athenaTb"));
      }
    }
    if (stryMutAct_9fa48("222") ? false : stryMutAct_9fa48("221") ? true : (stryCov_9fa48("221", "222"), quicksightIncluded(config, model))) {
      if (stryMutAct_9fa48("223")) {
        {}
      } else {
        stryCov_9fa48("223");
        if (stryMutAct_9fa48("226") ? model !== "aws" : stryMutAct_9fa48("225") ? false : stryMutAct_9fa48("224") ? true : (stryCov_9fa48("224", "225", "226"), model === (stryMutAct_9fa48("227") ? "" : (stryCov_9fa48("227"), "aws")))) {
          if (stryMutAct_9fa48("228")) {
            {}
          } else {
            stryCov_9fa48("228");
            keys.add(stryMutAct_9fa48("229") ? "" : (stryCov_9fa48("229"), "quicksightAuthorMonth"));
          }
        }
        keys.add(stryMutAct_9fa48("230") ? "" : (stryCov_9fa48("230"), "quicksightReaderMonth"));
      }
    }
    return stryMutAct_9fa48("231") ? PRICE_INPUTS.map(s => s.key) : (stryCov_9fa48("231"), PRICE_INPUTS.map(stryMutAct_9fa48("232") ? () => undefined : (stryCov_9fa48("232"), s => s.key)).filter(stryMutAct_9fa48("233") ? () => undefined : (stryCov_9fa48("233"), k => keys.has(k))));
  }
}

/** Throws one InputError naming every price the estimate needs and nobody gave. */
export function checkPrices(config: CostConfig, inputs: Pick<Inputs, "usage" | "prices" | "model" | "priceSource">): void {
  if (stryMutAct_9fa48("234")) {
    {}
  } else {
    stryCov_9fa48("234");
    const missing = stryMutAct_9fa48("235") ? requiredPrices(config, inputs.usage, inputs.model) : (stryCov_9fa48("235"), requiredPrices(config, inputs.usage, inputs.model).filter(stryMutAct_9fa48("236") ? () => undefined : (stryCov_9fa48("236"), k => stryMutAct_9fa48("239") ? inputs.prices[k] !== undefined : stryMutAct_9fa48("238") ? false : stryMutAct_9fa48("237") ? true : (stryCov_9fa48("237", "238", "239"), inputs.prices[k] === undefined))));
    if (stryMutAct_9fa48("243") ? missing.length <= 0 : stryMutAct_9fa48("242") ? missing.length >= 0 : stryMutAct_9fa48("241") ? false : stryMutAct_9fa48("240") ? true : (stryCov_9fa48("240", "241", "242", "243"), missing.length > 0)) {
      if (stryMutAct_9fa48("244")) {
        {}
      } else {
        stryCov_9fa48("244");
        const flags = missing.map(stryMutAct_9fa48("245") ? () => undefined : (stryCov_9fa48("245"), k => stryMutAct_9fa48("246") ? `` : (stryCov_9fa48("246"), `--${PRICE_INPUTS.find(stryMutAct_9fa48("247") ? () => undefined : (stryCov_9fa48("247"), s => stryMutAct_9fa48("250") ? s.key !== k : stryMutAct_9fa48("249") ? false : stryMutAct_9fa48("248") ? true : (stryCov_9fa48("248", "249", "250"), s.key === k)))!.flag}`)));
        throw new InputError((stryMutAct_9fa48("251") ? `` : (stryCov_9fa48("251"), `This estimate needs ${flags.join(stryMutAct_9fa48("252") ? "" : (stryCov_9fa48("252"), ", "))} (${inputs.priceSource}): `)) + (stryMutAct_9fa48("253") ? "" : (stryCov_9fa48("253"), "pass them as flags or in the assumptions file's \"prices\", from the AWS pricing pages for your region.")));
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
  if (stryMutAct_9fa48("254")) {
    {}
  } else {
    stryCov_9fa48("254");
    const rpu = config.redshiftBaseCapacity;
    const interval = stryMutAct_9fa48("255") ? config.refreshIntervalSeconds && 0 : (stryCov_9fa48("255"), config.refreshIntervalSeconds ?? 0);
    const days = usage.daysPerMonth;
    const rpuHour = need(prices, stryMutAct_9fa48("256") ? "" : (stryCov_9fa48("256"), "redshiftRpuHour"));
    const rpuPrice = stryMutAct_9fa48("257") ? `` : (stryCov_9fa48("257"), `${d(rpuHour)} USD/RPU-hour x ${rpu} RPU`);
    const queries: CostLine = stryMutAct_9fa48("258") ? {} : (stryCov_9fa48("258"), {
      label: stryMutAct_9fa48("259") ? "" : (stryCov_9fa48("259"), "Redshift compute, queries"),
      usd: rpuHour.mul(rpu).mul(usage.minutesPerQuery).div(60).mul(usage.queriesPerDay).mul(days),
      formula: stryMutAct_9fa48("260") ? `` : (stryCov_9fa48("260"), `${rpuPrice} x ${d(usage.minutesPerQuery)}/60 hour x ${d(usage.queriesPerDay)} queries/day x ${d(days)} days`)
    });
    const configured = syncCost(interval, rpu, usage, prices, model);
    const continuous = syncCost(0, rpu, usage, prices, model);
    const billed = stryMutAct_9fa48("261") ? usage.syncMinutesPerRefresh.min(MIN_BILLED_MINUTES) : (stryCov_9fa48("261"), usage.syncMinutesPerRefresh.max(MIN_BILLED_MINUTES));
    let syncFormula: string;
    if (stryMutAct_9fa48("264") ? configured.syncsPerDay !== undefined : stryMutAct_9fa48("263") ? false : stryMutAct_9fa48("262") ? true : (stryCov_9fa48("262", "263", "264"), configured.syncsPerDay === undefined)) {
      if (stryMutAct_9fa48("265")) {
        {}
      } else {
        stryCov_9fa48("265");
        syncFormula = stryMutAct_9fa48("266") ? `` : (stryCov_9fa48("266"), `${rpuPrice} x 24 hours/day x ${d(days)} days (continuous replication)`);
      }
    } else if (stryMutAct_9fa48("268") ? false : stryMutAct_9fa48("267") ? true : (stryCov_9fa48("267", "268"), configured.hoursPerDay.equals(24))) {
      if (stryMutAct_9fa48("269")) {
        {}
      } else {
        stryCov_9fa48("269");
        syncFormula = stryMutAct_9fa48("270") ? `` : (stryCov_9fa48("270"), `${rpuPrice} x 24 hours/day x ${d(days)} days (${d(configured.syncsPerDay)} syncs/day fill the day${(stryMutAct_9fa48("273") ? interval !== 0 : stryMutAct_9fa48("272") ? false : stryMutAct_9fa48("271") ? true : (stryCov_9fa48("271", "272", "273"), interval === 0)) ? stryMutAct_9fa48("274") ? "" : (stryCov_9fa48("274"), ": continuous, the upper bound") : stryMutAct_9fa48("275") ? "Stryker was here!" : (stryCov_9fa48("275"), "")})`);
      }
    } else if (stryMutAct_9fa48("278") ? model !== "seeds" : stryMutAct_9fa48("277") ? false : stryMutAct_9fa48("276") ? true : (stryCov_9fa48("276", "277", "278"), model === (stryMutAct_9fa48("279") ? "" : (stryCov_9fa48("279"), "seeds")))) {
      if (stryMutAct_9fa48("280")) {
        {}
      } else {
        stryCov_9fa48("280");
        syncFormula = stryMutAct_9fa48("281") ? `` : (stryCov_9fa48("281"), `${rpuPrice} x ${d(billed)}/60 hour x ${d(configured.syncsPerDay)} syncs/day x ${d(days)} days`);
      }
    } else {
      if (stryMutAct_9fa48("282")) {
        {}
      } else {
        stryCov_9fa48("282");
        syncFormula = stryMutAct_9fa48("283") ? `` : (stryCov_9fa48("283"), `${rpuPrice} x ${d(billed)}/60 hour x 86400/(${interval} + ${d(usage.syncMinutesPerRefresh.mul(60))}) = ${d(configured.syncsPerDay)} syncs/day x ${d(days)} days`);
      }
    }
    const syncs: CostLine = stryMutAct_9fa48("284") ? {} : (stryCov_9fa48("284"), {
      label: stryMutAct_9fa48("285") ? "" : (stryCov_9fa48("285"), "Redshift compute, syncs"),
      usd: configured.usd,
      formula: syncFormula
    });
    const storagePrice = need(prices, stryMutAct_9fa48("286") ? "" : (stryCov_9fa48("286"), "redshiftStorageGbMonth"));
    const storage: CostLine = stryMutAct_9fa48("287") ? {} : (stryCov_9fa48("287"), {
      label: stryMutAct_9fa48("288") ? "" : (stryCov_9fa48("288"), "Redshift managed storage"),
      usd: usage.dataSizeGb.mul(storagePrice),
      formula: stryMutAct_9fa48("289") ? `` : (stryCov_9fa48("289"), `${d(usage.dataSizeGb)} GB x ${d(storagePrice)} USD/GB-month`)
    });
    const lines = stryMutAct_9fa48("290") ? [] : (stryCov_9fa48("290"), [queries, syncs, storage]);
    const oneTime: CostLine[] = stryMutAct_9fa48("291") ? ["Stryker was here"] : (stryCov_9fa48("291"), []);
    if (stryMutAct_9fa48("294") ? model !== "aws" : stryMutAct_9fa48("293") ? false : stryMutAct_9fa48("292") ? true : (stryCov_9fa48("292", "293", "294"), model === (stryMutAct_9fa48("295") ? "" : (stryCov_9fa48("295"), "aws")))) {
      if (stryMutAct_9fa48("296")) {
        {}
      } else {
        stryCov_9fa48("296");
        // Zero-ETL is free, but the source pays enhanced binlog I/O and storage and the seeding snapshot export
        // (Amazon Redshift FAQ, "How much does zero-ETL integration cost?").
        lines.push(usage.binlogStorageGb.isZero() ? stryMutAct_9fa48("297") ? {} : (stryCov_9fa48("297"), {
          label: stryMutAct_9fa48("298") ? "" : (stryCov_9fa48("298"), "Aurora binlog storage"),
          usd: Exact.ZERO,
          formula: stryMutAct_9fa48("299") ? "" : (stryCov_9fa48("299"), "not estimated: pass --binlog-storage-gb and --price-aurora-storage-gb-month")
        }) : stryMutAct_9fa48("300") ? {} : (stryCov_9fa48("300"), {
          label: stryMutAct_9fa48("301") ? "" : (stryCov_9fa48("301"), "Aurora binlog storage"),
          usd: usage.binlogStorageGb.mul(need(prices, stryMutAct_9fa48("302") ? "" : (stryCov_9fa48("302"), "auroraStorageGbMonth"))),
          formula: stryMutAct_9fa48("303") ? `` : (stryCov_9fa48("303"), `${d(usage.binlogStorageGb)} GB x ${d(need(prices, stryMutAct_9fa48("304") ? "" : (stryCov_9fa48("304"), "auroraStorageGbMonth")))} USD/GB-month`)
        }));
        lines.push(usage.binlogMillionIos.isZero() ? stryMutAct_9fa48("305") ? {} : (stryCov_9fa48("305"), {
          label: stryMutAct_9fa48("306") ? "" : (stryCov_9fa48("306"), "Aurora binlog I/O"),
          usd: Exact.ZERO,
          formula: stryMutAct_9fa48("307") ? "" : (stryCov_9fa48("307"), "not estimated: pass --binlog-million-ios and --price-aurora-io-million (Aurora Standard)")
        }) : stryMutAct_9fa48("308") ? {} : (stryCov_9fa48("308"), {
          label: stryMutAct_9fa48("309") ? "" : (stryCov_9fa48("309"), "Aurora binlog I/O"),
          usd: usage.binlogMillionIos.mul(need(prices, stryMutAct_9fa48("310") ? "" : (stryCov_9fa48("310"), "auroraIoMillion"))),
          formula: stryMutAct_9fa48("311") ? `` : (stryCov_9fa48("311"), `${d(usage.binlogMillionIos)} million I/Os x ${d(need(prices, stryMutAct_9fa48("312") ? "" : (stryCov_9fa48("312"), "auroraIoMillion")))} USD/million`)
        }));
        const exportGb = need(prices, stryMutAct_9fa48("313") ? "" : (stryCov_9fa48("313"), "exportGb"));
        oneTime.push(stryMutAct_9fa48("314") ? {} : (stryCov_9fa48("314"), {
          label: stryMutAct_9fa48("315") ? "" : (stryCov_9fa48("315"), "Zero-ETL initial seeding"),
          usd: usage.dataSizeGb.mul(exportGb),
          formula: stryMutAct_9fa48("316") ? `` : (stryCov_9fa48("316"), `${d(usage.dataSizeGb)} GB x ${d(exportGb)} USD/GB (a snapshot export of the cluster)`)
        }));
      }
    }
    const title = stryMutAct_9fa48("317") ? `` : (stryCov_9fa48("317"), `Zero-ETL: Aurora MySQL -> Redshift Serverless, ${rpu} RPU, REFRESH_INTERVAL ${interval} s${(stryMutAct_9fa48("320") ? interval !== 0 : stryMutAct_9fa48("319") ? false : stryMutAct_9fa48("318") ? true : (stryCov_9fa48("318", "319", "320"), interval === 0)) ? stryMutAct_9fa48("321") ? "" : (stryCov_9fa48("321"), " (continuous)") : stryMutAct_9fa48("322") ? "Stryker was here!" : (stryCov_9fa48("322"), "")}`);
    return stryMutAct_9fa48("323") ? {} : (stryCov_9fa48("323"), {
      section: stryMutAct_9fa48("324") ? {} : (stryCov_9fa48("324"), {
        title,
        lines,
        subtotal: sum(lines.map(stryMutAct_9fa48("325") ? () => undefined : (stryCov_9fa48("325"), l => l.usd)))
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
  if (stryMutAct_9fa48("326")) {
    {}
  } else {
    stryCov_9fa48("326");
    const days = usage.daysPerMonth;
    const runs: RunsPerMonth = (stryMutAct_9fa48("329") ? usage.exportRunsPerMonth === undefined : stryMutAct_9fa48("328") ? false : stryMutAct_9fa48("327") ? true : (stryCov_9fa48("327", "328", "329"), usage.exportRunsPerMonth !== undefined)) ? stryMutAct_9fa48("330") ? {} : (stryCov_9fa48("330"), {
      runs: usage.exportRunsPerMonth,
      explanation: (stryMutAct_9fa48("333") ? model !== "seeds" : stryMutAct_9fa48("332") ? false : stryMutAct_9fa48("331") ? true : (stryCov_9fa48("331", "332", "333"), model === (stryMutAct_9fa48("334") ? "" : (stryCov_9fa48("334"), "seeds")))) ? stryMutAct_9fa48("335") ? "" : (stryCov_9fa48("335"), "the samples' daily update") : stryMutAct_9fa48("336") ? "" : (stryCov_9fa48("336"), "given as an assumption")
    }) : runsPerMonth(config.loadSchedule, days);
    const exportGb = need(prices, stryMutAct_9fa48("337") ? "" : (stryCov_9fa48("337"), "exportGb"));
    const exportLine: CostLine = stryMutAct_9fa48("338") ? {} : (stryCov_9fa48("338"), {
      label: stryMutAct_9fa48("339") ? "" : (stryCov_9fa48("339"), "Aurora export to S3"),
      usd: usage.dataSizeGb.mul(exportGb).mul(runs.runs),
      formula: stryMutAct_9fa48("340") ? `` : (stryCov_9fa48("340"), `${d(usage.dataSizeGb)} GB x ${d(exportGb)} USD/GB x ${d(runs.runs)} runs`)
    });
    const dpuHour = need(prices, stryMutAct_9fa48("341") ? "" : (stryCov_9fa48("341"), "glueDpuHour"));
    const crawlerNote = usage.crawlerRunsPerMonth.isZero() ? stryMutAct_9fa48("342") ? "" : (stryCov_9fa48("342"), " (this pipeline runs no crawler)") : stryMutAct_9fa48("343") ? "Stryker was here!" : (stryCov_9fa48("343"), "");
    const crawler: CostLine = stryMutAct_9fa48("344") ? {} : (stryCov_9fa48("344"), {
      label: stryMutAct_9fa48("345") ? "" : (stryCov_9fa48("345"), "Glue crawler"),
      usd: dpuHour.mul(usage.crawlerMinutesPerRun).div(60).mul(usage.crawlerRunsPerMonth),
      formula: stryMutAct_9fa48("346") ? `` : (stryCov_9fa48("346"), `${d(dpuHour)} USD/DPU-hour x ${d(usage.crawlerMinutesPerRun)}/60 hour x ${d(usage.crawlerRunsPerMonth)} runs${crawlerNote}`)
    });
    const catalogPrice = need(prices, stryMutAct_9fa48("347") ? "" : (stryCov_9fa48("347"), "glueCatalogMillionRequests"));
    const requests = usage.queriesPerDay.mul(days);
    const billedRequests = stryMutAct_9fa48("348") ? requests.sub(GLUE_CATALOG_FREE_REQUESTS).min(Exact.ZERO) : (stryCov_9fa48("348"), requests.sub(GLUE_CATALOG_FREE_REQUESTS).max(Exact.ZERO));
    const catalog: CostLine = stryMutAct_9fa48("349") ? {} : (stryCov_9fa48("349"), {
      label: stryMutAct_9fa48("350") ? "" : (stryCov_9fa48("350"), "Glue Data Catalog"),
      usd: billedRequests.div(1_000_000).mul(catalogPrice),
      formula: stryMutAct_9fa48("351") ? `` : (stryCov_9fa48("351"), `${d(requests)} requests/month, first ${d(GLUE_CATALOG_FREE_REQUESTS)} free, then ${d(catalogPrice)} USD/million`)
    });
    const athenaTb = need(prices, stryMutAct_9fa48("352") ? "" : (stryCov_9fa48("352"), "athenaTb"));
    const scannedTb = stryMutAct_9fa48("353") ? usage.compressedSizeGb.min(ATHENA_MIN_SCAN_GB).div(1000) : (stryCov_9fa48("353"), usage.compressedSizeGb.max(ATHENA_MIN_SCAN_GB).div(1000));
    const athena: CostLine = stryMutAct_9fa48("354") ? {} : (stryCov_9fa48("354"), {
      label: stryMutAct_9fa48("355") ? "" : (stryCov_9fa48("355"), "Athena queries"),
      usd: scannedTb.mul(athenaTb).mul(usage.queriesPerDay).mul(days),
      formula: stryMutAct_9fa48("356") ? `` : (stryCov_9fa48("356"), `${d(scannedTb)} TB x ${d(athenaTb)} USD/TB x ${d(usage.queriesPerDay)} queries/day x ${d(days)} days`)
    });
    const lines = stryMutAct_9fa48("357") ? [] : (stryCov_9fa48("357"), [exportLine, crawler, catalog, athena]);
    if (stryMutAct_9fa48("359") ? false : stryMutAct_9fa48("358") ? true : (stryCov_9fa48("358", "359"), quicksightIncluded(config, model))) {
      if (stryMutAct_9fa48("360")) {
        {}
      } else {
        stryCov_9fa48("360");
        const reader = need(prices, stryMutAct_9fa48("361") ? "" : (stryCov_9fa48("361"), "quicksightReaderMonth"));
        if (stryMutAct_9fa48("364") ? model !== "seeds" : stryMutAct_9fa48("363") ? false : stryMutAct_9fa48("362") ? true : (stryCov_9fa48("362", "363", "364"), model === (stryMutAct_9fa48("365") ? "" : (stryCov_9fa48("365"), "seeds")))) {
          if (stryMutAct_9fa48("366")) {
            {}
          } else {
            stryCov_9fa48("366");
            lines.push(stryMutAct_9fa48("367") ? {} : (stryCov_9fa48("367"), {
              label: stryMutAct_9fa48("368") ? "" : (stryCov_9fa48("368"), "QuickSight"),
              usd: usage.quicksightReaders.mul(reader),
              formula: stryMutAct_9fa48("369") ? `` : (stryCov_9fa48("369"), `${d(usage.quicksightReaders)} users x ${d(reader)} USD/user (the samples count every user a Reader)`)
            }));
          }
        } else {
          if (stryMutAct_9fa48("370")) {
            {}
          } else {
            stryCov_9fa48("370");
            // The data source's and datasets' owner must be an Author or Admin; Readers only view dashboards.
            const author = need(prices, stryMutAct_9fa48("371") ? "" : (stryCov_9fa48("371"), "quicksightAuthorMonth"));
            lines.push(stryMutAct_9fa48("372") ? {} : (stryCov_9fa48("372"), {
              label: stryMutAct_9fa48("373") ? "" : (stryCov_9fa48("373"), "QuickSight Authors"),
              usd: usage.quicksightAuthors.mul(author),
              formula: stryMutAct_9fa48("374") ? `` : (stryCov_9fa48("374"), `${d(usage.quicksightAuthors)} x ${d(author)} USD/Author-month`)
            }), stryMutAct_9fa48("375") ? {} : (stryCov_9fa48("375"), {
              label: stryMutAct_9fa48("376") ? "" : (stryCov_9fa48("376"), "QuickSight Readers"),
              usd: usage.quicksightReaders.mul(reader),
              formula: stryMutAct_9fa48("377") ? `` : (stryCov_9fa48("377"), `${d(usage.quicksightReaders)} x ${d(reader)} USD/Reader-month`)
            }));
          }
        }
      }
    }
    const title = stryMutAct_9fa48("378") ? `` : (stryCov_9fa48("378"), `Athena pipeline: ${config.loadSchedule}, ${d(runs.runs)} runs/month (${runs.explanation})`);
    return stryMutAct_9fa48("379") ? {} : (stryCov_9fa48("379"), {
      section: stryMutAct_9fa48("380") ? {} : (stryCov_9fa48("380"), {
        title,
        lines,
        subtotal: sum(lines.map(stryMutAct_9fa48("381") ? () => undefined : (stryCov_9fa48("381"), l => l.usd)))
      }),
      runs
    });
  }
}

/** The itemized monthly estimate for the parts the stack enables. Throws InputError when a needed price is missing. */
export function estimateMonthlyCost(config: CostConfig, inputs: Inputs): CostEstimate {
  if (stryMutAct_9fa48("382")) {
    {}
  } else {
    stryCov_9fa48("382");
    checkPrices(config, inputs);
    const {
      usage,
      prices,
      model
    } = inputs;
    const sections: CostSection[] = stryMutAct_9fa48("383") ? ["Stryker was here"] : (stryCov_9fa48("383"), []);
    const oneTime: CostLine[] = stryMutAct_9fa48("384") ? ["Stryker was here"] : (stryCov_9fa48("384"), []);
    let syncComparison: CostEstimate["syncComparison"];
    let pipelineRuns: RunsPerMonth | undefined;
    if (stryMutAct_9fa48("386") ? false : stryMutAct_9fa48("385") ? true : (stryCov_9fa48("385", "386"), config.zeroEtl)) {
      if (stryMutAct_9fa48("387")) {
        {}
      } else {
        stryCov_9fa48("387");
        const z = zeroEtlSection(config, usage, prices, model);
        sections.push(z.section);
        oneTime.push(...z.oneTime);
        syncComparison = stryMutAct_9fa48("388") ? {} : (stryCov_9fa48("388"), {
          configured: z.configured,
          continuous: z.continuous,
          continuousUsdPerHour: need(prices, stryMutAct_9fa48("389") ? "" : (stryCov_9fa48("389"), "redshiftRpuHour")).mul(config.redshiftBaseCapacity)
        });
      }
    }
    if (stryMutAct_9fa48("391") ? false : stryMutAct_9fa48("390") ? true : (stryCov_9fa48("390", "391"), config.athenaPipeline)) {
      if (stryMutAct_9fa48("392")) {
        {}
      } else {
        stryCov_9fa48("392");
        const a = athenaSection(config, usage, prices, model);
        sections.push(a.section);
        pipelineRuns = a.runs;
      }
    }
    return stryMutAct_9fa48("393") ? {} : (stryCov_9fa48("393"), {
      sections,
      total: sum(sections.map(stryMutAct_9fa48("394") ? () => undefined : (stryCov_9fa48("394"), s => s.subtotal))),
      oneTime,
      ...(syncComparison ? stryMutAct_9fa48("395") ? {} : (stryCov_9fa48("395"), {
        syncComparison
      }) : {}),
      ...(pipelineRuns ? stryMutAct_9fa48("396") ? {} : (stryCov_9fa48("396"), {
        pipelineRuns
      }) : {})
    });
  }
}