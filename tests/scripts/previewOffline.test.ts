// npm run preview:offline for the stacks users really have (issue 12, item 8): existing cluster, Redshift and VPC, without AWS credentials.
import * as assert from "assert";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

import { DescribeVpcEndpointsCommand, EC2Client } from "@aws-sdk/client-ec2";
import { DescribeDBClustersCommand, RDSClient } from "@aws-sdk/client-rds";
import { RedshiftServerlessClient } from "@aws-sdk/client-redshift-serverless";
import { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { mockClient } from "aws-sdk-client-mock";

import { DEFAULT_MAXIMUM_SECONDS, DEFAULT_MINIMUM_SECONDS } from "../../policy/zeroEtlRefreshInterval";
import { LOOKUP_TOKENS, OFFLINE_LOOKUPS, runProgram } from "../../scripts/lib/mockProgram";
import { PASS_TITLES, ROOT, loadStackFile, notCheckedOffline, previewOffline } from "../../scripts/lib/offlinePreview";

const SCRIPT = path.join(ROOT, "scripts", "previewOffline.ts");
const PACK_VERSION = JSON.parse(fs.readFileSync(path.join(ROOT, "policy", "package.json"), "utf8")).version;

const CLUSTER = { "aurora-analytics:dbClusterId": "my-aurora" };
// The admin secret's ARN is a `secure:` value, as `pulumi config set --secret` writes it.
const REDSHIFT = {
    "aurora-analytics:redshiftNamespace": "my-namespace",
    "aurora-analytics:redshiftWorkgroup": "my-workgroup",
    "aurora-analytics:redshiftAdminSecretArn": { secure: "v1:AAABAHRoaXMgaXMgbm90IGEgcmVhbCBjaXBoZXJ0ZXh0" },
};
const VPC = {
    "aurora-analytics:vpcId": "vpc-0123456789abcdef0",
    "aurora-analytics:privateSubnetIds": ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1", "subnet-0123456789abcdef2"],
};

const NOT_CHECKED_HEADER = "Not checked offline (deploy-time checks that need AWS; `pulumi preview` and `pulumi up` run them):";
const CLUSTER_LINES = [
    "    existing Aurora cluster my-aurora: status, writer and members in sync (DescribeDBClusters), engine version not deprecated (DescribeDBEngineVersions), binlog cluster parameters (DescribeDBClusterParameters)",
];
const REDSHIFT_LINES = [
    "    existing namespace my-namespace: its ARN and current resource policy (the zero-ETL invocation merges its statements into it at deploy); with the ARN unknown the update pass cannot read the database invocation's refresh interval, which `pulumi up` judges",
    "    existing workgroup my-workgroup: in that namespace, and enable_case_sensitive_identifier read back (GetWorkgroup)",
    "    existing admin secret (redshiftAdminSecretArn): its KMS key, for the zero-ETL function's kms:Decrypt grant",
];
const VPC_LINES = [
    "    existing VPC vpc-0123456789abcdef0: enableDnsSupport and enableDnsHostnames, and its VPC endpoints (DescribeVpcEndpoints; only the missing ones are created)",
    "    existing subnet subnet-0123456789abcdef0: in the VPC, and its availability zone",
    "    existing subnet subnet-0123456789abcdef1: in the VPC, and its availability zone",
    "    existing subnet subnet-0123456789abcdef2: in the VPC, and its availability zone",
    "    route tables of vpc-0123456789abcdef0: the ones the S3 gateway endpoint attaches to",
];
const SECRETS_LINE = "Secrets replaced by placeholders (the offline preview can't decrypt them): aurora-analytics:redshiftAdminSecretArn.";

interface Scenario {
    stack: string;
    config: Record<string, unknown>;
    notChecked: string[];
    secrets: boolean;
    /**
     * Whether the update pass judges the database invocation: its input names the namespace's ARN, which an existing
     * namespace's lookup leaves unknown offline (a real `pulumi up` knows it and judges it).
     */
    invocationJudged: boolean;
}

const SCENARIOS: Scenario[] = [
    { stack: "cluster", config: CLUSTER, notChecked: CLUSTER_LINES, secrets: false, invocationJudged: true },
    { stack: "redshift", config: REDSHIFT, notChecked: REDSHIFT_LINES, secrets: true, invocationJudged: false },
    { stack: "vpc", config: VPC, notChecked: VPC_LINES, secrets: false, invocationJudged: true },
    // With the cluster and Redshift existing and neither the loader nor the bastion on, nothing runs in a VPC: the vpcId is
    // not looked up (components/network.ts networkNeeds), and the program warns that it is unused.
    { stack: "all", config: { ...CLUSTER, ...REDSHIFT, ...VPC }, notChecked: [...CLUSTER_LINES, ...REDSHIFT_LINES], secrets: true, invocationJudged: false },
];

/** The environment of a machine without AWS access: no credentials, no profile, no instance metadata. */
function noAwsEnv(dir: string): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {};
    for (const [key, value] of Object.entries(process.env)) {
        if (!key.startsWith("AWS_")) {
            env[key] = value;
        }
    }
    return {
        ...env,
        AWS_EC2_METADATA_DISABLED: "true",
        AWS_CONFIG_FILE: path.join(dir, "no-aws-config"),
        AWS_SHARED_CREDENTIALS_FILE: path.join(dir, "no-aws-credentials"),
    };
}

