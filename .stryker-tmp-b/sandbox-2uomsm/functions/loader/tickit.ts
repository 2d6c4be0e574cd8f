// @ts-nocheck
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
const int = stryMutAct_9fa48("618") ? () => undefined : (stryCov_9fa48("618"), (() => {
  const int = (name: string): ColumnSpec => stryMutAct_9fa48("619") ? {} : (stryCov_9fa48("619"), {
    name,
    kind: stryMutAct_9fa48("620") ? "" : (stryCov_9fa48("620"), "int")
  });
  return int;
})());
const smallint = stryMutAct_9fa48("621") ? () => undefined : (stryCov_9fa48("621"), (() => {
  const smallint = (name: string): ColumnSpec => stryMutAct_9fa48("622") ? {} : (stryCov_9fa48("622"), {
    name,
    kind: stryMutAct_9fa48("623") ? "" : (stryCov_9fa48("623"), "smallint")
  });
  return smallint;
})());
const char = stryMutAct_9fa48("624") ? () => undefined : (stryCov_9fa48("624"), (() => {
  const char = (name: string, length: number): ColumnSpec => stryMutAct_9fa48("625") ? {} : (stryCov_9fa48("625"), {
    name,
    kind: stryMutAct_9fa48("626") ? "" : (stryCov_9fa48("626"), "char"),
    length
  });
  return char;
})());
const varchar = stryMutAct_9fa48("627") ? () => undefined : (stryCov_9fa48("627"), (() => {
  const varchar = (name: string, length: number): ColumnSpec => stryMutAct_9fa48("628") ? {} : (stryCov_9fa48("628"), {
    name,
    kind: stryMutAct_9fa48("629") ? "" : (stryCov_9fa48("629"), "varchar"),
    length
  });
  return varchar;
})());
const money = stryMutAct_9fa48("630") ? () => undefined : (stryCov_9fa48("630"), (() => {
  const money = (name: string): ColumnSpec => stryMutAct_9fa48("631") ? {} : (stryCov_9fa48("631"), {
    name,
    kind: stryMutAct_9fa48("632") ? "" : (stryCov_9fa48("632"), "decimal"),
    precision: 8,
    scale: 2
  });
  return money;
})());
const datetime = stryMutAct_9fa48("633") ? () => undefined : (stryCov_9fa48("633"), (() => {
  const datetime = (name: string): ColumnSpec => stryMutAct_9fa48("634") ? {} : (stryCov_9fa48("634"), {
    name,
    kind: stryMutAct_9fa48("635") ? "" : (stryCov_9fa48("635"), "datetime")
  });
  return datetime;
})());
const likes = stryMutAct_9fa48("636") ? () => undefined : (stryCov_9fa48("636"), (() => {
  const likes = (name: string): ColumnSpec => stryMutAct_9fa48("637") ? {} : (stryCov_9fa48("637"), {
    name,
    kind: stryMutAct_9fa48("638") ? "" : (stryCov_9fa48("638"), "bool"),
    nullable: stryMutAct_9fa48("639") ? false : (stryCov_9fa48("639"), true)
  });
  return likes;
})());
function table(name: string, primaryKey: string, columns: ColumnSpec[]): TableSpec {
  if (stryMutAct_9fa48("640")) {
    {}
  } else {
    stryCov_9fa48("640");
    return Object.freeze(stryMutAct_9fa48("641") ? {} : (stryCov_9fa48("641"), {
      name,
      file: stryMutAct_9fa48("642") ? `` : (stryCov_9fa48("642"), `${name}.txt`),
      primaryKey,
      columns: Object.freeze(columns.map(stryMutAct_9fa48("643") ? () => undefined : (stryCov_9fa48("643"), c => Object.freeze(c))))
    }));
  }
}

