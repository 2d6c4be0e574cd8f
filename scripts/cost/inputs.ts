// The estimate's inputs besides stack config: usage assumptions and unit prices, each with a default, a flag and a file key.
import { Exact } from "./exact";

export type UsageKey =
    | "queriesPerDay"
    | "minutesPerQuery"
    | "syncMinutesPerRefresh"
    | "dataSizeGb"
    | "compressedSizeGb"
    | "quicksightUsers"
    | "daysPerMonth"
    | "exportRunsPerMonth"
    | "crawlerRunsPerMonth"
    | "crawlerMinutesPerRun";

export type PriceKey =
    | "redshiftRpuHour"
    | "redshiftStorageGbMonth"
    | "exportGb"
    | "glueDpuHour"
    | "glueCatalogMillionRequests"
    | "athenaTb"
    | "quicksightUserMonth";

export type UsageAssumptions = { readonly [K in UsageKey]: Exact } & {
    /** Unset means: derive it from the stack's loadSchedule. */
    readonly exportRunsPerMonth?: Exact;
};
export type Prices = { readonly [K in PriceKey]: Exact };

export interface InputSpec<K extends string> {
    readonly key: K;
    readonly flag: string;
    /** Undefined only for exportRunsPerMonth, which comes from loadSchedule unless given. */
    readonly defaultValue?: string;
    readonly description: string;
}

/** Defaults are the usage both reference samples state: 10 people x 10 queries a day, 100 GB (33 GB as Parquet). */
export const USAGE_INPUTS: readonly InputSpec<UsageKey>[] = [
    { key: "queriesPerDay", flag: "queries-per-day", defaultValue: "100", description: "queries a day, all people together (samples: 10 people x 10)" },
    { key: "minutesPerQuery", flag: "minutes-per-query", defaultValue: "3", description: "Redshift minutes one query keeps the base capacity busy" },
    { key: "syncMinutesPerRefresh", flag: "sync-minutes-per-refresh", defaultValue: "1", description: "Redshift minutes one zero-ETL refresh takes (billed at least 1: Redshift Serverless bills a 60-second minimum)" },
    { key: "dataSizeGb", flag: "data-size-gb", defaultValue: "100", description: "GB of data in Aurora: Redshift managed storage, and what each export is billed on" },
    { key: "compressedSizeGb", flag: "compressed-size-gb", defaultValue: "33", description: "GB of that data as Parquet: what one full-scan Athena query reads" },
    { key: "quicksightUsers", flag: "quicksight-users", defaultValue: "10", description: "people using QuickSight" },
    { key: "daysPerMonth", flag: "days-per-month", defaultValue: "30", description: "days in the month the estimate covers" },
    { key: "exportRunsPerMonth", flag: "export-runs-per-month", description: "pipeline runs (exports) a month; default: derived from loadSchedule" },
    { key: "crawlerRunsPerMonth", flag: "crawler-runs-per-month", defaultValue: "0", description: "Glue crawler runs a month (0: this pipeline defines its tables and runs no crawler)" },
    { key: "crawlerMinutesPerRun", flag: "crawler-minutes-per-run", defaultValue: "10", description: "billed minutes per crawler run at 1 DPU (Glue bills crawlers a 10-minute minimum)" },
];

/**
 * Defaults are the unit prices the reference samples use (the Asia Pacific (Tokyo) list prices when they were written;
 * Athena, Glue and QuickSight Reader are the same in us-east-1/us-west-2, where Redshift Serverless lists 0.375 USD per
 * RPU-hour, managed storage 0.024 USD per GB-month and export 0.010 USD per GB). Check the AWS pricing pages.
 */
export const PRICE_INPUTS: readonly InputSpec<PriceKey>[] = [
    { key: "redshiftRpuHour", flag: "price-rpu-hour", defaultValue: "0.494", description: "USD per Redshift Serverless RPU-hour" },
    { key: "redshiftStorageGbMonth", flag: "price-storage-gb-month", defaultValue: "0.0261", description: "USD per GB-month of Redshift managed storage" },
    { key: "exportGb", flag: "price-export-gb", defaultValue: "0.012", description: "USD per GB exported from Aurora to S3 (billed on the whole cluster)" },
    { key: "glueDpuHour", flag: "price-glue-dpu-hour", defaultValue: "0.44", description: "USD per Glue crawler DPU-hour" },
    { key: "glueCatalogMillionRequests", flag: "price-glue-catalog-million-requests", defaultValue: "1", description: "USD per million Glue Data Catalog requests beyond the free million a month" },
    { key: "athenaTb", flag: "price-athena-tb", defaultValue: "5", description: "USD per TB Athena scans (10 MB minimum per query)" },
    { key: "quicksightUserMonth", flag: "price-quicksight-user", defaultValue: "3", description: "USD per QuickSight user a month (Reader)" },
];

