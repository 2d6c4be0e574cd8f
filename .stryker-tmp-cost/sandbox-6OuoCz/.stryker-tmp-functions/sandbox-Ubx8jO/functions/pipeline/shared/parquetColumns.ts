// @ts-nocheck
// 
// Maps an exported Parquet file's footer schema to Athena column types valid for both the per-run table and the Iceberg master.
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
import type { SchemaElement } from "hyparquet";
import { ColumnDefinition, IDENTIFIER_PATTERN } from "../../../sql/athena/pipeline";
import { UnsupportedExport } from "./errors";
function decimal(element: SchemaElement, precision?: number, scale?: number): string {
  if (stryMutAct_9fa48("822")) {
    {}
  } else {
    stryCov_9fa48("822");
    const p = stryMutAct_9fa48("823") ? precision && element.precision : (stryCov_9fa48("823"), precision ?? element.precision);
    const s = stryMutAct_9fa48("824") ? (scale ?? element.scale) && 0 : (stryCov_9fa48("824"), (stryMutAct_9fa48("825") ? scale && element.scale : (stryCov_9fa48("825"), scale ?? element.scale)) ?? 0);
    if (stryMutAct_9fa48("828") ? (p === undefined || p < 1 || p > 38 || s < 0) && s > p : stryMutAct_9fa48("827") ? false : stryMutAct_9fa48("826") ? true : (stryCov_9fa48("826", "827", "828"), (stryMutAct_9fa48("830") ? (p === undefined || p < 1 || p > 38) && s < 0 : stryMutAct_9fa48("829") ? false : (stryCov_9fa48("829", "830"), (stryMutAct_9fa48("832") ? (p === undefined || p < 1) && p > 38 : stryMutAct_9fa48("831") ? false : (stryCov_9fa48("831", "832"), (stryMutAct_9fa48("834") ? p === undefined && p < 1 : stryMutAct_9fa48("833") ? false : (stryCov_9fa48("833", "834"), (stryMutAct_9fa48("836") ? p !== undefined : stryMutAct_9fa48("835") ? false : (stryCov_9fa48("835", "836"), p === undefined)) || (stryMutAct_9fa48("839") ? p >= 1 : stryMutAct_9fa48("838") ? p <= 1 : stryMutAct_9fa48("837") ? false : (stryCov_9fa48("837", "838", "839"), p < 1)))) || (stryMutAct_9fa48("842") ? p <= 38 : stryMutAct_9fa48("841") ? p >= 38 : stryMutAct_9fa48("840") ? false : (stryCov_9fa48("840", "841", "842"), p > 38)))) || (stryMutAct_9fa48("845") ? s >= 0 : stryMutAct_9fa48("844") ? s <= 0 : stryMutAct_9fa48("843") ? false : (stryCov_9fa48("843", "844", "845"), s < 0)))) || (stryMutAct_9fa48("848") ? s <= p : stryMutAct_9fa48("847") ? s >= p : stryMutAct_9fa48("846") ? false : (stryCov_9fa48("846", "847", "848"), s > p)))) {
      if (stryMutAct_9fa48("849")) {
        {}
      } else {
        stryCov_9fa48("849");
        throw new UnsupportedExport(stryMutAct_9fa48("850") ? `` : (stryCov_9fa48("850"), `column ${element.name} is DECIMAL(${p}, ${s}); Athena supports precision 1 to 38`));
      }
    }
    return stryMutAct_9fa48("851") ? `` : (stryCov_9fa48("851"), `decimal(${p},${s})`);
  }
}

