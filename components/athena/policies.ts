// Pure builders of the Athena pipeline's IAM, KMS, S3 and SNS policy documents, from plain ARNs and names.
import { serviceTrustPolicy } from "../iamDocuments";

export interface Statement {
    Sid?: string;
    Effect: "Allow" | "Deny";
    Principal?: "*" | Record<string, string | string[]>;
    Action: string | string[];
    /** Absent only in trust policies, whose resource is the role itself. */
    Resource?: string | string[];
    Condition?: Record<string, Record<string, string | string[] | boolean>>;
}

export interface PolicyDocument {
    Version: "2012-10-17";
    Statement: Statement[];
}

function doc(statements: Statement[]): PolicyDocument {
    return { Version: "2012-10-17", Statement: statements };
}

/** S3 key prefixes inside the pipeline's buckets (no slashes). Exports stay under EXPORT_PREFIX as the backup. */
export const EXPORT_PREFIX = "exports";
export const MASTER_PREFIX = "master";
export const RESULTS_PREFIX = "results";
/** In the results bucket: the configured tables as JSON, the Distributed Map's items (its ItemReader reads them). */
export const TABLE_CONFIG_KEY = "config/tables.json";
/** In the results bucket, under RESULTS_PREFIX so the same lifecycle rule expires them: each run's per-table results (ResultWriter). */
export const MAP_RESULTS_PREFIX = `${RESULTS_PREFIX}/table-loads`;

/** Where the account, region and partition come from; every ARN below is built from these. */
export interface AccountContext {
    partition: string;
    region: string;
    accountId: string;
}

export function accountRootArn(a: AccountContext): string {
    return `arn:${a.partition}:iam::${a.accountId}:root`;
}

/** Glue resources an action on `table/<db>/<tables>` must also name: the catalog and the database. */
export function glueArns(a: AccountContext, database: string, tables: string): string[] {
    const base = `arn:${a.partition}:glue:${a.region}:${a.accountId}`;
    return [`${base}:catalog`, `${base}:database/${database}`, `${base}:table/${database}/${tables}`];
}

export function bucketArn(a: AccountContext, bucket: string): string {
    return `arn:${a.partition}:s3:::${bucket}`;
}

/** Trust policy for a role one AWS service assumes (the shared builder, typed as this module's documents). */
export function assumeRolePolicy(service: string, sourceAccount?: string): PolicyDocument {
    return serviceTrustPolicy(service, sourceAccount) as PolicyDocument;
}

/**
 * The RDS export role's trust policy, exactly as AWS documents it (Aurora User Guide, "Setting up access to an Amazon S3
 * bucket", https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-export-snapshot.Setup.html): the
 * export service may assume the role. AWS documents no aws:SourceArn value for an export, so none is pinned.
 */
export function exportRoleTrustPolicy(_a: AccountContext): PolicyDocument {
    return doc([{ Effect: "Allow", Principal: { Service: "export.rds.amazonaws.com" }, Action: "sts:AssumeRole" }]);
}

/**
 * iam:PassedToService values for the export role. The role is assumed by export.rds.amazonaws.com (its trust policy),
 * but PassRole is checked on the RDS StartExportTask call; AWS documents no PassedToService value for it, so both RDS
 * principals are allowed (still RDS only).
 */
export const EXPORT_ROLE_PASSED_TO = ["export.rds.amazonaws.com", "rds.amazonaws.com"];

/** Writing to its own log group: the only permission every pipeline Lambda shares. */
function logStatement(logGroupArn: string): Statement {
    return { Sid: "WriteOwnLogGroup", Effect: "Allow", Action: ["logs:CreateLogStream", "logs:PutLogEvents"], Resource: `${logGroupArn}:*` };
}

/** ListBucket limited to keys under one prefix (the condition is how S3 scopes a bucket-level action). */
function listUnder(sid: string, bucket: string, prefix: string): Statement {
    return { Sid: sid, Effect: "Allow", Action: "s3:ListBucket", Resource: bucket, Condition: { StringLike: { "s3:prefix": `${prefix}/*` } } };
}

