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
const STACK_NAME_PATTERN = stryMutAct_9fa48("771") ? /^[A-Za-z0-9_-][^A-Za-z0-9_.-]*$/ : stryMutAct_9fa48("770") ? /^[A-Za-z0-9_-][A-Za-z0-9_.-]$/ : stryMutAct_9fa48("769") ? /^[^A-Za-z0-9_-][A-Za-z0-9_.-]*$/ : stryMutAct_9fa48("768") ? /^[A-Za-z0-9_-][A-Za-z0-9_.-]*/ : stryMutAct_9fa48("767") ? /[A-Za-z0-9_-][A-Za-z0-9_.-]*$/ : (stryCov_9fa48("767", "768", "769", "770", "771"), /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/);
export interface StackFile {
  readonly raw: RawConfig;
  /** The stack's aws:region, when set. */
  readonly region?: string;
  /** Keys whose values are encrypted (`secure:`), which this script cannot read; they count as unset. */
  readonly secretKeys: readonly string[];
}
function isSecret(value: unknown): boolean {
  if (stryMutAct_9fa48("772")) {
    {}
  } else {
    stryCov_9fa48("772");
    return stryMutAct_9fa48("775") ? typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 1 || "secure" in value : stryMutAct_9fa48("774") ? false : stryMutAct_9fa48("773") ? true : (stryCov_9fa48("773", "774", "775"), (stryMutAct_9fa48("777") ? typeof value === "object" && value !== null && !Array.isArray(value) || Object.keys(value).length === 1 : stryMutAct_9fa48("776") ? true : (stryCov_9fa48("776", "777"), (stryMutAct_9fa48("779") ? typeof value === "object" && value !== null || !Array.isArray(value) : stryMutAct_9fa48("778") ? true : (stryCov_9fa48("778", "779"), (stryMutAct_9fa48("781") ? typeof value === "object" || value !== null : stryMutAct_9fa48("780") ? true : (stryCov_9fa48("780", "781"), (stryMutAct_9fa48("783") ? typeof value !== "object" : stryMutAct_9fa48("782") ? true : (stryCov_9fa48("782", "783"), typeof value === (stryMutAct_9fa48("784") ? "" : (stryCov_9fa48("784"), "object")))) && (stryMutAct_9fa48("786") ? value === null : stryMutAct_9fa48("785") ? true : (stryCov_9fa48("785", "786"), value !== null)))) && (stryMutAct_9fa48("787") ? Array.isArray(value) : (stryCov_9fa48("787"), !Array.isArray(value))))) && (stryMutAct_9fa48("789") ? Object.keys(value).length !== 1 : stryMutAct_9fa48("788") ? true : (stryCov_9fa48("788", "789"), Object.keys(value).length === 1)))) && (stryMutAct_9fa48("790") ? "" : (stryCov_9fa48("790"), "secure")) in value);
  }
}

/** Config values the way Pulumi hands them to a program: scalars as text, objects and arrays as JSON. */
function asConfigString(value: unknown): string | undefined {
  if (stryMutAct_9fa48("791")) {
    {}
  } else {
    stryCov_9fa48("791");
    if (stryMutAct_9fa48("794") ? value === null && value === undefined : stryMutAct_9fa48("793") ? false : stryMutAct_9fa48("792") ? true : (stryCov_9fa48("792", "793", "794"), (stryMutAct_9fa48("796") ? value !== null : stryMutAct_9fa48("795") ? false : (stryCov_9fa48("795", "796"), value === null)) || (stryMutAct_9fa48("798") ? value !== undefined : stryMutAct_9fa48("797") ? false : (stryCov_9fa48("797", "798"), value === undefined)))) {
      if (stryMutAct_9fa48("799")) {
        {}
      } else {
        stryCov_9fa48("799");
        return undefined;
      }
    }
    if (stryMutAct_9fa48("802") ? typeof value !== "object" : stryMutAct_9fa48("801") ? false : stryMutAct_9fa48("800") ? true : (stryCov_9fa48("800", "801", "802"), typeof value === (stryMutAct_9fa48("803") ? "" : (stryCov_9fa48("803"), "object")))) {
      if (stryMutAct_9fa48("804")) {
        {}
      } else {
        stryCov_9fa48("804");
        return JSON.stringify(value);
      }
    }
    return String(value);
  }
}

