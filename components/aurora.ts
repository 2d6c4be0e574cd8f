// The Aurora MySQL source: a new zero-ETL-ready cluster, or the user's cluster looked up and checked, never changed.
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import {
    DBClusterMember, DescribeDBClusterParametersCommand, DescribeDBClustersCommand, DescribeDBEngineVersionsCommand, DescribeIntegrationsCommand,
    Parameter, RDSClient,
} from "@aws-sdk/client-rds";

import { rotatingKey } from "./iamDocuments";
import { compareAuroraVersions, MIN_AURORA_VERSION } from "./config";
import { consumerOnlyGroup } from "./consumerOnlyGroup";
import { MasterUserSecretFacts } from "./masterSecret";

/** Cluster parameters zero-ETL requires (Aurora User Guide, "Getting started with Aurora zero-ETL integrations": custom DB cluster parameter group), in the order AWS documents them. */
export const ZERO_ETL_BINLOG_PARAMETERS: ReadonlyArray<{ name: string; value: string; applyMethod: "immediate" | "pending-reboot" }> = [
    // Static parameters must use pending-reboot; the group is attached when the cluster is created, so no reboot is needed.
    { name: "aurora_enhanced_binlog", value: "1", applyMethod: "pending-reboot" },
    { name: "binlog_backup", value: "0", applyMethod: "pending-reboot" },
    { name: "binlog_format", value: "ROW", applyMethod: "pending-reboot" },
    { name: "binlog_replication_globaldb", value: "0", applyMethod: "pending-reboot" },
    { name: "binlog_row_image", value: "full", applyMethod: "pending-reboot" },
    { name: "binlog_row_metadata", value: "full", applyMethod: "pending-reboot" },
];

export interface AuroraSourceArgs {
    /** An existing cluster identifier; when absent a new cluster is created. */
    dbClusterId?: string;
    dbName: string;
    engineVersion: string;
    deletionProtection: boolean;
    /** With forceDestroy the cluster is deleted without a final snapshot. */
    forceDestroy: boolean;
    /** Names the final snapshot `<snapshotPrefix>-aurora-final-<key>`: see finalSnapshotIdentifier. */
    snapshotPrefix: string;
    /** Check an existing cluster's parameters for zero-ETL before anything depends on it. */
    zeroEtl: boolean;
    /** The network; required when the cluster is created, absent when nothing of this program runs in a VPC. */
    vpcId?: pulumi.Input<string>;
    privateSubnetIds?: pulumi.Input<pulumi.Input<string>[]>;
    /** The only security group admitted on 3306; without it no consumer rule is made (no consumer exists). */
    consumerSecurityGroupId?: pulumi.Input<string>;
}

/** Lists each zero-ETL parameter that is missing or wrong, as a fix-it line; empty when the group is ready. */
export function zeroEtlParameterProblems(parameters: readonly Parameter[]): string[] {
    const byName = new Map(parameters.map(p => [p.ParameterName ?? "", p]));
    const problems: string[] = [];
    for (const wanted of ZERO_ETL_BINLOG_PARAMETERS) {
        const actual = byName.get(wanted.name)?.ParameterValue;
        if (actual === undefined || actual === null || actual === "") {
            problems.push(`${wanted.name} is not set (needs ${wanted.value})`);
        } else if (actual.toLowerCase() !== wanted.value.toLowerCase()) {
            problems.push(`${wanted.name} is ${actual} (needs ${wanted.value})`);
        }
    }
    const compression = byName.get("binlog_transaction_compression")?.ParameterValue;
    if (compression !== undefined && ["1", "on"].includes(compression.toLowerCase())) {
        problems.push(`binlog_transaction_compression is ${compression} (needs OFF)`);
    }
    const valueOptions = byName.get("binlog_row_value_options")?.ParameterValue;
    if (valueOptions !== undefined && valueOptions.toUpperCase() === "PARTIAL_JSON") {
        problems.push("binlog_row_value_options is PARTIAL_JSON (needs to be empty)");
    }
    return problems;
}

/** Reads every parameter of a cluster parameter group, following pagination. */
export async function describeClusterParameters(client: RDSClient, groupName: string): Promise<Parameter[]> {
    const all: Parameter[] = [];
    let marker: string | undefined;
    do {
        const page = await client.send(new DescribeDBClusterParametersCommand({ DBClusterParameterGroupName: groupName, Marker: marker }));
        all.push(...(page.Parameters ?? []));
        marker = page.Marker;
    } while (marker);
    return all;
}

