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
export const COST_MODELS: readonly CostModel[] = stryMutAct_9fa48("500") ? [] : (stryCov_9fa48("500"), [stryMutAct_9fa48("501") ? "" : (stryCov_9fa48("501"), "aws"), stryMutAct_9fa48("502") ? "" : (stryCov_9fa48("502"), "seeds")]);
export interface InputSpec<K extends string> {
  readonly key: K;
  readonly flag: string;
  /** Undefined for exportRunsPerMonth (from loadSchedule) and for every price (from the region's table). */
  readonly defaultValue?: string;
  readonly description: string;
}

/** Defaults are the usage both reference samples state: 10 people x 10 queries a day, 100 GB (33 GB as Parquet). */
export const USAGE_INPUTS: readonly InputSpec<UsageKey>[] = stryMutAct_9fa48("503") ? [] : (stryCov_9fa48("503"), [stryMutAct_9fa48("504") ? {} : (stryCov_9fa48("504"), {
  key: stryMutAct_9fa48("505") ? "" : (stryCov_9fa48("505"), "queriesPerDay"),
  flag: stryMutAct_9fa48("506") ? "" : (stryCov_9fa48("506"), "queries-per-day"),
  defaultValue: stryMutAct_9fa48("507") ? "" : (stryCov_9fa48("507"), "100"),
  description: stryMutAct_9fa48("508") ? "" : (stryCov_9fa48("508"), "queries a day, all people together (samples: 10 people x 10)")
}), stryMutAct_9fa48("509") ? {} : (stryCov_9fa48("509"), {
  key: stryMutAct_9fa48("510") ? "" : (stryCov_9fa48("510"), "minutesPerQuery"),
  flag: stryMutAct_9fa48("511") ? "" : (stryCov_9fa48("511"), "minutes-per-query"),
  defaultValue: stryMutAct_9fa48("512") ? "" : (stryCov_9fa48("512"), "3"),
  description: stryMutAct_9fa48("513") ? "" : (stryCov_9fa48("513"), "Redshift minutes one query keeps the base capacity busy")
}), stryMutAct_9fa48("514") ? {} : (stryCov_9fa48("514"), {
  key: stryMutAct_9fa48("515") ? "" : (stryCov_9fa48("515"), "syncMinutesPerRefresh"),
  flag: stryMutAct_9fa48("516") ? "" : (stryCov_9fa48("516"), "sync-minutes-per-refresh"),
  defaultValue: stryMutAct_9fa48("517") ? "" : (stryCov_9fa48("517"), "1"),
  description: stryMutAct_9fa48("518") ? "" : (stryCov_9fa48("518"), "minutes one zero-ETL refresh cycle takes (billed at least 1: Redshift Serverless bills a 60-second minimum)")
}), stryMutAct_9fa48("519") ? {} : (stryCov_9fa48("519"), {
  key: stryMutAct_9fa48("520") ? "" : (stryCov_9fa48("520"), "dataSizeGb"),
  flag: stryMutAct_9fa48("521") ? "" : (stryCov_9fa48("521"), "data-size-gb"),
  defaultValue: stryMutAct_9fa48("522") ? "" : (stryCov_9fa48("522"), "100"),
  description: stryMutAct_9fa48("523") ? "" : (stryCov_9fa48("523"), "GB of data in Aurora: Redshift managed storage, the initial seeding and each export are billed on it")
}), stryMutAct_9fa48("524") ? {} : (stryCov_9fa48("524"), {
  key: stryMutAct_9fa48("525") ? "" : (stryCov_9fa48("525"), "compressedSizeGb"),
  flag: stryMutAct_9fa48("526") ? "" : (stryCov_9fa48("526"), "compressed-size-gb"),
  defaultValue: stryMutAct_9fa48("527") ? "" : (stryCov_9fa48("527"), "33"),
  description: stryMutAct_9fa48("528") ? "" : (stryCov_9fa48("528"), "GB of that data as Parquet: what one full-scan Athena query reads")
}), stryMutAct_9fa48("529") ? {} : (stryCov_9fa48("529"), {
  key: stryMutAct_9fa48("530") ? "" : (stryCov_9fa48("530"), "quicksightAuthors"),
  flag: stryMutAct_9fa48("531") ? "" : (stryCov_9fa48("531"), "quicksight-authors"),
  defaultValue: stryMutAct_9fa48("532") ? "" : (stryCov_9fa48("532"), "1"),
  description: stryMutAct_9fa48("533") ? "" : (stryCov_9fa48("533"), "QuickSight Authors or Admins (quicksightPrincipalArn, who owns the data source and datasets, is one)")
}), stryMutAct_9fa48("534") ? {} : (stryCov_9fa48("534"), {
  key: stryMutAct_9fa48("535") ? "" : (stryCov_9fa48("535"), "quicksightReaders"),
  flag: stryMutAct_9fa48("536") ? "" : (stryCov_9fa48("536"), "quicksight-readers"),
  defaultValue: stryMutAct_9fa48("537") ? "" : (stryCov_9fa48("537"), "10"),
  description: stryMutAct_9fa48("538") ? "" : (stryCov_9fa48("538"), "QuickSight Readers (the samples: 10 people)")
}), stryMutAct_9fa48("539") ? {} : (stryCov_9fa48("539"), {
  key: stryMutAct_9fa48("540") ? "" : (stryCov_9fa48("540"), "daysPerMonth"),
  flag: stryMutAct_9fa48("541") ? "" : (stryCov_9fa48("541"), "days-per-month"),
  defaultValue: stryMutAct_9fa48("542") ? "" : (stryCov_9fa48("542"), "30"),
  description: stryMutAct_9fa48("543") ? "" : (stryCov_9fa48("543"), "days in the month the estimate covers")
}), stryMutAct_9fa48("544") ? {} : (stryCov_9fa48("544"), {
  key: stryMutAct_9fa48("545") ? "" : (stryCov_9fa48("545"), "exportRunsPerMonth"),
  flag: stryMutAct_9fa48("546") ? "" : (stryCov_9fa48("546"), "export-runs-per-month"),
  description: stryMutAct_9fa48("547") ? "" : (stryCov_9fa48("547"), "pipeline runs (exports) a month; default: derived from loadSchedule")
}), stryMutAct_9fa48("548") ? {} : (stryCov_9fa48("548"), {
  key: stryMutAct_9fa48("549") ? "" : (stryCov_9fa48("549"), "crawlerRunsPerMonth"),
  flag: stryMutAct_9fa48("550") ? "" : (stryCov_9fa48("550"), "crawler-runs-per-month"),
  defaultValue: stryMutAct_9fa48("551") ? "" : (stryCov_9fa48("551"), "0"),
  description: stryMutAct_9fa48("552") ? "" : (stryCov_9fa48("552"), "Glue crawler runs a month (0: this pipeline defines its tables and runs no crawler)")
}), stryMutAct_9fa48("553") ? {} : (stryCov_9fa48("553"), {
  key: stryMutAct_9fa48("554") ? "" : (stryCov_9fa48("554"), "crawlerMinutesPerRun"),
  flag: stryMutAct_9fa48("555") ? "" : (stryCov_9fa48("555"), "crawler-minutes-per-run"),
  defaultValue: stryMutAct_9fa48("556") ? "" : (stryCov_9fa48("556"), "10"),
  description: stryMutAct_9fa48("557") ? "" : (stryCov_9fa48("557"), "billed minutes per crawler run at 1 DPU (Glue bills crawlers a 10-minute minimum)")
}), stryMutAct_9fa48("558") ? {} : (stryCov_9fa48("558"), {
  key: stryMutAct_9fa48("559") ? "" : (stryCov_9fa48("559"), "binlogStorageGb"),
  flag: stryMutAct_9fa48("560") ? "" : (stryCov_9fa48("560"), "binlog-storage-gb"),
  defaultValue: stryMutAct_9fa48("561") ? "" : (stryCov_9fa48("561"), "0"),
  description: stryMutAct_9fa48("562") ? "" : (stryCov_9fa48("562"), "GB-months of Aurora storage the enhanced binlog adds (0: not estimated; measure it on your cluster)")
}), stryMutAct_9fa48("563") ? {} : (stryCov_9fa48("563"), {
  key: stryMutAct_9fa48("564") ? "" : (stryCov_9fa48("564"), "binlogMillionIos"),
  flag: stryMutAct_9fa48("565") ? "" : (stryCov_9fa48("565"), "binlog-million-ios"),
  defaultValue: stryMutAct_9fa48("566") ? "" : (stryCov_9fa48("566"), "0"),
  description: stryMutAct_9fa48("567") ? "" : (stryCov_9fa48("567"), "million Aurora I/O requests a month the enhanced binlog adds, Aurora Standard only (0: not estimated)")
})]);

