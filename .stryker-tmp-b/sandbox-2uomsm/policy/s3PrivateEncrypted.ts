// @ts-nocheck
// Policy s3-private-encrypted: every S3 bucket has a full public access block and default server-side encryption.
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
import { StackValidationArgs, StackValidationPolicy, ReportViolation } from "@pulumi/policy";
import { Node, StackGraph } from "./lib/graph";
import { isTrue, isUnknown } from "./lib/values";
export const NAME = stryMutAct_9fa48("2408") ? "" : (stryCov_9fa48("2408"), "s3-private-encrypted");
export const BUCKET_TYPES = stryMutAct_9fa48("2409") ? [] : (stryCov_9fa48("2409"), [stryMutAct_9fa48("2410") ? "" : (stryCov_9fa48("2410"), "aws:s3/bucket:Bucket"), stryMutAct_9fa48("2411") ? "" : (stryCov_9fa48("2411"), "aws:s3/bucketV2:BucketV2")]);
export const ACCESS_BLOCK = stryMutAct_9fa48("2412") ? "" : (stryCov_9fa48("2412"), "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock");
export const ENCRYPTION_TYPES = stryMutAct_9fa48("2413") ? [] : (stryCov_9fa48("2413"), [stryMutAct_9fa48("2414") ? "" : (stryCov_9fa48("2414"), "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration"), stryMutAct_9fa48("2415") ? "" : (stryCov_9fa48("2415"), "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2")]);
export const BLOCK_SETTINGS = stryMutAct_9fa48("2416") ? [] : (stryCov_9fa48("2416"), [stryMutAct_9fa48("2417") ? "" : (stryCov_9fa48("2417"), "blockPublicAcls"), stryMutAct_9fa48("2418") ? "" : (stryCov_9fa48("2418"), "blockPublicPolicy"), stryMutAct_9fa48("2419") ? "" : (stryCov_9fa48("2419"), "ignorePublicAcls"), stryMutAct_9fa48("2420") ? "" : (stryCov_9fa48("2420"), "restrictPublicBuckets")]);
const ALGORITHMS = stryMutAct_9fa48("2421") ? [] : (stryCov_9fa48("2421"), [stryMutAct_9fa48("2422") ? "" : (stryCov_9fa48("2422"), "aws:kms"), stryMutAct_9fa48("2423") ? "" : (stryCov_9fa48("2423"), "aws:kms:dsse"), stryMutAct_9fa48("2424") ? "" : (stryCov_9fa48("2424"), "AES256")]);

/** Resources of `types` whose `bucket` prop points at `bucket` (by dependency, or by its known name or id). */
function attached(graph: StackGraph, bucket: Node, types: string[]): Node[] {
  if (stryMutAct_9fa48("2425")) {
    {}
  } else {
    stryCov_9fa48("2425");
    return stryMutAct_9fa48("2426") ? graph.ofType(...types) : (stryCov_9fa48("2426"), graph.ofType(...types).filter(stryMutAct_9fa48("2427") ? () => undefined : (stryCov_9fa48("2427"), n => stryMutAct_9fa48("2428") ? graph.referencedBy(n, "bucket", BUCKET_TYPES, ["bucket", "id"]).every(b => b.urn === bucket.urn) : (stryCov_9fa48("2428"), graph.referencedBy(n, stryMutAct_9fa48("2429") ? "" : (stryCov_9fa48("2429"), "bucket"), BUCKET_TYPES, stryMutAct_9fa48("2430") ? [] : (stryCov_9fa48("2430"), [stryMutAct_9fa48("2431") ? "" : (stryCov_9fa48("2431"), "bucket"), stryMutAct_9fa48("2432") ? "" : (stryCov_9fa48("2432"), "id")])).some(stryMutAct_9fa48("2433") ? () => undefined : (stryCov_9fa48("2433"), b => stryMutAct_9fa48("2436") ? b.urn !== bucket.urn : stryMutAct_9fa48("2435") ? false : stryMutAct_9fa48("2434") ? true : (stryCov_9fa48("2434", "2435", "2436"), b.urn === bucket.urn)))))));
  }
}

