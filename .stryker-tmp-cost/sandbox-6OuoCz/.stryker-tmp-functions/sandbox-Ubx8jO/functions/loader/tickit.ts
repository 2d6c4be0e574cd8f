// @ts-nocheck
// 
// The TICKIT tables the loader knows: the allowlist of every table and column name that reaches SQL, and how each field of a data file parses.
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
export type ColumnKind = "int" | "smallint" | "bool" | "decimal" | "char" | "varchar" | "date" | "datetime";
export interface ColumnSpec {
  readonly name: string;
  readonly kind: ColumnKind;
  /** Maximum characters for char/varchar. */
  readonly length?: number;
  /** Digits and fraction digits for decimal. */
  readonly precision?: number;
  readonly scale?: number;
  /** An empty field is NULL; only nullable columns accept it. */
  readonly nullable?: boolean;
}
export interface TableSpec {
  readonly name: string;
  /** The data file's name, the same in the generator's output directory and under the S3 prefix. */
  readonly file: string;
  readonly primaryKey: string;
  readonly columns: readonly ColumnSpec[];
}
const int = stryMutAct_9fa48("16") ? () => undefined : (stryCov_9fa48("16"), (() => {
  const int = (name: string): ColumnSpec => stryMutAct_9fa48("17") ? {} : (stryCov_9fa48("17"), {
    name,
    kind: stryMutAct_9fa48("18") ? "" : (stryCov_9fa48("18"), "int")
  });
  return int;
})());
const smallint = stryMutAct_9fa48("19") ? () => undefined : (stryCov_9fa48("19"), (() => {
  const smallint = (name: string): ColumnSpec => stryMutAct_9fa48("20") ? {} : (stryCov_9fa48("20"), {
    name,
    kind: stryMutAct_9fa48("21") ? "" : (stryCov_9fa48("21"), "smallint")
  });
  return smallint;
})());
const char = stryMutAct_9fa48("22") ? () => undefined : (stryCov_9fa48("22"), (() => {
  const char = (name: string, length: number): ColumnSpec => stryMutAct_9fa48("23") ? {} : (stryCov_9fa48("23"), {
    name,
    kind: stryMutAct_9fa48("24") ? "" : (stryCov_9fa48("24"), "char"),
    length
  });
  return char;
})());
const varchar = stryMutAct_9fa48("25") ? () => undefined : (stryCov_9fa48("25"), (() => {
  const varchar = (name: string, length: number): ColumnSpec => stryMutAct_9fa48("26") ? {} : (stryCov_9fa48("26"), {
    name,
    kind: stryMutAct_9fa48("27") ? "" : (stryCov_9fa48("27"), "varchar"),
    length
  });
  return varchar;
})());
const money = stryMutAct_9fa48("28") ? () => undefined : (stryCov_9fa48("28"), (() => {
  const money = (name: string): ColumnSpec => stryMutAct_9fa48("29") ? {} : (stryCov_9fa48("29"), {
    name,
    kind: stryMutAct_9fa48("30") ? "" : (stryCov_9fa48("30"), "decimal"),
    precision: 8,
    scale: 2
  });
  return money;
})());
const datetime = stryMutAct_9fa48("31") ? () => undefined : (stryCov_9fa48("31"), (() => {
  const datetime = (name: string): ColumnSpec => stryMutAct_9fa48("32") ? {} : (stryCov_9fa48("32"), {
    name,
    kind: stryMutAct_9fa48("33") ? "" : (stryCov_9fa48("33"), "datetime")
  });
  return datetime;
})());
const likes = stryMutAct_9fa48("34") ? () => undefined : (stryCov_9fa48("34"), (() => {
  const likes = (name: string): ColumnSpec => stryMutAct_9fa48("35") ? {} : (stryCov_9fa48("35"), {
    name,
    kind: stryMutAct_9fa48("36") ? "" : (stryCov_9fa48("36"), "bool"),
    nullable: stryMutAct_9fa48("37") ? false : (stryCov_9fa48("37"), true)
  });
  return likes;
})());
function table(name: string, primaryKey: string, columns: ColumnSpec[]): TableSpec {
  if (stryMutAct_9fa48("38")) {
    {}
  } else {
    stryCov_9fa48("38");
    return Object.freeze(stryMutAct_9fa48("39") ? {} : (stryCov_9fa48("39"), {
      name,
      file: stryMutAct_9fa48("40") ? `` : (stryCov_9fa48("40"), `${name}.txt`),
      primaryKey,
      columns: Object.freeze(columns.map(stryMutAct_9fa48("41") ? () => undefined : (stryCov_9fa48("41"), c => Object.freeze(c))))
    }));
  }
}

