// The typed, validated stack configuration: the only module that reads pulumi.Config.
import * as pulumi from "@pulumi/pulumi";

import { closestName } from "./closestName";

export const PROJECT = "aurora-analytics";

/** One source table the Athena pipeline extracts, keyed by its primary key. */
export interface TableConfig {
    readonly name: string;
    readonly primaryKey: readonly string[];
    /** Column that tells when a row last changed; tables without one are fully replaced each run. */
    readonly timestampColumn?: string;
}

export interface StackConfig {
    readonly stackName: string;
    // Network
    readonly vpcId?: string;
    readonly privateSubnetIds: readonly string[];
    readonly vpcEndpoints: boolean;
    // Aurora source
    readonly dbClusterId?: string;
    readonly dbName: string;
    readonly auroraEngineVersion: string;
    readonly deletionProtection: boolean;
    // Redshift Serverless target
    readonly redshiftNamespace?: string;
    readonly redshiftWorkgroup?: string;
    readonly redshiftAdminSecretArn?: string;
    readonly redshiftBaseCapacity: number;
    /** New workgroup only: the most RPU it may scale to (maxCapacity). */
    readonly redshiftMaxCapacity: number;
    /** New workgroup only: the serverless-compute usage limit, in RPU-hours per period. */
    readonly redshiftUsageLimitRpuHours: number;
    readonly redshiftUsageLimitPeriod: UsageLimitPeriod;
    readonly redshiftUsageLimitBreachAction: UsageLimitBreachAction;
    // Zero-ETL
    readonly zeroEtl: boolean;
    /** Seconds between zero-ETL refreshes; defined whenever zeroEtl is true. */
    readonly refreshIntervalSeconds?: number;
    readonly zeroEtlDatabase: string;
    readonly zeroEtlDataFilter: string;
    /** Target database options (ACCEPTINVCHARS, TRUNCATECOLUMNS, HISTORY_MODE FOR ALL TABLES). */
    readonly zeroEtlAcceptInvalidChars: boolean;
    readonly zeroEtlTruncateColumns: boolean;
    readonly zeroEtlHistoryMode: boolean;
    /** Lag alarm threshold: this multiple of the refresh interval (at least ZERO_ETL_LAG_FLOOR_SECONDS). */
    readonly zeroEtlLagAlarmMultiple: number;
    /** IAM identities (IAMR:<role>, IAM:<user>) that may read the zero-ETL database and nothing else. */
    readonly redshiftReadOnlyUsers: readonly string[];
    /** EventBridge Scheduler expression of the refresh-interval watch. */
    readonly zeroEtlWatchSchedule: string;
    /** The watch sets this stack's own zero-ETL database back to refreshIntervalSeconds when it drifted. */
    readonly zeroEtlRestoreInterval: boolean;
    // Athena pipeline
    readonly athenaPipeline: boolean;
    readonly pipelineName: string;
    readonly tables: readonly TableConfig[];
    readonly loadSchedule: string;
    /** EventBridge schedule expression for full ({"mode":"all"}) runs, so deletes and missed updates converge. */
    readonly fullSyncSchedule: string;
    /** Days the raw export stays in the raw bucket (lifecycle rule) as the backup; nothing is copied. */
    readonly backupRetentionDays: number;
    /** How long a run waits for the RDS export before it fails. */
    readonly exportTimeoutMinutes: number;
    readonly diffOverlapSeconds: number;
    readonly athenaBytesScannedCutoff: number;
    readonly alertEmail?: string;
    /** A QuickSight user or group ARN: creates an Athena data source (and sample datasets) it may use. */
    readonly quicksightPrincipalArn?: string;
    /** The account's QuickSight identity region (where its users and groups live), when the user states it. */
    readonly quicksightIdentityRegion?: string;
    // Extras
    readonly sampleData: boolean;
    readonly bastion: boolean;
    readonly forceDestroy: boolean;
}

/** A bad stack config value. RunError makes Pulumi print the message without a stack trace. */
export class ConfigError extends pulumi.RunError {
    constructor(message: string) {
        super(message);
        Object.setPrototypeOf(this, ConfigError.prototype);
        this.name = "ConfigError";
    }
}

export const MIN_AURORA_VERSION = "8.0.mysql_aurora.3.05.2";
export const DEFAULT_AURORA_VERSION = "8.0.mysql_aurora.3.10.3";
export const MAX_REFRESH_INTERVAL_SECONDS = 432000;
export const MIN_ATHENA_BYTES_SCANNED_CUTOFF = 10485760;
/** Weekly full sync ({"mode":"all"}): Sunday 04:00 UTC, after the weekday diff runs. */
export const DEFAULT_FULL_SYNC_SCHEDULE = "cron(0 4 ? * SUN *)";
export const MAX_BACKUP_RETENTION_DAYS = 3650;
/** Step Functions quotas: a Standard workflow execution runs at most one year; the run keeps 12 h for the load. */
export const PIPELINE_LOAD_BUDGET_SECONDS = 43200;
export const MIN_EXPORT_TIMEOUT_MINUTES = 30;
export const MAX_EXPORT_TIMEOUT_MINUTES = (365 * 86400 - PIPELINE_LOAD_BUDGET_SECONDS) / 60;
/** The database every Redshift Serverless namespace starts with (CreateNamespace dbName default). */
export const NAMESPACE_DEFAULT_DATABASE = "dev";
export const DEFAULT_ZERO_ETL_LAG_ALARM_MULTIPLE = 3;

/** CreateUsageLimit period and breachAction values (Redshift Serverless API reference, CreateUsageLimit; provider
 * internal/service/redshiftserverless/usage_limit.go validates against the same SDK enums). */
export const USAGE_LIMIT_PERIODS = ["daily", "weekly", "monthly"] as const;
export type UsageLimitPeriod = typeof USAGE_LIMIT_PERIODS[number];
export const USAGE_LIMIT_BREACH_ACTIONS = ["log", "emit-metric", "deactivate"] as const;
export type UsageLimitBreachAction = typeof USAGE_LIMIT_BREACH_ACTIONS[number];
/**
 * Max capacity: a multiple of 8 RPU up to 512, never below the base capacity ("Billing for on-demand compute capacity",
 * Redshift management guide, "Setting max capacity to control cost for compute resources").
 */
