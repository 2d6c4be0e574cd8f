// @ts-nocheck
// 
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
const STACK_NAME_PATTERN = stryMutAct_9fa48("993") ? /^[A-Za-z0-9_-][^A-Za-z0-9_.-]*$/ : stryMutAct_9fa48("992") ? /^[A-Za-z0-9_-][A-Za-z0-9_.-]$/ : stryMutAct_9fa48("991") ? /^[^A-Za-z0-9_-][A-Za-z0-9_.-]*$/ : stryMutAct_9fa48("990") ? /^[A-Za-z0-9_-][A-Za-z0-9_.-]*/ : stryMutAct_9fa48("989") ? /[A-Za-z0-9_-][A-Za-z0-9_.-]*$/ : (stryCov_9fa48("989", "990", "991", "992", "993"), /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/);
export interface StackFile {
  readonly raw: RawConfig;
  /** The stack's aws:region, when set. */
  readonly region?: string;
  /** Keys whose values are encrypted (`secure:`), which this script cannot read; they count as unset. */
  readonly secretKeys: readonly string[];
}
function isSecret(value: unknown): boolean {
  if (stryMutAct_9fa48("994")) {
    {}
  } else {
    stryCov_9fa48("994");
    return stryMutAct_9fa48("997") ? typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 1 || "secure" in value : stryMutAct_9fa48("996") ? false : stryMutAct_9fa48("995") ? true : (stryCov_9fa48("995", "996", "997"), (stryMutAct_9fa48("999") ? typeof value === "object" && value !== null && !Array.isArray(value) || Object.keys(value).length === 1 : stryMutAct_9fa48("998") ? true : (stryCov_9fa48("998", "999"), (stryMutAct_9fa48("1001") ? typeof value === "object" && value !== null || !Array.isArray(value) : stryMutAct_9fa48("1000") ? true : (stryCov_9fa48("1000", "1001"), (stryMutAct_9fa48("1003") ? typeof value === "object" || value !== null : stryMutAct_9fa48("1002") ? true : (stryCov_9fa48("1002", "1003"), (stryMutAct_9fa48("1005") ? typeof value !== "object" : stryMutAct_9fa48("1004") ? true : (stryCov_9fa48("1004", "1005"), typeof value === (stryMutAct_9fa48("1006") ? "" : (stryCov_9fa48("1006"), "object")))) && (stryMutAct_9fa48("1008") ? value === null : stryMutAct_9fa48("1007") ? true : (stryCov_9fa48("1007", "1008"), value !== null)))) && (stryMutAct_9fa48("1009") ? Array.isArray(value) : (stryCov_9fa48("1009"), !Array.isArray(value))))) && (stryMutAct_9fa48("1011") ? Object.keys(value).length !== 1 : stryMutAct_9fa48("1010") ? true : (stryCov_9fa48("1010", "1011"), Object.keys(value).length === 1)))) && (stryMutAct_9fa48("1012") ? "" : (stryCov_9fa48("1012"), "secure")) in value);
  }
}

/** Config values the way Pulumi hands them to a program: scalars as text, objects and arrays as JSON. */
function asConfigString(value: unknown): string | undefined {
  if (stryMutAct_9fa48("1013")) {
    {}
  } else {
    stryCov_9fa48("1013");
    if (stryMutAct_9fa48("1016") ? value === null && value === undefined : stryMutAct_9fa48("1015") ? false : stryMutAct_9fa48("1014") ? true : (stryCov_9fa48("1014", "1015", "1016"), (stryMutAct_9fa48("1018") ? value !== null : stryMutAct_9fa48("1017") ? false : (stryCov_9fa48("1017", "1018"), value === null)) || (stryMutAct_9fa48("1020") ? value !== undefined : stryMutAct_9fa48("1019") ? false : (stryCov_9fa48("1019", "1020"), value === undefined)))) {
      if (stryMutAct_9fa48("1021")) {
        {}
      } else {
        stryCov_9fa48("1021");
        return undefined;
      }
    }
    if (stryMutAct_9fa48("1024") ? typeof value !== "object" : stryMutAct_9fa48("1023") ? false : stryMutAct_9fa48("1022") ? true : (stryCov_9fa48("1022", "1023", "1024"), typeof value === (stryMutAct_9fa48("1025") ? "" : (stryCov_9fa48("1025"), "object")))) {
      if (stryMutAct_9fa48("1026")) {
        {}
      } else {
        stryCov_9fa48("1026");
        return JSON.stringify(value);
      }
    }
    return String(value);
  }
}