/** The Athena type for one top-level Parquet column (Iceberg has no tinyint/smallint, so small integers become int). */
export function athenaType(element: SchemaElement): string {
  if (stryMutAct_9fa48("852")) {
    {}
  } else {
    stryCov_9fa48("852");
    const logical = element.logical_type;
    const converted = element.converted_type;
    if (stryMutAct_9fa48("855") ? element.num_children !== undefined || element.num_children > 0 : stryMutAct_9fa48("854") ? false : stryMutAct_9fa48("853") ? true : (stryCov_9fa48("853", "854", "855"), (stryMutAct_9fa48("857") ? element.num_children === undefined : stryMutAct_9fa48("856") ? true : (stryCov_9fa48("856", "857"), element.num_children !== undefined)) && (stryMutAct_9fa48("860") ? element.num_children <= 0 : stryMutAct_9fa48("859") ? element.num_children >= 0 : stryMutAct_9fa48("858") ? true : (stryCov_9fa48("858", "859", "860"), element.num_children > 0)))) {
      if (stryMutAct_9fa48("861")) {
        {}
      } else {
        stryCov_9fa48("861");
        throw new UnsupportedExport(stryMutAct_9fa48("862") ? `` : (stryCov_9fa48("862"), `column ${element.name} is a nested Parquet group, which the pipeline does not load`));
      }
    }
    if (stryMutAct_9fa48("865") ? logical?.type !== "DECIMAL" : stryMutAct_9fa48("864") ? false : stryMutAct_9fa48("863") ? true : (stryCov_9fa48("863", "864", "865"), (stryMutAct_9fa48("866") ? logical.type : (stryCov_9fa48("866"), logical?.type)) === (stryMutAct_9fa48("867") ? "" : (stryCov_9fa48("867"), "DECIMAL")))) {
      if (stryMutAct_9fa48("868")) {
        {}
      } else {
        stryCov_9fa48("868");
        return decimal(element, logical.precision, logical.scale);
      }
    }
    if (stryMutAct_9fa48("871") ? converted !== "DECIMAL" : stryMutAct_9fa48("870") ? false : stryMutAct_9fa48("869") ? true : (stryCov_9fa48("869", "870", "871"), converted === (stryMutAct_9fa48("872") ? "" : (stryCov_9fa48("872"), "DECIMAL")))) {
      if (stryMutAct_9fa48("873")) {
        {}
      } else {
        stryCov_9fa48("873");
        return decimal(element);
      }
    }
    switch (element.type) {
      case stryMutAct_9fa48("875") ? "" : (stryCov_9fa48("875"), "BOOLEAN"):
        if (stryMutAct_9fa48("874")) {} else {
          stryCov_9fa48("874");
          return stryMutAct_9fa48("876") ? "" : (stryCov_9fa48("876"), "boolean");
        }
      case stryMutAct_9fa48("878") ? "" : (stryCov_9fa48("878"), "INT32"):
        if (stryMutAct_9fa48("877")) {} else {
          stryCov_9fa48("877");
          if (stryMutAct_9fa48("881") ? logical?.type === "DATE" && converted === "DATE" : stryMutAct_9fa48("880") ? false : stryMutAct_9fa48("879") ? true : (stryCov_9fa48("879", "880", "881"), (stryMutAct_9fa48("883") ? logical?.type !== "DATE" : stryMutAct_9fa48("882") ? false : (stryCov_9fa48("882", "883"), (stryMutAct_9fa48("884") ? logical.type : (stryCov_9fa48("884"), logical?.type)) === (stryMutAct_9fa48("885") ? "" : (stryCov_9fa48("885"), "DATE")))) || (stryMutAct_9fa48("887") ? converted !== "DATE" : stryMutAct_9fa48("886") ? false : (stryCov_9fa48("886", "887"), converted === (stryMutAct_9fa48("888") ? "" : (stryCov_9fa48("888"), "DATE")))))) return stryMutAct_9fa48("889") ? "" : (stryCov_9fa48("889"), "date");
          if (stryMutAct_9fa48("892") ? logical?.type === "TIME" && converted === "TIME_MILLIS" : stryMutAct_9fa48("891") ? false : stryMutAct_9fa48("890") ? true : (stryCov_9fa48("890", "891", "892"), (stryMutAct_9fa48("894") ? logical?.type !== "TIME" : stryMutAct_9fa48("893") ? false : (stryCov_9fa48("893", "894"), (stryMutAct_9fa48("895") ? logical.type : (stryCov_9fa48("895"), logical?.type)) === (stryMutAct_9fa48("896") ? "" : (stryCov_9fa48("896"), "TIME")))) || (stryMutAct_9fa48("898") ? converted !== "TIME_MILLIS" : stryMutAct_9fa48("897") ? false : (stryCov_9fa48("897", "898"), converted === (stryMutAct_9fa48("899") ? "" : (stryCov_9fa48("899"), "TIME_MILLIS")))))) break;
          if (stryMutAct_9fa48("902") ? logical?.type === "INTEGER" && !logical.isSigned && logical.bitWidth === 32 && converted === "UINT_32" : stryMutAct_9fa48("901") ? false : stryMutAct_9fa48("900") ? true : (stryCov_9fa48("900", "901", "902"), (stryMutAct_9fa48("904") ? logical?.type === "INTEGER" && !logical.isSigned || logical.bitWidth === 32 : stryMutAct_9fa48("903") ? false : (stryCov_9fa48("903", "904"), (stryMutAct_9fa48("906") ? logical?.type === "INTEGER" || !logical.isSigned : stryMutAct_9fa48("905") ? true : (stryCov_9fa48("905", "906"), (stryMutAct_9fa48("908") ? logical?.type !== "INTEGER" : stryMutAct_9fa48("907") ? true : (stryCov_9fa48("907", "908"), (stryMutAct_9fa48("909") ? logical.type : (stryCov_9fa48("909"), logical?.type)) === (stryMutAct_9fa48("910") ? "" : (stryCov_9fa48("910"), "INTEGER")))) && (stryMutAct_9fa48("911") ? logical.isSigned : (stryCov_9fa48("911"), !logical.isSigned)))) && (stryMutAct_9fa48("913") ? logical.bitWidth !== 32 : stryMutAct_9fa48("912") ? true : (stryCov_9fa48("912", "913"), logical.bitWidth === 32)))) || (stryMutAct_9fa48("915") ? converted !== "UINT_32" : stryMutAct_9fa48("914") ? false : (stryCov_9fa48("914", "915"), converted === (stryMutAct_9fa48("916") ? "" : (stryCov_9fa48("916"), "UINT_32")))))) return stryMutAct_9fa48("917") ? "" : (stryCov_9fa48("917"), "bigint");
          return stryMutAct_9fa48("918") ? "" : (stryCov_9fa48("918"), "int");
        }
      case stryMutAct_9fa48("920") ? "" : (stryCov_9fa48("920"), "INT64"):
        if (stryMutAct_9fa48("919")) {} else {
          stryCov_9fa48("919");
          if (stryMutAct_9fa48("923") ? (logical?.type === "TIMESTAMP" || converted === "TIMESTAMP_MILLIS") && converted === "TIMESTAMP_MICROS" : stryMutAct_9fa48("922") ? false : stryMutAct_9fa48("921") ? true : (stryCov_9fa48("921", "922", "923"), (stryMutAct_9fa48("925") ? logical?.type === "TIMESTAMP" && converted === "TIMESTAMP_MILLIS" : stryMutAct_9fa48("924") ? false : (stryCov_9fa48("924", "925"), (stryMutAct_9fa48("927") ? logical?.type !== "TIMESTAMP" : stryMutAct_9fa48("926") ? false : (stryCov_9fa48("926", "927"), (stryMutAct_9fa48("928") ? logical.type : (stryCov_9fa48("928"), logical?.type)) === (stryMutAct_9fa48("929") ? "" : (stryCov_9fa48("929"), "TIMESTAMP")))) || (stryMutAct_9fa48("931") ? converted !== "TIMESTAMP_MILLIS" : stryMutAct_9fa48("930") ? false : (stryCov_9fa48("930", "931"), converted === (stryMutAct_9fa48("932") ? "" : (stryCov_9fa48("932"), "TIMESTAMP_MILLIS")))))) || (stryMutAct_9fa48("934") ? converted !== "TIMESTAMP_MICROS" : stryMutAct_9fa48("933") ? false : (stryCov_9fa48("933", "934"), converted === (stryMutAct_9fa48("935") ? "" : (stryCov_9fa48("935"), "TIMESTAMP_MICROS")))))) return stryMutAct_9fa48("936") ? "" : (stryCov_9fa48("936"), "timestamp");
          if (stryMutAct_9fa48("939") ? logical?.type === "TIME" && converted === "TIME_MICROS" : stryMutAct_9fa48("938") ? false : stryMutAct_9fa48("937") ? true : (stryCov_9fa48("937", "938", "939"), (stryMutAct_9fa48("941") ? logical?.type !== "TIME" : stryMutAct_9fa48("940") ? false : (stryCov_9fa48("940", "941"), (stryMutAct_9fa48("942") ? logical.type : (stryCov_9fa48("942"), logical?.type)) === (stryMutAct_9fa48("943") ? "" : (stryCov_9fa48("943"), "TIME")))) || (stryMutAct_9fa48("945") ? converted !== "TIME_MICROS" : stryMutAct_9fa48("944") ? false : (stryCov_9fa48("944", "945"), converted === (stryMutAct_9fa48("946") ? "" : (stryCov_9fa48("946"), "TIME_MICROS")))))) break;
          if (stryMutAct_9fa48("949") ? logical?.type === "INTEGER" && !logical.isSigned && converted === "UINT_64" : stryMutAct_9fa48("948") ? false : stryMutAct_9fa48("947") ? true : (stryCov_9fa48("947", "948", "949"), (stryMutAct_9fa48("951") ? logical?.type === "INTEGER" || !logical.isSigned : stryMutAct_9fa48("950") ? false : (stryCov_9fa48("950", "951"), (stryMutAct_9fa48("953") ? logical?.type !== "INTEGER" : stryMutAct_9fa48("952") ? true : (stryCov_9fa48("952", "953"), (stryMutAct_9fa48("954") ? logical.type : (stryCov_9fa48("954"), logical?.type)) === (stryMutAct_9fa48("955") ? "" : (stryCov_9fa48("955"), "INTEGER")))) && (stryMutAct_9fa48("956") ? logical.isSigned : (stryCov_9fa48("956"), !logical.isSigned)))) || (stryMutAct_9fa48("958") ? converted !== "UINT_64" : stryMutAct_9fa48("957") ? false : (stryCov_9fa48("957", "958"), converted === (stryMutAct_9fa48("959") ? "" : (stryCov_9fa48("959"), "UINT_64")))))) return stryMutAct_9fa48("960") ? "" : (stryCov_9fa48("960"), "decimal(20,0)");
          return stryMutAct_9fa48("961") ? "" : (stryCov_9fa48("961"), "bigint");
        }
      case stryMutAct_9fa48("963") ? "" : (stryCov_9fa48("963"), "INT96"):
        if (stryMutAct_9fa48("962")) {} else {
          stryCov_9fa48("962");
          return stryMutAct_9fa48("964") ? "" : (stryCov_9fa48("964"), "timestamp");
        }
      case stryMutAct_9fa48("966") ? "" : (stryCov_9fa48("966"), "FLOAT"):
        if (stryMutAct_9fa48("965")) {} else {
          stryCov_9fa48("965");
          return stryMutAct_9fa48("967") ? "" : (stryCov_9fa48("967"), "float");
        }
      case stryMutAct_9fa48("969") ? "" : (stryCov_9fa48("969"), "DOUBLE"):
        if (stryMutAct_9fa48("968")) {} else {
          stryCov_9fa48("968");
          return stryMutAct_9fa48("970") ? "" : (stryCov_9fa48("970"), "double");
        }
      case stryMutAct_9fa48("971") ? "" : (stryCov_9fa48("971"), "BYTE_ARRAY"):
      case stryMutAct_9fa48("973") ? "" : (stryCov_9fa48("973"), "FIXED_LEN_BYTE_ARRAY"):
        if (stryMutAct_9fa48("972")) {} else {
          stryCov_9fa48("972");
          if (stryMutAct_9fa48("976") ? (logical?.type === "STRING" || logical?.type === "ENUM" || logical?.type === "JSON" || logical?.type === "UUID" || converted === "UTF8" || converted === "ENUM") && converted === "JSON" : stryMutAct_9fa48("975") ? false : stryMutAct_9fa48("974") ? true : (stryCov_9fa48("974", "975", "976"), (stryMutAct_9fa48("978") ? (logical?.type === "STRING" || logical?.type === "ENUM" || logical?.type === "JSON" || logical?.type === "UUID" || converted === "UTF8") && converted === "ENUM" : stryMutAct_9fa48("977") ? false : (stryCov_9fa48("977", "978"), (stryMutAct_9fa48("980") ? (logical?.type === "STRING" || logical?.type === "ENUM" || logical?.type === "JSON" || logical?.type === "UUID") && converted === "UTF8" : stryMutAct_9fa48("979") ? false : (stryCov_9fa48("979", "980"), (stryMutAct_9fa48("982") ? (logical?.type === "STRING" || logical?.type === "ENUM" || logical?.type === "JSON") && logical?.type === "UUID" : stryMutAct_9fa48("981") ? false : (stryCov_9fa48("981", "982"), (stryMutAct_9fa48("984") ? (logical?.type === "STRING" || logical?.type === "ENUM") && logical?.type === "JSON" : stryMutAct_9fa48("983") ? false : (stryCov_9fa48("983", "984"), (stryMutAct_9fa48("986") ? logical?.type === "STRING" && logical?.type === "ENUM" : stryMutAct_9fa48("985") ? false : (stryCov_9fa48("985", "986"), (stryMutAct_9fa48("988") ? logical?.type !== "STRING" : stryMutAct_9fa48("987") ? false : (stryCov_9fa48("987", "988"), (stryMutAct_9fa48("989") ? logical.type : (stryCov_9fa48("989"), logical?.type)) === (stryMutAct_9fa48("990") ? "" : (stryCov_9fa48("990"), "STRING")))) || (stryMutAct_9fa48("992") ? logical?.type !== "ENUM" : stryMutAct_9fa48("991") ? false : (stryCov_9fa48("991", "992"), (stryMutAct_9fa48("993") ? logical.type : (stryCov_9fa48("993"), logical?.type)) === (stryMutAct_9fa48("994") ? "" : (stryCov_9fa48("994"), "ENUM")))))) || (stryMutAct_9fa48("996") ? logical?.type !== "JSON" : stryMutAct_9fa48("995") ? false : (stryCov_9fa48("995", "996"), (stryMutAct_9fa48("997") ? logical.type : (stryCov_9fa48("997"), logical?.type)) === (stryMutAct_9fa48("998") ? "" : (stryCov_9fa48("998"), "JSON")))))) || (stryMutAct_9fa48("1000") ? logical?.type !== "UUID" : stryMutAct_9fa48("999") ? false : (stryCov_9fa48("999", "1000"), (stryMutAct_9fa48("1001") ? logical.type : (stryCov_9fa48("1001"), logical?.type)) === (stryMutAct_9fa48("1002") ? "" : (stryCov_9fa48("1002"), "UUID")))))) || (stryMutAct_9fa48("1004") ? converted !== "UTF8" : stryMutAct_9fa48("1003") ? false : (stryCov_9fa48("1003", "1004"), converted === (stryMutAct_9fa48("1005") ? "" : (stryCov_9fa48("1005"), "UTF8")))))) || (stryMutAct_9fa48("1007") ? converted !== "ENUM" : stryMutAct_9fa48("1006") ? false : (stryCov_9fa48("1006", "1007"), converted === (stryMutAct_9fa48("1008") ? "" : (stryCov_9fa48("1008"), "ENUM")))))) || (stryMutAct_9fa48("1010") ? converted !== "JSON" : stryMutAct_9fa48("1009") ? false : (stryCov_9fa48("1009", "1010"), converted === (stryMutAct_9fa48("1011") ? "" : (stryCov_9fa48("1011"), "JSON")))))) return stryMutAct_9fa48("1012") ? "" : (stryCov_9fa48("1012"), "string");
          return stryMutAct_9fa48("1013") ? "" : (stryCov_9fa48("1013"), "binary");
        }
      default:
        if (stryMutAct_9fa48("1014")) {} else {
          stryCov_9fa48("1014");
          break;
        }
    }
    throw new UnsupportedExport(stryMutAct_9fa48("1015") ? `` : (stryCov_9fa48("1015"), `column ${element.name} has the Parquet type ${element.type}/${stryMutAct_9fa48("1016") ? (logical?.type ?? converted) && "-" : (stryCov_9fa48("1016"), (stryMutAct_9fa48("1017") ? logical?.type && converted : (stryCov_9fa48("1017"), (stryMutAct_9fa48("1018") ? logical.type : (stryCov_9fa48("1018"), logical?.type)) ?? converted)) ?? (stryMutAct_9fa48("1019") ? "" : (stryCov_9fa48("1019"), "-")))}, which the pipeline does not load`));
  }
}

