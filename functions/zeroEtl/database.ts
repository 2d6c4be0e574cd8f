// The zero-ETL target database's lifecycle: pure planning from what Redshift reports, then the SQL that gets there.
import {
    alterIntegrationSettings, createDatabaseFromIntegration, createIamUser, createReaderRole, dropDatabase, dropReaderRole, dropUser,
    commentOwnership, grantReaderRole, grantReaderScope, IntegrationSettings, MAX_REFRESH_INTERVAL_SECONDS, OWNER, Ownership,
    ownershipText, READ_ONLY_USER, REDSHIFT_DATABASE, RESERVED_DATABASES, revokeReaderRole,
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
    /**
     * The stack, `<project>/<stack>`, written into the database's ownership record. Optional only so that an input stored
     * before issue 21 (a delete or prev_input from an older program) still parses.
     */
    owner?: string;
}

/** What Redshift says about one database name: whether it exists and which integrations replicate into it. */
export interface DatabaseState {
    exists: boolean;
    /** integration_id values from SVV_INTEGRATION whose target_database is this database. */
    boundTo: string[];
    /** SVV_INTEGRATION.refresh_interval for the desired integration when bound to it. */
    refreshIntervalSeconds?: number;
    historyMode?: boolean;
    /** The ownership record in the database's comment (sql/redshift/zeroEtlStatements.ts), when it has one. */
    record?: Ownership;
}

export interface IntegrationState {
    /** Whether SVV_INTEGRATION lists the integration at all. */
    found: boolean;
    /** Its target_database; empty before CREATE DATABASE ... FROM INTEGRATION. */
    targetDatabase: string;
    /** The database it feeds when that is not the desired one (same workgroup): its record says whether it is ours. */
    target?: DatabaseState;
}

/** What Redshift says about the reader role of one database and the read-only users (namespace-wide objects). */
export interface ReadersState {
    roleExists: boolean;
    /** Users that hold the role now (SVV_USER_GRANTS), whoever put them there. */
    members?: string[];
    /** Per user name: whether the user exists and whether it holds the reader role. */
    users: Record<string, { exists: boolean; member: boolean }>;
}