export const MAX_REDSHIFT_MAX_CAPACITY = 512;
/** Twice the default base capacity of 8: bursts are allowed, but a runaway load costs at most 16 RPU (or the base capacity, when larger). */
export const DEFAULT_REDSHIFT_MAX_CAPACITY = 16;
/**
 * 24 RPU-hours a day: twice what the cost model (scripts/cost/estimate.ts syncCost, 1-minute cycles) gives for 8 RPU at
 * the pack's shortest allowed interval, 900 s (96 x 1 min = 1.5 h x 8 RPU = 12 RPU-hours); continuous replication is 192.
 */
export const DEFAULT_USAGE_LIMIT_RPU_HOURS = 24;
/** An upper bound no period reaches: 512 RPU for the 744 hours of a 31-day month. */
export const MAX_USAGE_LIMIT_RPU_HOURS = 512 * 744;
export const DEFAULT_USAGE_LIMIT_PERIOD: UsageLimitPeriod = "daily";
export const DEFAULT_USAGE_LIMIT_BREACH_ACTION: UsageLimitBreachAction = "emit-metric";
export const DEFAULT_ZERO_ETL_WATCH_SCHEDULE = "rate(1 hour)";

export const DEFAULT_TABLES: readonly TableConfig[] = Object.freeze([
    { name: "users", primaryKey: ["userid"] },
    { name: "venue", primaryKey: ["venueid"] },
    { name: "category", primaryKey: ["catid"] },
    { name: "date", primaryKey: ["dateid"] },
    // No change column: starttime, listtime and saletime are business times that an UPDATE leaves alone (README,
    // "Change columns"), so a diff would miss changes; these tables are fully synchronised on every run.
    { name: "event", primaryKey: ["eventid"] },
    { name: "listing", primaryKey: ["listid"] },
    { name: "sales", primaryKey: ["salesid"] },
].map(t => Object.freeze({ ...t, primaryKey: Object.freeze(t.primaryKey) })));

/** SQL identifiers we build statements from: letters, digits, underscores; no quoting tricks possible. */
export const IDENTIFIER_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** Redshift database names fold to lowercase; we require them lowercase so the name is what you see. */
const REDSHIFT_DATABASE_PATTERN = /^[a-z_][a-z0-9_]{0,62}$/;
// At least 3: the name also names the Redshift Serverless namespace and workgroup (3 to 64 characters, CreateNamespace API reference).
const PIPELINE_NAME_PATTERN = /^[a-z](?:[a-z0-9]|-(?!-)){1,28}[a-z0-9]$/;
const VPC_ID_PATTERN = /^vpc-[0-9a-f]{8,17}$/;
const SUBNET_ID_PATTERN = /^subnet-[0-9a-f]{8,17}$/;
const CLUSTER_ID_PATTERN = /^[A-Za-z](?:[A-Za-z0-9]|-(?!-)){0,62}$/;
const REDSHIFT_NAME_PATTERN = /^[a-z0-9-]{3,64}$/;
// "!" because AWS names the secrets it manages rds!... and redshift!...
const SECRET_ARN_PATTERN = /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[A-Za-z0-9/_+=.@!-]+$/;
const AURORA_VERSION_PATTERN = /^8\.0\.mysql_aurora\.3\.(\d{2})\.(\d+)$/;
const QUICKSIGHT_PRINCIPAL_PATTERN = /^arn:aws[a-z-]*:quicksight:[a-z0-9-]+:\d{12}:(user|group)\/[A-Za-z0-9_.@+=\/-]+$/;
const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d$/;
const EMAIL_PATTERN = /^[^\s@"'`]+@[^\s@"'`]+\.[A-Za-z]{2,}$/;
const DATA_FILTER_ENTRY = /^(include|exclude):\s*[A-Za-z0-9_*]+\.[A-Za-z0-9_*]+$/;
const CRON_PATTERN = /^cron\((\S+ ){5}\S+\)$/;
/** How Redshift Serverless names IAM identities: IAMR:<role name> or IAM:<user name> (IAM names: 1-64 of A-Za-z0-9+=,.@_-). */
const READ_ONLY_USER_PATTERN = /^IAMR?:[A-Za-z0-9+=,.@_-]{1,64}$/;
const RATE_PATTERN = /^rate\((1 (minute|hour|day)|([2-9]|[1-9]\d+) (minutes|hours|days))\)$/;

/** Keys a stack may still set from an older version; each is read only to refuse it with the fix (not documented as config). */
export const REMOVED_KEYS: readonly string[] = Object.freeze(["backupExports"]);

/** Reads one raw config value as the string Pulumi stores (objects and arrays arrive as JSON). */
export type RawConfig = (key: string) => string | undefined;

function fix(key: string, example: string): string {
    // Path examples already name the key (`--path 'tables[0].name' sales`).
    const args = example.startsWith("--path ") ? example : `${key} ${example}`;
    return `fix it with \`pulumi config set ${args}\``;
}

function invalid(key: string, value: string, allowed: string, example: string): ConfigError {
    return new ConfigError(`Config key ${PROJECT}:${key} has the invalid value ${JSON.stringify(value)}: ${allowed}; ${fix(key, example)}.`);
}

function missing(key: string, when: string, allowed: string, example: string): ConfigError {
    return new ConfigError(`Config key ${PROJECT}:${key} is required ${when}: ${allowed}; ${fix(key, example)}.`);
}

class Reader {
    constructor(private readonly raw: RawConfig) {}

    string(key: string): string | undefined {
        const value = this.raw(key);
        return value === undefined || value === "" ? undefined : value;
    }

    matching(key: string, pattern: RegExp, allowed: string, example: string): string | undefined {
        const value = this.string(key);
        if (value !== undefined && !pattern.test(value)) {
            throw invalid(key, value, allowed, example);
        }
        return value;
    }

    bool(key: string, defaultValue: boolean): boolean {
        const value = this.string(key);
        if (value === undefined) {
            return defaultValue;
        }
        if (value !== "true" && value !== "false") {
            throw invalid(key, value, "allowed values are true and false", String(defaultValue));
        }
        return value === "true";
    }

    /** One of `allowed`; `why` is appended to the list of allowed values. */
    oneOf<T extends string>(key: string, allowed: readonly T[], defaultValue: T, why: string): T {
        const value = this.string(key);
        if (value === undefined) {
            return defaultValue;
        }
        if (!(allowed as readonly string[]).includes(value)) {
            throw invalid(key, value, `allowed values are ${allowed.slice(0, -1).join(", ")} and ${allowed[allowed.length - 1]}${why}`, defaultValue);
        }
        return value as T;
    }

    integer(key: string, min: number, max: number, allowed: string, example: string): number | undefined {
        const value = this.string(key);
        if (value === undefined) {
            return undefined;
        }
        if (!/^-?\d+$/.test(value.trim())) {
            throw invalid(key, value, allowed, example);
        }
        const n = Number(value.trim());
        if (!Number.isSafeInteger(n) || n < min || n > max) {
            throw invalid(key, value, allowed, example);
        }
        return n;
    }

    json(key: string, allowed: string, example: string): unknown {
        const value = this.string(key);
        if (value === undefined) {
            return undefined;
        }
        try {
            return JSON.parse(value);
        } catch {
            throw invalid(key, value, allowed, example);
        }
    }
}

/**
 * A default pipeline name that is valid for any stack name: lowercase, hyphenated, at most 30 characters. It always
 * matches PIPELINE_NAME_PATTERN: it starts with "analytics", the slug has single hyphens only, and the cut drops any
 * hyphen it leaves at the end (tests/components/config.boundaries.test.ts).
 */
export function derivePipelineName(stackName: string): string {
    const slug = stackName
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "");
    return `analytics-${slug}`.slice(0, 30).replace(/-+$/, "");
}

