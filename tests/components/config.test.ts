// Every stack config rule: defaults, accepted values, and the exact one-sentence error for each bad value.
import * as assert from "assert";

import { ConfigError, DEFAULT_TABLES, derivePipelineName, parseStackConfig } from "../../components/config";

const BASE: Record<string, string> = { refreshIntervalSeconds: "3600" };
const READERS_RULE = "allowed is a list of IAM identities as Redshift Serverless names them, IAMR:<IAM role name> or IAM:<IAM user name> " +
    "(1 to 64 of letters, digits and +=,.@_-), each listed once; fix it with `pulumi config set --path 'redshiftReadOnlyUsers[0]' IAMR:analyst`.";

function parse(values: Record<string, unknown>, stack = "dev") {
    const merged: Record<string, unknown> = { ...BASE, ...values };
    return parseStackConfig(key => {
        const v = merged[key];
        if (v === undefined) {
            return undefined;
        }
        return typeof v === "string" ? v : JSON.stringify(v);
    }, stack);
}

function rejects(values: Record<string, unknown>, message: string) {
    assert.throws(() => parse(values), (e: unknown) => {
        assert.ok(e instanceof ConfigError, `expected a ConfigError, got ${e}`);
        assert.strictEqual((e as Error).message, message);
        return true;
    });
}

