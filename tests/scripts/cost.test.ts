// Tests of the pure cost estimator: both reference samples' tables line by line, schedules, sync intervals, inputs, stack files.
import * as assert from "assert";
import { Exact } from "../../scripts/cost/exact";
import { CostConfig, CostEstimate, estimateMonthlyCost, syncCost } from "../../scripts/cost/estimate";
import { formatEstimate } from "../../scripts/cost/format";
import { InputError, Overrides, parseAssumptionsFile, resolveInputs } from "../../scripts/cost/inputs";
import { ScheduleError, runsPerMonth } from "../../scripts/cost/schedule";
import { parseStackFile, readStackFile } from "../../scripts/cost/stackFile";

/** Each line as [label, exact USD text, formula]; the amounts are compared exactly, then as numbers within 1e-9. */
function lines(estimate: CostEstimate, section: number): [string, string, string][] {
    return estimate.sections[section].lines.map(l => [l.label, l.usd.toDecimal(12), l.formula]);
}

function assertUsd(actual: Exact, expected: string): void {
    assert.ok(actual.equals(Exact.of(expected)), `${actual.toDecimal(12)} !== ${expected}`);
    assert.ok(Math.abs(actual.toNumber() - Number(expected)) < 1e-9);
}

const ZERO_ETL_ONLY: CostConfig = {
    zeroEtl: true,
    refreshIntervalSeconds: 3600,
    redshiftBaseCapacity: 8,
    athenaPipeline: false,
    loadSchedule: "cron(30 3 ? * MON-FRI *)",
};

const ATHENA_ONLY: CostConfig = {
    zeroEtl: false,
    refreshIntervalSeconds: undefined,
    redshiftBaseCapacity: 8,
    athenaPipeline: true,
    loadSchedule: "cron(0 3 * * ? *)",
};

describe("cost estimate: the zero-ETL reference sample", () => {
    // The sample's stated assumptions: 8 RPU at 0.494 USD/RPU-hour, 10 people x 10 queries a day of 3 minutes,
    // a 1-minute sync every hour, 100 GB at 0.0261 USD/GB-month, 30 days.
    const sample: Overrides = {
        redshiftRpuHour: "0.494", queriesPerDay: 100, minutesPerQuery: 3, syncMinutesPerRefresh: 1,
        dataSizeGb: 100, redshiftStorageGbMonth: "0.0261", daysPerMonth: 30,
    };
    const { usage, prices } = resolveInputs(sample);
    const estimate = estimateMonthlyCost(ZERO_ETL_ONLY, usage, prices);

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

    it("totals 642.834 USD, not the sample's printed 642.034 (an addition slip)", () => {
        assert.strictEqual(estimate.sections.length, 1);
        assertUsd(estimate.sections[0].subtotal, "642.834");
        assertUsd(estimate.total, "642.834");
        assert.strictEqual(estimate.total.toDecimal(), "642.834");
        assert.ok(!estimate.total.equals(Exact.of("642.034")));
    });

    it("is exact where floating point drifts", () => {
        assert.notStrictEqual(100 * 0.0261, 2.61);
        assert.strictEqual(estimate.sections[0].lines[2].usd.toDecimal(15), "2.61");
        assert.strictEqual(estimate.sections[0].title, "Zero-ETL: Aurora MySQL -> Redshift Serverless, 8 RPU, REFRESH_INTERVAL 3600 s");
        assert.strictEqual(estimate.pipelineRuns, undefined);
    });
});

