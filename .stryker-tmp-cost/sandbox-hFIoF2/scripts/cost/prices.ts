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
export const PRICE_TABLE_DATE = stryMutAct_9fa48("730") ? "" : (stryCov_9fa48("730"), "November 2026");

/**
 * Where each number comes from (also in docs/aws-contract.md, "Cost model"):
 * - Redshift Serverless RPU-hour and managed storage: aws.amazon.com/redshift/pricing/ (US East and US West (Oregon):
 *   0.375 per RPU-hour, 0.024 per GB-month; Asia Pacific (Tokyo): 0.494 and 0.0261, the figures the zero-ETL seed quotes).
 * - Aurora snapshot export to S3 per GB: aws.amazon.com/rds/aurora/pricing/ ("Snapshot Export"; 0.010 in US regions,
 *   0.012 in Tokyo as the Athena seed quotes).
 * - Glue 0.44 per DPU-hour and 1 per million Data Catalog requests past the free million: aws.amazon.com/glue/pricing/.
 * - Athena 5 per TB scanned, 10 MB minimum per query: aws.amazon.com/athena/pricing/ (FACTS.md).
 * - Amazon Quick (QuickSight) BI Author 24 and BI Reader 3 per user a month, the same in every region:
 *   docs.aws.amazon.com/quick/latest/userguide/monitoring-upgrades.html ("BI Reader ($3/month)"), the Author price as
 *   stated on community.amazonquicksight.com ("QuickSight - Author billing": $24/user/month); an Admin is billed as
 *   an Author (docs.aws.amazon.com/quicksuite/latest/userguide/user-types.html).
 * Aurora storage and I/O prices are deliberately not in the table: pass them with the binlog inputs.
 */
export const REGION_PRICES: Readonly<Record<string, Readonly<Partial<Record<PriceKey, string>>>>> = stryMutAct_9fa48("731") ? {} : (stryCov_9fa48("731"), {
  "us-east-1": stryMutAct_9fa48("732") ? {} : (stryCov_9fa48("732"), {
    redshiftRpuHour: stryMutAct_9fa48("733") ? "" : (stryCov_9fa48("733"), "0.375"),
    redshiftStorageGbMonth: stryMutAct_9fa48("734") ? "" : (stryCov_9fa48("734"), "0.024"),
    exportGb: stryMutAct_9fa48("735") ? "" : (stryCov_9fa48("735"), "0.01"),
    glueDpuHour: stryMutAct_9fa48("736") ? "" : (stryCov_9fa48("736"), "0.44"),
    glueCatalogMillionRequests: stryMutAct_9fa48("737") ? "" : (stryCov_9fa48("737"), "1"),
    athenaTb: stryMutAct_9fa48("738") ? "" : (stryCov_9fa48("738"), "5"),
    quicksightAuthorMonth: stryMutAct_9fa48("739") ? "" : (stryCov_9fa48("739"), "24"),
    quicksightReaderMonth: stryMutAct_9fa48("740") ? "" : (stryCov_9fa48("740"), "3")
  }),
  "us-west-2": stryMutAct_9fa48("741") ? {} : (stryCov_9fa48("741"), {
    redshiftRpuHour: stryMutAct_9fa48("742") ? "" : (stryCov_9fa48("742"), "0.375"),
    redshiftStorageGbMonth: stryMutAct_9fa48("743") ? "" : (stryCov_9fa48("743"), "0.024"),
    exportGb: stryMutAct_9fa48("744") ? "" : (stryCov_9fa48("744"), "0.01"),
    glueDpuHour: stryMutAct_9fa48("745") ? "" : (stryCov_9fa48("745"), "0.44"),
    glueCatalogMillionRequests: stryMutAct_9fa48("746") ? "" : (stryCov_9fa48("746"), "1"),
    athenaTb: stryMutAct_9fa48("747") ? "" : (stryCov_9fa48("747"), "5"),
    quicksightAuthorMonth: stryMutAct_9fa48("748") ? "" : (stryCov_9fa48("748"), "24"),
    quicksightReaderMonth: stryMutAct_9fa48("749") ? "" : (stryCov_9fa48("749"), "3")
  }),
  "ap-northeast-1": stryMutAct_9fa48("750") ? {} : (stryCov_9fa48("750"), {
    redshiftRpuHour: stryMutAct_9fa48("751") ? "" : (stryCov_9fa48("751"), "0.494"),
    redshiftStorageGbMonth: stryMutAct_9fa48("752") ? "" : (stryCov_9fa48("752"), "0.0261"),
    exportGb: stryMutAct_9fa48("753") ? "" : (stryCov_9fa48("753"), "0.012"),
    glueDpuHour: stryMutAct_9fa48("754") ? "" : (stryCov_9fa48("754"), "0.44"),
    glueCatalogMillionRequests: stryMutAct_9fa48("755") ? "" : (stryCov_9fa48("755"), "1"),
    athenaTb: stryMutAct_9fa48("756") ? "" : (stryCov_9fa48("756"), "5"),
    quicksightAuthorMonth: stryMutAct_9fa48("757") ? "" : (stryCov_9fa48("757"), "24"),
    quicksightReaderMonth: stryMutAct_9fa48("758") ? "" : (stryCov_9fa48("758"), "3")
  })
});

/**
 * The unit prices the two reference samples (../shared/reference/) compute with: Tokyo's, and every QuickSight user a
 * Reader at 3 USD. The seeds price no Author and no Aurora-side line.
 */
export const SEED_PRICES: Readonly<Partial<Record<PriceKey, string>>> = stryMutAct_9fa48("759") ? {} : (stryCov_9fa48("759"), {
  redshiftRpuHour: stryMutAct_9fa48("760") ? "" : (stryCov_9fa48("760"), "0.494"),
  redshiftStorageGbMonth: stryMutAct_9fa48("761") ? "" : (stryCov_9fa48("761"), "0.0261"),
  exportGb: stryMutAct_9fa48("762") ? "" : (stryCov_9fa48("762"), "0.012"),
  glueDpuHour: stryMutAct_9fa48("763") ? "" : (stryCov_9fa48("763"), "0.44"),
  glueCatalogMillionRequests: stryMutAct_9fa48("764") ? "" : (stryCov_9fa48("764"), "1"),
  athenaTb: stryMutAct_9fa48("765") ? "" : (stryCov_9fa48("765"), "5"),
  quicksightReaderMonth: stryMutAct_9fa48("766") ? "" : (stryCov_9fa48("766"), "3")
});