/** Compares two Aurora MySQL 3 versions; negative when a < b. */
export function compareAuroraVersions(a: string, b: string): number {
    const pa = AURORA_VERSION_PATTERN.exec(a);
    const pb = AURORA_VERSION_PATTERN.exec(b);
    if (!pa || !pb) {
        throw new Error(`not an Aurora MySQL 3 version: ${!pa ? a : b}`);
    }
    return Number(pa[1]) - Number(pb[1]) || Number(pa[2]) - Number(pb[2]);
}

/** A value as the shell takes it: bare when it holds no character the shell treats specially, else single-quoted. */
function shellWord(value: string): string {
    return /^[A-Za-z0-9_.,:@%+=\/-]+$/.test(value) ? value : `'${value.replace(/'/g, "'\\''")}'`;
}

/** The fields each entry of a structured (object list) key may have, in the order the docs list them. */
const TABLE_FIELDS = ["name", "primaryKey", "timestampColumn"] as const;

/**
 * Refuses a field of `<key>[i]` that is not one of `fields`, naming the closest field and the commands that move its
 * value there (a scalar moves with `pulumi config set --path`; anything else is renamed in the stack file).
 */
function checkFields(key: string, index: number, entry: Record<string, unknown>, fields: readonly string[], what: string, stackName: string): void {
    const unknownField = Object.keys(entry).find(f => !fields.includes(f));
    if (unknownField === undefined) {
        return;
    }
    const where = `${key}[${index}]`;
    const allowed = `allowed fields are ${fields.slice(0, -1).join(", ")} and ${fields[fields.length - 1]}`;
    const meant = closestName(unknownField, fields);
    const value = entry[unknownField];
    if (meant === undefined) {
        throw new ConfigError(`Config key ${PROJECT}:${where}.${unknownField} is not a field of ${what}, and no field is close to that name: ${allowed}; fix it with \`pulumi config rm --path '${where}.${unknownField}'\`.`);
    }
    const move = typeof value === "string" || typeof value === "number" || typeof value === "boolean"
        ? `fix it with \`pulumi config rm --path '${where}.${unknownField}'\` and \`pulumi config set --path '${where}.${meant}' ${shellWord(String(value))}\``
        : `fix it by renaming ${where}.${unknownField} to ${where}.${meant} in Pulumi.${stackName}.yaml (the value stays as it is)`;
    throw new ConfigError(`Config key ${PROJECT}:${where}.${unknownField} is not a field of ${what} (did you mean \`${meant}\`?): ${allowed}; ${move}.`);
}

/** The first table-like name in a value that should have been a list of tables, for the example fix. */
function exampleTableName(value: unknown): string {
    const first = typeof value === "string" ? value.split(/[\s,;]+/).find(part => IDENTIFIER_PATTERN.test(part)) : undefined;
    return first ?? "sales";
}