/**
 * The final snapshot's name: `<prefix>-aurora-final-<first 8 alphanumerics of the cluster's KMS key id>`.
 * Snapshot identifiers are unique per account and region, so a fixed name makes the second destroy of a stack fail
 * (DBClusterSnapshotAlreadyExists). The key id is a UUID AWS assigns when the key is created with the cluster and
 * never changes while the key lives: stable across `pulumi up`s, new for every create-destroy cycle.
 * DeleteDBCluster FinalDBSnapshotIdentifier: 1 to 255 letters, digits, hyphens; a letter first; no trailing hyphen or `--`.
 */
export function finalSnapshotIdentifier(prefix: string, keyId: string): string {
    return `${prefix}-aurora-final-${keyId.replace(/[^A-Za-z0-9]/g, "").slice(0, 8).toLowerCase()}`;
}

export interface ExistingClusterFacts {
    clusterIdentifier: string;
    /** Set to look for an integration from this cluster: once one exists, problems warn instead of stopping the deploy. */
    clusterArn?: string;
    engine: string;
    engineVersion: string;
    parameterGroupName: string;
}

/** What DescribeDBClusters says about the cluster's life: its status and its instances. */
export interface ClusterStateFacts {
    status: string;
    members: readonly DBClusterMember[];
}

/** Reads the cluster's status and members (DescribeDBClusters, one cluster by identifier). */
export async function describeClusterState(client: RDSClient, clusterIdentifier: string): Promise<ClusterStateFacts> {
    const response = await client.send(new DescribeDBClustersCommand({ DBClusterIdentifier: clusterIdentifier }));
    const cluster = response?.DBClusters?.[0];
    return { status: cluster?.Status ?? "not found", members: cluster?.DBClusterMembers ?? [] };
}

/**
 * The engine version's status, `available` or `deprecated` (DescribeDBEngineVersions API reference, DBEngineVersion.Status).
 * IncludeAll is needed: without it AWS lists only available versions. Follows pagination.
 */
export async function describeEngineVersionStatus(client: RDSClient, engine: string, engineVersion: string): Promise<string | undefined> {
    let marker: string | undefined;
    do {
        const page = await client.send(new DescribeDBEngineVersionsCommand({ Engine: engine, EngineVersion: engineVersion, IncludeAll: true, Marker: marker }));
        const found = (page?.DBEngineVersions ?? []).find(v => v.EngineVersion === engineVersion);
        if (found !== undefined) {
            return found.Status;
        }
        marker = page?.Marker;
    } while (marker);
    return undefined;
}

/**
 * The cluster-state problems zero-ETL fails on, each with its fix: not `available`, no writer, a member whose
 * DBClusterParameterGroupStatus is not `in-sync` (values set but not applied still fail the integration;
 * DBClusterMember API reference; values as in DBParameterGroupStatus: applying, failed-to-apply, in-sync,
 * pending-database-upgrade, pending-reboot), and an engine version AWS has deprecated.
 */
export function clusterStateProblems(clusterIdentifier: string, state: ClusterStateFacts, engineVersion: string, engineVersionStatus: string | undefined):
    { problems: string[]; fixes: string[] } {
    const problems: string[] = [];
    const fixes: string[] = [];
    if (state.status !== "available") {
        problems.push(`its status is ${state.status} (needs available)`);
        fixes.push(`wait until \`aws rds describe-db-clusters --db-cluster-identifier ${clusterIdentifier} --query 'DBClusters[0].Status'\` shows available`);
    }
    if (!state.members.some(m => m.IsClusterWriter === true)) {
        problems.push("it has no writer instance");
        fixes.push(`add one with \`aws rds create-db-instance --db-cluster-identifier ${clusterIdentifier} --db-instance-identifier ${clusterIdentifier}-writer --db-instance-class db.serverless --engine aurora-mysql\``);
    }
    const outOfSync = state.members.filter(m => m.DBClusterParameterGroupStatus !== "in-sync");
    for (const m of outOfSync) {
        problems.push(`instance ${m.DBInstanceIdentifier} has parameter group status ${m.DBClusterParameterGroupStatus ?? "unknown"} (needs in-sync)`);
    }
    if (outOfSync.length > 0) {
        fixes.push(`reboot ${outOfSync.map(m => `\`aws rds reboot-db-instance --db-instance-identifier ${m.DBInstanceIdentifier}\``).join(" and ")}`);
    }
    if (engineVersionStatus !== "available") {
        problems.push(engineVersionStatus === undefined
            ? `engine version ${engineVersion} is not listed by DescribeDBEngineVersions`
            : `engine version ${engineVersion} is ${engineVersionStatus} (needs available for a new integration)`);
        fixes.push(`upgrade with \`aws rds modify-db-cluster --db-cluster-identifier ${clusterIdentifier} --engine-version <a newer 8.0.mysql_aurora.3 version> --apply-immediately\``);
    }
    return { problems, fixes };
}

