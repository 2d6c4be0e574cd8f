// Boundaries and exact errors of the cost estimator's parsers: a value on a limit passes, one step beyond fails.
import * as assert from "assert";
import { Exact } from "../../scripts/cost/exact";
import { InputError, parseAmount, parseAssumptionsFile } from "../../scripts/cost/inputs";
import { parseStackFile, readStackFile } from "../../scripts/cost/stackFile";
import { ScheduleError, runsPerMonth } from "../../scripts/cost/schedule";

const DAYS = Exact.of(30);

function runs(schedule: string): [string, string] {
    const r = runsPerMonth(schedule, DAYS);
    return [r.runs.toDecimal(), r.explanation];
}

function refuses(schedule: string, reason: string): void {
    assert.throws(() => runsPerMonth(schedule, DAYS), (e: unknown) => e instanceof ScheduleError && e.name === "ScheduleError" &&
        e.message === `cannot count the runs of loadSchedule ${schedule}: ${reason}; pass --export-runs-per-month`);
}

describe("cost schedule: field boundaries", () => {
    it("accepts each field's first and last value and refuses one step beyond", () => {
        assert.deepStrictEqual(runs("cron(0 0 1 1 ? *)"), ["0.083333", "once a day, 1 day a month, in 1 of 12 months (averaged)"]);
        assert.deepStrictEqual(runs("cron(59 23 31 12 ? *)"), ["0.083333", "once a day, 1 day a month, in 1 of 12 months (averaged)"]);
        refuses("cron(60 3 * * ? *)", "the minutes field value \"60\" is not a number from 0 to 59");
        refuses("cron(0 24 * * ? *)", "the hours field value \"24\" is not a number from 0 to 23");
        refuses("cron(0 3 0 * ? *)", "the day-of-month field value \"0\" is not a number from 1 to 31");
        refuses("cron(0 3 32 * ? *)", "the day-of-month field value \"32\" is not a number from 1 to 31");
        refuses("cron(0 3 1 13 ? *)", "the month field value \"13\" is not a number from 1 to 12 or a name");
        refuses("cron(0 3 1 0 ? *)", "the month field value \"0\" is not a number from 1 to 12 or a name");
        refuses("cron(0 3 ? * 8 *)", "the day-of-week field value \"8\" is not a number from 1 to 7 or a name");
    });

    it("reads only whole numbers: no decimals, exponents, signs or letters", () => {
        refuses("cron(0 3.0 * * ? *)", "the hours field value \"3.0\" is not a number from 0 to 23");
        refuses("cron(0 2e0 * * ? *)", "the hours field value \"2e0\" is not a number from 0 to 23");
        refuses("cron(0 x * * ? *)", "the hours field value \"x\" is not a number from 0 to 23");
        refuses("cron(*/1.5 3 * * ? *)", "the minutes field step \"1.5\" is not a positive whole number");
        refuses("cron(*/+2 3 * * ? *)", "the minutes field step \"+2\" is not a positive whole number");
        refuses("cron(*/2e0 3 * * ? *)", "the minutes field step \"2e0\" is not a positive whole number");
        refuses("cron(*/0 3 * * ? *)", "the minutes field step \"0\" is not a positive whole number");
    });

    it("counts steps of one and of two digits, and a start with a step runs to the field's end", () => {
        assert.deepStrictEqual(runs("cron(*/15 3 * * ? *)"), ["120", "4 times a day, every day"]);
        assert.deepStrictEqual(runs("cron(5/10 3 * * ? *)"), ["180", "6 times a day, every day"]);
        assert.deepStrictEqual(runs("cron(0 3 */1 * ? *)"), ["30", "once a day, 30 days a month"]);
        assert.deepStrictEqual(runs("cron(0 20-23/2 * * ? *)"), ["60", "2 times a day, every day"]);
    });

    it("accepts a one-value range and refuses a backwards one", () => {
        assert.deepStrictEqual(runs("cron(0 3 ? * MON-MON *)"), ["5", "once a day, 1 day a week, at most 5 days in a 30-day month"]);
        refuses("cron(0 3 ? * 3-2 *)", "the day-of-week field range \"3-2\" runs backwards");
    });

    it("strips every day name before looking for L, W and #, so WED and MON,WED are names", () => {
        assert.deepStrictEqual(runs("cron(0 3 ? * MON,WED *)"), ["10", "once a day, 2 days a week, at most 10 days in a 30-day month"]);
        assert.deepStrictEqual(runs("cron(0 3 ? * wed *)"), ["5", "once a day, 1 day a week, at most 5 days in a 30-day month"]);
        refuses("cron(0 3 ? * WED#2 *)", "the L, W and # day forms are not counted");
        refuses("cron(0 3 15W * ? *)", "the L, W and # day forms are not counted");
    });

    it("needs exactly six fields", () => {
        refuses("cron(0 3 * * ?)", "a cron expression has 6 fields: minutes hours day-of-month month day-of-week year");
        refuses("cron(0 3 * * ? * *)", "a cron expression has 6 fields: minutes hours day-of-month month day-of-week year");
    });

    it("caps days of the month at the month's length", () => {
        assert.deepStrictEqual(runs("cron(0 3 1-31 * ? *)"), ["30", "once a day, 30 days a month"]);
        assert.deepStrictEqual(runsPerMonth("cron(0 3 1-31 * ? *)", Exact.of(31)).runs.toDecimal(), "31");
        assert.deepStrictEqual(runs("cron(0 3 1-2 * ? *)"), ["2", "once a day, 2 days a month"]);
    });
});

