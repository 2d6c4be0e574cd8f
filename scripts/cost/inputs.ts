// The estimate's inputs besides stack config: usage assumptions and unit prices, each with a default, a flag and a file key.
import { Exact } from "./exact";
import { PRICE_TABLE_DATE, REGION_PRICES, SEED_PRICES } from "./prices";

export type UsageKey =
    | "queriesPerDay"
    | "minutesPerQuery"
    | "syncMinutesPerRefresh"
    | "dataSizeGb"
    | "compressedSizeGb"
    | "quicksightAuthors"
    | "quicksightReaders"
    | "daysPerMonth"
    | "exportRunsPerMonth"
    | "crawlerRunsPerMonth"
    | "crawlerMinutesPerRun"
    | "binlogStorageGb"
    | "binlogMillionIos"
    | "fullSyncRunsPerMonth"
    | "diffRunScanGb"
    | "fullSyncScanGb"
    | "exportMinutesPerRun"
    | "auroraAverageAcu";

export type PriceKey =
    | "redshiftRpuHour"
    | "redshiftStorageGbMonth"
    | "exportGb"
    | "glueDpuHour"
    | "glueCatalogMillionRequests"
    | "athenaTb"
    | "quicksightAuthorMonth"
    | "quicksightReaderMonth"
    | "auroraStorageGbMonth"
    | "auroraIoMillion"
    | "s3StandardGbMonth"
    | "stepFunctionsThousandTransitions"
    | "auroraAcuHour"
    | "interfaceEndpointHour"
    | "kmsKeyMonth"
    | "bastionInstanceHour";

/** Usage inputs whose default is derived from the stack (a schedule) or from other inputs, so they have no fixed default. */
export type DerivedUsageKey = "exportRunsPerMonth" | "fullSyncRunsPerMonth" | "diffRunScanGb" | "fullSyncScanGb";

export type UsageAssumptions = { readonly [K in Exclude<UsageKey, DerivedUsageKey>]: Exact } & {
    /** Unset means: derive it (from loadSchedule, fullSyncSchedule or compressedSizeGb and the tables). */
    readonly [K in DerivedUsageKey]?: Exact;
};
/** A price is unset when the region's table has none and no flag gave one; the estimate names what it needs. */
export type Prices = { readonly [K in PriceKey]?: Exact };

/**
 * "aws": how AWS bills, with the region's list prices. "seeds": the reference samples' own assumptions and prices,
 * which recompute their tables exactly (a refresh every interval from start to start, every QuickSight user a Reader,
 * no Aurora-side lines).
 */
export type CostModel = "aws" | "seeds";
export const COST_MODELS: readonly CostModel[] = ["aws", "seeds"];

export interface InputSpec<K extends string> {
    readonly key: K;
    readonly flag: string;
    /** Undefined for the derived usage inputs (see derivedFrom) and for every price (from the region's table). */
    readonly defaultValue?: string;
    /** What a derived usage input's default comes from, printed where a default would be: "from loadSchedule". */
    readonly derivedFrom?: string;
    readonly description: string;
}

