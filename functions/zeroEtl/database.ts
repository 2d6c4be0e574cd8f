// The zero-ETL target database's lifecycle: pure planning from what Redshift reports, then the SQL that gets there.
import {
    alterIntegrationSettings, createDatabaseFromIntegration, createIamUser, createReaderRole, dropDatabase, dropReaderRole, dropUser,
    grantReaderRole, grantReaderScope, IntegrationSettings, MAX_REFRESH_INTERVAL_SECONDS, READ_ONLY_USER, REDSHIFT_DATABASE,
    RESERVED_DATABASES, revokeReaderRole,
} from "../../sql/redshift/zeroEtlStatements";

export const DATABASE_KIND = "aurora-analytics:zero-etl-database";

/** The invocation's input (docs/zero-etl-database.md): a contract the policy pack reads too. */
export interface DatabaseSpec extends IntegrationSettings {
    kind: typeof DATABASE_KIND;
    version: 1;
    integrationId: string;
    integrationArn: string;
    namespaceArn: string;
    workgroupName: string;
    connectDatabase: string;
    secretArn: string;
    database: string;
    readOnlyUsers: string[];
}

/** What Redshift says about one database name: whether it exists and which integrations replicate into it. */
export interface DatabaseState {
    exists: boolean;
    /** integration_id values from SVV_INTEGRATION whose target_database is this database. */
    boundTo: string[];
    /** SVV_INTEGRATION.refresh_interval for the desired integration when bound to it. */
    refreshIntervalSeconds?: number;
    historyMode?: boolean;
}

export interface IntegrationState {
    /** Whether SVV_INTEGRATION lists the integration at all. */
    found: boolean;
    /** Its target_database; empty before CREATE DATABASE ... FROM INTEGRATION. */
    targetDatabase: string;
}

/** What Redshift says about the reader role of one database and the read-only users (namespace-wide objects). */
export interface ReadersState {
    roleExists: boolean;
    /** Per user name: whether the user exists and whether it holds the reader role. */
    users: Record<string, { exists: boolean; member: boolean }>;
}

export interface Observed {
    desired: DatabaseState;
    /** The reader role of the desired database and the users of both inputs, in the desired workgroup. */
    readers?: ReadersState;
    /** The same for the previous input's database when it lived elsewhere. */
    previousReaders?: ReadersState;
    /** State of the previous input's database when it lived elsewhere (another name or another workgroup). */
    previous?: DatabaseState;
    integration: IntegrationState;
}

/**
 * One statement and where it runs: where the desired database lives, or where the previous one did (both connected to
 * the namespace's own database), or connected to the zero-ETL database itself (scoped grants need that).
 */
export interface PlannedSql {
    on: "desired" | "previous" | "zeroEtlDatabase";
    sql: string;
}

/** Whether the previous input's database is the same database as the desired one (same workgroup, same name). */
export function sameLocation(desired: DatabaseSpec, previous: DatabaseSpec | undefined): boolean {
    return previous !== undefined && previous.workgroupName === desired.workgroupName && previous.database === desired.database;
}

export type Action = "create" | "update" | "delete";

export class ZeroEtlDatabaseRefused extends Error {
    constructor(message: string) {
        super(message);
        this.name = "ZeroEtlDatabaseRefused";
    }
}

const SETTING_KEYS: (keyof IntegrationSettings)[] = ["acceptInvalidChars", "refreshIntervalSeconds", "truncateColumns", "historyMode"];

const ARN = /^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\d{12}:\S+$/;
const WORKGROUP = /^[a-z0-9-]{3,64}$/;

