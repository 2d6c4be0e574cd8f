// Runs a policy pack the way the Pulumi CLI does: as a child process spoken to over the gRPC Analyzer protocol.
import { ChildProcess, spawn } from "child_process";
import * as path from "path";

import * as grpc from "@grpc/grpc-js";
import { Empty } from "google-protobuf/google/protobuf/empty_pb";
import { Struct } from "google-protobuf/google/protobuf/struct_pb";
import * as analyzerRpc from "@pulumi/pulumi/proto/analyzer_grpc_pb";
import * as analyzerProto from "@pulumi/pulumi/proto/analyzer_pb";
import {
    specialOutputValueSig, specialResourceSig, specialSecretSig, specialSigKey, unknownValue,
} from "@pulumi/pulumi/runtime/rpc";

export type EnforcementLevelName = "advisory" | "mandatory" | "disabled" | "remediate";

const LEVEL_NAMES: Record<number, EnforcementLevelName> = {
    [analyzerProto.EnforcementLevel.ADVISORY]: "advisory",
    [analyzerProto.EnforcementLevel.MANDATORY]: "mandatory",
    [analyzerProto.EnforcementLevel.DISABLED]: "disabled",
    [analyzerProto.EnforcementLevel.REMEDIATE]: "remediate",
};
const LEVEL_VALUES: Record<EnforcementLevelName, analyzerProto.EnforcementLevel> = {
    advisory: analyzerProto.EnforcementLevel.ADVISORY,
    mandatory: analyzerProto.EnforcementLevel.MANDATORY,
    disabled: analyzerProto.EnforcementLevel.DISABLED,
    remediate: analyzerProto.EnforcementLevel.REMEDIATE,
};

/** One resource of the stack as the engine describes it to an analyzer. */
export interface StackResource {
    type: string;
    name: string;
    urn: string;
    /** Inputs in wire form: unknowns are the engine's sentinel strings. */
    properties: Record<string, unknown>;
    parent?: string;
    dependencies?: string[];
    propertyDependencies?: Record<string, string[]>;
    protect?: boolean;
    deleteBeforeReplace?: boolean;
    ignoreChanges?: string[];
}

export interface Diagnostic {
    policyName: string;
    policyPackName: string;
    policyPackVersion: string;
    description: string;
    message: string;
    enforcementLevel: EnforcementLevelName;
    urn: string;
}

export interface PolicyDescription {
    name: string;
    description: string;
    enforcementLevel: EnforcementLevelName;
    configSchema?: { properties: Record<string, any>; required: string[] };
}

export interface PolicyPackInfo {
    name: string;
    version: string;
    policies: PolicyDescription[];
}

/** Effective config per policy, as the Configure RPC carries it. */
export type ResolvedPolicyConfig = Record<string, { enforcementLevel: EnforcementLevelName; properties: Record<string, unknown> }>;

/**
 * Inputs as the engine hands them to analyzers: resource references are downgraded to the referenced
 * resource's id (unknown before it exists) or, for components, its URN; output values to their value.
 */
export function analyzerProperties(value: unknown): any {
    if (Array.isArray(value)) {
        return value.map(analyzerProperties);
    }
    if (value === null || typeof value !== "object") {
        return value;
    }
    const record = value as Record<string, unknown>;
    const sig = record[specialSigKey];
    if (sig === specialResourceSig) {
        if ("id" in record) {
            return record.id === "" || record.id === undefined ? unknownValue : analyzerProperties(record.id);
        }
        return record.urn;
    }
    if (sig === specialOutputValueSig) {
        const inner = "value" in record ? analyzerProperties(record.value) : unknownValue;
        return record.secret ? { [specialSigKey]: specialSecretSig, value: inner } : inner;
    }
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(record)) {
        if (inner !== undefined) {
            out[key] = analyzerProperties(inner);
        }
    }
    return out;
}

function toAnalyzerResource(r: StackResource): analyzerProto.AnalyzerResource {
    const options = new analyzerProto.AnalyzerResourceOptions();
    options.setProtect(r.protect ?? false);
    options.setIgnorechangesList(r.ignoreChanges ?? []);
    options.setDeletebeforereplace(r.deleteBeforeReplace ?? false);
    options.setDeletebeforereplacedefined(r.deleteBeforeReplace !== undefined);
    options.setParent(r.parent ?? "");
    const resource = new analyzerProto.AnalyzerResource();
    resource.setType(r.type);
    resource.setName(r.name);
    resource.setUrn(r.urn);
    resource.setProperties(Struct.fromJavaScript(analyzerProperties(r.properties)));
    resource.setOptions(options);
    resource.setParent(r.parent ?? "");
    resource.setDependenciesList(r.dependencies ?? []);
    const deps = resource.getPropertydependenciesMap();
    for (const [prop, urns] of Object.entries(r.propertyDependencies ?? {})) {
        const entry = new analyzerProto.AnalyzerPropertyDependencies();
        entry.setUrnsList(urns);
        deps.set(prop, entry);
    }
    return resource;
}

function toAnalyzeRequest(r: StackResource): analyzerProto.AnalyzeRequest {
    const full = toAnalyzerResource(r);
    const request = new analyzerProto.AnalyzeRequest();
    request.setType(full.getType());
    request.setName(full.getName());
    request.setUrn(full.getUrn());
    request.setProperties(full.getProperties());
    request.setOptions(full.getOptions());
    return request;
}

