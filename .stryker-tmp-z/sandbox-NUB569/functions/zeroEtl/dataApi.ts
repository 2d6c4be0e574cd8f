// @ts-nocheck
// Runs one SQL statement through the Redshift Data API and waits for it: ExecuteStatement, DescribeStatement, GetStatementResult.
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
import { DescribeStatementCommand, ExecuteStatementCommand, Field, GetStatementResultCommand, RedshiftDataClient, SqlParameter } from "@aws-sdk/client-redshift-data";

/** Where and as whom statements run: a Serverless workgroup, a database to connect to, and the admin secret. */
export interface DataApiTarget {
  workgroupName: string;
  connectDatabase: string;
  secretArn: string;
}
export type Row = Record<string, string | number | boolean | null>;
export interface RunOptions {
  /** Milliseconds between DescribeStatement polls. */
  pollMs?: number;
  /** Give up after this many polls (the Lambda's own timeout is the last resort). */
  maxPolls?: number;
  sleep?: (ms: number) => Promise<void>;
}
export class SqlFailed extends Error {
  constructor(message: string) {
    if (stryMutAct_9fa48("0")) {
      {}
    } else {
      stryCov_9fa48("0");
      super(message);
      this.name = stryMutAct_9fa48("1") ? "" : (stryCov_9fa48("1"), "SqlFailed");
    }
  }
}
const defaultSleep = stryMutAct_9fa48("2") ? () => undefined : (stryCov_9fa48("2"), (() => {
  const defaultSleep = (ms: number) => new Promise<void>(stryMutAct_9fa48("3") ? () => undefined : (stryCov_9fa48("3"), resolve => setTimeout(resolve, ms)));
  return defaultSleep;
})());
function fieldValue(field: Field): string | number | boolean | null {
  if (stryMutAct_9fa48("4")) {
    {}
  } else {
    stryCov_9fa48("4");
    if (stryMutAct_9fa48("6") ? false : stryMutAct_9fa48("5") ? true : (stryCov_9fa48("5", "6"), field.isNull)) return null;
    if (stryMutAct_9fa48("9") ? field.stringValue === undefined : stryMutAct_9fa48("8") ? false : stryMutAct_9fa48("7") ? true : (stryCov_9fa48("7", "8", "9"), field.stringValue !== undefined)) return field.stringValue;
    if (stryMutAct_9fa48("12") ? field.longValue === undefined : stryMutAct_9fa48("11") ? false : stryMutAct_9fa48("10") ? true : (stryCov_9fa48("10", "11", "12"), field.longValue !== undefined)) return field.longValue;
    if (stryMutAct_9fa48("15") ? field.doubleValue === undefined : stryMutAct_9fa48("14") ? false : stryMutAct_9fa48("13") ? true : (stryCov_9fa48("13", "14", "15"), field.doubleValue !== undefined)) return field.doubleValue;
    if (stryMutAct_9fa48("18") ? field.booleanValue === undefined : stryMutAct_9fa48("17") ? false : stryMutAct_9fa48("16") ? true : (stryCov_9fa48("16", "17", "18"), field.booleanValue !== undefined)) return field.booleanValue;
    return null;
  }
}

/**
 * Runs `sql` with ExecuteStatement (never BatchExecuteStatement: that is one transaction, and CREATE/DROP DATABASE
 * can't run in one) and polls DescribeStatement until FINISHED, FAILED or ABORTED (Data API reference, StatusString).
 * Returns the result rows for statements that have a result set, every page of them.
 */
