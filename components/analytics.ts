// Builds the whole system from the typed stack config: network, Aurora source, and the two analytics paths.
import * as pulumi from "@pulumi/pulumi";

import { StackConfig } from "./config";
import { Network } from "./network";
import { AuroraSource } from "./aurora";

/** Stack outputs, as index.ts exports them. */
export type AnalyticsOutputs = Record<string, pulumi.Input<unknown>>;

export function createAnalytics(config: StackConfig): AnalyticsOutputs {
    const network = new Network("network", {
        vpcId: config.vpcId,
        privateSubnetIds: config.privateSubnetIds,
        vpcEndpoints: config.vpcEndpoints,
        bastion: config.bastion,
    });

    const aurora = new AuroraSource("aurora", {
        dbClusterId: config.dbClusterId,
        dbName: config.dbName,
        engineVersion: config.auroraEngineVersion,
        deletionProtection: config.deletionProtection,
        forceDestroy: config.forceDestroy,
        zeroEtl: config.zeroEtl,
        vpcId: network.vpcId,
        privateSubnetIds: network.privateSubnetIds,
        consumerSecurityGroupId: network.consumerSecurityGroupId,
    });

    return {
        vpcId: network.vpcId,
        privateSubnetIds: network.privateSubnetIds,
        consumerSecurityGroupId: network.consumerSecurityGroupId,
        auroraClusterArn: aurora.clusterArn,
        auroraClusterIdentifier: aurora.clusterIdentifier,
        auroraEndpoint: aurora.endpoint,
        auroraPort: aurora.port,
        auroraMasterSecretArn: aurora.masterSecretArn,
        auroraSecurityGroupId: aurora.securityGroupId,
        pipelineName: config.pipelineName,
    };
}
