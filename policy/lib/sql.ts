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

/** Where lexing stopped reading with certainty: an unterminated string, identifier or comment. */
export interface LexResult {
    tokens: Token[];
    /** Set when the text ends inside a quote or comment: the server would refuse it, and the pack can't read it. */
    unterminated?: string;
}

// scan.l's whitespace: space [ \t\n\r\f\v] (PostgreSQL src/backend/parser/scan.l; Redshift's parser derives from it).
const SPACE = /[ \t\n\r\f\v]/;
// scan.l: ident_start [A-Za-z\200-\377_], ident_cont [A-Za-z\200-\377_0-9\$]; non-ASCII counts as a letter.
const IDENT_START = /[A-Za-z_\u0080-\uffff]/;
const IDENT = /^[A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*/;
// scan.l: dolqdelim \$({dolq_start}{dolq_cont}*)?\$, dolq_start [A-Za-z\200-\377_], dolq_cont [A-Za-z\200-\377_0-9].
const DOLLAR_DELIM = /^\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/;

/**
 * Splits SQL into tokens the way PostgreSQL's lexer (src/backend/parser/scan.l) does, which Redshift's derives from:
 * - `--` comments run to the next \n or \r (scan.l: comment ("--"{non_newline}*), non_newline [^\n\r]);
 * - `/* ... *\/` comments nest (scan.l: xc state, xcdepth);
 * - `$$...$$` and `$tag$...$tag$` are strings (scan.l: xdolq);
 * - in '...' and E'...' strings a backslash escapes the next character (scan.l: xe; Redshift treats ordinary
 *   literals as escape strings: its QUOTE_LITERAL "doubles any embedded single quotation marks and backslashes",
 *   https://docs.aws.amazon.com/redshift/latest/dg/r_QUOTE_LITERAL.html), and '' is a quote;
 * - "..." is an identifier, "" inside it a quote (scan.l: xd).
 */
export function lex(sql: string): LexResult {
    const tokens: Token[] = [];
    let unterminated: string | undefined;
    let i = 0;
    const quoted = (q: string, backslash: boolean): string => {
        let out = "";
        const from = i;
        i++;
        while (i < sql.length) {
            if (backslash && sql[i] === "\\" && i + 1 < sql.length) {
                out += sql[i + 1];
                i += 2;
            } else if (sql[i] === q && sql[i + 1] === q) {
                out += q;
                i += 2;
            } else if (sql[i] === q) {
                i++;
                return out;
            } else {
                out += sql[i++];
            }
        }
        unterminated ??= `an unterminated ${q === "'" ? "string" : "quoted identifier"} at character ${from + 1}`;
        return out;
    };
    while (i < sql.length) {
        const c = sql[i];
        if (SPACE.test(c)) {
            i++;
        } else if (c === "-" && sql[i + 1] === "-") {
            while (i < sql.length && sql[i] !== "\n" && sql[i] !== "\r") {
                i++;
            }
        } else if (c === "/" && sql[i + 1] === "*") {
            const from = i;
            let depth = 0;
            while (i < sql.length) {
                if (sql[i] === "/" && sql[i + 1] === "*") {
                    depth++;
                    i += 2;
                } else if (sql[i] === "*" && sql[i + 1] === "/") {
                    depth--;
                    i += 2;
                    if (depth === 0) {
                        break;
                    }
                } else {
                    i++;
                }
            }
            if (depth > 0) {
                unterminated ??= `an unterminated /* comment at character ${from + 1}`;
            }
        } else if (c === "'") {
            tokens.push({ kind: "string", value: quoted("'", true) });
        } else if ((c === "e" || c === "E") && sql[i + 1] === "'") {
            i++;
            tokens.push({ kind: "string", value: quoted("'", true) });
        } else if (c === "\"") {
            tokens.push({ kind: "ident", value: quoted("\"", false) });
        } else if (c === "$" && DOLLAR_DELIM.test(sql.slice(i))) {
            const delim = DOLLAR_DELIM.exec(sql.slice(i))![0];
            const end = sql.indexOf(delim, i + delim.length);
            if (end === -1) {
                unterminated ??= `an unterminated ${delim} string at character ${i + 1}`;
                tokens.push({ kind: "string", value: sql.slice(i + delim.length) });
                i = sql.length;
            } else {
                tokens.push({ kind: "string", value: sql.slice(i + delim.length, end) });
                i = end + delim.length;
            }
        } else if (/[0-9]/.test(c)) {
            const m = /^[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?/.exec(sql.slice(i))![0];
            tokens.push({ kind: "number", value: m });
            i += m.length;
        } else if (IDENT_START.test(c)) {
            const m = IDENT.exec(sql.slice(i))![0];
            tokens.push({ kind: "word", value: m.toUpperCase() });
            i += m.length;
        } else {
            tokens.push({ kind: "punct", value: c });
            i++;
        }
    }
    return unterminated === undefined ? { tokens } : { tokens, unterminated };
}

/** The tokens of `sql` (see lex); unterminated quotes and comments run to the end of the text. */
export function tokenize(sql: string): Token[] {
    return lex(sql).tokens;
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

const show = (t: Token | undefined): string =>
    t === undefined ? "the end of the statement" : t.kind === "string" ? `the string '${t.value}'` : t.kind === "ident" ? `"${t.value}"` : t.value;

/**
 * Reads the integration options from position `i`: the REFRESH_INTERVAL (undefined when there is none), or what it
 * could not read. Only the boolean options take `=` (the CREATE DATABASE and ALTER DATABASE syntax: `ACCEPTINVCHARS [=]
 * { TRUE | FALSE }`, `REFRESH_INTERVAL <interval>`), and the interval is a plain integer of seconds.
 */
function readOptions(tokens: Token[], i: number, stopAtCreateTail: boolean): { refreshInterval?: number } | { unreadable: string } {
    let refreshInterval: number | undefined;
    while (i < tokens.length) {
        const t = tokens[i];
        if (stopAtCreateTail && t.kind === "word" && CREATE_TAIL.has(t.value)) {
            return { refreshInterval };
        }
        if (t.kind !== "word" || !OPTION_WORDS.has(t.value)) {
            return { unreadable: `the option ${show(t)}, which is not an integration option it knows (${[...OPTION_WORDS].join(", ")})` };
        }
        i++;
        if (t.value === "REFRESH_INTERVAL") {
            const n = tokens[i];
            if (n === undefined || n.kind !== "number" || !/^[0-9]+$/.test(n.value)) {
                return { unreadable: `REFRESH_INTERVAL followed by ${show(n)}, where Redshift takes a plain integer of seconds and no "="` };
            }
            refreshInterval = Number(n.value);
            i++;
            continue;
        }
        if (tokens[i]?.kind === "punct" && tokens[i].value === "=") {
            i++;
        }
        if (!isWord(tokens[i], "TRUE") && !isWord(tokens[i], "FALSE")) {
            return { unreadable: `${t.value} followed by ${show(tokens[i])}, where it takes TRUE or FALSE` };
        }
        i++;
        if (t.value === "HISTORY_MODE" && isWord(tokens[i], "FOR")) {
            // FOR ALL TABLES [IN SCHEMA s, ...] | FOR TABLE s.t, ...: names only, up to the next option keyword.
            i++;
            while (i < tokens.length && !(tokens[i].kind === "word" && (OPTION_WORDS.has(tokens[i].value) || (stopAtCreateTail && CREATE_TAIL.has(tokens[i].value))))) {
                const k = tokens[i];
                if (!(k.kind === "word" || k.kind === "ident" || (k.kind === "punct" && (k.value === "." || k.value === ",")))) {
                    return { unreadable: `${show(k)} in HISTORY_MODE ... FOR, where table and schema names go` };
                }
                i++;
            }
        }
    }
    return { refreshInterval };
}

/** A statement the pack must read completely, and could not: what it could not read. */
export interface Unreadable {
    kind: "unreadable";
    /** The statement's first words, to name it. */
    statement: string;
    part: string;
}

/** The words that make a statement one the pack must read completely (it may create or change a zero-ETL database). */
const MENTIONS = new Set(["INTEGRATION", "REFRESH_INTERVAL"]);

function opening(tokens: Token[]): string {
    return tokens.slice(0, 6).map(t => (t.kind === "string" ? `'${t.value}'` : t.kind === "ident" ? `"${t.value}"` : t.value)).join(" ");
}

/**
 * Reads one statement strictly. A statement that mentions INTEGRATION or REFRESH_INTERVAL, or is a CREATE or ALTER
 * DATABASE, is read completely or reported as unreadable; any other statement is undefined (it does not touch a
 * zero-ETL database).
 */
export function readStatement(tokens: Token[]): DatabaseStatement | Unreadable | undefined {
    const createDb = isWord(tokens[0], "CREATE") && isWord(tokens[1], "DATABASE");
    const alterDb = isWord(tokens[0], "ALTER") && isWord(tokens[1], "DATABASE");
    const mentions = tokens.some(t => t.kind === "word" && MENTIONS.has(t.value));
    if (!mentions && !createDb && !alterDb) {
        return undefined;
    }
    const fail = (part: string): Unreadable => ({ kind: "unreadable", statement: opening(tokens), part });
    if (createDb) {
        const database = identifierName(tokens[2]);
        if (database === undefined) {
            return fail(`the database name ${show(tokens[2])}`);
        }
        if (!(isWord(tokens[3], "FROM") && isWord(tokens[4], "INTEGRATION"))) {
            // Any other CREATE DATABASE (plain, FROM ARN, FROM DATASHARE) is not zero-ETL, unless it names an integration option.
            return mentions ? fail(`INTEGRATION or REFRESH_INTERVAL outside FROM INTEGRATION '<id>' after the database name`) : undefined;
        }
        if (tokens[5]?.kind !== "string") {
            return fail(`FROM INTEGRATION followed by ${show(tokens[5])}, where the integration id goes as a string literal`);
        }
        const integrationId = tokens[5].value;
        let i = 6;
        if (isWord(tokens[i], "DATABASE")) {
            if (tokens[i + 1]?.kind !== "string") {
                return fail(`DATABASE followed by ${show(tokens[i + 1])}, where the source database goes as a string literal`);
            }
            i += 2;
        }
        if (isWord(tokens[i], "SET")) {
            i++;
        }
        const options = readOptions(tokens, i, true);
        if ("unreadable" in options) {
            return fail(options.unreadable);
        }
        return { kind: "create-from-integration", database, integrationId, ...(options.refreshInterval !== undefined ? { refreshInterval: options.refreshInterval } : {}) };
    }
    if (alterDb) {
        const database = identifierName(tokens[2]);
        if (database === undefined) {
            return fail(`the database name ${show(tokens[2])}`);
        }
        if (!isWord(tokens[3], "INTEGRATION")) {
            return mentions ? fail(`INTEGRATION or REFRESH_INTERVAL outside ALTER DATABASE name INTEGRATION SET`) : undefined;
        }
        if (isWord(tokens[4], "REFRESH")) {
            // ALTER DATABASE name INTEGRATION REFRESH { ALL | INCONSISTENT } TABLES [ IN SCHEMA s [, ...] ] | TABLE s.t [, ...]:
            // resynchronises tables, sets no option (ALTER DATABASE, https://docs.aws.amazon.com/redshift/latest/dg/r_ALTER_DATABASE.html).
            return tokens.slice(5).some(t => t.kind === "word" && t.value === "REFRESH_INTERVAL")
                ? fail(`REFRESH_INTERVAL inside INTEGRATION REFRESH`)
                : undefined;
        }
        if (!isWord(tokens[4], "SET")) {
            return fail(`INTEGRATION followed by ${show(tokens[4])}, where SET or REFRESH goes`);
        }
        const options = readOptions(tokens, 5, false);
        if ("unreadable" in options) {
            return fail(options.unreadable);
        }
        return { kind: "alter-integration-set", database, ...(options.refreshInterval !== undefined ? { refreshInterval: options.refreshInterval } : {}) };
    }
    return fail(`a statement that mentions INTEGRATION or REFRESH_INTERVAL but is not CREATE DATABASE ... FROM INTEGRATION or ALTER DATABASE ... INTEGRATION`);
}

/** Reads one statement's tokens; undefined when it is neither CREATE DATABASE ... FROM INTEGRATION nor ALTER DATABASE ... INTEGRATION SET. */
export function parseDatabaseStatement(tokens: Token[]): DatabaseStatement | undefined {
    const read = readStatement(tokens);
    if (read === undefined || read.kind !== "unreadable") {
        return read;
    }
    // Lenient reading for the stack rule: a CREATE FROM INTEGRATION whose options can't be read sets no interval.
    if (isWord(tokens[0], "CREATE") && isWord(tokens[1], "DATABASE") && isWord(tokens[3], "FROM") && isWord(tokens[4], "INTEGRATION")
        && tokens[5]?.kind === "string" && identifierName(tokens[2]) !== undefined && !(isWord(tokens[6], "DATABASE") && tokens[7]?.kind !== "string")) {
        return { kind: "create-from-integration", database: identifierName(tokens[2])!, integrationId: tokens[5].value };
    }
    return undefined;
}

/** Every statement of the SQL that touches a zero-ETL database, read strictly, in order; unterminated text is unreadable. */
export function readSql(sql: string): Array<DatabaseStatement | Unreadable> {
    const { unterminated } = lex(sql);
    const out = statements(sql).map(readStatement).filter((s): s is DatabaseStatement | Unreadable => s !== undefined);
    if (unterminated !== undefined && (out.length > 0 || /integration|refresh_interval|database/i.test(sql))) {
        out.push({ kind: "unreadable", statement: opening(tokenize(sql)), part: unterminated });
    }
    return out;
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
