// The mock engine: runs the real program (config -> components -> resources) under Pulumi mocks and records every registration.
// The offline preview (scripts/previewOffline.ts) and the tests (tests/harness/mockProgram.ts re-exports it) both use it.
import * as pulumi from "@pulumi/pulumi";
import { MockMonitor, MockCallArgs, MockResourceArgs, MockResourceResult } from "@pulumi/pulumi/runtime/mocks";
import * as settings from "@pulumi/pulumi/runtime/settings";
import { unknownValue } from "@pulumi/pulumi/runtime/rpc";

import { PROJECT, readStackConfig, StackConfig } from "../../components/config";
import { createAnalytics } from "../../components/analytics";

// The runtime's store is internal (its .d.ts does not compile), so it is reached untyped.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const state: { getStore(): any } = require("@pulumi/pulumi/runtime/state");

export const ACCOUNT_ID = "123456789012";
export const REGION = "us-west-2";
/** The string the engine uses for a value that is not known until the resource exists. */
export const UNKNOWN = unknownValue;

/** One resource registration, as the engine (and a policy analyzer) would see it. */
export interface RecordedResource {
    type: string;
    name: string;
    urn: string;
    custom: boolean;
    /** Inputs as the program passed them (unknowns appear as undefined). */
    inputs: Record<string, any>;
    /** Inputs in wire form: unknown values are the UNKNOWN sentinel, as the CLI sends them to analyzers. */
    wireInputs: Record<string, any>;
    /** What the mock returned as the resource's state. */
    outputs: Record<string, any>;
    id: string;
    parent: string;
    dependencies: string[];
    propertyDependencies: Record<string, string[]>;
    provider: string;
    protect?: boolean;
    retainOnDelete?: boolean;
    deleteBeforeReplace: boolean;
    ignoreChanges: string[];
    replaceOnChanges: string[];
    importId: string;
}

export interface RecordedCall {
    token: string;
    inputs: Record<string, any>;
}

export type InvokeHandler = (args: MockCallArgs) => Record<string, any> | undefined;
export type ResourceHandler = (args: MockResourceArgs, preview: boolean) => Record<string, any> | undefined;

export interface RunOptions {
    /** Stack config without the project prefix; objects and arrays are JSON-encoded like the CLI does. */
    config: Record<string, unknown>;
    stack?: string;
    /** Run as `pulumi preview` of a first deployment: ids, ARNs and other computed values are unknown. */
    preview?: boolean;
    /** Extra or overriding results for provider function calls (return undefined to fall through). */
    invoke?: InvokeHandler;
    /** Extra or overriding output state for resources (merged over the defaults). */
    resource?: ResourceHandler;
    /** Runs before the program, inside the stack (e.g. to register a stack transformation). */
    before?: () => void;
    /**
     * The offline preview: lookups of existing resources (LOOKUP_TOKENS) resolve to unknown values, as a preview
     * without AWS access shows them, in its preview pass and in its update pass alike (preview false: what the stack
     * creates has mock ids). Whatever is computed from them (deploy-time checks in applies) does not run.
     */
    offline?: boolean;
    /** Build something other than the whole program from the parsed config (for one component's tests). */
    program?: (config: StackConfig) => Record<string, unknown>;
}

export interface ProgramRun {
    resources: RecordedResource[];
    calls: RecordedCall[];
    outputs: Record<string, any>;
    /** The error that stopped the program, if any (config or preflight). */
    error?: Error;
    byType(type: string): RecordedResource[];
    one(type: string, name?: string): RecordedResource;
}

let runCounter = 0;

function arnFor(type: string, name: string): string {
    const [pkg, mod] = type.split(":");
    const service = (mod ?? "x").split("/")[0].toLowerCase();
    return `arn:aws:${service}:${REGION}:${ACCOUNT_ID}:${pkg === "aws" ? service : pkg}/${name}`;
}

