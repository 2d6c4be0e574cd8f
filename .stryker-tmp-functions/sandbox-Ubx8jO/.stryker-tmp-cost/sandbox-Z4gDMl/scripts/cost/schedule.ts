// @ts-nocheck
// 
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
const MONTH_NAMES = stryMutAct_9fa48("767") ? [] : (stryCov_9fa48("767"), [stryMutAct_9fa48("768") ? "" : (stryCov_9fa48("768"), "JAN"), stryMutAct_9fa48("769") ? "" : (stryCov_9fa48("769"), "FEB"), stryMutAct_9fa48("770") ? "" : (stryCov_9fa48("770"), "MAR"), stryMutAct_9fa48("771") ? "" : (stryCov_9fa48("771"), "APR"), stryMutAct_9fa48("772") ? "" : (stryCov_9fa48("772"), "MAY"), stryMutAct_9fa48("773") ? "" : (stryCov_9fa48("773"), "JUN"), stryMutAct_9fa48("774") ? "" : (stryCov_9fa48("774"), "JUL"), stryMutAct_9fa48("775") ? "" : (stryCov_9fa48("775"), "AUG"), stryMutAct_9fa48("776") ? "" : (stryCov_9fa48("776"), "SEP"), stryMutAct_9fa48("777") ? "" : (stryCov_9fa48("777"), "OCT"), stryMutAct_9fa48("778") ? "" : (stryCov_9fa48("778"), "NOV"), stryMutAct_9fa48("779") ? "" : (stryCov_9fa48("779"), "DEC")]);
const DAY_NAMES = stryMutAct_9fa48("780") ? [] : (stryCov_9fa48("780"), [stryMutAct_9fa48("781") ? "" : (stryCov_9fa48("781"), "SUN"), stryMutAct_9fa48("782") ? "" : (stryCov_9fa48("782"), "MON"), stryMutAct_9fa48("783") ? "" : (stryCov_9fa48("783"), "TUE"), stryMutAct_9fa48("784") ? "" : (stryCov_9fa48("784"), "WED"), stryMutAct_9fa48("785") ? "" : (stryCov_9fa48("785"), "THU"), stryMutAct_9fa48("786") ? "" : (stryCov_9fa48("786"), "FRI"), stryMutAct_9fa48("787") ? "" : (stryCov_9fa48("787"), "SAT")]);

