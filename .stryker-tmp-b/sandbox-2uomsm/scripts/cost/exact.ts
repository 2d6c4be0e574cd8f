// @ts-nocheck
// Exact rational arithmetic for the cost estimate, so 0.494 x 8 x 3/60 x 100 x 30 is 592.8 and not 592.8000000000001.
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
const DECIMAL = stryMutAct_9fa48("3203") ? /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\D+))?$/ : stryMutAct_9fa48("3202") ? /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d))?$/ : stryMutAct_9fa48("3201") ? /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([^+-]?\d+))?$/ : stryMutAct_9fa48("3200") ? /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]\d+))?$/ : stryMutAct_9fa48("3199") ? /^(-?)(\d+)(?:\.(\d+))?(?:[^eE]([+-]?\d+))?$/ : stryMutAct_9fa48("3198") ? /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))$/ : stryMutAct_9fa48("3197") ? /^(-?)(\d+)(?:\.(\D+))?(?:[eE]([+-]?\d+))?$/ : stryMutAct_9fa48("3196") ? /^(-?)(\d+)(?:\.(\d))?(?:[eE]([+-]?\d+))?$/ : stryMutAct_9fa48("3195") ? /^(-?)(\d+)(?:\.(\d+))(?:[eE]([+-]?\d+))?$/ : stryMutAct_9fa48("3194") ? /^(-?)(\D+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/ : stryMutAct_9fa48("3193") ? /^(-?)(\d)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/ : stryMutAct_9fa48("3192") ? /^(-)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/ : stryMutAct_9fa48("3191") ? /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?/ : stryMutAct_9fa48("3190") ? /(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/ : (stryCov_9fa48("3190", "3191", "3192", "3193", "3194", "3195", "3196", "3197", "3198", "3199", "3200", "3201", "3202", "3203"), /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/);
function gcd(a: bigint, b: bigint): bigint {
  if (stryMutAct_9fa48("3204")) {
    {}
  } else {
    stryCov_9fa48("3204");
    let x = (stryMutAct_9fa48("3208") ? a >= 0n : stryMutAct_9fa48("3207") ? a <= 0n : stryMutAct_9fa48("3206") ? false : stryMutAct_9fa48("3205") ? true : (stryCov_9fa48("3205", "3206", "3207", "3208"), a < 0n)) ? stryMutAct_9fa48("3209") ? +a : (stryCov_9fa48("3209"), -a) : a;
    let y = (stryMutAct_9fa48("3213") ? b >= 0n : stryMutAct_9fa48("3212") ? b <= 0n : stryMutAct_9fa48("3211") ? false : stryMutAct_9fa48("3210") ? true : (stryCov_9fa48("3210", "3211", "3212", "3213"), b < 0n)) ? stryMutAct_9fa48("3214") ? +b : (stryCov_9fa48("3214"), -b) : b;
    while (stryMutAct_9fa48("3216") ? y === 0n : stryMutAct_9fa48("3215") ? false : (stryCov_9fa48("3215", "3216"), y !== 0n)) {
      if (stryMutAct_9fa48("3217")) {
        {}
      } else {
        stryCov_9fa48("3217");
        [x, y] = stryMutAct_9fa48("3218") ? [] : (stryCov_9fa48("3218"), [y, stryMutAct_9fa48("3219") ? x * y : (stryCov_9fa48("3219"), x % y)]);
      }
    }
    return x;
  }
}

/** A fraction num/den in lowest terms with den > 0. Immutable. */
export class Exact {
  private constructor(readonly num: bigint, readonly den: bigint) {}
  static readonly ZERO = new Exact(0n, 1n);
  static fraction(num: bigint, den: bigint): Exact {
    if (stryMutAct_9fa48("3220")) {
      {}
    } else {
      stryCov_9fa48("3220");
      if (stryMutAct_9fa48("3223") ? den !== 0n : stryMutAct_9fa48("3222") ? false : stryMutAct_9fa48("3221") ? true : (stryCov_9fa48("3221", "3222", "3223"), den === 0n)) {
        if (stryMutAct_9fa48("3224")) {
          {}
        } else {
          stryCov_9fa48("3224");
          throw new RangeError(stryMutAct_9fa48("3225") ? "" : (stryCov_9fa48("3225"), "division by zero"));
        }
      }
      const sign = (stryMutAct_9fa48("3229") ? den >= 0n : stryMutAct_9fa48("3228") ? den <= 0n : stryMutAct_9fa48("3227") ? false : stryMutAct_9fa48("3226") ? true : (stryCov_9fa48("3226", "3227", "3228", "3229"), den < 0n)) ? stryMutAct_9fa48("3230") ? +1n : (stryCov_9fa48("3230"), -1n) : 1n;
      const g = stryMutAct_9fa48("3233") ? gcd(num, den) && 1n : stryMutAct_9fa48("3232") ? false : stryMutAct_9fa48("3231") ? true : (stryCov_9fa48("3231", "3232", "3233"), gcd(num, den) || 1n);
      return new Exact(stryMutAct_9fa48("3234") ? sign * num * g : (stryCov_9fa48("3234"), (stryMutAct_9fa48("3235") ? sign / num : (stryCov_9fa48("3235"), sign * num)) / g), stryMutAct_9fa48("3236") ? sign * den * g : (stryCov_9fa48("3236"), (stryMutAct_9fa48("3237") ? sign / den : (stryCov_9fa48("3237"), sign * den)) / g));
    }
  }

  /**
   * Reads a decimal exactly as written: "0.0261", 0.0261, 12, "1e-3". A JS number is read through its shortest
   * decimal form, which is the literal a person typed, so prices given as numbers stay exact.
   */
  static of(value: number | string | bigint): Exact {
    if (stryMutAct_9fa48("3238")) {
      {}
    } else {
      stryCov_9fa48("3238");
      if (stryMutAct_9fa48("3241") ? typeof value !== "bigint" : stryMutAct_9fa48("3240") ? false : stryMutAct_9fa48("3239") ? true : (stryCov_9fa48("3239", "3240", "3241"), typeof value === (stryMutAct_9fa48("3242") ? "" : (stryCov_9fa48("3242"), "bigint")))) {
        if (stryMutAct_9fa48("3243")) {
          {}
        } else {
          stryCov_9fa48("3243");
          return new Exact(value, 1n);
        }
      }
      if (stryMutAct_9fa48("3246") ? typeof value === "number" || !Number.isFinite(value) : stryMutAct_9fa48("3245") ? false : stryMutAct_9fa48("3244") ? true : (stryCov_9fa48("3244", "3245", "3246"), (stryMutAct_9fa48("3248") ? typeof value !== "number" : stryMutAct_9fa48("3247") ? true : (stryCov_9fa48("3247", "3248"), typeof value === (stryMutAct_9fa48("3249") ? "" : (stryCov_9fa48("3249"), "number")))) && (stryMutAct_9fa48("3250") ? Number.isFinite(value) : (stryCov_9fa48("3250"), !Number.isFinite(value))))) {
        if (stryMutAct_9fa48("3251")) {
          {}
        } else {
          stryCov_9fa48("3251");
          throw new RangeError(stryMutAct_9fa48("3252") ? `` : (stryCov_9fa48("3252"), `not a finite number: ${value}`));
        }
      }
      const text = stryMutAct_9fa48("3253") ? String(value) : (stryCov_9fa48("3253"), String(value).trim());
      const m = DECIMAL.exec(text);
      if (stryMutAct_9fa48("3256") ? false : stryMutAct_9fa48("3255") ? true : stryMutAct_9fa48("3254") ? m : (stryCov_9fa48("3254", "3255", "3256"), !m)) {
        if (stryMutAct_9fa48("3257")) {
          {}
        } else {
          stryCov_9fa48("3257");
          throw new RangeError(stryMutAct_9fa48("3258") ? `` : (stryCov_9fa48("3258"), `not a decimal number: ${JSON.stringify(text)}`));
        }
      }
      const [, sign, whole, fractionDigits = stryMutAct_9fa48("3259") ? "Stryker was here!" : (stryCov_9fa48("3259"), ""), exponent = stryMutAct_9fa48("3260") ? "" : (stryCov_9fa48("3260"), "0")] = m;
      let num = stryMutAct_9fa48("3261") ? BigInt(whole + fractionDigits) / (sign === "-" ? -1n : 1n) : (stryCov_9fa48("3261"), BigInt(stryMutAct_9fa48("3262") ? whole - fractionDigits : (stryCov_9fa48("3262"), whole + fractionDigits)) * ((stryMutAct_9fa48("3265") ? sign !== "-" : stryMutAct_9fa48("3264") ? false : stryMutAct_9fa48("3263") ? true : (stryCov_9fa48("3263", "3264", "3265"), sign === (stryMutAct_9fa48("3266") ? "" : (stryCov_9fa48("3266"), "-")))) ? stryMutAct_9fa48("3267") ? +1n : (stryCov_9fa48("3267"), -1n) : 1n));
      let den = 10n ** BigInt(fractionDigits.length);
      const e = Number(exponent);
      if (stryMutAct_9fa48("3271") ? e < 0 : stryMutAct_9fa48("3270") ? e > 0 : stryMutAct_9fa48("3269") ? false : stryMutAct_9fa48("3268") ? true : (stryCov_9fa48("3268", "3269", "3270", "3271"), e >= 0)) {
        if (stryMutAct_9fa48("3272")) {
          {}
        } else {
          stryCov_9fa48("3272");
          stryMutAct_9fa48("3273") ? num /= 10n ** BigInt(e) : (stryCov_9fa48("3273"), num *= 10n ** BigInt(e));
        }
      } else {
        if (stryMutAct_9fa48("3274")) {
          {}
        } else {
          stryCov_9fa48("3274");
          stryMutAct_9fa48("3275") ? den /= 10n ** BigInt(-e) : (stryCov_9fa48("3275"), den *= 10n ** BigInt(stryMutAct_9fa48("3276") ? +e : (stryCov_9fa48("3276"), -e)));
        }
      }
      return Exact.fraction(num, den);
    }
  }
  add(other: Exact | number): Exact {
    if (stryMutAct_9fa48("3277")) {
      {}
    } else {
      stryCov_9fa48("3277");
      const o = toExact(other);
      return Exact.fraction(stryMutAct_9fa48("3278") ? this.num * o.den - o.num * this.den : (stryCov_9fa48("3278"), (stryMutAct_9fa48("3279") ? this.num / o.den : (stryCov_9fa48("3279"), this.num * o.den)) + (stryMutAct_9fa48("3280") ? o.num / this.den : (stryCov_9fa48("3280"), o.num * this.den))), stryMutAct_9fa48("3281") ? this.den / o.den : (stryCov_9fa48("3281"), this.den * o.den));
    }
  }
  sub(other: Exact | number): Exact {
    if (stryMutAct_9fa48("3282")) {
      {}
    } else {
      stryCov_9fa48("3282");
      const o = toExact(other);
      return Exact.fraction(stryMutAct_9fa48("3283") ? this.num * o.den + o.num * this.den : (stryCov_9fa48("3283"), (stryMutAct_9fa48("3284") ? this.num / o.den : (stryCov_9fa48("3284"), this.num * o.den)) - (stryMutAct_9fa48("3285") ? o.num / this.den : (stryCov_9fa48("3285"), o.num * this.den))), stryMutAct_9fa48("3286") ? this.den / o.den : (stryCov_9fa48("3286"), this.den * o.den));
    }
  }
  mul(other: Exact | number): Exact {
    if (stryMutAct_9fa48("3287")) {
      {}
    } else {
      stryCov_9fa48("3287");
      const o = toExact(other);
      return Exact.fraction(stryMutAct_9fa48("3288") ? this.num / o.num : (stryCov_9fa48("3288"), this.num * o.num), stryMutAct_9fa48("3289") ? this.den / o.den : (stryCov_9fa48("3289"), this.den * o.den));
    }
  }
  div(other: Exact | number): Exact {
    if (stryMutAct_9fa48("3290")) {
      {}
    } else {
      stryCov_9fa48("3290");
      const o = toExact(other);
      return Exact.fraction(stryMutAct_9fa48("3291") ? this.num / o.den : (stryCov_9fa48("3291"), this.num * o.den), stryMutAct_9fa48("3292") ? this.den / o.num : (stryCov_9fa48("3292"), this.den * o.num));
    }
  }
  cmp(other: Exact | number): number {
    if (stryMutAct_9fa48("3293")) {
      {}
    } else {
      stryCov_9fa48("3293");
      const o = toExact(other);
      const d = stryMutAct_9fa48("3294") ? this.num * o.den + o.num * this.den : (stryCov_9fa48("3294"), (stryMutAct_9fa48("3295") ? this.num / o.den : (stryCov_9fa48("3295"), this.num * o.den)) - (stryMutAct_9fa48("3296") ? o.num / this.den : (stryCov_9fa48("3296"), o.num * this.den)));
      return (stryMutAct_9fa48("3300") ? d >= 0n : stryMutAct_9fa48("3299") ? d <= 0n : stryMutAct_9fa48("3298") ? false : stryMutAct_9fa48("3297") ? true : (stryCov_9fa48("3297", "3298", "3299", "3300"), d < 0n)) ? stryMutAct_9fa48("3301") ? +1 : (stryCov_9fa48("3301"), -1) : (stryMutAct_9fa48("3305") ? d <= 0n : stryMutAct_9fa48("3304") ? d >= 0n : stryMutAct_9fa48("3303") ? false : stryMutAct_9fa48("3302") ? true : (stryCov_9fa48("3302", "3303", "3304", "3305"), d > 0n)) ? 1 : 0;
    }
  }
  equals(other: Exact | number): boolean {
    if (stryMutAct_9fa48("3306")) {
      {}
    } else {
      stryCov_9fa48("3306");
      return stryMutAct_9fa48("3309") ? this.cmp(other) !== 0 : stryMutAct_9fa48("3308") ? false : stryMutAct_9fa48("3307") ? true : (stryCov_9fa48("3307", "3308", "3309"), this.cmp(other) === 0);
    }
  }
  min(other: Exact | number): Exact {
    if (stryMutAct_9fa48("3310")) {
      {}
    } else {
      stryCov_9fa48("3310");
      const o = toExact(other);
      return (stryMutAct_9fa48("3314") ? this.cmp(o) > 0 : stryMutAct_9fa48("3313") ? this.cmp(o) < 0 : stryMutAct_9fa48("3312") ? false : stryMutAct_9fa48("3311") ? true : (stryCov_9fa48("3311", "3312", "3313", "3314"), this.cmp(o) <= 0)) ? this : o;
    }
  }
  max(other: Exact | number): Exact {
    if (stryMutAct_9fa48("3315")) {
      {}
    } else {
      stryCov_9fa48("3315");
      const o = toExact(other);
      return (stryMutAct_9fa48("3319") ? this.cmp(o) < 0 : stryMutAct_9fa48("3318") ? this.cmp(o) > 0 : stryMutAct_9fa48("3317") ? false : stryMutAct_9fa48("3316") ? true : (stryCov_9fa48("3316", "3317", "3318", "3319"), this.cmp(o) >= 0)) ? this : o;
    }
  }
  isZero(): boolean {
    if (stryMutAct_9fa48("3320")) {
      {}
    } else {
      stryCov_9fa48("3320");
      return stryMutAct_9fa48("3323") ? this.num !== 0n : stryMutAct_9fa48("3322") ? false : stryMutAct_9fa48("3321") ? true : (stryCov_9fa48("3321", "3322", "3323"), this.num === 0n);
    }
  }
  isInteger(): boolean {
    if (stryMutAct_9fa48("3324")) {
      {}
    } else {
      stryCov_9fa48("3324");
      return stryMutAct_9fa48("3327") ? this.den !== 1n : stryMutAct_9fa48("3326") ? false : stryMutAct_9fa48("3325") ? true : (stryCov_9fa48("3325", "3326", "3327"), this.den === 1n);
    }
  }
  floor(): Exact {
    if (stryMutAct_9fa48("3328")) {
      {}
    } else {
      stryCov_9fa48("3328");
      const q = stryMutAct_9fa48("3329") ? this.num * this.den : (stryCov_9fa48("3329"), this.num / this.den);
      return new Exact((stryMutAct_9fa48("3332") ? this.num < 0n || q * this.den !== this.num : stryMutAct_9fa48("3331") ? false : stryMutAct_9fa48("3330") ? true : (stryCov_9fa48("3330", "3331", "3332"), (stryMutAct_9fa48("3335") ? this.num >= 0n : stryMutAct_9fa48("3334") ? this.num <= 0n : stryMutAct_9fa48("3333") ? true : (stryCov_9fa48("3333", "3334", "3335"), this.num < 0n)) && (stryMutAct_9fa48("3337") ? q * this.den === this.num : stryMutAct_9fa48("3336") ? true : (stryCov_9fa48("3336", "3337"), (stryMutAct_9fa48("3338") ? q / this.den : (stryCov_9fa48("3338"), q * this.den)) !== this.num)))) ? stryMutAct_9fa48("3339") ? q + 1n : (stryCov_9fa48("3339"), q - 1n) : q, 1n);
    }
  }
  ceil(): Exact {
    if (stryMutAct_9fa48("3340")) {
      {}
    } else {
      stryCov_9fa48("3340");
      const f = this.floor();
      return f.equals(this) ? f : f.add(1);
    }
  }

  /** Decimal text rounded half away from zero to at most maxPlaces places, without trailing zeros: "592.8", "2845.44". */
  toDecimal(maxPlaces = 6): string {
    if (stryMutAct_9fa48("3341")) {
      {}
    } else {
      stryCov_9fa48("3341");
      const negative = stryMutAct_9fa48("3345") ? this.num >= 0n : stryMutAct_9fa48("3344") ? this.num <= 0n : stryMutAct_9fa48("3343") ? false : stryMutAct_9fa48("3342") ? true : (stryCov_9fa48("3342", "3343", "3344", "3345"), this.num < 0n);
      const abs = negative ? stryMutAct_9fa48("3346") ? +this.num : (stryCov_9fa48("3346"), -this.num) : this.num;
      const scale = 10n ** BigInt(maxPlaces);
      const scaled = stryMutAct_9fa48("3347") ? (abs * scale * 2n + this.den) * (this.den * 2n) : (stryCov_9fa48("3347"), (stryMutAct_9fa48("3348") ? abs * scale * 2n - this.den : (stryCov_9fa48("3348"), (stryMutAct_9fa48("3349") ? abs * scale / 2n : (stryCov_9fa48("3349"), (stryMutAct_9fa48("3350") ? abs / scale : (stryCov_9fa48("3350"), abs * scale)) * 2n)) + this.den)) / (stryMutAct_9fa48("3351") ? this.den / 2n : (stryCov_9fa48("3351"), this.den * 2n)));
      const whole = stryMutAct_9fa48("3352") ? scaled * scale : (stryCov_9fa48("3352"), scaled / scale);
      const fraction = (stryMutAct_9fa48("3353") ? scaled * scale : (stryCov_9fa48("3353"), scaled % scale)).toString().padStart(maxPlaces, stryMutAct_9fa48("3354") ? "" : (stryCov_9fa48("3354"), "0")).replace(stryMutAct_9fa48("3356") ? /0$/ : stryMutAct_9fa48("3355") ? /0+/ : (stryCov_9fa48("3355", "3356"), /0+$/), stryMutAct_9fa48("3357") ? "Stryker was here!" : (stryCov_9fa48("3357"), ""));
      const text = (stryMutAct_9fa48("3360") ? fraction !== "" : stryMutAct_9fa48("3359") ? false : stryMutAct_9fa48("3358") ? true : (stryCov_9fa48("3358", "3359", "3360"), fraction === (stryMutAct_9fa48("3361") ? "Stryker was here!" : (stryCov_9fa48("3361"), "")))) ? whole.toString() : stryMutAct_9fa48("3362") ? `` : (stryCov_9fa48("3362"), `${whole}.${fraction}`);
      return (stryMutAct_9fa48("3365") ? negative || scaled !== 0n : stryMutAct_9fa48("3364") ? false : stryMutAct_9fa48("3363") ? true : (stryCov_9fa48("3363", "3364", "3365"), negative && (stryMutAct_9fa48("3367") ? scaled === 0n : stryMutAct_9fa48("3366") ? true : (stryCov_9fa48("3366", "3367"), scaled !== 0n)))) ? stryMutAct_9fa48("3368") ? `` : (stryCov_9fa48("3368"), `-${text}`) : text;
    }
  }
  toNumber(): number {
    if (stryMutAct_9fa48("3369")) {
      {}
    } else {
      stryCov_9fa48("3369");
      return Number(this.toDecimal(15));
    }
  }
  toString(): string {
    if (stryMutAct_9fa48("3370")) {
      {}
    } else {
      stryCov_9fa48("3370");
      return this.toDecimal();
    }
  }
}
function toExact(value: Exact | number): Exact {
  if (stryMutAct_9fa48("3371")) {
    {}
  } else {
    stryCov_9fa48("3371");
    return value instanceof Exact ? value : Exact.of(value);
  }
}

/** Sums exactly. */
export function sum(values: readonly Exact[]): Exact {
  if (stryMutAct_9fa48("3372")) {
    {}
  } else {
    stryCov_9fa48("3372");
    return values.reduce(stryMutAct_9fa48("3373") ? () => undefined : (stryCov_9fa48("3373"), (acc, v) => acc.add(v)), Exact.ZERO);
  }
}