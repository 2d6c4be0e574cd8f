// @ts-nocheck
// Optional QuickSight: an Athena data source on the pipeline's workgroup, sample datasets, and the access they need.
import * as fs from "fs";
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

import { DatasetColumn, datasetColumnsFromSchema, datasetSql } from "../sql/athena/quicksightDatasets";
import { serviceTrustPolicy } from "./iamDocuments";

export const SAMPLE_SCHEMA_FILE = path.join(__dirname, "..", "sql", "mysql", "schema.sql");

/** What the principal may do with the data source: use it and manage it, as the console grants an owner. */
export const DATA_SOURCE_ACTIONS = [
    "quicksight:DescribeDataSource",
    "quicksight:DescribeDataSourcePermissions",
    "quicksight:PassDataSource",
    "quicksight:UpdateDataSource",
    "quicksight:DeleteDataSource",
    "quicksight:UpdateDataSourcePermissions",
];

export const DATA_SET_ACTIONS = [
    "quicksight:DescribeDataSet",
    "quicksight:DescribeDataSetPermissions",
    "quicksight:PassDataSet",
    "quicksight:DescribeIngestion",
    "quicksight:ListIngestions",
    "quicksight:UpdateDataSet",
    "quicksight:DeleteDataSet",
    "quicksight:CreateIngestion",
    "quicksight:CancelIngestion",
    "quicksight:UpdateDataSetPermissions",
];

/**
 * Actions the data source's role is allowed on `"*"`, each with why: the Service Authorization Reference lists no
 * resource type for them, so no ARN can scope them. Both are in AWS's own AWSQuicksightAthenaAccess policy.
 */
export const QUICKSIGHT_RESOURCE_WILDCARD_ACTIONS: Readonly<Record<string, string>> = Object.freeze({
    // QuickSight lists the account's workgroups when an author browses or edits the data source in the console.
    "athena:ListWorkGroups": "Athena ListWorkGroups has no resource-level permission",
    // Athena asks Lake Formation for the caller's data access when the catalog is governed by Lake Formation.
    "lakeformation:GetDataAccess": "Lake Formation GetDataAccess has no resource-level permission",
});

/** Tells a QuickSight user what the datasets need before their first query works. */
export const DATASETS_NOTE = "The datasets query the pipeline's master tables, which exist only after its first successful run: " +
    "start one with the athenaStartRunCommand output (or wait for loadSchedule), then open the datasets in QuickSight.";

/**
 * Why a principal cannot own the data source, or undefined: QuickSight users and groups live in the account's
 * QuickSight identity region, but always in the account itself; a principal of another account is refused.
 */
export function principalAccountProblem(principalArn: string, accountId: string): string | undefined {
    const account = principalArn.split(":")[4];
    return account === accountId ? undefined :
        `quicksightPrincipalArn ${principalArn} is in account ${account}, but this stack deploys to account ${accountId}: ` +
        "use a QuickSight user or group of this account, `pulumi config set quicksightPrincipalArn arn:aws:quicksight:<identity region>:" +
        `${accountId}:group/default/<name>\`.`;
}

export interface QuickSightArgs {
    name: string;
    principalArn: string;
    athenaWorkgroupName: pulumi.Input<string>;
    glueDatabase: pulumi.Input<string>;
    kmsKeyArn: pulumi.Input<string>;
    /** Buckets QuickSight reads through Athena (the master tables). */
    readBucketArns: pulumi.Input<string>[];
    /** The workgroup's query results bucket, which Athena writes for QuickSight. */
    resultsBucketArn: pulumi.Input<string>;
    /** Master tables to build datasets for; their columns come from the sample schema. Empty: data source only. */
    sampleTables: readonly string[];
}

/** The sample tables' dataset columns, for the configured tables that are sample tables. */
export function sampleDatasetColumns(tables: readonly string[]): Array<[string, DatasetColumn[]]> {
    const schema = datasetColumnsFromSchema(fs.readFileSync(SAMPLE_SCHEMA_FILE, "utf8"));
    return tables.filter(t => schema.has(t)).map(t => [t, schema.get(t)!]);
}

export class QuickSight extends pulumi.ComponentResource {
    public readonly dataSourceArn: pulumi.Output<string>;
    public readonly dataSetArns: pulumi.Output<string>[];
    public readonly roleArn: pulumi.Output<string>;
    /** What must happen before the datasets return rows; exported next to them. */
    public readonly dataSetsNote?: string;

