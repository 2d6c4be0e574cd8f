// @ts-nocheck
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
    if (stryMutAct_9fa48("1392")) {
      {}
    } else {
      stryCov_9fa48("1392");
      super(message);
      this.name = stryMutAct_9fa48("1393") ? "" : (stryCov_9fa48("1393"), "ExportThrottled");
    }
  }
}

/** The export ended FAILED or CANCELED, or could not start; the message carries the AWS cause. */
export class ExportFailed extends Error {
  constructor(message: string) {
    if (stryMutAct_9fa48("1394")) {
      {}
    } else {
      stryCov_9fa48("1394");
      super(message);
      this.name = stryMutAct_9fa48("1395") ? "" : (stryCov_9fa48("1395"), "ExportFailed");
    }
  }
}

/** The export did not complete within MAX_EXPORT_POLLS checks. */
export class ExportTimedOut extends Error {
  constructor(message: string) {
    if (stryMutAct_9fa48("1396")) {
      {}
    } else {
      stryCov_9fa48("1396");
      super(message);
      this.name = stryMutAct_9fa48("1397") ? "" : (stryCov_9fa48("1397"), "ExportTimedOut");
    }
  }
}

/** The export holds data the pipeline cannot load (unsupported type, missing key column, ...). */
export class UnsupportedExport extends Error {
  constructor(message: string) {
    if (stryMutAct_9fa48("1398")) {
      {}
    } else {
      stryCov_9fa48("1398");
      super(message);
      this.name = stryMutAct_9fa48("1399") ? "" : (stryCov_9fa48("1399"), "UnsupportedExport");
    }
  }
}
const THROTTLING = new Set(stryMutAct_9fa48("1400") ? [] : (stryCov_9fa48("1400"), [stryMutAct_9fa48("1401") ? "" : (stryCov_9fa48("1401"), "ThrottlingException"), stryMutAct_9fa48("1402") ? "" : (stryCov_9fa48("1402"), "Throttling"), stryMutAct_9fa48("1403") ? "" : (stryCov_9fa48("1403"), "TooManyRequestsException"), stryMutAct_9fa48("1404") ? "" : (stryCov_9fa48("1404"), "RequestLimitExceeded"), stryMutAct_9fa48("1405") ? "" : (stryCov_9fa48("1405"), "SlowDown")]));
export function isThrottling(error: unknown): boolean {
  if (stryMutAct_9fa48("1406")) {
    {}
  } else {
    stryCov_9fa48("1406");
    const e = error as {
      name?: string;
      $metadata?: {
        httpStatusCode?: number;
      };
    };
    return stryMutAct_9fa48("1409") ? THROTTLING.has(e?.name ?? "") && e?.$metadata?.httpStatusCode === 429 : stryMutAct_9fa48("1408") ? false : stryMutAct_9fa48("1407") ? true : (stryCov_9fa48("1407", "1408", "1409"), THROTTLING.has(stryMutAct_9fa48("1410") ? e?.name && "" : (stryCov_9fa48("1410"), (stryMutAct_9fa48("1411") ? e.name : (stryCov_9fa48("1411"), e?.name)) ?? (stryMutAct_9fa48("1412") ? "Stryker was here!" : (stryCov_9fa48("1412"), "")))) || (stryMutAct_9fa48("1414") ? e?.$metadata?.httpStatusCode !== 429 : stryMutAct_9fa48("1413") ? false : (stryCov_9fa48("1413", "1414"), (stryMutAct_9fa48("1416") ? e.$metadata?.httpStatusCode : stryMutAct_9fa48("1415") ? e?.$metadata.httpStatusCode : (stryCov_9fa48("1415", "1416"), e?.$metadata?.httpStatusCode)) === 429)));
  }
}
export function errorText(error: unknown): string {
  if (stryMutAct_9fa48("1417")) {
    {}
  } else {
    stryCov_9fa48("1417");
    const e = error as {
      name?: string;
      message?: string;
    };
    return stryMutAct_9fa48("1418") ? `` : (stryCov_9fa48("1418"), `${stryMutAct_9fa48("1419") ? e?.name && "Error" : (stryCov_9fa48("1419"), (stryMutAct_9fa48("1420") ? e.name : (stryCov_9fa48("1420"), e?.name)) ?? (stryMutAct_9fa48("1421") ? "" : (stryCov_9fa48("1421"), "Error")))}: ${stryMutAct_9fa48("1422") ? e?.message && String(error) : (stryCov_9fa48("1422"), (stryMutAct_9fa48("1423") ? e.message : (stryCov_9fa48("1423"), e?.message)) ?? String(error))}`);
  }
}