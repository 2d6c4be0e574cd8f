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
const STACK_NAME_PATTERN = stryMutAct_9fa48("3970") ? /^[A-Za-z0-9_-][^A-Za-z0-9_.-]*$/ : stryMutAct_9fa48("3969") ? /^[A-Za-z0-9_-][A-Za-z0-9_.-]$/ : stryMutAct_9fa48("3968") ? /^[^A-Za-z0-9_-][A-Za-z0-9_.-]*$/ : stryMutAct_9fa48("3967") ? /^[A-Za-z0-9_-][A-Za-z0-9_.-]*/ : stryMutAct_9fa48("3966") ? /[A-Za-z0-9_-][A-Za-z0-9_.-]*$/ : (stryCov_9fa48("3966", "3967", "3968", "3969", "3970"), /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/);
export interface StackFile {
  readonly raw: RawConfig;
  /** The stack's aws:region, when set. */
  readonly region?: string;
  /** Keys whose values are encrypted (`secure:`), which this script cannot read; they count as unset. */
  readonly secretKeys: readonly string[];
}
function isSecret(value: unknown): boolean {
  if (stryMutAct_9fa48("3971")) {
    {}
  } else {
    stryCov_9fa48("3971");
    return stryMutAct_9fa48("3974") ? typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).length === 1 || "secure" in value : stryMutAct_9fa48("3973") ? false : stryMutAct_9fa48("3972") ? true : (stryCov_9fa48("3972", "3973", "3974"), (stryMutAct_9fa48("3976") ? typeof value === "object" && value !== null && !Array.isArray(value) || Object.keys(value).length === 1 : stryMutAct_9fa48("3975") ? true : (stryCov_9fa48("3975", "3976"), (stryMutAct_9fa48("3978") ? typeof value === "object" && value !== null || !Array.isArray(value) : stryMutAct_9fa48("3977") ? true : (stryCov_9fa48("3977", "3978"), (stryMutAct_9fa48("3980") ? typeof value === "object" || value !== null : stryMutAct_9fa48("3979") ? true : (stryCov_9fa48("3979", "3980"), (stryMutAct_9fa48("3982") ? typeof value !== "object" : stryMutAct_9fa48("3981") ? true : (stryCov_9fa48("3981", "3982"), typeof value === (stryMutAct_9fa48("3983") ? "" : (stryCov_9fa48("3983"), "object")))) && (stryMutAct_9fa48("3985") ? value === null : stryMutAct_9fa48("3984") ? true : (stryCov_9fa48("3984", "3985"), value !== null)))) && (stryMutAct_9fa48("3986") ? Array.isArray(value) : (stryCov_9fa48("3986"), !Array.isArray(value))))) && (stryMutAct_9fa48("3988") ? Object.keys(value).length !== 1 : stryMutAct_9fa48("3987") ? true : (stryCov_9fa48("3987", "3988"), Object.keys(value).length === 1)))) && (stryMutAct_9fa48("3989") ? "" : (stryCov_9fa48("3989"), "secure")) in value);
  }
}

/** Config values the way Pulumi hands them to a program: scalars as text, objects and arrays as JSON. */
function asConfigString(value: unknown): string | undefined {
  if (stryMutAct_9fa48("3990")) {
    {}
  } else {
    stryCov_9fa48("3990");
    if (stryMutAct_9fa48("3993") ? value === null && value === undefined : stryMutAct_9fa48("3992") ? false : stryMutAct_9fa48("3991") ? true : (stryCov_9fa48("3991", "3992", "3993"), (stryMutAct_9fa48("3995") ? value !== null : stryMutAct_9fa48("3994") ? false : (stryCov_9fa48("3994", "3995"), value === null)) || (stryMutAct_9fa48("3997") ? value !== undefined : stryMutAct_9fa48("3996") ? false : (stryCov_9fa48("3996", "3997"), value === undefined)))) {
      if (stryMutAct_9fa48("3998")) {
        {}
      } else {
        stryCov_9fa48("3998");
        return undefined;
      }
    }
    if (stryMutAct_9fa48("4001") ? typeof value !== "object" : stryMutAct_9fa48("4000") ? false : stryMutAct_9fa48("3999") ? true : (stryCov_9fa48("3999", "4000", "4001"), typeof value === (stryMutAct_9fa48("4002") ? "" : (stryCov_9fa48("4002"), "object")))) {
      if (stryMutAct_9fa48("4003")) {
        {}
      } else {
        stryCov_9fa48("4003");
        return JSON.stringify(value);
      }
    }
    return String(value);
  }
}

