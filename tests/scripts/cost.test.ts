// Tests of the pure cost estimator: both reference samples' tables line by line, schedules, sync intervals, inputs, stack files.
import * as assert from "assert";
import { Exact } from "../../scripts/cost/exact";
import { CostConfig, CostEstimate, estimateMonthlyCost, syncCost } from "../../scripts/cost/estimate";
import { formatEstimate } from "../../scripts/cost/format";
import { InputError, Overrides, parseAssumptionsFile, resolveInputs } from "../../scripts/cost/inputs";
import { ScheduleError, runsPerMonth } from "../../scripts/cost/schedule";
import { parseStackFile, readStackFile } from "../../scripts/cost/stackFile";
import { COST_BASE } from "./helpers/costConfigs";

/** Each line as [label, exact USD text, formula]; the amounts are compared exactly, then as numbers within 1e-9. */
function lines(estimate: CostEstimate, section: number): [string, string, string][] {
    return estimate.sections[section].lines.map(l => [l.label, l.usd.toDecimal(12), l.formula]);
}

function assertUsd(actual: Exact, expected: string): void {
    assert.ok(actual.equals(Exact.of(expected)), `${actual.toDecimal(12)} !== ${expected}`);
    assert.ok(Math.abs(actual.toNumber() - Number(expected)) < 1e-9);
}

const ZERO_ETL_ONLY: CostConfig = {
    ...COST_BASE,
    zeroEtl: true,
    refreshIntervalSeconds: 3600,
    redshiftBaseCapacity: 8,
    athenaPipeline: false,
    loadSchedule: "cron(30 3 ? * MON-FRI *)",
};

const ATHENA_ONLY: CostConfig = {
    ...COST_BASE,
    zeroEtl: false,
    refreshIntervalSeconds: undefined,
    redshiftBaseCapacity: 8,
    athenaPipeline: true,
    loadSchedule: "cron(0 3 * * ? *)",
};

const SEEDS = { model: "seeds" } as const;
/** S3 Standard has no list price in the table (scripts/cost/prices.ts): the pipeline's aws-model tests give one. */
const S3 = { s3StandardGbMonth: "0.02" } as const;
const TOKYO = { region: "ap-northeast-1" } as const;
const OREGON = { region: "us-west-2" } as const;

describe("cost estimate: the zero-ETL reference sample (seeds model)", () => {
    // The seeds model's defaults are the sample's stated assumptions: 8 RPU at 0.494 USD/RPU-hour, 10 people x 10
    // queries a day of 3 minutes, a 1-minute sync every hour counted as 24 a day, 100 GB at 0.0261 USD/GB-month, 30 days.
    const inputs = resolveInputs({}, undefined, SEEDS);
    const estimate = estimateMonthlyCost(ZERO_ETL_ONLY, inputs);

    it("computes every line item with the sample's formulas", () => {
        assert.deepStrictEqual(lines(estimate, 0), [
            ["Redshift compute, queries", "592.8", "0.494 USD/RPU-hour x 8 RPU x 3/60 hour x 100 queries/day x 30 days"],
            ["Redshift compute, syncs", "47.424", "0.494 USD/RPU-hour x 8 RPU x 1/60 hour x 24 syncs/day x 30 days"],
            ["Redshift managed storage", "2.61", "100 GB x 0.0261 USD/GB-month"],
        ]);
        assertUsd(estimate.sections[0].lines[0].usd, "592.8");
        assertUsd(estimate.sections[0].lines[1].usd, "47.424");
        assertUsd(estimate.sections[0].lines[2].usd, "2.61");
    });

    it("totals 642.834 USD, not the sample's printed 642.034 (an addition slip), with no Aurora-side or one-time line", () => {
        assert.strictEqual(estimate.sections.length, 1);
        assertUsd(estimate.sections[0].subtotal, "642.834");
        assertUsd(estimate.total, "642.834");
        assert.strictEqual(estimate.total.toDecimal(), "642.834");
        assert.ok(!estimate.total.equals(Exact.of("642.034")));
        assert.deepStrictEqual(estimate.oneTime, []);
    });

    it("is exact where floating point drifts", () => {
        assert.notStrictEqual(100 * 0.0261, 2.61);
        assert.strictEqual(estimate.sections[0].lines[2].usd.toDecimal(15), "2.61");
        assert.strictEqual(estimate.sections[0].title, "Zero-ETL: Aurora MySQL -> Redshift Serverless, 8 RPU, REFRESH_INTERVAL 3600 s");
        assert.strictEqual(estimate.pipelineRuns, undefined);
    });

    it("uses the seeds' prices whatever the region", () => {
        assert.strictEqual(estimateMonthlyCost(ZERO_ETL_ONLY, resolveInputs({}, undefined, { ...SEEDS, ...OREGON })).total.toDecimal(), "642.834");
    });
});