/** The seeds' usage where it differs from ours: a daily export and a daily crawler, every QuickSight user a Reader. */
export const SEED_USAGE: Readonly<Partial<Record<UsageKey, string>>> = stryMutAct_9fa48("568") ? {} : (stryCov_9fa48("568"), {
  exportRunsPerMonth: stryMutAct_9fa48("569") ? "" : (stryCov_9fa48("569"), "30"),
  crawlerRunsPerMonth: stryMutAct_9fa48("570") ? "" : (stryCov_9fa48("570"), "30"),
  quicksightAuthors: stryMutAct_9fa48("571") ? "" : (stryCov_9fa48("571"), "0"),
  quicksightReaders: stryMutAct_9fa48("572") ? "" : (stryCov_9fa48("572"), "10")
});

/** Prices come from the region's list prices (scripts/cost/prices.ts) or these flags; a flag always wins. */
export const PRICE_INPUTS: readonly InputSpec<PriceKey>[] = stryMutAct_9fa48("573") ? [] : (stryCov_9fa48("573"), [stryMutAct_9fa48("574") ? {} : (stryCov_9fa48("574"), {
  key: stryMutAct_9fa48("575") ? "" : (stryCov_9fa48("575"), "redshiftRpuHour"),
  flag: stryMutAct_9fa48("576") ? "" : (stryCov_9fa48("576"), "price-rpu-hour"),
  description: stryMutAct_9fa48("577") ? "" : (stryCov_9fa48("577"), "USD per Redshift Serverless RPU-hour")
}), stryMutAct_9fa48("578") ? {} : (stryCov_9fa48("578"), {
  key: stryMutAct_9fa48("579") ? "" : (stryCov_9fa48("579"), "redshiftStorageGbMonth"),
  flag: stryMutAct_9fa48("580") ? "" : (stryCov_9fa48("580"), "price-storage-gb-month"),
  description: stryMutAct_9fa48("581") ? "" : (stryCov_9fa48("581"), "USD per GB-month of Redshift managed storage")
}), stryMutAct_9fa48("582") ? {} : (stryCov_9fa48("582"), {
  key: stryMutAct_9fa48("583") ? "" : (stryCov_9fa48("583"), "exportGb"),
  flag: stryMutAct_9fa48("584") ? "" : (stryCov_9fa48("584"), "price-export-gb"),
  description: stryMutAct_9fa48("585") ? "" : (stryCov_9fa48("585"), "USD per GB exported from Aurora to S3 (billed on the whole cluster; also the zero-ETL initial seeding)")
}), stryMutAct_9fa48("586") ? {} : (stryCov_9fa48("586"), {
  key: stryMutAct_9fa48("587") ? "" : (stryCov_9fa48("587"), "glueDpuHour"),
  flag: stryMutAct_9fa48("588") ? "" : (stryCov_9fa48("588"), "price-glue-dpu-hour"),
  description: stryMutAct_9fa48("589") ? "" : (stryCov_9fa48("589"), "USD per Glue crawler DPU-hour")
}), stryMutAct_9fa48("590") ? {} : (stryCov_9fa48("590"), {
  key: stryMutAct_9fa48("591") ? "" : (stryCov_9fa48("591"), "glueCatalogMillionRequests"),
  flag: stryMutAct_9fa48("592") ? "" : (stryCov_9fa48("592"), "price-glue-catalog-million-requests"),
  description: stryMutAct_9fa48("593") ? "" : (stryCov_9fa48("593"), "USD per million Glue Data Catalog requests beyond the free million a month")
}), stryMutAct_9fa48("594") ? {} : (stryCov_9fa48("594"), {
  key: stryMutAct_9fa48("595") ? "" : (stryCov_9fa48("595"), "athenaTb"),
  flag: stryMutAct_9fa48("596") ? "" : (stryCov_9fa48("596"), "price-athena-tb"),
  description: stryMutAct_9fa48("597") ? "" : (stryCov_9fa48("597"), "USD per TB Athena scans (10 MB minimum per query)")
}), stryMutAct_9fa48("598") ? {} : (stryCov_9fa48("598"), {
  key: stryMutAct_9fa48("599") ? "" : (stryCov_9fa48("599"), "quicksightAuthorMonth"),
  flag: stryMutAct_9fa48("600") ? "" : (stryCov_9fa48("600"), "price-quicksight-author"),
  description: stryMutAct_9fa48("601") ? "" : (stryCov_9fa48("601"), "USD per QuickSight Author (or Admin) a month")
}), stryMutAct_9fa48("602") ? {} : (stryCov_9fa48("602"), {
  key: stryMutAct_9fa48("603") ? "" : (stryCov_9fa48("603"), "quicksightReaderMonth"),
  flag: stryMutAct_9fa48("604") ? "" : (stryCov_9fa48("604"), "price-quicksight-reader"),
  description: stryMutAct_9fa48("605") ? "" : (stryCov_9fa48("605"), "USD per QuickSight Reader a month")
}), stryMutAct_9fa48("606") ? {} : (stryCov_9fa48("606"), {
  key: stryMutAct_9fa48("607") ? "" : (stryCov_9fa48("607"), "auroraStorageGbMonth"),
  flag: stryMutAct_9fa48("608") ? "" : (stryCov_9fa48("608"), "price-aurora-storage-gb-month"),
  description: stryMutAct_9fa48("609") ? "" : (stryCov_9fa48("609"), "USD per GB-month of Aurora storage (needed with --binlog-storage-gb)")
}), stryMutAct_9fa48("610") ? {} : (stryCov_9fa48("610"), {
  key: stryMutAct_9fa48("611") ? "" : (stryCov_9fa48("611"), "auroraIoMillion"),
  flag: stryMutAct_9fa48("612") ? "" : (stryCov_9fa48("612"), "price-aurora-io-million"),
  description: stryMutAct_9fa48("613") ? "" : (stryCov_9fa48("613"), "USD per million Aurora I/O requests, Aurora Standard (needed with --binlog-million-ios)")
})]);

