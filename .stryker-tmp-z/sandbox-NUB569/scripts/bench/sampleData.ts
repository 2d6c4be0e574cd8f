// @ts-nocheck
// Benchmark: how long the sample-data generator takes for the full TICKIT size (scale 1).
import { generateSampleData } from "../../components/sampleData/generator";

export async function run(): Promise<void> {
    const started = process.hrtime.bigint();
    const set = generateSampleData({ scale: 1 });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const rows = set.files.reduce((sum, f) => sum + f.rows, 0);
    const bytes = set.files.reduce((sum, f) => sum + f.content.length, 0);
    console.log(`sample-data scale=1: ${seconds.toFixed(2)} s, ${Math.round(rows / seconds)} rows/s (${rows} rows, ${(bytes / 1048576).toFixed(1)} MiB)`);
}
