// What the stack creates that bills by the hour or month whether or not anything runs: read from the same decisions the
// program makes (components/analytics.ts), so the estimate counts exactly the resources `pulumi up` creates.
import type { StackConfig } from "../../components/config";
import { WRITER_SCALING } from "../../components/aurora";
import { interfaceEndpointServices, networkNeeds, NEW_VPC_AVAILABILITY_ZONES } from "../../components/network";

export type FixedCostConfig = Pick<StackConfig, "zeroEtl" | "athenaPipeline" | "dbClusterId" | "vpcId" | "privateSubnetIds" | "vpcEndpoints"
    | "sampleData" | "bastion" | "redshiftNamespace" | "redshiftWorkgroup">;

export interface InterfaceEndpoints {
    readonly services: readonly string[];
    /** Availability zones, one endpoint network interface each. */
    readonly zones: number;
    /** An existing VPC: the stack creates only the endpoints it lacks, so `services` is the most it creates. */
    readonly atMost: boolean;
}

export interface FixedResources {
    /** The Serverless v2 writer of a cluster this stack creates; undefined on an existing cluster (the user's cost). */
    readonly writer?: { readonly minCapacity: number; readonly maxCapacity: number };
    readonly interfaceEndpoints?: InterfaceEndpoints;
    /** What each KMS customer managed key the stack creates protects, in the order the program creates them. */
    readonly kmsKeys: readonly string[];
    readonly bastion: boolean;
}

export function fixedResources(config: FixedCostConfig): FixedResources {
    const newCluster = config.dbClusterId === undefined;
    const newWorkgroup = config.zeroEtl && (config.redshiftNamespace === undefined || config.redshiftWorkgroup === undefined);
    const needs = networkNeeds({ newCluster, newWorkgroup, sampleData: config.sampleData, bastion: config.bastion, vpcEndpoints: config.vpcEndpoints });
    const kmsKeys = [
        // components/aurora.ts: a new cluster's storage and master secret.
        ...(newCluster ? ["Aurora cluster"] : []),
        // components/redshift.ts: a new namespace and its admin secret.
        ...(newWorkgroup ? ["Redshift namespace"] : []),
        // components/zeroEtlHealth.ts: its own alert topic's key, only without the pipeline's topic.
        ...(config.zeroEtl && !config.athenaPipeline ? ["zero-ETL alerts"] : []),
        // components/athena/index.ts: exports, masters, results, watermarks, alerts and logs.
        ...(config.athenaPipeline ? ["Athena pipeline"] : []),
        // components/sampleData/index.ts: the sample data files.
        ...(config.sampleData ? ["sample data"] : []),
    ];
    let interfaceEndpoints: InterfaceEndpoints | undefined;
    if (needs.network && needs.endpoints) {
        // A new VPC spans NEW_VPC_AVAILABILITY_ZONES; in an existing one the endpoints take one subnet per zone of
        // privateSubnetIds (components/network.ts onePerZone), at most one zone per subnet.
        interfaceEndpoints = config.vpcId === undefined
            ? { services: interfaceEndpointServices(config.bastion), zones: NEW_VPC_AVAILABILITY_ZONES, atMost: false }
            : { services: interfaceEndpointServices(config.bastion), zones: config.privateSubnetIds.length, atMost: true };
    }
    return {
        ...(newCluster ? { writer: { ...WRITER_SCALING } } : {}),
        ...(interfaceEndpoints !== undefined ? { interfaceEndpoints } : {}),
        kmsKeys,
        bastion: config.bastion,
    };
}
