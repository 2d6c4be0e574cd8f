// @ts-nocheck
// The typed, validated stack configuration: the only module that reads pulumi.Config.
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
import * as pulumi from "@pulumi/pulumi";
export const PROJECT = stryMutAct_9fa48("0") ? "" : (stryCov_9fa48("0"), "aurora-analytics");

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
  // Zero-ETL
  readonly zeroEtl: boolean;
  /** Seconds between zero-ETL refreshes; defined whenever zeroEtl is true. */
  readonly refreshIntervalSeconds?: number;
  readonly zeroEtlDatabase: string;
  readonly zeroEtlDataFilter: string;
  // Athena pipeline
  readonly athenaPipeline: boolean;
  readonly pipelineName: string;
  readonly tables: readonly TableConfig[];
  readonly loadSchedule: string;
  readonly backupExports: boolean;
  readonly diffOverlapSeconds: number;
  readonly athenaBytesScannedCutoff: number;
  readonly alertEmail?: string;
  /** A QuickSight user or group ARN: creates an Athena data source (and sample datasets) it may use. */
  readonly quicksightPrincipalArn?: string;
  // Extras
  readonly sampleData: boolean;
  readonly bastion: boolean;
  readonly forceDestroy: boolean;
}

/** A bad stack config value. RunError makes Pulumi print the message without a stack trace. */
export class ConfigError extends pulumi.RunError {
  constructor(message: string) {
    if (stryMutAct_9fa48("1")) {
      {}
    } else {
      stryCov_9fa48("1");
      super(message);
      Object.setPrototypeOf(this, ConfigError.prototype);
      this.name = stryMutAct_9fa48("2") ? "" : (stryCov_9fa48("2"), "ConfigError");
    }
  }
}
export const MIN_AURORA_VERSION = stryMutAct_9fa48("3") ? "" : (stryCov_9fa48("3"), "8.0.mysql_aurora.3.05.2");
export const DEFAULT_AURORA_VERSION = stryMutAct_9fa48("4") ? "" : (stryCov_9fa48("4"), "8.0.mysql_aurora.3.10.3");
export const MAX_REFRESH_INTERVAL_SECONDS = 432000;
export const MIN_ATHENA_BYTES_SCANNED_CUTOFF = 10485760;
export const DEFAULT_TABLES: readonly TableConfig[] = Object.freeze((stryMutAct_9fa48("5") ? [] : (stryCov_9fa48("5"), [stryMutAct_9fa48("6") ? {} : (stryCov_9fa48("6"), {
  name: stryMutAct_9fa48("7") ? "" : (stryCov_9fa48("7"), "users"),
  primaryKey: stryMutAct_9fa48("8") ? [] : (stryCov_9fa48("8"), [stryMutAct_9fa48("9") ? "" : (stryCov_9fa48("9"), "userid")])
}), stryMutAct_9fa48("10") ? {} : (stryCov_9fa48("10"), {
  name: stryMutAct_9fa48("11") ? "" : (stryCov_9fa48("11"), "venue"),
  primaryKey: stryMutAct_9fa48("12") ? [] : (stryCov_9fa48("12"), [stryMutAct_9fa48("13") ? "" : (stryCov_9fa48("13"), "venueid")])
}), stryMutAct_9fa48("14") ? {} : (stryCov_9fa48("14"), {
  name: stryMutAct_9fa48("15") ? "" : (stryCov_9fa48("15"), "category"),
  primaryKey: stryMutAct_9fa48("16") ? [] : (stryCov_9fa48("16"), [stryMutAct_9fa48("17") ? "" : (stryCov_9fa48("17"), "catid")])
}), stryMutAct_9fa48("18") ? {} : (stryCov_9fa48("18"), {
  name: stryMutAct_9fa48("19") ? "" : (stryCov_9fa48("19"), "date"),
  primaryKey: stryMutAct_9fa48("20") ? [] : (stryCov_9fa48("20"), [stryMutAct_9fa48("21") ? "" : (stryCov_9fa48("21"), "dateid")])
}), stryMutAct_9fa48("22") ? {} : (stryCov_9fa48("22"), {
  name: stryMutAct_9fa48("23") ? "" : (stryCov_9fa48("23"), "event"),
  primaryKey: stryMutAct_9fa48("24") ? [] : (stryCov_9fa48("24"), [stryMutAct_9fa48("25") ? "" : (stryCov_9fa48("25"), "eventid")]),
  timestampColumn: stryMutAct_9fa48("26") ? "" : (stryCov_9fa48("26"), "starttime")
}), stryMutAct_9fa48("27") ? {} : (stryCov_9fa48("27"), {
  name: stryMutAct_9fa48("28") ? "" : (stryCov_9fa48("28"), "listing"),
  primaryKey: stryMutAct_9fa48("29") ? [] : (stryCov_9fa48("29"), [stryMutAct_9fa48("30") ? "" : (stryCov_9fa48("30"), "listid")]),
  timestampColumn: stryMutAct_9fa48("31") ? "" : (stryCov_9fa48("31"), "listtime")
}), stryMutAct_9fa48("32") ? {} : (stryCov_9fa48("32"), {
  name: stryMutAct_9fa48("33") ? "" : (stryCov_9fa48("33"), "sales"),
  primaryKey: stryMutAct_9fa48("34") ? [] : (stryCov_9fa48("34"), [stryMutAct_9fa48("35") ? "" : (stryCov_9fa48("35"), "salesid")]),
  timestampColumn: stryMutAct_9fa48("36") ? "" : (stryCov_9fa48("36"), "saletime")
})])).map(stryMutAct_9fa48("37") ? () => undefined : (stryCov_9fa48("37"), t => Object.freeze(stryMutAct_9fa48("38") ? {} : (stryCov_9fa48("38"), {
  ...t,
  primaryKey: Object.freeze(t.primaryKey)
})))));