/** Parses the YAML text of a stack file; `fileName` only names it in errors. */
export function parseStackFile(text: string, fileName: string): StackFile {
  if (stryMutAct_9fa48("4004")) {
    {}
  } else {
    stryCov_9fa48("4004");
    let doc: unknown;
    try {
      if (stryMutAct_9fa48("4005")) {
        {}
      } else {
        stryCov_9fa48("4005");
        doc = parse(text);
      }
    } catch (e) {
      if (stryMutAct_9fa48("4006")) {
        {}
      } else {
        stryCov_9fa48("4006");
        throw new InputError(stryMutAct_9fa48("4007") ? `` : (stryCov_9fa48("4007"), `${fileName} is not valid YAML: ${(e as Error).message}`));
      }
    }
    const config = (stryMutAct_9fa48("4010") ? doc === null && doc === undefined : stryMutAct_9fa48("4009") ? false : stryMutAct_9fa48("4008") ? true : (stryCov_9fa48("4008", "4009", "4010"), (stryMutAct_9fa48("4012") ? doc !== null : stryMutAct_9fa48("4011") ? false : (stryCov_9fa48("4011", "4012"), doc === null)) || (stryMutAct_9fa48("4014") ? doc !== undefined : stryMutAct_9fa48("4013") ? false : (stryCov_9fa48("4013", "4014"), doc === undefined)))) ? {} : stryMutAct_9fa48("4015") ? (doc as Record<string, unknown>).config && {} : (stryCov_9fa48("4015"), (doc as Record<string, unknown>).config ?? {});
    if (stryMutAct_9fa48("4018") ? (typeof config !== "object" || config === null) && Array.isArray(config) : stryMutAct_9fa48("4017") ? false : stryMutAct_9fa48("4016") ? true : (stryCov_9fa48("4016", "4017", "4018"), (stryMutAct_9fa48("4020") ? typeof config !== "object" && config === null : stryMutAct_9fa48("4019") ? false : (stryCov_9fa48("4019", "4020"), (stryMutAct_9fa48("4022") ? typeof config === "object" : stryMutAct_9fa48("4021") ? false : (stryCov_9fa48("4021", "4022"), typeof config !== (stryMutAct_9fa48("4023") ? "" : (stryCov_9fa48("4023"), "object")))) || (stryMutAct_9fa48("4025") ? config !== null : stryMutAct_9fa48("4024") ? false : (stryCov_9fa48("4024", "4025"), config === null)))) || Array.isArray(config))) {
      if (stryMutAct_9fa48("4026")) {
        {}
      } else {
        stryCov_9fa48("4026");
        throw new InputError(stryMutAct_9fa48("4027") ? `` : (stryCov_9fa48("4027"), `${fileName}: "config" must be a map of <namespace>:<key> to values.`));
      }
    }
    const values = new Map<string, string>();
    const secretKeys: string[] = stryMutAct_9fa48("4028") ? ["Stryker was here"] : (stryCov_9fa48("4028"), []);
    const prefix = stryMutAct_9fa48("4029") ? `` : (stryCov_9fa48("4029"), `${PROJECT}:`);
    for (const [fullKey, value] of Object.entries(config as Record<string, unknown>)) {
      if (stryMutAct_9fa48("4030")) {
        {}
      } else {
        stryCov_9fa48("4030");
        if (stryMutAct_9fa48("4033") ? false : stryMutAct_9fa48("4032") ? true : stryMutAct_9fa48("4031") ? fullKey.startsWith(prefix) : (stryCov_9fa48("4031", "4032", "4033"), !(stryMutAct_9fa48("4034") ? fullKey.endsWith(prefix) : (stryCov_9fa48("4034"), fullKey.startsWith(prefix))))) {
          if (stryMutAct_9fa48("4035")) {
            {}
          } else {
            stryCov_9fa48("4035");
            continue;
          }
        }
        const key = stryMutAct_9fa48("4036") ? fullKey : (stryCov_9fa48("4036"), fullKey.slice(prefix.length));
        if (stryMutAct_9fa48("4038") ? false : stryMutAct_9fa48("4037") ? true : (stryCov_9fa48("4037", "4038"), isSecret(value))) {
          if (stryMutAct_9fa48("4039")) {
            {}
          } else {
            stryCov_9fa48("4039");
            secretKeys.push(key);
            continue;
          }
        }
        const text = asConfigString(value);
        if (stryMutAct_9fa48("4042") ? text === undefined : stryMutAct_9fa48("4041") ? false : stryMutAct_9fa48("4040") ? true : (stryCov_9fa48("4040", "4041", "4042"), text !== undefined)) {
          if (stryMutAct_9fa48("4043")) {
            {}
          } else {
            stryCov_9fa48("4043");
            values.set(key, text);
          }
        }
      }
    }
    const region = asConfigString((config as Record<string, unknown>)[stryMutAct_9fa48("4044") ? "" : (stryCov_9fa48("4044"), "aws:region")]);
    return stryMutAct_9fa48("4045") ? {} : (stryCov_9fa48("4045"), {
      raw: stryMutAct_9fa48("4046") ? () => undefined : (stryCov_9fa48("4046"), key => values.get(key)),
      ...((stryMutAct_9fa48("4049") ? region === undefined : stryMutAct_9fa48("4048") ? false : stryMutAct_9fa48("4047") ? true : (stryCov_9fa48("4047", "4048", "4049"), region !== undefined)) ? stryMutAct_9fa48("4050") ? {} : (stryCov_9fa48("4050"), {
        region
      }) : {}),
      secretKeys
    });
  }
}

