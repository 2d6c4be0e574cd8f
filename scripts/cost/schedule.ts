// How many times a month the Athena pipeline runs, derived from its EventBridge loadSchedule (cron or rate).
import { Exact } from "./exact";

export interface RunsPerMonth {
    readonly runs: Exact;
    /** One phrase saying how runs was derived, printed next to the estimate. */
    readonly explanation: string;
}

const MONTH_NAMES = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const DAY_NAMES = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

/** Thrown when a schedule uses syntax the estimate does not count; the message names the flag that gives the count instead. */
export class ScheduleError extends Error {
    constructor(message: string) {
        super(message);
        Object.setPrototypeOf(this, ScheduleError.prototype);
        this.name = "ScheduleError";
    }
}

function fieldValue(token: string, min: number, max: number, names: readonly string[] | undefined, field: string): number {
    const byName = names?.indexOf(token.toUpperCase()) ?? -1;
    const n = byName >= 0 ? byName + min : /^\d+$/.test(token) ? Number(token) : NaN;
    if (!Number.isInteger(n) || n < min || n > max) {
        throw new ScheduleError(`the ${field} field value "${token}" is not a number from ${min} to ${max}${names ? " or a name" : ""}`);
    }
    return n;
}

/** The distinct values a cron field matches: *, lists, ranges, steps and names (no L, W or #). */
function fieldValues(field: string, min: number, max: number, names: readonly string[] | undefined, fieldName: string): Set<number> {
    const values = new Set<number>();
    for (const part of field.split(",")) {
        const [range, stepText] = part.split("/");
        const step = stepText === undefined ? 1 : Number(stepText);
        if (!Number.isInteger(step) || step < 1 || (stepText !== undefined && !/^\d+$/.test(stepText))) {
            throw new ScheduleError(`the ${fieldName} field step "${stepText}" is not a positive whole number`);
        }
        let from: number;
        let to: number;
        if (range === "*") {
            [from, to] = [min, max];
        } else if (range.includes("-")) {
            const [a, b] = range.split("-");
            [from, to] = [fieldValue(a, min, max, names, fieldName), fieldValue(b, min, max, names, fieldName)];
            if (from > to) {
                throw new ScheduleError(`the ${fieldName} field range "${range}" runs backwards`);
            }
        } else {
            from = fieldValue(range, min, max, names, fieldName);
            to = stepText === undefined ? from : max;
        }
        for (let v = from; v <= to; v += step) {
            values.add(v);
        }
    }
    return values;
}

function isAny(field: string): boolean {
    return field === "*" || field === "?";
}

/**
 * The most days of a days-per-month month on which a weekly pattern of `weekdays` days can fall: every whole week holds
 * all of them, and the days left over hold at most that many more. MON-FRI in 30 days: 4 x 5 + 2 = 22.
 */
function weekdaysInMonth(weekdays: number, daysPerMonth: Exact): Exact {
    const days = daysPerMonth.ceil();
    const weeks = days.div(7).floor();
    const rest = days.sub(weeks.mul(7));
    return weeks.mul(weekdays).add(rest.min(weekdays));
}

function cronRunsPerMonth(expression: string, daysPerMonth: Exact): RunsPerMonth {
    const fields = expression.split(" ");
    if (fields.length !== 6) {
        throw new ScheduleError("a cron expression has 6 fields: minutes hours day-of-month month day-of-week year");
    }
    const [minutes, hours, dayOfMonth, month, dayOfWeek] = fields;
    const dayOfWeekWithoutNames = dayOfWeek.toUpperCase().replace(new RegExp(DAY_NAMES.join("|"), "g"), "");
    if (/[LW#]/i.test(dayOfMonth) || /[LW#]/.test(dayOfWeekWithoutNames)) {
        throw new ScheduleError("the L, W and # day forms are not counted");
    }
    const perDay = fieldValues(minutes, 0, 59, undefined, "minutes").size * fieldValues(hours, 0, 23, undefined, "hours").size;
    let days: Exact;
    let dayPhrase: string;
    if (isAny(dayOfMonth) && isAny(dayOfWeek)) {
        days = daysPerMonth;
        dayPhrase = "every day";
    } else if (isAny(dayOfMonth)) {
        const weekdays = fieldValues(dayOfWeek, 1, 7, DAY_NAMES, "day-of-week").size;
        days = weekdaysInMonth(weekdays, daysPerMonth);
        dayPhrase = weekdays === 7 ? "every day" : `${weekdays} day${weekdays === 1 ? "" : "s"} a week, at most ${days.toDecimal()} days in a ${daysPerMonth.toDecimal()}-day month`;
    } else if (isAny(dayOfWeek)) {
        const monthDays = fieldValues(dayOfMonth, 1, 31, undefined, "day-of-month").size;
        days = Exact.of(monthDays).min(daysPerMonth.ceil());
        dayPhrase = `${days.toDecimal()} day${days.equals(1) ? "" : "s"} a month`;
    } else {
        throw new ScheduleError("either day-of-month or day-of-week must be ?");
    }
    let runs = days.mul(perDay);
    let monthPhrase = "";
    if (!isAny(month)) {
        const months = fieldValues(month, 1, 12, MONTH_NAMES, "month").size;
        runs = runs.mul(months).div(12);
        monthPhrase = `, in ${months} of 12 months (averaged)`;
    }
    const timesPhrase = perDay === 1 ? "once" : `${perDay} times`;
    return { runs, explanation: `${timesPhrase} a day, ${dayPhrase}${monthPhrase}` };
}

function rateRunsPerMonth(amount: number, unit: string, daysPerMonth: Exact): RunsPerMonth {
    const minutesPerUnit = unit.startsWith("minute") ? 1 : unit.startsWith("hour") ? 60 : 1440;
    // Whole runs: a schedule that fires every 7 days fires 5 times in some 30-day months.
    const runs = daysPerMonth.mul(1440).div(amount * minutesPerUnit).ceil();
    return { runs, explanation: `every ${amount} ${unit}, at most ${runs.toDecimal()} runs in a ${daysPerMonth.toDecimal()}-day month` };
}

/**
 * Runs a month of an EventBridge schedule expression. Counts the most runs a month of daysPerMonth days can hold,
 * so weekday schedules round up (MON-FRI: 22 in 30 days), matching how the samples count one run a day as 30.
 */
export function runsPerMonth(schedule: string, daysPerMonth: Exact,
    source: { key: string; flag: string } = { key: "loadSchedule", flag: "export-runs-per-month" }): RunsPerMonth {
    const cron = /^cron\((.+)\)$/.exec(schedule.trim());
    if (cron) {
        try {
            return cronRunsPerMonth(cron[1].trim(), daysPerMonth);
        } catch (e) {
            if (e instanceof ScheduleError) {
                throw new ScheduleError(`cannot count the runs of ${source.key} ${schedule}: ${e.message}; pass --${source.flag}`);
            }
            throw e;
        }
    }
    const rate = /^rate\((\d+) (minutes?|hours?|days?)\)$/.exec(schedule.trim());
    if (rate && Number(rate[1]) > 0) {
        return rateRunsPerMonth(Number(rate[1]), rate[2], daysPerMonth);
    }
    throw new ScheduleError(`cannot count the runs of ${source.key} ${schedule}: it is neither cron(...) nor rate(...); pass --${source.flag}`);
}