/** SQL identifiers we build statements from: letters, digits, underscores; no quoting tricks possible. */
export const IDENTIFIER_PATTERN = stryMutAct_9fa48("43") ? /^[A-Za-z_][^A-Za-z0-9_]{0,63}$/ : stryMutAct_9fa48("42") ? /^[A-Za-z_][A-Za-z0-9_]$/ : stryMutAct_9fa48("41") ? /^[^A-Za-z_][A-Za-z0-9_]{0,63}$/ : stryMutAct_9fa48("40") ? /^[A-Za-z_][A-Za-z0-9_]{0,63}/ : stryMutAct_9fa48("39") ? /[A-Za-z_][A-Za-z0-9_]{0,63}$/ : (stryCov_9fa48("39", "40", "41", "42", "43"), /^[A-Za-z_][A-Za-z0-9_]{0,63}$/);
/** Redshift database names fold to lowercase; we require them lowercase so the name is what you see. */
const REDSHIFT_DATABASE_PATTERN = stryMutAct_9fa48("48") ? /^[a-z_][^a-z0-9_]{0,62}$/ : stryMutAct_9fa48("47") ? /^[a-z_][a-z0-9_]$/ : stryMutAct_9fa48("46") ? /^[^a-z_][a-z0-9_]{0,62}$/ : stryMutAct_9fa48("45") ? /^[a-z_][a-z0-9_]{0,62}/ : stryMutAct_9fa48("44") ? /[a-z_][a-z0-9_]{0,62}$/ : (stryCov_9fa48("44", "45", "46", "47", "48"), /^[a-z_][a-z0-9_]{0,62}$/);
const PIPELINE_NAME_PATTERN = stryMutAct_9fa48("55") ? /^[a-z](?:[a-z0-9]|-(?!-)){0,28}[^a-z0-9]$/ : stryMutAct_9fa48("54") ? /^[a-z](?:[a-z0-9]|-(?=-)){0,28}[a-z0-9]$/ : stryMutAct_9fa48("53") ? /^[a-z](?:[^a-z0-9]|-(?!-)){0,28}[a-z0-9]$/ : stryMutAct_9fa48("52") ? /^[a-z](?:[a-z0-9]|-(?!-))[a-z0-9]$/ : stryMutAct_9fa48("51") ? /^[^a-z](?:[a-z0-9]|-(?!-)){0,28}[a-z0-9]$/ : stryMutAct_9fa48("50") ? /^[a-z](?:[a-z0-9]|-(?!-)){0,28}[a-z0-9]/ : stryMutAct_9fa48("49") ? /[a-z](?:[a-z0-9]|-(?!-)){0,28}[a-z0-9]$/ : (stryCov_9fa48("49", "50", "51", "52", "53", "54", "55"), /^[a-z](?:[a-z0-9]|-(?!-)){0,28}[a-z0-9]$/);
const VPC_ID_PATTERN = stryMutAct_9fa48("59") ? /^vpc-[^0-9a-f]{8,17}$/ : stryMutAct_9fa48("58") ? /^vpc-[0-9a-f]$/ : stryMutAct_9fa48("57") ? /^vpc-[0-9a-f]{8,17}/ : stryMutAct_9fa48("56") ? /vpc-[0-9a-f]{8,17}$/ : (stryCov_9fa48("56", "57", "58", "59"), /^vpc-[0-9a-f]{8,17}$/);
const SUBNET_ID_PATTERN = stryMutAct_9fa48("63") ? /^subnet-[^0-9a-f]{8,17}$/ : stryMutAct_9fa48("62") ? /^subnet-[0-9a-f]$/ : stryMutAct_9fa48("61") ? /^subnet-[0-9a-f]{8,17}/ : stryMutAct_9fa48("60") ? /subnet-[0-9a-f]{8,17}$/ : (stryCov_9fa48("60", "61", "62", "63"), /^subnet-[0-9a-f]{8,17}$/);
const CLUSTER_ID_PATTERN = stryMutAct_9fa48("69") ? /^[A-Za-z](?:[A-Za-z0-9]|-(?=-)){0,62}$/ : stryMutAct_9fa48("68") ? /^[A-Za-z](?:[^A-Za-z0-9]|-(?!-)){0,62}$/ : stryMutAct_9fa48("67") ? /^[A-Za-z](?:[A-Za-z0-9]|-(?!-))$/ : stryMutAct_9fa48("66") ? /^[^A-Za-z](?:[A-Za-z0-9]|-(?!-)){0,62}$/ : stryMutAct_9fa48("65") ? /^[A-Za-z](?:[A-Za-z0-9]|-(?!-)){0,62}/ : stryMutAct_9fa48("64") ? /[A-Za-z](?:[A-Za-z0-9]|-(?!-)){0,62}$/ : (stryCov_9fa48("64", "65", "66", "67", "68", "69"), /^[A-Za-z](?:[A-Za-z0-9]|-(?!-)){0,62}$/);
const REDSHIFT_NAME_PATTERN = stryMutAct_9fa48("73") ? /^[^a-z0-9-]{3,64}$/ : stryMutAct_9fa48("72") ? /^[a-z0-9-]$/ : stryMutAct_9fa48("71") ? /^[a-z0-9-]{3,64}/ : stryMutAct_9fa48("70") ? /[a-z0-9-]{3,64}$/ : (stryCov_9fa48("70", "71", "72", "73"), /^[a-z0-9-]{3,64}$/);
// "!" because AWS names the secrets it manages rds!... and redshift!...
const SECRET_ARN_PATTERN = stryMutAct_9fa48("83") ? /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[^A-Za-z0-9/_+=.@!-]+$/ : stryMutAct_9fa48("82") ? /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[A-Za-z0-9/_+=.@!-]$/ : stryMutAct_9fa48("81") ? /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\D{12}:secret:[A-Za-z0-9/_+=.@!-]+$/ : stryMutAct_9fa48("80") ? /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d:secret:[A-Za-z0-9/_+=.@!-]+$/ : stryMutAct_9fa48("79") ? /^arn:aws[a-z-]*:secretsmanager:[^a-z0-9-]+:\d{12}:secret:[A-Za-z0-9/_+=.@!-]+$/ : stryMutAct_9fa48("78") ? /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]:\d{12}:secret:[A-Za-z0-9/_+=.@!-]+$/ : stryMutAct_9fa48("77") ? /^arn:aws[^a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[A-Za-z0-9/_+=.@!-]+$/ : stryMutAct_9fa48("76") ? /^arn:aws[a-z-]:secretsmanager:[a-z0-9-]+:\d{12}:secret:[A-Za-z0-9/_+=.@!-]+$/ : stryMutAct_9fa48("75") ? /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[A-Za-z0-9/_+=.@!-]+/ : stryMutAct_9fa48("74") ? /arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[A-Za-z0-9/_+=.@!-]+$/ : (stryCov_9fa48("74", "75", "76", "77", "78", "79", "80", "81", "82", "83"), /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[A-Za-z0-9/_+=.@!-]+$/);
const AURORA_VERSION_PATTERN = stryMutAct_9fa48("89") ? /^8\.0\.mysql_aurora\.3\.(\d{2})\.(\D+)$/ : stryMutAct_9fa48("88") ? /^8\.0\.mysql_aurora\.3\.(\d{2})\.(\d)$/ : stryMutAct_9fa48("87") ? /^8\.0\.mysql_aurora\.3\.(\D{2})\.(\d+)$/ : stryMutAct_9fa48("86") ? /^8\.0\.mysql_aurora\.3\.(\d)\.(\d+)$/ : stryMutAct_9fa48("85") ? /^8\.0\.mysql_aurora\.3\.(\d{2})\.(\d+)/ : stryMutAct_9fa48("84") ? /8\.0\.mysql_aurora\.3\.(\d{2})\.(\d+)$/ : (stryCov_9fa48("84", "85", "86", "87", "88", "89"), /^8\.0\.mysql_aurora\.3\.(\d{2})\.(\d+)$/);
const QUICKSIGHT_PRINCIPAL_PATTERN = stryMutAct_9fa48("99") ? /^arn:aws[a-z-]*:quicksight:[a-z0-9-]+:\d{12}:(user|group)\/[^A-Za-z0-9_.@+=\/-]+$/ : stryMutAct_9fa48("98") ? /^arn:aws[a-z-]*:quicksight:[a-z0-9-]+:\d{12}:(user|group)\/[A-Za-z0-9_.@+=\/-]$/ : stryMutAct_9fa48("97") ? /^arn:aws[a-z-]*:quicksight:[a-z0-9-]+:\D{12}:(user|group)\/[A-Za-z0-9_.@+=\/-]+$/ : stryMutAct_9fa48("96") ? /^arn:aws[a-z-]*:quicksight:[a-z0-9-]+:\d:(user|group)\/[A-Za-z0-9_.@+=\/-]+$/ : stryMutAct_9fa48("95") ? /^arn:aws[a-z-]*:quicksight:[^a-z0-9-]+:\d{12}:(user|group)\/[A-Za-z0-9_.@+=\/-]+$/ : stryMutAct_9fa48("94") ? /^arn:aws[a-z-]*:quicksight:[a-z0-9-]:\d{12}:(user|group)\/[A-Za-z0-9_.@+=\/-]+$/ : stryMutAct_9fa48("93") ? /^arn:aws[^a-z-]*:quicksight:[a-z0-9-]+:\d{12}:(user|group)\/[A-Za-z0-9_.@+=\/-]+$/ : stryMutAct_9fa48("92") ? /^arn:aws[a-z-]:quicksight:[a-z0-9-]+:\d{12}:(user|group)\/[A-Za-z0-9_.@+=\/-]+$/ : stryMutAct_9fa48("91") ? /^arn:aws[a-z-]*:quicksight:[a-z0-9-]+:\d{12}:(user|group)\/[A-Za-z0-9_.@+=\/-]+/ : stryMutAct_9fa48("90") ? /arn:aws[a-z-]*:quicksight:[a-z0-9-]+:\d{12}:(user|group)\/[A-Za-z0-9_.@+=\/-]+$/ : (stryCov_9fa48("90", "91", "92", "93", "94", "95", "96", "97", "98", "99"), /^arn:aws[a-z-]*:quicksight:[a-z0-9-]+:\d{12}:(user|group)\/[A-Za-z0-9_.@+=\/-]+$/);
const EMAIL_PATTERN = stryMutAct_9fa48("109") ? /^[^\s@"'`]+@[^\s@"'`]+\.[^A-Za-z]{2,}$/ : stryMutAct_9fa48("108") ? /^[^\s@"'`]+@[^\s@"'`]+\.[A-Za-z]$/ : stryMutAct_9fa48("107") ? /^[^\s@"'`]+@[^\S@"'`]+\.[A-Za-z]{2,}$/ : stryMutAct_9fa48("106") ? /^[^\s@"'`]+@[\s@"'`]+\.[A-Za-z]{2,}$/ : stryMutAct_9fa48("105") ? /^[^\s@"'`]+@[^\s@"'`]\.[A-Za-z]{2,}$/ : stryMutAct_9fa48("104") ? /^[^\S@"'`]+@[^\s@"'`]+\.[A-Za-z]{2,}$/ : stryMutAct_9fa48("103") ? /^[\s@"'`]+@[^\s@"'`]+\.[A-Za-z]{2,}$/ : stryMutAct_9fa48("102") ? /^[^\s@"'`]@[^\s@"'`]+\.[A-Za-z]{2,}$/ : stryMutAct_9fa48("101") ? /^[^\s@"'`]+@[^\s@"'`]+\.[A-Za-z]{2,}/ : stryMutAct_9fa48("100") ? /[^\s@"'`]+@[^\s@"'`]+\.[A-Za-z]{2,}$/ : (stryCov_9fa48("100", "101", "102", "103", "104", "105", "106", "107", "108", "109"), /^[^\s@"'`]+@[^\s@"'`]+\.[A-Za-z]{2,}$/);
const DATA_FILTER_ENTRY = stryMutAct_9fa48("117") ? /^(include|exclude):\s*[A-Za-z0-9_*]+\.[^A-Za-z0-9_*]+$/ : stryMutAct_9fa48("116") ? /^(include|exclude):\s*[A-Za-z0-9_*]+\.[A-Za-z0-9_*]$/ : stryMutAct_9fa48("115") ? /^(include|exclude):\s*[^A-Za-z0-9_*]+\.[A-Za-z0-9_*]+$/ : stryMutAct_9fa48("114") ? /^(include|exclude):\s*[A-Za-z0-9_*]\.[A-Za-z0-9_*]+$/ : stryMutAct_9fa48("113") ? /^(include|exclude):\S*[A-Za-z0-9_*]+\.[A-Za-z0-9_*]+$/ : stryMutAct_9fa48("112") ? /^(include|exclude):\s[A-Za-z0-9_*]+\.[A-Za-z0-9_*]+$/ : stryMutAct_9fa48("111") ? /^(include|exclude):\s*[A-Za-z0-9_*]+\.[A-Za-z0-9_*]+/ : stryMutAct_9fa48("110") ? /(include|exclude):\s*[A-Za-z0-9_*]+\.[A-Za-z0-9_*]+$/ : (stryCov_9fa48("110", "111", "112", "113", "114", "115", "116", "117"), /^(include|exclude):\s*[A-Za-z0-9_*]+\.[A-Za-z0-9_*]+$/);
const CRON_PATTERN = stryMutAct_9fa48("124") ? /^cron\((\S+ ){5}\s+\)$/ : stryMutAct_9fa48("123") ? /^cron\((\S+ ){5}\S\)$/ : stryMutAct_9fa48("122") ? /^cron\((\s+ ){5}\S+\)$/ : stryMutAct_9fa48("121") ? /^cron\((\S ){5}\S+\)$/ : stryMutAct_9fa48("120") ? /^cron\((\S+ )\S+\)$/ : stryMutAct_9fa48("119") ? /^cron\((\S+ ){5}\S+\)/ : stryMutAct_9fa48("118") ? /cron\((\S+ ){5}\S+\)$/ : (stryCov_9fa48("118", "119", "120", "121", "122", "123", "124"), /^cron\((\S+ ){5}\S+\)$/);
const RATE_PATTERN = stryMutAct_9fa48("130") ? /^rate\((1 (minute|hour|day)|([2-9]|[1-9]\D+) (minutes|hours|days))\)$/ : stryMutAct_9fa48("129") ? /^rate\((1 (minute|hour|day)|([2-9]|[1-9]\d) (minutes|hours|days))\)$/ : stryMutAct_9fa48("128") ? /^rate\((1 (minute|hour|day)|([2-9]|[^1-9]\d+) (minutes|hours|days))\)$/ : stryMutAct_9fa48("127") ? /^rate\((1 (minute|hour|day)|([^2-9]|[1-9]\d+) (minutes|hours|days))\)$/ : stryMutAct_9fa48("126") ? /^rate\((1 (minute|hour|day)|([2-9]|[1-9]\d+) (minutes|hours|days))\)/ : stryMutAct_9fa48("125") ? /rate\((1 (minute|hour|day)|([2-9]|[1-9]\d+) (minutes|hours|days))\)$/ : (stryCov_9fa48("125", "126", "127", "128", "129", "130"), /^rate\((1 (minute|hour|day)|([2-9]|[1-9]\d+) (minutes|hours|days))\)$/);

/** Reads one raw config value as the string Pulumi stores (objects and arrays arrive as JSON). */
export type RawConfig = (key: string) => string | undefined;
function fix(key: string, example: string): string {
  if (stryMutAct_9fa48("131")) {
    {}
  } else {
    stryCov_9fa48("131");
    // Path examples already name the key (`--path 'tables[0].name' sales`).
    const args = (stryMutAct_9fa48("132") ? example.endsWith("--path ") : (stryCov_9fa48("132"), example.startsWith(stryMutAct_9fa48("133") ? "" : (stryCov_9fa48("133"), "--path ")))) ? example : stryMutAct_9fa48("134") ? `` : (stryCov_9fa48("134"), `${key} ${example}`);
    return stryMutAct_9fa48("135") ? `` : (stryCov_9fa48("135"), `fix it with \`pulumi config set ${args}\``);
  }
}
function invalid(key: string, value: string, allowed: string, example: string): ConfigError {
  if (stryMutAct_9fa48("136")) {
    {}
  } else {
    stryCov_9fa48("136");
    return new ConfigError(stryMutAct_9fa48("137") ? `` : (stryCov_9fa48("137"), `Config key ${PROJECT}:${key} has the invalid value ${JSON.stringify(value)}: ${allowed}; ${fix(key, example)}.`));
  }
}
function missing(key: string, when: string, allowed: string, example: string): ConfigError {
  if (stryMutAct_9fa48("138")) {
    {}
  } else {
    stryCov_9fa48("138");
    return new ConfigError(stryMutAct_9fa48("139") ? `` : (stryCov_9fa48("139"), `Config key ${PROJECT}:${key} is required ${when}: ${allowed}; ${fix(key, example)}.`));
  }
}
class Reader {
  constructor(private readonly raw: RawConfig) {}
  string(key: string): string | undefined {
    if (stryMutAct_9fa48("140")) {
      {}
    } else {
      stryCov_9fa48("140");
      const value = this.raw(key);
      return (stryMutAct_9fa48("143") ? value === undefined && value === "" : stryMutAct_9fa48("142") ? false : stryMutAct_9fa48("141") ? true : (stryCov_9fa48("141", "142", "143"), (stryMutAct_9fa48("145") ? value !== undefined : stryMutAct_9fa48("144") ? false : (stryCov_9fa48("144", "145"), value === undefined)) || (stryMutAct_9fa48("147") ? value !== "" : stryMutAct_9fa48("146") ? false : (stryCov_9fa48("146", "147"), value === (stryMutAct_9fa48("148") ? "Stryker was here!" : (stryCov_9fa48("148"), "")))))) ? undefined : value;
    }
  }
  matching(key: string, pattern: RegExp, allowed: string, example: string): string | undefined {
    if (stryMutAct_9fa48("149")) {
      {}
    } else {
      stryCov_9fa48("149");
      const value = this.string(key);
      if (stryMutAct_9fa48("152") ? value !== undefined || !pattern.test(value) : stryMutAct_9fa48("151") ? false : stryMutAct_9fa48("150") ? true : (stryCov_9fa48("150", "151", "152"), (stryMutAct_9fa48("154") ? value === undefined : stryMutAct_9fa48("153") ? true : (stryCov_9fa48("153", "154"), value !== undefined)) && (stryMutAct_9fa48("155") ? pattern.test(value) : (stryCov_9fa48("155"), !pattern.test(value))))) {
        if (stryMutAct_9fa48("156")) {
          {}
        } else {
          stryCov_9fa48("156");
          throw invalid(key, value, allowed, example);
        }
      }
      return value;
    }
  }
  bool(key: string, defaultValue: boolean): boolean {
    if (stryMutAct_9fa48("157")) {
      {}
    } else {
      stryCov_9fa48("157");
      const value = this.string(key);
      if (stryMutAct_9fa48("160") ? value !== undefined : stryMutAct_9fa48("159") ? false : stryMutAct_9fa48("158") ? true : (stryCov_9fa48("158", "159", "160"), value === undefined)) {
        if (stryMutAct_9fa48("161")) {
          {}
        } else {
          stryCov_9fa48("161");
          return defaultValue;
        }
      }
      if (stryMutAct_9fa48("164") ? value !== "true" || value !== "false" : stryMutAct_9fa48("163") ? false : stryMutAct_9fa48("162") ? true : (stryCov_9fa48("162", "163", "164"), (stryMutAct_9fa48("166") ? value === "true" : stryMutAct_9fa48("165") ? true : (stryCov_9fa48("165", "166"), value !== (stryMutAct_9fa48("167") ? "" : (stryCov_9fa48("167"), "true")))) && (stryMutAct_9fa48("169") ? value === "false" : stryMutAct_9fa48("168") ? true : (stryCov_9fa48("168", "169"), value !== (stryMutAct_9fa48("170") ? "" : (stryCov_9fa48("170"), "false")))))) {
        if (stryMutAct_9fa48("171")) {
          {}
        } else {
          stryCov_9fa48("171");
          throw invalid(key, value, stryMutAct_9fa48("172") ? "" : (stryCov_9fa48("172"), "allowed values are true and false"), String(defaultValue));
        }
      }
      return stryMutAct_9fa48("175") ? value !== "true" : stryMutAct_9fa48("174") ? false : stryMutAct_9fa48("173") ? true : (stryCov_9fa48("173", "174", "175"), value === (stryMutAct_9fa48("176") ? "" : (stryCov_9fa48("176"), "true")));
    }
  }
  integer(key: string, min: number, max: number, allowed: string, example: string): number | undefined {
    if (stryMutAct_9fa48("177")) {
      {}
    } else {
      stryCov_9fa48("177");
      const value = this.string(key);
      if (stryMutAct_9fa48("180") ? value !== undefined : stryMutAct_9fa48("179") ? false : stryMutAct_9fa48("178") ? true : (stryCov_9fa48("178", "179", "180"), value === undefined)) {
        if (stryMutAct_9fa48("181")) {
          {}
        } else {
          stryCov_9fa48("181");
          return undefined;
        }
      }
      if (stryMutAct_9fa48("184") ? false : stryMutAct_9fa48("183") ? true : stryMutAct_9fa48("182") ? /^-?\d+$/.test(value.trim()) : (stryCov_9fa48("182", "183", "184"), !(stryMutAct_9fa48("189") ? /^-?\D+$/ : stryMutAct_9fa48("188") ? /^-?\d$/ : stryMutAct_9fa48("187") ? /^-\d+$/ : stryMutAct_9fa48("186") ? /^-?\d+/ : stryMutAct_9fa48("185") ? /-?\d+$/ : (stryCov_9fa48("185", "186", "187", "188", "189"), /^-?\d+$/)).test(stryMutAct_9fa48("190") ? value : (stryCov_9fa48("190"), value.trim())))) {
        if (stryMutAct_9fa48("191")) {
          {}
        } else {
          stryCov_9fa48("191");
          throw invalid(key, value, allowed, example);
        }
      }
      const n = Number(stryMutAct_9fa48("192") ? value : (stryCov_9fa48("192"), value.trim()));
      if (stryMutAct_9fa48("195") ? (!Number.isSafeInteger(n) || n < min) && n > max : stryMutAct_9fa48("194") ? false : stryMutAct_9fa48("193") ? true : (stryCov_9fa48("193", "194", "195"), (stryMutAct_9fa48("197") ? !Number.isSafeInteger(n) && n < min : stryMutAct_9fa48("196") ? false : (stryCov_9fa48("196", "197"), (stryMutAct_9fa48("198") ? Number.isSafeInteger(n) : (stryCov_9fa48("198"), !Number.isSafeInteger(n))) || (stryMutAct_9fa48("201") ? n >= min : stryMutAct_9fa48("200") ? n <= min : stryMutAct_9fa48("199") ? false : (stryCov_9fa48("199", "200", "201"), n < min)))) || (stryMutAct_9fa48("204") ? n <= max : stryMutAct_9fa48("203") ? n >= max : stryMutAct_9fa48("202") ? false : (stryCov_9fa48("202", "203", "204"), n > max)))) {
        if (stryMutAct_9fa48("205")) {
          {}
        } else {
          stryCov_9fa48("205");
          throw invalid(key, value, allowed, example);
        }
      }
      return n;
    }
  }
  json(key: string, allowed: string, example: string): unknown {
    if (stryMutAct_9fa48("206")) {
      {}
    } else {
      stryCov_9fa48("206");
      const value = this.string(key);
      if (stryMutAct_9fa48("209") ? value !== undefined : stryMutAct_9fa48("208") ? false : stryMutAct_9fa48("207") ? true : (stryCov_9fa48("207", "208", "209"), value === undefined)) {
        if (stryMutAct_9fa48("210")) {
          {}
        } else {
          stryCov_9fa48("210");
          return undefined;
        }
      }
      try {
        if (stryMutAct_9fa48("211")) {
          {}
        } else {
          stryCov_9fa48("211");
          return JSON.parse(value);
        }
      } catch {
        if (stryMutAct_9fa48("212")) {
          {}
        } else {
          stryCov_9fa48("212");
          throw invalid(key, value, allowed, example);
        }
      }
    }
  }
}

/** A default pipeline name that is valid for any stack name: lowercase, hyphenated, at most 30 characters. */
export function derivePipelineName(stackName: string): string {
  if (stryMutAct_9fa48("213")) {
    {}
  } else {
    stryCov_9fa48("213");
    const slug = stryMutAct_9fa48("214") ? stackName.toUpperCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") : (stryCov_9fa48("214"), stackName.toLowerCase().replace(stryMutAct_9fa48("216") ? /[a-z0-9]+/g : stryMutAct_9fa48("215") ? /[^a-z0-9]/g : (stryCov_9fa48("215", "216"), /[^a-z0-9]+/g), stryMutAct_9fa48("217") ? "" : (stryCov_9fa48("217"), "-")).replace(stryMutAct_9fa48("221") ? /^-+|-$/g : stryMutAct_9fa48("220") ? /^-+|-+/g : stryMutAct_9fa48("219") ? /^-|-+$/g : stryMutAct_9fa48("218") ? /-+|-+$/g : (stryCov_9fa48("218", "219", "220", "221"), /^-+|-+$/g), stryMutAct_9fa48("222") ? "Stryker was here!" : (stryCov_9fa48("222"), "")));
    const name = stryMutAct_9fa48("223") ? `analytics-${slug}`.replace(/-+$/, "") : (stryCov_9fa48("223"), (stryMutAct_9fa48("224") ? `` : (stryCov_9fa48("224"), `analytics-${slug}`)).slice(0, 30).replace(stryMutAct_9fa48("226") ? /-$/ : stryMutAct_9fa48("225") ? /-+/ : (stryCov_9fa48("225", "226"), /-+$/), stryMutAct_9fa48("227") ? "Stryker was here!" : (stryCov_9fa48("227"), "")));
    return PIPELINE_NAME_PATTERN.test(name) ? name : stryMutAct_9fa48("228") ? "" : (stryCov_9fa48("228"), "analytics");
  }
}

/** Compares two Aurora MySQL 3 versions; negative when a < b. */
export function compareAuroraVersions(a: string, b: string): number {
  if (stryMutAct_9fa48("229")) {
    {}
  } else {
    stryCov_9fa48("229");
    const pa = AURORA_VERSION_PATTERN.exec(a);
    const pb = AURORA_VERSION_PATTERN.exec(b);
    if (stryMutAct_9fa48("232") ? !pa && !pb : stryMutAct_9fa48("231") ? false : stryMutAct_9fa48("230") ? true : (stryCov_9fa48("230", "231", "232"), (stryMutAct_9fa48("233") ? pa : (stryCov_9fa48("233"), !pa)) || (stryMutAct_9fa48("234") ? pb : (stryCov_9fa48("234"), !pb)))) {
      if (stryMutAct_9fa48("235")) {
        {}
      } else {
        stryCov_9fa48("235");
        throw new Error(stryMutAct_9fa48("236") ? `` : (stryCov_9fa48("236"), `not an Aurora MySQL 3 version: ${(stryMutAct_9fa48("237") ? pa : (stryCov_9fa48("237"), !pa)) ? a : b}`));
      }
    }
    return stryMutAct_9fa48("240") ? Number(pa[1]) - Number(pb[1]) && Number(pa[2]) - Number(pb[2]) : stryMutAct_9fa48("239") ? false : stryMutAct_9fa48("238") ? true : (stryCov_9fa48("238", "239", "240"), (stryMutAct_9fa48("241") ? Number(pa[1]) + Number(pb[1]) : (stryCov_9fa48("241"), Number(pa[1]) - Number(pb[1]))) || (stryMutAct_9fa48("242") ? Number(pa[2]) + Number(pb[2]) : (stryCov_9fa48("242"), Number(pa[2]) - Number(pb[2]))));
  }
}
function parseTables(reader: Reader): readonly TableConfig[] {
  if (stryMutAct_9fa48("243")) {
    {}
  } else {
    stryCov_9fa48("243");
    const key = stryMutAct_9fa48("244") ? "" : (stryCov_9fa48("244"), "tables");
    const example = stryMutAct_9fa48("245") ? `` : (stryCov_9fa48("245"), `--path 'tables[0].name' sales`);
    const shape = stryMutAct_9fa48("246") ? "" : (stryCov_9fa48("246"), "allowed is a list of {name, primaryKey: [columns], timestampColumn?} with letters, digits and underscores in every name");
    const raw = reader.json(key, shape, example);
    if (stryMutAct_9fa48("249") ? raw !== undefined : stryMutAct_9fa48("248") ? false : stryMutAct_9fa48("247") ? true : (stryCov_9fa48("247", "248", "249"), raw === undefined)) {
      if (stryMutAct_9fa48("250")) {
        {}
      } else {
        stryCov_9fa48("250");
        return DEFAULT_TABLES;
      }
    }
    const shown = reader.string(key)!;
    if (stryMutAct_9fa48("253") ? !Array.isArray(raw) && raw.length === 0 : stryMutAct_9fa48("252") ? false : stryMutAct_9fa48("251") ? true : (stryCov_9fa48("251", "252", "253"), (stryMutAct_9fa48("254") ? Array.isArray(raw) : (stryCov_9fa48("254"), !Array.isArray(raw))) || (stryMutAct_9fa48("256") ? raw.length !== 0 : stryMutAct_9fa48("255") ? false : (stryCov_9fa48("255", "256"), raw.length === 0)))) {
      if (stryMutAct_9fa48("257")) {
        {}
      } else {
        stryCov_9fa48("257");
        throw invalid(key, shown, shape, example);
      }
    }
    const seen = new Set<string>();
    const tables = raw.map((entry: unknown, i: number): TableConfig => {
      if (stryMutAct_9fa48("258")) {
        {}
      } else {
        stryCov_9fa48("258");
        const where = stryMutAct_9fa48("259") ? `` : (stryCov_9fa48("259"), `tables[${i}]`);
        if (stryMutAct_9fa48("262") ? (typeof entry !== "object" || entry === null) && Array.isArray(entry) : stryMutAct_9fa48("261") ? false : stryMutAct_9fa48("260") ? true : (stryCov_9fa48("260", "261", "262"), (stryMutAct_9fa48("264") ? typeof entry !== "object" && entry === null : stryMutAct_9fa48("263") ? false : (stryCov_9fa48("263", "264"), (stryMutAct_9fa48("266") ? typeof entry === "object" : stryMutAct_9fa48("265") ? false : (stryCov_9fa48("265", "266"), typeof entry !== (stryMutAct_9fa48("267") ? "" : (stryCov_9fa48("267"), "object")))) || (stryMutAct_9fa48("269") ? entry !== null : stryMutAct_9fa48("268") ? false : (stryCov_9fa48("268", "269"), entry === null)))) || Array.isArray(entry))) {
          if (stryMutAct_9fa48("270")) {
            {}
          } else {
            stryCov_9fa48("270");
            throw invalid(key, JSON.stringify(entry), stryMutAct_9fa48("271") ? `` : (stryCov_9fa48("271"), `${where} must be an object {name, primaryKey, timestampColumn?}`), example);
          }
        }
        const e = entry as Record<string, unknown>;
        const unknownKeys = stryMutAct_9fa48("272") ? Object.keys(e) : (stryCov_9fa48("272"), Object.keys(e).filter(stryMutAct_9fa48("273") ? () => undefined : (stryCov_9fa48("273"), k => stryMutAct_9fa48("274") ? ["name", "primaryKey", "timestampColumn"].includes(k) : (stryCov_9fa48("274"), !(stryMutAct_9fa48("275") ? [] : (stryCov_9fa48("275"), [stryMutAct_9fa48("276") ? "" : (stryCov_9fa48("276"), "name"), stryMutAct_9fa48("277") ? "" : (stryCov_9fa48("277"), "primaryKey"), stryMutAct_9fa48("278") ? "" : (stryCov_9fa48("278"), "timestampColumn")])).includes(k)))));
        if (stryMutAct_9fa48("282") ? unknownKeys.length <= 0 : stryMutAct_9fa48("281") ? unknownKeys.length >= 0 : stryMutAct_9fa48("280") ? false : stryMutAct_9fa48("279") ? true : (stryCov_9fa48("279", "280", "281", "282"), unknownKeys.length > 0)) {
          if (stryMutAct_9fa48("283")) {
            {}
          } else {
            stryCov_9fa48("283");
            throw invalid(stryMutAct_9fa48("284") ? `` : (stryCov_9fa48("284"), `tables[${i}].${unknownKeys[0]}`), JSON.stringify(e[unknownKeys[0]]), stryMutAct_9fa48("285") ? "" : (stryCov_9fa48("285"), "allowed fields are name, primaryKey and timestampColumn"), stryMutAct_9fa48("286") ? `` : (stryCov_9fa48("286"), `--path '${where}.name' sales`));
          }
        }
        if (stryMutAct_9fa48("289") ? typeof e.name !== "string" && !IDENTIFIER_PATTERN.test(e.name) : stryMutAct_9fa48("288") ? false : stryMutAct_9fa48("287") ? true : (stryCov_9fa48("287", "288", "289"), (stryMutAct_9fa48("291") ? typeof e.name === "string" : stryMutAct_9fa48("290") ? false : (stryCov_9fa48("290", "291"), typeof e.name !== (stryMutAct_9fa48("292") ? "" : (stryCov_9fa48("292"), "string")))) || (stryMutAct_9fa48("293") ? IDENTIFIER_PATTERN.test(e.name) : (stryCov_9fa48("293"), !IDENTIFIER_PATTERN.test(e.name))))) {
          if (stryMutAct_9fa48("294")) {
            {}
          } else {
            stryCov_9fa48("294");
            throw invalid(stryMutAct_9fa48("295") ? `` : (stryCov_9fa48("295"), `${where}.name`), String(e.name), stryMutAct_9fa48("296") ? "" : (stryCov_9fa48("296"), "a table name must start with a letter or underscore and hold only letters, digits and underscores (at most 64)"), stryMutAct_9fa48("297") ? `` : (stryCov_9fa48("297"), `--path '${where}.name' sales`));
          }
        }
        if (stryMutAct_9fa48("299") ? false : stryMutAct_9fa48("298") ? true : (stryCov_9fa48("298", "299"), seen.has(stryMutAct_9fa48("300") ? e.name.toUpperCase() : (stryCov_9fa48("300"), e.name.toLowerCase())))) {
          if (stryMutAct_9fa48("301")) {
            {}
          } else {
            stryCov_9fa48("301");
            throw invalid(stryMutAct_9fa48("302") ? `` : (stryCov_9fa48("302"), `${where}.name`), e.name, stryMutAct_9fa48("303") ? "" : (stryCov_9fa48("303"), "each table may be listed only once"), stryMutAct_9fa48("304") ? `` : (stryCov_9fa48("304"), `--path '${where}.name' other_table`));
          }
        }
        seen.add(stryMutAct_9fa48("305") ? e.name.toUpperCase() : (stryCov_9fa48("305"), e.name.toLowerCase()));
        if (stryMutAct_9fa48("308") ? e.primaryKey === undefined && Array.isArray(e.primaryKey) && e.primaryKey.length === 0 : stryMutAct_9fa48("307") ? false : stryMutAct_9fa48("306") ? true : (stryCov_9fa48("306", "307", "308"), (stryMutAct_9fa48("310") ? e.primaryKey !== undefined : stryMutAct_9fa48("309") ? false : (stryCov_9fa48("309", "310"), e.primaryKey === undefined)) || (stryMutAct_9fa48("312") ? Array.isArray(e.primaryKey) || e.primaryKey.length === 0 : stryMutAct_9fa48("311") ? false : (stryCov_9fa48("311", "312"), Array.isArray(e.primaryKey) && (stryMutAct_9fa48("314") ? e.primaryKey.length !== 0 : stryMutAct_9fa48("313") ? true : (stryCov_9fa48("313", "314"), e.primaryKey.length === 0)))))) {
          if (stryMutAct_9fa48("315")) {
            {}
          } else {
            stryCov_9fa48("315");
            throw missing(stryMutAct_9fa48("316") ? `` : (stryCov_9fa48("316"), `${where}.primaryKey`), stryMutAct_9fa48("317") ? `` : (stryCov_9fa48("317"), `for table ${e.name}`), stryMutAct_9fa48("318") ? "" : (stryCov_9fa48("318"), "a non-empty list of primary key columns"), stryMutAct_9fa48("319") ? `` : (stryCov_9fa48("319"), `--path '${where}.primaryKey[0]' id`));
          }
        }
        if (stryMutAct_9fa48("322") ? false : stryMutAct_9fa48("321") ? true : stryMutAct_9fa48("320") ? Array.isArray(e.primaryKey) : (stryCov_9fa48("320", "321", "322"), !Array.isArray(e.primaryKey))) {
          if (stryMutAct_9fa48("323")) {
            {}
          } else {
            stryCov_9fa48("323");
            throw invalid(stryMutAct_9fa48("324") ? `` : (stryCov_9fa48("324"), `${where}.primaryKey`), JSON.stringify(e.primaryKey), stryMutAct_9fa48("325") ? "" : (stryCov_9fa48("325"), "a non-empty list of column names"), stryMutAct_9fa48("326") ? `` : (stryCov_9fa48("326"), `--path '${where}.primaryKey[0]' id`));
          }
        }
        e.primaryKey.forEach((column: unknown, j: number) => {
          if (stryMutAct_9fa48("327")) {
            {}
          } else {
            stryCov_9fa48("327");
            if (stryMutAct_9fa48("330") ? typeof column !== "string" && !IDENTIFIER_PATTERN.test(column) : stryMutAct_9fa48("329") ? false : stryMutAct_9fa48("328") ? true : (stryCov_9fa48("328", "329", "330"), (stryMutAct_9fa48("332") ? typeof column === "string" : stryMutAct_9fa48("331") ? false : (stryCov_9fa48("331", "332"), typeof column !== (stryMutAct_9fa48("333") ? "" : (stryCov_9fa48("333"), "string")))) || (stryMutAct_9fa48("334") ? IDENTIFIER_PATTERN.test(column) : (stryCov_9fa48("334"), !IDENTIFIER_PATTERN.test(column))))) {
              if (stryMutAct_9fa48("335")) {
                {}
              } else {
                stryCov_9fa48("335");
                throw invalid(stryMutAct_9fa48("336") ? `` : (stryCov_9fa48("336"), `${where}.primaryKey[${j}]`), String(column), stryMutAct_9fa48("337") ? "" : (stryCov_9fa48("337"), "a column name must start with a letter or underscore and hold only letters, digits and underscores (at most 64)"), stryMutAct_9fa48("338") ? `` : (stryCov_9fa48("338"), `--path '${where}.primaryKey[${j}]' id`));
              }
            }
          }
        });
        if (stryMutAct_9fa48("341") ? new Set(e.primaryKey).size === e.primaryKey.length : stryMutAct_9fa48("340") ? false : stryMutAct_9fa48("339") ? true : (stryCov_9fa48("339", "340", "341"), new Set(e.primaryKey).size !== e.primaryKey.length)) {
          if (stryMutAct_9fa48("342")) {
            {}
          } else {
            stryCov_9fa48("342");
            throw invalid(stryMutAct_9fa48("343") ? `` : (stryCov_9fa48("343"), `${where}.primaryKey`), JSON.stringify(e.primaryKey), stryMutAct_9fa48("344") ? "" : (stryCov_9fa48("344"), "each key column may appear only once"), stryMutAct_9fa48("345") ? `` : (stryCov_9fa48("345"), `--path '${where}.primaryKey[0]' id`));
          }
        }
        if (stryMutAct_9fa48("348") ? e.timestampColumn === undefined : stryMutAct_9fa48("347") ? false : stryMutAct_9fa48("346") ? true : (stryCov_9fa48("346", "347", "348"), e.timestampColumn !== undefined)) {
          if (stryMutAct_9fa48("349")) {
            {}
          } else {
            stryCov_9fa48("349");
            if (stryMutAct_9fa48("352") ? typeof e.timestampColumn !== "string" && !IDENTIFIER_PATTERN.test(e.timestampColumn) : stryMutAct_9fa48("351") ? false : stryMutAct_9fa48("350") ? true : (stryCov_9fa48("350", "351", "352"), (stryMutAct_9fa48("354") ? typeof e.timestampColumn === "string" : stryMutAct_9fa48("353") ? false : (stryCov_9fa48("353", "354"), typeof e.timestampColumn !== (stryMutAct_9fa48("355") ? "" : (stryCov_9fa48("355"), "string")))) || (stryMutAct_9fa48("356") ? IDENTIFIER_PATTERN.test(e.timestampColumn) : (stryCov_9fa48("356"), !IDENTIFIER_PATTERN.test(e.timestampColumn))))) {
              if (stryMutAct_9fa48("357")) {
                {}
              } else {
                stryCov_9fa48("357");
                throw invalid(stryMutAct_9fa48("358") ? `` : (stryCov_9fa48("358"), `${where}.timestampColumn`), String(e.timestampColumn), stryMutAct_9fa48("359") ? "" : (stryCov_9fa48("359"), "a column name must start with a letter or underscore and hold only letters, digits and underscores (at most 64)"), stryMutAct_9fa48("360") ? `` : (stryCov_9fa48("360"), `--path '${where}.timestampColumn' updated_at`));
              }
            }
          }
        }
        return Object.freeze(stryMutAct_9fa48("361") ? {} : (stryCov_9fa48("361"), {
          name: e.name,
          primaryKey: Object.freeze(stryMutAct_9fa48("362") ? [] : (stryCov_9fa48("362"), [...(e.primaryKey as string[])])),
          ...((stryMutAct_9fa48("365") ? e.timestampColumn === undefined : stryMutAct_9fa48("364") ? false : stryMutAct_9fa48("363") ? true : (stryCov_9fa48("363", "364", "365"), e.timestampColumn !== undefined)) ? stryMutAct_9fa48("366") ? {} : (stryCov_9fa48("366"), {
            timestampColumn: e.timestampColumn as string
          }) : {})
        }));
      }
    });
    return Object.freeze(tables);
  }
}

/**
 * Reads, defaults and validates every key. Pure: the raw values come from `raw`, so tests need no Pulumi runtime.
 * Throws ConfigError with one sentence naming the key, the value, what is allowed and the fixing command.
 */
export function parseStackConfig(raw: RawConfig, stackName: string): StackConfig {
  if (stryMutAct_9fa48("367")) {
    {}
  } else {
    stryCov_9fa48("367");
    const r = new Reader(raw);

    // Network
    const vpcId = r.matching(stryMutAct_9fa48("368") ? "" : (stryCov_9fa48("368"), "vpcId"), VPC_ID_PATTERN, stryMutAct_9fa48("369") ? "" : (stryCov_9fa48("369"), "allowed is a VPC id like vpc-0123456789abcdef0"), stryMutAct_9fa48("370") ? "" : (stryCov_9fa48("370"), "vpc-0123456789abcdef0"));
    const subnetExample = stryMutAct_9fa48("371") ? `` : (stryCov_9fa48("371"), `--path 'privateSubnetIds[0]' subnet-0123456789abcdef0`);
    const subnetsRaw = r.json(stryMutAct_9fa48("372") ? "" : (stryCov_9fa48("372"), "privateSubnetIds"), stryMutAct_9fa48("373") ? "" : (stryCov_9fa48("373"), "allowed is a list of subnet ids"), subnetExample);
    let privateSubnetIds: string[] = stryMutAct_9fa48("374") ? ["Stryker was here"] : (stryCov_9fa48("374"), []);
    if (stryMutAct_9fa48("377") ? subnetsRaw === undefined : stryMutAct_9fa48("376") ? false : stryMutAct_9fa48("375") ? true : (stryCov_9fa48("375", "376", "377"), subnetsRaw !== undefined)) {
      if (stryMutAct_9fa48("378")) {
        {}
      } else {
        stryCov_9fa48("378");
        if (stryMutAct_9fa48("381") ? !Array.isArray(subnetsRaw) && subnetsRaw.some(s => typeof s !== "string" || !SUBNET_ID_PATTERN.test(s)) : stryMutAct_9fa48("380") ? false : stryMutAct_9fa48("379") ? true : (stryCov_9fa48("379", "380", "381"), (stryMutAct_9fa48("382") ? Array.isArray(subnetsRaw) : (stryCov_9fa48("382"), !Array.isArray(subnetsRaw))) || (stryMutAct_9fa48("383") ? subnetsRaw.every(s => typeof s !== "string" || !SUBNET_ID_PATTERN.test(s)) : (stryCov_9fa48("383"), subnetsRaw.some(stryMutAct_9fa48("384") ? () => undefined : (stryCov_9fa48("384"), s => stryMutAct_9fa48("387") ? typeof s !== "string" && !SUBNET_ID_PATTERN.test(s) : stryMutAct_9fa48("386") ? false : stryMutAct_9fa48("385") ? true : (stryCov_9fa48("385", "386", "387"), (stryMutAct_9fa48("389") ? typeof s === "string" : stryMutAct_9fa48("388") ? false : (stryCov_9fa48("388", "389"), typeof s !== (stryMutAct_9fa48("390") ? "" : (stryCov_9fa48("390"), "string")))) || (stryMutAct_9fa48("391") ? SUBNET_ID_PATTERN.test(s) : (stryCov_9fa48("391"), !SUBNET_ID_PATTERN.test(s)))))))))) {
          if (stryMutAct_9fa48("392")) {
            {}
          } else {
            stryCov_9fa48("392");
            throw invalid(stryMutAct_9fa48("393") ? "" : (stryCov_9fa48("393"), "privateSubnetIds"), r.string(stryMutAct_9fa48("394") ? "" : (stryCov_9fa48("394"), "privateSubnetIds"))!, stryMutAct_9fa48("395") ? "" : (stryCov_9fa48("395"), "allowed is a list of subnet ids like subnet-0123456789abcdef0"), subnetExample);
          }
        }
        privateSubnetIds = subnetsRaw as string[];
        if (stryMutAct_9fa48("398") ? new Set(privateSubnetIds).size === privateSubnetIds.length : stryMutAct_9fa48("397") ? false : stryMutAct_9fa48("396") ? true : (stryCov_9fa48("396", "397", "398"), new Set(privateSubnetIds).size !== privateSubnetIds.length)) {
          if (stryMutAct_9fa48("399")) {
            {}
          } else {
            stryCov_9fa48("399");
            throw invalid(stryMutAct_9fa48("400") ? "" : (stryCov_9fa48("400"), "privateSubnetIds"), r.string(stryMutAct_9fa48("401") ? "" : (stryCov_9fa48("401"), "privateSubnetIds"))!, stryMutAct_9fa48("402") ? "" : (stryCov_9fa48("402"), "each subnet may be listed only once"), subnetExample);
          }
        }
      }
    }
    if (stryMutAct_9fa48("405") ? vpcId !== undefined || privateSubnetIds.length < 3 : stryMutAct_9fa48("404") ? false : stryMutAct_9fa48("403") ? true : (stryCov_9fa48("403", "404", "405"), (stryMutAct_9fa48("407") ? vpcId === undefined : stryMutAct_9fa48("406") ? true : (stryCov_9fa48("406", "407"), vpcId !== undefined)) && (stryMutAct_9fa48("410") ? privateSubnetIds.length >= 3 : stryMutAct_9fa48("409") ? privateSubnetIds.length <= 3 : stryMutAct_9fa48("408") ? true : (stryCov_9fa48("408", "409", "410"), privateSubnetIds.length < 3)))) {
      if (stryMutAct_9fa48("411")) {
        {}
      } else {
        stryCov_9fa48("411");
        const shown = JSON.stringify(privateSubnetIds);
        throw new ConfigError(stryMutAct_9fa48("412") ? `` : (stryCov_9fa48("412"), `Config key ${PROJECT}:privateSubnetIds has the value ${shown} but vpcId is set: at least 3 private subnets in 3 different availability zones of ${vpcId} are required (Redshift Serverless needs 3 AZs); fix it with \`pulumi config set ${subnetExample}\` (and [1], [2]).`));
      }
    }
    if (stryMutAct_9fa48("415") ? vpcId === undefined || privateSubnetIds.length > 0 : stryMutAct_9fa48("414") ? false : stryMutAct_9fa48("413") ? true : (stryCov_9fa48("413", "414", "415"), (stryMutAct_9fa48("417") ? vpcId !== undefined : stryMutAct_9fa48("416") ? true : (stryCov_9fa48("416", "417"), vpcId === undefined)) && (stryMutAct_9fa48("420") ? privateSubnetIds.length <= 0 : stryMutAct_9fa48("419") ? privateSubnetIds.length >= 0 : stryMutAct_9fa48("418") ? true : (stryCov_9fa48("418", "419", "420"), privateSubnetIds.length > 0)))) {
      if (stryMutAct_9fa48("421")) {
        {}
      } else {
        stryCov_9fa48("421");
        throw new ConfigError(stryMutAct_9fa48("422") ? `` : (stryCov_9fa48("422"), `Config key ${PROJECT}:privateSubnetIds is set to ${JSON.stringify(privateSubnetIds)} but vpcId is not: subnets are only used with an existing VPC; fix it with \`pulumi config set vpcId vpc-0123456789abcdef0\` or \`pulumi config rm privateSubnetIds\`.`));
      }
    }
    const vpcEndpoints = r.bool(stryMutAct_9fa48("423") ? "" : (stryCov_9fa48("423"), "vpcEndpoints"), stryMutAct_9fa48("424") ? false : (stryCov_9fa48("424"), true));

    // Aurora
    const dbClusterId = r.matching(stryMutAct_9fa48("425") ? "" : (stryCov_9fa48("425"), "dbClusterId"), CLUSTER_ID_PATTERN, stryMutAct_9fa48("426") ? "" : (stryCov_9fa48("426"), "allowed is an Aurora cluster identifier: a letter, then letters, digits and single hyphens, at most 63"), stryMutAct_9fa48("427") ? "" : (stryCov_9fa48("427"), "my-aurora-cluster"));
    if (stryMutAct_9fa48("430") ? dbClusterId !== undefined || dbClusterId.endsWith("-") : stryMutAct_9fa48("429") ? false : stryMutAct_9fa48("428") ? true : (stryCov_9fa48("428", "429", "430"), (stryMutAct_9fa48("432") ? dbClusterId === undefined : stryMutAct_9fa48("431") ? true : (stryCov_9fa48("431", "432"), dbClusterId !== undefined)) && (stryMutAct_9fa48("433") ? dbClusterId.startsWith("-") : (stryCov_9fa48("433"), dbClusterId.endsWith(stryMutAct_9fa48("434") ? "" : (stryCov_9fa48("434"), "-")))))) {
      if (stryMutAct_9fa48("435")) {
        {}
      } else {
        stryCov_9fa48("435");
        throw invalid(stryMutAct_9fa48("436") ? "" : (stryCov_9fa48("436"), "dbClusterId"), dbClusterId, stryMutAct_9fa48("437") ? "" : (stryCov_9fa48("437"), "a cluster identifier cannot end with a hyphen"), stryMutAct_9fa48("438") ? "" : (stryCov_9fa48("438"), "my-aurora-cluster"));
      }
    }
    const identifierRule = stryMutAct_9fa48("439") ? "" : (stryCov_9fa48("439"), "allowed is a letter or underscore, then letters, digits and underscores, at most 64 characters");
    const dbName = stryMutAct_9fa48("440") ? r.matching("dbName", IDENTIFIER_PATTERN, identifierRule, "demodb") && "demodb" : (stryCov_9fa48("440"), r.matching(stryMutAct_9fa48("441") ? "" : (stryCov_9fa48("441"), "dbName"), IDENTIFIER_PATTERN, identifierRule, stryMutAct_9fa48("442") ? "" : (stryCov_9fa48("442"), "demodb")) ?? (stryMutAct_9fa48("443") ? "" : (stryCov_9fa48("443"), "demodb")));
    const auroraEngineVersion = stryMutAct_9fa48("444") ? r.matching("auroraEngineVersion", AURORA_VERSION_PATTERN, `allowed is an Aurora MySQL 3 version like ${DEFAULT_AURORA_VERSION}, at least ${MIN_AURORA_VERSION} (zero-ETL needs it)`, DEFAULT_AURORA_VERSION) && DEFAULT_AURORA_VERSION : (stryCov_9fa48("444"), r.matching(stryMutAct_9fa48("445") ? "" : (stryCov_9fa48("445"), "auroraEngineVersion"), AURORA_VERSION_PATTERN, stryMutAct_9fa48("446") ? `` : (stryCov_9fa48("446"), `allowed is an Aurora MySQL 3 version like ${DEFAULT_AURORA_VERSION}, at least ${MIN_AURORA_VERSION} (zero-ETL needs it)`), DEFAULT_AURORA_VERSION) ?? DEFAULT_AURORA_VERSION);
    if (stryMutAct_9fa48("450") ? compareAuroraVersions(auroraEngineVersion, MIN_AURORA_VERSION) >= 0 : stryMutAct_9fa48("449") ? compareAuroraVersions(auroraEngineVersion, MIN_AURORA_VERSION) <= 0 : stryMutAct_9fa48("448") ? false : stryMutAct_9fa48("447") ? true : (stryCov_9fa48("447", "448", "449", "450"), compareAuroraVersions(auroraEngineVersion, MIN_AURORA_VERSION) < 0)) {
      if (stryMutAct_9fa48("451")) {
        {}
      } else {
        stryCov_9fa48("451");
        throw invalid(stryMutAct_9fa48("452") ? "" : (stryCov_9fa48("452"), "auroraEngineVersion"), auroraEngineVersion, stryMutAct_9fa48("453") ? `` : (stryCov_9fa48("453"), `allowed is ${MIN_AURORA_VERSION} or newer (zero-ETL needs it)`), DEFAULT_AURORA_VERSION);
      }
    }
    const deletionProtection = r.bool(stryMutAct_9fa48("454") ? "" : (stryCov_9fa48("454"), "deletionProtection"), stryMutAct_9fa48("455") ? false : (stryCov_9fa48("455"), true));

    // Redshift
    const redshiftRule = stryMutAct_9fa48("456") ? "" : (stryCov_9fa48("456"), "allowed is 3 to 64 lowercase letters, digits and hyphens");
    const redshiftNamespace = r.matching(stryMutAct_9fa48("457") ? "" : (stryCov_9fa48("457"), "redshiftNamespace"), REDSHIFT_NAME_PATTERN, redshiftRule, stryMutAct_9fa48("458") ? "" : (stryCov_9fa48("458"), "my-namespace"));
    const redshiftWorkgroup = r.matching(stryMutAct_9fa48("459") ? "" : (stryCov_9fa48("459"), "redshiftWorkgroup"), REDSHIFT_NAME_PATTERN, redshiftRule, stryMutAct_9fa48("460") ? "" : (stryCov_9fa48("460"), "my-workgroup"));
    if (stryMutAct_9fa48("463") ? redshiftNamespace !== undefined || redshiftWorkgroup === undefined : stryMutAct_9fa48("462") ? false : stryMutAct_9fa48("461") ? true : (stryCov_9fa48("461", "462", "463"), (stryMutAct_9fa48("465") ? redshiftNamespace === undefined : stryMutAct_9fa48("464") ? true : (stryCov_9fa48("464", "465"), redshiftNamespace !== undefined)) && (stryMutAct_9fa48("467") ? redshiftWorkgroup !== undefined : stryMutAct_9fa48("466") ? true : (stryCov_9fa48("466", "467"), redshiftWorkgroup === undefined)))) {
      if (stryMutAct_9fa48("468")) {
        {}
      } else {
        stryCov_9fa48("468");
        throw missing(stryMutAct_9fa48("469") ? "" : (stryCov_9fa48("469"), "redshiftWorkgroup"), stryMutAct_9fa48("470") ? `` : (stryCov_9fa48("470"), `when redshiftNamespace is set (${redshiftNamespace})`), stryMutAct_9fa48("471") ? "" : (stryCov_9fa48("471"), "the name of the existing Redshift Serverless workgroup in that namespace"), stryMutAct_9fa48("472") ? "" : (stryCov_9fa48("472"), "my-workgroup"));
      }
    }
    if (stryMutAct_9fa48("475") ? redshiftWorkgroup !== undefined || redshiftNamespace === undefined : stryMutAct_9fa48("474") ? false : stryMutAct_9fa48("473") ? true : (stryCov_9fa48("473", "474", "475"), (stryMutAct_9fa48("477") ? redshiftWorkgroup === undefined : stryMutAct_9fa48("476") ? true : (stryCov_9fa48("476", "477"), redshiftWorkgroup !== undefined)) && (stryMutAct_9fa48("479") ? redshiftNamespace !== undefined : stryMutAct_9fa48("478") ? true : (stryCov_9fa48("478", "479"), redshiftNamespace === undefined)))) {
      if (stryMutAct_9fa48("480")) {
        {}
      } else {
        stryCov_9fa48("480");
        throw missing(stryMutAct_9fa48("481") ? "" : (stryCov_9fa48("481"), "redshiftNamespace"), stryMutAct_9fa48("482") ? `` : (stryCov_9fa48("482"), `when redshiftWorkgroup is set (${redshiftWorkgroup})`), stryMutAct_9fa48("483") ? "" : (stryCov_9fa48("483"), "the name of the existing Redshift Serverless namespace of that workgroup"), stryMutAct_9fa48("484") ? "" : (stryCov_9fa48("484"), "my-namespace"));
      }
    }
    const redshiftAdminSecretArn = r.matching(stryMutAct_9fa48("485") ? "" : (stryCov_9fa48("485"), "redshiftAdminSecretArn"), SECRET_ARN_PATTERN, stryMutAct_9fa48("486") ? "" : (stryCov_9fa48("486"), "allowed is a Secrets Manager secret ARN"), stryMutAct_9fa48("487") ? "" : (stryCov_9fa48("487"), "arn:aws:secretsmanager:us-west-2:123456789012:secret:redshift-admin-AbCdEf"));
    const capacityRule = stryMutAct_9fa48("488") ? "" : (stryCov_9fa48("488"), "allowed is 4, or a multiple of 8 from 8 to 512");
    const redshiftBaseCapacity = stryMutAct_9fa48("489") ? r.integer("redshiftBaseCapacity", 4, 512, capacityRule, "8") && 8 : (stryCov_9fa48("489"), r.integer(stryMutAct_9fa48("490") ? "" : (stryCov_9fa48("490"), "redshiftBaseCapacity"), 4, 512, capacityRule, stryMutAct_9fa48("491") ? "" : (stryCov_9fa48("491"), "8")) ?? 8);
    if (stryMutAct_9fa48("494") ? redshiftBaseCapacity !== 4 || redshiftBaseCapacity % 8 !== 0 : stryMutAct_9fa48("493") ? false : stryMutAct_9fa48("492") ? true : (stryCov_9fa48("492", "493", "494"), (stryMutAct_9fa48("496") ? redshiftBaseCapacity === 4 : stryMutAct_9fa48("495") ? true : (stryCov_9fa48("495", "496"), redshiftBaseCapacity !== 4)) && (stryMutAct_9fa48("498") ? redshiftBaseCapacity % 8 === 0 : stryMutAct_9fa48("497") ? true : (stryCov_9fa48("497", "498"), (stryMutAct_9fa48("499") ? redshiftBaseCapacity * 8 : (stryCov_9fa48("499"), redshiftBaseCapacity % 8)) !== 0)))) {
      if (stryMutAct_9fa48("500")) {
        {}
      } else {
        stryCov_9fa48("500");
        throw invalid(stryMutAct_9fa48("501") ? "" : (stryCov_9fa48("501"), "redshiftBaseCapacity"), String(redshiftBaseCapacity), capacityRule, stryMutAct_9fa48("502") ? "" : (stryCov_9fa48("502"), "8"));
      }
    }

    // Zero-ETL
    const zeroEtl = r.bool(stryMutAct_9fa48("503") ? "" : (stryCov_9fa48("503"), "zeroEtl"), stryMutAct_9fa48("504") ? false : (stryCov_9fa48("504"), true));
    const intervalRule = stryMutAct_9fa48("505") ? `` : (stryCov_9fa48("505"), `allowed is a whole number of seconds from 0 to ${MAX_REFRESH_INTERVAL_SECONDS} (0 replicates continuously and keeps Redshift busy)`);
    const refreshIntervalSeconds = r.integer(stryMutAct_9fa48("506") ? "" : (stryCov_9fa48("506"), "refreshIntervalSeconds"), 0, MAX_REFRESH_INTERVAL_SECONDS, intervalRule, stryMutAct_9fa48("507") ? "" : (stryCov_9fa48("507"), "3600"));
    if (stryMutAct_9fa48("510") ? zeroEtl || refreshIntervalSeconds === undefined : stryMutAct_9fa48("509") ? false : stryMutAct_9fa48("508") ? true : (stryCov_9fa48("508", "509", "510"), zeroEtl && (stryMutAct_9fa48("512") ? refreshIntervalSeconds !== undefined : stryMutAct_9fa48("511") ? true : (stryCov_9fa48("511", "512"), refreshIntervalSeconds === undefined)))) {
      if (stryMutAct_9fa48("513")) {
        {}
      } else {
        stryCov_9fa48("513");
        throw missing(stryMutAct_9fa48("514") ? "" : (stryCov_9fa48("514"), "refreshIntervalSeconds"), stryMutAct_9fa48("515") ? "" : (stryCov_9fa48("515"), "when zeroEtl is true"), intervalRule, stryMutAct_9fa48("516") ? "" : (stryCov_9fa48("516"), "3600"));
      }
    }
    if (stryMutAct_9fa48("519") ? zeroEtl && redshiftNamespace !== undefined || redshiftAdminSecretArn === undefined : stryMutAct_9fa48("518") ? false : stryMutAct_9fa48("517") ? true : (stryCov_9fa48("517", "518", "519"), (stryMutAct_9fa48("521") ? zeroEtl || redshiftNamespace !== undefined : stryMutAct_9fa48("520") ? true : (stryCov_9fa48("520", "521"), zeroEtl && (stryMutAct_9fa48("523") ? redshiftNamespace === undefined : stryMutAct_9fa48("522") ? true : (stryCov_9fa48("522", "523"), redshiftNamespace !== undefined)))) && (stryMutAct_9fa48("525") ? redshiftAdminSecretArn !== undefined : stryMutAct_9fa48("524") ? true : (stryCov_9fa48("524", "525"), redshiftAdminSecretArn === undefined)))) {
      if (stryMutAct_9fa48("526")) {
        {}
      } else {
        stryCov_9fa48("526");
        throw missing(stryMutAct_9fa48("527") ? "" : (stryCov_9fa48("527"), "redshiftAdminSecretArn"), stryMutAct_9fa48("528") ? `` : (stryCov_9fa48("528"), `when zeroEtl uses the existing namespace ${redshiftNamespace}`), stryMutAct_9fa48("529") ? "" : (stryCov_9fa48("529"), "the ARN of a Secrets Manager secret holding that namespace's admin username and password, which the Redshift Data API uses to create the database"), stryMutAct_9fa48("530") ? "" : (stryCov_9fa48("530"), "arn:aws:secretsmanager:us-west-2:123456789012:secret:redshift-admin-AbCdEf"));
      }
    }
    const zeroEtlDatabase = stryMutAct_9fa48("531") ? r.matching("zeroEtlDatabase", REDSHIFT_DATABASE_PATTERN, "allowed is a lowercase letter or underscore, then lowercase letters, digits and underscores, at most 63", "zeroetl_db") && "zeroetl_db" : (stryCov_9fa48("531"), r.matching(stryMutAct_9fa48("532") ? "" : (stryCov_9fa48("532"), "zeroEtlDatabase"), REDSHIFT_DATABASE_PATTERN, stryMutAct_9fa48("533") ? "" : (stryCov_9fa48("533"), "allowed is a lowercase letter or underscore, then lowercase letters, digits and underscores, at most 63"), stryMutAct_9fa48("534") ? "" : (stryCov_9fa48("534"), "zeroetl_db")) ?? (stryMutAct_9fa48("535") ? "" : (stryCov_9fa48("535"), "zeroetl_db")));
    const zeroEtlDataFilter = stryMutAct_9fa48("536") ? r.string("zeroEtlDataFilter") && `include: ${dbName}.*` : (stryCov_9fa48("536"), r.string(stryMutAct_9fa48("537") ? "" : (stryCov_9fa48("537"), "zeroEtlDataFilter")) ?? (stryMutAct_9fa48("538") ? `` : (stryCov_9fa48("538"), `include: ${dbName}.*`)));
    if (stryMutAct_9fa48("541") ? false : stryMutAct_9fa48("540") ? true : stryMutAct_9fa48("539") ? zeroEtlDataFilter.split(",").every(entry => DATA_FILTER_ENTRY.test(entry.trim())) : (stryCov_9fa48("539", "540", "541"), !(stryMutAct_9fa48("542") ? zeroEtlDataFilter.split(",").some(entry => DATA_FILTER_ENTRY.test(entry.trim())) : (stryCov_9fa48("542"), zeroEtlDataFilter.split(stryMutAct_9fa48("543") ? "" : (stryCov_9fa48("543"), ",")).every(stryMutAct_9fa48("544") ? () => undefined : (stryCov_9fa48("544"), entry => DATA_FILTER_ENTRY.test(stryMutAct_9fa48("545") ? entry : (stryCov_9fa48("545"), entry.trim())))))))) {
      if (stryMutAct_9fa48("546")) {
        {}
      } else {
        stryCov_9fa48("546");
        throw invalid(stryMutAct_9fa48("547") ? "" : (stryCov_9fa48("547"), "zeroEtlDataFilter"), zeroEtlDataFilter, stryMutAct_9fa48("548") ? "" : (stryCov_9fa48("548"), "allowed is a comma-separated list of include: or exclude: entries of the form database.table, where * is a wildcard"), stryMutAct_9fa48("549") ? `` : (stryCov_9fa48("549"), `'include: ${dbName}.*'`));
      }
    }

    // Athena pipeline
    const athenaPipeline = r.bool(stryMutAct_9fa48("550") ? "" : (stryCov_9fa48("550"), "athenaPipeline"), stryMutAct_9fa48("551") ? false : (stryCov_9fa48("551"), true));
    const pipelineName = stryMutAct_9fa48("552") ? r.matching("pipelineName", PIPELINE_NAME_PATTERN, "allowed is 2 to 30 lowercase letters, digits and single hyphens, starting with a letter and not ending with a hyphen", derivePipelineName(stackName)) && derivePipelineName(stackName) : (stryCov_9fa48("552"), r.matching(stryMutAct_9fa48("553") ? "" : (stryCov_9fa48("553"), "pipelineName"), PIPELINE_NAME_PATTERN, stryMutAct_9fa48("554") ? "" : (stryCov_9fa48("554"), "allowed is 2 to 30 lowercase letters, digits and single hyphens, starting with a letter and not ending with a hyphen"), derivePipelineName(stackName)) ?? derivePipelineName(stackName));
    const tables = parseTables(r);
    const loadSchedule = stryMutAct_9fa48("555") ? r.string("loadSchedule") && "cron(30 3 ? * MON-FRI *)" : (stryCov_9fa48("555"), r.string(stryMutAct_9fa48("556") ? "" : (stryCov_9fa48("556"), "loadSchedule")) ?? (stryMutAct_9fa48("557") ? "" : (stryCov_9fa48("557"), "cron(30 3 ? * MON-FRI *)")));
    if (stryMutAct_9fa48("560") ? !CRON_PATTERN.test(loadSchedule) || !RATE_PATTERN.test(loadSchedule) : stryMutAct_9fa48("559") ? false : stryMutAct_9fa48("558") ? true : (stryCov_9fa48("558", "559", "560"), (stryMutAct_9fa48("561") ? CRON_PATTERN.test(loadSchedule) : (stryCov_9fa48("561"), !CRON_PATTERN.test(loadSchedule))) && (stryMutAct_9fa48("562") ? RATE_PATTERN.test(loadSchedule) : (stryCov_9fa48("562"), !RATE_PATTERN.test(loadSchedule))))) {
      if (stryMutAct_9fa48("563")) {
        {}
      } else {
        stryCov_9fa48("563");
        throw invalid(stryMutAct_9fa48("564") ? "" : (stryCov_9fa48("564"), "loadSchedule"), loadSchedule, stryMutAct_9fa48("565") ? "" : (stryCov_9fa48("565"), "allowed is an EventBridge schedule expression, cron(minutes hours day-of-month month day-of-week year) or rate(N minutes|hours|days)"), stryMutAct_9fa48("566") ? `` : (stryCov_9fa48("566"), `'cron(30 3 ? * MON-FRI *)'`));
      }
    }
    const backupExports = r.bool(stryMutAct_9fa48("567") ? "" : (stryCov_9fa48("567"), "backupExports"), stryMutAct_9fa48("568") ? false : (stryCov_9fa48("568"), true));
    const diffOverlapSeconds = stryMutAct_9fa48("569") ? r.integer("diffOverlapSeconds", 0, 86400, "allowed is a whole number of seconds from 0 to 86400", "300") && 300 : (stryCov_9fa48("569"), r.integer(stryMutAct_9fa48("570") ? "" : (stryCov_9fa48("570"), "diffOverlapSeconds"), 0, 86400, stryMutAct_9fa48("571") ? "" : (stryCov_9fa48("571"), "allowed is a whole number of seconds from 0 to 86400"), stryMutAct_9fa48("572") ? "" : (stryCov_9fa48("572"), "300")) ?? 300);
    const athenaBytesScannedCutoff = stryMutAct_9fa48("573") ? r.integer("athenaBytesScannedCutoff", MIN_ATHENA_BYTES_SCANNED_CUTOFF, Number.MAX_SAFE_INTEGER, `allowed is a whole number of bytes, at least ${MIN_ATHENA_BYTES_SCANNED_CUTOFF} (10 MB, Athena's minimum)`, "10737418240") && 10737418240 : (stryCov_9fa48("573"), r.integer(stryMutAct_9fa48("574") ? "" : (stryCov_9fa48("574"), "athenaBytesScannedCutoff"), MIN_ATHENA_BYTES_SCANNED_CUTOFF, Number.MAX_SAFE_INTEGER, stryMutAct_9fa48("575") ? `` : (stryCov_9fa48("575"), `allowed is a whole number of bytes, at least ${MIN_ATHENA_BYTES_SCANNED_CUTOFF} (10 MB, Athena's minimum)`), stryMutAct_9fa48("576") ? "" : (stryCov_9fa48("576"), "10737418240")) ?? 10737418240);
    const alertEmail = r.matching(stryMutAct_9fa48("577") ? "" : (stryCov_9fa48("577"), "alertEmail"), EMAIL_PATTERN, stryMutAct_9fa48("578") ? "" : (stryCov_9fa48("578"), "allowed is an email address"), stryMutAct_9fa48("579") ? "" : (stryCov_9fa48("579"), "team@example.com"));
    const quicksightPrincipalArn = r.matching(stryMutAct_9fa48("580") ? "" : (stryCov_9fa48("580"), "quicksightPrincipalArn"), QUICKSIGHT_PRINCIPAL_PATTERN, stryMutAct_9fa48("581") ? "" : (stryCov_9fa48("581"), "allowed is a QuickSight user or group ARN like arn:aws:quicksight:us-east-1:123456789012:user/default/analyst"), stryMutAct_9fa48("582") ? "" : (stryCov_9fa48("582"), "arn:aws:quicksight:us-east-1:123456789012:user/default/analyst"));
    if (stryMutAct_9fa48("585") ? quicksightPrincipalArn !== undefined || !athenaPipeline : stryMutAct_9fa48("584") ? false : stryMutAct_9fa48("583") ? true : (stryCov_9fa48("583", "584", "585"), (stryMutAct_9fa48("587") ? quicksightPrincipalArn === undefined : stryMutAct_9fa48("586") ? true : (stryCov_9fa48("586", "587"), quicksightPrincipalArn !== undefined)) && (stryMutAct_9fa48("588") ? athenaPipeline : (stryCov_9fa48("588"), !athenaPipeline)))) {
      if (stryMutAct_9fa48("589")) {
        {}
      } else {
        stryCov_9fa48("589");
        throw new ConfigError(stryMutAct_9fa48("590") ? `` : (stryCov_9fa48("590"), `Config key ${PROJECT}:quicksightPrincipalArn is set but athenaPipeline is false: the QuickSight data source reads the pipeline's Athena workgroup; fix it with \`pulumi config set athenaPipeline true\` or \`pulumi config rm quicksightPrincipalArn\`.`));
      }
    }

    // Extras
    const sampleData = r.bool(stryMutAct_9fa48("591") ? "" : (stryCov_9fa48("591"), "sampleData"), stryMutAct_9fa48("594") ? dbClusterId !== undefined : stryMutAct_9fa48("593") ? false : stryMutAct_9fa48("592") ? true : (stryCov_9fa48("592", "593", "594"), dbClusterId === undefined));
    const bastion = r.bool(stryMutAct_9fa48("595") ? "" : (stryCov_9fa48("595"), "bastion"), stryMutAct_9fa48("596") ? true : (stryCov_9fa48("596"), false));
    const forceDestroy = r.bool(stryMutAct_9fa48("597") ? "" : (stryCov_9fa48("597"), "forceDestroy"), stryMutAct_9fa48("598") ? true : (stryCov_9fa48("598"), false));
    return Object.freeze(stryMutAct_9fa48("599") ? {} : (stryCov_9fa48("599"), {
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
      zeroEtl,
      refreshIntervalSeconds: zeroEtl ? refreshIntervalSeconds : undefined,
      zeroEtlDatabase,
      zeroEtlDataFilter,
      athenaPipeline,
      pipelineName,
      tables,
      loadSchedule,
      backupExports,
      diffOverlapSeconds,
      athenaBytesScannedCutoff,
      alertEmail,
      quicksightPrincipalArn,
      sampleData,
      bastion,
      forceDestroy
    }));
  }
}

/** The program's entry to config: reads the project namespace of the current stack. */
export function readStackConfig(): StackConfig {
  if (stryMutAct_9fa48("600")) {
    {}
  } else {
    stryCov_9fa48("600");
    const config = new pulumi.Config(PROJECT);
    return parseStackConfig(stryMutAct_9fa48("601") ? () => undefined : (stryCov_9fa48("601"), key => config.get(key)), pulumi.getStack());
  }
}