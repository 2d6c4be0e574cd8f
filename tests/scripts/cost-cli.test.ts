// Tests of `npm run cost`: scripts/cost.ts run under ts-node on temporary stack files, and the CLI's errors in-process.
import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { costStackDir, runCostCli as inProcess, usageRefusal } from "./helpers/costStacks";

const ROOT = path.resolve(__dirname, "../..");
const SCRIPT = path.join(ROOT, "scripts", "cost.ts");
const TS_NODE = require.resolve("ts-node/dist/bin.js");

interface Run {
    readonly status: number | null;
    readonly stdout: string[];
    readonly stderr: string;
}

/** Runs the script as `npm run cost --` would, in `cwd`. */
function cost(args: string[], cwd: string = ROOT): Run {
    const result = spawnSync(process.execPath, [TS_NODE, "--transpile-only", SCRIPT, ...args], { cwd, encoding: "utf8", timeout: 60000 });
    return { status: result.status, stdout: result.stdout.split("\n"), stderr: result.stderr };
}


describe("npm run cost", () => {
    let dir: string;

    before(() => {
        dir = costStackDir("cost-cli-");
    });

    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    // The exact text of these two runs is asserted in-process in cost-cli.mutants.test.ts (same arguments): here the
    // script entry, in a child process, must print exactly what runCli prints, with the same exit status.
    it("prints from the script entry exactly what runCli prints: the Tokyo zero-ETL stack from --dir", () => {
        const args = ["--stack", "zeroetl", "--dir", dir];
        const run = cost(args);
        const expected = inProcess(args, os.tmpdir());
        assert.deepStrictEqual([run.status, run.stderr, run.stdout], [0, "", [...expected.out, ""]]);
        assert.strictEqual(expected.out[0], "Monthly cost estimate for stack zeroetl (USD, 30-day month, region ap-northeast-1, aws model)");
    });

    it("prints from the script entry exactly what runCli prints: the Athena sample in the seeds model, from the working directory", () => {
        const args = ["--stack", "athena", "--model", "seeds", "--assumptions", path.join(dir, "athena-sample.json")];
        const run = cost(args, dir);
        const expected = inProcess(args, dir);
        assert.deepStrictEqual([run.status, run.stderr, run.stdout], [0, "", [...expected.out, ""]]);
        assert.strictEqual(expected.out[0], "Monthly cost estimate for stack athena (USD, 30-day month, seeds model)");
    });

    it("lets --region pick the list prices, flags override the file and prices, and reads config defaults like parseStackConfig", () => {
        const run = cost(["--stack", "dev", "--dir", dir, "--region", "us-west-2", "--assumptions", path.join(dir, "athena-sample.json"),
            "--queries-per-day", "50", "--price-rpu-hour", "0.36", "--price-export-gb", "0.02", "--crawler-runs-per-month", "0",
            "--compare-intervals", "900,60", "--price-s3-gb-month", "0.02", "--price-aurora-acu-hour", "0.1", "--price-interface-endpoint-hour", "0.01"]);
        assert.strictEqual(run.stderr, "");
        assert.strictEqual(run.status, 0);
        assert.deepStrictEqual(run.stdout.slice(0, 42), [
            "Monthly cost estimate for stack dev (USD, 30-day month, region us-west-2, aws model)",
            "",
            "Zero-ETL: Aurora MySQL -> Redshift Serverless, 16 RPU, REFRESH_INTERVAL 0 s (continuous)",
            "  Redshift compute, queries            432  = 0.36 USD/RPU-hour x 16 RPU x 3/60 hour x 50 queries/day x 30 days",
            "  Redshift compute, syncs           4147.2  = 0.36 USD/RPU-hour x 16 RPU x 24 hours/day x 30 days (1440 syncs/day fill the day: continuous, the upper bound)",
            "  Redshift managed storage             2.4  = 100 GB x 0.024 USD/GB-month",
            "  Aurora binlog storage                  0  = not estimated: pass --binlog-storage-gb and --price-aurora-storage-gb-month",
            "  Aurora binlog I/O                      0  = not estimated: pass --binlog-million-ios and --price-aurora-io-million (Aurora Standard)",
            "  Subtotal                          4581.6",
            "",
            "Athena pipeline: cron(30 3 ? * MON-FRI *), 22 runs/month (once a day, 5 days a week, at most 22 days in a 30-day month); " +
                "full syncs cron(0 4 ? * SUN *), 5 runs/month (once a day, 1 day a week, at most 5 days in a 30-day month)",
            "  Aurora export to S3                   44  = 100 GB x 0.02 USD/GB x 22 runs",
            "  Aurora export, full syncs             10  = 100 GB x 0.02 USD/GB x 5 runs (each export is billed on the whole cluster)",
            "  Glue crawler                           0  = 0.44 USD/DPU-hour x 10/60 hour x 0 runs (this pipeline runs no crawler)",
            "  Glue Data Catalog                      0  = 1500 requests/month, first 1000000 free, then 1 USD/million",
            "  Athena queries                     247.5  = 0.033 TB x 5 USD/TB x 50 queries/day x 30 days",
            "  Athena, pipeline loads             17.82  = (22 diff runs x max(132 GB, 28 statements x 10 MB) + 5 full syncs x max(132 GB, 28 statements x 10 MB)) = 3.564 TB x 5 USD/TB",
            "  S3, kept exports                   17.82  = 27 exports/month x 30 days kept (backupRetentionDays) / 30 days = 27 exports x 33 GB x 0.02 USD/GB-month",
            "  S3, Iceberg masters                 0.66  = 33 GB x 0.02 USD/GB-month (the current rows; files of snapshots VACUUM still keeps are not counted)",
            "  Step Functions transitions        0.1025  = (22 diff runs x (188 + 112) + 5 full syncs x (188 + 112)) = 8100 transitions/month (run + 7 table loads, no retries, 60 export checks every 60 s), first 4000 free, then 0.025 USD/1000",
            "  Subtotal                        337.9025",
            "",
            "Stack fixed costs: always on, whatever runs (aws model)",
            "  Aurora writer                         36  = 0.5 ACU x 24 h x 30 days x 0.1 USD/ACU-hour (Serverless v2, minCapacity 0.5, maxCapacity 4)",
            "  Interface endpoints                 21.6  = 1 endpoint (secretsmanager) x 3 AZs x 24 h x 30 days x 0.01 USD/hour",
            "  KMS keys                               4  = 4 keys (Aurora cluster, Redshift namespace, Athena pipeline, sample data) x 1 USD/key-month",
            "  Subtotal                            61.6",
            "",
            "Total                            4981.1025 USD/month",
            "",
            "Once, when the integration is created (not in the total):",
            "  Zero-ETL initial seeding               2  = 100 GB x 0.02 USD/GB (a snapshot export of the cluster)",
            "",
            "What refreshIntervalSeconds does to sync cost (16 RPU, 1 min per refresh):",
            "  0 s (configured, continuous)      4147.2 USD/month (1440 syncs/day, 24 hours/day)",
            "  60 s                              2073.6 USD/month (720 syncs/day, 12 hours/day)",
            "  900 s                              259.2 USD/month (90 syncs/day, 1.5 hours/day)",
            "  Continuous replication keeps 16 RPU busy: 5.76 USD/hour.",
            "",
            "Assumptions (override with flags or --assumptions file.json):",
            "  --queries-per-day 50: queries a day, all people together (samples: 10 people x 10)",
            "  --minutes-per-query 3: Redshift minutes one query keeps the base capacity busy",
        ]);
        assert.ok(run.stdout.includes("  --price-rpu-hour 0.36: USD per Redshift Serverless RPU-hour"));
        assert.ok(run.stdout.includes("Prices (AWS list prices for us-west-2, checked November 2026; override with flags):"));
    });

    it("requires price flags for a region without list prices, naming each", () => {
        assert.deepStrictEqual(inProcess(["--stack", "zeroetl", "--region", "eu-central-1"], dir), {
            code: 1, out: [],
            err: ["This estimate needs --price-rpu-hour, --price-storage-gb-month, --price-export-gb, --price-kms-key-month (no list prices for eu-central-1 in this estimator: prices from flags): " +
                "pass them as flags or in the assumptions file's \"prices\", from the AWS pricing pages for your region."],
        });
    });

    it("fails with the config's own sentence on an invalid stack value", () => {
        const run = cost(["--stack", "bad", "--dir", dir]);
        assert.strictEqual(run.status, 1);
        assert.deepStrictEqual(run.stdout, [""]);
        assert.strictEqual(run.stderr,
            "Config key aurora-analytics:redshiftBaseCapacity has the invalid value \"10\": allowed is 4, or a multiple of 8 from 8 to 512; fix it with `pulumi config set redshiftBaseCapacity 8`.\n");
    });

    it("names a bad flag value, an unknown flag, a missing --stack and a missing file", () => {
        assert.deepStrictEqual(inProcess(["--stack", "zeroetl", "--queries-per-day=lots"], dir), {
            code: 1, out: [],
            err: ["--queries-per-day has the invalid value \"lots\": allowed is a non-negative decimal number like 100 or 0.494."],
        });
        assert.deepStrictEqual(inProcess(["--stack", "zeroetl", "--model", "seed"], dir), {
            code: 1, out: [], err: ["--model has the invalid value \"seed\": allowed are aws and seeds."],
        });
        assert.deepStrictEqual(inProcess(["--stack", "zeroetl", "--compare-intervals", "60,432001"], dir), {
            code: 1, out: [],
            err: ["--compare-intervals has the invalid value \"60,432001\": allowed is a comma-separated list of seconds from 0 to 432000, like 0,60,900,3600."],
        });
        assert.deepStrictEqual(inProcess(["--stack", "zeroetl", "--querys-per-day", "5"], dir), usageRefusal("unknown option --querys-per-day"));
        assert.deepStrictEqual(inProcess([], dir), usageRefusal("--stack is required: the stack whose Pulumi.<stack>.yaml to estimate, e.g. npm run cost -- --stack dev"));
        assert.deepStrictEqual(inProcess(["--stack", "nope"], dir), {
            code: 1, out: [],
            err: [`No stack file ${path.join(dir, "Pulumi.nope.yaml")}: create the stack with \`pulumi stack init nope\` and set its config, or pass --dir with the project directory.`],
        });
        assert.deepStrictEqual(inProcess(["--stack", "zeroetl", "--assumptions", path.join(dir, "missing.json")], dir), {
            code: 1, out: [], err: [`Cannot read ${path.join(dir, "missing.json")}: no such file.`],
        });
    });

    it("names the file key when the assumptions file holds the bad value", () => {
        const file = path.join(dir, "bad-assumptions.json");
        fs.writeFileSync(file, JSON.stringify({ usage: { daysPerMonth: 0 } }));
        assert.deepStrictEqual(inProcess(["--stack", "zeroetl", "--assumptions", file], dir), {
            code: 1, out: [], err: [`${file} daysPerMonth must be more than 0.`],
        });
    });

    it("notes secrets it cannot read and prints help", () => {
        fs.writeFileSync(path.join(dir, "Pulumi.secret.yaml"), [
            "config:",
            "  aurora-analytics:refreshIntervalSeconds: \"3600\"",
            "  aurora-analytics:alertEmail:",
            "    secure: v1:AAAA",
        ].join("\n"));
        const run = inProcess(["--stack", "secret", "--region", "us-west-2",
            "--price-s3-gb-month", "0.02", "--price-aurora-acu-hour", "0.1", "--price-interface-endpoint-hour", "0.01"], dir);
        assert.strictEqual(run.code, 0);
        assert.deepStrictEqual(run.err, ["note: alertEmail is a secret this script cannot decrypt; it is treated as unset."]);
        assert.strictEqual(run.out[run.out.findIndex(l => l.startsWith("Total"))], "Total                          1107.812336 USD/month");
        const help = inProcess(["--help"], dir);
        assert.strictEqual(help.code, 0);
        assert.strictEqual(help.out[0], "Usage: npm run cost -- --stack <name> [--dir <project dir>] [--region <region>] [--model aws|seeds]");
        assert.ok(help.out.includes("  --price-athena-tb (athenaTb, default from the region's list prices): USD per TB Athena scans (10 MB minimum per query)"));
        assert.ok(help.out.includes("Prices follow the stack's aws:region (or --region): list prices for us-east-1, us-west-2, ap-northeast-1; other regions need the price flags."));
    });
});