function parseTables(reader: Reader, stackName: string): readonly TableConfig[] {
    const key = "tables";
    const shape = "allowed is a list of {name, primaryKey: [columns], timestampColumn?} with letters, digits and underscores in every name";
    const shown = reader.string(key);
    if (shown === undefined) {
        return DEFAULT_TABLES;
    }
    let raw: unknown;
    try {
        raw = JSON.parse(shown);
    } catch {
        raw = shown;
    }
    if (!Array.isArray(raw) || raw.length === 0) {
        // The whole structured form: `--path` builds the list one value at a time (it replaces a string value), or YAML.
        const name = exampleTableName(raw);
        throw new ConfigError(`Config key ${PROJECT}:${key} has the invalid value ${JSON.stringify(shown)}: ${shape}; ` +
            `fix it with \`pulumi config set --path 'tables[0].name' ${name}\` and \`pulumi config set --path 'tables[0].primaryKey[0]' id\` ` +
            `(and \`--path 'tables[0].timestampColumn' updated_at\` for incremental loads, tables[1] and on for more tables), ` +
            `or write it in Pulumi.${stackName}.yaml as \`${PROJECT}:tables: [{name: ${name}, primaryKey: [id]}]\`.`);
    }
    const seen = new Set<string>();
    const tables = raw.map((entry: unknown, i: number): TableConfig => {
        const where = `tables[${i}]`;
        if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
            // `--path 'tables[i].name'` cannot turn a string entry into an object, so the fix is the entry in YAML.
            throw new ConfigError(`Config key ${PROJECT}:${key} has the invalid value ${JSON.stringify(JSON.stringify(entry))}: ` +
                `${where} must be an object {name, primaryKey, timestampColumn?}; ` +
                `fix it by writing ${where} in Pulumi.${stackName}.yaml as \`{name: ${exampleTableName(entry)}, primaryKey: [id]}\`.`);
        }
        const e = entry as Record<string, unknown>;
        checkFields(key, i, e, TABLE_FIELDS, "a table", stackName);
        if (typeof e.name !== "string" || !IDENTIFIER_PATTERN.test(e.name)) {
            throw invalid(`${where}.name`, String(e.name),
                "a table name must start with a letter or underscore and hold only letters, digits and underscores (at most 64)",
                `--path '${where}.name' sales`);
        }
        if (seen.has(e.name.toLowerCase())) {
            throw invalid(`${where}.name`, e.name, "each table may be listed only once", `--path '${where}.name' other_table`);
        }
        seen.add(e.name.toLowerCase());
        if (e.primaryKey === undefined || (Array.isArray(e.primaryKey) && e.primaryKey.length === 0)) {
            throw missing(`${where}.primaryKey`, `for table ${e.name}`, "a non-empty list of primary key columns", `--path '${where}.primaryKey[0]' id`);
        }
        if (!Array.isArray(e.primaryKey)) {
            throw invalid(`${where}.primaryKey`, JSON.stringify(e.primaryKey), "a non-empty list of column names", `--path '${where}.primaryKey[0]' id`);
        }
        e.primaryKey.forEach((column: unknown, j: number) => {
            if (typeof column !== "string" || !IDENTIFIER_PATTERN.test(column)) {
                throw invalid(`${where}.primaryKey[${j}]`, String(column),
                    "a column name must start with a letter or underscore and hold only letters, digits and underscores (at most 64)",
                    `--path '${where}.primaryKey[${j}]' id`);
            }
        });
        if (new Set(e.primaryKey).size !== e.primaryKey.length) {
            throw invalid(`${where}.primaryKey`, JSON.stringify(e.primaryKey), "each key column may appear only once", `--path '${where}.primaryKey[0]' id`);
        }
        if (e.timestampColumn !== undefined) {
            if (typeof e.timestampColumn !== "string" || !IDENTIFIER_PATTERN.test(e.timestampColumn)) {
                throw invalid(`${where}.timestampColumn`, String(e.timestampColumn),
                    "a column name must start with a letter or underscore and hold only letters, digits and underscores (at most 64)",
                    `--path '${where}.timestampColumn' updated_at`);
            }
        }
        return Object.freeze({
            name: e.name,
            primaryKey: Object.freeze([...(e.primaryKey as string[])]),
            ...(e.timestampColumn !== undefined ? { timestampColumn: e.timestampColumn as string } : {}),
        });
    });
    return Object.freeze(tables);
}

/** The keys a stack sets in the project namespace (names without `aurora-analytics:`), and which of them are secret. */
export interface SetKeys {
    readonly keys: readonly string[];
    /** Keys whose values must not be printed (an error then says to rename the key instead of showing the value). */
    readonly secretKeys?: readonly string[];
}

/**
 * Regions where Aurora exports cluster data to S3 (Aurora User Guide, "Supported Regions and Aurora DB engines for
 * exporting cluster data to Amazon S3", https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Concepts.Aurora_Fea_Regions_DB-eng.Feature.ExportClusterToS3.html).
 */
export const CLUSTER_EXPORT_REGIONS: readonly string[] = Object.freeze([
    "us-east-1", "us-east-2", "us-west-1", "us-west-2",
    "ap-east-1", "ap-south-2", "ap-southeast-3", "ap-southeast-5", "ap-southeast-4", "ap-south-1", "ap-southeast-6",
    "ap-northeast-3", "ap-northeast-2", "ap-southeast-1", "ap-southeast-2", "ap-east-2", "ap-southeast-7", "ap-northeast-1",
    "ca-central-1", "ca-west-1", "cn-northwest-1",
    "eu-central-1", "eu-west-1", "eu-west-2", "eu-west-3", "eu-south-2", "eu-north-1", "eu-central-2",
    "il-central-1", "me-central-1", "mx-central-1", "sa-east-1",
]);

/** Where a user finds every key the program reads. */
export const CONFIG_REFERENCE = "docs/configuration.md";

let knownKeys: readonly string[] | undefined;

/**
 * Every key parseStackConfig reads, in the order it reads them: found by running it once on a config that passes
 * (refreshIntervalSeconds is the only key without a default), so a key someone adds to the reader is known at once.
 */
export function knownConfigKeys(): readonly string[] {
    if (knownKeys === undefined) {
        const keys = new Set<string>();
        parseKnownKeys(key => {
            keys.add(key);
            return key === "refreshIntervalSeconds" ? "3600" : undefined;
        }, "probe");
        knownKeys = Object.freeze([...keys]);
    }
    return knownKeys;
}

