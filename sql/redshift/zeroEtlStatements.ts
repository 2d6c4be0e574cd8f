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

/** ALTER DATABASE ... INTEGRATION SET REFRESH_INTERVAL: the form other programs and docs/zero-etl.md use. */
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

// --- Read-only access for analysts (issue 14) ---
// Redshift Serverless signs IAM identities in as database users named `IAMR:<role>` (an assumed role) or `IAM:<user>`
// (Amazon Redshift Management Guide, "Defining database roles to grant to federated users in Amazon Redshift Serverless";
// query editor v2 federated access). CREATE USER ... PASSWORD DISABLE makes the user ahead of its first sign-in, with no
// password anywhere (r_CREATE_USER). Reading is granted to one role with scoped permissions, which cover current and
// future tables and must be run while connected to that database (t_scoped-permissions-considerations).

/** IAM role and user names: 1 to 64 of letters, digits and `+=,.@_-` (IAM User Guide, IAM quotas: name requirements). */
export const READ_ONLY_USER = /^IAMR?:[A-Za-z0-9+=,.@_-]{1,64}$/;

/** The identity quoted as a delimited identifier (the workgroup is case-sensitive, so case is kept). */
export function quoteReadOnlyUser(name: string): string {
    if (!READ_ONLY_USER.test(name)) {
        throw new Error(`read-only user ${JSON.stringify(name)} must be IAMR:<IAM role name> or IAM:<IAM user name> (1 to 64 of letters, digits and +=,.@_-)`);
    }
    return `"${name}"`;
}

/** The role that may read the zero-ETL database and nothing else: `<database>_reader`. */
export function readerRole(databaseName: string): string {
    quoteDatabase(databaseName);
    return `${databaseName}_reader`;
}

export function createReaderRole(databaseName: string): string {
    return `CREATE ROLE "${readerRole(databaseName)}"`;
}

/** Scoped grants (r_GRANT, scoped permissions): USAGE on every schema and SELECT on every table, now and later. */
export function grantReaderScope(databaseName: string): string[] {
    const role = readerRole(databaseName);
    return [
        `GRANT USAGE FOR SCHEMAS IN DATABASE ${quoteDatabase(databaseName)} TO ROLE "${role}"`,
        `GRANT SELECT FOR TABLES IN DATABASE ${quoteDatabase(databaseName)} TO ROLE "${role}"`,
    ];
}

/** FORCE removes the role's assignments to users first (r_DROP_ROLE). */
export function dropReaderRole(databaseName: string): string {
    return `DROP ROLE "${readerRole(databaseName)}" FORCE`;
}

export function createIamUser(name: string): string {
    return `CREATE USER ${quoteReadOnlyUser(name)} PASSWORD DISABLE`;
}

export function grantReaderRole(databaseName: string, user: string): string {
    return `GRANT ROLE "${readerRole(databaseName)}" TO ${quoteReadOnlyUser(user)}`;
}

export function revokeReaderRole(databaseName: string, user: string): string {
    return `REVOKE ROLE "${readerRole(databaseName)}" FROM ${quoteReadOnlyUser(user)}`;
}

export function dropUser(user: string): string {
    return `DROP USER ${quoteReadOnlyUser(user)}`;
}

export const USER_EXISTS_QUERY = "SELECT usename FROM pg_user WHERE usename = :user_name";
export const ROLE_EXISTS_QUERY = "SELECT role_name FROM svv_roles WHERE role_name = :role_name";
export const ROLE_MEMBERS_QUERY = "SELECT user_name FROM svv_user_grants WHERE role_name = :role_name";

// --- Ownership record (issue 21): what this stack holds, kept in Redshift itself, not in the provider's prev_input ---
// COMMENT ON DATABASE (r_COMMENT): "Comments on databases may only be applied to the current database", so the record
// is written and read while connected to the zero-ETL database. PG 8.0-era catalogs keep a database's comment in that
// database's pg_description, read with obj_description(oid, 'pg_database') (docs/zero-etl-database.md names the doubt).

export const OWNERSHIP_KIND = "aurora-analytics:zero-etl-owner";
/** A stack's identity in the record: `<project>/<stack>` (Pulumi project and stack names). */
export const OWNER = /^[A-Za-z0-9._-]{1,100}\/[A-Za-z0-9._-]{1,100}$/;

/** What the ownership record says: who owns the database, how many invocations hold it, what it created. */
export interface Ownership {
    owner: string;
    /** Invocations that hold the database: a create-before-delete replacement has two until the old one is deleted. */
    holders: number;
    /** Users this stack created with CREATE USER (only these are ever dropped). */
    users: string[];
    /** The settings as last applied (ALTER compares against these, not against prev_input). */
    settings: IntegrationSettings;
    /** Whether the reader role's scoped grants were made on this database. */
    readerGrants: boolean;
}