describe("cost estimate: the Athena pipeline reference sample (seeds model)", () => {
    // The sample's stated assumptions: 100 GB exported once a day at 0.012 USD/GB, a crawler once a day billed
    // 10 minutes at 0.44 USD/DPU-hour, 10 people x 10 full scans of 33 GB a day at 5 USD/TB, 10 QuickSight users at 3 USD.
    const inputs = resolveInputs({}, undefined, SEEDS);
    const estimate = estimateMonthlyCost(ATHENA_ONLY, inputs);

    it("counts the sample's daily update as 30 runs", () => {
        assert.deepStrictEqual(estimate.pipelineRuns, { runs: Exact.of(30), explanation: "the samples' daily update" });
        assert.strictEqual(estimate.sections[0].title, "Athena pipeline: cron(0 3 * * ? *), 30 runs/month (the samples' daily update)");
    });

    it("computes every line item with the sample's formulas", () => {
        assert.deepStrictEqual(lines(estimate, 0), [
            ["Aurora export to S3", "36", "100 GB x 0.012 USD/GB x 30 runs"],
            ["Glue crawler", "2.2", "0.44 USD/DPU-hour x 10/60 hour x 30 runs"],
            ["Glue Data Catalog", "0", "3000 requests/month, first 1000000 free, then 1 USD/million"],
            ["Athena queries", "495", "0.033 TB x 5 USD/TB x 100 queries/day x 30 days"],
            ["QuickSight", "30", "10 users x 3 USD/user (the samples count every user a Reader)"],
        ]);
        const expected = ["36", "2.2", "0", "495", "30"];
        estimate.sections[0].lines.forEach((line, i) => assertUsd(line.usd, expected[i]));
    });

    it("totals 563.2 USD, not the sample's 563.244 (its crawler line rounds 0.44/6 up to 0.0748 and prints 2.244)", () => {
        assertUsd(estimate.sections[0].subtotal, "563.2");
        assertUsd(estimate.total, "563.2");
        assert.strictEqual(estimate.total.toDecimal(), "563.2");
        assert.strictEqual(estimate.syncComparison, undefined);
    });
});

describe("cost estimate: the Athena pipeline as AWS bills it", () => {
    const WITH_QUICKSIGHT: CostConfig = { ...ATHENA_ONLY, quicksightPrincipalArn: "arn:aws:quicksight:us-east-1:123456789012:user/default/analyst" };

    it("charges no crawler, derives runs from the schedule, and leaves QuickSight out without quicksightPrincipalArn", () => {
        const estimate = estimateMonthlyCost(ATHENA_ONLY, resolveInputs(S3, undefined, TOKYO));
        assert.deepStrictEqual(lines(estimate, 0).slice(0, 5), [
            ["Aurora export to S3", "36", "100 GB x 0.012 USD/GB x 30 runs"],
            ["Aurora export, full syncs", "6", "100 GB x 0.012 USD/GB x 5 runs (each export is billed on the whole cluster)"],
            ["Glue crawler", "0", "0.44 USD/DPU-hour x 10/60 hour x 0 runs (this pipeline runs no crawler)"],
            ["Glue Data Catalog", "0", "3000 requests/month, first 1000000 free, then 1 USD/million"],
            ["Athena queries", "495", "0.033 TB x 5 USD/TB x 100 queries/day x 30 days"],
        ]);
        assert.deepStrictEqual(estimate.pipelineRuns, { runs: Exact.of(30), explanation: "once a day, every day" });
        assert.deepStrictEqual(estimate.fullSyncRuns, { runs: Exact.of(5), explanation: "once a day, 1 day a week, at most 5 days in a 30-day month" });
        // 531 for the analysts' side, 53.0225 for the pipeline's own work (tests/scripts/cost.pipeline.test.ts), 1 KMS key.
        assertUsd(estimate.sections[0].subtotal, "584.0225");
        assertUsd(estimate.total, "585.0225");
        assert.deepStrictEqual(estimate.oneTime, []);
    });

    it("prices the data source's owner as an Author and the viewers as Readers", () => {
        const estimate = estimateMonthlyCost(WITH_QUICKSIGHT, resolveInputs(S3, undefined, OREGON));
        assert.deepStrictEqual(lines(estimate, 0).slice(9), [
            ["QuickSight Authors", "24", "1 x 24 USD/Author-month"],
            ["QuickSight Readers", "30", "10 x 3 USD/Reader-month"],
        ]);
        assert.deepStrictEqual(estimate.sections[0].lines.map(l => l.usd.toDecimal()),
            ["30", "5", "0", "0", "495", "23.1", "23.1", "0.66", "0.1625", "24", "30"]);
        assertUsd(estimate.total, "632.0225");
        const two = estimateMonthlyCost(WITH_QUICKSIGHT, resolveInputs({ ...S3, quicksightAuthors: 2, quicksightReaders: 0 }, undefined, OREGON));
        assert.deepStrictEqual(two.sections[0].lines.slice(9).map(l => l.usd.toDecimal()), ["48", "0"]);
    });

    it("bills the Glue Data Catalog past its free million requests", () => {
        const busy = resolveInputs({ ...S3, queriesPerDay: 50000 }, undefined, TOKYO);
        const catalog = estimateMonthlyCost(ATHENA_ONLY, busy).sections[0].lines[3];
        assert.deepStrictEqual([catalog.usd.toDecimal(), catalog.formula],
            ["0.5", "1500000 requests/month, first 1000000 free, then 1 USD/million"]);
    });

    it("bills Athena's 10 MB minimum per query", () => {
        const tiny = resolveInputs({ ...S3, compressedSizeGb: "0.001" }, undefined, TOKYO);
        const athena = estimateMonthlyCost(ATHENA_ONLY, tiny).sections[0].lines[4];
        assert.deepStrictEqual([athena.usd.toDecimal(), athena.formula], ["0.15", "0.00001 TB x 5 USD/TB x 100 queries/day x 30 days"]);
    });

    it("uses the given export runs over the schedule's", () => {
        const estimate = estimateMonthlyCost(ATHENA_ONLY, resolveInputs({ ...S3, exportRunsPerMonth: 4 }, undefined, TOKYO));
        assert.deepStrictEqual(estimate.pipelineRuns, { runs: Exact.of(4), explanation: "given as an assumption" });
        assert.strictEqual(estimate.sections[0].lines[0].usd.toDecimal(), "4.8");
    });

    it("estimates nothing for a stack without zero-ETL or the pipeline", () => {
        const estimate = estimateMonthlyCost({ ...ATHENA_ONLY, athenaPipeline: false }, resolveInputs({}, undefined, TOKYO));
        assert.deepStrictEqual([estimate.sections, estimate.oneTime], [[], []]);
        assert.ok(estimate.total.isZero());
    });
});

