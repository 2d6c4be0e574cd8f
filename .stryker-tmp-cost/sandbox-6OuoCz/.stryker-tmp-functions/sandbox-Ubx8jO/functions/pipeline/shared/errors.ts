// @ts-nocheck
// 
// Error names the state machine's Retry and Catch rules match on (a Lambda error's name becomes the state's error).

/** Throttled even after the SDK's own retries: the state retries it with backoff. */function stryNS_9fa48() {
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
export class ExportThrottled extends Error {
  constructor(message: string) {
    if (stryMutAct_9fa48("790")) {
      {}
    } else {
      stryCov_9fa48("790");
      super(message);
      this.name = stryMutAct_9fa48("791") ? "" : (stryCov_9fa48("791"), "ExportThrottled");
    }
  }
}

/** The export ended FAILED or CANCELED, or could not start; the message carries the AWS cause. */
export class ExportFailed extends Error {
  constructor(message: string) {
    if (stryMutAct_9fa48("792")) {
      {}
    } else {
      stryCov_9fa48("792");
      super(message);
      this.name = stryMutAct_9fa48("793") ? "" : (stryCov_9fa48("793"), "ExportFailed");
    }
  }
}

/** The export did not complete within MAX_EXPORT_POLLS checks. */
export class ExportTimedOut extends Error {
  constructor(message: string) {
    if (stryMutAct_9fa48("794")) {
      {}
    } else {
      stryCov_9fa48("794");
      super(message);
      this.name = stryMutAct_9fa48("795") ? "" : (stryCov_9fa48("795"), "ExportTimedOut");
    }
  }
}

/** The export holds data the pipeline cannot load (unsupported type, missing key column, ...). */
export class UnsupportedExport extends Error {
  constructor(message: string) {
    if (stryMutAct_9fa48("796")) {
      {}
    } else {
      stryCov_9fa48("796");
      super(message);
      this.name = stryMutAct_9fa48("797") ? "" : (stryCov_9fa48("797"), "UnsupportedExport");
    }
  }
}
const THROTTLING = new Set(stryMutAct_9fa48("798") ? [] : (stryCov_9fa48("798"), [stryMutAct_9fa48("799") ? "" : (stryCov_9fa48("799"), "ThrottlingException"), stryMutAct_9fa48("800") ? "" : (stryCov_9fa48("800"), "Throttling"), stryMutAct_9fa48("801") ? "" : (stryCov_9fa48("801"), "TooManyRequestsException"), stryMutAct_9fa48("802") ? "" : (stryCov_9fa48("802"), "RequestLimitExceeded"), stryMutAct_9fa48("803") ? "" : (stryCov_9fa48("803"), "SlowDown")]));
export function isThrottling(error: unknown): boolean {
  if (stryMutAct_9fa48("804")) {
    {}
  } else {
    stryCov_9fa48("804");
    const e = error as {
      name?: string;
      $metadata?: {
        httpStatusCode?: number;
      };
    };
    return stryMutAct_9fa48("807") ? THROTTLING.has(e?.name ?? "") && e?.$metadata?.httpStatusCode === 429 : stryMutAct_9fa48("806") ? false : stryMutAct_9fa48("805") ? true : (stryCov_9fa48("805", "806", "807"), THROTTLING.has(stryMutAct_9fa48("808") ? e?.name && "" : (stryCov_9fa48("808"), (stryMutAct_9fa48("809") ? e.name : (stryCov_9fa48("809"), e?.name)) ?? (stryMutAct_9fa48("810") ? "Stryker was here!" : (stryCov_9fa48("810"), "")))) || (stryMutAct_9fa48("812") ? e?.$metadata?.httpStatusCode !== 429 : stryMutAct_9fa48("811") ? false : (stryCov_9fa48("811", "812"), (stryMutAct_9fa48("814") ? e.$metadata?.httpStatusCode : stryMutAct_9fa48("813") ? e?.$metadata.httpStatusCode : (stryCov_9fa48("813", "814"), e?.$metadata?.httpStatusCode)) === 429)));
  }
}
export function errorText(error: unknown): string {
  if (stryMutAct_9fa48("815")) {
    {}
  } else {
    stryCov_9fa48("815");
    const e = error as {
      name?: string;
      message?: string;
    };
    return stryMutAct_9fa48("816") ? `` : (stryCov_9fa48("816"), `${stryMutAct_9fa48("817") ? e?.name && "Error" : (stryCov_9fa48("817"), (stryMutAct_9fa48("818") ? e.name : (stryCov_9fa48("818"), e?.name)) ?? (stryMutAct_9fa48("819") ? "" : (stryCov_9fa48("819"), "Error")))}: ${stryMutAct_9fa48("820") ? e?.message && String(error) : (stryCov_9fa48("820"), (stryMutAct_9fa48("821") ? e.message : (stryCov_9fa48("821"), e?.message)) ?? String(error))}`);
  }
}