/** Outputs a real provider computes; under preview they are unknown, otherwise deterministic fakes. */
function computedOutputs(args: MockResourceArgs, preview: boolean): Record<string, any> {
    const value = (v: any) => (preview ? UNKNOWN : v);
    // Auto-naming: the engine gives unnamed resources their logical name plus a random suffix.
    const out: Record<string, any> = { arn: value(arnFor(args.type, args.name)), name: args.inputs.name ?? `${args.name}-1234567` };
    switch (args.type) {
        case "awsx:ec2:Vpc":
            return {
                vpcId: value("vpc-0aaaaaaaaaaaaaaaa"),
                isolatedSubnetIds: preview ? UNKNOWN : ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2", "subnet-0aaaaaaaaaaaaaaa3"],
                privateSubnetIds: preview ? UNKNOWN : [],
                publicSubnetIds: preview ? UNKNOWN : [],
                subnets: preview ? UNKNOWN : [],
                routeTables: preview ? UNKNOWN : [],
            };
        case "aws:rds/cluster:Cluster":
            return {
                ...out,
                clusterIdentifier: args.inputs.clusterIdentifier ?? `${args.name}-1234567`,
                arn: value(`arn:aws:rds:${REGION}:${ACCOUNT_ID}:cluster:${args.inputs.clusterIdentifier ?? `${args.name}-1234567`}`),
                endpoint: value(`${args.name}.cluster-abc.${REGION}.rds.amazonaws.com`),
                readerEndpoint: value(`${args.name}.cluster-ro-abc.${REGION}.rds.amazonaws.com`),
                port: args.inputs.port ?? 3306,
                clusterResourceId: value("cluster-ABCDEFGHIJKLMNOP"),
                masterUserSecrets: preview ? UNKNOWN : [{
                    secretArn: `arn:aws:secretsmanager:${REGION}:${ACCOUNT_ID}:secret:rds!cluster-abc-AbCdEf`,
                    kmsKeyId: "kms-key", secretStatus: "active",
                }],
            };
        case "aws:rds/integration:Integration":
            return {
                ...out,
                arn: value(`arn:aws:rds:${REGION}:${ACCOUNT_ID}:integration:11111111-2222-3333-4444-555555555555`),
                integrationIdentifier: value("11111111-2222-3333-4444-555555555555"),
            };
        case "aws:redshiftserverless/namespace:Namespace":
            return {
                ...out,
                arn: value(`arn:aws:redshift-serverless:${REGION}:${ACCOUNT_ID}:namespace/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee`),
                namespaceId: value("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"),
                adminPasswordSecretArn: value(`arn:aws:secretsmanager:${REGION}:${ACCOUNT_ID}:secret:redshift!${args.inputs.namespaceName}-admin-AbCdEf`),
            };
        case "aws:redshiftserverless/workgroup:Workgroup":
            return {
                ...out,
                arn: value(`arn:aws:redshift-serverless:${REGION}:${ACCOUNT_ID}:workgroup/ffffffff-1111-2222-3333-444444444444`),
                endpoints: preview ? UNKNOWN : [{ address: `${args.inputs.workgroupName}.${ACCOUNT_ID}.${REGION}.redshift-serverless.amazonaws.com`, port: 5439, vpcEndpoints: [] }],
            };
        case "aws:s3/bucket:Bucket":
            return { ...out, bucket: args.inputs.bucket ?? `${args.name}-1234567`, arn: value(`arn:aws:s3:::${args.inputs.bucket ?? `${args.name}-1234567`}`) };
        case "aws:lambda/function:Function":
            // The provider's Read sets codeSha256 from GetFunction; sourceCodeHash is only ever what the program set.
            return { ...out, arn: value(`arn:aws:lambda:${REGION}:${ACCOUNT_ID}:function:${args.name}-1234567`), codeSha256: value("c29tZS1oYXNo") };
        case "aws:cloudwatch/logGroup:LogGroup":
            return { ...out, arn: value(`arn:aws:logs:${REGION}:${ACCOUNT_ID}:log-group:${args.inputs.name ?? `${args.name}-1234567`}`) };
        case "aws:lambda/invocation:Invocation":
            return { ...out, result: value(JSON.stringify({ rowCounts: {} })) };
        case "aws:kms/key:Key":
            return { ...out, keyId: value(`key-${args.name}`), arn: value(`arn:aws:kms:${REGION}:${ACCOUNT_ID}:key/${args.name}`) };
        case "aws:ec2/securityGroup:SecurityGroup":
            return { ...out, id: value(`sg-${args.name}`) };
        default:
            return out;
    }
}

