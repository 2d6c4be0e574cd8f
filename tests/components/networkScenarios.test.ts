// Which network resources exist per scenario: a VPC and endpoints only for what runs in them (issue 22 part 4).
import * as assert from "assert";
import { DescribeVpcEndpointsCommand } from "@aws-sdk/client-ec2";

import { BASE_CONFIG, ProgramRun, runProgram } from "../harness/mockProgram";
import { EXISTING_VPC } from "../harness/fixtures";
import { EXISTING_CLUSTER_CONFIG as EXISTING_CLUSTER, EXISTING_NETWORK_CONFIG as EXISTING_NETWORK, existingClusterAndNetwork as existingEverything,
    vpcWithoutEndpoints } from "../harness/vpcEndpoints";
const NETWORK_OUTPUTS = ["vpcId", "privateSubnetIds", "consumerSecurityGroupId", "vpcEndpointsCreated", "vpcEndpointsFound"];
const NETWORK_LOOKUPS = ["aws:ec2/getVpc:getVpc", "aws:ec2/getSubnet:getSubnet", "aws:ec2/getRouteTables:getRouteTables"];

/** Every EC2/VPC resource of the run (VPC, subnets, groups, rules, endpoints), as type::name, sorted. */
function networkResources(run: ProgramRun): string[] {
    return run.resources
        .filter(r => r.type.startsWith("aws:ec2/") || r.type.startsWith("aws:vpc/") || r.type.startsWith("awsx:ec2"))
        .filter(r => r.type !== "aws:ec2/instance:Instance")
        .map(r => `${r.type}::${r.name}`).sort();
}

describe("Network only for what runs in it", () => {
    const ec2 = vpcWithoutEndpoints();

    it("the Athena pipeline alone on an existing cluster creates and looks up no network at all", async () => {
        const run = await runProgram({ config: { ...BASE_CONFIG, ...EXISTING_CLUSTER, zeroEtl: "false" }, invoke: existingEverything });
        assert.strictEqual(run.error, undefined);
        assert.deepStrictEqual(networkResources(run), []);
        assert.deepStrictEqual(run.calls.filter(c => NETWORK_LOOKUPS.includes(c.token)), []);
        assert.deepStrictEqual(NETWORK_OUTPUTS.filter(k => k in run.outputs), []);
        assert.strictEqual(ec2.commandCalls(DescribeVpcEndpointsCommand).length, 0);
        assert.ok(run.byType("aws:sfn/stateMachine:StateMachine").length === 1, "the pipeline is still built");
    });

    it("the pipeline alone on an existing cluster leaves a configured existing VPC alone (no lookups, no groups, no endpoints)", async () => {
        const run = await runProgram({ config: { ...BASE_CONFIG, ...EXISTING_CLUSTER, ...EXISTING_NETWORK, zeroEtl: "false" }, invoke: existingEverything });
        assert.strictEqual(run.error, undefined);
        assert.deepStrictEqual(networkResources(run), []);
        assert.deepStrictEqual(run.calls.filter(c => NETWORK_LOOKUPS.includes(c.token)), []);
    });

    it("says, in one warning with the fix, that a configured VPC nothing runs in is not used", async () => {
        // Without an engine (under mocks) pulumi.log.warn writes to console.warn.
        const warned: string[] = [];
        const original = console.warn;
        console.warn = (...args: unknown[]) => { warned.push(args.join(" ")); };
        let run: ProgramRun;
        try {
            run = await runProgram({ config: { ...BASE_CONFIG, ...EXISTING_CLUSTER, ...EXISTING_NETWORK, zeroEtl: "false" }, invoke: existingEverything });
        } finally {
            console.warn = original;
        }
        assert.strictEqual(run.error, undefined);
        assert.deepStrictEqual(warned.filter(w => w.includes("not used")), [
            `warning: [runtime] vpcId ${EXISTING_VPC} and privateSubnetIds are not used: nothing this stack creates runs in a VPC ` +
            "(the cluster exists, zero-ETL creates no workgroup, and neither sampleData nor bastion is on), so the VPC is not looked up; " +
            "remove them with `pulumi config rm vpcId` and `pulumi config rm privateSubnetIds`, or turn on bastion to use the VPC.",
        ]);
        // The bastion runs in the VPC: then the VPC is used and nothing is said.
        warned.length = 0;
        console.warn = (...args: unknown[]) => { warned.push(args.join(" ")); };
        try {
            await runProgram({ config: { ...BASE_CONFIG, ...EXISTING_CLUSTER, ...EXISTING_NETWORK, zeroEtl: "false", bastion: "true" }, invoke: existingEverything });
        } finally {
            console.warn = original;
        }
        assert.deepStrictEqual(warned.filter(w => w.includes("not used")), []);
    });

    it("a new cluster without the loader or the bastion gets the VPC and groups but no endpoints (nothing in it calls AWS)", async () => {
        const run = await runProgram({ config: { ...BASE_CONFIG, sampleData: "false", zeroEtl: "false" } });
        assert.strictEqual(run.error, undefined);
        const made = networkResources(run);
        assert.deepStrictEqual(made.filter(r => r.startsWith("aws:ec2/vpcEndpoint:")), []);
        assert.deepStrictEqual(made.filter(r => r.includes("network-endpoints")), []);
        assert.deepStrictEqual(run.byType("awsx:ec2:Vpc").map(r => r.name), ["network-vpc"]);
        assert.deepStrictEqual(run.outputs.vpcEndpointsCreated, []);
    });

    it("the sample-data loader on an existing cluster gets the S3 and Secrets Manager endpoints it calls", async () => {
        const run = await runProgram({ config: { ...BASE_CONFIG, ...EXISTING_CLUSTER, zeroEtl: "false", sampleData: "true" }, invoke: existingEverything });
        assert.strictEqual(run.error, undefined);
        assert.deepStrictEqual(run.byType("aws:ec2/vpcEndpoint:VpcEndpoint").map(e => e.inputs.serviceName).sort(),
            ["com.amazonaws.us-west-2.s3", "com.amazonaws.us-west-2.secretsmanager"]);
    });
});
