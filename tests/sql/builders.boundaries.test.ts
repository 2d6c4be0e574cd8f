// The Redshift zero-ETL statements and the QuickSight dataset SQL, tested directly: exact text, each bound, each refusal.
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { createDatabaseFromIntegration, integrationStatusQuery, MAX_REFRESH_INTERVAL_SECONDS, setRefreshInterval } from "../../sql/redshift/zeroEtlStatements";
import { datasetColumnsFromSchema, datasetSql, mapMySqlType } from "../../sql/athena/quicksightDatasets";

const ID = "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111";

describe("Redshift zero-ETL statements: exact text and bounds", () => {
    it("creates the database from the integration, with no DATABASE clause for a MySQL source", () => {
        assert.strictEqual(createDatabaseFromIntegration("zeroetl_db", ID), `CREATE DATABASE "zeroetl_db" FROM INTEGRATION '${ID}'`);
        assert.strictEqual(createDatabaseFromIntegration("_a", "x"), `CREATE DATABASE "_a" FROM INTEGRATION 'x'`);
        assert.strictEqual(createDatabaseFromIntegration("d", "a".repeat(128)), `CREATE DATABASE "d" FROM INTEGRATION '${"a".repeat(128)}'`);
    });

    it("refuses integration ids that are empty, too long or carry quotes", () => {
        for (const id of ["", "a".repeat(129), "x' OR '1", "id with space"]) {
            assert.throws(() => createDatabaseFromIntegration("zeroetl_db", id),
                (e: unknown) => e instanceof Error && e.message === `integration id ${JSON.stringify(id)} is not a zero-ETL integration id`);
        }
    });

    it("sets REFRESH_INTERVAL from 0 to 432000 and refuses one step beyond or a fraction", () => {
        assert.strictEqual(MAX_REFRESH_INTERVAL_SECONDS, 432000);
        assert.deepStrictEqual([0, 900, 432000].map(s => setRefreshInterval("zeroetl_db", s)), [
            `ALTER DATABASE "zeroetl_db" INTEGRATION SET REFRESH_INTERVAL 0`,
            `ALTER DATABASE "zeroetl_db" INTEGRATION SET REFRESH_INTERVAL 900`,
            `ALTER DATABASE "zeroetl_db" INTEGRATION SET REFRESH_INTERVAL 432000`,
        ]);
        for (const s of [-1, 432001, 1.5, Number.NaN]) {
            assert.throws(() => setRefreshInterval("zeroetl_db", s),
                (e: unknown) => e instanceof Error && e.message === `refresh interval ${s} must be a whole number of seconds from 0 to 432000`);
        }
    });

    it("accepts database names of 1 and 63 characters and refuses 64, uppercase, a leading digit and quotes", () => {
        assert.strictEqual(setRefreshInterval("a".repeat(63), 60), `ALTER DATABASE "${"a".repeat(63)}" INTEGRATION SET REFRESH_INTERVAL 60`);
        for (const name of ["a".repeat(64), "Zeroetl", "1db", "db\"x", "", "db-x"]) {
            const message = `Redshift database name ${JSON.stringify(name)} must be 1 to 63 lowercase letters, digits and underscores, starting with a letter or underscore`;
            assert.throws(() => setRefreshInterval(name, 60), (e: unknown) => e instanceof Error && e.message === message);
            assert.throws(() => createDatabaseFromIntegration(name, ID), (e: unknown) => e instanceof Error && e.message === message);
            assert.throws(() => integrationStatusQuery(name), (e: unknown) => e instanceof Error && e.message === message);
        }
    });

    it("queries SVV_INTEGRATION for the database", () => {
        assert.strictEqual(integrationStatusQuery("zeroetl_db"),
            "SELECT integration_id, target_database, state, current_lag, refresh_interval FROM svv_integration WHERE target_database = 'zeroetl_db'");
    });
});