/**
 * The one mechanism that keeps the offline preview away from AWS: provider functions that look up existing resources
 * in the account resolve to unknown values offline, so every deploy-time check computed from them (an apply that calls
 * the AWS SDK or throws on what it finds) does not run. Each entry says, for the output, what that leaves unchecked;
 * undefined when the lookup's input is itself unknown (a VPC this stack creates), as a real preview skips it too.
 */
export const OFFLINE_LOOKUPS: Readonly<Record<string, (inputs: Record<string, any>) => string | undefined>> = {
    "aws:rds/getCluster:getCluster": i => `existing Aurora cluster ${i.clusterIdentifier}: status, writer and members in sync (DescribeDBClusters), engine version not deprecated (DescribeDBEngineVersions), binlog cluster parameters (DescribeDBClusterParameters)`,
    "aws:redshiftserverless/getNamespace:getNamespace": i => `existing namespace ${i.namespaceName}: its ARN and current resource policy (the zero-ETL invocation merges its statements into it at deploy); with the ARN unknown the update pass cannot read the database invocation's refresh interval, which \`pulumi up\` judges`,
    "aws:redshiftserverless/getWorkgroup:getWorkgroup": i => `existing workgroup ${i.workgroupName}: in that namespace, and enable_case_sensitive_identifier read back (GetWorkgroup)`,
    "aws:secretsmanager/getSecret:getSecret": () => "existing admin secret (redshiftAdminSecretArn): its KMS key, for the zero-ETL function's kms:Decrypt grant",
    "aws:ec2/getVpc:getVpc": i => `existing VPC ${i.id}: enableDnsSupport and enableDnsHostnames, and its VPC endpoints (DescribeVpcEndpoints; only the missing ones are created)`,
    "aws:ec2/getSubnet:getSubnet": i => `existing subnet ${i.id}: in the VPC, and its availability zone`,
    "aws:ec2/getRouteTables:getRouteTables": i => (typeof i.vpcId === "string" ? `route tables of ${i.vpcId}: the ones the S3 gateway endpoint attaches to` : undefined),
};

/** Provider functions that look up existing resources in the account; offline, their results are unknown. */
export const LOOKUP_TOKENS: readonly string[] = Object.keys(OFFLINE_LOOKUPS);

// The SDK's runtime module (plain writable exports): provider packages call runtime.invokeOutput for every `getXOutput`.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const runtimeModule: { invokeOutput: (tok: string, props: any, opts?: any, packageRef?: any) => pulumi.Output<any> } = require("@pulumi/pulumi/runtime");

/** An Output that is unknown, as the engine resolves a lookup it can't run at preview. */
function unknownOutput(): pulumi.Output<any> {
    const OutputClass = pulumi.Output as any;
    return new OutputClass(new Set(), Promise.resolve(undefined), Promise.resolve(false), Promise.resolve(false), Promise.resolve(new Set()));
}

/**
 * Offline, output-form lookups of existing resources resolve to unknown Outputs (only the runtime can mark a whole
 * result unknown, so the call is answered here rather than by the mock monitor). Returns the function that undoes it.
 */
function interceptLookups(record: (token: string, inputs: Record<string, any>) => void): () => void {
    const original = runtimeModule.invokeOutput;
    runtimeModule.invokeOutput = (tok: string, props: any, opts?: any, packageRef?: any) => {
        if (LOOKUP_TOKENS.includes(tok)) {
            record(tok, props ?? {});
            return unknownOutput();
        }
        return original(tok, props, opts, packageRef);
    };
    return () => { runtimeModule.invokeOutput = original; };
}

