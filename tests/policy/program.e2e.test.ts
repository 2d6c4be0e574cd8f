// End to end with the real program: its preview-mode registrations, sent to the real pack over gRPC, and the CLI script.
import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

import { PACK_DIR, ROOT, readStackFile, toStackResources } from "../../scripts/lib/offlinePreview";
import { PolicyPackServer } from "../../scripts/lib/policyAnalyzer";
import { resolvePolicyConfig } from "../../scripts/lib/policyConfig";
import { RecordedResource, UNKNOWN, runProgram } from "../harness/mockProgram";

const INTEGRATION = "aws:rds/integration:Integration";
const INVOCATION = "aws:lambda/invocation:Invocation";
const TAG = "aurora-analytics:refresh-interval-seconds";
const DEV_STACK_FILE = path.join(ROOT, "Pulumi.dev.yaml");

/** Test-only transform: the program's integration without its refresh-interval declaration. */
function withoutDeclaration(resources: RecordedResource[]): RecordedResource[] {
    return resources.map(r => (r.type === INTEGRATION ? { ...r, wireInputs: { ...r.wireInputs, tags: {} } } : r));
}

/** Test-only transform: a second integration between the same source and target, with no setting of its own. */
function withSecondIntegration(resources: RecordedResource[]): RecordedResource[] {
    const original = resources.find(r => r.type === INTEGRATION)!;
    const name = `${original.name}-second`;
    return [...resources, { ...original, name, urn: original.urn.replace(/::[^:]+$/, `::${name}`), wireInputs: { ...original.wireInputs, integrationName: "second" } }];
}

describe("policy pack on the real program (dev stack, preview of a first deploy)", function () {
    this.timeout(180000);
    let server: PolicyPackServer;
    let resources: RecordedResource[];

    before(async () => {
        const starting = PolicyPackServer.start(PACK_DIR);
        const run = await runProgram({ config: readStackFile(DEV_STACK_FILE), stack: "dev", preview: true });
        server = await starting;
        await server.configure(resolvePolicyConfig(await server.info()));
        assert.strictEqual(run.error, undefined, `program failed: ${run.error?.message}`);
        resources = run.resources;
    });

    after(() => server?.stop());

    const mandatory = async (rs: RecordedResource[]) =>
        (await server.analyzeAll(toStackResources(rs))).filter(d => d.enforcementLevel === "mandatory");

    it("registers a zero-ETL integration that declares its interval at preview, and a database invocation that depends on it", () => {
        const integrations = resources.filter(r => r.type === INTEGRATION);
        assert.strictEqual(integrations.length, 1, "the dev stack must have exactly one integration, or these tests pass vacuously");
        assert.deepStrictEqual(integrations[0].wireInputs.tags, { "aurora-analytics:project": "aurora-analytics", "aurora-analytics:stack": "dev", [TAG]: "3600" });
        const database = resources.filter(r => r.type === INVOCATION && r.name === "zero-etl-database");
        assert.strictEqual(database.length, 1);
        assert.strictEqual(database[0].wireInputs.input, UNKNOWN, "the input holds the integration id, unknown at the first preview");
        assert.strictEqual(database[0].wireInputs.lifecycleScope, "CRUD");
        assert.ok(database[0].dependencies.includes(integrations[0].urn), "the database invocation depends on the integration");
        assert.deepStrictEqual(resources.filter(r => r.type === "aws:redshiftdata/statement:Statement"), []);
    });

    it("has no mandatory violation", async () => {
        assert.deepStrictEqual((await mandatory(resources)).map(d => `${d.policyName}: ${d.message}`), []);
    });

    it("blocks exactly that integration when its refresh-interval declaration is removed", async () => {
        const integration = resources.find(r => r.type === INTEGRATION)!;
        const violations = await mandatory(withoutDeclaration(resources));
        assert.deepStrictEqual(violations.map(d => `${d.policyName} ${d.urn}`), [
            `zero-etl-refresh-interval-declared ${integration.urn}`,
            `zero-etl-refresh-interval ${integration.urn}`,
        ]);
    });

    it("finds the integration's source parameter group and target workgroup through the program's wiring", async () => {
        const edit = (type: string, change: (inputs: Record<string, any>) => Record<string, any>) =>
            resources.map(r => (r.type === type ? { ...r, wireInputs: change(r.wireInputs) } : r));
        const cluster = resources.find(r => r.type === "aws:rds/cluster:Cluster")!;
        const workgroup = resources.find(r => r.type === "aws:redshiftserverless/workgroup:Workgroup")!;
        const noRowFormat = edit("aws:rds/clusterParameterGroup:ClusterParameterGroup",
            i => ({ ...i, parameters: i.parameters.filter((p: { name: string }) => p.name !== "binlog_format") }));
        assert.deepStrictEqual((await mandatory(noRowFormat)).map(d => `${d.policyName} ${d.urn}`), [`zero-etl-source-binlog ${cluster.urn}`]);
        const caseInsensitive = edit("aws:redshiftserverless/workgroup:Workgroup",
            i => ({ ...i, configParameters: i.configParameters.filter((p: { parameterKey: string }) => p.parameterKey !== "enable_case_sensitive_identifier") }));
        assert.deepStrictEqual((await mandatory(caseInsensitive)).map(d => `${d.policyName} ${d.urn}`), [`zero-etl-target-case-sensitive ${workgroup.urn}`]);
    });

    it("in an update, where the invocation's input is known, passes, and blocks when the database's interval differs from the declaration", async () => {
        const run = await runProgram({ config: readStackFile(DEV_STACK_FILE), stack: "dev" });
        assert.strictEqual(run.error, undefined);
        assert.deepStrictEqual((await mandatory(run.resources)).map(d => `${d.policyName}: ${d.message}`), []);
        const integration = run.resources.find(r => r.type === INTEGRATION)!;
        const mismatched = run.resources.map(r => (r.type === INVOCATION && r.name === "zero-etl-database"
            ? { ...r, wireInputs: { ...r.wireInputs, input: JSON.stringify({ ...JSON.parse(r.wireInputs.input), refreshIntervalSeconds: 7200 }) } } : r));
        const violations = await mandatory(mismatched);
        assert.deepStrictEqual(violations.map(d => `${d.policyName} ${d.urn}`), [`zero-etl-refresh-interval ${integration.urn}`]);
        assert.strictEqual(violations[0].message.split("\n")[1],
            `Zero-ETL integration zero-etl-integration (integrationName "analytics-dev-zero-etl") declares 3600 s, but zero-etl-database sets 7200 s on database zeroetl_db.`);
    });

    it("with two integrations and one setting, blocks exactly the one without", async () => {
        const doubled = withSecondIntegration(resources);
        const second = doubled[doubled.length - 1];
        assert.deepStrictEqual((await mandatory(doubled)).map(d => `${d.policyName} ${d.urn}`), [`zero-etl-refresh-interval ${second.urn}`]);
    });
});

