// Runs one SQL statement through the Redshift Data API and waits for it: ExecuteStatement, DescribeStatement, GetStatementResult.
import {
    DescribeStatementCommand, ExecuteStatementCommand, Field, GetStatementResultCommand, RedshiftDataClient, SqlParameter,
} from "@aws-sdk/client-redshift-data";

/** Where and as whom statements run: a Serverless workgroup, a database to connect to, and the admin secret. */
export interface DataApiTarget {
    workgroupName: string;
    connectDatabase: string;
    secretArn: string;
}

export type Row = Record<string, string | number | boolean | null>;

export interface RunOptions {
    /** Milliseconds between DescribeStatement polls. */
    pollMs?: number;
    /** Give up after this many polls (the Lambda's own timeout is the last resort). */
    maxPolls?: number;
    sleep?: (ms: number) => Promise<void>;
}

export class SqlFailed extends Error {
    constructor(message: string) {
        super(message);
        this.name = "SqlFailed";
    }
}

const defaultSleep = (ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms));

function fieldValue(field: Field): string | number | boolean | null {
    if (field.isNull) return null;
    if (field.stringValue !== undefined) return field.stringValue;
    if (field.longValue !== undefined) return field.longValue;
    if (field.doubleValue !== undefined) return field.doubleValue;
    if (field.booleanValue !== undefined) return field.booleanValue;
    return null;
}

/**
 * Runs `sql` with ExecuteStatement (never BatchExecuteStatement: that is one transaction, and CREATE/DROP DATABASE
 * can't run in one) and polls DescribeStatement until FINISHED, FAILED or ABORTED (Data API reference, StatusString).
 * Returns the result rows for statements that have a result set, every page of them.
 */
export async function runSql(client: RedshiftDataClient, target: DataApiTarget, sql: string,
    parameters: Record<string, string> = {}, options: RunOptions = {}): Promise<Row[]> {
    const sleep = options.sleep ?? defaultSleep;
    const pollMs = options.pollMs ?? 1000;
    const maxPolls = options.maxPolls ?? 600;
    const sqlParameters: SqlParameter[] = Object.entries(parameters).map(([name, value]) => ({ name, value }));
    const started = await client.send(new ExecuteStatementCommand({
        WorkgroupName: target.workgroupName,
        Database: target.connectDatabase,
        SecretArn: target.secretArn,
        Sql: sql,
        ...(sqlParameters.length > 0 ? { Parameters: sqlParameters } : {}),
    }));
    const id = started.Id;
    if (id === undefined) {
        throw new SqlFailed(`the Data API returned no statement id for: ${sql}`);
    }
    for (let poll = 0; poll < maxPolls; poll++) {
        const described = await client.send(new DescribeStatementCommand({ Id: id }));
        switch (described.Status) {
            case "FINISHED":
                return described.HasResultSet ? readAllRows(client, id) : [];
            case "FAILED":
            case "ABORTED":
                throw new SqlFailed(`${described.Status}: ${described.Error ?? "no error text"} (statement ${id}: ${sql})`);
            default:
                await sleep(pollMs);
        }
    }
    throw new SqlFailed(`statement ${id} did not finish after ${maxPolls} polls: ${sql}`);
}

async function readAllRows(client: RedshiftDataClient, id: string): Promise<Row[]> {
    const rows: Row[] = [];
    let nextToken: string | undefined;
    do {
        const page = await client.send(new GetStatementResultCommand({ Id: id, ...(nextToken ? { NextToken: nextToken } : {}) }));
        const names = (page.ColumnMetadata ?? []).map(c => c.name ?? c.label ?? "");
        for (const record of page.Records ?? []) {
            const row: Row = {};
            record.forEach((field, i) => {
                const value = fieldValue(field);
                // SVV_INTEGRATION's columns are character(128): values come back blank-padded.
                row[names[i]] = typeof value === "string" ? value.trimEnd() : value;
            });
            rows.push(row);
        }
        nextToken = page.NextToken;
    } while (nextToken);
    return rows;
}
