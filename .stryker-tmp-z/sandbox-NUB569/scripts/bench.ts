// @ts-nocheck
// `npm run bench`: runs every benchmark module in scripts/bench/ in turn; each prints its own measurements.
import * as fs from "fs";
import * as path from "path";

async function main(): Promise<void> {
    const dir = path.join(__dirname, "bench");
    const only = process.argv.slice(2);
    const modules = fs.readdirSync(dir).filter(f => f.endsWith(".ts")).sort()
        .filter(f => only.length === 0 || only.includes(path.basename(f, ".ts")));
    for (const file of modules) {
        const name = path.basename(file, ".ts");
        console.log(`== ${name}`);
        // eslint-disable-next-line @typescript-eslint/no-var-requires
        const mod = require(path.join(dir, file)) as { run?: () => Promise<void> };
        if (typeof mod.run !== "function") {
            throw new Error(`scripts/bench/${file} must export async function run()`);
        }
        await mod.run();
    }
}

main().catch(err => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
});
