// Zero-ETL from Aurora to Redshift Serverless: namespace policy, integration, and the target database with its settings.
import { createHash } from "crypto";
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

import { integrationStatusQuery } from "../sql/redshift/zeroEtlStatements";
import { bundleFunction, LAMBDA_RUNTIME } from "./lambdaBundle";
import { serviceTrustPolicy } from "./iamDocuments";

/** The declaration the policy pack reads on every integration (policy/README.md): the interval, known at preview. */
export const REFRESH_INTERVAL_TAG = "aurora-analytics:refresh-interval-seconds";
/** The invocation inputs the Lambda (functions/zeroEtl) and the policy pack understand (docs/zero-etl-database.md). */
export const DATABASE_KIND = "aurora-analytics:zero-etl-database";
export const NAMESPACE_POLICY_KIND = "aurora-analytics:zero-etl-namespace-policy";
const LOG_RETENTION_DAYS = 30;

export interface PolicyStatement {
    Sid: string;
    Effect: string;
    Principal: Record<string, string | string[]>;
    Action: string | string[];
    Resource?: string | string[];
    Condition?: Record<string, Record<string, string | string[]>>;
}

/**
 * Sids name the source cluster, so two stacks replicating two clusters into one namespace keep each other's statements.
 * IAM Sids are ASCII letters and digits only (IAM User Guide, "IAM JSON policy elements: Sid").
 */
export function sourceSidSuffix(clusterArn: string): string {
    const clusterId = clusterArn.split(":").pop() ?? "";
    const readable = clusterId.replace(/[^A-Za-z0-9]/g, "").slice(0, 40);
    const hash = createHash("sha256").update(clusterArn).digest("hex").slice(0, 8);
    return `${readable}${hash}`;
}

/** The two statements zero-ETL needs on the target namespace (Redshift Management Guide, "Configure authorization for your Amazon Redshift data warehouse"), scoped to one source cluster. */
export function zeroEtlPolicyStatements(namespaceArn: string, clusterArn: string, accountRootArn: string): PolicyStatement[] {
    const suffix = sourceSidSuffix(clusterArn);
    return [
        {
            Sid: `AuroraAnalyticsAuthorize${suffix}`,
            Effect: "Allow",
            Principal: { Service: "redshift.amazonaws.com" },
            Action: "redshift:AuthorizeInboundIntegration",
            Resource: namespaceArn,
            Condition: { StringEquals: { "aws:SourceArn": clusterArn } },
        },
        {
            Sid: `AuroraAnalyticsCreate${suffix}`,
            Effect: "Allow",
            Principal: { AWS: accountRootArn },
            Action: "redshift:CreateInboundIntegration",
            Resource: namespaceArn,
        },
    ];
}

export interface ZeroEtlArgs {
    /** Names the integration and the admin function. */
    name: string;
    clusterArn: pulumi.Input<string>;
    namespaceArn: pulumi.Input<string>;
    workgroupName: pulumi.Input<string>;
    workgroupArn: pulumi.Input<string>;
    /** Database Data API statements connect to (the namespace's default). */
    connectDatabase: pulumi.Input<string>;
    adminSecretArn: pulumi.Input<string>;
    /** The customer-managed key of the admin secret; undefined or "" for the AWS-managed key. */
    adminSecretKmsKeyArn?: pulumi.Input<string | undefined>;
    /** True when the namespace is the user's: our statements are merged into its policy and only they are removed. */
    existingNamespace: boolean;
    dataFilter: string;
    targetDatabase: string;
    refreshIntervalSeconds: number;
    acceptInvalidChars: boolean;
    truncateColumns: boolean;
    historyMode: boolean;
    readOnlyUsers?: readonly string[];
    /** Resources the integration must be created after (cluster, writer, namespace, workgroup). */
    dependsOn: pulumi.Resource[];
    /**
     * What names the target side in config (namespace, workgroup, admin secret). The permissions on that side live in a
     * role policy named after it, so a move creates the new side's policy and Pulumi deletes the old one only at the end
     * of the update, after the function has cleaned the old side up (resources gone from the program are deleted last).
     */
    targetKey?: string;
}

/** Statements that name the target side (workgroup, secret, its key, the namespace): they move with it. */
export const TARGET_SIDE_SIDS: readonly string[] = ["RunSqlOnWorkgroup", "ReadAdminSecret", "DecryptAdminSecret", "EditNamespacePolicy"];

/** The admin function's policy split into what stays (logs, own statements) and what belongs to the target side. */
export function splitAdminPolicy(policy: { Version: string; Statement: object[] }): { base: object; target: object } {
    const side = (st: object) => TARGET_SIDE_SIDS.includes((st as { Sid: string }).Sid);
    return {
        base: { Version: policy.Version, Statement: policy.Statement.filter(st => !side(st)) },
        target: { Version: policy.Version, Statement: policy.Statement.filter(side) },
    };
}

/** The target side's role policy name: a short hash of the side, so another side is another resource. */
export function targetPolicyName(name: string, targetKey: string): string {
    return `${name}-admin-target-${createHash("sha256").update(targetKey).digest("hex").slice(0, 8)}`;
}

