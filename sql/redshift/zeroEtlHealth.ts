// Redshift SQL for zero-ETL health: the tables an integration failed to replicate, and the statement that resyncs them.

const REDSHIFT_DATABASE = /^[a-z_][a-z0-9_]{0,62}$/;
const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,126}$/;

function checkedDatabase(name: string): string {
    if (!REDSHIFT_DATABASE.test(name)) {
        throw new Error(`Redshift database name ${JSON.stringify(name)} must be lowercase letters, digits and underscores`);
    }
    return name;
}

/**
 * Tables of the target database that are not replicating (SVV_INTEGRATION_TABLE_STATE, Redshift developer guide:
 * table_state is Synced, Failed, Deleted, ResyncRequired, ResyncInitiated or DroppedSource; reason says why).
 */
export function failedTablesQuery(databaseName: string): string {
    return "SELECT schema_name, table_name, table_state, reason, last_updated_timestamp " +
        "FROM svv_integration_table_state " +
        `WHERE target_database = '${checkedDatabase(databaseName)}' AND table_state IN ('Failed', 'ResyncRequired') ` +
        "ORDER BY schema_name, table_name";
}

/** Resynchronises failed tables in place; the integration is not replaced (Aurora zero-ETL troubleshooting guide). */
export function refreshTablesStatement(databaseName: string, tables: readonly string[]): string {
    if (tables.length === 0) {
        return `ALTER DATABASE "${checkedDatabase(databaseName)}" INTEGRATION REFRESH ALL TABLES`;
    }
    for (const t of tables) {
        if (!TABLE_NAME.test(t)) {
            throw new Error(`table name ${JSON.stringify(t)} must be letters, digits and underscores`);
        }
    }
    return `ALTER DATABASE "${checkedDatabase(databaseName)}" INTEGRATION REFRESH TABLES ${tables.join(", ")}`;
}