/** Default provider function results: account, region, partition. Scenario tests add lookups. */
function defaultInvoke(args: MockCallArgs): Record<string, any> {
    switch (args.token) {
        case "aws:index/getCallerIdentity:getCallerIdentity":
            return { accountId: ACCOUNT_ID, arn: `arn:aws:iam::${ACCOUNT_ID}:user/test`, userId: "AIDTEST", id: ACCOUNT_ID };
        case "aws:index/getRegion:getRegion":
            return { name: REGION, region: REGION, id: REGION, description: "US West (Oregon)" };
        case "aws:index/getPartition:getPartition":
            return { partition: "aws", dnsSuffix: "amazonaws.com", id: "aws", reverseDnsPrefix: "com.amazonaws" };
        case "aws:ssm/getParameter:getParameter":
            return { name: args.inputs.name, value: "ami-0123456789abcdef0", type: "String", id: args.inputs.name, arn: "arn", version: 1, insecureValue: "ami-0123456789abcdef0" };
        case "aws:ec2/getRouteTables:getRouteTables":
            return { ids: ["rtb-0aaaaaaaaaaaaaaa1"], id: "rtb", vpcId: args.inputs.vpcId };
        case "aws:index/getAvailabilityZones:getAvailabilityZones":
            return { names: [`${REGION}a`, `${REGION}b`, `${REGION}c`], zoneIds: ["usw2-az1", "usw2-az2", "usw2-az3"], id: REGION };
        default:
            return {};
    }
}

/** A mock monitor that also records what only the engine normally sees: dependencies, parent, options. */
class RecordingMonitor extends MockMonitor {
    public readonly requests = new Map<string, any>();

    async registerResource(req: any, callback: (err: any, innerResponse: any) => void): Promise<void> {
        const propDeps: Record<string, string[]> = {};
        req.getPropertydependenciesMap().forEach((deps: any, key: string) => {
            propDeps[key] = deps.getUrnsList();
        });
        const key = `${req.getType()}::${req.getName()}::${req.getParent()}`;
        this.requests.set(key, {
            parent: req.getParent(),
            dependencies: req.getDependenciesList(),
            propertyDependencies: propDeps,
            provider: req.getProvider(),
            protect: req.getProtect(),
            retainOnDelete: req.getRetainondelete(),
            deleteBeforeReplace: req.getDeletebeforereplace(),
            ignoreChanges: req.getIgnorechangesList(),
            replaceOnChanges: req.getReplaceonchangesList(),
            importId: req.getImportid(),
            wireInputs: req.getObject()?.toJavaScript() ?? {},
        });
        return super.registerResource(req, callback);
    }
}

function configToStrings(config: Record<string, unknown>): Record<string, string> {
    const out: Record<string, string> = { "aws:region": REGION };
    for (const [key, value] of Object.entries(config)) {
        if (value === undefined) {
            continue;
        }
        const full = key.includes(":") ? key : `${PROJECT}:${key}`;
        out[full] = typeof value === "string" ? value : JSON.stringify(value);
    }
    return out;
}

async function settle(timeoutMs = 30000): Promise<void> {
    const start = Date.now();
    // Registrations and applies are tracked as leak candidates until they finish; wait for all of them.
    while (state.getStore().leakCandidates.size > 0) {
        if (Date.now() - start > timeoutMs) {
            throw new Error(`program did not settle within ${timeoutMs} ms (${state.getStore().leakCandidates.size} pending)`);
        }
        await new Promise(resolve => setTimeout(resolve, 5));
    }
    await new Promise(resolve => setTimeout(resolve, 0));
}

