// @ts-nocheck
// Reads Pulumi.<stack>.yaml into the raw key -> string lookup that parseStackConfig takes, as `pulumi config get` would.
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
import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { PROJECT, RawConfig } from "../../components/config";
import { InputError } from "./inputs";

/** Pulumi stack names: letters, digits, hyphens, underscores and dots; no path separators, so no escaping the dir. */
const STACK_NAME_PATTERN = stryMutAct_9fa48("1177") ? /^[A-Za-z0-9_-][^A-Za-z0-9_.-]*$/ : stryMutAct_9fa48("1176") ? /^[A-Za-z0-9_-][A-Za-z0-9_.-]$/ : stryMutAct_9fa48("1175") ? /^[^A-Za-z0-9_-][A-Za-z0-9_.-]*$/ : stryMutAct_9fa48("1174") ? /^[A-Za-z0-9_-][A-Za-z0-9_.-]*/ : stryMutAct_9fa48("1173") ? /[A-Za-z0-9_-][A-Za-z0-9_.-]*$/ : (stryCov_9fa48("1173", "1174", "1175", "1176", "1177"), /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/);
export interface StackFile {
  readonly raw: RawConfig;
  /** The stack's aws:region, when set. */
  readonly region?: string;
  /** Keys whose values are encrypted (`secure:`), which this script cannot read; they count as unset. */
  readonly secretKeys: readonly string[];
}
function isSecret(value: unknown): boolean {
  if (stryMutAct_9fa48("1178")) {
    {}
  } else {
    stryCov_9fa48("1178");
    return stryMutAct_9fa48("1181") ? typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 1 || "secure" in value : stryMutAct_9fa48("1180") ? false : stryMutAct_9fa48("1179") ? true : (stryCov_9fa48("1179", "1180", "1181"), (stryMutAct_9fa48("1183") ? typeof value === "object" && value !== null && !Array.isArray(value) || Object.keys(value).length === 1 : stryMutAct_9fa48("1182") ? true : (stryCov_9fa48("1182", "1183"), (stryMutAct_9fa48("1185") ? typeof value === "object" && value !== null || !Array.isArray(value) : stryMutAct_9fa48("1184") ? true : (stryCov_9fa48("1184", "1185"), (stryMutAct_9fa48("1187") ? typeof value === "object" || value !== null : stryMutAct_9fa48("1186") ? true : (stryCov_9fa48("1186", "1187"), (stryMutAct_9fa48("1189") ? typeof value !== "object" : stryMutAct_9fa48("1188") ? true : (stryCov_9fa48("1188", "1189"), typeof value === (stryMutAct_9fa48("1190") ? "" : (stryCov_9fa48("1190"), "object")))) && (stryMutAct_9fa48("1192") ? value === null : stryMutAct_9fa48("1191") ? true : (stryCov_9fa48("1191", "1192"), value !== null)))) && (stryMutAct_9fa48("1193") ? Array.isArray(value) : (stryCov_9fa48("1193"), !Array.isArray(value))))) && (stryMutAct_9fa48("1195") ? Object.keys(value).length !== 1 : stryMutAct_9fa48("1194") ? true : (stryCov_9fa48("1194", "1195"), Object.keys(value).length === 1)))) && (stryMutAct_9fa48("1196") ? "" : (stryCov_9fa48("1196"), "secure")) in value);
  }
}

/** Config values the way Pulumi hands them to a program: scalars as text, objects and arrays as JSON. */
function asConfigString(value: unknown): string | undefined {
  if (stryMutAct_9fa48("1197")) {
    {}
  } else {
    stryCov_9fa48("1197");
    if (stryMutAct_9fa48("1200") ? value === null && value === undefined : stryMutAct_9fa48("1199") ? false : stryMutAct_9fa48("1198") ? true : (stryCov_9fa48("1198", "1199", "1200"), (stryMutAct_9fa48("1202") ? value !== null : stryMutAct_9fa48("1201") ? false : (stryCov_9fa48("1201", "1202"), value === null)) || (stryMutAct_9fa48("1204") ? value !== undefined : stryMutAct_9fa48("1203") ? false : (stryCov_9fa48("1203", "1204"), value === undefined)))) {
      if (stryMutAct_9fa48("1205")) {
        {}
      } else {
        stryCov_9fa48("1205");
        return undefined;
      }
    }
    if (stryMutAct_9fa48("1208") ? typeof value !== "object" : stryMutAct_9fa48("1207") ? false : stryMutAct_9fa48("1206") ? true : (stryCov_9fa48("1206", "1207", "1208"), typeof value === (stryMutAct_9fa48("1209") ? "" : (stryCov_9fa48("1209"), "object")))) {
      if (stryMutAct_9fa48("1210")) {
        {}
      } else {
        stryCov_9fa48("1210");
        return JSON.stringify(value);
      }
    }
    return String(value);
  }
}

