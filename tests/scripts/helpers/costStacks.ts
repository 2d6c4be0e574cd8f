// Stack files and an assumptions file the cost CLI tests (spawned and in-process) read from a temporary folder, and the
// in-process runner the tests share.
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { runCli, usage } from "../../../scripts/cost/cli";

const STACKS: Record<string, string[]> = {
    // On an existing cluster: no writer, network or sample data of this stack's own, so only list prices are needed.
    "Pulumi.zeroetl.yaml": [
        "config:",
        "  aws:region: ap-northeast-1",
        "  aurora-analytics:dbClusterId: prod-db",
        "  aurora-analytics:refreshIntervalSeconds: \"3600\"",
        "  aurora-analytics:athenaPipeline: \"false\"",
    ],
    "Pulumi.athena.yaml": [
        "config:",
        "  aurora-analytics:zeroEtl: false",
        "  aurora-analytics:loadSchedule: cron(0 3 * * ? *)",
        "  aurora-analytics:tables:",
        "    - name: sales",
        "      primaryKey: [salesid]",
        "      timestampColumn: saletime",
    ],
    "Pulumi.dev.yaml": [
        "config:",
        "  aurora-analytics:refreshIntervalSeconds: 0",
        "  aurora-analytics:redshiftBaseCapacity: 16",
    ],
    "Pulumi.bad.yaml": [
        "config:",
        "  aurora-analytics:refreshIntervalSeconds: \"3600\"",
        "  aurora-analytics:redshiftBaseCapacity: 10",
    ],
};

/** A temporary folder holding the zeroetl, athena, dev and bad stack files and athena-sample.json. */
export function costStackDir(prefix: string): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    for (const [file, lines] of Object.entries(STACKS)) {
        fs.writeFileSync(path.join(dir, file), lines.join("\n"));
    }
    fs.writeFileSync(path.join(dir, "athena-sample.json"), JSON.stringify({
        usage: { crawlerRunsPerMonth: 30, compressedSizeGb: 33, queriesPerDay: 100, quicksightReaders: 10 },
        prices: { exportGb: 0.012, glueDpuHour: 0.44, athenaTb: 5, quicksightReaderMonth: 3 },
    }));
    return dir;
}

/** One `npm run cost` in-process through runCli: exit code, stdout lines and stderr lines. */
export interface CostCliRun {
    readonly code: number;
    readonly out: string[];
    readonly err: string[];
}

export function runCostCli(args: string[], cwd: string): CostCliRun {
    const out: string[] = [];
    const err: string[] = [];
    const code = runCli(args, { out: l => out.push(l), err: l => err.push(l) }, cwd);
    return { code, out, err };
}

/** What runCli returns for a command line it cannot take: one line naming the problem, then the usage, exit code 2. */
export function usageRefusal(line: string): { code: number; out: string[]; err: string[] } {
    return { code: 2, out: [], err: [`cost: ${line}`, ...usage()] };
}
