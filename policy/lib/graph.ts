// The stack as a graph: plain props per resource, who depends on whom, and what a property refers to.
import { PolicyResource } from "@pulumi/policy";

import { integrationsOf } from "./integrations";
import { isUnknown, plain } from "./values";

export interface Node {
    readonly resource: PolicyResource;
    readonly type: string;
    readonly name: string;
    readonly urn: string;
    /** Props as plain data; preview unknowns are sentinel strings (see isUnknown). */
    readonly props: Record<string, any>;
    /** Prop -> the resources its value came from. */
    readonly propertyDependencies: Readonly<Record<string, readonly PolicyResource[]>>;
    /** For a zero-ETL integration: the Pulumi integration type it behaves as (lib/integrations.ts INTEGRATION_TYPES). */
    readonly integrationKind?: string;
}

export class StackGraph {
    private readonly nodes = new Map<string, Node>();
    private readonly dependents = new Map<string, Set<string>>();
    private readonly upstream = new Map<string, Set<string>>();
    /** Resource URN -> the zero-ETL integrations it creates (itself, or those of its desiredState or template). */
    private readonly integrationNodes = new Map<string, Node[]>();

    constructor(resources: readonly PolicyResource[]) {
        for (const resource of resources) {
            const node: Node = {
                resource, type: resource.type, name: resource.name, urn: resource.urn, props: plain(resource.props) ?? {},
                propertyDependencies: resource.propertyDependencies ?? {},
            };
            this.nodes.set(resource.urn, node);
            const found = integrationsOf(node.type, node.name, node.props).integrations;
            if (found.length > 0) {
                // An integration read from a document inside the props: every value it holds came from the resource's inputs.
                const all = [...new Set(Object.values(node.propertyDependencies).flat())];
                this.integrationNodes.set(resource.urn, found.map(view => (view.embedded
                    ? { ...node, name: view.name, props: view.props, propertyDependencies: { sourceArn: all, targetArn: all }, integrationKind: view.kind }
                    : { ...node, props: view.props, integrationKind: view.kind })));
            }
        }
        for (const resource of resources) {
            for (const dependency of directDependencies(resource)) {
                let set = this.dependents.get(dependency);
                if (!set) {
                    set = new Set();
                    this.dependents.set(dependency, set);
                }
                set.add(resource.urn);
            }
        }
    }

    ofType(...types: string[]): Node[] {
        return [...this.nodes.values()].filter(n => types.includes(n.type));
    }

    /** Every zero-ETL integration in the stack, in resource order. */
    integrations(): Node[] {
        return [...this.integrationNodes.values()].flat();
    }

    /** The zero-ETL integrations the resource creates (none for most). */
    integrationsAt(node: Node): Node[] {
        return this.integrationNodes.get(node.urn) ?? [];
    }

    get(urn: string): Node | undefined {
        return this.nodes.get(urn);
    }

    /**
     * Every resource that depends on `node`, directly or through others, in breadth-first order. The walk does not
     * go through resources for which `stop` is true (they are not returned either).
     */
    dependentsOf(node: Node, stop: (n: Node) => boolean = () => false): Node[] {
        const seen = new Set<string>([node.urn]);
        const queue = [node.urn];
        const out: Node[] = [];
        while (queue.length > 0) {
            for (const urn of this.dependents.get(queue.shift()!) ?? []) {
                const next = this.nodes.get(urn);
                if (!seen.has(urn) && next !== undefined) {
                    seen.add(urn);
                    if (stop(next)) {
                        continue;
                    }
                    queue.push(urn);
                    out.push(next);
                }
            }
        }
        return out;
    }

    /**
     * Whether `later` depends on `earlier`, directly or through others: the engine then runs `earlier`'s step first
     * (pkg/resource/deploy/step_generator.go orders steps by dependencies). Two resources where neither depends on
     * the other have no order: the engine may run them in parallel.
     */
    dependsOn(later: Node, earlier: Node): boolean {
        let set = this.upstream.get(later.urn);
        if (set === undefined) {
            set = new Set();
            const queue = [later.resource];
            while (queue.length > 0) {
                for (const urn of directDependencies(queue.shift()!)) {
                    const dep = this.nodes.get(urn);
                    if (!set.has(urn) && dep !== undefined) {
                        set.add(urn);
                        queue.push(dep.resource);
                    }
                }
            }
            this.upstream.set(later.urn, set);
        }
        return set.has(earlier.urn);
    }

    /** The resources for which `match` is true that `node` depends on, directly or through resources that don't match. */
    nearestUpstream(node: Node, match: (n: Node) => boolean): Node[] {
        const seen = new Set<string>([node.urn]);
        const queue = [node];
        const out: Node[] = [];
        while (queue.length > 0) {
            for (const urn of directDependencies(queue.shift()!.resource)) {
                const dep = this.nodes.get(urn);
                if (dep === undefined || seen.has(urn)) {
                    continue;
                }
                seen.add(urn);
                if (match(dep)) {
                    out.push(dep);
                } else {
                    queue.push(dep);
                }
            }
        }
        return out;
    }

    /**
     * The resources of `types` that `node.props[prop]` points at: through the property's recorded
     * dependencies (works at preview, when ARNs and names are still unknown), or by a known value equal
     * to one of the target's identifying props (works for values copied across programs or known early).
     */
    referencedBy(node: Node, prop: string, types: string[], identifyingProps: string[]): Node[] {
        const found = new Map<string, Node>();
        for (const dep of node.propertyDependencies[prop] ?? []) {
            const target = this.nodes.get(dep.urn);
            if (target && types.includes(target.type)) {
                found.set(target.urn, target);
            }
        }
        const value = node.props[prop];
        if (typeof value === "string" && value !== "" && !isUnknown(value)) {
            for (const candidate of this.ofType(...types)) {
                if (identifyingProps.some(p => candidate.props[p] === value)) {
                    found.set(candidate.urn, candidate);
                }
            }
        }
        return [...found.values()];
    }
}

function directDependencies(resource: PolicyResource): Set<string> {
    const urns = new Set<string>();
    for (const dep of resource.dependencies ?? []) {
        urns.add(dep.urn);
    }
    for (const deps of Object.values(resource.propertyDependencies ?? {})) {
        for (const dep of deps) {
            urns.add(dep.urn);
        }
    }
    return urns;
}
