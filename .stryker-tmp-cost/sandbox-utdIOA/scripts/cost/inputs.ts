// @ts-nocheck
// The estimate's inputs besides stack config: usage assumptions and unit prices, each with a default, a flag and a file key.
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
import { Exact } from "./exact";
import { PRICE_TABLE_DATE, REGION_PRICES, SEED_PRICES } from "./prices";
export type UsageKey = "queriesPerDay" | "minutesPerQuery" | "syncMinutesPerRefresh" | "dataSizeGb" | "compressedSizeGb" | "quicksightAuthors" | "quicksightReaders" | "daysPerMonth" | "exportRunsPerMonth" | "crawlerRunsPerMonth" | "crawlerMinutesPerRun" | "binlogStorageGb" | "binlogMillionIos";
export type PriceKey = "redshiftRpuHour" | "redshiftStorageGbMonth" | "exportGb" | "glueDpuHour" | "glueCatalogMillionRequests" | "athenaTb" | "quicksightAuthorMonth" | "quicksightReaderMonth" | "auroraStorageGbMonth" | "auroraIoMillion";
export type UsageAssumptions = { readonly [K in Exclude<UsageKey, "exportRunsPerMonth">]: Exact } & {
  /** Unset means: derive it from the stack's loadSchedule. */
  readonly exportRunsPerMonth?: Exact;
};
/** A price is unset when the region's table has none and no flag gave one; the estimate names what it needs. */
export type Prices = { readonly [K in PriceKey]?: Exact };

/**
 * "aws": how AWS bills, with the region's list prices. "seeds": the reference samples' own assumptions and prices,
 * which recompute their tables exactly (a refresh every interval from start to start, every QuickSight user a Reader,
 * no Aurora-side lines).
 */
export type CostModel = "aws" | "seeds";
export const COST_MODELS: readonly CostModel[] = stryMutAct_9fa48("684") ? [] : (stryCov_9fa48("684"), [stryMutAct_9fa48("685") ? "" : (stryCov_9fa48("685"), "aws"), stryMutAct_9fa48("686") ? "" : (stryCov_9fa48("686"), "seeds")]);
export interface InputSpec<K extends string> {
  readonly key: K;
  readonly flag: string;
  /** Undefined for exportRunsPerMonth (from loadSchedule) and for every price (from the region's table). */
  readonly defaultValue?: string;
  readonly description: string;
}

