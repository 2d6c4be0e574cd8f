// A zero-ETL stack of fake resources, shaped like the program's registrations at preview of a first deploy.
import { FakeResource, UNKNOWN } from "./helpers";

export const T = {
    integration: "aws:rds/integration:Integration",
    invocation: "aws:lambda/invocation:Invocation",
    fn: "aws:lambda/function:Function",
    statement: "aws:redshiftdata/statement:Statement",
    namespace: "aws:redshiftserverless/namespace:Namespace",
    workgroup: "aws:redshiftserverless/workgroup:Workgroup",
    cluster: "aws:rds/cluster:Cluster",
    instance: "aws:rds/clusterInstance:ClusterInstance",
    parameterGroup: "aws:rds/clusterParameterGroup:ClusterParameterGroup",
    resourcePolicy: "aws:redshift/resourcePolicy:ResourcePolicy",
};

export const BINLOG_PARAMETERS = [
    { name: "aurora_enhanced_binlog", value: "1", applyMethod: "pending-reboot" },
    { name: "binlog_backup", value: "0", applyMethod: "pending-reboot" },
    { name: "binlog_format", value: "ROW", applyMethod: "pending-reboot" },
    { name: "binlog_replication_globaldb", value: "0", applyMethod: "pending-reboot" },
    { name: "binlog_row_image", value: "full", applyMethod: "pending-reboot" },
    { name: "binlog_row_metadata", value: "full", applyMethod: "pending-reboot" },
];

export const ALTER_SQL = `ALTER DATABASE "zeroetl_db" INTEGRATION SET REFRESH_INTERVAL 3600`;
export const TAG = "aurora-analytics:refresh-interval-seconds";
export const INTEGRATION_ID = "11111111-2222-3333-4444-555555555555";

/**
 * A YAML CloudFormation template with one AWS::RDS::Integration written in short-form tags (its target a parameter), and
 * `tags` (the Tags block, or "") after its other properties.
 */
export function cfnIntegrationYaml(tags: string): string {
    return [
        "AWSTemplateFormatVersion: '2010-09-09'",
        "Parameters:",
        "  Target: {Type: String}",
        "Resources:",
        "  Zero:",
        "    Type: AWS::RDS::Integration",
        "    Properties:",
        "      IntegrationName: !Sub '${AWS::StackName}-zero-etl'",
        "      SourceArn: !GetAtt Aurora.DBClusterArn",
        "      TargetArn: !Ref Target",
        tags,
    ].join("\n");
}
/** The Tags block of cfnIntegrationYaml that declares `seconds`. */
export const cfnYamlTags = (seconds: string) => `      Tags:\n        - Key: ${TAG}\n          Value: ${seconds}`;

/**
 * Cluster -> integration -> Redshift Serverless, with the CREATE DATABASE statement (SQL unknown: it embeds the
 * integration id) and the ALTER ... REFRESH_INTERVAL statement that depends only on the CREATE one: the form of a
 * program that uses aws.redshiftdata.Statement. The integration declares 3600 s in its tag.
 */
export function statementStack(prefix = "dev"): FakeResource[] {
    const n = (s: string) => `${prefix}-${s}`;
    return [
        { type: T.parameterGroup, name: n("binlog"), props: { name: UNKNOWN, family: "aurora-mysql8.0", parameters: BINLOG_PARAMETERS } },
        {
            type: T.cluster, name: n("aurora"),
            props: { engine: "aurora-mysql", engineVersion: "8.0.mysql_aurora.3.10.3", storageEncrypted: true, kmsKeyId: UNKNOWN, dbClusterParameterGroupName: UNKNOWN },
            propertyDependencies: { dbClusterParameterGroupName: [n("binlog")] },
        },
        { type: T.instance, name: n("aurora-writer"), props: { engine: "aurora-mysql", clusterIdentifier: UNKNOWN, publiclyAccessible: false }, propertyDependencies: { clusterIdentifier: [n("aurora")] } },
        { type: T.namespace, name: n("namespace"), props: { namespaceName: `${prefix}-ns`, kmsKeyId: UNKNOWN } },
        {
            type: T.workgroup, name: n("workgroup"),
            props: {
                namespaceName: `${prefix}-ns`, workgroupName: `${prefix}-wg`, baseCapacity: 8, publiclyAccessible: false,
                configParameters: [{ parameterKey: "enable_case_sensitive_identifier", parameterValue: "true" }],
            },
            propertyDependencies: { namespaceName: [n("namespace")] },
        },
        // The spend cap redshift-serverless-usage-limit looks for (issue 19), as this program declares it.
        {
            type: "aws:redshiftserverless/usageLimit:UsageLimit", name: n("usage-limit"),
            props: { resourceArn: UNKNOWN, usageType: "serverless-compute", amount: 24, period: "daily", breachAction: "emit-metric" },
            propertyDependencies: { resourceArn: [n("workgroup")] },
        },
        { type: T.resourcePolicy, name: n("namespace-policy"), props: { resourceArn: UNKNOWN, policy: UNKNOWN }, propertyDependencies: { resourceArn: [n("namespace")] } },
        {
            type: T.integration, name: n("integration"),
            props: { integrationName: `${prefix}-zero-etl`, sourceArn: UNKNOWN, targetArn: UNKNOWN, dataFilter: "include: demodb.*", kmsKeyId: UNKNOWN, tags: { [TAG]: "3600" } },
            propertyDependencies: { sourceArn: [n("aurora")], targetArn: [n("namespace")] },
            dependsOn: [n("aurora-writer"), n("workgroup"), n("namespace-policy")],
        },
        {
            type: T.statement, name: n("create-database"),
            props: { workgroupName: `${prefix}-wg`, database: "dev", sql: UNKNOWN },
            propertyDependencies: { sql: [n("integration")], workgroupName: [n("workgroup")] },
        },
        {
            type: T.statement, name: n("refresh-interval"),
            props: { workgroupName: `${prefix}-wg`, database: "dev", sql: ALTER_SQL },
            dependsOn: [n("create-database")],
            propertyDependencies: { workgroupName: [n("workgroup")] },
        },
    ];
}

