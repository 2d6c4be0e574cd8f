// The Athena pipeline is refused at config time in a region where Aurora cluster export is not offered.
import * as assert from "assert";

import { CLUSTER_EXPORT_REGIONS, parseStackConfig } from "../../components/config";

const raw = (values: Record<string, string>) => (key: string) => values[key];
const BASE = { refreshIntervalSeconds: "3600" };

describe("config: regions with cluster export", () => {
    it("accepts every region AWS lists, and no region at all (the provider then decides)", () => {
        for (const region of CLUSTER_EXPORT_REGIONS) {
            assert.strictEqual(parseStackConfig(raw(BASE), "dev", undefined, region).athenaPipeline, true, region);
        }
        assert.strictEqual(parseStackConfig(raw(BASE), "dev").athenaPipeline, true);
    });

    it("refuses a region without cluster export in one sentence with the fix", () => {
        for (const region of ["af-south-1", "eu-south-1", "me-south-1", "cn-north-1", "us-gov-west-1"]) {
            assert.throws(() => parseStackConfig(raw(BASE), "dev", undefined, region), (e: Error) => {
                assert.strictEqual(e.message, `Config key aws:region is ${region}, but the Athena pipeline exports the cluster to S3 and Aurora offers cluster export only in ${CLUSTER_EXPORT_REGIONS.join(", ")} (Aurora User Guide, "Supported Regions and Aurora DB engines for exporting cluster data to Amazon S3"); fix it with \`pulumi config set aws:region us-east-1\` or turn the pipeline off with \`pulumi config set athenaPipeline false\`.`);
                return true;
            });
        }
    });

    it("accepts such a region when the pipeline is off", () => {
        assert.strictEqual(parseStackConfig(raw({ ...BASE, athenaPipeline: "false" }), "dev", undefined, "af-south-1").athenaPipeline, false);
    });
});
