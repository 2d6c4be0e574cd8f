// @ts-nocheck
// Zero-ETL from Aurora to Redshift Serverless: resource policy, integration, target database and its refresh interval.
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import { GetResourcePolicyCommand, RedshiftClient } from "@aws-sdk/client-redshift";

import { createDatabaseFromIntegration, integrationStatusQuery, setRefreshInterval } from "../sql/redshift/zeroEtlStatements";

export const AUTHORIZE_SID = "AuroraAnalyticsAuthorizeInboundIntegration";
export const CREATE_SID = "AuroraAnalyticsCreateInboundIntegration";

export interface PolicyStatement {
    Sid?: string;
    Effect: string;
    Principal: Record<string, string | string[]>;
    Action: string | string[];
    Resource?: string | string[];
    Condition?: Record<string, Record<string, string | string[]>>;
}

export interface PolicyDocument {
    Version: string;
    Statement: PolicyStatement[];
}

/** The two statements zero-ETL needs on the target namespace (FACTS.md), scoped to one source cluster. */
export function zeroEtlPolicyStatements(namespaceArn: string, clusterArn: string, accountRootArn: string): PolicyStatement[] {
    return [
        {
            Sid: AUTHORIZE_SID,
            Effect: "Allow",
            Principal: { Service: "redshift.amazonaws.com" },
            Action: "redshift:AuthorizeInboundIntegration",
            Resource: namespaceArn,
            Condition: { StringEquals: { "aws:SourceArn": clusterArn } },
        },
        {
            Sid: CREATE_SID,
            Effect: "Allow",
            Principal: { AWS: accountRootArn },
            Action: "redshift:CreateInboundIntegration",
            Resource: namespaceArn,
        },
    ];
}

/**
 * PutResourcePolicy replaces the whole policy, so a policy the namespace already has is kept: its statements stay,
 * ours (recognized by Sid, so re-runs do not pile up copies) are replaced.
 */
export function mergeResourcePolicy(existing: string | undefined, ours: PolicyStatement[]): string {
    let kept: PolicyStatement[] = [];
    if (existing !== undefined && existing.trim() !== "") {
        const parsed = JSON.parse(existing) as Partial<PolicyDocument>;
        const statements = Array.isArray(parsed.Statement) ? parsed.Statement : parsed.Statement ? [parsed.Statement] : [];
        const ourSids = new Set(ours.map(s => s.Sid));
        kept = statements.filter(s => !ourSids.has(s.Sid));
    }
    return JSON.stringify({ Version: "2012-10-17", Statement: [...kept, ...ours] });
}

/** Reads a namespace's current resource policy; undefined when it has none. */
export async function readResourcePolicy(client: RedshiftClient, resourceArn: string): Promise<string | undefined> {
    try {
        const response = await client.send(new GetResourcePolicyCommand({ ResourceArn: resourceArn }));
        return response.ResourcePolicy?.Policy;
    } catch (err) {
        if (err instanceof Error && /NotFound/.test(err.name)) {
            return undefined;
        }
        throw err;
    }
}

export interface ZeroEtlArgs {
    /** Names the integration. */
    name: string;
    clusterArn: pulumi.Input<string>;
    namespaceArn: pulumi.Input<string>;
    workgroupName: pulumi.Input<string>;
    /** Database Data API statements connect to (the namespace's default). */
    connectDatabase: pulumi.Input<string>;
    adminSecretArn: pulumi.Input<string>;
    /** True when the namespace is the user's: merge with its policy and keep ours on destroy. */
    existingNamespace: boolean;
    dataFilter: string;
    targetDatabase: string;
    refreshIntervalSeconds: number;
    /** Resources the integration must be created after (cluster, writer, namespace, workgroup). */
    dependsOn: pulumi.Resource[];
}

export class ZeroEtl extends pulumi.ComponentResource {
    public readonly integrationArn: pulumi.Output<string>;
    public readonly integrationId: pulumi.Output<string>;
    public readonly targetDatabase: string;
    public readonly refreshIntervalSeconds: number;
    public readonly checkSyncQuery: string;
    public readonly resourcePolicy: aws.redshift.ResourcePolicy;
    public readonly integration: aws.rds.Integration;
    public readonly createDatabase: aws.redshiftdata.Statement;
    public readonly refreshInterval: aws.redshiftdata.Statement;

    constructor(name: string, args: ZeroEtlArgs, opts?: pulumi.ComponentResourceOptions) {
        super("aurora-analytics:zeroEtl:ZeroEtl", name, {}, opts);

        const identity = aws.getCallerIdentityOutput({}, { parent: this });
        const partition = aws.getPartitionOutput({}, { parent: this }).partition;
        const region = aws.getRegionOutput({}, { parent: this }).region;
        const accountRootArn = pulumi.interpolate`arn:${partition}:iam::${identity.accountId}:root`;

        const policy = pulumi.all([args.namespaceArn, args.clusterArn, accountRootArn, region]).apply(
            async ([namespaceArn, clusterArn, rootArn, r]) => {
                const ours = zeroEtlPolicyStatements(namespaceArn, clusterArn, rootArn);
                const existing = args.existingNamespace ? await readResourcePolicy(new RedshiftClient({ region: r }), namespaceArn) : undefined;
                return mergeResourcePolicy(existing, ours);
            });

        this.resourcePolicy = new aws.redshift.ResourcePolicy(`${name}-namespace-policy`, {
            resourceArn: args.namespaceArn,
            policy,
        }, {
            parent: this,
            // On a namespace the user owns, the merged policy holds their statements too: never delete it.
            retainOnDelete: args.existingNamespace,
        });

        this.integration = new aws.rds.Integration(`${name}-integration`, {
            integrationName: `${args.name}-zero-etl`,
            sourceArn: args.clusterArn,
            targetArn: args.namespaceArn,
            dataFilter: args.dataFilter,
        }, {
            parent: this,
            // Without the policy and a running writer, creation fails with "You don't have access to zero-ETL integrations".
            dependsOn: [...args.dependsOn, this.resourcePolicy],
        });

        const targetDatabase = args.targetDatabase;
        this.createDatabase = new aws.redshiftdata.Statement(`${name}-create-database`, {
            workgroupName: args.workgroupName,
            database: args.connectDatabase,
            secretArn: args.adminSecretArn,
            sql: this.integration.integrationIdentifier.apply(id => createDatabaseFromIntegration(targetDatabase, id)),
        }, {
            parent: this,
            dependsOn: [this.integration],
            // After 24 hours the Data API forgets a statement and a refresh reads it back as an empty stub. Every input
            // forces replacement, so without this the next `pulumi up` would run CREATE DATABASE a second time.
            ignoreChanges: ["sql", "database", "workgroupName", "secretArn", "dbUser", "clusterIdentifier", "statementName", "withEvent", "parameters"],
        });

        // Built from config alone, so the refresh interval is known (and checkable by policy) at preview.
        this.refreshInterval = new aws.redshiftdata.Statement(`${name}-refresh-interval`, {
            workgroupName: args.workgroupName,
            database: args.connectDatabase,
            secretArn: args.adminSecretArn,
            sql: setRefreshInterval(targetDatabase, args.refreshIntervalSeconds),
        }, { parent: this, dependsOn: [this.createDatabase] });

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
        });
    }
}
