// Network under mocks: a new isolated VPC, or an existing one looked up, checked, and left alone.
import * as assert from "assert";
import { mockClient } from "aws-sdk-client-mock";
import { DescribeVpcEndpointsCommand, EC2Client, VpcEndpoint } from "@aws-sdk/client-ec2";

import { BASE_CONFIG, runProgram } from "../harness/mockProgram";
import { EXISTING_VPC, SUBNETS, existingCluster, existingNetwork } from "../harness/fixtures";
import { checkExistingSubnets, onePerZone, planEndpoints, vpcDnsProblem } from "../../components/network";

const VPC_TYPES = ["awsx:ec2:Vpc", "aws:ec2/vpc:Vpc", "aws:ec2/subnet:Subnet", "aws:ec2/routeTable:RouteTable",
    "aws:ec2/internetGateway:InternetGateway", "aws:ec2/natGateway:NatGateway"];

describe("Network", () => {
    describe("pure checks", () => {
        it("accepts three subnets in three zones of the VPC", () => {
            assert.strictEqual(checkExistingSubnets(EXISTING_VPC, ["a", "b", "c"].map(x => ({ id: `subnet-0000000${x}`, ...SUBNETS[`subnet-0000000${x}`] }))), undefined);
        });
        it("picks the first subnet of each zone for interface endpoints", () => {
            const facts = ["a", "d", "b", "c"].map(x => ({ id: `subnet-0000000${x}`, ...SUBNETS[`subnet-0000000${x}`] }));
            assert.deepStrictEqual(onePerZone(facts), ["subnet-0000000a", "subnet-0000000b", "subnet-0000000c"]);
        });
    });

    describe("new VPC", () => {
        it("creates an isolated 3-AZ VPC with no NAT gateway", async () => {
            const run = await runProgram({ config: BASE_CONFIG });
            assert.strictEqual(run.error, undefined);
            const vpc = run.one("awsx:ec2:Vpc");
            assert.strictEqual(vpc.inputs.numberOfAvailabilityZones, 3);
            assert.deepStrictEqual(vpc.inputs.natGateways, { strategy: "None" });
            assert.deepStrictEqual(vpc.inputs.subnetSpecs, [{ type: "Isolated", name: "private", cidrMask: 20 }]);
            assert.strictEqual(vpc.inputs.enableDnsHostnames, true);
            assert.deepStrictEqual(run.outputs.privateSubnetIds, ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2", "subnet-0aaaaaaaaaaaaaaa3"]);
        });

        it("creates an S3 gateway endpoint and only the Secrets Manager interface endpoint", async () => {
            const run = await runProgram({ config: BASE_CONFIG });
            const endpoints = run.byType("aws:ec2/vpcEndpoint:VpcEndpoint");
            assert.deepStrictEqual(endpoints.map(e => [e.inputs.serviceName, e.inputs.vpcEndpointType]).sort(), [
                ["com.amazonaws.us-west-2.s3", "Gateway"],
                ["com.amazonaws.us-west-2.secretsmanager", "Interface"],
            ]);
            const s3 = endpoints.find(e => e.inputs.vpcEndpointType === "Gateway")!;
            assert.deepStrictEqual(s3.inputs.routeTableIds, ["rtb-0aaaaaaaaaaaaaaa1"]);
            const sm = endpoints.find(e => e.inputs.vpcEndpointType === "Interface")!;
            assert.strictEqual(sm.inputs.privateDnsEnabled, true);
            assert.deepStrictEqual(sm.inputs.securityGroupIds, ["sg-network-endpoints"]);
            assert.deepStrictEqual(sm.inputs.subnetIds, ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2", "subnet-0aaaaaaaaaaaaaaa3"]);
        });

        it("adds the SSM endpoints only when the bastion is on", async () => {
            const run = await runProgram({ config: { ...BASE_CONFIG, bastion: "true" } });
            assert.deepStrictEqual(run.byType("aws:ec2/vpcEndpoint:VpcEndpoint").map(e => e.inputs.serviceName).sort(), [
                "com.amazonaws.us-west-2.ec2messages",
                "com.amazonaws.us-west-2.s3",
                "com.amazonaws.us-west-2.secretsmanager",
                "com.amazonaws.us-west-2.ssm",
                "com.amazonaws.us-west-2.ssmmessages",
            ]);
        });

        it("admits HTTPS to the endpoints only from the consumer group", async () => {
            const run = await runProgram({ config: BASE_CONFIG });
            const ingress = run.one("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "network-endpoints-https");
            assert.deepStrictEqual(
                [ingress.inputs.securityGroupId, ingress.inputs.referencedSecurityGroupId, ingress.inputs.fromPort, ingress.inputs.toPort, ingress.inputs.cidrIpv4],
                ["sg-network-endpoints", "sg-network-consumers", 443, 443, undefined]);
        });

        it("creates no endpoints with vpcEndpoints false", async () => {
            const run = await runProgram({ config: { ...BASE_CONFIG, vpcEndpoints: "false" } });
            assert.deepStrictEqual(run.byType("aws:ec2/vpcEndpoint:VpcEndpoint"), []);
        });
    });

    describe("existing VPC", () => {
        const config = { ...BASE_CONFIG, vpcId: EXISTING_VPC, privateSubnetIds: ["subnet-0000000a", "subnet-0000000b", "subnet-0000000c", "subnet-0000000d"] };
        const ec2 = mockClient(EC2Client);
        beforeEach(() => {
            ec2.reset();
            ec2.on(DescribeVpcEndpointsCommand).resolves({ VpcEndpoints: [] });
        });
        after(() => ec2.restore());

        it("looks the VPC and subnets up and creates no VPC, subnet, route table or gateway", async () => {
            const run = await runProgram({ config, invoke: existingNetwork });
            assert.strictEqual(run.error, undefined);
            for (const type of VPC_TYPES) {
                assert.deepStrictEqual(run.byType(type).map(r => r.name), [], `${type} must not be created`);
            }
            assert.deepStrictEqual(run.calls.filter(c => c.token === "aws:ec2/getSubnet:getSubnet").map(c => c.inputs.id).sort(),
                ["subnet-0000000a", "subnet-0000000b", "subnet-0000000c", "subnet-0000000d"]);
            assert.strictEqual(run.outputs.vpcId, EXISTING_VPC);
            assert.deepStrictEqual(run.outputs.privateSubnetIds, ["subnet-0000000a", "subnet-0000000b", "subnet-0000000c", "subnet-0000000d"]);
        });

        it("creates only security groups, their rules and endpoints in the user's VPC", async () => {
            const run = await runProgram({ config: { ...config, zeroEtl: "false", athenaPipeline: "false", dbClusterId: "prod-db", sampleData: "true" }, invoke: args => existingNetwork(args) ?? existingCluster(args) });
            const networkChildren = run.resources.filter(r => r.parent.endsWith("::network"));
            assert.deepStrictEqual([...new Set(networkChildren.map(r => r.type))].sort(), [
                "aws:ec2/securityGroup:SecurityGroup",
                "aws:ec2/vpcEndpoint:VpcEndpoint",
                "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule",
                "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
            ]);
        });

        it("routes S3 through the subnets' route tables and the main table, and puts one endpoint subnet per zone", async () => {
            const run = await runProgram({ config, invoke: existingNetwork });
            const endpoints = run.byType("aws:ec2/vpcEndpoint:VpcEndpoint");
            const s3 = endpoints.find(e => e.inputs.vpcEndpointType === "Gateway")!;
            assert.deepStrictEqual(s3.inputs.routeTableIds, ["rtb-0main0000000000a", "rtb-0sub00000000000b"]);
            assert.strictEqual(s3.inputs.vpcId, EXISTING_VPC);
            const sm = endpoints.find(e => e.inputs.vpcEndpointType === "Interface")!;
            assert.deepStrictEqual(sm.inputs.subnetIds, ["subnet-0000000a", "subnet-0000000b", "subnet-0000000c"]);
        });

        it("stops when the subnets span fewer than 3 zones", async () => {
            const run = await runProgram({
                config: { ...config, privateSubnetIds: ["subnet-0000000a", "subnet-0000000b", "subnet-0000000d"] },
                invoke: existingNetwork,
            });
            assert.ok(run.error, "expected the program to fail");
            assert.strictEqual(run.error!.message,
                "privateSubnetIds subnet-0000000a, subnet-0000000b, subnet-0000000d span 2 availability zone(s) (us-west-2a, us-west-2b), " +
                "but Redshift Serverless needs subnets in at least 3; add a subnet from another zone with `pulumi config set --path 'privateSubnetIds[3]' subnet-...`.");
        });

        it("stops when a subnet belongs to another VPC", async () => {
            const run = await runProgram({
                config: { ...config, privateSubnetIds: ["subnet-0000000a", "subnet-0000000b", "subnet-0000000e"] },
                invoke: existingNetwork,
            });
            assert.strictEqual(run.error?.message,
                "privateSubnetIds subnet-0000000e (in vpc-0fffffffffffffff0) are not in vpcId vpc-0123456789abcdef0; " +
                "fix it with `pulumi config set --path 'privateSubnetIds[0]' <subnet of that VPC>`.");
        });
    });

    describe("existing VPC endpoints and DNS", () => {
        const config = { ...BASE_CONFIG, vpcId: EXISTING_VPC, privateSubnetIds: ["subnet-0000000a", "subnet-0000000b", "subnet-0000000c"] };
        const ec2 = mockClient(EC2Client);
        beforeEach(() => ec2.reset());
        after(() => ec2.restore());
        const S3 = "com.amazonaws.us-west-2.s3";
        const SM = "com.amazonaws.us-west-2.secretsmanager";

        it("creates every endpoint the VPC lacks and says so", async () => {
            ec2.on(DescribeVpcEndpointsCommand).resolves({ VpcEndpoints: [] });
            const run = await runProgram({ config, invoke: existingNetwork });
            assert.strictEqual(run.error, undefined);
            assert.deepStrictEqual(ec2.commandCalls(DescribeVpcEndpointsCommand).map(c => c.args[0].input),
                [{ Filters: [{ Name: "vpc-id", Values: [EXISTING_VPC] }], NextToken: undefined }]);
            assert.deepStrictEqual(run.byType("aws:ec2/vpcEndpoint:VpcEndpoint").map(e => e.inputs.serviceName).sort(), [S3, SM]);
            assert.deepStrictEqual(run.outputs.vpcEndpointsCreated, [S3, SM]);
            assert.deepStrictEqual(run.outputs.vpcEndpointsFound, {});
        });

        it("uses the S3 gateway and private-DNS Secrets Manager endpoints the VPC has (found on the second page), creating neither", async () => {
            ec2.on(DescribeVpcEndpointsCommand)
                .resolvesOnce({
                    VpcEndpoints: [{ VpcEndpointId: "vpce-0s3", ServiceName: S3, VpcEndpointType: "Gateway", State: "Available", RouteTableIds: ["rtb-0main0000000000a", "rtb-0sub00000000000b"] }],
                    NextToken: "page2",
                })
                .resolvesOnce({
                    VpcEndpoints: [{ VpcEndpointId: "vpce-0sm", ServiceName: SM, VpcEndpointType: "Interface", State: "Available", PrivateDnsEnabled: true }],
                });
            const run = await runProgram({ config, invoke: existingNetwork });
            assert.strictEqual(run.error, undefined);
            assert.deepStrictEqual(ec2.commandCalls(DescribeVpcEndpointsCommand).map(c => c.args[0].input.NextToken), [undefined, "page2"]);
            assert.deepStrictEqual(run.byType("aws:ec2/vpcEndpoint:VpcEndpoint"), [], "a second S3 route fails with RouteAlreadyExists, a second private-DNS endpoint with a conflicting DNS domain");
            assert.deepStrictEqual(run.outputs.vpcEndpointsCreated, []);
            assert.deepStrictEqual(run.outputs.vpcEndpointsFound, { [S3]: ["vpce-0s3"], [SM]: ["vpce-0sm"] });
        });

        it("a second up registers the endpoints the first one created (recognised by this stack's tag): nothing is deleted or re-created", async () => {
            // Run 1: the VPC has the user's S3 gateway on the main table only; we create the rest.
            const theirs: VpcEndpoint = { VpcEndpointId: "vpce-0s3", ServiceName: S3, VpcEndpointType: "Gateway", State: "Available", RouteTableIds: ["rtb-0main0000000000a"] };
            ec2.on(DescribeVpcEndpointsCommand).resolves({ VpcEndpoints: [theirs] });
            const first = await runProgram({ config, invoke: existingNetwork, stack: "dev" });
            assert.strictEqual(first.error, undefined);
            const made = first.byType("aws:ec2/vpcEndpoint:VpcEndpoint");
            assert.deepStrictEqual(made.map(e => e.inputs.tags), [
                // The cost-allocation transformation (components/costTags.ts) adds the project tag; the network's own stack tag stays qualified.
                { Name: "network-s3", "aurora-analytics:stack": "aurora-analytics/dev", "aurora-analytics:project": "aurora-analytics" },
                { Name: "network-secretsmanager", "aurora-analytics:stack": "aurora-analytics/dev", "aurora-analytics:project": "aurora-analytics" },
            ]);
            // Run 2: DescribeVpcEndpoints now also returns what run 1 created, as EC2 reports it (tags as Key/Value pairs).
            ec2.reset();
            ec2.on(DescribeVpcEndpointsCommand).resolves({
                VpcEndpoints: [theirs, ...made.map((e, i) => ({
                    VpcEndpointId: `vpce-0ours${i}`, ServiceName: e.inputs.serviceName, VpcEndpointType: e.inputs.vpcEndpointType, State: "Available",
                    ...(e.inputs.routeTableIds ? { RouteTableIds: e.inputs.routeTableIds } : {}),
                    ...(e.inputs.privateDnsEnabled !== undefined ? { PrivateDnsEnabled: e.inputs.privateDnsEnabled } : {}),
                    Tags: Object.entries(e.inputs.tags as Record<string, string>).map(([Key, Value]) => ({ Key, Value })),
                }) as VpcEndpoint)],
            });
            const second = await runProgram({ config, invoke: existingNetwork, stack: "dev" });
            assert.strictEqual(second.error, undefined);
            const kept = second.byType("aws:ec2/vpcEndpoint:VpcEndpoint");
            assert.deepStrictEqual(kept.map(e => [e.name, e.inputs]), made.map(e => [e.name, e.inputs]), "the same resources with the same inputs: no diff");
            assert.deepStrictEqual(second.outputs.vpcEndpointsCreated, first.outputs.vpcEndpointsCreated);
            assert.deepStrictEqual(second.outputs.vpcEndpointsFound, { [S3]: ["vpce-0s3"] });
        });

        it("another stack's tagged endpoint counts as found, not as ours", () => {
            const plan = planEndpoints("us-west-2", ["secretsmanager"], ["rtb-a"], [
                { VpcEndpointId: "vpce-other", ServiceName: SM, VpcEndpointType: "Interface", State: "Available", PrivateDnsEnabled: true,
                    Tags: [{ Key: "aurora-analytics:stack", Value: "aurora-analytics/prod" }] },
            ], "aurora-analytics/dev");
            assert.deepStrictEqual(plan, { s3RouteTableIds: ["rtb-a"], createInterfaces: [], found: { [SM]: ["vpce-other"] } });
        });

        it("routes S3 only through the route tables no gateway covers, and ignores deleted or non-private-DNS endpoints", async () => {
            ec2.on(DescribeVpcEndpointsCommand).resolves({
                VpcEndpoints: [
                    { VpcEndpointId: "vpce-0s3", ServiceName: S3, VpcEndpointType: "Gateway", State: "Available", RouteTableIds: ["rtb-0main0000000000a"] },
                    { VpcEndpointId: "vpce-0old", ServiceName: SM, VpcEndpointType: "Interface", State: "Deleted", PrivateDnsEnabled: true },
                    { VpcEndpointId: "vpce-0nodns", ServiceName: SM, VpcEndpointType: "Interface", State: "Available", PrivateDnsEnabled: false },
                ],
            });
            const run = await runProgram({ config, invoke: existingNetwork });
            assert.strictEqual(run.error, undefined);
            const endpoints = run.byType("aws:ec2/vpcEndpoint:VpcEndpoint");
            assert.deepStrictEqual(endpoints.map(e => [e.inputs.serviceName, e.inputs.routeTableIds ?? null]).sort(),
                [[S3, ["rtb-0sub00000000000b"]], [SM, null]]);
            assert.deepStrictEqual(run.outputs.vpcEndpointsCreated, [S3, SM]);
            assert.deepStrictEqual(run.outputs.vpcEndpointsFound, { [S3]: ["vpce-0s3"] });
        });

        it("stops when the VPC has DNS hostnames off", async () => {
            ec2.on(DescribeVpcEndpointsCommand).resolves({ VpcEndpoints: [] });
            const run = await runProgram({
                config,
                invoke: args => args.token === "aws:ec2/getVpc:getVpc"
                    ? { id: args.inputs.id, cidrBlock: "172.31.0.0/16", enableDnsSupport: true, enableDnsHostnames: false }
                    : existingNetwork(args),
            });
            assert.strictEqual(run.error?.message,
                "VPC vpc-0123456789abcdef0 has enableDnsHostnames off, but the private-DNS interface endpoints need both on; turn it on with " +
                "`aws ec2 modify-vpc-attribute --vpc-id vpc-0123456789abcdef0 --enable-dns-hostnames '{\"Value\":true}'` (the program never changes a VPC it does not own), " +
                "or set `pulumi config set vpcEndpoints false`.");
            assert.deepStrictEqual(run.byType("aws:ec2/vpcEndpoint:VpcEndpoint"), []);
            assert.strictEqual(ec2.commandCalls(DescribeVpcEndpointsCommand).length, 0);
        });

        it("names both DNS attributes when both are off", () => {
            assert.strictEqual(vpcDnsProblem("vpc-1", false, false),
                "VPC vpc-1 has enableDnsSupport and enableDnsHostnames off, but the private-DNS interface endpoints need both on; turn them on with " +
                "`aws ec2 modify-vpc-attribute --vpc-id vpc-1 --enable-dns-support '{\"Value\":true}'` and " +
                "`aws ec2 modify-vpc-attribute --vpc-id vpc-1 --enable-dns-hostnames '{\"Value\":true}'` (the program never changes a VPC it does not own), " +
                "or set `pulumi config set vpcEndpoints false`.");
            assert.strictEqual(vpcDnsProblem("vpc-1", true, true), undefined);
        });

        it("plans the SSM endpoints of the bastion the same way", () => {
            const plan = planEndpoints("us-west-2", ["secretsmanager", "ssm", "ssmmessages", "ec2messages"], ["rtb-1"], [
                // EC2 has answered state in lowercase too; the plan compares without case.
                { VpcEndpointId: "vpce-ssm", ServiceName: "com.amazonaws.us-west-2.ssm", VpcEndpointType: "interface" as "Interface", State: "available" as "Available", PrivateDnsEnabled: true },
            ]);
            assert.deepStrictEqual(plan, {
                s3RouteTableIds: ["rtb-1"],
                createInterfaces: ["secretsmanager", "ssmmessages", "ec2messages"],
                found: { "com.amazonaws.us-west-2.ssm": ["vpce-ssm"] },
            });
        });

        it("reports the endpoints of a new VPC as created", async () => {
            const run = await runProgram({ config: BASE_CONFIG });
            assert.deepStrictEqual(run.outputs.vpcEndpointsCreated, [S3, SM]);
            assert.deepStrictEqual(run.outputs.vpcEndpointsFound, {});
            assert.strictEqual(ec2.commandCalls(DescribeVpcEndpointsCommand).length, 0, "a VPC we create has no endpoints to look for");
        });
    });
});
