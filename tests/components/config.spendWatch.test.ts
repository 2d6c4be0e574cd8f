// Config rules of the spend guard (maxCapacity, usage limit) and the refresh-interval watch: defaults and exact messages.
import * as assert from "assert";

import { ConfigError, parseStackConfig } from "../../components/config";

function parse(values: Record<string, string>) {
    const merged: Record<string, string> = { refreshIntervalSeconds: "3600", ...values };
    return parseStackConfig(key => merged[key], "dev");
}

function rejects(values: Record<string, string>, message: string) {
    assert.throws(() => parse(values), (e: unknown) => {
        assert.ok(e instanceof ConfigError, `expected a ConfigError, got ${e}`);
        assert.strictEqual((e as Error).message, message);
        return true;
    });
}

describe("stack config: spend guard and watch", () => {
    it("defaults: 16 RPU max, 24 RPU-hours a day that emit a metric, an hourly watch that only reports", () => {
        const c = parse({});
        assert.deepStrictEqual([c.redshiftMaxCapacity, c.redshiftUsageLimitRpuHours, c.redshiftUsageLimitPeriod,
            c.redshiftUsageLimitBreachAction, c.zeroEtlWatchSchedule, c.zeroEtlRestoreInterval],
        [16, 24, "daily", "emit-metric", "rate(1 hour)", false]);
    });

    it("the max capacity default follows a base capacity above 16", () => {
        assert.strictEqual(parse({ redshiftBaseCapacity: "64" }).redshiftMaxCapacity, 64);
        assert.strictEqual(parse({ redshiftBaseCapacity: "4" }).redshiftMaxCapacity, 16);
    });

    it("accepts every multiple of 8 from the base capacity to 512", () => {
        for (const v of [8, 16, 24, 512]) {
            assert.strictEqual(parse({ redshiftMaxCapacity: String(v) }).redshiftMaxCapacity, v);
        }
        assert.strictEqual(parse({ redshiftBaseCapacity: "4", redshiftMaxCapacity: "8" }).redshiftMaxCapacity, 8);
    });

    for (const bad of ["12", "4", "0", "520", "abc"]) {
        it(`refuses max capacity ${bad}`, () => rejects({ redshiftMaxCapacity: bad },
            `Config key aurora-analytics:redshiftMaxCapacity has the invalid value "${bad}": allowed is a multiple of 8 from 8 to 512, at least redshiftBaseCapacity (8); fix it with \`pulumi config set redshiftMaxCapacity 16\`.`));
    }

    it("refuses a max capacity below the base capacity, and proposes the base capacity", () => rejects(
        { redshiftBaseCapacity: "64", redshiftMaxCapacity: "32" },
        "Config key aurora-analytics:redshiftMaxCapacity has the invalid value \"32\": allowed is a multiple of 8 from 8 to 512, at least redshiftBaseCapacity (64); fix it with `pulumi config set redshiftMaxCapacity 64`."));

    it("accepts usage limits from 1 to 380928 RPU-hours", () => {
        assert.strictEqual(parse({ redshiftUsageLimitRpuHours: "1" }).redshiftUsageLimitRpuHours, 1);
        assert.strictEqual(parse({ redshiftUsageLimitRpuHours: "380928" }).redshiftUsageLimitRpuHours, 380928);
    });

    for (const bad of ["0", "380929", "2.5", "-1"]) {
        it(`refuses usage limit ${bad}`, () => rejects({ redshiftUsageLimitRpuHours: bad },
            `Config key aurora-analytics:redshiftUsageLimitRpuHours has the invalid value "${bad}": allowed is a whole number of RPU-hours from 1 to 380928; fix it with \`pulumi config set redshiftUsageLimitRpuHours 24\`.`));
    }

    it("accepts each period and breach action", () => {
        for (const p of ["daily", "weekly", "monthly"] as const) {
            assert.strictEqual(parse({ redshiftUsageLimitPeriod: p }).redshiftUsageLimitPeriod, p);
        }
        for (const a of ["log", "emit-metric", "deactivate"] as const) {
            assert.strictEqual(parse({ redshiftUsageLimitBreachAction: a }).redshiftUsageLimitBreachAction, a);
        }
    });

    it("refuses another period (the API's values are lowercase)", () => rejects({ redshiftUsageLimitPeriod: "Daily" },
        "Config key aurora-analytics:redshiftUsageLimitPeriod has the invalid value \"Daily\": allowed values are daily, weekly and monthly; fix it with `pulumi config set redshiftUsageLimitPeriod daily`."));

    it("refuses another breach action, and says what deactivate does", () => rejects({ redshiftUsageLimitBreachAction: "stop" },
        "Config key aurora-analytics:redshiftUsageLimitBreachAction has the invalid value \"stop\": allowed values are log, emit-metric and deactivate (deactivate turns user queries off until the period ends); fix it with `pulumi config set redshiftUsageLimitBreachAction emit-metric`."));

    it("accepts rate and cron watch schedules", () => {
        assert.strictEqual(parse({ zeroEtlWatchSchedule: "rate(15 minutes)" }).zeroEtlWatchSchedule, "rate(15 minutes)");
        assert.strictEqual(parse({ zeroEtlWatchSchedule: "cron(0 * * * ? *)" }).zeroEtlWatchSchedule, "cron(0 * * * ? *)");
    });

    it("refuses a watch schedule that is no Scheduler expression", () => rejects({ zeroEtlWatchSchedule: "hourly" },
        "Config key aurora-analytics:zeroEtlWatchSchedule has the invalid value \"hourly\": allowed is an EventBridge Scheduler expression, cron(minutes hours day-of-month month day-of-week year) or rate(N minutes|hours|days); fix it with `pulumi config set zeroEtlWatchSchedule 'rate(1 hour)'`."));

    it("restore is a boolean", () => {
        assert.strictEqual(parse({ zeroEtlRestoreInterval: "true" }).zeroEtlRestoreInterval, true);
        rejects({ zeroEtlRestoreInterval: "yes" },
            "Config key aurora-analytics:zeroEtlRestoreInterval has the invalid value \"yes\": allowed values are true and false; fix it with `pulumi config set zeroEtlRestoreInterval false`.");
    });
});