describe("cost schedule: the expression around the fields", () => {
    it("trims spaces around the expression and inside the parentheses", () => {
        assert.deepStrictEqual(runs("  cron(0 3 * * ? *)  "), ["30", "once a day, every day"]);
        assert.deepStrictEqual(runs("cron( 0 3 * * ? * )"), ["30", "once a day, every day"]);
        assert.deepStrictEqual(runs(" rate(2 hours) "), ["360", "every 2 hours, at most 360 runs in a 30-day month"]);
    });

    it("matches the whole expression, not a part of it", () => {
        for (const schedule of ["xcron(0 3 * * ? *)", "cron(0 3 * * ? *)x", "xrate(1 day)", "rate(1 day)x", "rate(1 weeks)"]) {
            refuses(schedule, "it is neither cron(...) nor rate(...)");
        }
    });

    it("reads singular and plural units, and refuses a rate of 0", () => {
        assert.deepStrictEqual(runs("rate(1 minute)"), ["43200", "every 1 minute, at most 43200 runs in a 30-day month"]);
        assert.deepStrictEqual(runs("rate(1 hour)"), ["720", "every 1 hour, at most 720 runs in a 30-day month"]);
        assert.deepStrictEqual(runs("rate(7 day)"), ["5", "every 7 day, at most 5 runs in a 30-day month"]);
        assert.deepStrictEqual(runs("rate(1441 minutes)"), ["30", "every 1441 minutes, at most 30 runs in a 30-day month"]);
        refuses("rate(0 days)", "it is neither cron(...) nor rate(...)");
    });

    it("names its error classes", () => {
        assert.strictEqual(new ScheduleError("x").name, "ScheduleError");
        assert.strictEqual(new InputError("x").name, "InputError");
        assert.ok(new InputError("x") instanceof InputError);
    });
});

describe("cost exact decimals: signs, rounding and comparisons", () => {
    it("keeps fractions in lowest terms with a positive denominator", () => {
        const f = Exact.fraction(6n, -4n);
        assert.deepStrictEqual([f.num, f.den], [-3n, 2n]);
        const z = Exact.fraction(0n, 5n);
        assert.deepStrictEqual([z.num, z.den], [0n, 1n]);
        assert.deepStrictEqual([Exact.of(7n).num, Exact.of(7n).den, Exact.of(-12n).num, Exact.of(-12n).den], [7n, 1n, -12n, 1n]);
        assert.throws(() => Exact.fraction(1n, 0n), /^RangeError: division by zero$/);
    });

    it("reads signs, exponents and surrounding spaces, and nothing else", () => {
        assert.deepStrictEqual(["-2.5", " 3 ", "1e3", "1E-2", "-0.5e1", "0.000"].map(v => Exact.of(v).toDecimal()), ["-2.5", "3", "1000", "0.01", "-5", "0"]);
        for (const v of ["", "1.", ".5", "+1", "1e", "1 000", "0x10"]) {
            assert.throws(() => Exact.of(v), (e: unknown) => e instanceof RangeError && e.message === `not a decimal number: ${JSON.stringify(v.trim())}`);
        }
        assert.throws(() => Exact.of(Number.POSITIVE_INFINITY), /^RangeError: not a finite number: Infinity$/);
    });

    it("adds, subtracts, multiplies, divides and compares exactly", () => {
        const a = Exact.of("1.5");
        assert.deepStrictEqual([a.add(2).toDecimal(), a.sub(2).toDecimal(), a.mul(-2).toDecimal(), a.div(4).toDecimal()], ["3.5", "-0.5", "-3", "0.375"]);
        assert.deepStrictEqual([a.cmp(1.5), a.cmp(2), a.cmp(1), a.equals(1.5), a.equals(1.4)], [0, -1, 1, true, false]);
        assert.deepStrictEqual([a.min(2).toDecimal(), a.min(1).toDecimal(), a.max(2).toDecimal(), a.max(1).toDecimal(), a.min(1.5).toDecimal()], ["1.5", "1", "2", "1.5", "1.5"]);
        assert.deepStrictEqual([Exact.ZERO.isZero(), a.isZero(), Exact.of(3).isInteger(), a.isInteger()], [true, false, true, false]);
    });

    it("floors and ceils toward the right integer on both sides of zero", () => {
        assert.deepStrictEqual(["2.5", "-2.5", "3", "-3", "0.1", "-0.1"].map(v => [Exact.of(v).floor().toDecimal(), Exact.of(v).ceil().toDecimal()]),
            [["2", "3"], ["-3", "-2"], ["3", "3"], ["-3", "-3"], ["0", "1"], ["-1", "0"]]);
    });

    it("rounds half away from zero at the last place and drops trailing zeros", () => {
        assert.deepStrictEqual([
            Exact.of("0.0000005").toDecimal(), Exact.of("0.00000049").toDecimal(), Exact.of("-0.0000005").toDecimal(),
            Exact.of("-0.0000004").toDecimal(), Exact.of("2.50").toDecimal(), Exact.of("1.25").toDecimal(1), Exact.of("1.24").toDecimal(1),
            Exact.of(5).toDecimal(0), Exact.of("12.5").toDecimal(0), Exact.of("1234567.1234564").toDecimal(),
        ], ["0.000001", "0", "-0.000001", "0", "2.5", "1.3", "1.2", "5", "13", "1234567.123456"]);
        assert.deepStrictEqual([Exact.of("0.1").toNumber(), Exact.of("-2.25").toNumber(), String(Exact.of("0.5"))], [0.1, -2.25, "0.5"]);
    });
});

