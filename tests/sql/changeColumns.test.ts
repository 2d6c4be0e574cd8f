// The default tables follow the README's rule for change columns: a column the database sets on every insert and update.
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { DEFAULT_TABLES } from "../../components/config";

const SCHEMA = fs.readFileSync(path.join(__dirname, "..", "..", "sql", "mysql", "schema.sql"), "utf8");

/** The column definitions of one CREATE TABLE in the sample schema, by name. */
function columnDefinitions(table: string): Map<string, string> {
    const m = new RegExp("CREATE TABLE IF NOT EXISTS `" + table + "` \\(([\\s\\S]*?)\\n\\)", "m").exec(SCHEMA);
    assert.ok(m, `table ${table} is in sql/mysql/schema.sql`);
    const columns = new Map<string, string>();
    for (const line of m[1].split("\n")) {
        const c = /^\s*`([a-z_0-9]+)` (.*?),?$/.exec(line);
        if (c) columns.set(c[1], c[2]);
    }
    return columns;
}

describe("default tables and their change columns", () => {
    it("every default table is in the sample schema with its key columns NOT NULL", () => {
        for (const t of DEFAULT_TABLES) {
            const columns = columnDefinitions(t.name);
            for (const key of t.primaryKey) {
                assert.match(columns.get(key) ?? "", /\bNOT NULL\b/, `${t.name}.${key}`);
            }
        }
    });

    it("a default change column is one MySQL sets on every update (ON UPDATE CURRENT_TIMESTAMP), never a business time", () => {
        for (const t of DEFAULT_TABLES.filter(d => d.timestampColumn !== undefined)) {
            const definition = columnDefinitions(t.name).get(t.timestampColumn!) ?? "";
            assert.match(definition, /\bNOT NULL\b.*\bON UPDATE CURRENT_TIMESTAMP\b/i, `${t.name}.${t.timestampColumn} is ${JSON.stringify(definition)}`);
        }
    });
});