export async function runSql(client: RedshiftDataClient, target: DataApiTarget, sql: string, parameters: Record<string, string> = {}, options: RunOptions = {}): Promise<Row[]> {
  if (stryMutAct_9fa48("19")) {
    {}
  } else {
    stryCov_9fa48("19");
    const sleep = stryMutAct_9fa48("20") ? options.sleep && defaultSleep : (stryCov_9fa48("20"), options.sleep ?? defaultSleep);
    const pollMs = stryMutAct_9fa48("21") ? options.pollMs && 1000 : (stryCov_9fa48("21"), options.pollMs ?? 1000);
    const maxPolls = stryMutAct_9fa48("22") ? options.maxPolls && 600 : (stryCov_9fa48("22"), options.maxPolls ?? 600);
    const sqlParameters: SqlParameter[] = Object.entries(parameters).map(stryMutAct_9fa48("23") ? () => undefined : (stryCov_9fa48("23"), ([name, value]) => stryMutAct_9fa48("24") ? {} : (stryCov_9fa48("24"), {
      name,
      value
    })));
    const started = await client.send(new ExecuteStatementCommand(stryMutAct_9fa48("25") ? {} : (stryCov_9fa48("25"), {
      WorkgroupName: target.workgroupName,
      Database: target.connectDatabase,
      SecretArn: target.secretArn,
      Sql: sql,
      ...((stryMutAct_9fa48("29") ? sqlParameters.length <= 0 : stryMutAct_9fa48("28") ? sqlParameters.length >= 0 : stryMutAct_9fa48("27") ? false : stryMutAct_9fa48("26") ? true : (stryCov_9fa48("26", "27", "28", "29"), sqlParameters.length > 0)) ? stryMutAct_9fa48("30") ? {} : (stryCov_9fa48("30"), {
        Parameters: sqlParameters
      }) : {})
    })));
    const id = started.Id;
    if (stryMutAct_9fa48("33") ? id !== undefined : stryMutAct_9fa48("32") ? false : stryMutAct_9fa48("31") ? true : (stryCov_9fa48("31", "32", "33"), id === undefined)) {
      if (stryMutAct_9fa48("34")) {
        {}
      } else {
        stryCov_9fa48("34");
        throw new SqlFailed(stryMutAct_9fa48("35") ? `` : (stryCov_9fa48("35"), `the Data API returned no statement id for: ${sql}`));
      }
    }
    for (let poll = 0; stryMutAct_9fa48("38") ? poll >= maxPolls : stryMutAct_9fa48("37") ? poll <= maxPolls : stryMutAct_9fa48("36") ? false : (stryCov_9fa48("36", "37", "38"), poll < maxPolls); stryMutAct_9fa48("39") ? poll-- : (stryCov_9fa48("39"), poll++)) {
      if (stryMutAct_9fa48("40")) {
        {}
      } else {
        stryCov_9fa48("40");
        const described = await client.send(new DescribeStatementCommand(stryMutAct_9fa48("41") ? {} : (stryCov_9fa48("41"), {
          Id: id
        })));
        switch (described.Status) {
          case stryMutAct_9fa48("43") ? "" : (stryCov_9fa48("43"), "FINISHED"):
            if (stryMutAct_9fa48("42")) {} else {
              stryCov_9fa48("42");
              return described.HasResultSet ? readAllRows(client, id) : stryMutAct_9fa48("44") ? ["Stryker was here"] : (stryCov_9fa48("44"), []);
            }
          case stryMutAct_9fa48("45") ? "" : (stryCov_9fa48("45"), "FAILED"):
          case stryMutAct_9fa48("47") ? "" : (stryCov_9fa48("47"), "ABORTED"):
            if (stryMutAct_9fa48("46")) {} else {
              stryCov_9fa48("46");
              throw new SqlFailed(stryMutAct_9fa48("48") ? `` : (stryCov_9fa48("48"), `${described.Status}: ${stryMutAct_9fa48("49") ? described.Error && "no error text" : (stryCov_9fa48("49"), described.Error ?? (stryMutAct_9fa48("50") ? "" : (stryCov_9fa48("50"), "no error text")))} (statement ${id}: ${sql})`));
            }
          default:
            if (stryMutAct_9fa48("51")) {} else {
              stryCov_9fa48("51");
              await sleep(pollMs);
            }
        }
      }
    }
    throw new SqlFailed(stryMutAct_9fa48("52") ? `` : (stryCov_9fa48("52"), `statement ${id} did not finish after ${maxPolls} polls: ${sql}`));
  }
}
async function readAllRows(client: RedshiftDataClient, id: string): Promise<Row[]> {
  if (stryMutAct_9fa48("53")) {
    {}
  } else {
    stryCov_9fa48("53");
    const rows: Row[] = stryMutAct_9fa48("54") ? ["Stryker was here"] : (stryCov_9fa48("54"), []);
    let nextToken: string | undefined;
    do {
      if (stryMutAct_9fa48("55")) {
        {}
      } else {
        stryCov_9fa48("55");
        const page = await client.send(new GetStatementResultCommand(stryMutAct_9fa48("56") ? {} : (stryCov_9fa48("56"), {
          Id: id,
          ...(nextToken ? stryMutAct_9fa48("57") ? {} : (stryCov_9fa48("57"), {
            NextToken: nextToken
          }) : {})
        })));
        const names = (stryMutAct_9fa48("58") ? page.ColumnMetadata && [] : (stryCov_9fa48("58"), page.ColumnMetadata ?? (stryMutAct_9fa48("59") ? ["Stryker was here"] : (stryCov_9fa48("59"), [])))).map(stryMutAct_9fa48("60") ? () => undefined : (stryCov_9fa48("60"), c => stryMutAct_9fa48("61") ? (c.name ?? c.label) && "" : (stryCov_9fa48("61"), (stryMutAct_9fa48("62") ? c.name && c.label : (stryCov_9fa48("62"), c.name ?? c.label)) ?? (stryMutAct_9fa48("63") ? "Stryker was here!" : (stryCov_9fa48("63"), "")))));
        for (const record of stryMutAct_9fa48("64") ? page.Records && [] : (stryCov_9fa48("64"), page.Records ?? (stryMutAct_9fa48("65") ? ["Stryker was here"] : (stryCov_9fa48("65"), [])))) {
          if (stryMutAct_9fa48("66")) {
            {}
          } else {
            stryCov_9fa48("66");
            const row: Row = {};
            record.forEach((field, i) => {
              if (stryMutAct_9fa48("67")) {
                {}
              } else {
                stryCov_9fa48("67");
                const value = fieldValue(field);
                // SVV_INTEGRATION's columns are character(128): values come back blank-padded.
                row[names[i]] = (stryMutAct_9fa48("70") ? typeof value !== "string" : stryMutAct_9fa48("69") ? false : stryMutAct_9fa48("68") ? true : (stryCov_9fa48("68", "69", "70"), typeof value === (stryMutAct_9fa48("71") ? "" : (stryCov_9fa48("71"), "string")))) ? stryMutAct_9fa48("72") ? value.trimStart() : (stryCov_9fa48("72"), value.trimEnd()) : value;
              }
            });
            rows.push(row);
          }
        }
        nextToken = page.NextToken;
      }
    } while (stryMutAct_9fa48("73") ? false : (stryCov_9fa48("73"), nextToken));
    return rows;
  }
}