// Every cost figure the docs show comes from `npm run cost`: each `cost-output` block, in any page, is what the command
// prints; a line "..." in a block stands for output lines left out.
import * as assert from "assert";
import * as path from "path";
import { runCli } from "../../scripts/cost/cli";
import { PRICE_INPUTS } from "../../scripts/cost/inputs";
import { REGION_PRICES } from "../../scripts/cost/prices";
import { documents, excerptMismatch as mismatch, excerptParts as parts, outputBlocks, read, ROOT } from "../harness/markdown";

/** The cost pages, which show the four estimates in full. */
const COST_PAGES = [path.join("docs", "cost.md"), path.join("docs", "cost.ja.md")];

/** `<!-- cost-output: npm run cost -- <args> -->` then a ```text fence: the args and the fenced lines. */
function costBlocks(markdown: string): Array<{ args: string[]; lines: string[] }> {
    return outputBlocks(markdown, "cost-output: npm run cost --").map(b => ({ args: b.args.split(" "), lines: b.lines }));
}

function run(args: string[]): string[] {
    const out: string[] = [];
    const err: string[] = [];
    const code = runCli(args, { out: l => out.push(l), err: l => err.push(l) }, ROOT);
    assert.deepStrictEqual([code, err], [0, []], `npm run cost -- ${args.join(" ")}`);
    return out;
}

describe("cost figures in the docs come from npm run cost", () => {
    const withBlocks = documents().filter(doc => costBlocks(read(doc)).length > 0);

    it("the cost pages, the README and its Japanese edition show cost-output blocks", () => {
        assert.deepStrictEqual(withBlocks, ["README.md", path.join("docs", "README.ja.md"), ...COST_PAGES].sort());
    });

    for (const doc of COST_PAGES) {
        it(`${doc} shows the four estimates in full: dev in us-west-2, both intervals tables, the seeds' tables`, () => {
            const blocks = costBlocks(read(doc));
            // The dev stack creates what has no list price here (S3 storage, the writer's ACU-hour, the loader's endpoint):
            // the aws-model examples pass those three prices.
            const prices = "--price-s3-gb-month 0.023 --price-aurora-acu-hour 0.12 --price-interface-endpoint-hour 0.01";
            assert.deepStrictEqual(blocks.map(b => b.args.join(" ")), [
                `--stack dev ${prices} --compare-intervals 0,60,900,3600`,
                `--stack dev --region ap-northeast-1 ${prices} --compare-intervals 0,60,900,3600`,
                `--stack dev ${prices}`,
                "--stack dev --model seeds",
            ]);
            assert.ok(blocks.every(b => !b.lines.includes("...")), "the cost pages leave nothing out");
        });
    }

    for (const doc of withBlocks) {
        costBlocks(read(doc)).forEach(block => {
            it(`${doc}: npm run cost -- ${block.args.join(" ")} prints the block line for line`, () => {
                assert.strictEqual(mismatch(run(block.args), block.lines), undefined);
            });
        });
    }

    it("a block that leaves lines out still fails on a changed line, a line out of order or a gap inside a part", () => {
        const output = ["a", "b", "c", "d"];
        assert.strictEqual(mismatch(output, ["a", "...", "c", "d"]), undefined);
        assert.strictEqual(mismatch(output, ["b", "c"]), undefined);
        assert.match(mismatch(output, ["a", "...", "c", "e"]) ?? "", /no lines \["c","e"\] after line 1/);
        assert.match(mismatch(output, ["c", "...", "a"]) ?? "", /no lines \["a"\] after line 3/);
        assert.match(mismatch(output, ["a", "c"]) ?? "", /no lines \["a","c"\]/);
        assert.throws(() => parts(["...", "a"]), /must stand between output lines/);
    });

    it("the seeds' block holds both reference totals", () => {
        const seeds = costBlocks(read(path.join("docs", "cost.md")))[3];
        assert.deepStrictEqual(seeds.lines.filter(l => l.startsWith("  Subtotal")), [
            "  Subtotal                         642.834",
            "  Subtotal                           563.2",
        ]);
    });

    // A price with no default is given by flag: "flag" in English, "フラグで指定" (given by flag) in Japanese.
    for (const [doc, flag] of [[COST_PAGES[0], "flag"], [COST_PAGES[1], "フラグで指定"]]) {
        it(`${doc}'s price table is scripts/cost/prices.ts, row by row`, () => {
            const lines = read(doc).split("\n");
            const start = lines.indexOf("<!-- cost-prices: the table below is checked against scripts/cost/prices.ts -->");
            assert.ok(start >= 0);
            assert.match(lines[start + 1], /^\| .+ \| us-east-1, us-west-2 \| ap-northeast-1 \|$|^\| .+ \| us-east-1、us-west-2 \| ap-northeast-1 \|$/);
            assert.deepStrictEqual(REGION_PRICES["us-east-1"], REGION_PRICES["us-west-2"]);
            const expected = PRICE_INPUTS.map(spec => `| \`--${spec.flag}\` (\`${spec.key}\`) | ` +
                `${REGION_PRICES["us-west-2"][spec.key] ?? flag} | ${REGION_PRICES["ap-northeast-1"][spec.key] ?? flag} |`);
            assert.deepStrictEqual(lines.slice(start + 3, start + 3 + expected.length), expected);
            assert.strictEqual(lines[start + 3 + expected.length], "");
        });
    }
});
