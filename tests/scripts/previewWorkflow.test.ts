// .github/workflows/preview.yml (issue 20, part 7): the cloud preview's properties, read from the parsed YAML.
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";

const ROOT = path.join(__dirname, "..", "..");
const workflow = parse(fs.readFileSync(path.join(ROOT, ".github", "workflows", "preview.yml"), "utf8"));
const SDK_VERSION: string = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).dependencies["@pulumi/pulumi"];

interface Step { name?: string; id?: string; uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, unknown>; "working-directory"?: string; if?: string }
const cloud = workflow.jobs.cloud;
const steps: Step[] = cloud.steps;
const step = (id: string) => {
    const found = steps.find((s) => s.id === id);
    assert.ok(found, `no step with id ${id}`);
    return found!;
};

describe("preview.yml cloud job", () => {
    it("installs the Pulumi CLI pinned to the SDK version in package.json", () => {
        assert.strictEqual(SDK_VERSION, "3.276.0");
        const installs = steps.filter((s) => (s.run ?? "").includes("get.pulumi.com") || (s.uses ?? "").startsWith("pulumi/actions"));
        assert.strictEqual(installs.length, 1);
        assert.ok(installs[0].run!.includes(`curl -fsSL https://get.pulumi.com | sh -s -- --version ${SDK_VERSION}`));
    });

    it("runs pulumi preview with the base branch's pack in a run step, tee'd to a file, continuing on error", () => {
        const preview = step("preview");
        assert.strictEqual(preview.uses, undefined);
        assert.ok(preview.run!.includes("set -o pipefail"));
        assert.ok(/pulumi preview --stack "\$\{CLOUD_STACK\}"[^\n]*\\\n\s*--policy-pack base\/policy "\$\{config\[@\]\}" 2>&1 \| tee preview\.txt/.test(preview.run!), preview.run);
        assert.ok(preview.run!.includes("config=(--policy-pack-config base/policy-config.json)"));
        assert.strictEqual((preview as unknown as Record<string, unknown>)["continue-on-error"], true);
    });

    it("checks the base ref out into a separate folder, before installing", () => {
        const checkouts = steps.filter((s) => (s.uses ?? "").startsWith("actions/checkout@"));
        assert.strictEqual(checkouts.length, 2);
        assert.deepStrictEqual(checkouts[1].with, { ref: "${{ github.event.pull_request.base.sha }}", path: "base", "persist-credentials": false });
        const baseInstall = steps.find((s) => s["working-directory"] === "base");
        assert.strictEqual(baseInstall?.run, "npm ci --no-audit --no-fund --ignore-scripts");
    });

    it("has one concurrency group per pull request that cancels the run in progress", () => {
        assert.deepStrictEqual(cloud.concurrency, { group: "preview-cloud-${{ github.event.pull_request.number }}", "cancel-in-progress": true });
    });

    it("comments from the file and updates the one marked comment", () => {
        const comment = steps.find((s) => (s.uses ?? "").startsWith("actions/github-script@"))!;
        assert.strictEqual(comment.if, "always()");
        const script = String(comment.with!.script);
        assert.ok(script.includes('fs.readFileSync("preview.txt", "utf8")'));
        assert.ok(script.includes("github.rest.issues.updateComment"));
        assert.ok(script.includes("c.body.startsWith(marker)"));
        assert.strictEqual(steps.indexOf(comment) > steps.indexOf(step("preview")), true);
    });

    it("gives the Pulumi token only to the preview step and installs without scripts", () => {
        assert.strictEqual(JSON.stringify(cloud.env ?? {}).includes("secrets."), false);
        const withToken = steps.filter((s) => JSON.stringify(s.env ?? {}).includes("secrets.PULUMI_ACCESS_TOKEN"));
        assert.deepStrictEqual(withToken.map((s) => s.id), ["preview"]);
        for (const s of steps.filter((x) => (x.run ?? "").includes("npm ci"))) {
            assert.ok(s.run!.includes("--ignore-scripts"), s.run);
        }
    });
});