/** Reads `<dir>/Pulumi.<stackName>.yaml`. */
export function readStackFile(dir: string, stackName: string): StackFile {
  if (stryMutAct_9fa48("4051")) {
    {}
  } else {
    stryCov_9fa48("4051");
    if (stryMutAct_9fa48("4054") ? false : stryMutAct_9fa48("4053") ? true : stryMutAct_9fa48("4052") ? STACK_NAME_PATTERN.test(stackName) : (stryCov_9fa48("4052", "4053", "4054"), !STACK_NAME_PATTERN.test(stackName))) {
      if (stryMutAct_9fa48("4055")) {
        {}
      } else {
        stryCov_9fa48("4055");
        throw new InputError(stryMutAct_9fa48("4056") ? `` : (stryCov_9fa48("4056"), `--stack has the invalid value ${JSON.stringify(stackName)}: allowed is a stack name of letters, digits, hyphens, underscores and dots.`));
      }
    }
    const fileName = path.join(dir, stryMutAct_9fa48("4057") ? `` : (stryCov_9fa48("4057"), `Pulumi.${stackName}.yaml`));
    let text: string;
    try {
      if (stryMutAct_9fa48("4058")) {
        {}
      } else {
        stryCov_9fa48("4058");
        text = fs.readFileSync(fileName, stryMutAct_9fa48("4059") ? "" : (stryCov_9fa48("4059"), "utf8"));
      }
    } catch (e) {
      if (stryMutAct_9fa48("4060")) {
        {}
      } else {
        stryCov_9fa48("4060");
        if (stryMutAct_9fa48("4063") ? (e as NodeJS.ErrnoException).code !== "ENOENT" : stryMutAct_9fa48("4062") ? false : stryMutAct_9fa48("4061") ? true : (stryCov_9fa48("4061", "4062", "4063"), (e as NodeJS.ErrnoException).code === (stryMutAct_9fa48("4064") ? "" : (stryCov_9fa48("4064"), "ENOENT")))) {
          if (stryMutAct_9fa48("4065")) {
            {}
          } else {
            stryCov_9fa48("4065");
            throw new InputError(stryMutAct_9fa48("4066") ? `` : (stryCov_9fa48("4066"), `No stack file ${fileName}: create the stack with \`pulumi stack init ${stackName}\` and set its config, or pass --dir with the project directory.`));
          }
        }
        throw e;
      }
    }
    return parseStackFile(text, fileName);
  }
}