// Unit tests for the zero-ETL refresh-interval rules and the SQL tokeniser, on fake stacks presented like the policy server does.
import * as assert from "assert";

import { databaseStatements, refreshIntervalOf, statements } from "../../policy/lib/sql";
import { zeroEtlRefreshInterval } from "../../policy/zeroEtlRefreshInterval";
import { zeroEtlRefreshIntervalDeclared } from "../../policy/zeroEtlRefreshIntervalDeclared";
import { ALTER_SQL, T, TAG, deployed, statementStack, withProps, zeroEtlStack } from "./fixtures";
import { FakeResource, UNKNOWN, runResourcePolicy, runStackPolicy, urnOf } from "./helpers";

const DEFAULTS = { minimumSeconds: 60, maximumSeconds: 432000 }; // explicit bounds for the cases below; the schema default (900) is asserted on its own
const check = (stack: FakeResource[], config: object = DEFAULTS) => runStackPolicy(zeroEtlRefreshInterval, stack, config);
const declared = (fake: FakeResource, config: object = DEFAULTS) => runResourcePolicy(zeroEtlRefreshIntervalDeclared, fake, config);
const integration = (stack: FakeResource[]) => stack.find(r => r.type === T.integration)!;

describe("policy zero-etl-refresh-interval (stack)", () => {
    it("keeps its bounds at 900 and 432000 seconds by default, with exemptIntegrations empty", () => {
        const props = zeroEtlRefreshInterval.configSchema!.properties as Record<string, any>;
        assert.deepStrictEqual([props.minimumSeconds.default, props.maximumSeconds.default, props.exemptIntegrations.default], [900, 432000, []]);
    });

    it("passes this program's form at the first preview (input unknown) and once deployed (input known)", () => {
        assert.deepStrictEqual(check(zeroEtlStack()), []);
        assert.deepStrictEqual(check(deployed(zeroEtlStack())), []);
    });

    it("blocks an invocation whose interval differs from the declaration, with a two-line message", () => {
        assert.deepStrictEqual(check(deployed(zeroEtlStack(), "dev", { refreshIntervalSeconds: 7200 })), [{
            urn: urnOf(T.integration, "dev-integration"),
            message: "Zero-ETL integration dev-integration (integrationName \"dev-zero-etl\") declares 3600 s, but dev-database sets 7200 s on database zeroetl_db.\n" +
                "Fix: set REFRESH_INTERVAL 3600 for that database, or change the tag aurora-analytics:refresh-interval-seconds to the interval you want.",
        }]);
    });

    it("passes the statement form at preview; an ALTER with a different interval blocks", () => {
        assert.deepStrictEqual(check(statementStack()), []);
        const known = withProps(withProps(statementStack(), "dev-create-database", { sql: `CREATE DATABASE "zeroetl_db" FROM INTEGRATION '11111111-2222-3333-4444-555555555555'` }),
            "dev-refresh-interval", { sql: ALTER_SQL.replace("3600", "600") });
        assert.match(check(deployed(known))[0].message, /declares 3600 s, but dev-refresh-interval sets 600 s on database zeroetl_db\./);
    });

    it("blocks a missing, invalid or out-of-range declaration", () => {
        const untagged = withProps(zeroEtlStack(), "dev-integration", { tags: {} });
        assert.match(check(untagged)[0].message, /^Zero-ETL integration dev-integration \(integrationName "dev-zero-etl"\) declares no refresh interval \(tag aurora-analytics:refresh-interval-seconds\)\.\nFix: in aurora-analytics, run/);
        assert.match(check(withProps(zeroEtlStack(), "dev-integration", { tags: { [TAG]: "1h" } }))[0].message, /declares the refresh interval "1h", which is not whole seconds/);
        assert.match(check(withProps(zeroEtlStack(), "dev-integration", { tags: { [TAG]: "30" } }))[0].message, /declares a refresh interval of 30 s, outside the allowed 60 to 432000 seconds/);
    });

    it("reports an impossible config once instead of judging", () => {
        assert.deepStrictEqual(check(zeroEtlStack(), { minimumSeconds: 900, maximumSeconds: 600 }), [{
            message: "Policy config of zero-etl-refresh-interval is inconsistent: minimumSeconds 900 is above maximumSeconds 600.\nFix: make minimumSeconds at most maximumSeconds.",
        }]);
    });
});

