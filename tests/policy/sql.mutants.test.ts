// Exact-value tests for the policy pack's SQL reader (policy/lib/sql.ts, issue 13 item 5): every token kind, comment,
// quote escape and number form, statement splitting, and each branch of the CREATE/ALTER DATABASE option grammar.
import * as assert from "assert";

import { databaseStatements, parseDatabaseStatement, refreshIntervalOf, statements, tokenize } from "../../policy/lib/sql";

const w = (value: string) => ({ kind: "word", value });
const p = (value: string) => ({ kind: "punct", value });

describe("policy SQL reader: tokens", () => {
    it("reads words, quoted identifiers and strings with doubled quotes, numbers and punctuation; drops comments", () => {
        assert.deepStrictEqual(tokenize(`a 'it''s' "Q""x"-- c ; d\n 1.5e+3 /* x ; */;\té_1$ = 12. 3E5 7e-2 -x /y`), [
            w("A"), { kind: "string", value: "it's" }, { kind: "ident", value: `Q"x` }, { kind: "number", value: "1.5e+3" }, p(";"),
            w("É_1$"), p("="), { kind: "number", value: "12." }, { kind: "number", value: "3E5" }, { kind: "number", value: "7e-2" },
            p("-"), w("X"), p("/"), w("Y"),
        ]);
    });

    it("runs unterminated quotes and comments to the end of the text", () => {
        assert.deepStrictEqual(tokenize(`x 'open`), [w("X"), { kind: "string", value: "open" }]);
        assert.deepStrictEqual(tokenize(`x "open`), [w("X"), { kind: "ident", value: "open" }]);
        assert.deepStrictEqual(tokenize(`x -- no newline`), [w("X")]);
        assert.deepStrictEqual(tokenize(`x /* open ; y`), [w("X")]);
        assert.deepStrictEqual(tokenize(`x/**/y`), [w("X"), w("Y")]);
        assert.deepStrictEqual(tokenize(`'a'''`), [{ kind: "string", value: "a'" }]);
        assert.deepStrictEqual(tokenize(`9a`), [{ kind: "number", value: "9" }, w("A")]);
    });

    it("splits statements at ; tokens only and drops empty ones", () => {
        assert.deepStrictEqual(statements(`; ;a 'x;y';b;`), [[w("A"), { kind: "string", value: "x;y" }], [w("B")]]);
        assert.deepStrictEqual(statements(""), []);
    });
});

describe("policy SQL reader: CREATE DATABASE and ALTER DATABASE", () => {
    it("reads every option of CREATE DATABASE ... FROM INTEGRATION up to its tail", () => {
        assert.deepStrictEqual(databaseStatements(`CREATE DATABASE "Db" FROM INTEGRATION 'id-1' DATABASE 'src' SET ACCEPTINVCHARS = TRUE ` +
            `REFRESH_INTERVAL 60 HISTORY_MODE FALSE FOR ALL TABLES IN SCHEMA s, "t" TRUNCATECOLUMNS true WITH OWNER x REFRESH_INTERVAL 5`),
        [{ kind: "create-from-integration", database: "Db", integrationId: "id-1", refreshInterval: 60 }]);
        assert.deepStrictEqual(databaseStatements(`create database DB from integration 'id-1'`),
            [{ kind: "create-from-integration", database: "db", integrationId: "id-1" }]);
        assert.deepStrictEqual(databaseStatements(`CREATE DATABASE db FROM INTEGRATION 'i' HISTORY_MODE TRUE FOR ALL TABLES OWNER o`),
            [{ kind: "create-from-integration", database: "db", integrationId: "i" }]);
    });

    it("a CREATE whose options don't parse sets no interval", () => {
        for (const tail of ["REFRESH_INTERVAL 1.5", "REFRESH_INTERVAL", "REFRESH_INTERVAL '60'", "BOGUS 1", "ACCEPTINVCHARS = maybe", "'x'",
            "HISTORY_MODE TRUE FOR TABLE 'x' REFRESH_INTERVAL 60", "REFRESH_INTERVAL 60 ACCEPTINVCHARS"]) {
            assert.deepStrictEqual(databaseStatements(`CREATE DATABASE db FROM INTEGRATION 'i' ${tail}`),
                [{ kind: "create-from-integration", database: "db", integrationId: "i" }], tail);
        }
    });

    it("is not a CREATE FROM INTEGRATION without each part in place", () => {
        for (const sql of ["CREATE DATABASE db FROM INTEGRATION 'i' DATABASE src", "CREATE DATABASE db FROM INTEGRATION i",
            "CREATE DATABASE 5 FROM INTEGRATION 'i'", "CREATE DATABASE db INTEGRATION 'i'", "CREATE DATABASE db FROM 'i'",
            "CREATE TABLE db FROM INTEGRATION 'i'", "DATABASE db FROM INTEGRATION 'i'", "CREATE DATABASE", "CREATE DATABASE db FROM INTEGRATION"]) {
            assert.deepStrictEqual(databaseStatements(sql), [], sql);
            assert.strictEqual(parseDatabaseStatement(tokenize(sql)), undefined, sql);
        }
    });

    it("reads ALTER DATABASE ... INTEGRATION SET, with history mode for tables", () => {
        assert.deepStrictEqual(databaseStatements(`ALTER DATABASE db INTEGRATION SET REFRESH_INTERVAL 300 HISTORY_MODE = TRUE FOR TABLE s.t, s."u" AUTO_REMEDIATION FALSE`),
            [{ kind: "alter-integration-set", database: "db", refreshInterval: 300 }]);
        assert.deepStrictEqual(databaseStatements(`ALTER DATABASE "Db" INTEGRATION SET QUERY_ALL_STATES = false`),
            [{ kind: "alter-integration-set", database: "Db" }]);
    });

    it("an ALTER that does not parse is no statement", () => {
        for (const sql of ["ALTER DATABASE db INTEGRATION SET WITH OWNER x", "ALTER DATABASE db INTEGRATION SET HISTORY_MODE TRUE FOR TABLE 'x'",
            "ALTER DATABASE db SET REFRESH_INTERVAL 5", "ALTER DATABASE db INTEGRATION REFRESH_INTERVAL 5", "ALTER TABLE db INTEGRATION SET REFRESH_INTERVAL 5",
            "ALTER DATABASE 'db' INTEGRATION SET REFRESH_INTERVAL 5", "DATABASE db INTEGRATION SET REFRESH_INTERVAL 5", "ALTER DATABASE db INTEGRATION SET REFRESH_INTERVAL x"]) {
            assert.deepStrictEqual(databaseStatements(sql), [], sql);
        }
    });

    it("the last interval set wins; statements without one keep the earlier one", () => {
        const a = (rest: string) => `ALTER DATABASE db INTEGRATION SET ${rest}`;
        assert.strictEqual(refreshIntervalOf(`${a("REFRESH_INTERVAL 60")}; ${a("HISTORY_MODE TRUE")}; ${a("REFRESH_INTERVAL 120")}`), 120);
        assert.strictEqual(refreshIntervalOf(`${a("REFRESH_INTERVAL 60")}; ${a("HISTORY_MODE TRUE")}`), 60);
        assert.strictEqual(refreshIntervalOf("SELECT 1"), undefined);
        assert.strictEqual(refreshIntervalOf(`-- ${a("REFRESH_INTERVAL 60")}`), undefined);
    });
});

