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
export const COST_MODELS: readonly CostModel[] = stryMutAct_9fa48("3477") ? [] : (stryCov_9fa48("3477"), [stryMutAct_9fa48("3478") ? "" : (stryCov_9fa48("3478"), "aws"), stryMutAct_9fa48("3479") ? "" : (stryCov_9fa48("3479"), "seeds")]);
export interface InputSpec<K extends string> {
  readonly key: K;
  readonly flag: string;
  /** Undefined for exportRunsPerMonth (from loadSchedule) and for every price (from the region's table). */
  readonly defaultValue?: string;
  readonly description: string;
}

/** Defaults are the usage both reference samples state: 10 people x 10 queries a day, 100 GB (33 GB as Parquet). */
export const USAGE_INPUTS: readonly InputSpec<UsageKey>[] = stryMutAct_9fa48("3480") ? [] : (stryCov_9fa48("3480"), [stryMutAct_9fa48("3481") ? {} : (stryCov_9fa48("3481"), {
  key: stryMutAct_9fa48("3482") ? "" : (stryCov_9fa48("3482"), "queriesPerDay"),
  flag: stryMutAct_9fa48("3483") ? "" : (stryCov_9fa48("3483"), "queries-per-day"),
  defaultValue: stryMutAct_9fa48("3484") ? "" : (stryCov_9fa48("3484"), "100"),
  description: stryMutAct_9fa48("3485") ? "" : (stryCov_9fa48("3485"), "queries a day, all people together (samples: 10 people x 10)")
}), stryMutAct_9fa48("3486") ? {} : (stryCov_9fa48("3486"), {
  key: stryMutAct_9fa48("3487") ? "" : (stryCov_9fa48("3487"), "minutesPerQuery"),
  flag: stryMutAct_9fa48("3488") ? "" : (stryCov_9fa48("3488"), "minutes-per-query"),
  defaultValue: stryMutAct_9fa48("3489") ? "" : (stryCov_9fa48("3489"), "3"),
  description: stryMutAct_9fa48("3490") ? "" : (stryCov_9fa48("3490"), "Redshift minutes one query keeps the base capacity busy")
}), stryMutAct_9fa48("3491") ? {} : (stryCov_9fa48("3491"), {
  key: stryMutAct_9fa48("3492") ? "" : (stryCov_9fa48("3492"), "syncMinutesPerRefresh"),
  flag: stryMutAct_9fa48("3493") ? "" : (stryCov_9fa48("3493"), "sync-minutes-per-refresh"),
  defaultValue: stryMutAct_9fa48("3494") ? "" : (stryCov_9fa48("3494"), "1"),
  description: stryMutAct_9fa48("3495") ? "" : (stryCov_9fa48("3495"), "minutes one zero-ETL refresh cycle takes (billed at least 1: Redshift Serverless bills a 60-second minimum)")
}), stryMutAct_9fa48("3496") ? {} : (stryCov_9fa48("3496"), {
  key: stryMutAct_9fa48("3497") ? "" : (stryCov_9fa48("3497"), "dataSizeGb"),
  flag: stryMutAct_9fa48("3498") ? "" : (stryCov_9fa48("3498"), "data-size-gb"),
  defaultValue: stryMutAct_9fa48("3499") ? "" : (stryCov_9fa48("3499"), "100"),
  description: stryMutAct_9fa48("3500") ? "" : (stryCov_9fa48("3500"), "GB of data in Aurora: Redshift managed storage, the initial seeding and each export are billed on it")
}), stryMutAct_9fa48("3501") ? {} : (stryCov_9fa48("3501"), {
  key: stryMutAct_9fa48("3502") ? "" : (stryCov_9fa48("3502"), "compressedSizeGb"),
  flag: stryMutAct_9fa48("3503") ? "" : (stryCov_9fa48("3503"), "compressed-size-gb"),
  defaultValue: stryMutAct_9fa48("3504") ? "" : (stryCov_9fa48("3504"), "33"),
  description: stryMutAct_9fa48("3505") ? "" : (stryCov_9fa48("3505"), "GB of that data as Parquet: what one full-scan Athena query reads")
}), stryMutAct_9fa48("3506") ? {} : (stryCov_9fa48("3506"), {
  key: stryMutAct_9fa48("3507") ? "" : (stryCov_9fa48("3507"), "quicksightAuthors"),
  flag: stryMutAct_9fa48("3508") ? "" : (stryCov_9fa48("3508"), "quicksight-authors"),
  defaultValue: stryMutAct_9fa48("3509") ? "" : (stryCov_9fa48("3509"), "1"),
  description: stryMutAct_9fa48("3510") ? "" : (stryCov_9fa48("3510"), "QuickSight Authors or Admins (quicksightPrincipalArn, who owns the data source and datasets, is one)")
}), stryMutAct_9fa48("3511") ? {} : (stryCov_9fa48("3511"), {
  key: stryMutAct_9fa48("3512") ? "" : (stryCov_9fa48("3512"), "quicksightReaders"),
  flag: stryMutAct_9fa48("3513") ? "" : (stryCov_9fa48("3513"), "quicksight-readers"),
  defaultValue: stryMutAct_9fa48("3514") ? "" : (stryCov_9fa48("3514"), "10"),
  description: stryMutAct_9fa48("3515") ? "" : (stryCov_9fa48("3515"), "QuickSight Readers (the samples: 10 people)")
}), stryMutAct_9fa48("3516") ? {} : (stryCov_9fa48("3516"), {
  key: stryMutAct_9fa48("3517") ? "" : (stryCov_9fa48("3517"), "daysPerMonth"),
  flag: stryMutAct_9fa48("3518") ? "" : (stryCov_9fa48("3518"), "days-per-month"),
  defaultValue: stryMutAct_9fa48("3519") ? "" : (stryCov_9fa48("3519"), "30"),
  description: stryMutAct_9fa48("3520") ? "" : (stryCov_9fa48("3520"), "days in the month the estimate covers")
}), stryMutAct_9fa48("3521") ? {} : (stryCov_9fa48("3521"), {
  key: stryMutAct_9fa48("3522") ? "" : (stryCov_9fa48("3522"), "exportRunsPerMonth"),
  flag: stryMutAct_9fa48("3523") ? "" : (stryCov_9fa48("3523"), "export-runs-per-month"),
  description: stryMutAct_9fa48("3524") ? "" : (stryCov_9fa48("3524"), "pipeline runs (exports) a month; default: derived from loadSchedule")
}), stryMutAct_9fa48("3525") ? {} : (stryCov_9fa48("3525"), {
  key: stryMutAct_9fa48("3526") ? "" : (stryCov_9fa48("3526"), "crawlerRunsPerMonth"),
  flag: stryMutAct_9fa48("3527") ? "" : (stryCov_9fa48("3527"), "crawler-runs-per-month"),
  defaultValue: stryMutAct_9fa48("3528") ? "" : (stryCov_9fa48("3528"), "0"),
  description: stryMutAct_9fa48("3529") ? "" : (stryCov_9fa48("3529"), "Glue crawler runs a month (0: this pipeline defines its tables and runs no crawler)")
}), stryMutAct_9fa48("3530") ? {} : (stryCov_9fa48("3530"), {
  key: stryMutAct_9fa48("3531") ? "" : (stryCov_9fa48("3531"), "crawlerMinutesPerRun"),
  flag: stryMutAct_9fa48("3532") ? "" : (stryCov_9fa48("3532"), "crawler-minutes-per-run"),
  defaultValue: stryMutAct_9fa48("3533") ? "" : (stryCov_9fa48("3533"), "10"),
  description: stryMutAct_9fa48("3534") ? "" : (stryCov_9fa48("3534"), "billed minutes per crawler run at 1 DPU (Glue bills crawlers a 10-minute minimum)")
}), stryMutAct_9fa48("3535") ? {} : (stryCov_9fa48("3535"), {
  key: stryMutAct_9fa48("3536") ? "" : (stryCov_9fa48("3536"), "binlogStorageGb"),
  flag: stryMutAct_9fa48("3537") ? "" : (stryCov_9fa48("3537"), "binlog-storage-gb"),
  defaultValue: stryMutAct_9fa48("3538") ? "" : (stryCov_9fa48("3538"), "0"),
  description: stryMutAct_9fa48("3539") ? "" : (stryCov_9fa48("3539"), "GB-months of Aurora storage the enhanced binlog adds (0: not estimated; measure it on your cluster)")
}), stryMutAct_9fa48("3540") ? {} : (stryCov_9fa48("3540"), {
  key: stryMutAct_9fa48("3541") ? "" : (stryCov_9fa48("3541"), "binlogMillionIos"),
  flag: stryMutAct_9fa48("3542") ? "" : (stryCov_9fa48("3542"), "binlog-million-ios"),
  defaultValue: stryMutAct_9fa48("3543") ? "" : (stryCov_9fa48("3543"), "0"),
  description: stryMutAct_9fa48("3544") ? "" : (stryCov_9fa48("3544"), "million Aurora I/O requests a month the enhanced binlog adds, Aurora Standard only (0: not estimated)")
})]);