function diagnosticsOf(response: analyzerProto.AnalyzeResponse): Diagnostic[] {
    return response.getDiagnosticsList().map(d => ({
        policyName: d.getPolicyname(),
        policyPackName: d.getPolicypackname(),
        policyPackVersion: d.getPolicypackversion(),
        description: d.getDescription(),
        message: d.getMessage(),
        enforcementLevel: LEVEL_NAMES[d.getEnforcementlevel()] ?? "advisory",
        urn: d.getUrn(),
    }));
}

function unary<Req, Res>(call: (req: Req, cb: (err: grpc.ServiceError | null, res: Res) => void) => unknown, request: Req): Promise<Res> {
    return new Promise((resolve, reject) => call(request, (err, res) => (err ? reject(err) : resolve(res))));
}

/** A policy pack running in its own process, as `pulumi preview --policy-pack <dir>` runs it. */
export class PolicyPackServer {
    private constructor(private readonly child: ChildProcess, private readonly client: analyzerRpc.AnalyzerClient, readonly port: number) {}

    /** Starts the pack in `packDir` (which holds its index.ts and package.json) and connects to it. */
    static start(packDir: string, timeoutMs = 60000): Promise<PolicyPackServer> {
        // Type-checked, as the CLI runs a TypeScript pack: pulumi/pulumi sdk/nodejs/cmd/run-policy-pack/run.ts calls
        // tsnode.register({ typeCheck: true, ... }), so a pack that does not type-check never serves.
        const child = spawn(process.execPath, ["-r", "ts-node/register", "index.ts"], {
            cwd: packDir,
            env: { ...process.env, TS_NODE_PROJECT: path.join(packDir, "tsconfig.json") },
            stdio: ["ignore", "pipe", "pipe"],
        });
        let stdout = "";
        let stderr = "";
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => fail(new Error(`policy pack in ${packDir} printed no port within ${timeoutMs} ms`)), timeoutMs);
            const fail = (e: Error) => {
                clearTimeout(timer);
                child.kill();
                reject(e);
            };
            child.on("error", fail);
            child.on("exit", code => fail(new Error(`policy pack in ${packDir} exited with code ${code} before serving: ${stderr.trim()}`)));
            child.stderr!.on("data", chunk => { stderr += chunk; });
            child.stdout!.on("data", chunk => {
                stdout += chunk;
                const match = /^(\d+)\s*$/m.exec(stdout);
                if (match) {
                    clearTimeout(timer);
                    child.removeAllListeners("exit");
                    child.stdout!.removeAllListeners("data");
                    child.stdout!.resume();
                    const port = Number(match[1]);
                    const client = new analyzerRpc.AnalyzerClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), {
                        "grpc.max_receive_message_length": 400 * 1024 * 1024,
                        "grpc.max_send_message_length": 400 * 1024 * 1024,
                    });
                    resolve(new PolicyPackServer(child, client, port));
                }
            });
        });
    }

    async info(): Promise<PolicyPackInfo> {
        const info = await unary<Empty, analyzerProto.AnalyzerInfo>(this.client.getAnalyzerInfo.bind(this.client), new Empty());
        return {
            name: info.getName(),
            version: info.getVersion(),
            policies: info.getPoliciesList().map(p => {
                const schema = p.getConfigschema();
                return {
                    name: p.getName(),
                    description: p.getDescription(),
                    enforcementLevel: LEVEL_NAMES[p.getEnforcementlevel()] ?? "advisory",
                    ...(schema ? { configSchema: { properties: schema.getProperties()?.toJavaScript() ?? {}, required: schema.getRequiredList() } } : {}),
                };
            }),
        };
    }

    async configure(config: ResolvedPolicyConfig): Promise<void> {
        const request = new analyzerProto.ConfigureAnalyzerRequest();
        const map = request.getPolicyconfigMap();
        for (const [name, c] of Object.entries(config)) {
            const entry = new analyzerProto.PolicyConfig();
            entry.setEnforcementlevel(LEVEL_VALUES[c.enforcementLevel]);
            entry.setProperties(Struct.fromJavaScript(c.properties as any));
            map.set(name, entry);
        }
        await unary(this.client.configure.bind(this.client), request);
    }

    /** Diagnostics of one resource; like the CLI, those reported without a URN are attributed to it. */
    async analyze(resource: StackResource): Promise<Diagnostic[]> {
        const diagnostics = diagnosticsOf(await unary(this.client.analyze.bind(this.client), toAnalyzeRequest(resource)));
        return diagnostics.map(d => (d.urn === "" ? { ...d, urn: resource.urn } : d));
    }

    async analyzeStack(resources: readonly StackResource[]): Promise<Diagnostic[]> {
        const request = new analyzerProto.AnalyzeStackRequest();
        request.setResourcesList(resources.map(toAnalyzerResource));
        return diagnosticsOf(await unary(this.client.analyzeStack.bind(this.client), request));
    }

    /**
     * Every resource through `analyze` (as each is registered), then the whole stack through `analyzeStack`.
     * `stackResources` is what AnalyzeStack receives: in an update the resources' outputs (pulumi/pulumi
     * pkg/resource/deploy/step_generator.go: "Unlike Analyze, AnalyzeStack is called on the final outputs of each
     * resource"); at a first preview the same resources as Analyze, whose outputs are not known yet.
     */
    async analyzeAll(resources: readonly StackResource[], stackResources: readonly StackResource[] = resources): Promise<Diagnostic[]> {
        const perResource = await Promise.all(resources.map(r => this.analyze(r)));
        return [...perResource.flat(), ...await this.analyzeStack(stackResources)];
    }

    stop(): void {
        this.client.close();
        if (this.child.exitCode === null) {
            this.child.kill();
        }
    }
}
