// Keeps the Japanese editions in step with the English pages: README.md with docs/README.ja.md, and each user-facing
// docs/<page>.md with docs/<page>.ja.md: same heading structure, every bash block copied verbatim, the same
// configuration table (keys, types, defaults, order), a first line that says which English page is authoritative.
import * as assert from "assert";
import * as path from "path";

import { bashBlocks, brokenLinks, configRows, headingCounts, read, USER_PAGES } from "../harness/markdown";

/** [English, Japanese, the English page as the Japanese one links it]. */
const PAIRS: Array<[string, string, string]> = [
    ["README.md", path.join("docs", "README.ja.md"), "../README.md"],
    ...USER_PAGES.map((p): [string, string, string] => [path.join("docs", `${p}.md`), path.join("docs", `${p}.ja.md`), `${p}.md`]),
];

for (const [enFile, jaFile, backLink] of PAIRS) {
    describe(`Japanese edition ${jaFile} of ${enFile}`, () => {
        // Read in each test, so that a missing page fails its tests instead of the whole file's loading.
        const en = () => read(enFile);
        const ja = () => read(jaFile);

        it(`has as many headings of each level as ${enFile}`, () => {
            const counts = headingCounts(en());
            assert.strictEqual(counts[0], 1, `${enFile} has one title`);
            assert.deepStrictEqual(headingCounts(ja()), counts);
        });

        it(`contains every bash block of ${enFile} verbatim`, () => {
            const missing = bashBlocks(en()).filter(block => !ja().includes(block));
            assert.deepStrictEqual(missing, [], "bash blocks missing or changed in the Japanese edition");
        });

        it(`says it is the Japanese edition, with ${enFile} authoritative, and links back to it`, () => {
            const top = ja().split("\n").slice(0, 3).join("\n");
            assert.ok(top.includes(`](${backLink})`), `the first lines link to ${backLink}`);
            assert.match(top, /日本語版/);
        });

        it("has no broken relative link or anchor", () => {
            assert.deepStrictEqual(brokenLinks(jaFile), []);
        });
    });
}

describe("Japanese configuration table (docs/configuration.ja.md)", () => {
    it("has the configuration table's keys, types and defaults in docs/configuration.md's order", () => {
        const expected = configRows(read(path.join("docs", "configuration.md")));
        assert.ok(expected.length >= 20, `docs/configuration.md's configuration table looks truncated (${expected.length} rows)`);
        assert.deepStrictEqual(configRows(read(path.join("docs", "configuration.ja.md"))), expected);
    });

    it("the English pages hold enough bash blocks for the comparison to mean something", () => {
        const all = [...PAIRS.map(([en]) => read(en))].flatMap(bashBlocks);
        assert.ok(all.length >= 10, `only ${all.length} bash blocks across README.md and the user pages`);
    });
});
