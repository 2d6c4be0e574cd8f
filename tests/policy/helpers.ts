// Runs one policy in-process on fake resources presented exactly as the policy server presents them (unknowns included).
import type { PolicyResource, ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";

import { Diagnostic, PolicyPackInfo, PolicyPackServer, StackResource } from "../../scripts/lib/policyAnalyzer";
import { resolvePolicyConfig } from "../../scripts/lib/policyConfig";
import { PACK_DIR } from "../../scripts/lib/offlinePreview";

// The server's unknown-checking proxy is internal to @pulumi/policy; tests use the real one so that a policy
// that reads an unknown value fails here the way it would be downgraded to advisory by the real server.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const proxy: { unknownCheckingProxy(o: object): any; UnknownValueError: new (...a: any[]) => Error } = require("@pulumi/policy/proxy");

/** The sentinel the engine sends for a computed input at preview (what every SDK sends for an unknown Output). */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

export interface FakeResource {
    type: string;
    name: string;
    props: Record<string, unknown>;
    /** Names of resources this one depends on (dependsOn or any input). */
    dependsOn?: string[];
    /** Input name -> names of the resources its value came from. */
    propertyDependencies?: Record<string, string[]>;
}

export interface Violation {
    message: string;
    urn?: string;
}

export function urnOf(type: string, name: string): string {
    return `urn:pulumi:test::aurora-analytics::${type}::${name}`;
}

function rethrowUnknown(policyName: string, e: unknown): never {
    if (e instanceof proxy.UnknownValueError) {
        throw new Error(`policy ${policyName} read an unknown value (${(e as Error).message}); the server would downgrade it to advisory`);
    }
    throw e;
}

/** A deep copy through JSON, as the values travel over gRPC, then wrapped in the server's proxy. */
function presented(props: Record<string, unknown>): Record<string, any> {
    return proxy.unknownCheckingProxy(JSON.parse(JSON.stringify(props)));
}

export function runStackPolicy(policy: StackValidationPolicy, fakes: FakeResource[], config: object): Violation[] {
    const byName = new Map<string, PolicyResource>();
    const resources: PolicyResource[] = fakes.map(f => {
        const resource = {
            type: f.type, name: f.name, urn: urnOf(f.type, f.name), props: presented(f.props),
            opts: { protect: false, ignoreChanges: [], aliases: [], customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 }, additionalSecretOutputs: [] },
            dependencies: [], propertyDependencies: {},
            isType: () => false, asType: () => undefined,
        } as unknown as PolicyResource;
        if (byName.has(f.name)) {
            throw new Error(`fake resource name ${f.name} used twice`);
        }
        byName.set(f.name, resource);
        return resource;
    });
    const find = (name: string) => {
        const r = byName.get(name);
        if (!r) {
            throw new Error(`fake dependency on unknown resource ${name}`);
        }
        return r;
    };
    fakes.forEach((f, i) => {
        const propDeps: Record<string, PolicyResource[]> = {};
        for (const [prop, names] of Object.entries(f.propertyDependencies ?? {})) {
            propDeps[prop] = names.map(find);
        }
        const all = new Set([...(f.dependsOn ?? []), ...Object.values(f.propertyDependencies ?? {}).flat()]);
        resources[i].dependencies = [...all].map(find);
        resources[i].propertyDependencies = propDeps;
    });
    const violations: Violation[] = [];
    try {
        policy.validateStack({
            resources,
            stackTags: new Map(),
            getConfig: <T extends object>() => config as T,
            notApplicable: (reason?: string): never => { throw new Error(`not applicable: ${reason}`); },
        }, (message, urn) => violations.push(urn === undefined ? { message } : { message, urn }));
    } catch (e) {
        rethrowUnknown(policy.name, e);
    }
    return violations;
}

export function runResourcePolicy(policy: ResourceValidationPolicy, fake: FakeResource, config: object): Violation[] {
    const violations: Violation[] = [];
    const validations = Array.isArray(policy.validateResource) ? policy.validateResource : [policy.validateResource!];
    for (const validate of validations) {
        try {
            validate({
                type: fake.type, name: fake.name, urn: urnOf(fake.type, fake.name), props: presented(fake.props),
                opts: { protect: false, ignoreChanges: [], aliases: [], customTimeouts: { createSeconds: 0, updateSeconds: 0, deleteSeconds: 0 }, additionalSecretOutputs: [] },
                stackTags: new Map(),
                isType: () => false, asType: () => undefined,
                getConfig: <T extends object>() => config as T,
                notApplicable: (reason?: string): never => { throw new Error(`not applicable: ${reason}`); },
            }, (message, urn) => violations.push(urn === undefined ? { message } : { message, urn }));
        } catch (e) {
            rethrowUnknown(policy.name, e);
        }
    }
    return violations;
}

/** Fake resources as the engine sends them over gRPC: URNs, dependencies and property dependencies. */
export function toStack(fakes: FakeResource[]): StackResource[] {
    const urn = (name: string) => urnOf(fakes.find(f => f.name === name)!.type, name);
    return fakes.map(f => {
        const propertyDependencies: Record<string, string[]> = {};
        for (const [prop, names] of Object.entries(f.propertyDependencies ?? {})) {
            propertyDependencies[prop] = names.map(urn);
        }
        const deps = new Set([...(f.dependsOn ?? []), ...Object.values(f.propertyDependencies ?? {}).flat()]);
        return { type: f.type, name: f.name, urn: urnOf(f.type, f.name), properties: f.props, dependencies: [...deps].map(urn), propertyDependencies };
    });
}

/** Diagnostics as "level policy resource-name", sorted; disabled ones dropped. */
export const verdict = (ds: Diagnostic[]): string[] =>
    ds.filter(d => d.enforcementLevel !== "disabled").map(d => `${d.enforcementLevel} ${d.policyName} ${d.urn.split("::").pop()}`).sort();

/**
 * An update as the engine runs it (pkg/resource/deploy/step_generator.go, deployment_executor.go): steps in dependency
 * order, Analyze on each resource's inputs before its step, stop at the first mandatory diagnostic, then AnalyzeStack
 * once on `end` (the outputs) only when every step succeeded.
 */
export async function engineUpdate(server: PolicyPackServer, fakes: FakeResource[], end: FakeResource[]): Promise<{ created: string[]; blockedAt?: string; diagnostics: string[] }> {
    const stack = toStack(fakes);
    const done = new Set<string>();
    const created: string[] = [];
    while (done.size < stack.length) {
        const next = stack.find(r => !done.has(r.urn) && (r.dependencies ?? []).every(d => done.has(d)))!;
        const ds = (await server.analyze(next)).filter(d => d.enforcementLevel === "mandatory");
        if (ds.length > 0) {
            return { created, blockedAt: next.name, diagnostics: verdict(ds) };
        }
        done.add(next.urn);
        created.push(next.name);
    }
    return { created, diagnostics: verdict(await server.analyzeStack(toStack(end))) };
}

/** The real pack in its own process for a describe block, reset to its default config before each test. */
export function packUnderTest(): { server: PolicyPackServer; info: PolicyPackInfo } {
    const pack = {} as { server: PolicyPackServer; info: PolicyPackInfo };
    before(async () => {
        pack.server = await PolicyPackServer.start(PACK_DIR);
        pack.info = await pack.server.info();
    });
    after(() => pack.server?.stop());
    beforeEach(async () => pack.server.configure(resolvePolicyConfig(pack.info)));
    return pack;
}
