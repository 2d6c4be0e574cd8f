// @ts-nocheck
// The Redshift SQL the zero-ETL component runs through the Data API: create the target database, set its refresh interval.
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
const REDSHIFT_DATABASE = stryMutAct_9fa48("4458") ? /^[a-z_][^a-z0-9_]{0,62}$/ : stryMutAct_9fa48("4457") ? /^[a-z_][a-z0-9_]$/ : stryMutAct_9fa48("4456") ? /^[^a-z_][a-z0-9_]{0,62}$/ : stryMutAct_9fa48("4455") ? /^[a-z_][a-z0-9_]{0,62}/ : stryMutAct_9fa48("4454") ? /[a-z_][a-z0-9_]{0,62}$/ : (stryCov_9fa48("4454", "4455", "4456", "4457", "4458"), /^[a-z_][a-z0-9_]{0,62}$/);
const INTEGRATION_ID = stryMutAct_9fa48("4462") ? /^[^A-Za-z0-9-]{1,128}$/ : stryMutAct_9fa48("4461") ? /^[A-Za-z0-9-]$/ : stryMutAct_9fa48("4460") ? /^[A-Za-z0-9-]{1,128}/ : stryMutAct_9fa48("4459") ? /[A-Za-z0-9-]{1,128}$/ : (stryCov_9fa48("4459", "4460", "4461", "4462"), /^[A-Za-z0-9-]{1,128}$/);
export const MAX_REFRESH_INTERVAL_SECONDS = 432000;
function database(name: string): string {
  if (stryMutAct_9fa48("4463")) {
    {}
  } else {
    stryCov_9fa48("4463");
    if (stryMutAct_9fa48("4466") ? false : stryMutAct_9fa48("4465") ? true : stryMutAct_9fa48("4464") ? REDSHIFT_DATABASE.test(name) : (stryCov_9fa48("4464", "4465", "4466"), !REDSHIFT_DATABASE.test(name))) {
      if (stryMutAct_9fa48("4467")) {
        {}
      } else {
        stryCov_9fa48("4467");
        throw new Error(stryMutAct_9fa48("4468") ? `` : (stryCov_9fa48("4468"), `Redshift database name ${JSON.stringify(name)} must be lowercase letters, digits and underscores`));
      }
    }
    return stryMutAct_9fa48("4469") ? `` : (stryCov_9fa48("4469"), `"${name}"`);
  }
}

/** CREATE DATABASE ... FROM INTEGRATION: MySQL sources take no DATABASE '<source>' clause. Not allowed in a transaction. */
export function createDatabaseFromIntegration(databaseName: string, integrationId: string): string {
  if (stryMutAct_9fa48("4470")) {
    {}
  } else {
    stryCov_9fa48("4470");
    if (stryMutAct_9fa48("4473") ? false : stryMutAct_9fa48("4472") ? true : stryMutAct_9fa48("4471") ? INTEGRATION_ID.test(integrationId) : (stryCov_9fa48("4471", "4472", "4473"), !INTEGRATION_ID.test(integrationId))) {
      if (stryMutAct_9fa48("4474")) {
        {}
      } else {
        stryCov_9fa48("4474");
        throw new Error(stryMutAct_9fa48("4475") ? `` : (stryCov_9fa48("4475"), `integration id ${JSON.stringify(integrationId)} is not a zero-ETL integration id`));
      }
    }
    return stryMutAct_9fa48("4476") ? `` : (stryCov_9fa48("4476"), `CREATE DATABASE ${database(databaseName)} FROM INTEGRATION '${integrationId}'`);
  }
}

/** ALTER DATABASE ... INTEGRATION SET REFRESH_INTERVAL: built from config alone, so it is fully known at preview. */
export function setRefreshInterval(databaseName: string, refreshIntervalSeconds: number): string {
  if (stryMutAct_9fa48("4477")) {
    {}
  } else {
    stryCov_9fa48("4477");
    if (stryMutAct_9fa48("4480") ? (!Number.isInteger(refreshIntervalSeconds) || refreshIntervalSeconds < 0) && refreshIntervalSeconds > MAX_REFRESH_INTERVAL_SECONDS : stryMutAct_9fa48("4479") ? false : stryMutAct_9fa48("4478") ? true : (stryCov_9fa48("4478", "4479", "4480"), (stryMutAct_9fa48("4482") ? !Number.isInteger(refreshIntervalSeconds) && refreshIntervalSeconds < 0 : stryMutAct_9fa48("4481") ? false : (stryCov_9fa48("4481", "4482"), (stryMutAct_9fa48("4483") ? Number.isInteger(refreshIntervalSeconds) : (stryCov_9fa48("4483"), !Number.isInteger(refreshIntervalSeconds))) || (stryMutAct_9fa48("4486") ? refreshIntervalSeconds >= 0 : stryMutAct_9fa48("4485") ? refreshIntervalSeconds <= 0 : stryMutAct_9fa48("4484") ? false : (stryCov_9fa48("4484", "4485", "4486"), refreshIntervalSeconds < 0)))) || (stryMutAct_9fa48("4489") ? refreshIntervalSeconds <= MAX_REFRESH_INTERVAL_SECONDS : stryMutAct_9fa48("4488") ? refreshIntervalSeconds >= MAX_REFRESH_INTERVAL_SECONDS : stryMutAct_9fa48("4487") ? false : (stryCov_9fa48("4487", "4488", "4489"), refreshIntervalSeconds > MAX_REFRESH_INTERVAL_SECONDS)))) {
      if (stryMutAct_9fa48("4490")) {
        {}
      } else {
        stryCov_9fa48("4490");
        throw new Error(stryMutAct_9fa48("4491") ? `` : (stryCov_9fa48("4491"), `refresh interval ${refreshIntervalSeconds} must be a whole number of seconds from 0 to ${MAX_REFRESH_INTERVAL_SECONDS}`));
      }
    }
    return stryMutAct_9fa48("4492") ? `` : (stryCov_9fa48("4492"), `ALTER DATABASE ${database(databaseName)} INTEGRATION SET REFRESH_INTERVAL ${refreshIntervalSeconds}`);
  }
}

/** A query to see the integration's state, lag and refresh interval, e.g. in the Redshift query editor. */
export function integrationStatusQuery(databaseName: string): string {
  if (stryMutAct_9fa48("4493")) {
    {}
  } else {
    stryCov_9fa48("4493");
    if (stryMutAct_9fa48("4496") ? false : stryMutAct_9fa48("4495") ? true : stryMutAct_9fa48("4494") ? REDSHIFT_DATABASE.test(databaseName) : (stryCov_9fa48("4494", "4495", "4496"), !REDSHIFT_DATABASE.test(databaseName))) {
      if (stryMutAct_9fa48("4497")) {
        {}
      } else {
        stryCov_9fa48("4497");
        throw new Error(stryMutAct_9fa48("4498") ? `` : (stryCov_9fa48("4498"), `Redshift database name ${JSON.stringify(databaseName)} must be lowercase letters, digits and underscores`));
      }
    }
    return (stryMutAct_9fa48("4499") ? "" : (stryCov_9fa48("4499"), "SELECT integration_id, target_database, state, current_lag, refresh_interval ")) + (stryMutAct_9fa48("4500") ? `` : (stryCov_9fa48("4500"), `FROM svv_integration WHERE target_database = '${databaseName}'`));
  }
}