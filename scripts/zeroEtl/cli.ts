// `npm run zero-etl -- <status|resync|tables> --stack <name>`: day-two tools for the zero-ETL database, over the Data API.
import { RedshiftDataClient } from "@aws-sdk/client-redshift-data";

import { DataApiTarget, Row, runSql } from "../../functions/zeroEtl/dataApi";
import {
    INTEGRATION_STATUS_QUERY, refreshInErrorTables, refreshTables, TABLE_PART, TABLE_STATES_QUERY, TableName,
} from "../../sql/redshift/zeroEtlStatements";
import { CliSpec, parseCommandLine, Parsed, runWithCommandLineAsync, UsageError } from "../lib/cli";
import { CliError, EXIT, explainAwsError } from "./errors";
import { OutputsReader, readStackOutputs, targetFromOutputs, ZeroEtlTarget } from "./outputs";

export interface CliDeps {
    out: (line: string) => void;
    err: (line: string) => void;
    client: RedshiftDataClient;
    readOutputs?: OutputsReader;
    /** Aborted on Ctrl-C: waits stop and the tool exits 130. */
    signal?: AbortSignal;
    /** Sleeps between polls; must reject or resolve early when `signal` aborts. */
    sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
    /** Milliseconds between DescribeStatement polls of one statement. */
    statementPollMs?: number;
}

export const USAGE = [
    "usage: npm run zero-etl -- <command> --stack <name> [--outputs FILE] [--json]",
    "  status                          the integration and every table's state; exit 0 all synced, 1 any failed, 5 still syncing",
    "  resync TABLE... [--wait]        ALTER DATABASE ... INTEGRATION REFRESH TABLE schema.table, ...",
    "  resync --failed [--wait]        ALTER DATABASE ... INTEGRATION REFRESH INERROR TABLES",
    "  tables                          the data filter, the tables Redshift sees, and which lack a primary key",
    "  --wait [--poll-seconds N]       after resync, wait until those tables are synced or failed (Ctrl-C stops waiting)",
].join("\n");

interface Args {
    command: string;
    stack: string;
    outputs?: string;
    json: boolean;
    wait: boolean;
    failed: boolean;
    pollSeconds: number;
    tables: string[];
}

const OPTIONS = {
    stack: { type: "string" },
    outputs: { type: "string" },
    json: { type: "boolean" },
    wait: { type: "boolean" },
    failed: { type: "boolean" },
    "poll-seconds": { type: "string" },
    help: { type: "boolean", short: "h" },
} as const;

export const SPEC: CliSpec<typeof OPTIONS> = { name: "zero-etl", usage: USAGE.split("\n"), options: OPTIONS, allowPositionals: true };

export function parseArgs(argv: string[]): Args {
    let parsed: Parsed<typeof OPTIONS>;
    try {
        parsed = parseCommandLine(SPEC, argv);
    } catch (e) {
        if (e instanceof UsageError) throw new CliError(EXIT.usage, `${e.message}\n${USAGE}`);
        throw e;
    }
    const { values, positionals } = parsed;
    const args: Partial<Args> & { tables: string[] } = {
        json: values.json ?? false, wait: values.wait ?? false, failed: values.failed ?? false, pollSeconds: 15,
        command: positionals[0], tables: positionals.slice(1), stack: values.stack, outputs: values.outputs,
    };
    if (values["poll-seconds"] !== undefined) {
        const raw = values["poll-seconds"];
        if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > 3600) {
            throw new CliError(EXIT.usage, `--poll-seconds ${raw} must be a whole number of seconds from 1 to 3600`);
        }
        args.pollSeconds = Number(raw);
    }
    if (args.command === undefined || !["status", "resync", "tables"].includes(args.command)) {
        throw new CliError(EXIT.usage, `${args.command === undefined ? "no command" : `unknown command ${args.command}`}\n${USAGE}`);
    }
    if (args.stack === undefined) throw new CliError(EXIT.usage, `--stack <name> is required\n${USAGE}`);
    if (args.command !== "resync" && (args.tables.length > 0 || args.failed || args.wait)) {
        throw new CliError(EXIT.usage, `${args.command} takes no tables, --failed or --wait\n${USAGE}`);
    }
    if (args.command === "resync" && args.failed === (args.tables.length > 0)) {
        throw new CliError(EXIT.usage, `resync takes either table names or --failed\n${USAGE}`);
    }
    return args as Args;
}

