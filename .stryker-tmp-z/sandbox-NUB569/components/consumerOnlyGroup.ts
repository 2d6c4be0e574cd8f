// @ts-nocheck
// A database security group that admits one port from the program consumer group and nothing else.
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

export interface ConsumerOnlyGroupArgs {
    vpcId: pulumi.Input<string>;
    consumerSecurityGroupId: pulumi.Input<string>;
    port: number;
    /** What listens on the port, e.g. "Aurora MySQL" or "Redshift Serverless". */
    service: string;
    /** Names the ingress rule: `<name>-<ruleSuffix>`. */
    ruleSuffix: string;
}

/** Creates the group and its single ingress rule as children of `parent`, named after `name`. */
export function consumerOnlyGroup(name: string, args: ConsumerOnlyGroupArgs, parent: pulumi.Resource): aws.ec2.SecurityGroup {
    const group = new aws.ec2.SecurityGroup(`${name}-sg`, {
        vpcId: args.vpcId,
        description: `aurora-analytics ${args.service}: ${args.port} from the aurora-analytics consumer group only`,
        tags: { Name: `${name}-sg` },
    }, { parent });
    new aws.vpc.SecurityGroupIngressRule(`${name}-${args.ruleSuffix}`, {
        securityGroupId: group.id,
        description: `${args.service} from aurora-analytics consumers`,
        ipProtocol: "tcp", fromPort: args.port, toPort: args.port,
        referencedSecurityGroupId: args.consumerSecurityGroupId,
    }, { parent });
    return group;
}
