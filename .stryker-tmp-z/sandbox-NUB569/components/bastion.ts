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
    /** The key that encrypts the master secret: this program's for a new cluster, the cluster's for an existing one. */
    masterSecretKmsKeyArn: pulumi.Input<string>;
    dbEndpoint: pulumi.Input<string>;
    dbPort: pulumi.Input<number>;
    /** What the instance must not start before: the VPC endpoints (S3 for packages, SSM for sessions). */
    waitFor: pulumi.Input<pulumi.Input<pulumi.Resource>[]>;
}

/** Attempts and pause of the package install: up to 10 minutes for the S3 route to start working. */
export const INSTALL_ATTEMPTS = 30;
export const INSTALL_RETRY_SECONDS = 20;

/**
 * Installs the MariaDB client from the Amazon Linux 2023 repositories, which are served from S3 through the gateway
 * endpoint. Cloud-init runs this once at first boot; a route that is not yet in place fails dnf, so it retries.
 */
export const BASTION_USER_DATA = [
    "#!/bin/bash",
    "set -uo pipefail",
    `for attempt in $(seq 1 ${INSTALL_ATTEMPTS}); do`,
    "  if dnf install -y mariadb105; then exit 0; fi",
    `  echo "dnf install mariadb105 failed (attempt $attempt of ${INSTALL_ATTEMPTS}); retrying in ${INSTALL_RETRY_SECONDS} s" >&2`,
    `  sleep ${INSTALL_RETRY_SECONDS}`,
    "done",
    `echo "mariadb105 not installed after ${INSTALL_ATTEMPTS} attempts: check the S3 gateway endpoint on the subnet's route table" >&2`,
    "exit 1",
    "",
].join("\n");

/**
 * The mysql command line to paste inside the session: user and password both come from the master secret (an
 * existing cluster's master user is not necessarily admin); the password travels in MYSQL_PWD, not in argv.
 */
export function mysqlCommand(region: string, secretArn: string, host: string, port: number): string {
    const readSecret = `aws secretsmanager get-secret-value --region ${region} --secret-id '${secretArn}' --query SecretString --output text`;
    const toShell = "python3 -c 'import json,shlex,sys; s=json.load(sys.stdin); " +
        "print(\"DB_USER=%s DB_PASSWORD=%s\" % (shlex.quote(s[\"username\"]), shlex.quote(s[\"password\"])))'";
    return `eval "$(${readSecret} | ${toShell})" && MYSQL_PWD="$DB_PASSWORD" mysql -h ${host} -P ${port} -u "$DB_USER" --ssl`;
}

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
        const ssmCore = new aws.iam.RolePolicyAttachment(`${name}-ssm-core`, {
            role: role.name,
            policyArn: pulumi.interpolate`arn:${partition}:iam::aws:policy/AmazonSSMManagedInstanceCore`,
        }, { parent: this });
        new aws.iam.RolePolicy(`${name}-read-master-secret`, {
            role: role.name,
            policy: pulumi.all([args.masterSecretArn, args.masterSecretKmsKeyArn]).apply(([secretArn, keyArn]) => JSON.stringify({
                Version: "2012-10-17",
                Statement: [
                    { Effect: "Allow", Action: ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"], Resource: secretArn },
                    { Effect: "Allow", Action: "kms:Decrypt", Resource: keyArn },
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
        }, {
            parent: this,
            // The AMI comes from the "latest" parameter: a new AMI must not replace a running bastion.
            ignoreChanges: ["ami"],
            // The agent registers through the SSM endpoints and dnf reaches S3 through the gateway: both exist first.
            dependsOn: pulumi.output(args.waitFor).apply(waitFor => [ssmCore, ...waitFor]),
        });

        this.instanceId = instance.id;
        this.startSessionCommand = pulumi.interpolate`aws ssm start-session --target ${instance.id} --region ${region}`;
        this.mysqlCommand = pulumi.all([region, args.masterSecretArn, args.dbEndpoint, args.dbPort])
            .apply(([r, secretArn, host, port]) => mysqlCommand(r, secretArn, host, port));

        this.registerOutputs({
            instanceId: this.instanceId,
            startSessionCommand: this.startSessionCommand,
            mysqlCommand: this.mysqlCommand,
        });
    }
}
