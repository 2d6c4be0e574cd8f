// @ts-nocheck
// Reads and validates the pipeline Lambdas' environment: the stack config the component passes in, checked again here.
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
import { IDENTIFIER_PATTERN, PipelineTable } from "../../../sql/athena/pipeline";

/** A deployment mistake (bad or missing environment variable), not a run input problem. */
export class PipelineConfigError extends Error {
  constructor(message: string) {
    if (stryMutAct_9fa48("1211")) {
      {}
    } else {
      stryCov_9fa48("1211");
      super(message);
      this.name = stryMutAct_9fa48("1212") ? "" : (stryCov_9fa48("1212"), "PipelineConfigError");
    }
  }
}
export function requireEnv(name: string, pattern?: RegExp): string {
  if (stryMutAct_9fa48("1213")) {
    {}
  } else {
    stryCov_9fa48("1213");
    const value = process.env[name];
    if (stryMutAct_9fa48("1216") ? value === undefined && value === "" : stryMutAct_9fa48("1215") ? false : stryMutAct_9fa48("1214") ? true : (stryCov_9fa48("1214", "1215", "1216"), (stryMutAct_9fa48("1218") ? value !== undefined : stryMutAct_9fa48("1217") ? false : (stryCov_9fa48("1217", "1218"), value === undefined)) || (stryMutAct_9fa48("1220") ? value !== "" : stryMutAct_9fa48("1219") ? false : (stryCov_9fa48("1219", "1220"), value === (stryMutAct_9fa48("1221") ? "Stryker was here!" : (stryCov_9fa48("1221"), "")))))) {
      if (stryMutAct_9fa48("1222")) {
        {}
      } else {
        stryCov_9fa48("1222");
        throw new PipelineConfigError(stryMutAct_9fa48("1223") ? `` : (stryCov_9fa48("1223"), `environment variable ${name} is not set`));
      }
    }
    if (stryMutAct_9fa48("1226") ? pattern || !pattern.test(value) : stryMutAct_9fa48("1225") ? false : stryMutAct_9fa48("1224") ? true : (stryCov_9fa48("1224", "1225", "1226"), pattern && (stryMutAct_9fa48("1227") ? pattern.test(value) : (stryCov_9fa48("1227"), !pattern.test(value))))) {
      if (stryMutAct_9fa48("1228")) {
        {}
      } else {
        stryCov_9fa48("1228");
        throw new PipelineConfigError(stryMutAct_9fa48("1229") ? `` : (stryCov_9fa48("1229"), `environment variable ${name}=${JSON.stringify(value)} does not match ${pattern}`));
      }
    }
    return value;
  }
}
export function identifierEnv(name: string): string {
  if (stryMutAct_9fa48("1230")) {
    {}
  } else {
    stryCov_9fa48("1230");
    return requireEnv(name, IDENTIFIER_PATTERN);
  }
}
export function integerEnv(name: string, defaultValue: number, min: number, max: number): number {
  if (stryMutAct_9fa48("1231")) {
    {}
  } else {
    stryCov_9fa48("1231");
    const raw = process.env[name];
    if (stryMutAct_9fa48("1234") ? raw === undefined && raw === "" : stryMutAct_9fa48("1233") ? false : stryMutAct_9fa48("1232") ? true : (stryCov_9fa48("1232", "1233", "1234"), (stryMutAct_9fa48("1236") ? raw !== undefined : stryMutAct_9fa48("1235") ? false : (stryCov_9fa48("1235", "1236"), raw === undefined)) || (stryMutAct_9fa48("1238") ? raw !== "" : stryMutAct_9fa48("1237") ? false : (stryCov_9fa48("1237", "1238"), raw === (stryMutAct_9fa48("1239") ? "Stryker was here!" : (stryCov_9fa48("1239"), "")))))) {
      if (stryMutAct_9fa48("1240")) {
        {}
      } else {
        stryCov_9fa48("1240");
        return defaultValue;
      }
    }
    const n = Number(raw);
    if (stryMutAct_9fa48("1243") ? (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < min) && n > max : stryMutAct_9fa48("1242") ? false : stryMutAct_9fa48("1241") ? true : (stryCov_9fa48("1241", "1242", "1243"), (stryMutAct_9fa48("1245") ? (!/^\d+$/.test(raw) || !Number.isSafeInteger(n)) && n < min : stryMutAct_9fa48("1244") ? false : (stryCov_9fa48("1244", "1245"), (stryMutAct_9fa48("1247") ? !/^\d+$/.test(raw) && !Number.isSafeInteger(n) : stryMutAct_9fa48("1246") ? false : (stryCov_9fa48("1246", "1247"), (stryMutAct_9fa48("1248") ? /^\d+$/.test(raw) : (stryCov_9fa48("1248"), !(stryMutAct_9fa48("1252") ? /^\D+$/ : stryMutAct_9fa48("1251") ? /^\d$/ : stryMutAct_9fa48("1250") ? /^\d+/ : stryMutAct_9fa48("1249") ? /\d+$/ : (stryCov_9fa48("1249", "1250", "1251", "1252"), /^\d+$/)).test(raw))) || (stryMutAct_9fa48("1253") ? Number.isSafeInteger(n) : (stryCov_9fa48("1253"), !Number.isSafeInteger(n))))) || (stryMutAct_9fa48("1256") ? n >= min : stryMutAct_9fa48("1255") ? n <= min : stryMutAct_9fa48("1254") ? false : (stryCov_9fa48("1254", "1255", "1256"), n < min)))) || (stryMutAct_9fa48("1259") ? n <= max : stryMutAct_9fa48("1258") ? n >= max : stryMutAct_9fa48("1257") ? false : (stryCov_9fa48("1257", "1258", "1259"), n > max)))) {
      if (stryMutAct_9fa48("1260")) {
        {}
      } else {
        stryCov_9fa48("1260");
        throw new PipelineConfigError(stryMutAct_9fa48("1261") ? `` : (stryCov_9fa48("1261"), `environment variable ${name}=${JSON.stringify(raw)} is not a whole number from ${min} to ${max}`));
      }
    }
    return n;
  }
}
export function booleanEnv(name: string, defaultValue: boolean): boolean {
  if (stryMutAct_9fa48("1262")) {
    {}
  } else {
    stryCov_9fa48("1262");
    const raw = process.env[name];
    if (stryMutAct_9fa48("1265") ? raw === undefined && raw === "" : stryMutAct_9fa48("1264") ? false : stryMutAct_9fa48("1263") ? true : (stryCov_9fa48("1263", "1264", "1265"), (stryMutAct_9fa48("1267") ? raw !== undefined : stryMutAct_9fa48("1266") ? false : (stryCov_9fa48("1266", "1267"), raw === undefined)) || (stryMutAct_9fa48("1269") ? raw !== "" : stryMutAct_9fa48("1268") ? false : (stryCov_9fa48("1268", "1269"), raw === (stryMutAct_9fa48("1270") ? "Stryker was here!" : (stryCov_9fa48("1270"), "")))))) {
      if (stryMutAct_9fa48("1271")) {
        {}
      } else {
        stryCov_9fa48("1271");
        return defaultValue;
      }
    }
    if (stryMutAct_9fa48("1274") ? raw !== "true" || raw !== "false" : stryMutAct_9fa48("1273") ? false : stryMutAct_9fa48("1272") ? true : (stryCov_9fa48("1272", "1273", "1274"), (stryMutAct_9fa48("1276") ? raw === "true" : stryMutAct_9fa48("1275") ? true : (stryCov_9fa48("1275", "1276"), raw !== (stryMutAct_9fa48("1277") ? "" : (stryCov_9fa48("1277"), "true")))) && (stryMutAct_9fa48("1279") ? raw === "false" : stryMutAct_9fa48("1278") ? true : (stryCov_9fa48("1278", "1279"), raw !== (stryMutAct_9fa48("1280") ? "" : (stryCov_9fa48("1280"), "false")))))) {
      if (stryMutAct_9fa48("1281")) {
        {}
      } else {
        stryCov_9fa48("1281");
        throw new PipelineConfigError(stryMutAct_9fa48("1282") ? `` : (stryCov_9fa48("1282"), `environment variable ${name}=${JSON.stringify(raw)} is not true or false`));
      }
    }
    return stryMutAct_9fa48("1285") ? raw !== "true" : stryMutAct_9fa48("1284") ? false : stryMutAct_9fa48("1283") ? true : (stryCov_9fa48("1283", "1284", "1285"), raw === (stryMutAct_9fa48("1286") ? "" : (stryCov_9fa48("1286"), "true")));
  }
}

