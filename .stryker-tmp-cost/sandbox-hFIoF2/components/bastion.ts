// @ts-nocheck
// An optional SSM-only EC2 host with the mysql client: no SSH key, no public IP, no inbound rule.
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

import { serviceTrustPolicy } from "./iamDocuments";

export interface BastionArgs {
    subnetId: pulumi.Input<string>;
    /** The consumer group: the only group the database admits. */
    securityGroupId: pulumi.Input<string>;
    masterSecretArn: pulumi.Input<string>;
    /** The key that encrypts the master secret, when this program created it. */
    masterSecretKmsKeyArn?: pulumi.Input<string>;
    dbEndpoint: pulumi.Input<string>;
    dbPort: pulumi.Input<number>;
}

/** Installs the MariaDB client from the Amazon Linux 2023 repositories, which are served from S3 (gateway endpoint). */
export const BASTION_USER_DATA = "#!/bin/bash\nset -euo pipefail\ndnf install -y mariadb105\n";

export class Bastion extends pulumi.ComponentResource {
    public readonly instanceId: pulumi.Output<string>;
    public readonly startSessionCommand: pulumi.Output<string>;
    public readonly mysqlCommand: pulumi.Output<string>;

    constructor(name: string, args: BastionArgs, opts?: pulumi.ComponentResourceOptions) {
        super("aurora-analytics:bastion:Bastion", name, {}, opts);

        const region = aws.getRegionOutput({}, { parent: this }).region;
        const partition = aws.getPartitionOutput({}, { parent: this }).partition;
        const ami = aws.ssm.getParameterOutput({ name: "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64" }, { parent: this });

        const role = new aws.iam.Role(`${name}-role`, {
            description: "aurora-analytics bastion: SSM Session Manager and the Aurora master secret only",
            assumeRolePolicy: JSON.stringify(serviceTrustPolicy("ec2.amazonaws.com")),
        }, { parent: this });
        new aws.iam.RolePolicyAttachment(`${name}-ssm-core`, {
            role: role.name,
            policyArn: pulumi.interpolate`arn:${partition}:iam::aws:policy/AmazonSSMManagedInstanceCore`,
        }, { parent: this });
        new aws.iam.RolePolicy(`${name}-read-master-secret`, {
            role: role.name,
            policy: pulumi.all([args.masterSecretArn, args.masterSecretKmsKeyArn]).apply(([secretArn, keyArn]) => JSON.stringify({
                Version: "2012-10-17",
                Statement: [
                    { Effect: "Allow", Action: ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"], Resource: secretArn },
                    ...(keyArn ? [{ Effect: "Allow", Action: "kms:Decrypt", Resource: keyArn }] : []),
                ],
            })),
        }, { parent: this });
        const profile = new aws.iam.InstanceProfile(`${name}-profile`, { role: role.name }, { parent: this });

        const instance = new aws.ec2.Instance(`${name}-instance`, {
            ami: ami.value,
            instanceType: "t3.micro",
            subnetId: args.subnetId,
            vpcSecurityGroupIds: [args.securityGroupId],
            associatePublicIpAddress: false,
            iamInstanceProfile: profile.name,
            metadataOptions: { httpTokens: "required", httpEndpoint: "enabled" },
            rootBlockDevice: { encrypted: true, volumeType: "gp3", volumeSize: 8 },
            userData: BASTION_USER_DATA,
            tags: { Name: `${name}-bastion` },
        }, { parent: this });

        this.instanceId = instance.id;
        this.startSessionCommand = pulumi.interpolate`aws ssm start-session --target ${instance.id} --region ${region}`;
        this.mysqlCommand = pulumi.interpolate`mysql -h ${args.dbEndpoint} -P ${args.dbPort} -u admin --ssl -p"$(aws secretsmanager get-secret-value --region ${region} --secret-id '${args.masterSecretArn}' --query SecretString --output text | python3 -c 'import json,sys; print(json.load(sys.stdin)["password"])')"`;

        this.registerOutputs({
            instanceId: this.instanceId,
            startSessionCommand: this.startSessionCommand,
            mysqlCommand: this.mysqlCommand,
        });
    }
}