/** The seeds' usage where it differs from ours: a daily export and a daily crawler, every QuickSight user a Reader. */
export const SEED_USAGE: Readonly<Partial<Record<UsageKey, string>>> = stryMutAct_9fa48("3545") ? {} : (stryCov_9fa48("3545"), {
  exportRunsPerMonth: stryMutAct_9fa48("3546") ? "" : (stryCov_9fa48("3546"), "30"),
  crawlerRunsPerMonth: stryMutAct_9fa48("3547") ? "" : (stryCov_9fa48("3547"), "30"),
  quicksightAuthors: stryMutAct_9fa48("3548") ? "" : (stryCov_9fa48("3548"), "0"),
  quicksightReaders: stryMutAct_9fa48("3549") ? "" : (stryCov_9fa48("3549"), "10")
});

/** Prices come from the region's list prices (scripts/cost/prices.ts) or these flags; a flag always wins. */
export const PRICE_INPUTS: readonly InputSpec<PriceKey>[] = stryMutAct_9fa48("3550") ? [] : (stryCov_9fa48("3550"), [stryMutAct_9fa48("3551") ? {} : (stryCov_9fa48("3551"), {
  key: stryMutAct_9fa48("3552") ? "" : (stryCov_9fa48("3552"), "redshiftRpuHour"),
  flag: stryMutAct_9fa48("3553") ? "" : (stryCov_9fa48("3553"), "price-rpu-hour"),
  description: stryMutAct_9fa48("3554") ? "" : (stryCov_9fa48("3554"), "USD per Redshift Serverless RPU-hour")
}), stryMutAct_9fa48("3555") ? {} : (stryCov_9fa48("3555"), {
  key: stryMutAct_9fa48("3556") ? "" : (stryCov_9fa48("3556"), "redshiftStorageGbMonth"),
  flag: stryMutAct_9fa48("3557") ? "" : (stryCov_9fa48("3557"), "price-storage-gb-month"),
  description: stryMutAct_9fa48("3558") ? "" : (stryCov_9fa48("3558"), "USD per GB-month of Redshift managed storage")
}), stryMutAct_9fa48("3559") ? {} : (stryCov_9fa48("3559"), {
  key: stryMutAct_9fa48("3560") ? "" : (stryCov_9fa48("3560"), "exportGb"),
  flag: stryMutAct_9fa48("3561") ? "" : (stryCov_9fa48("3561"), "price-export-gb"),
  description: stryMutAct_9fa48("3562") ? "" : (stryCov_9fa48("3562"), "USD per GB exported from Aurora to S3 (billed on the whole cluster; also the zero-ETL initial seeding)")
}), stryMutAct_9fa48("3563") ? {} : (stryCov_9fa48("3563"), {
  key: stryMutAct_9fa48("3564") ? "" : (stryCov_9fa48("3564"), "glueDpuHour"),
  flag: stryMutAct_9fa48("3565") ? "" : (stryCov_9fa48("3565"), "price-glue-dpu-hour"),
  description: stryMutAct_9fa48("3566") ? "" : (stryCov_9fa48("3566"), "USD per Glue crawler DPU-hour")
}), stryMutAct_9fa48("3567") ? {} : (stryCov_9fa48("3567"), {
  key: stryMutAct_9fa48("3568") ? "" : (stryCov_9fa48("3568"), "glueCatalogMillionRequests"),
  flag: stryMutAct_9fa48("3569") ? "" : (stryCov_9fa48("3569"), "price-glue-catalog-million-requests"),
  description: stryMutAct_9fa48("3570") ? "" : (stryCov_9fa48("3570"), "USD per million Glue Data Catalog requests beyond the free million a month")
}), stryMutAct_9fa48("3571") ? {} : (stryCov_9fa48("3571"), {
  key: stryMutAct_9fa48("3572") ? "" : (stryCov_9fa48("3572"), "athenaTb"),
  flag: stryMutAct_9fa48("3573") ? "" : (stryCov_9fa48("3573"), "price-athena-tb"),
  description: stryMutAct_9fa48("3574") ? "" : (stryCov_9fa48("3574"), "USD per TB Athena scans (10 MB minimum per query)")
}), stryMutAct_9fa48("3575") ? {} : (stryCov_9fa48("3575"), {
  key: stryMutAct_9fa48("3576") ? "" : (stryCov_9fa48("3576"), "quicksightAuthorMonth"),
  flag: stryMutAct_9fa48("3577") ? "" : (stryCov_9fa48("3577"), "price-quicksight-author"),
  description: stryMutAct_9fa48("3578") ? "" : (stryCov_9fa48("3578"), "USD per QuickSight Author (or Admin) a month")
}), stryMutAct_9fa48("3579") ? {} : (stryCov_9fa48("3579"), {
  key: stryMutAct_9fa48("3580") ? "" : (stryCov_9fa48("3580"), "quicksightReaderMonth"),
  flag: stryMutAct_9fa48("3581") ? "" : (stryCov_9fa48("3581"), "price-quicksight-reader"),
  description: stryMutAct_9fa48("3582") ? "" : (stryCov_9fa48("3582"), "USD per QuickSight Reader a month")
}), stryMutAct_9fa48("3583") ? {} : (stryCov_9fa48("3583"), {
  key: stryMutAct_9fa48("3584") ? "" : (stryCov_9fa48("3584"), "auroraStorageGbMonth"),
  flag: stryMutAct_9fa48("3585") ? "" : (stryCov_9fa48("3585"), "price-aurora-storage-gb-month"),
  description: stryMutAct_9fa48("3586") ? "" : (stryCov_9fa48("3586"), "USD per GB-month of Aurora storage (needed with --binlog-storage-gb)")
}), stryMutAct_9fa48("3587") ? {} : (stryCov_9fa48("3587"), {
  key: stryMutAct_9fa48("3588") ? "" : (stryCov_9fa48("3588"), "auroraIoMillion"),
  flag: stryMutAct_9fa48("3589") ? "" : (stryCov_9fa48("3589"), "price-aurora-io-million"),
  description: stryMutAct_9fa48("3590") ? "" : (stryCov_9fa48("3590"), "USD per million Aurora I/O requests, Aurora Standard (needed with --binlog-million-ios)")
})]);