export class ZeroEtl extends pulumi.ComponentResource {
    public readonly integrationArn: pulumi.Output<string>;
    public readonly integrationId: pulumi.Output<string>;
    public readonly targetDatabase: string;
    public readonly refreshIntervalSeconds: number;
    public readonly checkSyncQuery: string;
    public readonly integration: aws.rds.Integration;
    /** The CRUD invocation that creates, tunes and drops the target database. */
    public readonly database: aws.lambda.Invocation;
    public readonly adminFunctionName: pulumi.Output<string>;

    constructor(name: string, args: ZeroEtlArgs, opts?: pulumi.ComponentResourceOptions) {
        super("aurora-analytics:zeroEtl:ZeroEtl", name, {}, opts);
        const parent = { parent: this };

        const identity = aws.getCallerIdentityOutput({}, parent);
        const partition = aws.getPartitionOutput({}, parent).partition;
        const region = aws.getRegionOutput({}, parent).region;
        const accountRootArn = pulumi.interpolate`arn:${partition}:iam::${identity.accountId}:root`;
        const statements = pulumi.all([args.namespaceArn, args.clusterArn, accountRootArn])
            .apply(([namespaceArn, clusterArn, rootArn]) => zeroEtlPolicyStatements(namespaceArn, clusterArn, rootArn));

        // The admin function: runs the Data API SQL for the database and edits the policy of a namespace we don't own.
        const functionName = `${args.name}-zero-etl-admin`;
        const logGroup = new aws.cloudwatch.LogGroup(`${name}-admin-logs`, {
            name: `/aws/lambda/${functionName}`,
            retentionInDays: LOG_RETENTION_DAYS,
        }, parent);
        const role = new aws.iam.Role(`${name}-admin-role`, {
            assumeRolePolicy: identity.accountId.apply(account => JSON.stringify(serviceTrustPolicy("lambda.amazonaws.com", account))),
        }, parent);
        const policy = pulumi.all([logGroup.arn, args.workgroupArn, args.adminSecretArn, args.adminSecretKmsKeyArn, args.namespaceArn, region])
            .apply(([logGroupArn, workgroupArn, secretArn, secretKey, namespaceArn, r]) => splitAdminPolicy(adminFunctionPolicy({
                logGroupArn, workgroupArn, secretArn, secretKeyArn: secretKey || undefined, region: r,
                namespaceArn: args.existingNamespace ? namespaceArn : undefined,
            })));
        const basePolicy = new aws.iam.RolePolicy(`${name}-admin-policy`, {
            role: role.name,
            policy: policy.apply(p => JSON.stringify(p.base)),
        }, parent);
        const targetPolicy = new aws.iam.RolePolicy(targetPolicyName(name, args.targetKey ?? args.name), {
            role: role.name,
            policy: policy.apply(p => JSON.stringify(p.target)),
        }, parent);
        const rolePolicies = [basePolicy, targetPolicy];
        const fn = new aws.lambda.Function(`${name}-admin`, {
            name: functionName,
            description: `${args.name}: creates, tunes and drops the zero-ETL database`,
            role: role.arn,
            runtime: LAMBDA_RUNTIME,
            handler: "index.handler",
            code: bundleFunction("zeroEtl/index.ts"),
            architectures: ["arm64"],
            memorySize: 256,
            // CREATE DATABASE ... FROM INTEGRATION returns in seconds; the 15-minute cap leaves room for a busy workgroup.
            timeout: 900,
            loggingConfig: { logFormat: "Text", logGroup: logGroup.name },
        }, { parent: this, dependsOn: rolePolicies });
        this.adminFunctionName = fn.name;

        // The namespace policy: our own resource on a namespace we created; a merge by Sid on one the user owns.
        let namespacePolicy: pulumi.Resource;
        if (args.existingNamespace) {
            namespacePolicy = new aws.lambda.Invocation(`${name}-namespace-policy`, {
                functionName: fn.name,
                lifecycleScope: "CRUD",
                input: pulumi.jsonStringify({
                    kind: NAMESPACE_POLICY_KIND, version: 1, namespaceArn: args.namespaceArn, statements, sourceArn: args.clusterArn,
                }),
            }, { parent: this, dependsOn: rolePolicies });
        } else {
            namespacePolicy = new aws.redshift.ResourcePolicy(`${name}-namespace-policy`, {
                resourceArn: args.namespaceArn,
                policy: statements.apply(s => JSON.stringify({ Version: "2012-10-17", Statement: s })),
            }, parent);
        }

        this.integration = new aws.rds.Integration(`${name}-integration`, {
            integrationName: `${args.name}-zero-etl`,
            sourceArn: args.clusterArn,
            targetArn: args.namespaceArn,
            dataFilter: args.dataFilter,
            tags: { [REFRESH_INTERVAL_TAG]: String(args.refreshIntervalSeconds) },
        }, {
            parent: this,
            // Without the policy and a running writer, creation fails with "You don't have access to zero-ETL integrations".
            dependsOn: [...args.dependsOn, namespacePolicy],
            // A new source or target replaces the integration; its name must be free first (a second integration with
            // the same name or the same source and target is refused), so the old one goes before the new one is made.
            deleteBeforeReplace: true,
            // With the AWS-owned key AWS reads back a key ARN the program never set (aws_rds_integration docs).
            ignoreChanges: ["kmsKeyId"],
        });

        const targetDatabase = args.targetDatabase;
        this.database = new aws.lambda.Invocation(`${name}-database`, {
            functionName: fn.name,
            // CRUD: a changed input is an update (prev_input tells what changed), delete drops the database, refresh is a no-op
            // (internal/service/lambda/invocation.go).
            lifecycleScope: "CRUD",
            input: pulumi.jsonStringify({
                kind: DATABASE_KIND,
                version: 1,
                integrationId: this.integration.integrationIdentifier,
                integrationArn: this.integration.arn,
                namespaceArn: args.namespaceArn,
                workgroupName: args.workgroupName,
                connectDatabase: args.connectDatabase,
                secretArn: args.adminSecretArn,
                database: targetDatabase,
                refreshIntervalSeconds: args.refreshIntervalSeconds,
                acceptInvalidChars: args.acceptInvalidChars,
                truncateColumns: args.truncateColumns,
                historyMode: args.historyMode,
                readOnlyUsers: [...(args.readOnlyUsers ?? [])],
                // The function records this owner in the database itself (COMMENT ON DATABASE) and plans from that record,
                // never from prev_input, which the provider overwrites even when the function failed (issue #43447).
                owner: `${pulumi.getProject()}/${pulumi.getStack()}`,
            }),
        }, { parent: this, dependsOn: [this.integration, ...rolePolicies] });

        this.integrationArn = this.integration.arn;
        this.integrationId = this.integration.integrationIdentifier;
        this.targetDatabase = targetDatabase;
        this.refreshIntervalSeconds = args.refreshIntervalSeconds;
        this.checkSyncQuery = integrationStatusQuery(targetDatabase);

        this.registerOutputs({
            integrationArn: this.integrationArn,
            integrationId: this.integrationId,
            targetDatabase: this.targetDatabase,
            refreshIntervalSeconds: this.refreshIntervalSeconds,
            checkSyncQuery: this.checkSyncQuery,
            adminFunctionName: this.adminFunctionName,
        });
    }
}

