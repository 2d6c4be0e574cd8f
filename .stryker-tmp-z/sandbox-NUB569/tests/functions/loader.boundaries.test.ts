// @ts-nocheck
// The TICKIT field parser's boundaries: each range's first and last value pass and one step beyond fails; dates and
// times exactly on their limits; long values shortened in the message.
import * as assert from "assert";
import { ColumnSpec, parseField, tableSpec } from "../../functions/loader/tickit";

const col = (kind: ColumnSpec["kind"], extra: Partial<ColumnSpec> = {}): ColumnSpec => ({ name: "c", kind, nullable: false, ...extra } as ColumnSpec);

function refuses(column: ColumnSpec, raw: string, allowed: string): void {
    assert.throws(() => parseField(column, raw), (e: unknown) => e instanceof Error && e.message === `column c has ${JSON.stringify(raw.slice(0, 40))}: ${allowed}`);
}

describe("TICKIT fields: boundaries", () => {
    it("int and smallint: the first and last value pass, one beyond fails", () => {
        assert.deepStrictEqual(["-2147483648", "2147483647"].map(v => parseField(col("int"), v)), [-2147483648, 2147483647]);
        assert.deepStrictEqual(["-32768", "32767", "0"].map(v => parseField(col("smallint"), v)), [-32768, 32767, 0]);
        refuses(col("int"), "2147483648", "expected a whole number from -2147483648 to 2147483647");
        refuses(col("int"), "-2147483649", "expected a whole number from -2147483648 to 2147483647");
        refuses(col("smallint"), "32768", "expected a whole number from -32768 to 32767");
        refuses(col("smallint"), "-32769", "expected a whole number from -32768 to 32767");
    });

    it("dates: the first valid year, leap days, month and day limits", () => {
        assert.deepStrictEqual(["1000-01-01", "2024-02-29", "2026-12-31"].map(v => parseField(col("date"), v)), ["1000-01-01", "2024-02-29", "2026-12-31"]);
        for (const v of ["0999-12-31", "2026-02-29", "2026-13-01", "2026-04-31", "2026-00-10", "2026-01-00", "26-01-01"]) {
            refuses(col("date"), v, "expected a date YYYY-MM-DD");
        }
    });

    it("date and time: 23:59:59 passes, 24, 60 and 60 fail, and the date part is checked too", () => {
        assert.deepStrictEqual(["2026-11-03 23:59:59", "2026-11-03 00:00:00"].map(v => parseField(col("datetime"), v)), ["2026-11-03 23:59:59", "2026-11-03 00:00:00"]);
        for (const v of ["2026-11-03 24:00:00", "2026-11-03 23:60:00", "2026-11-03 23:59:60", "2026-02-30 10:00:00", "2026-11-03T10:00:00"]) {
            refuses(col("datetime"), v, "expected a date and time YYYY-MM-DD HH:MM:SS");
        }
    });

    it("shortens a long value to 40 characters in the message", () => {
        const long = "x".repeat(60);
        assert.throws(() => parseField(col("int"), long), (e: unknown) => e instanceof Error &&
            e.message === `column c has ${JSON.stringify("x".repeat(40))}: expected a whole number from -2147483648 to 2147483647`);
    });

    it("names the TICKIT tables when asked for another", () => {
        assert.strictEqual(tableSpec("sales").name, "sales");
        assert.throws(() => tableSpec("sale"), (e: unknown) => e instanceof Error &&
            e.message === "unknown TICKIT table \"sale\": allowed are category, date, venue, users, event, listing, sales");
    });
});