/** The Glue Data Catalog's free tier: the first million requests a month. */
export const GLUE_CATALOG_FREE_REQUESTS = Exact.of(1_000_000);

/** Thrown for a bad flag, file or value; the CLI prints the message alone. */
export class InputError extends Error {
  constructor(message: string) {
    if (stryMutAct_9fa48("3591")) {
      {}
    } else {
      stryCov_9fa48("3591");
      super(message);
      Object.setPrototypeOf(this, InputError.prototype);
      this.name = stryMutAct_9fa48("3592") ? "" : (stryCov_9fa48("3592"), "InputError");
    }
  }
}
const NON_NEGATIVE_DECIMAL = stryMutAct_9fa48("3599") ? /^\d+(\.\D+)?$/ : stryMutAct_9fa48("3598") ? /^\d+(\.\d)?$/ : stryMutAct_9fa48("3597") ? /^\d+(\.\d+)$/ : stryMutAct_9fa48("3596") ? /^\D+(\.\d+)?$/ : stryMutAct_9fa48("3595") ? /^\d(\.\d+)?$/ : stryMutAct_9fa48("3594") ? /^\d+(\.\d+)?/ : stryMutAct_9fa48("3593") ? /\d+(\.\d+)?$/ : (stryCov_9fa48("3593", "3594", "3595", "3596", "3597", "3598", "3599"), /^\d+(\.\d+)?$/);

