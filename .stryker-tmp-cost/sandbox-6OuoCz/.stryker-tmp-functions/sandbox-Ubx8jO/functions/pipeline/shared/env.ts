// @ts-nocheck
// 
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
    if (stryMutAct_9fa48("609")) {
      {}
    } else {
      stryCov_9fa48("609");
      super(message);
      this.name = stryMutAct_9fa48("610") ? "" : (stryCov_9fa48("610"), "PipelineConfigError");
    }
  }
}
export function requireEnv(name: string, pattern?: RegExp): string {
  if (stryMutAct_9fa48("611")) {
    {}
  } else {
    stryCov_9fa48("611");
    const value = process.env[name];
    if (stryMutAct_9fa48("614") ? value === undefined && value === "" : stryMutAct_9fa48("613") ? false : stryMutAct_9fa48("612") ? true : (stryCov_9fa48("612", "613", "614"), (stryMutAct_9fa48("616") ? value !== undefined : stryMutAct_9fa48("615") ? false : (stryCov_9fa48("615", "616"), value === undefined)) || (stryMutAct_9fa48("618") ? value !== "" : stryMutAct_9fa48("617") ? false : (stryCov_9fa48("617", "618"), value === (stryMutAct_9fa48("619") ? "Stryker was here!" : (stryCov_9fa48("619"), "")))))) {
      if (stryMutAct_9fa48("620")) {
        {}
      } else {
        stryCov_9fa48("620");
        throw new PipelineConfigError(stryMutAct_9fa48("621") ? `` : (stryCov_9fa48("621"), `environment variable ${name} is not set`));
      }
    }
    if (stryMutAct_9fa48("624") ? pattern || !pattern.test(value) : stryMutAct_9fa48("623") ? false : stryMutAct_9fa48("622") ? true : (stryCov_9fa48("622", "623", "624"), pattern && (stryMutAct_9fa48("625") ? pattern.test(value) : (stryCov_9fa48("625"), !pattern.test(value))))) {
      if (stryMutAct_9fa48("626")) {
        {}
      } else {
        stryCov_9fa48("626");
        throw new PipelineConfigError(stryMutAct_9fa48("627") ? `` : (stryCov_9fa48("627"), `environment variable ${name}=${JSON.stringify(value)} does not match ${pattern}`));
      }
    }
    return value;
  }
}
export function identifierEnv(name: string): string {
  if (stryMutAct_9fa48("628")) {
    {}
  } else {
    stryCov_9fa48("628");
    return requireEnv(name, IDENTIFIER_PATTERN);
  }
}
export function integerEnv(name: string, defaultValue: number, min: number, max: number): number {
  if (stryMutAct_9fa48("629")) {
    {}
  } else {
    stryCov_9fa48("629");
    const raw = process.env[name];
    if (stryMutAct_9fa48("632") ? raw === undefined && raw === "" : stryMutAct_9fa48("631") ? false : stryMutAct_9fa48("630") ? true : (stryCov_9fa48("630", "631", "632"), (stryMutAct_9fa48("634") ? raw !== undefined : stryMutAct_9fa48("633") ? false : (stryCov_9fa48("633", "634"), raw === undefined)) || (stryMutAct_9fa48("636") ? raw !== "" : stryMutAct_9fa48("635") ? false : (stryCov_9fa48("635", "636"), raw === (stryMutAct_9fa48("637") ? "Stryker was here!" : (stryCov_9fa48("637"), "")))))) {
      if (stryMutAct_9fa48("638")) {
        {}
      } else {
        stryCov_9fa48("638");
        return defaultValue;
      }
    }
    const n = Number(raw);
    if (stryMutAct_9fa48("641") ? (!/^\d+$/.test(raw) || !Number.isSafeInteger(n) || n < min) && n > max : stryMutAct_9fa48("640") ? false : stryMutAct_9fa48("639") ? true : (stryCov_9fa48("639", "640", "641"), (stryMutAct_9fa48("643") ? (!/^\d+$/.test(raw) || !Number.isSafeInteger(n)) && n < min : stryMutAct_9fa48("642") ? false : (stryCov_9fa48("642", "643"), (stryMutAct_9fa48("645") ? !/^\d+$/.test(raw) && !Number.isSafeInteger(n) : stryMutAct_9fa48("644") ? false : (stryCov_9fa48("644", "645"), (stryMutAct_9fa48("646") ? /^\d+$/.test(raw) : (stryCov_9fa48("646"), !(stryMutAct_9fa48("650") ? /^\D+$/ : stryMutAct_9fa48("649") ? /^\d$/ : stryMutAct_9fa48("648") ? /^\d+/ : stryMutAct_9fa48("647") ? /\d+$/ : (stryCov_9fa48("647", "648", "649", "650"), /^\d+$/)).test(raw))) || (stryMutAct_9fa48("651") ? Number.isSafeInteger(n) : (stryCov_9fa48("651"), !Number.isSafeInteger(n))))) || (stryMutAct_9fa48("654") ? n >= min : stryMutAct_9fa48("653") ? n <= min : stryMutAct_9fa48("652") ? false : (stryCov_9fa48("652", "653", "654"), n < min)))) || (stryMutAct_9fa48("657") ? n <= max : stryMutAct_9fa48("656") ? n >= max : stryMutAct_9fa48("655") ? false : (stryCov_9fa48("655", "656", "657"), n > max)))) {
      if (stryMutAct_9fa48("658")) {
        {}
      } else {
        stryCov_9fa48("658");
        throw new PipelineConfigError(stryMutAct_9fa48("659") ? `` : (stryCov_9fa48("659"), `environment variable ${name}=${JSON.stringify(raw)} is not a whole number from ${min} to ${max}`));
      }
    }
    return n;
  }
}
export function booleanEnv(name: string, defaultValue: boolean): boolean {
  if (stryMutAct_9fa48("660")) {
    {}
  } else {
    stryCov_9fa48("660");
    const raw = process.env[name];
    if (stryMutAct_9fa48("663") ? raw === undefined && raw === "" : stryMutAct_9fa48("662") ? false : stryMutAct_9fa48("661") ? true : (stryCov_9fa48("661", "662", "663"), (stryMutAct_9fa48("665") ? raw !== undefined : stryMutAct_9fa48("664") ? false : (stryCov_9fa48("664", "665"), raw === undefined)) || (stryMutAct_9fa48("667") ? raw !== "" : stryMutAct_9fa48("666") ? false : (stryCov_9fa48("666", "667"), raw === (stryMutAct_9fa48("668") ? "Stryker was here!" : (stryCov_9fa48("668"), "")))))) {
      if (stryMutAct_9fa48("669")) {
        {}
      } else {
        stryCov_9fa48("669");
        return defaultValue;
      }
    }
    if (stryMutAct_9fa48("672") ? raw !== "true" || raw !== "false" : stryMutAct_9fa48("671") ? false : stryMutAct_9fa48("670") ? true : (stryCov_9fa48("670", "671", "672"), (stryMutAct_9fa48("674") ? raw === "true" : stryMutAct_9fa48("673") ? true : (stryCov_9fa48("673", "674"), raw !== (stryMutAct_9fa48("675") ? "" : (stryCov_9fa48("675"), "true")))) && (stryMutAct_9fa48("677") ? raw === "false" : stryMutAct_9fa48("676") ? true : (stryCov_9fa48("676", "677"), raw !== (stryMutAct_9fa48("678") ? "" : (stryCov_9fa48("678"), "false")))))) {
      if (stryMutAct_9fa48("679")) {
        {}
      } else {
        stryCov_9fa48("679");
        throw new PipelineConfigError(stryMutAct_9fa48("680") ? `` : (stryCov_9fa48("680"), `environment variable ${name}=${JSON.stringify(raw)} is not true or false`));
      }
    }
    return stryMutAct_9fa48("683") ? raw !== "true" : stryMutAct_9fa48("682") ? false : stryMutAct_9fa48("681") ? true : (stryCov_9fa48("681", "682", "683"), raw === (stryMutAct_9fa48("684") ? "" : (stryCov_9fa48("684"), "true")));
  }
}