/** Defaults are the usage both reference samples state: 10 people x 10 queries a day, 100 GB (33 GB as Parquet). */
export const USAGE_INPUTS: readonly InputSpec<UsageKey>[] = stryMutAct_9fa48("687") ? [] : (stryCov_9fa48("687"), [stryMutAct_9fa48("688") ? {} : (stryCov_9fa48("688"), {
  key: stryMutAct_9fa48("689") ? "" : (stryCov_9fa48("689"), "queriesPerDay"),
  flag: stryMutAct_9fa48("690") ? "" : (stryCov_9fa48("690"), "queries-per-day"),
  defaultValue: stryMutAct_9fa48("691") ? "" : (stryCov_9fa48("691"), "100"),
  description: stryMutAct_9fa48("692") ? "" : (stryCov_9fa48("692"), "queries a day, all people together (samples: 10 people x 10)")
}), stryMutAct_9fa48("693") ? {} : (stryCov_9fa48("693"), {
  key: stryMutAct_9fa48("694") ? "" : (stryCov_9fa48("694"), "minutesPerQuery"),
  flag: stryMutAct_9fa48("695") ? "" : (stryCov_9fa48("695"), "minutes-per-query"),
  defaultValue: stryMutAct_9fa48("696") ? "" : (stryCov_9fa48("696"), "3"),
  description: stryMutAct_9fa48("697") ? "" : (stryCov_9fa48("697"), "Redshift minutes one query keeps the base capacity busy")
}), stryMutAct_9fa48("698") ? {} : (stryCov_9fa48("698"), {
  key: stryMutAct_9fa48("699") ? "" : (stryCov_9fa48("699"), "syncMinutesPerRefresh"),
  flag: stryMutAct_9fa48("700") ? "" : (stryCov_9fa48("700"), "sync-minutes-per-refresh"),
  defaultValue: stryMutAct_9fa48("701") ? "" : (stryCov_9fa48("701"), "1"),
  description: stryMutAct_9fa48("702") ? "" : (stryCov_9fa48("702"), "minutes one zero-ETL refresh cycle takes (billed at least 1: Redshift Serverless bills a 60-second minimum)")
}), stryMutAct_9fa48("703") ? {} : (stryCov_9fa48("703"), {
  key: stryMutAct_9fa48("704") ? "" : (stryCov_9fa48("704"), "dataSizeGb"),
  flag: stryMutAct_9fa48("705") ? "" : (stryCov_9fa48("705"), "data-size-gb"),
  defaultValue: stryMutAct_9fa48("706") ? "" : (stryCov_9fa48("706"), "100"),
  description: stryMutAct_9fa48("707") ? "" : (stryCov_9fa48("707"), "GB of data in Aurora: Redshift managed storage, the initial seeding and each export are billed on it")
}), stryMutAct_9fa48("708") ? {} : (stryCov_9fa48("708"), {
  key: stryMutAct_9fa48("709") ? "" : (stryCov_9fa48("709"), "compressedSizeGb"),
  flag: stryMutAct_9fa48("710") ? "" : (stryCov_9fa48("710"), "compressed-size-gb"),
  defaultValue: stryMutAct_9fa48("711") ? "" : (stryCov_9fa48("711"), "33"),
  description: stryMutAct_9fa48("712") ? "" : (stryCov_9fa48("712"), "GB of that data as Parquet: what one full-scan Athena query reads")
}), stryMutAct_9fa48("713") ? {} : (stryCov_9fa48("713"), {
  key: stryMutAct_9fa48("714") ? "" : (stryCov_9fa48("714"), "quicksightAuthors"),
  flag: stryMutAct_9fa48("715") ? "" : (stryCov_9fa48("715"), "quicksight-authors"),
  defaultValue: stryMutAct_9fa48("716") ? "" : (stryCov_9fa48("716"), "1"),
  description: stryMutAct_9fa48("717") ? "" : (stryCov_9fa48("717"), "QuickSight Authors or Admins (quicksightPrincipalArn, who owns the data source and datasets, is one)")
}), stryMutAct_9fa48("718") ? {} : (stryCov_9fa48("718"), {
  key: stryMutAct_9fa48("719") ? "" : (stryCov_9fa48("719"), "quicksightReaders"),
  flag: stryMutAct_9fa48("720") ? "" : (stryCov_9fa48("720"), "quicksight-readers"),
  defaultValue: stryMutAct_9fa48("721") ? "" : (stryCov_9fa48("721"), "10"),
  description: stryMutAct_9fa48("722") ? "" : (stryCov_9fa48("722"), "QuickSight Readers (the samples: 10 people)")
}), stryMutAct_9fa48("723") ? {} : (stryCov_9fa48("723"), {
  key: stryMutAct_9fa48("724") ? "" : (stryCov_9fa48("724"), "daysPerMonth"),
  flag: stryMutAct_9fa48("725") ? "" : (stryCov_9fa48("725"), "days-per-month"),
  defaultValue: stryMutAct_9fa48("726") ? "" : (stryCov_9fa48("726"), "30"),
  description: stryMutAct_9fa48("727") ? "" : (stryCov_9fa48("727"), "days in the month the estimate covers")
}), stryMutAct_9fa48("728") ? {} : (stryCov_9fa48("728"), {
  key: stryMutAct_9fa48("729") ? "" : (stryCov_9fa48("729"), "exportRunsPerMonth"),
  flag: stryMutAct_9fa48("730") ? "" : (stryCov_9fa48("730"), "export-runs-per-month"),
  description: stryMutAct_9fa48("731") ? "" : (stryCov_9fa48("731"), "pipeline runs (exports) a month; default: derived from loadSchedule")
}), stryMutAct_9fa48("732") ? {} : (stryCov_9fa48("732"), {
  key: stryMutAct_9fa48("733") ? "" : (stryCov_9fa48("733"), "crawlerRunsPerMonth"),
  flag: stryMutAct_9fa48("734") ? "" : (stryCov_9fa48("734"), "crawler-runs-per-month"),
  defaultValue: stryMutAct_9fa48("735") ? "" : (stryCov_9fa48("735"), "0"),
  description: stryMutAct_9fa48("736") ? "" : (stryCov_9fa48("736"), "Glue crawler runs a month (0: this pipeline defines its tables and runs no crawler)")
}), stryMutAct_9fa48("737") ? {} : (stryCov_9fa48("737"), {
  key: stryMutAct_9fa48("738") ? "" : (stryCov_9fa48("738"), "crawlerMinutesPerRun"),
  flag: stryMutAct_9fa48("739") ? "" : (stryCov_9fa48("739"), "crawler-minutes-per-run"),
  defaultValue: stryMutAct_9fa48("740") ? "" : (stryCov_9fa48("740"), "10"),
  description: stryMutAct_9fa48("741") ? "" : (stryCov_9fa48("741"), "billed minutes per crawler run at 1 DPU (Glue bills crawlers a 10-minute minimum)")
}), stryMutAct_9fa48("742") ? {} : (stryCov_9fa48("742"), {
  key: stryMutAct_9fa48("743") ? "" : (stryCov_9fa48("743"), "binlogStorageGb"),
  flag: stryMutAct_9fa48("744") ? "" : (stryCov_9fa48("744"), "binlog-storage-gb"),
  defaultValue: stryMutAct_9fa48("745") ? "" : (stryCov_9fa48("745"), "0"),
  description: stryMutAct_9fa48("746") ? "" : (stryCov_9fa48("746"), "GB-months of Aurora storage the enhanced binlog adds (0: not estimated; measure it on your cluster)")
}), stryMutAct_9fa48("747") ? {} : (stryCov_9fa48("747"), {
  key: stryMutAct_9fa48("748") ? "" : (stryCov_9fa48("748"), "binlogMillionIos"),
  flag: stryMutAct_9fa48("749") ? "" : (stryCov_9fa48("749"), "binlog-million-ios"),
  defaultValue: stryMutAct_9fa48("750") ? "" : (stryCov_9fa48("750"), "0"),
  description: stryMutAct_9fa48("751") ? "" : (stryCov_9fa48("751"), "million Aurora I/O requests a month the enhanced binlog adds, Aurora Standard only (0: not estimated)")
})]);

