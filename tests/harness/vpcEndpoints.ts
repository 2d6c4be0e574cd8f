// An existing VPC with no VPC endpoints yet, as EC2's DescribeVpcEndpoints answers for it (and an RDS client that answers
// nothing): the program then creates every endpoint it needs. Registers its mocha hooks in the calling describe block.
import { AwsStub, mockClient } from "aws-sdk-client-mock";
import { DescribeVpcEndpointsCommand, EC2Client } from "@aws-sdk/client-ec2";
import { RDSClient } from "@aws-sdk/client-rds";
import { MockCallArgs } from "@pulumi/pulumi/runtime/mocks";

import { EXISTING_VPC, existingCluster, existingNetwork } from "./fixtures";

/** Stack config for an existing cluster and an existing VPC, as the lookups in existingClusterAndNetwork answer them. */
export const EXISTING_CLUSTER_CONFIG = { dbClusterId: "prod-db" };
export const EXISTING_NETWORK_CONFIG = { vpcId: EXISTING_VPC, privateSubnetIds: ["subnet-0000000a", "subnet-0000000b", "subnet-0000000c"] };
export const existingClusterAndNetwork = (args: MockCallArgs) => existingNetwork(args) ?? existingCluster(args);

export function vpcWithoutEndpoints(): AwsStub<any, any, any> {
    const ec2 = mockClient(EC2Client);
    mockClient(RDSClient);
    beforeEach(() => {
        ec2.reset();
        ec2.on(DescribeVpcEndpointsCommand).resolves({ VpcEndpoints: [] });
    });
    after(() => ec2.restore());
    return ec2;
}
