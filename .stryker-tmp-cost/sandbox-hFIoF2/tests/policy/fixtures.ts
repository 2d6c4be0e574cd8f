// @ts-nocheck
// A zero-ETL stack of fake resources, shaped like the program's registrations at preview of a first deploy.
import { FakeResource, UNKNOWN } from "./helpers";

export const T = {
    integration: "aws:rds/integration:Integration",
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

/**
 * Cluster -> integration -> Redshift Serverless, with the CREATE DATABASE statement (SQL unknown: it embeds the
 * integration id) and the ALTER ... REFRESH_INTERVAL statement that depends only on the CREATE one.
 */
export function zeroEtlStack(prefix = "dev"): FakeResource[] {
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
                namespaceName: `${prefix}-ns`, baseCapacity: 8, publiclyAccessible: false,
                configParameters: [{ parameterKey: "enable_case_sensitive_identifier", parameterValue: "true" }],
            },
            propertyDependencies: { namespaceName: [n("namespace")] },
        },
        { type: T.resourcePolicy, name: n("namespace-policy"), props: { resourceArn: UNKNOWN, policy: UNKNOWN }, propertyDependencies: { resourceArn: [n("namespace")] } },
        {
            type: T.integration, name: n("integration"),
            props: { integrationName: `${prefix}-zero-etl`, sourceArn: UNKNOWN, targetArn: UNKNOWN, dataFilter: "include: demodb.*", kmsKeyId: UNKNOWN },
            propertyDependencies: { sourceArn: [n("aurora")], targetArn: [n("namespace")] },
            dependsOn: [n("aurora-writer"), n("workgroup"), n("namespace-policy")],
        },
        {
            type: T.statement, name: n("create-database"),
            props: { workgroupName: `${prefix}-wg`, database: "dev", sql: UNKNOWN },
            propertyDependencies: { sql: [n("integration")] },
        },
        {
            type: T.statement, name: n("refresh-interval"),
            props: { workgroupName: `${prefix}-wg`, database: "dev", sql: ALTER_SQL },
            dependsOn: [n("create-database")],
        },
    ];
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
