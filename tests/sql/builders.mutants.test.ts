// The SQL builders the sql/ mutation group found untested in-process (issue 13 item 5): the master's schema changes,
// the CHAR/DATE casts, the rebuild and maintenance statements, long per-run table names, and the zero-ETL health and
// resync statements. Exact text and exact refusals.
import * as assert from "assert";
import { createHash } from "crypto";
import {
    addColumnsSql, buildTableStatements, dropMasterSql, emptyMasterSql, maintenanceSql, schemaChanges, SchemaChangeError,
    stageTableName, stageValue, UnsafeSqlInputError,
} from "../../sql/athena/pipeline";
import { failedTablesQuery } from "../../sql/redshift/zeroEtlHealth";
import { alterIntegrationSettings, dropDatabase, refreshInErrorTables, refreshTables, RESERVED_DATABASES } from "../../sql/redshift/zeroEtlStatements";

const SALES = { name: "sales", primaryKey: ["salesid"], timestampColumn: "saletime" };
const COLUMNS = [{ name: "salesid", type: "int" }, { name: "qtysold", type: "int" }, { name: "saletime", type: "timestamp" }];
const RUN = "r20261104t033000_1a2b3c4d";

function unsafe(message: string) {
    return (e: unknown) => e instanceof UnsafeSqlInputError && e.message === message;
}

