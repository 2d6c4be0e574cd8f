// @ts-nocheck
// How many times a month the Athena pipeline runs, derived from its EventBridge loadSchedule (cron or rate).
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import { Exact } from "./exact";
export interface RunsPerMonth {
  readonly runs: Exact;
  /** One phrase saying how runs was derived, printed next to the estimate. */
  readonly explanation: string;
}
const MONTH_NAMES = stryMutAct_9fa48("0") ? [] : (stryCov_9fa48("0"), [stryMutAct_9fa48("1") ? "" : (stryCov_9fa48("1"), "JAN"), stryMutAct_9fa48("2") ? "" : (stryCov_9fa48("2"), "FEB"), stryMutAct_9fa48("3") ? "" : (stryCov_9fa48("3"), "MAR"), stryMutAct_9fa48("4") ? "" : (stryCov_9fa48("4"), "APR"), stryMutAct_9fa48("5") ? "" : (stryCov_9fa48("5"), "MAY"), stryMutAct_9fa48("6") ? "" : (stryCov_9fa48("6"), "JUN"), stryMutAct_9fa48("7") ? "" : (stryCov_9fa48("7"), "JUL"), stryMutAct_9fa48("8") ? "" : (stryCov_9fa48("8"), "AUG"), stryMutAct_9fa48("9") ? "" : (stryCov_9fa48("9"), "SEP"), stryMutAct_9fa48("10") ? "" : (stryCov_9fa48("10"), "OCT"), stryMutAct_9fa48("11") ? "" : (stryCov_9fa48("11"), "NOV"), stryMutAct_9fa48("12") ? "" : (stryCov_9fa48("12"), "DEC")]);
const DAY_NAMES = stryMutAct_9fa48("13") ? [] : (stryCov_9fa48("13"), [stryMutAct_9fa48("14") ? "" : (stryCov_9fa48("14"), "SUN"), stryMutAct_9fa48("15") ? "" : (stryCov_9fa48("15"), "MON"), stryMutAct_9fa48("16") ? "" : (stryCov_9fa48("16"), "TUE"), stryMutAct_9fa48("17") ? "" : (stryCov_9fa48("17"), "WED"), stryMutAct_9fa48("18") ? "" : (stryCov_9fa48("18"), "THU"), stryMutAct_9fa48("19") ? "" : (stryCov_9fa48("19"), "FRI"), stryMutAct_9fa48("20") ? "" : (stryCov_9fa48("20"), "SAT")]);