/** In load order: dimensions before facts, so a half-finished run fails on the smaller tables first. */
export const TICKIT_TABLES: readonly TableSpec[] = Object.freeze(stryMutAct_9fa48("42") ? [] : (stryCov_9fa48("42"), [table(stryMutAct_9fa48("43") ? "" : (stryCov_9fa48("43"), "category"), stryMutAct_9fa48("44") ? "" : (stryCov_9fa48("44"), "catid"), stryMutAct_9fa48("45") ? [] : (stryCov_9fa48("45"), [smallint(stryMutAct_9fa48("46") ? "" : (stryCov_9fa48("46"), "catid")), varchar(stryMutAct_9fa48("47") ? "" : (stryCov_9fa48("47"), "catgroup"), 10), varchar(stryMutAct_9fa48("48") ? "" : (stryCov_9fa48("48"), "catname"), 10), varchar(stryMutAct_9fa48("49") ? "" : (stryCov_9fa48("49"), "catdesc"), 50)])), table(stryMutAct_9fa48("50") ? "" : (stryCov_9fa48("50"), "date"), stryMutAct_9fa48("51") ? "" : (stryCov_9fa48("51"), "dateid"), stryMutAct_9fa48("52") ? [] : (stryCov_9fa48("52"), [smallint(stryMutAct_9fa48("53") ? "" : (stryCov_9fa48("53"), "dateid")), stryMutAct_9fa48("54") ? {} : (stryCov_9fa48("54"), {
  name: stryMutAct_9fa48("55") ? "" : (stryCov_9fa48("55"), "caldate"),
  kind: stryMutAct_9fa48("56") ? "" : (stryCov_9fa48("56"), "date")
}), char(stryMutAct_9fa48("57") ? "" : (stryCov_9fa48("57"), "day"), 3), smallint(stryMutAct_9fa48("58") ? "" : (stryCov_9fa48("58"), "week")), char(stryMutAct_9fa48("59") ? "" : (stryCov_9fa48("59"), "month"), 5), char(stryMutAct_9fa48("60") ? "" : (stryCov_9fa48("60"), "qtr"), 5), smallint(stryMutAct_9fa48("61") ? "" : (stryCov_9fa48("61"), "year")), stryMutAct_9fa48("62") ? {} : (stryCov_9fa48("62"), {
  name: stryMutAct_9fa48("63") ? "" : (stryCov_9fa48("63"), "holiday"),
  kind: stryMutAct_9fa48("64") ? "" : (stryCov_9fa48("64"), "bool")
})])), table(stryMutAct_9fa48("65") ? "" : (stryCov_9fa48("65"), "venue"), stryMutAct_9fa48("66") ? "" : (stryCov_9fa48("66"), "venueid"), stryMutAct_9fa48("67") ? [] : (stryCov_9fa48("67"), [smallint(stryMutAct_9fa48("68") ? "" : (stryCov_9fa48("68"), "venueid")), varchar(stryMutAct_9fa48("69") ? "" : (stryCov_9fa48("69"), "venuename"), 100), varchar(stryMutAct_9fa48("70") ? "" : (stryCov_9fa48("70"), "venuecity"), 30), char(stryMutAct_9fa48("71") ? "" : (stryCov_9fa48("71"), "venuestate"), 2), stryMutAct_9fa48("72") ? {} : (stryCov_9fa48("72"), {
  name: stryMutAct_9fa48("73") ? "" : (stryCov_9fa48("73"), "venueseats"),
  kind: stryMutAct_9fa48("74") ? "" : (stryCov_9fa48("74"), "int"),
  nullable: stryMutAct_9fa48("75") ? false : (stryCov_9fa48("75"), true)
})])), table(stryMutAct_9fa48("76") ? "" : (stryCov_9fa48("76"), "users"), stryMutAct_9fa48("77") ? "" : (stryCov_9fa48("77"), "userid"), stryMutAct_9fa48("78") ? [] : (stryCov_9fa48("78"), [int(stryMutAct_9fa48("79") ? "" : (stryCov_9fa48("79"), "userid")), char(stryMutAct_9fa48("80") ? "" : (stryCov_9fa48("80"), "username"), 8), varchar(stryMutAct_9fa48("81") ? "" : (stryCov_9fa48("81"), "firstname"), 30), varchar(stryMutAct_9fa48("82") ? "" : (stryCov_9fa48("82"), "lastname"), 30), varchar(stryMutAct_9fa48("83") ? "" : (stryCov_9fa48("83"), "city"), 30), char(stryMutAct_9fa48("84") ? "" : (stryCov_9fa48("84"), "state"), 2), varchar(stryMutAct_9fa48("85") ? "" : (stryCov_9fa48("85"), "email"), 100), char(stryMutAct_9fa48("86") ? "" : (stryCov_9fa48("86"), "phone"), 14), likes(stryMutAct_9fa48("87") ? "" : (stryCov_9fa48("87"), "likesports")), likes(stryMutAct_9fa48("88") ? "" : (stryCov_9fa48("88"), "liketheatre")), likes(stryMutAct_9fa48("89") ? "" : (stryCov_9fa48("89"), "likeconcerts")), likes(stryMutAct_9fa48("90") ? "" : (stryCov_9fa48("90"), "likejazz")), likes(stryMutAct_9fa48("91") ? "" : (stryCov_9fa48("91"), "likeclassical")), likes(stryMutAct_9fa48("92") ? "" : (stryCov_9fa48("92"), "likeopera")), likes(stryMutAct_9fa48("93") ? "" : (stryCov_9fa48("93"), "likerock")), likes(stryMutAct_9fa48("94") ? "" : (stryCov_9fa48("94"), "likevegas")), likes(stryMutAct_9fa48("95") ? "" : (stryCov_9fa48("95"), "likebroadway")), likes(stryMutAct_9fa48("96") ? "" : (stryCov_9fa48("96"), "likemusicals"))])), table(stryMutAct_9fa48("97") ? "" : (stryCov_9fa48("97"), "event"), stryMutAct_9fa48("98") ? "" : (stryCov_9fa48("98"), "eventid"), stryMutAct_9fa48("99") ? [] : (stryCov_9fa48("99"), [int(stryMutAct_9fa48("100") ? "" : (stryCov_9fa48("100"), "eventid")), smallint(stryMutAct_9fa48("101") ? "" : (stryCov_9fa48("101"), "venueid")), smallint(stryMutAct_9fa48("102") ? "" : (stryCov_9fa48("102"), "catid")), smallint(stryMutAct_9fa48("103") ? "" : (stryCov_9fa48("103"), "dateid")), varchar(stryMutAct_9fa48("104") ? "" : (stryCov_9fa48("104"), "eventname"), 200), datetime(stryMutAct_9fa48("105") ? "" : (stryCov_9fa48("105"), "starttime"))])), table(stryMutAct_9fa48("106") ? "" : (stryCov_9fa48("106"), "listing"), stryMutAct_9fa48("107") ? "" : (stryCov_9fa48("107"), "listid"), stryMutAct_9fa48("108") ? [] : (stryCov_9fa48("108"), [int(stryMutAct_9fa48("109") ? "" : (stryCov_9fa48("109"), "listid")), int(stryMutAct_9fa48("110") ? "" : (stryCov_9fa48("110"), "sellerid")), int(stryMutAct_9fa48("111") ? "" : (stryCov_9fa48("111"), "eventid")), smallint(stryMutAct_9fa48("112") ? "" : (stryCov_9fa48("112"), "dateid")), smallint(stryMutAct_9fa48("113") ? "" : (stryCov_9fa48("113"), "numtickets")), money(stryMutAct_9fa48("114") ? "" : (stryCov_9fa48("114"), "priceperticket")), money(stryMutAct_9fa48("115") ? "" : (stryCov_9fa48("115"), "totalprice")), datetime(stryMutAct_9fa48("116") ? "" : (stryCov_9fa48("116"), "listtime"))])), table(stryMutAct_9fa48("117") ? "" : (stryCov_9fa48("117"), "sales"), stryMutAct_9fa48("118") ? "" : (stryCov_9fa48("118"), "salesid"), stryMutAct_9fa48("119") ? [] : (stryCov_9fa48("119"), [int(stryMutAct_9fa48("120") ? "" : (stryCov_9fa48("120"), "salesid")), int(stryMutAct_9fa48("121") ? "" : (stryCov_9fa48("121"), "listid")), int(stryMutAct_9fa48("122") ? "" : (stryCov_9fa48("122"), "sellerid")), int(stryMutAct_9fa48("123") ? "" : (stryCov_9fa48("123"), "buyerid")), int(stryMutAct_9fa48("124") ? "" : (stryCov_9fa48("124"), "eventid")), smallint(stryMutAct_9fa48("125") ? "" : (stryCov_9fa48("125"), "dateid")), smallint(stryMutAct_9fa48("126") ? "" : (stryCov_9fa48("126"), "qtysold")), money(stryMutAct_9fa48("127") ? "" : (stryCov_9fa48("127"), "pricepaid")), money(stryMutAct_9fa48("128") ? "" : (stryCov_9fa48("128"), "commission")), datetime(stryMutAct_9fa48("129") ? "" : (stryCov_9fa48("129"), "saletime"))]))]));

