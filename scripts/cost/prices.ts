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
 * - Step Functions Standard 0.025 per 1,000 state transitions in all three regions, first 4,000 a month free:
 *   aws.amazon.com/step-functions/pricing/ (state transitions pricing table: US East (N. Virginia), US West (Oregon) and
 *   Asia Pacific (Tokyo) $0.0250).
 * - KMS 1 per customer managed key a month, in every region: aws.amazon.com/kms/pricing/ ("Each AWS KMS key that you
 *   create in KMS costs $1/month"; each yearly rotation adds $1/month, not counted: the estimate is a key's first year).
 * Aurora storage and I/O prices are deliberately not in the table: pass them with the binlog inputs.
 * Not in the table either, since no source checked here gives their figures per region (the pricing pages render them
 * in script): S3 Standard per GB-month (aws.amazon.com/s3/pricing/), the Aurora Serverless v2 ACU-hour
 * (aws.amazon.com/rds/aurora/pricing/), the interface endpoint hour per AZ (aws.amazon.com/privatelink/pricing/) and the
 * bastion's EC2 hour (aws.amazon.com/ec2/pricing/on-demand/): an estimate that needs one asks for its flag.
 */
export const REGION_PRICES: Readonly<Record<string, Readonly<Partial<Record<PriceKey, string>>>>> = {
    "us-east-1": {
        redshiftRpuHour: "0.375", redshiftStorageGbMonth: "0.024", exportGb: "0.01", glueDpuHour: "0.44",
        glueCatalogMillionRequests: "1", athenaTb: "5", quicksightAuthorMonth: "24", quicksightReaderMonth: "3",
        stepFunctionsThousandTransitions: "0.025", kmsKeyMonth: "1",
    },
    "us-west-2": {
        redshiftRpuHour: "0.375", redshiftStorageGbMonth: "0.024", exportGb: "0.01", glueDpuHour: "0.44",
        glueCatalogMillionRequests: "1", athenaTb: "5", quicksightAuthorMonth: "24", quicksightReaderMonth: "3",
        stepFunctionsThousandTransitions: "0.025", kmsKeyMonth: "1",
    },
    "ap-northeast-1": {
        redshiftRpuHour: "0.494", redshiftStorageGbMonth: "0.0261", exportGb: "0.012", glueDpuHour: "0.44",
        glueCatalogMillionRequests: "1", athenaTb: "5", quicksightAuthorMonth: "24", quicksightReaderMonth: "3",
        stepFunctionsThousandTransitions: "0.025", kmsKeyMonth: "1",
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
