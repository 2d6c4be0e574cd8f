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
const MONTH_NAMES = stryMutAct_9fa48("3744") ? [] : (stryCov_9fa48("3744"), [stryMutAct_9fa48("3745") ? "" : (stryCov_9fa48("3745"), "JAN"), stryMutAct_9fa48("3746") ? "" : (stryCov_9fa48("3746"), "FEB"), stryMutAct_9fa48("3747") ? "" : (stryCov_9fa48("3747"), "MAR"), stryMutAct_9fa48("3748") ? "" : (stryCov_9fa48("3748"), "APR"), stryMutAct_9fa48("3749") ? "" : (stryCov_9fa48("3749"), "MAY"), stryMutAct_9fa48("3750") ? "" : (stryCov_9fa48("3750"), "JUN"), stryMutAct_9fa48("3751") ? "" : (stryCov_9fa48("3751"), "JUL"), stryMutAct_9fa48("3752") ? "" : (stryCov_9fa48("3752"), "AUG"), stryMutAct_9fa48("3753") ? "" : (stryCov_9fa48("3753"), "SEP"), stryMutAct_9fa48("3754") ? "" : (stryCov_9fa48("3754"), "OCT"), stryMutAct_9fa48("3755") ? "" : (stryCov_9fa48("3755"), "NOV"), stryMutAct_9fa48("3756") ? "" : (stryCov_9fa48("3756"), "DEC")]);
const DAY_NAMES = stryMutAct_9fa48("3757") ? [] : (stryCov_9fa48("3757"), [stryMutAct_9fa48("3758") ? "" : (stryCov_9fa48("3758"), "SUN"), stryMutAct_9fa48("3759") ? "" : (stryCov_9fa48("3759"), "MON"), stryMutAct_9fa48("3760") ? "" : (stryCov_9fa48("3760"), "TUE"), stryMutAct_9fa48("3761") ? "" : (stryCov_9fa48("3761"), "WED"), stryMutAct_9fa48("3762") ? "" : (stryCov_9fa48("3762"), "THU"), stryMutAct_9fa48("3763") ? "" : (stryCov_9fa48("3763"), "FRI"), stryMutAct_9fa48("3764") ? "" : (stryCov_9fa48("3764"), "SAT")]);

