// Benchmark: how long the sample-data generator takes for the full TICKIT size (scale 1).
import { generateSampleData } from "../../components/sampleData/generator";
import { Figure } from "../lib/figures";

/**
 * The generator runs on the deploying machine in every `pulumi preview` and `pulumi up` of a stack with sampleData
 * (components/sampleData prepareSampleFiles), so it gets the offline preview's budget for the whole dev stack.
 */
export const GENERATOR_LIMIT_SECONDS = 10;

export async function run(): Promise<Figure[]> {
    const started = process.hrtime.bigint();
    const set = generateSampleData({ scale: 1 });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const rows = set.files.reduce((sum, f) => sum + f.rows, 0);
    const bytes = set.files.reduce((sum, f) => sum + f.content.length, 0);
    console.log(`sample-data scale=1: ${Math.round(rows / seconds)} rows/s (${rows} rows, ${(bytes / 1048576).toFixed(1)} MiB)`);
    return [{ what: "sample-data generator, scale 1", value: seconds, limit: GENERATOR_LIMIT_SECONDS, unit: "s" }];
}
