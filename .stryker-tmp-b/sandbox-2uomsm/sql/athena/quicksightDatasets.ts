// @ts-nocheck
// QuickSight datasets over the sample master tables: their columns, read from sql/mysql/schema.sql, and the typed SELECT each runs in Athena.
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
const IDENTIFIER = stryMutAct_9fa48("4367") ? /^[A-Za-z_][^A-Za-z0-9_]{0,63}$/ : stryMutAct_9fa48("4366") ? /^[A-Za-z_][A-Za-z0-9_]$/ : stryMutAct_9fa48("4365") ? /^[^A-Za-z_][A-Za-z0-9_]{0,63}$/ : stryMutAct_9fa48("4364") ? /^[A-Za-z_][A-Za-z0-9_]{0,63}/ : stryMutAct_9fa48("4363") ? /[A-Za-z_][A-Za-z0-9_]{0,63}$/ : (stryCov_9fa48("4363", "4364", "4365", "4366", "4367"), /^[A-Za-z_][A-Za-z0-9_]{0,63}$/);

/** QuickSight's input column types. */
export type QuickSightColumnType = "STRING" | "INTEGER" | "DECIMAL" | "DATETIME" | "BOOLEAN";
export interface DatasetColumn {
  name: string;
  type: QuickSightColumnType;
  /** The Athena type the column is cast to, so QuickSight's declared type holds whatever Parquet type the export chose. */
  athenaType: string;
}

/** MySQL column type (as written in the schema) -> QuickSight type and the Athena cast that guarantees it. */
export function mapMySqlType(mysqlType: string): {
  type: QuickSightColumnType;
  athenaType: string;
} {
  if (stryMutAct_9fa48("4368")) {
    {}
  } else {
    stryCov_9fa48("4368");
    const t = stryMutAct_9fa48("4370") ? mysqlType.toUpperCase() : stryMutAct_9fa48("4369") ? mysqlType.trim().toLowerCase() : (stryCov_9fa48("4369", "4370"), mysqlType.trim().toUpperCase());
    if (stryMutAct_9fa48("4372") ? false : stryMutAct_9fa48("4371") ? true : (stryCov_9fa48("4371", "4372"), (stryMutAct_9fa48("4374") ? /^(BOOLEAN|BOOL|TINYINT\(1\))/ : stryMutAct_9fa48("4373") ? /(BOOLEAN|BOOL|TINYINT\(1\))$/ : (stryCov_9fa48("4373", "4374"), /^(BOOLEAN|BOOL|TINYINT\(1\))$/)).test(t))) return stryMutAct_9fa48("4375") ? {} : (stryCov_9fa48("4375"), {
      type: stryMutAct_9fa48("4376") ? "" : (stryCov_9fa48("4376"), "BOOLEAN"),
      athenaType: stryMutAct_9fa48("4377") ? "" : (stryCov_9fa48("4377"), "boolean")
    });
    if (stryMutAct_9fa48("4379") ? false : stryMutAct_9fa48("4378") ? true : (stryCov_9fa48("4378", "4379"), (stryMutAct_9fa48("4380") ? /(TINYINT|SMALLINT|MEDIUMINT|INT|INTEGER|BIGINT)\b/ : (stryCov_9fa48("4380"), /^(TINYINT|SMALLINT|MEDIUMINT|INT|INTEGER|BIGINT)\b/)).test(t))) return stryMutAct_9fa48("4381") ? {} : (stryCov_9fa48("4381"), {
      type: stryMutAct_9fa48("4382") ? "" : (stryCov_9fa48("4382"), "INTEGER"),
      athenaType: stryMutAct_9fa48("4383") ? "" : (stryCov_9fa48("4383"), "bigint")
    });
    const decimal = (stryMutAct_9fa48("4391") ? /^DECIMAL\((\d+),\s*(\D+)\)$/ : stryMutAct_9fa48("4390") ? /^DECIMAL\((\d+),\s*(\d)\)$/ : stryMutAct_9fa48("4389") ? /^DECIMAL\((\d+),\S*(\d+)\)$/ : stryMutAct_9fa48("4388") ? /^DECIMAL\((\d+),\s(\d+)\)$/ : stryMutAct_9fa48("4387") ? /^DECIMAL\((\D+),\s*(\d+)\)$/ : stryMutAct_9fa48("4386") ? /^DECIMAL\((\d),\s*(\d+)\)$/ : stryMutAct_9fa48("4385") ? /^DECIMAL\((\d+),\s*(\d+)\)/ : stryMutAct_9fa48("4384") ? /DECIMAL\((\d+),\s*(\d+)\)$/ : (stryCov_9fa48("4384", "4385", "4386", "4387", "4388", "4389", "4390", "4391"), /^DECIMAL\((\d+),\s*(\d+)\)$/)).exec(t);
    if (stryMutAct_9fa48("4393") ? false : stryMutAct_9fa48("4392") ? true : (stryCov_9fa48("4392", "4393"), decimal)) return stryMutAct_9fa48("4394") ? {} : (stryCov_9fa48("4394"), {
      type: stryMutAct_9fa48("4395") ? "" : (stryCov_9fa48("4395"), "DECIMAL"),
      athenaType: stryMutAct_9fa48("4396") ? `` : (stryCov_9fa48("4396"), `decimal(${decimal[1]},${decimal[2]})`)
    });
    if (stryMutAct_9fa48("4398") ? false : stryMutAct_9fa48("4397") ? true : (stryCov_9fa48("4397", "4398"), (stryMutAct_9fa48("4399") ? /(DATE|DATETIME|TIMESTAMP)\b/ : (stryCov_9fa48("4399"), /^(DATE|DATETIME|TIMESTAMP)\b/)).test(t))) return stryMutAct_9fa48("4400") ? {} : (stryCov_9fa48("4400"), {
      type: stryMutAct_9fa48("4401") ? "" : (stryCov_9fa48("4401"), "DATETIME"),
      athenaType: stryMutAct_9fa48("4402") ? "" : (stryCov_9fa48("4402"), "timestamp")
    });
    if (stryMutAct_9fa48("4404") ? false : stryMutAct_9fa48("4403") ? true : (stryCov_9fa48("4403", "4404"), (stryMutAct_9fa48("4405") ? /(CHAR|VARCHAR|TEXT)\b/ : (stryCov_9fa48("4405"), /^(CHAR|VARCHAR|TEXT)\b/)).test(t))) return stryMutAct_9fa48("4406") ? {} : (stryCov_9fa48("4406"), {
      type: stryMutAct_9fa48("4407") ? "" : (stryCov_9fa48("4407"), "STRING"),
      athenaType: stryMutAct_9fa48("4408") ? "" : (stryCov_9fa48("4408"), "varchar")
    });
    throw new Error(stryMutAct_9fa48("4409") ? `` : (stryCov_9fa48("4409"), `no QuickSight mapping for MySQL type ${mysqlType}`));
  }
}