/** Thrown when a schedule uses syntax the estimate does not count; the caller suggests --export-runs-per-month. */
export class ScheduleError extends Error {
  constructor(message: string) {
    if (stryMutAct_9fa48("21")) {
      {}
    } else {
      stryCov_9fa48("21");
      super(message);
      Object.setPrototypeOf(this, ScheduleError.prototype);
      this.name = stryMutAct_9fa48("22") ? "" : (stryCov_9fa48("22"), "ScheduleError");
    }
  }
}
function fieldValue(token: string, min: number, max: number, names: readonly string[] | undefined, field: string): number {
  if (stryMutAct_9fa48("23")) {
    {}
  } else {
    stryCov_9fa48("23");
    const byName = stryMutAct_9fa48("24") ? names?.indexOf(token.toUpperCase()) && -1 : (stryCov_9fa48("24"), (stryMutAct_9fa48("25") ? names.indexOf(token.toUpperCase()) : (stryCov_9fa48("25"), names?.indexOf(stryMutAct_9fa48("26") ? token.toLowerCase() : (stryCov_9fa48("26"), token.toUpperCase())))) ?? (stryMutAct_9fa48("27") ? +1 : (stryCov_9fa48("27"), -1)));
    const n = (stryMutAct_9fa48("31") ? byName < 0 : stryMutAct_9fa48("30") ? byName > 0 : stryMutAct_9fa48("29") ? false : stryMutAct_9fa48("28") ? true : (stryCov_9fa48("28", "29", "30", "31"), byName >= 0)) ? stryMutAct_9fa48("32") ? byName - min : (stryCov_9fa48("32"), byName + min) : (stryMutAct_9fa48("36") ? /^\D+$/ : stryMutAct_9fa48("35") ? /^\d$/ : stryMutAct_9fa48("34") ? /^\d+/ : stryMutAct_9fa48("33") ? /\d+$/ : (stryCov_9fa48("33", "34", "35", "36"), /^\d+$/)).test(token) ? Number(token) : NaN;
    if (stryMutAct_9fa48("39") ? (!Number.isInteger(n) || n < min) && n > max : stryMutAct_9fa48("38") ? false : stryMutAct_9fa48("37") ? true : (stryCov_9fa48("37", "38", "39"), (stryMutAct_9fa48("41") ? !Number.isInteger(n) && n < min : stryMutAct_9fa48("40") ? false : (stryCov_9fa48("40", "41"), (stryMutAct_9fa48("42") ? Number.isInteger(n) : (stryCov_9fa48("42"), !Number.isInteger(n))) || (stryMutAct_9fa48("45") ? n >= min : stryMutAct_9fa48("44") ? n <= min : stryMutAct_9fa48("43") ? false : (stryCov_9fa48("43", "44", "45"), n < min)))) || (stryMutAct_9fa48("48") ? n <= max : stryMutAct_9fa48("47") ? n >= max : stryMutAct_9fa48("46") ? false : (stryCov_9fa48("46", "47", "48"), n > max)))) {
      if (stryMutAct_9fa48("49")) {
        {}
      } else {
        stryCov_9fa48("49");
        throw new ScheduleError(stryMutAct_9fa48("50") ? `` : (stryCov_9fa48("50"), `the ${field} field value "${token}" is not a number from ${min} to ${max}${names ? stryMutAct_9fa48("51") ? "" : (stryCov_9fa48("51"), " or a name") : stryMutAct_9fa48("52") ? "Stryker was here!" : (stryCov_9fa48("52"), "")}`));
      }
    }
    return n;
  }
}

