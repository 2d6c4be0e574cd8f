// Exact rational arithmetic for the cost estimate, so 0.494 x 8 x 3/60 x 100 x 30 is 592.8 and not 592.8000000000001.

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

function gcd(a: bigint, b: bigint): bigint {
    let x = a < 0n ? -a : a;
    let y = b < 0n ? -b : b;
    while (y !== 0n) {
        [x, y] = [y, x % y];
    }
    return x;
}

/** A fraction num/den in lowest terms with den > 0. Immutable. */
export class Exact {
    private constructor(readonly num: bigint, readonly den: bigint) {}

    static readonly ZERO = new Exact(0n, 1n);

    static fraction(num: bigint, den: bigint): Exact {
        if (den === 0n) {
            throw new RangeError("division by zero");
        }
        const sign = den < 0n ? -1n : 1n;
        const g = gcd(num, den) || 1n;
        return new Exact((sign * num) / g, (sign * den) / g);
    }

    /**
     * Reads a decimal exactly as written: "0.0261", 0.0261, 12, "1e-3". A JS number is read through its shortest
     * decimal form, which is the literal a person typed, so prices given as numbers stay exact. A bigint is read
     * through its text, like a number.
     */
    static of(value: number | string | bigint): Exact {
        if (typeof value === "number" && !Number.isFinite(value)) {
            throw new RangeError(`not a finite number: ${value}`);
        }
        const text = String(value).trim();
        const m = DECIMAL.exec(text);
        if (!m) {
            throw new RangeError(`not a decimal number: ${JSON.stringify(text)}`);
        }
        const [, sign, whole, fractionDigits = "", exponent = "0"] = m;
        let num = BigInt(whole + fractionDigits) * (sign === "-" ? -1n : 1n);
        let den = 10n ** BigInt(fractionDigits.length);
        const e = Number(exponent);
        if (e >= 0) {
            num *= 10n ** BigInt(e);
        } else {
            den *= 10n ** BigInt(-e);
        }
        return Exact.fraction(num, den);
    }

    add(other: Exact | number): Exact {
        const o = toExact(other);
        return Exact.fraction(this.num * o.den + o.num * this.den, this.den * o.den);
    }

    sub(other: Exact | number): Exact {
        const o = toExact(other);
        return Exact.fraction(this.num * o.den - o.num * this.den, this.den * o.den);
    }

    mul(other: Exact | number): Exact {
        const o = toExact(other);
        return Exact.fraction(this.num * o.num, this.den * o.den);
    }

    div(other: Exact | number): Exact {
        const o = toExact(other);
        return Exact.fraction(this.num * o.den, this.den * o.num);
    }

    cmp(other: Exact | number): number {
        const o = toExact(other);
        const d = this.num * o.den - o.num * this.den;
        return d < 0n ? -1 : d > 0n ? 1 : 0;
    }

    equals(other: Exact | number): boolean {
        return this.cmp(other) === 0;
    }

    min(other: Exact | number): Exact {
        const o = toExact(other);
        return this.cmp(o) <= 0 ? this : o;
    }

    max(other: Exact | number): Exact {
        const o = toExact(other);
        return this.cmp(o) >= 0 ? this : o;
    }

    isZero(): boolean {
        return this.num === 0n;
    }

    isInteger(): boolean {
        return this.den === 1n;
    }

    floor(): Exact {
        const q = this.num / this.den;
        return new Exact(this.num < 0n && q * this.den !== this.num ? q - 1n : q, 1n);
    }

    ceil(): Exact {
        const f = this.floor();
        return f.equals(this) ? f : f.add(1);
    }

    /** Decimal text rounded half away from zero to at most maxPlaces places, without trailing zeros: "592.8", "2845.44". */
    toDecimal(maxPlaces = 6): string {
        const negative = this.num < 0n;
        const abs = negative ? -this.num : this.num;
        const scale = 10n ** BigInt(maxPlaces);
        const scaled = (abs * scale * 2n + this.den) / (this.den * 2n);
        const whole = scaled / scale;
        const fraction = (scaled % scale).toString().padStart(maxPlaces, "0").replace(/0+$/, "");
        const text = fraction === "" ? whole.toString() : `${whole}.${fraction}`;
        return negative && scaled !== 0n ? `-${text}` : text;
    }

    toNumber(): number {
        return Number(this.toDecimal(15));
    }

    toString(): string {
        return this.toDecimal();
    }
}

function toExact(value: Exact | number): Exact {
    return value instanceof Exact ? value : Exact.of(value);
}

/** Sums exactly. */
export function sum(values: readonly Exact[]): Exact {
    return values.reduce((acc, v) => acc.add(v), Exact.ZERO);
}
