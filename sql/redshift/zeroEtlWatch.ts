// The SQL of the refresh-interval watch: every integration into the namespace, and whether the secret's user may see them.

/**
 * Every zero-ETL integration the namespace receives, this stack's or not. SVV_INTEGRATION (Redshift Database Developer
 * Guide) has integration_id, target_database, state and refresh_interval (seconds), and shows rows to superusers only.
 */
export const WATCH_INTEGRATIONS_QUERY =
    "SELECT integration_id, target_database, state, refresh_interval FROM svv_integration ORDER BY integration_id";

/** PG_USER.usesuper of the user the Data API logged in as (the admin secret's): without it SVV_INTEGRATION is empty. */
export const CURRENT_USER_SUPERUSER_QUERY = "SELECT usesuper FROM pg_user WHERE usename = current_user";
