// @ts-nocheck
// End to end with the real program: its preview-mode registrations, sent to the real pack over gRPC, and the CLI script.
import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

import { refreshIntervalOf } from "../../policy/lib/sql";
import { PACK_DIR, ROOT, readStackFile, toStackResources } from "../../scripts/lib/offlinePreview";
import { PolicyPackServer } from "../../scripts/lib/policyAnalyzer";
import { resolvePolicyConfig } from "../../scripts/lib/policyConfig";
import { RecordedResource, UNKNOWN, runProgram } from "../harness/mockProgram";

const INTEGRATION = "aws:rds/integration:Integration";
const STATEMENT = "aws:redshiftdata/statement:Statement";
const DEV_STACK_FILE = path.join(ROOT, "Pulumi.dev.yaml");

/** Test-only transform: the program without the statements that set REFRESH_INTERVAL with SQL known at preview. */
function withoutRefreshSetting(resources: RecordedResource[]): RecordedResource[] {
    return resources.filter(r => !(r.type === STATEMENT && typeof r.wireInputs.sql === "string" && refreshIntervalOf(r.wireInputs.sql) !== undefined));
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

    it("registers a zero-ETL integration whose refresh setting is an ALTER statement known at preview and a CREATE statement that is not", () => {
        const integrations = resources.filter(r => r.type === INTEGRATION);
        assert.strictEqual(integrations.length, 1, "the dev stack must have exactly one integration, or these tests pass vacuously");
        const statements = resources.filter(r => r.type === STATEMENT);
        const create = statements.filter(s => s.wireInputs.sql === UNKNOWN);
        const alter = statements.filter(s => typeof s.wireInputs.sql === "string" && /^ALTER DATABASE /.test(s.wireInputs.sql));
        assert.strictEqual(create.length, 1);
        assert.strictEqual(alter.length, 1);
        assert.match(alter[0].wireInputs.sql, /^ALTER DATABASE "[a-z_][a-z0-9_]*" INTEGRATION SET REFRESH_INTERVAL 3600$/);
        assert.ok(create[0].dependencies.includes(integrations[0].urn), "CREATE DATABASE depends on the integration");
        assert.ok(alter[0].dependencies.includes(create[0].urn), "ALTER DATABASE depends on CREATE DATABASE");
    });

    it("has no mandatory violation", async () => {
        assert.deepStrictEqual((await mandatory(resources)).map(d => `${d.policyName}: ${d.message}`), []);
    });

    it("blocks exactly that integration when the refresh-interval statement is removed", async () => {
        const integration = resources.find(r => r.type === INTEGRATION)!;
        const stripped = withoutRefreshSetting(resources);
        assert.strictEqual(stripped.length, resources.length - 1);
        const violations = await mandatory(stripped);
        assert.deepStrictEqual(violations.map(d => `${d.policyName} ${d.urn}`), [`zero-etl-refresh-interval ${integration.urn}`]);
        assert.match(violations[0].message, new RegExp(`Zero-ETL integration ${integration.name}\\b.*can't be read at preview.*refreshIntervalSeconds`, "s"));
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
        assert.match(result.stdout, /\nResult: no mandatory violations, \d+ advisory: the preview passes\.$/m);
    });

    it("exits 1 and names the integration when minimumSeconds is above the stack's refresh interval", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-config-"));
        const file = path.join(dir, "policy-config.json");
        fs.writeFileSync(file, JSON.stringify({ "zero-etl-refresh-interval": { minimumSeconds: 7200 } }));
        try {
            const result = run("--stack", "dev", "--policy-config", file);
            assert.strictEqual(result.status, 1, result.stderr + result.stdout);
            assert.match(result.stdout, /mandatory  zero-etl-refresh-interval  aws:rds\/integration:Integration  \S+\n\s+Zero-ETL integration \S+ .*outside the allowed 7200 to 432000 seconds/);
            assert.match(result.stdout, /Result: 1 mandatory violation\(s\), \d+ advisory: the preview is BLOCKED\./);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    it("exits 2 with one sentence for a bad option or policy config", () => {
        const bad = run("--stack");
        assert.strictEqual(bad.status, 2);
        assert.match(bad.stderr, /^preview:offline: --stack needs a value/);
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "policy-config-"));
        const file = path.join(dir, "policy-config.json");
        fs.writeFileSync(file, JSON.stringify({ "zero-etl-refresh-interval": { minimumSeconds: -1 } }));
        try {
            const result = run("--policy-config", file);
            assert.strictEqual(result.status, 2);
            assert.match(result.stderr, /Policy config zero-etl-refresh-interval.minimumSeconds has the invalid value -1: allowed is at least 0\./);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});