/** The seeds' usage where it differs from ours: a daily export and a daily crawler, every QuickSight user a Reader. */
export const SEED_USAGE: Readonly<Partial<Record<UsageKey, string>>> = stryMutAct_9fa48("752") ? {} : (stryCov_9fa48("752"), {
  exportRunsPerMonth: stryMutAct_9fa48("753") ? "" : (stryCov_9fa48("753"), "30"),
  crawlerRunsPerMonth: stryMutAct_9fa48("754") ? "" : (stryCov_9fa48("754"), "30"),
  quicksightAuthors: stryMutAct_9fa48("755") ? "" : (stryCov_9fa48("755"), "0"),
  quicksightReaders: stryMutAct_9fa48("756") ? "" : (stryCov_9fa48("756"), "10")
});

/** Prices come from the region's list prices (scripts/cost/prices.ts) or these flags; a flag always wins. */
export const PRICE_INPUTS: readonly InputSpec<PriceKey>[] = stryMutAct_9fa48("757") ? [] : (stryCov_9fa48("757"), [stryMutAct_9fa48("758") ? {} : (stryCov_9fa48("758"), {
  key: stryMutAct_9fa48("759") ? "" : (stryCov_9fa48("759"), "redshiftRpuHour"),
  flag: stryMutAct_9fa48("760") ? "" : (stryCov_9fa48("760"), "price-rpu-hour"),
  description: stryMutAct_9fa48("761") ? "" : (stryCov_9fa48("761"), "USD per Redshift Serverless RPU-hour")
}), stryMutAct_9fa48("762") ? {} : (stryCov_9fa48("762"), {
  key: stryMutAct_9fa48("763") ? "" : (stryCov_9fa48("763"), "redshiftStorageGbMonth"),
  flag: stryMutAct_9fa48("764") ? "" : (stryCov_9fa48("764"), "price-storage-gb-month"),
  description: stryMutAct_9fa48("765") ? "" : (stryCov_9fa48("765"), "USD per GB-month of Redshift managed storage")
}), stryMutAct_9fa48("766") ? {} : (stryCov_9fa48("766"), {
  key: stryMutAct_9fa48("767") ? "" : (stryCov_9fa48("767"), "exportGb"),
  flag: stryMutAct_9fa48("768") ? "" : (stryCov_9fa48("768"), "price-export-gb"),
  description: stryMutAct_9fa48("769") ? "" : (stryCov_9fa48("769"), "USD per GB exported from Aurora to S3 (billed on the whole cluster; also the zero-ETL initial seeding)")
}), stryMutAct_9fa48("770") ? {} : (stryCov_9fa48("770"), {
  key: stryMutAct_9fa48("771") ? "" : (stryCov_9fa48("771"), "glueDpuHour"),
  flag: stryMutAct_9fa48("772") ? "" : (stryCov_9fa48("772"), "price-glue-dpu-hour"),
  description: stryMutAct_9fa48("773") ? "" : (stryCov_9fa48("773"), "USD per Glue crawler DPU-hour")
}), stryMutAct_9fa48("774") ? {} : (stryCov_9fa48("774"), {
  key: stryMutAct_9fa48("775") ? "" : (stryCov_9fa48("775"), "glueCatalogMillionRequests"),
  flag: stryMutAct_9fa48("776") ? "" : (stryCov_9fa48("776"), "price-glue-catalog-million-requests"),
  description: stryMutAct_9fa48("777") ? "" : (stryCov_9fa48("777"), "USD per million Glue Data Catalog requests beyond the free million a month")
}), stryMutAct_9fa48("778") ? {} : (stryCov_9fa48("778"), {
  key: stryMutAct_9fa48("779") ? "" : (stryCov_9fa48("779"), "athenaTb"),
  flag: stryMutAct_9fa48("780") ? "" : (stryCov_9fa48("780"), "price-athena-tb"),
  description: stryMutAct_9fa48("781") ? "" : (stryCov_9fa48("781"), "USD per TB Athena scans (10 MB minimum per query)")
}), stryMutAct_9fa48("782") ? {} : (stryCov_9fa48("782"), {
  key: stryMutAct_9fa48("783") ? "" : (stryCov_9fa48("783"), "quicksightAuthorMonth"),
  flag: stryMutAct_9fa48("784") ? "" : (stryCov_9fa48("784"), "price-quicksight-author"),
  description: stryMutAct_9fa48("785") ? "" : (stryCov_9fa48("785"), "USD per QuickSight Author (or Admin) a month")
}), stryMutAct_9fa48("786") ? {} : (stryCov_9fa48("786"), {
  key: stryMutAct_9fa48("787") ? "" : (stryCov_9fa48("787"), "quicksightReaderMonth"),
  flag: stryMutAct_9fa48("788") ? "" : (stryCov_9fa48("788"), "price-quicksight-reader"),
  description: stryMutAct_9fa48("789") ? "" : (stryCov_9fa48("789"), "USD per QuickSight Reader a month")
}), stryMutAct_9fa48("790") ? {} : (stryCov_9fa48("790"), {
  key: stryMutAct_9fa48("791") ? "" : (stryCov_9fa48("791"), "auroraStorageGbMonth"),
  flag: stryMutAct_9fa48("792") ? "" : (stryCov_9fa48("792"), "price-aurora-storage-gb-month"),
  description: stryMutAct_9fa48("793") ? "" : (stryCov_9fa48("793"), "USD per GB-month of Aurora storage (needed with --binlog-storage-gb)")
}), stryMutAct_9fa48("794") ? {} : (stryCov_9fa48("794"), {
  key: stryMutAct_9fa48("795") ? "" : (stryCov_9fa48("795"), "auroraIoMillion"),
  flag: stryMutAct_9fa48("796") ? "" : (stryCov_9fa48("796"), "price-aurora-io-million"),
  description: stryMutAct_9fa48("797") ? "" : (stryCov_9fa48("797"), "USD per million Aurora I/O requests, Aurora Standard (needed with --binlog-million-ios)")
})]);

