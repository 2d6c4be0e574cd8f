// The fixed costs npm run cost counts are the resources the program really creates: for each stack shape, the estimate's
// writer, interface endpoints (services and zones), KMS keys and bastion match a mocked `pulumi up` of the same config.
import * as assert from "assert";

import { parseStackConfig } from "../../components/config";
import { fixedResources, FixedResources } from "../../scripts/cost/fixed";
import { BASE_CONFIG, runProgram } from "../harness/mockProgram";
import { EXISTING_CLUSTER_CONFIG as EXISTING_CLUSTER, EXISTING_NETWORK_CONFIG as EXISTING_NETWORK, existingClusterAndNetwork as existingEverything,
    vpcWithoutEndpoints } from "../harness/vpcEndpoints";

/** What a mocked `pulumi up` of `config` creates, in the estimate's terms. */
async function created(config: Record<string, unknown>): Promise<{ kmsKeys: number; writer?: object; endpoints: [string, number][]; bastion: boolean }> {
    const run = await runProgram({ config: { ...BASE_CONFIG, ...config }, invoke: existingEverything });
    assert.strictEqual(run.error, undefined);
    const writers = run.byType("aws:rds/clusterInstance:ClusterInstance");
    assert.ok(writers.length <= 1);
    const endpoints = run.byType("aws:ec2/vpcEndpoint:VpcEndpoint").filter(e => e.inputs.vpcEndpointType === "Interface")
        .map(e => [String(e.inputs.serviceName).split(".").pop()!, (e.inputs.subnetIds as string[]).length] as [string, number]);
    const bastions = run.byType("aws:ec2/instance:Instance");
    assert.ok(bastions.every(b => b.inputs.instanceType === "t3.micro"));
    return {
        kmsKeys: run.byType("aws:kms/key:Key").length,
        ...(writers.length === 1 ? { writer: run.one("aws:rds/cluster:Cluster").inputs.serverlessv2ScalingConfiguration } : {}),
        endpoints,
        bastion: bastions.length === 1,
    };
}

/** The estimate's view of the same config, in the same terms. */
function estimated(config: Record<string, unknown>): { kmsKeys: number; writer?: object; endpoints: [string, number][]; bastion: boolean } {
    const raw = { ...BASE_CONFIG, ...config } as Record<string, unknown>;
    const stack = parseStackConfig(key => {
        const value = raw[key];
        return value === undefined ? undefined : typeof value === "string" ? value : JSON.stringify(value);
    }, "test");
    const fixed: FixedResources = fixedResources(stack);
    const endpoints = fixed.interfaceEndpoints;
    return {
        kmsKeys: fixed.kmsKeys.length,
        ...(fixed.writer !== undefined ? { writer: fixed.writer } : {}),
        endpoints: endpoints === undefined ? [] : endpoints.services.map(s => [s, endpoints.zones] as [string, number]),
        bastion: fixed.bastion,
    };
}

describe("cost: the fixed costs are what the program creates", () => {
    // An existing VPC without endpoints: the program creates every one it needs, the estimate's upper bound.
    vpcWithoutEndpoints();

    // [name, config, KMS keys, interface endpoint network interfaces (services x zones), writer, bastion]
    const shapes: [string, Record<string, unknown>, number, number, boolean, boolean][] = [
        ["everything new (the dev stack)", {}, 4, 3, true, false],
        ["the Athena pipeline alone on an existing cluster", { ...EXISTING_CLUSTER, zeroEtl: "false" }, 1, 0, false, false],
        ["zero-ETL alone on a new cluster without sample data", { athenaPipeline: "false", sampleData: "false" }, 3, 0, true, false],
        ["a new cluster with the bastion", { zeroEtl: "false", sampleData: "false", bastion: "true" }, 2, 12, true, true],
        ["the loader on an existing cluster in an existing VPC", { ...EXISTING_CLUSTER, ...EXISTING_NETWORK, zeroEtl: "false", sampleData: "true" }, 2, 3, false, false],
        ["vpcEndpoints off", { vpcEndpoints: "false" }, 4, 0, true, false],
    ];
    for (const [name, config, keys, interfaces, writer, bastion] of shapes) {
        it(`${name}: ${keys} KMS keys, ${interfaces} endpoint interfaces, ${writer ? "a" : "no"} writer, ${bastion ? "a" : "no"} bastion`, async () => {
            const actual = await created(config);
            assert.deepStrictEqual([actual.kmsKeys, actual.endpoints.reduce((n, [, zones]) => n + zones, 0), actual.writer !== undefined, actual.bastion],
                [keys, interfaces, writer, bastion]);
            assert.deepStrictEqual(estimated(config), actual);
        });
    }
});
