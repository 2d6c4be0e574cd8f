// @ts-nocheck
// Times the sample-data load at a given scale against a private MariaDB server over TCP, to size the loader Lambda.
// Usage: npx ts-node --transpile-only scripts/measureLoader.ts [--scale 1] [--runs 3]
import * as fs from "fs";
import * as path from "path";
import * as mysql from "mysql2/promise";

import { prepareSampleFiles, SCHEMA_FILE } from "../components/sampleData";
import { loadSampleData, parseManifest } from "../functions/loader/load";
import { directorySource } from "../functions/loader/sources";
import { startMariaDb } from "../tests/sql/mariadb";

function flag(name: string, fallback: number): number {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

async function main(): Promise<void> {
    const scale = flag("scale", 1);
    const runs = flag("runs", 3);
    const { dir } = prepareSampleFiles(scale);
    const manifest = parseManifest(fs.readFileSync(path.join(dir, "manifest.json"), "utf8"), "manifest.json");
    const schemaSql = fs.readFileSync(SCHEMA_FILE, "utf8");
    const server = await startMariaDb();
    try {
        for (let run = 1; run <= runs; run++) {
            // TCP, as the Lambda connects (without TLS: the private server has no certificate).
            const conn = await mysql.createConnection({ host: "127.0.0.1", port: server.port, user: "root", password: "", dateStrings: true });
            const started = process.hrtime.bigint();
            const result = await loadSampleData(conn, { database: "demodb", schemaSql, manifest, source: directorySource(dir), existingCluster: false });
            const seconds = Number(process.hrtime.bigint() - started) / 1e9;
            await conn.end();
            const rows = Object.values(result.rowCounts).reduce((a, b) => a + b, 0);
            console.log(JSON.stringify({ scale, run, seconds: Number(seconds.toFixed(2)), rows, rssMB: Math.round(process.memoryUsage().rss / 1048576) }));
        }
    } finally {
        await server.stop();
    }
}

main().catch(e => {
    console.error(e);
    process.exit(1);
});
