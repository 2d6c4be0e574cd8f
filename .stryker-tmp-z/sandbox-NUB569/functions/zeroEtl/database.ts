// @ts-nocheck
// The zero-ETL target database's lifecycle: pure planning from what Redshift reports, then the SQL that gets there.
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
import { alterIntegrationSettings, createDatabaseFromIntegration, createIamUser, createReaderRole, dropDatabase, dropReaderRole, dropUser, grantReaderRole, grantReaderScope, IntegrationSettings, MAX_REFRESH_INTERVAL_SECONDS, READ_ONLY_USER, REDSHIFT_DATABASE, RESERVED_DATABASES, revokeReaderRole } from "../../sql/redshift/zeroEtlStatements";
export const DATABASE_KIND = stryMutAct_9fa48("74") ? "" : (stryCov_9fa48("74"), "aurora-analytics:zero-etl-database");

/** The invocation's input (docs/zero-etl-database.md): a contract the policy pack reads too. */
export interface DatabaseSpec extends IntegrationSettings {
  kind: typeof DATABASE_KIND;
  version: 1;
  integrationId: string;
  integrationArn: string;
  namespaceArn: string;
  workgroupName: string;
  connectDatabase: string;
  secretArn: string;
  database: string;
  readOnlyUsers: string[];
}

/** What Redshift says about one database name: whether it exists and which integrations replicate into it. */
export interface DatabaseState {
  exists: boolean;
  /** integration_id values from SVV_INTEGRATION whose target_database is this database. */
  boundTo: string[];
  /** SVV_INTEGRATION.refresh_interval for the desired integration when bound to it. */
  refreshIntervalSeconds?: number;
  historyMode?: boolean;
}
export interface IntegrationState {
  /** Whether SVV_INTEGRATION lists the integration at all. */
  found: boolean;
  /** Its target_database; empty before CREATE DATABASE ... FROM INTEGRATION. */
  targetDatabase: string;
}

/** What Redshift says about the reader role of one database and the read-only users (namespace-wide objects). */
export interface ReadersState {
  roleExists: boolean;
  /** Per user name: whether the user exists and whether it holds the reader role. */
  users: Record<string, {
    exists: boolean;
    member: boolean;
  }>;
}
export interface Observed {
  desired: DatabaseState;
  /** The reader role of the desired database and the users of both inputs, in the desired workgroup. */
  readers?: ReadersState;
  /** The same for the previous input's database when it lived elsewhere. */
  previousReaders?: ReadersState;
  /** State of the previous input's database when it lived elsewhere (another name or another workgroup). */
  previous?: DatabaseState;
  integration: IntegrationState;
}

/**
 * One statement and where it runs: where the desired database lives, or where the previous one did (both connected to
 * the namespace's own database), or connected to the zero-ETL database itself (scoped grants need that).
 */
export interface PlannedSql {
  on: "desired" | "previous" | "zeroEtlDatabase";
  sql: string;
}