/** Defaults are the usage both reference samples state: 10 people x 10 queries a day, 100 GB (33 GB as Parquet). */
export const USAGE_INPUTS: readonly InputSpec<UsageKey>[] = [
    { key: "queriesPerDay", flag: "queries-per-day", defaultValue: "100", description: "queries a day, all people together (samples: 10 people x 10)" },
    { key: "minutesPerQuery", flag: "minutes-per-query", defaultValue: "3", description: "Redshift minutes one query keeps the base capacity busy" },
    { key: "syncMinutesPerRefresh", flag: "sync-minutes-per-refresh", defaultValue: "1", description: "minutes one zero-ETL refresh cycle takes (billed at least 1: Redshift Serverless bills a 60-second minimum)" },
    { key: "dataSizeGb", flag: "data-size-gb", defaultValue: "100", description: "GB of data in Aurora: Redshift managed storage, the initial seeding and each export are billed on it" },
    { key: "compressedSizeGb", flag: "compressed-size-gb", defaultValue: "33", description: "GB of that data as Parquet: what one full-scan Athena query reads" },
    { key: "quicksightAuthors", flag: "quicksight-authors", defaultValue: "1", description: "QuickSight Authors or Admins (quicksightPrincipalArn, who owns the data source and datasets, is one)" },
    { key: "quicksightReaders", flag: "quicksight-readers", defaultValue: "10", description: "QuickSight Readers (the samples: 10 people)" },
    { key: "daysPerMonth", flag: "days-per-month", defaultValue: "30", description: "days in the month the estimate covers" },
    { key: "exportRunsPerMonth", flag: "export-runs-per-month", derivedFrom: "from loadSchedule", description: "diff runs (exports) a month; default: derived from loadSchedule" },
    { key: "crawlerRunsPerMonth", flag: "crawler-runs-per-month", defaultValue: "0", description: "Glue crawler runs a month (0: this pipeline defines its tables and runs no crawler)" },
    { key: "crawlerMinutesPerRun", flag: "crawler-minutes-per-run", defaultValue: "10", description: "billed minutes per crawler run at 1 DPU (Glue bills crawlers a 10-minute minimum)" },
    { key: "binlogStorageGb", flag: "binlog-storage-gb", defaultValue: "0", description: "GB-months of Aurora storage the enhanced binlog adds (0: not estimated; measure it on your cluster)" },
    { key: "binlogMillionIos", flag: "binlog-million-ios", defaultValue: "0", description: "million Aurora I/O requests a month the enhanced binlog adds, Aurora Standard only (0: not estimated)" },
    { key: "fullSyncRunsPerMonth", flag: "full-sync-runs-per-month", derivedFrom: "from fullSyncSchedule", description: "full-sync runs (exports) a month, on top of the diff runs (aws model); default: derived from fullSyncSchedule" },
    { key: "diffRunScanGb", flag: "diff-run-scan-gb", derivedFrom: "from compressed-size-gb", description: "GB the pipeline's own statements scan in one diff run, all tables (aws model); default: compressed-size-gb x (4 per fully synchronised table + 2 per diff table) / tables" },
    { key: "fullSyncScanGb", flag: "full-sync-scan-gb", derivedFrom: "from compressed-size-gb", description: "GB the pipeline's own statements scan in one full sync (aws model); default: 4 x compressed-size-gb (the MERGE reads the stage once and the master twice, OPTIMIZE reads the master)" },
    { key: "exportMinutesPerRun", flag: "export-minutes-per-run", defaultValue: "60", description: "minutes an export takes to complete: the run checks it once per poll interval, 3 state transitions a check (aws model)" },
    { key: "auroraAverageAcu", flag: "aurora-average-acu", defaultValue: "0.5", description: "average ACUs of the Aurora Serverless v2 writer a new cluster gets (aws model; 0.5 is its minCapacity, the floor)" },
];

/** The seeds' usage where it differs from ours: a daily export and a daily crawler, every QuickSight user a Reader. */
export const SEED_USAGE: Readonly<Partial<Record<UsageKey, string>>> = {
    exportRunsPerMonth: "30", crawlerRunsPerMonth: "30", quicksightAuthors: "0", quicksightReaders: "10",
};

