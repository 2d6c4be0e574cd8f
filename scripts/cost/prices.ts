// Unit prices by region (USD, on-demand list prices) and the seeds' own prices; regions not listed need price flags.
import type { PriceKey } from "./inputs";

/** When the table was last compared with the sources below; printed with every estimate that uses it. */
export const PRICE_TABLE_DATE = "November 2026";

/**
 * Where each number comes from (also in docs/aws-contract.md, "Cost model"):
 * - Redshift Serverless RPU-hour and managed storage: aws.amazon.com/redshift/pricing/ (US East and US West (Oregon):
 *   0.375 per RPU-hour, 0.024 per GB-month; Asia Pacific (Tokyo): 0.494 and 0.0261, the figures the zero-ETL seed quotes).
 * - Aurora snapshot export to S3 per GB: aws.amazon.com/rds/aurora/pricing/ ("Snapshot Export"; 0.010 in US regions,
 *   0.012 in Tokyo as the Athena seed quotes).
 * - Glue 0.44 per DPU-hour and 1 per million Data Catalog requests past the free million: aws.amazon.com/glue/pricing/.
 * - Athena 5 per TB scanned, 10 MB minimum per query: aws.amazon.com/athena/pricing/.
 * - Amazon Quick (QuickSight) BI Author 24 and BI Reader 3 per user a month, the same in every region:
 *   docs.aws.amazon.com/quick/latest/userguide/monitoring-upgrades.html ("BI Reader ($3/month)"), the Author price as
 *   stated on community.amazonquicksight.com ("QuickSight - Author billing": $24/user/month); an Admin is billed as
 *   an Author (docs.aws.amazon.com/quicksuite/latest/userguide/user-types.html).
 * Aurora storage and I/O prices are deliberately not in the table: pass them with the binlog inputs.
 */
export const REGION_PRICES: Readonly<Record<string, Readonly<Partial<Record<PriceKey, string>>>>> = {
    "us-east-1": {
        redshiftRpuHour: "0.375", redshiftStorageGbMonth: "0.024", exportGb: "0.01", glueDpuHour: "0.44",
        glueCatalogMillionRequests: "1", athenaTb: "5", quicksightAuthorMonth: "24", quicksightReaderMonth: "3",
    },
    "us-west-2": {
        redshiftRpuHour: "0.375", redshiftStorageGbMonth: "0.024", exportGb: "0.01", glueDpuHour: "0.44",
        glueCatalogMillionRequests: "1", athenaTb: "5", quicksightAuthorMonth: "24", quicksightReaderMonth: "3",
    },
    "ap-northeast-1": {
        redshiftRpuHour: "0.494", redshiftStorageGbMonth: "0.0261", exportGb: "0.012", glueDpuHour: "0.44",
        glueCatalogMillionRequests: "1", athenaTb: "5", quicksightAuthorMonth: "24", quicksightReaderMonth: "3",
    },
};

/**
 * The unit prices the two reference samples (../shared/reference/) compute with: Tokyo's, and every QuickSight user a
 * Reader at 3 USD. The seeds price no Author and no Aurora-side line.
 */
export const SEED_PRICES: Readonly<Partial<Record<PriceKey, string>>> = {
    redshiftRpuHour: "0.494", redshiftStorageGbMonth: "0.0261", exportGb: "0.012", glueDpuHour: "0.44",
    glueCatalogMillionRequests: "1", athenaTb: "5", quicksightReaderMonth: "3",
};