/** The Glue Data Catalog's free tier: the first million requests a month. */
export const GLUE_CATALOG_FREE_REQUESTS = Exact.of(1_000_000);

/** Thrown for a bad flag, file or value; the CLI prints the message alone. */
export class InputError extends Error {
  constructor(message: string) {
    if (stryMutAct_9fa48("798")) {
      {}
    } else {
      stryCov_9fa48("798");
      super(message);
      Object.setPrototypeOf(this, InputError.prototype);
      this.name = stryMutAct_9fa48("799") ? "" : (stryCov_9fa48("799"), "InputError");
    }
  }
}
const NON_NEGATIVE_DECIMAL = stryMutAct_9fa48("806") ? /^\d+(\.\D+)?$/ : stryMutAct_9fa48("805") ? /^\d+(\.\d)?$/ : stryMutAct_9fa48("804") ? /^\d+(\.\d+)$/ : stryMutAct_9fa48("803") ? /^\D+(\.\d+)?$/ : stryMutAct_9fa48("802") ? /^\d(\.\d+)?$/ : stryMutAct_9fa48("801") ? /^\d+(\.\d+)?/ : stryMutAct_9fa48("800") ? /\d+(\.\d+)?$/ : (stryCov_9fa48("800", "801", "802", "803", "804", "805", "806"), /^\d+(\.\d+)?$/);

