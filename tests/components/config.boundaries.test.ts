// Config limits as boundaries: a value exactly on a limit passes and one step beyond fails; lists are checked entry by
// entry; "unset" is read as well as "wrong".
import * as assert from "assert";
import { ConfigError, MAX_REFRESH_INTERVAL_SECONDS, MIN_AURORA_VERSION, compareAuroraVersions, derivePipelineName, parseStackConfig } from "../../components/config";

const BASE: Record<string, string> = { refreshIntervalSeconds: "3600" };

function parse(values: Record<string, string>) {
    const all = { ...BASE, ...values };
    return parseStackConfig(key => all[key], "dev");
}

function refuses(values: Record<string, string>, message: string): void {
    assert.throws(() => parse(values), (e: unknown) => e instanceof ConfigError && e.message === message);
}

const invalid = (key: string, value: string, rest: string) => `Config key aurora-analytics:${key} has the invalid value ${JSON.stringify(value)}: ${rest}`;

describe("config boundaries: Aurora engine version", () => {
    const rule = "allowed is 8.0.mysql_aurora.3.05.2 or newer (zero-ETL needs it); fix it with `pulumi config set auroraEngineVersion 8.0.mysql_aurora.3.10.3`.";

    it("accepts the minimum itself and anything newer, by number not by text", () => {
        assert.strictEqual(MIN_AURORA_VERSION, "8.0.mysql_aurora.3.05.2");
        for (const version of ["8.0.mysql_aurora.3.05.2", "8.0.mysql_aurora.3.05.3", "8.0.mysql_aurora.3.06.0", "8.0.mysql_aurora.3.05.10"]) {
            assert.strictEqual(parse({ auroraEngineVersion: version }).auroraEngineVersion, version);
        }
        assert.strictEqual(parse({}).auroraEngineVersion, "8.0.mysql_aurora.3.10.3");
    });

    it("refuses a lower patch of the same minor version and a lower minor version", () => {
        refuses({ auroraEngineVersion: "8.0.mysql_aurora.3.05.1" }, invalid("auroraEngineVersion", "8.0.mysql_aurora.3.05.1", rule));
        refuses({ auroraEngineVersion: "8.0.mysql_aurora.3.04.9" }, invalid("auroraEngineVersion", "8.0.mysql_aurora.3.04.9", rule));
    });

    it("compares minor first, then patch", () => {
        assert.deepStrictEqual([
            Math.sign(compareAuroraVersions("8.0.mysql_aurora.3.05.2", "8.0.mysql_aurora.3.05.2")),
            Math.sign(compareAuroraVersions("8.0.mysql_aurora.3.05.10", "8.0.mysql_aurora.3.05.9")),
            Math.sign(compareAuroraVersions("8.0.mysql_aurora.3.04.99", "8.0.mysql_aurora.3.05.0")),
        ], [0, 1, -1]);
        assert.throws(() => compareAuroraVersions("5.7.mysql_aurora.2.11.2", MIN_AURORA_VERSION), /^Error: not an Aurora MySQL 3 version: 5\.7\.mysql_aurora\.2\.11\.2$/);
        assert.throws(() => compareAuroraVersions(MIN_AURORA_VERSION, "3.05.2"), /^Error: not an Aurora MySQL 3 version: 3\.05\.2$/);
    });
});