describe("stack config", () => {
    describe("defaults", () => {
        it("builds everything new with documented defaults", () => {
            const c = parse({});
            assert.deepStrictEqual({ ...c, tables: undefined, privateSubnetIds: undefined }, {
                stackName: "dev",
                vpcId: undefined,
                privateSubnetIds: undefined,
                vpcEndpoints: true,
                dbClusterId: undefined,
                dbName: "demodb",
                auroraEngineVersion: "8.0.mysql_aurora.3.10.3",
                deletionProtection: true,
                redshiftNamespace: undefined,
                redshiftWorkgroup: undefined,
                redshiftAdminSecretArn: undefined,
                redshiftBaseCapacity: 8,
                redshiftMaxCapacity: 16,
                redshiftUsageLimitRpuHours: 24,
                redshiftUsageLimitPeriod: "daily",
                redshiftUsageLimitBreachAction: "emit-metric",
                zeroEtl: true,
                refreshIntervalSeconds: 3600,
                zeroEtlDatabase: "zeroetl_db",
                zeroEtlDataFilter: "include: demodb.*",
                zeroEtlAcceptInvalidChars: true,
                zeroEtlTruncateColumns: true,
                zeroEtlHistoryMode: false,
                zeroEtlLagAlarmMultiple: 3,
                redshiftReadOnlyUsers: [],
                zeroEtlWatchSchedule: "rate(1 hour)",
                zeroEtlRestoreInterval: false,
                athenaPipeline: true,
                pipelineName: "analytics-dev",
                tables: undefined,
                loadSchedule: "cron(30 3 ? * MON-FRI *)",
                fullSyncSchedule: "cron(0 4 ? * SUN *)",
                backupRetentionDays: 30,
                exportTimeoutMinutes: 720,
                diffOverlapSeconds: 300,
                athenaBytesScannedCutoff: 10737418240,
                alertEmail: undefined,
                quicksightPrincipalArn: undefined,
                quicksightIdentityRegion: undefined,
                sampleData: true,
                bastion: false,
                forceDestroy: false,
            });
            assert.deepStrictEqual(c.privateSubnetIds, []);
            assert.deepStrictEqual(c.tables, DEFAULT_TABLES);
        });

        it("has the seven TICKIT tables keyed by their id columns", () => {
            assert.deepStrictEqual(DEFAULT_TABLES.map(t => [t.name, t.primaryKey.join(","), t.timestampColumn ?? null]), [
                ["users", "userid", null],
                ["venue", "venueid", null],
                ["category", "catid", null],
                ["date", "dateid", null],
                ["event", "eventid", null],
                ["listing", "listid", null],
                ["sales", "salesid", null],
            ]);
        });

        it("is frozen", () => {
            const c = parse({});
            assert.ok(Object.isFrozen(c));
            assert.ok(Object.isFrozen(c.tables));
            assert.throws(() => { (c as any).dbName = "x"; });
        });

        it("turns sampleData off by default for an existing cluster, and lets it be turned on", () => {
            assert.strictEqual(parse({ dbClusterId: "prod-db" }).sampleData, false);
            assert.strictEqual(parse({ dbClusterId: "prod-db", sampleData: "true" }).sampleData, true);
        });

        it("needs no refresh interval when zero-ETL is off, and ignores one that is set", () => {
            const c = parse({ zeroEtl: "false", refreshIntervalSeconds: undefined });
            assert.strictEqual(c.zeroEtl, false);
            assert.strictEqual(c.refreshIntervalSeconds, undefined);
        });

        it("derives the data filter from dbName", () => {
            assert.strictEqual(parse({ dbName: "shop" }).zeroEtlDataFilter, "include: shop.*");
        });
    });

    describe("accepted values", () => {
        it("takes IAM identities as read-only Redshift users", () => {
            assert.deepStrictEqual(parse({ redshiftReadOnlyUsers: ["IAMR:analyst", "IAM:alice@example.com"] }).redshiftReadOnlyUsers,
                ["IAMR:analyst", "IAM:alice@example.com"]);
        });

        it("takes an existing VPC with three subnets", () => {
            const c = parse({ vpcId: "vpc-0123456789abcdef0", privateSubnetIds: ["subnet-0000000a", "subnet-0000000b", "subnet-0000000c"] });
            assert.strictEqual(c.vpcId, "vpc-0123456789abcdef0");
            assert.deepStrictEqual(c.privateSubnetIds, ["subnet-0000000a", "subnet-0000000b", "subnet-0000000c"]);
        });

        it("takes the refresh interval bounds 0 and 432000", () => {
            assert.strictEqual(parse({ refreshIntervalSeconds: "0" }).refreshIntervalSeconds, 0);
            assert.strictEqual(parse({ refreshIntervalSeconds: "432000" }).refreshIntervalSeconds, 432000);
        });

        it("takes base capacities 4, 8, 16 and 512", () => {
            for (const v of [4, 8, 16, 512]) {
                assert.strictEqual(parse({ redshiftBaseCapacity: String(v) }).redshiftBaseCapacity, v);
            }
        });

        it("takes custom tables, with and without a timestamp column", () => {
            const c = parse({ tables: [{ name: "orders", primaryKey: ["id"], timestampColumn: "updated_at" }, { name: "Items", primaryKey: ["order_id", "line_no"] }] });
            assert.deepStrictEqual(c.tables, [
                { name: "orders", primaryKey: ["id"], timestampColumn: "updated_at" },
                { name: "Items", primaryKey: ["order_id", "line_no"] },
            ]);
        });

        it("takes rate and cron schedules", () => {
            assert.strictEqual(parse({ loadSchedule: "rate(1 day)" }).loadSchedule, "rate(1 day)");
            assert.strictEqual(parse({ loadSchedule: "rate(6 hours)" }).loadSchedule, "rate(6 hours)");
            assert.strictEqual(parse({ loadSchedule: "cron(0 2 * * ? *)" }).loadSchedule, "cron(0 2 * * ? *)");
        });

        it("takes a Redshift-managed admin secret, whose name has a '!'", () => {
            const arn = "arn:aws:secretsmanager:us-west-2:123456789012:secret:redshift!analytics-admin-AbCdEf";
            assert.strictEqual(parse({ redshiftNamespace: "analytics", redshiftWorkgroup: "analytics-wg", redshiftAdminSecretArn: arn }).redshiftAdminSecretArn, arn);
        });

        it("takes an existing namespace and workgroup with an admin secret", () => {
            const arn = "arn:aws:secretsmanager:us-west-2:123456789012:secret:redshift-admin-AbCdEf";
            const c = parse({ redshiftNamespace: "analytics", redshiftWorkgroup: "analytics-wg", redshiftAdminSecretArn: arn });
            assert.strictEqual(c.redshiftNamespace, "analytics");
            assert.strictEqual(c.redshiftWorkgroup, "analytics-wg");
            assert.strictEqual(c.redshiftAdminSecretArn, arn);
        });
    });

    describe("pipelineName derived from the stack", () => {
        const cases: Array<[string, string]> = [
            ["dev", "analytics-dev"],
            ["Prod_EU.West", "analytics-prod-eu-west"],
            ["a-very-long-stack-name-that-goes-on-and-on", "analytics-a-very-long-stack-na"],
            ["x--", "analytics-x"],
            ["---", "analytics"],
            ["this-is-twenty-chars", "analytics-this-is-twenty-chars"],
            ["this-is-twenty-char-", "analytics-this-is-twenty-char"],
            ["日本語", "analytics"],
        ];
        for (const [stack, expected] of cases) {
            it(`${JSON.stringify(stack)} -> ${expected}`, () => {
                const derived = derivePipelineName(stack);
                assert.strictEqual(derived, expected);
                assert.ok(derived.length <= 30);
                assert.strictEqual(parse({}, stack).pipelineName, expected);
            });
        }
    });

    describe("rejected values", () => {
        it("a read-only user that is not an IAM identity", () => rejects({ redshiftReadOnlyUsers: ["analyst"] },
            'Config key aurora-analytics:redshiftReadOnlyUsers has the invalid value "[\\"analyst\\"]": ' + READERS_RULE));

        it("a read-only user with a quote in it", () => rejects({ redshiftReadOnlyUsers: ['IAMR:x"; DROP USER admin; --'] },
            'Config key aurora-analytics:redshiftReadOnlyUsers has the invalid value "[\\"IAMR:x\\\\\\"; DROP USER admin; --\\"]": ' + READERS_RULE));

        it("a read-only user listed twice", () => rejects({ redshiftReadOnlyUsers: ["IAM:bob", "IAM:bob"] },
            'Config key aurora-analytics:redshiftReadOnlyUsers has the invalid value "[\\"IAM:bob\\",\\"IAM:bob\\"]": ' + READERS_RULE));

        it("read-only users without zero-ETL", () => rejects({ zeroEtl: "false", redshiftReadOnlyUsers: ["IAMR:analyst"] },
            "Config key aurora-analytics:redshiftReadOnlyUsers is set but zeroEtl is false: the users may read the zero-ETL database only; fix it with `pulumi config set zeroEtl true` or `pulumi config rm redshiftReadOnlyUsers`."));

        it("vpcId without subnets", () => rejects({ vpcId: "vpc-0123456789abcdef0" },
            "Config key aurora-analytics:privateSubnetIds has the value [] but vpcId is set: at least 3 private subnets in 3 different availability zones of vpc-0123456789abcdef0 are required (Redshift Serverless needs 3 AZs); fix it with `pulumi config set --path 'privateSubnetIds[0]' subnet-0123456789abcdef0` (and [1], [2])."));

        it("vpcId with only two subnets", () => rejects({ vpcId: "vpc-0123456789abcdef0", privateSubnetIds: ["subnet-0000000a", "subnet-0000000b"] },
            "Config key aurora-analytics:privateSubnetIds has the value [\"subnet-0000000a\",\"subnet-0000000b\"] but vpcId is set: at least 3 private subnets in 3 different availability zones of vpc-0123456789abcdef0 are required (Redshift Serverless needs 3 AZs); fix it with `pulumi config set --path 'privateSubnetIds[0]' subnet-0123456789abcdef0` (and [1], [2])."));

        it("subnets without a vpcId", () => rejects({ privateSubnetIds: ["subnet-0000000a"] },
            "Config key aurora-analytics:privateSubnetIds is set to [\"subnet-0000000a\"] but vpcId is not: subnets are only used with an existing VPC; fix it with `pulumi config set vpcId vpc-0123456789abcdef0` or `pulumi config rm privateSubnetIds`."));

        it("a malformed vpcId", () => rejects({ vpcId: "my-vpc" },
            "Config key aurora-analytics:vpcId has the invalid value \"my-vpc\": allowed is a VPC id like vpc-0123456789abcdef0; fix it with `pulumi config set vpcId vpc-0123456789abcdef0`."));

        it("a malformed subnet id", () => rejects({ vpcId: "vpc-0123456789abcdef0", privateSubnetIds: ["subnet-0000000a", "bad", "subnet-0000000c"] },
            "Config key aurora-analytics:privateSubnetIds has the invalid value \"[\\\"subnet-0000000a\\\",\\\"bad\\\",\\\"subnet-0000000c\\\"]\": allowed is a list of subnet ids like subnet-0123456789abcdef0; fix it with `pulumi config set --path 'privateSubnetIds[0]' subnet-0123456789abcdef0`."));

        it("redshiftNamespace without redshiftWorkgroup", () => rejects({ redshiftNamespace: "analytics" },
            "Config key aurora-analytics:redshiftWorkgroup is required when redshiftNamespace is set (analytics): the name of the existing Redshift Serverless workgroup in that namespace; fix it with `pulumi config set redshiftWorkgroup my-workgroup`."));

        it("redshiftWorkgroup without redshiftNamespace", () => rejects({ redshiftWorkgroup: "analytics-wg" },
            "Config key aurora-analytics:redshiftNamespace is required when redshiftWorkgroup is set (analytics-wg): the name of the existing Redshift Serverless namespace of that workgroup; fix it with `pulumi config set redshiftNamespace my-namespace`."));

        it("an existing namespace with zero-ETL but no admin secret", () => rejects({ redshiftNamespace: "analytics", redshiftWorkgroup: "analytics-wg" },
            "Config key aurora-analytics:redshiftAdminSecretArn is required when zeroEtl uses the existing namespace analytics: the ARN of a Secrets Manager secret holding that namespace's admin username and password, which the Redshift Data API uses to create the database; fix it with `pulumi config set redshiftAdminSecretArn arn:aws:secretsmanager:us-west-2:123456789012:secret:redshift-admin-AbCdEf`."));

        const intervalRule = "allowed is a whole number of seconds from 0 to 432000 (0 replicates continuously and keeps Redshift busy)";
        it("refreshIntervalSeconds missing with zero-ETL on", () => rejects({ refreshIntervalSeconds: undefined },
            `Config key aurora-analytics:refreshIntervalSeconds is required when zeroEtl is true: ${intervalRule}; fix it with \`pulumi config set refreshIntervalSeconds 3600\`.`));
        it("refreshIntervalSeconds negative", () => rejects({ refreshIntervalSeconds: "-1" },
            `Config key aurora-analytics:refreshIntervalSeconds has the invalid value "-1": ${intervalRule}; fix it with \`pulumi config set refreshIntervalSeconds 3600\`.`));
        it("refreshIntervalSeconds above 432000", () => rejects({ refreshIntervalSeconds: "432001" },
            `Config key aurora-analytics:refreshIntervalSeconds has the invalid value "432001": ${intervalRule}; fix it with \`pulumi config set refreshIntervalSeconds 3600\`.`));
        it("refreshIntervalSeconds not an integer", () => rejects({ refreshIntervalSeconds: "60.5" },
            `Config key aurora-analytics:refreshIntervalSeconds has the invalid value "60.5": ${intervalRule}; fix it with \`pulumi config set refreshIntervalSeconds 3600\`.`));
        it("refreshIntervalSeconds not a number", () => rejects({ refreshIntervalSeconds: "hourly" },
            `Config key aurora-analytics:refreshIntervalSeconds has the invalid value "hourly": ${intervalRule}; fix it with \`pulumi config set refreshIntervalSeconds 3600\`.`));

        for (const bad of ["12", "0", "2", "520", "eight"]) {
            it(`base capacity ${bad}`, () => rejects({ redshiftBaseCapacity: bad },
                `Config key aurora-analytics:redshiftBaseCapacity has the invalid value "${bad}": allowed is 4, or a multiple of 8 from 8 to 512; fix it with \`pulumi config set redshiftBaseCapacity 8\`.`));
        }

        const identifierRule = "allowed is a letter or underscore, then letters, digits and underscores, at most 64 characters";
        it("a dbName with a quote", () => rejects({ dbName: "demo`db" },
            `Config key aurora-analytics:dbName has the invalid value "demo\`db": ${identifierRule}; fix it with \`pulumi config set dbName demodb\`.`));
        it("a zeroEtlDatabase with uppercase and a space", () => rejects({ zeroEtlDatabase: "Zero ETL" },
            "Config key aurora-analytics:zeroEtlDatabase has the invalid value \"Zero ETL\": allowed is a lowercase letter or underscore, then lowercase letters, digits and underscores, at most 63; fix it with `pulumi config set zeroEtlDatabase zeroetl_db`."));

        const tableRule = "a table name must start with a letter or underscore and hold only letters, digits and underscores (at most 64)";
        it("an SQL injection attempt in a table name", () => rejects({ tables: [{ name: "sales; DROP TABLE users; --", primaryKey: ["salesid"] }] },
            `Config key aurora-analytics:tables[0].name has the invalid value "sales; DROP TABLE users; --": ${tableRule}; fix it with \`pulumi config set --path 'tables[0].name' sales\`.`));
        it("an SQL injection attempt in a column name", () => rejects({ tables: [{ name: "sales", primaryKey: ["salesid"], timestampColumn: "saletime) OR 1=1 --" }] },
            "Config key aurora-analytics:tables[0].timestampColumn has the invalid value \"saletime) OR 1=1 --\": a column name must start with a letter or underscore and hold only letters, digits and underscores (at most 64); fix it with `pulumi config set --path 'tables[0].timestampColumn' updated_at`."));
        it("a quoted identifier in a primary key", () => rejects({ tables: [{ name: "sales", primaryKey: ["\"salesid\""] }] },
            "Config key aurora-analytics:tables[0].primaryKey[0] has the invalid value \"\\\"salesid\\\"\": a column name must start with a letter or underscore and hold only letters, digits and underscores (at most 64); fix it with `pulumi config set --path 'tables[0].primaryKey[0]' id`."));
        it("a table without a primaryKey", () => rejects({ tables: [{ name: "sales" }] },
            "Config key aurora-analytics:tables[0].primaryKey is required for table sales: a non-empty list of primary key columns; fix it with `pulumi config set --path 'tables[0].primaryKey[0]' id`."));
        it("a table with an empty primaryKey", () => rejects({ tables: [{ name: "sales", primaryKey: [] }] },
            "Config key aurora-analytics:tables[0].primaryKey is required for table sales: a non-empty list of primary key columns; fix it with `pulumi config set --path 'tables[0].primaryKey[0]' id`."));
        it("the same table twice", () => rejects({ tables: [{ name: "sales", primaryKey: ["id"] }, { name: "SALES", primaryKey: ["id"] }] },
            "Config key aurora-analytics:tables[1].name has the invalid value \"SALES\": each table may be listed only once; fix it with `pulumi config set --path 'tables[1].name' other_table`."));
        it("an unknown table field", () => rejects({ tables: [{ name: "sales", primaryKey: ["id"], where: "1=1" }] },
            "Config key aurora-analytics:tables[0].where is not a field of a table, and no field is close to that name: allowed fields are name, primaryKey and timestampColumn; fix it with `pulumi config rm --path 'tables[0].where'`."));
        it("tables that are not a list", () => rejects({ tables: "sales" },
            "Config key aurora-analytics:tables has the invalid value \"sales\": allowed is a list of {name, primaryKey: [columns], timestampColumn?} with letters, digits and underscores in every name; " +
            "fix it with `pulumi config set --path 'tables[0].name' sales` and `pulumi config set --path 'tables[0].primaryKey[0]' id` " +
            "(and `--path 'tables[0].timestampColumn' updated_at` for incremental loads, tables[1] and on for more tables), " +
            "or write it in Pulumi.dev.yaml as `aurora-analytics:tables: [{name: sales, primaryKey: [id]}]`."));

        it("a pipelineName that is too long", () => rejects({ pipelineName: "a-pipeline-name-that-is-far-too-long" },
            "Config key aurora-analytics:pipelineName has the invalid value \"a-pipeline-name-that-is-far-too-long\": allowed is 3 to 30 lowercase letters, digits and single hyphens, starting with a letter and not ending with a hyphen; fix it with `pulumi config set pipelineName analytics-dev`."));
        it("a pipelineName with uppercase", () => rejects({ pipelineName: "Analytics" },
            "Config key aurora-analytics:pipelineName has the invalid value \"Analytics\": allowed is 3 to 30 lowercase letters, digits and single hyphens, starting with a letter and not ending with a hyphen; fix it with `pulumi config set pipelineName analytics-dev`."));

        const scheduleRule = "allowed is an EventBridge schedule expression, cron(minutes hours day-of-month month day-of-week year) or rate(N minutes|hours|days)";
        for (const bad of ["daily", "cron(30 3 * * *)", "rate(1 days)", "rate(0 hours)", "cron(30 3 ? * MON-FRI *); rm -rf /"]) {
            it(`a bad schedule expression ${JSON.stringify(bad)}`, () => rejects({ loadSchedule: bad },
                `Config key aurora-analytics:loadSchedule has the invalid value ${JSON.stringify(bad)}: ${scheduleRule}; fix it with \`pulumi config set loadSchedule 'cron(30 3 ? * MON-FRI *)'\`.`));
        }

        for (const bad of ["weekly", "cron(0 4 * * SUN)"]) {
            it(`a bad fullSyncSchedule ${JSON.stringify(bad)}`, () => rejects({ fullSyncSchedule: bad },
                `Config key aurora-analytics:fullSyncSchedule has the invalid value ${JSON.stringify(bad)}: ${scheduleRule}; fix it with \`pulumi config set fullSyncSchedule 'cron(0 4 ? * SUN *)'\`.`));
        }
        it("the removed backupExports key, naming backupRetentionDays and the pulumi config rm fix", () => rejects({ backupExports: "true" },
            "Config key aurora-analytics:backupExports (set to \"true\") was removed: exports are no longer copied but stay in the raw bucket as the backup until the lifecycle rule expires them after backupRetentionDays (default 30); fix it with `pulumi config rm backupExports` and, to keep them longer, `pulumi config set backupRetentionDays 90`."));
        for (const bad of ["0", "3651", "30d"]) {
            it(`a backupRetentionDays of ${bad}`, () => rejects({ backupRetentionDays: bad },
                `Config key aurora-analytics:backupRetentionDays has the invalid value ${JSON.stringify(bad)}: allowed is a whole number of days from 1 to 3650; fix it with \`pulumi config set backupRetentionDays 30\`.`));
        }
        for (const bad of ["29", "524881", "4h"]) {
            it(`an exportTimeoutMinutes of ${bad}`, () => rejects({ exportTimeoutMinutes: bad },
                `Config key aurora-analytics:exportTimeoutMinutes has the invalid value ${JSON.stringify(bad)}: allowed is a whole number of minutes from 30 to 524880 (a Standard workflow runs at most one year, and the run keeps 12 hours for the load); fix it with \`pulumi config set exportTimeoutMinutes 1440\`.`));
        }
        it("the longest export wait: one year minus the load budget", () => {
            assert.strictEqual(parse({ exportTimeoutMinutes: "524880" }).exportTimeoutMinutes, 524880);
        });

        it("an engine version older than 3.05.2", () => rejects({ auroraEngineVersion: "8.0.mysql_aurora.3.04.3" },
            "Config key aurora-analytics:auroraEngineVersion has the invalid value \"8.0.mysql_aurora.3.04.3\": allowed is 8.0.mysql_aurora.3.05.2 or newer (zero-ETL needs it); fix it with `pulumi config set auroraEngineVersion 8.0.mysql_aurora.3.10.3`."));
        it("an engine version that is not Aurora MySQL 3", () => rejects({ auroraEngineVersion: "5.7.mysql_aurora.2.12.1" },
            "Config key aurora-analytics:auroraEngineVersion has the invalid value \"5.7.mysql_aurora.2.12.1\": allowed is an Aurora MySQL 3 version like 8.0.mysql_aurora.3.10.3, at least 8.0.mysql_aurora.3.05.2 (zero-ETL needs it); fix it with `pulumi config set auroraEngineVersion 8.0.mysql_aurora.3.10.3`."));
        it("a boolean that is not true or false", () => rejects({ deletionProtection: "yes" },
            "Config key aurora-analytics:deletionProtection has the invalid value \"yes\": allowed values are true and false; fix it with `pulumi config set deletionProtection true`."));
        it("a cluster id with a double hyphen", () => rejects({ dbClusterId: "my--db" },
            "Config key aurora-analytics:dbClusterId has the invalid value \"my--db\": allowed is an Aurora cluster identifier: a letter, then letters, digits and single hyphens, at most 63; fix it with `pulumi config set dbClusterId my-aurora-cluster`."));
        it("a data filter with SQL in it", () => rejects({ zeroEtlDataFilter: "include: demodb.*; drop" },
            "Config key aurora-analytics:zeroEtlDataFilter has the invalid value \"include: demodb.*; drop\": allowed is a comma-separated list of include: or exclude: entries of the form database.table, where * is a wildcard; fix it with `pulumi config set zeroEtlDataFilter 'include: demodb.*'`."));
        it("an Athena cutoff below 10 MB", () => rejects({ athenaBytesScannedCutoff: "1000" },
            "Config key aurora-analytics:athenaBytesScannedCutoff has the invalid value \"1000\": allowed is a whole number of bytes, at least 10485760 (10 MB, Athena's minimum); fix it with `pulumi config set athenaBytesScannedCutoff 10737418240`."));
        it("a QuickSight principal that is not a user or group ARN", () => rejects({ quicksightPrincipalArn: "arn:aws:iam::123456789012:user/analyst" },
            "Config key aurora-analytics:quicksightPrincipalArn has the invalid value \"arn:aws:iam::123456789012:user/analyst\": allowed is a QuickSight user or group ARN like arn:aws:quicksight:us-east-1:123456789012:user/default/analyst; fix it with `pulumi config set quicksightPrincipalArn arn:aws:quicksight:us-east-1:123456789012:user/default/analyst`."));
        it("accepts a QuickSight principal in the stated identity region, which may differ from the stack's", () => {
            const c = parse({ quicksightPrincipalArn: "arn:aws:quicksight:us-east-1:123456789012:group/default/analysts", quicksightIdentityRegion: "us-east-1" });
            assert.deepStrictEqual([c.quicksightPrincipalArn, c.quicksightIdentityRegion],
                ["arn:aws:quicksight:us-east-1:123456789012:group/default/analysts", "us-east-1"]);
        });
        it("a QuickSight principal outside the stated identity region", () => rejects({ quicksightPrincipalArn: "arn:aws:quicksight:us-west-2:123456789012:group/default/analysts", quicksightIdentityRegion: "us-east-1" },
            "Config key aurora-analytics:quicksightPrincipalArn is in region us-west-2, but quicksightIdentityRegion is us-east-1: QuickSight users and groups exist only in the identity region; fix it with `pulumi config set quicksightPrincipalArn arn:aws:quicksight:us-east-1:123456789012:group/default/analysts`."));
        it("an identity region that is not a region name", () => rejects({ quicksightIdentityRegion: "US East" },
            "Config key aurora-analytics:quicksightIdentityRegion has the invalid value \"US East\": allowed is an AWS region name like us-east-1; fix it with `pulumi config set quicksightIdentityRegion us-east-1`."));
        it("a QuickSight principal without the Athena pipeline", () => rejects({ quicksightPrincipalArn: "arn:aws:quicksight:us-east-1:123456789012:group/default/analysts", athenaPipeline: "false" },
            "Config key aurora-analytics:quicksightPrincipalArn is set but athenaPipeline is false: the QuickSight data source reads the pipeline's Athena workgroup; fix it with `pulumi config set athenaPipeline true` or `pulumi config rm quicksightPrincipalArn`."));
        it("a malformed alert email", () => rejects({ alertEmail: "ops" },
            "Config key aurora-analytics:alertEmail has the invalid value \"ops\": allowed is an email address; fix it with `pulumi config set alertEmail team@example.com`."));
    });

    // Issue 10: what AWS would refuse later, refused at start.
    describe("zero-ETL rules AWS enforces", () => {
        it("a data filter with only exclude: entries", () => rejects({ zeroEtlDataFilter: "exclude: demodb.secrets" },
            "Config key aurora-analytics:zeroEtlDataFilter has the invalid value \"exclude: demodb.secrets\": at least one include: entry is required (AWS replicates only tables an include: pattern matches); fix it with `pulumi config set zeroEtlDataFilter 'include: demodb.*, exclude: demodb.secrets'`."));
        it("accepts include: with exclude: entries", () => {
            assert.strictEqual(parse({ zeroEtlDataFilter: "exclude: demodb.secrets, include: demodb.*" }).zeroEtlDataFilter, "exclude: demodb.secrets, include: demodb.*");
        });
        it("a two-character pipelineName (it names the 3..64-character namespace and workgroup)", () => rejects({ pipelineName: "ab" },
            "Config key aurora-analytics:pipelineName has the invalid value \"ab\": allowed is 3 to 30 lowercase letters, digits and single hyphens, starting with a letter and not ending with a hyphen; fix it with `pulumi config set pipelineName analytics-dev`."));
        it("accepts a three-character pipelineName", () => {
            assert.strictEqual(parse({ pipelineName: "abc" }).pipelineName, "abc");
        });
        it("zeroEtlDatabase dev, the namespace's default database", () => rejects({ zeroEtlDatabase: "dev" },
            "Config key aurora-analytics:zeroEtlDatabase has the invalid value \"dev\": the namespace's default database dev already exists and is where the program connects; name a new database; fix it with `pulumi config set zeroEtlDatabase zeroetl_db`."));
        it("a lag alarm multiple below 2", () => rejects({ zeroEtlLagAlarmMultiple: "1" },
            "Config key aurora-analytics:zeroEtlLagAlarmMultiple has the invalid value \"1\": allowed is a whole number from 2 to 100: the lag alarm fires when replication lag exceeds this many refresh intervals; fix it with `pulumi config set zeroEtlLagAlarmMultiple 3`."));
        it("reads the lag alarm multiple", () => {
            assert.strictEqual(parse({ zeroEtlLagAlarmMultiple: "5" }).zeroEtlLagAlarmMultiple, 5);
        });
    });
});
