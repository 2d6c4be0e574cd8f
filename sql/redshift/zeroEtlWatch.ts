// The SQL of the refresh-interval watch: every integration into the namespace, and whether the secret's user may see them.

/**
 * Every zero-ETL integration the namespace receives, this stack's or not. SVV_INTEGRATION (Redshift Database Developer
 * Guide) has integration_id, target_database, state and refresh_interval (seconds), and shows rows to superusers only.
 */
export const WATCH_INTEGRATIONS_QUERY =
    "SELECT integration_id, target_database, state, refresh_interval FROM svv_integration ORDER BY integration_id";

/** The superuser check is the database function's (CURRENT_USER_SUPER_QUERY): without usesuper SVV_INTEGRATION is empty. */
export { CURRENT_USER_SUPER_QUERY } from "./zeroEtlStatements";