/** Parses the YAML text of a stack file; `fileName` only names it in errors. */
export function parseStackFile(text: string, fileName: string): StackFile {
  if (stryMutAct_9fa48("1027")) {
    {}
  } else {
    stryCov_9fa48("1027");
    let doc: unknown;
    try {
      if (stryMutAct_9fa48("1028")) {
        {}
      } else {
        stryCov_9fa48("1028");
        doc = parse(text);
      }
    } catch (e) {
      if (stryMutAct_9fa48("1029")) {
        {}
      } else {
        stryCov_9fa48("1029");
        throw new InputError(stryMutAct_9fa48("1030") ? `` : (stryCov_9fa48("1030"), `${fileName} is not valid YAML: ${(e as Error).message}`));
      }
    }
    const config = (stryMutAct_9fa48("1033") ? doc === null && doc === undefined : stryMutAct_9fa48("1032") ? false : stryMutAct_9fa48("1031") ? true : (stryCov_9fa48("1031", "1032", "1033"), (stryMutAct_9fa48("1035") ? doc !== null : stryMutAct_9fa48("1034") ? false : (stryCov_9fa48("1034", "1035"), doc === null)) || (stryMutAct_9fa48("1037") ? doc !== undefined : stryMutAct_9fa48("1036") ? false : (stryCov_9fa48("1036", "1037"), doc === undefined)))) ? {} : stryMutAct_9fa48("1038") ? (doc as Record<string, unknown>).config && {} : (stryCov_9fa48("1038"), (doc as Record<string, unknown>).config ?? {});
    if (stryMutAct_9fa48("1041") ? (typeof config !== "object" || config === null) && Array.isArray(config) : stryMutAct_9fa48("1040") ? false : stryMutAct_9fa48("1039") ? true : (stryCov_9fa48("1039", "1040", "1041"), (stryMutAct_9fa48("1043") ? typeof config !== "object" && config === null : stryMutAct_9fa48("1042") ? false : (stryCov_9fa48("1042", "1043"), (stryMutAct_9fa48("1045") ? typeof config === "object" : stryMutAct_9fa48("1044") ? false : (stryCov_9fa48("1044", "1045"), typeof config !== (stryMutAct_9fa48("1046") ? "" : (stryCov_9fa48("1046"), "object")))) || (stryMutAct_9fa48("1048") ? config !== null : stryMutAct_9fa48("1047") ? false : (stryCov_9fa48("1047", "1048"), config === null)))) || Array.isArray(config))) {
      if (stryMutAct_9fa48("1049")) {
        {}
      } else {
        stryCov_9fa48("1049");
        throw new InputError(stryMutAct_9fa48("1050") ? `` : (stryCov_9fa48("1050"), `${fileName}: "config" must be a map of <namespace>:<key> to values.`));
      }
    }
    const values = new Map<string, string>();
    const secretKeys: string[] = stryMutAct_9fa48("1051") ? ["Stryker was here"] : (stryCov_9fa48("1051"), []);
    const prefix = stryMutAct_9fa48("1052") ? `` : (stryCov_9fa48("1052"), `${PROJECT}:`);
    for (const [fullKey, value] of Object.entries(config as Record<string, unknown>)) {
      if (stryMutAct_9fa48("1053")) {
        {}
      } else {
        stryCov_9fa48("1053");
        if (stryMutAct_9fa48("1056") ? false : stryMutAct_9fa48("1055") ? true : stryMutAct_9fa48("1054") ? fullKey.startsWith(prefix) : (stryCov_9fa48("1054", "1055", "1056"), !(stryMutAct_9fa48("1057") ? fullKey.endsWith(prefix) : (stryCov_9fa48("1057"), fullKey.startsWith(prefix))))) {
          if (stryMutAct_9fa48("1058")) {
            {}
          } else {
            stryCov_9fa48("1058");
            continue;
          }
        }
        const key = stryMutAct_9fa48("1059") ? fullKey : (stryCov_9fa48("1059"), fullKey.slice(prefix.length));
        if (stryMutAct_9fa48("1061") ? false : stryMutAct_9fa48("1060") ? true : (stryCov_9fa48("1060", "1061"), isSecret(value))) {
          if (stryMutAct_9fa48("1062")) {
            {}
          } else {
            stryCov_9fa48("1062");
            secretKeys.push(key);
            continue;
          }
        }
        const text = asConfigString(value);
        if (stryMutAct_9fa48("1065") ? text === undefined : stryMutAct_9fa48("1064") ? false : stryMutAct_9fa48("1063") ? true : (stryCov_9fa48("1063", "1064", "1065"), text !== undefined)) {
          if (stryMutAct_9fa48("1066")) {
            {}
          } else {
            stryCov_9fa48("1066");
            values.set(key, text);
          }
        }
      }
    }
    const region = asConfigString((config as Record<string, unknown>)[stryMutAct_9fa48("1067") ? "" : (stryCov_9fa48("1067"), "aws:region")]);
    return stryMutAct_9fa48("1068") ? {} : (stryCov_9fa48("1068"), {
      raw: stryMutAct_9fa48("1069") ? () => undefined : (stryCov_9fa48("1069"), key => values.get(key)),
      ...((stryMutAct_9fa48("1072") ? region === undefined : stryMutAct_9fa48("1071") ? false : stryMutAct_9fa48("1070") ? true : (stryCov_9fa48("1070", "1071", "1072"), region !== undefined)) ? stryMutAct_9fa48("1073") ? {} : (stryCov_9fa48("1073"), {
        region
      }) : {}),
      secretKeys
    });
  }
}

