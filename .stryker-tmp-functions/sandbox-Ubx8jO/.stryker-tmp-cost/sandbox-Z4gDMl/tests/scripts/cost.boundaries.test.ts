// @ts-nocheck
// 
// Boundaries and exact errors of the cost estimator's parsers: a value on a limit passes, one step beyond fails.
import * as assert from "assert";
import { Exact } from "../../scripts/cost/exact";
import { InputError } from "../../scripts/cost/inputs";
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
