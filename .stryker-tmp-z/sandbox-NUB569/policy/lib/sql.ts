// @ts-nocheck
// Reads Redshift zero-ETL database SQL with a tokeniser: quoted identifiers, string literals and comments are tokens
// of their own, so text inside them can never pass for a keyword or a setting, and a `;` inside them splits nothing.
//
// Grammar (Amazon Redshift Database Developer Guide, "CREATE DATABASE" and "ALTER DATABASE",
// https://docs.aws.amazon.com/redshift/latest/dg/r_CREATE_DATABASE.html, .../r_ALTER_DATABASE.html):
//   CREATE DATABASE name FROM INTEGRATION '<id>' [ DATABASE '<source>' ] [ SET ] [ ACCEPTINVCHARS [=] bool ]
//     [ QUERY_ALL_STATES [=] bool ] [ REFRESH_INTERVAL <interval> ] [ TRUNCATECOLUMNS [=] bool ] [ HISTORY_MODE [=] bool ]
//     [ AUTO_REMEDIATION [=] bool ] [ WITH ] [ OWNER [=] o ] [ CONNECTION LIMIT ... ] [ COLLATE ... ] [ ISOLATION LEVEL ... ]
//   ALTER DATABASE name INTEGRATION SET [ QUERY_ALL_STATES [=] bool ] [ ACCEPTINVCHARS [=] bool ] [ REFRESH_INTERVAL <interval> ]
//     [ TRUNCATECOLUMNS [=] bool ] [ HISTORY_MODE [=] bool [ FOR { ALL TABLES [ IN SCHEMA s [, ...] ] | TABLE s.t [, ...] } ] ]
//     [ AUTO_REMEDIATION [=] bool ]

export type TokenKind = "word" | "ident" | "string" | "number" | "punct";

export interface Token {
    kind: TokenKind;
    /** word: upper-cased; ident: the identifier with "" unescaped; string: the literal's content; number/punct: as written. */
    value: string;
}