describe("cost inputs and stack files: every shape of a value", () => {
    it("reads amounts given as numbers or text, trimmed, and refuses the rest naming where they came from", () => {
        assert.deepStrictEqual([parseAmount(5, "x").toDecimal(), parseAmount(" 0.25 ", "x").toDecimal(), parseAmount("0", "x").toDecimal()], ["5", "0.25", "0"]);
        for (const bad of ["-1", "1e3", "1.", "", Number.NaN, null, true, {}]) {
            assert.throws(() => parseAmount(bad, "--queries-per-day"), (e: unknown) => e instanceof InputError &&
                e.message === `--queries-per-day has the invalid value ${JSON.stringify(bad)}: allowed is a non-negative decimal number like 100 or 0.494.`);
        }
    });

    it("refuses a non-object section body in the assumptions file", () => {
        for (const body of ["[]", "null", "5"]) {
            assert.throws(() => parseAssumptionsFile(`{"usage": ${body}}`, "a.json"), (e: unknown) => e instanceof InputError && e.message === "a.json: \"usage\" must be an object.");
        }
        assert.throws(() => parseAssumptionsFile("null", "a.json"), /^InputError: a\.json must hold a JSON object with "usage" and\/or "prices"\.$/);
        assert.deepStrictEqual(parseAssumptionsFile('{"prices": {}}', "a.json"), {});
    });

    it("reads scalars, lists and objects the way Pulumi hands them over, and only this project's keys", () => {
        const file = parseStackFile([
            "config:",
            "  aws:region: eu-west-1",
            "  aurora-analytics:zeroEtl: true",
            "  aurora-analytics:redshiftBaseCapacity: 16",
            "  aurora-analytics:alertEmail: null",
            "  aurora-analytics:privateSubnetIds: [a, b]",
            "  aurora-analytics:note: {secure: v1:x, other: 1}",
            "  aurora-analyticsX:zeroEtl: false",
        ].join("\n"), "Pulumi.x.yaml");
        assert.deepStrictEqual(["zeroEtl", "redshiftBaseCapacity", "alertEmail", "privateSubnetIds", "note"].map(file.raw),
            ["true", "16", undefined, '["a","b"]', '{"secure":"v1:x","other":1}']);
        assert.deepStrictEqual([file.region, file.secretKeys], ["eu-west-1", []]);
        assert.deepStrictEqual(parseStackFile("config: {}", "Pulumi.y.yaml").secretKeys, []);
        assert.throws(() => parseStackFile("config: [1]", "Pulumi.z.yaml"), /^InputError: Pulumi\.z\.yaml: "config" must be a map of <namespace>:<key> to values\.$/);
        assert.throws(() => parseStackFile("config: 5", "Pulumi.z.yaml"), /^InputError: Pulumi\.z\.yaml: "config" must be a map/);
        assert.throws(() => parseStackFile("a: [", "Pulumi.z.yaml"), /^InputError: Pulumi\.z\.yaml is not valid YAML: /);
    });

    it("accepts stack names of letters, digits, dots, hyphens and underscores, not starting with a dot", () => {
        assert.throws(() => readStackFile("/nonexistent-dir", "a.b-c_1"), /^InputError: No stack file \/nonexistent-dir\/Pulumi\.a\.b-c_1\.yaml: /);
        for (const name of [".hidden", "a/b", "", "a b"]) {
            assert.throws(() => readStackFile("/tmp", name), (e: unknown) => e instanceof InputError && e.message.startsWith(`--stack has the invalid value ${JSON.stringify(name)}: `));
        }
    });
});
