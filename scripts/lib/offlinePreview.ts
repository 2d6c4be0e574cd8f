// The offline policy preview: run the program under mocks as `pulumi up` runs it (a first preview, then the update), send both passes to the pack, render plan and verdict.
import * as fs from "fs";
import * as path from "path";

import { serializeProperties } from "@pulumi/pulumi/runtime/rpc";

import { ConfigError, parseStackConfig } from "../../components/config";
import { OFFLINE_LOOKUPS, RecordedCall, RecordedResource, REGION, runProgram, UNKNOWN } from "./mockProgram";
import { PolicyConfigFile, resolvePolicyConfig } from "./policyConfig";
import { Diagnostic, PolicyPackInfo, PolicyPackServer, StackResource } from "./policyAnalyzer";
import { parseStackFile, StackFileError } from "./stackFile";

export const ROOT = path.resolve(__dirname, "..", "..");
export const PACK_DIR = path.join(ROOT, "policy");

/** The value a `secure:` config entry gets offline (the offline preview can't decrypt secrets). */
export const SECRET_PLACEHOLDER = "offline-preview-placeholder";
/** For keys holding a secret's ARN, a placeholder of that shape, so that the config check accepts it. */
export const SECRET_ARN_PLACEHOLDER = "arn:aws:secretsmanager:us-west-2:123456789012:secret:offline-preview-placeholder-AbCdEf";

function placeholderFor(key: string): string {
    return /Arn$/.test(key) ? SECRET_ARN_PLACEHOLDER : SECRET_PLACEHOLDER;
}

export interface StackFile {
    /** Config without the project prefix, in runProgram's shape. */
    config: Record<string, unknown>;
    /** Keys whose `secure:` value was replaced by a placeholder. */
    secrets: string[];
}

/**
 * Reads a `Pulumi.<stack>.yaml` with the reader the cost tool uses (scripts/lib/stackFile.ts: the engine's key rules,
 * the same secure-value test); project keys lose their prefix, secrets become placeholders (and are listed), because
 * the program must run on them. A file the engine would refuse is a ProgramError (one sentence, exit code 2).
 */
export function loadStackFile(file: string): StackFile {
    try {
        const stackFile = parseStackFile(fs.readFileSync(file, "utf8"), file);
        return { config: stackFile.withPlaceholders(placeholderFor), secrets: [...stackFile.secureKeys] };
    } catch (e) {
        if (e instanceof StackFileError) {
            throw new ProgramError(e.message);
        }
        throw e;
    }
}

/** Reads a `Pulumi.<stack>.yaml` into runProgram's config shape (project keys without their prefix). */
export function readStackFile(file: string): Record<string, unknown> {
    return loadStackFile(file).config;
}

/** The warning the preview prints when the stack sets no aws:region: which region it assumes instead. */
export function regionWarning(config: Record<string, unknown>): string | undefined {
    return config["aws:region"] === undefined
        ? `Warning: the stack sets no aws:region, so this preview assumes ${REGION} (a deployment uses the region of your AWS profile or AWS_REGION instead); set it with \`pulumi config set aws:region ${REGION}\`.`
        : undefined;
}

/** One line per deploy-time check that the offline preview did not run (OFFLINE_LOOKUPS), in call order without repeats. */
export function notCheckedOffline(calls: readonly RecordedCall[]): string[] {
    const lines: string[] = [];
    for (const call of calls) {
        const line = OFFLINE_LOOKUPS[call.token]?.(call.inputs);
        if (line !== undefined && !lines.includes(line)) {
            lines.push(line);
        }
    }
    return lines;
}

export function toStackResources(resources: readonly RecordedResource[]): StackResource[] {
    return resources.map(r => ({
        type: r.type,
        name: r.name,
        urn: r.urn,
        properties: r.wireInputs,
        parent: r.parent,
        dependencies: r.dependencies,
        propertyDependencies: r.propertyDependencies,
        protect: r.protect,
        deleteBeforeReplace: r.deleteBeforeReplace,
        ignoreChanges: r.ignoreChanges,
    }));
}