/** Actions the admin function holds on "*", each with the reason AWS gives (Service Authorization Reference). */
export const ZERO_ETL_WILDCARD_ACTIONS: Readonly<Record<string, string>> = Object.freeze({
    "redshift-data:DescribeStatement": "Redshift Data API statement actions have no resource type; limited to own statements by condition",
    "redshift-data:GetStatementResult": "Redshift Data API statement actions have no resource type; limited to own statements by condition",
    "rds:DescribeIntegrations": "lists integrations without an identifier (List access); the function keeps only the one from this stack's cluster",
});

export interface AdminPolicyInputs {
    logGroupArn: string;
    workgroupArn: string;
    secretArn: string;
    secretKeyArn?: string;
    region: string;
    /** Set for a namespace the user owns: the function edits its resource policy. */
    namespaceArn?: string;
}

/** Least privilege for the admin function (Service Authorization Reference: Redshift Data API, Redshift, Secrets Manager). */
export function adminFunctionPolicy(p: AdminPolicyInputs): { Version: string; Statement: object[] } {
    const statements: object[] = [
        { Sid: "WriteOwnLogGroup", Effect: "Allow", Action: ["logs:CreateLogStream", "logs:PutLogEvents"], Resource: `${p.logGroupArn}:*` },
        { Sid: "RunSqlOnWorkgroup", Effect: "Allow", Action: "redshift-data:ExecuteStatement", Resource: p.workgroupArn },
        {
            // DescribeStatement and GetStatementResult have no resource type; the condition limits them to own statements.
            Sid: "ReadOwnStatements",
            Effect: "Allow",
            Action: ["redshift-data:DescribeStatement", "redshift-data:GetStatementResult"],
            Resource: "*",
            Condition: { StringEquals: { "redshift-data:statement-owner-iam-userid": "${aws:userid}" } },
        },
        { Sid: "ReadAdminSecret", Effect: "Allow", Action: "secretsmanager:GetSecretValue", Resource: p.secretArn },
    ];
    if (p.secretKeyArn !== undefined) {
        statements.push({
            Sid: "DecryptAdminSecret",
            Effect: "Allow",
            Action: "kms:Decrypt",
            Resource: p.secretKeyArn,
            Condition: { StringEquals: { "kms:ViaService": `secretsmanager.${p.region}.amazonaws.com` } },
        });
    }
    if (p.namespaceArn !== undefined) {
        statements.push({
            Sid: "EditNamespacePolicy",
            Effect: "Allow",
            Action: ["redshift:GetResourcePolicy", "redshift:PutResourcePolicy", "redshift:DeleteResourcePolicy"],
            Resource: p.namespaceArn,
        });
        // A superseded policy invocation's delete keeps the statements while the integration still exists.
        statements.push({ Sid: "SeeIntegrations", Effect: "Allow", Action: "rds:DescribeIntegrations", Resource: "*" });
    }
    return { Version: "2012-10-17", Statement: statements };
}
