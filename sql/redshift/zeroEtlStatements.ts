// The Redshift SQL that creates, tunes, inspects and drops the database a zero-ETL integration replicates into.
// Grammar: Redshift Database Developer Guide, CREATE DATABASE (r_CREATE_DATABASE), ALTER DATABASE (r_ALTER_DATABASE),
// DROP DATABASE (r_DROP_DATABASE); views SVV_INTEGRATION, SVV_INTEGRATION_TABLE_STATE, SVV_REDSHIFT_DATABASES.

/** Unquoted-safe Redshift database names this program creates: lowercase, so the name is the same quoted or not. */
export const REDSHIFT_DATABASE = /^[a-z_][a-z0-9_]{0,62}$/;
const INTEGRATION_ID = /^[A-Za-z0-9-]{1,128}$/;
export const MAX_REFRESH_INTERVAL_SECONDS = 432000;
/** dev and the system databases can't be dropped (r_DROP_DATABASE), so none of them may be the zero-ETL target. */
export const RESERVED_DATABASES: readonly string[] = ["dev", "padb_harvest", "template0", "template1", "sys:internal"];

/** The integration options this program manages, in the order both grammars list them. */
export interface IntegrationSettings {
    acceptInvalidChars: boolean;
    refreshIntervalSeconds: number;
    truncateColumns: boolean;
    historyMode: boolean;
}

export function quoteDatabase(name: string): string {
    if (!REDSHIFT_DATABASE.test(name)) {
        throw new Error(`Redshift database name ${JSON.stringify(name)} must be 1 to 63 lowercase letters, digits and underscores, starting with a letter or underscore`);
    }
    return `"${name}"`;
}

function integrationLiteral(integrationId: string): string {
    if (!INTEGRATION_ID.test(integrationId)) {
        throw new Error(`integration id ${JSON.stringify(integrationId)} is not a zero-ETL integration id`);
    }
    return `'${integrationId}'`;
}

export function checkRefreshInterval(seconds: number): number {
    if (!Number.isInteger(seconds) || seconds < 0 || seconds > MAX_REFRESH_INTERVAL_SECONDS) {
        throw new Error(`refresh interval ${seconds} must be a whole number of seconds from 0 to ${MAX_REFRESH_INTERVAL_SECONDS}`);
    }
    return seconds;
}

const bool = (v: boolean) => (v ? "TRUE" : "FALSE");

/** The SET clauses for the given settings, in grammar order; `forAllTables` adds ALTER's `FOR ALL TABLES` to HISTORY_MODE. */
function setClauses(settings: Partial<IntegrationSettings>, forAllTables: boolean): string[] {
    const clauses: string[] = [];
    if (settings.acceptInvalidChars !== undefined) clauses.push(`ACCEPTINVCHARS = ${bool(settings.acceptInvalidChars)}`);
    if (settings.refreshIntervalSeconds !== undefined) clauses.push(`REFRESH_INTERVAL ${checkRefreshInterval(settings.refreshIntervalSeconds)}`);
    if (settings.truncateColumns !== undefined) clauses.push(`TRUNCATECOLUMNS = ${bool(settings.truncateColumns)}`);
    if (settings.historyMode !== undefined) clauses.push(`HISTORY_MODE = ${bool(settings.historyMode)}${forAllTables ? " FOR ALL TABLES" : ""}`);
    return clauses;
}

/**
 * CREATE DATABASE ... FROM INTEGRATION ... SET ...: MySQL sources take no DATABASE '<source>' clause. The interval is set
 * here, not by a later ALTER, so the database never replicates continuously. Not allowed in a transaction.
 */
export function createDatabaseFromIntegration(databaseName: string, integrationId: string, settings?: IntegrationSettings): string {
    const base = `CREATE DATABASE ${quoteDatabase(databaseName)} FROM INTEGRATION ${integrationLiteral(integrationId)}`;
    return settings === undefined ? base : `${base} SET ${setClauses(settings, false).join(" ")}`;
}

/** ALTER DATABASE ... INTEGRATION SET with only the given settings (a change of one key changes only that setting). */
export function alterIntegrationSettings(databaseName: string, changed: Partial<IntegrationSettings>): string {
    const clauses = setClauses(changed, true);
    if (clauses.length === 0) {
        throw new Error("ALTER DATABASE ... INTEGRATION SET needs at least one setting");
    }
    return `ALTER DATABASE ${quoteDatabase(databaseName)} INTEGRATION SET ${clauses.join(" ")}`;
}

/** ALTER DATABASE ... INTEGRATION SET REFRESH_INTERVAL: the form other programs and the README use. */
export function setRefreshInterval(databaseName: string, refreshIntervalSeconds: number): string {
    return alterIntegrationSettings(databaseName, { refreshIntervalSeconds });
}

/** FORCE ends open sessions (an analyst's query editor) instead of failing the destroy (r_DROP_DATABASE). */
export function dropDatabase(databaseName: string): string {
    if (RESERVED_DATABASES.includes(databaseName)) {
        throw new Error(`database ${databaseName} can't be dropped`);
    }
    return `DROP DATABASE ${quoteDatabase(databaseName)} FORCE`;
}

/** Data API parameterised reads (values travel as :parameters, never spliced into the text). */
export const INTEGRATION_BY_ID_QUERY =
    "SELECT integration_id, target_database, state, refresh_interval, is_history_mode FROM svv_integration WHERE integration_id = :integration_id";
export const INTEGRATIONS_BY_DATABASE_QUERY =
    "SELECT integration_id, target_database, state, refresh_interval, is_history_mode FROM svv_integration WHERE target_database = :database";
export const DATABASE_EXISTS_QUERY =
    "SELECT database_name FROM svv_redshift_databases WHERE database_name = :database";

/** A query to see the integration's state, lag and refresh interval, e.g. in the Redshift query editor. */
export function integrationStatusQuery(databaseName: string): string {
    quoteDatabase(databaseName);
    return "SELECT integration_id, target_database, state, current_lag, refresh_interval " +
        `FROM svv_integration WHERE target_database = '${databaseName}'`;
}