/** Thrown when a schedule uses syntax the estimate does not count; the caller suggests --export-runs-per-month. */
export class ScheduleError extends Error {
  constructor(message: string) {
    if (stryMutAct_9fa48("3765")) {
      {}
    } else {
      stryCov_9fa48("3765");
      super(message);
      Object.setPrototypeOf(this, ScheduleError.prototype);
      this.name = stryMutAct_9fa48("3766") ? "" : (stryCov_9fa48("3766"), "ScheduleError");
    }
  }
}
function fieldValue(token: string, min: number, max: number, names: readonly string[] | undefined, field: string): number {
  if (stryMutAct_9fa48("3767")) {
    {}
  } else {
    stryCov_9fa48("3767");
    const byName = stryMutAct_9fa48("3768") ? names?.indexOf(token.toUpperCase()) && -1 : (stryCov_9fa48("3768"), (stryMutAct_9fa48("3769") ? names.indexOf(token.toUpperCase()) : (stryCov_9fa48("3769"), names?.indexOf(stryMutAct_9fa48("3770") ? token.toLowerCase() : (stryCov_9fa48("3770"), token.toUpperCase())))) ?? (stryMutAct_9fa48("3771") ? +1 : (stryCov_9fa48("3771"), -1)));
    const n = (stryMutAct_9fa48("3775") ? byName < 0 : stryMutAct_9fa48("3774") ? byName > 0 : stryMutAct_9fa48("3773") ? false : stryMutAct_9fa48("3772") ? true : (stryCov_9fa48("3772", "3773", "3774", "3775"), byName >= 0)) ? stryMutAct_9fa48("3776") ? byName - min : (stryCov_9fa48("3776"), byName + min) : (stryMutAct_9fa48("3780") ? /^\D+$/ : stryMutAct_9fa48("3779") ? /^\d$/ : stryMutAct_9fa48("3778") ? /^\d+/ : stryMutAct_9fa48("3777") ? /\d+$/ : (stryCov_9fa48("3777", "3778", "3779", "3780"), /^\d+$/)).test(token) ? Number(token) : NaN;
    if (stryMutAct_9fa48("3783") ? (!Number.isInteger(n) || n < min) && n > max : stryMutAct_9fa48("3782") ? false : stryMutAct_9fa48("3781") ? true : (stryCov_9fa48("3781", "3782", "3783"), (stryMutAct_9fa48("3785") ? !Number.isInteger(n) && n < min : stryMutAct_9fa48("3784") ? false : (stryCov_9fa48("3784", "3785"), (stryMutAct_9fa48("3786") ? Number.isInteger(n) : (stryCov_9fa48("3786"), !Number.isInteger(n))) || (stryMutAct_9fa48("3789") ? n >= min : stryMutAct_9fa48("3788") ? n <= min : stryMutAct_9fa48("3787") ? false : (stryCov_9fa48("3787", "3788", "3789"), n < min)))) || (stryMutAct_9fa48("3792") ? n <= max : stryMutAct_9fa48("3791") ? n >= max : stryMutAct_9fa48("3790") ? false : (stryCov_9fa48("3790", "3791", "3792"), n > max)))) {
      if (stryMutAct_9fa48("3793")) {
        {}
      } else {
        stryCov_9fa48("3793");
        throw new ScheduleError(stryMutAct_9fa48("3794") ? `` : (stryCov_9fa48("3794"), `the ${field} field value "${token}" is not a number from ${min} to ${max}${names ? stryMutAct_9fa48("3795") ? "" : (stryCov_9fa48("3795"), " or a name") : stryMutAct_9fa48("3796") ? "Stryker was here!" : (stryCov_9fa48("3796"), "")}`));
      }
    }
    return n;
  }
}

