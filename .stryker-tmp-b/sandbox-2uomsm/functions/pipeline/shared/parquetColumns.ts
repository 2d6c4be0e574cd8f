// @ts-nocheck
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
  if (stryMutAct_9fa48("1424")) {
    {}
  } else {
    stryCov_9fa48("1424");
    const p = stryMutAct_9fa48("1425") ? precision && element.precision : (stryCov_9fa48("1425"), precision ?? element.precision);
    const s = stryMutAct_9fa48("1426") ? (scale ?? element.scale) && 0 : (stryCov_9fa48("1426"), (stryMutAct_9fa48("1427") ? scale && element.scale : (stryCov_9fa48("1427"), scale ?? element.scale)) ?? 0);
    if (stryMutAct_9fa48("1430") ? (p === undefined || p < 1 || p > 38 || s < 0) && s > p : stryMutAct_9fa48("1429") ? false : stryMutAct_9fa48("1428") ? true : (stryCov_9fa48("1428", "1429", "1430"), (stryMutAct_9fa48("1432") ? (p === undefined || p < 1 || p > 38) && s < 0 : stryMutAct_9fa48("1431") ? false : (stryCov_9fa48("1431", "1432"), (stryMutAct_9fa48("1434") ? (p === undefined || p < 1) && p > 38 : stryMutAct_9fa48("1433") ? false : (stryCov_9fa48("1433", "1434"), (stryMutAct_9fa48("1436") ? p === undefined && p < 1 : stryMutAct_9fa48("1435") ? false : (stryCov_9fa48("1435", "1436"), (stryMutAct_9fa48("1438") ? p !== undefined : stryMutAct_9fa48("1437") ? false : (stryCov_9fa48("1437", "1438"), p === undefined)) || (stryMutAct_9fa48("1441") ? p >= 1 : stryMutAct_9fa48("1440") ? p <= 1 : stryMutAct_9fa48("1439") ? false : (stryCov_9fa48("1439", "1440", "1441"), p < 1)))) || (stryMutAct_9fa48("1444") ? p <= 38 : stryMutAct_9fa48("1443") ? p >= 38 : stryMutAct_9fa48("1442") ? false : (stryCov_9fa48("1442", "1443", "1444"), p > 38)))) || (stryMutAct_9fa48("1447") ? s >= 0 : stryMutAct_9fa48("1446") ? s <= 0 : stryMutAct_9fa48("1445") ? false : (stryCov_9fa48("1445", "1446", "1447"), s < 0)))) || (stryMutAct_9fa48("1450") ? s <= p : stryMutAct_9fa48("1449") ? s >= p : stryMutAct_9fa48("1448") ? false : (stryCov_9fa48("1448", "1449", "1450"), s > p)))) {
      if (stryMutAct_9fa48("1451")) {
        {}
      } else {
        stryCov_9fa48("1451");
        throw new UnsupportedExport(stryMutAct_9fa48("1452") ? `` : (stryCov_9fa48("1452"), `column ${element.name} is DECIMAL(${p}, ${s}); Athena supports precision 1 to 38`));
      }
    }
    return stryMutAct_9fa48("1453") ? `` : (stryCov_9fa48("1453"), `decimal(${p},${s})`);
  }
}