export interface Observed {
    desired: DatabaseState;
    /** The reader role of the desired database and the users of both inputs, in the desired workgroup. */
    readers?: ReadersState;
    /** The same for the previous input's database when it lived elsewhere. */
    previousReaders?: ReadersState;
    /** The reader role of the database our integration feeds when that is another one (a rename half done). */
    targetReaders?: ReadersState;
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
    if (o.owner !== undefined && (typeof o.owner !== "string" || !OWNER.test(o.owner))) fail("owner", "must be <Pulumi project>/<stack>");
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
function changedSettings(desired: DatabaseSpec, previous: IntegrationSettings | undefined, observed: DatabaseState): Partial<IntegrationSettings> {
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

/** true or false when the database carries an ownership record (is it this owner's?), undefined when it has none. */
export function ownedByRecord(state: DatabaseState | undefined, owner: string | undefined): boolean | undefined {
    if (state?.record === undefined) return undefined;
    return owner !== undefined && state.record.owner === owner;
}

/**
 * A database this program may drop. With an ownership record: the record names this stack. Without one: it replicates
 * only from our integrations; one that replicates from nothing only when an input from before issue 21 (no owner) made it.
 */
function isOurs(state: DatabaseState, ourIntegrationIds: string[], madeByUs: boolean, owner: string | undefined): boolean {
    const byRecord = ownedByRecord(state, owner);
    if (byRecord !== undefined) return byRecord;
    if (state.boundTo.length === 0) {
        return madeByUs && owner === undefined;
    }
    return state.boundTo.every(id => ourIntegrationIds.includes(id));
}

/** On delete: what the stored input's invocation may do to the database it names. */
export function deleteScope(desired: DatabaseSpec, observed: Observed): "drop" | "release" | "none" {
    const state = observed.desired;
    if (!state.exists) return "none";
    if (!isOurs(state, [desired.integrationId], true, desired.owner)) return "none";
    // Another invocation still holds it (a create-before-delete replacement): only our hold goes.
    return state.record !== undefined && state.record.holders > 1 ? "release" : "drop";
}

function refuseForeignIntegrationTarget(desired: DatabaseSpec, target: string): never {
    throw new ZeroEtlDatabaseRefused(
        `integration ${desired.integrationId} already replicates into database ${target}; ` +
        `set zeroEtlDatabase to it (\`pulumi config set zeroEtlDatabase ${target}\`) or drop that database first.`);
}

/**
 * The SQL that takes Redshift from `observed` to `desired` for one lifecycle action. Ownership comes from Redshift: the
 * record in a database's comment, or (for a database without one) the integration it replicates from. `previous` (the
 * provider's prev_input) only says where an old database may be; after a failed update it equals the input.
 */
export function planDatabase(action: Action, desired: DatabaseSpec, previous: DatabaseSpec | undefined, observed: Observed): PlannedSql[] {
    const ourIds = [desired.integrationId, ...(previous ? [previous.integrationId] : [])];
    const owner = desired.owner;
    if (action === "delete") {
        // The provider passes the stored input as both the input and prev_input on delete.
        const scope = deleteScope(desired, observed);
        if (scope === "none") return [];
        if (scope === "release") {
            const record = observed.desired.record!;
            return [{ on: "zeroEtlDatabase", sql: commentOwnership(desired.database, { ...record, holders: record.holders - 1 }) }];
        }
        return [{ on: "desired", sql: dropDatabase(desired.database) }];
    }

    const sql: PlannedSql[] = [];
    const sameDatabase = sameLocation(desired, previous);
    const sameIntegration = previous !== undefined && previous.integrationId === desired.integrationId;
    const state = observed.desired;

    // Our integration feeds another database of this workgroup: a rename, or a rename that failed half way.
    const target = observed.integration.found ? observed.integration.targetDatabase : "";
    let droppedTarget = "";
    if (target !== "" && target !== desired.database) {
        const byRecord = ownedByRecord(observed.integration.target, owner);
        const legacy = byRecord === undefined && previous !== undefined && previous.owner === undefined &&
            previous.database === target && previous.workgroupName === desired.workgroupName;
        if (byRecord !== true && !legacy) refuseForeignIntegrationTarget(desired, target);
        sql.push({ on: "desired", sql: dropDatabase(target) });
        droppedTarget = target;
    }

    // The previous input's database elsewhere (another workgroup, or a name our integration no longer feeds).
    if (previous !== undefined && !sameDatabase &&
        !(previous.workgroupName === desired.workgroupName && previous.database === droppedTarget)) {
        const prevState = observed.previous;
        if (prevState !== undefined && prevState.exists && isOurs(prevState, ourIds, true, previous.owner ?? owner)) {
            sql.push({ on: "previous", sql: dropDatabase(previous.database) });
        }
    }

    const create = () => sql.push({ on: "desired", sql: createDatabaseFromIntegration(desired.database, desired.integrationId, settingsOf(desired)) });
    if (!state.exists) {
        create();
        return sql;
    }
    const byRecord = ownedByRecord(state, owner);
    if (byRecord === false) {
        throw new ZeroEtlDatabaseRefused(
            `database ${desired.database} in workgroup ${desired.workgroupName} belongs to stack ${state.record!.owner}, not ${owner}; ` +
            "choose another name with `pulumi config set zeroEtlDatabase <name>`.");
    }
    if (state.boundTo.includes(desired.integrationId)) {
        const baseline = byRecord === true ? state.record!.settings : sameDatabase && sameIntegration ? previous : undefined;
        const changed = changedSettings(desired, baseline, state);
        if (Object.keys(changed).length > 0) {
            sql.push({ on: "desired", sql: alterIntegrationSettings(desired.database, changed) });
        }
        return sql;
    }
    // Ours, but fed by an integration that is gone or replaced: re-create it from the desired integration.
    const legacyOurs = byRecord === undefined && previous !== undefined && previous.owner === undefined && sameDatabase &&
        !sameIntegration && isOurs(state, ourIds, true, undefined);
    if (byRecord === true || legacyOurs) {
        sql.push({ on: "desired", sql: dropDatabase(desired.database) });
        create();
        return sql;
    }
    if (previous !== undefined && sameDatabase && !sameIntegration && state.boundTo.length > 0) {
        throw new ZeroEtlDatabaseRefused(
            `database ${desired.database} now replicates from integration ${state.boundTo.join(", ")}, which this stack did not create; ` +
            `choose another name with \`pulumi config set zeroEtlDatabase <name>\`.`);
    }
    throw new ZeroEtlDatabaseRefused(
        `database ${desired.database} already exists in workgroup ${desired.workgroupName} and does not replicate from integration ` +
        `${desired.integrationId}${state.boundTo.length > 0 ? ` (it replicates from ${state.boundTo.join(", ")})` : ""}; ` +
        `choose another name with \`pulumi config set zeroEtlDatabase <name>\`, or drop that database if it is no longer used.`);
}

const noReaders: ReadersState = { roleExists: false, users: {} };

/** The ownership records this run takes over: the desired database's, and that of a database of ours it drops here. */
function carriedRecords(desired: DatabaseSpec, previous: DatabaseSpec | undefined, observed: Observed): Ownership[] {
    const owner = desired.owner;
    const records: Ownership[] = [];
    for (const state of [observed.desired, observed.integration.target]) {
        if (ownedByRecord(state, owner) === true) records.push(state!.record!);
    }
    if (previous !== undefined && previous.workgroupName === desired.workgroupName && !sameLocation(desired, previous) &&
        ownedByRecord(observed.previous, owner) === true) {
        records.push(observed.previous!.record!);
    }
    return records;
}

/**
 * Users this stack created, as far as Redshift can tell: the ownership records it takes over (same workgroup). An input
 * from before issue 21 (no owner) had no record: its listed users are taken as ours, as that program did.
 */
function createdUsers(desired: DatabaseSpec, previous: DatabaseSpec | undefined, observed: Observed): string[] {
    if (desired.owner === undefined) {
        return previous !== undefined && previous.workgroupName === desired.workgroupName ? [...previous.readOnlyUsers] : [];
    }
    return [...new Set(carriedRecords(desired, previous, observed).flatMap(r => r.users))];
}

// Only users this stack created are dropped; Redshift's refusal (the user now owns an object) keeps the user (index.ts).
const dropOurUser = (on: PlannedSql["on"], user: string): PlannedSql => ({ on, sql: dropUser(user) });

/**
 * The SQL for the read-only users, after the database's own plan: a role `<database>_reader` with scoped USAGE/SELECT on
 * the zero-ETL database, granted to each listed IAM identity. A member no longer listed loses the role; only users this
 * stack created are dropped (an analyst who signed in before, or a user another stack shares, keeps the user).
 * `databaseCreated` says the database plan (re)creates the database, which takes its scoped grants with it.
 */
export function planReadOnlyUsers(action: Action, desired: DatabaseSpec, previous: DatabaseSpec | undefined, observed: Observed,
    databaseCreated: boolean): PlannedSql[] {
    const here = observed.readers ?? noReaders;
    const sql: PlannedSql[] = [];
    if (action === "delete") {
        if (deleteScope(desired, observed) !== "drop") return [];
        // DROP ROLE ... FORCE takes the role from every member first (r_DROP_ROLE); then only the users we created go.
        if (here.roleExists) sql.push({ on: "desired", sql: dropReaderRole(desired.database) });
        const ours = desired.owner === undefined ? desired.readOnlyUsers : (observed.desired.record?.users ?? []);
        for (const user of ours) {
            if (here.users[user]?.exists) sql.push(dropOurUser("desired", user));
        }
        return sql;
    }
    const want = desired.readOnlyUsers;
    const moved = previous !== undefined && !sameLocation(desired, previous);
    const sameWorkgroup = previous !== undefined && previous.workgroupName === desired.workgroupName;
    const created = createdUsers(desired, previous, observed);

    if (moved) {
        // The old database's role goes; our users there go unless still wanted in the same workgroup.
        const there = observed.previousReaders ?? noReaders;
        const oldGrants = ownedByRecord(observed.previous, desired.owner) === true ? observed.previous!.record!.readerGrants
            : previous!.readOnlyUsers.length > 0;
        if (there.roleExists && oldGrants) sql.push({ on: "previous", sql: dropReaderRole(previous!.database) });
        const oldCreated = desired.owner === undefined || previous!.owner === undefined ? previous!.readOnlyUsers
            : ownedByRecord(observed.previous, desired.owner) === true ? observed.previous!.record!.users : [];
        for (const user of oldCreated) {
            if (there.users[user]?.exists && !(sameWorkgroup && want.includes(user))) sql.push(dropOurUser("previous", user));
        }
    }
    const target = observed.integration.targetDatabase;
    if (observed.targetReaders?.roleExists && target !== "" && target !== desired.database && !(moved && previous!.database === target && sameWorkgroup)) {
        sql.push({ on: "desired", sql: dropReaderRole(target) });
    }
    const members = here.members ?? Object.keys(here.users).filter(u => here.users[u].member);
    const handled = new Set<string>();
    if (want.length === 0) {
        // The role is ours to drop when our record says we granted it, or (before issue 21) the last input listed users.
        const granted = ownedByRecord(observed.desired, desired.owner) === true ? observed.desired.record!.readerGrants
            : !moved && (previous?.readOnlyUsers.length ?? 0) > 0;
        if (here.roleExists && granted) sql.push({ on: "desired", sql: dropReaderRole(desired.database) });
        for (const user of created) {
            if (here.users[user]?.exists && !(moved && !sameWorkgroup) && !handledByMove(sql, user)) sql.push(dropOurUser("desired", user));
        }
        return sql;
    }
    if (!here.roleExists) sql.push({ on: "desired", sql: createReaderRole(desired.database) });
    const grantsKnown = ownedByRecord(observed.desired, desired.owner) === true ? observed.desired.record!.readerGrants
        : !moved && (previous?.readOnlyUsers.length ?? 0) > 0;
    if (!here.roleExists || databaseCreated || !grantsKnown) {
        for (const grant of grantReaderScope(desired.database)) sql.push({ on: "zeroEtlDatabase", sql: grant });
    }
    for (const user of want) {
        const state = here.users[user];
        if (!state?.exists) sql.push({ on: "desired", sql: createIamUser(user) });
        if (!here.roleExists || !members.includes(user)) sql.push({ on: "desired", sql: grantReaderRole(desired.database, user) });
        handled.add(user);
    }
    if (here.roleExists) {
        for (const user of members.filter(u => !want.includes(u))) {
            sql.push({ on: "desired", sql: revokeReaderRole(desired.database, user) });
            if (created.includes(user) && !handledByMove(sql, user)) sql.push(dropOurUser("desired", user));
            handled.add(user);
        }
    }
    for (const user of created.filter(u => !handled.has(u))) {
        if (here.users[user]?.exists && !(moved && !sameWorkgroup) && !handledByMove(sql, user)) sql.push(dropOurUser("desired", user));
    }
    return sql;
}

/** Whether the plan already drops this user (on the previous side, in the same workgroup). */
function handledByMove(sql: PlannedSql[], user: string): boolean {
    return sql.some(p => p.sql === dropUser(user));
}

/**
 * The record to write after a create or update: holders counts the invocations that hold the database (one more on
 * create: a replacement's new invocation before the old one's delete), users what this stack created and still has.
 */
export function nextOwnership(action: Action, desired: DatabaseSpec, previous: DatabaseSpec | undefined, observed: Observed,
    planned: PlannedSql[]): Ownership | undefined {
    if (desired.owner === undefined || action === "delete") return undefined;
    // Only the desired database's own holders carry over: an old invocation that held another name (a rename) finds
    // that database gone when its delete runs, so it holds nothing here.
    const holders = ownedByRecord(observed.desired, desired.owner) === true ? observed.desired.record!.holders : 0;
    const dropped = new Set(planned.filter(p => p.on !== "previous" && p.sql.startsWith("DROP USER ")).map(p => p.sql));
    const users = new Set(createdUsers(desired, previous, observed).filter(u => !dropped.has(dropUser(u))));
    for (const p of planned) {
        for (const user of desired.readOnlyUsers) if (p.sql === createIamUser(user)) users.add(user);
    }
    return {
        owner: desired.owner,
        holders: action === "create" ? holders + 1 : Math.max(holders, 1),
        users: [...users].sort(),
        settings: settingsOf(desired),
        readerGrants: desired.readOnlyUsers.length > 0,
    };
}

/** The whole plan for one action: the database, its readers and the ownership record, in the order they must run. */
export function planAll(action: Action, desired: DatabaseSpec, previous: DatabaseSpec | undefined, observed: Observed): PlannedSql[] {
    const databasePlan = planDatabase(action, desired, previous, observed);
    const databaseCreated = databasePlan.some(p => p.on === "desired" && p.sql.startsWith("CREATE DATABASE "));
    const readers = planReadOnlyUsers(action, desired, previous, observed, databaseCreated);
    if (action === "delete") {
        // Role and users first: their record lives in the database's comment, so a retry after a failure still knows them.
        return [...readers, ...databasePlan];
    }
    const planned = [...databasePlan, ...readers];
    const record = nextOwnership(action, desired, previous, observed, planned);
    if (record !== undefined) {
        const current = ownedByRecord(observed.desired, desired.owner) === true ? ownershipText(observed.desired.record!) : undefined;
        if (databaseCreated || current !== ownershipText(record)) {
            planned.push({ on: "zeroEtlDatabase", sql: commentOwnership(desired.database, record) });
        }
    }
    return planned;
}
