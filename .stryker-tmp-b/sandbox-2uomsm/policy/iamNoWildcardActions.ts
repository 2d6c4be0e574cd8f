// @ts-nocheck
// Policy iam-no-wildcard-actions: no IAM policy statement allows every action, or every action of a service.
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
import { ResourceValidationArgs, ResourceValidationPolicy, ReportViolation } from "@pulumi/policy";
import { isUnknown, plain } from "./lib/values";
export const NAME = stryMutAct_9fa48("1899") ? "" : (stryCov_9fa48("1899"), "iam-no-wildcard-actions");

/** Resource types that carry IAM policy documents, and where. */
export const DOCUMENT_PROPS: Readonly<Record<string, readonly string[]>> = stryMutAct_9fa48("1900") ? {} : (stryCov_9fa48("1900"), {
  "aws:iam/policy:Policy": stryMutAct_9fa48("1901") ? [] : (stryCov_9fa48("1901"), [stryMutAct_9fa48("1902") ? "" : (stryCov_9fa48("1902"), "policy")]),
  "aws:iam/rolePolicy:RolePolicy": stryMutAct_9fa48("1903") ? [] : (stryCov_9fa48("1903"), [stryMutAct_9fa48("1904") ? "" : (stryCov_9fa48("1904"), "policy")]),
  "aws:iam/userPolicy:UserPolicy": stryMutAct_9fa48("1905") ? [] : (stryCov_9fa48("1905"), [stryMutAct_9fa48("1906") ? "" : (stryCov_9fa48("1906"), "policy")]),
  "aws:iam/groupPolicy:GroupPolicy": stryMutAct_9fa48("1907") ? [] : (stryCov_9fa48("1907"), [stryMutAct_9fa48("1908") ? "" : (stryCov_9fa48("1908"), "policy")]),
  "aws:iam/role:Role": stryMutAct_9fa48("1909") ? [] : (stryCov_9fa48("1909"), [stryMutAct_9fa48("1910") ? "" : (stryCov_9fa48("1910"), "assumeRolePolicy"), stryMutAct_9fa48("1911") ? "" : (stryCov_9fa48("1911"), "inlinePolicies[].policy")])
});
const WILDCARD = stryMutAct_9fa48("1915") ? /^(\*|[^A-Za-z0-9-]+:\*)$/ : stryMutAct_9fa48("1914") ? /^(\*|[A-Za-z0-9-]:\*)$/ : stryMutAct_9fa48("1913") ? /^(\*|[A-Za-z0-9-]+:\*)/ : stryMutAct_9fa48("1912") ? /(\*|[A-Za-z0-9-]+:\*)$/ : (stryCov_9fa48("1912", "1913", "1914", "1915"), /^(\*|[A-Za-z0-9-]+:\*)$/);

/** Parsed policy document, or undefined when it is unknown at preview or not JSON. */
function documentOf(value: unknown): any {
  if (stryMutAct_9fa48("1916")) {
    {}
  } else {
    stryCov_9fa48("1916");
    if (stryMutAct_9fa48("1919") ? (value === undefined || value === null) && isUnknown(value) : stryMutAct_9fa48("1918") ? false : stryMutAct_9fa48("1917") ? true : (stryCov_9fa48("1917", "1918", "1919"), (stryMutAct_9fa48("1921") ? value === undefined && value === null : stryMutAct_9fa48("1920") ? false : (stryCov_9fa48("1920", "1921"), (stryMutAct_9fa48("1923") ? value !== undefined : stryMutAct_9fa48("1922") ? false : (stryCov_9fa48("1922", "1923"), value === undefined)) || (stryMutAct_9fa48("1925") ? value !== null : stryMutAct_9fa48("1924") ? false : (stryCov_9fa48("1924", "1925"), value === null)))) || isUnknown(value))) {
      if (stryMutAct_9fa48("1926")) {
        {}
      } else {
        stryCov_9fa48("1926");
        return undefined;
      }
    }
    if (stryMutAct_9fa48("1929") ? typeof value !== "string" : stryMutAct_9fa48("1928") ? false : stryMutAct_9fa48("1927") ? true : (stryCov_9fa48("1927", "1928", "1929"), typeof value === (stryMutAct_9fa48("1930") ? "" : (stryCov_9fa48("1930"), "string")))) {
      if (stryMutAct_9fa48("1931")) {
        {}
      } else {
        stryCov_9fa48("1931");
        try {
          if (stryMutAct_9fa48("1932")) {
            {}
          } else {
            stryCov_9fa48("1932");
            return JSON.parse(value);
          }
        } catch {
          if (stryMutAct_9fa48("1933")) {
            {}
          } else {
            stryCov_9fa48("1933");
            return undefined;
          }
        }
      }
    }
    return value;
  }
}