/** S3 key prefix without leading or trailing slash, e.g. "exports". */
export const PREFIX_PATTERN = stryMutAct_9fa48("691") ? /^[A-Za-z0-9_.-]+(?:\/[^A-Za-z0-9_.-]+)*$/ : stryMutAct_9fa48("690") ? /^[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-])*$/ : stryMutAct_9fa48("689") ? /^[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)$/ : stryMutAct_9fa48("688") ? /^[^A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*$/ : stryMutAct_9fa48("687") ? /^[A-Za-z0-9_.-](?:\/[A-Za-z0-9_.-]+)*$/ : stryMutAct_9fa48("686") ? /^[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*/ : stryMutAct_9fa48("685") ? /[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*$/ : (stryCov_9fa48("685", "686", "687", "688", "689", "690", "691"), /^[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*$/);
export const BUCKET_PATTERN = stryMutAct_9fa48("697") ? /^[a-z0-9][a-z0-9.-]{1,61}[^a-z0-9]$/ : stryMutAct_9fa48("696") ? /^[a-z0-9][^a-z0-9.-]{1,61}[a-z0-9]$/ : stryMutAct_9fa48("695") ? /^[a-z0-9][a-z0-9.-][a-z0-9]$/ : stryMutAct_9fa48("694") ? /^[^a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/ : stryMutAct_9fa48("693") ? /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]/ : stryMutAct_9fa48("692") ? /[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/ : (stryCov_9fa48("692", "693", "694", "695", "696", "697"), /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/);

/**
 * PIPELINE_TABLES: the stack's `tables` as JSON. Every name is checked again, because whatever is here becomes SQL.
 */
export function parseTables(raw: string): readonly PipelineTable[] {
  if (stryMutAct_9fa48("698")) {
    {}
  } else {
    stryCov_9fa48("698");
    let parsed: unknown;
    try {
      if (stryMutAct_9fa48("699")) {
        {}
      } else {
        stryCov_9fa48("699");
        parsed = JSON.parse(raw);
      }
    } catch {
      if (stryMutAct_9fa48("700")) {
        {}
      } else {
        stryCov_9fa48("700");
        throw new PipelineConfigError(stryMutAct_9fa48("701") ? "" : (stryCov_9fa48("701"), "environment variable PIPELINE_TABLES is not JSON"));
      }
    }
    if (stryMutAct_9fa48("704") ? !Array.isArray(parsed) && parsed.length === 0 : stryMutAct_9fa48("703") ? false : stryMutAct_9fa48("702") ? true : (stryCov_9fa48("702", "703", "704"), (stryMutAct_9fa48("705") ? Array.isArray(parsed) : (stryCov_9fa48("705"), !Array.isArray(parsed))) || (stryMutAct_9fa48("707") ? parsed.length !== 0 : stryMutAct_9fa48("706") ? false : (stryCov_9fa48("706", "707"), parsed.length === 0)))) {
      if (stryMutAct_9fa48("708")) {
        {}
      } else {
        stryCov_9fa48("708");
        throw new PipelineConfigError(stryMutAct_9fa48("709") ? "" : (stryCov_9fa48("709"), "environment variable PIPELINE_TABLES must be a non-empty JSON list of tables"));
      }
    }
    const seen = new Set<string>();
    return parsed.map((entry: unknown, i: number): PipelineTable => {
      if (stryMutAct_9fa48("710")) {
        {}
      } else {
        stryCov_9fa48("710");
        const e = (typeof entry === "object" && entry !== null ? entry : {}) as Record<string, unknown>;
        const ok = stryMutAct_9fa48("713") ? typeof e.name === "string" && IDENTIFIER_PATTERN.test(e.name) && Array.isArray(e.primaryKey) && e.primaryKey.length > 0 && e.primaryKey.every(k => typeof k === "string" && IDENTIFIER_PATTERN.test(k)) || e.timestampColumn === undefined || typeof e.timestampColumn === "string" && IDENTIFIER_PATTERN.test(e.timestampColumn) : stryMutAct_9fa48("712") ? false : stryMutAct_9fa48("711") ? true : (stryCov_9fa48("711", "712", "713"), (stryMutAct_9fa48("715") ? typeof e.name === "string" && IDENTIFIER_PATTERN.test(e.name) && Array.isArray(e.primaryKey) && e.primaryKey.length > 0 || e.primaryKey.every(k => typeof k === "string" && IDENTIFIER_PATTERN.test(k)) : stryMutAct_9fa48("714") ? true : (stryCov_9fa48("714", "715"), (stryMutAct_9fa48("717") ? typeof e.name === "string" && IDENTIFIER_PATTERN.test(e.name) && Array.isArray(e.primaryKey) || e.primaryKey.length > 0 : stryMutAct_9fa48("716") ? true : (stryCov_9fa48("716", "717"), (stryMutAct_9fa48("719") ? typeof e.name === "string" && IDENTIFIER_PATTERN.test(e.name) || Array.isArray(e.primaryKey) : stryMutAct_9fa48("718") ? true : (stryCov_9fa48("718", "719"), (stryMutAct_9fa48("721") ? typeof e.name === "string" || IDENTIFIER_PATTERN.test(e.name) : stryMutAct_9fa48("720") ? true : (stryCov_9fa48("720", "721"), (stryMutAct_9fa48("723") ? typeof e.name !== "string" : stryMutAct_9fa48("722") ? true : (stryCov_9fa48("722", "723"), typeof e.name === (stryMutAct_9fa48("724") ? "" : (stryCov_9fa48("724"), "string")))) && IDENTIFIER_PATTERN.test(e.name))) && Array.isArray(e.primaryKey))) && (stryMutAct_9fa48("727") ? e.primaryKey.length <= 0 : stryMutAct_9fa48("726") ? e.primaryKey.length >= 0 : stryMutAct_9fa48("725") ? true : (stryCov_9fa48("725", "726", "727"), e.primaryKey.length > 0)))) && (stryMutAct_9fa48("728") ? e.primaryKey.some(k => typeof k === "string" && IDENTIFIER_PATTERN.test(k)) : (stryCov_9fa48("728"), e.primaryKey.every(stryMutAct_9fa48("729") ? () => undefined : (stryCov_9fa48("729"), k => stryMutAct_9fa48("732") ? typeof k === "string" || IDENTIFIER_PATTERN.test(k) : stryMutAct_9fa48("731") ? false : stryMutAct_9fa48("730") ? true : (stryCov_9fa48("730", "731", "732"), (stryMutAct_9fa48("734") ? typeof k !== "string" : stryMutAct_9fa48("733") ? true : (stryCov_9fa48("733", "734"), typeof k === (stryMutAct_9fa48("735") ? "" : (stryCov_9fa48("735"), "string")))) && IDENTIFIER_PATTERN.test(k)))))))) && (stryMutAct_9fa48("737") ? e.timestampColumn === undefined && typeof e.timestampColumn === "string" && IDENTIFIER_PATTERN.test(e.timestampColumn) : stryMutAct_9fa48("736") ? true : (stryCov_9fa48("736", "737"), (stryMutAct_9fa48("739") ? e.timestampColumn !== undefined : stryMutAct_9fa48("738") ? false : (stryCov_9fa48("738", "739"), e.timestampColumn === undefined)) || (stryMutAct_9fa48("741") ? typeof e.timestampColumn === "string" || IDENTIFIER_PATTERN.test(e.timestampColumn) : stryMutAct_9fa48("740") ? false : (stryCov_9fa48("740", "741"), (stryMutAct_9fa48("743") ? typeof e.timestampColumn !== "string" : stryMutAct_9fa48("742") ? true : (stryCov_9fa48("742", "743"), typeof e.timestampColumn === (stryMutAct_9fa48("744") ? "" : (stryCov_9fa48("744"), "string")))) && IDENTIFIER_PATTERN.test(e.timestampColumn))))));
        if (stryMutAct_9fa48("747") ? !ok && seen.has(String(e.name).toLowerCase()) : stryMutAct_9fa48("746") ? false : stryMutAct_9fa48("745") ? true : (stryCov_9fa48("745", "746", "747"), (stryMutAct_9fa48("748") ? ok : (stryCov_9fa48("748"), !ok)) || seen.has(stryMutAct_9fa48("749") ? String(e.name).toUpperCase() : (stryCov_9fa48("749"), String(e.name).toLowerCase())))) {
          if (stryMutAct_9fa48("750")) {
            {}
          } else {
            stryCov_9fa48("750");
            throw new PipelineConfigError(stryMutAct_9fa48("751") ? `` : (stryCov_9fa48("751"), `PIPELINE_TABLES[${i}] is not a valid, unique {name, primaryKey, timestampColumn?}: ${JSON.stringify(entry)}`));
          }
        }
        seen.add(stryMutAct_9fa48("752") ? (e.name as string).toUpperCase() : (stryCov_9fa48("752"), (e.name as string).toLowerCase()));
        return stryMutAct_9fa48("753") ? {} : (stryCov_9fa48("753"), {
          name: e.name as string,
          primaryKey: stryMutAct_9fa48("754") ? [] : (stryCov_9fa48("754"), [...(e.primaryKey as string[])]),
          ...((stryMutAct_9fa48("757") ? e.timestampColumn === undefined : stryMutAct_9fa48("756") ? false : stryMutAct_9fa48("755") ? true : (stryCov_9fa48("755", "756", "757"), e.timestampColumn !== undefined)) ? stryMutAct_9fa48("758") ? {} : (stryCov_9fa48("758"), {
            timestampColumn: e.timestampColumn as string
          }) : {})
        });
      }
    });
  }
}
export function tablesEnv(): readonly PipelineTable[] {
  if (stryMutAct_9fa48("759")) {
    {}
  } else {
    stryCov_9fa48("759");
    return parseTables(requireEnv(stryMutAct_9fa48("760") ? "" : (stryCov_9fa48("760"), "PIPELINE_TABLES")));
  }
}

/** Finds a configured table by exact name; anything else is refused, so state input cannot name a table. */
export function configuredTable(tables: readonly PipelineTable[], name: unknown): PipelineTable {
  if (stryMutAct_9fa48("761")) {
    {}
  } else {
    stryCov_9fa48("761");
    const table = tables.find(stryMutAct_9fa48("762") ? () => undefined : (stryCov_9fa48("762"), t => stryMutAct_9fa48("765") ? t.name !== name : stryMutAct_9fa48("764") ? false : stryMutAct_9fa48("763") ? true : (stryCov_9fa48("763", "764", "765"), t.name === name)));
    if (stryMutAct_9fa48("768") ? false : stryMutAct_9fa48("767") ? true : stryMutAct_9fa48("766") ? table : (stryCov_9fa48("766", "767", "768"), !table)) {
      if (stryMutAct_9fa48("769")) {
        {}
      } else {
        stryCov_9fa48("769");
        throw new PipelineConfigError(stryMutAct_9fa48("770") ? `` : (stryCov_9fa48("770"), `table ${JSON.stringify(name)} is not one of the configured tables (${tables.map(stryMutAct_9fa48("771") ? () => undefined : (stryCov_9fa48("771"), t => t.name)).join(stryMutAct_9fa48("772") ? "" : (stryCov_9fa48("772"), ", "))})`));
      }
    }
    return table;
  }
}
export const EXPORT_TASK_ID_PATTERN = stryMutAct_9fa48("779") ? /^[A-Za-z](?:[A-Za-z0-9]|-(?!-)){0,58}[^A-Za-z0-9]$/ : stryMutAct_9fa48("778") ? /^[A-Za-z](?:[A-Za-z0-9]|-(?=-)){0,58}[A-Za-z0-9]$/ : stryMutAct_9fa48("777") ? /^[A-Za-z](?:[^A-Za-z0-9]|-(?!-)){0,58}[A-Za-z0-9]$/ : stryMutAct_9fa48("776") ? /^[A-Za-z](?:[A-Za-z0-9]|-(?!-))[A-Za-z0-9]$/ : stryMutAct_9fa48("775") ? /^[^A-Za-z](?:[A-Za-z0-9]|-(?!-)){0,58}[A-Za-z0-9]$/ : stryMutAct_9fa48("774") ? /^[A-Za-z](?:[A-Za-z0-9]|-(?!-)){0,58}[A-Za-z0-9]/ : stryMutAct_9fa48("773") ? /[A-Za-z](?:[A-Za-z0-9]|-(?!-)){0,58}[A-Za-z0-9]$/ : (stryCov_9fa48("773", "774", "775", "776", "777", "778", "779"), /^[A-Za-z](?:[A-Za-z0-9]|-(?!-)){0,58}[A-Za-z0-9]$/);
export const RUN_ID_PATTERN = stryMutAct_9fa48("787") ? /^r\d{8}t\d{6}_[^0-9a-f]{8}$/ : stryMutAct_9fa48("786") ? /^r\d{8}t\d{6}_[0-9a-f]$/ : stryMutAct_9fa48("785") ? /^r\d{8}t\D{6}_[0-9a-f]{8}$/ : stryMutAct_9fa48("784") ? /^r\d{8}t\d_[0-9a-f]{8}$/ : stryMutAct_9fa48("783") ? /^r\D{8}t\d{6}_[0-9a-f]{8}$/ : stryMutAct_9fa48("782") ? /^r\dt\d{6}_[0-9a-f]{8}$/ : stryMutAct_9fa48("781") ? /^r\d{8}t\d{6}_[0-9a-f]{8}/ : stryMutAct_9fa48("780") ? /r\d{8}t\d{6}_[0-9a-f]{8}$/ : (stryCov_9fa48("780", "781", "782", "783", "784", "785", "786", "787"), /^r\d{8}t\d{6}_[0-9a-f]{8}$/);

/** One JSON line per event, so CloudWatch Logs Insights can filter by field. */
export function log(event: string, fields: Record<string, unknown>): void {
  if (stryMutAct_9fa48("788")) {
    {}
  } else {
    stryCov_9fa48("788");
    console.log(JSON.stringify(stryMutAct_9fa48("789") ? {} : (stryCov_9fa48("789"), {
      event,
      ...fields
    })));
  }
}