/** Resources grouped under their component (nearest non-custom ancestor), with the count per type. */
export function renderPlan(resources: readonly RecordedResource[]): string {
    const components = resources.filter(r => !r.custom);
    const componentUrns = new Set(components.map(c => c.urn));
    const children = new Map<string, RecordedResource[]>();
    for (const r of resources) {
        const key = r.parent && componentUrns.has(r.parent) ? r.parent : "";
        if (r.custom || key !== "" || r.parent) {
            children.set(key, [...(children.get(key) ?? []), r]);
        }
    }
    const lines: string[] = [];
    const custom = resources.filter(r => r.custom).length;
    lines.push(`Plan: ${resources.length} resources to create (${custom} cloud resources in ${components.length} components)`);
    const walk = (owner: string, depth: number) => {
        const mine = children.get(owner) ?? [];
        const counts = new Map<string, number>();
        for (const r of mine.filter(m => m.custom)) {
            counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
        }
        for (const [type, count] of [...counts.entries()].sort(([a], [b]) => a.localeCompare(b))) {
            lines.push(`${"    ".repeat(depth + 1)}${String(count).padStart(3)}  ${type}`);
        }
        for (const component of mine.filter(m => !m.custom)) {
            lines.push(`${"    ".repeat(depth + 1)}${component.type}  ${component.name}`);
            walk(component.urn, depth + 1);
        }
    };
    for (const root of components.filter(c => !c.parent || !componentUrns.has(c.parent))) {
        lines.push(`    ${root.type}  ${root.name}`);
        walk(root.urn, 1);
    }
    const orphans = (children.get("") ?? []).filter(r => r.custom);
    if (orphans.length > 0) {
        lines.push("    (no component)");
        const counts = new Map<string, number>();
        orphans.forEach(r => counts.set(r.type, (counts.get(r.type) ?? 0) + 1));
        for (const [type, count] of [...counts.entries()].sort(([a], [b]) => a.localeCompare(b))) {
            lines.push(`        ${String(count).padStart(3)}  ${type}`);
        }
    }
    return lines.join("\n");
}

const LEVEL_ORDER: Record<string, number> = { mandatory: 0, remediate: 1, advisory: 2, disabled: 3 };

/** The two passes of `pulumi up` that the offline preview emulates, in the order the engine runs them. */
export type PassName = "preview" | "update";

/** One pass's heading: what the engine knows in it and what it sends to the pack. */
export const PASS_TITLES: Readonly<Record<PassName, string>> = {
    preview: "Preview pass (a first `pulumi preview`: ids and computed values unknown; Analyze per resource on its inputs, then AnalyzeStack):",
    update: "Update pass (`pulumi up`: ids known; Analyze per resource on its inputs before its step, then AnalyzeStack on outputs):",
};

export interface PassResult {
    pass: PassName;
    resources: RecordedResource[];
    diagnostics: Diagnostic[];
}

function renderPassDiagnostics(diagnostics: readonly Diagnostic[], resources: readonly RecordedResource[]): string[] {
    const byUrn = new Map(resources.map(r => [r.urn, r]));
    const lines: string[] = [];
    const sorted = [...diagnostics].sort((a, b) =>
        (LEVEL_ORDER[a.enforcementLevel] - LEVEL_ORDER[b.enforcementLevel]) || a.policyName.localeCompare(b.policyName) || a.urn.localeCompare(b.urn));
    if (sorted.length === 0) {
        lines.push("    no violations");
    }
    for (const d of sorted) {
        const r = byUrn.get(d.urn);
        const where = r ? `${r.type}  ${r.name}` : d.urn || "(stack)";
        lines.push(`    ${d.enforcementLevel.padEnd(9)}  ${d.policyName}  ${where}`);
        // The server prefixes each message with the policy's description; the policy name already says that much.
        const message = d.description && d.message.startsWith(`${d.description}\n`) ? d.message.slice(d.description.length + 1) : d.message;
        lines.push(...message.split("\n").map(l => `               ${l}`));
    }
    return lines;
}

