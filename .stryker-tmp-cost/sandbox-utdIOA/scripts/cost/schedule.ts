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
const MONTH_NAMES = stryMutAct_9fa48("951") ? [] : (stryCov_9fa48("951"), [stryMutAct_9fa48("952") ? "" : (stryCov_9fa48("952"), "JAN"), stryMutAct_9fa48("953") ? "" : (stryCov_9fa48("953"), "FEB"), stryMutAct_9fa48("954") ? "" : (stryCov_9fa48("954"), "MAR"), stryMutAct_9fa48("955") ? "" : (stryCov_9fa48("955"), "APR"), stryMutAct_9fa48("956") ? "" : (stryCov_9fa48("956"), "MAY"), stryMutAct_9fa48("957") ? "" : (stryCov_9fa48("957"), "JUN"), stryMutAct_9fa48("958") ? "" : (stryCov_9fa48("958"), "JUL"), stryMutAct_9fa48("959") ? "" : (stryCov_9fa48("959"), "AUG"), stryMutAct_9fa48("960") ? "" : (stryCov_9fa48("960"), "SEP"), stryMutAct_9fa48("961") ? "" : (stryCov_9fa48("961"), "OCT"), stryMutAct_9fa48("962") ? "" : (stryCov_9fa48("962"), "NOV"), stryMutAct_9fa48("963") ? "" : (stryCov_9fa48("963"), "DEC")]);
const DAY_NAMES = stryMutAct_9fa48("964") ? [] : (stryCov_9fa48("964"), [stryMutAct_9fa48("965") ? "" : (stryCov_9fa48("965"), "SUN"), stryMutAct_9fa48("966") ? "" : (stryCov_9fa48("966"), "MON"), stryMutAct_9fa48("967") ? "" : (stryCov_9fa48("967"), "TUE"), stryMutAct_9fa48("968") ? "" : (stryCov_9fa48("968"), "WED"), stryMutAct_9fa48("969") ? "" : (stryCov_9fa48("969"), "THU"), stryMutAct_9fa48("970") ? "" : (stryCov_9fa48("970"), "FRI"), stryMutAct_9fa48("971") ? "" : (stryCov_9fa48("971"), "SAT")]);

/** Thrown when a schedule uses syntax the estimate does not count; the caller suggests --export-runs-per-month. */
export class ScheduleError extends Error {
  constructor(message: string) {
    if (stryMutAct_9fa48("972")) {
      {}
    } else {
      stryCov_9fa48("972");
      super(message);
      Object.setPrototypeOf(this, ScheduleError.prototype);
      this.name = stryMutAct_9fa48("973") ? "" : (stryCov_9fa48("973"), "ScheduleError");
    }
  }
}
function fieldValue(token: string, min: number, max: number, names: readonly string[] | undefined, field: string): number {
  if (stryMutAct_9fa48("974")) {
    {}
  } else {
    stryCov_9fa48("974");
    const byName = stryMutAct_9fa48("975") ? names?.indexOf(token.toUpperCase()) && -1 : (stryCov_9fa48("975"), (stryMutAct_9fa48("976") ? names.indexOf(token.toUpperCase()) : (stryCov_9fa48("976"), names?.indexOf(stryMutAct_9fa48("977") ? token.toLowerCase() : (stryCov_9fa48("977"), token.toUpperCase())))) ?? (stryMutAct_9fa48("978") ? +1 : (stryCov_9fa48("978"), -1)));
    const n = (stryMutAct_9fa48("982") ? byName < 0 : stryMutAct_9fa48("981") ? byName > 0 : stryMutAct_9fa48("980") ? false : stryMutAct_9fa48("979") ? true : (stryCov_9fa48("979", "980", "981", "982"), byName >= 0)) ? stryMutAct_9fa48("983") ? byName - min : (stryCov_9fa48("983"), byName + min) : (stryMutAct_9fa48("987") ? /^\D+$/ : stryMutAct_9fa48("986") ? /^\d$/ : stryMutAct_9fa48("985") ? /^\d+/ : stryMutAct_9fa48("984") ? /\d+$/ : (stryCov_9fa48("984", "985", "986", "987"), /^\d+$/)).test(token) ? Number(token) : NaN;
    if (stryMutAct_9fa48("990") ? (!Number.isInteger(n) || n < min) && n > max : stryMutAct_9fa48("989") ? false : stryMutAct_9fa48("988") ? true : (stryCov_9fa48("988", "989", "990"), (stryMutAct_9fa48("992") ? !Number.isInteger(n) && n < min : stryMutAct_9fa48("991") ? false : (stryCov_9fa48("991", "992"), (stryMutAct_9fa48("993") ? Number.isInteger(n) : (stryCov_9fa48("993"), !Number.isInteger(n))) || (stryMutAct_9fa48("996") ? n >= min : stryMutAct_9fa48("995") ? n <= min : stryMutAct_9fa48("994") ? false : (stryCov_9fa48("994", "995", "996"), n < min)))) || (stryMutAct_9fa48("999") ? n <= max : stryMutAct_9fa48("998") ? n >= max : stryMutAct_9fa48("997") ? false : (stryCov_9fa48("997", "998", "999"), n > max)))) {
      if (stryMutAct_9fa48("1000")) {
        {}
      } else {
        stryCov_9fa48("1000");
        throw new ScheduleError(stryMutAct_9fa48("1001") ? `` : (stryCov_9fa48("1001"), `the ${field} field value "${token}" is not a number from ${min} to ${max}${names ? stryMutAct_9fa48("1002") ? "" : (stryCov_9fa48("1002"), " or a name") : stryMutAct_9fa48("1003") ? "Stryker was here!" : (stryCov_9fa48("1003"), "")}`));
      }
    }
    return n;
  }
}

