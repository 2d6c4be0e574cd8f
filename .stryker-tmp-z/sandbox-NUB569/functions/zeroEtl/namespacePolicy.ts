// @ts-nocheck
// Adds this stack's statements to a Redshift namespace's resource policy, and removes only them, keeping everyone else's.
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
import { DeleteResourcePolicyCommand, GetResourcePolicyCommand, PutResourcePolicyCommand, RedshiftClient } from "@aws-sdk/client-redshift";
export const NAMESPACE_POLICY_KIND = stryMutAct_9fa48("535") ? "" : (stryCov_9fa48("535"), "aurora-analytics:zero-etl-namespace-policy");
export interface PolicyStatement {
  Sid: string;
  [key: string]: unknown;
}

/** The invocation's input: the namespace and this stack's statements (their Sids name the source cluster). */
export interface NamespacePolicySpec {
  kind: typeof NAMESPACE_POLICY_KIND;
  version: 1;
  namespaceArn: string;
  statements: PolicyStatement[];
}
export class NamespacePolicyRefused extends Error {
  constructor(message: string) {
    if (stryMutAct_9fa48("536")) {
      {}
    } else {
      stryCov_9fa48("536");
      super(message);
      this.name = stryMutAct_9fa48("537") ? "" : (stryCov_9fa48("537"), "NamespacePolicyRefused");
    }
  }
}
const NAMESPACE_ARN = stryMutAct_9fa48("547") ? /^arn:aws[a-z-]*:redshift-serverless:[a-z0-9-]+:\d{12}:namespace\/[^A-Za-z0-9-]+$/ : stryMutAct_9fa48("546") ? /^arn:aws[a-z-]*:redshift-serverless:[a-z0-9-]+:\d{12}:namespace\/[A-Za-z0-9-]$/ : stryMutAct_9fa48("545") ? /^arn:aws[a-z-]*:redshift-serverless:[a-z0-9-]+:\D{12}:namespace\/[A-Za-z0-9-]+$/ : stryMutAct_9fa48("544") ? /^arn:aws[a-z-]*:redshift-serverless:[a-z0-9-]+:\d:namespace\/[A-Za-z0-9-]+$/ : stryMutAct_9fa48("543") ? /^arn:aws[a-z-]*:redshift-serverless:[^a-z0-9-]+:\d{12}:namespace\/[A-Za-z0-9-]+$/ : stryMutAct_9fa48("542") ? /^arn:aws[a-z-]*:redshift-serverless:[a-z0-9-]:\d{12}:namespace\/[A-Za-z0-9-]+$/ : stryMutAct_9fa48("541") ? /^arn:aws[^a-z-]*:redshift-serverless:[a-z0-9-]+:\d{12}:namespace\/[A-Za-z0-9-]+$/ : stryMutAct_9fa48("540") ? /^arn:aws[a-z-]:redshift-serverless:[a-z0-9-]+:\d{12}:namespace\/[A-Za-z0-9-]+$/ : stryMutAct_9fa48("539") ? /^arn:aws[a-z-]*:redshift-serverless:[a-z0-9-]+:\d{12}:namespace\/[A-Za-z0-9-]+/ : stryMutAct_9fa48("538") ? /arn:aws[a-z-]*:redshift-serverless:[a-z0-9-]+:\d{12}:namespace\/[A-Za-z0-9-]+$/ : (stryCov_9fa48("538", "539", "540", "541", "542", "543", "544", "545", "546", "547"), /^arn:aws[a-z-]*:redshift-serverless:[a-z0-9-]+:\d{12}:namespace\/[A-Za-z0-9-]+$/);
// IAM policy grammar: a Sid is ASCII letters and digits (IAM User Guide, "IAM JSON policy elements: Sid").
const SID = stryMutAct_9fa48("551") ? /^[^A-Za-z0-9]+$/ : stryMutAct_9fa48("550") ? /^[A-Za-z0-9]$/ : stryMutAct_9fa48("549") ? /^[A-Za-z0-9]+/ : stryMutAct_9fa48("548") ? /[A-Za-z0-9]+$/ : (stryCov_9fa48("548", "549", "550", "551"), /^[A-Za-z0-9]+$/);
export function parseNamespacePolicySpec(raw: unknown, where: string): NamespacePolicySpec {
  if (stryMutAct_9fa48("552")) {
    {}
  } else {
    stryCov_9fa48("552");
    const o = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
    if (stryMutAct_9fa48("555") ? o.kind !== NAMESPACE_POLICY_KIND && o.version !== 1 : stryMutAct_9fa48("554") ? false : stryMutAct_9fa48("553") ? true : (stryCov_9fa48("553", "554", "555"), (stryMutAct_9fa48("557") ? o.kind === NAMESPACE_POLICY_KIND : stryMutAct_9fa48("556") ? false : (stryCov_9fa48("556", "557"), o.kind !== NAMESPACE_POLICY_KIND)) || (stryMutAct_9fa48("559") ? o.version === 1 : stryMutAct_9fa48("558") ? false : (stryCov_9fa48("558", "559"), o.version !== 1)))) {
      if (stryMutAct_9fa48("560")) {
        {}
      } else {
        stryCov_9fa48("560");
        throw new NamespacePolicyRefused(stryMutAct_9fa48("561") ? `` : (stryCov_9fa48("561"), `${where} is not a ${NAMESPACE_POLICY_KIND} v1 input`));
      }
    }
    if (stryMutAct_9fa48("564") ? typeof o.namespaceArn !== "string" && !NAMESPACE_ARN.test(o.namespaceArn) : stryMutAct_9fa48("563") ? false : stryMutAct_9fa48("562") ? true : (stryCov_9fa48("562", "563", "564"), (stryMutAct_9fa48("566") ? typeof o.namespaceArn === "string" : stryMutAct_9fa48("565") ? false : (stryCov_9fa48("565", "566"), typeof o.namespaceArn !== (stryMutAct_9fa48("567") ? "" : (stryCov_9fa48("567"), "string")))) || (stryMutAct_9fa48("568") ? NAMESPACE_ARN.test(o.namespaceArn) : (stryCov_9fa48("568"), !NAMESPACE_ARN.test(o.namespaceArn))))) {
      if (stryMutAct_9fa48("569")) {
        {}
      } else {
        stryCov_9fa48("569");
        throw new NamespacePolicyRefused(stryMutAct_9fa48("570") ? `` : (stryCov_9fa48("570"), `${where}.namespaceArn ${JSON.stringify(o.namespaceArn)} is not a Redshift Serverless namespace ARN`));
      }
    }
    if (stryMutAct_9fa48("573") ? (!Array.isArray(o.statements) || o.statements.length === 0) && !o.statements.every(s => typeof s === "object" && s !== null && typeof (s as PolicyStatement).Sid === "string" && SID.test((s as PolicyStatement).Sid)) : stryMutAct_9fa48("572") ? false : stryMutAct_9fa48("571") ? true : (stryCov_9fa48("571", "572", "573"), (stryMutAct_9fa48("575") ? !Array.isArray(o.statements) && o.statements.length === 0 : stryMutAct_9fa48("574") ? false : (stryCov_9fa48("574", "575"), (stryMutAct_9fa48("576") ? Array.isArray(o.statements) : (stryCov_9fa48("576"), !Array.isArray(o.statements))) || (stryMutAct_9fa48("578") ? o.statements.length !== 0 : stryMutAct_9fa48("577") ? false : (stryCov_9fa48("577", "578"), o.statements.length === 0)))) || (stryMutAct_9fa48("579") ? o.statements.every(s => typeof s === "object" && s !== null && typeof (s as PolicyStatement).Sid === "string" && SID.test((s as PolicyStatement).Sid)) : (stryCov_9fa48("579"), !(stryMutAct_9fa48("580") ? o.statements.some(s => typeof s === "object" && s !== null && typeof (s as PolicyStatement).Sid === "string" && SID.test((s as PolicyStatement).Sid)) : (stryCov_9fa48("580"), o.statements.every(stryMutAct_9fa48("581") ? () => undefined : (stryCov_9fa48("581"), s => stryMutAct_9fa48("584") ? typeof s === "object" && s !== null && typeof (s as PolicyStatement).Sid === "string" || SID.test((s as PolicyStatement).Sid) : stryMutAct_9fa48("583") ? false : stryMutAct_9fa48("582") ? true : (stryCov_9fa48("582", "583", "584"), (stryMutAct_9fa48("586") ? typeof s === "object" && s !== null || typeof (s as PolicyStatement).Sid === "string" : stryMutAct_9fa48("585") ? true : (stryCov_9fa48("585", "586"), (stryMutAct_9fa48("588") ? typeof s === "object" || s !== null : stryMutAct_9fa48("587") ? true : (stryCov_9fa48("587", "588"), (stryMutAct_9fa48("590") ? typeof s !== "object" : stryMutAct_9fa48("589") ? true : (stryCov_9fa48("589", "590"), typeof s === (stryMutAct_9fa48("591") ? "" : (stryCov_9fa48("591"), "object")))) && (stryMutAct_9fa48("593") ? s === null : stryMutAct_9fa48("592") ? true : (stryCov_9fa48("592", "593"), s !== null)))) && (stryMutAct_9fa48("595") ? typeof (s as PolicyStatement).Sid !== "string" : stryMutAct_9fa48("594") ? true : (stryCov_9fa48("594", "595"), typeof (s as PolicyStatement).Sid === (stryMutAct_9fa48("596") ? "" : (stryCov_9fa48("596"), "string")))))) && SID.test((s as PolicyStatement).Sid)))))))))) {
      if (stryMutAct_9fa48("597")) {
        {}
      } else {
        stryCov_9fa48("597");
        throw new NamespacePolicyRefused(stryMutAct_9fa48("598") ? `` : (stryCov_9fa48("598"), `${where}.statements must be a non-empty list of statements, each with an alphanumeric Sid`));
      }
    }
    return o as unknown as NamespacePolicySpec;
  }
}
function statementsOf(policy: string | undefined): PolicyStatement[] {
  if (stryMutAct_9fa48("599")) {
    {}
  } else {
    stryCov_9fa48("599");
    if (stryMutAct_9fa48("602") ? policy === undefined && policy.trim() === "" : stryMutAct_9fa48("601") ? false : stryMutAct_9fa48("600") ? true : (stryCov_9fa48("600", "601", "602"), (stryMutAct_9fa48("604") ? policy !== undefined : stryMutAct_9fa48("603") ? false : (stryCov_9fa48("603", "604"), policy === undefined)) || (stryMutAct_9fa48("606") ? policy.trim() !== "" : stryMutAct_9fa48("605") ? false : (stryCov_9fa48("605", "606"), (stryMutAct_9fa48("607") ? policy : (stryCov_9fa48("607"), policy.trim())) === (stryMutAct_9fa48("608") ? "Stryker was here!" : (stryCov_9fa48("608"), "")))))) return stryMutAct_9fa48("609") ? ["Stryker was here"] : (stryCov_9fa48("609"), []);
    const parsed = JSON.parse(policy) as {
      Statement?: PolicyStatement | PolicyStatement[];
    };
    if (stryMutAct_9fa48("612") ? parsed.Statement !== undefined : stryMutAct_9fa48("611") ? false : stryMutAct_9fa48("610") ? true : (stryCov_9fa48("610", "611", "612"), parsed.Statement === undefined)) return stryMutAct_9fa48("613") ? ["Stryker was here"] : (stryCov_9fa48("613"), []);
    return Array.isArray(parsed.Statement) ? parsed.Statement : stryMutAct_9fa48("614") ? [] : (stryCov_9fa48("614"), [parsed.Statement]);
  }
}