/** The Athena type for one top-level Parquet column (Iceberg has no tinyint/smallint, so small integers become int). */
export function athenaType(element: SchemaElement): string {
  if (stryMutAct_9fa48("1454")) {
    {}
  } else {
    stryCov_9fa48("1454");
    const logical = element.logical_type;
    const converted = element.converted_type;
    if (stryMutAct_9fa48("1457") ? element.num_children !== undefined || element.num_children > 0 : stryMutAct_9fa48("1456") ? false : stryMutAct_9fa48("1455") ? true : (stryCov_9fa48("1455", "1456", "1457"), (stryMutAct_9fa48("1459") ? element.num_children === undefined : stryMutAct_9fa48("1458") ? true : (stryCov_9fa48("1458", "1459"), element.num_children !== undefined)) && (stryMutAct_9fa48("1462") ? element.num_children <= 0 : stryMutAct_9fa48("1461") ? element.num_children >= 0 : stryMutAct_9fa48("1460") ? true : (stryCov_9fa48("1460", "1461", "1462"), element.num_children > 0)))) {
      if (stryMutAct_9fa48("1463")) {
        {}
      } else {
        stryCov_9fa48("1463");
        throw new UnsupportedExport(stryMutAct_9fa48("1464") ? `` : (stryCov_9fa48("1464"), `column ${element.name} is a nested Parquet group, which the pipeline does not load`));
      }
    }
    if (stryMutAct_9fa48("1467") ? logical?.type !== "DECIMAL" : stryMutAct_9fa48("1466") ? false : stryMutAct_9fa48("1465") ? true : (stryCov_9fa48("1465", "1466", "1467"), (stryMutAct_9fa48("1468") ? logical.type : (stryCov_9fa48("1468"), logical?.type)) === (stryMutAct_9fa48("1469") ? "" : (stryCov_9fa48("1469"), "DECIMAL")))) {
      if (stryMutAct_9fa48("1470")) {
        {}
      } else {
        stryCov_9fa48("1470");
        return decimal(element, logical.precision, logical.scale);
      }
    }
    if (stryMutAct_9fa48("1473") ? converted !== "DECIMAL" : stryMutAct_9fa48("1472") ? false : stryMutAct_9fa48("1471") ? true : (stryCov_9fa48("1471", "1472", "1473"), converted === (stryMutAct_9fa48("1474") ? "" : (stryCov_9fa48("1474"), "DECIMAL")))) {
      if (stryMutAct_9fa48("1475")) {
        {}
      } else {
        stryCov_9fa48("1475");
        return decimal(element);
      }
    }
    switch (element.type) {
      case stryMutAct_9fa48("1477") ? "" : (stryCov_9fa48("1477"), "BOOLEAN"):
        if (stryMutAct_9fa48("1476")) {} else {
          stryCov_9fa48("1476");
          return stryMutAct_9fa48("1478") ? "" : (stryCov_9fa48("1478"), "boolean");
        }
      case stryMutAct_9fa48("1480") ? "" : (stryCov_9fa48("1480"), "INT32"):
        if (stryMutAct_9fa48("1479")) {} else {
          stryCov_9fa48("1479");
          if (stryMutAct_9fa48("1483") ? logical?.type === "DATE" && converted === "DATE" : stryMutAct_9fa48("1482") ? false : stryMutAct_9fa48("1481") ? true : (stryCov_9fa48("1481", "1482", "1483"), (stryMutAct_9fa48("1485") ? logical?.type !== "DATE" : stryMutAct_9fa48("1484") ? false : (stryCov_9fa48("1484", "1485"), (stryMutAct_9fa48("1486") ? logical.type : (stryCov_9fa48("1486"), logical?.type)) === (stryMutAct_9fa48("1487") ? "" : (stryCov_9fa48("1487"), "DATE")))) || (stryMutAct_9fa48("1489") ? converted !== "DATE" : stryMutAct_9fa48("1488") ? false : (stryCov_9fa48("1488", "1489"), converted === (stryMutAct_9fa48("1490") ? "" : (stryCov_9fa48("1490"), "DATE")))))) return stryMutAct_9fa48("1491") ? "" : (stryCov_9fa48("1491"), "date");
          if (stryMutAct_9fa48("1494") ? logical?.type === "TIME" && converted === "TIME_MILLIS" : stryMutAct_9fa48("1493") ? false : stryMutAct_9fa48("1492") ? true : (stryCov_9fa48("1492", "1493", "1494"), (stryMutAct_9fa48("1496") ? logical?.type !== "TIME" : stryMutAct_9fa48("1495") ? false : (stryCov_9fa48("1495", "1496"), (stryMutAct_9fa48("1497") ? logical.type : (stryCov_9fa48("1497"), logical?.type)) === (stryMutAct_9fa48("1498") ? "" : (stryCov_9fa48("1498"), "TIME")))) || (stryMutAct_9fa48("1500") ? converted !== "TIME_MILLIS" : stryMutAct_9fa48("1499") ? false : (stryCov_9fa48("1499", "1500"), converted === (stryMutAct_9fa48("1501") ? "" : (stryCov_9fa48("1501"), "TIME_MILLIS")))))) break;
          if (stryMutAct_9fa48("1504") ? logical?.type === "INTEGER" && !logical.isSigned && logical.bitWidth === 32 && converted === "UINT_32" : stryMutAct_9fa48("1503") ? false : stryMutAct_9fa48("1502") ? true : (stryCov_9fa48("1502", "1503", "1504"), (stryMutAct_9fa48("1506") ? logical?.type === "INTEGER" && !logical.isSigned || logical.bitWidth === 32 : stryMutAct_9fa48("1505") ? false : (stryCov_9fa48("1505", "1506"), (stryMutAct_9fa48("1508") ? logical?.type === "INTEGER" || !logical.isSigned : stryMutAct_9fa48("1507") ? true : (stryCov_9fa48("1507", "1508"), (stryMutAct_9fa48("1510") ? logical?.type !== "INTEGER" : stryMutAct_9fa48("1509") ? true : (stryCov_9fa48("1509", "1510"), (stryMutAct_9fa48("1511") ? logical.type : (stryCov_9fa48("1511"), logical?.type)) === (stryMutAct_9fa48("1512") ? "" : (stryCov_9fa48("1512"), "INTEGER")))) && (stryMutAct_9fa48("1513") ? logical.isSigned : (stryCov_9fa48("1513"), !logical.isSigned)))) && (stryMutAct_9fa48("1515") ? logical.bitWidth !== 32 : stryMutAct_9fa48("1514") ? true : (stryCov_9fa48("1514", "1515"), logical.bitWidth === 32)))) || (stryMutAct_9fa48("1517") ? converted !== "UINT_32" : stryMutAct_9fa48("1516") ? false : (stryCov_9fa48("1516", "1517"), converted === (stryMutAct_9fa48("1518") ? "" : (stryCov_9fa48("1518"), "UINT_32")))))) return stryMutAct_9fa48("1519") ? "" : (stryCov_9fa48("1519"), "bigint");
          return stryMutAct_9fa48("1520") ? "" : (stryCov_9fa48("1520"), "int");
        }
      case stryMutAct_9fa48("1522") ? "" : (stryCov_9fa48("1522"), "INT64"):
        if (stryMutAct_9fa48("1521")) {} else {
          stryCov_9fa48("1521");
          if (stryMutAct_9fa48("1525") ? (logical?.type === "TIMESTAMP" || converted === "TIMESTAMP_MILLIS") && converted === "TIMESTAMP_MICROS" : stryMutAct_9fa48("1524") ? false : stryMutAct_9fa48("1523") ? true : (stryCov_9fa48("1523", "1524", "1525"), (stryMutAct_9fa48("1527") ? logical?.type === "TIMESTAMP" && converted === "TIMESTAMP_MILLIS" : stryMutAct_9fa48("1526") ? false : (stryCov_9fa48("1526", "1527"), (stryMutAct_9fa48("1529") ? logical?.type !== "TIMESTAMP" : stryMutAct_9fa48("1528") ? false : (stryCov_9fa48("1528", "1529"), (stryMutAct_9fa48("1530") ? logical.type : (stryCov_9fa48("1530"), logical?.type)) === (stryMutAct_9fa48("1531") ? "" : (stryCov_9fa48("1531"), "TIMESTAMP")))) || (stryMutAct_9fa48("1533") ? converted !== "TIMESTAMP_MILLIS" : stryMutAct_9fa48("1532") ? false : (stryCov_9fa48("1532", "1533"), converted === (stryMutAct_9fa48("1534") ? "" : (stryCov_9fa48("1534"), "TIMESTAMP_MILLIS")))))) || (stryMutAct_9fa48("1536") ? converted !== "TIMESTAMP_MICROS" : stryMutAct_9fa48("1535") ? false : (stryCov_9fa48("1535", "1536"), converted === (stryMutAct_9fa48("1537") ? "" : (stryCov_9fa48("1537"), "TIMESTAMP_MICROS")))))) return stryMutAct_9fa48("1538") ? "" : (stryCov_9fa48("1538"), "timestamp");
          if (stryMutAct_9fa48("1541") ? logical?.type === "TIME" && converted === "TIME_MICROS" : stryMutAct_9fa48("1540") ? false : stryMutAct_9fa48("1539") ? true : (stryCov_9fa48("1539", "1540", "1541"), (stryMutAct_9fa48("1543") ? logical?.type !== "TIME" : stryMutAct_9fa48("1542") ? false : (stryCov_9fa48("1542", "1543"), (stryMutAct_9fa48("1544") ? logical.type : (stryCov_9fa48("1544"), logical?.type)) === (stryMutAct_9fa48("1545") ? "" : (stryCov_9fa48("1545"), "TIME")))) || (stryMutAct_9fa48("1547") ? converted !== "TIME_MICROS" : stryMutAct_9fa48("1546") ? false : (stryCov_9fa48("1546", "1547"), converted === (stryMutAct_9fa48("1548") ? "" : (stryCov_9fa48("1548"), "TIME_MICROS")))))) break;
          if (stryMutAct_9fa48("1551") ? logical?.type === "INTEGER" && !logical.isSigned && converted === "UINT_64" : stryMutAct_9fa48("1550") ? false : stryMutAct_9fa48("1549") ? true : (stryCov_9fa48("1549", "1550", "1551"), (stryMutAct_9fa48("1553") ? logical?.type === "INTEGER" || !logical.isSigned : stryMutAct_9fa48("1552") ? false : (stryCov_9fa48("1552", "1553"), (stryMutAct_9fa48("1555") ? logical?.type !== "INTEGER" : stryMutAct_9fa48("1554") ? true : (stryCov_9fa48("1554", "1555"), (stryMutAct_9fa48("1556") ? logical.type : (stryCov_9fa48("1556"), logical?.type)) === (stryMutAct_9fa48("1557") ? "" : (stryCov_9fa48("1557"), "INTEGER")))) && (stryMutAct_9fa48("1558") ? logical.isSigned : (stryCov_9fa48("1558"), !logical.isSigned)))) || (stryMutAct_9fa48("1560") ? converted !== "UINT_64" : stryMutAct_9fa48("1559") ? false : (stryCov_9fa48("1559", "1560"), converted === (stryMutAct_9fa48("1561") ? "" : (stryCov_9fa48("1561"), "UINT_64")))))) return stryMutAct_9fa48("1562") ? "" : (stryCov_9fa48("1562"), "decimal(20,0)");
          return stryMutAct_9fa48("1563") ? "" : (stryCov_9fa48("1563"), "bigint");
        }
      case stryMutAct_9fa48("1565") ? "" : (stryCov_9fa48("1565"), "INT96"):
        if (stryMutAct_9fa48("1564")) {} else {
          stryCov_9fa48("1564");
          return stryMutAct_9fa48("1566") ? "" : (stryCov_9fa48("1566"), "timestamp");
        }
      case stryMutAct_9fa48("1568") ? "" : (stryCov_9fa48("1568"), "FLOAT"):
        if (stryMutAct_9fa48("1567")) {} else {
          stryCov_9fa48("1567");
          return stryMutAct_9fa48("1569") ? "" : (stryCov_9fa48("1569"), "float");
        }
      case stryMutAct_9fa48("1571") ? "" : (stryCov_9fa48("1571"), "DOUBLE"):
        if (stryMutAct_9fa48("1570")) {} else {
          stryCov_9fa48("1570");
          return stryMutAct_9fa48("1572") ? "" : (stryCov_9fa48("1572"), "double");
        }
      case stryMutAct_9fa48("1573") ? "" : (stryCov_9fa48("1573"), "BYTE_ARRAY"):
      case stryMutAct_9fa48("1575") ? "" : (stryCov_9fa48("1575"), "FIXED_LEN_BYTE_ARRAY"):
        if (stryMutAct_9fa48("1574")) {} else {
          stryCov_9fa48("1574");
          if (stryMutAct_9fa48("1578") ? (logical?.type === "STRING" || logical?.type === "ENUM" || logical?.type === "JSON" || logical?.type === "UUID" || converted === "UTF8" || converted === "ENUM") && converted === "JSON" : stryMutAct_9fa48("1577") ? false : stryMutAct_9fa48("1576") ? true : (stryCov_9fa48("1576", "1577", "1578"), (stryMutAct_9fa48("1580") ? (logical?.type === "STRING" || logical?.type === "ENUM" || logical?.type === "JSON" || logical?.type === "UUID" || converted === "UTF8") && converted === "ENUM" : stryMutAct_9fa48("1579") ? false : (stryCov_9fa48("1579", "1580"), (stryMutAct_9fa48("1582") ? (logical?.type === "STRING" || logical?.type === "ENUM" || logical?.type === "JSON" || logical?.type === "UUID") && converted === "UTF8" : stryMutAct_9fa48("1581") ? false : (stryCov_9fa48("1581", "1582"), (stryMutAct_9fa48("1584") ? (logical?.type === "STRING" || logical?.type === "ENUM" || logical?.type === "JSON") && logical?.type === "UUID" : stryMutAct_9fa48("1583") ? false : (stryCov_9fa48("1583", "1584"), (stryMutAct_9fa48("1586") ? (logical?.type === "STRING" || logical?.type === "ENUM") && logical?.type === "JSON" : stryMutAct_9fa48("1585") ? false : (stryCov_9fa48("1585", "1586"), (stryMutAct_9fa48("1588") ? logical?.type === "STRING" && logical?.type === "ENUM" : stryMutAct_9fa48("1587") ? false : (stryCov_9fa48("1587", "1588"), (stryMutAct_9fa48("1590") ? logical?.type !== "STRING" : stryMutAct_9fa48("1589") ? false : (stryCov_9fa48("1589", "1590"), (stryMutAct_9fa48("1591") ? logical.type : (stryCov_9fa48("1591"), logical?.type)) === (stryMutAct_9fa48("1592") ? "" : (stryCov_9fa48("1592"), "STRING")))) || (stryMutAct_9fa48("1594") ? logical?.type !== "ENUM" : stryMutAct_9fa48("1593") ? false : (stryCov_9fa48("1593", "1594"), (stryMutAct_9fa48("1595") ? logical.type : (stryCov_9fa48("1595"), logical?.type)) === (stryMutAct_9fa48("1596") ? "" : (stryCov_9fa48("1596"), "ENUM")))))) || (stryMutAct_9fa48("1598") ? logical?.type !== "JSON" : stryMutAct_9fa48("1597") ? false : (stryCov_9fa48("1597", "1598"), (stryMutAct_9fa48("1599") ? logical.type : (stryCov_9fa48("1599"), logical?.type)) === (stryMutAct_9fa48("1600") ? "" : (stryCov_9fa48("1600"), "JSON")))))) || (stryMutAct_9fa48("1602") ? logical?.type !== "UUID" : stryMutAct_9fa48("1601") ? false : (stryCov_9fa48("1601", "1602"), (stryMutAct_9fa48("1603") ? logical.type : (stryCov_9fa48("1603"), logical?.type)) === (stryMutAct_9fa48("1604") ? "" : (stryCov_9fa48("1604"), "UUID")))))) || (stryMutAct_9fa48("1606") ? converted !== "UTF8" : stryMutAct_9fa48("1605") ? false : (stryCov_9fa48("1605", "1606"), converted === (stryMutAct_9fa48("1607") ? "" : (stryCov_9fa48("1607"), "UTF8")))))) || (stryMutAct_9fa48("1609") ? converted !== "ENUM" : stryMutAct_9fa48("1608") ? false : (stryCov_9fa48("1608", "1609"), converted === (stryMutAct_9fa48("1610") ? "" : (stryCov_9fa48("1610"), "ENUM")))))) || (stryMutAct_9fa48("1612") ? converted !== "JSON" : stryMutAct_9fa48("1611") ? false : (stryCov_9fa48("1611", "1612"), converted === (stryMutAct_9fa48("1613") ? "" : (stryCov_9fa48("1613"), "JSON")))))) return stryMutAct_9fa48("1614") ? "" : (stryCov_9fa48("1614"), "string");
          return stryMutAct_9fa48("1615") ? "" : (stryCov_9fa48("1615"), "binary");
        }
      default:
        if (stryMutAct_9fa48("1616")) {} else {
          stryCov_9fa48("1616");
          break;
        }
    }
    throw new UnsupportedExport(stryMutAct_9fa48("1617") ? `` : (stryCov_9fa48("1617"), `column ${element.name} has the Parquet type ${element.type}/${stryMutAct_9fa48("1618") ? (logical?.type ?? converted) && "-" : (stryCov_9fa48("1618"), (stryMutAct_9fa48("1619") ? logical?.type && converted : (stryCov_9fa48("1619"), (stryMutAct_9fa48("1620") ? logical.type : (stryCov_9fa48("1620"), logical?.type)) ?? converted)) ?? (stryMutAct_9fa48("1621") ? "" : (stryCov_9fa48("1621"), "-")))}, which the pipeline does not load`));
  }
}

