// @ts-nocheck
// 
// Where the loader reads data files from: an S3 prefix in the Lambda, a local directory in tests and scripts.
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
import * as fs from "fs";
import * as path from "path";
import { Readable } from "stream";
import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { DataSource, LoadError } from "./load";

/** Files are `<prefix><file>` in the bucket; the prefix is empty or ends with a slash. */
export function s3Source(s3: S3Client, bucket: string, prefix: string): DataSource {
  if (stryMutAct_9fa48("0")) {
    {}
  } else {
    stryCov_9fa48("0");
    return stryMutAct_9fa48("1") ? {} : (stryCov_9fa48("1"), {
      describe: stryMutAct_9fa48("2") ? () => undefined : (stryCov_9fa48("2"), file => stryMutAct_9fa48("3") ? `` : (stryCov_9fa48("3"), `s3://${bucket}/${prefix}${file}`)),
      async open(file: string): Promise<Readable> {
        if (stryMutAct_9fa48("4")) {
          {}
        } else {
          stryCov_9fa48("4");
          const response = await s3.send(new GetObjectCommand(stryMutAct_9fa48("5") ? {} : (stryCov_9fa48("5"), {
            Bucket: bucket,
            Key: stryMutAct_9fa48("6") ? `` : (stryCov_9fa48("6"), `${prefix}${file}`)
          })));
          if (stryMutAct_9fa48("9") ? false : stryMutAct_9fa48("8") ? true : stryMutAct_9fa48("7") ? response.Body instanceof Readable : (stryCov_9fa48("7", "8", "9"), !(response.Body instanceof Readable))) {
            if (stryMutAct_9fa48("10")) {
              {}
            } else {
              stryCov_9fa48("10");
              throw new LoadError(stryMutAct_9fa48("11") ? `` : (stryCov_9fa48("11"), `s3://${bucket}/${prefix}${file} returned no readable body`));
            }
          }
          return response.Body;
        }
      }
    });
  }
}
export function directorySource(dir: string): DataSource {
  if (stryMutAct_9fa48("12")) {
    {}
  } else {
    stryCov_9fa48("12");
    return stryMutAct_9fa48("13") ? {} : (stryCov_9fa48("13"), {
      describe: stryMutAct_9fa48("14") ? () => undefined : (stryCov_9fa48("14"), file => path.join(dir, file)),
      async open(file: string): Promise<Readable> {
        if (stryMutAct_9fa48("15")) {
          {}
        } else {
          stryCov_9fa48("15");
          return fs.createReadStream(path.join(dir, file));
        }
      }
    });
  }
}