const PARAMETER_GROUP_FIX = "use a custom cluster parameter group (family aurora-mysql8.0) with " +
    ZERO_ETL_BINLOG_PARAMETERS.map(p => `${p.name}=${p.value}`).join(", ") + ", attach it to the cluster, reboot the writer instance";

/**
 * Whether a zero-ETL integration from the cluster exists (RDS DescribeIntegrations, every page; one being deleted does not
 * count; Integration.Status values: RDS API reference, "Integration").
 */
export async function integrationFromCluster(client: RDSClient, clusterArn: string): Promise<boolean> {
    let marker: string | undefined;
    do {
        const page = await client.send(new DescribeIntegrationsCommand({ ...(marker ? { Marker: marker } : {}) }));
        if ((page?.Integrations ?? []).some(i => i.SourceArn === clusterArn && i.Status !== "deleting")) return true;
        marker = page?.Marker;
    } while (marker);
    return false;
}

/**
 * The zero-ETL preflight for a cluster the user owns: throws one RunError that lists every problem and how to fix it.
 * Readiness is enforced before the integration exists; once it does, the same problems only warn (a cluster that is
 * backing-up, modifying or upgrading must not block every deploy of the stack). Never changes the cluster.
 */
export async function preflightExistingCluster(client: RDSClient, cluster: ExistingClusterFacts,
    warn: (message: string) => void = message => { void pulumi.log.warn(message); }): Promise<void> {
    const problems: string[] = [];
    const fixes: string[] = [];
    let versionTooOld = false;
    if (cluster.engine !== "aurora-mysql") {
        problems.push(`engine is ${cluster.engine} (needs aurora-mysql)`);
        versionTooOld = true;
    } else if (!/^8\.0\.mysql_aurora\.3\.\d{2}\.\d+$/.test(cluster.engineVersion) ||
        compareAuroraVersions(cluster.engineVersion, MIN_AURORA_VERSION) < 0) {
        problems.push(`engine version is ${cluster.engineVersion} (needs ${MIN_AURORA_VERSION} or newer)`);
        versionTooOld = true;
    }
    if (!versionTooOld) {
        const state = await describeClusterState(client, cluster.clusterIdentifier);
        const versionStatus = await describeEngineVersionStatus(client, cluster.engine, cluster.engineVersion);
        const found = clusterStateProblems(cluster.clusterIdentifier, state, cluster.engineVersion, versionStatus);
        problems.push(...found.problems);
        fixes.push(...found.fixes);
    }
    let parameterProblem = versionTooOld;
    if (cluster.parameterGroupName.startsWith("default.")) {
        problems.push(`it uses the default parameter group ${cluster.parameterGroupName}, which cannot hold the zero-ETL binlog settings`);
        parameterProblem = true;
    } else if (!versionTooOld) {
        const parameterProblems = zeroEtlParameterProblems(await describeClusterParameters(client, cluster.parameterGroupName));
        problems.push(...parameterProblems);
        parameterProblem = parameterProblems.length > 0;
    }
    if (parameterProblem) {
        fixes.push(PARAMETER_GROUP_FIX);
    }
    if (problems.length > 0 && cluster.clusterArn !== undefined && await integrationFromCluster(client, cluster.clusterArn)) {
        warn(`Aurora cluster ${cluster.clusterIdentifier} is not ready for zero-ETL: ${problems.join("; ")}. ` +
            `Its zero-ETL integration already exists, so this deploy goes on; if replication stops, fix: ${fixes.join("; ")}.`);
        return;
    }
    if (problems.length > 0) {
        throw new pulumi.RunError(
            `Aurora cluster ${cluster.clusterIdentifier} is not ready for zero-ETL: ${problems.join("; ")}. ` +
            `Fix: ${fixes.join("; ")}, and run \`pulumi up\` again; or set \`pulumi config set zeroEtl false\`.`);
    }
}