/** Parses the YAML text of a stack file; `fileName` only names it in errors. */
export function parseStackFile(text: string, fileName: string): StackFile {
  if (stryMutAct_9fa48("1211")) {
    {}
  } else {
    stryCov_9fa48("1211");
    let doc: unknown;
    try {
      if (stryMutAct_9fa48("1212")) {
        {}
      } else {
        stryCov_9fa48("1212");
        doc = parse(text);
      }
    } catch (e) {
      if (stryMutAct_9fa48("1213")) {
        {}
      } else {
        stryCov_9fa48("1213");
        throw new InputError(stryMutAct_9fa48("1214") ? `` : (stryCov_9fa48("1214"), `${fileName} is not valid YAML: ${(e as Error).message}`));
      }
    }
    const config = (stryMutAct_9fa48("1217") ? doc === null && doc === undefined : stryMutAct_9fa48("1216") ? false : stryMutAct_9fa48("1215") ? true : (stryCov_9fa48("1215", "1216", "1217"), (stryMutAct_9fa48("1219") ? doc !== null : stryMutAct_9fa48("1218") ? false : (stryCov_9fa48("1218", "1219"), doc === null)) || (stryMutAct_9fa48("1221") ? doc !== undefined : stryMutAct_9fa48("1220") ? false : (stryCov_9fa48("1220", "1221"), doc === undefined)))) ? {} : stryMutAct_9fa48("1222") ? (doc as Record<string, unknown>).config && {} : (stryCov_9fa48("1222"), (doc as Record<string, unknown>).config ?? {});
    if (stryMutAct_9fa48("1225") ? (typeof config !== "object" || config === null) && Array.isArray(config) : stryMutAct_9fa48("1224") ? false : stryMutAct_9fa48("1223") ? true : (stryCov_9fa48("1223", "1224", "1225"), (stryMutAct_9fa48("1227") ? typeof config !== "object" && config === null : stryMutAct_9fa48("1226") ? false : (stryCov_9fa48("1226", "1227"), (stryMutAct_9fa48("1229") ? typeof config === "object" : stryMutAct_9fa48("1228") ? false : (stryCov_9fa48("1228", "1229"), typeof config !== (stryMutAct_9fa48("1230") ? "" : (stryCov_9fa48("1230"), "object")))) || (stryMutAct_9fa48("1232") ? config !== null : stryMutAct_9fa48("1231") ? false : (stryCov_9fa48("1231", "1232"), config === null)))) || Array.isArray(config))) {
      if (stryMutAct_9fa48("1233")) {
        {}
      } else {
        stryCov_9fa48("1233");
        throw new InputError(stryMutAct_9fa48("1234") ? `` : (stryCov_9fa48("1234"), `${fileName}: "config" must be a map of <namespace>:<key> to values.`));
      }
    }
    const values = new Map<string, string>();
    const secretKeys: string[] = stryMutAct_9fa48("1235") ? ["Stryker was here"] : (stryCov_9fa48("1235"), []);
    const prefix = stryMutAct_9fa48("1236") ? `` : (stryCov_9fa48("1236"), `${PROJECT}:`);
    for (const [fullKey, value] of Object.entries(config as Record<string, unknown>)) {
      if (stryMutAct_9fa48("1237")) {
        {}
      } else {
        stryCov_9fa48("1237");
        if (stryMutAct_9fa48("1240") ? false : stryMutAct_9fa48("1239") ? true : stryMutAct_9fa48("1238") ? fullKey.startsWith(prefix) : (stryCov_9fa48("1238", "1239", "1240"), !(stryMutAct_9fa48("1241") ? fullKey.endsWith(prefix) : (stryCov_9fa48("1241"), fullKey.startsWith(prefix))))) {
          if (stryMutAct_9fa48("1242")) {
            {}
          } else {
            stryCov_9fa48("1242");
            continue;
          }
        }
        const key = stryMutAct_9fa48("1243") ? fullKey : (stryCov_9fa48("1243"), fullKey.slice(prefix.length));
        if (stryMutAct_9fa48("1245") ? false : stryMutAct_9fa48("1244") ? true : (stryCov_9fa48("1244", "1245"), isSecret(value))) {
          if (stryMutAct_9fa48("1246")) {
            {}
          } else {
            stryCov_9fa48("1246");
            secretKeys.push(key);
            continue;
          }
        }
        const text = asConfigString(value);
        if (stryMutAct_9fa48("1249") ? text === undefined : stryMutAct_9fa48("1248") ? false : stryMutAct_9fa48("1247") ? true : (stryCov_9fa48("1247", "1248", "1249"), text !== undefined)) {
          if (stryMutAct_9fa48("1250")) {
            {}
          } else {
            stryCov_9fa48("1250");
            values.set(key, text);
          }
        }
      }
    }
    const region = asConfigString((config as Record<string, unknown>)[stryMutAct_9fa48("1251") ? "" : (stryCov_9fa48("1251"), "aws:region")]);
    return stryMutAct_9fa48("1252") ? {} : (stryCov_9fa48("1252"), {
      raw: stryMutAct_9fa48("1253") ? () => undefined : (stryCov_9fa48("1253"), key => values.get(key)),
      ...((stryMutAct_9fa48("1256") ? region === undefined : stryMutAct_9fa48("1255") ? false : stryMutAct_9fa48("1254") ? true : (stryCov_9fa48("1254", "1255", "1256"), region !== undefined)) ? stryMutAct_9fa48("1257") ? {} : (stryCov_9fa48("1257"), {
        region
      }) : {}),
      secretKeys
    });
  }
}