/** Thrown when a schedule uses syntax the estimate does not count; the caller suggests --export-runs-per-month. */
export class ScheduleError extends Error {
  constructor(message: string) {
    if (stryMutAct_9fa48("788")) {
      {}
    } else {
      stryCov_9fa48("788");
      super(message);
      Object.setPrototypeOf(this, ScheduleError.prototype);
      this.name = stryMutAct_9fa48("789") ? "" : (stryCov_9fa48("789"), "ScheduleError");
    }
  }
}
function fieldValue(token: string, min: number, max: number, names: readonly string[] | undefined, field: string): number {
  if (stryMutAct_9fa48("790")) {
    {}
  } else {
    stryCov_9fa48("790");
    const byName = stryMutAct_9fa48("791") ? names?.indexOf(token.toUpperCase()) && -1 : (stryCov_9fa48("791"), (stryMutAct_9fa48("792") ? names.indexOf(token.toUpperCase()) : (stryCov_9fa48("792"), names?.indexOf(stryMutAct_9fa48("793") ? token.toLowerCase() : (stryCov_9fa48("793"), token.toUpperCase())))) ?? (stryMutAct_9fa48("794") ? +1 : (stryCov_9fa48("794"), -1)));
    const n = (stryMutAct_9fa48("798") ? byName < 0 : stryMutAct_9fa48("797") ? byName > 0 : stryMutAct_9fa48("796") ? false : stryMutAct_9fa48("795") ? true : (stryCov_9fa48("795", "796", "797", "798"), byName >= 0)) ? stryMutAct_9fa48("799") ? byName - min : (stryCov_9fa48("799"), byName + min) : (stryMutAct_9fa48("803") ? /^\D+$/ : stryMutAct_9fa48("802") ? /^\d$/ : stryMutAct_9fa48("801") ? /^\d+/ : stryMutAct_9fa48("800") ? /\d+$/ : (stryCov_9fa48("800", "801", "802", "803"), /^\d+$/)).test(token) ? Number(token) : NaN;
    if (stryMutAct_9fa48("806") ? (!Number.isInteger(n) || n < min) && n > max : stryMutAct_9fa48("805") ? false : stryMutAct_9fa48("804") ? true : (stryCov_9fa48("804", "805", "806"), (stryMutAct_9fa48("808") ? !Number.isInteger(n) && n < min : stryMutAct_9fa48("807") ? false : (stryCov_9fa48("807", "808"), (stryMutAct_9fa48("809") ? Number.isInteger(n) : (stryCov_9fa48("809"), !Number.isInteger(n))) || (stryMutAct_9fa48("812") ? n >= min : stryMutAct_9fa48("811") ? n <= min : stryMutAct_9fa48("810") ? false : (stryCov_9fa48("810", "811", "812"), n < min)))) || (stryMutAct_9fa48("815") ? n <= max : stryMutAct_9fa48("814") ? n >= max : stryMutAct_9fa48("813") ? false : (stryCov_9fa48("813", "814", "815"), n > max)))) {
      if (stryMutAct_9fa48("816")) {
        {}
      } else {
        stryCov_9fa48("816");
        throw new ScheduleError(stryMutAct_9fa48("817") ? `` : (stryCov_9fa48("817"), `the ${field} field value "${token}" is not a number from ${min} to ${max}${names ? stryMutAct_9fa48("818") ? "" : (stryCov_9fa48("818"), " or a name") : stryMutAct_9fa48("819") ? "Stryker was here!" : (stryCov_9fa48("819"), "")}`));
      }
    }
    return n;
  }
}

