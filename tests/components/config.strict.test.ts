// Strict config: a key the program does not read stops it before any resource exists, with the key it most likely meant;
// a cluster identifier that RDS would store in lowercase is refused; a structured key's error gives the complete fix.
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { parse as parseYaml } from "yaml";

import { closestName, editDistance } from "../../components/closestName";
import { ConfigError, knownConfigKeys, parseStackConfig, REMOVED_KEYS } from "../../components/config";
import { BASE_CONFIG, runProgram } from "../../scripts/lib/mockProgram";

const ROOT = path.join(__dirname, "..", "..");
const BASE: Record<string, string> = { refreshIntervalSeconds: "3600" };

/** Parses like the program does: `values` are the stack's keys of the project namespace, all of them set. */
function parseSet(values: Record<string, unknown>, secretKeys: string[] = [], stack = "dev") {
    const merged: Record<string, unknown> = { ...BASE, ...values };
    const raw = (key: string) => {
        const v = merged[key];
        return v === undefined ? undefined : typeof v === "string" ? v : JSON.stringify(v);
    };
    return parseStackConfig(raw, stack, { keys: Object.keys(merged), secretKeys });
}

function rejects(values: Record<string, unknown>, message: string, secretKeys: string[] = []) {
    assert.throws(() => parseSet(values, secretKeys), (e: unknown) => {
        assert.ok(e instanceof ConfigError, `expected a ConfigError, got ${e}`);
        assert.strictEqual((e as Error).message, message);
        return true;
    });
}