/** Splits SQL into tokens; comments are dropped. Unterminated quotes and comments run to the end of the text. */
export function tokenize(sql: string): Token[] {
    const tokens: Token[] = [];
    let i = 0;
    const quoted = (q: string): string => {
        let out = "";
        i++;
        while (i < sql.length) {
            if (sql[i] === q && sql[i + 1] === q) {
                out += q;
                i += 2;
            } else if (sql[i] === q) {
                i++;
                return out;
            } else {
                out += sql[i++];
            }
        }
        return out;
    };
    while (i < sql.length) {
        const c = sql[i];
        if (/\s/.test(c)) {
            i++;
        } else if (c === "-" && sql[i + 1] === "-") {
            const end = sql.indexOf("\n", i);
            i = end === -1 ? sql.length : end + 1;
        } else if (c === "/" && sql[i + 1] === "*") {
            const end = sql.indexOf("*/", i + 2);
            i = end === -1 ? sql.length : end + 2;
        } else if (c === "'") {
            tokens.push({ kind: "string", value: quoted("'") });
        } else if (c === "\"") {
            tokens.push({ kind: "ident", value: quoted("\"") });
        } else if (/[0-9]/.test(c)) {
            const m = /^[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?/.exec(sql.slice(i))![0];
            tokens.push({ kind: "number", value: m });
            i += m.length;
        } else if (/[A-Za-z_\u0080-\uffff]/.test(c)) {
            const m = /^[A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*/.exec(sql.slice(i))![0];
            tokens.push({ kind: "word", value: m.toUpperCase() });
            i += m.length;
        } else {
            tokens.push({ kind: "punct", value: c });
            i++;
        }
    }
    return tokens;
}

/** Statements as token lists, split at `;` tokens (never at a `;` inside quotes or comments); empty ones dropped. */
export function statements(sql: string): Token[][] {
    const out: Token[][] = [[]];
    for (const t of tokenize(sql)) {
        if (t.kind === "punct" && t.value === ";") {
            out.push([]);
        } else {
            out[out.length - 1].push(t);
        }
    }
    return out.filter(s => s.length > 0);
}

/** What one statement does to a zero-ETL database. */
export interface DatabaseStatement {
    kind: "create-from-integration" | "alter-integration-set";
    /** Unquoted names fold to lower case; quoted ones keep their case (zero-ETL targets are case sensitive). */
    database: string;
    /** CREATE only: the integration id literal. */
    integrationId?: string;
    /** The REFRESH_INTERVAL it sets, in seconds, or undefined when it sets none. */
    refreshInterval?: number;
}

const BOOLEAN_OPTIONS = new Set(["ACCEPTINVCHARS", "QUERY_ALL_STATES", "TRUNCATECOLUMNS", "HISTORY_MODE", "AUTO_REMEDIATION"]);
const OPTION_WORDS = new Set([...BOOLEAN_OPTIONS, "REFRESH_INTERVAL"]);
/** Clauses of CREATE DATABASE after the integration options; what follows them does not set integration options. */
const CREATE_TAIL = new Set(["WITH", "OWNER", "CONNECTION", "COLLATE", "ISOLATION"]);

function isWord(t: Token | undefined, value: string): boolean {
    return t !== undefined && t.kind === "word" && t.value === value;
}

function identifierName(t: Token | undefined): string | undefined {
    if (t === undefined) {
        return undefined;
    }
    if (t.kind === "ident") {
        return t.value;
    }
    return t.kind === "word" ? t.value.toLowerCase() : undefined;
}

/**
 * Reads the integration options from position `i`. Returns the REFRESH_INTERVAL (or undefined when there is none),
 * or null when the text is not a valid option list (then the statement counts as setting nothing).
 */
function readOptions(tokens: Token[], i: number, stopAtCreateTail: boolean): { refreshInterval?: number } | null {
    let refreshInterval: number | undefined;
    while (i < tokens.length) {
        const t = tokens[i];
        if (stopAtCreateTail && t.kind === "word" && CREATE_TAIL.has(t.value)) {
            return { refreshInterval };
        }
        if (t.kind !== "word" || !OPTION_WORDS.has(t.value)) {
            return null;
        }
        i++;
        if (t.value === "REFRESH_INTERVAL") {
            const n = tokens[i];
            if (n === undefined || n.kind !== "number" || !/^[0-9]+$/.test(n.value)) {
                return null;
            }
            refreshInterval = Number(n.value);
            i++;
            continue;
        }
        if (tokens[i]?.kind === "punct" && tokens[i].value === "=") {
            i++;
        }
        if (!isWord(tokens[i], "TRUE") && !isWord(tokens[i], "FALSE")) {
            return null;
        }
        i++;
        if (t.value === "HISTORY_MODE" && isWord(tokens[i], "FOR")) {
            // FOR ALL TABLES [IN SCHEMA s, ...] | FOR TABLE s.t, ...: names only, up to the next option keyword.
            i++;
            while (i < tokens.length && !(tokens[i].kind === "word" && (OPTION_WORDS.has(tokens[i].value) || (stopAtCreateTail && CREATE_TAIL.has(tokens[i].value))))) {
                const k = tokens[i];
                if (!(k.kind === "word" || k.kind === "ident" || (k.kind === "punct" && (k.value === "." || k.value === ",")))) {
                    return null;
                }
                i++;
            }
        }
    }
    return { refreshInterval };
}

/** Reads one statement's tokens; undefined when it is neither CREATE DATABASE ... FROM INTEGRATION nor ALTER DATABASE ... INTEGRATION SET. */
export function parseDatabaseStatement(tokens: Token[]): DatabaseStatement | undefined {
    if (isWord(tokens[0], "CREATE") && isWord(tokens[1], "DATABASE")) {
        const database = identifierName(tokens[2]);
        if (database === undefined || !isWord(tokens[3], "FROM") || !isWord(tokens[4], "INTEGRATION") || tokens[5]?.kind !== "string") {
            return undefined;
        }
        const integrationId = tokens[5].value;
        let i = 6;
        if (isWord(tokens[i], "DATABASE")) {
            if (tokens[i + 1]?.kind !== "string") {
                return undefined;
            }
            i += 2;
        }
        if (isWord(tokens[i], "SET")) {
            i++;
        }
        const options = readOptions(tokens, i, true);
        return options === null
            ? { kind: "create-from-integration", database, integrationId }
            : { kind: "create-from-integration", database, integrationId, ...(options.refreshInterval !== undefined ? { refreshInterval: options.refreshInterval } : {}) };
    }
    if (isWord(tokens[0], "ALTER") && isWord(tokens[1], "DATABASE")) {
        const database = identifierName(tokens[2]);
        if (database === undefined || !isWord(tokens[3], "INTEGRATION") || !isWord(tokens[4], "SET")) {
            return undefined;
        }
        const options = readOptions(tokens, 5, false);
        if (options === null) {
            return undefined;
        }
        return { kind: "alter-integration-set", database, ...(options.refreshInterval !== undefined ? { refreshInterval: options.refreshInterval } : {}) };
    }
    return undefined;
}

/** Every zero-ETL database statement in the SQL, in order. */
export function databaseStatements(sql: string): DatabaseStatement[] {
    return statements(sql).map(parseDatabaseStatement).filter((s): s is DatabaseStatement => s !== undefined);
}

/** The refresh interval the SQL sets (the last setting wins, as when the statements run in order), or undefined. */
export function refreshIntervalOf(sql: string): number | undefined {
    let seconds: number | undefined;
    for (const s of databaseStatements(sql)) {
        if (s.refreshInterval !== undefined) {
            seconds = s.refreshInterval;
        }
    }
    return seconds;
}