describe("config boundaries: integers", () => {
    const interval = "allowed is a whole number of seconds from 0 to 432000 (0 replicates continuously and keeps Redshift busy); fix it with `pulumi config set refreshIntervalSeconds 3600`.";

    it("refreshIntervalSeconds: 0 and 432000 pass, -1 and 432001 fail, and it is required with zero-ETL", () => {
        assert.strictEqual(MAX_REFRESH_INTERVAL_SECONDS, 432000);
        assert.deepStrictEqual(["0", "432000", " 900 "].map(v => parse({ refreshIntervalSeconds: v }).refreshIntervalSeconds), [0, 432000, 900]);
        for (const v of ["-1", "432001", "60.5", "1e3", ""]) {
            if (v === "") {
                assert.throws(() => parseStackConfig(key => (key === "refreshIntervalSeconds" ? "" : undefined), "dev"),
                    (e: unknown) => e instanceof ConfigError && e.message === `Config key aurora-analytics:refreshIntervalSeconds is required when zeroEtl is true: ${interval}`);
            } else {
                refuses({ refreshIntervalSeconds: v }, invalid("refreshIntervalSeconds", v, interval));
            }
        }
        assert.strictEqual(parse({ zeroEtl: "false", refreshIntervalSeconds: "60" }).refreshIntervalSeconds, undefined);
    });

    it("redshiftBaseCapacity: 4, 8 and 512 pass; 0, 12, 520 and 1024 fail", () => {
        const rule = "allowed is 4, or a multiple of 8 from 8 to 512; fix it with `pulumi config set redshiftBaseCapacity 8`.";
        assert.deepStrictEqual(["4", "8", "512"].map(v => parse({ redshiftBaseCapacity: v }).redshiftBaseCapacity), [4, 8, 512]);
        assert.strictEqual(parse({}).redshiftBaseCapacity, 8);
        for (const v of ["0", "3", "12", "520", "1024"]) {
            refuses({ redshiftBaseCapacity: v }, invalid("redshiftBaseCapacity", v, rule));
        }
    });

    it("diffOverlapSeconds: 0 and 86400 pass, 86401 fails; athenaBytesScannedCutoff: 10485760 passes, 10485759 fails", () => {
        assert.deepStrictEqual(["0", "86400"].map(v => parse({ diffOverlapSeconds: v }).diffOverlapSeconds), [0, 86400]);
        assert.strictEqual(parse({}).diffOverlapSeconds, 300);
        refuses({ diffOverlapSeconds: "86401" }, invalid("diffOverlapSeconds", "86401", "allowed is a whole number of seconds from 0 to 86400; fix it with `pulumi config set diffOverlapSeconds 300`."));
        refuses({ diffOverlapSeconds: "-1" }, invalid("diffOverlapSeconds", "-1", "allowed is a whole number of seconds from 0 to 86400; fix it with `pulumi config set diffOverlapSeconds 300`."));
        assert.strictEqual(parse({ athenaBytesScannedCutoff: "10485760" }).athenaBytesScannedCutoff, 10485760);
        assert.strictEqual(parse({}).athenaBytesScannedCutoff, 10737418240);
        refuses({ athenaBytesScannedCutoff: "10485759" }, invalid("athenaBytesScannedCutoff", "10485759",
            "allowed is a whole number of bytes, at least 10485760 (10 MB, Athena's minimum); fix it with `pulumi config set athenaBytesScannedCutoff 10737418240`."));
        refuses({ athenaBytesScannedCutoff: "9007199254740993" }, invalid("athenaBytesScannedCutoff", "9007199254740993",
            "allowed is a whole number of bytes, at least 10485760 (10 MB, Athena's minimum); fix it with `pulumi config set athenaBytesScannedCutoff 10737418240`."));
    });
});

