// The pack runs from a copy of policy/ alone, as `pulumi policy publish` ships it: nothing outside the folder is imported,
// and its package.json declares what it needs to start (@pulumi/policy, @pulumi/pulumi, typescript, ts-node, @types/node)
// and what it reads templates with (yaml).
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

import { PACK_DIR, ROOT } from "../../scripts/lib/offlinePreview";
import { PolicyPackServer } from "../../scripts/lib/policyAnalyzer";

describe("the policy pack from a standalone copy of policy/", function () {
    this.timeout(120000);
    let dir: string;

    before(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-pack-"));
        fs.cpSync(PACK_DIR, dir, { recursive: true, filter: src => !src.includes(`${path.sep}node_modules`) && !src.includes(`${path.sep}bin`) });
        // "Install": no network beyond the npm registry here, so the copy gets the packages it declares from this repo's install.
        fs.mkdirSync(path.join(dir, "node_modules"));
        const declared = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")).dependencies as Record<string, string>;
        for (const name of Object.keys(declared)) {
            fs.mkdirSync(path.dirname(path.join(dir, "node_modules", name)), { recursive: true });
            fs.symlinkSync(path.join(ROOT, "node_modules", name), path.join(dir, "node_modules", name), "dir");
        }
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it("declares typescript, ts-node and @types/node next to the Pulumi packages, and yaml for CloudFormation templates", () => {
        const declared = Object.keys(JSON.parse(fs.readFileSync(path.join(PACK_DIR, "package.json"), "utf8")).dependencies).sort();
        assert.deepStrictEqual(declared, ["@pulumi/policy", "@pulumi/pulumi", "@types/node", "ts-node", "typescript", "yaml"]);
    });

    it("imports nothing outside policy/", () => {
        const sources = fs.readdirSync(PACK_DIR, { recursive: true }).map(String).filter(f => f.endsWith(".ts") && !f.includes("node_modules"));
        for (const file of sources) {
            for (const m of fs.readFileSync(path.join(PACK_DIR, file), "utf8").matchAll(/from "(\.[^"]*)"/g)) {
                const target = path.resolve(PACK_DIR, path.dirname(file), m[1]);
                assert.ok(target.startsWith(PACK_DIR + path.sep), `${file} imports ${m[1]}, outside policy/`);
            }
        }
    });

    it("starts with only its declared packages and answers over gRPC", async () => {
        const server = await PolicyPackServer.start(dir);
        try {
            const info = await server.info();
            assert.strictEqual(info.name, "aurora-analytics-policies");
            assert.strictEqual(info.policies.length, 12);
            const [d] = await server.analyze({ type: "aws:rds/integration:Integration", name: "i", urn: "urn:pulumi:s::p::aws:rds/integration:Integration::i", properties: { targetArn: "arn:aws:redshift-serverless:us-west-2:123456789012:namespace/x" } });
            assert.strictEqual(`${d.enforcementLevel} ${d.policyName}`, "mandatory zero-etl-refresh-interval-declared");
        } finally {
            server.stop();
        }
    });
});