/**
 * The policy after removing the Sids in `remove` and appending `add`; undefined when nothing is left (delete the policy).
 * PutResourcePolicy replaces the whole document, so everyone else's statements are carried over unchanged.
 */
export function mergedPolicy(existing: string | undefined, remove: string[], add: PolicyStatement[]): string | undefined {
  if (stryMutAct_9fa48("615")) {
    {}
  } else {
    stryCov_9fa48("615");
    const drop = new Set(stryMutAct_9fa48("616") ? [] : (stryCov_9fa48("616"), [...remove, ...add.map(stryMutAct_9fa48("617") ? () => undefined : (stryCov_9fa48("617"), s => s.Sid))]));
    const kept = stryMutAct_9fa48("618") ? statementsOf(existing) : (stryCov_9fa48("618"), statementsOf(existing).filter(stryMutAct_9fa48("619") ? () => undefined : (stryCov_9fa48("619"), s => stryMutAct_9fa48("620") ? drop.has(s.Sid) : (stryCov_9fa48("620"), !drop.has(s.Sid)))));
    const statements = stryMutAct_9fa48("621") ? [] : (stryCov_9fa48("621"), [...kept, ...add]);
    return (stryMutAct_9fa48("624") ? statements.length !== 0 : stryMutAct_9fa48("623") ? false : stryMutAct_9fa48("622") ? true : (stryCov_9fa48("622", "623", "624"), statements.length === 0)) ? undefined : JSON.stringify(stryMutAct_9fa48("625") ? {} : (stryCov_9fa48("625"), {
      Version: stryMutAct_9fa48("626") ? "" : (stryCov_9fa48("626"), "2012-10-17"),
      Statement: statements
    }));
  }
}