/** Columns per table from the sample schema's CREATE TABLE statements, in declaration order. */
export function datasetColumnsFromSchema(schemaSql: string): Map<string, DatasetColumn[]> {
  if (stryMutAct_9fa48("4410")) {
    {}
  } else {
    stryCov_9fa48("4410");
    const tables = new Map<string, DatasetColumn[]>();
    const createTable = stryMutAct_9fa48("4416") ? /CREATE TABLE IF NOT EXISTS `(\w+)` \(([\s\s]*?)\n\)/g : stryMutAct_9fa48("4415") ? /CREATE TABLE IF NOT EXISTS `(\w+)` \(([\S\S]*?)\n\)/g : stryMutAct_9fa48("4414") ? /CREATE TABLE IF NOT EXISTS `(\w+)` \(([^\s\S]*?)\n\)/g : stryMutAct_9fa48("4413") ? /CREATE TABLE IF NOT EXISTS `(\w+)` \(([\s\S])\n\)/g : stryMutAct_9fa48("4412") ? /CREATE TABLE IF NOT EXISTS `(\W+)` \(([\s\S]*?)\n\)/g : stryMutAct_9fa48("4411") ? /CREATE TABLE IF NOT EXISTS `(\w)` \(([\s\S]*?)\n\)/g : (stryCov_9fa48("4411", "4412", "4413", "4414", "4415", "4416"), /CREATE TABLE IF NOT EXISTS `(\w+)` \(([\s\S]*?)\n\)/g);
    for (const match of schemaSql.matchAll(createTable)) {
      if (stryMutAct_9fa48("4417")) {
        {}
      } else {
        stryCov_9fa48("4417");
        const columns: DatasetColumn[] = stryMutAct_9fa48("4418") ? ["Stryker was here"] : (stryCov_9fa48("4418"), []);
        for (const line of match[2].split(stryMutAct_9fa48("4419") ? "" : (stryCov_9fa48("4419"), "\n"))) {
          if (stryMutAct_9fa48("4420")) {
            {}
          } else {
            stryCov_9fa48("4420");
            const column = (stryMutAct_9fa48("4437") ? /^\s*`(\w+)`\s+([A-Z]+(?:\(\d+(?:,\s*\D+)?\))?)/ : stryMutAct_9fa48("4436") ? /^\s*`(\w+)`\s+([A-Z]+(?:\(\d+(?:,\s*\d)?\))?)/ : stryMutAct_9fa48("4435") ? /^\s*`(\w+)`\s+([A-Z]+(?:\(\d+(?:,\S*\d+)?\))?)/ : stryMutAct_9fa48("4434") ? /^\s*`(\w+)`\s+([A-Z]+(?:\(\d+(?:,\s\d+)?\))?)/ : stryMutAct_9fa48("4433") ? /^\s*`(\w+)`\s+([A-Z]+(?:\(\d+(?:,\s*\d+)\))?)/ : stryMutAct_9fa48("4432") ? /^\s*`(\w+)`\s+([A-Z]+(?:\(\D+(?:,\s*\d+)?\))?)/ : stryMutAct_9fa48("4431") ? /^\s*`(\w+)`\s+([A-Z]+(?:\(\d(?:,\s*\d+)?\))?)/ : stryMutAct_9fa48("4430") ? /^\s*`(\w+)`\s+([A-Z]+(?:\(\d+(?:,\s*\d+)?\)))/ : stryMutAct_9fa48("4429") ? /^\s*`(\w+)`\s+([^A-Z]+(?:\(\d+(?:,\s*\d+)?\))?)/ : stryMutAct_9fa48("4428") ? /^\s*`(\w+)`\s+([A-Z](?:\(\d+(?:,\s*\d+)?\))?)/ : stryMutAct_9fa48("4427") ? /^\s*`(\w+)`\S+([A-Z]+(?:\(\d+(?:,\s*\d+)?\))?)/ : stryMutAct_9fa48("4426") ? /^\s*`(\w+)`\s([A-Z]+(?:\(\d+(?:,\s*\d+)?\))?)/ : stryMutAct_9fa48("4425") ? /^\s*`(\W+)`\s+([A-Z]+(?:\(\d+(?:,\s*\d+)?\))?)/ : stryMutAct_9fa48("4424") ? /^\s*`(\w)`\s+([A-Z]+(?:\(\d+(?:,\s*\d+)?\))?)/ : stryMutAct_9fa48("4423") ? /^\S*`(\w+)`\s+([A-Z]+(?:\(\d+(?:,\s*\d+)?\))?)/ : stryMutAct_9fa48("4422") ? /^\s`(\w+)`\s+([A-Z]+(?:\(\d+(?:,\s*\d+)?\))?)/ : stryMutAct_9fa48("4421") ? /\s*`(\w+)`\s+([A-Z]+(?:\(\d+(?:,\s*\d+)?\))?)/ : (stryCov_9fa48("4421", "4422", "4423", "4424", "4425", "4426", "4427", "4428", "4429", "4430", "4431", "4432", "4433", "4434", "4435", "4436", "4437"), /^\s*`(\w+)`\s+([A-Z]+(?:\(\d+(?:,\s*\d+)?\))?)/)).exec(line);
            if (stryMutAct_9fa48("4439") ? false : stryMutAct_9fa48("4438") ? true : (stryCov_9fa48("4438", "4439"), column)) {
              if (stryMutAct_9fa48("4440")) {
                {}
              } else {
                stryCov_9fa48("4440");
                columns.push(stryMutAct_9fa48("4441") ? {} : (stryCov_9fa48("4441"), {
                  name: column[1],
                  ...mapMySqlType(column[2])
                }));
              }
            }
          }
        }
        tables.set(match[1], columns);
      }
    }
    return tables;
  }
}
function quote(identifier: string): string {
  if (stryMutAct_9fa48("4442")) {
    {}
  } else {
    stryCov_9fa48("4442");
    if (stryMutAct_9fa48("4445") ? false : stryMutAct_9fa48("4444") ? true : stryMutAct_9fa48("4443") ? IDENTIFIER.test(identifier) : (stryCov_9fa48("4443", "4444", "4445"), !IDENTIFIER.test(identifier))) {
      if (stryMutAct_9fa48("4446")) {
        {}
      } else {
        stryCov_9fa48("4446");
        throw new Error(stryMutAct_9fa48("4447") ? `` : (stryCov_9fa48("4447"), `${JSON.stringify(identifier)} is not an identifier`));
      }
    }
    return stryMutAct_9fa48("4448") ? `` : (stryCov_9fa48("4448"), `"${identifier}"`);
  }
}

/** The dataset's SQL: every column cast to its declared type, from the master table in the pipeline's Glue database. */
export function datasetSql(glueDatabase: string, table: string, columns: readonly DatasetColumn[]): string {
  if (stryMutAct_9fa48("4449")) {
    {}
  } else {
    stryCov_9fa48("4449");
    const select = columns.map(stryMutAct_9fa48("4450") ? () => undefined : (stryCov_9fa48("4450"), c => stryMutAct_9fa48("4451") ? `` : (stryCov_9fa48("4451"), `CAST(${quote(c.name)} AS ${c.athenaType}) AS ${quote(c.name)}`))).join(stryMutAct_9fa48("4452") ? "" : (stryCov_9fa48("4452"), ", "));
    return stryMutAct_9fa48("4453") ? `` : (stryCov_9fa48("4453"), `SELECT ${select} FROM ${quote(glueDatabase)}.${quote(table)}`);
  }
}