describe("strict config keys", () => {
    describe("closestName", () => {
        const known = ["vpcId", "privateSubnetIds", "dbClusterId", "dbName", "forceDestroy", "tables", "refreshIntervalSeconds",
            "redshiftNamespace", "redshiftWorkgroup", "zeroEtlHistoryMode"];

        it("counts a swap of neighbours as one edit", () => {
            assert.strictEqual(editDistance("forcedestory", "forcedestroy"), 1);
            assert.strictEqual(editDistance("abc", "abc"), 0);
            assert.strictEqual(editDistance("", "abc"), 3);
            assert.strictEqual(editDistance("kitten", "sitting"), 3);
            assert.strictEqual(editDistance("ca", "abc"), 3);
        });

        it("catches case-only differences, typos, a missing suffix and an added one", () => {
            assert.strictEqual(closestName("dbClusterID", known), "dbClusterId");
            assert.strictEqual(closestName("vpcID", known), "vpcId");
            assert.strictEqual(closestName("VPCID", known), "vpcId");
            assert.strictEqual(closestName("db_cluster_id", known), "dbClusterId");
            assert.strictEqual(closestName("forceDestory", known), "forceDestroy");
            assert.strictEqual(closestName("tabels", known), "tables");
            assert.strictEqual(closestName("refreshInterval", known), "refreshIntervalSeconds");
            assert.strictEqual(closestName("dbClusterIdentifier", known), "dbClusterId");
            assert.strictEqual(closestName("zeroEtlHistory", known), "zeroEtlHistoryMode");
            assert.strictEqual(closestName("privateSubnetId", known), "privateSubnetIds");
        });

        it("prefers the nearest name, then the first listed among equals", () => {
            assert.strictEqual(closestName("dbNam", known), "dbName");
            assert.strictEqual(closestName("redshiftWorkgrou", known), "redshiftWorkgroup");
            assert.strictEqual(closestName("ab", ["ax", "ay"]), "ax");
        });

        it("suggests nothing for an unrelated key, a short key or a prefix of several keys", () => {
            assert.strictEqual(closestName("colour", known), undefined);
            assert.strictEqual(closestName("foo", known), undefined);
            assert.strictEqual(closestName("db", known), undefined);
            assert.strictEqual(closestName("vpc", known), undefined);
            assert.strictEqual(closestName("redshift", known), undefined);
            assert.strictEqual(closestName("region", known), undefined);
        });
    });

    describe("unknown keys", () => {
        it("knows every key the program reads, and only those: the documented ones and the removed ones", () => {
            const keys = new Set<string>();
            parseStackConfig(key => { keys.add(key); return BASE[key]; }, "dev");
            assert.deepStrictEqual([...knownConfigKeys()].sort(), [...keys].sort());
            assert.ok(REMOVED_KEYS.every(k => knownConfigKeys().includes(k)));
            const project = parseYaml(fs.readFileSync(path.join(ROOT, "Pulumi.yaml"), "utf8"));
            for (const key of Object.keys(project.config)) {
                assert.ok(knownConfigKeys().includes(key), key);
            }
        });

        it("accepts a stack that sets only known keys", () => {
            assert.strictEqual(parseSet({ dbClusterId: "prod-aurora-01", forceDestroy: "true" }).dbClusterId, "prod-aurora-01");
        });

        it("names the closest key and the commands that move the value, for a case-only difference and for typos", () => {
            rejects({ dbClusterID: "prod-aurora-01" },
                "Config key aurora-analytics:dbClusterID is not a key this program reads (did you mean `dbClusterId`?); " +
                "fix it with `pulumi config rm dbClusterID` and `pulumi config set dbClusterId prod-aurora-01`.");
            rejects({ vpcID: "vpc-0123456789abcdef0" },
                "Config key aurora-analytics:vpcID is not a key this program reads (did you mean `vpcId`?); " +
                "fix it with `pulumi config rm vpcID` and `pulumi config set vpcId vpc-0123456789abcdef0`.");
            rejects({ forceDestory: "true" },
                "Config key aurora-analytics:forceDestory is not a key this program reads (did you mean `forceDestroy`?); " +
                "fix it with `pulumi config rm forceDestory` and `pulumi config set forceDestroy true`.");
        });

        it("quotes a value the shell would split, and never prints a secret", () => {
            rejects({ loadSchedul: "cron(30 3 ? * MON-FRI *)" },
                "Config key aurora-analytics:loadSchedul is not a key this program reads (did you mean `loadSchedule`?); " +
                "fix it with `pulumi config rm loadSchedul` and `pulumi config set loadSchedule 'cron(30 3 ? * MON-FRI *)'`.");
            rejects({ alertEmial: "it's@example.com" },
                "Config key aurora-analytics:alertEmial is not a key this program reads (did you mean `alertEmail`?); " +
                "fix it with `pulumi config rm alertEmial` and `pulumi config set alertEmail 'it'\\''s@example.com'`.");
            rejects({ redshiftAdminSecretARN: "arn:aws:secretsmanager:us-west-2:123456789012:secret:x-AbCdEf" },
                "Config key aurora-analytics:redshiftAdminSecretARN is not a key this program reads (did you mean `redshiftAdminSecretArn`?); " +
                "fix it by renaming aurora-analytics:redshiftAdminSecretARN to aurora-analytics:redshiftAdminSecretArn in Pulumi.dev.yaml (the value stays as it is).",
                ["redshiftAdminSecretARN"]);
        });

        it("moves a structured value by renaming the key in the stack file", () => {
            rejects({ tabels: [{ name: "sales", primaryKey: ["salesid"] }] },
                "Config key aurora-analytics:tabels is not a key this program reads (did you mean `tables`?); " +
                "fix it by renaming aurora-analytics:tabels to aurora-analytics:tables in Pulumi.dev.yaml (the value stays as it is).");
        });

        it("says when no key is close, and where the keys are listed", () => {
            rejects({ colour: "blue" },
                "Config key aurora-analytics:colour is not a key this program reads, and no key it reads is close to that name; " +
                "fix it with `pulumi config rm colour` (the keys this program reads are listed in docs/configuration.md).");
        });

        it("never suggests a removed key, which is read only to be refused", () => {
            rejects({ backupExport: "true" },
                "Config key aurora-analytics:backupExport is not a key this program reads, and no key it reads is close to that name; " +
                "fix it with `pulumi config rm backupExport` (the keys this program reads are listed in docs/configuration.md).");
        });

        it("reports the unknown key before any other error, and counts the others", () => {
            // zeroEtl is meant to be false; spelt wrong, the program would otherwise ask for refreshIntervalSeconds.
            assert.throws(() => parseStackConfig(key => (key === "zeroETL" ? "false" : key === "colour" ? "blue" : undefined), "dev",
                { keys: ["zeroETL", "colour"] }), (e: unknown) => e instanceof ConfigError && e.message ===
                "Config key aurora-analytics:zeroETL is not a key this program reads (did you mean `zeroEtl`?); " +
                "fix it with `pulumi config rm zeroETL` and `pulumi config set zeroEtl false` (1 more key is not known either: colour).");
        });

        it("stops the program before any resource is registered, reading the keys from pulumi.runtime.allConfig()", async () => {
            const run = await runProgram({ config: { ...BASE_CONFIG, dbClusterID: "prod-aurora-01", "aws:profile": "dev" } });
            assert.strictEqual(run.error?.message,
                "Config key aurora-analytics:dbClusterID is not a key this program reads (did you mean `dbClusterId`?); " +
                "fix it with `pulumi config rm dbClusterID` and `pulumi config set dbClusterId prod-aurora-01`.");
            assert.strictEqual(run.resources.filter(r => r.custom).length, 0);
        });

        it("does not print the value of a misspelt secret key, which the engine marks secret", async () => {
            const secretArn = "arn:aws:secretsmanager:us-west-2:123456789012:secret:admin-AbCdEf";
            const run = await runProgram({
                config: BASE_CONFIG,
                stack: "prod",
                before: () => pulumi.runtime.setAllConfig({
                    "aurora-analytics:refreshIntervalSeconds": "3600", "aurora-analytics:redshiftAdminSecretARN": secretArn,
                }, ["aurora-analytics:redshiftAdminSecretARN"]),
            });
            assert.strictEqual(run.error?.message,
                "Config key aurora-analytics:redshiftAdminSecretARN is not a key this program reads (did you mean `redshiftAdminSecretArn`?); " +
                "fix it by renaming aurora-analytics:redshiftAdminSecretARN to aurora-analytics:redshiftAdminSecretArn in Pulumi.prod.yaml (the value stays as it is).");
            assert.ok(!run.error!.message.includes(secretArn));
        });

        it("leaves keys of other namespaces alone", async () => {
            const run = await runProgram({ config: { ...BASE_CONFIG, "aws:profile": "dev", "aws:skipMetadataApiCheck": "false", "pulumi:tags": "{}" }, preview: true });
            assert.strictEqual(run.error, undefined);
        });
    });

    describe("cluster identifier case", () => {
        it("refuses an identifier with capitals, which RDS stores in lowercase, and gives the lowercase one", () => {
            rejects({ dbClusterId: "Prod-Aurora-01" },
                "Config key aurora-analytics:dbClusterId has the invalid value \"Prod-Aurora-01\": RDS stores cluster identifiers in lowercase " +
                "and the lookup of an existing cluster compares them exactly, so write it in lowercase; " +
                "fix it with `pulumi config set dbClusterId prod-aurora-01`.");
            rejects({ dbClusterId: "AURORA" },
                "Config key aurora-analytics:dbClusterId has the invalid value \"AURORA\": RDS stores cluster identifiers in lowercase " +
                "and the lookup of an existing cluster compares them exactly, so write it in lowercase; " +
                "fix it with `pulumi config set dbClusterId aurora`.");
        });
    });

    describe("complete fixes for structured keys", () => {
        it("gives the whole structured form for a tables value given as a string", () => {
            const shape = "allowed is a list of {name, primaryKey: [columns], timestampColumn?} with letters, digits and underscores in every name";
            const full = (name: string) => `fix it with \`pulumi config set --path 'tables[0].name' ${name}\` and ` +
                `\`pulumi config set --path 'tables[0].primaryKey[0]' id\` (and \`--path 'tables[0].timestampColumn' updated_at\` for incremental loads, ` +
                `tables[1] and on for more tables), or write it in Pulumi.dev.yaml as \`aurora-analytics:tables: [{name: ${name}, primaryKey: [id]}]\``;
            rejects({ tables: "sales" }, `Config key aurora-analytics:tables has the invalid value "sales": ${shape}; ${full("sales")}.`);
            rejects({ tables: "sales,users" }, `Config key aurora-analytics:tables has the invalid value "sales,users": ${shape}; ${full("sales")}.`);
            rejects({ tables: "[]" }, `Config key aurora-analytics:tables has the invalid value "[]": ${shape}; ${full("sales")}.`);
            rejects({ tables: { name: "orders" } }, `Config key aurora-analytics:tables has the invalid value "{\\"name\\":\\"orders\\"}": ${shape}; ${full("sales")}.`);
        });

        it("gives the structured form for one entry that is not an object", () => {
            rejects({ tables: [{ name: "sales", primaryKey: ["salesid"] }, "users"] },
                "Config key aurora-analytics:tables has the invalid value \"\\\"users\\\"\": tables[1] must be an object {name, primaryKey, timestampColumn?}; " +
                "fix it by writing tables[1] in Pulumi.dev.yaml as `{name: users, primaryKey: [id]}`.");
        });

        it("points a misnamed field at the closest known field, with the value it had", () => {
            rejects({ tables: [{ name: "sales", primaryKey: ["salesid"], timestamp: "saletime" }] },
                "Config key aurora-analytics:tables[0].timestamp is not a field of a table (did you mean `timestampColumn`?): " +
                "allowed fields are name, primaryKey and timestampColumn; " +
                "fix it with `pulumi config rm --path 'tables[0].timestamp'` and `pulumi config set --path 'tables[0].timestampColumn' saletime`.");
            rejects({ tables: [{ name: "sales", primary_key: ["salesid"] }] },
                "Config key aurora-analytics:tables[0].primary_key is not a field of a table (did you mean `primaryKey`?): " +
                "allowed fields are name, primaryKey and timestampColumn; " +
                "fix it by renaming tables[0].primary_key to tables[0].primaryKey in Pulumi.dev.yaml (the value stays as it is).");
            rejects({ tables: [{ name: "sales", primaryKey: ["salesid"] }, { Name: "users", primaryKey: ["userid"] }] },
                "Config key aurora-analytics:tables[1].Name is not a field of a table (did you mean `name`?): " +
                "allowed fields are name, primaryKey and timestampColumn; " +
                "fix it with `pulumi config rm --path 'tables[1].Name'` and `pulumi config set --path 'tables[1].name' users`.");
        });

        it("says so when no field is close", () => {
            rejects({ tables: [{ name: "sales", primaryKey: ["salesid"], where: "1=1" }] },
                "Config key aurora-analytics:tables[0].where is not a field of a table, and no field is close to that name: " +
                "allowed fields are name, primaryKey and timestampColumn; fix it with `pulumi config rm --path 'tables[0].where'`.");
        });
    });
});