/** The distinct values a cron field matches: *, lists, ranges, steps and names (no L, W or #). */
function fieldValues(field: string, min: number, max: number, names: readonly string[] | undefined, fieldName: string): Set<number> {
  if (stryMutAct_9fa48("3797")) {
    {}
  } else {
    stryCov_9fa48("3797");
    const values = new Set<number>();
    for (const part of field.split(stryMutAct_9fa48("3798") ? "" : (stryCov_9fa48("3798"), ","))) {
      if (stryMutAct_9fa48("3799")) {
        {}
      } else {
        stryCov_9fa48("3799");
        const [range, stepText] = part.split(stryMutAct_9fa48("3800") ? "" : (stryCov_9fa48("3800"), "/"));
        const step = (stryMutAct_9fa48("3803") ? stepText !== undefined : stryMutAct_9fa48("3802") ? false : stryMutAct_9fa48("3801") ? true : (stryCov_9fa48("3801", "3802", "3803"), stepText === undefined)) ? 1 : Number(stepText);
        if (stryMutAct_9fa48("3806") ? (!Number.isInteger(step) || step < 1) && stepText !== undefined && !/^\d+$/.test(stepText) : stryMutAct_9fa48("3805") ? false : stryMutAct_9fa48("3804") ? true : (stryCov_9fa48("3804", "3805", "3806"), (stryMutAct_9fa48("3808") ? !Number.isInteger(step) && step < 1 : stryMutAct_9fa48("3807") ? false : (stryCov_9fa48("3807", "3808"), (stryMutAct_9fa48("3809") ? Number.isInteger(step) : (stryCov_9fa48("3809"), !Number.isInteger(step))) || (stryMutAct_9fa48("3812") ? step >= 1 : stryMutAct_9fa48("3811") ? step <= 1 : stryMutAct_9fa48("3810") ? false : (stryCov_9fa48("3810", "3811", "3812"), step < 1)))) || (stryMutAct_9fa48("3814") ? stepText !== undefined || !/^\d+$/.test(stepText) : stryMutAct_9fa48("3813") ? false : (stryCov_9fa48("3813", "3814"), (stryMutAct_9fa48("3816") ? stepText === undefined : stryMutAct_9fa48("3815") ? true : (stryCov_9fa48("3815", "3816"), stepText !== undefined)) && (stryMutAct_9fa48("3817") ? /^\d+$/.test(stepText) : (stryCov_9fa48("3817"), !(stryMutAct_9fa48("3821") ? /^\D+$/ : stryMutAct_9fa48("3820") ? /^\d$/ : stryMutAct_9fa48("3819") ? /^\d+/ : stryMutAct_9fa48("3818") ? /\d+$/ : (stryCov_9fa48("3818", "3819", "3820", "3821"), /^\d+$/)).test(stepText))))))) {
          if (stryMutAct_9fa48("3822")) {
            {}
          } else {
            stryCov_9fa48("3822");
            throw new ScheduleError(stryMutAct_9fa48("3823") ? `` : (stryCov_9fa48("3823"), `the ${fieldName} field step "${stepText}" is not a positive whole number`));
          }
        }
        let from: number;
        let to: number;
        if (stryMutAct_9fa48("3826") ? range !== "*" : stryMutAct_9fa48("3825") ? false : stryMutAct_9fa48("3824") ? true : (stryCov_9fa48("3824", "3825", "3826"), range === (stryMutAct_9fa48("3827") ? "" : (stryCov_9fa48("3827"), "*")))) {
          if (stryMutAct_9fa48("3828")) {
            {}
          } else {
            stryCov_9fa48("3828");
            [from, to] = stryMutAct_9fa48("3829") ? [] : (stryCov_9fa48("3829"), [min, max]);
          }
        } else if (stryMutAct_9fa48("3831") ? false : stryMutAct_9fa48("3830") ? true : (stryCov_9fa48("3830", "3831"), range.includes(stryMutAct_9fa48("3832") ? "" : (stryCov_9fa48("3832"), "-")))) {
          if (stryMutAct_9fa48("3833")) {
            {}
          } else {
            stryCov_9fa48("3833");
            const [a, b] = range.split(stryMutAct_9fa48("3834") ? "" : (stryCov_9fa48("3834"), "-"));
            [from, to] = stryMutAct_9fa48("3835") ? [] : (stryCov_9fa48("3835"), [fieldValue(a, min, max, names, fieldName), fieldValue(b, min, max, names, fieldName)]);
            if (stryMutAct_9fa48("3839") ? from <= to : stryMutAct_9fa48("3838") ? from >= to : stryMutAct_9fa48("3837") ? false : stryMutAct_9fa48("3836") ? true : (stryCov_9fa48("3836", "3837", "3838", "3839"), from > to)) {
              if (stryMutAct_9fa48("3840")) {
                {}
              } else {
                stryCov_9fa48("3840");
                throw new ScheduleError(stryMutAct_9fa48("3841") ? `` : (stryCov_9fa48("3841"), `the ${fieldName} field range "${range}" runs backwards`));
              }
            }
          }
        } else {
          if (stryMutAct_9fa48("3842")) {
            {}
          } else {
            stryCov_9fa48("3842");
            from = fieldValue(range, min, max, names, fieldName);
            to = (stryMutAct_9fa48("3845") ? stepText !== undefined : stryMutAct_9fa48("3844") ? false : stryMutAct_9fa48("3843") ? true : (stryCov_9fa48("3843", "3844", "3845"), stepText === undefined)) ? from : max;
          }
        }
        for (let v = from; stryMutAct_9fa48("3848") ? v > to : stryMutAct_9fa48("3847") ? v < to : stryMutAct_9fa48("3846") ? false : (stryCov_9fa48("3846", "3847", "3848"), v <= to); stryMutAct_9fa48("3849") ? v -= step : (stryCov_9fa48("3849"), v += step)) {
          if (stryMutAct_9fa48("3850")) {
            {}
          } else {
            stryCov_9fa48("3850");
            values.add(v);
          }
        }
      }
    }
    return values;
  }
}
function isAny(field: string): boolean {
  if (stryMutAct_9fa48("3851")) {
    {}
  } else {
    stryCov_9fa48("3851");
    return stryMutAct_9fa48("3854") ? field === "*" && field === "?" : stryMutAct_9fa48("3853") ? false : stryMutAct_9fa48("3852") ? true : (stryCov_9fa48("3852", "3853", "3854"), (stryMutAct_9fa48("3856") ? field !== "*" : stryMutAct_9fa48("3855") ? false : (stryCov_9fa48("3855", "3856"), field === (stryMutAct_9fa48("3857") ? "" : (stryCov_9fa48("3857"), "*")))) || (stryMutAct_9fa48("3859") ? field !== "?" : stryMutAct_9fa48("3858") ? false : (stryCov_9fa48("3858", "3859"), field === (stryMutAct_9fa48("3860") ? "" : (stryCov_9fa48("3860"), "?")))));
  }
}

