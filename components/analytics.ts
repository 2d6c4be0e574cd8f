// Builds the whole system from the typed stack config: network, Aurora source, and the two analytics paths.
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

import { StackConfig } from "./config";
import { Network, networkNeeds } from "./network";
import { AuroraSource } from "./aurora";
import { RedshiftTarget } from "./redshift";
import { ZeroEtl } from "./zeroEtl";
import { ZeroEtlHealth } from "./zeroEtlHealth";
import { ZeroEtlWatch } from "./zeroEtlWatch";
import { OperationsDashboard, OperationsDashboardArgs } from "./dashboard";
import { registerCostAllocationTags } from "./costTags";
import { Bastion } from "./bastion";
import { SampleData } from "./sampleData";
import { AthenaPipeline } from "./athena";
import { QuickSight } from "./quicksight";
import { ManagedSecret, requireManagedSecret } from "./masterSecret";

/** Stack outputs, as index.ts exports them. */
export type AnalyticsOutputs = Record<string, pulumi.Input<unknown>>;

export function createAnalytics(config: StackConfig): AnalyticsOutputs {
    // Before any resource: every taggable resource the stack creates names the project and the stack (Cost Explorer).
    registerCostAllocationTags(config.stackName);

    const needs = networkNeeds({
        newCluster: config.dbClusterId === undefined,
        newWorkgroup: config.zeroEtl && (config.redshiftNamespace === undefined || config.redshiftWorkgroup === undefined),
        sampleData: config.sampleData,
        bastion: config.bastion,
        vpcEndpoints: config.vpcEndpoints,
    });
    // No VPC, lookup or endpoint when nothing runs in one (the Athena pipeline alone on an existing cluster).
    if (!needs.network && (config.vpcId !== undefined || config.privateSubnetIds.length > 0)) {
        void pulumi.log.warn(unusedNetworkWarning(config.vpcId));
    }
    const network = needs.network ? new Network("network", {
        vpcId: config.vpcId,
        privateSubnetIds: config.privateSubnetIds,
        vpcEndpoints: needs.endpoints,
        bastion: config.bastion,
    }) : undefined;

    const aurora = new AuroraSource("aurora", {
        dbClusterId: config.dbClusterId,
        dbName: config.dbName,
        engineVersion: config.auroraEngineVersion,
        deletionProtection: config.deletionProtection,
        forceDestroy: config.forceDestroy,
        snapshotPrefix: config.pipelineName,
        zeroEtl: config.zeroEtl,
        vpcId: network?.vpcId,
        privateSubnetIds: network?.privateSubnetIds,
        consumerSecurityGroupId: network?.consumerSecurityGroupId,
    });

    const outputs: AnalyticsOutputs = {
        ...(network === undefined ? {} : {
            vpcId: network.vpcId,
            privateSubnetIds: network.privateSubnetIds,
            consumerSecurityGroupId: network.consumerSecurityGroupId,
            vpcEndpointsCreated: network.vpcEndpointsCreated,
            vpcEndpointsFound: network.vpcEndpointsFound,
        }),
        auroraClusterArn: aurora.clusterArn,
        auroraClusterIdentifier: aurora.clusterIdentifier,
        auroraEndpoint: aurora.endpoint,
        auroraPort: aurora.port,
        auroraMasterSecretArn: aurora.masterSecretArn,
        auroraSecurityGroupId: aurora.securityGroupId,
        pipelineName: config.pipelineName,
    };

    // The loader and the bastion log in with the master secret; an existing cluster without one stops here, with the fix.
    let consumerSecret: pulumi.Output<ManagedSecret> | undefined;
    if (config.sampleData || config.bastion) {
        consumerSecret = aurora.created
            ? pulumi.all([aurora.masterSecretArn, aurora.kmsKeyArn!]).apply(([secretArn, kmsKeyArn]) => ({ secretArn, kmsKeyArn }))
            : pulumi.all([aurora.masterUserSecrets, aws.getPartitionOutput().partition, aws.getRegionOutput().region, aws.getCallerIdentityOutput().accountId])
                .apply(([secrets, partition, region, accountId]) => requireManagedSecret(config.dbClusterId!, secrets, { partition, region, accountId }));
    }
    if (consumerSecret !== undefined) {
        // The same secret, checked: a missing one fails the stack's outputs as well as the consumers that need it.
        outputs.auroraMasterSecretArn = consumerSecret.secretArn;
    }

    if (config.sampleData) {
        const sampleData = new SampleData("sample-data", {
            dbName: config.dbName,
            existingCluster: !aurora.created,
            dbHost: aurora.endpoint,
            dbPort: aurora.port,
            masterSecretArn: consumerSecret!.secretArn,
            masterSecretKmsKeyArn: consumerSecret!.kmsKeyArn,
            privateSubnetIds: network!.privateSubnetIds,
            consumerSecurityGroupId: network!.consumerSecurityGroupId,
            forceDestroy: config.forceDestroy,
            waitFor: aurora.consumerMysqlRules.apply(rules => [...aurora.integrationDependencies, ...network!.vpcEndpoints, ...rules]),
        });
        Object.assign(outputs, {
            sampleDataBucketName: sampleData.bucketName,
            sampleDataRowCounts: sampleData.rowCounts,
        });
    }

    if (config.bastion) {
        const bastion = new Bastion("bastion", {
            subnetId: network!.privateSubnetIds.apply(ids => ids[0]),
            securityGroupId: network!.consumerSecurityGroupId,
            masterSecretArn: consumerSecret!.secretArn,
            masterSecretKmsKeyArn: consumerSecret!.kmsKeyArn,
            dbEndpoint: aurora.endpoint,
            dbPort: aurora.port,
            waitFor: aurora.consumerMysqlRules.apply(rules => [...network!.vpcEndpoints, ...rules]),
        });
        Object.assign(outputs, {
            bastionInstanceId: bastion.instanceId,
            bastionStartSessionCommand: bastion.startSessionCommand,
            bastionMysqlCommand: bastion.mysqlCommand,
        });
    }

    // Set when zero-ETL is on: its health alarms go to the pipeline's alert topic, so they are built after the pipeline.
    let zeroEtlHealthArgs: { integrationId: pulumi.Output<string>; targetDatabase: string } | undefined;
    let watchTarget: { redshift: RedshiftTarget; integrationId: pulumi.Output<string> } | undefined;
    const dashboard: Omit<OperationsDashboardArgs, "name"> = {};
    let pipelineAlertTopicArn: pulumi.Output<string> | undefined;

    // Redshift exists only to receive zero-ETL; with zeroEtl off nothing Redshift is created or looked up.
    if (config.zeroEtl) {
        const redshift = new RedshiftTarget("redshift", {
            namespaceName: config.redshiftNamespace,
            workgroupName: config.redshiftWorkgroup,
            adminSecretArn: config.redshiftAdminSecretArn,
            name: config.pipelineName,
            baseCapacity: config.redshiftBaseCapacity,
            maxCapacity: config.redshiftMaxCapacity,
            usageLimit: {
                amount: config.redshiftUsageLimitRpuHours,
                period: config.redshiftUsageLimitPeriod,
                breachAction: config.redshiftUsageLimitBreachAction,
            },
            zeroEtl: config.zeroEtl,
            vpcId: network?.vpcId,
            privateSubnetIds: network?.privateSubnetIds,
            consumerSecurityGroupId: network?.consumerSecurityGroupId,
        });
        const zeroEtl = new ZeroEtl("zero-etl", {
            name: config.pipelineName,
            clusterArn: aurora.clusterArn,
            namespaceArn: redshift.namespaceArn,
            workgroupName: redshift.workgroupName,
            workgroupArn: redshift.workgroupArn,
            connectDatabase: redshift.defaultDatabase,
            adminSecretArn: redshift.adminSecretArn,
            adminSecretKmsKeyArn: redshift.adminSecretKmsKeyArn,
            existingNamespace: !redshift.created,
            dataFilter: config.zeroEtlDataFilter,
            targetDatabase: config.zeroEtlDatabase,
            refreshIntervalSeconds: config.refreshIntervalSeconds!,
            acceptInvalidChars: config.zeroEtlAcceptInvalidChars,
            truncateColumns: config.zeroEtlTruncateColumns,
            historyMode: config.zeroEtlHistoryMode,
            readOnlyUsers: config.redshiftReadOnlyUsers,
            dependsOn: [...aurora.integrationDependencies, ...redshift.integrationDependencies],
            // A new namespace is named after the pipeline; an existing one by its namespace, workgroup and secret.
            targetKey: JSON.stringify([config.redshiftNamespace ?? `new:${config.pipelineName}`, config.redshiftWorkgroup ?? `new:${config.pipelineName}`,
                config.redshiftAdminSecretArn ?? `new:${config.pipelineName}`]),
        });
        Object.assign(outputs, {
            redshiftNamespaceName: redshift.namespaceName,
            redshiftNamespaceArn: redshift.namespaceArn,
            redshiftNamespaceId: redshift.namespaceId,
            redshiftWorkgroupName: redshift.workgroupName,
            redshiftWorkgroupEndpoint: redshift.workgroupEndpoint,
            redshiftAdminSecretArn: redshift.adminSecretArn,
            redshiftDefaultDatabase: redshift.defaultDatabase,
            redshiftUsageLimits: redshift.usageLimits,
            zeroEtlIntegrationArn: zeroEtl.integrationArn,
            zeroEtlIntegrationId: zeroEtl.integrationId,
            zeroEtlDatabase: zeroEtl.targetDatabase,
            zeroEtlDataFilter: config.zeroEtlDataFilter,
            zeroEtlRefreshIntervalSeconds: zeroEtl.refreshIntervalSeconds,
            zeroEtlCheckSyncQuery: zeroEtl.checkSyncQuery,
            zeroEtlAdminFunctionName: zeroEtl.adminFunctionName,
        });
        zeroEtlHealthArgs = { integrationId: zeroEtl.integrationId, targetDatabase: config.zeroEtlDatabase };
        watchTarget = { redshift, integrationId: zeroEtl.integrationId };
        dashboard.zeroEtl = {
            integrationId: zeroEtl.integrationId,
            workgroupName: redshift.workgroupName,
            // An existing workgroup's cap is the user's: the dashboard draws only what this stack set.
            ...(redshift.created ? {
                maxCapacity: config.redshiftMaxCapacity,
                usageLimit: { amount: config.redshiftUsageLimitRpuHours, period: config.redshiftUsageLimitPeriod },
            } : {}),
        };
    }

    // --- athena pipeline (begin) ---
    if (config.athenaPipeline) {
        const athena = new AthenaPipeline("athena-pipeline", {
            pipelineName: config.pipelineName,
            clusterArn: aurora.clusterArn,
            dbName: config.dbName,
            tables: config.tables,
            loadSchedule: config.loadSchedule,
            fullSyncSchedule: config.fullSyncSchedule,
            backupRetentionDays: config.backupRetentionDays,
            exportTimeoutMinutes: config.exportTimeoutMinutes,
            diffOverlapSeconds: config.diffOverlapSeconds,
            bytesScannedCutoffPerQuery: config.athenaBytesScannedCutoff,
            alertEmail: config.alertEmail,
            forceDestroy: config.forceDestroy,
        });
        Object.assign(outputs, {
            athenaStateMachineArn: athena.stateMachineArn,
            athenaGlueDatabase: athena.glueDatabase,
            athenaWorkgroup: athena.workgroupName,
            athenaRawBucket: athena.rawBucketName,
            athenaMasterBucket: athena.masterBucketName,
            athenaResultsBucket: athena.resultsBucketName,
            athenaWatermarkTable: athena.watermarkTableName,
            athenaAlertTopicArn: athena.alertTopicArn,
            athenaStartRunCommand: athena.startRunCommand,
        });
        pipelineAlertTopicArn = athena.alertTopicArn;
        dashboard.pipeline = { stateMachineArn: athena.stateMachineArn, athenaWorkgroup: athena.workgroupName };

        if (config.quicksightPrincipalArn !== undefined) {
            const partition = aws.getPartitionOutput().partition;
            const bucketArn = (name: pulumi.Output<string>) => pulumi.interpolate`arn:${partition}:s3:::${name}`;
            const quicksight = new QuickSight("quicksight", {
                name: config.pipelineName,
                principalArn: config.quicksightPrincipalArn,
                athenaWorkgroupName: athena.workgroupName,
                glueDatabase: athena.glueDatabase,
                kmsKeyArn: athena.kmsKeyArn,
                readBucketArns: [bucketArn(athena.masterBucketName)],
                resultsBucketArn: bucketArn(athena.resultsBucketName),
                // Sample tables have known columns; datasets for other tables need their columns at deploy time.
                sampleTables: config.sampleData ? config.tables.map(t => t.name) : [],
            });
            Object.assign(outputs, {
                quicksightDataSourceArn: quicksight.dataSourceArn,
                quicksightDataSetArns: quicksight.dataSetArns,
                ...(quicksight.dataSetsNote !== undefined ? { quicksightDataSetsNote: quicksight.dataSetsNote } : {}),
            });
        }
    }
    // --- athena pipeline (end) ---

    if (zeroEtlHealthArgs !== undefined) {
        const health = new ZeroEtlHealth("zero-etl-health", {
            name: config.pipelineName,
            ...zeroEtlHealthArgs,
            refreshIntervalSeconds: config.refreshIntervalSeconds!,
            lagAlarmMultiple: config.zeroEtlLagAlarmMultiple,
            alertTopicArn: pipelineAlertTopicArn,
            alertEmail: config.alertEmail,
        });
        Object.assign(outputs, {
            zeroEtlAlertTopicArn: health.alertTopicArn,
            zeroEtlAlarmNames: health.alarmNames,
            zeroEtlConsoleUrl: health.consoleUrl,
            zeroEtlFailedTablesQuery: health.failedTablesQuery,
        });
        const w = watchTarget!;
        const watch = new ZeroEtlWatch("zero-etl-watch", {
            name: config.pipelineName,
            workgroupName: w.redshift.workgroupName,
            workgroupArn: w.redshift.workgroupArn,
            connectDatabase: w.redshift.defaultDatabase,
            adminSecretArn: w.redshift.adminSecretArn,
            adminSecretKmsKeyArn: w.redshift.adminSecretKmsKeyArn,
            ownIntegrationId: w.integrationId,
            ownDatabase: config.zeroEtlDatabase,
            refreshIntervalSeconds: config.refreshIntervalSeconds!,
            restoreInterval: config.zeroEtlRestoreInterval,
            schedule: config.zeroEtlWatchSchedule,
            alertTopicArn: health.alertTopicArn,
        });
        Object.assign(outputs, {
            zeroEtlWatchFunctionName: watch.functionName,
            zeroEtlWatchAlarmNames: watch.alarmNames,
        });
    }

    if (dashboard.zeroEtl !== undefined || dashboard.pipeline !== undefined) {
        const board = new OperationsDashboard("operations", { name: config.pipelineName, ...dashboard });
        outputs.dashboardUrl = board.url;
    }

    return outputs;
}

/** Nothing this stack creates runs in a VPC, so a configured one is neither looked up nor touched. */
export function unusedNetworkWarning(vpcId: string | undefined): string {
    return `${vpcId === undefined ? "privateSubnetIds is" : `vpcId ${vpcId} and privateSubnetIds are`} not used: nothing this stack ` +
        "creates runs in a VPC (the cluster exists, zero-ETL creates no workgroup, and neither sampleData nor bastion is on), so " +
        "the VPC is not looked up; " +
        "remove them with `pulumi config rm vpcId` and `pulumi config rm privateSubnetIds`, or turn on bastion to use the VPC.";
}