/** A non-negative decimal as written ("0.494", "100"); `where` names the flag or file key in the error. */
export function parseAmount(value: unknown, where: string): Exact {
  if (stryMutAct_9fa48("3600")) {
    {}
  } else {
    stryCov_9fa48("3600");
    const text = (stryMutAct_9fa48("3603") ? typeof value === "number" || Number.isFinite(value) : stryMutAct_9fa48("3602") ? false : stryMutAct_9fa48("3601") ? true : (stryCov_9fa48("3601", "3602", "3603"), (stryMutAct_9fa48("3605") ? typeof value !== "number" : stryMutAct_9fa48("3604") ? true : (stryCov_9fa48("3604", "3605"), typeof value === (stryMutAct_9fa48("3606") ? "" : (stryCov_9fa48("3606"), "number")))) && Number.isFinite(value))) ? String(value) : value;
    if (stryMutAct_9fa48("3609") ? typeof text !== "string" && !NON_NEGATIVE_DECIMAL.test(text.trim()) : stryMutAct_9fa48("3608") ? false : stryMutAct_9fa48("3607") ? true : (stryCov_9fa48("3607", "3608", "3609"), (stryMutAct_9fa48("3611") ? typeof text === "string" : stryMutAct_9fa48("3610") ? false : (stryCov_9fa48("3610", "3611"), typeof text !== (stryMutAct_9fa48("3612") ? "" : (stryCov_9fa48("3612"), "string")))) || (stryMutAct_9fa48("3613") ? NON_NEGATIVE_DECIMAL.test(text.trim()) : (stryCov_9fa48("3613"), !NON_NEGATIVE_DECIMAL.test(stryMutAct_9fa48("3614") ? text : (stryCov_9fa48("3614"), text.trim())))))) {
      if (stryMutAct_9fa48("3615")) {
        {}
      } else {
        stryCov_9fa48("3615");
        throw new InputError(stryMutAct_9fa48("3616") ? `` : (stryCov_9fa48("3616"), `${where} has the invalid value ${JSON.stringify(value)}: allowed is a non-negative decimal number like 100 or 0.494.`));
      }
    }
    return Exact.of(stryMutAct_9fa48("3617") ? text : (stryCov_9fa48("3617"), text.trim()));
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
  if (stryMutAct_9fa48("3618")) {
    {}
  } else {
    stryCov_9fa48("3618");
    const out = {} as Record<K, Exact | undefined>;
    for (const spec of specs) {
      if (stryMutAct_9fa48("3619")) {
        {}
      } else {
        stryCov_9fa48("3619");
        const given = (overrides as Record<string, unknown>)[spec.key];
        const fallback = stryMutAct_9fa48("3620") ? defaults[spec.key] && spec.defaultValue : (stryCov_9fa48("3620"), defaults[spec.key] ?? spec.defaultValue);
        out[spec.key] = (stryMutAct_9fa48("3623") ? given === undefined : stryMutAct_9fa48("3622") ? false : stryMutAct_9fa48("3621") ? true : (stryCov_9fa48("3621", "3622", "3623"), given !== undefined)) ? parseAmount(given, describe(spec)) : (stryMutAct_9fa48("3626") ? fallback === undefined : stryMutAct_9fa48("3625") ? false : stryMutAct_9fa48("3624") ? true : (stryCov_9fa48("3624", "3625", "3626"), fallback !== undefined)) ? Exact.of(fallback) : undefined;
      }
    }
    return out;
  }
}

/** Applies overrides on the defaults and validates every value. `describe` names an input in errors (flag or file key). */
export function resolveInputs(overrides: Overrides = {}, describe: (spec: InputSpec<string>) => string = stryMutAct_9fa48("3627") ? () => undefined : (stryCov_9fa48("3627"), spec => spec.key), options: ResolveOptions = {}): Inputs {
  if (stryMutAct_9fa48("3628")) {
    {}
  } else {
    stryCov_9fa48("3628");
    const model = stryMutAct_9fa48("3629") ? options.model && "aws" : (stryCov_9fa48("3629"), options.model ?? (stryMutAct_9fa48("3630") ? "" : (stryCov_9fa48("3630"), "aws")));
    const listed = (stryMutAct_9fa48("3633") ? options.region !== undefined : stryMutAct_9fa48("3632") ? false : stryMutAct_9fa48("3631") ? true : (stryCov_9fa48("3631", "3632", "3633"), options.region === undefined)) ? undefined : REGION_PRICES[options.region];
    const usage = resolve(USAGE_INPUTS, overrides, model === "seeds" ? SEED_USAGE : {}, describe) as UsageAssumptions;
    const prices = resolve(PRICE_INPUTS, overrides, model === "seeds" ? SEED_PRICES : listed ?? {}, describe) as Prices;
    for (const key of ["daysPerMonth", "syncMinutesPerRefresh"] as const) {
      if (stryMutAct_9fa48("3634")) {
        {}
      } else {
        stryCov_9fa48("3634");
        if (stryMutAct_9fa48("3636") ? false : stryMutAct_9fa48("3635") ? true : (stryCov_9fa48("3635", "3636"), usage[key].isZero())) {
          if (stryMutAct_9fa48("3637")) {
            {}
          } else {
            stryCov_9fa48("3637");
            throw new InputError(stryMutAct_9fa48("3638") ? `` : (stryCov_9fa48("3638"), `${describe(USAGE_INPUTS.find(stryMutAct_9fa48("3639") ? () => undefined : (stryCov_9fa48("3639"), s => stryMutAct_9fa48("3642") ? s.key !== key : stryMutAct_9fa48("3641") ? false : stryMutAct_9fa48("3640") ? true : (stryCov_9fa48("3640", "3641", "3642"), s.key === key)))!)} must be more than 0.`));
          }
        }
      }
    }
    const priceSource = (stryMutAct_9fa48("3645") ? model !== "seeds" : stryMutAct_9fa48("3644") ? false : stryMutAct_9fa48("3643") ? true : (stryCov_9fa48("3643", "3644", "3645"), model === (stryMutAct_9fa48("3646") ? "" : (stryCov_9fa48("3646"), "seeds")))) ? stryMutAct_9fa48("3647") ? "" : (stryCov_9fa48("3647"), "the reference samples' unit prices (Asia Pacific (Tokyo), every QuickSight user a Reader)") : (stryMutAct_9fa48("3650") ? listed === undefined : stryMutAct_9fa48("3649") ? false : stryMutAct_9fa48("3648") ? true : (stryCov_9fa48("3648", "3649", "3650"), listed !== undefined)) ? stryMutAct_9fa48("3651") ? `` : (stryCov_9fa48("3651"), `AWS list prices for ${options.region}, checked ${PRICE_TABLE_DATE}`) : (stryMutAct_9fa48("3654") ? options.region !== undefined : stryMutAct_9fa48("3653") ? false : stryMutAct_9fa48("3652") ? true : (stryCov_9fa48("3652", "3653", "3654"), options.region === undefined)) ? stryMutAct_9fa48("3655") ? "" : (stryCov_9fa48("3655"), "no region: set aws:region in the stack or pass --region, or give every price as a flag") : stryMutAct_9fa48("3656") ? `` : (stryCov_9fa48("3656"), `no list prices for ${options.region} in this estimator: prices from flags`);
    return stryMutAct_9fa48("3657") ? {} : (stryCov_9fa48("3657"), {
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
  if (stryMutAct_9fa48("3658")) {
    {}
  } else {
    stryCov_9fa48("3658");
    let parsed: unknown;
    try {
      if (stryMutAct_9fa48("3659")) {
        {}
      } else {
        stryCov_9fa48("3659");
        parsed = JSON.parse(text);
      }
    } catch (e) {
      if (stryMutAct_9fa48("3660")) {
        {}
      } else {
        stryCov_9fa48("3660");
        throw new InputError(stryMutAct_9fa48("3661") ? `` : (stryCov_9fa48("3661"), `${fileName} is not valid JSON: ${(e as Error).message}.`));
      }
    }
    if (stryMutAct_9fa48("3664") ? (typeof parsed !== "object" || parsed === null) && Array.isArray(parsed) : stryMutAct_9fa48("3663") ? false : stryMutAct_9fa48("3662") ? true : (stryCov_9fa48("3662", "3663", "3664"), (stryMutAct_9fa48("3666") ? typeof parsed !== "object" && parsed === null : stryMutAct_9fa48("3665") ? false : (stryCov_9fa48("3665", "3666"), (stryMutAct_9fa48("3668") ? typeof parsed === "object" : stryMutAct_9fa48("3667") ? false : (stryCov_9fa48("3667", "3668"), typeof parsed !== (stryMutAct_9fa48("3669") ? "" : (stryCov_9fa48("3669"), "object")))) || (stryMutAct_9fa48("3671") ? parsed !== null : stryMutAct_9fa48("3670") ? false : (stryCov_9fa48("3670", "3671"), parsed === null)))) || Array.isArray(parsed))) {
      if (stryMutAct_9fa48("3672")) {
        {}
      } else {
        stryCov_9fa48("3672");
        throw new InputError(stryMutAct_9fa48("3673") ? `` : (stryCov_9fa48("3673"), `${fileName} must hold a JSON object with "usage" and/or "prices".`));
      }
    }
    const overrides: Record<string, unknown> = {};
    const sections: Record<string, readonly InputSpec<string>[]> = stryMutAct_9fa48("3674") ? {} : (stryCov_9fa48("3674"), {
      usage: USAGE_INPUTS,
      prices: PRICE_INPUTS
    });
    for (const [section, body] of Object.entries(parsed as Record<string, unknown>)) {
      if (stryMutAct_9fa48("3675")) {
        {}
      } else {
        stryCov_9fa48("3675");
        const specs = sections[section];
        if (stryMutAct_9fa48("3678") ? specs !== undefined : stryMutAct_9fa48("3677") ? false : stryMutAct_9fa48("3676") ? true : (stryCov_9fa48("3676", "3677", "3678"), specs === undefined)) {
          if (stryMutAct_9fa48("3679")) {
            {}
          } else {
            stryCov_9fa48("3679");
            throw new InputError(stryMutAct_9fa48("3680") ? `` : (stryCov_9fa48("3680"), `${fileName} has the unknown section "${section}": allowed are "usage" and "prices".`));
          }
        }
        if (stryMutAct_9fa48("3683") ? (typeof body !== "object" || body === null) && Array.isArray(body) : stryMutAct_9fa48("3682") ? false : stryMutAct_9fa48("3681") ? true : (stryCov_9fa48("3681", "3682", "3683"), (stryMutAct_9fa48("3685") ? typeof body !== "object" && body === null : stryMutAct_9fa48("3684") ? false : (stryCov_9fa48("3684", "3685"), (stryMutAct_9fa48("3687") ? typeof body === "object" : stryMutAct_9fa48("3686") ? false : (stryCov_9fa48("3686", "3687"), typeof body !== (stryMutAct_9fa48("3688") ? "" : (stryCov_9fa48("3688"), "object")))) || (stryMutAct_9fa48("3690") ? body !== null : stryMutAct_9fa48("3689") ? false : (stryCov_9fa48("3689", "3690"), body === null)))) || Array.isArray(body))) {
          if (stryMutAct_9fa48("3691")) {
            {}
          } else {
            stryCov_9fa48("3691");
            throw new InputError(stryMutAct_9fa48("3692") ? `` : (stryCov_9fa48("3692"), `${fileName}: "${section}" must be an object.`));
          }
        }
        for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
          if (stryMutAct_9fa48("3693")) {
            {}
          } else {
            stryCov_9fa48("3693");
            if (stryMutAct_9fa48("3696") ? false : stryMutAct_9fa48("3695") ? true : stryMutAct_9fa48("3694") ? specs.some(s => s.key === key) : (stryCov_9fa48("3694", "3695", "3696"), !(stryMutAct_9fa48("3697") ? specs.every(s => s.key === key) : (stryCov_9fa48("3697"), specs.some(stryMutAct_9fa48("3698") ? () => undefined : (stryCov_9fa48("3698"), s => stryMutAct_9fa48("3701") ? s.key !== key : stryMutAct_9fa48("3700") ? false : stryMutAct_9fa48("3699") ? true : (stryCov_9fa48("3699", "3700", "3701"), s.key === key))))))) {
              if (stryMutAct_9fa48("3702")) {
                {}
              } else {
                stryCov_9fa48("3702");
                throw new InputError(stryMutAct_9fa48("3703") ? `` : (stryCov_9fa48("3703"), `${fileName} has the unknown key ${section}.${key}: allowed are ${specs.map(stryMutAct_9fa48("3704") ? () => undefined : (stryCov_9fa48("3704"), s => s.key)).join(stryMutAct_9fa48("3705") ? "" : (stryCov_9fa48("3705"), ", "))}.`));
              }
            }
            parseAmount(value, stryMutAct_9fa48("3706") ? `` : (stryCov_9fa48("3706"), `${fileName} ${section}.${key}`));
            overrides[key] = value;
          }
        }
      }
    }
    return overrides as Overrides;
  }
}