/** Parses the YAML text of a stack file; `fileName` only names it in errors. */
export function parseStackFile(text: string, fileName: string): StackFile {
  if (stryMutAct_9fa48("805")) {
    {}
  } else {
    stryCov_9fa48("805");
    let doc: unknown;
    try {
      if (stryMutAct_9fa48("806")) {
        {}
      } else {
        stryCov_9fa48("806");
        doc = parse(text);
      }
    } catch (e) {
      if (stryMutAct_9fa48("807")) {
        {}
      } else {
        stryCov_9fa48("807");
        throw new InputError(stryMutAct_9fa48("808") ? `` : (stryCov_9fa48("808"), `${fileName} is not valid YAML: ${(e as Error).message}`));
      }
    }
    const config = (stryMutAct_9fa48("811") ? doc === null && doc === undefined : stryMutAct_9fa48("810") ? false : stryMutAct_9fa48("809") ? true : (stryCov_9fa48("809", "810", "811"), (stryMutAct_9fa48("813") ? doc !== null : stryMutAct_9fa48("812") ? false : (stryCov_9fa48("812", "813"), doc === null)) || (stryMutAct_9fa48("815") ? doc !== undefined : stryMutAct_9fa48("814") ? false : (stryCov_9fa48("814", "815"), doc === undefined)))) ? {} : stryMutAct_9fa48("816") ? (doc as Record<string, unknown>).config && {} : (stryCov_9fa48("816"), (doc as Record<string, unknown>).config ?? {});
    if (stryMutAct_9fa48("819") ? (typeof config !== "object" || config === null) && Array.isArray(config) : stryMutAct_9fa48("818") ? false : stryMutAct_9fa48("817") ? true : (stryCov_9fa48("817", "818", "819"), (stryMutAct_9fa48("821") ? typeof config !== "object" && config === null : stryMutAct_9fa48("820") ? false : (stryCov_9fa48("820", "821"), (stryMutAct_9fa48("823") ? typeof config === "object" : stryMutAct_9fa48("822") ? false : (stryCov_9fa48("822", "823"), typeof config !== (stryMutAct_9fa48("824") ? "" : (stryCov_9fa48("824"), "object")))) || (stryMutAct_9fa48("826") ? config !== null : stryMutAct_9fa48("825") ? false : (stryCov_9fa48("825", "826"), config === null)))) || Array.isArray(config))) {
      if (stryMutAct_9fa48("827")) {
        {}
      } else {
        stryCov_9fa48("827");
        throw new InputError(stryMutAct_9fa48("828") ? `` : (stryCov_9fa48("828"), `${fileName}: "config" must be a map of <namespace>:<key> to values.`));
      }
    }
    const values = new Map<string, string>();
    const secretKeys: string[] = stryMutAct_9fa48("829") ? ["Stryker was here"] : (stryCov_9fa48("829"), []);
    const prefix = stryMutAct_9fa48("830") ? `` : (stryCov_9fa48("830"), `${PROJECT}:`);
    for (const [fullKey, value] of Object.entries(config as Record<string, unknown>)) {
      if (stryMutAct_9fa48("831")) {
        {}
      } else {
        stryCov_9fa48("831");
        if (stryMutAct_9fa48("834") ? false : stryMutAct_9fa48("833") ? true : stryMutAct_9fa48("832") ? fullKey.startsWith(prefix) : (stryCov_9fa48("832", "833", "834"), !(stryMutAct_9fa48("835") ? fullKey.endsWith(prefix) : (stryCov_9fa48("835"), fullKey.startsWith(prefix))))) {
          if (stryMutAct_9fa48("836")) {
            {}
          } else {
            stryCov_9fa48("836");
            continue;
          }
        }
        const key = stryMutAct_9fa48("837") ? fullKey : (stryCov_9fa48("837"), fullKey.slice(prefix.length));
        if (stryMutAct_9fa48("839") ? false : stryMutAct_9fa48("838") ? true : (stryCov_9fa48("838", "839"), isSecret(value))) {
          if (stryMutAct_9fa48("840")) {
            {}
          } else {
            stryCov_9fa48("840");
            secretKeys.push(key);
            continue;
          }
        }
        const text = asConfigString(value);
        if (stryMutAct_9fa48("843") ? text === undefined : stryMutAct_9fa48("842") ? false : stryMutAct_9fa48("841") ? true : (stryCov_9fa48("841", "842", "843"), text !== undefined)) {
          if (stryMutAct_9fa48("844")) {
            {}
          } else {
            stryCov_9fa48("844");
            values.set(key, text);
          }
        }
      }
    }
    const region = asConfigString((config as Record<string, unknown>)[stryMutAct_9fa48("845") ? "" : (stryCov_9fa48("845"), "aws:region")]);
    return stryMutAct_9fa48("846") ? {} : (stryCov_9fa48("846"), {
      raw: stryMutAct_9fa48("847") ? () => undefined : (stryCov_9fa48("847"), key => values.get(key)),
      ...((stryMutAct_9fa48("850") ? region === undefined : stryMutAct_9fa48("849") ? false : stryMutAct_9fa48("848") ? true : (stryCov_9fa48("848", "849", "850"), region !== undefined)) ? stryMutAct_9fa48("851") ? {} : (stryCov_9fa48("851"), {
        region
      }) : {}),
      secretKeys
    });
  }
}