/** The Glue Data Catalog's free tier: the first million requests a month. */
export const GLUE_CATALOG_FREE_REQUESTS = Exact.of(1_000_000);

/** Thrown for a bad flag, file or value; the CLI prints the message alone. */
export class InputError extends Error {
  constructor(message: string) {
    if (stryMutAct_9fa48("614")) {
      {}
    } else {
      stryCov_9fa48("614");
      super(message);
      Object.setPrototypeOf(this, InputError.prototype);
      this.name = stryMutAct_9fa48("615") ? "" : (stryCov_9fa48("615"), "InputError");
    }
  }
}
const NON_NEGATIVE_DECIMAL = stryMutAct_9fa48("622") ? /^\d+(\.\D+)?$/ : stryMutAct_9fa48("621") ? /^\d+(\.\d)?$/ : stryMutAct_9fa48("620") ? /^\d+(\.\d+)$/ : stryMutAct_9fa48("619") ? /^\D+(\.\d+)?$/ : stryMutAct_9fa48("618") ? /^\d(\.\d+)?$/ : stryMutAct_9fa48("617") ? /^\d+(\.\d+)?/ : stryMutAct_9fa48("616") ? /\d+(\.\d+)?$/ : (stryCov_9fa48("616", "617", "618", "619", "620", "621", "622"), /^\d+(\.\d+)?$/);

