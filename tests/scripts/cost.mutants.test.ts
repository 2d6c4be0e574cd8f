// Unit tests for the mutants StrykerJS left alive in scripts/cost/ (issue 13 item 5): each case pins the behaviour a
// surviving mutant changed, with exact values, messages, output lines and exit codes.
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { CostConfig, estimateMonthlyCost, requiredPrices, syncCost } from "../../scripts/cost/estimate";
import { Exact } from "../../scripts/cost/exact";
import { InputError, Overrides, parseAmount, parseAssumptionsFile, resolveInputs } from "../../scripts/cost/inputs";
import { parseStackFile, readStackFile } from "../../scripts/cost/stackFile";
import { COST_BASE } from "./helpers/costConfigs";
import { costStackDir, runCostCli as run, usageRefusal } from "./helpers/costStacks";


const ZERO_ETL_ONLY: CostConfig = {
    ...COST_BASE,
    zeroEtl: true,
    refreshIntervalSeconds: 3600,
    redshiftBaseCapacity: 8,
    athenaPipeline: false,
    loadSchedule: "cron(0 3 * * ? *)",
};

const ATHENA_ONLY: CostConfig = { ...ZERO_ETL_ONLY, zeroEtl: false, refreshIntervalSeconds: undefined, athenaPipeline: true };

const WITH_QUICKSIGHT: CostConfig = { ...ATHENA_ONLY, quicksightPrincipalArn: "arn:aws:quicksight:us-east-1:123456789012:user/default/analyst" };

describe("cost exact decimals: negative divisors and fractional operands", () => {
    it("keeps the denominator positive when a division by a negative number leaves a whole number", () => {
        const q = Exact.of(4).div(-2);
        assert.deepStrictEqual([q.num, q.den, q.toDecimal()], [-2n, 1n, "-2"]);
        const f = Exact.fraction(9n, -3n);
        assert.deepStrictEqual([f.num, f.den], [-3n, 1n]);
    });

    it("subtracts and divides by fractions, not only by whole numbers", () => {
        assert.strictEqual(Exact.of("1.5").sub(0.25).toDecimal(), "1.25");
        assert.strictEqual(Exact.of("0.5").sub(Exact.of("0.75")).toDecimal(), "-0.25");
        assert.strictEqual(Exact.of(3).div(0.5).toDecimal(), "6");
        assert.strictEqual(Exact.of(1).div(Exact.of("0.3")).toDecimal(), "3.333333");
    });
});

describe("cost inputs: values that only look like amounts, files that hold no object", () => {
    it("refuses an assumptions file holding a bare number, string or boolean", () => {
        for (const text of ["5", "\"usage\"", "true"]) {
            assert.throws(() => parseAssumptionsFile(text, "a.json"), (e: unknown) => e instanceof InputError &&
                e.message === "a.json must hold a JSON object with \"usage\" and/or \"prices\".");
        }
    });

    it("refuses a one-element list even though its text is a number", () => {
        for (const bad of [[5], ["0.5"]]) {
            assert.throws(() => parseAmount(bad, "a.json usage.queriesPerDay"), (e: unknown) => e instanceof InputError &&
                e.message === `a.json usage.queriesPerDay has the invalid value ${JSON.stringify(bad)}: allowed is a non-negative decimal number like 100 or 0.494.`);
        }
    });
});

