// @ts-nocheck
// The Redshift SQL the zero-ETL component runs through the Data API: create the target database, set its refresh interval.

const REDSHIFT_DATABASE = /^[a-z_][a-z0-9_]{0,62}$/;
const INTEGRATION_ID = /^[A-Za-z0-9-]{1,128}$/;
export const MAX_REFRESH_INTERVAL_SECONDS = 432000;

function database(name: string): string {
    if (!REDSHIFT_DATABASE.test(name)) {
        throw new Error(`Redshift database name ${JSON.stringify(name)} must be lowercase letters, digits and underscores`);
    }
    return `"${name}"`;
}

/** CREATE DATABASE ... FROM INTEGRATION: MySQL sources take no DATABASE '<source>' clause. Not allowed in a transaction. */
export function createDatabaseFromIntegration(databaseName: string, integrationId: string): string {
    if (!INTEGRATION_ID.test(integrationId)) {
        throw new Error(`integration id ${JSON.stringify(integrationId)} is not a zero-ETL integration id`);
    }
    return `CREATE DATABASE ${database(databaseName)} FROM INTEGRATION '${integrationId}'`;
}

/** ALTER DATABASE ... INTEGRATION SET REFRESH_INTERVAL: built from config alone, so it is fully known at preview. */
export function setRefreshInterval(databaseName: string, refreshIntervalSeconds: number): string {
    if (!Number.isInteger(refreshIntervalSeconds) || refreshIntervalSeconds < 0 || refreshIntervalSeconds > MAX_REFRESH_INTERVAL_SECONDS) {
        throw new Error(`refresh interval ${refreshIntervalSeconds} must be a whole number of seconds from 0 to ${MAX_REFRESH_INTERVAL_SECONDS}`);
    }
    return `ALTER DATABASE ${database(databaseName)} INTEGRATION SET REFRESH_INTERVAL ${refreshIntervalSeconds}`;
}

/** A query to see the integration's state, lag and refresh interval, e.g. in the Redshift query editor. */
export function integrationStatusQuery(databaseName: string): string {
    if (!REDSHIFT_DATABASE.test(databaseName)) {
        throw new Error(`Redshift database name ${JSON.stringify(databaseName)} must be lowercase letters, digits and underscores`);
    }
    return "SELECT integration_id, target_database, state, current_lag, refresh_interval " +
        `FROM svv_integration WHERE target_database = '${databaseName}'`;
}