/** A non-negative decimal as written ("0.494", "100"); `where` names the flag or file key in the error. */
export function parseAmount(value: unknown, where: string): Exact {
  if (stryMutAct_9fa48("623")) {
    {}
  } else {
    stryCov_9fa48("623");
    const text = (stryMutAct_9fa48("626") ? typeof value === "number" || Number.isFinite(value) : stryMutAct_9fa48("625") ? false : stryMutAct_9fa48("624") ? true : (stryCov_9fa48("624", "625", "626"), (stryMutAct_9fa48("628") ? typeof value !== "number" : stryMutAct_9fa48("627") ? true : (stryCov_9fa48("627", "628"), typeof value === (stryMutAct_9fa48("629") ? "" : (stryCov_9fa48("629"), "number")))) && Number.isFinite(value))) ? String(value) : value;
    if (stryMutAct_9fa48("632") ? typeof text !== "string" && !NON_NEGATIVE_DECIMAL.test(text.trim()) : stryMutAct_9fa48("631") ? false : stryMutAct_9fa48("630") ? true : (stryCov_9fa48("630", "631", "632"), (stryMutAct_9fa48("634") ? typeof text === "string" : stryMutAct_9fa48("633") ? false : (stryCov_9fa48("633", "634"), typeof text !== (stryMutAct_9fa48("635") ? "" : (stryCov_9fa48("635"), "string")))) || (stryMutAct_9fa48("636") ? NON_NEGATIVE_DECIMAL.test(text.trim()) : (stryCov_9fa48("636"), !NON_NEGATIVE_DECIMAL.test(stryMutAct_9fa48("637") ? text : (stryCov_9fa48("637"), text.trim())))))) {
      if (stryMutAct_9fa48("638")) {
        {}
      } else {
        stryCov_9fa48("638");
        throw new InputError(stryMutAct_9fa48("639") ? `` : (stryCov_9fa48("639"), `${where} has the invalid value ${JSON.stringify(value)}: allowed is a non-negative decimal number like 100 or 0.494.`));
      }
    }
    return Exact.of(stryMutAct_9fa48("640") ? text : (stryCov_9fa48("640"), text.trim()));
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
  if (stryMutAct_9fa48("641")) {
    {}
  } else {
    stryCov_9fa48("641");
    const out = {} as Record<K, Exact | undefined>;
    for (const spec of specs) {
      if (stryMutAct_9fa48("642")) {
        {}
      } else {
        stryCov_9fa48("642");
        const given = (overrides as Record<string, unknown>)[spec.key];
        const fallback = stryMutAct_9fa48("643") ? defaults[spec.key] && spec.defaultValue : (stryCov_9fa48("643"), defaults[spec.key] ?? spec.defaultValue);
        out[spec.key] = (stryMutAct_9fa48("646") ? given === undefined : stryMutAct_9fa48("645") ? false : stryMutAct_9fa48("644") ? true : (stryCov_9fa48("644", "645", "646"), given !== undefined)) ? parseAmount(given, describe(spec)) : (stryMutAct_9fa48("649") ? fallback === undefined : stryMutAct_9fa48("648") ? false : stryMutAct_9fa48("647") ? true : (stryCov_9fa48("647", "648", "649"), fallback !== undefined)) ? Exact.of(fallback) : undefined;
      }
    }
    return out;
  }
}

/** Applies overrides on the defaults and validates every value. `describe` names an input in errors (flag or file key). */
export function resolveInputs(overrides: Overrides = {}, describe: (spec: InputSpec<string>) => string = stryMutAct_9fa48("650") ? () => undefined : (stryCov_9fa48("650"), spec => spec.key), options: ResolveOptions = {}): Inputs {
  if (stryMutAct_9fa48("651")) {
    {}
  } else {
    stryCov_9fa48("651");
    const model = stryMutAct_9fa48("652") ? options.model && "aws" : (stryCov_9fa48("652"), options.model ?? (stryMutAct_9fa48("653") ? "" : (stryCov_9fa48("653"), "aws")));
    const listed = (stryMutAct_9fa48("656") ? options.region !== undefined : stryMutAct_9fa48("655") ? false : stryMutAct_9fa48("654") ? true : (stryCov_9fa48("654", "655", "656"), options.region === undefined)) ? undefined : REGION_PRICES[options.region];
    const usage = resolve(USAGE_INPUTS, overrides, model === "seeds" ? SEED_USAGE : {}, describe) as UsageAssumptions;
    const prices = resolve(PRICE_INPUTS, overrides, model === "seeds" ? SEED_PRICES : listed ?? {}, describe) as Prices;
    for (const key of ["daysPerMonth", "syncMinutesPerRefresh"] as const) {
      if (stryMutAct_9fa48("657")) {
        {}
      } else {
        stryCov_9fa48("657");
        if (stryMutAct_9fa48("659") ? false : stryMutAct_9fa48("658") ? true : (stryCov_9fa48("658", "659"), usage[key].isZero())) {
          if (stryMutAct_9fa48("660")) {
            {}
          } else {
            stryCov_9fa48("660");
            throw new InputError(stryMutAct_9fa48("661") ? `` : (stryCov_9fa48("661"), `${describe(USAGE_INPUTS.find(stryMutAct_9fa48("662") ? () => undefined : (stryCov_9fa48("662"), s => stryMutAct_9fa48("665") ? s.key !== key : stryMutAct_9fa48("664") ? false : stryMutAct_9fa48("663") ? true : (stryCov_9fa48("663", "664", "665"), s.key === key)))!)} must be more than 0.`));
          }
        }
      }
    }
    const priceSource = (stryMutAct_9fa48("668") ? model !== "seeds" : stryMutAct_9fa48("667") ? false : stryMutAct_9fa48("666") ? true : (stryCov_9fa48("666", "667", "668"), model === (stryMutAct_9fa48("669") ? "" : (stryCov_9fa48("669"), "seeds")))) ? stryMutAct_9fa48("670") ? "" : (stryCov_9fa48("670"), "the reference samples' unit prices (Asia Pacific (Tokyo), every QuickSight user a Reader)") : (stryMutAct_9fa48("673") ? listed === undefined : stryMutAct_9fa48("672") ? false : stryMutAct_9fa48("671") ? true : (stryCov_9fa48("671", "672", "673"), listed !== undefined)) ? stryMutAct_9fa48("674") ? `` : (stryCov_9fa48("674"), `AWS list prices for ${options.region}, checked ${PRICE_TABLE_DATE}`) : (stryMutAct_9fa48("677") ? options.region !== undefined : stryMutAct_9fa48("676") ? false : stryMutAct_9fa48("675") ? true : (stryCov_9fa48("675", "676", "677"), options.region === undefined)) ? stryMutAct_9fa48("678") ? "" : (stryCov_9fa48("678"), "no region: set aws:region in the stack or pass --region, or give every price as a flag") : stryMutAct_9fa48("679") ? `` : (stryCov_9fa48("679"), `no list prices for ${options.region} in this estimator: prices from flags`);
    return stryMutAct_9fa48("680") ? {} : (stryCov_9fa48("680"), {
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
  if (stryMutAct_9fa48("681")) {
    {}
  } else {
    stryCov_9fa48("681");
    let parsed: unknown;
    try {
      if (stryMutAct_9fa48("682")) {
        {}
      } else {
        stryCov_9fa48("682");
        parsed = JSON.parse(text);
      }
    } catch (e) {
      if (stryMutAct_9fa48("683")) {
        {}
      } else {
        stryCov_9fa48("683");
        throw new InputError(stryMutAct_9fa48("684") ? `` : (stryCov_9fa48("684"), `${fileName} is not valid JSON: ${(e as Error).message}.`));
      }
    }
    if (stryMutAct_9fa48("687") ? (typeof parsed !== "object" || parsed === null) && Array.isArray(parsed) : stryMutAct_9fa48("686") ? false : stryMutAct_9fa48("685") ? true : (stryCov_9fa48("685", "686", "687"), (stryMutAct_9fa48("689") ? typeof parsed !== "object" && parsed === null : stryMutAct_9fa48("688") ? false : (stryCov_9fa48("688", "689"), (stryMutAct_9fa48("691") ? typeof parsed === "object" : stryMutAct_9fa48("690") ? false : (stryCov_9fa48("690", "691"), typeof parsed !== (stryMutAct_9fa48("692") ? "" : (stryCov_9fa48("692"), "object")))) || (stryMutAct_9fa48("694") ? parsed !== null : stryMutAct_9fa48("693") ? false : (stryCov_9fa48("693", "694"), parsed === null)))) || Array.isArray(parsed))) {
      if (stryMutAct_9fa48("695")) {
        {}
      } else {
        stryCov_9fa48("695");
        throw new InputError(stryMutAct_9fa48("696") ? `` : (stryCov_9fa48("696"), `${fileName} must hold a JSON object with "usage" and/or "prices".`));
      }
    }
    const overrides: Record<string, unknown> = {};
    const sections: Record<string, readonly InputSpec<string>[]> = stryMutAct_9fa48("697") ? {} : (stryCov_9fa48("697"), {
      usage: USAGE_INPUTS,
      prices: PRICE_INPUTS
    });
    for (const [section, body] of Object.entries(parsed as Record<string, unknown>)) {
      if (stryMutAct_9fa48("698")) {
        {}
      } else {
        stryCov_9fa48("698");
        const specs = sections[section];
        if (stryMutAct_9fa48("701") ? specs !== undefined : stryMutAct_9fa48("700") ? false : stryMutAct_9fa48("699") ? true : (stryCov_9fa48("699", "700", "701"), specs === undefined)) {
          if (stryMutAct_9fa48("702")) {
            {}
          } else {
            stryCov_9fa48("702");
            throw new InputError(stryMutAct_9fa48("703") ? `` : (stryCov_9fa48("703"), `${fileName} has the unknown section "${section}": allowed are "usage" and "prices".`));
          }
        }
        if (stryMutAct_9fa48("706") ? (typeof body !== "object" || body === null) && Array.isArray(body) : stryMutAct_9fa48("705") ? false : stryMutAct_9fa48("704") ? true : (stryCov_9fa48("704", "705", "706"), (stryMutAct_9fa48("708") ? typeof body !== "object" && body === null : stryMutAct_9fa48("707") ? false : (stryCov_9fa48("707", "708"), (stryMutAct_9fa48("710") ? typeof body === "object" : stryMutAct_9fa48("709") ? false : (stryCov_9fa48("709", "710"), typeof body !== (stryMutAct_9fa48("711") ? "" : (stryCov_9fa48("711"), "object")))) || (stryMutAct_9fa48("713") ? body !== null : stryMutAct_9fa48("712") ? false : (stryCov_9fa48("712", "713"), body === null)))) || Array.isArray(body))) {
          if (stryMutAct_9fa48("714")) {
            {}
          } else {
            stryCov_9fa48("714");
            throw new InputError(stryMutAct_9fa48("715") ? `` : (stryCov_9fa48("715"), `${fileName}: "${section}" must be an object.`));
          }
        }
        for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
          if (stryMutAct_9fa48("716")) {
            {}
          } else {
            stryCov_9fa48("716");
            if (stryMutAct_9fa48("719") ? false : stryMutAct_9fa48("718") ? true : stryMutAct_9fa48("717") ? specs.some(s => s.key === key) : (stryCov_9fa48("717", "718", "719"), !(stryMutAct_9fa48("720") ? specs.every(s => s.key === key) : (stryCov_9fa48("720"), specs.some(stryMutAct_9fa48("721") ? () => undefined : (stryCov_9fa48("721"), s => stryMutAct_9fa48("724") ? s.key !== key : stryMutAct_9fa48("723") ? false : stryMutAct_9fa48("722") ? true : (stryCov_9fa48("722", "723", "724"), s.key === key))))))) {
              if (stryMutAct_9fa48("725")) {
                {}
              } else {
                stryCov_9fa48("725");
                throw new InputError(stryMutAct_9fa48("726") ? `` : (stryCov_9fa48("726"), `${fileName} has the unknown key ${section}.${key}: allowed are ${specs.map(stryMutAct_9fa48("727") ? () => undefined : (stryCov_9fa48("727"), s => s.key)).join(stryMutAct_9fa48("728") ? "" : (stryCov_9fa48("728"), ", "))}.`));
              }
            }
            parseAmount(value, stryMutAct_9fa48("729") ? `` : (stryCov_9fa48("729"), `${fileName} ${section}.${key}`));
            overrides[key] = value;
          }
        }
      }
    }
    return overrides as Overrides;
  }
}