function stackYaml(refreshIntervalSeconds: number | undefined, config: Record<string, unknown>): string {
    const lines = ["config:", "  aws:region: us-west-2"];
    if (refreshIntervalSeconds !== undefined) {
        lines.push(`  aurora-analytics:refreshIntervalSeconds: ${refreshIntervalSeconds}`);
    }
    for (const [key, value] of Object.entries(config)) {
        if (Array.isArray(value)) {
            lines.push(`  ${key}:`, ...value.map(v => `    - ${v}`));
        } else if (typeof value === "object" && value !== null) {
            lines.push(`  ${key}:`, ...Object.entries(value).map(([k, v]) => `    ${k}: ${v}`));
        } else {
            lines.push(`  ${key}: ${value}`);
        }
    }
    return lines.join("\n") + "\n";
}

/** The lines from the "Not checked offline" header up to the blank line that ends the list. */
function notCheckedSection(stdout: string): string[] {
    const lines = stdout.split("\n");
    const start = lines.indexOf(NOT_CHECKED_HEADER);
    if (start < 0) {
        return [];
    }
    const end = lines.indexOf("", start);
    return lines.slice(start, end);
}

/** The verdict: from the "Policies:" line to the end. */
function verdictSection(stdout: string): string[] {
    const lines = stdout.replace(/\n$/, "").split("\n");
    return lines.slice(lines.findIndex(l => l.startsWith("Policies: ")));
}