/** The distinct values a cron field matches: *, lists, ranges, steps and names (no L, W or #). */
function fieldValues(field: string, min: number, max: number, names: readonly string[] | undefined, fieldName: string): Set<number> {
  if (stryMutAct_9fa48("53")) {
    {}
  } else {
    stryCov_9fa48("53");
    const values = new Set<number>();
    for (const part of field.split(stryMutAct_9fa48("54") ? "" : (stryCov_9fa48("54"), ","))) {
      if (stryMutAct_9fa48("55")) {
        {}
      } else {
        stryCov_9fa48("55");
        const [range, stepText] = part.split(stryMutAct_9fa48("56") ? "" : (stryCov_9fa48("56"), "/"));
        const step = (stryMutAct_9fa48("59") ? stepText !== undefined : stryMutAct_9fa48("58") ? false : stryMutAct_9fa48("57") ? true : (stryCov_9fa48("57", "58", "59"), stepText === undefined)) ? 1 : Number(stepText);
        if (stryMutAct_9fa48("62") ? (!Number.isInteger(step) || step < 1) && stepText !== undefined && !/^\d+$/.test(stepText) : stryMutAct_9fa48("61") ? false : stryMutAct_9fa48("60") ? true : (stryCov_9fa48("60", "61", "62"), (stryMutAct_9fa48("64") ? !Number.isInteger(step) && step < 1 : stryMutAct_9fa48("63") ? false : (stryCov_9fa48("63", "64"), (stryMutAct_9fa48("65") ? Number.isInteger(step) : (stryCov_9fa48("65"), !Number.isInteger(step))) || (stryMutAct_9fa48("68") ? step >= 1 : stryMutAct_9fa48("67") ? step <= 1 : stryMutAct_9fa48("66") ? false : (stryCov_9fa48("66", "67", "68"), step < 1)))) || (stryMutAct_9fa48("70") ? stepText !== undefined || !/^\d+$/.test(stepText) : stryMutAct_9fa48("69") ? false : (stryCov_9fa48("69", "70"), (stryMutAct_9fa48("72") ? stepText === undefined : stryMutAct_9fa48("71") ? true : (stryCov_9fa48("71", "72"), stepText !== undefined)) && (stryMutAct_9fa48("73") ? /^\d+$/.test(stepText) : (stryCov_9fa48("73"), !(stryMutAct_9fa48("77") ? /^\D+$/ : stryMutAct_9fa48("76") ? /^\d$/ : stryMutAct_9fa48("75") ? /^\d+/ : stryMutAct_9fa48("74") ? /\d+$/ : (stryCov_9fa48("74", "75", "76", "77"), /^\d+$/)).test(stepText))))))) {
          if (stryMutAct_9fa48("78")) {
            {}
          } else {
            stryCov_9fa48("78");
            throw new ScheduleError(stryMutAct_9fa48("79") ? `` : (stryCov_9fa48("79"), `the ${fieldName} field step "${stepText}" is not a positive whole number`));
          }
        }
        let from: number;
        let to: number;
        if (stryMutAct_9fa48("82") ? range !== "*" : stryMutAct_9fa48("81") ? false : stryMutAct_9fa48("80") ? true : (stryCov_9fa48("80", "81", "82"), range === (stryMutAct_9fa48("83") ? "" : (stryCov_9fa48("83"), "*")))) {
          if (stryMutAct_9fa48("84")) {
            {}
          } else {
            stryCov_9fa48("84");
            [from, to] = stryMutAct_9fa48("85") ? [] : (stryCov_9fa48("85"), [min, max]);
          }
        } else if (stryMutAct_9fa48("87") ? false : stryMutAct_9fa48("86") ? true : (stryCov_9fa48("86", "87"), range.includes(stryMutAct_9fa48("88") ? "" : (stryCov_9fa48("88"), "-")))) {
          if (stryMutAct_9fa48("89")) {
            {}
          } else {
            stryCov_9fa48("89");
            const [a, b] = range.split(stryMutAct_9fa48("90") ? "" : (stryCov_9fa48("90"), "-"));
            [from, to] = stryMutAct_9fa48("91") ? [] : (stryCov_9fa48("91"), [fieldValue(a, min, max, names, fieldName), fieldValue(b, min, max, names, fieldName)]);
            if (stryMutAct_9fa48("95") ? from <= to : stryMutAct_9fa48("94") ? from >= to : stryMutAct_9fa48("93") ? false : stryMutAct_9fa48("92") ? true : (stryCov_9fa48("92", "93", "94", "95"), from > to)) {
              if (stryMutAct_9fa48("96")) {
                {}
              } else {
                stryCov_9fa48("96");
                throw new ScheduleError(stryMutAct_9fa48("97") ? `` : (stryCov_9fa48("97"), `the ${fieldName} field range "${range}" runs backwards`));
              }
            }
          }
        } else {
          if (stryMutAct_9fa48("98")) {
            {}
          } else {
            stryCov_9fa48("98");
            from = fieldValue(range, min, max, names, fieldName);
            to = (stryMutAct_9fa48("101") ? stepText !== undefined : stryMutAct_9fa48("100") ? false : stryMutAct_9fa48("99") ? true : (stryCov_9fa48("99", "100", "101"), stepText === undefined)) ? from : max;
          }
        }
        for (let v = from; stryMutAct_9fa48("104") ? v > to : stryMutAct_9fa48("103") ? v < to : stryMutAct_9fa48("102") ? false : (stryCov_9fa48("102", "103", "104"), v <= to); stryMutAct_9fa48("105") ? v -= step : (stryCov_9fa48("105"), v += step)) {
          if (stryMutAct_9fa48("106")) {
            {}
          } else {
            stryCov_9fa48("106");
            values.add(v);
          }
        }
      }
    }
    return values;
  }
}
function isAny(field: string): boolean {
  if (stryMutAct_9fa48("107")) {
    {}
  } else {
    stryCov_9fa48("107");
    return stryMutAct_9fa48("110") ? field === "*" && field === "?" : stryMutAct_9fa48("109") ? false : stryMutAct_9fa48("108") ? true : (stryCov_9fa48("108", "109", "110"), (stryMutAct_9fa48("112") ? field !== "*" : stryMutAct_9fa48("111") ? false : (stryCov_9fa48("111", "112"), field === (stryMutAct_9fa48("113") ? "" : (stryCov_9fa48("113"), "*")))) || (stryMutAct_9fa48("115") ? field !== "?" : stryMutAct_9fa48("114") ? false : (stryCov_9fa48("114", "115"), field === (stryMutAct_9fa48("116") ? "" : (stryCov_9fa48("116"), "?")))));
  }
}