/** The Serverless v2 capacity range of the writer a new cluster gets (npm run cost bills its ACU-hours). */
export const WRITER_SCALING = Object.freeze({ minCapacity: 0.5, maxCapacity: 4 });

export class AuroraSource extends pulumi.ComponentResource {
    public readonly clusterArn: pulumi.Output<string>;
    public readonly clusterIdentifier: pulumi.Output<string>;
    public readonly endpoint: pulumi.Output<string>;
    public readonly port: pulumi.Output<number>;
    public readonly masterSecretArn: pulumi.Output<string>;
    /** The security group that admits MySQL clients: ours for a new cluster, the cluster's first for an existing one. */
    public readonly securityGroupId: pulumi.Output<string>;
    /** Resources an integration must wait for (cluster and writer); empty for an existing cluster. */
    public readonly integrationDependencies: pulumi.Resource[];
    /** The KMS key of a new cluster (its storage and master secret); undefined for an existing cluster. */
    public readonly kmsKeyArn?: pulumi.Output<string>;
    /** MasterUserSecret as RDS reports it (secret ARN and KMS key id); empty when RDS does not manage the password. */
    public readonly masterUserSecrets: pulumi.Output<MasterUserSecretFacts[]>;
    /** The consumers' MySQL egress rules, one per security group of the cluster: wait for them before connecting. */
    public readonly consumerMysqlRules: pulumi.Output<pulumi.Resource[]>;
    public readonly created: boolean;