/**
 * The most days of a days-per-month month on which a weekly pattern of `weekdays` days can fall: every whole week holds
 * all of them, and the days left over hold at most that many more. MON-FRI in 30 days: 4 x 5 + 2 = 22.
 */
function weekdaysInMonth(weekdays: number, daysPerMonth: Exact): Exact {
  if (stryMutAct_9fa48("3861")) {
    {}
  } else {
    stryCov_9fa48("3861");
    const days = daysPerMonth.ceil();
    const weeks = days.div(7).floor();
    const rest = days.sub(weeks.mul(7));
    return weeks.mul(weekdays).add(stryMutAct_9fa48("3862") ? rest.max(weekdays) : (stryCov_9fa48("3862"), rest.min(weekdays)));
  }
}
function cronRunsPerMonth(expression: string, daysPerMonth: Exact): RunsPerMonth {
  if (stryMutAct_9fa48("3863")) {
    {}
  } else {
    stryCov_9fa48("3863");
    const fields = expression.split(stryMutAct_9fa48("3864") ? "" : (stryCov_9fa48("3864"), " "));
    if (stryMutAct_9fa48("3867") ? fields.length === 6 : stryMutAct_9fa48("3866") ? false : stryMutAct_9fa48("3865") ? true : (stryCov_9fa48("3865", "3866", "3867"), fields.length !== 6)) {
      if (stryMutAct_9fa48("3868")) {
        {}
      } else {
        stryCov_9fa48("3868");
        throw new ScheduleError(stryMutAct_9fa48("3869") ? "" : (stryCov_9fa48("3869"), "a cron expression has 6 fields: minutes hours day-of-month month day-of-week year"));
      }
    }
    const [minutes, hours, dayOfMonth, month, dayOfWeek] = fields;
    const dayOfWeekWithoutNames = stryMutAct_9fa48("3870") ? dayOfWeek.toLowerCase().replace(new RegExp(DAY_NAMES.join("|"), "g"), "") : (stryCov_9fa48("3870"), dayOfWeek.toUpperCase().replace(new RegExp(DAY_NAMES.join(stryMutAct_9fa48("3871") ? "" : (stryCov_9fa48("3871"), "|")), stryMutAct_9fa48("3872") ? "" : (stryCov_9fa48("3872"), "g")), stryMutAct_9fa48("3873") ? "Stryker was here!" : (stryCov_9fa48("3873"), "")));
    if (stryMutAct_9fa48("3876") ? /[LW#]/i.test(dayOfMonth) && /[LW#]/.test(dayOfWeekWithoutNames) : stryMutAct_9fa48("3875") ? false : stryMutAct_9fa48("3874") ? true : (stryCov_9fa48("3874", "3875", "3876"), (stryMutAct_9fa48("3877") ? /[^LW#]/i : (stryCov_9fa48("3877"), /[LW#]/i)).test(dayOfMonth) || (stryMutAct_9fa48("3878") ? /[^LW#]/ : (stryCov_9fa48("3878"), /[LW#]/)).test(dayOfWeekWithoutNames))) {
      if (stryMutAct_9fa48("3879")) {
        {}
      } else {
        stryCov_9fa48("3879");
        throw new ScheduleError(stryMutAct_9fa48("3880") ? "" : (stryCov_9fa48("3880"), "the L, W and # day forms are not counted"));
      }
    }
    const perDay = stryMutAct_9fa48("3881") ? fieldValues(minutes, 0, 59, undefined, "minutes").size / fieldValues(hours, 0, 23, undefined, "hours").size : (stryCov_9fa48("3881"), fieldValues(minutes, 0, 59, undefined, stryMutAct_9fa48("3882") ? "" : (stryCov_9fa48("3882"), "minutes")).size * fieldValues(hours, 0, 23, undefined, stryMutAct_9fa48("3883") ? "" : (stryCov_9fa48("3883"), "hours")).size);
    let days: Exact;
    let dayPhrase: string;
    if (stryMutAct_9fa48("3886") ? isAny(dayOfMonth) || isAny(dayOfWeek) : stryMutAct_9fa48("3885") ? false : stryMutAct_9fa48("3884") ? true : (stryCov_9fa48("3884", "3885", "3886"), isAny(dayOfMonth) && isAny(dayOfWeek))) {
      if (stryMutAct_9fa48("3887")) {
        {}
      } else {
        stryCov_9fa48("3887");
        days = daysPerMonth;
        dayPhrase = stryMutAct_9fa48("3888") ? "" : (stryCov_9fa48("3888"), "every day");
      }
    } else if (stryMutAct_9fa48("3890") ? false : stryMutAct_9fa48("3889") ? true : (stryCov_9fa48("3889", "3890"), isAny(dayOfMonth))) {
      if (stryMutAct_9fa48("3891")) {
        {}
      } else {
        stryCov_9fa48("3891");
        const weekdays = fieldValues(dayOfWeek, 1, 7, DAY_NAMES, stryMutAct_9fa48("3892") ? "" : (stryCov_9fa48("3892"), "day-of-week")).size;
        days = weekdaysInMonth(weekdays, daysPerMonth);
        dayPhrase = (stryMutAct_9fa48("3895") ? weekdays !== 7 : stryMutAct_9fa48("3894") ? false : stryMutAct_9fa48("3893") ? true : (stryCov_9fa48("3893", "3894", "3895"), weekdays === 7)) ? stryMutAct_9fa48("3896") ? "" : (stryCov_9fa48("3896"), "every day") : stryMutAct_9fa48("3897") ? `` : (stryCov_9fa48("3897"), `${weekdays} day${(stryMutAct_9fa48("3900") ? weekdays !== 1 : stryMutAct_9fa48("3899") ? false : stryMutAct_9fa48("3898") ? true : (stryCov_9fa48("3898", "3899", "3900"), weekdays === 1)) ? stryMutAct_9fa48("3901") ? "Stryker was here!" : (stryCov_9fa48("3901"), "") : stryMutAct_9fa48("3902") ? "" : (stryCov_9fa48("3902"), "s")} a week, at most ${days.toDecimal()} days in a ${daysPerMonth.toDecimal()}-day month`);
      }
    } else if (stryMutAct_9fa48("3904") ? false : stryMutAct_9fa48("3903") ? true : (stryCov_9fa48("3903", "3904"), isAny(dayOfWeek))) {
      if (stryMutAct_9fa48("3905")) {
        {}
      } else {
        stryCov_9fa48("3905");
        const monthDays = fieldValues(dayOfMonth, 1, 31, undefined, stryMutAct_9fa48("3906") ? "" : (stryCov_9fa48("3906"), "day-of-month")).size;
        days = stryMutAct_9fa48("3907") ? Exact.of(monthDays).max(daysPerMonth.ceil()) : (stryCov_9fa48("3907"), Exact.of(monthDays).min(daysPerMonth.ceil()));
        dayPhrase = stryMutAct_9fa48("3908") ? `` : (stryCov_9fa48("3908"), `${days.toDecimal()} day${days.equals(1) ? stryMutAct_9fa48("3909") ? "Stryker was here!" : (stryCov_9fa48("3909"), "") : stryMutAct_9fa48("3910") ? "" : (stryCov_9fa48("3910"), "s")} a month`);
      }
    } else {
      if (stryMutAct_9fa48("3911")) {
        {}
      } else {
        stryCov_9fa48("3911");
        throw new ScheduleError(stryMutAct_9fa48("3912") ? "" : (stryCov_9fa48("3912"), "either day-of-month or day-of-week must be ?"));
      }
    }
    let runs = days.mul(perDay);
    let monthPhrase = stryMutAct_9fa48("3913") ? "Stryker was here!" : (stryCov_9fa48("3913"), "");
    if (stryMutAct_9fa48("3916") ? false : stryMutAct_9fa48("3915") ? true : stryMutAct_9fa48("3914") ? isAny(month) : (stryCov_9fa48("3914", "3915", "3916"), !isAny(month))) {
      if (stryMutAct_9fa48("3917")) {
        {}
      } else {
        stryCov_9fa48("3917");
        const months = fieldValues(month, 1, 12, MONTH_NAMES, stryMutAct_9fa48("3918") ? "" : (stryCov_9fa48("3918"), "month")).size;
        runs = runs.mul(months).div(12);
        monthPhrase = stryMutAct_9fa48("3919") ? `` : (stryCov_9fa48("3919"), `, in ${months} of 12 months (averaged)`);
      }
    }
    const timesPhrase = (stryMutAct_9fa48("3922") ? perDay !== 1 : stryMutAct_9fa48("3921") ? false : stryMutAct_9fa48("3920") ? true : (stryCov_9fa48("3920", "3921", "3922"), perDay === 1)) ? stryMutAct_9fa48("3923") ? "" : (stryCov_9fa48("3923"), "once") : stryMutAct_9fa48("3924") ? `` : (stryCov_9fa48("3924"), `${perDay} times`);
    return stryMutAct_9fa48("3925") ? {} : (stryCov_9fa48("3925"), {
      runs,
      explanation: stryMutAct_9fa48("3926") ? `` : (stryCov_9fa48("3926"), `${timesPhrase} a day, ${dayPhrase}${monthPhrase}`)
    });
  }
}
function rateRunsPerMonth(amount: number, unit: string, daysPerMonth: Exact): RunsPerMonth {
  if (stryMutAct_9fa48("3927")) {
    {}
  } else {
    stryCov_9fa48("3927");
    const minutesPerUnit = (stryMutAct_9fa48("3928") ? unit.endsWith("minute") : (stryCov_9fa48("3928"), unit.startsWith(stryMutAct_9fa48("3929") ? "" : (stryCov_9fa48("3929"), "minute")))) ? 1 : (stryMutAct_9fa48("3930") ? unit.endsWith("hour") : (stryCov_9fa48("3930"), unit.startsWith(stryMutAct_9fa48("3931") ? "" : (stryCov_9fa48("3931"), "hour")))) ? 60 : 1440;
    // Whole runs: a schedule that fires every 7 days fires 5 times in some 30-day months.
    const runs = daysPerMonth.mul(1440).div(stryMutAct_9fa48("3932") ? amount / minutesPerUnit : (stryCov_9fa48("3932"), amount * minutesPerUnit)).ceil();
    return stryMutAct_9fa48("3933") ? {} : (stryCov_9fa48("3933"), {
      runs,
      explanation: stryMutAct_9fa48("3934") ? `` : (stryCov_9fa48("3934"), `every ${amount} ${unit}, at most ${runs.toDecimal()} runs in a ${daysPerMonth.toDecimal()}-day month`)
    });
  }
}

/**
 * Runs a month of an EventBridge schedule expression. Counts the most runs a month of daysPerMonth days can hold,
 * so weekday schedules round up (MON-FRI: 22 in 30 days), matching how the samples count one run a day as 30.
 */
export function runsPerMonth(schedule: string, daysPerMonth: Exact): RunsPerMonth {
  if (stryMutAct_9fa48("3935")) {
    {}
  } else {
    stryCov_9fa48("3935");
    const cron = (stryMutAct_9fa48("3938") ? /^cron\((.)\)$/ : stryMutAct_9fa48("3937") ? /^cron\((.+)\)/ : stryMutAct_9fa48("3936") ? /cron\((.+)\)$/ : (stryCov_9fa48("3936", "3937", "3938"), /^cron\((.+)\)$/)).exec(stryMutAct_9fa48("3939") ? schedule : (stryCov_9fa48("3939"), schedule.trim()));
    if (stryMutAct_9fa48("3941") ? false : stryMutAct_9fa48("3940") ? true : (stryCov_9fa48("3940", "3941"), cron)) {
      if (stryMutAct_9fa48("3942")) {
        {}
      } else {
        stryCov_9fa48("3942");
        try {
          if (stryMutAct_9fa48("3943")) {
            {}
          } else {
            stryCov_9fa48("3943");
            return cronRunsPerMonth(stryMutAct_9fa48("3944") ? cron[1] : (stryCov_9fa48("3944"), cron[1].trim()), daysPerMonth);
          }
        } catch (e) {
          if (stryMutAct_9fa48("3945")) {
            {}
          } else {
            stryCov_9fa48("3945");
            if (stryMutAct_9fa48("3947") ? false : stryMutAct_9fa48("3946") ? true : (stryCov_9fa48("3946", "3947"), e instanceof ScheduleError)) {
              if (stryMutAct_9fa48("3948")) {
                {}
              } else {
                stryCov_9fa48("3948");
                throw new ScheduleError(stryMutAct_9fa48("3949") ? `` : (stryCov_9fa48("3949"), `cannot count the runs of loadSchedule ${schedule}: ${e.message}; pass --export-runs-per-month`));
              }
            }
            throw e;
          }
        }
      }
    }
    const rate = (stryMutAct_9fa48("3956") ? /^rate\((\d+) (minutes?|hours?|days)\)$/ : stryMutAct_9fa48("3955") ? /^rate\((\d+) (minutes?|hours|days?)\)$/ : stryMutAct_9fa48("3954") ? /^rate\((\d+) (minutes|hours?|days?)\)$/ : stryMutAct_9fa48("3953") ? /^rate\((\D+) (minutes?|hours?|days?)\)$/ : stryMutAct_9fa48("3952") ? /^rate\((\d) (minutes?|hours?|days?)\)$/ : stryMutAct_9fa48("3951") ? /^rate\((\d+) (minutes?|hours?|days?)\)/ : stryMutAct_9fa48("3950") ? /rate\((\d+) (minutes?|hours?|days?)\)$/ : (stryCov_9fa48("3950", "3951", "3952", "3953", "3954", "3955", "3956"), /^rate\((\d+) (minutes?|hours?|days?)\)$/)).exec(stryMutAct_9fa48("3957") ? schedule : (stryCov_9fa48("3957"), schedule.trim()));
    if (stryMutAct_9fa48("3960") ? rate || Number(rate[1]) > 0 : stryMutAct_9fa48("3959") ? false : stryMutAct_9fa48("3958") ? true : (stryCov_9fa48("3958", "3959", "3960"), rate && (stryMutAct_9fa48("3963") ? Number(rate[1]) <= 0 : stryMutAct_9fa48("3962") ? Number(rate[1]) >= 0 : stryMutAct_9fa48("3961") ? true : (stryCov_9fa48("3961", "3962", "3963"), Number(rate[1]) > 0)))) {
      if (stryMutAct_9fa48("3964")) {
        {}
      } else {
        stryCov_9fa48("3964");
        return rateRunsPerMonth(Number(rate[1]), rate[2], daysPerMonth);
      }
    }
    throw new ScheduleError(stryMutAct_9fa48("3965") ? `` : (stryCov_9fa48("3965"), `cannot count the runs of loadSchedule ${schedule}: it is neither cron(...) nor rate(...); pass --export-runs-per-month`));
  }
}