// The TICKIT-shaped generator and its CLI: row counts, byte-identical output, the time window and argument errors.
import * as assert from "assert";
import { execFileSync } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import {
    DEFAULT_ANCHOR, TICKIT_ROW_COUNTS, generateSampleData, parseAnchor, rowCountsForScale, writeSampleData,
} from "../../components/sampleData/generator";
import { UsageError } from "../../scripts/lib/cli";
import { parseArgs } from "../../scripts/sampleData";

function digest(files: readonly { file: string; content: string }[]): string {
    const h = createHash("sha256");
    for (const f of files) h.update(f.file).update("\0").update(f.content);
    return h.digest("hex");
}

describe("sample-data generator", () => {
    it("produces the TICKIT row counts at scale 1, quickly", () => {
        const started = Date.now();
        const set = generateSampleData({ scale: 1 });
        const seconds = (Date.now() - started) / 1000;
        assert.deepStrictEqual(Object.fromEntries(set.files.map(f => [f.table, f.rows])),
            { category: 11, date: 365, venue: 202, users: 49990, event: 8798, listing: 192497, sales: 172456 });
        assert.deepStrictEqual(Object.fromEntries(set.files.map(f => [f.table, f.content.split("\n").length - 1])), { ...TICKIT_ROW_COUNTS });
        // "A few seconds" with room for a busy shared machine.
        assert.ok(seconds < 10, `scale 1 took ${seconds} s`);
    });

    it("gives byte-identical output for the same options (hash), and different output for another seed or anchor", () => {
        const a = generateSampleData({ scale: 0.05 });
        const b = generateSampleData({ scale: 0.05 });
        assert.strictEqual(digest(a.files), digest(b.files));
        assert.strictEqual(a.manifestJson, b.manifestJson);
        assert.notStrictEqual(digest(generateSampleData({ scale: 0.05, seed: 7 }).files), digest(a.files));
        assert.notStrictEqual(digest(generateSampleData({ scale: 0.05, anchor: "2026-12-01" }).files), digest(a.files));
        // Pinned: a change to the generator's output must be deliberate (it reloads every stack's sample).
        assert.strictEqual(createHash("sha256").update(generateSampleData({ scale: 0.001 }).manifestJson).digest("hex"),
            PINNED_MANIFEST_SHA256);
    });

    it("writes each file's sha256 and row count into the manifest, and the same bytes to disk", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aa-gen-"));
        try {
            const set = writeSampleData(dir, { scale: 0.01 });
            assert.deepStrictEqual(fs.readdirSync(dir).sort(),
                ["category.txt", "date.txt", "event.txt", "listing.txt", "manifest.json", "sales.txt", "users.txt", "venue.txt"]);
            const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8"));
            assert.deepStrictEqual(Object.keys(manifest), ["format", "scale", "anchor", "seed", "tables"]);
            assert.deepStrictEqual([manifest.format, manifest.scale, manifest.anchor, manifest.seed], ["tickit-pipe-v1", 0.01, "2026-11-01", 20081231]);
            for (const t of manifest.tables) {
                const bytes = fs.readFileSync(path.join(dir, t.file));
                assert.strictEqual(createHash("sha256").update(bytes).digest("hex"), t.sha256, t.file);
                assert.strictEqual(bytes.toString("utf8").split("\n").length - 1, t.rows, t.file);
                assert.strictEqual(bytes.toString("utf8"), set.files.find(f => f.file === t.file)!.content);
            }
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    it("scales row counts, keeps category and date fixed and gives every table at least one row", () => {
        assert.deepStrictEqual(rowCountsForScale(0.1), { category: 11, date: 365, venue: 20, users: 4999, event: 880, listing: 19250, sales: 17246 });
        assert.deepStrictEqual(rowCountsForScale(0.000001), { category: 11, date: 365, venue: 1, users: 1, event: 1, listing: 1, sales: 1 });
        assert.deepStrictEqual(rowCountsForScale(2), { category: 11, date: 365, venue: 404, users: 99980, event: 17596, listing: 384994, sales: 344912 });
        const tiny = generateSampleData({ scale: 0.000001 });
        assert.deepStrictEqual(tiny.files.map(f => f.rows), [11, 365, 1, 1, 1, 1, 1]);
        const [sale] = tiny.files.find(f => f.table === "sales")!.content.trimEnd().split("|").slice(1, 5);
        assert.strictEqual(sale, "1", "the only sale points at the only listing");
        for (const bad of [0, -1, 10.5, Number.NaN, Number.POSITIVE_INFINITY]) {
            assert.throws(() => rowCountsForScale(bad), { message: `scale ${bad} is not allowed: use a number greater than 0 and at most 10` });
        }
    });

    it("puts every date and timestamp in the 365 days ending on the anchor, with TICKIT-style date rows", () => {
        const set = generateSampleData({ scale: 0.02, anchor: "2024-03-01" });
        const lines = (table: string) => set.files.find(f => f.table === table)!.content.trimEnd().split("\n");
        const dates = lines("date");
        // 2024 is a leap year: the window starts 364 days before the anchor.
        assert.strictEqual(dates[0], "1|2023-03-03|FR|9|MAR|1|2023|FALSE");
        assert.strictEqual(dates[364], "365|2024-03-01|FR|9|MAR|1|2024|FALSE");
        assert.strictEqual(dates.find(d => d.includes("|2023-07-04|")), "124|2023-07-04|TU|27|JUL|3|2023|TRUE");
        assert.strictEqual(dates.find(d => d.includes("|2023-11-23|")), "266|2023-11-23|TH|47|NOV|4|2023|TRUE");
        const timestamps = ["event", "listing", "sales"].flatMap(t => lines(t).map(l => l.slice(l.lastIndexOf("|") + 1)));
        const sorted = [...timestamps].sort();
        assert.ok(sorted[0] >= "2023-03-03 00:00:00", sorted[0]);
        assert.ok(sorted[sorted.length - 1] <= "2024-03-01 23:59:59", sorted[sorted.length - 1]);
        // Rows in the last week, so a diff run near the anchor has something to pick up.
        assert.strictEqual(lines("sales").filter(l => l.slice(-19) >= "2024-02-23 00:00:00").length, LAST_WEEK_SALES);
    });

    it("rejects a malformed anchor or seed with the value", () => {
        assert.strictEqual(parseAnchor(DEFAULT_ANCHOR), Date.UTC(2026, 10, 1));
        for (const bad of ["2026-02-30", "26-11-01", "1999-01-01"]) {
            assert.throws(() => parseAnchor(bad), { message: `anchor "${bad}" is not a date YYYY-MM-DD between 2000 and 2999` });
        }
        assert.throws(() => generateSampleData({ scale: 0.01, seed: -1 }), { message: "seed -1 is not allowed: use a whole number from 0 to 4294967295" });
    });
});

describe("sample-data CLI", () => {
    it("parses --scale, --out, --anchor and --seed, with defaults", () => {
        assert.deepStrictEqual(parseArgs(["--scale", "0.5", "--out", "/tmp/x"]), { scale: 0.5, out: "/tmp/x", anchor: "2026-11-01", seed: 20081231 });
        assert.deepStrictEqual(parseArgs(["--out", "d", "--anchor", "2025-01-31", "--seed", "9"]), { scale: 1, out: "d", anchor: "2025-01-31", seed: 9 });
        // A bad command line is a UsageError: the script prints it as one line and the usage, and exits 2.
        const usageError = (message: string) => (e: unknown) => e instanceof UsageError && e.message === message;
        assert.throws(() => parseArgs(["--scale", "1"]), usageError("--out is required"));
        assert.throws(() => parseArgs(["--scale", "big", "--out", "d"]), usageError("--scale \"big\" is not a number"));
        assert.throws(() => parseArgs(["--out", "d", "--seed", "-1"]), usageError("option --seed needs a value (write --seed=<value> for one that starts with -)"));
        assert.throws(() => parseArgs(["--out", "d", "--seed", "1.5"]), usageError("--seed \"1.5\" is not a whole number"));
        assert.throws(() => parseArgs(["--rows", "5"]), usageError("unknown option --rows"));
        assert.throws(() => parseArgs(["--out"]), usageError("option --out needs a value"));
        assert.throws(() => parseArgs(["--out", "d", "stray"]), usageError("unexpected argument \"stray\""));
    });

    it("writes the files from the command line and fails with a message and exit code 1 on bad input", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aa-cli-"));
        const script = path.join(__dirname, "..", "..", "scripts", "sampleData.ts");
        const tsNode = [require.resolve("ts-node/dist/bin.js"), "--transpile-only", script];
        try {
            const out = execFileSync(process.execPath, [...tsNode, "--scale", "0.01", "--out", dir], { encoding: "utf8" });
            const expected = generateSampleData({ scale: 0.01 });
            assert.strictEqual(fs.readFileSync(path.join(dir, "manifest.json"), "utf8"), expected.manifestJson);
            assert.match(out, new RegExp(`^sales\\.txt +1725 rows  sha256 ${expected.files[6].sha256}$`, "m"));
            assert.throws(() => execFileSync(process.execPath, [...tsNode, "--scale", "20", "--out", dir], { encoding: "utf8", stdio: "pipe" }),
                (e: { status: number; stderr: string }) => e.status === 1
                    && e.stderr === "sample-data: scale 20 is not allowed: use a number greater than 0 and at most 10\n");
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});

const PINNED_MANIFEST_SHA256 = "a303f544dc935ba0ddbacec81a5613e63ccd916a973a4694b24c03353b628077";
// Sales in the 7 days before the anchor at scale 0.02 (about 1 in 50 of scale 1's ~5000).
const LAST_WEEK_SALES = 103;
