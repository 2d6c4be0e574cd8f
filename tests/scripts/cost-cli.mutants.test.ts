// `npm run cost` in-process through runCli (issue 13 item 5): the same runs as tests/scripts/cost-cli.test.ts's child
// processes, which mutants cannot reach, with exact output, stderr lines and exit codes.
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { usage } from "../../scripts/cost/cli";
import { costStackDir, runCostCli as run, usageRefusal } from "./helpers/costStacks";


const HELP = [
            "Usage: npm run cost -- --stack <name> [--dir <project dir>] [--region <region>] [--model aws|seeds]",
            "                      [--compare-intervals 0,60,900,3600] [--assumptions <file.json>] [--<input> <value> ...]",
            "",
            "Prints an itemized monthly cost estimate for a stack from Pulumi.<name>.yaml, usage assumptions and prices.",
            "Prices follow the stack's aws:region (or --region): list prices for us-east-1, us-west-2, ap-northeast-1; other regions need the price flags.",
            "--model seeds recomputes the reference samples' tables with their own assumptions and prices.",
            "The file holds {\"usage\": {...}, \"prices\": {...}} with the keys below; flags override the file.",
            "",
            "  --queries-per-day (queriesPerDay, default 100): queries a day, all people together (samples: 10 people x 10)",
            "  --minutes-per-query (minutesPerQuery, default 3): Redshift minutes one query keeps the base capacity busy",
            "  --sync-minutes-per-refresh (syncMinutesPerRefresh, default 1): minutes one zero-ETL refresh cycle takes (billed at least 1: Redshift Serverless bills a 60-second minimum)",
            "  --data-size-gb (dataSizeGb, default 100): GB of data in Aurora: Redshift managed storage, the initial seeding and each export are billed on it",
            "  --compressed-size-gb (compressedSizeGb, default 33): GB of that data as Parquet: what one full-scan Athena query reads",
            "  --quicksight-authors (quicksightAuthors, default 1): QuickSight Authors or Admins (quicksightPrincipalArn, who owns the data source and datasets, is one)",
            "  --quicksight-readers (quicksightReaders, default 10): QuickSight Readers (the samples: 10 people)",
            "  --days-per-month (daysPerMonth, default 30): days in the month the estimate covers",
            "  --export-runs-per-month (exportRunsPerMonth, default from loadSchedule): diff runs (exports) a month; default: derived from loadSchedule",
            "  --crawler-runs-per-month (crawlerRunsPerMonth, default 0): Glue crawler runs a month (0: this pipeline defines its tables and runs no crawler)",
            "  --crawler-minutes-per-run (crawlerMinutesPerRun, default 10): billed minutes per crawler run at 1 DPU (Glue bills crawlers a 10-minute minimum)",
            "  --binlog-storage-gb (binlogStorageGb, default 0): GB-months of Aurora storage the enhanced binlog adds (0: not estimated; measure it on your cluster)",
            "  --binlog-million-ios (binlogMillionIos, default 0): million Aurora I/O requests a month the enhanced binlog adds, Aurora Standard only (0: not estimated)",
            "  --full-sync-runs-per-month (fullSyncRunsPerMonth, default from fullSyncSchedule): full-sync runs (exports) a month, on top of the diff runs (aws model); default: derived from fullSyncSchedule",
            "  --diff-run-scan-gb (diffRunScanGb, default from compressed-size-gb): GB the pipeline's own statements scan in one diff run, all tables (aws model); default: compressed-size-gb x (4 per fully synchronised table + 2 per diff table) / tables",
            "  --full-sync-scan-gb (fullSyncScanGb, default from compressed-size-gb): GB the pipeline's own statements scan in one full sync (aws model); default: 4 x compressed-size-gb (the MERGE reads the stage once and the master twice, OPTIMIZE reads the master)",
            "  --export-minutes-per-run (exportMinutesPerRun, default 60): minutes an export takes to complete: the run checks it once per poll interval, 3 state transitions a check (aws model)",
            "  --aurora-average-acu (auroraAverageAcu, default 0.5): average ACUs of the Aurora Serverless v2 writer a new cluster gets (aws model; 0.5 is its minCapacity, the floor)",
            "  --price-rpu-hour (redshiftRpuHour, default from the region's list prices): USD per Redshift Serverless RPU-hour",
            "  --price-storage-gb-month (redshiftStorageGbMonth, default from the region's list prices): USD per GB-month of Redshift managed storage",
            "  --price-export-gb (exportGb, default from the region's list prices): USD per GB exported from Aurora to S3 (billed on the whole cluster; also the zero-ETL initial seeding)",
            "  --price-glue-dpu-hour (glueDpuHour, default from the region's list prices): USD per Glue crawler DPU-hour",
            "  --price-glue-catalog-million-requests (glueCatalogMillionRequests, default from the region's list prices): USD per million Glue Data Catalog requests beyond the free million a month",
            "  --price-athena-tb (athenaTb, default from the region's list prices): USD per TB Athena scans (10 MB minimum per query)",
            "  --price-quicksight-author (quicksightAuthorMonth, default from the region's list prices): USD per QuickSight Author (or Admin) a month",
            "  --price-quicksight-reader (quicksightReaderMonth, default from the region's list prices): USD per QuickSight Reader a month",
            "  --price-aurora-storage-gb-month (auroraStorageGbMonth, no list price here: a flag): USD per GB-month of Aurora storage (needed with --binlog-storage-gb)",
            "  --price-aurora-io-million (auroraIoMillion, no list price here: a flag): USD per million Aurora I/O requests, Aurora Standard (needed with --binlog-million-ios)",
            "  --price-s3-gb-month (s3StandardGbMonth, no list price here: a flag): USD per GB-month of S3 Standard storage (needed with the Athena pipeline: kept exports and masters)",
            "  --price-sfn-thousand-transitions (stepFunctionsThousandTransitions, default from the region's list prices): USD per 1,000 Step Functions Standard state transitions beyond the free 4,000 a month",
            "  --price-aurora-acu-hour (auroraAcuHour, no list price here: a flag): USD per Aurora Serverless v2 ACU-hour, Aurora Standard (needed when the stack creates the cluster)",
            "  --price-interface-endpoint-hour (interfaceEndpointHour, no list price here: a flag): USD per interface VPC endpoint per AZ per hour (needed when the stack creates interface endpoints)",
            "  --price-kms-key-month (kmsKeyMonth, default from the region's list prices): USD per KMS customer managed key a month",
            "  --price-bastion-instance-hour (bastionInstanceHour, no list price here: a flag): USD per hour of the bastion's t3.micro On-Demand instance (needed with bastion)",
];

