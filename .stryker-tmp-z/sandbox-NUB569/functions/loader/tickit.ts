// @ts-nocheck
// The TICKIT tables the loader knows: the allowlist of every table and column name that reaches SQL, and how each field of a data file parses.

export type ColumnKind = "int" | "smallint" | "bool" | "decimal" | "char" | "varchar" | "date" | "datetime";

export interface ColumnSpec {
    readonly name: string;
    readonly kind: ColumnKind;
    /** Maximum characters for char/varchar. */
    readonly length?: number;
    /** Digits and fraction digits for decimal. */
    readonly precision?: number;
    readonly scale?: number;
    /** An empty field is NULL; only nullable columns accept it. */
    readonly nullable?: boolean;
}

export interface TableSpec {
    readonly name: string;
    /** The data file's name, the same in the generator's output directory and under the S3 prefix. */
    readonly file: string;
    readonly primaryKey: string;
    readonly columns: readonly ColumnSpec[];
}

const int = (name: string): ColumnSpec => ({ name, kind: "int" });
const smallint = (name: string): ColumnSpec => ({ name, kind: "smallint" });
const char = (name: string, length: number): ColumnSpec => ({ name, kind: "char", length });
const varchar = (name: string, length: number): ColumnSpec => ({ name, kind: "varchar", length });
const money = (name: string): ColumnSpec => ({ name, kind: "decimal", precision: 8, scale: 2 });
const datetime = (name: string): ColumnSpec => ({ name, kind: "datetime" });
const likes = (name: string): ColumnSpec => ({ name, kind: "bool", nullable: true });

function table(name: string, primaryKey: string, columns: ColumnSpec[]): TableSpec {
    return Object.freeze({ name, file: `${name}.txt`, primaryKey, columns: Object.freeze(columns.map(c => Object.freeze(c))) });
}

/** In load order: dimensions before facts, so a half-finished run fails on the smaller tables first. */
export const TICKIT_TABLES: readonly TableSpec[] = Object.freeze([
    table("category", "catid", [smallint("catid"), varchar("catgroup", 10), varchar("catname", 10), varchar("catdesc", 50)]),
    table("date", "dateid", [
        smallint("dateid"), { name: "caldate", kind: "date" }, char("day", 3), smallint("week"), char("month", 5),
        char("qtr", 5), smallint("year"), { name: "holiday", kind: "bool" },
    ]),
    table("venue", "venueid", [
        smallint("venueid"), varchar("venuename", 100), varchar("venuecity", 30), char("venuestate", 2),
        { name: "venueseats", kind: "int", nullable: true },
    ]),
    table("users", "userid", [
        int("userid"), char("username", 8), varchar("firstname", 30), varchar("lastname", 30), varchar("city", 30),
        char("state", 2), varchar("email", 100), char("phone", 14),
        likes("likesports"), likes("liketheatre"), likes("likeconcerts"), likes("likejazz"), likes("likeclassical"),
        likes("likeopera"), likes("likerock"), likes("likevegas"), likes("likebroadway"), likes("likemusicals"),
    ]),
    table("event", "eventid", [
        int("eventid"), smallint("venueid"), smallint("catid"), smallint("dateid"), varchar("eventname", 200), datetime("starttime"),
    ]),
    table("listing", "listid", [
        int("listid"), int("sellerid"), int("eventid"), smallint("dateid"), smallint("numtickets"),
        money("priceperticket"), money("totalprice"), datetime("listtime"),
    ]),
    table("sales", "salesid", [
        int("salesid"), int("listid"), int("sellerid"), int("buyerid"), int("eventid"), smallint("dateid"),
        smallint("qtysold"), money("pricepaid"), money("commission"), datetime("saletime"),
    ]),
]);

/** The marker the schema puts on every table it creates (TABLE_COMMENT); see sql/mysql/schema.sql. */
export const SAMPLE_TABLE_COMMENT = "aurora-analytics TICKIT sample";

/** information_schema.COLUMNS.DATA_TYPE of each kind, the same on MySQL 8 and MariaDB. */
export const DATA_TYPE_OF_KIND: Readonly<Record<ColumnKind, string>> = Object.freeze({
    int: "int", smallint: "smallint", bool: "tinyint", decimal: "decimal",
    char: "char", varchar: "varchar", date: "date", datetime: "datetime",
});

export function tableSpec(name: string): TableSpec {
    const spec = TICKIT_TABLES.find(t => t.name === name);
    if (spec === undefined) {
        throw new Error(`unknown TICKIT table ${JSON.stringify(name)}: allowed are ${TICKIT_TABLES.map(t => t.name).join(", ")}`);
    }
    return spec;
}

export type FieldValue = number | string | null;

const INTEGER = /^-?\d{1,11}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
// Control characters would be stored silently and break the pipe layout on the way out again.
const CONTROL = /[\u0000-\u001f\u007f]/;
const RANGES: Readonly<Record<"int" | "smallint", [number, number]>> = {
    int: [-2147483648, 2147483647],
    smallint: [-32768, 32767],
};

function isCalendarDate(y: number, m: number, d: number): boolean {
    const t = new Date(Date.UTC(y, m - 1, d));
    return y >= 1000 && t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * Turns one field of a data file into the value bound to its placeholder, or throws a message saying why
 * it does not fit the column. Checking here rather than relying on the server's strict mode gives the
 * file and line in the error, and the same behaviour on servers with a laxer sql_mode.
 */
export function parseField(column: ColumnSpec, raw: string): FieldValue {
    if (raw === "") {
        if (column.nullable) {
            return null;
        }
        throw new Error(`column ${column.name} may not be empty`);
    }
    const bad = (allowed: string): Error => new Error(`column ${column.name} has ${JSON.stringify(raw.slice(0, 40))}: ${allowed}`);
    switch (column.kind) {
        case "int":
        case "smallint": {
            const [min, max] = RANGES[column.kind];
            const n = INTEGER.test(raw) ? Number(raw) : NaN;
            if (!(n >= min && n <= max)) {
                throw bad(`expected a whole number from ${min} to ${max}`);
            }
            return n;
        }
        case "bool":
            if (raw === "TRUE") return 1;
            if (raw === "FALSE") return 0;
            throw bad(`expected TRUE or FALSE${column.nullable ? " or nothing" : ""}`);
        case "decimal": {
            const scale = column.scale!;
            const whole = column.precision! - scale;
            if (!new RegExp(`^-?\\d{1,${whole}}(\\.\\d{1,${scale}})?$`).test(raw)) {
                throw bad(`expected a decimal number with at most ${whole} digits before and ${scale} after the point`);
            }
            return raw;
        }
        case "char":
        case "varchar":
            if ([...raw].length > column.length! || CONTROL.test(raw)) {
                throw bad(`expected at most ${column.length} characters and no control characters`);
            }
            return raw;
        case "date": {
            const m = DATE.exec(raw);
            if (!m || !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
                throw bad("expected a date YYYY-MM-DD");
            }
            return raw;
        }
        case "datetime": {
            const m = DATETIME.exec(raw);
            if (!m || !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))
                || Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 59) {
                throw bad("expected a date and time YYYY-MM-DD HH:MM:SS");
            }
            return raw;
        }
    }
}

/** Splits one line of a data file and parses every field; throws a message without the file and line (the caller adds them). */
export function parseLine(spec: TableSpec, line: string): FieldValue[] {
    const fields = line.split("|");
    if (fields.length !== spec.columns.length) {
        throw new Error(`expected ${spec.columns.length} fields separated by '|', found ${fields.length}`);
    }
    return spec.columns.map((column, i) => parseField(column, fields[i]));
}
