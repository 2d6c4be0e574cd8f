// The one stack file reader of preview:offline and cost: the engine's key rules (a key without a namespace fails the
// load), the same secure-value test, unknown keys refused, and the preview's warning when aws:region is missing.
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

import { runCli } from "../../scripts/cost/cli";
import { checkConfig, loadStackFile, ProgramError, regionWarning } from "../../scripts/lib/offlinePreview";
import { parseStackFile } from "../../scripts/lib/stackFile";

function costRun(dir: string, stack: string) {
    const out: string[] = [];
    const err: string[] = [];
    const code = runCli(["--stack", stack, "--dir", dir], { out: l => out.push(l), err: l => err.push(l) });
    return { code, out, err };
}

/** What the offline preview says about a stack file before it runs the program (the script prints it and exits 2). */
function previewRefusal(file: string, stack: string): string | undefined {
    try {
        checkConfig(loadStackFile(file).config, stack);
        return undefined;
    } catch (e) {
        assert.ok(e instanceof ProgramError, `expected a ProgramError, got ${e}`);
        return (e as Error).message;
    }
}

describe("stack files read by preview:offline and cost", () => {
    let dir: string;
    before(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "stack-file-"));
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));
    const write = (stack: string, lines: string[]) => {
        const file = path.join(dir, `Pulumi.${stack}.yaml`);
        fs.writeFileSync(file, ["config:", ...lines].join("\n") + "\n");
        return file;
    };

    it("refuses a key without a namespace in both tools, with the same sentence", () => {
        const file = write("nons", ["  aws:region: us-west-2", "  aurora-analytics:refreshIntervalSeconds: 3600", "  dbClusterId: prod-aurora-01"]);
        const message = `${file}: config key dbClusterId has no namespace, and Pulumi refuses to load a stack file with such a key ` +
            "(\"configuration keys should be of the form <namespace>:<name>\"); fix it by renaming it to aurora-analytics:dbClusterId " +
            "(`pulumi config set` adds the namespace itself).";
        assert.strictEqual(previewRefusal(file, "nons"), message);
        assert.deepStrictEqual(costRun(dir, "nons"), { code: 1, out: [], err: [message] });
    });

    it("names no key when the namespace-less key is close to none of ours", () => {
        const file = write("nons2", ["  colour: blue"]);
        const message = `${file}: config key colour has no namespace, and Pulumi refuses to load a stack file with such a key ` +
            "(\"configuration keys should be of the form <namespace>:<name>\"); fix it by writing it as <namespace>:colour, with the namespace " +
            "it belongs to (aurora-analytics for this program's keys, aws for the AWS provider's) (`pulumi config set` adds the namespace itself).";
        assert.strictEqual(previewRefusal(file, "nons2"), message);
        assert.deepStrictEqual(costRun(dir, "nons2").err, [message]);
    });

    it("reads the old <namespace>:config:<name> form as the engine does, and refuses other colons", () => {
        const file = parseStackFile("config:\n  aurora-analytics:config:dbName: shop\n  aws:config:region: eu-west-1\n", "Pulumi.old.yaml");
        assert.strictEqual(file.raw("dbName"), "shop");
        assert.strictEqual(file.region, "eu-west-1");
        assert.throws(() => parseStackFile("config:\n  a:b:c: x\n", "Pulumi.x.yaml"), (e: unknown) => (e as Error).message ===
            "Pulumi.x.yaml: config key a:b:c is not of the form <namespace>:<name>, and Pulumi refuses to load a stack file with such a key; fix it by writing the key as <namespace>:<name>.");
    });

    it("refuses an unknown key of the project namespace in both tools, with the same sentence", () => {
        const file = write("typo", ["  aws:region: us-west-2", "  aurora-analytics:refreshIntervalSeconds: 3600", "  aurora-analytics:dbClusterID: prod-aurora-01"]);
        const message = "Config key aurora-analytics:dbClusterID is not a key this program reads (did you mean `dbClusterId`?); " +
            "fix it with `pulumi config rm dbClusterID` and `pulumi config set dbClusterId prod-aurora-01`.";
        assert.strictEqual(previewRefusal(file, "typo"), message);
        assert.deepStrictEqual(costRun(dir, "typo"), { code: 1, out: [], err: [message] });
    });

    it("tells secure values apart the same way for both tools: a map of exactly one key, secure, also inside a list", () => {
        const text = [
            "config:",
            "  aurora-analytics:redshiftAdminSecretArn:",
            "    secure: v1:AAAA",
            "  aurora-analytics:alertEmail:",
            "    secure: v1:BBBB",
            "    note: not a secret, a map of two keys",
            "  aurora-analytics:redshiftReadOnlyUsers:",
            "    - secure: v1:CCCC",
            "  aws:secretKey:",
            "    secure: v1:DDDD",
        ].join("\n");
        const file = parseStackFile(text, "Pulumi.s.yaml");
        assert.deepStrictEqual(file.secretKeys, ["redshiftAdminSecretArn", "redshiftReadOnlyUsers"]);
        assert.deepStrictEqual(file.secureKeys, ["aurora-analytics:redshiftAdminSecretArn", "aurora-analytics:redshiftReadOnlyUsers", "aws:secretKey"]);
        assert.strictEqual(file.raw("redshiftAdminSecretArn"), undefined);
        assert.strictEqual(file.raw("alertEmail"), "{\"secure\":\"v1:BBBB\",\"note\":\"not a secret, a map of two keys\"}");
        assert.deepStrictEqual(file.keys, ["redshiftAdminSecretArn", "alertEmail", "redshiftReadOnlyUsers"]);
        const p = path.join(dir, "Pulumi.s.yaml");
        fs.writeFileSync(p, text);
        const loaded = loadStackFile(p);
        assert.deepStrictEqual(loaded.secrets, file.secureKeys);
        assert.deepStrictEqual(loaded.config, {
            redshiftAdminSecretArn: "arn:aws:secretsmanager:us-west-2:123456789012:secret:offline-preview-placeholder-AbCdEf",
            alertEmail: "{\"secure\":\"v1:BBBB\",\"note\":\"not a secret, a map of two keys\"}",
            redshiftReadOnlyUsers: "[\"offline-preview-placeholder\"]",
            "aws:secretKey": "offline-preview-placeholder",
        });
    });

    it("hands scalars to the program as text and leaves null unset, like Pulumi", () => {
        const p = write("scalars", ["  aurora-analytics:refreshIntervalSeconds: 3600", "  aurora-analytics:zeroEtl: true", "  aurora-analytics:alertEmail: null"]);
        assert.deepStrictEqual(loadStackFile(p).config, { refreshIntervalSeconds: "3600", zeroEtl: "true" });
    });

    it("warns when aws:region is missing, naming the region the preview assumes", () => {
        assert.strictEqual(regionWarning({ refreshIntervalSeconds: "3600" }),
            "Warning: the stack sets no aws:region, so this preview assumes us-west-2 (a deployment uses the region of your AWS profile or AWS_REGION instead); " +
            "set it with `pulumi config set aws:region us-west-2`.");
        assert.strictEqual(regionWarning({ "aws:region": "eu-west-1" }), undefined);
    });
});