describe("policy SQL reader: what only looks like a comment, a split or a keyword", () => {
    const alter900 = [{ kind: "alter-integration-set", database: "d", refreshInterval: 900 }];

    it("only -- and /* open comments: the - in 1-1 and the * in 2*3 do not", () => {
        assert.deepStrictEqual(databaseStatements("SELECT 1-1;\nALTER DATABASE d INTEGRATION SET REFRESH_INTERVAL 900"), alter900);
        assert.deepStrictEqual(databaseStatements("SELECT 2*3; ALTER DATABASE d INTEGRATION SET REFRESH_INTERVAL 900"), alter900);
    });

    it("a block comment ends at the first */ after its opening /*, not inside it", () => {
        assert.strictEqual(refreshIntervalOf("ALTER DATABASE d INTEGRATION SET /*/ REFRESH_INTERVAL 60 */ REFRESH_INTERVAL 900"), 900);
    });

    it("reads an exponent of several digits as one number", () => {
        assert.deepStrictEqual(tokenize("1e10"), [{ kind: "number", value: "1e10" }]);
    });

    it("a quoted ; splits nothing, and quoted keywords are names, not keywords", () => {
        assert.deepStrictEqual(databaseStatements(`ALTER DATABASE ";" INTEGRATION SET REFRESH_INTERVAL 61`), [{ kind: "alter-integration-set", database: ";", refreshInterval: 61 }]);
        assert.strictEqual(statements(`SELECT ';' , 1`).length, 1);
        for (const sql of [`ALTER DATABASE d INTEGRATION "SET" REFRESH_INTERVAL 900`, `ALTER DATABASE d INTEGRATION SET "REFRESH_INTERVAL" 900`]) {
            assert.deepStrictEqual(databaseStatements(sql), [], sql);
        }
        assert.deepStrictEqual(databaseStatements(`CREATE DATABASE d FROM INTEGRATION 'x' SET REFRESH_INTERVAL 900 "OWNER"`),
            [{ kind: "create-from-integration", database: "d", integrationId: "x" }]);
    });

    it("SET is optional in CREATE; an unknown option, a separator other than =, or FOR after another option is no option list", () => {
        assert.deepStrictEqual(databaseStatements(`CREATE DATABASE d FROM INTEGRATION 'x' REFRESH_INTERVAL 900`),
            [{ kind: "create-from-integration", database: "d", integrationId: "x", refreshInterval: 900 }]);
        for (const rest of ["FOO TRUE REFRESH_INTERVAL 900", "TRUNCATECOLUMNS , TRUE REFRESH_INTERVAL 900", "TRUNCATECOLUMNS TRUE FOR TABLE t REFRESH_INTERVAL 900",
            "HISTORY_MODE TRUE FOR TABLE t ( REFRESH_INTERVAL 900", "HISTORY_MODE TRUE FOR TABLE '.' REFRESH_INTERVAL 900"]) {
            assert.deepStrictEqual(databaseStatements(`ALTER DATABASE d INTEGRATION SET ${rest}`), [], rest);
        }
    });

    it("HISTORY_MODE's table list: a quoted REFRESH_INTERVAL is a table name; in CREATE it ends at the tail", () => {
        assert.deepStrictEqual(databaseStatements(`ALTER DATABASE d INTEGRATION SET HISTORY_MODE TRUE FOR TABLE public."REFRESH_INTERVAL"`),
            [{ kind: "alter-integration-set", database: "d" }]);
        assert.deepStrictEqual(databaseStatements(`CREATE DATABASE d FROM INTEGRATION 'x' SET REFRESH_INTERVAL 900 HISTORY_MODE TRUE FOR ALL TABLES OWNER = admin`),
            [{ kind: "create-from-integration", database: "d", integrationId: "x", refreshInterval: 900 }]);
    });

    it("a CREATE that ends at DATABASE, without the source name, is no statement", () => {
        assert.deepStrictEqual(databaseStatements(`CREATE DATABASE d FROM INTEGRATION 'x' DATABASE`), []);
    });
});