describe("cost estimate: zero-ETL as AWS bills it", () => {
    it("follows the stack's region: Oregon and Tokyo list prices", () => {
        const oregon = estimateMonthlyCost(ZERO_ETL_ONLY, resolveInputs({}, undefined, OREGON));
        assert.deepStrictEqual(lines(oregon, 0), [
            ["Redshift compute, queries", "450", "0.375 USD/RPU-hour x 8 RPU x 3/60 hour x 100 queries/day x 30 days"],
            ["Redshift compute, syncs", "35.409836065574", "0.375 USD/RPU-hour x 8 RPU x 1/60 hour x 86400/(3600 + 60) = 23.606557 syncs/day x 30 days"],
            ["Redshift managed storage", "2.4", "100 GB x 0.024 USD/GB-month"],
            ["Aurora binlog storage", "0", "not estimated: pass --binlog-storage-gb and --price-aurora-storage-gb-month"],
            ["Aurora binlog I/O", "0", "not estimated: pass --binlog-million-ios and --price-aurora-io-million (Aurora Standard)"],
        ]);
        // Plus the stack's 2 KMS keys (the new namespace's and the zero-ETL alerts'), 1 USD each.
        assert.ok(oregon.total.equals(Exact.of("454.4").add(Exact.of(2160).div(61))));
        const tokyo = estimateMonthlyCost(ZERO_ETL_ONLY, resolveInputs({}, undefined, TOKYO));
        assert.deepStrictEqual(tokyo.sections[0].lines.map(l => l.usd.toDecimal()), ["592.8", "46.646557", "2.61", "0", "0"]);
        assert.ok(tokyo.total.equals(Exact.of("597.41").add(Exact.of("2845.44").div(61))));
        assert.deepStrictEqual([oregon.syncComparison!.continuousUsdPerHour.toDecimal(), tokyo.syncComparison!.continuousUsdPerHour.toDecimal()], ["3", "3.952"]);
    });

    it("lists the initial seeding as a one-time snapshot export, outside the monthly total", () => {
        const estimate = estimateMonthlyCost(ZERO_ETL_ONLY, resolveInputs({ dataSizeGb: 250 }, undefined, TOKYO));
        assert.deepStrictEqual(estimate.oneTime.map(l => [l.label, l.usd.toDecimal(), l.formula]), [
            ["Zero-ETL initial seeding", "3", "250 GB x 0.012 USD/GB (a snapshot export of the cluster)"],
        ]);
        assert.deepStrictEqual(estimate.sections.map(s => [s.kind, s.subtotal.toDecimal()]), [["zeroEtl", "645.971557"], ["fixed", "2"]]);
        assert.ok(estimate.total.equals(estimate.sections[0].subtotal.add(2)));
    });

    it("prices the enhanced binlog's storage and I/O from their inputs", () => {
        const inputs = resolveInputs({ binlogStorageGb: 20, binlogMillionIos: 50, auroraStorageGbMonth: "0.1", auroraIoMillion: "0.2" }, undefined, OREGON);
        const estimate = estimateMonthlyCost(ZERO_ETL_ONLY, inputs);
        assert.deepStrictEqual(lines(estimate, 0).slice(3), [
            ["Aurora binlog storage", "2", "20 GB x 0.1 USD/GB-month"],
            ["Aurora binlog I/O", "10", "50 million I/Os x 0.2 USD/million"],
        ]);
        assert.ok(estimate.sections[0].subtotal.equals(Exact.of("464.4").add(Exact.of(2160).div(61))));
    });

    it("names the Aurora price a binlog input needs, and every price an unlisted region needs", () => {
        assert.throws(() => estimateMonthlyCost(ZERO_ETL_ONLY, resolveInputs({ binlogMillionIos: 1 }, undefined, OREGON)),
            (e: unknown) => e instanceof InputError && e.message === "This estimate needs --price-aurora-io-million " +
                "(AWS list prices for us-west-2, checked November 2026): pass them as flags or in the assumptions file's \"prices\", from the AWS pricing pages for your region.");
        assert.throws(() => estimateMonthlyCost({ ...ZERO_ETL_ONLY, athenaPipeline: true }, resolveInputs({}, undefined, { region: "eu-west-1" })),
            (e: unknown) => e instanceof InputError && e.message === "This estimate needs --price-rpu-hour, --price-storage-gb-month, --price-export-gb, " +
                "--price-glue-dpu-hour, --price-glue-catalog-million-requests, --price-athena-tb, --price-s3-gb-month, --price-sfn-thousand-transitions, " +
                "--price-kms-key-month (no list prices for eu-west-1 in this estimator: prices from flags): " +
                "pass them as flags or in the assumptions file's \"prices\", from the AWS pricing pages for your region.");
        const given = resolveInputs({ redshiftRpuHour: "0.5", redshiftStorageGbMonth: "0.03", exportGb: "0.02", kmsKeyMonth: "1" }, undefined, { region: "eu-west-1" });
        assert.strictEqual(estimateMonthlyCost(ZERO_ETL_ONLY, given).sections[0].lines[0].usd.toDecimal(), "600");
    });

    it("lets a flag override one listed price and keeps the others", () => {
        const { prices } = resolveInputs({ redshiftRpuHour: "0.36" }, undefined, OREGON);
        assert.deepStrictEqual([prices.redshiftRpuHour?.toDecimal(), prices.redshiftStorageGbMonth?.toDecimal(), prices.auroraIoMillion], ["0.36", "0.024", undefined]);
    });
});