/** Reads `<dir>/Pulumi.<stackName>.yaml`. */
export function readStackFile(dir: string, stackName: string): StackFile {
  if (stryMutAct_9fa48("1074")) {
    {}
  } else {
    stryCov_9fa48("1074");
    if (stryMutAct_9fa48("1077") ? false : stryMutAct_9fa48("1076") ? true : stryMutAct_9fa48("1075") ? STACK_NAME_PATTERN.test(stackName) : (stryCov_9fa48("1075", "1076", "1077"), !STACK_NAME_PATTERN.test(stackName))) {
      if (stryMutAct_9fa48("1078")) {
        {}
      } else {
        stryCov_9fa48("1078");
        throw new InputError(stryMutAct_9fa48("1079") ? `` : (stryCov_9fa48("1079"), `--stack has the invalid value ${JSON.stringify(stackName)}: allowed is a stack name of letters, digits, hyphens, underscores and dots.`));
      }
    }
    const fileName = path.join(dir, stryMutAct_9fa48("1080") ? `` : (stryCov_9fa48("1080"), `Pulumi.${stackName}.yaml`));
    let text: string;
    try {
      if (stryMutAct_9fa48("1081")) {
        {}
      } else {
        stryCov_9fa48("1081");
        text = fs.readFileSync(fileName, stryMutAct_9fa48("1082") ? "" : (stryCov_9fa48("1082"), "utf8"));
      }
    } catch (e) {
      if (stryMutAct_9fa48("1083")) {
        {}
      } else {
        stryCov_9fa48("1083");
        if (stryMutAct_9fa48("1086") ? (e as NodeJS.ErrnoException).code !== "ENOENT" : stryMutAct_9fa48("1085") ? false : stryMutAct_9fa48("1084") ? true : (stryCov_9fa48("1084", "1085", "1086"), (e as NodeJS.ErrnoException).code === (stryMutAct_9fa48("1087") ? "" : (stryCov_9fa48("1087"), "ENOENT")))) {
          if (stryMutAct_9fa48("1088")) {
            {}
          } else {
            stryCov_9fa48("1088");
            throw new InputError(stryMutAct_9fa48("1089") ? `` : (stryCov_9fa48("1089"), `No stack file ${fileName}: create the stack with \`pulumi stack init ${stackName}\` and set its config, or pass --dir with the project directory.`));
          }
        }
        throw e;
      }
    }
    return parseStackFile(text, fileName);
  }
}