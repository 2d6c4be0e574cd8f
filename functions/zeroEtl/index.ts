// Lambda behind aws.lambda.Invocation (lifecycleScope CRUD): the zero-ETL target database and the namespace policy statements.
import { RedshiftDataClient } from "@aws-sdk/client-redshift-data";
import { RedshiftClient } from "@aws-sdk/client-redshift";
import { RDSClient } from "@aws-sdk/client-rds";

import { DataApiTarget, runSql, RunOptions, SqlFailed } from "./dataApi";
import {
    Action, DATABASE_KIND, DatabaseSpec, DatabaseState, IntegrationState, Observed, parseDatabaseSpec, planAll, PlannedSql, ReadersState,
    sameLocation, ZeroEtlDatabaseRefused,
} from "./database";
import { applyNamespacePolicy, NAMESPACE_POLICY_KIND, parseNamespacePolicySpec } from "./namespacePolicy";
import {
    CURRENT_USER_SUPER_QUERY, DATABASE_COMMENT_QUERY, DATABASE_EXISTS_QUERY, DROP_USER_REFUSED, INTEGRATION_BY_ID_QUERY, parseOwnership, INTEGRATIONS_BY_DATABASE_QUERY, readerRole, ROLE_EXISTS_QUERY, ROLE_MEMBERS_QUERY,
    USER_EXISTS_QUERY,
} from "../../sql/redshift/zeroEtlStatements";

const dataApi = new RedshiftDataClient({ maxAttempts: 5 });
const redshift = new RedshiftClient({ maxAttempts: 5 });
const rds = new RDSClient({ maxAttempts: 5 });

/** The provider adds `tf: {action, prev_input}` to the input (terraform-provider-aws internal/service/lambda/invocation.go). */
export interface InvocationEvent {
    kind?: string;
    tf?: { action?: string; prev_input?: unknown };
    [key: string]: unknown;
}

export interface DatabaseResult {
    database: string;
    integrationId: string;
    statements: string[];
    /** Users this stack created that Redshift refused to drop (they own an object or hold a privilege now): kept. */
    keptUsers: string[];
}

function log(message: string, fields: Record<string, unknown>): void {
    console.log(JSON.stringify({ message, ...fields }));
}

function actionOf(event: InvocationEvent): Action {
    const action = event.tf?.action;
    if (action !== "create" && action !== "update" && action !== "delete") {
        throw new Error(`event.tf.action ${JSON.stringify(action)} must be create, update or delete (lifecycleScope must be CRUD)`);
    }
    return action;
}

/** Input without the provider's `tf` key, as the program wrote it. */
function programInput(event: InvocationEvent): Record<string, unknown> {
    const { tf: _tf, ...rest } = event;
    return rest;
}

async function databaseState(target: DataApiTarget, spec: DatabaseSpec, database: string, options: RunOptions): Promise<DatabaseState> {
    const exists = (await runSql(dataApi, target, DATABASE_EXISTS_QUERY, { database }, options)).length > 0;
    const bindings = await runSql(dataApi, target, INTEGRATIONS_BY_DATABASE_QUERY, { database }, options);
    const ours = bindings.find(r => r.integration_id === spec.integrationId);
    // The comment is only visible while connected to that database (r_COMMENT: comments apply to the current database).
    const comment = exists ? await runSql(dataApi, { ...target, connectDatabase: database }, DATABASE_COMMENT_QUERY, { database }, options) : [];
    const record = parseOwnership(comment[0]?.comment);
    return {
        exists,
        ...(record ? { record } : {}),
        boundTo: bindings.map(r => String(r.integration_id)),
        ...(ours ? { refreshIntervalSeconds: Number(ours.refresh_interval), historyMode: ours.is_history_mode === true } : {}),
    };
}

async function integrationState(target: DataApiTarget, integrationId: string, options: RunOptions): Promise<IntegrationState> {
    const rows = await runSql(dataApi, target, INTEGRATION_BY_ID_QUERY, { integration_id: integrationId }, options);
    return rows.length === 0 ? { found: false, targetDatabase: "" } : { found: true, targetDatabase: String(rows[0].target_database ?? "") };
}

/** The reader role of `spec.database` and the given users, as Redshift reports them (pg_user, SVV_ROLES, SVV_USER_GRANTS). */
async function readersState(target: DataApiTarget, database: string, wanted: string[], options: RunOptions): Promise<ReadersState> {
    const role = readerRole(database);
    const roleExists = (await runSql(dataApi, target, ROLE_EXISTS_QUERY, { role_name: role }, options)).length > 0;
    const members = roleExists
        ? (await runSql(dataApi, target, ROLE_MEMBERS_QUERY, { role_name: role }, options)).map(r => String(r.user_name))
        : [];
    const state: ReadersState = { roleExists, members, users: {} };
    for (const user of [...new Set([...wanted, ...members])]) {
        const exists = (await runSql(dataApi, target, USER_EXISTS_QUERY, { user_name: user }, options)).length > 0;
        state.users[user] = { exists, member: members.includes(user) };
    }
    return state;
}

function targetOf(spec: DatabaseSpec): DataApiTarget {
    return { workgroupName: spec.workgroupName, connectDatabase: spec.connectDatabase, secretArn: spec.secretArn };
}