/** One phrase per Allow statement that grants a wildcard action. */
export function wildcardGrants(document: unknown): string[] {
  if (stryMutAct_9fa48("1934")) {
    {}
  } else {
    stryCov_9fa48("1934");
    const doc = documentOf(document);
    if (stryMutAct_9fa48("1937") ? !doc && typeof doc !== "object" : stryMutAct_9fa48("1936") ? false : stryMutAct_9fa48("1935") ? true : (stryCov_9fa48("1935", "1936", "1937"), (stryMutAct_9fa48("1938") ? doc : (stryCov_9fa48("1938"), !doc)) || (stryMutAct_9fa48("1940") ? typeof doc === "object" : stryMutAct_9fa48("1939") ? false : (stryCov_9fa48("1939", "1940"), typeof doc !== (stryMutAct_9fa48("1941") ? "" : (stryCov_9fa48("1941"), "object")))))) {
      if (stryMutAct_9fa48("1942")) {
        {}
      } else {
        stryCov_9fa48("1942");
        return stryMutAct_9fa48("1943") ? ["Stryker was here"] : (stryCov_9fa48("1943"), []);
      }
    }
    const statements = Array.isArray(doc.Statement) ? doc.Statement : doc.Statement ? stryMutAct_9fa48("1944") ? [] : (stryCov_9fa48("1944"), [doc.Statement]) : stryMutAct_9fa48("1945") ? ["Stryker was here"] : (stryCov_9fa48("1945"), []);
    const found: string[] = stryMutAct_9fa48("1946") ? ["Stryker was here"] : (stryCov_9fa48("1946"), []);
    statements.forEach((s: any, i: number) => {
      if (stryMutAct_9fa48("1947")) {
        {}
      } else {
        stryCov_9fa48("1947");
        if (stryMutAct_9fa48("1950") ? !s && s.Effect !== "Allow" : stryMutAct_9fa48("1949") ? false : stryMutAct_9fa48("1948") ? true : (stryCov_9fa48("1948", "1949", "1950"), (stryMutAct_9fa48("1951") ? s : (stryCov_9fa48("1951"), !s)) || (stryMutAct_9fa48("1953") ? s.Effect === "Allow" : stryMutAct_9fa48("1952") ? false : (stryCov_9fa48("1952", "1953"), s.Effect !== (stryMutAct_9fa48("1954") ? "" : (stryCov_9fa48("1954"), "Allow")))))) {
          if (stryMutAct_9fa48("1955")) {
            {}
          } else {
            stryCov_9fa48("1955");
            return;
          }
        }
        const label = (stryMutAct_9fa48("1958") ? typeof s.Sid === "string" || s.Sid !== "" : stryMutAct_9fa48("1957") ? false : stryMutAct_9fa48("1956") ? true : (stryCov_9fa48("1956", "1957", "1958"), (stryMutAct_9fa48("1960") ? typeof s.Sid !== "string" : stryMutAct_9fa48("1959") ? true : (stryCov_9fa48("1959", "1960"), typeof s.Sid === (stryMutAct_9fa48("1961") ? "" : (stryCov_9fa48("1961"), "string")))) && (stryMutAct_9fa48("1963") ? s.Sid === "" : stryMutAct_9fa48("1962") ? true : (stryCov_9fa48("1962", "1963"), s.Sid !== (stryMutAct_9fa48("1964") ? "Stryker was here!" : (stryCov_9fa48("1964"), "")))))) ? stryMutAct_9fa48("1965") ? `` : (stryCov_9fa48("1965"), `statement ${s.Sid}`) : stryMutAct_9fa48("1966") ? `` : (stryCov_9fa48("1966"), `statement ${i}`);
        const actions: unknown[] = Array.isArray(s.Action) ? s.Action : (stryMutAct_9fa48("1969") ? s.Action === undefined : stryMutAct_9fa48("1968") ? false : stryMutAct_9fa48("1967") ? true : (stryCov_9fa48("1967", "1968", "1969"), s.Action !== undefined)) ? stryMutAct_9fa48("1970") ? [] : (stryCov_9fa48("1970"), [s.Action]) : stryMutAct_9fa48("1971") ? ["Stryker was here"] : (stryCov_9fa48("1971"), []);
        const wild = stryMutAct_9fa48("1972") ? actions : (stryCov_9fa48("1972"), actions.filter(stryMutAct_9fa48("1973") ? () => undefined : (stryCov_9fa48("1973"), a => stryMutAct_9fa48("1976") ? typeof a === "string" && !isUnknown(a) || WILDCARD.test(a) : stryMutAct_9fa48("1975") ? false : stryMutAct_9fa48("1974") ? true : (stryCov_9fa48("1974", "1975", "1976"), (stryMutAct_9fa48("1978") ? typeof a === "string" || !isUnknown(a) : stryMutAct_9fa48("1977") ? true : (stryCov_9fa48("1977", "1978"), (stryMutAct_9fa48("1980") ? typeof a !== "string" : stryMutAct_9fa48("1979") ? true : (stryCov_9fa48("1979", "1980"), typeof a === (stryMutAct_9fa48("1981") ? "" : (stryCov_9fa48("1981"), "string")))) && (stryMutAct_9fa48("1982") ? isUnknown(a) : (stryCov_9fa48("1982"), !isUnknown(a))))) && WILDCARD.test(a)))));
        if (stryMutAct_9fa48("1986") ? wild.length <= 0 : stryMutAct_9fa48("1985") ? wild.length >= 0 : stryMutAct_9fa48("1984") ? false : stryMutAct_9fa48("1983") ? true : (stryCov_9fa48("1983", "1984", "1985", "1986"), wild.length > 0)) {
          if (stryMutAct_9fa48("1987")) {
            {}
          } else {
            stryCov_9fa48("1987");
            found.push(stryMutAct_9fa48("1988") ? `` : (stryCov_9fa48("1988"), `${label} allows ${wild.map(stryMutAct_9fa48("1989") ? () => undefined : (stryCov_9fa48("1989"), a => JSON.stringify(a))).join(stryMutAct_9fa48("1990") ? "" : (stryCov_9fa48("1990"), ", "))}`));
          }
        }
        if (stryMutAct_9fa48("1993") ? s.NotAction === undefined : stryMutAct_9fa48("1992") ? false : stryMutAct_9fa48("1991") ? true : (stryCov_9fa48("1991", "1992", "1993"), s.NotAction !== undefined)) {
          if (stryMutAct_9fa48("1994")) {
            {}
          } else {
            stryCov_9fa48("1994");
            found.push(stryMutAct_9fa48("1995") ? `` : (stryCov_9fa48("1995"), `${label} allows every action except NotAction`));
          }
        }
      }
    });
    return found;
  }
}
function documentsAt(props: Record<string, any>, path: string): unknown[] {
  if (stryMutAct_9fa48("1996")) {
    {}
  } else {
    stryCov_9fa48("1996");
    if (stryMutAct_9fa48("1999") ? path.startsWith("[].policy") : stryMutAct_9fa48("1998") ? false : stryMutAct_9fa48("1997") ? true : (stryCov_9fa48("1997", "1998", "1999"), path.endsWith(stryMutAct_9fa48("2000") ? "" : (stryCov_9fa48("2000"), "[].policy")))) {
      if (stryMutAct_9fa48("2001")) {
        {}
      } else {
        stryCov_9fa48("2001");
        const list = props[stryMutAct_9fa48("2002") ? path : (stryCov_9fa48("2002"), path.slice(0, stryMutAct_9fa48("2003") ? +"[].policy".length : (stryCov_9fa48("2003"), -(stryMutAct_9fa48("2004") ? "" : (stryCov_9fa48("2004"), "[].policy")).length)))];
        return Array.isArray(list) ? list.map(stryMutAct_9fa48("2005") ? () => undefined : (stryCov_9fa48("2005"), p => stryMutAct_9fa48("2006") ? p.policy : (stryCov_9fa48("2006"), p?.policy))) : stryMutAct_9fa48("2007") ? ["Stryker was here"] : (stryCov_9fa48("2007"), []);
      }
    }
    return stryMutAct_9fa48("2008") ? [] : (stryCov_9fa48("2008"), [props[path]]);
  }
}
export function validate(args: ResourceValidationArgs, reportViolation: ReportViolation): void {
  if (stryMutAct_9fa48("2009")) {
    {}
  } else {
    stryCov_9fa48("2009");
    const paths = DOCUMENT_PROPS[args.type];
    if (stryMutAct_9fa48("2012") ? false : stryMutAct_9fa48("2011") ? true : stryMutAct_9fa48("2010") ? paths : (stryCov_9fa48("2010", "2011", "2012"), !paths)) {
      if (stryMutAct_9fa48("2013")) {
        {}
      } else {
        stryCov_9fa48("2013");
        return;
      }
    }
    const props = plain(args.props);
    for (const path of paths) {
      if (stryMutAct_9fa48("2014")) {
        {}
      } else {
        stryCov_9fa48("2014");
        const grants = documentsAt(props, path).flatMap(wildcardGrants);
        if (stryMutAct_9fa48("2018") ? grants.length <= 0 : stryMutAct_9fa48("2017") ? grants.length >= 0 : stryMutAct_9fa48("2016") ? false : stryMutAct_9fa48("2015") ? true : (stryCov_9fa48("2015", "2016", "2017", "2018"), grants.length > 0)) {
          if (stryMutAct_9fa48("2019")) {
            {}
          } else {
            stryCov_9fa48("2019");
            reportViolation((stryMutAct_9fa48("2020") ? `` : (stryCov_9fa48("2020"), `IAM ${path} of ${args.name} grants wildcard actions: ${grants.join(stryMutAct_9fa48("2021") ? "" : (stryCov_9fa48("2021"), "; "))}. `)) + (stryMutAct_9fa48("2022") ? `` : (stryCov_9fa48("2022"), `Fix: list the exact actions the principal needs (least privilege).`)));
          }
        }
      }
    }
  }
}
export const iamNoWildcardActions: ResourceValidationPolicy = stryMutAct_9fa48("2023") ? {} : (stryCov_9fa48("2023"), {
  name: NAME,
  description: stryMutAct_9fa48("2024") ? "" : (stryCov_9fa48("2024"), "No IAM policy statement allows \"*\" or \"service:*\" actions (or every action but a NotAction list)."),
  enforcementLevel: stryMutAct_9fa48("2025") ? "" : (stryCov_9fa48("2025"), "mandatory"),
  validateResource: validate
});