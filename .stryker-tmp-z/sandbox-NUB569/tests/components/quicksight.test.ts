// @ts-nocheck
// QuickSight under mocks: the Athena data source, sample datasets with typed columns, and a role scoped to the pipeline.
import * as assert from "assert";

import { runProgram } from "../harness/mockProgram";
import { DATA_SET_ACTIONS, DATA_SOURCE_ACTIONS, DATASETS_NOTE, QuickSight, QUICKSIGHT_RESOURCE_WILDCARD_ACTIONS } from "../../components/quicksight";
import { datasetColumnsFromSchema, datasetSql, mapMySqlType } from "../../sql/athena/quicksightDatasets";

const PRINCIPAL = "arn:aws:quicksight:us-east-1:123456789012:group/default/analysts";

function build(sampleTables: readonly string[], principalArn = PRINCIPAL) {
    return runProgram({
        config: { refreshIntervalSeconds: "3600" },
        program: () => {
            const qs = new QuickSight("quicksight", {
                name: "analytics-dev",
                principalArn,
                athenaWorkgroupName: "analytics-dev",
                glueDatabase: "analytics_dev",
                kmsKeyArn: "arn:aws:kms:us-west-2:123456789012:key/pipeline",
                readBucketArns: ["arn:aws:s3:::master-bucket"],
                resultsBucketArn: "arn:aws:s3:::results-bucket",
                sampleTables,
            });
            return { dataSourceArn: qs.dataSourceArn, dataSetArns: qs.dataSetArns };
        },
    });
}

