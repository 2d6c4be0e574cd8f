// The offline preview's output that the README and its Japanese edition show is what `npm run preview:offline` prints
// for the dev stack today: each `preview-output` block, where a line "..." stands for output lines left out.
import * as assert from "assert";
import * as path from "path";

import { loadStackFile, previewOffline } from "../../scripts/lib/offlinePreview";
import { documents, excerptMismatch, outputBlocks, read, ROOT } from "../harness/markdown";

describe("preview output in the docs comes from npm run preview:offline", () => {
    const withBlocks = documents().filter(doc => outputBlocks(read(doc), "preview-output: npm run preview:offline --").length > 0);

    it("the README and its Japanese edition show the dev stack's offline preview", () => {
        assert.deepStrictEqual(withBlocks, ["README.md", path.join("docs", "README.ja.md")]);
        for (const doc of withBlocks) {
            assert.deepStrictEqual(outputBlocks(read(doc), "preview-output: npm run preview:offline --").map(b => b.args), ["--stack dev"], doc);
        }
    });

    it("each block is an excerpt of the dev stack's offline preview, line for line", async () => {
        const { config, secrets } = loadStackFile(path.join(ROOT, "Pulumi.dev.yaml"));
        const output = (await previewOffline({ stack: "dev", config, secrets })).text.split("\n");
        for (const doc of withBlocks) {
            for (const block of outputBlocks(read(doc), "preview-output: npm run preview:offline --")) {
                assert.strictEqual(excerptMismatch(output, block.lines), undefined, doc);
            }
        }
    });
});