/** A non-negative decimal as written ("0.494", "100"); `where` names the flag or file key in the error. */
export function parseAmount(value: unknown, where: string): Exact {
  if (stryMutAct_9fa48("807")) {
    {}
  } else {
    stryCov_9fa48("807");
    const text = (stryMutAct_9fa48("810") ? typeof value === "number" || Number.isFinite(value) : stryMutAct_9fa48("809") ? false : stryMutAct_9fa48("808") ? true : (stryCov_9fa48("808", "809", "810"), (stryMutAct_9fa48("812") ? typeof value !== "number" : stryMutAct_9fa48("811") ? true : (stryCov_9fa48("811", "812"), typeof value === (stryMutAct_9fa48("813") ? "" : (stryCov_9fa48("813"), "number")))) && Number.isFinite(value))) ? String(value) : value;
    if (stryMutAct_9fa48("816") ? typeof text !== "string" && !NON_NEGATIVE_DECIMAL.test(text.trim()) : stryMutAct_9fa48("815") ? false : stryMutAct_9fa48("814") ? true : (stryCov_9fa48("814", "815", "816"), (stryMutAct_9fa48("818") ? typeof text === "string" : stryMutAct_9fa48("817") ? false : (stryCov_9fa48("817", "818"), typeof text !== (stryMutAct_9fa48("819") ? "" : (stryCov_9fa48("819"), "string")))) || (stryMutAct_9fa48("820") ? NON_NEGATIVE_DECIMAL.test(text.trim()) : (stryCov_9fa48("820"), !NON_NEGATIVE_DECIMAL.test(stryMutAct_9fa48("821") ? text : (stryCov_9fa48("821"), text.trim())))))) {
      if (stryMutAct_9fa48("822")) {
        {}
      } else {
        stryCov_9fa48("822");
        throw new InputError(stryMutAct_9fa48("823") ? `` : (stryCov_9fa48("823"), `${where} has the invalid value ${JSON.stringify(value)}: allowed is a non-negative decimal number like 100 or 0.494.`));
      }
    }
    return Exact.of(stryMutAct_9fa48("824") ? text : (stryCov_9fa48("824"), text.trim()));
  }
}