/** Reads `<dir>/Pulumi.<stackName>.yaml`. */
export function readStackFile(dir: string, stackName: string): StackFile {
  if (stryMutAct_9fa48("852")) {
    {}
  } else {
    stryCov_9fa48("852");
    if (stryMutAct_9fa48("855") ? false : stryMutAct_9fa48("854") ? true : stryMutAct_9fa48("853") ? STACK_NAME_PATTERN.test(stackName) : (stryCov_9fa48("853", "854", "855"), !STACK_NAME_PATTERN.test(stackName))) {
      if (stryMutAct_9fa48("856")) {
        {}
      } else {
        stryCov_9fa48("856");
        throw new InputError(stryMutAct_9fa48("857") ? `` : (stryCov_9fa48("857"), `--stack has the invalid value ${JSON.stringify(stackName)}: allowed is a stack name of letters, digits, hyphens, underscores and dots.`));
      }
    }
    const fileName = path.join(dir, stryMutAct_9fa48("858") ? `` : (stryCov_9fa48("858"), `Pulumi.${stackName}.yaml`));
    let text: string;
    try {
      if (stryMutAct_9fa48("859")) {
        {}
      } else {
        stryCov_9fa48("859");
        text = fs.readFileSync(fileName, stryMutAct_9fa48("860") ? "" : (stryCov_9fa48("860"), "utf8"));
      }
    } catch (e) {
      if (stryMutAct_9fa48("861")) {
        {}
      } else {
        stryCov_9fa48("861");
        if (stryMutAct_9fa48("864") ? (e as NodeJS.ErrnoException).code !== "ENOENT" : stryMutAct_9fa48("863") ? false : stryMutAct_9fa48("862") ? true : (stryCov_9fa48("862", "863", "864"), (e as NodeJS.ErrnoException).code === (stryMutAct_9fa48("865") ? "" : (stryCov_9fa48("865"), "ENOENT")))) {
          if (stryMutAct_9fa48("866")) {
            {}
          } else {
            stryCov_9fa48("866");
            throw new InputError(stryMutAct_9fa48("867") ? `` : (stryCov_9fa48("867"), `No stack file ${fileName}: create the stack with \`pulumi stack init ${stackName}\` and set its config, or pass --dir with the project directory.`));
          }
        }
        throw e;
      }
    }
    return parseStackFile(text, fileName);
  }
}