function unknownKeyError(unknown: readonly string[], known: readonly string[], raw: RawConfig, set: SetKeys, stackName: string): ConfigError {
    const key = unknown[0];
    const more = unknown.length > 1
        ? ` (${unknown.length - 1} more key${unknown.length > 2 ? "s are" : " is"} not known either: ${unknown.slice(1).join(", ")})` : "";
    // A removed key is read only to be refused: never the one to suggest.
    const meant = closestName(key, known.filter(k => !REMOVED_KEYS.includes(k)));
    if (meant === undefined) {
        return new ConfigError(`Config key ${PROJECT}:${key} is not a key this program reads, and no key it reads is close to that name; fix it with \`pulumi config rm ${key}\` (the keys this program reads are listed in ${CONFIG_REFERENCE})${more}.`);
    }
    const value = raw(key) ?? "";
    let structured = false;
    try {
        const parsed: unknown = JSON.parse(value);
        structured = typeof parsed === "object" && parsed !== null;
    } catch {
        // A plain string.
    }
    // A secret or a structured value is not retyped on a command line: the stack file keeps it under the new name.
    const move = structured || (set.secretKeys ?? []).includes(key)
        ? `fix it by renaming ${PROJECT}:${key} to ${PROJECT}:${meant} in Pulumi.${stackName}.yaml (the value stays as it is)`
        : `fix it with \`pulumi config rm ${key}\` and \`pulumi config set ${meant} ${shellWord(value)}\``;
    return new ConfigError(`Config key ${PROJECT}:${key} is not a key this program reads (did you mean \`${meant}\`?); ${move}${more}.`);
}

/**
 * Reads, defaults and validates every key. Pure: the raw values come from `raw`, so tests need no Pulumi runtime.
 * Throws ConfigError with one sentence naming the key, the value, what is allowed and the fixing command.
 * With `set` (the keys the stack sets), a key the program does not read is refused first: a misspelt key would
 * otherwise be ignored and its default deployed (a new cluster instead of the existing one).
 */
export function parseStackConfig(raw: RawConfig, stackName: string, set?: SetKeys, awsRegion?: string): StackConfig {
    if (set === undefined) {
        return parseKnownKeys(raw, stackName, awsRegion);
    }
    const read = new Set<string>();
    let config: StackConfig | undefined;
    let failure: unknown;
    try {
        config = parseKnownKeys(key => {
            read.add(key);
            return raw(key);
        }, stackName, awsRegion);
    } catch (e) {
        failure = e;
    }
    const known = [...new Set([...knownConfigKeys(), ...read])];
    const unknown = set.keys.filter(key => !known.includes(key));
    if (unknown.length > 0) {
        throw unknownKeyError(unknown, known, raw, set, stackName);
    }
    if (failure !== undefined) {
        throw failure;
    }
    return config!;
}