describe("QuickSight", () => {
    it("creates an Athena data source on the pipeline's workgroup, owned by the principal, with its own role", async () => {
        const run = await build([]);
        assert.strictEqual(run.error, undefined);
        const source = run.one("aws:quicksight/dataSource:DataSource");
        const role = run.one("aws:iam/role:Role", "quicksight-athena-role");
        assert.deepStrictEqual({ id: source.inputs.dataSourceId, type: source.inputs.type, params: source.inputs.parameters, permissions: source.inputs.permissions }, {
            id: "analytics-dev-athena", type: "ATHENA",
            params: { athena: { workGroup: "analytics-dev", roleArn: role.outputs.arn } },
            permissions: [{ principal: PRINCIPAL, actions: DATA_SOURCE_ACTIONS }],
        });
        assert.deepStrictEqual(JSON.parse(role.inputs.assumeRolePolicy).Statement, [{
            Effect: "Allow", Principal: { Service: "quicksight.amazonaws.com" }, Action: "sts:AssumeRole",
            Condition: { StringEquals: { "aws:SourceAccount": "123456789012" } },
        }]);
        assert.deepStrictEqual(run.byType("aws:quicksight/dataSet:DataSet"), []);
    });

    it("creates the data source only after the role's inline policy, so QuickSight never checks a role without it", async () => {
        const run = await build(["sales"]);
        const source = run.one("aws:quicksight/dataSource:DataSource");
        const policy = run.one("aws:iam/rolePolicy:RolePolicy", "quicksight-athena-access");
        const role = run.one("aws:iam/role:Role", "quicksight-athena-role");
        assert.deepStrictEqual(source.dependencies.filter(u => u.includes("aws:iam/")).sort(), [role.urn, policy.urn].sort());
        assert.deepStrictEqual(source.propertyDependencies.parameters, [role.urn]);
        // The dataset waits for the data source (and so for the policy) through its ARN.
        const dataSet = run.one("aws:quicksight/dataSet:DataSet", "quicksight-sales");
        assert.ok(dataSet.dependencies.includes(source.urn));
    });

    it("refuses a principal of another account before creating the data source", async () => {
        const run = await build([], "arn:aws:quicksight:us-east-1:210987654321:group/default/analysts");
        assert.strictEqual(run.error?.message,
            "quicksightPrincipalArn arn:aws:quicksight:us-east-1:210987654321:group/default/analysts is in account 210987654321, but this stack deploys to account 123456789012: " +
            "use a QuickSight user or group of this account, `pulumi config set quicksightPrincipalArn arn:aws:quicksight:<identity region>:123456789012:group/default/<name>`.");
    });

    it("grants the role the workgroup, the catalog, the buckets and the key, nothing wider", async () => {
        const run = await build([]);
        const policy = JSON.parse(run.one("aws:iam/rolePolicy:RolePolicy", "quicksight-athena-access").inputs.policy);
        assert.deepStrictEqual(policy.Statement.map((s: any) => s.Resource), [
            "arn:aws:athena:us-west-2:123456789012:workgroup/analytics-dev",
            "arn:aws:athena:us-west-2:123456789012:datacatalog/AwsDataCatalog",
            ["arn:aws:glue:us-west-2:123456789012:catalog", "arn:aws:glue:us-west-2:123456789012:database/analytics_dev", "arn:aws:glue:us-west-2:123456789012:table/analytics_dev/*"],
            ["arn:aws:s3:::master-bucket", "arn:aws:s3:::results-bucket"],
            ["arn:aws:s3:::master-bucket/*", "arn:aws:s3:::results-bucket/*"],
            "arn:aws:s3:::results-bucket/*",
            "arn:aws:kms:us-west-2:123456789012:key/pipeline",
            "*",
        ]);
        assert.deepStrictEqual(policy.Statement[2].Action,
            ["glue:GetDatabase", "glue:GetDatabases", "glue:GetTable", "glue:GetTables", "glue:GetPartition", "glue:GetPartitions"]);
        // Only the two actions AWS cannot scope, each with its documented reason.
        assert.deepStrictEqual(policy.Statement[7], { Effect: "Allow", Action: ["athena:ListWorkGroups", "lakeformation:GetDataAccess"], Resource: "*" });
        assert.deepStrictEqual(Object.keys(QUICKSIGHT_RESOURCE_WILDCARD_ACTIONS), ["athena:ListWorkGroups", "lakeformation:GetDataAccess"]);
        for (const statement of policy.Statement) {
            for (const action of [statement.Action].flat()) {
                assert.ok(!action.includes("*"), `no wildcard action: ${action}`);
            }
        }
    });

    it("creates a DIRECT_QUERY dataset per sample table, with the schema's columns cast to their declared types", async () => {
        const run = await build(["sales", "event", "not_a_sample_table"]);
        const dataSets = run.byType("aws:quicksight/dataSet:DataSet");
        assert.deepStrictEqual(dataSets.map(d => d.inputs.dataSetId).sort(), ["analytics-dev-event", "analytics-dev-sales"]);
        const sales = run.one("aws:quicksight/dataSet:DataSet", "quicksight-sales");
        assert.strictEqual(sales.inputs.importMode, "DIRECT_QUERY");
        assert.deepStrictEqual(sales.inputs.permissions, [{ principal: PRINCIPAL, actions: DATA_SET_ACTIONS }]);
        const table = sales.inputs.physicalTableMaps[0];
        assert.strictEqual(table.customSql.dataSourceArn, run.one("aws:quicksight/dataSource:DataSource").outputs.arn);
        assert.deepStrictEqual(table.customSql.columns, [
            { name: "salesid", type: "INTEGER" }, { name: "listid", type: "INTEGER" }, { name: "sellerid", type: "INTEGER" },
            { name: "buyerid", type: "INTEGER" }, { name: "eventid", type: "INTEGER" }, { name: "dateid", type: "INTEGER" },
            { name: "qtysold", type: "INTEGER" }, { name: "pricepaid", type: "DECIMAL" }, { name: "commission", type: "DECIMAL" },
            { name: "saletime", type: "DATETIME" },
        ]);
        assert.strictEqual(table.customSql.sqlQuery,
            "SELECT CAST(\"salesid\" AS bigint) AS \"salesid\", CAST(\"listid\" AS bigint) AS \"listid\", CAST(\"sellerid\" AS bigint) AS \"sellerid\", " +
            "CAST(\"buyerid\" AS bigint) AS \"buyerid\", CAST(\"eventid\" AS bigint) AS \"eventid\", CAST(\"dateid\" AS bigint) AS \"dateid\", " +
            "CAST(\"qtysold\" AS bigint) AS \"qtysold\", CAST(\"pricepaid\" AS decimal(8,2)) AS \"pricepaid\", " +
            "CAST(\"commission\" AS decimal(8,2)) AS \"commission\", CAST(\"saletime\" AS timestamp) AS \"saletime\" FROM \"analytics_dev\".\"sales\"");
    });

    describe("in the program", () => {
        it("creates nothing QuickSight-related without quicksightPrincipalArn", async () => {
            const run = await runProgram({ config: { refreshIntervalSeconds: "3600", deletionProtection: "false" } });
            assert.strictEqual(run.error, undefined);
            assert.deepStrictEqual(run.resources.filter(r => r.type.includes("quicksight")).map(r => r.type), []);
            assert.strictEqual(run.outputs.quicksightDataSourceArn, undefined);
        });

        it("builds the data source on the pipeline's workgroup and a dataset per sample table", async () => {
            const run = await runProgram({ config: { refreshIntervalSeconds: "3600", quicksightPrincipalArn: PRINCIPAL }, stack: "dev" });
            assert.strictEqual(run.error, undefined);
            const source = run.one("aws:quicksight/dataSource:DataSource");
            assert.strictEqual(source.inputs.parameters.athena.workGroup, run.outputs.athenaWorkgroup);
            assert.deepStrictEqual(run.byType("aws:quicksight/dataSet:DataSet").map(d => d.inputs.dataSetId).sort(),
                ["category", "date", "event", "listing", "sales", "users", "venue"].map(t => `analytics-dev-${t}`));
            const policy = JSON.parse(run.one("aws:iam/rolePolicy:RolePolicy", "quicksight-athena-access").inputs.policy);
            assert.deepStrictEqual(policy.Statement[3].Resource, [`arn:aws:s3:::${run.outputs.athenaMasterBucket}`, `arn:aws:s3:::${run.outputs.athenaResultsBucket}`]);
            assert.strictEqual(policy.Statement[6].Resource, run.one("aws:kms/key:Key", "athena-pipeline-key").outputs.arn);
            assert.strictEqual((run.outputs.quicksightDataSetArns as string[]).length, 7);
            assert.strictEqual(run.outputs.quicksightDataSetsNote, DATASETS_NOTE);
            assert.strictEqual(DATASETS_NOTE, "The datasets query the pipeline's master tables, which exist only after its first successful run: " +
                "start one with the athenaStartRunCommand output (or wait for loadSchedule), then open the datasets in QuickSight.");
        });

        it("builds only the data source when the sample data is off", async () => {
            const run = await runProgram({ config: { refreshIntervalSeconds: "3600", quicksightPrincipalArn: PRINCIPAL, sampleData: "false" } });
            assert.strictEqual(run.byType("aws:quicksight/dataSource:DataSource").length, 1);
            assert.deepStrictEqual(run.byType("aws:quicksight/dataSet:DataSet"), []);
            assert.strictEqual(run.outputs.quicksightDataSetsNote, undefined);
        });
    });

    describe("dataset SQL", () => {
        it("maps every MySQL type the sample uses, and refuses others", () => {
            assert.deepStrictEqual(["BOOLEAN", "SMALLINT", "INT", "DECIMAL(8,2)", "DATE", "DATETIME", "CHAR(2)", "VARCHAR(30)"].map(t => mapMySqlType(t).type),
                ["BOOLEAN", "INTEGER", "INTEGER", "DECIMAL", "DATETIME", "DATETIME", "STRING", "STRING"]);
            assert.throws(() => mapMySqlType("GEOMETRY"), /no QuickSight mapping for MySQL type GEOMETRY/);
        });
        it("reads all seven tables from a schema", () => {
            const schema = "CREATE TABLE IF NOT EXISTS `t` (\n    `id` INT NOT NULL,\n    `flag` BOOLEAN NULL,\n    PRIMARY KEY (`id`)\n) ENGINE = InnoDB;";
            assert.deepStrictEqual([...datasetColumnsFromSchema(schema)], [["t", [
                { name: "id", type: "INTEGER", athenaType: "bigint" }, { name: "flag", type: "BOOLEAN", athenaType: "boolean" }]]]);
        });
        it("quotes identifiers and refuses anything else", () => {
            assert.throws(() => datasetSql("db\"; DROP", "sales", []), /is not an identifier/);
            assert.throws(() => datasetSql("db", "sales", [{ name: "x\" FROM y --", type: "STRING", athenaType: "varchar" }]), /is not an identifier/);
        });
    });
});