    constructor(name: string, args: AuroraSourceArgs, opts?: pulumi.ComponentResourceOptions) {
        super("aurora-analytics:aurora:AuroraSource", name, {}, opts);

        let extraRules: pulumi.Output<pulumi.Resource[]> = pulumi.output([]);
        if (args.dbClusterId === undefined) {
            if (args.vpcId === undefined || args.privateSubnetIds === undefined || args.consumerSecurityGroupId === undefined) {
                throw new Error("AuroraSource: a new cluster needs vpcId, privateSubnetIds and consumerSecurityGroupId");
            }
            this.created = true;
            const key = rotatingKey(`${name}-key`, { description: "aurora-analytics: Aurora storage and master secret" }, { parent: this });
            this.kmsKeyArn = key.arn;

            const parameterGroup = new aws.rds.ClusterParameterGroup(`${name}-params`, {
                family: "aurora-mysql8.0",
                description: "aurora-analytics: binlog settings required by zero-ETL",
                parameters: ZERO_ETL_BINLOG_PARAMETERS.map(p => ({ ...p })),
            }, { parent: this });

            const subnetGroup = new aws.rds.SubnetGroup(`${name}-subnets`, {
                description: "aurora-analytics: private subnets",
                subnetIds: args.privateSubnetIds,
            }, { parent: this });

            const securityGroup = consumerOnlyGroup(name, {
                vpcId: args.vpcId, consumerSecurityGroupId: args.consumerSecurityGroupId,
                port: 3306, service: "Aurora MySQL", ruleSuffix: "mysql-from-consumers",
            }, this);

            const cluster = new aws.rds.Cluster(`${name}-cluster`, {
                engine: "aurora-mysql",
                engineMode: "provisioned",
                engineVersion: args.engineVersion,
                databaseName: args.dbName,
                masterUsername: "admin",
                manageMasterUserPassword: true,
                masterUserSecretKmsKeyId: key.arn,
                storageEncrypted: true,
                kmsKeyId: key.arn,
                dbClusterParameterGroupName: parameterGroup.name,
                dbSubnetGroupName: subnetGroup.name,
                vpcSecurityGroupIds: [securityGroup.id],
                serverlessv2ScalingConfiguration: { ...WRITER_SCALING },
                backupRetentionPeriod: 7,
                preferredBackupWindow: "17:00-18:00",
                copyTagsToSnapshot: true,
                deletionProtection: args.deletionProtection,
                skipFinalSnapshot: args.forceDestroy,
                finalSnapshotIdentifier: args.forceDestroy ? undefined : key.keyId.apply(id => finalSnapshotIdentifier(args.snapshotPrefix, id)),
                enabledCloudwatchLogsExports: ["error", "slowquery"],
            }, { parent: this });

            const writer = new aws.rds.ClusterInstance(`${name}-writer`, {
                clusterIdentifier: cluster.id,
                instanceClass: "db.serverless",
                engine: "aurora-mysql",
                engineVersion: cluster.engineVersion,
                dbSubnetGroupName: subnetGroup.name,
                publiclyAccessible: false,
                // LTS versions should not drift to a non-LTS minor version on their own.
                autoMinorVersionUpgrade: false,
            }, { parent: this });

            this.clusterArn = cluster.arn;
            this.clusterIdentifier = cluster.clusterIdentifier;
            this.endpoint = cluster.endpoint;
            this.port = cluster.port;
            this.masterSecretArn = cluster.masterUserSecrets.apply(secrets => secrets?.[0]?.secretArn ?? "");
            this.securityGroupId = securityGroup.id;
            this.masterUserSecrets = cluster.masterUserSecrets.apply(secrets => secrets ?? []);
            this.integrationDependencies = [cluster, writer];
        } else {
            this.created = false;
            const clusterId = args.dbClusterId;
            const existing = aws.rds.getClusterOutput({ clusterIdentifier: clusterId }, { parent: this });
            const region = aws.getRegionOutput({}, { parent: this }).region;

            // The ARN is released only after the preflight passes, so whatever uses it (the integration) waits for it.
            this.clusterArn = pulumi.all([existing, region]).apply(async ([c, r]) => {
                if (args.zeroEtl) {
                    await preflightExistingCluster(new RDSClient({ region: r }), {
                        clusterIdentifier: c.clusterIdentifier,
                        clusterArn: c.arn,
                        engine: c.engine,
                        engineVersion: c.engineVersion,
                        parameterGroupName: c.dbClusterParameterGroupName,
                    });
                }
                return c.arn;
            });
            this.clusterIdentifier = existing.clusterIdentifier;
            this.endpoint = existing.endpoint;
            this.port = existing.port;
            this.masterSecretArn = existing.masterUserSecrets.apply(secrets => secrets?.[0]?.secretArn ?? "");
            this.securityGroupId = existing.vpcSecurityGroupIds.apply(ids => ids[0] ?? "");
            this.masterUserSecrets = existing.masterUserSecrets.apply(secrets => secrets ?? []);
            this.integrationDependencies = [];
            // The rule below reaches the first group; an existing cluster may admit MySQL through any of its groups.
            // The lookup resolves during preview as well, so these rules show in the plan.
            const consumers = args.consumerSecurityGroupId;
            extraRules = consumers === undefined ? pulumi.output([]) : existing.vpcSecurityGroupIds.apply(ids => ids.slice(1).map(id => new aws.vpc.SecurityGroupEgressRule(`${name}-consumers-to-mysql-${id}`, {
                securityGroupId: consumers,
                description: "MySQL from aurora-analytics consumers to the Aurora cluster",
                ipProtocol: "tcp", fromPort: 3306, toPort: 3306,
                referencedSecurityGroupId: id,
            }, { parent: this })));
        }

        // Consumers may open MySQL connections to the cluster's group and nowhere else on 3306; no consumers, no rule.
        if (args.consumerSecurityGroupId === undefined) {
            this.consumerMysqlRules = pulumi.output([]);
        } else {
            const firstRule = new aws.vpc.SecurityGroupEgressRule(`${name}-consumers-to-mysql`, {
                securityGroupId: args.consumerSecurityGroupId,
                description: "MySQL from aurora-analytics consumers to the Aurora cluster",
                ipProtocol: "tcp", fromPort: 3306, toPort: 3306,
                referencedSecurityGroupId: this.securityGroupId,
            }, { parent: this });
            this.consumerMysqlRules = extraRules.apply(rules => [firstRule, ...rules]);
        }

        this.registerOutputs({
            clusterArn: this.clusterArn,
            clusterIdentifier: this.clusterIdentifier,
            endpoint: this.endpoint,
            port: this.port,
            masterSecretArn: this.masterSecretArn,
            securityGroupId: this.securityGroupId,
        });
    }
}
