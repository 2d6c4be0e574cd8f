// @ts-nocheck
// 
// Validates a run's execution input and turns it into the run plan every later step works from.
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
import { createHash } from "crypto";
import { PipelineTable } from "../../../sql/athena/pipeline";
import { EXPORT_TASK_ID_PATTERN } from "./env";
export type RunMode = "all" | "diff";
export interface RunPlan {
  readonly mode: RunMode;
  /** Lowercase, identifier-safe: names this run's Glue tables. */
  readonly runId: string;
  /** Unique per execution and valid for StartExportTask. */
  readonly exportTaskId: string;
  /** Names of the selected tables, in config order. */
  readonly tables: readonly string[];
}

/** Malformed run input: nothing has been exported or changed when this is thrown. */
export class InvalidRunInput extends Error {
  constructor(message: string) {
    if (stryMutAct_9fa48("1046")) {
      {}
    } else {
      stryCov_9fa48("1046");
      super(message);
      this.name = stryMutAct_9fa48("1047") ? "" : (stryCov_9fa48("1047"), "InvalidRunInput");
    }
  }
}
const MODES: readonly RunMode[] = stryMutAct_9fa48("1048") ? [] : (stryCov_9fa48("1048"), [stryMutAct_9fa48("1049") ? "" : (stryCov_9fa48("1049"), "all"), stryMutAct_9fa48("1050") ? "" : (stryCov_9fa48("1050"), "diff")]);
const ALLOWED_KEYS = stryMutAct_9fa48("1051") ? [] : (stryCov_9fa48("1051"), [stryMutAct_9fa48("1052") ? "" : (stryCov_9fa48("1052"), "mode"), stryMutAct_9fa48("1053") ? "" : (stryCov_9fa48("1053"), "tables")]);
function shown(value: unknown): string {
  if (stryMutAct_9fa48("1054")) {
    {}
  } else {
    stryCov_9fa48("1054");
    const text = stryMutAct_9fa48("1055") ? JSON.stringify(value) && String(value) : (stryCov_9fa48("1055"), JSON.stringify(value) ?? String(value));
    return (stryMutAct_9fa48("1059") ? text.length <= 80 : stryMutAct_9fa48("1058") ? text.length >= 80 : stryMutAct_9fa48("1057") ? false : stryMutAct_9fa48("1056") ? true : (stryCov_9fa48("1056", "1057", "1058", "1059"), text.length > 80)) ? stryMutAct_9fa48("1060") ? `` : (stryCov_9fa48("1060"), `${stryMutAct_9fa48("1061") ? text : (stryCov_9fa48("1061"), text.slice(0, 77))}...`) : text;
  }
}

