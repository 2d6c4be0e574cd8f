// @ts-nocheck
// Lookup results for resources a user already owns, as the provider's get functions return them under mocks.
import { MockCallArgs } from "@pulumi/pulumi/runtime/mocks";

export const EXISTING_VPC = "vpc-0123456789abcdef0";
export const SUBNETS: Record<string, { vpcId: string; availabilityZone: string }> = {
    "subnet-0000000a": { vpcId: EXISTING_VPC, availabilityZone: "us-west-2a" },
    "subnet-0000000b": { vpcId: EXISTING_VPC, availabilityZone: "us-west-2b" },
    "subnet-0000000c": { vpcId: EXISTING_VPC, availabilityZone: "us-west-2c" },
    "subnet-0000000d": { vpcId: EXISTING_VPC, availabilityZone: "us-west-2a" },
    "subnet-0000000e": { vpcId: "vpc-0fffffffffffffff0", availabilityZone: "us-west-2d" },
};

export function existingNetwork(args: MockCallArgs): Record<string, any> | undefined {
    switch (args.token) {
        case "aws:ec2/getVpc:getVpc":
            return { id: args.inputs.id, cidrBlock: "172.31.0.0/16", enableDnsSupport: true, enableDnsHostnames: true };
        case "aws:ec2/getSubnet:getSubnet": {
            const s = SUBNETS[args.inputs.id];
            return { id: args.inputs.id, ...s };
        }
        case "aws:ec2/getRouteTables:getRouteTables": {
            const main = args.inputs.filters?.[0]?.name === "association.main";
            return { ids: main ? ["rtb-0main0000000000a"] : ["rtb-0sub00000000000b"], vpcId: args.inputs.vpcId };
        }
        default:
            return undefined;
    }
}

/** An existing, zero-ETL-ready cluster as aws.rds.getCluster returns it. */
export function existingCluster(args: MockCallArgs, overrides: Record<string, any> = {}): Record<string, any> | undefined {
    if (args.token !== "aws:rds/getCluster:getCluster") {
        return undefined;
    }
    return {
        id: args.inputs.clusterIdentifier,
        clusterIdentifier: args.inputs.clusterIdentifier,
        arn: `arn:aws:rds:us-west-2:123456789012:cluster:${args.inputs.clusterIdentifier}`,
        endpoint: `${args.inputs.clusterIdentifier}.cluster-xyz.us-west-2.rds.amazonaws.com`,
        readerEndpoint: `${args.inputs.clusterIdentifier}.cluster-ro-xyz.us-west-2.rds.amazonaws.com`,
        port: 3306,
        engine: "aurora-mysql",
        engineVersion: "8.0.mysql_aurora.3.08.2",
        dbClusterParameterGroupName: "prod-zeroetl-params",
        masterUserSecrets: [{ secretArn: "arn:aws:secretsmanager:us-west-2:123456789012:secret:rds!cluster-prod-XyZ", kmsKeyId: "k", secretStatus: "active" }],
        vpcSecurityGroupIds: ["sg-0prod00000000000a"],
        storageEncrypted: true,
        ...overrides,
    };
}

export const EXISTING_NAMESPACE_ARN = "arn:aws:redshift-serverless:us-west-2:123456789012:namespace/99999999-8888-7777-6666-555555555555";
export const ADMIN_SECRET_ARN = "arn:aws:secretsmanager:us-west-2:123456789012:secret:redshift-admin-AbCdEf";
export const ADMIN_SECRET_KEY_ARN = "arn:aws:kms:us-west-2:123456789012:key/0000aaaa-1111-2222-3333-444455556666";

/** An existing Redshift Serverless namespace `analytics` with workgroup `analytics-wg`, as the provider's lookups return them. */
export function existingRedshift(args: MockCallArgs, overrides: Record<string, any> = {}): Record<string, any> | undefined {
    switch (args.token) {
        case "aws:redshiftserverless/getNamespace:getNamespace":
            return {
                id: args.inputs.namespaceName,
                namespaceName: args.inputs.namespaceName,
                namespaceId: "99999999-8888-7777-6666-555555555555",
                arn: EXISTING_NAMESPACE_ARN,
                dbName: "dev",
                adminUsername: "admin",
                iamRoles: [], logExports: [], kmsKeyId: "AWS_OWNED_KMS_KEY", defaultIamRoleArn: "",
            };
        case "aws:redshiftserverless/getWorkgroup:getWorkgroup":
            return {
                id: args.inputs.workgroupName,
                workgroupName: args.inputs.workgroupName,
                workgroupId: "wg-1",
                namespaceName: "analytics",
                arn: "arn:aws:redshift-serverless:us-west-2:123456789012:workgroup/wg-1",
                endpoints: [{ address: `${args.inputs.workgroupName}.123456789012.us-west-2.redshift-serverless.amazonaws.com`, port: 5439, vpcEndpoints: [] }],
                publiclyAccessible: false, enhancedVpcRouting: false, securityGroupIds: ["sg-0rs000000000000a"], subnetIds: [], trackName: "current",
                ...overrides,
            };
        case "aws:secretsmanager/getSecret:getSecret":
            // DescribeSecret: the admin secret, encrypted with a customer-managed key.
            return { id: args.inputs.arn, arn: args.inputs.arn, name: "redshift-admin", kmsKeyId: ADMIN_SECRET_KEY_ARN, tags: {} };
        default:
            return undefined;
    }
}

/** DescribeDBClusters for an available cluster with an in-sync writer, as RDS returns it (DBClusterMember shape). */
export function readyClusterDescription(clusterIdentifier = "prod-db", overrides: Record<string, any> = {}): Record<string, any> {
    return {
        DBClusters: [{
            DBClusterIdentifier: clusterIdentifier,
            Status: "available",
            DBClusterMembers: [{ DBInstanceIdentifier: `${clusterIdentifier}-writer`, IsClusterWriter: true, DBClusterParameterGroupStatus: "in-sync", PromotionTier: 1 }],
            ...overrides,
        }],
    };
}

/** DescribeDBEngineVersions (IncludeAll) for a version AWS still offers. */
export function engineVersionDescription(engineVersion = "8.0.mysql_aurora.3.08.2", status = "available"): Record<string, any> {
    return { DBEngineVersions: [{ Engine: "aurora-mysql", EngineVersion: engineVersion, Status: status }] };
}