/** The input of the aws.lambda.Invocation that creates the zero-ETL database (docs/zero-etl-database.md, v1). */
export function databaseInput(prefix = "dev", overrides: Record<string, unknown> = {}): string {
    return JSON.stringify({
        kind: "aurora-analytics:zero-etl-database", version: 1,
        integrationId: INTEGRATION_ID,
        integrationArn: `arn:aws:rds:us-west-2:123456789012:integration:${INTEGRATION_ID}`,
        namespaceArn: `arn:aws:redshift-serverless:us-west-2:123456789012:namespace/${prefix}`,
        workgroupName: `${prefix}-wg`, connectDatabase: "dev",
        secretArn: "arn:aws:secretsmanager:us-west-2:123456789012:secret:redshift!ns-admin-AbCdEf",
        database: "zeroetl_db", refreshIntervalSeconds: 3600,
        acceptInvalidChars: true, truncateColumns: true, historyMode: false, readOnlyUsers: [],
        ...overrides,
    });
}

/**
 * This program's form (docs/zero-etl-database.md): the statements replaced by the database Lambda behind an
 * aws.lambda.Invocation whose input (unknown at the first preview) depends on the integration, the workgroup and the namespace.
 */
export function zeroEtlStack(prefix = "dev"): FakeResource[] {
    const n = (s: string) => `${prefix}-${s}`;
    return [
        ...without(statementStack(prefix), n("create-database"), n("refresh-interval")),
        { type: T.fn, name: n("database-fn"), props: { runtime: "nodejs22.x", role: UNKNOWN } },
        {
            type: T.invocation, name: n("database"),
            props: { functionName: UNKNOWN, input: UNKNOWN, lifecycleScope: "CRUD" },
            propertyDependencies: { functionName: [n("database-fn")], input: [n("integration"), n("workgroup"), n("namespace")] },
        },
    ];
}

/**
 * The same stack as AnalyzeStack sees it at the end of an update or at a later preview: outputs known (the
 * integration's id and ARNs, the invocation's input).
 */
export function deployed(stack: FakeResource[], prefix = "dev", input: Record<string, unknown> = {}): FakeResource[] {
    return stack.map(r => {
        if (r.name === `${prefix}-integration`) {
            return { ...r, props: {
                ...r.props, integrationIdentifier: INTEGRATION_ID, arn: `arn:aws:rds:us-west-2:123456789012:integration:${INTEGRATION_ID}`,
                sourceArn: `arn:aws:rds:us-west-2:123456789012:cluster:${prefix}-aurora`,
                targetArn: `arn:aws:redshift-serverless:us-west-2:123456789012:namespace/${prefix}`,
            } };
        }
        if (r.name === `${prefix}-namespace`) {
            return { ...r, props: { ...r.props, arn: `arn:aws:redshift-serverless:us-west-2:123456789012:namespace/${prefix}` } };
        }
        if (r.name === `${prefix}-database`) {
            return { ...r, props: { ...r.props, functionName: `${prefix}-database-fn`, input: databaseInput(prefix, input) } };
        }
        return r;
    });
}

/** The same stack with one resource's props changed (merged shallowly). */
export function withProps(stack: FakeResource[], name: string, props: Record<string, unknown>): FakeResource[] {
    if (!stack.some(r => r.name === name)) {
        throw new Error(`no fake resource ${name}`);
    }
    return stack.map(r => (r.name === name ? { ...r, props: { ...r.props, ...props } } : r));
}

export function without(stack: FakeResource[], ...names: string[]): FakeResource[] {
    return stack.filter(r => !names.includes(r.name)).map(r => ({
        ...r,
        dependsOn: r.dependsOn?.filter(d => !names.includes(d)),
    }));
}