/** A table named on the command line: `schema.table`, or `table` when one schema of the integration has it. */
export function parseTableArg(arg: string): { schema?: string; table: string } {
    const parts = arg.split(".");
    if (parts.length > 2 || !parts.every(p => TABLE_PART.test(p))) {
        throw new CliError(EXIT.usage, `table ${JSON.stringify(arg)} is not a table name: use schema.table (the MySQL database, a dot, the table), ` +
            "each 1 to 64 letters, digits, _ or $.");
    }
    return parts.length === 2 ? { schema: parts[0], table: parts[1] } : { table: parts[0] };
}

export interface TableState {
    schema: string;
    table: string;
    state: string;
    reason: string;
    lastUpdated: string;
    rows: number;
    sizeMb: number;
}

export interface IntegrationStatus {
    id: string;
    database: string;
    state: string;
    currentLagMs: number;
    refreshIntervalSeconds: number;
    historyMode: boolean;
}

const str = (v: Row[string]) => (v === null || v === undefined ? "" : String(v).trim());
const num = (v: Row[string]) => (v === null || v === undefined ? 0 : Number(v));

function dataApiTarget(t: ZeroEtlTarget): DataApiTarget {
    return { workgroupName: t.workgroupName, connectDatabase: t.connectDatabase, secretArn: t.secretArn };
}

type Classified = "synced" | "failed" | "syncing" | "gone";
/** SVV_INTEGRATION_TABLE_STATE.table_state: Synced, Failed, Deleted, ResyncRequired, ResyncInitiated, DroppedSource. */
export function classify(state: string): Classified {
    if (state === "Synced") return "synced";
    if (state === "Failed") return "failed";
    if (state === "Deleted" || state === "DroppedSource") return "gone";
    return "syncing";
}

export function summarize(tables: TableState[]): Record<Classified, number> {
    const counts: Record<Classified, number> = { synced: 0, failed: 0, syncing: 0, gone: 0 };
    for (const t of tables) counts[classify(t.state)]++;
    return counts;
}

function pad(rows: string[][]): string[] {
    const widths = rows[0].map((_, c) => Math.max(...rows.map(r => r[c].length)));
    return rows.map(r => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]))).join("  ").trimEnd());
}

export function renderTables(tables: TableState[]): string[] {
    if (tables.length === 0) return ["(no tables: Redshift has not seen any table of this integration yet)"];
    return pad([
        ["SCHEMA", "TABLE", "STATE", "ROWS", "UPDATED (UTC)", "REASON"],
        ...tables.map(t => [t.schema, t.table, t.state, String(t.rows), t.lastUpdated.slice(0, 19), t.reason]),
    ]);
}

const defaultSleep = (ms: number, signal?: AbortSignal) => new Promise<void>(resolve => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(() => { signal?.removeEventListener("abort", done); resolve(); }, ms);
    const done = () => { clearTimeout(timer); resolve(); };
    signal?.addEventListener("abort", done, { once: true });
});

class Session {
    constructor(private readonly deps: CliDeps, readonly target: ZeroEtlTarget) {}

    private async sql(sql: string, parameters: Record<string, string> = {}): Promise<Row[]> {
        try {
            return await runSql(this.deps.client, dataApiTarget(this.target), sql, parameters, {
                pollMs: this.deps.statementPollMs ?? 500, sleep: ms => (this.deps.sleep ?? defaultSleep)(ms, this.deps.signal),
            });
        } catch (err) {
            throw explainAwsError(err, `running SQL on workgroup ${this.target.workgroupName}`);
        }
    }

    async integration(): Promise<IntegrationStatus> {
        const rows = await this.sql(INTEGRATION_STATUS_QUERY, { integration_id: this.target.integrationId });
        if (rows.length === 0) {
            throw new CliError(EXIT.stack, `integration ${this.target.integrationId} is not in SVV_INTEGRATION of workgroup ${this.target.workgroupName}: ` +
                `the stack's outputs are stale or the integration was deleted; run \`pulumi up --stack ${this.target.stack}\`.`);
        }
        const r = rows[0];
        return {
            id: str(r.integration_id), database: str(r.target_database), state: str(r.state), currentLagMs: num(r.current_lag),
            refreshIntervalSeconds: num(r.refresh_interval), historyMode: r.is_history_mode === true,
        };
    }

