// A stateful fake of the Redshift Data API over a fake Redshift Serverless warehouse with zero-ETL integrations.
// It behaves as AWS documents, so tests see what a real run would: statements that run asynchronously and are forgotten
// after 24 hours, databases that exist or not, integrations that replicate into at most one database, and SQL that fails.
// Sources: Redshift Data API reference (ExecuteStatement, DescribeStatement, GetStatementResult; "the query results are
// stored for 24 hours"); Redshift Database Developer Guide (CREATE/ALTER/DROP DATABASE, SVV_INTEGRATION,
// SVV_INTEGRATION_TABLE_STATE, SVV_REDSHIFT_DATABASES: character(128) columns come back blank-padded).
import { AwsStub } from "aws-sdk-client-mock";
import {
    DescribeStatementCommand, DescribeStatementCommandInput, ExecuteStatementCommand, ExecuteStatementCommandInput,
    Field, GetStatementResultCommand, GetStatementResultCommandInput, RedshiftDataClient, ResourceNotFoundException,
    ValidationException,
} from "@aws-sdk/client-redshift-data";
import { RedshiftDataServiceException } from "@aws-sdk/client-redshift-data";

export const STATEMENT_RETENTION_MS = 24 * 60 * 60 * 1000;

export interface FakeIntegration {
    id: string;
    namespaceArn: string;
    targetDatabase: string;
    /** RDS-side state: a deleted integration disappears from SVV_INTEGRATION. */
    refreshInterval: number;
    historyMode: boolean;
    acceptInvalidChars: boolean;
    truncateColumns: boolean;
    state: string;
    tables: FakeTableState[];
    /** SVV_INTEGRATION.current_lag in milliseconds (0 when unset). */
    currentLag?: number;
}

export interface FakeTableState {
    schema: string;
    table: string;
    state: "Synced" | "Failed" | "Deleted" | "ResyncRequired" | "ResyncInitiated" | "DroppedSource";
    reason: string;
    /** SVV_INTEGRATION_TABLE_STATE.table_rows, table_size (MB) and last_updated_timestamp; defaults 0, 0 and the fake's clock. */
    rows?: number;
    sizeMb?: number;
    updatedAt?: string;
}

/** A Redshift role (namespace-wide): its members and the databases where it holds scoped grants ("USAGE SCHEMAS" / "SELECT TABLES"). */
export interface FakeRole {
    members: Set<string>;
    scopedGrants: Set<string>;
}

export interface FakeWorkgroup {
    name: string;
    namespaceArn: string;
    adminSecretArn: string;
    /** database name -> integration id it was created from ("" for a local database). */
    databases: Map<string, string>;
    /** Database users and roles: namespace-wide, not per database (r_CREATE_USER, r_CREATE_ROLE). */
    users: Set<string>;
    roles: Map<string, FakeRole>;
    /**
     * Whether the admin secret's user is a superuser (default true). SVV_INTEGRATION shows rows to superusers only (its
     * reference page), and PG_USER.usesuper answers for the current user from this field.
     */
    superuser?: boolean;
    /** The workgroup's ARN, what an IAM policy names (redshift-data:ExecuteStatement's resource type is workgroup). */
    arn?: string;
    /** COMMENT ON DATABASE text per database (r_COMMENT); visible only while connected to that database. */
    comments: Map<string, string>;
    /**
     * Users DROP USER refuses (r_DROP_USER): "owns some object" or "has a privilege on some object", e.g. an analyst who
     * made a table in dev, or a user another stack granted something to.
     */
    holds: Map<string, "owns some object" | "has a privilege on some object">;
}

interface FakeStatement {
    id: string;
    workgroup: string;
    database: string;
    sql: string;
    createdAt: number;
    describes: number;
    error?: string;
    columns: string[];
    rows: (string | number | boolean | null)[][];
}

/** One statement that ran (or failed), in order. */
export interface ExecutedSql {
    workgroup: string;
    database: string;
    sql: string;
    error?: string;
}

export class SqlError extends Error {}

const pad128 = (value: string) => value.padEnd(128, " ");