describe("npm run preview:offline (the script, in its own process)", function () {
    this.timeout(180000);
    const script = path.join(ROOT, "scripts", "previewOffline.ts");
    const run = (...args: string[]) => spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", script, ...args], { cwd: ROOT, encoding: "utf8" });

    it("prints the plan and exits 0 for the dev stack", () => {
        const result = run();
        assert.strictEqual(result.status, 0, result.stderr + result.stdout);
        assert.match(result.stdout, /^Offline preview of stack dev: /);
        assert.match(result.stdout, /\n\s+1  aws:rds\/integration:Integration\n/);
        assert.match(result.stdout, /\nResult: no mandatory violations in either pass, \d+ advisory in the preview pass, \d+ advisory in the update pass: the preview passes\.$/m);
    });

    it("exits 1 and names the integration when minimumSeconds is above the stack's refresh interval", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-config-"));
        const file = path.join(dir, "policy-config.json");
        fs.writeFileSync(file, JSON.stringify({ "zero-etl-refresh-interval": { minimumSeconds: 7200 } }));
        try {
            const result = run("--stack", "dev", "--policy-config", file);
            assert.strictEqual(result.status, 1, result.stderr + result.stdout);
            assert.match(result.stdout, /mandatory  zero-etl-refresh-interval  aws:rds\/integration:Integration  \S+\n\s+Zero-ETL integration \S+ .*outside the allowed 7200 to 432000 seconds/);
            // Issue 20 part 5: the one setting raises the range of zero-etl-refresh-interval-declared too (the integration's tag, at its step).
            assert.match(result.stdout, /mandatory  zero-etl-refresh-interval-declared  aws:rds\/integration:Integration  \S+\n\s+Zero-ETL integration \S+ declares a refresh interval of 3600 s, outside the allowed 7200 to 432000 seconds/);
            assert.match(result.stdout, /\nResult: 2 mandatory violation\(s\) in the preview pass, 3 mandatory violation\(s\) in the update pass; 0 advisory in the preview pass, 0 advisory in the update pass: the preview is BLOCKED\.\n$/);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    it("exits 2 with one sentence for a bad option or policy config", () => {
        const bad = run("--stack");
        assert.strictEqual(bad.status, 2);
        // One line, then the usage (scripts/lib/cli.ts, the same for every script).
        assert.match(bad.stderr, /^preview:offline: option --stack needs a value\nusage: npm run preview:offline -- /);
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-config-"));
        const file = path.join(dir, "policy-config.json");
        fs.writeFileSync(file, JSON.stringify({ "zero-etl-refresh-interval": { minimumSeconds: -1 } }));
        try {
            const result = run("--policy-config", file);
            assert.strictEqual(result.status, 2);
            assert.match(result.stderr, /Policy config zero-etl-refresh-interval.minimumSeconds has the invalid value -1: allowed is at least 1\./);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});