describe("cost estimate: refreshIntervalSeconds and sync cost", () => {
    // 8 RPU, 30 days, 1-minute refresh cycles. Monthly cost of one busy hour a day: Tokyo 0.494 x 8 x 30 = 118.56,
    // Oregon 0.375 x 8 x 30 = 90. A day holds 86400 / (interval + 60) cycles of one billed minute each.
    const regions: [string, { region: string }, string[]][] = [
        ["Tokyo", TOKYO, ["2845.44", "1422.72", "177.84", "46.646557"]],
        ["Oregon", OREGON, ["2160", "1080", "135", "35.409836"]],
    ];
    const intervals = [0, 60, 900, 3600];
    const syncs = ["1440", "720", "90", "23.606557"];
    const hours = ["24", "12", "1.5", "0.393443"];
    for (const [name, region, usd] of regions) {
        it(`at 0, 60, 900 and 3600 s in ${name}: ${usd.join(", ")} USD a month`, () => {
            const { usage, prices } = resolveInputs({}, undefined, region);
            const costs = intervals.map(i => syncCost(i, 8, usage, prices));
            assert.deepStrictEqual(costs.map(c => [c.intervalSeconds, c.syncsPerDay?.toDecimal(), c.hoursPerDay.toDecimal(), c.usd.toDecimal()]),
                intervals.map((i, n) => [i, syncs[n], hours[n], usd[n]]));
            // Exactly: 3600 s is 24/61 of an hour a day; continuous is 24 hours; 60 s is half of it, 900 s a sixteenth.
            assert.ok(costs[3].usd.equals(costs[0].usd.div(61)));
            assert.ok(costs[1].usd.mul(2).equals(costs[0].usd));
            assert.ok(costs[2].usd.mul(16).equals(costs[0].usd));
        });
    }

    it("the seeds model counts 86400 / interval syncs and prices 60 s like continuous replication", () => {
        const { usage, prices } = resolveInputs({}, undefined, SEEDS);
        assert.deepStrictEqual(intervals.map(i => syncCost(i, 8, usage, prices, "seeds")).map(c => [c.syncsPerDay?.toDecimal(), c.hoursPerDay.toDecimal(), c.usd.toDecimal()]),
            [[undefined, "24", "2845.44"], ["1440", "24", "2845.44"], ["96", "1.6", "189.696"], ["24", "0.4", "47.424"]]);
    });

    it("bills each cycle at least Redshift Serverless's 60-second minimum and adds the cycle to the interval", () => {
        const short = resolveInputs({ syncMinutesPerRefresh: "0.25" }, undefined, TOKYO);
        const s = syncCost(3600, 8, short.usage, short.prices);
        assert.ok(s.syncsPerDay!.equals(Exact.of(86400).div(3615)));
        assert.ok(s.usd.equals(Exact.of("118.56").mul(86400).div(3615).div(60)));
        const long = resolveInputs({ syncMinutesPerRefresh: 5 }, undefined, TOKYO);
        const l = syncCost(3600, 8, long.usage, long.prices);
        assert.ok(l.syncsPerDay!.equals(Exact.of(86400).div(3900)));
        assert.ok(l.usd.equals(Exact.of("118.56").mul(86400).div(3900).mul(5).div(60)));
        assert.strictEqual(l.usd.toDecimal(), "218.88");
    });

    it("never bills more than 24 hours a day", () => {
        const short = resolveInputs({ syncMinutesPerRefresh: "0.25" }, undefined, TOKYO);
        const c = syncCost(0, 8, short.usage, short.prices);
        assert.deepStrictEqual([c.syncsPerDay?.toDecimal(), c.hoursPerDay.toDecimal(), c.usd.toDecimal()], ["5760", "24", "2845.44"]);
        const estimate = estimateMonthlyCost({ ...ZERO_ETL_ONLY, refreshIntervalSeconds: 0 }, resolveInputs({}, undefined, TOKYO));
        assert.deepStrictEqual([estimate.sections[0].lines[1].usd.toDecimal(), estimate.sections[0].lines[1].formula],
            ["2845.44", "0.494 USD/RPU-hour x 8 RPU x 24 hours/day x 30 days (1440 syncs/day fill the day: continuous, the upper bound)"]);
        assert.strictEqual(estimate.sections[0].title, "Zero-ETL: Aurora MySQL -> Redshift Serverless, 8 RPU, REFRESH_INTERVAL 0 s (continuous)");
    });

    it("scales with the base capacity and handles intervals longer than a day", () => {
        const { usage, prices } = resolveInputs({}, undefined, TOKYO);
        assert.ok(syncCost(3600, 16, usage, prices).usd.equals(syncCost(3600, 8, usage, prices).usd.mul(2)));
        const fiveDays = syncCost(432000, 8, usage, prices);
        assert.ok(fiveDays.syncsPerDay!.equals(Exact.of(86400).div(432060)));
        assert.strictEqual(fiveDays.usd.toDecimal(), "0.395145");
    });

    it("shows the configured interval next to continuous replication", () => {
        const estimate = estimateMonthlyCost(ZERO_ETL_ONLY, resolveInputs({}, undefined, TOKYO));
        const { configured, continuous } = estimate.syncComparison!;
        assert.deepStrictEqual(
            [configured.intervalSeconds, configured.syncsPerDay?.toDecimal(), configured.hoursPerDay.toDecimal(), configured.usd.toDecimal()],
            [3600, "23.606557", "0.393443", "46.646557"]);
        assert.deepStrictEqual(
            [continuous.intervalSeconds, continuous.syncsPerDay?.toDecimal(), continuous.hoursPerDay.toDecimal(), continuous.usd.toDecimal()],
            [0, "1440", "24", "2845.44"]);
    });
});