/** Reads `<dir>/Pulumi.<stackName>.yaml`. */
export function readStackFile(dir: string, stackName: string): StackFile {
  if (stryMutAct_9fa48("1258")) {
    {}
  } else {
    stryCov_9fa48("1258");
    if (stryMutAct_9fa48("1261") ? false : stryMutAct_9fa48("1260") ? true : stryMutAct_9fa48("1259") ? STACK_NAME_PATTERN.test(stackName) : (stryCov_9fa48("1259", "1260", "1261"), !STACK_NAME_PATTERN.test(stackName))) {
      if (stryMutAct_9fa48("1262")) {
        {}
      } else {
        stryCov_9fa48("1262");
        throw new InputError(stryMutAct_9fa48("1263") ? `` : (stryCov_9fa48("1263"), `--stack has the invalid value ${JSON.stringify(stackName)}: allowed is a stack name of letters, digits, hyphens, underscores and dots.`));
      }
    }
    const fileName = path.join(dir, stryMutAct_9fa48("1264") ? `` : (stryCov_9fa48("1264"), `Pulumi.${stackName}.yaml`));
    let text: string;
    try {
      if (stryMutAct_9fa48("1265")) {
        {}
      } else {
        stryCov_9fa48("1265");
        text = fs.readFileSync(fileName, stryMutAct_9fa48("1266") ? "" : (stryCov_9fa48("1266"), "utf8"));
      }
    } catch (e) {
      if (stryMutAct_9fa48("1267")) {
        {}
      } else {
        stryCov_9fa48("1267");
        if (stryMutAct_9fa48("1270") ? (e as NodeJS.ErrnoException).code !== "ENOENT" : stryMutAct_9fa48("1269") ? false : stryMutAct_9fa48("1268") ? true : (stryCov_9fa48("1268", "1269", "1270"), (e as NodeJS.ErrnoException).code === (stryMutAct_9fa48("1271") ? "" : (stryCov_9fa48("1271"), "ENOENT")))) {
          if (stryMutAct_9fa48("1272")) {
            {}
          } else {
            stryCov_9fa48("1272");
            throw new InputError(stryMutAct_9fa48("1273") ? `` : (stryCov_9fa48("1273"), `No stack file ${fileName}: create the stack with \`pulumi stack init ${stackName}\` and set its config, or pass --dir with the project directory.`));
          }
        }
        throw e;
      }
    }
    return parseStackFile(text, fileName);
  }
}