/** The distinct values a cron field matches: *, lists, ranges, steps and names (no L, W or #). */
function fieldValues(field: string, min: number, max: number, names: readonly string[] | undefined, fieldName: string): Set<number> {
  if (stryMutAct_9fa48("820")) {
    {}
  } else {
    stryCov_9fa48("820");
    const values = new Set<number>();
    for (const part of field.split(stryMutAct_9fa48("821") ? "" : (stryCov_9fa48("821"), ","))) {
      if (stryMutAct_9fa48("822")) {
        {}
      } else {
        stryCov_9fa48("822");
        const [range, stepText] = part.split(stryMutAct_9fa48("823") ? "" : (stryCov_9fa48("823"), "/"));
        const step = (stryMutAct_9fa48("826") ? stepText !== undefined : stryMutAct_9fa48("825") ? false : stryMutAct_9fa48("824") ? true : (stryCov_9fa48("824", "825", "826"), stepText === undefined)) ? 1 : Number(stepText);
        if (stryMutAct_9fa48("829") ? (!Number.isInteger(step) || step < 1) && stepText !== undefined && !/^\d+$/.test(stepText) : stryMutAct_9fa48("828") ? false : stryMutAct_9fa48("827") ? true : (stryCov_9fa48("827", "828", "829"), (stryMutAct_9fa48("831") ? !Number.isInteger(step) && step < 1 : stryMutAct_9fa48("830") ? false : (stryCov_9fa48("830", "831"), (stryMutAct_9fa48("832") ? Number.isInteger(step) : (stryCov_9fa48("832"), !Number.isInteger(step))) || (stryMutAct_9fa48("835") ? step >= 1 : stryMutAct_9fa48("834") ? step <= 1 : stryMutAct_9fa48("833") ? false : (stryCov_9fa48("833", "834", "835"), step < 1)))) || (stryMutAct_9fa48("837") ? stepText !== undefined || !/^\d+$/.test(stepText) : stryMutAct_9fa48("836") ? false : (stryCov_9fa48("836", "837"), (stryMutAct_9fa48("839") ? stepText === undefined : stryMutAct_9fa48("838") ? true : (stryCov_9fa48("838", "839"), stepText !== undefined)) && (stryMutAct_9fa48("840") ? /^\d+$/.test(stepText) : (stryCov_9fa48("840"), !(stryMutAct_9fa48("844") ? /^\D+$/ : stryMutAct_9fa48("843") ? /^\d$/ : stryMutAct_9fa48("842") ? /^\d+/ : stryMutAct_9fa48("841") ? /\d+$/ : (stryCov_9fa48("841", "842", "843", "844"), /^\d+$/)).test(stepText))))))) {
          if (stryMutAct_9fa48("845")) {
            {}
          } else {
            stryCov_9fa48("845");
            throw new ScheduleError(stryMutAct_9fa48("846") ? `` : (stryCov_9fa48("846"), `the ${fieldName} field step "${stepText}" is not a positive whole number`));
          }
        }
        let from: number;
        let to: number;
        if (stryMutAct_9fa48("849") ? range !== "*" : stryMutAct_9fa48("848") ? false : stryMutAct_9fa48("847") ? true : (stryCov_9fa48("847", "848", "849"), range === (stryMutAct_9fa48("850") ? "" : (stryCov_9fa48("850"), "*")))) {
          if (stryMutAct_9fa48("851")) {
            {}
          } else {
            stryCov_9fa48("851");
            [from, to] = stryMutAct_9fa48("852") ? [] : (stryCov_9fa48("852"), [min, max]);
          }
        } else if (stryMutAct_9fa48("854") ? false : stryMutAct_9fa48("853") ? true : (stryCov_9fa48("853", "854"), range.includes(stryMutAct_9fa48("855") ? "" : (stryCov_9fa48("855"), "-")))) {
          if (stryMutAct_9fa48("856")) {
            {}
          } else {
            stryCov_9fa48("856");
            const [a, b] = range.split(stryMutAct_9fa48("857") ? "" : (stryCov_9fa48("857"), "-"));
            [from, to] = stryMutAct_9fa48("858") ? [] : (stryCov_9fa48("858"), [fieldValue(a, min, max, names, fieldName), fieldValue(b, min, max, names, fieldName)]);
            if (stryMutAct_9fa48("862") ? from <= to : stryMutAct_9fa48("861") ? from >= to : stryMutAct_9fa48("860") ? false : stryMutAct_9fa48("859") ? true : (stryCov_9fa48("859", "860", "861", "862"), from > to)) {
              if (stryMutAct_9fa48("863")) {
                {}
              } else {
                stryCov_9fa48("863");
                throw new ScheduleError(stryMutAct_9fa48("864") ? `` : (stryCov_9fa48("864"), `the ${fieldName} field range "${range}" runs backwards`));
              }
            }
          }
        } else {
          if (stryMutAct_9fa48("865")) {
            {}
          } else {
            stryCov_9fa48("865");
            from = fieldValue(range, min, max, names, fieldName);
            to = (stryMutAct_9fa48("868") ? stepText !== undefined : stryMutAct_9fa48("867") ? false : stryMutAct_9fa48("866") ? true : (stryCov_9fa48("866", "867", "868"), stepText === undefined)) ? from : max;
          }
        }
        for (let v = from; stryMutAct_9fa48("871") ? v > to : stryMutAct_9fa48("870") ? v < to : stryMutAct_9fa48("869") ? false : (stryCov_9fa48("869", "870", "871"), v <= to); stryMutAct_9fa48("872") ? v -= step : (stryCov_9fa48("872"), v += step)) {
          if (stryMutAct_9fa48("873")) {
            {}
          } else {
            stryCov_9fa48("873");
            values.add(v);
          }
        }
      }
    }
    return values;
  }
}
function isAny(field: string): boolean {
  if (stryMutAct_9fa48("874")) {
    {}
  } else {
    stryCov_9fa48("874");
    return stryMutAct_9fa48("877") ? field === "*" && field === "?" : stryMutAct_9fa48("876") ? false : stryMutAct_9fa48("875") ? true : (stryCov_9fa48("875", "876", "877"), (stryMutAct_9fa48("879") ? field !== "*" : stryMutAct_9fa48("878") ? false : (stryCov_9fa48("878", "879"), field === (stryMutAct_9fa48("880") ? "" : (stryCov_9fa48("880"), "*")))) || (stryMutAct_9fa48("882") ? field !== "?" : stryMutAct_9fa48("881") ? false : (stryCov_9fa48("881", "882"), field === (stryMutAct_9fa48("883") ? "" : (stryCov_9fa48("883"), "?")))));
  }
}