/** Validates the input of an invocation, naming the field at fault: nothing from it reaches SQL unchecked. */
export function parseDatabaseSpec(raw: unknown, where: string): DatabaseSpec {
    if (typeof raw !== "object" || raw === null) {
        throw new ZeroEtlDatabaseRefused(`${where} is not a JSON object`);
    }
    const o = raw as Record<string, unknown>;
    const fail = (field: string, rule: string): never => {
        throw new ZeroEtlDatabaseRefused(`${where}.${field} ${JSON.stringify(o[field])} ${rule}`);
    };
    if (o.kind !== DATABASE_KIND) fail("kind", `must be ${DATABASE_KIND}`);
    if (o.version !== 1) fail("version", "must be 1");
    for (const field of ["integrationId", "integrationArn", "namespaceArn", "workgroupName", "connectDatabase", "secretArn", "database"]) {
        if (typeof o[field] !== "string" || o[field] === "") fail(field, "must be a non-empty string");
    }
    if (!/^[A-Za-z0-9-]{1,128}$/.test(o.integrationId as string)) fail("integrationId", "is not a zero-ETL integration id");
    for (const field of ["integrationArn", "namespaceArn", "secretArn"]) {
        if (!ARN.test(o[field] as string)) fail(field, "is not an ARN");
    }
    if (!WORKGROUP.test(o.workgroupName as string)) fail("workgroupName", "is not a Redshift Serverless workgroup name");
    if (!REDSHIFT_DATABASE.test(o.database as string)) fail("database", "must be lowercase letters, digits and underscores");
    if (RESERVED_DATABASES.includes(o.database as string) || o.database === o.connectDatabase) {
        fail("database", "is the namespace's own database; zero-ETL needs a database of its own");
    }
    const interval = o.refreshIntervalSeconds;
    if (typeof interval !== "number" || !Number.isInteger(interval) || interval < 0 || interval > MAX_REFRESH_INTERVAL_SECONDS) {
        fail("refreshIntervalSeconds", `must be a whole number from 0 to ${MAX_REFRESH_INTERVAL_SECONDS}`);
    }
    for (const field of ["acceptInvalidChars", "truncateColumns", "historyMode"]) {
        if (typeof o[field] !== "boolean") fail(field, "must be true or false");
    }
    if (!Array.isArray(o.readOnlyUsers) || !o.readOnlyUsers.every(u => typeof u === "string")) {
        fail("readOnlyUsers", "must be a list of names");
    }
    const users = o.readOnlyUsers as string[];
    if (!users.every(u => READ_ONLY_USER.test(u))) {
        fail("readOnlyUsers", "must hold only IAMR:<IAM role name> or IAM:<IAM user name> identities (1 to 64 of letters, digits and +=,.@_-)");
    }
    if (new Set(users).size !== users.length) fail("readOnlyUsers", "must not repeat a name");
    return o as unknown as DatabaseSpec;
}

function settingsOf(spec: DatabaseSpec): IntegrationSettings {
    return {
        acceptInvalidChars: spec.acceptInvalidChars,
        refreshIntervalSeconds: spec.refreshIntervalSeconds,
        truncateColumns: spec.truncateColumns,
        historyMode: spec.historyMode,
    };
}

/** Settings whose desired value differs from the previous input, or from what SVV_INTEGRATION shows (drift). */
function changedSettings(desired: DatabaseSpec, previous: DatabaseSpec | undefined, observed: DatabaseState): Partial<IntegrationSettings> {
    const changed: Partial<IntegrationSettings> = {};
    for (const key of SETTING_KEYS) {
        if (previous === undefined || previous[key] !== desired[key]) {
            (changed as Record<string, unknown>)[key] = desired[key];
        }
    }
    if (observed.refreshIntervalSeconds !== undefined && observed.refreshIntervalSeconds !== desired.refreshIntervalSeconds) {
        changed.refreshIntervalSeconds = desired.refreshIntervalSeconds;
    }
    if (observed.historyMode !== undefined && observed.historyMode !== desired.historyMode) {
        changed.historyMode = desired.historyMode;
    }
    return changed;
}

/** A database this program may drop: it replicates from one of our integrations, or from none and our last input made it. */
function isOurs(state: DatabaseState, ourIntegrationIds: string[], madeByUs: boolean): boolean {
    if (state.boundTo.length === 0) {
        return madeByUs;
    }
    return state.boundTo.every(id => ourIntegrationIds.includes(id));
}

/**
 * The SQL that takes Redshift from `observed` to `desired` for one lifecycle action. `previous` is the input the
 * provider stored (`tf.prev_input`). Never drops a database that replicates from an integration that isn't ours, nor
 * one that exists without an integration unless our previous input created it.
 */
