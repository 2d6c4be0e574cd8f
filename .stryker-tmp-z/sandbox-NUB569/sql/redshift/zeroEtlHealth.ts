// @ts-nocheck
// Redshift SQL for zero-ETL health: the tables an integration failed to replicate, and the statement that resyncs them.

const REDSHIFT_DATABASE = /^[a-z_][a-z0-9_]{0,62}$/;

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
