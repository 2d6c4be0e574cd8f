// @ts-nocheck
// Reads REFRESH_INTERVAL out of Redshift zero-ETL database SQL, ignoring comments and string literals.

/**
 * The SQL with comments removed and string literal contents emptied, so that text inside them
 * (`-- REFRESH_INTERVAL 60`, `'... REFRESH_INTERVAL 60'`) can't pass for a setting. Quoted identifiers stay.
 */
export function stripCommentsAndLiterals(sql: string): string {
    let out = "";
    let i = 0;
    while (i < sql.length) {
        const c = sql[i];
        const next = sql[i + 1];
        if (c === "-" && next === "-") {
            const end = sql.indexOf("\n", i);
            i = end === -1 ? sql.length : end;
            out += " ";
        } else if (c === "/" && next === "*") {
            const end = sql.indexOf("*/", i + 2);
            i = end === -1 ? sql.length : end + 2;
            out += " ";
        } else if (c === "'" || c === "\"") {
            let j = i + 1;
            while (j < sql.length) {
                if (sql[j] === c && sql[j + 1] === c) {
                    j += 2;
                } else if (sql[j] === c) {
                    break;
                } else {
                    j++;
                }
            }
            out += c === "'" ? "''" : sql.slice(i, j + 1);
            i = j + 1;
        } else {
            out += c;
            i++;
        }
    }
    return out;
}

const IDENTIFIER = String.raw`(?:"(?:[^"]|"")+"|[^\s";]+)`;
const SECONDS = String.raw`(\d+)(?![\w.])`;
const CREATE_FROM_INTEGRATION = new RegExp(
    String.raw`^\s*CREATE\s+DATABASE\s+${IDENTIFIER}\s+FROM\s+INTEGRATION\s[\s\S]*?\bREFRESH_INTERVAL\s+${SECONDS}`, "i");
const ALTER_INTEGRATION_SET = new RegExp(
    String.raw`^\s*ALTER\s+DATABASE\s+${IDENTIFIER}\s+INTEGRATION\s+SET\s[\s\S]*?\bREFRESH_INTERVAL\s+${SECONDS}`, "i");

/**
 * The refresh interval in seconds that the SQL sets, or undefined when it sets none. Accepts
 * `CREATE DATABASE d FROM INTEGRATION '<id>' ... REFRESH_INTERVAL n` and
 * `ALTER DATABASE d INTEGRATION SET ... REFRESH_INTERVAL n` in any case and spacing; with several
 * statements separated by `;`, the last setting wins as it would when they run in order.
 */
export function refreshIntervalOf(sql: string): number | undefined {
    let seconds: number | undefined;
    for (const statement of stripCommentsAndLiterals(sql).split(";")) {
        const match = CREATE_FROM_INTEGRATION.exec(statement) ?? ALTER_INTEGRATION_SET.exec(statement);
        if (match) {
            seconds = Number(match[1]);
        }
    }
    return seconds;
}