    constructor(name: string, args: QuickSightArgs, opts?: pulumi.ComponentResourceOptions) {
        super("aurora-analytics:quicksight:QuickSight", name, {}, opts);

        const identity = aws.getCallerIdentityOutput({}, { parent: this });
        const region = aws.getRegionOutput({}, { parent: this }).region;
        const partition = aws.getPartitionOutput({}, { parent: this }).partition;

        // A role of its own for the data source, instead of widening the account's QuickSight service role.
        const role = new aws.iam.Role(`${name}-athena-role`, {
            description: "aurora-analytics QuickSight: query the pipeline's master tables through its Athena workgroup",
            // aws:SourceAccount: only QuickSight acting for this account may assume it (IAM global condition keys).
            assumeRolePolicy: identity.accountId.apply(account => JSON.stringify(serviceTrustPolicy("quicksight.amazonaws.com", account))),
        }, { parent: this });
        const access = new aws.iam.RolePolicy(`${name}-athena-access`, {
            role: role.name,
            policy: pulumi.all([identity.accountId, region, partition, args.athenaWorkgroupName, args.glueDatabase, args.kmsKeyArn,
                pulumi.all(args.readBucketArns), args.resultsBucketArn])
                .apply(([account, r, p, workgroup, database, keyArn, readBuckets, resultsBucket]) => JSON.stringify({
                    Version: "2012-10-17",
                    Statement: [
                        {
                            Effect: "Allow",
                            Action: ["athena:GetWorkGroup", "athena:StartQueryExecution", "athena:StopQueryExecution",
                                "athena:GetQueryExecution", "athena:GetQueryResults", "athena:GetQueryResultsStream"],
                            Resource: `arn:${p}:athena:${r}:${account}:workgroup/${workgroup}`,
                        },
                        {
                            Effect: "Allow",
                            Action: ["athena:GetDataCatalog", "athena:ListDatabases", "athena:GetDatabase", "athena:ListTableMetadata", "athena:GetTableMetadata"],
                            Resource: `arn:${p}:athena:${r}:${account}:datacatalog/AwsDataCatalog`,
                        },
                        {
                            Effect: "Allow",
                            // GetDatabases lets the console list the catalog's databases; only ours is allowed.
                            Action: ["glue:GetDatabase", "glue:GetDatabases", "glue:GetTable", "glue:GetTables", "glue:GetPartition", "glue:GetPartitions"],
                            Resource: [
                                `arn:${p}:glue:${r}:${account}:catalog`,
                                `arn:${p}:glue:${r}:${account}:database/${database}`,
                                `arn:${p}:glue:${r}:${account}:table/${database}/*`,
                            ],
                        },
                        { Effect: "Allow", Action: ["s3:GetBucketLocation", "s3:ListBucket"], Resource: [...readBuckets, resultsBucket] },
                        { Effect: "Allow", Action: "s3:GetObject", Resource: [...readBuckets.map(b => `${b}/*`), `${resultsBucket}/*`] },
                        { Effect: "Allow", Action: ["s3:PutObject", "s3:AbortMultipartUpload"], Resource: `${resultsBucket}/*` },
                        { Effect: "Allow", Action: ["kms:Decrypt", "kms:GenerateDataKey"], Resource: keyArn },
                        { Effect: "Allow", Action: Object.keys(QUICKSIGHT_RESOURCE_WILDCARD_ACTIONS), Resource: "*" },
                    ],
                })),
        }, { parent: this });

        const principal = identity.accountId.apply(account => {
            const problem = principalAccountProblem(args.principalArn, account);
            if (problem !== undefined) {
                throw new pulumi.RunError(problem);
            }
            return args.principalArn;
        });
        const dataSource = new aws.quicksight.DataSource(`${name}-athena`, {
            dataSourceId: `${args.name}-athena`,
            name: `${args.name} (Athena)`,
            type: "ATHENA",
            parameters: { athena: { workGroup: args.athenaWorkgroupName, roleArn: role.arn } },
            permissions: [{ principal: principal, actions: DATA_SOURCE_ACTIONS }],
        }, {
            parent: this,
            // CreateDataSource checks the role at once and the data source fails CREATION_FAILED without its policy;
            // the provider retries only "Failed to assume your role" for 2 minutes (quicksight/data_source.go).
            dependsOn: [access],
        });

        this.dataSetArns = sampleDatasetColumns(args.sampleTables).map(([table, columns]) => {
            const dataSet = new aws.quicksight.DataSet(`${name}-${table}`, {
                dataSetId: `${args.name}-${table}`,
                name: `${args.name} ${table}`,
                importMode: "DIRECT_QUERY",
                physicalTableMaps: [{
                    physicalTableMapId: table,
                    customSql: {
                        dataSourceArn: dataSource.arn,
                        name: table,
                        sqlQuery: pulumi.output(args.glueDatabase).apply(db => datasetSql(db, table, columns)),
                        columns: columns.map(c => ({ name: c.name, type: c.type })),
                    },
                }],
                permissions: [{ principal: principal, actions: DATA_SET_ACTIONS }],
            }, { parent: this });
            return dataSet.arn;
        });

        // Carries the principal check, so a refused principal fails the stack's outputs as well as the data source.
        this.dataSourceArn = pulumi.all([dataSource.arn, principal]).apply(([arn]) => arn);
        this.roleArn = role.arn;
        this.dataSetsNote = this.dataSetArns.length > 0 ? DATASETS_NOTE : undefined;
        this.registerOutputs({ dataSourceArn: this.dataSourceArn, dataSetArns: this.dataSetArns, roleArn: this.roleArn });
    }
}