/** Top-level columns of a Parquet schema (the first element is the root). Names must be plain identifiers. */
export function columnsFromSchema(schema: readonly SchemaElement[], table: string): ColumnDefinition[] {
  if (stryMutAct_9fa48("1622")) {
    {}
  } else {
    stryCov_9fa48("1622");
    const columns: ColumnDefinition[] = stryMutAct_9fa48("1623") ? ["Stryker was here"] : (stryCov_9fa48("1623"), []);
    let i = 1;
    while (stryMutAct_9fa48("1626") ? i >= schema.length : stryMutAct_9fa48("1625") ? i <= schema.length : stryMutAct_9fa48("1624") ? false : (stryCov_9fa48("1624", "1625", "1626"), i < schema.length)) {
      if (stryMutAct_9fa48("1627")) {
        {}
      } else {
        stryCov_9fa48("1627");
        const element = schema[i];
        if (stryMutAct_9fa48("1630") ? false : stryMutAct_9fa48("1629") ? true : stryMutAct_9fa48("1628") ? IDENTIFIER_PATTERN.test(element.name) : (stryCov_9fa48("1628", "1629", "1630"), !IDENTIFIER_PATTERN.test(element.name))) {
          if (stryMutAct_9fa48("1631")) {
            {}
          } else {
            stryCov_9fa48("1631");
            throw new UnsupportedExport(stryMutAct_9fa48("1632") ? `` : (stryCov_9fa48("1632"), `table ${table} has the column ${JSON.stringify(element.name)}, which is not a plain identifier`));
          }
        }
        columns.push(stryMutAct_9fa48("1633") ? {} : (stryCov_9fa48("1633"), {
          name: stryMutAct_9fa48("1634") ? element.name.toUpperCase() : (stryCov_9fa48("1634"), element.name.toLowerCase()),
          type: athenaType(element)
        }));
        stryMutAct_9fa48("1635") ? i -= 1 + countDescendants(schema, i) : (stryCov_9fa48("1635"), i += stryMutAct_9fa48("1636") ? 1 - countDescendants(schema, i) : (stryCov_9fa48("1636"), 1 + countDescendants(schema, i)));
      }
    }
    return columns;
  }
}
function countDescendants(schema: readonly SchemaElement[], index: number): number {
  if (stryMutAct_9fa48("1637")) {
    {}
  } else {
    stryCov_9fa48("1637");
    let count = 0;
    for (let c = 0; stryMutAct_9fa48("1640") ? c >= (schema[index].num_children ?? 0) : stryMutAct_9fa48("1639") ? c <= (schema[index].num_children ?? 0) : stryMutAct_9fa48("1638") ? false : (stryCov_9fa48("1638", "1639", "1640"), c < (stryMutAct_9fa48("1641") ? schema[index].num_children && 0 : (stryCov_9fa48("1641"), schema[index].num_children ?? 0))); stryMutAct_9fa48("1642") ? c-- : (stryCov_9fa48("1642"), c++)) {
      if (stryMutAct_9fa48("1643")) {
        {}
      } else {
        stryCov_9fa48("1643");
        const child = stryMutAct_9fa48("1644") ? index + 1 - count : (stryCov_9fa48("1644"), (stryMutAct_9fa48("1645") ? index - 1 : (stryCov_9fa48("1645"), index + 1)) + count);
        stryMutAct_9fa48("1646") ? count -= 1 + countDescendants(schema, child) : (stryCov_9fa48("1646"), count += stryMutAct_9fa48("1647") ? 1 - countDescendants(schema, child) : (stryCov_9fa48("1647"), 1 + countDescendants(schema, child)));
      }
    }
    return count;
  }
}