/** Runs the whole program for one stack config and returns everything it registered. */
export async function runProgram(opts: RunOptions): Promise<ProgramRun> {
    const preview = opts.preview ?? false;
    const stack = opts.stack ?? `test${++runCounter}`;
    const resources: RecordedResource[] = [];
    const calls: RecordedCall[] = [];
    const pendingRecords: Array<{ args: MockResourceArgs; id: string; outputs: Record<string, any> }> = [];

    const mocks = {
        newResource(args: MockResourceArgs): MockResourceResult {
            const extra = opts.resource?.(args, preview) ?? {};
            const computed = computedOutputs(args, preview);
            const outputs = { ...computed, ...args.inputs, ...extra };
            if (computed.arn !== undefined && extra.arn === undefined) {
                outputs.arn = computed.arn;
            }
            const id = preview ? "" : (extra.id ?? computed.id ?? `${args.name}-id`);
            pendingRecords.push({ args, id, outputs });
            return { id: preview ? undefined : id, state: outputs };
        },
        call(args: MockCallArgs): Record<string, any> {
            calls.push({ token: args.token, inputs: args.inputs });
            return opts.invoke?.(args) ?? defaultInvoke(args);
        },
    };
    const monitor = new RecordingMonitor(mocks);
    settings.setMockOptions(monitor, PROJECT, stack, preview);
    const store = state.getStore();
    store.supportsSecrets = true;
    store.supportsResourceReferences = true;
    store.supportsOutputValues = false;
    store.supportsDeletedWith = true;
    store.supportsAliasSpecs = true;
    store.supportsTransforms = false;
    pulumi.runtime.setAllConfig(configToStrings(opts.config));

    let outputs: Record<string, any> = {};
    let error: Error | undefined;
    const restore = opts.offline ? interceptLookups((token, inputs) => calls.push({ token, inputs })) : () => undefined;
    try {
        outputs = (await pulumi.runtime.runInPulumiStack(async () => {
            opts.before?.();
            const config = readStackConfig();
            return opts.program ? opts.program(config) : createAnalytics(config);
        })) ?? {};
    } catch (e) {
        error = e as Error;
    }
    try {
        // After a failure some registrations never finish (their inputs rejected); give the rest a moment only.
        await settle(error === undefined ? 30000 : 300);
    } catch (e) {
        error = error ?? (e as Error);
    } finally {
        restore();
    }

    for (const [urn, registered] of monitor.resources) {
        const parts = urn.split("::");
        const qualifiedType = parts[2];
        const type = qualifiedType.split("$").pop()!;
        const resourceName = parts[3];
        const record = pendingRecords.find(p => p.args.type === type && p.args.name === resourceName);
        const request = [...monitor.requests.entries()].find(([k]) => k.startsWith(`${type}::${resourceName}::`))?.[1] ?? {};
        resources.push({
            type,
            name: resourceName,
            urn,
            custom: record?.args.custom ?? true,
            inputs: record?.args.inputs ?? {},
            wireInputs: request.wireInputs ?? {},
            outputs: record?.outputs ?? {},
            id: registered.id ?? "",
            parent: request.parent ?? "",
            dependencies: request.dependencies ?? [],
            propertyDependencies: request.propertyDependencies ?? {},
            provider: request.provider ?? "",
            protect: request.protect,
            retainOnDelete: request.retainOnDelete,
            deleteBeforeReplace: request.deleteBeforeReplace ?? false,
            ignoreChanges: request.ignoreChanges ?? [],
            replaceOnChanges: request.replaceOnChanges ?? [],
            importId: request.importId ?? "",
        });
    }

    if (error !== undefined) {
        // A failed check inside an apply reaches the engine wrapped by every property it flowed through; the
        // user reads our sentence at the end of that chain, so that is what tests compare.
        const unwrapped = error.message.replace(/^(error serializing property "[^"]*": )+/, "");
        if (unwrapped !== error.message) {
            error = Object.assign(new Error(unwrapped), { cause: error });
        }
    }

    const run: ProgramRun = {
        resources,
        calls,
        outputs,
        error,
        byType: (type: string) => resources.filter(r => r.type === type),
        one: (type: string, name?: string) => {
            const found = resources.filter(r => r.type === type && (name === undefined || r.name === name));
            if (found.length !== 1) {
                throw new Error(`expected exactly one ${type}${name ? ` named ${name}` : ""}, found ${found.length}: ${found.map(r => r.name).join(", ")}`);
            }
            return found[0];
        },
    };
    return run;
}

/** Resolves an Output (or plain value) for assertions. */
export function promiseOf<T>(value: pulumi.Input<T>): Promise<T> {
    return new Promise(resolve => pulumi.output(value).apply(v => { resolve(v as T); return v; }));
}

/** The smallest config that builds everything new: the dev stack without its cosmetics. */
export const BASE_CONFIG: Record<string, unknown> = {
    refreshIntervalSeconds: "3600",
    deletionProtection: "false",
    forceDestroy: "true",
};