describe("npm run preview:offline for stacks with existing resources, without AWS credentials", function () {
    this.timeout(300000);
    let dir: string;

    before(() => {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "preview-offline-"));
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    const run = (...args: string[]) =>
        spawnSync(process.execPath, ["-r", "ts-node/register/transpile-only", SCRIPT, ...args], { cwd: ROOT, encoding: "utf8", env: noAwsEnv(dir) });
    const writeStack = (stack: string, refreshIntervalSeconds: number | undefined, config: Record<string, unknown>) => {
        const file = path.join(dir, `Pulumi.${stack}.yaml`);
        fs.writeFileSync(file, stackYaml(refreshIntervalSeconds, config));
        return file;
    };
    const policyHeader = `Policies: aurora-analytics-policies@${PACK_VERSION} (12 policies)`;

    /**
     * Both passes of a stack whose interval is out of range: the preview pass judges the integration's declaration (the
     * invocation's input is unknown); the update pass also judges the invocation, whose input is known by then.
     */
    const blockedVerdict = (integrationName: string, seconds: number, range: string, fix: string, invocationRefused = true) => {
        const integration = [
            "    mandatory  zero-etl-refresh-interval  aws:rds/integration:Integration  zero-etl-integration",
            `               Zero-ETL integration zero-etl-integration (integrationName "${integrationName}") declares a refresh interval of ${seconds} s, outside the allowed ${range} seconds.`,
            fix,
        ];
        const declared = [
            "    mandatory  zero-etl-refresh-interval-declared  aws:rds/integration:Integration  zero-etl-integration",
            `               Zero-ETL integration zero-etl-integration declares a refresh interval of ${seconds} s, outside the allowed ${range} seconds.`,
            fix,
        ];
        return [
            policyHeader,
            PASS_TITLES.preview, ...integration, ...declared,
            PASS_TITLES.update, ...integration,
            ...(invocationRefused ? [
                "    mandatory  zero-etl-refresh-interval-declared  aws:lambda/invocation:Invocation  zero-etl-database",
                `               Invocation zero-etl-database sets refreshIntervalSeconds ${seconds} on database "zeroetl_db", outside the allowed ${range} seconds.`,
                fix,
            ] : []),
            ...declared,
            `Result: 2 mandatory violation(s) in the preview pass, ${invocationRefused ? 3 : 2} mandatory violation(s) in the update pass; 0 advisory in the preview pass, 0 advisory in the update pass: the preview is BLOCKED.`,
        ];
    };

    for (const scenario of SCENARIOS) {
        it(`${scenario.stack}: exits 0, lists the checks it did not run, and prints the verdict`, () => {
            const result = run("--stack-file", writeStack(scenario.stack, 3600, scenario.config));
            assert.strictEqual(result.status, 0, result.stderr + result.stdout);
            assert.doesNotMatch(result.stderr, /Error|\n\s+at /);
            const lines = result.stdout.split("\n");
            assert.strictEqual(lines[0], `Offline preview of stack ${scenario.stack}: a first deployment, computed under mocks (no AWS, no Pulumi CLI).`);
            assert.strictEqual(lines[1], scenario.secrets ? SECRETS_LINE : "");
            assert.match(result.stdout, /\n\s+1  aws:rds\/integration:Integration\n/);
            assert.deepStrictEqual(notCheckedSection(result.stdout), [NOT_CHECKED_HEADER, ...scenario.notChecked]);
            assert.deepStrictEqual(verdictSection(result.stdout), [
                policyHeader,
                PASS_TITLES.preview,
                "    no violations",
                PASS_TITLES.update,
                "    no violations",
                "Result: no mandatory violations in either pass, 0 advisory in the preview pass, 0 advisory in the update pass: the preview passes.",
            ]);
        });

        it(`${scenario.stack}: exits 1 when the refresh interval is below the default minimum`, () => {
            const result = run("--stack-file", writeStack(`${scenario.stack}-fast`, 30, scenario.config));
            assert.strictEqual(result.status, 1, result.stderr + result.stdout);
            assert.deepStrictEqual(notCheckedSection(result.stdout), [NOT_CHECKED_HEADER, ...scenario.notChecked]);
            const range = `${DEFAULT_MINIMUM_SECONDS} to ${DEFAULT_MAXIMUM_SECONDS}`;
            const fix = `               Fix: in aurora-analytics, run \`pulumi config set aurora-analytics:refreshIntervalSeconds 3600\` (${range}). ` +
                `In another program, tag the integration "aurora-analytics:refresh-interval-seconds": "3600" and create its database with ` +
                `CREATE DATABASE ... FROM INTEGRATION '<id>' SET REFRESH_INTERVAL 3600 (see the pack's README).`;
            assert.deepStrictEqual(verdictSection(result.stdout), blockedVerdict(`analytics-${scenario.stack}-fast-zero-etl`, 30, range, fix, scenario.invocationJudged));
        });
    }

    it("all: exits 1 when a --policy-config minimum is above the stack's interval", () => {
        const policyConfig = path.join(dir, "policy-config.json");
        fs.writeFileSync(policyConfig, JSON.stringify({
            "zero-etl-refresh-interval": { minimumSeconds: 7200 },
            "zero-etl-refresh-interval-declared": { minimumSeconds: 7200 },
        }));
        const result = run("--stack-file", writeStack("all", 3600, { ...CLUSTER, ...REDSHIFT, ...VPC }), "--policy-config", policyConfig);
        assert.strictEqual(result.status, 1, result.stderr + result.stdout);
        const fix = "               Fix: in aurora-analytics, run `pulumi config set aurora-analytics:refreshIntervalSeconds 7200` (7200 to 432000). " +
            "In another program, tag the integration \"aurora-analytics:refresh-interval-seconds\": \"7200\" and create its database with " +
            "CREATE DATABASE ... FROM INTEGRATION '<id>' SET REFRESH_INTERVAL 7200 (see the pack's README).";
        assert.deepStrictEqual(verdictSection(result.stdout), blockedVerdict("analytics-all-zero-etl", 3600, "7200 to 432000", fix, false));
    });

    it("a missing required key prints one sentence, no stack trace, and exits 2", () => {
        const result = run("--stack-file", writeStack("half-redshift", 3600, { "aurora-analytics:redshiftNamespace": "my-namespace" }));
        assert.strictEqual(result.status, 2, result.stderr + result.stdout);
        assert.strictEqual(result.stdout, "");
        assert.strictEqual(result.stderr,
            "preview:offline: Config key aurora-analytics:redshiftWorkgroup is required when redshiftNamespace is set (my-namespace): " +
            "the name of the existing Redshift Serverless workgroup in that namespace; fix it with `pulumi config set redshiftWorkgroup my-workgroup`.\n");
    });
});