/** True when anything in the value names a valid SSE algorithm (or can't be read yet). */
function hasAlgorithm(value: unknown): boolean {
  if (stryMutAct_9fa48("2437")) {
    {}
  } else {
    stryCov_9fa48("2437");
    if (stryMutAct_9fa48("2439") ? false : stryMutAct_9fa48("2438") ? true : (stryCov_9fa48("2438", "2439"), isUnknown(value))) {
      if (stryMutAct_9fa48("2440")) {
        {}
      } else {
        stryCov_9fa48("2440");
        return stryMutAct_9fa48("2441") ? false : (stryCov_9fa48("2441"), true);
      }
    }
    if (stryMutAct_9fa48("2443") ? false : stryMutAct_9fa48("2442") ? true : (stryCov_9fa48("2442", "2443"), Array.isArray(value))) {
      if (stryMutAct_9fa48("2444")) {
        {}
      } else {
        stryCov_9fa48("2444");
        return stryMutAct_9fa48("2445") ? value.every(hasAlgorithm) : (stryCov_9fa48("2445"), value.some(hasAlgorithm));
      }
    }
    if (stryMutAct_9fa48("2448") ? value || typeof value === "object" : stryMutAct_9fa48("2447") ? false : stryMutAct_9fa48("2446") ? true : (stryCov_9fa48("2446", "2447", "2448"), value && (stryMutAct_9fa48("2450") ? typeof value !== "object" : stryMutAct_9fa48("2449") ? true : (stryCov_9fa48("2449", "2450"), typeof value === (stryMutAct_9fa48("2451") ? "" : (stryCov_9fa48("2451"), "object")))))) {
      if (stryMutAct_9fa48("2452")) {
        {}
      } else {
        stryCov_9fa48("2452");
        const record = value as Record<string, unknown>;
        if (stryMutAct_9fa48("2455") ? typeof record.sseAlgorithm !== "string" : stryMutAct_9fa48("2454") ? false : stryMutAct_9fa48("2453") ? true : (stryCov_9fa48("2453", "2454", "2455"), typeof record.sseAlgorithm === (stryMutAct_9fa48("2456") ? "" : (stryCov_9fa48("2456"), "string")))) {
          if (stryMutAct_9fa48("2457")) {
            {}
          } else {
            stryCov_9fa48("2457");
            return stryMutAct_9fa48("2460") ? isUnknown(record.sseAlgorithm) && ALGORITHMS.includes(record.sseAlgorithm) : stryMutAct_9fa48("2459") ? false : stryMutAct_9fa48("2458") ? true : (stryCov_9fa48("2458", "2459", "2460"), isUnknown(record.sseAlgorithm) || ALGORITHMS.includes(record.sseAlgorithm));
          }
        }
        return stryMutAct_9fa48("2461") ? Object.values(record).every(hasAlgorithm) : (stryCov_9fa48("2461"), Object.values(record).some(hasAlgorithm));
      }
    }
    return stryMutAct_9fa48("2462") ? true : (stryCov_9fa48("2462"), false);
  }
}
export function bucketProblems(graph: StackGraph, bucket: Node): string[] {
  if (stryMutAct_9fa48("2463")) {
    {}
  } else {
    stryCov_9fa48("2463");
    const problems: string[] = stryMutAct_9fa48("2464") ? ["Stryker was here"] : (stryCov_9fa48("2464"), []);
    const blocks = attached(graph, bucket, stryMutAct_9fa48("2465") ? [] : (stryCov_9fa48("2465"), [ACCESS_BLOCK]));
    if (stryMutAct_9fa48("2468") ? blocks.length !== 0 : stryMutAct_9fa48("2467") ? false : stryMutAct_9fa48("2466") ? true : (stryCov_9fa48("2466", "2467", "2468"), blocks.length === 0)) {
      if (stryMutAct_9fa48("2469")) {
        {}
      } else {
        stryCov_9fa48("2469");
        problems.push(stryMutAct_9fa48("2470") ? `` : (stryCov_9fa48("2470"), `it has no ${ACCESS_BLOCK}`));
      }
    } else {
      if (stryMutAct_9fa48("2471")) {
        {}
      } else {
        stryCov_9fa48("2471");
        const off = stryMutAct_9fa48("2472") ? BLOCK_SETTINGS : (stryCov_9fa48("2472"), BLOCK_SETTINGS.filter(stryMutAct_9fa48("2473") ? () => undefined : (stryCov_9fa48("2473"), s => stryMutAct_9fa48("2474") ? blocks.some(b => isTrue(b.props[s]) || isUnknown(b.props[s])) : (stryCov_9fa48("2474"), !(stryMutAct_9fa48("2475") ? blocks.every(b => isTrue(b.props[s]) || isUnknown(b.props[s])) : (stryCov_9fa48("2475"), blocks.some(stryMutAct_9fa48("2476") ? () => undefined : (stryCov_9fa48("2476"), b => stryMutAct_9fa48("2479") ? isTrue(b.props[s]) && isUnknown(b.props[s]) : stryMutAct_9fa48("2478") ? false : stryMutAct_9fa48("2477") ? true : (stryCov_9fa48("2477", "2478", "2479"), isTrue(b.props[s]) || isUnknown(b.props[s]))))))))));
        if (stryMutAct_9fa48("2483") ? off.length <= 0 : stryMutAct_9fa48("2482") ? off.length >= 0 : stryMutAct_9fa48("2481") ? false : stryMutAct_9fa48("2480") ? true : (stryCov_9fa48("2480", "2481", "2482", "2483"), off.length > 0)) {
          if (stryMutAct_9fa48("2484")) {
            {}
          } else {
            stryCov_9fa48("2484");
            problems.push(stryMutAct_9fa48("2485") ? `` : (stryCov_9fa48("2485"), `its public access block leaves ${off.join(stryMutAct_9fa48("2486") ? "" : (stryCov_9fa48("2486"), ", "))} off`));
          }
        }
      }
    }
    const inline = stryMutAct_9fa48("2487") ? bucket.props.serverSideEncryptionConfiguration && bucket.props.serverSideEncryptionConfigurations : (stryCov_9fa48("2487"), bucket.props.serverSideEncryptionConfiguration ?? bucket.props.serverSideEncryptionConfigurations);
    const encryption = attached(graph, bucket, ENCRYPTION_TYPES);
    if (stryMutAct_9fa48("2490") ? !(inline !== undefined && hasAlgorithm(inline)) || !encryption.some(e => hasAlgorithm(e.props.rules)) : stryMutAct_9fa48("2489") ? false : stryMutAct_9fa48("2488") ? true : (stryCov_9fa48("2488", "2489", "2490"), (stryMutAct_9fa48("2491") ? inline !== undefined && hasAlgorithm(inline) : (stryCov_9fa48("2491"), !(stryMutAct_9fa48("2494") ? inline !== undefined || hasAlgorithm(inline) : stryMutAct_9fa48("2493") ? false : stryMutAct_9fa48("2492") ? true : (stryCov_9fa48("2492", "2493", "2494"), (stryMutAct_9fa48("2496") ? inline === undefined : stryMutAct_9fa48("2495") ? true : (stryCov_9fa48("2495", "2496"), inline !== undefined)) && hasAlgorithm(inline))))) && (stryMutAct_9fa48("2497") ? encryption.some(e => hasAlgorithm(e.props.rules)) : (stryCov_9fa48("2497"), !(stryMutAct_9fa48("2498") ? encryption.every(e => hasAlgorithm(e.props.rules)) : (stryCov_9fa48("2498"), encryption.some(stryMutAct_9fa48("2499") ? () => undefined : (stryCov_9fa48("2499"), e => hasAlgorithm(e.props.rules))))))))) {
      if (stryMutAct_9fa48("2500")) {
        {}
      } else {
        stryCov_9fa48("2500");
        problems.push(stryMutAct_9fa48("2501") ? `` : (stryCov_9fa48("2501"), `it has no server-side encryption configuration (aws.s3.BucketServerSideEncryptionConfiguration with aws:kms or AES256)`));
      }
    }
    return problems;
  }
}
export function validate(args: StackValidationArgs, reportViolation: ReportViolation): void {
  if (stryMutAct_9fa48("2502")) {
    {}
  } else {
    stryCov_9fa48("2502");
    const graph = new StackGraph(args.resources);
    for (const bucket of graph.ofType(...BUCKET_TYPES)) {
      if (stryMutAct_9fa48("2503")) {
        {}
      } else {
        stryCov_9fa48("2503");
        const problems = bucketProblems(graph, bucket);
        if (stryMutAct_9fa48("2507") ? problems.length <= 0 : stryMutAct_9fa48("2506") ? problems.length >= 0 : stryMutAct_9fa48("2505") ? false : stryMutAct_9fa48("2504") ? true : (stryCov_9fa48("2504", "2505", "2506", "2507"), problems.length > 0)) {
          if (stryMutAct_9fa48("2508")) {
            {}
          } else {
            stryCov_9fa48("2508");
            reportViolation((stryMutAct_9fa48("2509") ? `` : (stryCov_9fa48("2509"), `S3 bucket ${bucket.name} is not private and encrypted: ${problems.join(stryMutAct_9fa48("2510") ? "" : (stryCov_9fa48("2510"), "; "))}. `)) + (stryMutAct_9fa48("2511") ? `` : (stryCov_9fa48("2511"), `Fix: add an aws.s3.BucketPublicAccessBlock with all four settings true and an `)) + (stryMutAct_9fa48("2512") ? `` : (stryCov_9fa48("2512"), `aws.s3.BucketServerSideEncryptionConfiguration (SSE-KMS) for the bucket.`)), bucket.urn);
          }
        }
      }
    }
  }
}
export const s3PrivateEncrypted: StackValidationPolicy = stryMutAct_9fa48("2513") ? {} : (stryCov_9fa48("2513"), {
  name: NAME,
  description: stryMutAct_9fa48("2514") ? "" : (stryCov_9fa48("2514"), "Every S3 bucket has a public access block with all four settings on and default server-side encryption."),
  enforcementLevel: stryMutAct_9fa48("2515") ? "" : (stryCov_9fa48("2515"), "mandatory"),
  validateStack: validate
});