describe("policy zero-etl-refresh-interval-declared (resource)", () => {
    it("refuses an integration without the tag, and passes one with it", () => {
        const tagged = integration(zeroEtlStack());
        assert.deepStrictEqual(declared(tagged), []);
        const [violation] = declared({ ...tagged, props: { ...tagged.props, tags: {} } });
        assert.strictEqual(violation.message.split("\n")[0], "Zero-ETL integration dev-integration declares no refresh interval (tag aurora-analytics:refresh-interval-seconds).");
    });

    it("reads aws-native tag lists, and skips an integration whose known target is not Redshift", () => {
        const native: FakeResource = { type: "aws-native:rds:Integration", name: "n", props: { sourceArn: UNKNOWN, targetArn: UNKNOWN, tags: [{ key: TAG, value: "900" }] } };
        assert.deepStrictEqual(declared(native), []);
        assert.strictEqual(declared({ ...native, props: { ...native.props, tags: [] } }).length, 1);
        const glue: FakeResource = { type: T.integration, name: "g", props: { targetArn: "arn:aws:glue:us-west-2:123456789012:catalog" } };
        assert.deepStrictEqual(declared(glue), []);
    });

    it("checks a statement's SQL and an invocation's input once they are known", () => {
        const statement: FakeResource = { type: T.statement, name: "s", props: { sql: `CREATE DATABASE d FROM INTEGRATION 'x' SET REFRESH_INTERVAL 30` } };
        assert.match(declared(statement)[0].message, /^Statement s sets REFRESH_INTERVAL 30 on database d, outside the allowed 60 to 432000 seconds\.\n/);
        assert.deepStrictEqual(declared({ ...statement, props: { sql: UNKNOWN } }), []);
        const invocation = deployed(zeroEtlStack(), "dev", { refreshIntervalSeconds: 0 }).find(r => r.type === T.invocation)!;
        assert.match(declared(invocation)[0].message, /^Invocation dev-database sets refreshIntervalSeconds 0 on database "zeroetl_db", outside the allowed 60 to 432000 seconds\./);
    });
});

describe("SQL tokeniser", () => {
    it("reads the documented CREATE and ALTER forms, options in any order of the grammar", () => {
        assert.deepStrictEqual(databaseStatements(`CREATE DATABASE "ZeroEtl" FROM INTEGRATION 'abc' DATABASE 'src' SET ACCEPTINVCHARS = TRUE REFRESH_INTERVAL 900 TRUNCATECOLUMNS TRUE HISTORY_MODE = FALSE`),
            [{ kind: "create-from-integration", database: "ZeroEtl", integrationId: "abc", refreshInterval: 900 }]);
        assert.deepStrictEqual(databaseStatements(`alter database ZeroEtl integration set history_mode true for table public."T" refresh_interval 600`),
            [{ kind: "alter-integration-set", database: "zeroetl", refreshInterval: 600 }]);
        assert.strictEqual(refreshIntervalOf(ALTER_SQL), 3600);
    });

    it("does not count text inside quoted identifiers, strings or comments", () => {
        assert.deepStrictEqual(databaseStatements(`ALTER DATABASE d INTEGRATION SET HISTORY_MODE = TRUE FOR TABLE public."REFRESH_INTERVAL 3600"`),
            [{ kind: "alter-integration-set", database: "d" }]);
        assert.strictEqual(refreshIntervalOf(`-- ALTER DATABASE d INTEGRATION SET REFRESH_INTERVAL 3600\nSELECT 1`), undefined);
        assert.strictEqual(refreshIntervalOf(`SELECT 'ALTER DATABASE d INTEGRATION SET REFRESH_INTERVAL 3600'`), undefined);
        assert.strictEqual(refreshIntervalOf(`ALTER DATABASE d INTEGRATION SET /* REFRESH_INTERVAL 3600 */ QUERY_ALL_STATES TRUE`), undefined);
        assert.strictEqual(refreshIntervalOf(`ALTER DATABASE d INTEGRATION SET REFRESH_INTERVAL 3600.5`), undefined);
        assert.strictEqual(refreshIntervalOf(`ALTER DATABASE d INTEGRATION SET REFRESH_INTERVAL = 3600`), undefined);
    });

    it("does not split at a ; inside quotes", () => {
        assert.strictEqual(statements(`ALTER DATABASE "a;b" INTEGRATION SET REFRESH_INTERVAL 61; SELECT ';'`).length, 2);
        assert.deepStrictEqual(databaseStatements(`ALTER DATABASE "a;b" INTEGRATION SET REFRESH_INTERVAL 61`), [{ kind: "alter-integration-set", database: "a;b", refreshInterval: 61 }]);
    });
});