describe("offline, deploy-time checks never reach AWS: one mechanism, the lookups of existing resources", function () {
    this.timeout(300000);
    // Stubbed only while this block runs (created at load time, they would replace other files' stubs of the same clients).
    const stubAll = () => ({
        rds: mockClient(RDSClient), ec2: mockClient(EC2Client), serverless: mockClient(RedshiftServerlessClient), secrets: mockClient(SecretsManagerClient),
    });
    let stubs: ReturnType<typeof stubAll>;
    const clients = () => stubs;
    const callCounts = () => Object.fromEntries(Object.entries(clients()).map(([name, m]) => [name, m.calls().length]));
    let dir: string;

    beforeEach(() => {
        Object.values(clients()).forEach(m => m.reset());
        // What an SDK call does on a machine without credentials.
        const noCredentials = () => Object.assign(new Error("Could not load credentials from any providers"), { name: "CredentialsProviderError" });
        stubs.rds.onAnyCommand().rejects(noCredentials());
        stubs.ec2.onAnyCommand().rejects(noCredentials());
        stubs.serverless.onAnyCommand().rejects(noCredentials());
        stubs.secrets.onAnyCommand().rejects(noCredentials());
    });
    before(() => {
        stubs = stubAll();
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "preview-offline-sdk-"));
    });
    after(() => {
        Object.values(clients()).forEach(m => m.restore());
        fs.rmSync(dir, { recursive: true, force: true });
    });

    it("every lookup the offline preview makes unknown says what it leaves unchecked", () => {
        assert.deepStrictEqual([...LOOKUP_TOKENS].sort(), Object.keys(OFFLINE_LOOKUPS).sort());
        assert.deepStrictEqual(notCheckedOffline([
            { token: "aws:ec2/getRouteTables:getRouteTables", inputs: { vpcId: { unknownOutput: true } } },
            { token: "aws:index/getRegion:getRegion", inputs: {} },
            { token: "aws:ec2/getSubnet:getSubnet", inputs: { id: "subnet-1" } },
            { token: "aws:ec2/getSubnet:getSubnet", inputs: { id: "subnet-1" } },
        ]), ["existing subnet subnet-1: in the VPC, and its availability zone"]);
    });

    it("the offline preview of a stack with all three existing resources sends no AWS SDK command and still judges it", async () => {
        const file = path.join(dir, "Pulumi.all.yaml");
        fs.writeFileSync(file, stackYaml(3600, { ...CLUSTER, ...REDSHIFT, ...VPC }));
        const { config, secrets: secretKeys } = loadStackFile(file);
        const result = await previewOffline({ stack: "all", config, secrets: secretKeys });
        assert.deepStrictEqual(callCounts(), { rds: 0, ec2: 0, serverless: 0, secrets: 0 });
        assert.deepStrictEqual(result.mandatory, []);
        assert.deepStrictEqual(result.notChecked, [...CLUSTER_LINES, ...REDSHIFT_LINES].map(l => l.trim()));
        assert.strictEqual(result.resources.filter(r => r.type === "aws:rds/integration:Integration").length, 1);
    });

    it("without that mechanism (lookups answered, as in a preview with AWS access) the same checks do call AWS", async () => {
        const run = await runProgram({
            // The bastion runs in the VPC and calls AWS APIs, so the VPC is looked up and gets endpoints (components/network.ts).
            config: { refreshIntervalSeconds: "3600", dbClusterId: "my-aurora", bastion: "true", vpcId: VPC["aurora-analytics:vpcId"], privateSubnetIds: VPC["aurora-analytics:privateSubnetIds"] },
            stack: "online",
            preview: true,
            invoke: args => {
                switch (args.token) {
                    case "aws:rds/getCluster:getCluster":
                        return { clusterIdentifier: "my-aurora", engine: "aurora-mysql", engineVersion: "8.0.mysql_aurora.3.08.0", dbClusterParameterGroupName: "g", arn: "arn:aws:rds:us-west-2:123456789012:cluster:my-aurora", vpcSecurityGroupIds: ["sg-1"], masterUserSecrets: [] };
                    case "aws:ec2/getVpc:getVpc":
                        return { id: args.inputs.id, enableDnsSupport: true, enableDnsHostnames: true };
                    case "aws:ec2/getSubnet:getSubnet":
                        return { id: args.inputs.id, vpcId: VPC["aurora-analytics:vpcId"], availabilityZone: `us-west-2${"abc"[Number(args.inputs.id.slice(-1))]}` };
                    default:
                        return undefined;
                }
            },
        });
        assert.ok(run.error, "the mocked SDK refuses every call, so the program must fail");
        assert.strictEqual(stubs.rds.commandCalls(DescribeDBClustersCommand).length, 1);
        assert.strictEqual(stubs.ec2.commandCalls(DescribeVpcEndpointsCommand).length, 1);
    });
});