/** Checks `{"mode": "all"|"diff", "tables"?: [names]}` and nothing else; table names must be configured ones, exactly. */
export function validateRunInput(input: unknown, configured: readonly PipelineTable[]): {
  mode: RunMode;
  tables: string[];
} {
  if (stryMutAct_9fa48("1062")) {
    {}
  } else {
    stryCov_9fa48("1062");
    if (stryMutAct_9fa48("1065") ? (typeof input !== "object" || input === null) && Array.isArray(input) : stryMutAct_9fa48("1064") ? false : stryMutAct_9fa48("1063") ? true : (stryCov_9fa48("1063", "1064", "1065"), (stryMutAct_9fa48("1067") ? typeof input !== "object" && input === null : stryMutAct_9fa48("1066") ? false : (stryCov_9fa48("1066", "1067"), (stryMutAct_9fa48("1069") ? typeof input === "object" : stryMutAct_9fa48("1068") ? false : (stryCov_9fa48("1068", "1069"), typeof input !== (stryMutAct_9fa48("1070") ? "" : (stryCov_9fa48("1070"), "object")))) || (stryMutAct_9fa48("1072") ? input !== null : stryMutAct_9fa48("1071") ? false : (stryCov_9fa48("1071", "1072"), input === null)))) || Array.isArray(input))) {
      if (stryMutAct_9fa48("1073")) {
        {}
      } else {
        stryCov_9fa48("1073");
        throw new InvalidRunInput(stryMutAct_9fa48("1074") ? `` : (stryCov_9fa48("1074"), `run input must be a JSON object like {"mode": "diff"}, got ${shown(input)}`));
      }
    }
    const record = input as Record<string, unknown>;
    const extra = stryMutAct_9fa48("1075") ? Object.keys(record) : (stryCov_9fa48("1075"), Object.keys(record).filter(stryMutAct_9fa48("1076") ? () => undefined : (stryCov_9fa48("1076"), k => stryMutAct_9fa48("1077") ? ALLOWED_KEYS.includes(k) : (stryCov_9fa48("1077"), !ALLOWED_KEYS.includes(k)))));
    if (stryMutAct_9fa48("1081") ? extra.length <= 0 : stryMutAct_9fa48("1080") ? extra.length >= 0 : stryMutAct_9fa48("1079") ? false : stryMutAct_9fa48("1078") ? true : (stryCov_9fa48("1078", "1079", "1080", "1081"), extra.length > 0)) {
      if (stryMutAct_9fa48("1082")) {
        {}
      } else {
        stryCov_9fa48("1082");
        throw new InvalidRunInput(stryMutAct_9fa48("1083") ? `` : (stryCov_9fa48("1083"), `run input has the unknown field ${shown(extra[0])}; allowed fields are mode and tables`));
      }
    }
    if (stryMutAct_9fa48("1086") ? false : stryMutAct_9fa48("1085") ? true : stryMutAct_9fa48("1084") ? MODES.includes(record.mode as RunMode) : (stryCov_9fa48("1084", "1085", "1086"), !MODES.includes(record.mode as RunMode))) {
      if (stryMutAct_9fa48("1087")) {
        {}
      } else {
        stryCov_9fa48("1087");
        throw new InvalidRunInput(stryMutAct_9fa48("1088") ? `` : (stryCov_9fa48("1088"), `run input mode ${shown(record.mode)} is not allowed; use "all" or "diff"`));
      }
    }
    const names = configured.map(stryMutAct_9fa48("1089") ? () => undefined : (stryCov_9fa48("1089"), t => t.name));
    if (stryMutAct_9fa48("1092") ? record.tables !== undefined : stryMutAct_9fa48("1091") ? false : stryMutAct_9fa48("1090") ? true : (stryCov_9fa48("1090", "1091", "1092"), record.tables === undefined)) {
      if (stryMutAct_9fa48("1093")) {
        {}
      } else {
        stryCov_9fa48("1093");
        return stryMutAct_9fa48("1094") ? {} : (stryCov_9fa48("1094"), {
          mode: record.mode as RunMode,
          tables: names
        });
      }
    }
    if (stryMutAct_9fa48("1097") ? !Array.isArray(record.tables) && record.tables.length === 0 : stryMutAct_9fa48("1096") ? false : stryMutAct_9fa48("1095") ? true : (stryCov_9fa48("1095", "1096", "1097"), (stryMutAct_9fa48("1098") ? Array.isArray(record.tables) : (stryCov_9fa48("1098"), !Array.isArray(record.tables))) || (stryMutAct_9fa48("1100") ? record.tables.length !== 0 : stryMutAct_9fa48("1099") ? false : (stryCov_9fa48("1099", "1100"), record.tables.length === 0)))) {
      if (stryMutAct_9fa48("1101")) {
        {}
      } else {
        stryCov_9fa48("1101");
        throw new InvalidRunInput(stryMutAct_9fa48("1102") ? `` : (stryCov_9fa48("1102"), `run input tables ${shown(record.tables)} must be a non-empty list of table names (or left out for all tables)`));
      }
    }
    const selected = new Set<string>();
    for (const name of record.tables as unknown[]) {
      if (stryMutAct_9fa48("1103")) {
        {}
      } else {
        stryCov_9fa48("1103");
        if (stryMutAct_9fa48("1106") ? typeof name !== "string" && !names.includes(name) : stryMutAct_9fa48("1105") ? false : stryMutAct_9fa48("1104") ? true : (stryCov_9fa48("1104", "1105", "1106"), (stryMutAct_9fa48("1108") ? typeof name === "string" : stryMutAct_9fa48("1107") ? false : (stryCov_9fa48("1107", "1108"), typeof name !== (stryMutAct_9fa48("1109") ? "" : (stryCov_9fa48("1109"), "string")))) || (stryMutAct_9fa48("1110") ? names.includes(name) : (stryCov_9fa48("1110"), !names.includes(name))))) {
          if (stryMutAct_9fa48("1111")) {
            {}
          } else {
            stryCov_9fa48("1111");
            throw new InvalidRunInput(stryMutAct_9fa48("1112") ? `` : (stryCov_9fa48("1112"), `run input table ${shown(name)} is not a configured table; configured tables are ${names.join(stryMutAct_9fa48("1113") ? "" : (stryCov_9fa48("1113"), ", "))}`));
          }
        }
        if (stryMutAct_9fa48("1115") ? false : stryMutAct_9fa48("1114") ? true : (stryCov_9fa48("1114", "1115"), selected.has(name))) {
          if (stryMutAct_9fa48("1116")) {
            {}
          } else {
            stryCov_9fa48("1116");
            throw new InvalidRunInput(stryMutAct_9fa48("1117") ? `` : (stryCov_9fa48("1117"), `run input table ${shown(name)} is listed twice`));
          }
        }
        selected.add(name);
      }
    }
    return stryMutAct_9fa48("1118") ? {} : (stryCov_9fa48("1118"), {
      mode: record.mode as RunMode,
      tables: stryMutAct_9fa48("1119") ? names : (stryCov_9fa48("1119"), names.filter(stryMutAct_9fa48("1120") ? () => undefined : (stryCov_9fa48("1120"), n => selected.has(n))))
    });
  }
}
const START_TIME_PATTERN = stryMutAct_9fa48("1137") ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\D+)?Z$/ : stryMutAct_9fa48("1136") ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d)?Z$/ : stryMutAct_9fa48("1135") ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)Z$/ : stryMutAct_9fa48("1134") ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\D{2})(\.\d+)?Z$/ : stryMutAct_9fa48("1133") ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d)(\.\d+)?Z$/ : stryMutAct_9fa48("1132") ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\D{2}):(\d{2})(\.\d+)?Z$/ : stryMutAct_9fa48("1131") ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d):(\d{2})(\.\d+)?Z$/ : stryMutAct_9fa48("1130") ? /^(\d{4})-(\d{2})-(\d{2})T(\D{2}):(\d{2}):(\d{2})(\.\d+)?Z$/ : stryMutAct_9fa48("1129") ? /^(\d{4})-(\d{2})-(\d{2})T(\d):(\d{2}):(\d{2})(\.\d+)?Z$/ : stryMutAct_9fa48("1128") ? /^(\d{4})-(\d{2})-(\D{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z$/ : stryMutAct_9fa48("1127") ? /^(\d{4})-(\d{2})-(\d)T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z$/ : stryMutAct_9fa48("1126") ? /^(\d{4})-(\D{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z$/ : stryMutAct_9fa48("1125") ? /^(\d{4})-(\d)-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z$/ : stryMutAct_9fa48("1124") ? /^(\D{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z$/ : stryMutAct_9fa48("1123") ? /^(\d)-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z$/ : stryMutAct_9fa48("1122") ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z/ : stryMutAct_9fa48("1121") ? /(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z$/ : (stryCov_9fa48("1121", "1122", "1123", "1124", "1125", "1126", "1127", "1128", "1129", "1130", "1131", "1132", "1133", "1134", "1135", "1136", "1137"), /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z$/);

/**
 * Ids derived from the execution, so a retried Lambda gets the same ones: the export id then collides with the
 * export it already started instead of starting a second one.
 */
export function runIds(pipelineName: string, executionId: string, startTime: string): {
  runId: string;
  exportTaskId: string;
} {
  if (stryMutAct_9fa48("1138")) {
    {}
  } else {
    stryCov_9fa48("1138");
    const m = START_TIME_PATTERN.exec(startTime);
    if (stryMutAct_9fa48("1141") ? false : stryMutAct_9fa48("1140") ? true : stryMutAct_9fa48("1139") ? m : (stryCov_9fa48("1139", "1140", "1141"), !m)) {
      if (stryMutAct_9fa48("1142")) {
        {}
      } else {
        stryCov_9fa48("1142");
        throw new InvalidRunInput(stryMutAct_9fa48("1143") ? `` : (stryCov_9fa48("1143"), `execution start time ${shown(startTime)} is not an ISO 8601 UTC timestamp`));
      }
    }
    const hash = stryMutAct_9fa48("1144") ? createHash("sha256").update(`${executionId}\n${startTime}`).digest("hex") : (stryCov_9fa48("1144"), createHash(stryMutAct_9fa48("1145") ? "" : (stryCov_9fa48("1145"), "sha256")).update(stryMutAct_9fa48("1146") ? `` : (stryCov_9fa48("1146"), `${executionId}\n${startTime}`)).digest(stryMutAct_9fa48("1147") ? "" : (stryCov_9fa48("1147"), "hex")).slice(0, 8));
    const day = stryMutAct_9fa48("1148") ? `` : (stryCov_9fa48("1148"), `${m[1]}${m[2]}${m[3]}`);
    const time = stryMutAct_9fa48("1149") ? `` : (stryCov_9fa48("1149"), `${m[4]}${m[5]}${m[6]}`);
    const exportTaskId = stryMutAct_9fa48("1150") ? `` : (stryCov_9fa48("1150"), `${pipelineName}-${day}-${time}-${hash}`);
    if (stryMutAct_9fa48("1153") ? false : stryMutAct_9fa48("1152") ? true : stryMutAct_9fa48("1151") ? EXPORT_TASK_ID_PATTERN.test(exportTaskId) : (stryCov_9fa48("1151", "1152", "1153"), !EXPORT_TASK_ID_PATTERN.test(exportTaskId))) {
      if (stryMutAct_9fa48("1154")) {
        {}
      } else {
        stryCov_9fa48("1154");
        throw new InvalidRunInput(stryMutAct_9fa48("1155") ? `` : (stryCov_9fa48("1155"), `export task id ${exportTaskId} would not be valid; check PIPELINE_NAME`));
      }
    }
    return stryMutAct_9fa48("1156") ? {} : (stryCov_9fa48("1156"), {
      runId: stryMutAct_9fa48("1157") ? `` : (stryCov_9fa48("1157"), `r${day}t${time}_${hash}`),
      exportTaskId
    });
  }
}
export function planRun(input: unknown, configured: readonly PipelineTable[], pipelineName: string, executionId: string, startTime: string): RunPlan {
  if (stryMutAct_9fa48("1158")) {
    {}
  } else {
    stryCov_9fa48("1158");
    const {
      mode,
      tables
    } = validateRunInput(input, configured);
    return stryMutAct_9fa48("1159") ? {} : (stryCov_9fa48("1159"), {
      mode,
      tables,
      ...runIds(pipelineName, executionId, startTime)
    });
  }
}