describe("config boundaries: booleans, names and lists", () => {
    it("reads only true and false, and an empty value as unset", () => {
        assert.deepStrictEqual([parse({ bastion: "true" }).bastion, parse({ bastion: "false" }).bastion, parse({ bastion: "" }).bastion], [true, false, false]);
        for (const v of ["TRUE", "1", "yes"]) {
            refuses({ bastion: v }, invalid("bastion", v, "allowed values are true and false; fix it with `pulumi config set bastion false`."));
        }
        assert.strictEqual(parse({}).sampleData, true);
        assert.strictEqual(parse({ dbClusterId: "prod-db" }).sampleData, false);
    });

    it("pipelineName: 3 and 30 characters pass, 2 and 31 fail; the derived default always passes", () => {
        const rule = "allowed is 3 to 30 lowercase letters, digits and single hyphens, starting with a letter and not ending with a hyphen; fix it with `pulumi config set pipelineName analytics-dev`.";
        assert.strictEqual(parse({ pipelineName: "abc" }).pipelineName, "abc");
        assert.strictEqual(parse({ pipelineName: "a".repeat(30) }).pipelineName, "a".repeat(30));
        for (const v of ["a", "ab", "a".repeat(31), "a--b", "ab-", "1ab"]) {
            refuses({ pipelineName: v }, invalid("pipelineName", v, rule));
        }
        assert.deepStrictEqual([derivePipelineName("Dev_Stack.1"), derivePipelineName("x".repeat(40)), derivePipelineName("--")],
            ["analytics-dev-stack-1", `analytics-${"x".repeat(20)}`, "analytics"]);
        assert.strictEqual(derivePipelineName("abcdefghijklmnopqrs-tuv"), "analytics-abcdefghijklmnopqrs");
    });

    it("checks every table entry: a valid entry followed by an invalid one fails on the second", () => {
        const good = { name: "sales", primaryKey: ["salesid"] };
        refuses({ tables: JSON.stringify([good, { name: "bad-name", primaryKey: ["id"] }]) }, invalid("tables[1].name", "bad-name",
            "a table name must start with a letter or underscore and hold only letters, digits and underscores (at most 64); fix it with `pulumi config set --path 'tables[1].name' sales`."));
        refuses({ tables: JSON.stringify([good, { name: "venue", primaryKey: ["venueid", "bad col"] }]) }, invalid("tables[1].primaryKey[1]", "bad col",
            "a column name must start with a letter or underscore and hold only letters, digits and underscores (at most 64); fix it with `pulumi config set --path 'tables[1].primaryKey[1]' id`."));
        refuses({ tables: JSON.stringify([good, { name: "SALES", primaryKey: ["id"] }]) }, invalid("tables[1].name", "SALES",
            "each table may be listed only once; fix it with `pulumi config set --path 'tables[1].name' other_table`."));
        refuses({ tables: JSON.stringify([good, { name: "venue", primaryKey: [] }]) },
            "Config key aurora-analytics:tables[1].primaryKey is required for table venue: a non-empty list of primary key columns; fix it with `pulumi config set --path 'tables[1].primaryKey[0]' id`.");
        refuses({ tables: JSON.stringify([good, { name: "venue", primaryKey: ["id"], timestampColumn: "" }]) }, invalid("tables[1].timestampColumn", "",
            "a column name must start with a letter or underscore and hold only letters, digits and underscores (at most 64); fix it with `pulumi config set --path 'tables[1].timestampColumn' updated_at`."));
        assert.deepStrictEqual(parse({ tables: JSON.stringify([good, { name: "venue", primaryKey: ["a", "b"], timestampColumn: "t" }]) }).tables,
            [{ name: "sales", primaryKey: ["salesid"] }, { name: "venue", primaryKey: ["a", "b"], timestampColumn: "t" }]);
    });

    it("checks every subnet and every data filter entry", () => {
        const subnets = ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"];
        refuses({ vpcId: "vpc-0123456789abcdef0", privateSubnetIds: JSON.stringify([...subnets, "subnet-xyz"]) }, invalid("privateSubnetIds", JSON.stringify([...subnets, "subnet-xyz"]),
            "allowed is a list of subnet ids like subnet-0123456789abcdef0; fix it with `pulumi config set --path 'privateSubnetIds[0]' subnet-0123456789abcdef0`."));
        assert.deepStrictEqual(parse({ vpcId: "vpc-0123456789abcdef0", privateSubnetIds: JSON.stringify([...subnets, "subnet-0123456789abcdef2"]) }).privateSubnetIds,
            [...subnets, "subnet-0123456789abcdef2"]);
        assert.strictEqual(parse({ zeroEtlDataFilter: "include: demodb.*, exclude: demodb.secret" }).zeroEtlDataFilter, "include: demodb.*, exclude: demodb.secret");
        refuses({ zeroEtlDataFilter: "include: demodb.*, drop: demodb.x" }, invalid("zeroEtlDataFilter", "include: demodb.*, drop: demodb.x",
            "allowed is a comma-separated list of include: or exclude: entries of the form database.table, where * is a wildcard; fix it with `pulumi config set zeroEtlDataFilter 'include: demodb.*'`."));
    });
});