export class FakeRedshiftData {
    now = Date.parse("2026-11-30T00:00:00Z");
    readonly workgroups = new Map<string, FakeWorkgroup>();
    readonly integrations = new Map<string, FakeIntegration>();
    readonly statements = new Map<string, FakeStatement>();
    readonly executed: ExecutedSql[] = [];
    /** Rows per GetStatementResult page (the Data API pages large results with NextToken). */
    pageSize = 1000;
    /** DescribeStatement reports STARTED this many times before the final status. */
    describesBeforeDone = 1;
    private nextId = 1;
    /** Statements made to fail once each, in order of registration (failNext). */
    private readonly faults: { sql: RegExp; error: string }[] = [];

    /**
     * The next statement matching `sql` fails with `error`, once: a run that fails half way. The default text is
     * Redshift's serializable isolation error (Database Developer Guide, "Serializable isolation", error 1023).
     */
    failNext(sql: RegExp, error = "ERROR: 1023 DETAIL: Serializable isolation violation on table - 100000, transactions forming the cycle are: 1, 2"): void {
        this.faults.push({ sql, error });
    }

    addWorkgroup(name: string, namespaceArn: string, adminSecretArn: string, connectDatabase = "dev"): FakeWorkgroup {
        const workgroup: FakeWorkgroup = {
            name, namespaceArn, adminSecretArn, databases: new Map([[connectDatabase, ""]]), users: new Set(["admin"]), roles: new Map(),
            comments: new Map(), holds: new Map(),
        };
        this.workgroups.set(name, workgroup);
        return workgroup;
    }

    /** RDS CreateIntegration: the integration appears in SVV_INTEGRATION with no target database yet. */
    createIntegration(id: string, namespaceArn: string, tables: FakeTableState[] = []): FakeIntegration {
        const integration: FakeIntegration = {
            id, namespaceArn, targetDatabase: "", refreshInterval: 0, historyMode: false, acceptInvalidChars: false,
            truncateColumns: false, state: "PendingDbConnectState", tables,
        };
        this.integrations.set(id, integration);
        return integration;
    }

    /** RDS DeleteIntegration: replication stops; the database it fed stays behind until someone drops it. */
    deleteIntegration(id: string): void {
        this.integrations.delete(id);
    }

    advance(ms: number): void {
        this.now += ms;
    }

    /**
     * Replication makes progress: every table in ResyncInitiated ends its resync, Synced unless `failures` names it
     * ("schema.table" -> the reason Redshift would give). Returns how many tables moved.
     */
    tick(failures: Record<string, string> = {}): number {
        let moved = 0;
        for (const integration of this.integrations.values()) {
            for (const t of integration.tables) {
                if (t.state !== "ResyncInitiated") continue;
                const reason = failures[`${t.schema}.${t.table}`];
                t.state = reason === undefined ? "Synced" : "Failed";
                t.reason = reason ?? "";
                t.updatedAt = this.timestamp();
                moved++;
            }
        }
        return moved;
    }

    /** SVV_INTEGRATION_TABLE_STATE.last_updated_timestamp: timestamp without time zone, UTC. */
    timestamp(): string {
        return new Date(this.now).toISOString().replace("T", " ").replace("Z", "");
    }

    /** Statements that changed something (everything but SELECT), as run. */
    changes(): string[] {
        return this.executed.filter(e => !/^SELECT\b/i.test(e.sql)).map(e => e.sql);
    }

    databasesOf(workgroup: string): Record<string, string> {
        return Object.fromEntries(this.workgroup(workgroup).databases);
    }

    /**
     * Whether the caller's IAM policies allow an action on a resource; when set, ExecuteStatement is refused with
     * AccessDeniedException unless they allow redshift-data:ExecuteStatement on the workgroup and
     * secretsmanager:GetSecretValue on the secret (Data API guide, "Authorizing access to the Amazon Redshift Data API":
     * with SecretArn, the caller needs GetSecretValue on that secret).
     */
    authorize?: (action: string, resourceArn: string) => Promise<boolean>;