/** The distinct values a cron field matches: *, lists, ranges, steps and names (no L, W or #). */
function fieldValues(field: string, min: number, max: number, names: readonly string[] | undefined, fieldName: string): Set<number> {
  if (stryMutAct_9fa48("1004")) {
    {}
  } else {
    stryCov_9fa48("1004");
    const values = new Set<number>();
    for (const part of field.split(stryMutAct_9fa48("1005") ? "" : (stryCov_9fa48("1005"), ","))) {
      if (stryMutAct_9fa48("1006")) {
        {}
      } else {
        stryCov_9fa48("1006");
        const [range, stepText] = part.split(stryMutAct_9fa48("1007") ? "" : (stryCov_9fa48("1007"), "/"));
        const step = (stryMutAct_9fa48("1010") ? stepText !== undefined : stryMutAct_9fa48("1009") ? false : stryMutAct_9fa48("1008") ? true : (stryCov_9fa48("1008", "1009", "1010"), stepText === undefined)) ? 1 : Number(stepText);
        if (stryMutAct_9fa48("1013") ? (!Number.isInteger(step) || step < 1) && stepText !== undefined && !/^\d+$/.test(stepText) : stryMutAct_9fa48("1012") ? false : stryMutAct_9fa48("1011") ? true : (stryCov_9fa48("1011", "1012", "1013"), (stryMutAct_9fa48("1015") ? !Number.isInteger(step) && step < 1 : stryMutAct_9fa48("1014") ? false : (stryCov_9fa48("1014", "1015"), (stryMutAct_9fa48("1016") ? Number.isInteger(step) : (stryCov_9fa48("1016"), !Number.isInteger(step))) || (stryMutAct_9fa48("1019") ? step >= 1 : stryMutAct_9fa48("1018") ? step <= 1 : stryMutAct_9fa48("1017") ? false : (stryCov_9fa48("1017", "1018", "1019"), step < 1)))) || (stryMutAct_9fa48("1021") ? stepText !== undefined || !/^\d+$/.test(stepText) : stryMutAct_9fa48("1020") ? false : (stryCov_9fa48("1020", "1021"), (stryMutAct_9fa48("1023") ? stepText === undefined : stryMutAct_9fa48("1022") ? true : (stryCov_9fa48("1022", "1023"), stepText !== undefined)) && (stryMutAct_9fa48("1024") ? /^\d+$/.test(stepText) : (stryCov_9fa48("1024"), !(stryMutAct_9fa48("1028") ? /^\D+$/ : stryMutAct_9fa48("1027") ? /^\d$/ : stryMutAct_9fa48("1026") ? /^\d+/ : stryMutAct_9fa48("1025") ? /\d+$/ : (stryCov_9fa48("1025", "1026", "1027", "1028"), /^\d+$/)).test(stepText))))))) {
          if (stryMutAct_9fa48("1029")) {
            {}
          } else {
            stryCov_9fa48("1029");
            throw new ScheduleError(stryMutAct_9fa48("1030") ? `` : (stryCov_9fa48("1030"), `the ${fieldName} field step "${stepText}" is not a positive whole number`));
          }
        }
        let from: number;
        let to: number;
        if (stryMutAct_9fa48("1033") ? range !== "*" : stryMutAct_9fa48("1032") ? false : stryMutAct_9fa48("1031") ? true : (stryCov_9fa48("1031", "1032", "1033"), range === (stryMutAct_9fa48("1034") ? "" : (stryCov_9fa48("1034"), "*")))) {
          if (stryMutAct_9fa48("1035")) {
            {}
          } else {
            stryCov_9fa48("1035");
            [from, to] = stryMutAct_9fa48("1036") ? [] : (stryCov_9fa48("1036"), [min, max]);
          }
        } else if (stryMutAct_9fa48("1038") ? false : stryMutAct_9fa48("1037") ? true : (stryCov_9fa48("1037", "1038"), range.includes(stryMutAct_9fa48("1039") ? "" : (stryCov_9fa48("1039"), "-")))) {
          if (stryMutAct_9fa48("1040")) {
            {}
          } else {
            stryCov_9fa48("1040");
            const [a, b] = range.split(stryMutAct_9fa48("1041") ? "" : (stryCov_9fa48("1041"), "-"));
            [from, to] = stryMutAct_9fa48("1042") ? [] : (stryCov_9fa48("1042"), [fieldValue(a, min, max, names, fieldName), fieldValue(b, min, max, names, fieldName)]);
            if (stryMutAct_9fa48("1046") ? from <= to : stryMutAct_9fa48("1045") ? from >= to : stryMutAct_9fa48("1044") ? false : stryMutAct_9fa48("1043") ? true : (stryCov_9fa48("1043", "1044", "1045", "1046"), from > to)) {
              if (stryMutAct_9fa48("1047")) {
                {}
              } else {
                stryCov_9fa48("1047");
                throw new ScheduleError(stryMutAct_9fa48("1048") ? `` : (stryCov_9fa48("1048"), `the ${fieldName} field range "${range}" runs backwards`));
              }
            }
          }
        } else {
          if (stryMutAct_9fa48("1049")) {
            {}
          } else {
            stryCov_9fa48("1049");
            from = fieldValue(range, min, max, names, fieldName);
            to = (stryMutAct_9fa48("1052") ? stepText !== undefined : stryMutAct_9fa48("1051") ? false : stryMutAct_9fa48("1050") ? true : (stryCov_9fa48("1050", "1051", "1052"), stepText === undefined)) ? from : max;
          }
        }
        for (let v = from; stryMutAct_9fa48("1055") ? v > to : stryMutAct_9fa48("1054") ? v < to : stryMutAct_9fa48("1053") ? false : (stryCov_9fa48("1053", "1054", "1055"), v <= to); stryMutAct_9fa48("1056") ? v -= step : (stryCov_9fa48("1056"), v += step)) {
          if (stryMutAct_9fa48("1057")) {
            {}
          } else {
            stryCov_9fa48("1057");
            values.add(v);
          }
        }
      }
    }
    return values;
  }
}
function isAny(field: string): boolean {
  if (stryMutAct_9fa48("1058")) {
    {}
  } else {
    stryCov_9fa48("1058");
    return stryMutAct_9fa48("1061") ? field === "*" && field === "?" : stryMutAct_9fa48("1060") ? false : stryMutAct_9fa48("1059") ? true : (stryCov_9fa48("1059", "1060", "1061"), (stryMutAct_9fa48("1063") ? field !== "*" : stryMutAct_9fa48("1062") ? false : (stryCov_9fa48("1062", "1063"), field === (stryMutAct_9fa48("1064") ? "" : (stryCov_9fa48("1064"), "*")))) || (stryMutAct_9fa48("1066") ? field !== "?" : stryMutAct_9fa48("1065") ? false : (stryCov_9fa48("1065", "1066"), field === (stryMutAct_9fa48("1067") ? "" : (stryCov_9fa48("1067"), "?")))));
  }
}