describe("config boundaries: shapes that are not what they claim", () => {
    // The complete structured form, with the first name the value holds (or sales) as the example table.
    const shape = (name = "sales") => "allowed is a list of {name, primaryKey: [columns], timestampColumn?} with letters, digits and underscores in every name; " +
        `fix it with \`pulumi config set --path 'tables[0].name' ${name}\` and \`pulumi config set --path 'tables[0].primaryKey[0]' id\` ` +
        "(and `--path 'tables[0].timestampColumn' updated_at` for incremental loads, tables[1] and on for more tables), " +
        `or write it in Pulumi.dev.yaml as \`aurora-analytics:tables: [{name: ${name}, primaryKey: [id]}]\`.`;
    const good = { name: "sales", primaryKey: ["salesid"] };
    const column = "a column name must start with a letter or underscore and hold only letters, digits and underscores (at most 64)";

    it("names its error class", () => {
        assert.strictEqual(new ConfigError("x").name, "ConfigError");
    });

    it("refuses an empty table list and a table list that is not a list", () => {
        refuses({ tables: "[]" }, invalid("tables", "[]", shape()));
        refuses({ tables: "{}" }, invalid("tables", "{}", shape()));
        refuses({ tables: "not json" }, invalid("tables", "not json", shape("not")));
        refuses({ tables: "12" }, invalid("tables", "12", shape()));
    });

    it("refuses a table entry that is a string, null or a list, after a valid entry", () => {
        for (const [entry, name] of [["users", "users"], [null, "sales"], [["users"], "sales"]] as const) {
            refuses({ tables: JSON.stringify([good, entry]) }, invalid("tables", JSON.stringify(entry),
                `tables[1] must be an object {name, primaryKey, timestampColumn?}; fix it by writing tables[1] in Pulumi.dev.yaml as \`{name: ${name}, primaryKey: [id]}\`.`));
        }
    });

    it("refuses null where a name is expected, which would read as the text \"null\"", () => {
        refuses({ tables: JSON.stringify([good, { name: null, primaryKey: ["id"] }]) }, invalid("tables[1].name", "null",
            "a table name must start with a letter or underscore and hold only letters, digits and underscores (at most 64); fix it with `pulumi config set --path 'tables[1].name' sales`."));
        refuses({ tables: JSON.stringify([good, { name: "venue", primaryKey: [null] }]) }, invalid("tables[1].primaryKey[0]", "null",
            `${column}; fix it with \`pulumi config set --path 'tables[1].primaryKey[0]' id\`.`));
        refuses({ tables: JSON.stringify([good, { name: "venue", primaryKey: ["id"], timestampColumn: null }]) }, invalid("tables[1].timestampColumn", "null",
            `${column}; fix it with \`pulumi config set --path 'tables[1].timestampColumn' updated_at\`.`));
    });

    it("refuses a primary key that is a string or repeats a column", () => {
        refuses({ tables: JSON.stringify([good, { name: "venue", primaryKey: "id" }]) }, invalid("tables[1].primaryKey", "\"id\"",
            "a non-empty list of column names; fix it with `pulumi config set --path 'tables[1].primaryKey[0]' id`."));
        refuses({ tables: JSON.stringify([good, { name: "venue", primaryKey: ["id", "id"] }]) }, invalid("tables[1].primaryKey", "[\"id\",\"id\"]",
            "each key column may appear only once; fix it with `pulumi config set --path 'tables[1].primaryKey[0]' id`."));
    });

    it("refuses unreadable or repeated subnets", () => {
        const fixSubnets = "fix it with `pulumi config set --path 'privateSubnetIds[0]' subnet-0123456789abcdef0`.";
        refuses({ vpcId: "vpc-0123456789abcdef0", privateSubnetIds: "subnet-0123456789abcdef0" },
            invalid("privateSubnetIds", "subnet-0123456789abcdef0", `allowed is a list of subnet ids; ${fixSubnets}`));
        const twice = JSON.stringify(["subnet-0123456789abcdef0", "subnet-0123456789abcdef1", "subnet-0123456789abcdef0"]);
        refuses({ vpcId: "vpc-0123456789abcdef0", privateSubnetIds: twice }, invalid("privateSubnetIds", twice, `each subnet may be listed only once; ${fixSubnets}`));
    });

    it("refuses a cluster identifier that ends with a hyphen, and accepts one that starts a word after a hyphen", () => {
        refuses({ dbClusterId: "my-db-" }, invalid("dbClusterId", "my-db-", "a cluster identifier cannot end with a hyphen; fix it with `pulumi config set dbClusterId my-aurora-cluster`."));
        assert.strictEqual(parse({ dbClusterId: "my-db" }).dbClusterId, "my-db");
    });

    it("names the Redshift and secret rules and their examples", () => {
        const rule = "allowed is 3 to 64 lowercase letters, digits and hyphens";
        refuses({ redshiftNamespace: "Bad_NS", redshiftWorkgroup: "wg1" }, invalid("redshiftNamespace", "Bad_NS", `${rule}; fix it with \`pulumi config set redshiftNamespace my-namespace\`.`));
        refuses({ redshiftNamespace: "ns1", redshiftWorkgroup: "WG" }, invalid("redshiftWorkgroup", "WG", `${rule}; fix it with \`pulumi config set redshiftWorkgroup my-workgroup\`.`));
        refuses({ redshiftAdminSecretArn: "secret" }, invalid("redshiftAdminSecretArn", "secret",
            "allowed is a Secrets Manager secret ARN; fix it with `pulumi config set redshiftAdminSecretArn arn:aws:secretsmanager:us-west-2:123456789012:secret:redshift-admin-AbCdEf`."));
    });

    it("ties quicksightPrincipalArn to the pipeline only when it is set", () => {
        const arn = "arn:aws:quicksight:us-east-1:123456789012:user/default/analyst";
        assert.strictEqual(parse({ athenaPipeline: "false" }).quicksightPrincipalArn, undefined);
        assert.strictEqual(parse({ quicksightPrincipalArn: arn }).quicksightPrincipalArn, arn);
        refuses({ quicksightPrincipalArn: arn, athenaPipeline: "false" },
            "Config key aurora-analytics:quicksightPrincipalArn is set but athenaPipeline is false: the QuickSight data source reads the pipeline's Athena workgroup; fix it with `pulumi config set athenaPipeline true` or `pulumi config rm quicksightPrincipalArn`.");
    });

    it("collapses runs of other characters into one hyphen in the derived pipeline name", () => {
        assert.deepStrictEqual([derivePipelineName("a__b"), derivePipelineName("--ab--")], ["analytics-a-b", "analytics-ab"]);
    });
});