/** The verdict of one pass (the first preview), as `pulumi preview` prints it. */
export function renderDiagnostics(info: PolicyPackInfo, diagnostics: readonly Diagnostic[], resources: readonly RecordedResource[]): string {
    const mandatory = diagnostics.filter(d => d.enforcementLevel === "mandatory").length;
    const advisory = diagnostics.filter(d => d.enforcementLevel === "advisory").length;
    return [
        `Policies: ${info.name}@${info.version} (${info.policies.length} policies)`,
        ...renderPassDiagnostics(diagnostics, resources),
        mandatory > 0
            ? `Result: ${mandatory} mandatory violation(s), ${advisory} advisory: the preview is BLOCKED.`
            : `Result: no mandatory violations, ${advisory} advisory: the preview passes.`,
    ].join("\n");
}

/** The verdict of both passes: each pass's diagnostics under its heading, then one result that names the passes that blocked. */
export function renderPasses(info: PolicyPackInfo, passes: readonly PassResult[]): string {
    const lines = [`Policies: ${info.name}@${info.version} (${info.policies.length} policies)`];
    for (const p of passes) {
        lines.push(PASS_TITLES[p.pass], ...renderPassDiagnostics(p.diagnostics, p.resources));
    }
    const blocked = passes.filter(p => p.diagnostics.some(d => d.enforcementLevel === "mandatory"));
    const count = (p: PassResult, level: string) => p.diagnostics.filter(d => d.enforcementLevel === level).length;
    const advisory = passes.map(p => `${count(p, "advisory")} advisory in the ${p.pass} pass`).join(", ");
    lines.push(blocked.length > 0
        ? `Result: ${blocked.map(p => `${count(p, "mandatory")} mandatory violation(s) in the ${p.pass} pass`).join(", ")}; ${advisory}: the preview is BLOCKED.`
        : `Result: no mandatory violations in either pass, ${advisory}: the preview passes.`);
    return lines.join("\n");
}

export interface OfflinePreviewOptions {
    stack: string;
    /** Stack config without the project prefix (see readStackFile). */
    config: Record<string, unknown>;
    policyConfig?: PolicyConfigFile;
    /** Keys whose secret values were replaced by placeholders (printed with the plan). */
    secrets?: string[];
    /** Test-only: change the recorded resources of a pass before they reach the pack. */
    transform?: (resources: RecordedResource[], pass: PassName) => RecordedResource[];
    /** Test-only: runs inside the stack before the program, in the given pass (e.g. to register a stack transformation). */
    before?: (pass: PassName) => void;
}

export interface OfflinePreviewResult {
    /** The resources of the preview pass (the plan). */
    resources: RecordedResource[];
    info: PolicyPackInfo;
    /** Every pass's diagnostics, preview pass first. */
    diagnostics: Diagnostic[];
    mandatory: Diagnostic[];
    passes: PassResult[];
    notChecked: string[];
    text: string;
}

/** The program could not run for this config (a ConfigError or a preflight): one sentence, exit code 2. */
export class ProgramError extends Error {}

/** Checks the stack config as the program would; a config error becomes one sentence (exit code 2), without a stack trace. */
export function checkConfig(config: Record<string, unknown>, stack: string): void {
    const get = (key: string): string | undefined => {
        const value = config[key];
        return value === undefined ? undefined : typeof value === "string" ? value : JSON.stringify(value);
    };
    try {
        // Keys with a namespace (aws:region) are not ours; the rest are the project's, as runProgram passes them.
        parseStackConfig(get, stack, { keys: Object.keys(config).filter(k => !k.includes(":") && config[k] !== undefined) });
    } catch (e) {
        if (e instanceof ConfigError) {
            throw new ProgramError(e.message);
        }
        throw e;
    }
}

/**
 * Resources as AnalyzeStack receives them in an update: each custom resource's outputs (pulumi/pulumi
 * pkg/resource/deploy/step_generator.go: "Unlike Analyze, AnalyzeStack is called on the final outputs of each resource"),
 * serialized as the engine's wire form; a component keeps what it registered.
 */
