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
const DECIMAL = stryMutAct_9fa48("410") ? /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\D+))?$/ : stryMutAct_9fa48("409") ? /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d))?$/ : stryMutAct_9fa48("408") ? /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([^+-]?\d+))?$/ : stryMutAct_9fa48("407") ? /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]\d+))?$/ : stryMutAct_9fa48("406") ? /^(-?)(\d+)(?:\.(\d+))?(?:[^eE]([+-]?\d+))?$/ : stryMutAct_9fa48("405") ? /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))$/ : stryMutAct_9fa48("404") ? /^(-?)(\d+)(?:\.(\D+))?(?:[eE]([+-]?\d+))?$/ : stryMutAct_9fa48("403") ? /^(-?)(\d+)(?:\.(\d))?(?:[eE]([+-]?\d+))?$/ : stryMutAct_9fa48("402") ? /^(-?)(\d+)(?:\.(\d+))(?:[eE]([+-]?\d+))?$/ : stryMutAct_9fa48("401") ? /^(-?)(\D+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/ : stryMutAct_9fa48("400") ? /^(-?)(\d)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/ : stryMutAct_9fa48("399") ? /^(-)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/ : stryMutAct_9fa48("398") ? /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?/ : stryMutAct_9fa48("397") ? /(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/ : (stryCov_9fa48("397", "398", "399", "400", "401", "402", "403", "404", "405", "406", "407", "408", "409", "410"), /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/);
function gcd(a: bigint, b: bigint): bigint {
  if (stryMutAct_9fa48("411")) {
    {}
  } else {
    stryCov_9fa48("411");
    let x = (stryMutAct_9fa48("415") ? a >= 0n : stryMutAct_9fa48("414") ? a <= 0n : stryMutAct_9fa48("413") ? false : stryMutAct_9fa48("412") ? true : (stryCov_9fa48("412", "413", "414", "415"), a < 0n)) ? stryMutAct_9fa48("416") ? +a : (stryCov_9fa48("416"), -a) : a;
    let y = (stryMutAct_9fa48("420") ? b >= 0n : stryMutAct_9fa48("419") ? b <= 0n : stryMutAct_9fa48("418") ? false : stryMutAct_9fa48("417") ? true : (stryCov_9fa48("417", "418", "419", "420"), b < 0n)) ? stryMutAct_9fa48("421") ? +b : (stryCov_9fa48("421"), -b) : b;
    while (stryMutAct_9fa48("423") ? y === 0n : stryMutAct_9fa48("422") ? false : (stryCov_9fa48("422", "423"), y !== 0n)) {
      if (stryMutAct_9fa48("424")) {
        {}
      } else {
        stryCov_9fa48("424");
        [x, y] = stryMutAct_9fa48("425") ? [] : (stryCov_9fa48("425"), [y, stryMutAct_9fa48("426") ? x * y : (stryCov_9fa48("426"), x % y)]);
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
    if (stryMutAct_9fa48("427")) {
      {}
    } else {
      stryCov_9fa48("427");
      if (stryMutAct_9fa48("430") ? den !== 0n : stryMutAct_9fa48("429") ? false : stryMutAct_9fa48("428") ? true : (stryCov_9fa48("428", "429", "430"), den === 0n)) {
        if (stryMutAct_9fa48("431")) {
          {}
        } else {
          stryCov_9fa48("431");
          throw new RangeError(stryMutAct_9fa48("432") ? "" : (stryCov_9fa48("432"), "division by zero"));
        }
      }
      const sign = (stryMutAct_9fa48("436") ? den >= 0n : stryMutAct_9fa48("435") ? den <= 0n : stryMutAct_9fa48("434") ? false : stryMutAct_9fa48("433") ? true : (stryCov_9fa48("433", "434", "435", "436"), den < 0n)) ? stryMutAct_9fa48("437") ? +1n : (stryCov_9fa48("437"), -1n) : 1n;
      const g = stryMutAct_9fa48("440") ? gcd(num, den) && 1n : stryMutAct_9fa48("439") ? false : stryMutAct_9fa48("438") ? true : (stryCov_9fa48("438", "439", "440"), gcd(num, den) || 1n);
      return new Exact(stryMutAct_9fa48("441") ? sign * num * g : (stryCov_9fa48("441"), (stryMutAct_9fa48("442") ? sign / num : (stryCov_9fa48("442"), sign * num)) / g), stryMutAct_9fa48("443") ? sign * den * g : (stryCov_9fa48("443"), (stryMutAct_9fa48("444") ? sign / den : (stryCov_9fa48("444"), sign * den)) / g));
    }
  }

  /**
   * Reads a decimal exactly as written: "0.0261", 0.0261, 12, "1e-3". A JS number is read through its shortest
   * decimal form, which is the literal a person typed, so prices given as numbers stay exact.
   */
  static of(value: number | string | bigint): Exact {
    if (stryMutAct_9fa48("445")) {
      {}
    } else {
      stryCov_9fa48("445");
      if (stryMutAct_9fa48("448") ? typeof value !== "bigint" : stryMutAct_9fa48("447") ? false : stryMutAct_9fa48("446") ? true : (stryCov_9fa48("446", "447", "448"), typeof value === (stryMutAct_9fa48("449") ? "" : (stryCov_9fa48("449"), "bigint")))) {
        if (stryMutAct_9fa48("450")) {
          {}
        } else {
          stryCov_9fa48("450");
          return new Exact(value, 1n);
        }
      }
      if (stryMutAct_9fa48("453") ? typeof value === "number" || !Number.isFinite(value) : stryMutAct_9fa48("452") ? false : stryMutAct_9fa48("451") ? true : (stryCov_9fa48("451", "452", "453"), (stryMutAct_9fa48("455") ? typeof value !== "number" : stryMutAct_9fa48("454") ? true : (stryCov_9fa48("454", "455"), typeof value === (stryMutAct_9fa48("456") ? "" : (stryCov_9fa48("456"), "number")))) && (stryMutAct_9fa48("457") ? Number.isFinite(value) : (stryCov_9fa48("457"), !Number.isFinite(value))))) {
        if (stryMutAct_9fa48("458")) {
          {}
        } else {
          stryCov_9fa48("458");
          throw new RangeError(stryMutAct_9fa48("459") ? `` : (stryCov_9fa48("459"), `not a finite number: ${value}`));
        }
      }
      const text = stryMutAct_9fa48("460") ? String(value) : (stryCov_9fa48("460"), String(value).trim());
      const m = DECIMAL.exec(text);
      if (stryMutAct_9fa48("463") ? false : stryMutAct_9fa48("462") ? true : stryMutAct_9fa48("461") ? m : (stryCov_9fa48("461", "462", "463"), !m)) {
        if (stryMutAct_9fa48("464")) {
          {}
        } else {
          stryCov_9fa48("464");
          throw new RangeError(stryMutAct_9fa48("465") ? `` : (stryCov_9fa48("465"), `not a decimal number: ${JSON.stringify(text)}`));
        }
      }
      const [, sign, whole, fractionDigits = stryMutAct_9fa48("466") ? "Stryker was here!" : (stryCov_9fa48("466"), ""), exponent = stryMutAct_9fa48("467") ? "" : (stryCov_9fa48("467"), "0")] = m;
      let num = stryMutAct_9fa48("468") ? BigInt(whole + fractionDigits) / (sign === "-" ? -1n : 1n) : (stryCov_9fa48("468"), BigInt(stryMutAct_9fa48("469") ? whole - fractionDigits : (stryCov_9fa48("469"), whole + fractionDigits)) * ((stryMutAct_9fa48("472") ? sign !== "-" : stryMutAct_9fa48("471") ? false : stryMutAct_9fa48("470") ? true : (stryCov_9fa48("470", "471", "472"), sign === (stryMutAct_9fa48("473") ? "" : (stryCov_9fa48("473"), "-")))) ? stryMutAct_9fa48("474") ? +1n : (stryCov_9fa48("474"), -1n) : 1n));
      let den = 10n ** BigInt(fractionDigits.length);
      const e = Number(exponent);
      if (stryMutAct_9fa48("478") ? e < 0 : stryMutAct_9fa48("477") ? e > 0 : stryMutAct_9fa48("476") ? false : stryMutAct_9fa48("475") ? true : (stryCov_9fa48("475", "476", "477", "478"), e >= 0)) {
        if (stryMutAct_9fa48("479")) {
          {}
        } else {
          stryCov_9fa48("479");
          stryMutAct_9fa48("480") ? num /= 10n ** BigInt(e) : (stryCov_9fa48("480"), num *= 10n ** BigInt(e));
        }
      } else {
        if (stryMutAct_9fa48("481")) {
          {}
        } else {
          stryCov_9fa48("481");
          stryMutAct_9fa48("482") ? den /= 10n ** BigInt(-e) : (stryCov_9fa48("482"), den *= 10n ** BigInt(stryMutAct_9fa48("483") ? +e : (stryCov_9fa48("483"), -e)));
        }
      }
      return Exact.fraction(num, den);
    }
  }
  add(other: Exact | number): Exact {
    if (stryMutAct_9fa48("484")) {
      {}
    } else {
      stryCov_9fa48("484");
      const o = toExact(other);
      return Exact.fraction(stryMutAct_9fa48("485") ? this.num * o.den - o.num * this.den : (stryCov_9fa48("485"), (stryMutAct_9fa48("486") ? this.num / o.den : (stryCov_9fa48("486"), this.num * o.den)) + (stryMutAct_9fa48("487") ? o.num / this.den : (stryCov_9fa48("487"), o.num * this.den))), stryMutAct_9fa48("488") ? this.den / o.den : (stryCov_9fa48("488"), this.den * o.den));
    }
  }
  sub(other: Exact | number): Exact {
    if (stryMutAct_9fa48("489")) {
      {}
    } else {
      stryCov_9fa48("489");
      const o = toExact(other);
      return Exact.fraction(stryMutAct_9fa48("490") ? this.num * o.den + o.num * this.den : (stryCov_9fa48("490"), (stryMutAct_9fa48("491") ? this.num / o.den : (stryCov_9fa48("491"), this.num * o.den)) - (stryMutAct_9fa48("492") ? o.num / this.den : (stryCov_9fa48("492"), o.num * this.den))), stryMutAct_9fa48("493") ? this.den / o.den : (stryCov_9fa48("493"), this.den * o.den));
    }
  }
  mul(other: Exact | number): Exact {
    if (stryMutAct_9fa48("494")) {
      {}
    } else {
      stryCov_9fa48("494");
      const o = toExact(other);
      return Exact.fraction(stryMutAct_9fa48("495") ? this.num / o.num : (stryCov_9fa48("495"), this.num * o.num), stryMutAct_9fa48("496") ? this.den / o.den : (stryCov_9fa48("496"), this.den * o.den));
    }
  }
  div(other: Exact | number): Exact {
    if (stryMutAct_9fa48("497")) {
      {}
    } else {
      stryCov_9fa48("497");
      const o = toExact(other);
      return Exact.fraction(stryMutAct_9fa48("498") ? this.num / o.den : (stryCov_9fa48("498"), this.num * o.den), stryMutAct_9fa48("499") ? this.den / o.num : (stryCov_9fa48("499"), this.den * o.num));
    }
  }
  cmp(other: Exact | number): number {
    if (stryMutAct_9fa48("500")) {
      {}
    } else {
      stryCov_9fa48("500");
      const o = toExact(other);
      const d = stryMutAct_9fa48("501") ? this.num * o.den + o.num * this.den : (stryCov_9fa48("501"), (stryMutAct_9fa48("502") ? this.num / o.den : (stryCov_9fa48("502"), this.num * o.den)) - (stryMutAct_9fa48("503") ? o.num / this.den : (stryCov_9fa48("503"), o.num * this.den)));
      return (stryMutAct_9fa48("507") ? d >= 0n : stryMutAct_9fa48("506") ? d <= 0n : stryMutAct_9fa48("505") ? false : stryMutAct_9fa48("504") ? true : (stryCov_9fa48("504", "505", "506", "507"), d < 0n)) ? stryMutAct_9fa48("508") ? +1 : (stryCov_9fa48("508"), -1) : (stryMutAct_9fa48("512") ? d <= 0n : stryMutAct_9fa48("511") ? d >= 0n : stryMutAct_9fa48("510") ? false : stryMutAct_9fa48("509") ? true : (stryCov_9fa48("509", "510", "511", "512"), d > 0n)) ? 1 : 0;
    }
  }
  equals(other: Exact | number): boolean {
    if (stryMutAct_9fa48("513")) {
      {}
    } else {
      stryCov_9fa48("513");
      return stryMutAct_9fa48("516") ? this.cmp(other) !== 0 : stryMutAct_9fa48("515") ? false : stryMutAct_9fa48("514") ? true : (stryCov_9fa48("514", "515", "516"), this.cmp(other) === 0);
    }
  }
  min(other: Exact | number): Exact {
    if (stryMutAct_9fa48("517")) {
      {}
    } else {
      stryCov_9fa48("517");
      const o = toExact(other);
      return (stryMutAct_9fa48("521") ? this.cmp(o) > 0 : stryMutAct_9fa48("520") ? this.cmp(o) < 0 : stryMutAct_9fa48("519") ? false : stryMutAct_9fa48("518") ? true : (stryCov_9fa48("518", "519", "520", "521"), this.cmp(o) <= 0)) ? this : o;
    }
  }
  max(other: Exact | number): Exact {
    if (stryMutAct_9fa48("522")) {
      {}
    } else {
      stryCov_9fa48("522");
      const o = toExact(other);
      return (stryMutAct_9fa48("526") ? this.cmp(o) < 0 : stryMutAct_9fa48("525") ? this.cmp(o) > 0 : stryMutAct_9fa48("524") ? false : stryMutAct_9fa48("523") ? true : (stryCov_9fa48("523", "524", "525", "526"), this.cmp(o) >= 0)) ? this : o;
    }
  }
  isZero(): boolean {
    if (stryMutAct_9fa48("527")) {
      {}
    } else {
      stryCov_9fa48("527");
      return stryMutAct_9fa48("530") ? this.num !== 0n : stryMutAct_9fa48("529") ? false : stryMutAct_9fa48("528") ? true : (stryCov_9fa48("528", "529", "530"), this.num === 0n);
    }
  }
  isInteger(): boolean {
    if (stryMutAct_9fa48("531")) {
      {}
    } else {
      stryCov_9fa48("531");
      return stryMutAct_9fa48("534") ? this.den !== 1n : stryMutAct_9fa48("533") ? false : stryMutAct_9fa48("532") ? true : (stryCov_9fa48("532", "533", "534"), this.den === 1n);
    }
  }
  floor(): Exact {
    if (stryMutAct_9fa48("535")) {
      {}
    } else {
      stryCov_9fa48("535");
      const q = stryMutAct_9fa48("536") ? this.num * this.den : (stryCov_9fa48("536"), this.num / this.den);
      return new Exact((stryMutAct_9fa48("539") ? this.num < 0n || q * this.den !== this.num : stryMutAct_9fa48("538") ? false : stryMutAct_9fa48("537") ? true : (stryCov_9fa48("537", "538", "539"), (stryMutAct_9fa48("542") ? this.num >= 0n : stryMutAct_9fa48("541") ? this.num <= 0n : stryMutAct_9fa48("540") ? true : (stryCov_9fa48("540", "541", "542"), this.num < 0n)) && (stryMutAct_9fa48("544") ? q * this.den === this.num : stryMutAct_9fa48("543") ? true : (stryCov_9fa48("543", "544"), (stryMutAct_9fa48("545") ? q / this.den : (stryCov_9fa48("545"), q * this.den)) !== this.num)))) ? stryMutAct_9fa48("546") ? q + 1n : (stryCov_9fa48("546"), q - 1n) : q, 1n);
    }
  }
  ceil(): Exact {
    if (stryMutAct_9fa48("547")) {
      {}
    } else {
      stryCov_9fa48("547");
      const f = this.floor();
      return f.equals(this) ? f : f.add(1);
    }
  }

  /** Decimal text rounded half away from zero to at most maxPlaces places, without trailing zeros: "592.8", "2845.44". */
  toDecimal(maxPlaces = 6): string {
    if (stryMutAct_9fa48("548")) {
      {}
    } else {
      stryCov_9fa48("548");
      const negative = stryMutAct_9fa48("552") ? this.num >= 0n : stryMutAct_9fa48("551") ? this.num <= 0n : stryMutAct_9fa48("550") ? false : stryMutAct_9fa48("549") ? true : (stryCov_9fa48("549", "550", "551", "552"), this.num < 0n);
      const abs = negative ? stryMutAct_9fa48("553") ? +this.num : (stryCov_9fa48("553"), -this.num) : this.num;
      const scale = 10n ** BigInt(maxPlaces);
      const scaled = stryMutAct_9fa48("554") ? (abs * scale * 2n + this.den) * (this.den * 2n) : (stryCov_9fa48("554"), (stryMutAct_9fa48("555") ? abs * scale * 2n - this.den : (stryCov_9fa48("555"), (stryMutAct_9fa48("556") ? abs * scale / 2n : (stryCov_9fa48("556"), (stryMutAct_9fa48("557") ? abs / scale : (stryCov_9fa48("557"), abs * scale)) * 2n)) + this.den)) / (stryMutAct_9fa48("558") ? this.den / 2n : (stryCov_9fa48("558"), this.den * 2n)));
      const whole = stryMutAct_9fa48("559") ? scaled * scale : (stryCov_9fa48("559"), scaled / scale);
      const fraction = (stryMutAct_9fa48("560") ? scaled * scale : (stryCov_9fa48("560"), scaled % scale)).toString().padStart(maxPlaces, stryMutAct_9fa48("561") ? "" : (stryCov_9fa48("561"), "0")).replace(stryMutAct_9fa48("563") ? /0$/ : stryMutAct_9fa48("562") ? /0+/ : (stryCov_9fa48("562", "563"), /0+$/), stryMutAct_9fa48("564") ? "Stryker was here!" : (stryCov_9fa48("564"), ""));
      const text = (stryMutAct_9fa48("567") ? fraction !== "" : stryMutAct_9fa48("566") ? false : stryMutAct_9fa48("565") ? true : (stryCov_9fa48("565", "566", "567"), fraction === (stryMutAct_9fa48("568") ? "Stryker was here!" : (stryCov_9fa48("568"), "")))) ? whole.toString() : stryMutAct_9fa48("569") ? `` : (stryCov_9fa48("569"), `${whole}.${fraction}`);
      return (stryMutAct_9fa48("572") ? negative || scaled !== 0n : stryMutAct_9fa48("571") ? false : stryMutAct_9fa48("570") ? true : (stryCov_9fa48("570", "571", "572"), negative && (stryMutAct_9fa48("574") ? scaled === 0n : stryMutAct_9fa48("573") ? true : (stryCov_9fa48("573", "574"), scaled !== 0n)))) ? stryMutAct_9fa48("575") ? `` : (stryCov_9fa48("575"), `-${text}`) : text;
    }
  }
  toNumber(): number {
    if (stryMutAct_9fa48("576")) {
      {}
    } else {
      stryCov_9fa48("576");
      return Number(this.toDecimal(15));
    }
  }
  toString(): string {
    if (stryMutAct_9fa48("577")) {
      {}
    } else {
      stryCov_9fa48("577");
      return this.toDecimal();
    }
  }
}
function toExact(value: Exact | number): Exact {
  if (stryMutAct_9fa48("578")) {
    {}
  } else {
    stryCov_9fa48("578");
    return value instanceof Exact ? value : Exact.of(value);
  }
}

/** Sums exactly. */
export function sum(values: readonly Exact[]): Exact {
  if (stryMutAct_9fa48("579")) {
    {}
  } else {
    stryCov_9fa48("579");
    return values.reduce(stryMutAct_9fa48("580") ? () => undefined : (stryCov_9fa48("580"), (acc, v) => acc.add(v)), Exact.ZERO);
  }
}