describe("npm run cost in-process (runCli)", () => {
    let dir: string;

    before(() => {
        dir = costStackDir("cost-cli-mut-");
    });

    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("prints the whole help text, alone or with other flags, and nothing on stderr", () => {
        assert.deepStrictEqual(usage(), HELP);
        assert.deepStrictEqual(run(["--help"], dir), { code: 0, out: HELP, err: [] });
        assert.deepStrictEqual(run(["--stack", "nope", "--help"], dir), { code: 0, out: HELP, err: [] });
    });

    it("prices the Tokyo stack from --dir with the stack file's region and compares the default intervals", () => {
        const r = run(["--stack", "zeroetl", "--dir", dir], os.tmpdir());
        assert.deepStrictEqual(r.err, []);
        assert.strictEqual(r.code, 0);
        assert.deepStrictEqual(r.out.slice(0, 24), [
            "Monthly cost estimate for stack zeroetl (USD, 30-day month, region ap-northeast-1, aws model)",
            "",
            "Zero-ETL: Aurora MySQL -> Redshift Serverless, 8 RPU, REFRESH_INTERVAL 3600 s",
            "  Redshift compute, queries          592.8  = 0.494 USD/RPU-hour x 8 RPU x 3/60 hour x 100 queries/day x 30 days",
            "  Redshift compute, syncs        46.646557  = 0.494 USD/RPU-hour x 8 RPU x 1/60 hour x 86400/(3600 + 60) = 23.606557 syncs/day x 30 days",
            "  Redshift managed storage            2.61  = 100 GB x 0.0261 USD/GB-month",
            "  Aurora binlog storage                  0  = not estimated: pass --binlog-storage-gb and --price-aurora-storage-gb-month",
            "  Aurora binlog I/O                      0  = not estimated: pass --binlog-million-ios and --price-aurora-io-million (Aurora Standard)",
            "  Subtotal                      642.056557",
            "",
            "Stack fixed costs: always on, whatever runs (aws model)",
            "  KMS keys                               2  = 2 keys (Redshift namespace, zero-ETL alerts) x 1 USD/key-month",
            "  Subtotal                               2",
            "",
            "Total                           644.056557 USD/month",
            "",
            "Once, when the integration is created (not in the total):",
            "  Zero-ETL initial seeding             1.2  = 100 GB x 0.012 USD/GB (a snapshot export of the cluster)",
            "",
            "What refreshIntervalSeconds does to sync cost (8 RPU, 1 min per refresh):",
            "  0 s (continuous, upper bound)     2845.44 USD/month (1440 syncs/day, 24 hours/day)",
            "  3600 s (configured)            46.646557 USD/month (23.606557 syncs/day, 0.393443 hours/day)",
            "  Continuous replication keeps 8 RPU busy: 3.952 USD/hour.",
            "",
        ]);
    });

    it("reads the stack file from the working directory without --dir, in the seeds model with an assumptions file", () => {
        const r = run(["--stack", "athena", "--model", "seeds", "--assumptions", path.join(dir, "athena-sample.json")], dir);
        assert.deepStrictEqual(r.err, []);
        assert.strictEqual(r.code, 0);
        assert.deepStrictEqual(r.out.slice(0, 11), [
            "Monthly cost estimate for stack athena (USD, 30-day month, seeds model)",
            "",
            "Athena pipeline: cron(0 3 * * ? *), 30 runs/month (the samples' daily update)",
            "  Aurora export to S3                   36  = 100 GB x 0.012 USD/GB x 30 runs",
            "  Glue crawler                         2.2  = 0.44 USD/DPU-hour x 10/60 hour x 30 runs",
            "  Glue Data Catalog                      0  = 3000 requests/month, first 1000000 free, then 1 USD/million",
            "  Athena queries                       495  = 0.033 TB x 5 USD/TB x 100 queries/day x 30 days",
            "  QuickSight                            30  = 10 users x 3 USD/user (the samples count every user a Reader)",
            "  Subtotal                           563.2",
            "",
            "Total                                563.2 USD/month",
        ]);
        assert.ok(r.out.includes("  --crawler-runs-per-month 30: Glue crawler runs a month (0: this pipeline defines its tables and runs no crawler)"));
    });

    it("lets --region override the stack file's region and --compare-intervals replace the default comparison", () => {
        const r = run(["--stack", "zeroetl", "--dir", dir, "--region", "us-west-2", "--compare-intervals", "900,60"], os.tmpdir());
        assert.deepStrictEqual(r.err, []);
        assert.strictEqual(r.code, 0);
        assert.strictEqual(r.out[0], "Monthly cost estimate for stack zeroetl (USD, 30-day month, region us-west-2, aws model)");
        const from = r.out.indexOf("What refreshIntervalSeconds does to sync cost (8 RPU, 1 min per refresh):");
        assert.deepStrictEqual(r.out.slice(from + 1, from + 4).map(l => l.split(" USD/month")[0].trim()), [
            "60 s                                1080",
            "900 s                                135",
            "3600 s (configured)            35.409836",
        ].map(l => l.trim()));
    });

    it("refuses an empty --stack, a positional argument and malformed intervals, and accepts the 432000 s maximum", () => {
        assert.deepStrictEqual(run(["--stack", ""], dir), usageRefusal("--stack is required: the stack whose Pulumi.<stack>.yaml to estimate, e.g. npm run cost -- --stack dev"));
        assert.deepStrictEqual(run(["--stack", "zeroetl", "--dir", dir, "stray"], dir), usageRefusal("unexpected argument \"stray\""));
        assert.deepStrictEqual(run(["--stack", "zeroetl", "--compare-intervals", "60,,900"], dir).err,
            ["--compare-intervals has the invalid value \"60,,900\": allowed is a comma-separated list of seconds from 0 to 432000, like 0,60,900,3600."]);
        assert.deepStrictEqual(run(["--stack", "zeroetl", "--compare-intervals", "-1"], dir),
            usageRefusal("option --compare-intervals needs a value (write --compare-intervals=<value> for one that starts with -)"));
        assert.deepStrictEqual(run(["--stack", "zeroetl", "--compare-intervals=-1"], dir).code, 1);
        assert.strictEqual(run(["--stack", "zeroetl", "--compare-intervals", "432000"], dir).code, 0);
    });

    it("fails with the config's own sentence on an invalid stack value, and rethrows errors it does not know", () => {
        assert.deepStrictEqual(run(["--stack", "bad"], dir), {
            code: 1, out: [],
            err: ["Config key aurora-analytics:redshiftBaseCapacity has the invalid value \"10\": allowed is 4, or a multiple of 8 from 8 to 512; fix it with `pulumi config set redshiftBaseCapacity 8`."],
        });
        assert.throws(() => run(["--stack", "zeroetl", "--assumptions", dir], dir), (e: NodeJS.ErrnoException) => e.code === "EISDIR");
    });

    it("names the flag, not the file key, when a flag holds the bad value next to an assumptions file", () => {
        assert.deepStrictEqual(run(["--stack", "zeroetl", "--assumptions", path.join(dir, "athena-sample.json"), "--days-per-month", "0"], dir), {
            code: 1, out: [], err: ["--days-per-month must be more than 0."],
        });
    });
});