    install(mock: AwsStub<any, any, any>): void {
        mock.on(ExecuteStatementCommand).callsFake(async (input: ExecuteStatementCommandInput) => {
            if (this.authorize !== undefined && input.WorkgroupName !== undefined) {
                const workgroup = this.workgroup(input.WorkgroupName);
                for (const [action, resource] of [["redshift-data:ExecuteStatement", workgroup.arn ?? ""], ["secretsmanager:GetSecretValue", input.SecretArn ?? ""]]) {
                    if (!await this.authorize(action, resource)) {
                        throw new RedshiftDataServiceException({
                            name: "AccessDeniedException", $fault: "client", $metadata: { httpStatusCode: 400 },
                            message: `User is not authorized to perform: ${action} on resource: ${resource}`,
                        });
                    }
                }
            }
            return this.execute(input);
        });
        mock.on(DescribeStatementCommand).callsFake((input: DescribeStatementCommandInput) => this.describe(input));
        mock.on(GetStatementResultCommand).callsFake((input: GetStatementResultCommandInput) => this.result(input));
    }

    private workgroup(name: string): FakeWorkgroup {
        const workgroup = this.workgroups.get(name);
        if (!workgroup) {
            throw new ValidationException({ message: `Workgroup ${name} not found.`, $metadata: {} });
        }
        return workgroup;
    }

    execute(input: ExecuteStatementCommandInput): { Id: string } {
        if (input.ClusterIdentifier !== undefined || input.WorkgroupName === undefined) {
            throw new ValidationException({ message: "Either ClusterIdentifier or WorkgroupName is required (this fake serves workgroups).", $metadata: {} });
        }
        const workgroup = this.workgroup(input.WorkgroupName);
        if (input.SecretArn !== workgroup.adminSecretArn) {
            throw new ValidationException({ message: `secret ${input.SecretArn} is not a credential of workgroup ${workgroup.name}`, $metadata: {} });
        }
        if (!input.Database || !workgroup.databases.has(input.Database)) {
            throw new ValidationException({ message: `database "${input.Database}" does not exist`, $metadata: {} });
        }
        if (!input.Sql) {
            throw new ValidationException({ message: "Sql is required", $metadata: {} });
        }
        const id = `00000000-0000-4000-8000-${String(this.nextId++).padStart(12, "0")}`;
        const statement: FakeStatement = {
            id, workgroup: workgroup.name, database: input.Database, sql: input.Sql, createdAt: this.now, describes: 0, columns: [], rows: [],
        };
        const params = new Map((input.Parameters ?? []).map(p => [p.name ?? "", p.value ?? ""]));
        const fault = this.faults.findIndex(f => f.sql.test(input.Sql!));
        try {
            if (fault >= 0) throw new SqlError(this.faults.splice(fault, 1)[0].error);
            this.run(workgroup, input.Database, input.Sql, params, statement);
        } catch (err) {
            if (!(err instanceof SqlError)) throw err;
            statement.error = err.message;
        }
        this.statements.set(id, statement);
        this.executed.push({ workgroup: workgroup.name, database: input.Database, sql: input.Sql, ...(statement.error ? { error: statement.error } : {}) });
        return { Id: id };
    }

    private alive(id: string | undefined): FakeStatement {
        const statement = id === undefined ? undefined : this.statements.get(id);
        if (!statement || this.now - statement.createdAt > STATEMENT_RETENTION_MS) {
            throw new ResourceNotFoundException({ message: "Query does not exist.", Message: "Query does not exist.", ResourceId: id ?? "", $metadata: {} });
        }
        return statement;
    }

    describe(input: DescribeStatementCommandInput) {
        const statement = this.alive(input.Id);
        statement.describes++;
        const done = statement.describes > this.describesBeforeDone;
        return {
            Id: statement.id,
            QueryString: statement.sql,
            Status: !done ? "STARTED" : statement.error ? "FAILED" : "FINISHED",
            ...(done && statement.error ? { Error: statement.error } : {}),
            HasResultSet: done && !statement.error && statement.columns.length > 0,
            ResultRows: statement.rows.length,
        };
    }