/** Whether the previous input's database is the same database as the desired one (same workgroup, same name). */
export function sameLocation(desired: DatabaseSpec, previous: DatabaseSpec | undefined): boolean {
  if (stryMutAct_9fa48("75")) {
    {}
  } else {
    stryCov_9fa48("75");
    return stryMutAct_9fa48("78") ? previous !== undefined && previous.workgroupName === desired.workgroupName || previous.database === desired.database : stryMutAct_9fa48("77") ? false : stryMutAct_9fa48("76") ? true : (stryCov_9fa48("76", "77", "78"), (stryMutAct_9fa48("80") ? previous !== undefined || previous.workgroupName === desired.workgroupName : stryMutAct_9fa48("79") ? true : (stryCov_9fa48("79", "80"), (stryMutAct_9fa48("82") ? previous === undefined : stryMutAct_9fa48("81") ? true : (stryCov_9fa48("81", "82"), previous !== undefined)) && (stryMutAct_9fa48("84") ? previous.workgroupName !== desired.workgroupName : stryMutAct_9fa48("83") ? true : (stryCov_9fa48("83", "84"), previous.workgroupName === desired.workgroupName)))) && (stryMutAct_9fa48("86") ? previous.database !== desired.database : stryMutAct_9fa48("85") ? true : (stryCov_9fa48("85", "86"), previous.database === desired.database)));
  }
}
export type Action = "create" | "update" | "delete";
export class ZeroEtlDatabaseRefused extends Error {
  constructor(message: string) {
    if (stryMutAct_9fa48("87")) {
      {}
    } else {
      stryCov_9fa48("87");
      super(message);
      this.name = stryMutAct_9fa48("88") ? "" : (stryCov_9fa48("88"), "ZeroEtlDatabaseRefused");
    }
  }
}
const SETTING_KEYS: (keyof IntegrationSettings)[] = stryMutAct_9fa48("89") ? [] : (stryCov_9fa48("89"), [stryMutAct_9fa48("90") ? "" : (stryCov_9fa48("90"), "acceptInvalidChars"), stryMutAct_9fa48("91") ? "" : (stryCov_9fa48("91"), "refreshIntervalSeconds"), stryMutAct_9fa48("92") ? "" : (stryCov_9fa48("92"), "truncateColumns"), stryMutAct_9fa48("93") ? "" : (stryCov_9fa48("93"), "historyMode")]);
const ARN = stryMutAct_9fa48("105") ? /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\d{12}:\s+$/ : stryMutAct_9fa48("104") ? /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\d{12}:\S$/ : stryMutAct_9fa48("103") ? /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\D{12}:\S+$/ : stryMutAct_9fa48("102") ? /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\d:\S+$/ : stryMutAct_9fa48("101") ? /^arn:aws[a-z-]*:[a-z0-9-]+:[^a-z0-9-]*:\d{12}:\S+$/ : stryMutAct_9fa48("100") ? /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]:\d{12}:\S+$/ : stryMutAct_9fa48("99") ? /^arn:aws[a-z-]*:[^a-z0-9-]+:[a-z0-9-]*:\d{12}:\S+$/ : stryMutAct_9fa48("98") ? /^arn:aws[a-z-]*:[a-z0-9-]:[a-z0-9-]*:\d{12}:\S+$/ : stryMutAct_9fa48("97") ? /^arn:aws[^a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\d{12}:\S+$/ : stryMutAct_9fa48("96") ? /^arn:aws[a-z-]:[a-z0-9-]+:[a-z0-9-]*:\d{12}:\S+$/ : stryMutAct_9fa48("95") ? /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\d{12}:\S+/ : stryMutAct_9fa48("94") ? /arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\d{12}:\S+$/ : (stryCov_9fa48("94", "95", "96", "97", "98", "99", "100", "101", "102", "103", "104", "105"), /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\d{12}:\S+$/);
const WORKGROUP = stryMutAct_9fa48("109") ? /^[^a-z0-9-]{3,64}$/ : stryMutAct_9fa48("108") ? /^[a-z0-9-]$/ : stryMutAct_9fa48("107") ? /^[a-z0-9-]{3,64}/ : stryMutAct_9fa48("106") ? /[a-z0-9-]{3,64}$/ : (stryCov_9fa48("106", "107", "108", "109"), /^[a-z0-9-]{3,64}$/);

/** Validates the input of an invocation, naming the field at fault: nothing from it reaches SQL unchecked. */
export function parseDatabaseSpec(raw: unknown, where: string): DatabaseSpec {
  if (stryMutAct_9fa48("110")) {
    {}
  } else {
    stryCov_9fa48("110");
    if (stryMutAct_9fa48("113") ? typeof raw !== "object" && raw === null : stryMutAct_9fa48("112") ? false : stryMutAct_9fa48("111") ? true : (stryCov_9fa48("111", "112", "113"), (stryMutAct_9fa48("115") ? typeof raw === "object" : stryMutAct_9fa48("114") ? false : (stryCov_9fa48("114", "115"), typeof raw !== (stryMutAct_9fa48("116") ? "" : (stryCov_9fa48("116"), "object")))) || (stryMutAct_9fa48("118") ? raw !== null : stryMutAct_9fa48("117") ? false : (stryCov_9fa48("117", "118"), raw === null)))) {
      if (stryMutAct_9fa48("119")) {
        {}
      } else {
        stryCov_9fa48("119");
        throw new ZeroEtlDatabaseRefused(stryMutAct_9fa48("120") ? `` : (stryCov_9fa48("120"), `${where} is not a JSON object`));
      }
    }
    const o = raw as Record<string, unknown>;
    const fail = (field: string, rule: string): never => {
      if (stryMutAct_9fa48("121")) {
        {}
      } else {
        stryCov_9fa48("121");
        throw new ZeroEtlDatabaseRefused(stryMutAct_9fa48("122") ? `` : (stryCov_9fa48("122"), `${where}.${field} ${JSON.stringify(o[field])} ${rule}`));
      }
    };
    if (stryMutAct_9fa48("125") ? o.kind === DATABASE_KIND : stryMutAct_9fa48("124") ? false : stryMutAct_9fa48("123") ? true : (stryCov_9fa48("123", "124", "125"), o.kind !== DATABASE_KIND)) fail(stryMutAct_9fa48("126") ? "" : (stryCov_9fa48("126"), "kind"), stryMutAct_9fa48("127") ? `` : (stryCov_9fa48("127"), `must be ${DATABASE_KIND}`));
    if (stryMutAct_9fa48("130") ? o.version === 1 : stryMutAct_9fa48("129") ? false : stryMutAct_9fa48("128") ? true : (stryCov_9fa48("128", "129", "130"), o.version !== 1)) fail(stryMutAct_9fa48("131") ? "" : (stryCov_9fa48("131"), "version"), stryMutAct_9fa48("132") ? "" : (stryCov_9fa48("132"), "must be 1"));
    for (const field of stryMutAct_9fa48("133") ? [] : (stryCov_9fa48("133"), [stryMutAct_9fa48("134") ? "" : (stryCov_9fa48("134"), "integrationId"), stryMutAct_9fa48("135") ? "" : (stryCov_9fa48("135"), "integrationArn"), stryMutAct_9fa48("136") ? "" : (stryCov_9fa48("136"), "namespaceArn"), stryMutAct_9fa48("137") ? "" : (stryCov_9fa48("137"), "workgroupName"), stryMutAct_9fa48("138") ? "" : (stryCov_9fa48("138"), "connectDatabase"), stryMutAct_9fa48("139") ? "" : (stryCov_9fa48("139"), "secretArn"), stryMutAct_9fa48("140") ? "" : (stryCov_9fa48("140"), "database")])) {
      if (stryMutAct_9fa48("141")) {
        {}
      } else {
        stryCov_9fa48("141");
        if (stryMutAct_9fa48("144") ? typeof o[field] !== "string" && o[field] === "" : stryMutAct_9fa48("143") ? false : stryMutAct_9fa48("142") ? true : (stryCov_9fa48("142", "143", "144"), (stryMutAct_9fa48("146") ? typeof o[field] === "string" : stryMutAct_9fa48("145") ? false : (stryCov_9fa48("145", "146"), typeof o[field] !== (stryMutAct_9fa48("147") ? "" : (stryCov_9fa48("147"), "string")))) || (stryMutAct_9fa48("149") ? o[field] !== "" : stryMutAct_9fa48("148") ? false : (stryCov_9fa48("148", "149"), o[field] === (stryMutAct_9fa48("150") ? "Stryker was here!" : (stryCov_9fa48("150"), "")))))) fail(field, stryMutAct_9fa48("151") ? "" : (stryCov_9fa48("151"), "must be a non-empty string"));
      }
    }
    if (stryMutAct_9fa48("154") ? false : stryMutAct_9fa48("153") ? true : stryMutAct_9fa48("152") ? /^[A-Za-z0-9-]{1,128}$/.test(o.integrationId as string) : (stryCov_9fa48("152", "153", "154"), !(stryMutAct_9fa48("158") ? /^[^A-Za-z0-9-]{1,128}$/ : stryMutAct_9fa48("157") ? /^[A-Za-z0-9-]$/ : stryMutAct_9fa48("156") ? /^[A-Za-z0-9-]{1,128}/ : stryMutAct_9fa48("155") ? /[A-Za-z0-9-]{1,128}$/ : (stryCov_9fa48("155", "156", "157", "158"), /^[A-Za-z0-9-]{1,128}$/)).test(o.integrationId as string))) fail(stryMutAct_9fa48("159") ? "" : (stryCov_9fa48("159"), "integrationId"), stryMutAct_9fa48("160") ? "" : (stryCov_9fa48("160"), "is not a zero-ETL integration id"));
    for (const field of stryMutAct_9fa48("161") ? [] : (stryCov_9fa48("161"), [stryMutAct_9fa48("162") ? "" : (stryCov_9fa48("162"), "integrationArn"), stryMutAct_9fa48("163") ? "" : (stryCov_9fa48("163"), "namespaceArn"), stryMutAct_9fa48("164") ? "" : (stryCov_9fa48("164"), "secretArn")])) {
      if (stryMutAct_9fa48("165")) {
        {}
      } else {
        stryCov_9fa48("165");
        if (stryMutAct_9fa48("168") ? false : stryMutAct_9fa48("167") ? true : stryMutAct_9fa48("166") ? ARN.test(o[field] as string) : (stryCov_9fa48("166", "167", "168"), !ARN.test(o[field] as string))) fail(field, stryMutAct_9fa48("169") ? "" : (stryCov_9fa48("169"), "is not an ARN"));
      }
    }
    if (stryMutAct_9fa48("172") ? false : stryMutAct_9fa48("171") ? true : stryMutAct_9fa48("170") ? WORKGROUP.test(o.workgroupName as string) : (stryCov_9fa48("170", "171", "172"), !WORKGROUP.test(o.workgroupName as string))) fail(stryMutAct_9fa48("173") ? "" : (stryCov_9fa48("173"), "workgroupName"), stryMutAct_9fa48("174") ? "" : (stryCov_9fa48("174"), "is not a Redshift Serverless workgroup name"));
    if (stryMutAct_9fa48("177") ? false : stryMutAct_9fa48("176") ? true : stryMutAct_9fa48("175") ? REDSHIFT_DATABASE.test(o.database as string) : (stryCov_9fa48("175", "176", "177"), !REDSHIFT_DATABASE.test(o.database as string))) fail(stryMutAct_9fa48("178") ? "" : (stryCov_9fa48("178"), "database"), stryMutAct_9fa48("179") ? "" : (stryCov_9fa48("179"), "must be lowercase letters, digits and underscores"));
    if (stryMutAct_9fa48("182") ? RESERVED_DATABASES.includes(o.database as string) && o.database === o.connectDatabase : stryMutAct_9fa48("181") ? false : stryMutAct_9fa48("180") ? true : (stryCov_9fa48("180", "181", "182"), RESERVED_DATABASES.includes(o.database as string) || (stryMutAct_9fa48("184") ? o.database !== o.connectDatabase : stryMutAct_9fa48("183") ? false : (stryCov_9fa48("183", "184"), o.database === o.connectDatabase)))) {
      if (stryMutAct_9fa48("185")) {
        {}
      } else {
        stryCov_9fa48("185");
        fail(stryMutAct_9fa48("186") ? "" : (stryCov_9fa48("186"), "database"), stryMutAct_9fa48("187") ? "" : (stryCov_9fa48("187"), "is the namespace's own database; zero-ETL needs a database of its own"));
      }
    }
    const interval = o.refreshIntervalSeconds;
    if (stryMutAct_9fa48("190") ? (typeof interval !== "number" || !Number.isInteger(interval) || interval < 0) && interval > MAX_REFRESH_INTERVAL_SECONDS : stryMutAct_9fa48("189") ? false : stryMutAct_9fa48("188") ? true : (stryCov_9fa48("188", "189", "190"), (stryMutAct_9fa48("192") ? (typeof interval !== "number" || !Number.isInteger(interval)) && interval < 0 : stryMutAct_9fa48("191") ? false : (stryCov_9fa48("191", "192"), (stryMutAct_9fa48("194") ? typeof interval !== "number" && !Number.isInteger(interval) : stryMutAct_9fa48("193") ? false : (stryCov_9fa48("193", "194"), (stryMutAct_9fa48("196") ? typeof interval === "number" : stryMutAct_9fa48("195") ? false : (stryCov_9fa48("195", "196"), typeof interval !== (stryMutAct_9fa48("197") ? "" : (stryCov_9fa48("197"), "number")))) || (stryMutAct_9fa48("198") ? Number.isInteger(interval) : (stryCov_9fa48("198"), !Number.isInteger(interval))))) || (stryMutAct_9fa48("201") ? interval >= 0 : stryMutAct_9fa48("200") ? interval <= 0 : stryMutAct_9fa48("199") ? false : (stryCov_9fa48("199", "200", "201"), interval < 0)))) || (stryMutAct_9fa48("204") ? interval <= MAX_REFRESH_INTERVAL_SECONDS : stryMutAct_9fa48("203") ? interval >= MAX_REFRESH_INTERVAL_SECONDS : stryMutAct_9fa48("202") ? false : (stryCov_9fa48("202", "203", "204"), interval > MAX_REFRESH_INTERVAL_SECONDS)))) {
      if (stryMutAct_9fa48("205")) {
        {}
      } else {
        stryCov_9fa48("205");
        fail(stryMutAct_9fa48("206") ? "" : (stryCov_9fa48("206"), "refreshIntervalSeconds"), stryMutAct_9fa48("207") ? `` : (stryCov_9fa48("207"), `must be a whole number from 0 to ${MAX_REFRESH_INTERVAL_SECONDS}`));
      }
    }
    for (const field of stryMutAct_9fa48("208") ? [] : (stryCov_9fa48("208"), [stryMutAct_9fa48("209") ? "" : (stryCov_9fa48("209"), "acceptInvalidChars"), stryMutAct_9fa48("210") ? "" : (stryCov_9fa48("210"), "truncateColumns"), stryMutAct_9fa48("211") ? "" : (stryCov_9fa48("211"), "historyMode")])) {
      if (stryMutAct_9fa48("212")) {
        {}
      } else {
        stryCov_9fa48("212");
        if (stryMutAct_9fa48("215") ? typeof o[field] === "boolean" : stryMutAct_9fa48("214") ? false : stryMutAct_9fa48("213") ? true : (stryCov_9fa48("213", "214", "215"), typeof o[field] !== (stryMutAct_9fa48("216") ? "" : (stryCov_9fa48("216"), "boolean")))) fail(field, stryMutAct_9fa48("217") ? "" : (stryCov_9fa48("217"), "must be true or false"));
      }
    }
    if (stryMutAct_9fa48("220") ? !Array.isArray(o.readOnlyUsers) && !o.readOnlyUsers.every(u => typeof u === "string") : stryMutAct_9fa48("219") ? false : stryMutAct_9fa48("218") ? true : (stryCov_9fa48("218", "219", "220"), (stryMutAct_9fa48("221") ? Array.isArray(o.readOnlyUsers) : (stryCov_9fa48("221"), !Array.isArray(o.readOnlyUsers))) || (stryMutAct_9fa48("222") ? o.readOnlyUsers.every(u => typeof u === "string") : (stryCov_9fa48("222"), !(stryMutAct_9fa48("223") ? o.readOnlyUsers.some(u => typeof u === "string") : (stryCov_9fa48("223"), o.readOnlyUsers.every(stryMutAct_9fa48("224") ? () => undefined : (stryCov_9fa48("224"), u => stryMutAct_9fa48("227") ? typeof u !== "string" : stryMutAct_9fa48("226") ? false : stryMutAct_9fa48("225") ? true : (stryCov_9fa48("225", "226", "227"), typeof u === (stryMutAct_9fa48("228") ? "" : (stryCov_9fa48("228"), "string"))))))))))) {
      if (stryMutAct_9fa48("229")) {
        {}
      } else {
        stryCov_9fa48("229");
        fail(stryMutAct_9fa48("230") ? "" : (stryCov_9fa48("230"), "readOnlyUsers"), stryMutAct_9fa48("231") ? "" : (stryCov_9fa48("231"), "must be a list of names"));
      }
    }
    const users = o.readOnlyUsers as string[];
    if (stryMutAct_9fa48("234") ? false : stryMutAct_9fa48("233") ? true : stryMutAct_9fa48("232") ? users.every(u => READ_ONLY_USER.test(u)) : (stryCov_9fa48("232", "233", "234"), !(stryMutAct_9fa48("235") ? users.some(u => READ_ONLY_USER.test(u)) : (stryCov_9fa48("235"), users.every(stryMutAct_9fa48("236") ? () => undefined : (stryCov_9fa48("236"), u => READ_ONLY_USER.test(u))))))) {
      if (stryMutAct_9fa48("237")) {
        {}
      } else {
        stryCov_9fa48("237");
        fail(stryMutAct_9fa48("238") ? "" : (stryCov_9fa48("238"), "readOnlyUsers"), stryMutAct_9fa48("239") ? "" : (stryCov_9fa48("239"), "must hold only IAMR:<IAM role name> or IAM:<IAM user name> identities (1 to 64 of letters, digits and +=,.@_-)"));
      }
    }
    if (stryMutAct_9fa48("242") ? new Set(users).size === users.length : stryMutAct_9fa48("241") ? false : stryMutAct_9fa48("240") ? true : (stryCov_9fa48("240", "241", "242"), new Set(users).size !== users.length)) fail(stryMutAct_9fa48("243") ? "" : (stryCov_9fa48("243"), "readOnlyUsers"), stryMutAct_9fa48("244") ? "" : (stryCov_9fa48("244"), "must not repeat a name"));
    return o as unknown as DatabaseSpec;
  }
}
function settingsOf(spec: DatabaseSpec): IntegrationSettings {
  if (stryMutAct_9fa48("245")) {
    {}
  } else {
    stryCov_9fa48("245");
    return stryMutAct_9fa48("246") ? {} : (stryCov_9fa48("246"), {
      acceptInvalidChars: spec.acceptInvalidChars,
      refreshIntervalSeconds: spec.refreshIntervalSeconds,
      truncateColumns: spec.truncateColumns,
      historyMode: spec.historyMode
    });
  }
}

/** Settings whose desired value differs from the previous input, or from what SVV_INTEGRATION shows (drift). */
function changedSettings(desired: DatabaseSpec, previous: DatabaseSpec | undefined, observed: DatabaseState): Partial<IntegrationSettings> {
  if (stryMutAct_9fa48("247")) {
    {}
  } else {
    stryCov_9fa48("247");
    const changed: Partial<IntegrationSettings> = {};
    for (const key of SETTING_KEYS) {
      if (stryMutAct_9fa48("248")) {
        {}
      } else {
        stryCov_9fa48("248");
        if (stryMutAct_9fa48("251") ? previous === undefined && previous[key] !== desired[key] : stryMutAct_9fa48("250") ? false : stryMutAct_9fa48("249") ? true : (stryCov_9fa48("249", "250", "251"), (stryMutAct_9fa48("253") ? previous !== undefined : stryMutAct_9fa48("252") ? false : (stryCov_9fa48("252", "253"), previous === undefined)) || (stryMutAct_9fa48("255") ? previous[key] === desired[key] : stryMutAct_9fa48("254") ? false : (stryCov_9fa48("254", "255"), previous[key] !== desired[key])))) {
          if (stryMutAct_9fa48("256")) {
            {}
          } else {
            stryCov_9fa48("256");
            (changed as Record<string, unknown>)[key] = desired[key];
          }
        }
      }
    }
    if (stryMutAct_9fa48("259") ? observed.refreshIntervalSeconds !== undefined || observed.refreshIntervalSeconds !== desired.refreshIntervalSeconds : stryMutAct_9fa48("258") ? false : stryMutAct_9fa48("257") ? true : (stryCov_9fa48("257", "258", "259"), (stryMutAct_9fa48("261") ? observed.refreshIntervalSeconds === undefined : stryMutAct_9fa48("260") ? true : (stryCov_9fa48("260", "261"), observed.refreshIntervalSeconds !== undefined)) && (stryMutAct_9fa48("263") ? observed.refreshIntervalSeconds === desired.refreshIntervalSeconds : stryMutAct_9fa48("262") ? true : (stryCov_9fa48("262", "263"), observed.refreshIntervalSeconds !== desired.refreshIntervalSeconds)))) {
      if (stryMutAct_9fa48("264")) {
        {}
      } else {
        stryCov_9fa48("264");
        changed.refreshIntervalSeconds = desired.refreshIntervalSeconds;
      }
    }
    if (stryMutAct_9fa48("267") ? observed.historyMode !== undefined || observed.historyMode !== desired.historyMode : stryMutAct_9fa48("266") ? false : stryMutAct_9fa48("265") ? true : (stryCov_9fa48("265", "266", "267"), (stryMutAct_9fa48("269") ? observed.historyMode === undefined : stryMutAct_9fa48("268") ? true : (stryCov_9fa48("268", "269"), observed.historyMode !== undefined)) && (stryMutAct_9fa48("271") ? observed.historyMode === desired.historyMode : stryMutAct_9fa48("270") ? true : (stryCov_9fa48("270", "271"), observed.historyMode !== desired.historyMode)))) {
      if (stryMutAct_9fa48("272")) {
        {}
      } else {
        stryCov_9fa48("272");
        changed.historyMode = desired.historyMode;
      }
    }
    return changed;
  }
}

/** A database this program may drop: it replicates from one of our integrations, or from none and our last input made it. */
function isOurs(state: DatabaseState, ourIntegrationIds: string[], madeByUs: boolean): boolean {
  if (stryMutAct_9fa48("273")) {
    {}
  } else {
    stryCov_9fa48("273");
    if (stryMutAct_9fa48("276") ? state.boundTo.length !== 0 : stryMutAct_9fa48("275") ? false : stryMutAct_9fa48("274") ? true : (stryCov_9fa48("274", "275", "276"), state.boundTo.length === 0)) {
      if (stryMutAct_9fa48("277")) {
        {}
      } else {
        stryCov_9fa48("277");
        return madeByUs;
      }
    }
    return stryMutAct_9fa48("278") ? state.boundTo.some(id => ourIntegrationIds.includes(id)) : (stryCov_9fa48("278"), state.boundTo.every(stryMutAct_9fa48("279") ? () => undefined : (stryCov_9fa48("279"), id => ourIntegrationIds.includes(id))));
  }
}

/**
 * The SQL that takes Redshift from `observed` to `desired` for one lifecycle action. `previous` is the input the
 * provider stored (`tf.prev_input`). Never drops a database that replicates from an integration that isn't ours, nor
 * one that exists without an integration unless our previous input created it.
 */
export function planDatabase(action: Action, desired: DatabaseSpec, previous: DatabaseSpec | undefined, observed: Observed): PlannedSql[] {
  if (stryMutAct_9fa48("280")) {
    {}
  } else {
    stryCov_9fa48("280");
    const ourIds = stryMutAct_9fa48("281") ? [] : (stryCov_9fa48("281"), [desired.integrationId, ...(previous ? stryMutAct_9fa48("282") ? [] : (stryCov_9fa48("282"), [previous.integrationId]) : stryMutAct_9fa48("283") ? ["Stryker was here"] : (stryCov_9fa48("283"), []))]);
    if (stryMutAct_9fa48("286") ? action !== "delete" : stryMutAct_9fa48("285") ? false : stryMutAct_9fa48("284") ? true : (stryCov_9fa48("284", "285", "286"), action === (stryMutAct_9fa48("287") ? "" : (stryCov_9fa48("287"), "delete")))) {
      if (stryMutAct_9fa48("288")) {
        {}
      } else {
        stryCov_9fa48("288");
        // The provider passes the stored input as both the input and prev_input on delete.
        const state = observed.desired;
        if (stryMutAct_9fa48("291") ? false : stryMutAct_9fa48("290") ? true : stryMutAct_9fa48("289") ? state.exists : (stryCov_9fa48("289", "290", "291"), !state.exists)) return stryMutAct_9fa48("292") ? ["Stryker was here"] : (stryCov_9fa48("292"), []);
        if (stryMutAct_9fa48("295") ? false : stryMutAct_9fa48("294") ? true : stryMutAct_9fa48("293") ? isOurs(state, ourIds, true) : (stryCov_9fa48("293", "294", "295"), !isOurs(state, ourIds, stryMutAct_9fa48("296") ? false : (stryCov_9fa48("296"), true)))) {
          if (stryMutAct_9fa48("297")) {
            {}
          } else {
            stryCov_9fa48("297");
            // Another integration replicates into it now: not ours to drop.
            return stryMutAct_9fa48("298") ? ["Stryker was here"] : (stryCov_9fa48("298"), []);
          }
        }
        return stryMutAct_9fa48("299") ? [] : (stryCov_9fa48("299"), [stryMutAct_9fa48("300") ? {} : (stryCov_9fa48("300"), {
          on: stryMutAct_9fa48("301") ? "" : (stryCov_9fa48("301"), "desired"),
          sql: dropDatabase(desired.database)
        })]);
      }
    }
    const sql: PlannedSql[] = stryMutAct_9fa48("302") ? ["Stryker was here"] : (stryCov_9fa48("302"), []);
    const sameDatabase = sameLocation(desired, previous);
    const sameIntegration = stryMutAct_9fa48("305") ? previous !== undefined || previous.integrationId === desired.integrationId : stryMutAct_9fa48("304") ? false : stryMutAct_9fa48("303") ? true : (stryCov_9fa48("303", "304", "305"), (stryMutAct_9fa48("307") ? previous === undefined : stryMutAct_9fa48("306") ? true : (stryCov_9fa48("306", "307"), previous !== undefined)) && (stryMutAct_9fa48("309") ? previous.integrationId !== desired.integrationId : stryMutAct_9fa48("308") ? true : (stryCov_9fa48("308", "309"), previous.integrationId === desired.integrationId)));

    // The previous database, when the name or the integration changed: drop it if it is ours.
    if (stryMutAct_9fa48("312") ? previous !== undefined || !(sameDatabase && sameIntegration) : stryMutAct_9fa48("311") ? false : stryMutAct_9fa48("310") ? true : (stryCov_9fa48("310", "311", "312"), (stryMutAct_9fa48("314") ? previous === undefined : stryMutAct_9fa48("313") ? true : (stryCov_9fa48("313", "314"), previous !== undefined)) && (stryMutAct_9fa48("315") ? sameDatabase && sameIntegration : (stryCov_9fa48("315"), !(stryMutAct_9fa48("318") ? sameDatabase || sameIntegration : stryMutAct_9fa48("317") ? false : stryMutAct_9fa48("316") ? true : (stryCov_9fa48("316", "317", "318"), sameDatabase && sameIntegration)))))) {
      if (stryMutAct_9fa48("319")) {
        {}
      } else {
        stryCov_9fa48("319");
        const prevState = sameDatabase ? observed.desired : observed.previous;
        if (stryMutAct_9fa48("322") ? prevState !== undefined && prevState.exists || !(sameDatabase && prevState.boundTo.includes(desired.integrationId)) : stryMutAct_9fa48("321") ? false : stryMutAct_9fa48("320") ? true : (stryCov_9fa48("320", "321", "322"), (stryMutAct_9fa48("324") ? prevState !== undefined || prevState.exists : stryMutAct_9fa48("323") ? true : (stryCov_9fa48("323", "324"), (stryMutAct_9fa48("326") ? prevState === undefined : stryMutAct_9fa48("325") ? true : (stryCov_9fa48("325", "326"), prevState !== undefined)) && prevState.exists)) && (stryMutAct_9fa48("327") ? sameDatabase && prevState.boundTo.includes(desired.integrationId) : (stryCov_9fa48("327"), !(stryMutAct_9fa48("330") ? sameDatabase || prevState.boundTo.includes(desired.integrationId) : stryMutAct_9fa48("329") ? false : stryMutAct_9fa48("328") ? true : (stryCov_9fa48("328", "329", "330"), sameDatabase && prevState.boundTo.includes(desired.integrationId))))))) {
          if (stryMutAct_9fa48("331")) {
            {}
          } else {
            stryCov_9fa48("331");
            if (stryMutAct_9fa48("333") ? false : stryMutAct_9fa48("332") ? true : (stryCov_9fa48("332", "333"), isOurs(prevState, ourIds, stryMutAct_9fa48("334") ? false : (stryCov_9fa48("334"), true)))) {
              if (stryMutAct_9fa48("335")) {
                {}
              } else {
                stryCov_9fa48("335");
                sql.push(stryMutAct_9fa48("336") ? {} : (stryCov_9fa48("336"), {
                  on: sameDatabase ? stryMutAct_9fa48("337") ? "" : (stryCov_9fa48("337"), "desired") : stryMutAct_9fa48("338") ? "" : (stryCov_9fa48("338"), "previous"),
                  sql: dropDatabase(previous.database)
                }));
              }
            } else if (stryMutAct_9fa48("340") ? false : stryMutAct_9fa48("339") ? true : (stryCov_9fa48("339", "340"), sameDatabase)) {
              if (stryMutAct_9fa48("341")) {
                {}
              } else {
                stryCov_9fa48("341");
                throw new ZeroEtlDatabaseRefused((stryMutAct_9fa48("342") ? `` : (stryCov_9fa48("342"), `database ${desired.database} now replicates from integration ${prevState.boundTo.join(stryMutAct_9fa48("343") ? "" : (stryCov_9fa48("343"), ", "))}, which this stack did not create; `)) + (stryMutAct_9fa48("344") ? `` : (stryCov_9fa48("344"), `choose another name with \`pulumi config set zeroEtlDatabase <name>\`.`)));
              }
            }
          }
        }
      }
    }
    const droppedDesired = stryMutAct_9fa48("347") ? sql.length > 0 || sameDatabase : stryMutAct_9fa48("346") ? false : stryMutAct_9fa48("345") ? true : (stryCov_9fa48("345", "346", "347"), (stryMutAct_9fa48("350") ? sql.length <= 0 : stryMutAct_9fa48("349") ? sql.length >= 0 : stryMutAct_9fa48("348") ? true : (stryCov_9fa48("348", "349", "350"), sql.length > 0)) && sameDatabase);
    const state = observed.desired;
    if (stryMutAct_9fa48("353") ? !state.exists && droppedDesired : stryMutAct_9fa48("352") ? false : stryMutAct_9fa48("351") ? true : (stryCov_9fa48("351", "352", "353"), (stryMutAct_9fa48("354") ? state.exists : (stryCov_9fa48("354"), !state.exists)) || droppedDesired)) {
      if (stryMutAct_9fa48("355")) {
        {}
      } else {
        stryCov_9fa48("355");
        if (stryMutAct_9fa48("358") ? observed.integration.found && observed.integration.targetDatabase !== "" && observed.integration.targetDatabase !== desired.database || observed.integration.targetDatabase !== previous?.database : stryMutAct_9fa48("357") ? false : stryMutAct_9fa48("356") ? true : (stryCov_9fa48("356", "357", "358"), (stryMutAct_9fa48("360") ? observed.integration.found && observed.integration.targetDatabase !== "" || observed.integration.targetDatabase !== desired.database : stryMutAct_9fa48("359") ? true : (stryCov_9fa48("359", "360"), (stryMutAct_9fa48("362") ? observed.integration.found || observed.integration.targetDatabase !== "" : stryMutAct_9fa48("361") ? true : (stryCov_9fa48("361", "362"), observed.integration.found && (stryMutAct_9fa48("364") ? observed.integration.targetDatabase === "" : stryMutAct_9fa48("363") ? true : (stryCov_9fa48("363", "364"), observed.integration.targetDatabase !== (stryMutAct_9fa48("365") ? "Stryker was here!" : (stryCov_9fa48("365"), "")))))) && (stryMutAct_9fa48("367") ? observed.integration.targetDatabase === desired.database : stryMutAct_9fa48("366") ? true : (stryCov_9fa48("366", "367"), observed.integration.targetDatabase !== desired.database)))) && (stryMutAct_9fa48("369") ? observed.integration.targetDatabase === previous?.database : stryMutAct_9fa48("368") ? true : (stryCov_9fa48("368", "369"), observed.integration.targetDatabase !== (stryMutAct_9fa48("370") ? previous.database : (stryCov_9fa48("370"), previous?.database)))))) {
          if (stryMutAct_9fa48("371")) {
            {}
          } else {
            stryCov_9fa48("371");
            throw new ZeroEtlDatabaseRefused((stryMutAct_9fa48("372") ? `` : (stryCov_9fa48("372"), `integration ${desired.integrationId} already replicates into database ${observed.integration.targetDatabase}; `)) + (stryMutAct_9fa48("373") ? `` : (stryCov_9fa48("373"), `set zeroEtlDatabase to it (\`pulumi config set zeroEtlDatabase ${observed.integration.targetDatabase}\`) or drop that database first.`)));
          }
        }
        sql.push(stryMutAct_9fa48("374") ? {} : (stryCov_9fa48("374"), {
          on: stryMutAct_9fa48("375") ? "" : (stryCov_9fa48("375"), "desired"),
          sql: createDatabaseFromIntegration(desired.database, desired.integrationId, settingsOf(desired))
        }));
        return sql;
      }
    }
    if (stryMutAct_9fa48("377") ? false : stryMutAct_9fa48("376") ? true : (stryCov_9fa48("376", "377"), state.boundTo.includes(desired.integrationId))) {
      if (stryMutAct_9fa48("378")) {
        {}
      } else {
        stryCov_9fa48("378");
        const changed = changedSettings(desired, (stryMutAct_9fa48("381") ? sameDatabase || sameIntegration : stryMutAct_9fa48("380") ? false : stryMutAct_9fa48("379") ? true : (stryCov_9fa48("379", "380", "381"), sameDatabase && sameIntegration)) ? previous : undefined, state);
        if (stryMutAct_9fa48("385") ? Object.keys(changed).length <= 0 : stryMutAct_9fa48("384") ? Object.keys(changed).length >= 0 : stryMutAct_9fa48("383") ? false : stryMutAct_9fa48("382") ? true : (stryCov_9fa48("382", "383", "384", "385"), Object.keys(changed).length > 0)) {
          if (stryMutAct_9fa48("386")) {
            {}
          } else {
            stryCov_9fa48("386");
            sql.push(stryMutAct_9fa48("387") ? {} : (stryCov_9fa48("387"), {
              on: stryMutAct_9fa48("388") ? "" : (stryCov_9fa48("388"), "desired"),
              sql: alterIntegrationSettings(desired.database, changed)
            }));
          }
        }
        return sql;
      }
    }
    throw new ZeroEtlDatabaseRefused((stryMutAct_9fa48("389") ? `` : (stryCov_9fa48("389"), `database ${desired.database} already exists in workgroup ${desired.workgroupName} and does not replicate from integration `)) + (stryMutAct_9fa48("390") ? `` : (stryCov_9fa48("390"), `${desired.integrationId}${(stryMutAct_9fa48("394") ? state.boundTo.length <= 0 : stryMutAct_9fa48("393") ? state.boundTo.length >= 0 : stryMutAct_9fa48("392") ? false : stryMutAct_9fa48("391") ? true : (stryCov_9fa48("391", "392", "393", "394"), state.boundTo.length > 0)) ? stryMutAct_9fa48("395") ? `` : (stryCov_9fa48("395"), ` (it replicates from ${state.boundTo.join(stryMutAct_9fa48("396") ? "" : (stryCov_9fa48("396"), ", "))})`) : stryMutAct_9fa48("397") ? "Stryker was here!" : (stryCov_9fa48("397"), "")}; `)) + (stryMutAct_9fa48("398") ? `` : (stryCov_9fa48("398"), `choose another name with \`pulumi config set zeroEtlDatabase <name>\`, or drop that database if it is no longer used.`)));
  }
}
const noReaders: ReadersState = stryMutAct_9fa48("399") ? {} : (stryCov_9fa48("399"), {
  roleExists: stryMutAct_9fa48("400") ? true : (stryCov_9fa48("400"), false),
  users: {}
});

/**
 * The SQL for the read-only users, after the database's own plan: a role `<database>_reader` with scoped USAGE/SELECT on
 * the zero-ETL database, granted to each listed IAM identity; users and role removed when no longer listed, and on delete.
 * `databaseCreated` says the database plan (re)creates the database, which takes its scoped grants with it.
 */
export function planReadOnlyUsers(action: Action, desired: DatabaseSpec, previous: DatabaseSpec | undefined, observed: Observed, databaseCreated: boolean): PlannedSql[] {
  if (stryMutAct_9fa48("401")) {
    {}
  } else {
    stryCov_9fa48("401");
    const here = stryMutAct_9fa48("402") ? observed.readers && noReaders : (stryCov_9fa48("402"), observed.readers ?? noReaders);
    const sql: PlannedSql[] = stryMutAct_9fa48("403") ? ["Stryker was here"] : (stryCov_9fa48("403"), []);
    if (stryMutAct_9fa48("406") ? action !== "delete" : stryMutAct_9fa48("405") ? false : stryMutAct_9fa48("404") ? true : (stryCov_9fa48("404", "405", "406"), action === (stryMutAct_9fa48("407") ? "" : (stryCov_9fa48("407"), "delete")))) {
      if (stryMutAct_9fa48("408")) {
        {}
      } else {
        stryCov_9fa48("408");
        // The stored input is both input and prev_input: its users are ours to remove.
        if (stryMutAct_9fa48("411") ? desired.readOnlyUsers.length !== 0 : stryMutAct_9fa48("410") ? false : stryMutAct_9fa48("409") ? true : (stryCov_9fa48("409", "410", "411"), desired.readOnlyUsers.length === 0)) return stryMutAct_9fa48("412") ? ["Stryker was here"] : (stryCov_9fa48("412"), []);
        if (stryMutAct_9fa48("414") ? false : stryMutAct_9fa48("413") ? true : (stryCov_9fa48("413", "414"), here.roleExists)) sql.push(stryMutAct_9fa48("415") ? {} : (stryCov_9fa48("415"), {
          on: stryMutAct_9fa48("416") ? "" : (stryCov_9fa48("416"), "desired"),
          sql: dropReaderRole(desired.database)
        }));
        for (const user of desired.readOnlyUsers) {
          if (stryMutAct_9fa48("417")) {
            {}
          } else {
            stryCov_9fa48("417");
            if (stryMutAct_9fa48("420") ? here.users[user].exists : stryMutAct_9fa48("419") ? false : stryMutAct_9fa48("418") ? true : (stryCov_9fa48("418", "419", "420"), here.users[user]?.exists)) sql.push(stryMutAct_9fa48("421") ? {} : (stryCov_9fa48("421"), {
              on: stryMutAct_9fa48("422") ? "" : (stryCov_9fa48("422"), "desired"),
              sql: dropUser(user)
            }));
          }
        }
        return sql;
      }
    }
    const want = desired.readOnlyUsers;
    const had = stryMutAct_9fa48("423") ? previous?.readOnlyUsers && [] : (stryCov_9fa48("423"), (stryMutAct_9fa48("424") ? previous.readOnlyUsers : (stryCov_9fa48("424"), previous?.readOnlyUsers)) ?? (stryMutAct_9fa48("425") ? ["Stryker was here"] : (stryCov_9fa48("425"), [])));
    const moved = stryMutAct_9fa48("428") ? previous !== undefined || !sameLocation(desired, previous) : stryMutAct_9fa48("427") ? false : stryMutAct_9fa48("426") ? true : (stryCov_9fa48("426", "427", "428"), (stryMutAct_9fa48("430") ? previous === undefined : stryMutAct_9fa48("429") ? true : (stryCov_9fa48("429", "430"), previous !== undefined)) && (stryMutAct_9fa48("431") ? sameLocation(desired, previous) : (stryCov_9fa48("431"), !sameLocation(desired, previous))));
    const sameWorkgroup = stryMutAct_9fa48("434") ? previous !== undefined || previous.workgroupName === desired.workgroupName : stryMutAct_9fa48("433") ? false : stryMutAct_9fa48("432") ? true : (stryCov_9fa48("432", "433", "434"), (stryMutAct_9fa48("436") ? previous === undefined : stryMutAct_9fa48("435") ? true : (stryCov_9fa48("435", "436"), previous !== undefined)) && (stryMutAct_9fa48("438") ? previous.workgroupName !== desired.workgroupName : stryMutAct_9fa48("437") ? true : (stryCov_9fa48("437", "438"), previous.workgroupName === desired.workgroupName)));
    if (stryMutAct_9fa48("441") ? moved || had.length > 0 : stryMutAct_9fa48("440") ? false : stryMutAct_9fa48("439") ? true : (stryCov_9fa48("439", "440", "441"), moved && (stryMutAct_9fa48("444") ? had.length <= 0 : stryMutAct_9fa48("443") ? had.length >= 0 : stryMutAct_9fa48("442") ? true : (stryCov_9fa48("442", "443", "444"), had.length > 0)))) {
      if (stryMutAct_9fa48("445")) {
        {}
      } else {
        stryCov_9fa48("445");
        // The old database's role goes; users stay only when they are still wanted in the same workgroup.
        const there = stryMutAct_9fa48("446") ? observed.previousReaders && noReaders : (stryCov_9fa48("446"), observed.previousReaders ?? noReaders);
        if (stryMutAct_9fa48("448") ? false : stryMutAct_9fa48("447") ? true : (stryCov_9fa48("447", "448"), there.roleExists)) sql.push(stryMutAct_9fa48("449") ? {} : (stryCov_9fa48("449"), {
          on: stryMutAct_9fa48("450") ? "" : (stryCov_9fa48("450"), "previous"),
          sql: dropReaderRole(previous!.database)
        }));
        for (const user of had) {
          if (stryMutAct_9fa48("451")) {
            {}
          } else {
            stryCov_9fa48("451");
            if (stryMutAct_9fa48("454") ? there.users[user]?.exists || !(sameWorkgroup && want.includes(user)) : stryMutAct_9fa48("453") ? false : stryMutAct_9fa48("452") ? true : (stryCov_9fa48("452", "453", "454"), (stryMutAct_9fa48("455") ? there.users[user].exists : (stryCov_9fa48("455"), there.users[user]?.exists)) && (stryMutAct_9fa48("456") ? sameWorkgroup && want.includes(user) : (stryCov_9fa48("456"), !(stryMutAct_9fa48("459") ? sameWorkgroup || want.includes(user) : stryMutAct_9fa48("458") ? false : stryMutAct_9fa48("457") ? true : (stryCov_9fa48("457", "458", "459"), sameWorkgroup && want.includes(user))))))) sql.push(stryMutAct_9fa48("460") ? {} : (stryCov_9fa48("460"), {
              on: stryMutAct_9fa48("461") ? "" : (stryCov_9fa48("461"), "previous"),
              sql: dropUser(user)
            }));
          }
        }
      }
    }
    if (stryMutAct_9fa48("464") ? want.length !== 0 : stryMutAct_9fa48("463") ? false : stryMutAct_9fa48("462") ? true : (stryCov_9fa48("462", "463", "464"), want.length === 0)) {
      if (stryMutAct_9fa48("465")) {
        {}
      } else {
        stryCov_9fa48("465");
        if (stryMutAct_9fa48("468") ? !moved || had.length > 0 : stryMutAct_9fa48("467") ? false : stryMutAct_9fa48("466") ? true : (stryCov_9fa48("466", "467", "468"), (stryMutAct_9fa48("469") ? moved : (stryCov_9fa48("469"), !moved)) && (stryMutAct_9fa48("472") ? had.length <= 0 : stryMutAct_9fa48("471") ? had.length >= 0 : stryMutAct_9fa48("470") ? true : (stryCov_9fa48("470", "471", "472"), had.length > 0)))) {
          if (stryMutAct_9fa48("473")) {
            {}
          } else {
            stryCov_9fa48("473");
            if (stryMutAct_9fa48("475") ? false : stryMutAct_9fa48("474") ? true : (stryCov_9fa48("474", "475"), here.roleExists)) sql.push(stryMutAct_9fa48("476") ? {} : (stryCov_9fa48("476"), {
              on: stryMutAct_9fa48("477") ? "" : (stryCov_9fa48("477"), "desired"),
              sql: dropReaderRole(desired.database)
            }));
            for (const user of had) {
              if (stryMutAct_9fa48("478")) {
                {}
              } else {
                stryCov_9fa48("478");
                if (stryMutAct_9fa48("481") ? here.users[user].exists : stryMutAct_9fa48("480") ? false : stryMutAct_9fa48("479") ? true : (stryCov_9fa48("479", "480", "481"), here.users[user]?.exists)) sql.push(stryMutAct_9fa48("482") ? {} : (stryCov_9fa48("482"), {
                  on: stryMutAct_9fa48("483") ? "" : (stryCov_9fa48("483"), "desired"),
                  sql: dropUser(user)
                }));
              }
            }
          }
        }
        return sql;
      }
    }
    if (stryMutAct_9fa48("486") ? false : stryMutAct_9fa48("485") ? true : stryMutAct_9fa48("484") ? here.roleExists : (stryCov_9fa48("484", "485", "486"), !here.roleExists)) sql.push(stryMutAct_9fa48("487") ? {} : (stryCov_9fa48("487"), {
      on: stryMutAct_9fa48("488") ? "" : (stryCov_9fa48("488"), "desired"),
      sql: createReaderRole(desired.database)
    }));
    if (stryMutAct_9fa48("491") ? (!here.roleExists || databaseCreated || moved) && had.length === 0 : stryMutAct_9fa48("490") ? false : stryMutAct_9fa48("489") ? true : (stryCov_9fa48("489", "490", "491"), (stryMutAct_9fa48("493") ? (!here.roleExists || databaseCreated) && moved : stryMutAct_9fa48("492") ? false : (stryCov_9fa48("492", "493"), (stryMutAct_9fa48("495") ? !here.roleExists && databaseCreated : stryMutAct_9fa48("494") ? false : (stryCov_9fa48("494", "495"), (stryMutAct_9fa48("496") ? here.roleExists : (stryCov_9fa48("496"), !here.roleExists)) || databaseCreated)) || moved)) || (stryMutAct_9fa48("498") ? had.length !== 0 : stryMutAct_9fa48("497") ? false : (stryCov_9fa48("497", "498"), had.length === 0)))) {
      if (stryMutAct_9fa48("499")) {
        {}
      } else {
        stryCov_9fa48("499");
        for (const grant of grantReaderScope(desired.database)) sql.push(stryMutAct_9fa48("500") ? {} : (stryCov_9fa48("500"), {
          on: stryMutAct_9fa48("501") ? "" : (stryCov_9fa48("501"), "zeroEtlDatabase"),
          sql: grant
        }));
      }
    }
    for (const user of want) {
      if (stryMutAct_9fa48("502")) {
        {}
      } else {
        stryCov_9fa48("502");
        const state = here.users[user];
        if (stryMutAct_9fa48("505") ? false : stryMutAct_9fa48("504") ? true : stryMutAct_9fa48("503") ? state?.exists : (stryCov_9fa48("503", "504", "505"), !(stryMutAct_9fa48("506") ? state.exists : (stryCov_9fa48("506"), state?.exists)))) sql.push(stryMutAct_9fa48("507") ? {} : (stryCov_9fa48("507"), {
          on: stryMutAct_9fa48("508") ? "" : (stryCov_9fa48("508"), "desired"),
          sql: createIamUser(user)
        }));
        if (stryMutAct_9fa48("511") ? !here.roleExists && !state?.member : stryMutAct_9fa48("510") ? false : stryMutAct_9fa48("509") ? true : (stryCov_9fa48("509", "510", "511"), (stryMutAct_9fa48("512") ? here.roleExists : (stryCov_9fa48("512"), !here.roleExists)) || (stryMutAct_9fa48("513") ? state?.member : (stryCov_9fa48("513"), !(stryMutAct_9fa48("514") ? state.member : (stryCov_9fa48("514"), state?.member)))))) sql.push(stryMutAct_9fa48("515") ? {} : (stryCov_9fa48("515"), {
          on: stryMutAct_9fa48("516") ? "" : (stryCov_9fa48("516"), "desired"),
          sql: grantReaderRole(desired.database, user)
        }));
      }
    }
    if (stryMutAct_9fa48("519") ? false : stryMutAct_9fa48("518") ? true : stryMutAct_9fa48("517") ? moved : (stryCov_9fa48("517", "518", "519"), !moved)) {
      if (stryMutAct_9fa48("520")) {
        {}
      } else {
        stryCov_9fa48("520");
        for (const user of stryMutAct_9fa48("521") ? had : (stryCov_9fa48("521"), had.filter(stryMutAct_9fa48("522") ? () => undefined : (stryCov_9fa48("522"), u => stryMutAct_9fa48("523") ? want.includes(u) : (stryCov_9fa48("523"), !want.includes(u)))))) {
          if (stryMutAct_9fa48("524")) {
            {}
          } else {
            stryCov_9fa48("524");
            const state = here.users[user];
            if (stryMutAct_9fa48("527") ? false : stryMutAct_9fa48("526") ? true : stryMutAct_9fa48("525") ? state?.exists : (stryCov_9fa48("525", "526", "527"), !(stryMutAct_9fa48("528") ? state.exists : (stryCov_9fa48("528"), state?.exists)))) continue;
            if (stryMutAct_9fa48("530") ? false : stryMutAct_9fa48("529") ? true : (stryCov_9fa48("529", "530"), state.member)) sql.push(stryMutAct_9fa48("531") ? {} : (stryCov_9fa48("531"), {
              on: stryMutAct_9fa48("532") ? "" : (stryCov_9fa48("532"), "desired"),
              sql: revokeReaderRole(desired.database, user)
            }));
            sql.push(stryMutAct_9fa48("533") ? {} : (stryCov_9fa48("533"), {
              on: stryMutAct_9fa48("534") ? "" : (stryCov_9fa48("534"), "desired"),
              sql: dropUser(user)
            }));
          }
        }
      }
    }
    return sql;
  }
}