/** The namespace's current policy; undefined only when it has none. Any other error (AccessDenied) stops the run. */
export async function readPolicy(client: RedshiftClient, namespaceArn: string): Promise<string | undefined> {
  if (stryMutAct_9fa48("627")) {
    {}
  } else {
    stryCov_9fa48("627");
    try {
      if (stryMutAct_9fa48("628")) {
        {}
      } else {
        stryCov_9fa48("628");
        const out = await client.send(new GetResourcePolicyCommand(stryMutAct_9fa48("629") ? {} : (stryCov_9fa48("629"), {
          ResourceArn: namespaceArn
        })));
        return stryMutAct_9fa48("630") ? out.ResourcePolicy.Policy : (stryCov_9fa48("630"), out.ResourcePolicy?.Policy);
      }
    } catch (err) {
      if (stryMutAct_9fa48("631")) {
        {}
      } else {
        stryCov_9fa48("631");
        // GetResourcePolicy raises ResourceNotFoundFault when the resource has no policy (Redshift API reference).
        if (stryMutAct_9fa48("634") ? err instanceof Error || err.name === "ResourceNotFoundFault" : stryMutAct_9fa48("633") ? false : stryMutAct_9fa48("632") ? true : (stryCov_9fa48("632", "633", "634"), err instanceof Error && (stryMutAct_9fa48("636") ? err.name !== "ResourceNotFoundFault" : stryMutAct_9fa48("635") ? true : (stryCov_9fa48("635", "636"), err.name === (stryMutAct_9fa48("637") ? "" : (stryCov_9fa48("637"), "ResourceNotFoundFault")))))) {
          if (stryMutAct_9fa48("638")) {
            {}
          } else {
            stryCov_9fa48("638");
            return undefined;
          }
        }
        throw err;
      }
    }
  }
}
export async function applyNamespacePolicy(client: RedshiftClient, action: "create" | "update" | "delete", spec: NamespacePolicySpec, previous: NamespacePolicySpec | undefined): Promise<{
  sids: string[];
  statementCount: number;
}> {
  if (stryMutAct_9fa48("639")) {
    {}
  } else {
    stryCov_9fa48("639");
    const existing = await readPolicy(client, spec.namespaceArn);
    const previousSids = stryMutAct_9fa48("640") ? previous?.statements.map(s => s.Sid) && [] : (stryCov_9fa48("640"), (stryMutAct_9fa48("641") ? previous.statements.map(s => s.Sid) : (stryCov_9fa48("641"), previous?.statements.map(stryMutAct_9fa48("642") ? () => undefined : (stryCov_9fa48("642"), s => s.Sid)))) ?? (stryMutAct_9fa48("643") ? ["Stryker was here"] : (stryCov_9fa48("643"), [])));
    const ourSids = spec.statements.map(stryMutAct_9fa48("644") ? () => undefined : (stryCov_9fa48("644"), s => s.Sid));
    const next = (stryMutAct_9fa48("647") ? action !== "delete" : stryMutAct_9fa48("646") ? false : stryMutAct_9fa48("645") ? true : (stryCov_9fa48("645", "646", "647"), action === (stryMutAct_9fa48("648") ? "" : (stryCov_9fa48("648"), "delete")))) ? mergedPolicy(existing, stryMutAct_9fa48("649") ? [] : (stryCov_9fa48("649"), [...previousSids, ...ourSids]), stryMutAct_9fa48("650") ? ["Stryker was here"] : (stryCov_9fa48("650"), [])) : mergedPolicy(existing, previousSids, spec.statements);
    if (stryMutAct_9fa48("653") ? next !== undefined : stryMutAct_9fa48("652") ? false : stryMutAct_9fa48("651") ? true : (stryCov_9fa48("651", "652", "653"), next === undefined)) {
      if (stryMutAct_9fa48("654")) {
        {}
      } else {
        stryCov_9fa48("654");
        if (stryMutAct_9fa48("657") ? existing === undefined : stryMutAct_9fa48("656") ? false : stryMutAct_9fa48("655") ? true : (stryCov_9fa48("655", "656", "657"), existing !== undefined)) {
          if (stryMutAct_9fa48("658")) {
            {}
          } else {
            stryCov_9fa48("658");
            await client.send(new DeleteResourcePolicyCommand(stryMutAct_9fa48("659") ? {} : (stryCov_9fa48("659"), {
              ResourceArn: spec.namespaceArn
            })));
          }
        }
        return stryMutAct_9fa48("660") ? {} : (stryCov_9fa48("660"), {
          sids: stryMutAct_9fa48("661") ? ["Stryker was here"] : (stryCov_9fa48("661"), []),
          statementCount: 0
        });
      }
    }
    await client.send(new PutResourcePolicyCommand(stryMutAct_9fa48("662") ? {} : (stryCov_9fa48("662"), {
      ResourceArn: spec.namespaceArn,
      Policy: next
    })));
    return stryMutAct_9fa48("663") ? {} : (stryCov_9fa48("663"), {
      sids: (stryMutAct_9fa48("666") ? action !== "delete" : stryMutAct_9fa48("665") ? false : stryMutAct_9fa48("664") ? true : (stryCov_9fa48("664", "665", "666"), action === (stryMutAct_9fa48("667") ? "" : (stryCov_9fa48("667"), "delete")))) ? stryMutAct_9fa48("668") ? ["Stryker was here"] : (stryCov_9fa48("668"), []) : ourSids,
      statementCount: statementsOf(next).length
    });
  }
}