/**
 * The most days of a days-per-month month on which a weekly pattern of `weekdays` days can fall: every whole week holds
 * all of them, and the days left over hold at most that many more. MON-FRI in 30 days: 4 x 5 + 2 = 22.
 */
function weekdaysInMonth(weekdays: number, daysPerMonth: Exact): Exact {
  if (stryMutAct_9fa48("117")) {
    {}
  } else {
    stryCov_9fa48("117");
    const days = daysPerMonth.ceil();
    const weeks = days.div(7).floor();
    const rest = days.sub(weeks.mul(7));
    return weeks.mul(weekdays).add(stryMutAct_9fa48("118") ? rest.max(weekdays) : (stryCov_9fa48("118"), rest.min(weekdays)));
  }
}
function cronRunsPerMonth(expression: string, daysPerMonth: Exact): RunsPerMonth {
  if (stryMutAct_9fa48("119")) {
    {}
  } else {
    stryCov_9fa48("119");
    const fields = expression.split(stryMutAct_9fa48("120") ? "" : (stryCov_9fa48("120"), " "));
    if (stryMutAct_9fa48("123") ? fields.length === 6 : stryMutAct_9fa48("122") ? false : stryMutAct_9fa48("121") ? true : (stryCov_9fa48("121", "122", "123"), fields.length !== 6)) {
      if (stryMutAct_9fa48("124")) {
        {}
      } else {
        stryCov_9fa48("124");
        throw new ScheduleError(stryMutAct_9fa48("125") ? "" : (stryCov_9fa48("125"), "a cron expression has 6 fields: minutes hours day-of-month month day-of-week year"));
      }
    }
    const [minutes, hours, dayOfMonth, month, dayOfWeek] = fields;
    const dayOfWeekWithoutNames = stryMutAct_9fa48("126") ? dayOfWeek.toLowerCase().replace(new RegExp(DAY_NAMES.join("|"), "g"), "") : (stryCov_9fa48("126"), dayOfWeek.toUpperCase().replace(new RegExp(DAY_NAMES.join(stryMutAct_9fa48("127") ? "" : (stryCov_9fa48("127"), "|")), stryMutAct_9fa48("128") ? "" : (stryCov_9fa48("128"), "g")), stryMutAct_9fa48("129") ? "Stryker was here!" : (stryCov_9fa48("129"), "")));
    if (stryMutAct_9fa48("132") ? /[LW#]/i.test(dayOfMonth) && /[LW#]/.test(dayOfWeekWithoutNames) : stryMutAct_9fa48("131") ? false : stryMutAct_9fa48("130") ? true : (stryCov_9fa48("130", "131", "132"), (stryMutAct_9fa48("133") ? /[^LW#]/i : (stryCov_9fa48("133"), /[LW#]/i)).test(dayOfMonth) || (stryMutAct_9fa48("134") ? /[^LW#]/ : (stryCov_9fa48("134"), /[LW#]/)).test(dayOfWeekWithoutNames))) {
      if (stryMutAct_9fa48("135")) {
        {}
      } else {
        stryCov_9fa48("135");
        throw new ScheduleError(stryMutAct_9fa48("136") ? "" : (stryCov_9fa48("136"), "the L, W and # day forms are not counted"));
      }
    }
    const perDay = stryMutAct_9fa48("137") ? fieldValues(minutes, 0, 59, undefined, "minutes").size / fieldValues(hours, 0, 23, undefined, "hours").size : (stryCov_9fa48("137"), fieldValues(minutes, 0, 59, undefined, stryMutAct_9fa48("138") ? "" : (stryCov_9fa48("138"), "minutes")).size * fieldValues(hours, 0, 23, undefined, stryMutAct_9fa48("139") ? "" : (stryCov_9fa48("139"), "hours")).size);
    let days: Exact;
    let dayPhrase: string;
    if (stryMutAct_9fa48("142") ? isAny(dayOfMonth) || isAny(dayOfWeek) : stryMutAct_9fa48("141") ? false : stryMutAct_9fa48("140") ? true : (stryCov_9fa48("140", "141", "142"), isAny(dayOfMonth) && isAny(dayOfWeek))) {
      if (stryMutAct_9fa48("143")) {
        {}
      } else {
        stryCov_9fa48("143");
        days = daysPerMonth;
        dayPhrase = stryMutAct_9fa48("144") ? "" : (stryCov_9fa48("144"), "every day");
      }
    } else if (stryMutAct_9fa48("146") ? false : stryMutAct_9fa48("145") ? true : (stryCov_9fa48("145", "146"), isAny(dayOfMonth))) {
      if (stryMutAct_9fa48("147")) {
        {}
      } else {
        stryCov_9fa48("147");
        const weekdays = fieldValues(dayOfWeek, 1, 7, DAY_NAMES, stryMutAct_9fa48("148") ? "" : (stryCov_9fa48("148"), "day-of-week")).size;
        days = weekdaysInMonth(weekdays, daysPerMonth);
        dayPhrase = (stryMutAct_9fa48("151") ? weekdays !== 7 : stryMutAct_9fa48("150") ? false : stryMutAct_9fa48("149") ? true : (stryCov_9fa48("149", "150", "151"), weekdays === 7)) ? stryMutAct_9fa48("152") ? "" : (stryCov_9fa48("152"), "every day") : stryMutAct_9fa48("153") ? `` : (stryCov_9fa48("153"), `${weekdays} day${(stryMutAct_9fa48("156") ? weekdays !== 1 : stryMutAct_9fa48("155") ? false : stryMutAct_9fa48("154") ? true : (stryCov_9fa48("154", "155", "156"), weekdays === 1)) ? stryMutAct_9fa48("157") ? "Stryker was here!" : (stryCov_9fa48("157"), "") : stryMutAct_9fa48("158") ? "" : (stryCov_9fa48("158"), "s")} a week, at most ${days.toDecimal()} days in a ${daysPerMonth.toDecimal()}-day month`);
      }
    } else if (stryMutAct_9fa48("160") ? false : stryMutAct_9fa48("159") ? true : (stryCov_9fa48("159", "160"), isAny(dayOfWeek))) {
      if (stryMutAct_9fa48("161")) {
        {}
      } else {
        stryCov_9fa48("161");
        const monthDays = fieldValues(dayOfMonth, 1, 31, undefined, stryMutAct_9fa48("162") ? "" : (stryCov_9fa48("162"), "day-of-month")).size;
        days = stryMutAct_9fa48("163") ? Exact.of(monthDays).max(daysPerMonth.ceil()) : (stryCov_9fa48("163"), Exact.of(monthDays).min(daysPerMonth.ceil()));
        dayPhrase = stryMutAct_9fa48("164") ? `` : (stryCov_9fa48("164"), `${days.toDecimal()} day${days.equals(1) ? stryMutAct_9fa48("165") ? "Stryker was here!" : (stryCov_9fa48("165"), "") : stryMutAct_9fa48("166") ? "" : (stryCov_9fa48("166"), "s")} a month`);
      }
    } else {
      if (stryMutAct_9fa48("167")) {
        {}
      } else {
        stryCov_9fa48("167");
        throw new ScheduleError(stryMutAct_9fa48("168") ? "" : (stryCov_9fa48("168"), "either day-of-month or day-of-week must be ?"));
      }
    }
    let runs = days.mul(perDay);
    let monthPhrase = stryMutAct_9fa48("169") ? "Stryker was here!" : (stryCov_9fa48("169"), "");
    if (stryMutAct_9fa48("172") ? false : stryMutAct_9fa48("171") ? true : stryMutAct_9fa48("170") ? isAny(month) : (stryCov_9fa48("170", "171", "172"), !isAny(month))) {
      if (stryMutAct_9fa48("173")) {
        {}
      } else {
        stryCov_9fa48("173");
        const months = fieldValues(month, 1, 12, MONTH_NAMES, stryMutAct_9fa48("174") ? "" : (stryCov_9fa48("174"), "month")).size;
        runs = runs.mul(months).div(12);
        monthPhrase = stryMutAct_9fa48("175") ? `` : (stryCov_9fa48("175"), `, in ${months} of 12 months (averaged)`);
      }
    }
    const timesPhrase = (stryMutAct_9fa48("178") ? perDay !== 1 : stryMutAct_9fa48("177") ? false : stryMutAct_9fa48("176") ? true : (stryCov_9fa48("176", "177", "178"), perDay === 1)) ? stryMutAct_9fa48("179") ? "" : (stryCov_9fa48("179"), "once") : stryMutAct_9fa48("180") ? `` : (stryCov_9fa48("180"), `${perDay} times`);
    return stryMutAct_9fa48("181") ? {} : (stryCov_9fa48("181"), {
      runs,
      explanation: stryMutAct_9fa48("182") ? `` : (stryCov_9fa48("182"), `${timesPhrase} a day, ${dayPhrase}${monthPhrase}`)
    });
  }
}
function rateRunsPerMonth(amount: number, unit: string, daysPerMonth: Exact): RunsPerMonth {
  if (stryMutAct_9fa48("183")) {
    {}
  } else {
    stryCov_9fa48("183");
    const minutesPerUnit = (stryMutAct_9fa48("184") ? unit.endsWith("minute") : (stryCov_9fa48("184"), unit.startsWith(stryMutAct_9fa48("185") ? "" : (stryCov_9fa48("185"), "minute")))) ? 1 : (stryMutAct_9fa48("186") ? unit.endsWith("hour") : (stryCov_9fa48("186"), unit.startsWith(stryMutAct_9fa48("187") ? "" : (stryCov_9fa48("187"), "hour")))) ? 60 : 1440;
    // Whole runs: a schedule that fires every 7 days fires 5 times in some 30-day months.
    const runs = daysPerMonth.mul(1440).div(stryMutAct_9fa48("188") ? amount / minutesPerUnit : (stryCov_9fa48("188"), amount * minutesPerUnit)).ceil();
    return stryMutAct_9fa48("189") ? {} : (stryCov_9fa48("189"), {
      runs,
      explanation: stryMutAct_9fa48("190") ? `` : (stryCov_9fa48("190"), `every ${amount} ${unit}, at most ${runs.toDecimal()} runs in a ${daysPerMonth.toDecimal()}-day month`)
    });
  }
}

/**
 * Runs a month of an EventBridge schedule expression. Counts the most runs a month of daysPerMonth days can hold,
 * so weekday schedules round up (MON-FRI: 22 in 30 days), matching how the samples count one run a day as 30.
 */
export function runsPerMonth(schedule: string, daysPerMonth: Exact): RunsPerMonth {
  if (stryMutAct_9fa48("191")) {
    {}
  } else {
    stryCov_9fa48("191");
    const cron = (stryMutAct_9fa48("194") ? /^cron\((.)\)$/ : stryMutAct_9fa48("193") ? /^cron\((.+)\)/ : stryMutAct_9fa48("192") ? /cron\((.+)\)$/ : (stryCov_9fa48("192", "193", "194"), /^cron\((.+)\)$/)).exec(stryMutAct_9fa48("195") ? schedule : (stryCov_9fa48("195"), schedule.trim()));
    if (stryMutAct_9fa48("197") ? false : stryMutAct_9fa48("196") ? true : (stryCov_9fa48("196", "197"), cron)) {
      if (stryMutAct_9fa48("198")) {
        {}
      } else {
        stryCov_9fa48("198");
        try {
          if (stryMutAct_9fa48("199")) {
            {}
          } else {
            stryCov_9fa48("199");
            return cronRunsPerMonth(stryMutAct_9fa48("200") ? cron[1] : (stryCov_9fa48("200"), cron[1].trim()), daysPerMonth);
          }
        } catch (e) {
          if (stryMutAct_9fa48("201")) {
            {}
          } else {
            stryCov_9fa48("201");
            if (stryMutAct_9fa48("203") ? false : stryMutAct_9fa48("202") ? true : (stryCov_9fa48("202", "203"), e instanceof ScheduleError)) {
              if (stryMutAct_9fa48("204")) {
                {}
              } else {
                stryCov_9fa48("204");
                throw new ScheduleError(stryMutAct_9fa48("205") ? `` : (stryCov_9fa48("205"), `cannot count the runs of loadSchedule ${schedule}: ${e.message}; pass --export-runs-per-month`));
              }
            }
            throw e;
          }
        }
      }
    }
    const rate = (stryMutAct_9fa48("212") ? /^rate\((\d+) (minutes?|hours?|days)\)$/ : stryMutAct_9fa48("211") ? /^rate\((\d+) (minutes?|hours|days?)\)$/ : stryMutAct_9fa48("210") ? /^rate\((\d+) (minutes|hours?|days?)\)$/ : stryMutAct_9fa48("209") ? /^rate\((\D+) (minutes?|hours?|days?)\)$/ : stryMutAct_9fa48("208") ? /^rate\((\d) (minutes?|hours?|days?)\)$/ : stryMutAct_9fa48("207") ? /^rate\((\d+) (minutes?|hours?|days?)\)/ : stryMutAct_9fa48("206") ? /rate\((\d+) (minutes?|hours?|days?)\)$/ : (stryCov_9fa48("206", "207", "208", "209", "210", "211", "212"), /^rate\((\d+) (minutes?|hours?|days?)\)$/)).exec(stryMutAct_9fa48("213") ? schedule : (stryCov_9fa48("213"), schedule.trim()));
    if (stryMutAct_9fa48("216") ? rate || Number(rate[1]) > 0 : stryMutAct_9fa48("215") ? false : stryMutAct_9fa48("214") ? true : (stryCov_9fa48("214", "215", "216"), rate && (stryMutAct_9fa48("219") ? Number(rate[1]) <= 0 : stryMutAct_9fa48("218") ? Number(rate[1]) >= 0 : stryMutAct_9fa48("217") ? true : (stryCov_9fa48("217", "218", "219"), Number(rate[1]) > 0)))) {
      if (stryMutAct_9fa48("220")) {
        {}
      } else {
        stryCov_9fa48("220");
        return rateRunsPerMonth(Number(rate[1]), rate[2], daysPerMonth);
      }
    }
    throw new ScheduleError(stryMutAct_9fa48("221") ? `` : (stryCov_9fa48("221"), `cannot count the runs of loadSchedule ${schedule}: it is neither cron(...) nor rate(...); pass --export-runs-per-month`));
  }
}