    async tables(): Promise<TableState[]> {
        const rows = await this.sql(TABLE_STATES_QUERY, { integration_id: this.target.integrationId });
        return rows.map(r => ({
            schema: str(r.schema_name), table: str(r.table_name), state: str(r.table_state), reason: str(r.reason),
            lastUpdated: str(r.last_updated_timestamp), rows: num(r.table_rows), sizeMb: num(r.table_size),
        }));
    }

    run(sql: string): Promise<Row[]> {
        return this.sql(sql);
    }
}

export function runZeroEtlCli(argv: string[], deps: CliDeps): Promise<number> {
    return runWithCommandLineAsync(SPEC, argv, deps, () => run(argv, deps));
}

async function run(argv: string[], deps: CliDeps): Promise<number> {
    try {
        const args = parseArgs(argv);
        const outputs = (deps.readOutputs ?? readStackOutputs)(args.stack, args.outputs);
        const session = new Session(deps, targetFromOutputs(outputs, args.stack));
        switch (args.command) {
            case "status": return await status(session, args, deps);
            case "resync": return await resync(session, args, deps);
            default: return await tables(session, args, deps);
        }
    } catch (err) {
        if (deps.signal?.aborted) {
            deps.err("interrupted (Ctrl-C): stopped; anything already asked of Redshift keeps running.");
            return EXIT.interrupted;
        }
        const e = err instanceof CliError ? err : explainAwsError(err, "npm run zero-etl");
        deps.err(`zero-etl: ${e.message}`);
        return e.exitCode;
    }
}

function statusExit(counts: Record<Classified, number>): number {
    if (counts.failed > 0) return EXIT.failed;
    if (counts.syncing > 0) return EXIT.syncing;
    return EXIT.ok;
}

async function status(session: Session, args: Args, deps: CliDeps): Promise<number> {
    const integration = await session.integration();
    const tables = await session.tables();
    const counts = summarize(tables);
    const exitCode = statusExit(counts);
    if (args.json) {
        deps.out(JSON.stringify({ stack: session.target.stack, workgroup: session.target.workgroupName, integration, tables, summary: counts, exitCode }, null, 2));
        return exitCode;
    }
    deps.out(`integration ${integration.id} -> database ${integration.database} (workgroup ${session.target.workgroupName})`);
    deps.out(`state ${integration.state}, lag ${(integration.currentLagMs / 1000).toFixed(1)} s, refresh interval ${integration.refreshIntervalSeconds} s` +
        `${integration.historyMode ? ", history mode on" : ""}`);
    deps.out("");
    for (const line of renderTables(tables)) deps.out(line);
    deps.out("");
    deps.out(`${tables.length} tables: ${counts.synced} synced, ${counts.failed} failed, ${counts.syncing} syncing` +
        `${counts.gone > 0 ? `, ${counts.gone} deleted at the source` : ""}`);
    if (counts.failed > 0) deps.out(`resync the failed ones with: npm run zero-etl -- resync --failed --wait --stack ${session.target.stack}`);
    return exitCode;
}

function resolveTables(requested: string[], known: TableState[], target: ZeroEtlTarget): TableName[] {
    return requested.map(arg => {
        const name = parseTableArg(arg);
        const matches = known.filter(t => t.table === name.table && (name.schema === undefined || t.schema === name.schema));
        if (matches.length === 1) return { schema: matches[0].schema, table: matches[0].table };
        if (matches.length > 1) {
            throw new CliError(EXIT.usage, `table ${arg} is in several schemas (${matches.map(m => m.schema).join(", ")}): name it as schema.table.`);
        }
        throw new CliError(EXIT.usage, `table ${arg} is not in integration ${target.integrationId} (database ${target.database}); ` +
            `\`npm run zero-etl -- tables --stack ${target.stack}\` lists the tables Redshift knows, and the data filter decides which replicate.`);
    });
}