/**
 * The most days of a days-per-month month on which a weekly pattern of `weekdays` days can fall: every whole week holds
 * all of them, and the days left over hold at most that many more. MON-FRI in 30 days: 4 x 5 + 2 = 22.
 */
function weekdaysInMonth(weekdays: number, daysPerMonth: Exact): Exact {
  if (stryMutAct_9fa48("1068")) {
    {}
  } else {
    stryCov_9fa48("1068");
    const days = daysPerMonth.ceil();
    const weeks = days.div(7).floor();
    const rest = days.sub(weeks.mul(7));
    return weeks.mul(weekdays).add(stryMutAct_9fa48("1069") ? rest.max(weekdays) : (stryCov_9fa48("1069"), rest.min(weekdays)));
  }
}
function cronRunsPerMonth(expression: string, daysPerMonth: Exact): RunsPerMonth {
  if (stryMutAct_9fa48("1070")) {
    {}
  } else {
    stryCov_9fa48("1070");
    const fields = expression.split(stryMutAct_9fa48("1071") ? "" : (stryCov_9fa48("1071"), " "));
    if (stryMutAct_9fa48("1074") ? fields.length === 6 : stryMutAct_9fa48("1073") ? false : stryMutAct_9fa48("1072") ? true : (stryCov_9fa48("1072", "1073", "1074"), fields.length !== 6)) {
      if (stryMutAct_9fa48("1075")) {
        {}
      } else {
        stryCov_9fa48("1075");
        throw new ScheduleError(stryMutAct_9fa48("1076") ? "" : (stryCov_9fa48("1076"), "a cron expression has 6 fields: minutes hours day-of-month month day-of-week year"));
      }
    }
    const [minutes, hours, dayOfMonth, month, dayOfWeek] = fields;
    const dayOfWeekWithoutNames = stryMutAct_9fa48("1077") ? dayOfWeek.toLowerCase().replace(new RegExp(DAY_NAMES.join("|"), "g"), "") : (stryCov_9fa48("1077"), dayOfWeek.toUpperCase().replace(new RegExp(DAY_NAMES.join(stryMutAct_9fa48("1078") ? "" : (stryCov_9fa48("1078"), "|")), stryMutAct_9fa48("1079") ? "" : (stryCov_9fa48("1079"), "g")), stryMutAct_9fa48("1080") ? "Stryker was here!" : (stryCov_9fa48("1080"), "")));
    if (stryMutAct_9fa48("1083") ? /[LW#]/i.test(dayOfMonth) && /[LW#]/.test(dayOfWeekWithoutNames) : stryMutAct_9fa48("1082") ? false : stryMutAct_9fa48("1081") ? true : (stryCov_9fa48("1081", "1082", "1083"), (stryMutAct_9fa48("1084") ? /[^LW#]/i : (stryCov_9fa48("1084"), /[LW#]/i)).test(dayOfMonth) || (stryMutAct_9fa48("1085") ? /[^LW#]/ : (stryCov_9fa48("1085"), /[LW#]/)).test(dayOfWeekWithoutNames))) {
      if (stryMutAct_9fa48("1086")) {
        {}
      } else {
        stryCov_9fa48("1086");
        throw new ScheduleError(stryMutAct_9fa48("1087") ? "" : (stryCov_9fa48("1087"), "the L, W and # day forms are not counted"));
      }
    }
    const perDay = stryMutAct_9fa48("1088") ? fieldValues(minutes, 0, 59, undefined, "minutes").size / fieldValues(hours, 0, 23, undefined, "hours").size : (stryCov_9fa48("1088"), fieldValues(minutes, 0, 59, undefined, stryMutAct_9fa48("1089") ? "" : (stryCov_9fa48("1089"), "minutes")).size * fieldValues(hours, 0, 23, undefined, stryMutAct_9fa48("1090") ? "" : (stryCov_9fa48("1090"), "hours")).size);
    let days: Exact;
    let dayPhrase: string;
    if (stryMutAct_9fa48("1093") ? isAny(dayOfMonth) || isAny(dayOfWeek) : stryMutAct_9fa48("1092") ? false : stryMutAct_9fa48("1091") ? true : (stryCov_9fa48("1091", "1092", "1093"), isAny(dayOfMonth) && isAny(dayOfWeek))) {
      if (stryMutAct_9fa48("1094")) {
        {}
      } else {
        stryCov_9fa48("1094");
        days = daysPerMonth;
        dayPhrase = stryMutAct_9fa48("1095") ? "" : (stryCov_9fa48("1095"), "every day");
      }
    } else if (stryMutAct_9fa48("1097") ? false : stryMutAct_9fa48("1096") ? true : (stryCov_9fa48("1096", "1097"), isAny(dayOfMonth))) {
      if (stryMutAct_9fa48("1098")) {
        {}
      } else {
        stryCov_9fa48("1098");
        const weekdays = fieldValues(dayOfWeek, 1, 7, DAY_NAMES, stryMutAct_9fa48("1099") ? "" : (stryCov_9fa48("1099"), "day-of-week")).size;
        days = weekdaysInMonth(weekdays, daysPerMonth);
        dayPhrase = (stryMutAct_9fa48("1102") ? weekdays !== 7 : stryMutAct_9fa48("1101") ? false : stryMutAct_9fa48("1100") ? true : (stryCov_9fa48("1100", "1101", "1102"), weekdays === 7)) ? stryMutAct_9fa48("1103") ? "" : (stryCov_9fa48("1103"), "every day") : stryMutAct_9fa48("1104") ? `` : (stryCov_9fa48("1104"), `${weekdays} day${(stryMutAct_9fa48("1107") ? weekdays !== 1 : stryMutAct_9fa48("1106") ? false : stryMutAct_9fa48("1105") ? true : (stryCov_9fa48("1105", "1106", "1107"), weekdays === 1)) ? stryMutAct_9fa48("1108") ? "Stryker was here!" : (stryCov_9fa48("1108"), "") : stryMutAct_9fa48("1109") ? "" : (stryCov_9fa48("1109"), "s")} a week, at most ${days.toDecimal()} days in a ${daysPerMonth.toDecimal()}-day month`);
      }
    } else if (stryMutAct_9fa48("1111") ? false : stryMutAct_9fa48("1110") ? true : (stryCov_9fa48("1110", "1111"), isAny(dayOfWeek))) {
      if (stryMutAct_9fa48("1112")) {
        {}
      } else {
        stryCov_9fa48("1112");
        const monthDays = fieldValues(dayOfMonth, 1, 31, undefined, stryMutAct_9fa48("1113") ? "" : (stryCov_9fa48("1113"), "day-of-month")).size;
        days = stryMutAct_9fa48("1114") ? Exact.of(monthDays).max(daysPerMonth.ceil()) : (stryCov_9fa48("1114"), Exact.of(monthDays).min(daysPerMonth.ceil()));
        dayPhrase = stryMutAct_9fa48("1115") ? `` : (stryCov_9fa48("1115"), `${days.toDecimal()} day${days.equals(1) ? stryMutAct_9fa48("1116") ? "Stryker was here!" : (stryCov_9fa48("1116"), "") : stryMutAct_9fa48("1117") ? "" : (stryCov_9fa48("1117"), "s")} a month`);
      }
    } else {
      if (stryMutAct_9fa48("1118")) {
        {}
      } else {
        stryCov_9fa48("1118");
        throw new ScheduleError(stryMutAct_9fa48("1119") ? "" : (stryCov_9fa48("1119"), "either day-of-month or day-of-week must be ?"));
      }
    }
    let runs = days.mul(perDay);
    let monthPhrase = stryMutAct_9fa48("1120") ? "Stryker was here!" : (stryCov_9fa48("1120"), "");
    if (stryMutAct_9fa48("1123") ? false : stryMutAct_9fa48("1122") ? true : stryMutAct_9fa48("1121") ? isAny(month) : (stryCov_9fa48("1121", "1122", "1123"), !isAny(month))) {
      if (stryMutAct_9fa48("1124")) {
        {}
      } else {
        stryCov_9fa48("1124");
        const months = fieldValues(month, 1, 12, MONTH_NAMES, stryMutAct_9fa48("1125") ? "" : (stryCov_9fa48("1125"), "month")).size;
        runs = runs.mul(months).div(12);
        monthPhrase = stryMutAct_9fa48("1126") ? `` : (stryCov_9fa48("1126"), `, in ${months} of 12 months (averaged)`);
      }
    }
    const timesPhrase = (stryMutAct_9fa48("1129") ? perDay !== 1 : stryMutAct_9fa48("1128") ? false : stryMutAct_9fa48("1127") ? true : (stryCov_9fa48("1127", "1128", "1129"), perDay === 1)) ? stryMutAct_9fa48("1130") ? "" : (stryCov_9fa48("1130"), "once") : stryMutAct_9fa48("1131") ? `` : (stryCov_9fa48("1131"), `${perDay} times`);
    return stryMutAct_9fa48("1132") ? {} : (stryCov_9fa48("1132"), {
      runs,
      explanation: stryMutAct_9fa48("1133") ? `` : (stryCov_9fa48("1133"), `${timesPhrase} a day, ${dayPhrase}${monthPhrase}`)
    });
  }
}
function rateRunsPerMonth(amount: number, unit: string, daysPerMonth: Exact): RunsPerMonth {
  if (stryMutAct_9fa48("1134")) {
    {}
  } else {
    stryCov_9fa48("1134");
    const minutesPerUnit = (stryMutAct_9fa48("1135") ? unit.endsWith("minute") : (stryCov_9fa48("1135"), unit.startsWith(stryMutAct_9fa48("1136") ? "" : (stryCov_9fa48("1136"), "minute")))) ? 1 : (stryMutAct_9fa48("1137") ? unit.endsWith("hour") : (stryCov_9fa48("1137"), unit.startsWith(stryMutAct_9fa48("1138") ? "" : (stryCov_9fa48("1138"), "hour")))) ? 60 : 1440;
    // Whole runs: a schedule that fires every 7 days fires 5 times in some 30-day months.
    const runs = daysPerMonth.mul(1440).div(stryMutAct_9fa48("1139") ? amount / minutesPerUnit : (stryCov_9fa48("1139"), amount * minutesPerUnit)).ceil();
    return stryMutAct_9fa48("1140") ? {} : (stryCov_9fa48("1140"), {
      runs,
      explanation: stryMutAct_9fa48("1141") ? `` : (stryCov_9fa48("1141"), `every ${amount} ${unit}, at most ${runs.toDecimal()} runs in a ${daysPerMonth.toDecimal()}-day month`)
    });
  }
}

/**
 * Runs a month of an EventBridge schedule expression. Counts the most runs a month of daysPerMonth days can hold,
 * so weekday schedules round up (MON-FRI: 22 in 30 days), matching how the samples count one run a day as 30.
 */
export function runsPerMonth(schedule: string, daysPerMonth: Exact): RunsPerMonth {
  if (stryMutAct_9fa48("1142")) {
    {}
  } else {
    stryCov_9fa48("1142");
    const cron = (stryMutAct_9fa48("1145") ? /^cron\((.)\)$/ : stryMutAct_9fa48("1144") ? /^cron\((.+)\)/ : stryMutAct_9fa48("1143") ? /cron\((.+)\)$/ : (stryCov_9fa48("1143", "1144", "1145"), /^cron\((.+)\)$/)).exec(stryMutAct_9fa48("1146") ? schedule : (stryCov_9fa48("1146"), schedule.trim()));
    if (stryMutAct_9fa48("1148") ? false : stryMutAct_9fa48("1147") ? true : (stryCov_9fa48("1147", "1148"), cron)) {
      if (stryMutAct_9fa48("1149")) {
        {}
      } else {
        stryCov_9fa48("1149");
        try {
          if (stryMutAct_9fa48("1150")) {
            {}
          } else {
            stryCov_9fa48("1150");
            return cronRunsPerMonth(stryMutAct_9fa48("1151") ? cron[1] : (stryCov_9fa48("1151"), cron[1].trim()), daysPerMonth);
          }
        } catch (e) {
          if (stryMutAct_9fa48("1152")) {
            {}
          } else {
            stryCov_9fa48("1152");
            if (stryMutAct_9fa48("1154") ? false : stryMutAct_9fa48("1153") ? true : (stryCov_9fa48("1153", "1154"), e instanceof ScheduleError)) {
              if (stryMutAct_9fa48("1155")) {
                {}
              } else {
                stryCov_9fa48("1155");
                throw new ScheduleError(stryMutAct_9fa48("1156") ? `` : (stryCov_9fa48("1156"), `cannot count the runs of loadSchedule ${schedule}: ${e.message}; pass --export-runs-per-month`));
              }
            }
            throw e;
          }
        }
      }
    }
    const rate = (stryMutAct_9fa48("1163") ? /^rate\((\d+) (minutes?|hours?|days)\)$/ : stryMutAct_9fa48("1162") ? /^rate\((\d+) (minutes?|hours|days?)\)$/ : stryMutAct_9fa48("1161") ? /^rate\((\d+) (minutes|hours?|days?)\)$/ : stryMutAct_9fa48("1160") ? /^rate\((\D+) (minutes?|hours?|days?)\)$/ : stryMutAct_9fa48("1159") ? /^rate\((\d) (minutes?|hours?|days?)\)$/ : stryMutAct_9fa48("1158") ? /^rate\((\d+) (minutes?|hours?|days?)\)/ : stryMutAct_9fa48("1157") ? /rate\((\d+) (minutes?|hours?|days?)\)$/ : (stryCov_9fa48("1157", "1158", "1159", "1160", "1161", "1162", "1163"), /^rate\((\d+) (minutes?|hours?|days?)\)$/)).exec(stryMutAct_9fa48("1164") ? schedule : (stryCov_9fa48("1164"), schedule.trim()));
    if (stryMutAct_9fa48("1167") ? rate || Number(rate[1]) > 0 : stryMutAct_9fa48("1166") ? false : stryMutAct_9fa48("1165") ? true : (stryCov_9fa48("1165", "1166", "1167"), rate && (stryMutAct_9fa48("1170") ? Number(rate[1]) <= 0 : stryMutAct_9fa48("1169") ? Number(rate[1]) >= 0 : stryMutAct_9fa48("1168") ? true : (stryCov_9fa48("1168", "1169", "1170"), Number(rate[1]) > 0)))) {
      if (stryMutAct_9fa48("1171")) {
        {}
      } else {
        stryCov_9fa48("1171");
        return rateRunsPerMonth(Number(rate[1]), rate[2], daysPerMonth);
      }
    }
    throw new ScheduleError(stryMutAct_9fa48("1172") ? `` : (stryCov_9fa48("1172"), `cannot count the runs of loadSchedule ${schedule}: it is neither cron(...) nor rate(...); pass --export-runs-per-month`));
  }
}