// @ts-nocheck
// Keeps docs/README.ja.md, the Japanese edition, in step with README.md: same configuration table (keys, types,
// defaults, order), same heading structure, and every bash block copied verbatim.
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..");
const README = "README.md";
const README_JA = path.join("docs", "README.ja.md");

function read(file: string): string {
    return fs.readFileSync(path.join(ROOT, file), "utf8");
}

/** A configuration table row: `| \`key\` | type | default | ...`. */
const CONFIG_ROW = /^\| `(\w+)` \| ([^|]*)\| ([^|]*)\|/;

/** Lines outside fenced code blocks (a fence may be indented, e.g. inside a list item). */
function proseLines(markdown: string): string[] {
    const out: string[] = [];
    let fence: string | undefined;
    for (const line of markdown.split("\n")) {
        const m = /^(\s*)```/.exec(line);
        if (fence === undefined) {
            if (m) fence = m[1];
            else out.push(line);
        } else if (m && m[1] === fence && line.trim() === "```") {
            fence = undefined;
        }
    }
    return out;
}

/**
 * The configuration table: every config row from the first one up to the first "## " heading after it.
 * Found by the table's structure, not by its (translated) section heading.
 */
function configRows(markdown: string): Array<[string, string, string]> {
    const lines = proseLines(markdown);
    const first = lines.findIndex(line => CONFIG_ROW.test(line));
    assert.ok(first >= 0, "no configuration table row found");
    let end = lines.findIndex((line, i) => i > first && line.startsWith("## "));
    if (end < 0) end = lines.length;
    const rows: Array<[string, string, string]> = [];
    for (const line of lines.slice(first, end)) {
        const m = CONFIG_ROW.exec(line);
        if (m) rows.push([m[1], m[2], m[3]]);
    }
    return rows;
}

/** Number of headings per level ("#" .. "######"), code blocks excluded. */
function headingCounts(markdown: string): number[] {
    const counts = [0, 0, 0, 0, 0, 0];
    for (const line of proseLines(markdown)) {
        const m = /^(#{1,6}) \S/.exec(line);
        if (m) counts[m[1].length - 1]++;
    }
    return counts;
}

/** Every fenced block opened by ```bash (at any indentation), fences included. */
function bashBlocks(markdown: string): string[] {
    const lines = markdown.split("\n");
    const blocks: string[] = [];
    for (let i = 0; i < lines.length; i++) {
        const open = /^(\s*)```bash\s*$/.exec(lines[i]);
        if (!open) continue;
        let j = i + 1;
        while (j < lines.length && lines[j] !== `${open[1]}\`\`\``) j++;
        assert.ok(j < lines.length, `unterminated bash block at line ${i + 1}`);
        blocks.push(lines.slice(i, j + 1).join("\n"));
        i = j;
    }
    return blocks;
}

describe("Japanese README (docs/README.ja.md)", () => {
    const en = read(README);
    const ja = read(README_JA);

    it("has the configuration table's keys, types and defaults in README.md's order", () => {
        const expected = configRows(en);
        assert.ok(expected.length >= 20, `README.md's configuration table looks truncated (${expected.length} rows)`);
        assert.deepStrictEqual(configRows(ja), expected);
    });

    it("has as many headings of each level as README.md", () => {
        const counts = headingCounts(en);
        assert.ok(counts[1] >= 10, "README.md has its ## sections");
        assert.deepStrictEqual(headingCounts(ja), counts);
    });

    it("contains every bash block of README.md verbatim", () => {
        const blocks = bashBlocks(en);
        assert.ok(blocks.length >= 5, "README.md has its bash blocks");
        const missing = blocks.filter(block => !ja.includes(block));
        assert.deepStrictEqual(missing, [], "bash blocks missing or changed in the Japanese edition");
    });

    it("says it is the Japanese edition, with README.md authoritative, and links back to it", () => {
        const top = ja.split("\n").slice(0, 3).join("\n");
        assert.ok(top.includes("](../README.md)"), "the first lines link to ../README.md");
        assert.match(top, /日本語版/);
    });

    it("has no relative link that breaks because the file lives in docs/", () => {
        const targets = [...ja.matchAll(/\]\(([^)\s]+)\)/g)].map(m => m[1]).filter(t => !/^(https?:|#|mailto:)/.test(t));
        for (const target of targets) {
            const file = path.join(ROOT, "docs", target.split("#")[0]);
            assert.ok(fs.existsSync(file), `broken relative link ${target}`);
        }
    });
});