async function resync(session: Session, args: Args, deps: CliDeps): Promise<number> {
    args.tables.forEach(parseTableArg); // bad names fail before any SQL runs
    const before = await session.tables();
    let targets: TableName[];
    let sql: string;
    if (args.failed) {
        targets = before.filter(t => t.state === "Failed").map(t => ({ schema: t.schema, table: t.table }));
        if (targets.length === 0) {
            deps.out("no table has failed: nothing to resync.");
            return EXIT.ok;
        }
        sql = refreshInErrorTables(session.target.database);
    } else {
        targets = resolveTables(args.tables, before, session.target);
        sql = refreshTables(session.target.database, targets);
    }
    await session.run(sql);
    const names = targets.map(t => `${t.schema}.${t.table}`);
    deps.out(`asked Redshift to resync ${names.join(", ")}: ${sql}`);
    if (!args.wait) {
        deps.out(`follow it with: npm run zero-etl -- status --stack ${session.target.stack}`);
        return EXIT.ok;
    }
    return waitFor(session, args, deps, targets, before);
}

/** Polls the table states until every target is Synced, or Failed with a state change after the resync was asked. */
async function waitFor(session: Session, args: Args, deps: CliDeps, targets: TableName[], before: TableState[]): Promise<number> {
    const sleep = deps.sleep ?? defaultSleep;
    const key = (t: { schema: string; table: string }) => `${t.schema}.${t.table}`;
    const stamp = new Map(before.map(t => [key(t), t.lastUpdated]));
    for (let elapsed = 0; ; elapsed += args.pollSeconds) {
        if (deps.signal?.aborted) throw new CliError(EXIT.interrupted, "interrupted");
        const now = new Map((await session.tables()).map(t => [key(t), t]));
        const states = targets.map(t => now.get(key(t)));
        const synced = states.filter(s => s?.state === "Synced").length;
        const failed = states.filter(s => s !== undefined && s.state === "Failed" && s.lastUpdated !== stamp.get(key(s)));
        deps.err(`waiting: ${synced}/${targets.length} synced, ${failed.length} failed, ${targets.length - synced - failed.length} resyncing (${elapsed} s)`);
        if (synced + failed.length === targets.length) {
            if (failed.length === 0) {
                deps.out(`all ${targets.length} synced.`);
                return EXIT.ok;
            }
            for (const f of failed) deps.out(`${key(f!)} failed again: ${f!.reason}`);
            return EXIT.failed;
        }
        await sleep(args.pollSeconds * 1000, deps.signal);
        if (deps.signal?.aborted) throw new CliError(EXIT.interrupted, "interrupted");
    }
}

const PRIMARY_KEY = /primary key/i;

async function tables(session: Session, args: Args, deps: CliDeps): Promise<number> {
    const states = await session.tables();
    const noKey = states.filter(t => PRIMARY_KEY.test(t.reason));
    const note = "Redshift lists only tables it has seen: tables the filter includes but that never reached Redshift are not here. " +
        "The source side (information_schema on Aurora) needs MySQL access, which this tool does not have.";
    if (args.json) {
        deps.out(JSON.stringify({
            dataFilter: session.target.dataFilter ?? null,
            tables: states.map(t => ({ schema: t.schema, table: t.table, state: t.state, primaryKey: PRIMARY_KEY.test(t.reason) ? "missing" : "ok", reason: t.reason })),
            withoutPrimaryKey: noKey.map(t => `${t.schema}.${t.table}`),
            note,
        }, null, 2));
        return EXIT.ok;
    }
    deps.out(`data filter: ${session.target.dataFilter ?? "(not in the stack outputs; run pulumi up to export zeroEtlDataFilter)"}`);
    deps.out("");
    if (states.length === 0) deps.out("(no tables: Redshift has not seen any table of this integration yet)");
    else {
        for (const line of pad([["SCHEMA", "TABLE", "STATE", "PRIMARY KEY"], ...states.map(t => [t.schema, t.table, t.state, PRIMARY_KEY.test(t.reason) ? "missing: never replicates" : "ok"])])) {
            deps.out(line);
        }
    }
    deps.out("");
    deps.out(noKey.length === 0 ? "every table Redshift sees has a primary key." :
        `${noKey.length} without a primary key (add one in Aurora, then resync): ${noKey.map(t => `${t.schema}.${t.table}`).join(", ")}`);
    deps.out(note);
    return EXIT.ok;
}
