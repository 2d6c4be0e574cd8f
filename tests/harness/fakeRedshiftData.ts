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
}

export interface FakeTableState {
    schema: string;
    table: string;
    state: "Synced" | "Failed" | "Deleted" | "ResyncRequired" | "ResyncInitiated" | "DroppedSource";
    reason: string;
}

export interface FakeWorkgroup {
    name: string;
    namespaceArn: string;
    adminSecretArn: string;
    /** database name -> integration id it was created from ("" for a local database). */
    databases: Map<string, string>;
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

    addWorkgroup(name: string, namespaceArn: string, adminSecretArn: string, connectDatabase = "dev"): FakeWorkgroup {
        const workgroup: FakeWorkgroup = { name, namespaceArn, adminSecretArn, databases: new Map([[connectDatabase, ""]]) };
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

    /** Statements that changed something (everything but SELECT), as run. */
    changes(): string[] {
        return this.executed.filter(e => !/^SELECT\b/i.test(e.sql)).map(e => e.sql);
    }

    databasesOf(workgroup: string): Record<string, string> {
        return Object.fromEntries(this.workgroup(workgroup).databases);
    }

    install(mock: AwsStub<any, any, any>): void {
        mock.on(ExecuteStatementCommand).callsFake((input: ExecuteStatementCommandInput) => this.execute(input));
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
        try {
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
        const text = sql.replace(/:([a-z_]+)/g, (_m, name: string) => {
            if (!params.has(name)) throw new SqlError(`ERROR: parameter :${name} has no value`);
            return `'${params.get(name)!.replace(/'/g, "''")}'`;
        });
        let m: RegExpMatchArray | null;
        if ((m = text.match(/^SELECT integration_id, target_database, state, refresh_interval, is_history_mode FROM svv_integration WHERE (integration_id|target_database) = '([^']*)'$/))) {
            const [, column, value] = m;
            out.columns = ["integration_id", "target_database", "state", "refresh_interval", "is_history_mode"];
            out.rows = [...this.integrations.values()]
                .filter(i => i.namespaceArn === workgroup.namespaceArn)
                .filter(i => (column === "integration_id" ? i.id : i.targetDatabase) === value)
                .map(i => [pad128(i.id), pad128(i.targetDatabase), pad128(i.state), i.refreshInterval, i.historyMode]);
            return;
        }
        if ((m = text.match(/^SELECT database_name FROM svv_redshift_databases WHERE database_name = '([^']*)'$/))) {
            out.columns = ["database_name"];
            out.rows = workgroup.databases.has(m[1]) ? [[m[1]]] : [];
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
            const integration = id ? this.integrations.get(id) : undefined;
            if (integration && integration.targetDatabase === name) {
                integration.targetDatabase = "";
                integration.state = "PendingDbConnectState";
            }
            return;
        }
        throw new SqlError(`ERROR: syntax error (the fake Redshift does not understand: ${sql})`);
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