/** Overrides by key, as strings or numbers; keys not given keep their defaults. */
export type Overrides = Partial<Record<UsageKey | PriceKey, unknown>>;
export interface Inputs {
  readonly usage: UsageAssumptions;
  readonly prices: Prices;
  readonly model: CostModel;
  /** Where the prices not given as flags come from, printed with the estimate. */
  readonly priceSource: string;
}
export interface ResolveOptions {
  readonly model?: CostModel;
  /** The stack's region: picks the list prices; undefined or unlisted leaves every price to flags. */
  readonly region?: string;
}
function resolve<K extends string>(specs: readonly InputSpec<K>[], overrides: Overrides, defaults: Partial<Record<K, string>>, describe: (spec: InputSpec<K>) => string): Record<K, Exact | undefined> {
  if (stryMutAct_9fa48("825")) {
    {}
  } else {
    stryCov_9fa48("825");
    const out = {} as Record<K, Exact | undefined>;
    for (const spec of specs) {
      if (stryMutAct_9fa48("826")) {
        {}
      } else {
        stryCov_9fa48("826");
        const given = (overrides as Record<string, unknown>)[spec.key];
        const fallback = stryMutAct_9fa48("827") ? defaults[spec.key] && spec.defaultValue : (stryCov_9fa48("827"), defaults[spec.key] ?? spec.defaultValue);
        out[spec.key] = (stryMutAct_9fa48("830") ? given === undefined : stryMutAct_9fa48("829") ? false : stryMutAct_9fa48("828") ? true : (stryCov_9fa48("828", "829", "830"), given !== undefined)) ? parseAmount(given, describe(spec)) : (stryMutAct_9fa48("833") ? fallback === undefined : stryMutAct_9fa48("832") ? false : stryMutAct_9fa48("831") ? true : (stryCov_9fa48("831", "832", "833"), fallback !== undefined)) ? Exact.of(fallback) : undefined;
      }
    }
    return out;
  }
}