    result(input: GetStatementResultCommandInput) {
        const statement = this.alive(input.Id);
        if (statement.describes <= this.describesBeforeDone || statement.error || statement.columns.length === 0) {
            throw new ValidationException({ message: `Query ${statement.id} has no result set.`, $metadata: {} });
        }
        const start = input.NextToken ? Number(input.NextToken) : 0;
        const page = statement.rows.slice(start, start + this.pageSize);
        const records: Field[][] = page.map(row => row.map(value => {
            if (value === null) return { isNull: true };
            if (typeof value === "number") return { longValue: value };
            if (typeof value === "boolean") return { booleanValue: value };
            return { stringValue: value };
        }));
        const next = start + this.pageSize < statement.rows.length ? String(start + this.pageSize) : undefined;
        return {
            Records: records,
            ColumnMetadata: statement.columns.map(name => ({ name })),
            TotalNumRows: statement.rows.length,
            ...(next ? { NextToken: next } : {}),
        };
    }

    /** The SQL this fake understands; anything else fails as a syntax error would, so unexpected SQL fails a test. */
    private run(workgroup: FakeWorkgroup, current: string, sql: string, params: Map<string, string>, out: FakeStatement): void {
        // Parameters are recognised outside quoted identifiers and literals only ("IAMR:analyst" is a name, not :analyst).
        const text = sql.replace(/"[^"]*"|'[^']*'|:([a-z_]+)/g, (whole, name: string | undefined) => {
            if (name === undefined) return whole;
            if (!params.has(name)) throw new SqlError(`ERROR: parameter :${name} has no value`);
            return `'${params.get(name)!.replace(/'/g, "''")}'`;
        });
        let m: RegExpMatchArray | null;
        if ((m = text.match(/^SELECT integration_id, target_database, state, refresh_interval, is_history_mode FROM svv_integration WHERE (integration_id|target_database) = '([^']*)'$/))) {
            const [, column, value] = m;
            out.columns = ["integration_id", "target_database", "state", "refresh_interval", "is_history_mode"];
            out.rows = this.visibleIntegrations(workgroup)
                .filter(i => (column === "integration_id" ? i.id : i.targetDatabase) === value)
                .map(i => [pad128(i.id), pad128(i.targetDatabase), pad128(i.state), i.refreshInterval, i.historyMode]);
            return;
        }
        if ((m = text.match(/^SELECT database_name FROM svv_redshift_databases WHERE database_name = '([^']*)'$/))) {
            out.columns = ["database_name"];
            out.rows = workgroup.databases.has(m[1]) ? [[m[1]]] : [];
            return;
        }
        if (text === "SELECT usename, usesuper FROM pg_user WHERE usename = current_user") {
            // The admin secret's user; the fake names it admin.
            out.columns = ["usename", "usesuper"];
            out.rows = [["admin", workgroup.superuser !== false]];
            return;
        }
        if ((m = text.match(/^SELECT pg_catalog\.obj_description\(oid, 'pg_database'\) AS comment FROM pg_catalog\.pg_database WHERE datname = '([^']*)'$/))) {
            // pg_description is per database: another database's comment reads as NULL from here.
            out.columns = ["comment"];
            out.rows = workgroup.databases.has(m[1]) ? [[current === m[1] ? workgroup.comments.get(m[1]) ?? null : null]] : [];
            return;
        }
        if ((m = text.match(/^COMMENT ON DATABASE "([a-z_][a-z0-9_]*)" IS (NULL|'((?:[^']|'')*)')$/))) {
            // "Comments on databases may only be applied to the current database"; elsewhere only a warning (r_COMMENT).
            if (m[1] !== current || !workgroup.databases.has(m[1])) return;
            if (m[2] === "NULL") workgroup.comments.delete(m[1]); else workgroup.comments.set(m[1], m[3].replace(/''/g, "'"));
            return;
        }
        if ((m = text.match(/^CREATE DATABASE "([a-z_][a-z0-9_]*)" FROM INTEGRATION '([A-Za-z0-9-]+)'(?: SET (.+))?$/))) {
            const [, name, id, options] = m;
            if (workgroup.databases.has(name)) throw new SqlError(`ERROR: database "${name}" already exists`);
            const integration = this.integrations.get(id);
            if (!integration || integration.namespaceArn !== workgroup.namespaceArn) {
                throw new SqlError(`ERROR: Integration ${id} does not exist or is not available in this namespace`);
            }
            if (integration.targetDatabase !== "") {
                throw new SqlError(`ERROR: Integration ${id} already has target database ${integration.targetDatabase}`);
            }
            const settings = this.parseSettings(options ?? "", false);
            integration.targetDatabase = name;
            integration.state = "CdcRefreshState";
            Object.assign(integration, settings);
            workgroup.databases.set(name, id);
            return;
        }
        if ((m = text.match(/^ALTER DATABASE "([a-z_][a-z0-9_]*)" INTEGRATION SET (.+)$/))) {
            const integration = this.integrationOf(workgroup, m[1]);
            Object.assign(integration, this.parseSettings(m[2], true));
            return;
        }
        if ((m = text.match(/^DROP DATABASE "([a-z_][a-z0-9_]*)"( FORCE)?$/))) {
            const name = m[1];
            if (name === current) throw new SqlError("ERROR: cannot drop the currently open database");
            if (["dev", "padb_harvest", "template0", "template1"].includes(name)) throw new SqlError(`ERROR: database ${name} cannot be dropped`);
            if (!workgroup.databases.has(name)) throw new SqlError(`ERROR: database "${name}" does not exist`);
            const id = workgroup.databases.get(name)!;
            workgroup.databases.delete(name);
            workgroup.comments.delete(name);
            for (const role of workgroup.roles.values()) {
                for (const grant of [...role.scopedGrants]) if (grant.startsWith(`${name}:`)) role.scopedGrants.delete(grant);
            }
            const integration = id ? this.integrations.get(id) : undefined;
            if (integration && integration.targetDatabase === name) {
                integration.targetDatabase = "";
                integration.state = "PendingDbConnectState";
            }
            return;
        }
        if (this.runDayTwo(workgroup, current, text, out)) return;
        if (this.runWatch(workgroup, text, out)) return;
        throw new SqlError(`ERROR: syntax error (the fake Redshift does not understand: ${sql})`);
    }

    /** Issue 14's SQL: table states, resyncs, the reader role and IAM users. Returns false for anything else. */
    private runDayTwo(workgroup: FakeWorkgroup, current: string, text: string, out: FakeStatement): boolean {
        let m: RegExpMatchArray | null;
        if ((m = text.match(/^SELECT integration_id, target_database, source, state, current_lag, refresh_interval, total_tables_replicated, total_tables_failed, is_history_mode FROM svv_integration WHERE integration_id = '([^']*)'$/))) {
            out.columns = ["integration_id", "target_database", "source", "state", "current_lag", "refresh_interval", "total_tables_replicated", "total_tables_failed", "is_history_mode"];
            out.rows = this.visibleIntegrations(workgroup)
                .filter(i => i.id === m![1])
                .map(i => [pad128(i.id), pad128(i.targetDatabase), pad128("MySQL"), pad128(i.state), i.currentLag ?? 0, i.refreshInterval,
                    i.tables.filter(t => t.state === "Synced").length, i.tables.filter(t => t.state === "Failed").length, i.historyMode]);
            return true;
        }
        if ((m = text.match(/^SELECT schema_name, table_name, table_state, reason, last_updated_timestamp, table_rows, table_size, is_history_mode FROM svv_integration_table_state WHERE integration_id = '([^']*)' ORDER BY schema_name, table_name$/))) {
            const integration = this.integrations.get(m[1]);
            out.columns = ["schema_name", "table_name", "table_state", "reason", "last_updated_timestamp", "table_rows", "table_size", "is_history_mode"];
            out.rows = !integration || integration.namespaceArn !== workgroup.namespaceArn || integration.targetDatabase === "" ? [] :
                [...integration.tables]
                    .sort((a, b) => (a.schema + "." + a.table).localeCompare(b.schema + "." + b.table))
                    .map(t => [pad128(t.schema), pad128(t.table), pad128(t.state), t.reason.padEnd(256, " "), t.updatedAt ?? this.timestamp(),
                        t.rows ?? 0, t.sizeMb ?? 0, integration.historyMode]);
            return true;
        }
        if ((m = text.match(/^ALTER DATABASE "([a-z_][a-z0-9_]*)" INTEGRATION REFRESH (?:(ALL|INERROR) TABLES|TABLE ((?:"[^"]+"\."[^"]+"(?:, )?)+))$/))) {
            const integration = this.integrationOf(workgroup, m[1]);
            let targets: FakeTableState[];
            if (m[2] === "ALL") targets = integration.tables;
            else if (m[2] === "INERROR") targets = integration.tables.filter(t => t.state === "Failed");
            else {
                const names = [...m[3].matchAll(/"([^"]+)"\."([^"]+)"/g)].map(x => [x[1], x[2]]);
                targets = names.map(([schema, table]) => {
                    const found = integration.tables.find(t => t.schema === schema && t.table === table);
                    // The wording is the fake's: Redshift refuses a table the integration does not replicate.
                    if (!found) throw new SqlError(`ERROR: table "${schema}"."${table}" is not part of integration ${integration.id}`);
                    return found;
                });
            }
            for (const t of targets) {
                t.state = "ResyncInitiated";
                t.reason = "";
                t.updatedAt = this.timestamp();
            }
            return true;
        }
        if ((m = text.match(/^SELECT usename FROM pg_user WHERE usename = '([^']*)'$/))) {
            out.columns = ["usename"];
            out.rows = workgroup.users.has(m[1]) ? [[m[1]]] : [];
            return true;
        }
        if ((m = text.match(/^SELECT role_name FROM svv_roles WHERE role_name = '([^']*)'$/))) {
            out.columns = ["role_name"];
            out.rows = workgroup.roles.has(m[1]) ? [[m[1]]] : [];
            return true;
        }
        if ((m = text.match(/^SELECT user_name FROM svv_user_grants WHERE role_name = '([^']*)'$/))) {
            out.columns = ["user_name"];
            out.rows = [...(workgroup.roles.get(m[1])?.members ?? [])].sort().map(u => [u]);
            return true;
        }
        if ((m = text.match(/^CREATE ROLE "([^"]+)"$/))) {
            if (workgroup.roles.has(m[1])) throw new SqlError(`ERROR: role "${m[1]}" already exists`);
            workgroup.roles.set(m[1], { members: new Set(), scopedGrants: new Set() });
            return true;
        }
        if ((m = text.match(/^DROP ROLE "([^"]+)"( FORCE)?$/))) {
            const role = workgroup.roles.get(m[1]);
            if (!role) throw new SqlError(`ERROR: role "${m[1]}" does not exist`);
            if (!m[2] && role.members.size > 0) throw new SqlError("ERROR: cannot drop this role since it has been granted on a user");
            workgroup.roles.delete(m[1]);
            return true;
        }
        if ((m = text.match(/^CREATE USER "([^"]+)" PASSWORD DISABLE$/))) {
            if (workgroup.users.has(m[1])) throw new SqlError(`ERROR: user "${m[1]}" already exists`);
            workgroup.users.add(m[1]);
            return true;
        }
        if ((m = text.match(/^DROP USER "([^"]+)"$/))) {
            if (!workgroup.users.has(m[1])) throw new SqlError(`ERROR: user "${m[1]}" does not exist`);
            if (m[1] === "admin") throw new SqlError(`ERROR: user "admin" can't be dropped: it is the administrator user`);
            const held = workgroup.holds.get(m[1]);
            // r_DROP_USER: refused for a user who owns an object or holds a privilege (SQL state 55006).
            if (held) throw new SqlError(`ERROR: user "${m[1]}" can't be dropped because the user ${held}`);
            workgroup.users.delete(m[1]);
            for (const role of workgroup.roles.values()) role.members.delete(m[1]);
            return true;
        }
        if ((m = text.match(/^(GRANT|REVOKE) ROLE "([^"]+)" (?:TO|FROM) "([^"]+)"$/))) {
            const role = workgroup.roles.get(m[2]);
            if (!role) throw new SqlError(`ERROR: role "${m[2]}" does not exist`);
            if (!workgroup.users.has(m[3])) throw new SqlError(`ERROR: user "${m[3]}" does not exist`);
            if (m[1] === "GRANT") role.members.add(m[3]); else role.members.delete(m[3]);
            return true;
        }
        if ((m = text.match(/^GRANT (USAGE FOR SCHEMAS|SELECT FOR TABLES) IN DATABASE "([a-z_][a-z0-9_]*)" TO ROLE "([^"]+)"$/))) {
            // Scoped permissions can only be granted for the connected database (t_scoped-permissions-considerations).
            if (m[2] !== current) throw new SqlError(`ERROR: scoped permissions can only be granted for the connected database (connected to ${current})`);
            const role = workgroup.roles.get(m[3]);
            if (!role) throw new SqlError(`ERROR: role "${m[3]}" does not exist`);
            role.scopedGrants.add(`${m[2]}:${m[1]}`);
            return true;
        }
        return false;
    }

    /** SVV_INTEGRATION as the secret's user sees it: this namespace's integrations, or none for a non-superuser. */
    private visibleIntegrations(workgroup: FakeWorkgroup): FakeIntegration[] {
        if (workgroup.superuser === false) return [];
        return [...this.integrations.values()].filter(i => i.namespaceArn === workgroup.namespaceArn);
    }

    /** Issue 19's watch: every integration, and PG_USER.usesuper of the current user. Returns false for anything else. */
    private runWatch(workgroup: FakeWorkgroup, text: string, out: FakeStatement): boolean {
        if (text === "SELECT integration_id, target_database, state, refresh_interval FROM svv_integration ORDER BY integration_id") {
            out.columns = ["integration_id", "target_database", "state", "refresh_interval"];
            out.rows = this.visibleIntegrations(workgroup)
                .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
                .map(i => [pad128(i.id), pad128(i.targetDatabase), pad128(i.state), i.refreshInterval]);
            return true;
        }
        if (text === "SELECT usesuper FROM pg_user WHERE usename = current_user") {
            out.columns = ["usesuper"];
            out.rows = [[workgroup.superuser !== false]];
            return true;
        }
        return false;
    }

    private integrationOf(workgroup: FakeWorkgroup, database: string): FakeIntegration {
        if (!workgroup.databases.has(database)) throw new SqlError(`ERROR: database "${database}" does not exist`);
        const id = workgroup.databases.get(database)!;
        const integration = id ? this.integrations.get(id) : undefined;
        if (!integration || integration.targetDatabase !== database) {
            throw new SqlError(`ERROR: database "${database}" is not an integration database`);
        }
        return integration;
    }

    /** SET clauses of CREATE/ALTER DATABASE (grammar order as documented); ALTER's HISTORY_MODE may take FOR ALL TABLES. */
    private parseSettings(text: string, alter: boolean): Partial<FakeIntegration> {
        const settings: Partial<FakeIntegration> = {};
        let rest = text.trim();
        const take = (re: RegExp): RegExpMatchArray | null => {
            const m = rest.match(re);
            if (m) rest = rest.slice(m[0].length).trim();
            return m;
        };
        let m: RegExpMatchArray | null;
        if ((m = take(/^ACCEPTINVCHARS\s*=?\s*(TRUE|FALSE)\b/i))) settings.acceptInvalidChars = m[1].toUpperCase() === "TRUE";
        if ((m = take(/^REFRESH_INTERVAL\s+(\d+)\b/i))) {
            const seconds = Number(m[1]);
            if (seconds > 432000) throw new SqlError(`ERROR: REFRESH_INTERVAL ${seconds} is out of range [0, 432000]`);
            settings.refreshInterval = seconds;
        }
        if ((m = take(/^TRUNCATECOLUMNS\s*=?\s*(TRUE|FALSE)\b/i))) settings.truncateColumns = m[1].toUpperCase() === "TRUE";
        if ((m = take(alter ? /^HISTORY_MODE\s*=?\s*(TRUE|FALSE)(?:\s+FOR ALL TABLES)?(?=\s|$)/i : /^HISTORY_MODE\s*=?\s*(TRUE|FALSE)\b/i))) {
            settings.historyMode = m[1].toUpperCase() === "TRUE";
        }
        if (rest !== "" || Object.keys(settings).length === 0) {
            throw new SqlError(`ERROR: syntax error at or near "${rest || "end of input"}"`);
        }
        return settings;
    }
}

export function fakeRedshiftData(mock: AwsStub<any, any, any>): FakeRedshiftData {
    const fake = new FakeRedshiftData();
    fake.install(mock);
    return fake;
}

export { RedshiftDataClient };
