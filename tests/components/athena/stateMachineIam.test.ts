// The state machine role and the cleanup role, evaluated with @cloud-copilot/iam-simulate against what each pipeline statement needs.
import * as assert from "assert";
import { runSimulation } from "@cloud-copilot/iam-simulate";
import {
    cleanupPolicy, executionArns, keyPolicy, MAP_RESULTS_PREFIX, PipelineResources, PolicyDocument, stateMachinePolicy, TABLE_CONFIG_KEY,
} from "../../../components/athena/policies";

const ACCOUNT = "123456789012";
const REGION = "us-east-1";
const R: PipelineResources = {
    account: { partition: "aws", region: REGION, accountId: ACCOUNT },
    keyArn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/0123abcd-0123-4567-89ab-0123456789ab`,
    rawBucket: "raw-bucket", masterBucket: "master-bucket", resultsBucket: "results-bucket", glueDatabase: "analytics_dev",
};
const STATE_MACHINE = `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:analytics-dev`;
const LOADS_WORKGROUP = `arn:aws:athena:${REGION}:${ACCOUNT}:workgroup/analytics-dev-loads`;
const ROLE = stateMachinePolicy(R, {
    functionArns: [`arn:aws:lambda:${REGION}:${ACCOUNT}:function:analytics-dev-prepare-table`],
    workgroupArn: LOADS_WORKGROUP, stateMachineArn: STATE_MACHINE,
    watermarkTableArn: `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/analytics-dev-watermarks`,
    alertTopicArn: `arn:aws:sns:${REGION}:${ACCOUNT}:analytics-dev-alerts`,
});

async function decision(policy: PolicyDocument, action: string, resource: string, principal = `arn:aws:iam::${ACCOUNT}:role/analytics-dev-states-role`,
    resourcePolicy?: PolicyDocument, contextVariables: Record<string, string> = {}): Promise<string> {
    const result = await runSimulation({
        identityPolicies: [{ name: "role", policy }],
        serviceControlPolicies: [], resourceControlPolicies: [],
        ...(resourcePolicy ? { resourcePolicy } : {}),
        request: { action, principal, resource: { accountId: ACCOUNT, resource }, contextVariables },
    } as never, {}) as { overallResult?: string; errors?: unknown };
    assert.strictEqual(result.errors, undefined, `simulation of ${action} on ${resource} was refused: ${JSON.stringify(result.errors)}`);
    return String(result.overallResult);
}

const glue = (what: string) => `arn:aws:glue:${REGION}:${ACCOUNT}:${what}`;
/** Glue checks an action on a table against the catalog, the database and the table (Glue guide, "Specifying AWS Glue resource ARNs"). */
const onTable = (db: string, table: string) => [glue("catalog"), glue(`database/${db}`), glue(`table/${db}/${table}`)];

/** What each statement of a run needs, as Athena and Step Functions call AWS with the state machine's role. */
const NEEDS: ReadonlyArray<[string, string, string[]]> = [
    ["every query", "athena:StartQueryExecution", [LOADS_WORKGROUP]],
    // startQueryExecution.sync polls and, on a stop, stops the query (Step Functions guide, "IAM policies for Amazon Athena").
    ["every query (.sync)", "athena:GetQueryExecution", [LOADS_WORKGROUP]],
    ["every query (.sync)", "athena:StopQueryExecution", [LOADS_WORKGROUP]],
    ["ReadWatermark", "athena:GetQueryResults", [LOADS_WORKGROUP]],
    ["CREATE TABLE (Iceberg master)", "glue:CreateTable", onTable("analytics_dev", "sales")],
    ["ALTER TABLE ADD COLUMNS, MERGE, OPTIMIZE", "glue:UpdateTable", onTable("analytics_dev", "sales")],
    ["every statement", "glue:GetTable", onTable("analytics_dev", "sales")],
    ["DROP TABLE (rebuild)", "glue:DeleteTable", onTable("analytics_dev", "sales")],
    ["MERGE reads the stage", "s3:GetObject", ["arn:aws:s3:::raw-bucket/exports/analytics-dev-20261104-033000-abcd1234/demodb/demodb.sales/1/part-00000-1.gz.parquet"]],
    ["MERGE and OPTIMIZE write the master", "s3:PutObject", ["arn:aws:s3:::master-bucket/master/sales/data/00000-0-x.parquet"]],
    ["VACUUM and DROP TABLE remove master files", "s3:DeleteObject", ["arn:aws:s3:::master-bucket/master/sales/data/00000-0-x.parquet"]],
    ["query results", "s3:PutObject", ["arn:aws:s3:::results-bucket/results/0123abcd.csv"]],
    ["ItemReader", "s3:GetObject", [`arn:aws:s3:::results-bucket/${TABLE_CONFIG_KEY}`]],
    ["ResultWriter", "s3:PutObject", [`arn:aws:s3:::results-bucket/${MAP_RESULTS_PREFIX}/run-1/SUCCEEDED_0.json`]],
    ["ResultWriter (multipart)", "s3:AbortMultipartUpload", [`arn:aws:s3:::results-bucket/${MAP_RESULTS_PREFIX}/run-1/SUCCEEDED_0.json`]],
    // Step Functions guide, "IAM policies for using Distributed Map states".
    ["Distributed Map starts children", "states:StartExecution", [STATE_MACHINE]],
    ["Distributed Map tracks children", "states:DescribeExecution", [`arn:aws:states:${REGION}:${ACCOUNT}:execution:analytics-dev/LoadTables:0c9b5c8e-1111-2222-3333-444455556666`]],
    ["Distributed Map stops children", "states:StopExecution", [`arn:aws:states:${REGION}:${ACCOUNT}:execution:analytics-dev/LoadTables:0c9b5c8e-1111-2222-3333-444455556666`]],
    ["DescribeRunLockHolder", "states:DescribeExecution", [`arn:aws:states:${REGION}:${ACCOUNT}:execution:analytics-dev:run-1`]],
    ["TakeOverRunLock", "dynamodb:PutItem", [`arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/analytics-dev-watermarks`]],
];

/** What the role must not do: each is a neighbour of a need. */
const REFUSED: ReadonlyArray<[string, string]> = [
    ["athena:StartQueryExecution", `arn:aws:athena:${REGION}:${ACCOUNT}:workgroup/analytics-dev`],
    ["glue:DeleteTable", glue("table/other_db/sales")],
    ["glue:DeleteDatabase", glue("database/analytics_dev")],
    ["glue:BatchCreatePartition", glue("table/analytics_dev/sales")],
    ["s3:DeleteObject", "arn:aws:s3:::raw-bucket/exports/x/part.parquet"],
    ["s3:GetObject", "arn:aws:s3:::results-bucket/config/other.json"],
    ["s3:PutObject", "arn:aws:s3:::results-bucket/config/tables.json"],
    ["states:StartExecution", `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:analytics-dev-other`],
    ["states:DescribeExecution", `arn:aws:states:${REGION}:${ACCOUNT}:execution:analytics-dev-other:run-1`],
];

/**
 * Step Functions' IAM template for athena:startQueryExecution.sync (Step Functions guide, "IAM policies for Amazon
 * Athena"): its Athena and Glue actions. The role may use only these; the ones it leaves out are listed with why.
 */
const SYNC_TEMPLATE_ACTIONS = [
    "athena:startQueryExecution", "athena:stopQueryExecution", "athena:getQueryExecution", "athena:getDataCatalog",
    "glue:CreateDatabase", "glue:GetDatabase", "glue:GetDatabases", "glue:UpdateDatabase", "glue:DeleteDatabase", "glue:CreateTable",
    "glue:UpdateTable", "glue:GetTable", "glue:GetTables", "glue:DeleteTable", "glue:BatchDeleteTable", "glue:BatchCreatePartition",
    "glue:CreatePartition", "glue:UpdatePartition", "glue:GetPartition", "glue:GetPartitions", "glue:BatchGetPartition",
    "glue:DeletePartition", "glue:BatchDeletePartition", "lakeformation:GetDataAccess",
];
const LEFT_OUT: Readonly<Record<string, string>> = {
    "glue:CreateDatabase": "the database is a stack resource; no query creates one",
    "glue:GetDatabases": "queries name their database",
    "glue:UpdateDatabase": "no query changes the database",
    "glue:DeleteDatabase": "no query drops the database",
    "glue:BatchDeleteTable": "DROP TABLE drops one table (DeleteTable); CleanUp's own role drops the per-run tables",
    "glue:BatchCreatePartition": "masters and per-run tables are unpartitioned",
    "glue:CreatePartition": "unpartitioned", "glue:UpdatePartition": "unpartitioned", "glue:GetPartition": "unpartitioned",
    "glue:BatchGetPartition": "unpartitioned", "glue:DeletePartition": "unpartitioned", "glue:BatchDeletePartition": "unpartitioned",
    "lakeformation:GetDataAccess": "the pipeline's catalog is not governed by Lake Formation",
};

describe("state machine role, evaluated by iam-simulate", function () {
    this.timeout(60000);

    for (const [need, action, resources] of NEEDS) {
        it(`allows ${action} for ${need}`, async () => {
            for (const resource of resources) {
                assert.strictEqual(await decision(ROLE, action, resource), "Allowed", `${action} on ${resource}`);
            }
        });
    }

    for (const [action, resource] of REFUSED) {
        it(`refuses ${action} on ${resource}`, async () => {
            assert.strictEqual(await decision(ROLE, action, resource), "ImplicitlyDenied");
        });
    }

    it("uses only Athena and Glue actions of Step Functions' .sync template, and says why it leaves the others out", () => {
        const granted = ROLE.Statement.flatMap(s => (Array.isArray(s.Action) ? s.Action : [s.Action]))
            .filter(a => a.startsWith("glue:") || a.startsWith("lakeformation:") || ["athena:StartQueryExecution", "athena:StopQueryExecution", "athena:GetQueryExecution", "athena:GetDataCatalog"].includes(a));
        const template = SYNC_TEMPLATE_ACTIONS.map(a => a.toLowerCase());
        assert.deepStrictEqual(granted.filter(a => !template.includes(a.toLowerCase())), [], "nothing beyond the template");
        const missing = SYNC_TEMPLATE_ACTIONS.filter(a => !granted.some(g => g.toLowerCase() === a.toLowerCase()));
        assert.deepStrictEqual(missing.sort(), Object.keys(LEFT_OUT).sort());
    });

    it("names its own runs and its Map's child executions, nothing else", () => {
        assert.deepStrictEqual(executionArns(STATE_MACHINE), [
            `arn:aws:states:${REGION}:${ACCOUNT}:execution:analytics-dev:*`,
            `arn:aws:states:${REGION}:${ACCOUNT}:execution:analytics-dev/*`,
        ]);
    });
});

describe("cleanup role, evaluated by iam-simulate", function () {
    this.timeout(60000);
    const CLEANUP = cleanupPolicy(R, `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/aws/lambda/analytics-dev-cleanup`);

    it("reads the Map's results and decrypts them, and nothing else in the results bucket", async () => {
        assert.strictEqual(await decision(CLEANUP, "s3:GetObject", `arn:aws:s3:::results-bucket/${MAP_RESULTS_PREFIX}/run-1/manifest.json`), "Allowed");
        // KMS also needs the key policy to allow it, through S3 only.
        const cleanupRole = `arn:aws:iam::${ACCOUNT}:role/analytics-dev-cleanup-role`;
        const key = keyPolicy(R.account, {
            exportRoleArn: `arn:aws:iam::${ACCOUNT}:role/export`, startExportRoleArn: `arn:aws:iam::${ACCOUNT}:role/start`,
            prepareTableRoleArn: `arn:aws:iam::${ACCOUNT}:role/prepare`, cleanupRoleArn: cleanupRole, stateMachineRoleArn: `arn:aws:iam::${ACCOUNT}:role/states`,
            logGroupPatterns: ["/aws/lambda/analytics-dev-*"],
        });
        assert.strictEqual(await decision(CLEANUP, "kms:Decrypt", R.keyArn, cleanupRole, key, { "kms:ViaService": `s3.${REGION}.amazonaws.com` }), "Allowed");
        assert.strictEqual(await decision(CLEANUP, "kms:Decrypt", R.keyArn, cleanupRole, key, { "kms:ViaService": `dynamodb.${REGION}.amazonaws.com` }), "ImplicitlyDenied");
        assert.strictEqual(await decision(CLEANUP, "s3:GetObject", "arn:aws:s3:::results-bucket/results/0123abcd.csv"), "ImplicitlyDenied");
        assert.strictEqual(await decision(CLEANUP, "s3:PutObject", `arn:aws:s3:::results-bucket/${MAP_RESULTS_PREFIX}/run-1/manifest.json`), "ImplicitlyDenied");
    });
});