/**
 * The most days of a days-per-month month on which a weekly pattern of `weekdays` days can fall: every whole week holds
 * all of them, and the days left over hold at most that many more. MON-FRI in 30 days: 4 x 5 + 2 = 22.
 */
function weekdaysInMonth(weekdays: number, daysPerMonth: Exact): Exact {
  if (stryMutAct_9fa48("884")) {
    {}
  } else {
    stryCov_9fa48("884");
    const days = daysPerMonth.ceil();
    const weeks = days.div(7).floor();
    const rest = days.sub(weeks.mul(7));
    return weeks.mul(weekdays).add(stryMutAct_9fa48("885") ? rest.max(weekdays) : (stryCov_9fa48("885"), rest.min(weekdays)));
  }
}
function cronRunsPerMonth(expression: string, daysPerMonth: Exact): RunsPerMonth {
  if (stryMutAct_9fa48("886")) {
    {}
  } else {
    stryCov_9fa48("886");
    const fields = expression.split(stryMutAct_9fa48("887") ? "" : (stryCov_9fa48("887"), " "));
    if (stryMutAct_9fa48("890") ? fields.length === 6 : stryMutAct_9fa48("889") ? false : stryMutAct_9fa48("888") ? true : (stryCov_9fa48("888", "889", "890"), fields.length !== 6)) {
      if (stryMutAct_9fa48("891")) {
        {}
      } else {
        stryCov_9fa48("891");
        throw new ScheduleError(stryMutAct_9fa48("892") ? "" : (stryCov_9fa48("892"), "a cron expression has 6 fields: minutes hours day-of-month month day-of-week year"));
      }
    }
    const [minutes, hours, dayOfMonth, month, dayOfWeek] = fields;
    const dayOfWeekWithoutNames = stryMutAct_9fa48("893") ? dayOfWeek.toLowerCase().replace(new RegExp(DAY_NAMES.join("|"), "g"), "") : (stryCov_9fa48("893"), dayOfWeek.toUpperCase().replace(new RegExp(DAY_NAMES.join(stryMutAct_9fa48("894") ? "" : (stryCov_9fa48("894"), "|")), stryMutAct_9fa48("895") ? "" : (stryCov_9fa48("895"), "g")), stryMutAct_9fa48("896") ? "Stryker was here!" : (stryCov_9fa48("896"), "")));
    if (stryMutAct_9fa48("899") ? /[LW#]/i.test(dayOfMonth) && /[LW#]/.test(dayOfWeekWithoutNames) : stryMutAct_9fa48("898") ? false : stryMutAct_9fa48("897") ? true : (stryCov_9fa48("897", "898", "899"), (stryMutAct_9fa48("900") ? /[^LW#]/i : (stryCov_9fa48("900"), /[LW#]/i)).test(dayOfMonth) || (stryMutAct_9fa48("901") ? /[^LW#]/ : (stryCov_9fa48("901"), /[LW#]/)).test(dayOfWeekWithoutNames))) {
      if (stryMutAct_9fa48("902")) {
        {}
      } else {
        stryCov_9fa48("902");
        throw new ScheduleError(stryMutAct_9fa48("903") ? "" : (stryCov_9fa48("903"), "the L, W and # day forms are not counted"));
      }
    }
    const perDay = stryMutAct_9fa48("904") ? fieldValues(minutes, 0, 59, undefined, "minutes").size / fieldValues(hours, 0, 23, undefined, "hours").size : (stryCov_9fa48("904"), fieldValues(minutes, 0, 59, undefined, stryMutAct_9fa48("905") ? "" : (stryCov_9fa48("905"), "minutes")).size * fieldValues(hours, 0, 23, undefined, stryMutAct_9fa48("906") ? "" : (stryCov_9fa48("906"), "hours")).size);
    let days: Exact;
    let dayPhrase: string;
    if (stryMutAct_9fa48("909") ? isAny(dayOfMonth) || isAny(dayOfWeek) : stryMutAct_9fa48("908") ? false : stryMutAct_9fa48("907") ? true : (stryCov_9fa48("907", "908", "909"), isAny(dayOfMonth) && isAny(dayOfWeek))) {
      if (stryMutAct_9fa48("910")) {
        {}
      } else {
        stryCov_9fa48("910");
        days = daysPerMonth;
        dayPhrase = stryMutAct_9fa48("911") ? "" : (stryCov_9fa48("911"), "every day");
      }
    } else if (stryMutAct_9fa48("913") ? false : stryMutAct_9fa48("912") ? true : (stryCov_9fa48("912", "913"), isAny(dayOfMonth))) {
      if (stryMutAct_9fa48("914")) {
        {}
      } else {
        stryCov_9fa48("914");
        const weekdays = fieldValues(dayOfWeek, 1, 7, DAY_NAMES, stryMutAct_9fa48("915") ? "" : (stryCov_9fa48("915"), "day-of-week")).size;
        days = weekdaysInMonth(weekdays, daysPerMonth);
        dayPhrase = (stryMutAct_9fa48("918") ? weekdays !== 7 : stryMutAct_9fa48("917") ? false : stryMutAct_9fa48("916") ? true : (stryCov_9fa48("916", "917", "918"), weekdays === 7)) ? stryMutAct_9fa48("919") ? "" : (stryCov_9fa48("919"), "every day") : stryMutAct_9fa48("920") ? `` : (stryCov_9fa48("920"), `${weekdays} day${(stryMutAct_9fa48("923") ? weekdays !== 1 : stryMutAct_9fa48("922") ? false : stryMutAct_9fa48("921") ? true : (stryCov_9fa48("921", "922", "923"), weekdays === 1)) ? stryMutAct_9fa48("924") ? "Stryker was here!" : (stryCov_9fa48("924"), "") : stryMutAct_9fa48("925") ? "" : (stryCov_9fa48("925"), "s")} a week, at most ${days.toDecimal()} days in a ${daysPerMonth.toDecimal()}-day month`);
      }
    } else if (stryMutAct_9fa48("927") ? false : stryMutAct_9fa48("926") ? true : (stryCov_9fa48("926", "927"), isAny(dayOfWeek))) {
      if (stryMutAct_9fa48("928")) {
        {}
      } else {
        stryCov_9fa48("928");
        const monthDays = fieldValues(dayOfMonth, 1, 31, undefined, stryMutAct_9fa48("929") ? "" : (stryCov_9fa48("929"), "day-of-month")).size;
        days = stryMutAct_9fa48("930") ? Exact.of(monthDays).max(daysPerMonth.ceil()) : (stryCov_9fa48("930"), Exact.of(monthDays).min(daysPerMonth.ceil()));
        dayPhrase = stryMutAct_9fa48("931") ? `` : (stryCov_9fa48("931"), `${days.toDecimal()} day${days.equals(1) ? stryMutAct_9fa48("932") ? "Stryker was here!" : (stryCov_9fa48("932"), "") : stryMutAct_9fa48("933") ? "" : (stryCov_9fa48("933"), "s")} a month`);
      }
    } else {
      if (stryMutAct_9fa48("934")) {
        {}
      } else {
        stryCov_9fa48("934");
        throw new ScheduleError(stryMutAct_9fa48("935") ? "" : (stryCov_9fa48("935"), "either day-of-month or day-of-week must be ?"));
      }
    }
    let runs = days.mul(perDay);
    let monthPhrase = stryMutAct_9fa48("936") ? "Stryker was here!" : (stryCov_9fa48("936"), "");
    if (stryMutAct_9fa48("939") ? false : stryMutAct_9fa48("938") ? true : stryMutAct_9fa48("937") ? isAny(month) : (stryCov_9fa48("937", "938", "939"), !isAny(month))) {
      if (stryMutAct_9fa48("940")) {
        {}
      } else {
        stryCov_9fa48("940");
        const months = fieldValues(month, 1, 12, MONTH_NAMES, stryMutAct_9fa48("941") ? "" : (stryCov_9fa48("941"), "month")).size;
        runs = runs.mul(months).div(12);
        monthPhrase = stryMutAct_9fa48("942") ? `` : (stryCov_9fa48("942"), `, in ${months} of 12 months (averaged)`);
      }
    }
    const timesPhrase = (stryMutAct_9fa48("945") ? perDay !== 1 : stryMutAct_9fa48("944") ? false : stryMutAct_9fa48("943") ? true : (stryCov_9fa48("943", "944", "945"), perDay === 1)) ? stryMutAct_9fa48("946") ? "" : (stryCov_9fa48("946"), "once") : stryMutAct_9fa48("947") ? `` : (stryCov_9fa48("947"), `${perDay} times`);
    return stryMutAct_9fa48("948") ? {} : (stryCov_9fa48("948"), {
      runs,
      explanation: stryMutAct_9fa48("949") ? `` : (stryCov_9fa48("949"), `${timesPhrase} a day, ${dayPhrase}${monthPhrase}`)
    });
  }
}
function rateRunsPerMonth(amount: number, unit: string, daysPerMonth: Exact): RunsPerMonth {
  if (stryMutAct_9fa48("950")) {
    {}
  } else {
    stryCov_9fa48("950");
    const minutesPerUnit = (stryMutAct_9fa48("951") ? unit.endsWith("minute") : (stryCov_9fa48("951"), unit.startsWith(stryMutAct_9fa48("952") ? "" : (stryCov_9fa48("952"), "minute")))) ? 1 : (stryMutAct_9fa48("953") ? unit.endsWith("hour") : (stryCov_9fa48("953"), unit.startsWith(stryMutAct_9fa48("954") ? "" : (stryCov_9fa48("954"), "hour")))) ? 60 : 1440;
    // Whole runs: a schedule that fires every 7 days fires 5 times in some 30-day months.
    const runs = daysPerMonth.mul(1440).div(stryMutAct_9fa48("955") ? amount / minutesPerUnit : (stryCov_9fa48("955"), amount * minutesPerUnit)).ceil();
    return stryMutAct_9fa48("956") ? {} : (stryCov_9fa48("956"), {
      runs,
      explanation: stryMutAct_9fa48("957") ? `` : (stryCov_9fa48("957"), `every ${amount} ${unit}, at most ${runs.toDecimal()} runs in a ${daysPerMonth.toDecimal()}-day month`)
    });
  }
}

/**
 * Runs a month of an EventBridge schedule expression. Counts the most runs a month of daysPerMonth days can hold,
 * so weekday schedules round up (MON-FRI: 22 in 30 days), matching how the samples count one run a day as 30.
 */
export function runsPerMonth(schedule: string, daysPerMonth: Exact): RunsPerMonth {
  if (stryMutAct_9fa48("958")) {
    {}
  } else {
    stryCov_9fa48("958");
    const cron = (stryMutAct_9fa48("961") ? /^cron\((.)\)$/ : stryMutAct_9fa48("960") ? /^cron\((.+)\)/ : stryMutAct_9fa48("959") ? /cron\((.+)\)$/ : (stryCov_9fa48("959", "960", "961"), /^cron\((.+)\)$/)).exec(stryMutAct_9fa48("962") ? schedule : (stryCov_9fa48("962"), schedule.trim()));
    if (stryMutAct_9fa48("964") ? false : stryMutAct_9fa48("963") ? true : (stryCov_9fa48("963", "964"), cron)) {
      if (stryMutAct_9fa48("965")) {
        {}
      } else {
        stryCov_9fa48("965");
        try {
          if (stryMutAct_9fa48("966")) {
            {}
          } else {
            stryCov_9fa48("966");
            return cronRunsPerMonth(stryMutAct_9fa48("967") ? cron[1] : (stryCov_9fa48("967"), cron[1].trim()), daysPerMonth);
          }
        } catch (e) {
          if (stryMutAct_9fa48("968")) {
            {}
          } else {
            stryCov_9fa48("968");
            if (stryMutAct_9fa48("970") ? false : stryMutAct_9fa48("969") ? true : (stryCov_9fa48("969", "970"), e instanceof ScheduleError)) {
              if (stryMutAct_9fa48("971")) {
                {}
              } else {
                stryCov_9fa48("971");
                throw new ScheduleError(stryMutAct_9fa48("972") ? `` : (stryCov_9fa48("972"), `cannot count the runs of loadSchedule ${schedule}: ${e.message}; pass --export-runs-per-month`));
              }
            }
            throw e;
          }
        }
      }
    }
    const rate = (stryMutAct_9fa48("979") ? /^rate\((\d+) (minutes?|hours?|days)\)$/ : stryMutAct_9fa48("978") ? /^rate\((\d+) (minutes?|hours|days?)\)$/ : stryMutAct_9fa48("977") ? /^rate\((\d+) (minutes|hours?|days?)\)$/ : stryMutAct_9fa48("976") ? /^rate\((\D+) (minutes?|hours?|days?)\)$/ : stryMutAct_9fa48("975") ? /^rate\((\d) (minutes?|hours?|days?)\)$/ : stryMutAct_9fa48("974") ? /^rate\((\d+) (minutes?|hours?|days?)\)/ : stryMutAct_9fa48("973") ? /rate\((\d+) (minutes?|hours?|days?)\)$/ : (stryCov_9fa48("973", "974", "975", "976", "977", "978", "979"), /^rate\((\d+) (minutes?|hours?|days?)\)$/)).exec(stryMutAct_9fa48("980") ? schedule : (stryCov_9fa48("980"), schedule.trim()));
    if (stryMutAct_9fa48("983") ? rate || Number(rate[1]) > 0 : stryMutAct_9fa48("982") ? false : stryMutAct_9fa48("981") ? true : (stryCov_9fa48("981", "982", "983"), rate && (stryMutAct_9fa48("986") ? Number(rate[1]) <= 0 : stryMutAct_9fa48("985") ? Number(rate[1]) >= 0 : stryMutAct_9fa48("984") ? true : (stryCov_9fa48("984", "985", "986"), Number(rate[1]) > 0)))) {
      if (stryMutAct_9fa48("987")) {
        {}
      } else {
        stryCov_9fa48("987");
        return rateRunsPerMonth(Number(rate[1]), rate[2], daysPerMonth);
      }
    }
    throw new ScheduleError(stryMutAct_9fa48("988") ? `` : (stryCov_9fa48("988"), `cannot count the runs of loadSchedule ${schedule}: it is neither cron(...) nor rate(...); pass --export-runs-per-month`));
  }
}