/**
 * Actions AWS authorizes only on Resource "*" (no resource-level permission exists). The mocks test walks every
 * policy and accepts "*" only for these.
 */
export const RESOURCE_WILDCARD_ACTIONS: Readonly<Record<string, string>> = Object.freeze({
    // The Service Authorization Reference lists no resource type for RDS export-task actions; the export is still
    // confined by iam:PassRole (only our export role) and that role's S3 and KMS permissions (only our raw bucket).
    "rds:StartExportTask": "RDS export-task actions have no resource-level permission",
    "rds:DescribeExportTasks": "RDS export-task actions have no resource-level permission",
    "rds:CancelExportTask": "RDS export-task actions have no resource-level permission",
    // Step Functions' vended-log delivery: AWS documents these on "*" only.
    "logs:CreateLogDelivery": "CloudWatch Logs delivery actions support only \"*\"",
    "logs:GetLogDelivery": "CloudWatch Logs delivery actions support only \"*\"",
    "logs:UpdateLogDelivery": "CloudWatch Logs delivery actions support only \"*\"",
    "logs:DeleteLogDelivery": "CloudWatch Logs delivery actions support only \"*\"",
    "logs:ListLogDeliveries": "CloudWatch Logs delivery actions support only \"*\"",
    "logs:PutResourcePolicy": "CloudWatch Logs delivery actions support only \"*\"",
    "logs:DescribeResourcePolicies": "CloudWatch Logs delivery actions support only \"*\"",
    "logs:DescribeLogGroups": "CloudWatch Logs delivery actions support only \"*\"",
});

export interface PipelineResources {
    account: AccountContext;
    keyArn: string;
    rawBucket: string;
    masterBucket: string;
    resultsBucket: string;
    glueDatabase: string;
}

export function validateInputPolicy(logGroupArn: string): PolicyDocument {
    return doc([logStatement(logGroupArn)]);
}

export function startExportPolicy(r: PipelineResources, logGroupArn: string, exportRoleArn: string): PolicyDocument {
    return doc([
        logStatement(logGroupArn),
        { Sid: "StartClusterExport", Effect: "Allow", Action: "rds:StartExportTask", Resource: "*" },
        {
            Sid: "PassExportRoleToRds", Effect: "Allow", Action: "iam:PassRole", Resource: exportRoleArn,
            Condition: { StringEquals: { "iam:PassedToService": EXPORT_ROLE_PASSED_TO } },
        },
        { Sid: "DescribeExportKey", Effect: "Allow", Action: "kms:DescribeKey", Resource: r.keyArn },
        // RDS creates the grant on the caller's behalf; no other grant is allowed.
        {
            Sid: "GrantExportKeyToRds", Effect: "Allow", Action: "kms:CreateGrant", Resource: r.keyArn,
            Condition: { Bool: { "kms:GrantIsForAWSResource": true } },
        },
    ]);
}

export function checkExportPolicy(logGroupArn: string): PolicyDocument {
    return doc([
        logStatement(logGroupArn),
        { Sid: "ReadExportStatus", Effect: "Allow", Action: "rds:DescribeExportTasks", Resource: "*" },
    ]);
}

export function prepareTablePolicy(r: PipelineResources, logGroupArn: string): PolicyDocument {
    const raw = bucketArn(r.account, r.rawBucket);
    return doc([
        logStatement(logGroupArn),
        listUnder("ListExports", raw, EXPORT_PREFIX),
        // Ranged GETs of Parquet footers only.
        { Sid: "ReadExports", Effect: "Allow", Action: "s3:GetObject", Resource: `${raw}/${EXPORT_PREFIX}/*` },
        { Sid: "DecryptExports", Effect: "Allow", Action: "kms:Decrypt", Resource: r.keyArn },
        { Sid: "DefineRunTables", Effect: "Allow", Action: ["glue:CreateTable", "glue:UpdateTable"], Resource: glueArns(r.account, r.glueDatabase, "run_*") },
        // The master's current columns, to add the ones the source gained (schema changes); read only.
        { Sid: "ReadMasterSchemas", Effect: "Allow", Action: "glue:GetTable", Resource: glueArns(r.account, r.glueDatabase, "*") },
    ]);
}