describe("QuickSight dataset SQL: types, columns and quoting", () => {
    it("maps each MySQL type family, in any case and spacing", () => {
        const cases: [string, string, string][] = [
            ["BOOLEAN", "BOOLEAN", "boolean"], ["bool", "BOOLEAN", "boolean"], ["TINYINT(1)", "BOOLEAN", "boolean"],
            ["TINYINT", "INTEGER", "bigint"], ["SMALLINT", "INTEGER", "bigint"], ["MEDIUMINT", "INTEGER", "bigint"], ["int", "INTEGER", "bigint"],
            ["INTEGER", "INTEGER", "bigint"], ["BIGINT", "INTEGER", "bigint"], ["TINYINT(4)", "INTEGER", "bigint"],
            ["DECIMAL(8,2)", "DECIMAL", "decimal(8,2)"], ["decimal(38, 10)", "DECIMAL", "decimal(38,10)"],
            ["DATE", "DATETIME", "timestamp"], ["DATETIME", "DATETIME", "timestamp"], ["TIMESTAMP", "DATETIME", "timestamp"],
            ["CHAR(3)", "STRING", "varchar"], ["VARCHAR(50)", "STRING", "varchar"], [" TEXT ", "STRING", "varchar"],
        ];
        assert.deepStrictEqual(cases.map(([t]) => { const m = mapMySqlType(t); return [t, m.type, m.athenaType]; }), cases);
        for (const t of ["BLOB", "DECIMAL(8)", "POINT", "INTERVAL", "XCHAR(3)"]) {
            assert.throws(() => mapMySqlType(t), (e: unknown) => e instanceof Error && e.message === `no QuickSight mapping for MySQL type ${t}`);
        }
    });

    it("reads every table's columns in order from the sample schema, and only column lines", () => {
        const schema = [
            "CREATE TABLE IF NOT EXISTS `category` (",
            "  `catid` SMALLINT NOT NULL,",
            "  `catname` VARCHAR(10),",
            "  PRIMARY KEY (`catid`)",
            ")",
            "CREATE TABLE IF NOT EXISTS `sales` (",
            "  `salesid` INTEGER NOT NULL,",
            "  `pricepaid` DECIMAL(8, 2),",
            "  `saletime` DATETIME",
            ")",
        ].join("\n");
        assert.deepStrictEqual([...datasetColumnsFromSchema(schema).entries()], [
            ["category", [{ name: "catid", type: "INTEGER", athenaType: "bigint" }, { name: "catname", type: "STRING", athenaType: "varchar" }]],
            ["sales", [
                { name: "salesid", type: "INTEGER", athenaType: "bigint" },
                { name: "pricepaid", type: "DECIMAL", athenaType: "decimal(8,2)" },
                { name: "saletime", type: "DATETIME", athenaType: "timestamp" },
            ]],
        ]);
        const real = datasetColumnsFromSchema(fs.readFileSync(path.join(__dirname, "../../sql/mysql/schema.sql"), "utf8"));
        assert.deepStrictEqual([...real.keys()], ["users", "venue", "category", "date", "event", "listing", "sales"]);
    });

    it("casts every column and quotes every identifier, refusing what is not one", () => {
        const columns = [{ name: "catid", type: "INTEGER" as const, athenaType: "bigint" }, { name: "catname", type: "STRING" as const, athenaType: "varchar" }];
        assert.strictEqual(datasetSql("analytics_dev", "category", columns),
            `SELECT CAST("catid" AS bigint) AS "catid", CAST("catname" AS varchar) AS "catname" FROM "analytics_dev"."category"`);
        assert.throws(() => datasetSql("analytics-dev", "category", columns), /^Error: "analytics-dev" is not an identifier$/);
        assert.throws(() => datasetSql("analytics_dev", "cat\"egory", columns), /^Error: "cat\\"egory" is not an identifier$/);
        assert.throws(() => datasetSql("analytics_dev", "category", [{ ...columns[0], name: "a".repeat(65) }]), /is not an identifier$/);
        assert.strictEqual(datasetSql("_", "a".repeat(64), []), `SELECT  FROM "_"."${"a".repeat(64)}"`);
    });
});

describe("QuickSight dataset SQL: whole-word types and column lines", () => {
    it("matches a type only as the whole word it is", () => {
        for (const t of ["XBOOL", "BOOLX", "XDECIMAL(8,2)", "DECIMAL(8,2)X", "XDATE"]) {
            assert.throws(() => mapMySqlType(t), (e: unknown) => e instanceof Error && e.message === `no QuickSight mapping for MySQL type ${t}`);
        }
    });

    it("reads multi-digit sizes, TINYINT(1) as a boolean, any spacing, and skips constraint lines", () => {
        const schema = [
            "CREATE TABLE IF NOT EXISTS `t` (",
            "  `flag` TINYINT(1),",
            "  `price`   DECIMAL(12,2),",
            "  `ratio` DECIMAL(38,10),",
            "  CONSTRAINT `fk_t` FOREIGN KEY (`flag`) REFERENCES `u` (`id`)",
            ")",
        ].join("\n");
        assert.deepStrictEqual(datasetColumnsFromSchema(schema).get("t"), [
            { name: "flag", type: "BOOLEAN", athenaType: "boolean" },
            { name: "price", type: "DECIMAL", athenaType: "decimal(12,2)" },
            { name: "ratio", type: "DECIMAL", athenaType: "decimal(38,10)" },
        ]);
    });
});