describe("cost estimate: runs per month from loadSchedule", () => {
    const days30 = Exact.of(30);
    const cases: [string, string, string][] = [
        ["cron(30 3 ? * MON-FRI *)", "22", "once a day, 5 days a week, at most 22 days in a 30-day month"],
        ["cron(0 3 * * ? *)", "30", "once a day, every day"],
        ["cron(0 3 ? * * *)", "30", "once a day, every day"],
        ["cron(0 3 ? * SUN-SAT *)", "30", "once a day, every day"],
        ["cron(0 */6 * * ? *)", "120", "4 times a day, every day"],
        ["cron(0,30 8-17 ? * MON-FRI *)", "440", "20 times a day, 5 days a week, at most 22 days in a 30-day month"],
        ["cron(0 3 ? * WED *)", "5", "once a day, 1 day a week, at most 5 days in a 30-day month"],
        ["cron(0 3 ? * 2,4,6 *)", "14", "once a day, 3 days a week, at most 14 days in a 30-day month"],
        ["cron(0 3 1 * ? *)", "1", "once a day, 1 day a month"],
        ["cron(0 3 1,15 * ? *)", "2", "once a day, 2 days a month"],
        ["cron(0 3 1 JAN,JUL ? *)", "0.166667", "once a day, 1 day a month, in 2 of 12 months (averaged)"],
        ["rate(1 day)", "30", "every 1 day, at most 30 runs in a 30-day month"],
        ["rate(7 days)", "5", "every 7 days, at most 5 runs in a 30-day month"],
        ["rate(6 hours)", "120", "every 6 hours, at most 120 runs in a 30-day month"],
        ["rate(15 minutes)", "2880", "every 15 minutes, at most 2880 runs in a 30-day month"],
    ];
    for (const [schedule, runs, explanation] of cases) {
        it(`${schedule} -> ${runs}`, () => {
            const result = runsPerMonth(schedule, days30);
            assert.deepStrictEqual([result.runs.toDecimal(), result.explanation], [runs, explanation]);
        });
    }

    it("counts weekdays in a longer month", () => {
        assert.strictEqual(runsPerMonth("cron(30 3 ? * MON-FRI *)", Exact.of(31)).runs.toDecimal(), "23");
    });

    const unsupported: [string, string][] = [
        ["cron(0 3 L * ? *)", "cannot count the runs of loadSchedule cron(0 3 L * ? *): the L, W and # day forms are not counted; pass --export-runs-per-month"],
        ["cron(0 3 ? * MON#1 *)", "cannot count the runs of loadSchedule cron(0 3 ? * MON#1 *): the L, W and # day forms are not counted; pass --export-runs-per-month"],
        ["cron(0 3 ? * 6L *)", "cannot count the runs of loadSchedule cron(0 3 ? * 6L *): the L, W and # day forms are not counted; pass --export-runs-per-month"],
        ["cron(0 3 1 * MON *)", "cannot count the runs of loadSchedule cron(0 3 1 * MON *): either day-of-month or day-of-week must be ?; pass --export-runs-per-month"],
        ["cron(0 25 * * ? *)", "cannot count the runs of loadSchedule cron(0 25 * * ? *): the hours field value \"25\" is not a number from 0 to 23; pass --export-runs-per-month"],
        ["cron(0 3 ? * FRI-MON *)", "cannot count the runs of loadSchedule cron(0 3 ? * FRI-MON *): the day-of-week field range \"FRI-MON\" runs backwards; pass --export-runs-per-month"],
        ["at(2026-01-01T00:00:00)", "cannot count the runs of loadSchedule at(2026-01-01T00:00:00): it is neither cron(...) nor rate(...); pass --export-runs-per-month"],
    ];
    for (const [schedule, message] of unsupported) {
        it(`refuses ${schedule} with a way out`, () => {
            assert.throws(() => runsPerMonth(schedule, days30), (e: unknown) => e instanceof ScheduleError && e.message === message);
        });
    }
});