/** Top-level columns of a Parquet schema (the first element is the root). Names must be plain identifiers. */
export function columnsFromSchema(schema: readonly SchemaElement[], table: string): ColumnDefinition[] {
  if (stryMutAct_9fa48("1020")) {
    {}
  } else {
    stryCov_9fa48("1020");
    const columns: ColumnDefinition[] = stryMutAct_9fa48("1021") ? ["Stryker was here"] : (stryCov_9fa48("1021"), []);
    let i = 1;
    while (stryMutAct_9fa48("1024") ? i >= schema.length : stryMutAct_9fa48("1023") ? i <= schema.length : stryMutAct_9fa48("1022") ? false : (stryCov_9fa48("1022", "1023", "1024"), i < schema.length)) {
      if (stryMutAct_9fa48("1025")) {
        {}
      } else {
        stryCov_9fa48("1025");
        const element = schema[i];
        if (stryMutAct_9fa48("1028") ? false : stryMutAct_9fa48("1027") ? true : stryMutAct_9fa48("1026") ? IDENTIFIER_PATTERN.test(element.name) : (stryCov_9fa48("1026", "1027", "1028"), !IDENTIFIER_PATTERN.test(element.name))) {
          if (stryMutAct_9fa48("1029")) {
            {}
          } else {
            stryCov_9fa48("1029");
            throw new UnsupportedExport(stryMutAct_9fa48("1030") ? `` : (stryCov_9fa48("1030"), `table ${table} has the column ${JSON.stringify(element.name)}, which is not a plain identifier`));
          }
        }
        columns.push(stryMutAct_9fa48("1031") ? {} : (stryCov_9fa48("1031"), {
          name: stryMutAct_9fa48("1032") ? element.name.toUpperCase() : (stryCov_9fa48("1032"), element.name.toLowerCase()),
          type: athenaType(element)
        }));
        stryMutAct_9fa48("1033") ? i -= 1 + countDescendants(schema, i) : (stryCov_9fa48("1033"), i += stryMutAct_9fa48("1034") ? 1 - countDescendants(schema, i) : (stryCov_9fa48("1034"), 1 + countDescendants(schema, i)));
      }
    }
    return columns;
  }
}
function countDescendants(schema: readonly SchemaElement[], index: number): number {
  if (stryMutAct_9fa48("1035")) {
    {}
  } else {
    stryCov_9fa48("1035");
    let count = 0;
    for (let c = 0; stryMutAct_9fa48("1038") ? c >= (schema[index].num_children ?? 0) : stryMutAct_9fa48("1037") ? c <= (schema[index].num_children ?? 0) : stryMutAct_9fa48("1036") ? false : (stryCov_9fa48("1036", "1037", "1038"), c < (stryMutAct_9fa48("1039") ? schema[index].num_children && 0 : (stryCov_9fa48("1039"), schema[index].num_children ?? 0))); stryMutAct_9fa48("1040") ? c-- : (stryCov_9fa48("1040"), c++)) {
      if (stryMutAct_9fa48("1041")) {
        {}
      } else {
        stryCov_9fa48("1041");
        const child = stryMutAct_9fa48("1042") ? index + 1 - count : (stryCov_9fa48("1042"), (stryMutAct_9fa48("1043") ? index - 1 : (stryCov_9fa48("1043"), index + 1)) + count);
        stryMutAct_9fa48("1044") ? count -= 1 + countDescendants(schema, child) : (stryCov_9fa48("1044"), count += stryMutAct_9fa48("1045") ? 1 - countDescendants(schema, child) : (stryCov_9fa48("1045"), 1 + countDescendants(schema, child)));
      }
    }
    return count;
  }
}