describe("cost stack files: one-character values, look-alike namespaces and unreadable files", () => {
    it("reads a one-character string value as a value, not as a secret", () => {
        const file = parseStackFile([
            "config:",
            "  aurora-analytics:redshiftBaseCapacity: \"8\"",
            "  aurora-analytics:zeroEtl: y",
        ].join("\n"), "Pulumi.t.yaml");
        assert.deepStrictEqual([file.raw("redshiftBaseCapacity"), file.raw("zeroEtl"), file.secretKeys], ["8", "y", []]);
    });

    it("ignores a namespace as long as aurora-analytics: that is not it, secrets included", () => {
        const file = parseStackFile([
            "config:",
            "  aurora-analyticz:zeroEtl: false",
            "  aurora-analyticz:alertEmail:",
            "    secure: v1:AAAA",
            "  aurora-analytics:athenaPipeline: false",
        ].join("\n"), "Pulumi.t.yaml");
        assert.deepStrictEqual([file.raw("zeroEtl"), file.raw("alertEmail"), file.raw("athenaPipeline"), file.secretKeys],
            [undefined, undefined, "false", []]);
    });

    it("rethrows a read error other than a missing file instead of calling it a missing stack", () => {
        const dir = costStackDir("cost-mut-dir-");
        try {
            fs.mkdirSync(path.join(dir, "Pulumi.folder.yaml"));
            assert.throws(() => readStackFile(dir, "folder"), (e: unknown) => !(e instanceof InputError) && (e as NodeJS.ErrnoException).code === "EISDIR");
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});

describe("cost estimate: the prices each stack needs", () => {
    const usage = (overrides: Overrides = {}) => resolveInputs(overrides).usage;

    it("zero-ETL needs Redshift's prices, and in the aws model the export and, with binlog storage, Aurora storage", () => {
        // The stack's KMS keys (the new namespace's, the zero-ETL alerts') need their price in the aws model.
        assert.deepStrictEqual(requiredPrices(ZERO_ETL_ONLY, usage(), "aws"), ["redshiftRpuHour", "redshiftStorageGbMonth", "exportGb", "kmsKeyMonth"]);
        assert.deepStrictEqual(requiredPrices(ZERO_ETL_ONLY, usage({ binlogStorageGb: 5 }), "aws"),
            ["redshiftRpuHour", "redshiftStorageGbMonth", "exportGb", "auroraStorageGbMonth", "kmsKeyMonth"]);
        assert.deepStrictEqual(requiredPrices(ZERO_ETL_ONLY, usage({ binlogStorageGb: 5 }), "seeds"), ["redshiftRpuHour", "redshiftStorageGbMonth"]);
    });

    it("the Athena pipeline needs no Redshift price; QuickSight adds an Author in the aws model and only a Reader in the seeds'", () => {
        const athena = ["exportGb", "glueDpuHour", "glueCatalogMillionRequests", "athenaTb"];
        // In the aws model the pipeline's own S3 storage and transitions, and its KMS key, need prices too.
        const own = ["s3StandardGbMonth", "stepFunctionsThousandTransitions", "kmsKeyMonth"];
        assert.deepStrictEqual(requiredPrices(ATHENA_ONLY, usage(), "aws"), [...athena, ...own]);
        assert.deepStrictEqual(requiredPrices(WITH_QUICKSIGHT, usage(), "aws"), [...athena, "quicksightAuthorMonth", "quicksightReaderMonth", ...own]);
        assert.deepStrictEqual(requiredPrices(ATHENA_ONLY, usage(), "seeds"), [...athena, "quicksightReaderMonth"]);
    });

    it("syncCost, called on its own, names the missing RPU-hour price and its flag", () => {
        assert.throws(() => syncCost(3600, 8, usage(), {}), (e: unknown) => e instanceof InputError &&
            e.message === "No redshiftRpuHour price: pass --price-rpu-hour <USD>.");
    });
});

describe("cost estimate: the sync line's formula in each case", () => {
    function syncLine(refreshIntervalSeconds: number, overrides: Overrides, model: "aws" | "seeds"): [string, string] {
        const estimate = estimateMonthlyCost({ ...ZERO_ETL_ONLY, refreshIntervalSeconds }, resolveInputs(overrides, undefined, { model, region: "ap-northeast-1" }));
        const line = estimate.sections[0].lines[1];
        return [line.usd.toDecimal(), line.formula];
    }

    it("the seeds model counts interval 0 as continuous replication, 24 hours a day without cycles", () => {
        assert.deepStrictEqual(syncLine(0, {}, "seeds"),
            ["2845.44", "0.494 USD/RPU-hour x 8 RPU x 24 hours/day x 30 days (continuous replication)"]);
    });

    it("a non-zero interval whose syncs fill the day is not called continuous", () => {
        assert.deepStrictEqual(syncLine(60, {}, "seeds"),
            ["2845.44", "0.494 USD/RPU-hour x 8 RPU x 24 hours/day x 30 days (1440 syncs/day fill the day)"]);
        assert.deepStrictEqual(syncLine(30, { syncMinutesPerRefresh: "0.25" }, "aws"),
            ["2845.44", "0.494 USD/RPU-hour x 8 RPU x 24 hours/day x 30 days (1920 syncs/day fill the day)"]);
    });

    it("shows the billed minutes: at least 1 for a shorter cycle, the cycle itself for a longer one", () => {
        assert.deepStrictEqual(syncLine(3600, { syncMinutesPerRefresh: "0.25" }, "aws"),
            ["47.22722", "0.494 USD/RPU-hour x 8 RPU x 1/60 hour x 86400/(3600 + 15) = 23.900415 syncs/day x 30 days"]);
        assert.deepStrictEqual(syncLine(3600, { syncMinutesPerRefresh: "5" }, "seeds"),
            ["237.12", "0.494 USD/RPU-hour x 8 RPU x 5/60 hour x 24 syncs/day x 30 days"]);
    });
});

describe("npm run cost in-process: cases Stryker's spec list reaches (tests/scripts/cost-cli.test.ts is not in it)", () => {
    let dir: string;

    before(() => {
        dir = costStackDir("cost-mut-");
    });

    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("prints the whole seeds-model report of a continuous stack: no one-time section, 24 hours/day without cycles", () => {
        assert.deepStrictEqual(run(["--stack", "dev", "--model", "seeds", "--compare-intervals", "0,60,3600"], dir), {
            code: 0, err: [], out: [
                "Monthly cost estimate for stack dev (USD, 30-day month, seeds model)",
                "",
                "Zero-ETL: Aurora MySQL -> Redshift Serverless, 16 RPU, REFRESH_INTERVAL 0 s (continuous)",
                "  Redshift compute, queries         1185.6  = 0.494 USD/RPU-hour x 16 RPU x 3/60 hour x 100 queries/day x 30 days",
                "  Redshift compute, syncs          5690.88  = 0.494 USD/RPU-hour x 16 RPU x 24 hours/day x 30 days (continuous replication)",
                "  Redshift managed storage            2.61  = 100 GB x 0.0261 USD/GB-month",
                "  Subtotal                         6879.09",
                "",
                "Athena pipeline: cron(30 3 ? * MON-FRI *), 30 runs/month (the samples' daily update)",
                "  Aurora export to S3                   36  = 100 GB x 0.012 USD/GB x 30 runs",
                "  Glue crawler                         2.2  = 0.44 USD/DPU-hour x 10/60 hour x 30 runs",
                "  Glue Data Catalog                      0  = 3000 requests/month, first 1000000 free, then 1 USD/million",
                "  Athena queries                       495  = 0.033 TB x 5 USD/TB x 100 queries/day x 30 days",
                "  QuickSight                            30  = 10 users x 3 USD/user (the samples count every user a Reader)",
                "  Subtotal                           563.2",
                "",
                "Total                              7442.29 USD/month",
                "",
                "What refreshIntervalSeconds does to sync cost (16 RPU, 1 min per refresh):",
                "  0 s (configured, continuous)     5690.88 USD/month (24 hours/day)",
                "  60 s                             5690.88 USD/month (1440 syncs/day, 24 hours/day)",
                "  3600 s                            94.848 USD/month (24 syncs/day, 0.4 hours/day)",
                "  Continuous replication keeps 16 RPU busy: 7.904 USD/hour.",
                "",
                "Assumptions (override with flags or --assumptions file.json):",
                "  --queries-per-day 100: queries a day, all people together (samples: 10 people x 10)",
                "  --minutes-per-query 3: Redshift minutes one query keeps the base capacity busy",
                "  --sync-minutes-per-refresh 1: minutes one zero-ETL refresh cycle takes (billed at least 1: Redshift Serverless bills a 60-second minimum)",
                "  --data-size-gb 100: GB of data in Aurora: Redshift managed storage, the initial seeding and each export are billed on it",
                "  --compressed-size-gb 33: GB of that data as Parquet: what one full-scan Athena query reads",
                "  --quicksight-authors 0: QuickSight Authors or Admins (quicksightPrincipalArn, who owns the data source and datasets, is one)",
                "  --quicksight-readers 10: QuickSight Readers (the samples: 10 people)",
                "  --days-per-month 30: days in the month the estimate covers",
                "  --export-runs-per-month 30: diff runs (exports) a month; default: derived from loadSchedule",
                "  --crawler-runs-per-month 30: Glue crawler runs a month (0: this pipeline defines its tables and runs no crawler)",
                "  --crawler-minutes-per-run 10: billed minutes per crawler run at 1 DPU (Glue bills crawlers a 10-minute minimum)",
                "  --binlog-storage-gb 0: GB-months of Aurora storage the enhanced binlog adds (0: not estimated; measure it on your cluster)",
                "  --binlog-million-ios 0: million Aurora I/O requests a month the enhanced binlog adds, Aurora Standard only (0: not estimated)",
                "  --full-sync-runs-per-month from fullSyncSchedule: full-sync runs (exports) a month, on top of the diff runs (aws model); default: derived from fullSyncSchedule",
                "  --diff-run-scan-gb from compressed-size-gb: GB the pipeline's own statements scan in one diff run, all tables (aws model); default: compressed-size-gb x (4 per fully synchronised table + 2 per diff table) / tables",
                "  --full-sync-scan-gb from compressed-size-gb: GB the pipeline's own statements scan in one full sync (aws model); default: 4 x compressed-size-gb (the MERGE reads the stage once and the master twice, OPTIMIZE reads the master)",
                "  --export-minutes-per-run 60: minutes an export takes to complete: the run checks it once per poll interval, 3 state transitions a check (aws model)",
                "  --aurora-average-acu 0.5: average ACUs of the Aurora Serverless v2 writer a new cluster gets (aws model; 0.5 is its minCapacity, the floor)",
                "Prices (the reference samples' unit prices (Asia Pacific (Tokyo), every QuickSight user a Reader); override with flags):",
                "  --price-rpu-hour 0.494: USD per Redshift Serverless RPU-hour",
                "  --price-storage-gb-month 0.0261: USD per GB-month of Redshift managed storage",
                "  --price-export-gb 0.012: USD per GB exported from Aurora to S3 (billed on the whole cluster; also the zero-ETL initial seeding)",
                "  --price-glue-dpu-hour 0.44: USD per Glue crawler DPU-hour",
                "  --price-glue-catalog-million-requests 1: USD per million Glue Data Catalog requests beyond the free million a month",
                "  --price-athena-tb 5: USD per TB Athena scans (10 MB minimum per query)",
                "  --price-quicksight-author (none): USD per QuickSight Author (or Admin) a month",
                "  --price-quicksight-reader 3: USD per QuickSight Reader a month",
                "  --price-aurora-storage-gb-month (none): USD per GB-month of Aurora storage (needed with --binlog-storage-gb)",
                "  --price-aurora-io-million (none): USD per million Aurora I/O requests, Aurora Standard (needed with --binlog-million-ios)",
                "  --price-s3-gb-month (none): USD per GB-month of S3 Standard storage (needed with the Athena pipeline: kept exports and masters)",
                "  --price-sfn-thousand-transitions (none): USD per 1,000 Step Functions Standard state transitions beyond the free 4,000 a month",
                "  --price-aurora-acu-hour (none): USD per Aurora Serverless v2 ACU-hour, Aurora Standard (needed when the stack creates the cluster)",
                "  --price-interface-endpoint-hour (none): USD per interface VPC endpoint per AZ per hour (needed when the stack creates interface endpoints)",
                "  --price-kms-key-month (none): USD per KMS customer managed key a month",
                "  --price-bastion-instance-hour (none): USD per hour of the bastion's t3.micro On-Demand instance (needed with bastion)",
                // The spend cap (scripts/cost/spendCap.ts): at interval 0 the expected sync is already 16 RPU all month.
                "",
                "Spend cap (redshiftMaxCapacity 16 RPU; usage limit 24 RPU-hours daily, breachAction emit-metric):",
                "  Expected at refreshIntervalSeconds 0: 5690.88 USD/month of zero-ETL sync.",
                "  Worst case: 5690.88 USD/month = 16 RPU x 24 h x 30 days x 0.494 USD: emit-metric only alerts on a breach; with breachAction deactivate it would be 355.68 USD/month.",
            ],
        });
    });

    it("refuses a missing --stack, a --model in the wrong case, an unknown flag, and intervals that are not plain digits or exceed 432000 s", () => {
        assert.deepStrictEqual(run(["--dir", dir], dir), usageRefusal("--stack is required: the stack whose Pulumi.<stack>.yaml to estimate, e.g. npm run cost -- --stack dev"));
        assert.deepStrictEqual(run(["--stack", "zeroetl", "--model", "AWS"], dir), {
            code: 1, out: [], err: ["--model has the invalid value \"AWS\": allowed are aws and seeds."],
        });
        assert.deepStrictEqual(run(["--stack", "zeroetl", "--bogus"], dir), usageRefusal("unknown option --bogus"));
        for (const intervals of ["0x10", "60,1e3", "0,432001"]) {
            assert.deepStrictEqual(run(["--stack", "zeroetl", "--compare-intervals", intervals], dir), {
                code: 1, out: [],
                err: [`--compare-intervals has the invalid value ${JSON.stringify(intervals)}: allowed is a comma-separated list of seconds from 0 to 432000, like 0,60,900,3600.`],
            });
        }
    });

    it("keeps the assumptions file's values where no flag is given, and names the file key when one is bad", () => {
        const good = path.join(dir, "fifty.json");
        fs.writeFileSync(good, JSON.stringify({ usage: { queriesPerDay: 50 } }));
        const r = run(["--stack", "zeroetl", "--assumptions", good], dir);
        assert.deepStrictEqual([r.code, r.err], [0, []]);
        assert.strictEqual(r.out[3], "  Redshift compute, queries          296.4  = 0.494 USD/RPU-hour x 8 RPU x 3/60 hour x 50 queries/day x 30 days");
        const bad = path.join(dir, "no-sync.json");
        fs.writeFileSync(bad, JSON.stringify({ usage: { syncMinutesPerRefresh: 0 } }));
        assert.deepStrictEqual(run(["--stack", "zeroetl", "--assumptions", bad], dir), {
            code: 1, out: [], err: [`${bad} syncMinutesPerRefresh must be more than 0.`],
        });
    });

    it("notes each secret of the stack file on stderr, in file order, and still estimates", () => {
        fs.writeFileSync(path.join(dir, "Pulumi.secrets.yaml"), [
            "config:",
            "  aws:region: us-east-1",
            "  aurora-analytics:refreshIntervalSeconds: \"3600\"",
            "  aurora-analytics:quicksightPrincipalArn:",
            "    secure: v1:BBBB",
            "  aurora-analytics:alertEmail:",
            "    secure: v1:AAAA",
        ].join("\n"));
        // A new cluster with the pipeline: S3, the writer's ACU-hour and the loader's endpoint have no list price here.
        const r = run(["--stack", "secrets", "--price-s3-gb-month", "0.02", "--price-aurora-acu-hour", "0.1", "--price-interface-endpoint-hour", "0.01"], dir);
        assert.deepStrictEqual([r.code, r.err, r.out[0]], [0, [
            "note: quicksightPrincipalArn is a secret this script cannot decrypt; it is treated as unset.",
            "note: alertEmail is a secret this script cannot decrypt; it is treated as unset.",
        ], "Monthly cost estimate for stack secrets (USD, 30-day month, region us-east-1, aws model)"]);
    });

    it("says which assumptions file is missing when even its folder is", () => {
        const missing = path.join(dir, "nowhere", "assumptions.json");
        assert.deepStrictEqual(run(["--stack", "zeroetl", "--assumptions", missing], dir), {
            code: 1, out: [], err: [`Cannot read ${missing}: no such file.`],
        });
    });
});