describe("the refresh interval with the zero-ETL database options in the same statement or not (issue 14)", () => {
    const ID = "11111111-2222-3333-4444-555555555555";
    const OPTIONS = "ACCEPTINVCHARS = TRUE REFRESH_INTERVAL 900 TRUNCATECOLUMNS = TRUE HISTORY_MODE = FALSE";
    /** The statement form after deploy: the integration's id known, the CREATE and ALTER SQL as given. */
    const known = (createSql: string, alterSql: string) => {
        const stack = deployed(statementStack()).map(r => (r.type === T.integration ? { ...r, props: { ...r.props, integrationIdentifier: ID } } : r));
        return withProps(withProps(stack, "dev-create-database", { sql: createSql }), "dev-refresh-interval", { sql: alterSql });
    };
    const at900 = { minimumSeconds: 60, maximumSeconds: 432000 };
    const tagged900 = (stack: FakeResource[]) => withProps(stack, "dev-integration", { tags: { [TAG]: "900" } });

    it("the tokeniser reads REFRESH_INTERVAL among ACCEPTINVCHARS, TRUNCATECOLUMNS and HISTORY_MODE, and without them", () => {
        assert.deepStrictEqual(databaseStatements(`CREATE DATABASE "zeroetl_db" FROM INTEGRATION '${ID}' SET ${OPTIONS}`),
            [{ kind: "create-from-integration", database: "zeroetl_db", integrationId: ID, refreshInterval: 900 }]);
        assert.deepStrictEqual(databaseStatements(`CREATE DATABASE "zeroetl_db" FROM INTEGRATION '${ID}' SET REFRESH_INTERVAL 900`),
            [{ kind: "create-from-integration", database: "zeroetl_db", integrationId: ID, refreshInterval: 900 }]);
        assert.deepStrictEqual(databaseStatements(`CREATE DATABASE "zeroetl_db" FROM INTEGRATION '${ID}' SET ACCEPTINVCHARS = TRUE TRUNCATECOLUMNS = TRUE HISTORY_MODE = FALSE`),
            [{ kind: "create-from-integration", database: "zeroetl_db", integrationId: ID }]);
        assert.deepStrictEqual(databaseStatements(`ALTER DATABASE "zeroetl_db" INTEGRATION SET REFRESH_INTERVAL 900 TRUNCATECOLUMNS = FALSE`),
            [{ kind: "alter-integration-set", database: "zeroetl_db", refreshInterval: 900 }]);
        assert.deepStrictEqual(databaseStatements(`ALTER DATABASE "zeroetl_db" INTEGRATION SET ACCEPTINVCHARS = FALSE HISTORY_MODE = TRUE REFRESH_INTERVAL 900`),
            [{ kind: "alter-integration-set", database: "zeroetl_db", refreshInterval: 900 }]);
        assert.deepStrictEqual(databaseStatements(`ALTER DATABASE "zeroetl_db" INTEGRATION SET REFRESH_INTERVAL 900`),
            [{ kind: "alter-integration-set", database: "zeroetl_db", refreshInterval: 900 }]);
        assert.deepStrictEqual(databaseStatements(`ALTER DATABASE "zeroetl_db" INTEGRATION SET TRUNCATECOLUMNS = FALSE`),
            [{ kind: "alter-integration-set", database: "zeroetl_db" }]);
    });

    it("the stack rule passes a CREATE that sets the interval among the options, with or without an ALTER with options", () => {
        assert.deepStrictEqual(check(tagged900(known(`CREATE DATABASE "zeroetl_db" FROM INTEGRATION '${ID}' SET ${OPTIONS}`, "SELECT 1")), at900), []);
        assert.deepStrictEqual(check(tagged900(known(`CREATE DATABASE "zeroetl_db" FROM INTEGRATION '${ID}' SET ${OPTIONS}`,
            `ALTER DATABASE "zeroetl_db" INTEGRATION SET REFRESH_INTERVAL 900 TRUNCATECOLUMNS = FALSE`)), at900), []);
        assert.deepStrictEqual(check(tagged900(known(`CREATE DATABASE "zeroetl_db" FROM INTEGRATION '${ID}'`,
            `ALTER DATABASE "zeroetl_db" INTEGRATION SET REFRESH_INTERVAL 900 TRUNCATECOLUMNS = FALSE`)), at900), []);
        assert.deepStrictEqual(check(tagged900(known(`CREATE DATABASE "zeroetl_db" FROM INTEGRATION '${ID}'`,
            `ALTER DATABASE "zeroetl_db" INTEGRATION SET REFRESH_INTERVAL 900`)), at900), []);
    });

    it("the stack rule blocks when the options come without the interval, or with another interval", () => {
        const onlyOptions = check(tagged900(known(`CREATE DATABASE "zeroetl_db" FROM INTEGRATION '${ID}' SET ACCEPTINVCHARS = TRUE TRUNCATECOLUMNS = TRUE HISTORY_MODE = FALSE`,
            `ALTER DATABASE "zeroetl_db" INTEGRATION SET TRUNCATECOLUMNS = FALSE`)), at900);
        assert.deepStrictEqual(onlyOptions.map(v => v.urn), [urnOf(T.integration, "dev-integration")]);
        const other = check(known(`CREATE DATABASE "zeroetl_db" FROM INTEGRATION '${ID}' SET ${OPTIONS}`, "SELECT 1"), at900);
        assert.deepStrictEqual(other.map(v => v.message.split("\n")[0]),
            ["Zero-ETL integration dev-integration (integrationName \"dev-zero-etl\") declares 3600 s, but dev-create-database sets 900 s on database zeroetl_db."]);
    });

    it("the resource rule reads an out-of-range interval among the options at the statement's step", () => {
        const statement = (sql: string): FakeResource => ({ type: T.statement, name: "s", props: { sql } });
        const first = (sql: string) => declared(statement(sql)).map(v => v.message.split("\n")[0]);
        assert.deepStrictEqual(first(`CREATE DATABASE d FROM INTEGRATION '${ID}' SET ${OPTIONS.replace("900", "30")}`),
            ["Statement s sets REFRESH_INTERVAL 30 on database d, outside the allowed 60 to 432000 seconds."]);
        assert.deepStrictEqual(first(`ALTER DATABASE d INTEGRATION SET REFRESH_INTERVAL 30 TRUNCATECOLUMNS = FALSE`),
            ["Statement s sets REFRESH_INTERVAL 30 on database d, outside the allowed 60 to 432000 seconds."]);
        assert.deepStrictEqual(first(`CREATE DATABASE d FROM INTEGRATION '${ID}' SET ${OPTIONS}`), []);
        assert.deepStrictEqual(first(`ALTER DATABASE d INTEGRATION SET REFRESH_INTERVAL 900 TRUNCATECOLUMNS = FALSE`), []);
    });

    it("the invocation form: the interval is read with the three options in the input or without them", () => {
        const options = { acceptInvalidChars: false, truncateColumns: false, historyMode: true };
        const noOptions = { acceptInvalidChars: undefined, truncateColumns: undefined, historyMode: undefined };
        assert.deepStrictEqual(check(deployed(zeroEtlStack(), "dev", options)), []);
        assert.deepStrictEqual(check(deployed(zeroEtlStack(), "dev", noOptions)), []);
        for (const overrides of [options, noOptions]) {
            const stack = deployed(zeroEtlStack(), "dev", { ...overrides, refreshIntervalSeconds: 900 });
            assert.deepStrictEqual(check(stack).map(v => v.message.split("\n")[0]),
                ["Zero-ETL integration dev-integration (integrationName \"dev-zero-etl\") declares 3600 s, but dev-database sets 900 s on database zeroetl_db."]);
            const invocation = deployed(zeroEtlStack(), "dev", { ...overrides, refreshIntervalSeconds: 30 }).find(r => r.type === T.invocation)!;
            assert.deepStrictEqual(declared(invocation).map(v => v.message.split("\n")[0]),
                ["Invocation dev-database sets refreshIntervalSeconds 30 on database \"zeroetl_db\", outside the allowed 60 to 432000 seconds."]);
        }
    });
});