/** S3 key prefix without leading or trailing slash, e.g. "exports". */
export const PREFIX_PATTERN = stryMutAct_9fa48("1293") ? /^[A-Za-z0-9_.-]+(?:\/[^A-Za-z0-9_.-]+)*$/ : stryMutAct_9fa48("1292") ? /^[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-])*$/ : stryMutAct_9fa48("1291") ? /^[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)$/ : stryMutAct_9fa48("1290") ? /^[^A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*$/ : stryMutAct_9fa48("1289") ? /^[A-Za-z0-9_.-](?:\/[A-Za-z0-9_.-]+)*$/ : stryMutAct_9fa48("1288") ? /^[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*/ : stryMutAct_9fa48("1287") ? /[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*$/ : (stryCov_9fa48("1287", "1288", "1289", "1290", "1291", "1292", "1293"), /^[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*$/);
export const BUCKET_PATTERN = stryMutAct_9fa48("1299") ? /^[a-z0-9][a-z0-9.-]{1,61}[^a-z0-9]$/ : stryMutAct_9fa48("1298") ? /^[a-z0-9][^a-z0-9.-]{1,61}[a-z0-9]$/ : stryMutAct_9fa48("1297") ? /^[a-z0-9][a-z0-9.-][a-z0-9]$/ : stryMutAct_9fa48("1296") ? /^[^a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/ : stryMutAct_9fa48("1295") ? /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/ : stryMutAct_9fa48("1294") ? /[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/ : (stryCov_9fa48("1294", "1295", "1296", "1297", "1298", "1299"), /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/);

/**
 * PIPELINE_TABLES: the stack's `tables` as JSON. Every name is checked again, because whatever is here becomes SQL.
 */
export function parseTables(raw: string): readonly PipelineTable[] {
  if (stryMutAct_9fa48("1300")) {
    {}
  } else {
    stryCov_9fa48("1300");
    let parsed: unknown;
    try {
      if (stryMutAct_9fa48("1301")) {
        {}
      } else {
        stryCov_9fa48("1301");
        parsed = JSON.parse(raw);
      }
    } catch {
      if (stryMutAct_9fa48("1302")) {
        {}
      } else {
        stryCov_9fa48("1302");
        throw new PipelineConfigError(stryMutAct_9fa48("1303") ? "" : (stryCov_9fa48("1303"), "environment variable PIPELINE_TABLES is not JSON"));
      }
    }
    if (stryMutAct_9fa48("1306") ? !Array.isArray(parsed) && parsed.length === 0 : stryMutAct_9fa48("1305") ? false : stryMutAct_9fa48("1304") ? true : (stryCov_9fa48("1304", "1305", "1306"), (stryMutAct_9fa48("1307") ? Array.isArray(parsed) : (stryCov_9fa48("1307"), !Array.isArray(parsed))) || (stryMutAct_9fa48("1309") ? parsed.length !== 0 : stryMutAct_9fa48("1308") ? false : (stryCov_9fa48("1308", "1309"), parsed.length === 0)))) {
      if (stryMutAct_9fa48("1310")) {
        {}
      } else {
        stryCov_9fa48("1310");
        throw new PipelineConfigError(stryMutAct_9fa48("1311") ? "" : (stryCov_9fa48("1311"), "environment variable PIPELINE_TABLES must be a non-empty JSON list of tables"));
      }
    }
    const seen = new Set<string>();
    return parsed.map((entry: unknown, i: number): PipelineTable => {
      if (stryMutAct_9fa48("1312")) {
        {}
      } else {
        stryCov_9fa48("1312");
        const e = (typeof entry === "object" && entry !== null ? entry : {}) as Record<string, unknown>;
        const ok = stryMutAct_9fa48("1315") ? typeof e.name === "string" && IDENTIFIER_PATTERN.test(e.name) && Array.isArray(e.primaryKey) && e.primaryKey.length > 0 && e.primaryKey.every(k => typeof k === "string" && IDENTIFIER_PATTERN.test(k)) || e.timestampColumn === undefined || typeof e.timestampColumn === "string" && IDENTIFIER_PATTERN.test(e.timestampColumn) : stryMutAct_9fa48("1314") ? false : stryMutAct_9fa48("1313") ? true : (stryCov_9fa48("1313", "1314", "1315"), (stryMutAct_9fa48("1317") ? typeof e.name === "string" && IDENTIFIER_PATTERN.test(e.name) && Array.isArray(e.primaryKey) && e.primaryKey.length > 0 || e.primaryKey.every(k => typeof k === "string" && IDENTIFIER_PATTERN.test(k)) : stryMutAct_9fa48("1316") ? true : (stryCov_9fa48("1316", "1317"), (stryMutAct_9fa48("1319") ? typeof e.name === "string" && IDENTIFIER_PATTERN.test(e.name) && Array.isArray(e.primaryKey) || e.primaryKey.length > 0 : stryMutAct_9fa48("1318") ? true : (stryCov_9fa48("1318", "1319"), (stryMutAct_9fa48("1321") ? typeof e.name === "string" && IDENTIFIER_PATTERN.test(e.name) || Array.isArray(e.primaryKey) : stryMutAct_9fa48("1320") ? true : (stryCov_9fa48("1320", "1321"), (stryMutAct_9fa48("1323") ? typeof e.name === "string" || IDENTIFIER_PATTERN.test(e.name) : stryMutAct_9fa48("1322") ? true : (stryCov_9fa48("1322", "1323"), (stryMutAct_9fa48("1325") ? typeof e.name !== "string" : stryMutAct_9fa48("1324") ? true : (stryCov_9fa48("1324", "1325"), typeof e.name === (stryMutAct_9fa48("1326") ? "" : (stryCov_9fa48("1326"), "string")))) && IDENTIFIER_PATTERN.test(e.name))) && Array.isArray(e.primaryKey))) && (stryMutAct_9fa48("1329") ? e.primaryKey.length <= 0 : stryMutAct_9fa48("1328") ? e.primaryKey.length >= 0 : stryMutAct_9fa48("1327") ? true : (stryCov_9fa48("1327", "1328", "1329"), e.primaryKey.length > 0)))) && (stryMutAct_9fa48("1330") ? e.primaryKey.some(k => typeof k === "string" && IDENTIFIER_PATTERN.test(k)) : (stryCov_9fa48("1330"), e.primaryKey.every(stryMutAct_9fa48("1331") ? () => undefined : (stryCov_9fa48("1331"), k => stryMutAct_9fa48("1334") ? typeof k === "string" || IDENTIFIER_PATTERN.test(k) : stryMutAct_9fa48("1333") ? false : stryMutAct_9fa48("1332") ? true : (stryCov_9fa48("1332", "1333", "1334"), (stryMutAct_9fa48("1336") ? typeof k !== "string" : stryMutAct_9fa48("1335") ? true : (stryCov_9fa48("1335", "1336"), typeof k === (stryMutAct_9fa48("1337") ? "" : (stryCov_9fa48("1337"), "string")))) && IDENTIFIER_PATTERN.test(k)))))))) && (stryMutAct_9fa48("1339") ? e.timestampColumn === undefined && typeof e.timestampColumn === "string" && IDENTIFIER_PATTERN.test(e.timestampColumn) : stryMutAct_9fa48("1338") ? true : (stryCov_9fa48("1338", "1339"), (stryMutAct_9fa48("1341") ? e.timestampColumn !== undefined : stryMutAct_9fa48("1340") ? false : (stryCov_9fa48("1340", "1341"), e.timestampColumn === undefined)) || (stryMutAct_9fa48("1343") ? typeof e.timestampColumn === "string" || IDENTIFIER_PATTERN.test(e.timestampColumn) : stryMutAct_9fa48("1342") ? false : (stryCov_9fa48("1342", "1343"), (stryMutAct_9fa48("1345") ? typeof e.timestampColumn !== "string" : stryMutAct_9fa48("1344") ? true : (stryCov_9fa48("1344", "1345"), typeof e.timestampColumn === (stryMutAct_9fa48("1346") ? "" : (stryCov_9fa48("1346"), "string")))) && IDENTIFIER_PATTERN.test(e.timestampColumn))))));
        if (stryMutAct_9fa48("1349") ? !ok && seen.has(String(e.name).toLowerCase()) : stryMutAct_9fa48("1348") ? false : stryMutAct_9fa48("1347") ? true : (stryCov_9fa48("1347", "1348", "1349"), (stryMutAct_9fa48("1350") ? ok : (stryCov_9fa48("1350"), !ok)) || seen.has(stryMutAct_9fa48("1351") ? String(e.name).toUpperCase() : (stryCov_9fa48("1351"), String(e.name).toLowerCase())))) {
          if (stryMutAct_9fa48("1352")) {
            {}
          } else {
            stryCov_9fa48("1352");
            throw new PipelineConfigError(stryMutAct_9fa48("1353") ? `` : (stryCov_9fa48("1353"), `PIPELINE_TABLES[${i}] is not a valid, unique {name, primaryKey, timestampColumn?}: ${JSON.stringify(entry)}`));
          }
        }
        seen.add(stryMutAct_9fa48("1354") ? (e.name as string).toUpperCase() : (stryCov_9fa48("1354"), (e.name as string).toLowerCase()));
        return stryMutAct_9fa48("1355") ? {} : (stryCov_9fa48("1355"), {
          name: e.name as string,
          primaryKey: stryMutAct_9fa48("1356") ? [] : (stryCov_9fa48("1356"), [...(e.primaryKey as string[])]),
          ...((stryMutAct_9fa48("1359") ? e.timestampColumn === undefined : stryMutAct_9fa48("1358") ? false : stryMutAct_9fa48("1357") ? true : (stryCov_9fa48("1357", "1358", "1359"), e.timestampColumn !== undefined)) ? stryMutAct_9fa48("1360") ? {} : (stryCov_9fa48("1360"), {
            timestampColumn: e.timestampColumn as string
          }) : {})
        });
      }
    });
  }
}
export function tablesEnv(): readonly PipelineTable[] {
  if (stryMutAct_9fa48("1361")) {
    {}
  } else {
    stryCov_9fa48("1361");
    return parseTables(requireEnv(stryMutAct_9fa48("1362") ? "" : (stryCov_9fa48("1362"), "PIPELINE_TABLES")));
  }
}

/** Finds a configured table by exact name; anything else is refused, so state input cannot name a table. */
export function configuredTable(tables: readonly PipelineTable[], name: unknown): PipelineTable {
  if (stryMutAct_9fa48("1363")) {
    {}
  } else {
    stryCov_9fa48("1363");
    const table = tables.find(stryMutAct_9fa48("1364") ? () => undefined : (stryCov_9fa48("1364"), t => stryMutAct_9fa48("1367") ? t.name !== name : stryMutAct_9fa48("1366") ? false : stryMutAct_9fa48("1365") ? true : (stryCov_9fa48("1365", "1366", "1367"), t.name === name)));
    if (stryMutAct_9fa48("1370") ? false : stryMutAct_9fa48("1369") ? true : stryMutAct_9fa48("1368") ? table : (stryCov_9fa48("1368", "1369", "1370"), !table)) {
      if (stryMutAct_9fa48("1371")) {
        {}
      } else {
        stryCov_9fa48("1371");
        throw new PipelineConfigError(stryMutAct_9fa48("1372") ? `` : (stryCov_9fa48("1372"), `table ${JSON.stringify(name)} is not one of the configured tables (${tables.map(stryMutAct_9fa48("1373") ? () => undefined : (stryCov_9fa48("1373"), t => t.name)).join(stryMutAct_9fa48("1374") ? "" : (stryCov_9fa48("1374"), ", "))})`));
      }
    }
    return table;
  }
}
export const EXPORT_TASK_ID_PATTERN = stryMutAct_9fa48("1381") ? /^[A-Za-z](?:[A-Za-z0-9]|-(?!-)){0,58}[^A-Za-z0-9]$/ : stryMutAct_9fa48("1380") ? /^[A-Za-z](?:[A-Za-z0-9]|-(?=-)){0,58}[A-Za-z0-9]$/ : stryMutAct_9fa48("1379") ? /^[A-Za-z](?:[^A-Za-z0-9]|-(?!-)){0,58}[A-Za-z0-9]$/ : stryMutAct_9fa48("1378") ? /^[A-Za-z](?:[A-Za-z0-9]|-(?!-))[A-Za-z0-9]$/ : stryMutAct_9fa48("1377") ? /^[^A-Za-z](?:[A-Za-z0-9]|-(?!-)){0,58}[A-Za-z0-9]$/ : stryMutAct_9fa48("1376") ? /^[A-Za-z](?:[A-Za-z0-9]|-(?!-)){0,58}[A-Za-z0-9]/ : stryMutAct_9fa48("1375") ? /[A-Za-z](?:[A-Za-z0-9]|-(?!-)){0,58}[A-Za-z0-9]$/ : (stryCov_9fa48("1375", "1376", "1377", "1378", "1379", "1380", "1381"), /^[A-Za-z](?:[A-Za-z0-9]|-(?!-)){0,58}[A-Za-z0-9]$/);
export const RUN_ID_PATTERN = stryMutAct_9fa48("1389") ? /^r\d{8}t\d{6}_[^0-9a-f]{8}$/ : stryMutAct_9fa48("1388") ? /^r\d{8}t\d{6}_[0-9a-f]$/ : stryMutAct_9fa48("1387") ? /^r\d{8}t\D{6}_[0-9a-f]{8}$/ : stryMutAct_9fa48("1386") ? /^r\d{8}t\d_[0-9a-f]{8}$/ : stryMutAct_9fa48("1385") ? /^r\D{8}t\d{6}_[0-9a-f]{8}$/ : stryMutAct_9fa48("1384") ? /^r\dt\d{6}_[0-9a-f]{8}$/ : stryMutAct_9fa48("1383") ? /^r\d{8}t\d{6}_[0-9a-f]{8}/ : stryMutAct_9fa48("1382") ? /r\d{8}t\d{6}_[0-9a-f]{8}$/ : (stryCov_9fa48("1382", "1383", "1384", "1385", "1386", "1387", "1388", "1389"), /^r\d{8}t\d{6}_[0-9a-f]{8}$/);

/** One JSON line per event, so CloudWatch Logs Insights can filter by field. */
export function log(event: string, fields: Record<string, unknown>): void {
  if (stryMutAct_9fa48("1390")) {
    {}
  } else {
    stryCov_9fa48("1390");
    console.log(JSON.stringify(stryMutAct_9fa48("1391") ? {} : (stryCov_9fa48("1391"), {
      event,
      ...fields
    })));
  }
}