/** Applies overrides on the defaults and validates every value. `describe` names an input in errors (flag or file key). */
export function resolveInputs(overrides: Overrides = {}, describe: (spec: InputSpec<string>) => string = stryMutAct_9fa48("834") ? () => undefined : (stryCov_9fa48("834"), spec => spec.key), options: ResolveOptions = {}): Inputs {
  if (stryMutAct_9fa48("835")) {
    {}
  } else {
    stryCov_9fa48("835");
    const model = stryMutAct_9fa48("836") ? options.model && "aws" : (stryCov_9fa48("836"), options.model ?? (stryMutAct_9fa48("837") ? "" : (stryCov_9fa48("837"), "aws")));
    const listed = (stryMutAct_9fa48("840") ? options.region !== undefined : stryMutAct_9fa48("839") ? false : stryMutAct_9fa48("838") ? true : (stryCov_9fa48("838", "839", "840"), options.region === undefined)) ? undefined : REGION_PRICES[options.region];
    const usage = resolve(USAGE_INPUTS, overrides, model === "seeds" ? SEED_USAGE : {}, describe) as UsageAssumptions;
    const prices = resolve(PRICE_INPUTS, overrides, model === "seeds" ? SEED_PRICES : listed ?? {}, describe) as Prices;
    for (const key of ["daysPerMonth", "syncMinutesPerRefresh"] as const) {
      if (stryMutAct_9fa48("841")) {
        {}
      } else {
        stryCov_9fa48("841");
        if (stryMutAct_9fa48("843") ? false : stryMutAct_9fa48("842") ? true : (stryCov_9fa48("842", "843"), usage[key].isZero())) {
          if (stryMutAct_9fa48("844")) {
            {}
          } else {
            stryCov_9fa48("844");
            throw new InputError(stryMutAct_9fa48("845") ? `` : (stryCov_9fa48("845"), `${describe(USAGE_INPUTS.find(stryMutAct_9fa48("846") ? () => undefined : (stryCov_9fa48("846"), s => stryMutAct_9fa48("849") ? s.key !== key : stryMutAct_9fa48("848") ? false : stryMutAct_9fa48("847") ? true : (stryCov_9fa48("847", "848", "849"), s.key === key)))!)} must be more than 0.`));
          }
        }
      }
    }
    const priceSource = (stryMutAct_9fa48("852") ? model !== "seeds" : stryMutAct_9fa48("851") ? false : stryMutAct_9fa48("850") ? true : (stryCov_9fa48("850", "851", "852"), model === (stryMutAct_9fa48("853") ? "" : (stryCov_9fa48("853"), "seeds")))) ? stryMutAct_9fa48("854") ? "" : (stryCov_9fa48("854"), "the reference samples' unit prices (Asia Pacific (Tokyo), every QuickSight user a Reader)") : (stryMutAct_9fa48("857") ? listed === undefined : stryMutAct_9fa48("856") ? false : stryMutAct_9fa48("855") ? true : (stryCov_9fa48("855", "856", "857"), listed !== undefined)) ? stryMutAct_9fa48("858") ? `` : (stryCov_9fa48("858"), `AWS list prices for ${options.region}, checked ${PRICE_TABLE_DATE}`) : (stryMutAct_9fa48("861") ? options.region !== undefined : stryMutAct_9fa48("860") ? false : stryMutAct_9fa48("859") ? true : (stryCov_9fa48("859", "860", "861"), options.region === undefined)) ? stryMutAct_9fa48("862") ? "" : (stryCov_9fa48("862"), "no region: set aws:region in the stack or pass --region, or give every price as a flag") : stryMutAct_9fa48("863") ? `` : (stryCov_9fa48("863"), `no list prices for ${options.region} in this estimator: prices from flags`);
    return stryMutAct_9fa48("864") ? {} : (stryCov_9fa48("864"), {
      usage,
      prices,
      model,
      priceSource
    });
  }
}

/**
 * Reads an assumptions file: `{"usage": {"queriesPerDay": 50}, "prices": {"redshiftRpuHour": 0.375}}`.
 * Unknown sections or keys are errors, so a typo never silently keeps a default.
 */
