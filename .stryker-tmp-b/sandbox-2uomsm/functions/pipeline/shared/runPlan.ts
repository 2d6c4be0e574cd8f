// @ts-nocheck
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
    if (stryMutAct_9fa48("1648")) {
      {}
    } else {
      stryCov_9fa48("1648");
      super(message);
      this.name = stryMutAct_9fa48("1649") ? "" : (stryCov_9fa48("1649"), "InvalidRunInput");
    }
  }
}
const MODES: readonly RunMode[] = stryMutAct_9fa48("1650") ? [] : (stryCov_9fa48("1650"), [stryMutAct_9fa48("1651") ? "" : (stryCov_9fa48("1651"), "all"), stryMutAct_9fa48("1652") ? "" : (stryCov_9fa48("1652"), "diff")]);
const ALLOWED_KEYS = stryMutAct_9fa48("1653") ? [] : (stryCov_9fa48("1653"), [stryMutAct_9fa48("1654") ? "" : (stryCov_9fa48("1654"), "mode"), stryMutAct_9fa48("1655") ? "" : (stryCov_9fa48("1655"), "tables")]);
function shown(value: unknown): string {
  if (stryMutAct_9fa48("1656")) {
    {}
  } else {
    stryCov_9fa48("1656");
    const text = stryMutAct_9fa48("1657") ? JSON.stringify(value) && String(value) : (stryCov_9fa48("1657"), JSON.stringify(value) ?? String(value));
    return (stryMutAct_9fa48("1661") ? text.length <= 80 : stryMutAct_9fa48("1660") ? text.length >= 80 : stryMutAct_9fa48("1659") ? false : stryMutAct_9fa48("1658") ? true : (stryCov_9fa48("1658", "1659", "1660", "1661"), text.length > 80)) ? stryMutAct_9fa48("1662") ? `` : (stryCov_9fa48("1662"), `${stryMutAct_9fa48("1663") ? text : (stryCov_9fa48("1663"), text.slice(0, 77))}...`) : text;
  }
}