/** Prices come from the region's list prices (scripts/cost/prices.ts) or these flags; a flag always wins. */
export const PRICE_INPUTS: readonly InputSpec<PriceKey>[] = [
    { key: "redshiftRpuHour", flag: "price-rpu-hour", description: "USD per Redshift Serverless RPU-hour" },
    { key: "redshiftStorageGbMonth", flag: "price-storage-gb-month", description: "USD per GB-month of Redshift managed storage" },
    { key: "exportGb", flag: "price-export-gb", description: "USD per GB exported from Aurora to S3 (billed on the whole cluster; also the zero-ETL initial seeding)" },
    { key: "glueDpuHour", flag: "price-glue-dpu-hour", description: "USD per Glue crawler DPU-hour" },
    { key: "glueCatalogMillionRequests", flag: "price-glue-catalog-million-requests", description: "USD per million Glue Data Catalog requests beyond the free million a month" },
    { key: "athenaTb", flag: "price-athena-tb", description: "USD per TB Athena scans (10 MB minimum per query)" },
    { key: "quicksightAuthorMonth", flag: "price-quicksight-author", description: "USD per QuickSight Author (or Admin) a month" },
    { key: "quicksightReaderMonth", flag: "price-quicksight-reader", description: "USD per QuickSight Reader a month" },
    { key: "auroraStorageGbMonth", flag: "price-aurora-storage-gb-month", description: "USD per GB-month of Aurora storage (needed with --binlog-storage-gb)" },
    { key: "auroraIoMillion", flag: "price-aurora-io-million", description: "USD per million Aurora I/O requests, Aurora Standard (needed with --binlog-million-ios)" },
    { key: "s3StandardGbMonth", flag: "price-s3-gb-month", description: "USD per GB-month of S3 Standard storage (needed with the Athena pipeline: kept exports and masters)" },
    { key: "stepFunctionsThousandTransitions", flag: "price-sfn-thousand-transitions", description: "USD per 1,000 Step Functions Standard state transitions beyond the free 4,000 a month" },
    { key: "auroraAcuHour", flag: "price-aurora-acu-hour", description: "USD per Aurora Serverless v2 ACU-hour, Aurora Standard (needed when the stack creates the cluster)" },
    { key: "interfaceEndpointHour", flag: "price-interface-endpoint-hour", description: "USD per interface VPC endpoint per AZ per hour (needed when the stack creates interface endpoints)" },
    { key: "kmsKeyMonth", flag: "price-kms-key-month", description: "USD per KMS customer managed key a month" },
    { key: "bastionInstanceHour", flag: "price-bastion-instance-hour", description: "USD per hour of the bastion's t3.micro On-Demand instance (needed with bastion)" },
];

/** The Step Functions free tier: 4,000 state transitions a month (aws.amazon.com/step-functions/pricing/). */
export const STEP_FUNCTIONS_FREE_TRANSITIONS = Exact.of(4000);

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
    readonly model: CostModel;
    /** Where the prices not given as flags come from, printed with the estimate. */
    readonly priceSource: string;
}

export interface ResolveOptions {
    readonly model?: CostModel;
    /** The stack's region: picks the list prices; undefined or unlisted leaves every price to flags. */
    readonly region?: string;
}

function resolve<K extends string>(specs: readonly InputSpec<K>[], overrides: Overrides, defaults: Partial<Record<K, string>>,
    describe: (spec: InputSpec<K>) => string): Record<K, Exact | undefined> {
    const out = {} as Record<K, Exact | undefined>;
    for (const spec of specs) {
        const given = (overrides as Record<string, unknown>)[spec.key];
        const fallback = defaults[spec.key] ?? spec.defaultValue;
        out[spec.key] = given !== undefined ? parseAmount(given, describe(spec))
            : fallback !== undefined ? Exact.of(fallback) : undefined;
    }
    return out;
}

/** Applies overrides on the defaults and validates every value. `describe` names an input in errors (flag or file key). */
export function resolveInputs(overrides: Overrides = {}, describe: (spec: InputSpec<string>) => string = spec => spec.key,
    options: ResolveOptions = {}): Inputs {
    const model = options.model ?? "aws";
    const listed = options.region === undefined ? undefined : REGION_PRICES[options.region];
    const usage = resolve(USAGE_INPUTS, overrides, model === "seeds" ? SEED_USAGE : {}, describe) as UsageAssumptions;
    const prices = resolve(PRICE_INPUTS, overrides, model === "seeds" ? SEED_PRICES : listed ?? {}, describe) as Prices;
    for (const key of ["daysPerMonth", "syncMinutesPerRefresh"] as const) {
        if (usage[key].isZero()) {
            throw new InputError(`${describe(USAGE_INPUTS.find(s => s.key === key)!)} must be more than 0.`);
        }
    }
    const priceSource = model === "seeds" ? "the reference samples' unit prices (Asia Pacific (Tokyo), every QuickSight user a Reader)"
        : listed !== undefined ? `AWS list prices for ${options.region}, checked ${PRICE_TABLE_DATE}`
            : options.region === undefined ? "no region: set aws:region in the stack or pass --region, or give every price as a flag"
                : `no list prices for ${options.region} in this estimator: prices from flags`;
    return { usage, prices, model, priceSource };
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