/** Where a planned statement runs (PlannedSql.on). */
function targetFor(step: PlannedSql, spec: DatabaseSpec, previous: DatabaseSpec | undefined): DataApiTarget {
    if (step.on === "previous" && previous) return targetOf(previous);
    if (step.on === "zeroEtlDatabase") return { ...targetOf(spec), connectDatabase: spec.database };
    return targetOf(spec);
}

/**
 * SVV_INTEGRATION shows rows to superusers only (its reference page): with any other user every binding reads as empty
 * and a same-named database of another integration would look like ours. So the connected user must be a superuser.
 */
async function requireSuperuser(target: DataApiTarget, options: RunOptions): Promise<void> {
    const rows = await runSql(dataApi, target, CURRENT_USER_SUPER_QUERY, {}, options);
    if (rows[0]?.usesuper !== true) {
        const user = String(rows[0]?.usename ?? "the secret's user");
        throw new ZeroEtlDatabaseRefused(
            `the admin secret ${target.secretArn} signs in as ${user}, who is not a superuser of workgroup ${target.workgroupName}; ` +
            "SVV_INTEGRATION shows integrations to superusers only, so this function cannot tell which database an integration feeds. " +
            "Use the namespace's admin user's secret: `pulumi config set redshiftAdminSecretArn <secret ARN>`.");
    }
}

/** Observes Redshift, plans, and runs the plan one statement at a time (CREATE/DROP DATABASE can't share a transaction). */
export async function reconcileDatabase(action: Action, spec: DatabaseSpec, previous: DatabaseSpec | undefined,
    options: RunOptions = {}): Promise<DatabaseResult> {
    const target = targetOf(spec);
    await requireSuperuser(target, options);
    const elsewhere = previous !== undefined && action !== "delete" && !sameLocation(spec, previous);
    if (elsewhere && previous!.workgroupName !== spec.workgroupName) await requireSuperuser(targetOf(previous!), options);
    const observed: Observed = {
        desired: await databaseState(target, spec, spec.database, options),
        integration: await integrationState(target, spec.integrationId, options),
    };
    const feeds = observed.integration.targetDatabase;
    if (action !== "delete" && observed.integration.found && feeds !== "" && feeds !== spec.database) {
        observed.integration.target = await databaseState(target, spec, feeds, options);
        observed.targetReaders = await readersState(target, feeds, [], options);
    }
    if (elsewhere) {
        // The old database lives where the old input ran its SQL (another name, or another workgroup).
        observed.previous = await databaseState(targetOf(previous!), previous!, previous!.database, options);
    }
    const users = [...new Set([...spec.readOnlyUsers, ...(previous?.readOnlyUsers ?? []),
        ...(observed.desired.record?.users ?? []), ...(observed.integration.target?.record?.users ?? [])])];
    observed.readers = await readersState(target, spec.database, users, options);
    if (elsewhere) {
        observed.previousReaders = await readersState(targetOf(previous!), previous!.database,
            [...new Set([...previous!.readOnlyUsers, ...(observed.previous?.record?.users ?? [])])], options);
    }
    const planned = planAll(action, spec, previous, observed);
    const statements = planned.map(p => p.sql);
    log("zero-ETL database plan", { action, database: spec.database, integrationId: spec.integrationId, statements });
    const keptUsers: string[] = [];
    for (const step of planned) {
        try {
            await runSql(dataApi, targetFor(step, spec, previous), step.sql, {}, options);
        } catch (err) {
            if (!(step.sql.startsWith("DROP USER ") && err instanceof SqlFailed && DROP_USER_REFUSED.test(err.message))) throw err;
            const user = step.sql.replace(/^DROP USER "(.*)"$/, "$1");
            keptUsers.push(user);
            log("zero-ETL user kept: Redshift refuses to drop it", { user, error: err.message });
        }
    }
    return { database: spec.database, integrationId: spec.integrationId, statements, keptUsers };
}

/** DescribeStatement poll interval: DATA_API_POLL_MS, default one second. */
function pollMs(): number {
    const raw = process.env.DATA_API_POLL_MS;
    const value = raw === undefined ? 1000 : Number(raw);
    if (!Number.isInteger(value) || value < 0 || value > 60000) {
        throw new Error(`DATA_API_POLL_MS ${JSON.stringify(raw)} must be a whole number of milliseconds up to 60000`);
    }
    return value;
}

export async function handler(event: InvocationEvent): Promise<unknown> {
    const action = actionOf(event);
    const input = programInput(event);
    const prev = event.tf?.prev_input ?? undefined;
    switch (input.kind) {
        case DATABASE_KIND: {
            const spec = parseDatabaseSpec(input, "input");
            const previous = prev === undefined || prev === null ? undefined : parseDatabaseSpec(prev, "tf.prev_input");
            return reconcileDatabase(action, spec, previous, { pollMs: pollMs() });
        }
        case NAMESPACE_POLICY_KIND: {
            const spec = parseNamespacePolicySpec(input, "input");
            const previous = prev === undefined || prev === null ? undefined : parseNamespacePolicySpec(prev, "tf.prev_input");
            const result = await applyNamespacePolicy(redshift, action, spec, previous, rds);
            log("namespace policy", { action, namespaceArn: spec.namespaceArn, ...result });
            return result;
        }
        default:
            throw new Error(`input.kind ${JSON.stringify(input.kind)} must be ${DATABASE_KIND} or ${NAMESPACE_POLICY_KIND}`);
    }
}