/** In load order: dimensions before facts, so a half-finished run fails on the smaller tables first. */
export const TICKIT_TABLES: readonly TableSpec[] = Object.freeze(stryMutAct_9fa48("644") ? [] : (stryCov_9fa48("644"), [table(stryMutAct_9fa48("645") ? "" : (stryCov_9fa48("645"), "category"), stryMutAct_9fa48("646") ? "" : (stryCov_9fa48("646"), "catid"), stryMutAct_9fa48("647") ? [] : (stryCov_9fa48("647"), [smallint(stryMutAct_9fa48("648") ? "" : (stryCov_9fa48("648"), "catid")), varchar(stryMutAct_9fa48("649") ? "" : (stryCov_9fa48("649"), "catgroup"), 10), varchar(stryMutAct_9fa48("650") ? "" : (stryCov_9fa48("650"), "catname"), 10), varchar(stryMutAct_9fa48("651") ? "" : (stryCov_9fa48("651"), "catdesc"), 50)])), table(stryMutAct_9fa48("652") ? "" : (stryCov_9fa48("652"), "date"), stryMutAct_9fa48("653") ? "" : (stryCov_9fa48("653"), "dateid"), stryMutAct_9fa48("654") ? [] : (stryCov_9fa48("654"), [smallint(stryMutAct_9fa48("655") ? "" : (stryCov_9fa48("655"), "dateid")), stryMutAct_9fa48("656") ? {} : (stryCov_9fa48("656"), {
  name: stryMutAct_9fa48("657") ? "" : (stryCov_9fa48("657"), "caldate"),
  kind: stryMutAct_9fa48("658") ? "" : (stryCov_9fa48("658"), "date")
}), char(stryMutAct_9fa48("659") ? "" : (stryCov_9fa48("659"), "day"), 3), smallint(stryMutAct_9fa48("660") ? "" : (stryCov_9fa48("660"), "week")), char(stryMutAct_9fa48("661") ? "" : (stryCov_9fa48("661"), "month"), 5), char(stryMutAct_9fa48("662") ? "" : (stryCov_9fa48("662"), "qtr"), 5), smallint(stryMutAct_9fa48("663") ? "" : (stryCov_9fa48("663"), "year")), stryMutAct_9fa48("664") ? {} : (stryCov_9fa48("664"), {
  name: stryMutAct_9fa48("665") ? "" : (stryCov_9fa48("665"), "holiday"),
  kind: stryMutAct_9fa48("666") ? "" : (stryCov_9fa48("666"), "bool")
})])), table(stryMutAct_9fa48("667") ? "" : (stryCov_9fa48("667"), "venue"), stryMutAct_9fa48("668") ? "" : (stryCov_9fa48("668"), "venueid"), stryMutAct_9fa48("669") ? [] : (stryCov_9fa48("669"), [smallint(stryMutAct_9fa48("670") ? "" : (stryCov_9fa48("670"), "venueid")), varchar(stryMutAct_9fa48("671") ? "" : (stryCov_9fa48("671"), "venuename"), 100), varchar(stryMutAct_9fa48("672") ? "" : (stryCov_9fa48("672"), "venuecity"), 30), char(stryMutAct_9fa48("673") ? "" : (stryCov_9fa48("673"), "venuestate"), 2), stryMutAct_9fa48("674") ? {} : (stryCov_9fa48("674"), {
  name: stryMutAct_9fa48("675") ? "" : (stryCov_9fa48("675"), "venueseats"),
  kind: stryMutAct_9fa48("676") ? "" : (stryCov_9fa48("676"), "int"),
  nullable: stryMutAct_9fa48("677") ? false : (stryCov_9fa48("677"), true)
})])), table(stryMutAct_9fa48("678") ? "" : (stryCov_9fa48("678"), "users"), stryMutAct_9fa48("679") ? "" : (stryCov_9fa48("679"), "userid"), stryMutAct_9fa48("680") ? [] : (stryCov_9fa48("680"), [int(stryMutAct_9fa48("681") ? "" : (stryCov_9fa48("681"), "userid")), char(stryMutAct_9fa48("682") ? "" : (stryCov_9fa48("682"), "username"), 8), varchar(stryMutAct_9fa48("683") ? "" : (stryCov_9fa48("683"), "firstname"), 30), varchar(stryMutAct_9fa48("684") ? "" : (stryCov_9fa48("684"), "lastname"), 30), varchar(stryMutAct_9fa48("685") ? "" : (stryCov_9fa48("685"), "city"), 30), char(stryMutAct_9fa48("686") ? "" : (stryCov_9fa48("686"), "state"), 2), varchar(stryMutAct_9fa48("687") ? "" : (stryCov_9fa48("687"), "email"), 100), char(stryMutAct_9fa48("688") ? "" : (stryCov_9fa48("688"), "phone"), 14), likes(stryMutAct_9fa48("689") ? "" : (stryCov_9fa48("689"), "likesports")), likes(stryMutAct_9fa48("690") ? "" : (stryCov_9fa48("690"), "liketheatre")), likes(stryMutAct_9fa48("691") ? "" : (stryCov_9fa48("691"), "likeconcerts")), likes(stryMutAct_9fa48("692") ? "" : (stryCov_9fa48("692"), "likejazz")), likes(stryMutAct_9fa48("693") ? "" : (stryCov_9fa48("693"), "likeclassical")), likes(stryMutAct_9fa48("694") ? "" : (stryCov_9fa48("694"), "likeopera")), likes(stryMutAct_9fa48("695") ? "" : (stryCov_9fa48("695"), "likerock")), likes(stryMutAct_9fa48("696") ? "" : (stryCov_9fa48("696"), "likevegas")), likes(stryMutAct_9fa48("697") ? "" : (stryCov_9fa48("697"), "likebroadway")), likes(stryMutAct_9fa48("698") ? "" : (stryCov_9fa48("698"), "likemusicals"))])), table(stryMutAct_9fa48("699") ? "" : (stryCov_9fa48("699"), "event"), stryMutAct_9fa48("700") ? "" : (stryCov_9fa48("700"), "eventid"), stryMutAct_9fa48("701") ? [] : (stryCov_9fa48("701"), [int(stryMutAct_9fa48("702") ? "" : (stryCov_9fa48("702"), "eventid")), smallint(stryMutAct_9fa48("703") ? "" : (stryCov_9fa48("703"), "venueid")), smallint(stryMutAct_9fa48("704") ? "" : (stryCov_9fa48("704"), "catid")), smallint(stryMutAct_9fa48("705") ? "" : (stryCov_9fa48("705"), "dateid")), varchar(stryMutAct_9fa48("706") ? "" : (stryCov_9fa48("706"), "eventname"), 200), datetime(stryMutAct_9fa48("707") ? "" : (stryCov_9fa48("707"), "starttime"))])), table(stryMutAct_9fa48("708") ? "" : (stryCov_9fa48("708"), "listing"), stryMutAct_9fa48("709") ? "" : (stryCov_9fa48("709"), "listid"), stryMutAct_9fa48("710") ? [] : (stryCov_9fa48("710"), [int(stryMutAct_9fa48("711") ? "" : (stryCov_9fa48("711"), "listid")), int(stryMutAct_9fa48("712") ? "" : (stryCov_9fa48("712"), "sellerid")), int(stryMutAct_9fa48("713") ? "" : (stryCov_9fa48("713"), "eventid")), smallint(stryMutAct_9fa48("714") ? "" : (stryCov_9fa48("714"), "dateid")), smallint(stryMutAct_9fa48("715") ? "" : (stryCov_9fa48("715"), "numtickets")), money(stryMutAct_9fa48("716") ? "" : (stryCov_9fa48("716"), "priceperticket")), money(stryMutAct_9fa48("717") ? "" : (stryCov_9fa48("717"), "totalprice")), datetime(stryMutAct_9fa48("718") ? "" : (stryCov_9fa48("718"), "listtime"))])), table(stryMutAct_9fa48("719") ? "" : (stryCov_9fa48("719"), "sales"), stryMutAct_9fa48("720") ? "" : (stryCov_9fa48("720"), "salesid"), stryMutAct_9fa48("721") ? [] : (stryCov_9fa48("721"), [int(stryMutAct_9fa48("722") ? "" : (stryCov_9fa48("722"), "salesid")), int(stryMutAct_9fa48("723") ? "" : (stryCov_9fa48("723"), "listid")), int(stryMutAct_9fa48("724") ? "" : (stryCov_9fa48("724"), "sellerid")), int(stryMutAct_9fa48("725") ? "" : (stryCov_9fa48("725"), "buyerid")), int(stryMutAct_9fa48("726") ? "" : (stryCov_9fa48("726"), "eventid")), smallint(stryMutAct_9fa48("727") ? "" : (stryCov_9fa48("727"), "dateid")), smallint(stryMutAct_9fa48("728") ? "" : (stryCov_9fa48("728"), "qtysold")), money(stryMutAct_9fa48("729") ? "" : (stryCov_9fa48("729"), "pricepaid")), money(stryMutAct_9fa48("730") ? "" : (stryCov_9fa48("730"), "commission")), datetime(stryMutAct_9fa48("731") ? "" : (stryCov_9fa48("731"), "saletime"))]))]));

