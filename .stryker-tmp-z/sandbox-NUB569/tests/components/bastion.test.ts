// @ts-nocheck
// The optional bastion under mocks: SSM-only access, no key, no public IP, least-privilege role, MySQL egress.
import * as assert from "assert";

import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { mockClient } from "aws-sdk-client-mock";
import { DescribeDBClusterParametersCommand, RDSClient } from "@aws-sdk/client-rds";

import { BASE_CONFIG, runProgram } from "../harness/mockProgram";
import { existingCluster, existingNetwork } from "../harness/fixtures";
import { BASTION_USER_DATA, mysqlCommand } from "../../components/bastion";

/** A directory of fake commands: each prints its arguments (and MYSQL_PWD) and exits as told. */
function fakeBin(scripts: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aa-bin-"));
    for (const [name, body] of Object.entries(scripts)) {
        fs.writeFileSync(path.join(dir, name), `#!/bin/bash\n${body}\n`, { mode: 0o755 });
    }
    return dir;
}

describe("Bastion", () => {
    it("is not created by default", async () => {
        const run = await runProgram({ config: BASE_CONFIG });
        assert.deepStrictEqual(run.byType("aws:ec2/instance:Instance"), []);
        assert.deepStrictEqual(run.byType("aws:iam/instanceProfile:InstanceProfile"), []);
        assert.strictEqual(run.outputs.bastionStartSessionCommand, undefined);
    });

    describe("with bastion on", () => {
        const rds = mockClient(RDSClient);
        afterEach(() => rds.reset());

        it("starts only after the VPC endpoints (S3 for packages, SSM for sessions), its SSM policy and the MySQL rule", async () => {
            const run = await runProgram({ config: { ...BASE_CONFIG, bastion: "true" } });
            const instance = run.one("aws:ec2/instance:Instance");
            const expected = ["network-s3", "network-secretsmanager", "network-ssm", "network-ssmmessages", "network-ec2messages"]
                .map(n => run.one("aws:ec2/vpcEndpoint:VpcEndpoint", n).urn);
            expected.push(run.one("aws:iam/rolePolicyAttachment:RolePolicyAttachment", "bastion-ssm-core").urn);
            expected.push(run.one("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule", "aurora-consumers-to-mysql").urn);
            for (const urn of expected) {
                assert.ok(instance.dependencies.includes(urn), `the bastion waits for ${urn}`);
            }
        });

        it("retries the package install until the S3 route works, and gives up with a reason", () => {
            const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aa-ud-"));
            const script = path.join(dir, "user-data.sh");
            fs.writeFileSync(script, BASTION_USER_DATA, { mode: 0o755 });
            const count = path.join(dir, "count");
            // dnf fails twice (no route yet), then succeeds; sleep is instant.
            const bin = fakeBin({
                dnf: `n=$(cat ${count} 2>/dev/null || echo 0); n=$((n+1)); echo $n > ${count}; echo "dnf $*"; [ $n -ge 3 ]`,
                sleep: "exit 0",
            });
            const ok = spawnSync("bash", ["--norc", "--noprofile", script], { env: { PATH: `${bin}:/usr/bin:/bin` }, encoding: "utf8" });
            assert.strictEqual(ok.status, 0);
            assert.strictEqual(fs.readFileSync(count, "utf8").trim(), "3");
            assert.strictEqual(ok.stderr, "dnf install mariadb105 failed (attempt 1 of 30); retrying in 20 s\n" +
                "dnf install mariadb105 failed (attempt 2 of 30); retrying in 20 s\n");
            const never = fakeBin({ dnf: "exit 1", sleep: "exit 0" });
            const failed = spawnSync("bash", ["--norc", "--noprofile", script], { env: { PATH: `${never}:/usr/bin:/bin` }, encoding: "utf8" });
            assert.strictEqual(failed.status, 1);
            assert.match(failed.stderr, /attempt 30 of 30\); retrying in 20 s\nmariadb105 not installed after 30 attempts: check the S3 gateway endpoint on the subnet's route table\n$/);
        });

        it("logs in as the secret's user with the secret's password, passed in MYSQL_PWD rather than argv", () => {
            const command = mysqlCommand("us-west-2", "arn:aws:secretsmanager:us-west-2:123456789012:secret:rds!cluster-prod-XyZ", "prod.cluster-xyz.us-west-2.rds.amazonaws.com", 3306);
            const calls = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "aa-aws-")), "aws-args");
            const bin = fakeBin({
                aws: `echo "$*" > ${calls}; echo '{"username":"prod_admin","password":"p a$s\\"w'"'"'rd"}'`,
                mysql: 'echo "mysql $* MYSQL_PWD=$MYSQL_PWD"',
            });
            const out = execFileSync("bash", ["--norc", "--noprofile", "-c", command],
                { env: { PATH: `${bin}:/usr/bin:/bin` }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
            assert.strictEqual(fs.readFileSync(calls, "utf8"),
                "secretsmanager get-secret-value --region us-west-2 --secret-id arn:aws:secretsmanager:us-west-2:123456789012:secret:rds!cluster-prod-XyZ --query SecretString --output text\n");
            assert.strictEqual(out, "mysql -h prod.cluster-xyz.us-west-2.rds.amazonaws.com -P 3306 -u prod_admin --ssl MYSQL_PWD=p a$s\"w'rd\n");
        });

        it("reads an existing cluster's secret and its key, and reaches every security group of the cluster", async () => {
            rds.on(DescribeDBClusterParametersCommand).resolves({ Parameters: [] });
            const run = await runProgram({
                config: {
                    ...BASE_CONFIG, zeroEtl: "false", dbClusterId: "prod-db", bastion: "true", vpcEndpoints: "false",
                    vpcId: "vpc-0123456789abcdef0", privateSubnetIds: ["subnet-0000000a", "subnet-0000000b", "subnet-0000000c"],
                },
                invoke: a => existingNetwork(a) ?? existingCluster(a, {
                    masterUserSecrets: [{ secretArn: "arn:aws:secretsmanager:us-west-2:123456789012:secret:rds!cluster-prod-XyZ", kmsKeyId: "arn:aws:kms:us-west-2:123456789012:key/prod-secret-key", secretStatus: "active" }],
                    vpcSecurityGroupIds: ["sg-0prod00000000000a", "sg-0prod00000000000b", "sg-0prod00000000000c"],
                }),
            });
            assert.strictEqual(run.error, undefined);
            assert.deepStrictEqual(JSON.parse(run.one("aws:iam/rolePolicy:RolePolicy", "bastion-read-master-secret").inputs.policy).Statement, [
                { Effect: "Allow", Action: ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"], Resource: "arn:aws:secretsmanager:us-west-2:123456789012:secret:rds!cluster-prod-XyZ" },
                { Effect: "Allow", Action: "kms:Decrypt", Resource: "arn:aws:kms:us-west-2:123456789012:key/prod-secret-key" },
            ]);
            const mysqlRules = run.byType("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule").filter(r => r.inputs.fromPort === 3306);
            assert.deepStrictEqual(mysqlRules.map(r => [r.inputs.securityGroupId, r.inputs.referencedSecurityGroupId]).sort(), [
                ["sg-network-consumers", "sg-0prod00000000000a"], ["sg-network-consumers", "sg-0prod00000000000b"], ["sg-network-consumers", "sg-0prod00000000000c"],
            ]);
            const instance = run.one("aws:ec2/instance:Instance");
            for (const rule of mysqlRules) {
                assert.ok(instance.dependencies.includes(rule.urn), `the bastion waits for ${rule.name}`);
            }
            assert.strictEqual(run.outputs.bastionMysqlCommand, mysqlCommand("us-west-2",
                "arn:aws:secretsmanager:us-west-2:123456789012:secret:rds!cluster-prod-XyZ", "prod-db.cluster-xyz.us-west-2.rds.amazonaws.com", 3306));
        });

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
            // A newer "latest" AMI must not replace the instance.
            assert.deepStrictEqual(instance.ignoreChanges, ["ami"]);
            assert.deepStrictEqual(instance.replaceOnChanges, []);
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
                "eval \"$(aws secretsmanager get-secret-value --region us-west-2 --secret-id 'arn:aws:secretsmanager:us-west-2:123456789012:secret:rds!cluster-abc-AbCdEf' " +
                "--query SecretString --output text | python3 -c 'import json,shlex,sys; s=json.load(sys.stdin); " +
                "print(\"DB_USER=%s DB_PASSWORD=%s\" % (shlex.quote(s[\"username\"]), shlex.quote(s[\"password\"])))')\" && " +
                "MYSQL_PWD=\"$DB_PASSWORD\" mysql -h aurora-cluster.cluster-abc.us-west-2.rds.amazonaws.com -P 3306 -u \"$DB_USER\" --ssl");
        });
    });
});