export function planDatabase(action: Action, desired: DatabaseSpec, previous: DatabaseSpec | undefined, observed: Observed): PlannedSql[] {
    const ourIds = [desired.integrationId, ...(previous ? [previous.integrationId] : [])];
    if (action === "delete") {
        // The provider passes the stored input as both the input and prev_input on delete.
        const state = observed.desired;
        if (!state.exists) return [];
        if (!isOurs(state, ourIds, true)) {
            // Another integration replicates into it now: not ours to drop.
            return [];
        }
        return [{ on: "desired", sql: dropDatabase(desired.database) }];
    }

    const sql: PlannedSql[] = [];
    const sameDatabase = sameLocation(desired, previous);
    const sameIntegration = previous !== undefined && previous.integrationId === desired.integrationId;

    // The previous database, when the name or the integration changed: drop it if it is ours.
    if (previous !== undefined && !(sameDatabase && sameIntegration)) {
        const prevState = sameDatabase ? observed.desired : observed.previous;
        if (prevState !== undefined && prevState.exists && !(sameDatabase && prevState.boundTo.includes(desired.integrationId))) {
            if (isOurs(prevState, ourIds, true)) {
                sql.push({ on: sameDatabase ? "desired" : "previous", sql: dropDatabase(previous.database) });
            } else if (sameDatabase) {
                throw new ZeroEtlDatabaseRefused(
                    `database ${desired.database} now replicates from integration ${prevState.boundTo.join(", ")}, which this stack did not create; ` +
                    `choose another name with \`pulumi config set zeroEtlDatabase <name>\`.`);
            }
        }
    }
    const droppedDesired = sql.length > 0 && sameDatabase;
    const state = observed.desired;

    if (!state.exists || droppedDesired) {
        if (observed.integration.found && observed.integration.targetDatabase !== "" &&
            observed.integration.targetDatabase !== desired.database && observed.integration.targetDatabase !== previous?.database) {
            throw new ZeroEtlDatabaseRefused(
                `integration ${desired.integrationId} already replicates into database ${observed.integration.targetDatabase}; ` +
                `set zeroEtlDatabase to it (\`pulumi config set zeroEtlDatabase ${observed.integration.targetDatabase}\`) or drop that database first.`);
        }
        sql.push({ on: "desired", sql: createDatabaseFromIntegration(desired.database, desired.integrationId, settingsOf(desired)) });
        return sql;
    }
    if (state.boundTo.includes(desired.integrationId)) {
        const changed = changedSettings(desired, sameDatabase && sameIntegration ? previous : undefined, state);
        if (Object.keys(changed).length > 0) {
            sql.push({ on: "desired", sql: alterIntegrationSettings(desired.database, changed) });
        }
        return sql;
    }
    throw new ZeroEtlDatabaseRefused(
        `database ${desired.database} already exists in workgroup ${desired.workgroupName} and does not replicate from integration ` +
        `${desired.integrationId}${state.boundTo.length > 0 ? ` (it replicates from ${state.boundTo.join(", ")})` : ""}; ` +
        `choose another name with \`pulumi config set zeroEtlDatabase <name>\`, or drop that database if it is no longer used.`);
}

const noReaders: ReadersState = { roleExists: false, users: {} };

/**
 * The SQL for the read-only users, after the database's own plan: a role `<database>_reader` with scoped USAGE/SELECT on
 * the zero-ETL database, granted to each listed IAM identity; users and role removed when no longer listed, and on delete.
 * `databaseCreated` says the database plan (re)creates the database, which takes its scoped grants with it.
 */
export function planReadOnlyUsers(action: Action, desired: DatabaseSpec, previous: DatabaseSpec | undefined, observed: Observed,
    databaseCreated: boolean): PlannedSql[] {
    const here = observed.readers ?? noReaders;
    const sql: PlannedSql[] = [];
    if (action === "delete") {
        // The stored input is both input and prev_input: its users are ours to remove.
        if (desired.readOnlyUsers.length === 0) return [];
        if (here.roleExists) sql.push({ on: "desired", sql: dropReaderRole(desired.database) });
        for (const user of desired.readOnlyUsers) {
            if (here.users[user]?.exists) sql.push({ on: "desired", sql: dropUser(user) });
        }
        return sql;
    }
    const want = desired.readOnlyUsers;
    const had = previous?.readOnlyUsers ?? [];
    const moved = previous !== undefined && !sameLocation(desired, previous);
    const sameWorkgroup = previous !== undefined && previous.workgroupName === desired.workgroupName;

    if (moved && had.length > 0) {
        // The old database's role goes; users stay only when they are still wanted in the same workgroup.
        const there = observed.previousReaders ?? noReaders;
        if (there.roleExists) sql.push({ on: "previous", sql: dropReaderRole(previous!.database) });
        for (const user of had) {
            if (there.users[user]?.exists && !(sameWorkgroup && want.includes(user))) sql.push({ on: "previous", sql: dropUser(user) });
        }
    }
    if (want.length === 0) {
        if (!moved && had.length > 0) {
            if (here.roleExists) sql.push({ on: "desired", sql: dropReaderRole(desired.database) });
            for (const user of had) {
                if (here.users[user]?.exists) sql.push({ on: "desired", sql: dropUser(user) });
            }
        }
        return sql;
    }
    if (!here.roleExists) sql.push({ on: "desired", sql: createReaderRole(desired.database) });
    if (!here.roleExists || databaseCreated || moved || had.length === 0) {
        for (const grant of grantReaderScope(desired.database)) sql.push({ on: "zeroEtlDatabase", sql: grant });
    }
    for (const user of want) {
        const state = here.users[user];
        if (!state?.exists) sql.push({ on: "desired", sql: createIamUser(user) });
        if (!here.roleExists || !state?.member) sql.push({ on: "desired", sql: grantReaderRole(desired.database, user) });
    }
    if (!moved) {
        for (const user of had.filter(u => !want.includes(u))) {
            const state = here.users[user];
            if (!state?.exists) continue;
            if (state.member) sql.push({ on: "desired", sql: revokeReaderRole(desired.database, user) });
            sql.push({ on: "desired", sql: dropUser(user) });
        }
    }
    return sql;
}