function parseKnownKeys(raw: RawConfig, stackName: string, awsRegion?: string): StackConfig {
    const r = new Reader(raw);

    // Network
    const vpcId = r.matching("vpcId", VPC_ID_PATTERN, "allowed is a VPC id like vpc-0123456789abcdef0", "vpc-0123456789abcdef0");
    const subnetExample = `--path 'privateSubnetIds[0]' subnet-0123456789abcdef0`;
    const subnetsRaw = r.json("privateSubnetIds", "allowed is a list of subnet ids", subnetExample);
    let privateSubnetIds: string[] = [];
    if (subnetsRaw !== undefined) {
        if (!Array.isArray(subnetsRaw) || subnetsRaw.some(s => typeof s !== "string" || !SUBNET_ID_PATTERN.test(s))) {
            throw invalid("privateSubnetIds", r.string("privateSubnetIds")!, "allowed is a list of subnet ids like subnet-0123456789abcdef0", subnetExample);
        }
        privateSubnetIds = subnetsRaw as string[];
        if (new Set(privateSubnetIds).size !== privateSubnetIds.length) {
            throw invalid("privateSubnetIds", r.string("privateSubnetIds")!, "each subnet may be listed only once", subnetExample);
        }
    }
    if (vpcId !== undefined && privateSubnetIds.length < 3) {
        const shown = JSON.stringify(privateSubnetIds);
        throw new ConfigError(`Config key ${PROJECT}:privateSubnetIds has the value ${shown} but vpcId is set: at least 3 private subnets in 3 different availability zones of ${vpcId} are required (Redshift Serverless needs 3 AZs); fix it with \`pulumi config set ${subnetExample}\` (and [1], [2]).`);
    }
    if (vpcId === undefined && privateSubnetIds.length > 0) {
        throw new ConfigError(`Config key ${PROJECT}:privateSubnetIds is set to ${JSON.stringify(privateSubnetIds)} but vpcId is not: subnets are only used with an existing VPC; fix it with \`pulumi config set vpcId vpc-0123456789abcdef0\` or \`pulumi config rm privateSubnetIds\`.`);
    }
    const vpcEndpoints = r.bool("vpcEndpoints", true);

    // Aurora
    const dbClusterId = r.matching("dbClusterId", CLUSTER_ID_PATTERN,
        "allowed is an Aurora cluster identifier: a letter, then letters, digits and single hyphens, at most 63", "my-aurora-cluster");
    if (dbClusterId !== undefined && dbClusterId.endsWith("-")) {
        throw invalid("dbClusterId", dbClusterId, "a cluster identifier cannot end with a hyphen", "my-aurora-cluster");
    }
    // RDS API reference, CreateDBCluster: DBClusterIdentifier "is stored as a lowercase string"; DescribeDBClusters
    // matches it in any case, but the provider's lookup (internal/service/rds/cluster.go findDBClusterByID) then
    // compares the returned identifier exactly and reports a cluster named in capitals as not found.
    if (dbClusterId !== undefined && dbClusterId !== dbClusterId.toLowerCase()) {
        throw invalid("dbClusterId", dbClusterId,
            "RDS stores cluster identifiers in lowercase and the lookup of an existing cluster compares them exactly, so write it in lowercase",
            dbClusterId.toLowerCase());
    }
    const identifierRule = "allowed is a letter or underscore, then letters, digits and underscores, at most 64 characters";
    const dbName = r.matching("dbName", IDENTIFIER_PATTERN, identifierRule, "demodb") ?? "demodb";
    const auroraEngineVersion = r.matching("auroraEngineVersion", AURORA_VERSION_PATTERN,
        `allowed is an Aurora MySQL 3 version like ${DEFAULT_AURORA_VERSION}, at least ${MIN_AURORA_VERSION} (zero-ETL needs it)`, DEFAULT_AURORA_VERSION)
        ?? DEFAULT_AURORA_VERSION;
    if (compareAuroraVersions(auroraEngineVersion, MIN_AURORA_VERSION) < 0) {
        throw invalid("auroraEngineVersion", auroraEngineVersion,
            `allowed is ${MIN_AURORA_VERSION} or newer (zero-ETL needs it)`, DEFAULT_AURORA_VERSION);
    }
    const deletionProtection = r.bool("deletionProtection", true);

    // Redshift
    const redshiftRule = "allowed is 3 to 64 lowercase letters, digits and hyphens";
    const redshiftNamespace = r.matching("redshiftNamespace", REDSHIFT_NAME_PATTERN, redshiftRule, "my-namespace");
    const redshiftWorkgroup = r.matching("redshiftWorkgroup", REDSHIFT_NAME_PATTERN, redshiftRule, "my-workgroup");
    if (redshiftNamespace !== undefined && redshiftWorkgroup === undefined) {
        throw missing("redshiftWorkgroup", `when redshiftNamespace is set (${redshiftNamespace})`,
            "the name of the existing Redshift Serverless workgroup in that namespace", "my-workgroup");
    }
    if (redshiftWorkgroup !== undefined && redshiftNamespace === undefined) {
        throw missing("redshiftNamespace", `when redshiftWorkgroup is set (${redshiftWorkgroup})`,
            "the name of the existing Redshift Serverless namespace of that workgroup", "my-namespace");
    }
    const redshiftAdminSecretArn = r.matching("redshiftAdminSecretArn", SECRET_ARN_PATTERN,
        "allowed is a Secrets Manager secret ARN", "arn:aws:secretsmanager:us-west-2:123456789012:secret:redshift-admin-AbCdEf");
    const capacityRule = "allowed is 4, or a multiple of 8 from 8 to 512";
    const redshiftBaseCapacity = r.integer("redshiftBaseCapacity", 4, 512, capacityRule, "8") ?? 8;
    if (redshiftBaseCapacity !== 4 && redshiftBaseCapacity % 8 !== 0) {
        throw invalid("redshiftBaseCapacity", String(redshiftBaseCapacity), capacityRule, "8");
    }

    const maxCapacityRule = `allowed is a multiple of 8 from 8 to ${MAX_REDSHIFT_MAX_CAPACITY}, at least redshiftBaseCapacity (${redshiftBaseCapacity})`;
    const maxCapacityExample = String(Math.max(DEFAULT_REDSHIFT_MAX_CAPACITY, Math.ceil(redshiftBaseCapacity / 8) * 8));
    const redshiftMaxCapacity = r.integer("redshiftMaxCapacity", 8, MAX_REDSHIFT_MAX_CAPACITY, maxCapacityRule, maxCapacityExample)
        ?? Math.max(DEFAULT_REDSHIFT_MAX_CAPACITY, Math.ceil(redshiftBaseCapacity / 8) * 8);
    if (redshiftMaxCapacity % 8 !== 0 || redshiftMaxCapacity < redshiftBaseCapacity) {
        throw invalid("redshiftMaxCapacity", String(redshiftMaxCapacity), maxCapacityRule, maxCapacityExample);
    }
    const redshiftUsageLimitRpuHours = r.integer("redshiftUsageLimitRpuHours", 1, MAX_USAGE_LIMIT_RPU_HOURS,
        `allowed is a whole number of RPU-hours from 1 to ${MAX_USAGE_LIMIT_RPU_HOURS}`, String(DEFAULT_USAGE_LIMIT_RPU_HOURS))
        ?? DEFAULT_USAGE_LIMIT_RPU_HOURS;
    const redshiftUsageLimitPeriod = r.oneOf("redshiftUsageLimitPeriod", USAGE_LIMIT_PERIODS, DEFAULT_USAGE_LIMIT_PERIOD, "");
    const redshiftUsageLimitBreachAction = r.oneOf("redshiftUsageLimitBreachAction", USAGE_LIMIT_BREACH_ACTIONS,
        DEFAULT_USAGE_LIMIT_BREACH_ACTION, " (deactivate turns user queries off until the period ends)");

    // Zero-ETL
    const zeroEtl = r.bool("zeroEtl", true);
    const intervalRule = `allowed is a whole number of seconds from 0 to ${MAX_REFRESH_INTERVAL_SECONDS} (0 replicates continuously and keeps Redshift busy)`;
    const refreshIntervalSeconds = r.integer("refreshIntervalSeconds", 0, MAX_REFRESH_INTERVAL_SECONDS, intervalRule, "3600");
    if (zeroEtl && refreshIntervalSeconds === undefined) {
        throw missing("refreshIntervalSeconds", "when zeroEtl is true", intervalRule, "3600");
    }
    if (zeroEtl && redshiftNamespace !== undefined && redshiftAdminSecretArn === undefined) {
        throw missing("redshiftAdminSecretArn", `when zeroEtl uses the existing namespace ${redshiftNamespace}`,
            "the ARN of a Secrets Manager secret holding that namespace's admin username and password, which the Redshift Data API uses to create the database",
            "arn:aws:secretsmanager:us-west-2:123456789012:secret:redshift-admin-AbCdEf");
    }
    const zeroEtlDatabase = r.matching("zeroEtlDatabase", REDSHIFT_DATABASE_PATTERN,
        "allowed is a lowercase letter or underscore, then lowercase letters, digits and underscores, at most 63", "zeroetl_db") ?? "zeroetl_db";
    const zeroEtlDataFilter = r.string("zeroEtlDataFilter") ?? `include: ${dbName}.*`;
    if (!zeroEtlDataFilter.split(",").every(entry => DATA_FILTER_ENTRY.test(entry.trim()))) {
        throw invalid("zeroEtlDataFilter", zeroEtlDataFilter,
            "allowed is a comma-separated list of include: or exclude: entries of the form database.table, where * is a wildcard",
            `'include: ${dbName}.*'`);
    }
    // Aurora zero-ETL data filtering guide (zero-etl.filtering): a filter with only exclude: entries replicates nothing.
    if (!zeroEtlDataFilter.split(",").some(entry => entry.trim().startsWith("include:"))) {
        throw invalid("zeroEtlDataFilter", zeroEtlDataFilter,
            "at least one include: entry is required (AWS replicates only tables an include: pattern matches)",
            `'include: ${dbName}.*, ${zeroEtlDataFilter.trim()}'`);
    }
    // CREATE DATABASE ... FROM INTEGRATION makes a new database; the namespace's default one (dev) already exists.
    if (zeroEtlDatabase === NAMESPACE_DEFAULT_DATABASE) {
        throw invalid("zeroEtlDatabase", zeroEtlDatabase,
            `the namespace's default database ${NAMESPACE_DEFAULT_DATABASE} already exists and is where the program connects; name a new database`,
            "zeroetl_db");
    }
    const zeroEtlLagAlarmMultiple = r.integer("zeroEtlLagAlarmMultiple", 2, 100,
        "allowed is a whole number from 2 to 100: the lag alarm fires when replication lag exceeds this many refresh intervals",
        String(DEFAULT_ZERO_ETL_LAG_ALARM_MULTIPLE)) ?? DEFAULT_ZERO_ETL_LAG_ALARM_MULTIPLE;
    const zeroEtlAcceptInvalidChars = r.bool("zeroEtlAcceptInvalidChars", true);
    const zeroEtlTruncateColumns = r.bool("zeroEtlTruncateColumns", true);
    const zeroEtlHistoryMode = r.bool("zeroEtlHistoryMode", false);
    const readersExample = `--path 'redshiftReadOnlyUsers[0]' IAMR:analyst`;
    const readersRule = "allowed is a list of IAM identities as Redshift Serverless names them, IAMR:<IAM role name> or IAM:<IAM user name> " +
        "(1 to 64 of letters, digits and +=,.@_-), each listed once";
    const readersRaw = r.json("redshiftReadOnlyUsers", readersRule, readersExample);
    const redshiftReadOnlyUsers = readersRaw === undefined ? [] : readersRaw as string[];
    if (readersRaw !== undefined && (!Array.isArray(readersRaw) || !readersRaw.every(u => typeof u === "string" && READ_ONLY_USER_PATTERN.test(u))
        || new Set(readersRaw).size !== readersRaw.length)) {
        throw invalid("redshiftReadOnlyUsers", r.string("redshiftReadOnlyUsers")!, readersRule, readersExample);
    }
    if (!zeroEtl && redshiftReadOnlyUsers.length > 0) {
        throw new ConfigError(`Config key ${PROJECT}:redshiftReadOnlyUsers is set but zeroEtl is false: the users may read the zero-ETL database only; fix it with \`pulumi config set zeroEtl true\` or \`pulumi config rm redshiftReadOnlyUsers\`.`);
    }

    const zeroEtlWatchSchedule = r.string("zeroEtlWatchSchedule") ?? DEFAULT_ZERO_ETL_WATCH_SCHEDULE;
    if (!CRON_PATTERN.test(zeroEtlWatchSchedule) && !RATE_PATTERN.test(zeroEtlWatchSchedule)) {
        throw invalid("zeroEtlWatchSchedule", zeroEtlWatchSchedule,
            "allowed is an EventBridge Scheduler expression, cron(minutes hours day-of-month month day-of-week year) or rate(N minutes|hours|days)",
            `'${DEFAULT_ZERO_ETL_WATCH_SCHEDULE}'`);
    }
    const zeroEtlRestoreInterval = r.bool("zeroEtlRestoreInterval", false);

    // Athena pipeline
    const athenaPipeline = r.bool("athenaPipeline", true);
    if (athenaPipeline && awsRegion !== undefined && !CLUSTER_EXPORT_REGIONS.includes(awsRegion)) {
        throw new ConfigError(`Config key aws:region is ${awsRegion}, but the Athena pipeline exports the cluster to S3 and Aurora offers cluster export only in ${CLUSTER_EXPORT_REGIONS.join(", ")} (Aurora User Guide, "Supported Regions and Aurora DB engines for exporting cluster data to Amazon S3"); fix it with \`pulumi config set aws:region us-east-1\` or turn the pipeline off with \`pulumi config set athenaPipeline false\`.`);
    }
    const pipelineName = r.matching("pipelineName", PIPELINE_NAME_PATTERN,
        "allowed is 3 to 30 lowercase letters, digits and single hyphens, starting with a letter and not ending with a hyphen",
        derivePipelineName(stackName)) ?? derivePipelineName(stackName);
    const tables = parseTables(r, stackName);
    const loadSchedule = r.string("loadSchedule") ?? "cron(30 3 ? * MON-FRI *)";
    if (!CRON_PATTERN.test(loadSchedule) && !RATE_PATTERN.test(loadSchedule)) {
        throw invalid("loadSchedule", loadSchedule,
            "allowed is an EventBridge schedule expression, cron(minutes hours day-of-month month day-of-week year) or rate(N minutes|hours|days)",
            `'cron(30 3 ? * MON-FRI *)'`);
    }
    const fullSyncSchedule = r.string("fullSyncSchedule") ?? DEFAULT_FULL_SYNC_SCHEDULE;
    if (!CRON_PATTERN.test(fullSyncSchedule) && !RATE_PATTERN.test(fullSyncSchedule)) {
        throw invalid("fullSyncSchedule", fullSyncSchedule,
            "allowed is an EventBridge schedule expression, cron(minutes hours day-of-month month day-of-week year) or rate(N minutes|hours|days)",
            `'${DEFAULT_FULL_SYNC_SCHEDULE}'`);
    }
    // Removed key: pulumi.Config cannot list unknown keys, so a stack that still sets it is told what replaced it.
    const backupExports = r.string("backupExports");
    if (backupExports !== undefined) {
        throw new ConfigError(`Config key ${PROJECT}:backupExports (set to ${JSON.stringify(backupExports)}) was removed: exports are no longer copied but stay in the raw bucket as the backup until the lifecycle rule expires them after backupRetentionDays (default 30); fix it with \`pulumi config rm backupExports\` and, to keep them longer, \`pulumi config set backupRetentionDays 90\`.`);
    }
    const backupRetentionDays = r.integer("backupRetentionDays", 1, MAX_BACKUP_RETENTION_DAYS,
        `allowed is a whole number of days from 1 to ${MAX_BACKUP_RETENTION_DAYS}`, "30") ?? 30;
    const exportTimeoutMinutes = r.integer("exportTimeoutMinutes", MIN_EXPORT_TIMEOUT_MINUTES, MAX_EXPORT_TIMEOUT_MINUTES,
        `allowed is a whole number of minutes from ${MIN_EXPORT_TIMEOUT_MINUTES} to ${MAX_EXPORT_TIMEOUT_MINUTES} (a Standard workflow runs at most one year, and the run keeps 12 hours for the load)`,
        "1440") ?? 720;
    const diffOverlapSeconds = r.integer("diffOverlapSeconds", 0, 86400,
        "allowed is a whole number of seconds from 0 to 86400", "300") ?? 300;
    const athenaBytesScannedCutoff = r.integer("athenaBytesScannedCutoff", MIN_ATHENA_BYTES_SCANNED_CUTOFF, Number.MAX_SAFE_INTEGER,
        `allowed is a whole number of bytes, at least ${MIN_ATHENA_BYTES_SCANNED_CUTOFF} (10 MB, Athena's minimum)`, "10737418240") ?? 10737418240;
    const alertEmail = r.matching("alertEmail", EMAIL_PATTERN, "allowed is an email address", "team@example.com");
    const quicksightPrincipalArn = r.matching("quicksightPrincipalArn", QUICKSIGHT_PRINCIPAL_PATTERN,
        "allowed is a QuickSight user or group ARN like arn:aws:quicksight:us-east-1:123456789012:user/default/analyst",
        "arn:aws:quicksight:us-east-1:123456789012:user/default/analyst");
    if (quicksightPrincipalArn !== undefined && !athenaPipeline) {
        throw new ConfigError(`Config key ${PROJECT}:quicksightPrincipalArn is set but athenaPipeline is false: the QuickSight data source reads the pipeline's Athena workgroup; fix it with \`pulumi config set athenaPipeline true\` or \`pulumi config rm quicksightPrincipalArn\`.`);
    }

    // QuickSight user and group ARNs carry the identity region, which may differ from the stack's region.
    const quicksightIdentityRegion = r.matching("quicksightIdentityRegion", REGION_PATTERN,
        "allowed is an AWS region name like us-east-1", "us-east-1");
    const principalRegion = quicksightPrincipalArn?.split(":")[3];
    if (quicksightIdentityRegion !== undefined && principalRegion !== undefined && principalRegion !== quicksightIdentityRegion) {
        throw new ConfigError(`Config key ${PROJECT}:quicksightPrincipalArn is in region ${principalRegion}, but quicksightIdentityRegion is ${quicksightIdentityRegion}: QuickSight users and groups exist only in the identity region; fix it with \`pulumi config set quicksightPrincipalArn ${quicksightPrincipalArn!.split(":").map((part, i) => (i === 3 ? quicksightIdentityRegion : part)).join(":")}\`.`);
    }

    // Extras
    const sampleData = r.bool("sampleData", dbClusterId === undefined);
    const bastion = r.bool("bastion", false);
    const forceDestroy = r.bool("forceDestroy", false);

    return Object.freeze({
        stackName,
        vpcId,
        privateSubnetIds: Object.freeze(privateSubnetIds),
        vpcEndpoints,
        dbClusterId,
        dbName,
        auroraEngineVersion,
        deletionProtection,
        redshiftNamespace,
        redshiftWorkgroup,
        redshiftAdminSecretArn,
        redshiftBaseCapacity,
        redshiftMaxCapacity,
        redshiftUsageLimitRpuHours,
        redshiftUsageLimitPeriod,
        redshiftUsageLimitBreachAction,
        zeroEtl,
        refreshIntervalSeconds: zeroEtl ? refreshIntervalSeconds : undefined,
        zeroEtlDatabase,
        zeroEtlDataFilter,
        zeroEtlAcceptInvalidChars,
        zeroEtlTruncateColumns,
        zeroEtlHistoryMode,
        zeroEtlLagAlarmMultiple,
        redshiftReadOnlyUsers: Object.freeze([...redshiftReadOnlyUsers]),
        zeroEtlWatchSchedule,
        zeroEtlRestoreInterval,
        athenaPipeline,
        pipelineName,
        tables,
        loadSchedule,
        fullSyncSchedule,
        backupRetentionDays,
        exportTimeoutMinutes,
        diffOverlapSeconds,
        athenaBytesScannedCutoff,
        alertEmail,
        quicksightPrincipalArn,
        quicksightIdentityRegion,
        sampleData,
        bastion,
        forceDestroy,
    });
}

/** The program's entry to config: reads the project namespace of the current stack, refusing keys it does not read. */
export function readStackConfig(): StackConfig {
    const config = new pulumi.Config(PROJECT);
    const prefix = `${PROJECT}:`;
    // allConfig() lists every key the engine passed (`<namespace>:<name>`); other namespaces (aws:, pulumi:) are not ours.
    const keys = Object.keys(pulumi.runtime.allConfig()).filter(k => k.startsWith(prefix)).map(k => k.slice(prefix.length));
    // The SDK marks secret keys (runtime/config.ts isConfigSecret, not in its typings); without it, treat all as secret.
    const isSecret = (pulumi.runtime as unknown as { isConfigSecret?: (key: string) => boolean }).isConfigSecret;
    const secretKeys = keys.filter(k => isSecret === undefined || isSecret(`${prefix}${k}`));
    // The provider's region: aws:region, else the environment the provider reads (AWS_REGION, AWS_DEFAULT_REGION).
    const awsRegion = new pulumi.Config("aws").get("region") ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
    return parseStackConfig(key => config.get(key), pulumi.getStack(), { keys, secretKeys }, awsRegion);
}