describe("cost estimate: the Athena pipeline reference sample", () => {
    // The sample's stated assumptions: 100 GB exported once a day at 0.012 USD/GB, a crawler once a day billed
    // 10 minutes at 0.44 USD/DPU-hour, 10 people x 10 full scans of 33 GB a day at 5 USD/TB, 10 QuickSight users at 3 USD.
    const sample: Overrides = {
        dataSizeGb: 100, exportGb: "0.012", crawlerRunsPerMonth: 30, crawlerMinutesPerRun: 10, glueDpuHour: "0.44",
        compressedSizeGb: 33, athenaTb: 5, queriesPerDay: 100, daysPerMonth: 30, quicksightUsers: 10, quicksightUserMonth: 3,
    };
    const { usage, prices } = resolveInputs(sample);
    const estimate = estimateMonthlyCost(ATHENA_ONLY, usage, prices);

    it("derives 30 runs from a daily load schedule", () => {
        assert.deepStrictEqual(estimate.pipelineRuns, { runs: Exact.of(30), explanation: "once a day, every day" });
        assert.strictEqual(estimate.sections[0].title, "Athena pipeline: cron(0 3 * * ? *), 30 runs/month (once a day, every day)");
    });

    it("computes every line item with the sample's formulas", () => {
        assert.deepStrictEqual(lines(estimate, 0), [
            ["Aurora export to S3", "36", "100 GB x 0.012 USD/GB x 30 runs"],
            ["Glue crawler", "2.2", "0.44 USD/DPU-hour x 10/60 hour x 30 runs"],
            ["Glue Data Catalog", "0", "3000 requests/month, first 1000000 free, then 1 USD/million"],
            ["Athena queries", "495", "0.033 TB x 5 USD/TB x 100 queries/day x 30 days"],
            ["QuickSight", "30", "10 users x 3 USD/user"],
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

    it("charges no crawler by default, since this pipeline defines its tables and runs none", () => {
        const defaults = resolveInputs({ ...sample, crawlerRunsPerMonth: undefined });
        const ours = estimateMonthlyCost(ATHENA_ONLY, defaults.usage, defaults.prices);
        const crawler = ours.sections[0].lines[1];
        assert.deepStrictEqual([crawler.usd.toDecimal(), crawler.formula],
            ["0", "0.44 USD/DPU-hour x 10/60 hour x 0 runs (this pipeline runs no crawler)"]);
        assertUsd(ours.total, "561");
    });

    it("bills the Glue Data Catalog past its free million requests", () => {
        const busy = resolveInputs({ ...sample, queriesPerDay: 50000 });
        const catalog = estimateMonthlyCost(ATHENA_ONLY, busy.usage, busy.prices).sections[0].lines[2];
        assert.deepStrictEqual([catalog.usd.toDecimal(), catalog.formula],
            ["0.5", "1500000 requests/month, first 1000000 free, then 1 USD/million"]);
    });

    it("bills Athena's 10 MB minimum per query", () => {
        const tiny = resolveInputs({ ...sample, compressedSizeGb: "0.001" });
        const athena = estimateMonthlyCost(ATHENA_ONLY, tiny.usage, tiny.prices).sections[0].lines[3];
        assert.deepStrictEqual([athena.usd.toDecimal(), athena.formula], ["0.15", "0.00001 TB x 5 USD/TB x 100 queries/day x 30 days"]);
    });
});

describe("cost estimate: both parts with the defaults", () => {
    it("adds the zero-ETL and Athena subtotals, exports on 22 weekdays for the default MON-FRI schedule", () => {
        const { usage, prices } = resolveInputs();
        const estimate = estimateMonthlyCost({ ...ZERO_ETL_ONLY, athenaPipeline: true }, usage, prices);
        assert.deepStrictEqual(estimate.sections.map(s => s.subtotal.toDecimal()), ["642.834", "551.4"]);
        assert.strictEqual(estimate.sections[1].lines[0].formula, "100 GB x 0.012 USD/GB x 22 runs");
        assertUsd(estimate.total, "1194.234");
    });

    it("uses the given export runs over the schedule's", () => {
        const { usage, prices } = resolveInputs({ exportRunsPerMonth: 4 });
        const estimate = estimateMonthlyCost({ ...ATHENA_ONLY }, usage, prices);
        assert.deepStrictEqual(estimate.pipelineRuns, { runs: Exact.of(4), explanation: "given as an assumption" });
        assert.strictEqual(estimate.sections[0].lines[0].usd.toDecimal(), "4.8");
    });

    it("estimates nothing for a stack without zero-ETL or the pipeline", () => {
        const { usage, prices } = resolveInputs();
        const estimate = estimateMonthlyCost({ ...ATHENA_ONLY, athenaPipeline: false }, usage, prices);
        assert.deepStrictEqual(estimate.sections, []);
        assert.ok(estimate.total.isZero());
    });
});

describe("cost estimate: refreshIntervalSeconds and sync cost", () => {
    const { usage, prices } = resolveInputs();

    it("shows the configured interval next to continuous replication", () => {
        const estimate = estimateMonthlyCost(ZERO_ETL_ONLY, usage, prices);
        const { configured, continuous } = estimate.syncComparison!;
        assert.deepStrictEqual(
            [configured.intervalSeconds, configured.syncsPerDay?.toDecimal(), configured.hoursPerDay.toDecimal(), configured.usd.toDecimal()],
            [3600, "24", "0.4", "47.424"]);
        assert.deepStrictEqual(
            [continuous.intervalSeconds, continuous.syncsPerDay, continuous.hoursPerDay.toDecimal(), continuous.usd.toDecimal()],
            [0, undefined, "24", "2845.44"]);
    });

    it("bills 24 hours a day for interval 0 and says so", () => {
        const estimate = estimateMonthlyCost({ ...ZERO_ETL_ONLY, refreshIntervalSeconds: 0 }, usage, prices);
        const syncs = estimate.sections[0].lines[1];
        assert.deepStrictEqual([syncs.usd.toDecimal(), syncs.formula],
            ["2845.44", "0.494 USD/RPU-hour x 8 RPU x 24 hours/day x 30 days (continuous replication)"]);
        assert.strictEqual(estimate.sections[0].title, "Zero-ETL: Aurora MySQL -> Redshift Serverless, 8 RPU, REFRESH_INTERVAL 0 s (continuous)");
        assert.strictEqual(estimate.syncComparison!.configured.intervalSeconds, 0);
    });

    it("never bills more than 24 hours a day when refreshes fill the day", () => {
        const cost = syncCost(30, 8, usage, prices);
        assert.deepStrictEqual([cost.syncsPerDay?.toDecimal(), cost.hoursPerDay.toDecimal(), cost.usd.toDecimal()], ["2880", "24", "2845.44"]);
        const estimate = estimateMonthlyCost({ ...ZERO_ETL_ONLY, refreshIntervalSeconds: 30 }, usage, prices);
        assert.strictEqual(estimate.sections[0].lines[1].formula,
            "0.494 USD/RPU-hour x 8 RPU x 24 hours/day x 30 days (2880 syncs/day fill the day)");
    });

    it("bills each refresh at least Redshift Serverless's 60-second minimum", () => {
        const short = resolveInputs({ syncMinutesPerRefresh: "0.25" });
        assert.strictEqual(syncCost(3600, 8, short.usage, short.prices).usd.toDecimal(), "47.424");
        const long = resolveInputs({ syncMinutesPerRefresh: 5 });
        assert.strictEqual(syncCost(3600, 8, long.usage, long.prices).usd.toDecimal(), "237.12");
    });

    it("scales with the base capacity and handles intervals longer than a day", () => {
        assert.strictEqual(syncCost(3600, 16, usage, prices).usd.toDecimal(), "94.848");
        const fiveDays = syncCost(432000, 8, usage, prices);
        assert.deepStrictEqual([fiveDays.syncsPerDay?.toDecimal(), fiveDays.usd.toDecimal()], ["0.2", "0.3952"]);
        // 7 hours: 24/7 refreshes a day, kept exact and rounded only for display.
        const seven = syncCost(25200, 8, usage, prices);
        assert.ok(seven.usd.equals(Exact.of("118.56").mul(24).div(7).div(60)));
        assert.strictEqual(seven.usd.toDecimal(), "6.774857");
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
    it("defaults to the samples' usage and prices", () => {
        const { usage, prices } = resolveInputs();
        const shown = (o: object) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v === undefined ? undefined : (v as Exact).toDecimal()]));
        assert.deepStrictEqual(shown(usage), {
            queriesPerDay: "100", minutesPerQuery: "3", syncMinutesPerRefresh: "1", dataSizeGb: "100", compressedSizeGb: "33",
            quicksightUsers: "10", daysPerMonth: "30", exportRunsPerMonth: undefined, crawlerRunsPerMonth: "0", crawlerMinutesPerRun: "10",
        });
        assert.deepStrictEqual(shown(prices), {
            redshiftRpuHour: "0.494", redshiftStorageGbMonth: "0.0261", exportGb: "0.012", glueDpuHour: "0.44",
            glueCatalogMillionRequests: "1", athenaTb: "5", quicksightUserMonth: "3",
        });
    });

    it("names the bad input, its value and what is allowed", () => {
        assert.throws(() => resolveInputs({ queriesPerDay: "-5" }, s => `--${s.flag}`),
            (e: unknown) => e instanceof InputError && e.message === "--queries-per-day has the invalid value \"-5\": allowed is a non-negative decimal number like 100 or 0.494.");
        assert.throws(() => resolveInputs({ daysPerMonth: 0 }), /^InputError: daysPerMonth must be more than 0\.$/);
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
    it("aligns amounts and shows formulas, the comparison and every input", () => {
        const inputs = resolveInputs();
        const estimate = estimateMonthlyCost(ZERO_ETL_ONLY, inputs.usage, inputs.prices);
        const text = formatEstimate(estimate, inputs, { stackName: "t", rpu: 8 });
        assert.deepStrictEqual(text.slice(0, 15), [
            "Monthly cost estimate for stack t (USD, 30-day month)",
            "",
            "Zero-ETL: Aurora MySQL -> Redshift Serverless, 8 RPU, REFRESH_INTERVAL 3600 s",
            "  Redshift compute, queries          592.8  = 0.494 USD/RPU-hour x 8 RPU x 3/60 hour x 100 queries/day x 30 days",
            "  Redshift compute, syncs           47.424  = 0.494 USD/RPU-hour x 8 RPU x 1/60 hour x 24 syncs/day x 30 days",
            "  Redshift managed storage            2.61  = 100 GB x 0.0261 USD/GB-month",
            "  Subtotal                         642.834",
            "",
            "Total                              642.834 USD/month",
            "",
            "What refreshIntervalSeconds does to sync cost (8 RPU, 1 min per refresh):",
            "  3600 s (configured)               47.424 USD/month (24 syncs/day, 0.4 hours/day)",
            "  0 s (continuous)                 2845.44 USD/month (24 hours/day)",
            "",
            "Assumptions (override with flags or --assumptions file.json):",
        ]);
        assert.strictEqual(text.length, 15 + 10 + 1 + 7);
        assert.ok(text.includes("  --export-runs-per-month from loadSchedule: pipeline runs (exports) a month; default: derived from loadSchedule"));
        assert.ok(text.includes("  --price-rpu-hour 0.494: USD per Redshift Serverless RPU-hour"));
    });
});