/** The record as a SQL string literal's text: compact JSON with a fixed key order, so equal records compare equal. */
export function ownershipText(o: Ownership): string {
    if (!OWNER.test(o.owner)) throw new Error(`owner ${JSON.stringify(o.owner)} must be <project>/<stack>`);
    if (!Number.isInteger(o.holders) || o.holders < 1) throw new Error(`holders ${o.holders} must be a whole number from 1`);
    o.users.forEach(quoteReadOnlyUser);
    return JSON.stringify({
        kind: OWNERSHIP_KIND, owner: o.owner, holders: o.holders, users: [...o.users].sort(),
        settings: {
            acceptInvalidChars: o.settings.acceptInvalidChars, refreshIntervalSeconds: checkRefreshInterval(o.settings.refreshIntervalSeconds),
            truncateColumns: o.settings.truncateColumns, historyMode: o.settings.historyMode,
        },
        readerGrants: o.readerGrants,
    });
}

/** COMMENT ON DATABASE "<db>" IS '<record>': run connected to that database. */
export function commentOwnership(databaseName: string, o: Ownership): string {
    return `COMMENT ON DATABASE ${quoteDatabase(databaseName)} IS '${ownershipText(o).replace(/'/g, "''")}'`;
}

/** The record in a database comment; undefined for no comment or a comment that is not a record (someone else's text). */
export function parseOwnership(text: unknown): Ownership | undefined {
    if (typeof text !== "string" || text === "") return undefined;
    let o: Record<string, unknown>;
    try {
        o = JSON.parse(text) as Record<string, unknown>;
    } catch {
        return undefined;
    }
    if (typeof o !== "object" || o === null || o.kind !== OWNERSHIP_KIND || typeof o.owner !== "string" || !OWNER.test(o.owner)) return undefined;
    const s = o.settings as Record<string, unknown> | undefined;
    const holders = o.holders;
    if (typeof holders !== "number" || !Number.isInteger(holders) || holders < 1) return undefined;
    if (!Array.isArray(o.users) || !o.users.every(u => typeof u === "string" && READ_ONLY_USER.test(u))) return undefined;
    if (typeof s !== "object" || s === null || typeof s.acceptInvalidChars !== "boolean" || typeof s.truncateColumns !== "boolean" ||
        typeof s.historyMode !== "boolean" || typeof s.refreshIntervalSeconds !== "number") return undefined;
    return {
        owner: o.owner, holders, users: o.users as string[],
        settings: {
            acceptInvalidChars: s.acceptInvalidChars, refreshIntervalSeconds: s.refreshIntervalSeconds,
            truncateColumns: s.truncateColumns, historyMode: s.historyMode,
        },
        readerGrants: o.readerGrants === true,
    };
}

/** The database's comment, read while connected to it. */
export const DATABASE_COMMENT_QUERY =
    "SELECT pg_catalog.obj_description(oid, 'pg_database') AS comment FROM pg_catalog.pg_database WHERE datname = :database";

/** PG_USER.usesuper of the connected user: SVV_INTEGRATION shows rows to superusers only (SVV_INTEGRATION reference). */
export const CURRENT_USER_SUPER_QUERY = "SELECT usename, usesuper FROM pg_user WHERE usename = current_user";

/** DROP USER's refusal for a user who owns an object or holds a privilege (r_DROP_USER, SQL state 55006). */
export const DROP_USER_REFUSED = /user "[^"]+" can't be dropped because the user (owns some object|has a privilege on some object)/;

// --- Day-two tools (npm run zero-etl) ---

/** The integration's state, lag and interval (SVV_INTEGRATION). */
export const INTEGRATION_STATUS_QUERY =
    "SELECT integration_id, target_database, source, state, current_lag, refresh_interval, total_tables_replicated, total_tables_failed, is_history_mode " +
    "FROM svv_integration WHERE integration_id = :integration_id";

/** One row per replicated table and the reason of its last state change (SVV_INTEGRATION_TABLE_STATE). */
export const TABLE_STATES_QUERY =
    "SELECT schema_name, table_name, table_state, reason, last_updated_timestamp, table_rows, table_size, is_history_mode " +
    "FROM svv_integration_table_state WHERE integration_id = :integration_id ORDER BY schema_name, table_name";

/** A replicated table's schema (the MySQL database) and name. MySQL names are at most 64 characters. */
export interface TableName {
    schema: string;
    table: string;
}

/** Names this tool accepts for a source table part: letters, digits, `_` and `$`, 1 to 64. Quoted, never raw. */
export const TABLE_PART = /^[A-Za-z0-9_$]{1,64}$/;

function quoteTablePart(part: string): string {
    if (!TABLE_PART.test(part)) {
        throw new Error(`table name part ${JSON.stringify(part)} must be 1 to 64 letters, digits, _ or $`);
    }
    return `"${part}"`;
}

/** ALTER DATABASE ... INTEGRATION REFRESH TABLE schema.table [, ...] (r_ALTER_DATABASE). */
export function refreshTables(databaseName: string, tables: TableName[]): string {
    if (tables.length === 0) {
        throw new Error("INTEGRATION REFRESH TABLE needs at least one table");
    }
    const list = tables.map(t => `${quoteTablePart(t.schema)}.${quoteTablePart(t.table)}`).join(", ");
    return `ALTER DATABASE ${quoteDatabase(databaseName)} INTEGRATION REFRESH TABLE ${list}`;
}

/** ALTER DATABASE ... INTEGRATION REFRESH INERROR TABLES: every table in a failed state (r_ALTER_DATABASE). */
export function refreshInErrorTables(databaseName: string): string {
    return `ALTER DATABASE ${quoteDatabase(databaseName)} INTEGRATION REFRESH INERROR TABLES`;
}