/**
 * Cleanup drops the run's Glue tables and reads the per-table results the Map wrote: the export stays for the raw
 * bucket's lifecycle rule, nothing is copied.
 */
export function cleanupPolicy(r: PipelineResources, logGroupArn: string): PolicyDocument {
    return doc([
        logStatement(logGroupArn),
        { Sid: "DropRunTables", Effect: "Allow", Action: ["glue:BatchDeleteTable", "glue:DeleteTable"], Resource: glueArns(r.account, r.glueDatabase, "run_*") },
        { Sid: "ReadTableLoadResults", Effect: "Allow", Action: "s3:GetObject", Resource: `${bucketArn(r.account, r.resultsBucket)}/${MAP_RESULTS_PREFIX}/*` },
        { Sid: "DecryptTableLoadResults", Effect: "Allow", Action: "kms:Decrypt", Resource: r.keyArn },
    ]);
}

/** The role RDS assumes to write the export (Aurora User Guide, "Exporting DB cluster data to Amazon S3": an IAM role trusted by export.rds.amazonaws.com): the raw bucket's export prefix and the key, nothing else. */
export function exportRolePolicy(r: PipelineResources): PolicyDocument {
    const raw = bucketArn(r.account, r.rawBucket);
    return doc([
        // The documented export role's S3 actions and resources (Aurora User Guide, "Setting up access to an Amazon S3
        // bucket"; RDS API reference, StartExportTask IamRoleArn): the raw bucket holds only the exports.
        {
            Sid: "ExportPolicy", Effect: "Allow",
            Action: ["s3:PutObject*", "s3:ListBucket", "s3:GetObject*", "s3:DeleteObject*", "s3:GetBucketLocation"],
            Resource: [raw, `${raw}/*`],
        },
        {
            Sid: "EncryptExport", Effect: "Allow",
            Action: ["kms:Encrypt", "kms:Decrypt", "kms:ReEncryptFrom", "kms:ReEncryptTo", "kms:GenerateDataKey", "kms:GenerateDataKeyWithoutPlaintext", "kms:DescribeKey"],
            Resource: r.keyArn,
        },
    ]);
}

export interface StateMachineTargets {
    functionArns: string[];
    /** The pipeline's own workgroup: the state machine runs no query anywhere else. */
    workgroupArn: string;
    /** Its own ARN: the Distributed Map starts child executions of this state machine. */
    stateMachineArn: string;
    watermarkTableArn: string;
    alertTopicArn: string;
}

/** Execution ARNs of a state machine: its own runs (`execution:<name>:<id>`) and its Map's child executions (`execution:<name>/<label>:<id>`). */
export function executionArns(stateMachineArn: string): string[] {
    const base = stateMachineArn.replace(":stateMachine:", ":execution:");
    return [`${base}:*`, `${base}/*`];
}

/**
 * The state machine's role. Athena runs each query with these credentials, so the query's S3/Glue/KMS needs are here.
 * Compared with Step Functions' template for athena:startQueryExecution.sync (Step Functions guide, "IAM policies for
 * Amazon Athena"), it keeps what the pipeline's statements use, on named resources: glue:DeleteTable for a rebuild's
 * DROP TABLE, no database or partition writes (masters are unpartitioned Iceberg tables), S3 only under the
 * pipeline's prefixes, no lakeformation:GetDataAccess (the catalog is not governed by Lake Formation).
 */