/** The Glue Data Catalog's free tier: the first million requests a month. */
export const GLUE_CATALOG_FREE_REQUESTS = Exact.of(1_000_000);

/** Thrown for a bad flag, file or value; the CLI prints the message alone. */
export class InputError extends Error {
    constructor(message: string) {
        super(message);
        Object.setPrototypeOf(this, InputError.prototype);
        this.name = "InputError";
    }
}

const NON_NEGATIVE_DECIMAL = /^\d+(\.\d+)?$/;

/** A non-negative decimal as written ("0.494", "100"); `where` names the flag or file key in the error. */
export function parseAmount(value: unknown, where: string): Exact {
    const text = typeof value === "number" && Number.isFinite(value) ? String(value) : value;
    if (typeof text !== "string" || !NON_NEGATIVE_DECIMAL.test(text.trim())) {
        throw new InputError(`${where} has the invalid value ${JSON.stringify(value)}: allowed is a non-negative decimal number like 100 or 0.494.`);
    }
    return Exact.of(text.trim());
}

/** Overrides by key, as strings or numbers; keys not given keep their defaults. */
export type Overrides = Partial<Record<UsageKey | PriceKey, unknown>>;

export interface Inputs {
    readonly usage: UsageAssumptions;
    readonly prices: Prices;
}

function resolve<K extends string>(specs: readonly InputSpec<K>[], overrides: Overrides, describe: (spec: InputSpec<K>) => string): Record<K, Exact | undefined> {
    const out = {} as Record<K, Exact | undefined>;
    for (const spec of specs) {
        const given = (overrides as Record<string, unknown>)[spec.key];
        out[spec.key] = given !== undefined ? parseAmount(given, describe(spec))
            : spec.defaultValue !== undefined ? Exact.of(spec.defaultValue) : undefined;
    }
    return out;
}

/** Applies overrides on the defaults and validates every value. `describe` names an input in errors (flag or file key). */
export function resolveInputs(overrides: Overrides = {}, describe: (spec: InputSpec<string>) => string = spec => spec.key): Inputs {
    const usage = resolve(USAGE_INPUTS, overrides, describe) as UsageAssumptions;
    const prices = resolve(PRICE_INPUTS, overrides, describe) as Prices;
    if (usage.daysPerMonth.isZero()) {
        throw new InputError(`${describe(USAGE_INPUTS.find(s => s.key === "daysPerMonth")!)} must be more than 0.`);
    }
    return { usage, prices };
}

/**
 * Reads an assumptions file: `{"usage": {"queriesPerDay": 50}, "prices": {"redshiftRpuHour": 0.375}}`.
 * Unknown sections or keys are errors, so a typo never silently keeps a default.
 */
export function parseAssumptionsFile(text: string, fileName: string): Overrides {
    let parsed: unknown;
    try {
        parsed = JSON.parse(text);
    } catch (e) {
        throw new InputError(`${fileName} is not valid JSON: ${(e as Error).message}.`);
    }
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
        throw new InputError(`${fileName} must hold a JSON object with "usage" and/or "prices".`);
    }
    const overrides: Record<string, unknown> = {};
    const sections: Record<string, readonly InputSpec<string>[]> = { usage: USAGE_INPUTS, prices: PRICE_INPUTS };
    for (const [section, body] of Object.entries(parsed as Record<string, unknown>)) {
        const specs = sections[section];
        if (specs === undefined) {
            throw new InputError(`${fileName} has the unknown section "${section}": allowed are "usage" and "prices".`);
        }
        if (typeof body !== "object" || body === null || Array.isArray(body)) {
            throw new InputError(`${fileName}: "${section}" must be an object.`);
        }
        for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
            if (!specs.some(s => s.key === key)) {
                throw new InputError(`${fileName} has the unknown key ${section}.${key}: allowed are ${specs.map(s => s.key).join(", ")}.`);
            }
            parseAmount(value, `${fileName} ${section}.${key}`);
            overrides[key] = value;
        }
    }
    return overrides as Overrides;
}