/** Checks `{"mode": "all"|"diff", "tables"?: [names]}` and nothing else; table names must be configured ones, exactly. */
export function validateRunInput(input: unknown, configured: readonly PipelineTable[]): {
  mode: RunMode;
  tables: string[];
} {
  if (stryMutAct_9fa48("1664")) {
    {}
  } else {
    stryCov_9fa48("1664");
    if (stryMutAct_9fa48("1667") ? (typeof input !== "object" || input === null) && Array.isArray(input) : stryMutAct_9fa48("1666") ? false : stryMutAct_9fa48("1665") ? true : (stryCov_9fa48("1665", "1666", "1667"), (stryMutAct_9fa48("1669") ? typeof input !== "object" && input === null : stryMutAct_9fa48("1668") ? false : (stryCov_9fa48("1668", "1669"), (stryMutAct_9fa48("1671") ? typeof input === "object" : stryMutAct_9fa48("1670") ? false : (stryCov_9fa48("1670", "1671"), typeof input !== (stryMutAct_9fa48("1672") ? "" : (stryCov_9fa48("1672"), "object")))) || (stryMutAct_9fa48("1674") ? input !== null : stryMutAct_9fa48("1673") ? false : (stryCov_9fa48("1673", "1674"), input === null)))) || Array.isArray(input))) {
      if (stryMutAct_9fa48("1675")) {
        {}
      } else {
        stryCov_9fa48("1675");
        throw new InvalidRunInput(stryMutAct_9fa48("1676") ? `` : (stryCov_9fa48("1676"), `run input must be a JSON object like {"mode": "diff"}, got ${shown(input)}`));
      }
    }
    const record = input as Record<string, unknown>;
    const extra = stryMutAct_9fa48("1677") ? Object.keys(record) : (stryCov_9fa48("1677"), Object.keys(record).filter(stryMutAct_9fa48("1678") ? () => undefined : (stryCov_9fa48("1678"), k => stryMutAct_9fa48("1679") ? ALLOWED_KEYS.includes(k) : (stryCov_9fa48("1679"), !ALLOWED_KEYS.includes(k)))));
    if (stryMutAct_9fa48("1683") ? extra.length <= 0 : stryMutAct_9fa48("1682") ? extra.length >= 0 : stryMutAct_9fa48("1681") ? false : stryMutAct_9fa48("1680") ? true : (stryCov_9fa48("1680", "1681", "1682", "1683"), extra.length > 0)) {
      if (stryMutAct_9fa48("1684")) {
        {}
      } else {
        stryCov_9fa48("1684");
        throw new InvalidRunInput(stryMutAct_9fa48("1685") ? `` : (stryCov_9fa48("1685"), `run input has the unknown field ${shown(extra[0])}; allowed fields are mode and tables`));
      }
    }
    if (stryMutAct_9fa48("1688") ? false : stryMutAct_9fa48("1687") ? true : stryMutAct_9fa48("1686") ? MODES.includes(record.mode as RunMode) : (stryCov_9fa48("1686", "1687", "1688"), !MODES.includes(record.mode as RunMode))) {
      if (stryMutAct_9fa48("1689")) {
        {}
      } else {
        stryCov_9fa48("1689");
        throw new InvalidRunInput(stryMutAct_9fa48("1690") ? `` : (stryCov_9fa48("1690"), `run input mode ${shown(record.mode)} is not allowed; use "all" or "diff"`));
      }
    }
    const names = configured.map(stryMutAct_9fa48("1691") ? () => undefined : (stryCov_9fa48("1691"), t => t.name));
    if (stryMutAct_9fa48("1694") ? record.tables !== undefined : stryMutAct_9fa48("1693") ? false : stryMutAct_9fa48("1692") ? true : (stryCov_9fa48("1692", "1693", "1694"), record.tables === undefined)) {
      if (stryMutAct_9fa48("1695")) {
        {}
      } else {
        stryCov_9fa48("1695");
        return stryMutAct_9fa48("1696") ? {} : (stryCov_9fa48("1696"), {
          mode: record.mode as RunMode,
          tables: names
        });
      }
    }
    if (stryMutAct_9fa48("1699") ? !Array.isArray(record.tables) && record.tables.length === 0 : stryMutAct_9fa48("1698") ? false : stryMutAct_9fa48("1697") ? true : (stryCov_9fa48("1697", "1698", "1699"), (stryMutAct_9fa48("1700") ? Array.isArray(record.tables) : (stryCov_9fa48("1700"), !Array.isArray(record.tables))) || (stryMutAct_9fa48("1702") ? record.tables.length !== 0 : stryMutAct_9fa48("1701") ? false : (stryCov_9fa48("1701", "1702"), record.tables.length === 0)))) {
      if (stryMutAct_9fa48("1703")) {
        {}
      } else {
        stryCov_9fa48("1703");
        throw new InvalidRunInput(stryMutAct_9fa48("1704") ? `` : (stryCov_9fa48("1704"), `run input tables ${shown(record.tables)} must be a non-empty list of table names (or left out for all tables)`));
      }
    }
    const selected = new Set<string>();
    for (const name of record.tables as unknown[]) {
      if (stryMutAct_9fa48("1705")) {
        {}
      } else {
        stryCov_9fa48("1705");
        if (stryMutAct_9fa48("1708") ? typeof name !== "string" && !names.includes(name) : stryMutAct_9fa48("1707") ? false : stryMutAct_9fa48("1706") ? true : (stryCov_9fa48("1706", "1707", "1708"), (stryMutAct_9fa48("1710") ? typeof name === "string" : stryMutAct_9fa48("1709") ? false : (stryCov_9fa48("1709", "1710"), typeof name !== (stryMutAct_9fa48("1711") ? "" : (stryCov_9fa48("1711"), "string")))) || (stryMutAct_9fa48("1712") ? names.includes(name) : (stryCov_9fa48("1712"), !names.includes(name))))) {
          if (stryMutAct_9fa48("1713")) {
            {}
          } else {
            stryCov_9fa48("1713");
            throw new InvalidRunInput(stryMutAct_9fa48("1714") ? `` : (stryCov_9fa48("1714"), `run input table ${shown(name)} is not a configured table; configured tables are ${names.join(stryMutAct_9fa48("1715") ? "" : (stryCov_9fa48("1715"), ", "))}`));
          }
        }
        if (stryMutAct_9fa48("1717") ? false : stryMutAct_9fa48("1716") ? true : (stryCov_9fa48("1716", "1717"), selected.has(name))) {
          if (stryMutAct_9fa48("1718")) {
            {}
          } else {
            stryCov_9fa48("1718");
            throw new InvalidRunInput(stryMutAct_9fa48("1719") ? `` : (stryCov_9fa48("1719"), `run input table ${shown(name)} is listed twice`));
          }
        }
        selected.add(name);
      }
    }
    return stryMutAct_9fa48("1720") ? {} : (stryCov_9fa48("1720"), {
      mode: record.mode as RunMode,
      tables: stryMutAct_9fa48("1721") ? names : (stryCov_9fa48("1721"), names.filter(stryMutAct_9fa48("1722") ? () => undefined : (stryCov_9fa48("1722"), n => selected.has(n))))
    });
  }
}
const START_TIME_PATTERN = stryMutAct_9fa48("1739") ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\D+)?Z$/ : stryMutAct_9fa48("1738") ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d)?Z$/ : stryMutAct_9fa48("1737") ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)Z$/ : stryMutAct_9fa48("1736") ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\D{2})(\.\d+)?Z$/ : stryMutAct_9fa48("1735") ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d)(\.\d+)?Z$/ : stryMutAct_9fa48("1734") ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\D{2}):(\d{2})(\.\d+)?Z$/ : stryMutAct_9fa48("1733") ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d):(\d{2})(\.\d+)?Z$/ : stryMutAct_9fa48("1732") ? /^(\d{4})-(\d{2})-(\d{2})T(\D{2}):(\d{2}):(\d{2})(\.\d+)?Z$/ : stryMutAct_9fa48("1731") ? /^(\d{4})-(\d{2})-(\d{2})T(\d):(\d{2}):(\d{2})(\.\d+)?Z$/ : stryMutAct_9fa48("1730") ? /^(\d{4})-(\d{2})-(\D{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z$/ : stryMutAct_9fa48("1729") ? /^(\d{4})-(\d{2})-(\d)T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z$/ : stryMutAct_9fa48("1728") ? /^(\d{4})-(\D{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z$/ : stryMutAct_9fa48("1727") ? /^(\d{4})-(\d)-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z$/ : stryMutAct_9fa48("1726") ? /^(\D{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z$/ : stryMutAct_9fa48("1725") ? /^(\d)-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z$/ : stryMutAct_9fa48("1724") ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z/ : stryMutAct_9fa48("1723") ? /(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z$/ : (stryCov_9fa48("1723", "1724", "1725", "1726", "1727", "1728", "1729", "1730", "1731", "1732", "1733", "1734", "1735", "1736", "1737", "1738", "1739"), /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z$/);

/**
 * Ids derived from the execution, so a retried Lambda gets the same ones: the export id then collides with the
 * export it already started instead of starting a second one.
 */
export function runIds(pipelineName: string, executionId: string, startTime: string): {
  runId: string;
  exportTaskId: string;
} {
  if (stryMutAct_9fa48("1740")) {
    {}
  } else {
    stryCov_9fa48("1740");
    const m = START_TIME_PATTERN.exec(startTime);
    if (stryMutAct_9fa48("1743") ? false : stryMutAct_9fa48("1742") ? true : stryMutAct_9fa48("1741") ? m : (stryCov_9fa48("1741", "1742", "1743"), !m)) {
      if (stryMutAct_9fa48("1744")) {
        {}
      } else {
        stryCov_9fa48("1744");
        throw new InvalidRunInput(stryMutAct_9fa48("1745") ? `` : (stryCov_9fa48("1745"), `execution start time ${shown(startTime)} is not an ISO 8601 UTC timestamp`));
      }
    }
    const hash = stryMutAct_9fa48("1746") ? createHash("sha256").update(`${executionId}\n${startTime}`).digest("hex") : (stryCov_9fa48("1746"), createHash(stryMutAct_9fa48("1747") ? "" : (stryCov_9fa48("1747"), "sha256")).update(stryMutAct_9fa48("1748") ? `` : (stryCov_9fa48("1748"), `${executionId}\n${startTime}`)).digest(stryMutAct_9fa48("1749") ? "" : (stryCov_9fa48("1749"), "hex")).slice(0, 8));
    const day = stryMutAct_9fa48("1750") ? `` : (stryCov_9fa48("1750"), `${m[1]}${m[2]}${m[3]}`);
    const time = stryMutAct_9fa48("1751") ? `` : (stryCov_9fa48("1751"), `${m[4]}${m[5]}${m[6]}`);
    const exportTaskId = stryMutAct_9fa48("1752") ? `` : (stryCov_9fa48("1752"), `${pipelineName}-${day}-${time}-${hash}`);
    if (stryMutAct_9fa48("1755") ? false : stryMutAct_9fa48("1754") ? true : stryMutAct_9fa48("1753") ? EXPORT_TASK_ID_PATTERN.test(exportTaskId) : (stryCov_9fa48("1753", "1754", "1755"), !EXPORT_TASK_ID_PATTERN.test(exportTaskId))) {
      if (stryMutAct_9fa48("1756")) {
        {}
      } else {
        stryCov_9fa48("1756");
        throw new InvalidRunInput(stryMutAct_9fa48("1757") ? `` : (stryCov_9fa48("1757"), `export task id ${exportTaskId} would not be valid; check PIPELINE_NAME`));
      }
    }
    return stryMutAct_9fa48("1758") ? {} : (stryCov_9fa48("1758"), {
      runId: stryMutAct_9fa48("1759") ? `` : (stryCov_9fa48("1759"), `r${day}t${time}_${hash}`),
      exportTaskId
    });
  }
}
export function planRun(input: unknown, configured: readonly PipelineTable[], pipelineName: string, executionId: string, startTime: string): RunPlan {
  if (stryMutAct_9fa48("1760")) {
    {}
  } else {
    stryCov_9fa48("1760");
    const {
      mode,
      tables
    } = validateRunInput(input, configured);
    return stryMutAct_9fa48("1761") ? {} : (stryCov_9fa48("1761"), {
      mode,
      tables,
      ...runIds(pipelineName, executionId, startTime)
    });
  }
}