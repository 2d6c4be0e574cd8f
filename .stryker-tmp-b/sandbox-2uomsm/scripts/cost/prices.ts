// @ts-nocheck
// Unit prices by region (USD, on-demand list prices) and the seeds' own prices; regions not listed need price flags.
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
import type { PriceKey } from "./inputs";

/** When the table was last compared with the sources below; printed with every estimate that uses it. */
export const PRICE_TABLE_DATE = stryMutAct_9fa48("3707") ? "" : (stryCov_9fa48("3707"), "November 2026");

/**
 * Where each number comes from (also in docs/aws-contract.md, "Cost model"):
 * - Redshift Serverless RPU-hour and managed storage: aws.amazon.com/redshift/pricing/ (US East and US West (Oregon):
 *   0.375 per RPU-hour, 0.024 per GB-month; Asia Pacific (Tokyo): 0.494 and 0.0261, the figures the zero-ETL seed quotes).
 * - Aurora snapshot export to S3 per GB: aws.amazon.com/rds/aurora/pricing/ ("Snapshot Export"; 0.010 in US regions,
 *   0.012 in Tokyo as the Athena seed quotes).
 * - Glue 0.44 per DPU-hour and 1 per million Data Catalog requests past the free million: aws.amazon.com/glue/pricing/.
 * - Athena 5 per TB scanned, 10 MB minimum per query: aws.amazon.com/athena/pricing/ (FACTS.md).
 * - Amazon Quick (QuickSight) BI Author 24 and BI Reader 3 per user a month, the same in every region:
 *   aws.amazon.com/quicksuite/pricing/; docs.aws.amazon.com/quick/latest/userguide/monitoring-upgrades.html
 *   ("BI Reader ($3/month)"); an Admin is billed as an Author (docs.aws.amazon.com/quicksuite/latest/userguide/user-types.html).
 * Aurora storage and I/O prices are deliberately not in the table: pass them with the binlog inputs.
 */
export const REGION_PRICES: Readonly<Record<string, Readonly<Partial<Record<PriceKey, string>>>>> = stryMutAct_9fa48("3708") ? {} : (stryCov_9fa48("3708"), {
  "us-east-1": stryMutAct_9fa48("3709") ? {} : (stryCov_9fa48("3709"), {
    redshiftRpuHour: stryMutAct_9fa48("3710") ? "" : (stryCov_9fa48("3710"), "0.375"),
    redshiftStorageGbMonth: stryMutAct_9fa48("3711") ? "" : (stryCov_9fa48("3711"), "0.024"),
    exportGb: stryMutAct_9fa48("3712") ? "" : (stryCov_9fa48("3712"), "0.01"),
    glueDpuHour: stryMutAct_9fa48("3713") ? "" : (stryCov_9fa48("3713"), "0.44"),
    glueCatalogMillionRequests: stryMutAct_9fa48("3714") ? "" : (stryCov_9fa48("3714"), "1"),
    athenaTb: stryMutAct_9fa48("3715") ? "" : (stryCov_9fa48("3715"), "5"),
    quicksightAuthorMonth: stryMutAct_9fa48("3716") ? "" : (stryCov_9fa48("3716"), "24"),
    quicksightReaderMonth: stryMutAct_9fa48("3717") ? "" : (stryCov_9fa48("3717"), "3")
  }),
  "us-west-2": stryMutAct_9fa48("3718") ? {} : (stryCov_9fa48("3718"), {
    redshiftRpuHour: stryMutAct_9fa48("3719") ? "" : (stryCov_9fa48("3719"), "0.375"),
    redshiftStorageGbMonth: stryMutAct_9fa48("3720") ? "" : (stryCov_9fa48("3720"), "0.024"),
    exportGb: stryMutAct_9fa48("3721") ? "" : (stryCov_9fa48("3721"), "0.01"),
    glueDpuHour: stryMutAct_9fa48("3722") ? "" : (stryCov_9fa48("3722"), "0.44"),
    glueCatalogMillionRequests: stryMutAct_9fa48("3723") ? "" : (stryCov_9fa48("3723"), "1"),
    athenaTb: stryMutAct_9fa48("3724") ? "" : (stryCov_9fa48("3724"), "5"),
    quicksightAuthorMonth: stryMutAct_9fa48("3725") ? "" : (stryCov_9fa48("3725"), "24"),
    quicksightReaderMonth: stryMutAct_9fa48("3726") ? "" : (stryCov_9fa48("3726"), "3")
  }),
  "ap-northeast-1": stryMutAct_9fa48("3727") ? {} : (stryCov_9fa48("3727"), {
    redshiftRpuHour: stryMutAct_9fa48("3728") ? "" : (stryCov_9fa48("3728"), "0.494"),
    redshiftStorageGbMonth: stryMutAct_9fa48("3729") ? "" : (stryCov_9fa48("3729"), "0.0261"),
    exportGb: stryMutAct_9fa48("3730") ? "" : (stryCov_9fa48("3730"), "0.012"),
    glueDpuHour: stryMutAct_9fa48("3731") ? "" : (stryCov_9fa48("3731"), "0.44"),
    glueCatalogMillionRequests: stryMutAct_9fa48("3732") ? "" : (stryCov_9fa48("3732"), "1"),
    athenaTb: stryMutAct_9fa48("3733") ? "" : (stryCov_9fa48("3733"), "5"),
    quicksightAuthorMonth: stryMutAct_9fa48("3734") ? "" : (stryCov_9fa48("3734"), "24"),
    quicksightReaderMonth: stryMutAct_9fa48("3735") ? "" : (stryCov_9fa48("3735"), "3")
  })
});

/**
 * The unit prices the two reference samples (../shared/reference/) compute with: Tokyo's, and every QuickSight user a
 * Reader at 3 USD. The seeds price no Author and no Aurora-side line.
 */
export const SEED_PRICES: Readonly<Partial<Record<PriceKey, string>>> = stryMutAct_9fa48("3736") ? {} : (stryCov_9fa48("3736"), {
  redshiftRpuHour: stryMutAct_9fa48("3737") ? "" : (stryCov_9fa48("3737"), "0.494"),
  redshiftStorageGbMonth: stryMutAct_9fa48("3738") ? "" : (stryCov_9fa48("3738"), "0.0261"),
  exportGb: stryMutAct_9fa48("3739") ? "" : (stryCov_9fa48("3739"), "0.012"),
  glueDpuHour: stryMutAct_9fa48("3740") ? "" : (stryCov_9fa48("3740"), "0.44"),
  glueCatalogMillionRequests: stryMutAct_9fa48("3741") ? "" : (stryCov_9fa48("3741"), "1"),
  athenaTb: stryMutAct_9fa48("3742") ? "" : (stryCov_9fa48("3742"), "5"),
  quicksightReaderMonth: stryMutAct_9fa48("3743") ? "" : (stryCov_9fa48("3743"), "3")
});