describe("cost estimate: exact decimals", () => {
    it("reads decimals exactly and adds without drift", () => {
        assert.ok(Exact.of("0.1").add(Exact.of(0.2)).equals(Exact.of("0.3")));
        assert.strictEqual(Exact.of(1e-7).toDecimal(9), "0.0000001");
        assert.strictEqual(Exact.of("2.5e3").toDecimal(), "2500");
        assert.strictEqual(Exact.of(1).div(3).toDecimal(), "0.333333");
        assert.strictEqual(Exact.of(2).div(3).toDecimal(2), "0.67");
        assert.strictEqual(Exact.of("-1.005").toDecimal(2), "-1.01");
        assert.strictEqual(Exact.of("30.4375").ceil().toDecimal(), "31");
        assert.strictEqual(Exact.of("-1.5").floor().toDecimal(), "-2");
    });

    it("refuses what is not a finite decimal", () => {
        assert.throws(() => Exact.of("1/3"), /not a decimal number: "1\/3"/);
        assert.throws(() => Exact.of(Number.NaN), /not a finite number: NaN/);
        assert.throws(() => Exact.of(1).div(0), /division by zero/);
    });
});

describe("cost estimate: inputs", () => {
    const shown = (o: object) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v === undefined ? undefined : (v as Exact).toDecimal()]));

    it("defaults to the samples' usage and the region's list prices", () => {
        const { usage, prices, model, priceSource } = resolveInputs({}, undefined, OREGON);
        assert.deepStrictEqual(shown(usage), {
            queriesPerDay: "100", minutesPerQuery: "3", syncMinutesPerRefresh: "1", dataSizeGb: "100", compressedSizeGb: "33",
            quicksightAuthors: "1", quicksightReaders: "10", daysPerMonth: "30", exportRunsPerMonth: undefined, crawlerRunsPerMonth: "0",
            crawlerMinutesPerRun: "10", binlogStorageGb: "0", binlogMillionIos: "0",
            fullSyncRunsPerMonth: undefined, diffRunScanGb: undefined, fullSyncScanGb: undefined, exportMinutesPerRun: "60", auroraAverageAcu: "0.5",
        });
        assert.deepStrictEqual(shown(prices), {
            redshiftRpuHour: "0.375", redshiftStorageGbMonth: "0.024", exportGb: "0.01", glueDpuHour: "0.44",
            glueCatalogMillionRequests: "1", athenaTb: "5", quicksightAuthorMonth: "24", quicksightReaderMonth: "3",
            auroraStorageGbMonth: undefined, auroraIoMillion: undefined, s3StandardGbMonth: undefined, stepFunctionsThousandTransitions: "0.025",
            auroraAcuHour: undefined, interfaceEndpointHour: undefined, kmsKeyMonth: "1", bastionInstanceHour: undefined,
        });
        assert.deepStrictEqual([model, priceSource], ["aws", "AWS list prices for us-west-2, checked November 2026"]);
    });

    it("uses the seeds' usage and prices in the seeds model", () => {
        const { usage, prices, priceSource } = resolveInputs({}, undefined, SEEDS);
        assert.deepStrictEqual([usage.exportRunsPerMonth?.toDecimal(), usage.crawlerRunsPerMonth.toDecimal(), usage.quicksightAuthors.toDecimal(), usage.quicksightReaders.toDecimal()],
            ["30", "30", "0", "10"]);
        assert.deepStrictEqual(shown(prices), {
            redshiftRpuHour: "0.494", redshiftStorageGbMonth: "0.0261", exportGb: "0.012", glueDpuHour: "0.44",
            glueCatalogMillionRequests: "1", athenaTb: "5", quicksightAuthorMonth: undefined, quicksightReaderMonth: "3",
            auroraStorageGbMonth: undefined, auroraIoMillion: undefined, s3StandardGbMonth: undefined, stepFunctionsThousandTransitions: undefined,
            auroraAcuHour: undefined, interfaceEndpointHour: undefined, kmsKeyMonth: undefined, bastionInstanceHour: undefined,
        });
        assert.strictEqual(priceSource, "the reference samples' unit prices (Asia Pacific (Tokyo), every QuickSight user a Reader)");
        assert.strictEqual(resolveInputs().priceSource, "no region: set aws:region in the stack or pass --region, or give every price as a flag");
    });

    it("names the bad input, its value and what is allowed", () => {
        assert.throws(() => resolveInputs({ queriesPerDay: "-5" }, s => `--${s.flag}`),
            (e: unknown) => e instanceof InputError && e.message === "--queries-per-day has the invalid value \"-5\": allowed is a non-negative decimal number like 100 or 0.494.");
        assert.throws(() => resolveInputs({ daysPerMonth: 0 }), /^InputError: daysPerMonth must be more than 0\.$/);
        assert.throws(() => resolveInputs({ syncMinutesPerRefresh: "0" }, s => `--${s.flag}`), /^InputError: --sync-minutes-per-refresh must be more than 0\.$/);
    });

    it("reads an assumptions file with usage and prices sections", () => {
        const overrides = parseAssumptionsFile('{"usage": {"queriesPerDay": 50}, "prices": {"redshiftRpuHour": "0.375"}}', "a.json");
        assert.deepStrictEqual(overrides, { queriesPerDay: 50, redshiftRpuHour: "0.375" });
    });

    it("refuses unknown sections, unknown keys and bad values in the file", () => {
        assert.throws(() => parseAssumptionsFile('{"usage": {"queriesPerDya": 5}}', "a.json"),
            /^InputError: a\.json has the unknown key usage\.queriesPerDya: allowed are queriesPerDay, minutesPerQuery, /);
        assert.throws(() => parseAssumptionsFile('{"price": {}}', "a.json"),
            /^InputError: a\.json has the unknown section "price": allowed are "usage" and "prices"\.$/);
        assert.throws(() => parseAssumptionsFile('{"prices": {"athenaTb": "cheap"}}', "a.json"),
            /^InputError: a\.json prices\.athenaTb has the invalid value "cheap"/);
        assert.throws(() => parseAssumptionsFile("[1]", "a.json"), /must hold a JSON object/);
        assert.throws(() => parseAssumptionsFile("{", "a.json"), /^InputError: a\.json is not valid JSON/);
    });
});