export function stateMachinePolicy(r: PipelineResources, t: StateMachineTargets): PolicyDocument {
    const a = r.account;
    const raw = bucketArn(a, r.rawBucket);
    const master = bucketArn(a, r.masterBucket);
    const results = bucketArn(a, r.resultsBucket);
    return doc([
        { Sid: "InvokePipelineFunctions", Effect: "Allow", Action: "lambda:InvokeFunction", Resource: t.functionArns },
        {
            Sid: "RunQueriesInWorkgroup", Effect: "Allow",
            Action: ["athena:StartQueryExecution", "athena:GetQueryExecution", "athena:StopQueryExecution", "athena:GetQueryResults"],
            Resource: t.workgroupArn,
        },
        { Sid: "ReadDefaultCatalog", Effect: "Allow", Action: "athena:GetDataCatalog", Resource: `arn:${a.partition}:athena:${a.region}:${a.accountId}:datacatalog/AwsDataCatalog` },
        {
            Sid: "CatalogForQueries", Effect: "Allow",
            // DeleteTable: a rebuild's DROP TABLE of a master (Athena checks it in Glue as the caller).
            Action: ["glue:GetDatabase", "glue:GetTable", "glue:GetTables", "glue:GetPartitions", "glue:CreateTable", "glue:UpdateTable", "glue:DeleteTable"],
            Resource: glueArns(a, r.glueDatabase, "*"),
        },
        listUnder("ListExports", raw, EXPORT_PREFIX),
        { Sid: "LocateBuckets", Effect: "Allow", Action: "s3:GetBucketLocation", Resource: [raw, master, results] },
        { Sid: "ReadExports", Effect: "Allow", Action: "s3:GetObject", Resource: `${raw}/${EXPORT_PREFIX}/*` },
        listUnder("ListMasterTables", master, MASTER_PREFIX),
        { Sid: "ListMasterUploads", Effect: "Allow", Action: "s3:ListBucketMultipartUploads", Resource: master },
        {
            Sid: "WriteMasterTables", Effect: "Allow",
            Action: ["s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"],
            Resource: `${master}/${MASTER_PREFIX}/*`,
        },
        listUnder("ListQueryResults", results, RESULTS_PREFIX),
        { Sid: "ListResultUploads", Effect: "Allow", Action: "s3:ListBucketMultipartUploads", Resource: results },
        {
            Sid: "WriteQueryResults", Effect: "Allow",
            Action: ["s3:GetObject", "s3:PutObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"],
            Resource: `${results}/${RESULTS_PREFIX}/*`,
        },
        // The Distributed Map's ItemReader (the table configs) and ResultWriter (under results/, in WriteQueryResults) run
        // with this role (Step Functions guide, "IAM policies for using Distributed Map states").
        { Sid: "ReadTableConfig", Effect: "Allow", Action: "s3:GetObject", Resource: `${results}/${TABLE_CONFIG_KEY}` },
        // Child executions of this state machine, and the run-lock holder's status (DescribeExecution on its own runs).
        { Sid: "StartTableLoads", Effect: "Allow", Action: "states:StartExecution", Resource: t.stateMachineArn },
        { Sid: "TrackExecutions", Effect: "Allow", Action: ["states:DescribeExecution", "states:StopExecution"], Resource: executionArns(t.stateMachineArn) },
        { Sid: "UseDataKey", Effect: "Allow", Action: ["kms:Decrypt", "kms:GenerateDataKey", "kms:Encrypt"], Resource: r.keyArn },
        // PutItem/DeleteItem also take and release the run lock item.
        { Sid: "ReadWriteWatermarks", Effect: "Allow", Action: ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:DeleteItem"], Resource: t.watermarkTableArn },
        { Sid: "PublishAlerts", Effect: "Allow", Action: "sns:Publish", Resource: t.alertTopicArn },
        { Sid: "CancelUnfinishedExport", Effect: "Allow", Action: "rds:CancelExportTask", Resource: "*" },
        {
            Sid: "DeliverExecutionLogs", Effect: "Allow",
            Action: [
                "logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery", "logs:DeleteLogDelivery",
                "logs:ListLogDeliveries", "logs:PutResourcePolicy", "logs:DescribeResourcePolicies", "logs:DescribeLogGroups",
            ],
            Resource: "*",
        },
    ]);
}

export function schedulerPolicy(stateMachineArn: string): PolicyDocument {
    return doc([{ Sid: "StartScheduledRun", Effect: "Allow", Action: "states:StartExecution", Resource: stateMachineArn }]);
}

/** Lets CloudWatch alarms of this pipeline (and no other) publish to the alert topic. */
export function alertTopicPolicy(a: AccountContext, topicArn: string, alarmNamePrefix: string): PolicyDocument {
    return doc([{
        Sid: "AllowPipelineAlarms",
        Effect: "Allow",
        Principal: { Service: "cloudwatch.amazonaws.com" },
        Action: "sns:Publish",
        Resource: topicArn,
        Condition: {
            ArnLike: { "aws:SourceArn": `arn:${a.partition}:cloudwatch:${a.region}:${a.accountId}:alarm:${alarmNamePrefix}*` },
            StringEquals: { "aws:SourceAccount": a.accountId },
        },
    }, {
        // EventBridge rules named <pipeline>-* (the zero-ETL integration events) publish to the topic: an SNS target needs
        // a topic policy that admits events.amazonaws.com (EventBridge user guide, "Using resource-based policies for
        // Amazon EventBridge", Amazon SNS permissions).
        Sid: "AllowPipelineEvents",
        Effect: "Allow",
        Principal: { Service: "events.amazonaws.com" },
        Action: "sns:Publish",
        Resource: topicArn,
        Condition: {
            ArnLike: { "aws:SourceArn": `arn:${a.partition}:events:${a.region}:${a.accountId}:rule/${alarmNamePrefix}*` },
            StringEquals: { "aws:SourceAccount": a.accountId },
        },
    }]);
}

/**
 * The key statements the services that publish to an SSE-KMS alert topic need. The SNS developer guide ("Encryption at
 * rest": configuring AWS KMS permissions for AWS service event sources) grants kms:GenerateDataKey* and kms:Decrypt;
 * of the GenerateDataKey* family SNS calls GenerateDataKey only, and no policy here holds a partial wildcard, so it is named.
 */
export function alertTopicKeyStatements(): Statement[] {
    const actions = ["kms:Decrypt", "kms:GenerateDataKey"];
    return [
        { Sid: "CloudWatchPublishesToAlertTopic", Effect: "Allow", Principal: { Service: "cloudwatch.amazonaws.com" }, Action: actions, Resource: "*" },
        { Sid: "EventBridgePublishesToAlertTopic", Effect: "Allow", Principal: { Service: "events.amazonaws.com" }, Action: actions, Resource: "*" },
    ];
}

export interface KeyPrincipals {
    exportRoleArn: string;
    startExportRoleArn: string;
    prepareTableRoleArn: string;
    cleanupRoleArn: string;
    stateMachineRoleArn: string;
    /** Log group names (no ARN) the logs service may encrypt with the key; a trailing * is a prefix. */
    logGroupPatterns: string[];
}

/** Key administration without data access: the account can manage, rotate and delete the key, not read with it. */
export const KEY_ADMIN_ACTIONS = [
    "kms:CreateAlias", "kms:DeleteAlias", "kms:UpdateAlias", "kms:DescribeKey", "kms:EnableKey", "kms:DisableKey",
    "kms:EnableKeyRotation", "kms:DisableKeyRotation", "kms:GetKeyRotationStatus", "kms:ListKeyRotations", "kms:RotateKeyOnDemand",
    "kms:GetKeyPolicy", "kms:PutKeyPolicy", "kms:ListKeyPolicies", "kms:ListResourceTags", "kms:TagResource", "kms:UntagResource",
    "kms:UpdateKeyDescription", "kms:ScheduleKeyDeletion", "kms:CancelKeyDeletion", "kms:ListGrants", "kms:RevokeGrant",
];

/**
 * The key policy. Every principal gets its exact actions, and uses through a service are pinned with kms:ViaService.
 * Resource "*" in a key policy means "this key".
 */
export function keyPolicy(a: AccountContext, p: KeyPrincipals): PolicyDocument {
    const via = (...services: string[]) => services.map(s => `${s}.${a.region}.amazonaws.com`);
    const logsArn = (pattern: string) => `arn:${a.partition}:logs:${a.region}:${a.accountId}:log-group:${pattern}`;
    return doc([
        { Sid: "AccountAdministersKey", Effect: "Allow", Principal: { AWS: accountRootArn(a) }, Action: KEY_ADMIN_ACTIONS, Resource: "*" },
        // Creating the DynamoDB table makes DynamoDB take a grant; whoever deploys needs to be able to give it.
        {
            Sid: "AccountGrantsToDynamoDb", Effect: "Allow", Principal: { AWS: accountRootArn(a) },
            Action: ["kms:CreateGrant", "kms:DescribeKey"], Resource: "*",
            Condition: { StringEquals: { "kms:ViaService": via("dynamodb"), "kms:CallerAccount": a.accountId } },
        },
        // Analysts querying the master tables in Athena read S3 objects under this key; their IAM policy still decides.
        {
            Sid: "AccountReadsThroughS3", Effect: "Allow", Principal: { AWS: accountRootArn(a) },
            Action: ["kms:Decrypt", "kms:GenerateDataKey"], Resource: "*",
            Condition: { StringEquals: { "kms:ViaService": via("s3"), "kms:CallerAccount": a.accountId } },
        },
        {
            Sid: "RdsExportRoleWritesExport", Effect: "Allow", Principal: { AWS: p.exportRoleArn },
            Action: ["kms:Encrypt", "kms:Decrypt", "kms:ReEncryptFrom", "kms:ReEncryptTo", "kms:GenerateDataKey", "kms:GenerateDataKeyWithoutPlaintext", "kms:DescribeKey"],
            Resource: "*",
        },
        { Sid: "StartExportDescribesKey", Effect: "Allow", Principal: { AWS: p.startExportRoleArn }, Action: "kms:DescribeKey", Resource: "*" },
        {
            Sid: "StartExportGrantsToRds", Effect: "Allow", Principal: { AWS: p.startExportRoleArn }, Action: "kms:CreateGrant", Resource: "*",
            Condition: { Bool: { "kms:GrantIsForAWSResource": true } },
        },
        {
            Sid: "PrepareTableReadsExports", Effect: "Allow", Principal: { AWS: p.prepareTableRoleArn }, Action: "kms:Decrypt", Resource: "*",
            Condition: { StringEquals: { "kms:ViaService": via("s3") } },
        },
        {
            Sid: "CleanupReadsTableLoadResults", Effect: "Allow", Principal: { AWS: p.cleanupRoleArn }, Action: "kms:Decrypt", Resource: "*",
            Condition: { StringEquals: { "kms:ViaService": via("s3") } },
        },
        // Athena queries (S3), watermarks (DynamoDB) and alerts (SNS) all run with the state machine role.
        {
            Sid: "StateMachineUsesDataKey", Effect: "Allow", Principal: { AWS: p.stateMachineRoleArn },
            Action: ["kms:Decrypt", "kms:GenerateDataKey", "kms:Encrypt"], Resource: "*",
            Condition: { StringEquals: { "kms:ViaService": via("s3", "dynamodb", "sns") } },
        },
        {
            Sid: "LogsEncryptPipelineLogGroups", Effect: "Allow", Principal: { Service: `logs.${a.region}.amazonaws.com` },
            Action: ["kms:Encrypt", "kms:Decrypt", "kms:ReEncryptFrom", "kms:ReEncryptTo", "kms:GenerateDataKey", "kms:GenerateDataKeyWithoutPlaintext", "kms:DescribeKey"],
            Resource: "*",
            Condition: { ArnLike: { "kms:EncryptionContext:aws:logs:arn": p.logGroupPatterns.map(logsArn) } },
        },
        // CloudWatch alarms and EventBridge rules publish to the encrypted alert topic; its policy limits them to this pipeline's.
        ...alertTopicKeyStatements(),
    ]);
}