export function parseAssumptionsFile(text: string, fileName: string): Overrides {
  if (stryMutAct_9fa48("865")) {
    {}
  } else {
    stryCov_9fa48("865");
    let parsed: unknown;
    try {
      if (stryMutAct_9fa48("866")) {
        {}
      } else {
        stryCov_9fa48("866");
        parsed = JSON.parse(text);
      }
    } catch (e) {
      if (stryMutAct_9fa48("867")) {
        {}
      } else {
        stryCov_9fa48("867");
        throw new InputError(stryMutAct_9fa48("868") ? `` : (stryCov_9fa48("868"), `${fileName} is not valid JSON: ${(e as Error).message}.`));
      }
    }
    if (stryMutAct_9fa48("871") ? (typeof parsed !== "object" || parsed === null) && Array.isArray(parsed) : stryMutAct_9fa48("870") ? false : stryMutAct_9fa48("869") ? true : (stryCov_9fa48("869", "870", "871"), (stryMutAct_9fa48("873") ? typeof parsed !== "object" && parsed === null : stryMutAct_9fa48("872") ? false : (stryCov_9fa48("872", "873"), (stryMutAct_9fa48("875") ? typeof parsed === "object" : stryMutAct_9fa48("874") ? false : (stryCov_9fa48("874", "875"), typeof parsed !== (stryMutAct_9fa48("876") ? "" : (stryCov_9fa48("876"), "object")))) || (stryMutAct_9fa48("878") ? parsed !== null : stryMutAct_9fa48("877") ? false : (stryCov_9fa48("877", "878"), parsed === null)))) || Array.isArray(parsed))) {
      if (stryMutAct_9fa48("879")) {
        {}
      } else {
        stryCov_9fa48("879");
        throw new InputError(stryMutAct_9fa48("880") ? `` : (stryCov_9fa48("880"), `${fileName} must hold a JSON object with "usage" and/or "prices".`));
      }
    }
    const overrides: Record<string, unknown> = {};
    const sections: Record<string, readonly InputSpec<string>[]> = stryMutAct_9fa48("881") ? {} : (stryCov_9fa48("881"), {
      usage: USAGE_INPUTS,
      prices: PRICE_INPUTS
    });
    for (const [section, body] of Object.entries(parsed as Record<string, unknown>)) {
      if (stryMutAct_9fa48("882")) {
        {}
      } else {
        stryCov_9fa48("882");
        const specs = sections[section];
        if (stryMutAct_9fa48("885") ? specs !== undefined : stryMutAct_9fa48("884") ? false : stryMutAct_9fa48("883") ? true : (stryCov_9fa48("883", "884", "885"), specs === undefined)) {
          if (stryMutAct_9fa48("886")) {
            {}
          } else {
            stryCov_9fa48("886");
            throw new InputError(stryMutAct_9fa48("887") ? `` : (stryCov_9fa48("887"), `${fileName} has the unknown section "${section}": allowed are "usage" and "prices".`));
          }
        }
        if (stryMutAct_9fa48("890") ? (typeof body !== "object" || body === null) && Array.isArray(body) : stryMutAct_9fa48("889") ? false : stryMutAct_9fa48("888") ? true : (stryCov_9fa48("888", "889", "890"), (stryMutAct_9fa48("892") ? typeof body !== "object" && body === null : stryMutAct_9fa48("891") ? false : (stryCov_9fa48("891", "892"), (stryMutAct_9fa48("894") ? typeof body === "object" : stryMutAct_9fa48("893") ? false : (stryCov_9fa48("893", "894"), typeof body !== (stryMutAct_9fa48("895") ? "" : (stryCov_9fa48("895"), "object")))) || (stryMutAct_9fa48("897") ? body !== null : stryMutAct_9fa48("896") ? false : (stryCov_9fa48("896", "897"), body === null)))) || Array.isArray(body))) {
          if (stryMutAct_9fa48("898")) {
            {}
          } else {
            stryCov_9fa48("898");
            throw new InputError(stryMutAct_9fa48("899") ? `` : (stryCov_9fa48("899"), `${fileName}: "${section}" must be an object.`));
          }
        }
        for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
          if (stryMutAct_9fa48("900")) {
            {}
          } else {
            stryCov_9fa48("900");
            if (stryMutAct_9fa48("903") ? false : stryMutAct_9fa48("902") ? true : stryMutAct_9fa48("901") ? specs.some(s => s.key === key) : (stryCov_9fa48("901", "902", "903"), !(stryMutAct_9fa48("904") ? specs.every(s => s.key === key) : (stryCov_9fa48("904"), specs.some(stryMutAct_9fa48("905") ? () => undefined : (stryCov_9fa48("905"), s => stryMutAct_9fa48("908") ? s.key !== key : stryMutAct_9fa48("907") ? false : stryMutAct_9fa48("906") ? true : (stryCov_9fa48("906", "907", "908"), s.key === key))))))) {
              if (stryMutAct_9fa48("909")) {
                {}
              } else {
                stryCov_9fa48("909");
                throw new InputError(stryMutAct_9fa48("910") ? `` : (stryCov_9fa48("910"), `${fileName} has the unknown key ${section}.${key}: allowed are ${specs.map(stryMutAct_9fa48("911") ? () => undefined : (stryCov_9fa48("911"), s => s.key)).join(stryMutAct_9fa48("912") ? "" : (stryCov_9fa48("912"), ", "))}.`));
              }
            }
            parseAmount(value, stryMutAct_9fa48("913") ? `` : (stryCov_9fa48("913"), `${fileName} ${section}.${key}`));
            overrides[key] = value;
          }
        }
      }
    }
    return overrides as Overrides;
  }
}