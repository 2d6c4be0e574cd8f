// @ts-nocheck
// SQL builders for the Athena pipeline run: Iceberg master DDL, deduplicated extraction, MERGE and watermark queries.
//
// Every identifier is checked against IDENTIFIER_PATTERN and quoted; every literal (timestamps, S3 locations) is checked
// against a strict pattern, so nothing from outside the stack config can change the shape of a statement.
// DML (SELECT, MERGE) is kept to what both Athena engine v3 (Trino) and DuckDB accept, so the semantic tests run the
// very same text on DuckDB. Only the Iceberg CREATE TABLE is Athena-only (Hive-style DDL: backticks, LOCATION,
// TBLPROPERTIES); it has its own exact-text test.

/** Same rule as components/config.ts IDENTIFIER_PATTERN (a test asserts they match); functions/ cannot import components/. */function stryNS_9fa48() {
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
export const IDENTIFIER_PATTERN = stryMutAct_9fa48("4071") ? /^[A-Za-z_][^A-Za-z0-9_]{0,63}$/ : stryMutAct_9fa48("4070") ? /^[A-Za-z_][A-Za-z0-9_]$/ : stryMutAct_9fa48("4069") ? /^[^A-Za-z_][A-Za-z0-9_]{0,63}$/ : stryMutAct_9fa48("4068") ? /^[A-Za-z_][A-Za-z0-9_]{0,63}/ : stryMutAct_9fa48("4067") ? /[A-Za-z_][A-Za-z0-9_]{0,63}$/ : (stryCov_9fa48("4067", "4068", "4069", "4070", "4071"), /^[A-Za-z_][A-Za-z0-9_]{0,63}$/);

/** Athena column types the pipeline creates; all of them are valid for both Hive (Parquet) and Iceberg tables. */
export const COLUMN_TYPE_PATTERN = stryMutAct_9fa48("4081") ? /^(boolean|int|bigint|float|double|date|timestamp|string|binary|decimal\(([1-9]|[12][0-9]|3[0-8]),([0-9]|[12][0-9]|3[^0-8])\))$/ : stryMutAct_9fa48("4080") ? /^(boolean|int|bigint|float|double|date|timestamp|string|binary|decimal\(([1-9]|[12][0-9]|3[0-8]),([0-9]|[12][^0-9]|3[0-8])\))$/ : stryMutAct_9fa48("4079") ? /^(boolean|int|bigint|float|double|date|timestamp|string|binary|decimal\(([1-9]|[12][0-9]|3[0-8]),([0-9]|[^12][0-9]|3[0-8])\))$/ : stryMutAct_9fa48("4078") ? /^(boolean|int|bigint|float|double|date|timestamp|string|binary|decimal\(([1-9]|[12][0-9]|3[0-8]),([^0-9]|[12][0-9]|3[0-8])\))$/ : stryMutAct_9fa48("4077") ? /^(boolean|int|bigint|float|double|date|timestamp|string|binary|decimal\(([1-9]|[12][0-9]|3[^0-8]),([0-9]|[12][0-9]|3[0-8])\))$/ : stryMutAct_9fa48("4076") ? /^(boolean|int|bigint|float|double|date|timestamp|string|binary|decimal\(([1-9]|[12][^0-9]|3[0-8]),([0-9]|[12][0-9]|3[0-8])\))$/ : stryMutAct_9fa48("4075") ? /^(boolean|int|bigint|float|double|date|timestamp|string|binary|decimal\(([1-9]|[^12][0-9]|3[0-8]),([0-9]|[12][0-9]|3[0-8])\))$/ : stryMutAct_9fa48("4074") ? /^(boolean|int|bigint|float|double|date|timestamp|string|binary|decimal\(([^1-9]|[12][0-9]|3[0-8]),([0-9]|[12][0-9]|3[0-8])\))$/ : stryMutAct_9fa48("4073") ? /^(boolean|int|bigint|float|double|date|timestamp|string|binary|decimal\(([1-9]|[12][0-9]|3[0-8]),([0-9]|[12][0-9]|3[0-8])\))/ : stryMutAct_9fa48("4072") ? /(boolean|int|bigint|float|double|date|timestamp|string|binary|decimal\(([1-9]|[12][0-9]|3[0-8]),([0-9]|[12][0-9]|3[0-8])\))$/ : (stryCov_9fa48("4072", "4073", "4074", "4075", "4076", "4077", "4078", "4079", "4080", "4081"), /^(boolean|int|bigint|float|double|date|timestamp|string|binary|decimal\(([1-9]|[12][0-9]|3[0-8]),([0-9]|[12][0-9]|3[0-8])\))$/);

/** The watermark and bound format: what CAST(timestamp AS varchar) prints on Athena (ms) and DuckDB (us). */
export const TIMESTAMP_TEXT_PATTERN = stryMutAct_9fa48("4098") ? /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\D{1,9})?$/ : stryMutAct_9fa48("4097") ? /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d)?$/ : stryMutAct_9fa48("4096") ? /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,9})$/ : stryMutAct_9fa48("4095") ? /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\D{2})(\.\d{1,9})?$/ : stryMutAct_9fa48("4094") ? /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d)(\.\d{1,9})?$/ : stryMutAct_9fa48("4093") ? /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\D{2}):(\d{2})(\.\d{1,9})?$/ : stryMutAct_9fa48("4092") ? /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d):(\d{2})(\.\d{1,9})?$/ : stryMutAct_9fa48("4091") ? /^(\d{4})-(\d{2})-(\d{2}) (\D{2}):(\d{2}):(\d{2})(\.\d{1,9})?$/ : stryMutAct_9fa48("4090") ? /^(\d{4})-(\d{2})-(\d{2}) (\d):(\d{2}):(\d{2})(\.\d{1,9})?$/ : stryMutAct_9fa48("4089") ? /^(\d{4})-(\d{2})-(\D{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?$/ : stryMutAct_9fa48("4088") ? /^(\d{4})-(\d{2})-(\d) (\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?$/ : stryMutAct_9fa48("4087") ? /^(\d{4})-(\D{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?$/ : stryMutAct_9fa48("4086") ? /^(\d{4})-(\d)-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?$/ : stryMutAct_9fa48("4085") ? /^(\D{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?$/ : stryMutAct_9fa48("4084") ? /^(\d)-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?$/ : stryMutAct_9fa48("4083") ? /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?/ : stryMutAct_9fa48("4082") ? /(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?$/ : (stryCov_9fa48("4082", "4083", "4084", "4085", "4086", "4087", "4088", "4089", "4090", "4091", "4092", "4093", "4094", "4095", "4096", "4097", "4098"), /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?$/);
const S3_LOCATION_PATTERN = stryMutAct_9fa48("4107") ? /^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\/(?:[^A-Za-z0-9_.-]+\/)*$/ : stryMutAct_9fa48("4106") ? /^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\/(?:[A-Za-z0-9_.-]\/)*$/ : stryMutAct_9fa48("4105") ? /^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\/(?:[A-Za-z0-9_.-]+\/)$/ : stryMutAct_9fa48("4104") ? /^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[^a-z0-9]\/(?:[A-Za-z0-9_.-]+\/)*$/ : stryMutAct_9fa48("4103") ? /^s3:\/\/[a-z0-9][^a-z0-9.-]{1,61}[a-z0-9]\/(?:[A-Za-z0-9_.-]+\/)*$/ : stryMutAct_9fa48("4102") ? /^s3:\/\/[a-z0-9][a-z0-9.-][a-z0-9]\/(?:[A-Za-z0-9_.-]+\/)*$/ : stryMutAct_9fa48("4101") ? /^s3:\/\/[^a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\/(?:[A-Za-z0-9_.-]+\/)*$/ : stryMutAct_9fa48("4100") ? /^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\/(?:[A-Za-z0-9_.-]+\/)*/ : stryMutAct_9fa48("4099") ? /s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\/(?:[A-Za-z0-9_.-]+\/)*$/ : (stryCov_9fa48("4099", "4100", "4101", "4102", "4103", "4104", "4105", "4106", "4107"), /^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\/(?:[A-Za-z0-9_.-]+\/)*$/);
const RUN_ID_PATTERN = stryMutAct_9fa48("4115") ? /^r\d{8}t\d{6}_[^0-9a-f]{8}$/ : stryMutAct_9fa48("4114") ? /^r\d{8}t\d{6}_[0-9a-f]$/ : stryMutAct_9fa48("4113") ? /^r\d{8}t\D{6}_[0-9a-f]{8}$/ : stryMutAct_9fa48("4112") ? /^r\d{8}t\d_[0-9a-f]{8}$/ : stryMutAct_9fa48("4111") ? /^r\D{8}t\d{6}_[0-9a-f]{8}$/ : stryMutAct_9fa48("4110") ? /^r\dt\d{6}_[0-9a-f]{8}$/ : stryMutAct_9fa48("4109") ? /^r\d{8}t\d{6}_[0-9a-f]{8}/ : stryMutAct_9fa48("4108") ? /r\d{8}t\d{6}_[0-9a-f]{8}$/ : (stryCov_9fa48("4108", "4109", "4110", "4111", "4112", "4113", "4114", "4115"), /^r\d{8}t\d{6}_[0-9a-f]{8}$/);

/** Helper columns the builders add; a source column with one of these names is rejected. */
export const RESERVED_COLUMNS: readonly string[] = stryMutAct_9fa48("4116") ? [] : (stryCov_9fa48("4116"), [stryMutAct_9fa48("4117") ? "" : (stryCov_9fa48("4117"), "_pipeline_rank"), stryMutAct_9fa48("4118") ? "" : (stryCov_9fa48("4118"), "_pipeline_deleted")]);
export interface ColumnDefinition {
  /** Lowercase column name as Glue stores it. */
  readonly name: string;
  /** Athena type, one of COLUMN_TYPE_PATTERN. */
  readonly type: string;
}
export interface PipelineTable {
  readonly name: string;
  readonly primaryKey: readonly string[];
  readonly timestampColumn?: string;
}
export class UnsafeSqlInputError extends Error {
  constructor(message: string) {
    if (stryMutAct_9fa48("4119")) {
      {}
    } else {
      stryCov_9fa48("4119");
      super(message);
      this.name = stryMutAct_9fa48("4120") ? "" : (stryCov_9fa48("4120"), "UnsafeSqlInputError");
    }
  }
}
function checkIdentifier(name: string, what: string): string {
  if (stryMutAct_9fa48("4121")) {
    {}
  } else {
    stryCov_9fa48("4121");
    if (stryMutAct_9fa48("4124") ? typeof name !== "string" && !IDENTIFIER_PATTERN.test(name) : stryMutAct_9fa48("4123") ? false : stryMutAct_9fa48("4122") ? true : (stryCov_9fa48("4122", "4123", "4124"), (stryMutAct_9fa48("4126") ? typeof name === "string" : stryMutAct_9fa48("4125") ? false : (stryCov_9fa48("4125", "4126"), typeof name !== (stryMutAct_9fa48("4127") ? "" : (stryCov_9fa48("4127"), "string")))) || (stryMutAct_9fa48("4128") ? IDENTIFIER_PATTERN.test(name) : (stryCov_9fa48("4128"), !IDENTIFIER_PATTERN.test(name))))) {
      if (stryMutAct_9fa48("4129")) {
        {}
      } else {
        stryCov_9fa48("4129");
        throw new UnsafeSqlInputError(stryMutAct_9fa48("4130") ? `` : (stryCov_9fa48("4130"), `${what} ${JSON.stringify(name)} is not a valid identifier (letters, digits, underscores, at most 64)`));
      }
    }
    // Glue lowercases every database, table and column name; using the lowercase form keeps SQL and catalog in step.
    return stryMutAct_9fa48("4131") ? name.toUpperCase() : (stryCov_9fa48("4131"), name.toLowerCase());
  }
}

/** A double-quoted identifier for DML (Trino and DuckDB). */
export function quoteIdentifier(name: string, what = stryMutAct_9fa48("4132") ? "" : (stryCov_9fa48("4132"), "identifier")): string {
  if (stryMutAct_9fa48("4133")) {
    {}
  } else {
    stryCov_9fa48("4133");
    return stryMutAct_9fa48("4134") ? `` : (stryCov_9fa48("4134"), `"${checkIdentifier(name, what)}"`);
  }
}

/** A backtick-quoted identifier for Athena DDL, which rejects double quotes. */
export function quoteDdlIdentifier(name: string, what = stryMutAct_9fa48("4135") ? "" : (stryCov_9fa48("4135"), "identifier")): string {
  if (stryMutAct_9fa48("4136")) {
    {}
  } else {
    stryCov_9fa48("4136");
    return stryMutAct_9fa48("4137") ? `` : (stryCov_9fa48("4137"), `\`${checkIdentifier(name, what)}\``);
  }
}
export function qualifiedName(database: string, table: string): string {
  if (stryMutAct_9fa48("4138")) {
    {}
  } else {
    stryCov_9fa48("4138");
    return stryMutAct_9fa48("4139") ? `` : (stryCov_9fa48("4139"), `${quoteIdentifier(database, stryMutAct_9fa48("4140") ? "" : (stryCov_9fa48("4140"), "database"))}.${quoteIdentifier(table, stryMutAct_9fa48("4141") ? "" : (stryCov_9fa48("4141"), "table"))}`);
  }
}

/** A TIMESTAMP literal from a validated watermark text. */
export function timestampLiteral(value: string): string {
  if (stryMutAct_9fa48("4142")) {
    {}
  } else {
    stryCov_9fa48("4142");
    if (stryMutAct_9fa48("4145") ? typeof value !== "string" && !TIMESTAMP_TEXT_PATTERN.test(value) : stryMutAct_9fa48("4144") ? false : stryMutAct_9fa48("4143") ? true : (stryCov_9fa48("4143", "4144", "4145"), (stryMutAct_9fa48("4147") ? typeof value === "string" : stryMutAct_9fa48("4146") ? false : (stryCov_9fa48("4146", "4147"), typeof value !== (stryMutAct_9fa48("4148") ? "" : (stryCov_9fa48("4148"), "string")))) || (stryMutAct_9fa48("4149") ? TIMESTAMP_TEXT_PATTERN.test(value) : (stryCov_9fa48("4149"), !TIMESTAMP_TEXT_PATTERN.test(value))))) {
      if (stryMutAct_9fa48("4150")) {
        {}
      } else {
        stryCov_9fa48("4150");
        throw new UnsafeSqlInputError(stryMutAct_9fa48("4151") ? `` : (stryCov_9fa48("4151"), `timestamp ${JSON.stringify(value)} is not of the form YYYY-MM-DD HH:MM:SS[.fraction]`));
      }
    }
    return stryMutAct_9fa48("4152") ? `` : (stryCov_9fa48("4152"), `TIMESTAMP '${value}'`);
  }
}

/** Subtracts whole seconds from a timestamp text, keeping its fractional part (timestamps carry no zone: plain UTC arithmetic). */
export function subtractSeconds(value: string, seconds: number): string {
  if (stryMutAct_9fa48("4153")) {
    {}
  } else {
    stryCov_9fa48("4153");
    const m = TIMESTAMP_TEXT_PATTERN.exec(value);
    if (stryMutAct_9fa48("4156") ? false : stryMutAct_9fa48("4155") ? true : stryMutAct_9fa48("4154") ? m : (stryCov_9fa48("4154", "4155", "4156"), !m)) {
      if (stryMutAct_9fa48("4157")) {
        {}
      } else {
        stryCov_9fa48("4157");
        throw new UnsafeSqlInputError(stryMutAct_9fa48("4158") ? `` : (stryCov_9fa48("4158"), `timestamp ${JSON.stringify(value)} is not of the form YYYY-MM-DD HH:MM:SS[.fraction]`));
      }
    }
    if (stryMutAct_9fa48("4161") ? !Number.isSafeInteger(seconds) && seconds < 0 : stryMutAct_9fa48("4160") ? false : stryMutAct_9fa48("4159") ? true : (stryCov_9fa48("4159", "4160", "4161"), (stryMutAct_9fa48("4162") ? Number.isSafeInteger(seconds) : (stryCov_9fa48("4162"), !Number.isSafeInteger(seconds))) || (stryMutAct_9fa48("4165") ? seconds >= 0 : stryMutAct_9fa48("4164") ? seconds <= 0 : stryMutAct_9fa48("4163") ? false : (stryCov_9fa48("4163", "4164", "4165"), seconds < 0)))) {
      if (stryMutAct_9fa48("4166")) {
        {}
      } else {
        stryCov_9fa48("4166");
        throw new UnsafeSqlInputError(stryMutAct_9fa48("4167") ? `` : (stryCov_9fa48("4167"), `overlap ${seconds} is not a whole number of seconds >= 0`));
      }
    }
    const ms = stryMutAct_9fa48("4168") ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])) + seconds * 1000 : (stryCov_9fa48("4168"), Date.UTC(Number(m[1]), stryMutAct_9fa48("4169") ? Number(m[2]) + 1 : (stryCov_9fa48("4169"), Number(m[2]) - 1), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])) - (stryMutAct_9fa48("4170") ? seconds / 1000 : (stryCov_9fa48("4170"), seconds * 1000)));
    const iso = new Date(ms).toISOString(); // 2026-11-04T03:25:00.000Z
    return stryMutAct_9fa48("4171") ? `` : (stryCov_9fa48("4171"), `${stryMutAct_9fa48("4172") ? iso : (stryCov_9fa48("4172"), iso.slice(0, 10))} ${stryMutAct_9fa48("4173") ? iso : (stryCov_9fa48("4173"), iso.slice(11, 19))}${stryMutAct_9fa48("4174") ? m[7] && "" : (stryCov_9fa48("4174"), m[7] ?? (stryMutAct_9fa48("4175") ? "Stryker was here!" : (stryCov_9fa48("4175"), "")))}`);
  }
}

/** Per-run table that exposes one table of one export; the run id makes it unique and predictable. */
export function stageTableName(runId: string, table: string): string {
  if (stryMutAct_9fa48("4176")) {
    {}
  } else {
    stryCov_9fa48("4176");
    if (stryMutAct_9fa48("4179") ? false : stryMutAct_9fa48("4178") ? true : stryMutAct_9fa48("4177") ? RUN_ID_PATTERN.test(runId) : (stryCov_9fa48("4177", "4178", "4179"), !RUN_ID_PATTERN.test(runId))) {
      if (stryMutAct_9fa48("4180")) {
        {}
      } else {
        stryCov_9fa48("4180");
        throw new UnsafeSqlInputError(stryMutAct_9fa48("4181") ? `` : (stryCov_9fa48("4181"), `run id ${JSON.stringify(runId)} does not match ${RUN_ID_PATTERN}`));
      }
    }
    return stryMutAct_9fa48("4182") ? `` : (stryCov_9fa48("4182"), `run_${runId}_${checkIdentifier(table, stryMutAct_9fa48("4183") ? "" : (stryCov_9fa48("4183"), "table"))}`);
  }
}
function checkColumns(columns: readonly ColumnDefinition[], table: PipelineTable): void {
  if (stryMutAct_9fa48("4184")) {
    {}
  } else {
    stryCov_9fa48("4184");
    if (stryMutAct_9fa48("4187") ? columns.length !== 0 : stryMutAct_9fa48("4186") ? false : stryMutAct_9fa48("4185") ? true : (stryCov_9fa48("4185", "4186", "4187"), columns.length === 0)) {
      if (stryMutAct_9fa48("4188")) {
        {}
      } else {
        stryCov_9fa48("4188");
        throw new UnsafeSqlInputError(stryMutAct_9fa48("4189") ? `` : (stryCov_9fa48("4189"), `table ${table.name} has no columns`));
      }
    }
    const names = new Set<string>();
    for (const c of columns) {
      if (stryMutAct_9fa48("4190")) {
        {}
      } else {
        stryCov_9fa48("4190");
        const name = checkIdentifier(c.name, stryMutAct_9fa48("4191") ? `` : (stryCov_9fa48("4191"), `column of ${table.name}`));
        if (stryMutAct_9fa48("4193") ? false : stryMutAct_9fa48("4192") ? true : (stryCov_9fa48("4192", "4193"), RESERVED_COLUMNS.includes(name))) {
          if (stryMutAct_9fa48("4194")) {
            {}
          } else {
            stryCov_9fa48("4194");
            throw new UnsafeSqlInputError(stryMutAct_9fa48("4195") ? `` : (stryCov_9fa48("4195"), `table ${table.name} has a column named ${name}, which the pipeline reserves`));
          }
        }
        if (stryMutAct_9fa48("4197") ? false : stryMutAct_9fa48("4196") ? true : (stryCov_9fa48("4196", "4197"), names.has(name))) {
          if (stryMutAct_9fa48("4198")) {
            {}
          } else {
            stryCov_9fa48("4198");
            throw new UnsafeSqlInputError(stryMutAct_9fa48("4199") ? `` : (stryCov_9fa48("4199"), `table ${table.name} has the column ${name} twice`));
          }
        }
        if (stryMutAct_9fa48("4202") ? false : stryMutAct_9fa48("4201") ? true : stryMutAct_9fa48("4200") ? COLUMN_TYPE_PATTERN.test(c.type) : (stryCov_9fa48("4200", "4201", "4202"), !COLUMN_TYPE_PATTERN.test(c.type))) {
          if (stryMutAct_9fa48("4203")) {
            {}
          } else {
            stryCov_9fa48("4203");
            throw new UnsafeSqlInputError(stryMutAct_9fa48("4204") ? `` : (stryCov_9fa48("4204"), `column ${table.name}.${name} has the unsupported type ${JSON.stringify(c.type)}`));
          }
        }
        names.add(name);
      }
    }
    for (const key of table.primaryKey) {
      if (stryMutAct_9fa48("4205")) {
        {}
      } else {
        stryCov_9fa48("4205");
        if (stryMutAct_9fa48("4208") ? false : stryMutAct_9fa48("4207") ? true : stryMutAct_9fa48("4206") ? names.has(checkIdentifier(key, `primary key of ${table.name}`)) : (stryCov_9fa48("4206", "4207", "4208"), !names.has(checkIdentifier(key, stryMutAct_9fa48("4209") ? `` : (stryCov_9fa48("4209"), `primary key of ${table.name}`))))) {
          if (stryMutAct_9fa48("4210")) {
            {}
          } else {
            stryCov_9fa48("4210");
            throw new UnsafeSqlInputError(stryMutAct_9fa48("4211") ? `` : (stryCov_9fa48("4211"), `primary key column ${key} is not in the exported columns of ${table.name}`));
          }
        }
      }
    }
    if (stryMutAct_9fa48("4214") ? table.timestampColumn === undefined : stryMutAct_9fa48("4213") ? false : stryMutAct_9fa48("4212") ? true : (stryCov_9fa48("4212", "4213", "4214"), table.timestampColumn !== undefined)) {
      if (stryMutAct_9fa48("4215")) {
        {}
      } else {
        stryCov_9fa48("4215");
        const ts = checkIdentifier(table.timestampColumn, stryMutAct_9fa48("4216") ? `` : (stryCov_9fa48("4216"), `timestamp column of ${table.name}`));
        const column = columns.find(stryMutAct_9fa48("4217") ? () => undefined : (stryCov_9fa48("4217"), c => stryMutAct_9fa48("4220") ? c.name.toLowerCase() !== ts : stryMutAct_9fa48("4219") ? false : stryMutAct_9fa48("4218") ? true : (stryCov_9fa48("4218", "4219", "4220"), (stryMutAct_9fa48("4221") ? c.name.toUpperCase() : (stryCov_9fa48("4221"), c.name.toLowerCase())) === ts)));
        if (stryMutAct_9fa48("4224") ? false : stryMutAct_9fa48("4223") ? true : stryMutAct_9fa48("4222") ? column : (stryCov_9fa48("4222", "4223", "4224"), !column)) {
          if (stryMutAct_9fa48("4225")) {
            {}
          } else {
            stryCov_9fa48("4225");
            throw new UnsafeSqlInputError(stryMutAct_9fa48("4226") ? `` : (stryCov_9fa48("4226"), `timestamp column ${table.timestampColumn} is not in the exported columns of ${table.name}`));
          }
        }
        if (stryMutAct_9fa48("4229") ? column.type === "timestamp" : stryMutAct_9fa48("4228") ? false : stryMutAct_9fa48("4227") ? true : (stryCov_9fa48("4227", "4228", "4229"), column.type !== (stryMutAct_9fa48("4230") ? "" : (stryCov_9fa48("4230"), "timestamp")))) {
          if (stryMutAct_9fa48("4231")) {
            {}
          } else {
            stryCov_9fa48("4231");
            throw new UnsafeSqlInputError(stryMutAct_9fa48("4232") ? `` : (stryCov_9fa48("4232"), `timestamp column ${table.name}.${ts} has type ${column.type}; the diff needs a timestamp`));
          }
        }
      }
    }
  }
}

/** Athena-only: the Iceberg master table, created on the first run and kept afterwards. */
export function createMasterTableSql(database: string, table: PipelineTable, columns: readonly ColumnDefinition[], location: string): string {
  if (stryMutAct_9fa48("4233")) {
    {}
  } else {
    stryCov_9fa48("4233");
    checkColumns(columns, table);
    if (stryMutAct_9fa48("4236") ? false : stryMutAct_9fa48("4235") ? true : stryMutAct_9fa48("4234") ? S3_LOCATION_PATTERN.test(location) : (stryCov_9fa48("4234", "4235", "4236"), !S3_LOCATION_PATTERN.test(location))) {
      if (stryMutAct_9fa48("4237")) {
        {}
      } else {
        stryCov_9fa48("4237");
        throw new UnsafeSqlInputError(stryMutAct_9fa48("4238") ? `` : (stryCov_9fa48("4238"), `master location ${JSON.stringify(location)} is not an s3://bucket/prefix/ URI`));
      }
    }
    const columnList = columns.map(stryMutAct_9fa48("4239") ? () => undefined : (stryCov_9fa48("4239"), c => stryMutAct_9fa48("4240") ? `` : (stryCov_9fa48("4240"), `  ${quoteDdlIdentifier(c.name)} ${c.type}`))).join(stryMutAct_9fa48("4241") ? "" : (stryCov_9fa48("4241"), ",\n"));
    return (stryMutAct_9fa48("4242") ? [] : (stryCov_9fa48("4242"), [stryMutAct_9fa48("4243") ? `` : (stryCov_9fa48("4243"), `CREATE TABLE IF NOT EXISTS ${quoteDdlIdentifier(database, stryMutAct_9fa48("4244") ? "" : (stryCov_9fa48("4244"), "database"))}.${quoteDdlIdentifier(table.name, stryMutAct_9fa48("4245") ? "" : (stryCov_9fa48("4245"), "table"))} (`), columnList, stryMutAct_9fa48("4246") ? `` : (stryCov_9fa48("4246"), `)`), stryMutAct_9fa48("4247") ? `` : (stryCov_9fa48("4247"), `LOCATION '${location}'`), stryMutAct_9fa48("4248") ? `` : (stryCov_9fa48("4248"), `TBLPROPERTIES ('table_type'='ICEBERG', 'format'='parquet', 'write_compression'='zstd')`)])).join(stryMutAct_9fa48("4249") ? "" : (stryCov_9fa48("4249"), "\n"));
  }
}

/**
 * The export's rows, one per primary key (newest timestamp first when the table has one): MERGE fails on Athena when
 * one target row matches several source rows, so duplicates never reach it. `since` keeps only changed rows.
 */
export function latestRowsSql(database: string, stageTable: string, table: PipelineTable, columns: readonly ColumnDefinition[], since?: string): string {
  if (stryMutAct_9fa48("4250")) {
    {}
  } else {
    stryCov_9fa48("4250");
    checkColumns(columns, table);
    const cols = columns.map(stryMutAct_9fa48("4251") ? () => undefined : (stryCov_9fa48("4251"), c => quoteIdentifier(c.name))).join(stryMutAct_9fa48("4252") ? "" : (stryCov_9fa48("4252"), ", "));
    const partition = table.primaryKey.map(stryMutAct_9fa48("4253") ? () => undefined : (stryCov_9fa48("4253"), k => quoteIdentifier(k))).join(stryMutAct_9fa48("4254") ? "" : (stryCov_9fa48("4254"), ", "));
    const order = (stryMutAct_9fa48("4257") ? table.timestampColumn === undefined : stryMutAct_9fa48("4256") ? false : stryMutAct_9fa48("4255") ? true : (stryCov_9fa48("4255", "4256", "4257"), table.timestampColumn !== undefined)) ? stryMutAct_9fa48("4258") ? `` : (stryCov_9fa48("4258"), ` ORDER BY ${quoteIdentifier(table.timestampColumn)} DESC`) : stryMutAct_9fa48("4259") ? "Stryker was here!" : (stryCov_9fa48("4259"), "");
    if (stryMutAct_9fa48("4262") ? since !== undefined || table.timestampColumn === undefined : stryMutAct_9fa48("4261") ? false : stryMutAct_9fa48("4260") ? true : (stryCov_9fa48("4260", "4261", "4262"), (stryMutAct_9fa48("4264") ? since === undefined : stryMutAct_9fa48("4263") ? true : (stryCov_9fa48("4263", "4264"), since !== undefined)) && (stryMutAct_9fa48("4266") ? table.timestampColumn !== undefined : stryMutAct_9fa48("4265") ? true : (stryCov_9fa48("4265", "4266"), table.timestampColumn === undefined)))) {
      if (stryMutAct_9fa48("4267")) {
        {}
      } else {
        stryCov_9fa48("4267");
        throw new UnsafeSqlInputError(stryMutAct_9fa48("4268") ? `` : (stryCov_9fa48("4268"), `table ${table.name} has no timestamp column, so it cannot be filtered by time`));
      }
    }
    const where = (stryMutAct_9fa48("4271") ? since === undefined : stryMutAct_9fa48("4270") ? false : stryMutAct_9fa48("4269") ? true : (stryCov_9fa48("4269", "4270", "4271"), since !== undefined)) ? stryMutAct_9fa48("4272") ? `` : (stryCov_9fa48("4272"), ` WHERE ${quoteIdentifier(table.timestampColumn!)} >= ${timestampLiteral(since)}`) : stryMutAct_9fa48("4273") ? "Stryker was here!" : (stryCov_9fa48("4273"), "");
    return stryMutAct_9fa48("4274") ? `` : (stryCov_9fa48("4274"), `SELECT ${cols} FROM (SELECT ${cols}, row_number() OVER (PARTITION BY ${partition}${order}) AS "_pipeline_rank" FROM ${qualifiedName(database, stageTable)}${where}) AS ranked WHERE "_pipeline_rank" = 1`);
  }
}
function keyMatch(left: string, right: string, table: PipelineTable): string {
  if (stryMutAct_9fa48("4275")) {
    {}
  } else {
    stryCov_9fa48("4275");
    return table.primaryKey.map(stryMutAct_9fa48("4276") ? () => undefined : (stryCov_9fa48("4276"), k => stryMutAct_9fa48("4277") ? `` : (stryCov_9fa48("4277"), `${left}.${quoteIdentifier(k)} = ${right}.${quoteIdentifier(k)}`))).join(stryMutAct_9fa48("4278") ? "" : (stryCov_9fa48("4278"), " AND "));
  }
}
function mergeActions(table: PipelineTable, columns: readonly ColumnDefinition[]): string[] {
  if (stryMutAct_9fa48("4279")) {
    {}
  } else {
    stryCov_9fa48("4279");
    const keys = new Set(table.primaryKey.map(stryMutAct_9fa48("4280") ? () => undefined : (stryCov_9fa48("4280"), k => stryMutAct_9fa48("4281") ? k.toUpperCase() : (stryCov_9fa48("4281"), k.toLowerCase()))));
    const updates = stryMutAct_9fa48("4282") ? columns.map(c => `${quoteIdentifier(c.name)} = s.${quoteIdentifier(c.name)}`) : (stryCov_9fa48("4282"), columns.filter(stryMutAct_9fa48("4283") ? () => undefined : (stryCov_9fa48("4283"), c => stryMutAct_9fa48("4284") ? keys.has(c.name.toLowerCase()) : (stryCov_9fa48("4284"), !keys.has(stryMutAct_9fa48("4285") ? c.name.toUpperCase() : (stryCov_9fa48("4285"), c.name.toLowerCase()))))).map(stryMutAct_9fa48("4286") ? () => undefined : (stryCov_9fa48("4286"), c => stryMutAct_9fa48("4287") ? `` : (stryCov_9fa48("4287"), `${quoteIdentifier(c.name)} = s.${quoteIdentifier(c.name)}`))));
    const insertCols = columns.map(stryMutAct_9fa48("4288") ? () => undefined : (stryCov_9fa48("4288"), c => quoteIdentifier(c.name))).join(stryMutAct_9fa48("4289") ? "" : (stryCov_9fa48("4289"), ", "));
    const insertValues = columns.map(stryMutAct_9fa48("4290") ? () => undefined : (stryCov_9fa48("4290"), c => stryMutAct_9fa48("4291") ? `` : (stryCov_9fa48("4291"), `s.${quoteIdentifier(c.name)}`))).join(stryMutAct_9fa48("4292") ? "" : (stryCov_9fa48("4292"), ", "));
    return stryMutAct_9fa48("4293") ? [] : (stryCov_9fa48("4293"), [...((stryMutAct_9fa48("4297") ? updates.length <= 0 : stryMutAct_9fa48("4296") ? updates.length >= 0 : stryMutAct_9fa48("4295") ? false : stryMutAct_9fa48("4294") ? true : (stryCov_9fa48("4294", "4295", "4296", "4297"), updates.length > 0)) ? stryMutAct_9fa48("4298") ? [] : (stryCov_9fa48("4298"), [stryMutAct_9fa48("4299") ? `` : (stryCov_9fa48("4299"), `WHEN MATCHED THEN UPDATE SET ${updates.join(stryMutAct_9fa48("4300") ? "" : (stryCov_9fa48("4300"), ", "))}`)]) : stryMutAct_9fa48("4301") ? ["Stryker was here"] : (stryCov_9fa48("4301"), [])), stryMutAct_9fa48("4302") ? `` : (stryCov_9fa48("4302"), `WHEN NOT MATCHED THEN INSERT (${insertCols}) VALUES (${insertValues})`)]);
  }
}

/** diff: upsert the rows changed since `since` into the master, in one Iceberg commit. */
export function diffMergeSql(database: string, stageTable: string, table: PipelineTable, columns: readonly ColumnDefinition[], since: string): string {
  if (stryMutAct_9fa48("4303")) {
    {}
  } else {
    stryCov_9fa48("4303");
    return (stryMutAct_9fa48("4304") ? [] : (stryCov_9fa48("4304"), [stryMutAct_9fa48("4305") ? `` : (stryCov_9fa48("4305"), `MERGE INTO ${qualifiedName(database, table.name)} AS t`), stryMutAct_9fa48("4306") ? `` : (stryCov_9fa48("4306"), `USING (${latestRowsSql(database, stageTable, table, columns, since)}) AS s`), stryMutAct_9fa48("4307") ? `` : (stryCov_9fa48("4307"), `ON (${keyMatch(stryMutAct_9fa48("4308") ? "" : (stryCov_9fa48("4308"), "t"), stryMutAct_9fa48("4309") ? "" : (stryCov_9fa48("4309"), "s"), table)})`), ...mergeActions(table, columns)])).join(stryMutAct_9fa48("4310") ? "" : (stryCov_9fa48("4310"), "\n"));
  }
}

/**
 * all, and tables without a timestamp: make the master equal to the export in ONE statement (one Iceberg commit),
 * so a failure never leaves it half-replaced. Master rows whose key is no longer exported come back flagged and are deleted.
 */
export function fullSyncMergeSql(database: string, stageTable: string, table: PipelineTable, columns: readonly ColumnDefinition[]): string {
  if (stryMutAct_9fa48("4311")) {
    {}
  } else {
    stryCov_9fa48("4311");
    const cols = columns.map(stryMutAct_9fa48("4312") ? () => undefined : (stryCov_9fa48("4312"), c => quoteIdentifier(c.name))).join(stryMutAct_9fa48("4313") ? "" : (stryCov_9fa48("4313"), ", "));
    const masterCols = columns.map(stryMutAct_9fa48("4314") ? () => undefined : (stryCov_9fa48("4314"), c => stryMutAct_9fa48("4315") ? `` : (stryCov_9fa48("4315"), `m.${quoteIdentifier(c.name)}`))).join(stryMutAct_9fa48("4316") ? "" : (stryCov_9fa48("4316"), ", "));
    const master = qualifiedName(database, table.name);
    const gone = stryMutAct_9fa48("4317") ? `` : (stryCov_9fa48("4317"), `SELECT ${masterCols}, true AS "_pipeline_deleted" FROM ${master} AS m WHERE NOT EXISTS (SELECT 1 FROM ${qualifiedName(database, stageTable)} AS e WHERE ${keyMatch(stryMutAct_9fa48("4318") ? "" : (stryCov_9fa48("4318"), "e"), stryMutAct_9fa48("4319") ? "" : (stryCov_9fa48("4319"), "m"), table)})`);
    return (stryMutAct_9fa48("4320") ? [] : (stryCov_9fa48("4320"), [stryMutAct_9fa48("4321") ? `` : (stryCov_9fa48("4321"), `MERGE INTO ${master} AS t`), stryMutAct_9fa48("4322") ? `` : (stryCov_9fa48("4322"), `USING (SELECT ${cols}, false AS "_pipeline_deleted" FROM (${latestRowsSql(database, stageTable, table, columns)}) AS latest UNION ALL ${gone}) AS s`), stryMutAct_9fa48("4323") ? `` : (stryCov_9fa48("4323"), `ON (${keyMatch(stryMutAct_9fa48("4324") ? "" : (stryCov_9fa48("4324"), "t"), stryMutAct_9fa48("4325") ? "" : (stryCov_9fa48("4325"), "s"), table)})`), stryMutAct_9fa48("4326") ? `` : (stryCov_9fa48("4326"), `WHEN MATCHED AND s."_pipeline_deleted" THEN DELETE`), ...mergeActions(table, columns)])).join(stryMutAct_9fa48("4327") ? "" : (stryCov_9fa48("4327"), "\n"));
  }
}

/**
 * The next watermark: the newest timestamp in this export, or NULL when nothing is newer than `previous`
 * (then the stored watermark stays as it is and never moves backwards).
 */
export function watermarkSql(database: string, stageTable: string, table: PipelineTable, previous?: string): string {
  if (stryMutAct_9fa48("4328")) {
    {}
  } else {
    stryCov_9fa48("4328");
    if (stryMutAct_9fa48("4331") ? table.timestampColumn !== undefined : stryMutAct_9fa48("4330") ? false : stryMutAct_9fa48("4329") ? true : (stryCov_9fa48("4329", "4330", "4331"), table.timestampColumn === undefined)) {
      if (stryMutAct_9fa48("4332")) {
        {}
      } else {
        stryCov_9fa48("4332");
        throw new UnsafeSqlInputError(stryMutAct_9fa48("4333") ? `` : (stryCov_9fa48("4333"), `table ${table.name} has no timestamp column, so it has no watermark`));
      }
    }
    const ts = quoteIdentifier(table.timestampColumn);
    const where = (stryMutAct_9fa48("4336") ? previous === undefined : stryMutAct_9fa48("4335") ? false : stryMutAct_9fa48("4334") ? true : (stryCov_9fa48("4334", "4335", "4336"), previous !== undefined)) ? stryMutAct_9fa48("4337") ? `` : (stryCov_9fa48("4337"), ` WHERE ${ts} > ${timestampLiteral(previous)}`) : stryMutAct_9fa48("4338") ? "Stryker was here!" : (stryCov_9fa48("4338"), "");
    return stryMutAct_9fa48("4339") ? `` : (stryCov_9fa48("4339"), `SELECT CAST(max(${ts}) AS varchar) AS "watermark" FROM ${qualifiedName(database, stageTable)}${where}`);
  }
}
export type LoadStrategy = "full" | "diff";
export interface TableStatements {
  readonly strategy: LoadStrategy;
  /** Inclusive lower bound of the diff (watermark minus overlap); null for a full load. */
  readonly since: string | null;
  readonly createMaster: string;
  readonly merge: string;
  /** Null for tables without a timestamp column. */
  readonly watermarkQuery: string | null;
}
export interface TableStatementsInput {
  readonly database: string;
  readonly stageTable: string;
  readonly table: PipelineTable;
  readonly columns: readonly ColumnDefinition[];
  readonly masterLocation: string;
  readonly mode: "all" | "diff";
  /** The watermark stored by the last successful run, if any. */
  readonly watermark?: string;
  readonly overlapSeconds: number;
}

/**
 * Picks the load for one table: `diff` only when the run is a diff, the table has a timestamp and a watermark exists;
 * otherwise the master is fully synchronised with the export (first load, `all`, tables without a timestamp).
 */
export function buildTableStatements(input: TableStatementsInput): TableStatements {
  if (stryMutAct_9fa48("4340")) {
    {}
  } else {
    stryCov_9fa48("4340");
    const {
      database,
      stageTable,
      table,
      columns
    } = input;
    const createMaster = createMasterTableSql(database, table, columns, input.masterLocation);
    const diff = stryMutAct_9fa48("4343") ? input.mode === "diff" && table.timestampColumn !== undefined || input.watermark !== undefined : stryMutAct_9fa48("4342") ? false : stryMutAct_9fa48("4341") ? true : (stryCov_9fa48("4341", "4342", "4343"), (stryMutAct_9fa48("4345") ? input.mode === "diff" || table.timestampColumn !== undefined : stryMutAct_9fa48("4344") ? true : (stryCov_9fa48("4344", "4345"), (stryMutAct_9fa48("4347") ? input.mode !== "diff" : stryMutAct_9fa48("4346") ? true : (stryCov_9fa48("4346", "4347"), input.mode === (stryMutAct_9fa48("4348") ? "" : (stryCov_9fa48("4348"), "diff")))) && (stryMutAct_9fa48("4350") ? table.timestampColumn === undefined : stryMutAct_9fa48("4349") ? true : (stryCov_9fa48("4349", "4350"), table.timestampColumn !== undefined)))) && (stryMutAct_9fa48("4352") ? input.watermark === undefined : stryMutAct_9fa48("4351") ? true : (stryCov_9fa48("4351", "4352"), input.watermark !== undefined)));
    if (stryMutAct_9fa48("4354") ? false : stryMutAct_9fa48("4353") ? true : (stryCov_9fa48("4353", "4354"), diff)) {
      if (stryMutAct_9fa48("4355")) {
        {}
      } else {
        stryCov_9fa48("4355");
        const since = subtractSeconds(input.watermark!, input.overlapSeconds);
        return stryMutAct_9fa48("4356") ? {} : (stryCov_9fa48("4356"), {
          strategy: stryMutAct_9fa48("4357") ? "" : (stryCov_9fa48("4357"), "diff"),
          since,
          createMaster,
          merge: diffMergeSql(database, stageTable, table, columns, since),
          watermarkQuery: watermarkSql(database, stageTable, table, input.watermark)
        });
      }
    }
    return stryMutAct_9fa48("4358") ? {} : (stryCov_9fa48("4358"), {
      strategy: stryMutAct_9fa48("4359") ? "" : (stryCov_9fa48("4359"), "full"),
      since: null,
      createMaster,
      merge: fullSyncMergeSql(database, stageTable, table, columns),
      watermarkQuery: (stryMutAct_9fa48("4362") ? table.timestampColumn === undefined : stryMutAct_9fa48("4361") ? false : stryMutAct_9fa48("4360") ? true : (stryCov_9fa48("4360", "4361", "4362"), table.timestampColumn !== undefined)) ? watermarkSql(database, stageTable, table) : null
    });
  }
}