/** The marker the schema puts on every table it creates (TABLE_COMMENT); see sql/mysql/schema.sql. */
export const SAMPLE_TABLE_COMMENT = stryMutAct_9fa48("732") ? "" : (stryCov_9fa48("732"), "aurora-analytics TICKIT sample");

/** information_schema.COLUMNS.DATA_TYPE of each kind, the same on MySQL 8 and MariaDB. */
export const DATA_TYPE_OF_KIND: Readonly<Record<ColumnKind, string>> = Object.freeze(stryMutAct_9fa48("733") ? {} : (stryCov_9fa48("733"), {
  int: stryMutAct_9fa48("734") ? "" : (stryCov_9fa48("734"), "int"),
  smallint: stryMutAct_9fa48("735") ? "" : (stryCov_9fa48("735"), "smallint"),
  bool: stryMutAct_9fa48("736") ? "" : (stryCov_9fa48("736"), "tinyint"),
  decimal: stryMutAct_9fa48("737") ? "" : (stryCov_9fa48("737"), "decimal"),
  char: stryMutAct_9fa48("738") ? "" : (stryCov_9fa48("738"), "char"),
  varchar: stryMutAct_9fa48("739") ? "" : (stryCov_9fa48("739"), "varchar"),
  date: stryMutAct_9fa48("740") ? "" : (stryCov_9fa48("740"), "date"),
  datetime: stryMutAct_9fa48("741") ? "" : (stryCov_9fa48("741"), "datetime")
}));
export function tableSpec(name: string): TableSpec {
  if (stryMutAct_9fa48("742")) {
    {}
  } else {
    stryCov_9fa48("742");
    const spec = TICKIT_TABLES.find(stryMutAct_9fa48("743") ? () => undefined : (stryCov_9fa48("743"), t => stryMutAct_9fa48("746") ? t.name !== name : stryMutAct_9fa48("745") ? false : stryMutAct_9fa48("744") ? true : (stryCov_9fa48("744", "745", "746"), t.name === name)));
    if (stryMutAct_9fa48("749") ? spec !== undefined : stryMutAct_9fa48("748") ? false : stryMutAct_9fa48("747") ? true : (stryCov_9fa48("747", "748", "749"), spec === undefined)) {
      if (stryMutAct_9fa48("750")) {
        {}
      } else {
        stryCov_9fa48("750");
        throw new Error(stryMutAct_9fa48("751") ? `` : (stryCov_9fa48("751"), `unknown TICKIT table ${JSON.stringify(name)}: allowed are ${TICKIT_TABLES.map(stryMutAct_9fa48("752") ? () => undefined : (stryCov_9fa48("752"), t => t.name)).join(stryMutAct_9fa48("753") ? "" : (stryCov_9fa48("753"), ", "))}`));
      }
    }
    return spec;
  }
}
export type FieldValue = number | string | null;
const INTEGER = stryMutAct_9fa48("758") ? /^-?\D{1,11}$/ : stryMutAct_9fa48("757") ? /^-?\d$/ : stryMutAct_9fa48("756") ? /^-\d{1,11}$/ : stryMutAct_9fa48("755") ? /^-?\d{1,11}/ : stryMutAct_9fa48("754") ? /-?\d{1,11}$/ : (stryCov_9fa48("754", "755", "756", "757", "758"), /^-?\d{1,11}$/);
const DATE = stryMutAct_9fa48("766") ? /^(\d{4})-(\d{2})-(\D{2})$/ : stryMutAct_9fa48("765") ? /^(\d{4})-(\d{2})-(\d)$/ : stryMutAct_9fa48("764") ? /^(\d{4})-(\D{2})-(\d{2})$/ : stryMutAct_9fa48("763") ? /^(\d{4})-(\d)-(\d{2})$/ : stryMutAct_9fa48("762") ? /^(\D{4})-(\d{2})-(\d{2})$/ : stryMutAct_9fa48("761") ? /^(\d)-(\d{2})-(\d{2})$/ : stryMutAct_9fa48("760") ? /^(\d{4})-(\d{2})-(\d{2})/ : stryMutAct_9fa48("759") ? /(\d{4})-(\d{2})-(\d{2})$/ : (stryCov_9fa48("759", "760", "761", "762", "763", "764", "765", "766"), /^(\d{4})-(\d{2})-(\d{2})$/);
const DATETIME = stryMutAct_9fa48("780") ? /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\D{2})$/ : stryMutAct_9fa48("779") ? /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d)$/ : stryMutAct_9fa48("778") ? /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\D{2}):(\d{2})$/ : stryMutAct_9fa48("777") ? /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d):(\d{2})$/ : stryMutAct_9fa48("776") ? /^(\d{4})-(\d{2})-(\d{2}) (\D{2}):(\d{2}):(\d{2})$/ : stryMutAct_9fa48("775") ? /^(\d{4})-(\d{2})-(\d{2}) (\d):(\d{2}):(\d{2})$/ : stryMutAct_9fa48("774") ? /^(\d{4})-(\d{2})-(\D{2}) (\d{2}):(\d{2}):(\d{2})$/ : stryMutAct_9fa48("773") ? /^(\d{4})-(\d{2})-(\d) (\d{2}):(\d{2}):(\d{2})$/ : stryMutAct_9fa48("772") ? /^(\d{4})-(\D{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/ : stryMutAct_9fa48("771") ? /^(\d{4})-(\d)-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/ : stryMutAct_9fa48("770") ? /^(\D{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/ : stryMutAct_9fa48("769") ? /^(\d)-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/ : stryMutAct_9fa48("768") ? /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})/ : stryMutAct_9fa48("767") ? /(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/ : (stryCov_9fa48("767", "768", "769", "770", "771", "772", "773", "774", "775", "776", "777", "778", "779", "780"), /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/);
// Control characters would be stored silently and break the pipe layout on the way out again.
const CONTROL = stryMutAct_9fa48("781") ? /[^\u0000-\u001f\u007f]/ : (stryCov_9fa48("781"), /[\u0000-\u001f\u007f]/);
const RANGES: Readonly<Record<"int" | "smallint", [number, number]>> = stryMutAct_9fa48("782") ? {} : (stryCov_9fa48("782"), {
  int: stryMutAct_9fa48("783") ? [] : (stryCov_9fa48("783"), [stryMutAct_9fa48("784") ? +2147483648 : (stryCov_9fa48("784"), -2147483648), 2147483647]),
  smallint: stryMutAct_9fa48("785") ? [] : (stryCov_9fa48("785"), [stryMutAct_9fa48("786") ? +32768 : (stryCov_9fa48("786"), -32768), 32767])
});
function isCalendarDate(y: number, m: number, d: number): boolean {
  if (stryMutAct_9fa48("787")) {
    {}
  } else {
    stryCov_9fa48("787");
    const t = new Date(Date.UTC(y, stryMutAct_9fa48("788") ? m + 1 : (stryCov_9fa48("788"), m - 1), d));
    return stryMutAct_9fa48("791") ? y >= 1000 && t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 || t.getUTCDate() === d : stryMutAct_9fa48("790") ? false : stryMutAct_9fa48("789") ? true : (stryCov_9fa48("789", "790", "791"), (stryMutAct_9fa48("793") ? y >= 1000 && t.getUTCFullYear() === y || t.getUTCMonth() === m - 1 : stryMutAct_9fa48("792") ? true : (stryCov_9fa48("792", "793"), (stryMutAct_9fa48("795") ? y >= 1000 || t.getUTCFullYear() === y : stryMutAct_9fa48("794") ? true : (stryCov_9fa48("794", "795"), (stryMutAct_9fa48("798") ? y < 1000 : stryMutAct_9fa48("797") ? y > 1000 : stryMutAct_9fa48("796") ? true : (stryCov_9fa48("796", "797", "798"), y >= 1000)) && (stryMutAct_9fa48("800") ? t.getUTCFullYear() !== y : stryMutAct_9fa48("799") ? true : (stryCov_9fa48("799", "800"), t.getUTCFullYear() === y)))) && (stryMutAct_9fa48("802") ? t.getUTCMonth() !== m - 1 : stryMutAct_9fa48("801") ? true : (stryCov_9fa48("801", "802"), t.getUTCMonth() === (stryMutAct_9fa48("803") ? m + 1 : (stryCov_9fa48("803"), m - 1)))))) && (stryMutAct_9fa48("805") ? t.getUTCDate() !== d : stryMutAct_9fa48("804") ? true : (stryCov_9fa48("804", "805"), t.getUTCDate() === d)));
  }
}

/**
 * Turns one field of a data file into the value bound to its placeholder, or throws a message saying why
 * it does not fit the column. Checking here rather than relying on the server's strict mode gives the
 * file and line in the error, and the same behaviour on servers with a laxer sql_mode.
 */
export function parseField(column: ColumnSpec, raw: string): FieldValue {
  if (stryMutAct_9fa48("806")) {
    {}
  } else {
    stryCov_9fa48("806");
    if (stryMutAct_9fa48("809") ? raw !== "" : stryMutAct_9fa48("808") ? false : stryMutAct_9fa48("807") ? true : (stryCov_9fa48("807", "808", "809"), raw === (stryMutAct_9fa48("810") ? "Stryker was here!" : (stryCov_9fa48("810"), "")))) {
      if (stryMutAct_9fa48("811")) {
        {}
      } else {
        stryCov_9fa48("811");
        if (stryMutAct_9fa48("813") ? false : stryMutAct_9fa48("812") ? true : (stryCov_9fa48("812", "813"), column.nullable)) {
          if (stryMutAct_9fa48("814")) {
            {}
          } else {
            stryCov_9fa48("814");
            return null;
          }
        }
        throw new Error(stryMutAct_9fa48("815") ? `` : (stryCov_9fa48("815"), `column ${column.name} may not be empty`));
      }
    }
    const bad = stryMutAct_9fa48("816") ? () => undefined : (stryCov_9fa48("816"), (() => {
      const bad = (allowed: string): Error => new Error(stryMutAct_9fa48("817") ? `` : (stryCov_9fa48("817"), `column ${column.name} has ${JSON.stringify(stryMutAct_9fa48("818") ? raw : (stryCov_9fa48("818"), raw.slice(0, 40)))}: ${allowed}`));
      return bad;
    })());
    switch (column.kind) {
      case stryMutAct_9fa48("819") ? "" : (stryCov_9fa48("819"), "int"):
      case stryMutAct_9fa48("821") ? "" : (stryCov_9fa48("821"), "smallint"):
        if (stryMutAct_9fa48("820")) {} else {
          stryCov_9fa48("820");
          {
            if (stryMutAct_9fa48("822")) {
              {}
            } else {
              stryCov_9fa48("822");
              const [min, max] = RANGES[column.kind];
              const n = INTEGER.test(raw) ? Number(raw) : NaN;
              if (stryMutAct_9fa48("825") ? false : stryMutAct_9fa48("824") ? true : stryMutAct_9fa48("823") ? n >= min && n <= max : (stryCov_9fa48("823", "824", "825"), !(stryMutAct_9fa48("828") ? n >= min || n <= max : stryMutAct_9fa48("827") ? false : stryMutAct_9fa48("826") ? true : (stryCov_9fa48("826", "827", "828"), (stryMutAct_9fa48("831") ? n < min : stryMutAct_9fa48("830") ? n > min : stryMutAct_9fa48("829") ? true : (stryCov_9fa48("829", "830", "831"), n >= min)) && (stryMutAct_9fa48("834") ? n > max : stryMutAct_9fa48("833") ? n < max : stryMutAct_9fa48("832") ? true : (stryCov_9fa48("832", "833", "834"), n <= max)))))) {
                if (stryMutAct_9fa48("835")) {
                  {}
                } else {
                  stryCov_9fa48("835");
                  throw bad(stryMutAct_9fa48("836") ? `` : (stryCov_9fa48("836"), `expected a whole number from ${min} to ${max}`));
                }
              }
              return n;
            }
          }
        }
      case stryMutAct_9fa48("838") ? "" : (stryCov_9fa48("838"), "bool"):
        if (stryMutAct_9fa48("837")) {} else {
          stryCov_9fa48("837");
          if (stryMutAct_9fa48("841") ? raw !== "TRUE" : stryMutAct_9fa48("840") ? false : stryMutAct_9fa48("839") ? true : (stryCov_9fa48("839", "840", "841"), raw === (stryMutAct_9fa48("842") ? "" : (stryCov_9fa48("842"), "TRUE")))) return 1;
          if (stryMutAct_9fa48("845") ? raw !== "FALSE" : stryMutAct_9fa48("844") ? false : stryMutAct_9fa48("843") ? true : (stryCov_9fa48("843", "844", "845"), raw === (stryMutAct_9fa48("846") ? "" : (stryCov_9fa48("846"), "FALSE")))) return 0;
          throw bad(stryMutAct_9fa48("847") ? `` : (stryCov_9fa48("847"), `expected TRUE or FALSE${column.nullable ? stryMutAct_9fa48("848") ? "" : (stryCov_9fa48("848"), " or nothing") : stryMutAct_9fa48("849") ? "Stryker was here!" : (stryCov_9fa48("849"), "")}`));
        }
      case stryMutAct_9fa48("851") ? "" : (stryCov_9fa48("851"), "decimal"):
        if (stryMutAct_9fa48("850")) {} else {
          stryCov_9fa48("850");
          {
            if (stryMutAct_9fa48("852")) {
              {}
            } else {
              stryCov_9fa48("852");
              const scale = column.scale!;
              const whole = stryMutAct_9fa48("853") ? column.precision! + scale : (stryCov_9fa48("853"), column.precision! - scale);
              if (stryMutAct_9fa48("856") ? false : stryMutAct_9fa48("855") ? true : stryMutAct_9fa48("854") ? new RegExp(`^-?\\d{1,${whole}}(\\.\\d{1,${scale}})?$`).test(raw) : (stryCov_9fa48("854", "855", "856"), !new RegExp(stryMutAct_9fa48("857") ? `` : (stryCov_9fa48("857"), `^-?\\d{1,${whole}}(\\.\\d{1,${scale}})?$`)).test(raw))) {
                if (stryMutAct_9fa48("858")) {
                  {}
                } else {
                  stryCov_9fa48("858");
                  throw bad(stryMutAct_9fa48("859") ? `` : (stryCov_9fa48("859"), `expected a decimal number with at most ${whole} digits before and ${scale} after the point`));
                }
              }
              return raw;
            }
          }
        }
      case stryMutAct_9fa48("860") ? "" : (stryCov_9fa48("860"), "char"):
      case stryMutAct_9fa48("862") ? "" : (stryCov_9fa48("862"), "varchar"):
        if (stryMutAct_9fa48("861")) {} else {
          stryCov_9fa48("861");
          if (stryMutAct_9fa48("865") ? [...raw].length > column.length! && CONTROL.test(raw) : stryMutAct_9fa48("864") ? false : stryMutAct_9fa48("863") ? true : (stryCov_9fa48("863", "864", "865"), (stryMutAct_9fa48("868") ? [...raw].length <= column.length! : stryMutAct_9fa48("867") ? [...raw].length >= column.length! : stryMutAct_9fa48("866") ? false : (stryCov_9fa48("866", "867", "868"), (stryMutAct_9fa48("869") ? [] : (stryCov_9fa48("869"), [...raw])).length > column.length!)) || CONTROL.test(raw))) {
            if (stryMutAct_9fa48("870")) {
              {}
            } else {
              stryCov_9fa48("870");
              throw bad(stryMutAct_9fa48("871") ? `` : (stryCov_9fa48("871"), `expected at most ${column.length} characters and no control characters`));
            }
          }
          return raw;
        }
      case stryMutAct_9fa48("873") ? "" : (stryCov_9fa48("873"), "date"):
        if (stryMutAct_9fa48("872")) {} else {
          stryCov_9fa48("872");
          {
            if (stryMutAct_9fa48("874")) {
              {}
            } else {
              stryCov_9fa48("874");
              const m = DATE.exec(raw);
              if (stryMutAct_9fa48("877") ? !m && !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3])) : stryMutAct_9fa48("876") ? false : stryMutAct_9fa48("875") ? true : (stryCov_9fa48("875", "876", "877"), (stryMutAct_9fa48("878") ? m : (stryCov_9fa48("878"), !m)) || (stryMutAct_9fa48("879") ? isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3])) : (stryCov_9fa48("879"), !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3])))))) {
                if (stryMutAct_9fa48("880")) {
                  {}
                } else {
                  stryCov_9fa48("880");
                  throw bad(stryMutAct_9fa48("881") ? "" : (stryCov_9fa48("881"), "expected a date YYYY-MM-DD"));
                }
              }
              return raw;
            }
          }
        }
      case stryMutAct_9fa48("883") ? "" : (stryCov_9fa48("883"), "datetime"):
        if (stryMutAct_9fa48("882")) {} else {
          stryCov_9fa48("882");
          {
            if (stryMutAct_9fa48("884")) {
              {}
            } else {
              stryCov_9fa48("884");
              const m = DATETIME.exec(raw);
              if (stryMutAct_9fa48("887") ? (!m || !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3])) || Number(m[4]) > 23 || Number(m[5]) > 59) && Number(m[6]) > 59 : stryMutAct_9fa48("886") ? false : stryMutAct_9fa48("885") ? true : (stryCov_9fa48("885", "886", "887"), (stryMutAct_9fa48("889") ? (!m || !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3])) || Number(m[4]) > 23) && Number(m[5]) > 59 : stryMutAct_9fa48("888") ? false : (stryCov_9fa48("888", "889"), (stryMutAct_9fa48("891") ? (!m || !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) && Number(m[4]) > 23 : stryMutAct_9fa48("890") ? false : (stryCov_9fa48("890", "891"), (stryMutAct_9fa48("893") ? !m && !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3])) : stryMutAct_9fa48("892") ? false : (stryCov_9fa48("892", "893"), (stryMutAct_9fa48("894") ? m : (stryCov_9fa48("894"), !m)) || (stryMutAct_9fa48("895") ? isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3])) : (stryCov_9fa48("895"), !isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3])))))) || (stryMutAct_9fa48("898") ? Number(m[4]) <= 23 : stryMutAct_9fa48("897") ? Number(m[4]) >= 23 : stryMutAct_9fa48("896") ? false : (stryCov_9fa48("896", "897", "898"), Number(m[4]) > 23)))) || (stryMutAct_9fa48("901") ? Number(m[5]) <= 59 : stryMutAct_9fa48("900") ? Number(m[5]) >= 59 : stryMutAct_9fa48("899") ? false : (stryCov_9fa48("899", "900", "901"), Number(m[5]) > 59)))) || (stryMutAct_9fa48("904") ? Number(m[6]) <= 59 : stryMutAct_9fa48("903") ? Number(m[6]) >= 59 : stryMutAct_9fa48("902") ? false : (stryCov_9fa48("902", "903", "904"), Number(m[6]) > 59)))) {
                if (stryMutAct_9fa48("905")) {
                  {}
                } else {
                  stryCov_9fa48("905");
                  throw bad(stryMutAct_9fa48("906") ? "" : (stryCov_9fa48("906"), "expected a date and time YYYY-MM-DD HH:MM:SS"));
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
  if (stryMutAct_9fa48("907")) {
    {}
  } else {
    stryCov_9fa48("907");
    const fields = line.split(stryMutAct_9fa48("908") ? "" : (stryCov_9fa48("908"), "|"));
    if (stryMutAct_9fa48("911") ? fields.length === spec.columns.length : stryMutAct_9fa48("910") ? false : stryMutAct_9fa48("909") ? true : (stryCov_9fa48("909", "910", "911"), fields.length !== spec.columns.length)) {
      if (stryMutAct_9fa48("912")) {
        {}
      } else {
        stryCov_9fa48("912");
        throw new Error(stryMutAct_9fa48("913") ? `` : (stryCov_9fa48("913"), `expected ${spec.columns.length} fields separated by '|', found ${fields.length}`));
      }
    }
    return spec.columns.map(stryMutAct_9fa48("914") ? () => undefined : (stryCov_9fa48("914"), (column, i) => parseField(column, fields[i])));
  }
}