export async function withOutputs(resources: readonly StackResource[], recorded: readonly RecordedResource[]): Promise<StackResource[]> {
    const byUrn = new Map(recorded.map(r => [r.urn, r]));
    return Promise.all(resources.map(async r => {
        const record = byUrn.get(r.urn);
        if (!record?.custom) return r;
        const outputs = await serializeProperties(`offline-preview:${r.urn}`, record.outputs);
        // A property that was unknown when it was registered came from an existing resource's lookup, which stays unknown
        // offline (a real update knows it). The mocks cannot echo an unknown input into the outputs, so it would vanish;
        // AnalyzeStack sees it as unknown instead, as the update pass's Analyze did.
        const unknownInputs = Object.fromEntries(Object.entries(r.properties ?? {}).filter(([, v]) => v === UNKNOWN));
        return { ...r, properties: { ...outputs, ...unknownInputs } };
    }));
}

/** Runs the program for one pass and returns its resources, or a ProgramError when it failed. */
async function runPass(opts: OfflinePreviewOptions, pass: PassName) {
    // Both passes are offline: lookups of existing resources stay unknown (they need AWS), and so do the deploy-time
    // checks computed from them; what this stack creates has its mock ids and outputs in the update pass.
    const run = await runProgram({
        config: opts.config, stack: opts.stack, preview: pass === "preview", offline: true,
        ...(opts.before ? { before: () => opts.before!(pass) } : {}),
    });
    if (run.error) {
        throw new ProgramError(`The program failed for stack ${opts.stack} (${pass} pass): ${run.error.message}`);
    }
    return { run, resources: opts.transform ? opts.transform([...run.resources], pass) : run.resources };
}

/**
 * Runs program and pack side by side (the pack starts while the program runs) and returns the verdict of both passes
 * of `pulumi up`: the preview (a first deployment: ids unknown), then the update (ids known: Analyze per resource on its
 * inputs, then AnalyzeStack on outputs). Engine order: pulumi/pulumi pkg/resource/deploy/step_generator.go (analyzeAll
 * before each step) and deployment_executor.go (AnalyzeStack after every step).
 */
export async function previewOffline(opts: OfflinePreviewOptions): Promise<OfflinePreviewResult> {
    checkConfig(opts.config, opts.stack);
    const starting = PolicyPackServer.start(PACK_DIR);
    starting.catch(() => undefined);
    let server: PolicyPackServer | undefined;
    try {
        const preview = await runPass(opts, "preview");
        const update = await runPass(opts, "update");
        const notChecked = notCheckedOffline(preview.run.calls);
        server = await starting;
        const info = await server.info();
        await server.configure(resolvePolicyConfig(info, opts.policyConfig));
        const passes: PassResult[] = [
            { pass: "preview", resources: preview.resources, diagnostics: await server.analyzeAll(toStackResources(preview.resources)) },
        ];
        const updateInputs = toStackResources(update.resources);
        passes.push({
            pass: "update",
            resources: update.resources,
            diagnostics: await server.analyzeAll(updateInputs, await withOutputs(updateInputs, update.resources)),
        });
        const resources = preview.resources;
        const text = [
            `Offline preview of stack ${opts.stack}: a first deployment, computed under mocks (no AWS, no Pulumi CLI).`,
            ...(regionWarning(opts.config) !== undefined ? [regionWarning(opts.config)!] : []),
            ...((opts.secrets ?? []).length > 0
                ? [`Secrets replaced by placeholders (the offline preview can't decrypt them): ${opts.secrets!.join(", ")}.`] : []),
            "",
            renderPlan(resources),
            "",
            ...(notChecked.length > 0
                ? ["Not checked offline (deploy-time checks that need AWS; `pulumi preview` and `pulumi up` run them):",
                    ...notChecked.map(l => `    ${l}`), ""]
                : []),
            renderPasses(info, passes),
        ].join("\n");
        const diagnostics = passes.flatMap(p => p.diagnostics);
        return { resources, info, diagnostics, mandatory: diagnostics.filter(d => d.enforcementLevel === "mandatory"), passes, notChecked, text };
    } finally {
        (server ?? await starting.catch(() => undefined))?.stop();
    }
}