describe("cost estimate: stack files", () => {
    it("hands values to parseStackConfig the way Pulumi does", () => {
        const file = parseStackFile([
            "config:",
            "  aws:region: us-west-2",
            "  aurora-analytics:refreshIntervalSeconds: \"900\"",
            "  aurora-analytics:redshiftBaseCapacity: 16",
            "  aurora-analytics:athenaPipeline: false",
            "  aurora-analytics:tables:",
            "    - name: sales",
            "      primaryKey: [salesid]",
            "  aurora-analytics:alertEmail:",
            "    secure: v1:AAAA",
            "  other-project:refreshIntervalSeconds: 1",
        ].join("\n"), "Pulumi.t.yaml");
        assert.deepStrictEqual(
            ["refreshIntervalSeconds", "redshiftBaseCapacity", "athenaPipeline", "tables", "alertEmail", "zeroEtl"].map(file.raw),
            ["900", "16", "false", '[{"name":"sales","primaryKey":["salesid"]}]', undefined, undefined]);
        assert.strictEqual(file.region, "us-west-2");
        assert.deepStrictEqual(file.secretKeys, ["alertEmail"]);
    });

    it("accepts a stack file without config", () => {
        const file = parseStackFile("", "Pulumi.empty.yaml");
        assert.strictEqual(file.raw("zeroEtl"), undefined);
        assert.strictEqual(file.region, undefined);
    });

    it("refuses stack names that are paths and says how to create a missing stack", () => {
        assert.throws(() => readStackFile("/tmp", "../etc/passwd"),
            /^InputError: --stack has the invalid value "\.\.\/etc\/passwd": allowed is a stack name/);
        assert.throws(() => readStackFile("/nonexistent-dir", "dev"),
            (e: unknown) => e instanceof InputError && e.message === "No stack file /nonexistent-dir/Pulumi.dev.yaml: create the stack with `pulumi stack init dev` and set its config, or pass --dir with the project directory.");
    });
});