describe("config: lists entry by entry, unset companions, and the derived pipeline name", () => {
    const readersRule = "allowed is a list of IAM identities as Redshift Serverless names them, IAMR:<IAM role name> or IAM:<IAM user name> "
        + "(1 to 64 of letters, digits and +=,.@_-), each listed once; fix it with `pulumi config set --path 'redshiftReadOnlyUsers[0]' IAMR:analyst`.";

    it("refuses a read-only user list whose second entry is invalid after a valid first", () => {
        const value = JSON.stringify(["IAMR:analyst", "analyst"]);
        refuses({ redshiftReadOnlyUsers: value }, invalid("redshiftReadOnlyUsers", value, readersRule));
        const valid = JSON.stringify(["IAMR:analyst", "IAM:bob"]);
        assert.deepStrictEqual(parse({ redshiftReadOnlyUsers: valid }).redshiftReadOnlyUsers, ["IAMR:analyst", "IAM:bob"]);
    });

    it("refuses a list nested in the list, whose text alone would pass (String([\"x\"]) is \"x\")", () => {
        const readers = JSON.stringify([["IAMR:analyst"]]);
        refuses({ redshiftReadOnlyUsers: readers }, invalid("redshiftReadOnlyUsers", readers, readersRule));
        const subnets = JSON.stringify(["subnet-0123456789abcdef0", ["subnet-0123456789abcdef1"]]);
        refuses({ vpcId: "vpc-0123456789abcdef0", privateSubnetIds: subnets }, invalid("privateSubnetIds", subnets,
            "allowed is a list of subnet ids like subnet-0123456789abcdef0; fix it with `pulumi config set --path 'privateSubnetIds[0]' subnet-0123456789abcdef0`."));
    });

    it("takes an identity region without a QuickSight principal (nothing to compare)", () => {
        const c = parse({ quicksightIdentityRegion: "eu-west-1" });
        assert.deepStrictEqual([c.quicksightIdentityRegion, c.quicksightPrincipalArn], ["eu-west-1", undefined]);
    });

    it("suggests the exclude-only data filter trimmed, after an include of the database", () => {
        refuses({ zeroEtlDataFilter: "  exclude: demodb.secrets " }, invalid("zeroEtlDataFilter", "  exclude: demodb.secrets ",
            "at least one include: entry is required (AWS replicates only tables an include: pattern matches); fix it with `pulumi config set zeroEtlDataFilter 'include: demodb.*, exclude: demodb.secrets'`."));
    });

    it("derives a valid pipeline name of at most 30 characters from any stack name", () => {
        const cases: [string, string][] = [
            ["dev", "analytics-dev"],
            ["", "analytics"],
            ["---", "analytics"],
            ["Prod_EU", "analytics-prod-eu"],
            ["a".repeat(19) + "-b", "analytics-" + "a".repeat(19)],
            ["a".repeat(20) + "b", "analytics-" + "a".repeat(20)],
            ["x".repeat(18) + "__yz", "analytics-" + "x".repeat(18) + "-y"],
        ];
        for (const [stack, expected] of cases) {
            assert.strictEqual(derivePipelineName(stack), expected, stack);
            assert.match(expected, /^[a-z](?:[a-z0-9]|-(?!-)){1,28}[a-z0-9]$/);
        }
    });
});