describe("Athena pipeline builders: schema changes, casts, rebuild and maintenance", () => {
    it("adds new columns with backticks, checking each name and type", () => {
        assert.strictEqual(addColumnsSql("analytics_dev", SALES, [{ name: "Discount", type: "decimal(8,2)" }, { name: "note", type: "string" }]),
            "ALTER TABLE `analytics_dev`.`sales` ADD COLUMNS (`discount` decimal(8,2), `note` string)");
        assert.throws(() => addColumnsSql("analytics_dev", SALES, [{ name: "note", type: "string" }, { name: "bad", type: "varchar(10)" }]),
            unsafe('column sales.bad has the unsupported type "varchar(10)"'));
        assert.throws(() => addColumnsSql("analytics_dev", SALES, []), unsafe("table sales has no columns"));
        assert.throws(() => addColumnsSql("analytics dev", SALES, [{ name: "note", type: "string" }]),
            unsafe('database "analytics dev" is not a valid identifier (letters, digits, underscores, at most 64)'));
        assert.throws(() => addColumnsSql("analytics_dev", { name: "1sales", primaryKey: [] }, [{ name: "note", type: "string" }]),
            unsafe('table "1sales" is not a valid identifier (letters, digits, underscores, at most 64)'));
    });

    it("drops the master for a rebuild, empties it for an empty export, and compacts then expires snapshots", () => {
        assert.strictEqual(dropMasterSql("analytics_dev", SALES), "DROP TABLE IF EXISTS `analytics_dev`.`sales`");
        assert.strictEqual(emptyMasterSql("analytics_dev", SALES), 'DELETE FROM "analytics_dev"."sales"');
        assert.deepStrictEqual(maintenanceSql({ name: "Sales", primaryKey: ["salesid"] }), ['OPTIMIZE "sales" REWRITE DATA USING BIN_PACK', "VACUUM `sales`"]);
        assert.throws(() => dropMasterSql("analytics-dev", SALES), unsafe('database "analytics-dev" is not a valid identifier (letters, digits, underscores, at most 64)'));
        assert.throws(() => dropMasterSql("analytics_dev", { name: "sales.x", primaryKey: [] }),
            unsafe('table "sales.x" is not a valid identifier (letters, digits, underscores, at most 64)'));
        assert.throws(() => maintenanceSql({ name: "sales`; DROP", primaryKey: [] }), unsafe('table "sales`; DROP" is not a valid identifier (letters, digits, underscores, at most 64)'));
    });

    it("casts only CHAR (binary to string), DATE (string to date) and DATETIME (bigint microseconds to timestamp(6)), with or without a qualifier", () => {
        assert.strictEqual(stageValue({ name: "buyer", type: "string", stageType: "binary" }), 'from_utf8("buyer")');
        assert.strictEqual(stageValue({ name: "buyer", type: "string", stageType: "binary" }, "s"), 'from_utf8(s."buyer")');
        assert.strictEqual(stageValue({ name: "caldate", type: "date", stageType: "string" }), 'TRY(CAST("caldate" AS date))');
        assert.strictEqual(stageValue({ name: "saletime", type: "timestamp", stageType: "bigint" }, "e"), `TRY(CAST(date_add('second', (e."saletime" - mod(e."saletime", 1000000)) / 1000000, from_unixtime_nanos(mod(e."saletime", 1000000) * 1000)) AS timestamp(6)))`);
        assert.strictEqual(stageValue({ name: "qty", type: "int" }), '"qty"');
        assert.strictEqual(stageValue({ name: "qty", type: "int", stageType: "int" }, "e"), 'e."qty"');
        for (const [stageType, type] of [["binary", "int"], ["string", "int"], ["int", "string"], ["binary", "date"], ["date", "string"], ["bigint", "date"], ["int", "timestamp"]]) {
            assert.throws(() => stageValue({ name: "c", type, stageType }), unsafe(`column c cannot be cast from ${stageType} to ${type}`));
        }
    });

    it("finds added columns, keeps dropped ones, and fails a changed type naming the rebuild run", () => {
        const master = [{ name: "salesid", type: "int" }, { name: "old_col", type: "string" }, { name: "saletime", type: "TIMESTAMP" }];
        assert.deepStrictEqual(schemaChanges(SALES, COLUMNS, master), [{ name: "qtysold", type: "int" }]);
        assert.deepStrictEqual(schemaChanges(SALES, COLUMNS, COLUMNS), []);
        assert.deepStrictEqual(schemaChanges(SALES, [{ name: "salesid", type: "int", stageType: "int" }], [{ name: "SalesId", type: "int" }]), []);
        assert.throws(() => schemaChanges(SALES, [{ name: "salesid", type: "bigint" }, { name: "x", type: "int" }], master), (e: unknown) =>
            e instanceof SchemaChangeError && e.name === "SchemaChangeError"
            && e.message === 'table sales: column salesid changed type from int to bigint, which the master cannot take in place; '
            + 'rebuild that master from the export with the run input {"mode":"rebuild","tables":["sales"]}');
    });

    it("adds columns before the MERGE only when the master exists and the run is not a rebuild", () => {
        const base = {
            database: "analytics_dev", stageTable: stageTableName(RUN, "sales"), table: SALES, columns: COLUMNS,
            masterLocation: "s3://master-bucket/master/sales/", overlapSeconds: 60, snapshotTime: "2026-11-04 03:30:00",
            watermark: "2026-11-04 03:00:00",
        };
        const master = [{ name: "salesid", type: "int" }, { name: "saletime", type: "timestamp" }];
        const diff = buildTableStatements({ ...base, mode: "diff", masterColumns: master });
        assert.strictEqual(diff.addColumns, "ALTER TABLE `analytics_dev`.`sales` ADD COLUMNS (`qtysold` int)");
        assert.strictEqual(diff.dropMaster, null);
        assert.strictEqual(diff.strategy, "diff");
        assert.strictEqual(diff.resetWatermark, false);
        const all = buildTableStatements({ ...base, mode: "all", masterColumns: COLUMNS });
        assert.strictEqual(all.addColumns, null);
        assert.strictEqual(all.dropMaster, null);
        assert.strictEqual(all.resetWatermark, false);
        assert.strictEqual(all.strategy, "full");
        // A rebuild drops the master and recreates it from the export: a changed type does not fail, nothing is added.
        const rebuild = buildTableStatements({ ...base, mode: "rebuild", masterColumns: [{ name: "salesid", type: "string" }] });
        assert.strictEqual(rebuild.dropMaster, "DROP TABLE IF EXISTS `analytics_dev`.`sales`");
        assert.strictEqual(rebuild.addColumns, null);
        assert.strictEqual(rebuild.resetWatermark, true);
        assert.strictEqual(rebuild.strategy, "full");
        assert.throws(() => buildTableStatements({ ...base, mode: "all", masterColumns: [{ name: "salesid", type: "string" }] }), SchemaChangeError);
    });

    it("keeps per-run table names within 64 characters: whole up to 34, then the first 25 and 8 hex digits of the name's SHA-256", () => {
        const prefix = `run_${RUN}_`;
        assert.strictEqual(prefix.length, 30);
        const n34 = "t".repeat(34);
        assert.strictEqual(stageTableName(RUN, n34), prefix + n34);
        for (const name of ["u".repeat(35), "Long_" + "x".repeat(59)]) {
            const lower = name.toLowerCase();
            const expected = `${prefix}${lower.slice(0, 25)}_${createHash("sha256").update(lower).digest("hex").slice(0, 8)}`;
            assert.strictEqual(stageTableName(RUN, name), expected);
            assert.strictEqual(expected.length, 64);
        }
        assert.notStrictEqual(stageTableName(RUN, "a".repeat(25) + "b".repeat(10)), stageTableName(RUN, "a".repeat(25) + "c".repeat(10)));
    });
});