/** The marker the schema puts on every table it creates (TABLE_COMMENT); see sql/mysql/schema.sql. */
export const SAMPLE_TABLE_COMMENT = stryMutAct_9fa48("130") ? "" : (stryCov_9fa48("130"), "aurora-analytics TICKIT sample");

/** information_schema.COLUMNS.DATA_TYPE of each kind, the same on MySQL 8 and MariaDB. */
export const DATA_TYPE_OF_KIND: Readonly<Record<ColumnKind, string>> = Object.freeze(stryMutAct_9fa48("131") ? {} : (stryCov_9fa48("131"), {
  int: stryMutAct_9fa48("132") ? "" : (stryCov_9fa48("132"), "int"),
  smallint: stryMutAct_9fa48("133") ? "" : (stryCov_9fa48("133"), "smallint"),
  bool: stryMutAct_9fa48("134") ? "" : (stryCov_9fa48("134"), "tinyint"),
  decimal: stryMutAct_9fa48("135") ? "" : (stryCov_9fa48("135"), "decimal"),
  char: stryMutAct_9fa48("136") ? "" : (stryCov_9fa48("136"), "char"),
  varchar: stryMutAct_9fa48("137") ? "" : (stryCov_9fa48("137"), "varchar"),
  date: stryMutAct_9fa48("138") ? "" : (stryCov_9fa48("138"), "date"),
  datetime: stryMutAct_9fa48("139") ? "" : (stryCov_9fa48("139"), "datetime")
}));
export function tableSpec(name: string): TableSpec {
  if (stryMutAct_9fa48("140")) {
    {}
  } else {
    stryCov_9fa48("140");
    const spec = TICKIT_TABLES.find(stryMutAct_9fa48("141") ? () => undefined : (stryCov_9fa48("141"), t => stryMutAct_9fa48("144") ? t.name !== name : stryMutAct_9fa48("143") ? false : stryMutAct_9fa48("142") ? true : (stryCov_9fa48("142", "143", "144"), t.name === name)));
    if (stryMutAct_9fa48("147") ? spec !== undefined : stryMutAct_9fa48("146") ? false : stryMutAct_9fa48("145") ? true : (stryCov_9fa48("145", "146", "147"), spec === undefined)) {
      if (stryMutAct_9fa48("148")) {
        {}
      } else {
        stryCov_9fa48("148");
        throw new Error(stryMutAct_9fa48("149") ? `` : (stryCov_9fa48("149"), `unknown TICKIT table ${JSON.stringify(name)}: allowed are ${TICKIT_TABLES.map(stryMutAct_9fa48("150") ? () => undefined : (stryCov_9fa48("150"), t => t.name)).join(stryMutAct_9fa48("151") ? "" : (stryCov_9fa48("151"), ", "))}`));
      }
    }
    return spec;
  }
}
export type FieldValue = number | string | null;
const INTEGER = stryMutAct_9fa48("156") ? /^-?\D{1,11}$/ : stryMutAct_9fa48("155") ? /^-?\d$/ : stryMutAct_9fa48("154") ? /^-\d{1,11}$/ : stryMutAct_9fa48("153") ? /^-?\d{1,11}/ : stryMutAct_9fa48("152") ? /-?\d{1,11}$/ : (stryCov_9fa48("152", "153", "154", "155", "156"), /^-?\d{1,11}$/);
const DATE = stryMutAct_9fa48("164") ? /^(\d{4})-(\d{2})-(\D{2})$/ : stryMutAct_9fa48("163") ? /^(\d{4})-(\d{2})-(\d)$/ : stryMutAct_9fa48("162") ? /^(\d{4})-(\D{2})-(\d{2})$/ : stryMutAct_9fa48("161") ? /^(\d{4})-(\d)-(\d{2})$/ : stryMutAct_9fa48("160") ? /^(\D{4})-(\d{2})-(\d{2})$/ : stryMutAct_9fa48("159") ? /^(\d)-(\d{2})-(\d{2})$/ : stryMutAct_9fa48("158") ? /^(\d{4})-(\d{2})-(\d{2})/ : stryMutAct_9fa48("157") ? /(\d{4})-(\d{2})-(\d{2})$/ : (stryCov_9fa48("157", "158", "159", "160", "161", "162", "163", "164"), /^(\d{4})-(\d{2})-(\d{2})$/);
const DATETIME = stryMutAct_9fa48("178") ? /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\D{2})$/ : stryMutAct_9fa48("177") ? /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d)$/ : stryMutAct_9fa48("176") ? /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\D{2}):(\d{2})$/ : stryMutAct_9fa48("175") ? /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d):(\d{2})$/ : stryMutAct_9fa48("174") ? /^(\d{4})-(\d{2})-(\d{2}) (\D{2}):(\d{2}):(\d{2})$/ : stryMutAct_9fa48("173") ? /^(\d{4})-(\d{2})-(\d{2}) (\d):(\d{2}):(\d{2})$/ : stryMutAct_9fa48("172") ? /^(\d{4})-(\d{2})-(\D{2}) (\d{2}):(\d{2}):(\d{2})$/ : stryMutAct_9fa48("171") ? /^(\d{4})-(\d{2})-(\d) (\d{2}):(\d{2}):(\d{2})$/ : stryMutAct_9fa48("170") ? /^(\d{4})-(\D{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/ : stryMutAct_9fa48("169") ? /^(\d{4})-(\d)-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/ : stryMutAct_9fa48("168") ? /^(\D{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/ : stryMutAct_9fa48("167") ? /^(\d)-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/ : stryMutAct_9fa48("166") ? /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})/ : stryMutAct_9fa48("165") ? /(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/ : (stryCov_9fa48("165", "166", "167", "168", "169", "170", "171", "172", "173", "174", "175", "176", "177", "178"), /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/);
// Control characters would be stored silently and break the pipe layout on the way out again.
const CONTROL = stryMutAct_9fa48("179") ? /[^\u0000-\u001f\u007f]/ : (stryCov_9fa48("179"), /[\u0000-\u001f\u007f]/);
const RANGES: Readonly<Record<"int" | "smallint", [number, number]>> = stryMutAct_9fa48("180") ? {} : (stryCov_9fa48("180"), {
  int: stryMutAct_9fa48("181") ? [] : (stryCov_9fa48("181"), [stryMutAct_9fa48("182") ? +2147483648 : (stryCov_9fa48("182"), -2147483648), 2147483647]),
  smallint: stryMutAct_9fa48("183") ? [] : (stryCov_9fa48("183"), [stryMutAct_9fa48("184") ? +32768 : (stryCov_9fa48("184"), -32768), 32767])
});
function isCalendarDate(y: number, m: number, d: number): boolean {
  if (stryMutAct_9fa48("185")) {
    {}
  } else {
    stryCov_9fa48("185");
    const t = new Date(Date.UTC(y, stryMutAct_9fa48("186") ? m + 1 : (stryCov_9fa48("186"), m - 1), d));
    return stryMutAct_9fa48("189") ? y >= 1000 && t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 || t.getUTCDate() === d : stryMutAct_9fa48("188") ? false : stryMutAct_9fa48("187") ? true : (stryCov_9fa48("187", "188", "189"), (stryMutAct_9fa48("191") ? y >= 1000 && t.getUTCFullYear() === y || t.getUTCMonth() === m - 1 : stryMutAct_9fa48("190") ? true : (stryCov_9fa48("190", "191"), (stryMutAct_9fa48("193") ? y >= 1000 || t.getUTCFullYear() === y : stryMutAct_9fa48("192") ? true : (stryCov_9fa48("192", "193"), (stryMutAct_9fa48("196") ? y < 1000 : stryMutAct_9fa48("195") ? y > 1000 : stryMutAct_9fa48("194") ? true : (stryCov_9fa48("194", "195", "196"), y >= 1000)) && (stryMutAct_9fa48("198") ? t.getUTCFullYear() !== y : stryMutAct_9fa48("197") ? true : (stryCov_9fa48("197", "198"), t.getUTCFullYear() === y)))) && (stryMutAct_9fa48("200") ? t.getUTCMonth() !== m - 1 : stryMutAct_9fa48("199") ? true : (stryCov_9fa48("199", "200"), t.getUTCMonth() === (stryMutAct_9fa48("201") ? m + 1 : (stryCov_9fa48("201"), m - 1)))))) && (stryMutAct_9fa48("203") ? t.getUTCDate() !== d : stryMutAct_9fa48("202") ? true : (stryCov_9fa48("202", "203"), t.getUTCDate() === d)));
  }
}

/**
 * Turns one field of a data file into the value bound to its placeholder, or throws a message saying why
 * it does not fit the column. Checking here rather than relying on the server's strict mode gives the
 * file and line in the error, and the same behaviour on servers with a laxer sql_mode.
 */
export function parseField(column: ColumnSpec, raw: string): FieldValue {
  if (stryMutAct_9fa48("204")) {
    {}
  } else {
    stryCov_9fa48("204");
    if (stryMutAct_9fa48("207") ? raw !== "" : stryMutAct_9fa48("206") ? false : stryMutAct_9fa48("205") ? true : (stryCov_9fa48("205", "206", "207"), raw === (stryMutAct_9fa48("208") ? "Stryker was here!" : (stryCov_9fa48("208"), "")))) {
      if (stryMutAct_9fa48("209")) {
        {}
      } else {
        stryCov_9fa48("209");
        if (stryMutAct_9fa48("211") ? false : stryMutAct_9fa48("210") ? true : (stryCov_9fa48("210", "211"), column.nullable)) {
          if (stryMutAct_9fa48("212")) {
            {}
          } else {
            stryCov_9fa48("212");
            return null;
          }
        }
        throw new Error(stryMutAct_9fa48("213") ? `` : (stryCov_9fa48("213"), `column ${column.name} may not be empty`));
      }
    }
    const bad = stryMutAct_9fa48("214") ? () => undefined : (stryCov_9fa48("214"), (() => {
      const bad = (allowed: string): Error => new Error(stryMutAct_9fa48("215") ? `` : (stryCov_9fa48("215"), `column ${column.name} has ${JSON.stringify(stryMutAct_9fa48("216") ? raw : (stryCov_9fa48("216"), raw.slice(0, 40)))}: ${allowed}`));
      return bad;
    })());
    switch (column.kind) {
      case stryMutAct_9fa48("217") ? "" : (stryCov_9fa48("217"), "int"):
      case stryMutAct_9fa48("219") ? "" : (stryCov_9fa48("219"), "smallint"):
        if (stryMutAct_9fa48("218")) {} else {
          stryCov_9fa48("218");
          {
            if (stryMutAct_9fa48("220")) {
              {}
            } else {
              stryCov_9fa48("220");
              const [min, max] = RANGES[column.kind];
              const n = INTEGER.test(raw) ? Number(raw) : NaN;
              if (stryMutAct_9fa48("223") ? false : stryMutAct_9fa48("222") ? true : stryMutAct_9fa48("221") ? n >= min && n <= max : (stryCov_9fa48("221", "222", "223"), !(stryMutAct_9fa48("226") ? n >= min || n <= max : stryMutAct_9fa48("225") ? false : stryMutAct_9fa48("224") ? true : (stryCov_9fa48("224", "225", "226"), (stryMutAct_9fa48("229") ? n < min : stryMutAct_9fa48("228") ? n > min : stryMutAct_9fa48("227") ? true : (stryCov_9fa48("227", "228", "229"), n >= min)) && (stryMutAct_9fa48("232") ? n > max : stryMutAct_9fa48("231") ? n < max : stryMutAct_9fa48("230") ? true : (stryCov_9fa48("230", "231", "232"), n <= max)))))) {
                if (stryMutAct_9fa48("233")) {
                  {}
                } else {
                  stryCov_9fa48("233");
                  throw bad(stryMutAct_9fa48("234") ? `` : (stryCov_9fa48("234"), `expected a whole number from ${min} to ${max}`));
                }
              }
              return n;
            }
          }
        }
      case stryMutAct_9fa48("236") ? "" : (stryCov_9fa48("236"), "bool"):
        if (stryMutAct_9fa48("235")) {} else {
          stryCov_9fa48("235");
          if (stryMutAct_9fa48("239") ? raw !== "TRUE" : stryMutAct_9fa48("238") ? false : stryMutAct_9fa48("237") ? true : (stryCov_9fa48("237", "238", "239"), raw === (stryMutAct_9fa48("240") ? "" : (stryCov_9fa48("240"), "TRUE")))) return 1;
          if (stryMutAct_9fa48("243") ? raw !== "FALSE" : stryMutAct_9fa48("242") ? false : stryMutAct_9fa48("241") ? true : (stryCov_9fa48("241", "242", "243"), raw === (stryMutAct_9fa48("244") ? "" : (stryCov_9fa48("244"), "FALSE")))) return 0;
          throw bad(stryMutAct_9fa48("245") ? `` : (stryCov_9fa48("245"), `expected TRUE or FALSE${column.nullable ? stryMutAct_9fa48("246") ? "" : (stryCov_9fa48("246"), " or nothing") : stryMutAct_9fa48("247") ? "Stryker was here!" : (stryCov_9fa48("247"), "")}`));
        }
      case stryMutAct_9fa48("249") ? "" : (stryCov_9fa48("249"), "decimal"):
        if (stryMutAct_9fa48("248")) {} else {
          stryCov_9fa48("248");
          {
            if (stryMutAct_9fa48("250")) {
              {}
            } else {
              stryCov_9fa48("250");
              const scale = column.scale!;
              const whole = stryMutAct_9fa48("251") ? column.precision! + scale : (stryCov_9fa48("251"), column.precision! - scale);
              if (stryMutAct_9fa48("254") ? false : stryMutAct_9fa48("253") ? true : stryMutAct_9fa48("252") ? new RegExp(`^-?\\d{1,${whole}}(\\.\\d{1,${scale}})?$`).test(raw) : (stryCov_9fa48("252", "253", "254"), !new RegExp(stryMutAct_9fa48("255") ? `` : (stryCov_9fa48("255"), `^-?\\d{1,${whole}}(\\.\\d{1,${scale}})?$`)).test(raw))) {
                if (stryMutAct_9fa48("256")) {
                  {}
                } else {
                  stryCov_9fa48("256");
                  throw bad(stryMutAct_9fa48("257") ? `` : (stryCov_9fa48("257"), `expected a decimal number with at most ${whole} digits before and ${scale} after the point`));
                }
              }
              return raw;
            }
          }
        }
      case stryMutAct_9fa48("258") ? "" : (stryCov_9fa48("258"), "char"):
      case stryMutAct_9fa48("260") ? "" : (stryCov_9fa48("260"), "varchar"):
        if (stryMutAct_9fa48("259")) {} else {
          stryCov_9fa48("259");
          if (stryMutAct_9fa48("263") ? [...raw].length > column.length! && CONTROL.test(raw) : stryMutAct_9fa48("262") ? false : stryMutAct_9fa48("261") ? true : (stryCov_9fa48("261", "262", "263"), (stryMutAct_9fa48("266") ? [...raw].length <= column.length! : stryMutAct_9fa48("265") ? [...raw].length >= column.length! : stryMutAct_9fa48("264") ? false : (stryCov_9fa48("264", "265", "266"), (stryMutAct_9fa48("267") ? [] : (stryCov_9fa48("267"), [...raw])).length > column.length!)) || CONTROL.test(raw))) {
            if (stryMutAct_9fa48("268")) {
              {}
            } else {
              stryCov_9fa48("268");
              throw bad(stryMutAct_9fa48("269") ? `` : (stryCov_9fa48("269"), `expected at most ${column.length} characters and no control characters`));
            }
          }
          return raw;
        }
      case stryMutAct_9fa48("271") ? "" : (stryCov_9fa48("271"), "date"):
        if (stryMutAct_9fa48("270")) {} else {
          stryCov_9fa48("270");
          {
            if (stryMutAct_9fa48("272")) {
              {}
            } else {
              stryCov_9fa48("272");
              const m = DATE.exec(raw);
              if (stryMutAct_9fa48("275") ? !m && !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3])) : stryMutAct_9fa48("274") ? false : stryMutAct_9fa48("273") ? true : (stryCov_9fa48("273", "274", "275"), (stryMutAct_9fa48("276") ? m : (stryCov_9fa48("276"), !m)) || (stryMutAct_9fa48("277") ? isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3])) : (stryCov_9fa48("277"), !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3])))))) {
                if (stryMutAct_9fa48("278")) {
                  {}
                } else {
                  stryCov_9fa48("278");
                  throw bad(stryMutAct_9fa48("279") ? "" : (stryCov_9fa48("279"), "expected a date YYYY-MM-DD"));
                }
              }
              return raw;
            }
          }
        }
      case stryMutAct_9fa48("281") ? "" : (stryCov_9fa48("281"), "datetime"):
        if (stryMutAct_9fa48("280")) {} else {
          stryCov_9fa48("280");
          {
            if (stryMutAct_9fa48("282")) {
              {}
            } else {
              stryCov_9fa48("282");
              const m = DATETIME.exec(raw);
              if (stryMutAct_9fa48("285") ? (!m || !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3])) || Number(m[4]) > 23 || Number(m[5]) > 59) && Number(m[6]) > 59 : stryMutAct_9fa48("284") ? false : stryMutAct_9fa48("283") ? true : (stryCov_9fa48("283", "284", "285"), (stryMutAct_9fa48("287") ? (!m || !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3])) || Number(m[4]) > 23) && Number(m[5]) > 59 : stryMutAct_9fa48("286") ? false : (stryCov_9fa48("286", "287"), (stryMutAct_9fa48("289") ? (!m || !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) && Number(m[4]) > 23 : stryMutAct_9fa48("288") ? false : (stryCov_9fa48("288", "289"), (stryMutAct_9fa48("291") ? !m && !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3])) : stryMutAct_9fa48("290") ? false : (stryCov_9fa48("290", "291"), (stryMutAct_9fa48("292") ? m : (stryCov_9fa48("292"), !m)) || (stryMutAct_9fa48("293") ? isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3])) : (stryCov_9fa48("293"), !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3])))))) || (stryMutAct_9fa48("296") ? Number(m[4]) <= 23 : stryMutAct_9fa48("295") ? Number(m[4]) >= 23 : stryMutAct_9fa48("294") ? false : (stryCov_9fa48("294", "295", "296"), Number(m[4]) > 23)))) || (stryMutAct_9fa48("299") ? Number(m[5]) <= 59 : stryMutAct_9fa48("298") ? Number(m[5]) >= 59 : stryMutAct_9fa48("297") ? false : (stryCov_9fa48("297", "298", "299"), Number(m[5]) > 59)))) || (stryMutAct_9fa48("302") ? Number(m[6]) <= 59 : stryMutAct_9fa48("301") ? Number(m[6]) >= 59 : stryMutAct_9fa48("300") ? false : (stryCov_9fa48("300", "301", "302"), Number(m[6]) > 59)))) {
                if (stryMutAct_9fa48("303")) {
                  {}
                } else {
                  stryCov_9fa48("303");
                  throw bad(stryMutAct_9fa48("304") ? "" : (stryCov_9fa48("304"), "expected a date and time YYYY-MM-DD HH:MM:SS"));
                }
              }
              return raw;
            }
          }
        }
    }
  }
}

/** Splits one line of a data file and parses every field; throws a message without the file and line (the caller adds them). */
export function parseLine(spec: TableSpec, line: string): FieldValue[] {
  if (stryMutAct_9fa48("305")) {
    {}
  } else {
    stryCov_9fa48("305");
    const fields = line.split(stryMutAct_9fa48("306") ? "" : (stryCov_9fa48("306"), "|"));
    if (stryMutAct_9fa48("309") ? fields.length === spec.columns.length : stryMutAct_9fa48("308") ? false : stryMutAct_9fa48("307") ? true : (stryCov_9fa48("307", "308", "309"), fields.length !== spec.columns.length)) {
      if (stryMutAct_9fa48("310")) {
        {}
      } else {
        stryCov_9fa48("310");
        throw new Error(stryMutAct_9fa48("311") ? `` : (stryCov_9fa48("311"), `expected ${spec.columns.length} fields separated by '|', found ${fields.length}`));
      }
    }
    return spec.columns.map(stryMutAct_9fa48("312") ? () => undefined : (stryCov_9fa48("312"), (column, i) => parseField(column, fields[i])));
  }
}