describe("cost estimate: the printed report", () => {
    it("aligns amounts and shows formulas, the one-time line, the interval comparison and every input", () => {
        const inputs = resolveInputs({}, undefined, TOKYO);
        const estimate = estimateMonthlyCost(ZERO_ETL_ONLY, inputs);
        const text = formatEstimate(estimate, inputs, { stackName: "t", region: "ap-northeast-1", rpu: 8, compareIntervals: [0, 60, 900] });
        assert.deepStrictEqual(text.slice(0, 29), [
            "Monthly cost estimate for stack t (USD, 30-day month, region ap-northeast-1, aws model)",
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
            "  60 s                             1422.72 USD/month (720 syncs/day, 12 hours/day)",
            "  900 s                             177.84 USD/month (90 syncs/day, 1.5 hours/day)",
            "  3600 s (configured)            46.646557 USD/month (23.606557 syncs/day, 0.393443 hours/day)",
            "  Continuous replication keeps 8 RPU busy: 3.952 USD/hour.",
            "",
            "Assumptions (override with flags or --assumptions file.json):",
            "  --queries-per-day 100: queries a day, all people together (samples: 10 people x 10)",
            "  --minutes-per-query 3: Redshift minutes one query keeps the base capacity busy",
        ]);
        assert.strictEqual(text.length, 27 + 18 + 1 + 16);
        assert.ok(text.includes("  --export-runs-per-month from loadSchedule: diff runs (exports) a month; default: derived from loadSchedule"));
        assert.deepStrictEqual(text.slice(40, 45), [
            "  --full-sync-runs-per-month from fullSyncSchedule: full-sync runs (exports) a month, on top of the diff runs (aws model); default: derived from fullSyncSchedule",
            "  --diff-run-scan-gb from compressed-size-gb: GB the pipeline's own statements scan in one diff run, all tables (aws model); default: compressed-size-gb x (4 per fully synchronised table + 2 per diff table) / tables",
            "  --full-sync-scan-gb from compressed-size-gb: GB the pipeline's own statements scan in one full sync (aws model); default: 4 x compressed-size-gb (the MERGE reads the stage once and the master twice, OPTIMIZE reads the master)",
            "  --export-minutes-per-run 60: minutes an export takes to complete: the run checks it once per poll interval, 3 state transitions a check (aws model)",
            "  --aurora-average-acu 0.5: average ACUs of the Aurora Serverless v2 writer a new cluster gets (aws model; 0.5 is its minCapacity, the floor)",
        ]);
        assert.strictEqual(text[45], "Prices (AWS list prices for ap-northeast-1, checked November 2026; override with flags):");
        assert.deepStrictEqual(text.slice(46, 47).concat(text.slice(54)), [
            "  --price-rpu-hour 0.494: USD per Redshift Serverless RPU-hour",
            "  --price-aurora-storage-gb-month (none): USD per GB-month of Aurora storage (needed with --binlog-storage-gb)",
            "  --price-aurora-io-million (none): USD per million Aurora I/O requests, Aurora Standard (needed with --binlog-million-ios)",
            "  --price-s3-gb-month (none): USD per GB-month of S3 Standard storage (needed with the Athena pipeline: kept exports and masters)",
            "  --price-sfn-thousand-transitions 0.025: USD per 1,000 Step Functions Standard state transitions beyond the free 4,000 a month",
            "  --price-aurora-acu-hour (none): USD per Aurora Serverless v2 ACU-hour, Aurora Standard (needed when the stack creates the cluster)",
            "  --price-interface-endpoint-hour (none): USD per interface VPC endpoint per AZ per hour (needed when the stack creates interface endpoints)",
            "  --price-kms-key-month 1: USD per KMS customer managed key a month",
            "  --price-bastion-instance-hour (none): USD per hour of the bastion's t3.micro On-Demand instance (needed with bastion)",
        ]);
    });

    it("says so when a stack enables nothing billed here", () => {
        const inputs = resolveInputs({}, undefined, TOKYO);
        const text = formatEstimate(estimateMonthlyCost({ ...ATHENA_ONLY, athenaPipeline: false }, inputs), inputs, { stackName: "none", rpu: 8 });
        assert.deepStrictEqual(text.slice(0, 5), [
            "Monthly cost estimate for stack none (USD, 30-day month, aws model)",
            "",
            "This stack enables neither zeroEtl nor athenaPipeline: nothing here is billed by this estimate.",
            "",
            "Total                                    0 USD/month",
        ]);
    });
});