describe("zero-ETL health and resync statements", () => {
    it("lists the failed and resync-required tables of one database", () => {
        assert.strictEqual(failedTablesQuery("zeroetl_db"),
            "SELECT schema_name, table_name, table_state, reason, last_updated_timestamp FROM svv_integration_table_state "
            + "WHERE target_database = 'zeroetl_db' AND table_state IN ('Failed', 'ResyncRequired') ORDER BY schema_name, table_name");
        assert.strictEqual(failedTablesQuery("_" + "a".repeat(62)).includes(`'_${"a".repeat(62)}'`), true);
        for (const name of ["Zeroetl", "1db", "db'--", "", "a".repeat(64)]) {
            assert.throws(() => failedTablesQuery(name), (e: unknown) => e instanceof Error
                && e.message === `Redshift database name ${JSON.stringify(name)} must be lowercase letters, digits and underscores`);
        }
    });

    it("refreshes named tables, quoted, and every table in error", () => {
        assert.strictEqual(refreshTables("zeroetl_db", [{ schema: "tickit", table: "sales" }, { schema: "Tickit$2", table: "t_" + "x".repeat(62) }]),
            `ALTER DATABASE "zeroetl_db" INTEGRATION REFRESH TABLE "tickit"."sales", "Tickit$2"."t_${"x".repeat(62)}"`);
        assert.strictEqual(refreshInErrorTables("zeroetl_db"), `ALTER DATABASE "zeroetl_db" INTEGRATION REFRESH INERROR TABLES`);
        assert.throws(() => refreshTables("zeroetl_db", []), (e: unknown) => e instanceof Error && e.message === "INTEGRATION REFRESH TABLE needs at least one table");
        for (const part of ["", "a".repeat(65), 'sa"les', "sales;", "s s"]) {
            assert.throws(() => refreshTables("zeroetl_db", [{ schema: "tickit", table: "sales" }, { schema: "tickit", table: part }]),
                (e: unknown) => e instanceof Error && e.message === `table name part ${JSON.stringify(part)} must be 1 to 64 letters, digits, _ or $`);
        }
        assert.throws(() => refreshInErrorTables("Zeroetl"), /Redshift database name "Zeroetl" must be 1 to 63 lowercase/);
    });

    it("refuses an ALTER with nothing to set and the drop of a reserved database", () => {
        assert.throws(() => alterIntegrationSettings("zeroetl_db", {}), (e: unknown) => e instanceof Error
            && e.message === "ALTER DATABASE ... INTEGRATION SET needs at least one setting");
        assert.strictEqual(alterIntegrationSettings("zeroetl_db", { historyMode: false }), `ALTER DATABASE "zeroetl_db" INTEGRATION SET HISTORY_MODE = FALSE FOR ALL TABLES`);
        assert.deepStrictEqual(RESERVED_DATABASES, ["dev", "padb_harvest", "template0", "template1", "sys:internal"]);
        for (const name of ["dev", "padb_harvest", "template0", "template1"]) {
            assert.throws(() => dropDatabase(name), (e: unknown) => e instanceof Error && e.message === `database ${name} can't be dropped`);
        }
        assert.strictEqual(dropDatabase("devx"), `DROP DATABASE "devx" FORCE`);
    });
});
