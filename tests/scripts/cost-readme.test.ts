// Every cost figure the READMEs show comes from `npm run cost`: each `cost-output` block is what the command prints.
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { runCli } from "../../scripts/cost/cli";
import { PRICE_INPUTS } from "../../scripts/cost/inputs";
import { REGION_PRICES } from "../../scripts/cost/prices";

const ROOT = path.resolve(__dirname, "../..");
const DOCS = ["README.md", path.join("docs", "README.ja.md")];

interface Block {
    readonly args: string[];
    readonly lines: string[];
}

/** `<!-- cost-output: npm run cost -- <args> -->` then a ```text fence: the args and the fenced lines. */
function costBlocks(markdown: string): Block[] {
    const lines = markdown.split("\n");
    const blocks: Block[] = [];
    lines.forEach((line, i) => {
        const m = /^<!-- cost-output: npm run cost -- (.+) -->$/.exec(line);
        if (!m) {
            return;
        }
        assert.strictEqual(lines[i + 1], "```text", `a cost-output marker must be followed by a text fence: ${line}`);
        const end = lines.indexOf("```", i + 2);
        assert.ok(end > i + 2, `unclosed cost-output block: ${line}`);
        blocks.push({ args: m[1].split(" "), lines: lines.slice(i + 2, end) });
    });
    return blocks;
}

function run(args: string[]): string[] {
    const out: string[] = [];
    const err: string[] = [];
    const code = runCli(args, { out: l => out.push(l), err: l => err.push(l) }, ROOT);
    assert.deepStrictEqual([code, err], [0, []], `npm run cost -- ${args.join(" ")}`);
    return out;
}

describe("README cost figures come from npm run cost", () => {
    for (const doc of DOCS) {
        const blocks = costBlocks(fs.readFileSync(path.join(ROOT, doc), "utf8"));

        it(`${doc} shows the four estimates: dev in us-west-2, both intervals tables, the seeds' tables`, () => {
            assert.deepStrictEqual(blocks.map(b => b.args.join(" ")), [
                "--stack dev --compare-intervals 0,60,900,3600",
                "--stack dev --region ap-northeast-1 --compare-intervals 0,60,900,3600",
                "--stack dev",
                "--stack dev --model seeds",
            ]);
        });

        blocks.forEach(block => {
            it(`${doc}: npm run cost -- ${block.args.join(" ")} prints the block line for line`, () => {
                const output = run(block.args);
                const start = output.indexOf(block.lines[0]);
                assert.ok(start >= 0, `output has no line ${JSON.stringify(block.lines[0])}`);
                assert.deepStrictEqual(block.lines, output.slice(start, start + block.lines.length));
            });
        });
    }

    it("the seeds' block holds both reference totals", () => {
        const seeds = costBlocks(fs.readFileSync(path.join(ROOT, "README.md"), "utf8"))[3];
        assert.deepStrictEqual(seeds.lines.filter(l => l.startsWith("  Subtotal")), [
            "  Subtotal                         642.834",
            "  Subtotal                           563.2",
        ]);
    });

    it("README's price table is scripts/cost/prices.ts, row by row", () => {
        const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8").split("\n");
        const start = readme.indexOf("<!-- cost-prices: the table below is checked against scripts/cost/prices.ts -->");
        assert.ok(start >= 0);
        assert.strictEqual(readme[start + 1], "| Price flag (file key) | us-east-1, us-west-2 | ap-northeast-1 |");
        assert.deepStrictEqual(REGION_PRICES["us-east-1"], REGION_PRICES["us-west-2"]);
        const expected = PRICE_INPUTS.map(spec => `| \`--${spec.flag}\` (\`${spec.key}\`) | ` +
            `${REGION_PRICES["us-west-2"][spec.key] ?? "flag"} | ${REGION_PRICES["ap-northeast-1"][spec.key] ?? "flag"} |`);
        assert.deepStrictEqual(readme.slice(start + 3, start + 3 + expected.length), expected);
        assert.strictEqual(readme[start + 3 + expected.length], "");
    });
});
