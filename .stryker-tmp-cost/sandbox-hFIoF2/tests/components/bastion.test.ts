// @ts-nocheck
// The optional bastion under mocks: SSM-only access, no key, no public IP, least-privilege role, MySQL egress.
import * as assert from "assert";

import { BASE_CONFIG, runProgram } from "../harness/mockProgram";
import { BASTION_USER_DATA } from "../../components/bastion";

describe("Bastion", () => {
    it("is not created by default", async () => {
        const run = await runProgram({ config: BASE_CONFIG });
        assert.deepStrictEqual(run.byType("aws:ec2/instance:Instance"), []);
        assert.deepStrictEqual(run.byType("aws:iam/instanceProfile:InstanceProfile"), []);
        assert.strictEqual(run.outputs.bastionStartSessionCommand, undefined);
    });

    describe("with bastion on", () => {
        it("runs in a private subnet with no key pair, no public IP and IMDSv2", async () => {
            const run = await runProgram({ config: { ...BASE_CONFIG, bastion: "true" } });
            assert.strictEqual(run.error, undefined);
            const instance = run.one("aws:ec2/instance:Instance");
            assert.deepStrictEqual({
                ami: instance.inputs.ami, subnet: instance.inputs.subnetId, sgs: instance.inputs.vpcSecurityGroupIds,
                publicIp: instance.inputs.associatePublicIpAddress, key: instance.inputs.keyName,
                imds: instance.inputs.metadataOptions.httpTokens, encrypted: instance.inputs.rootBlockDevice.encrypted,
                userData: instance.inputs.userData,
            }, {
                ami: "ami-0123456789abcdef0", subnet: "subnet-0aaaaaaaaaaaaaaa1", sgs: ["sg-network-consumers"],
                publicIp: false, key: undefined, imds: "required", encrypted: true, userData: BASTION_USER_DATA,
            });
            assert.ok(run.calls.some(c => c.token === "aws:ssm/getParameter:getParameter" &&
                c.inputs.name === "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"));
        });

        it("has no inbound rule, and reaches MySQL only on the Aurora security group", async () => {
            const run = await runProgram({ config: { ...BASE_CONFIG, bastion: "true" } });
            const ingressToConsumers = run.byType("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule").filter(r => r.inputs.securityGroupId === "sg-network-consumers");
            assert.deepStrictEqual(ingressToConsumers, []);
            const egress = run.byType("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule").filter(r => r.inputs.securityGroupId === "sg-network-consumers");
            assert.deepStrictEqual(egress.map(r => [r.inputs.fromPort, r.inputs.toPort, r.inputs.referencedSecurityGroupId ?? r.inputs.cidrIpv4]).sort(),
                [[3306, 3306, "sg-aurora-sg"], [443, 443, "0.0.0.0/0"]]);
        });

        it("has a role limited to SSM core and reading the master secret", async () => {
            const run = await runProgram({ config: { ...BASE_CONFIG, bastion: "true" } });
            const role = run.one("aws:iam/role:Role", "bastion-role");
            assert.deepStrictEqual(JSON.parse(role.inputs.assumeRolePolicy).Statement, [{ Effect: "Allow", Principal: { Service: "ec2.amazonaws.com" }, Action: "sts:AssumeRole" }]);
            assert.deepStrictEqual(run.byType("aws:iam/rolePolicyAttachment:RolePolicyAttachment").filter(a => a.parent.endsWith("::bastion")).map(a => a.inputs.policyArn),
                ["arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore"]);
            const inline = run.one("aws:iam/rolePolicy:RolePolicy", "bastion-read-master-secret");
            assert.deepStrictEqual(JSON.parse(inline.inputs.policy).Statement, [
                { Effect: "Allow", Action: ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"], Resource: "arn:aws:secretsmanager:us-west-2:123456789012:secret:rds!cluster-abc-AbCdEf" },
                { Effect: "Allow", Action: "kms:Decrypt", Resource: "arn:aws:kms:us-west-2:123456789012:key/aurora-key" },
            ]);
        });

        it("exports the start-session and mysql commands", async () => {
            const run = await runProgram({ config: { ...BASE_CONFIG, bastion: "true" } });
            assert.strictEqual(run.outputs.bastionStartSessionCommand, "aws ssm start-session --target bastion-instance-id --region us-west-2");
            assert.strictEqual(run.outputs.bastionMysqlCommand,
                "mysql -h aurora-cluster.cluster-abc.us-west-2.rds.amazonaws.com -P 3306 -u admin --ssl -p\"$(aws secretsmanager get-secret-value --region us-west-2 " +
                "--secret-id 'arn:aws:secretsmanager:us-west-2:123456789012:secret:rds!cluster-abc-AbCdEf' --query SecretString --output text | " +
                "python3 -c 'import json,sys; print(json.load(sys.stdin)[\"password\"])')\"");
        });
    });
});
