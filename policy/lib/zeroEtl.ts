// What every zero-ETL rule needs to know about an integration: is its target Redshift, which resources are its ends.
import { Node, StackGraph } from "./graph";
import { NATIVE_REDSHIFT_INTEGRATION, REDSHIFT_INTEGRATION } from "./integrations";
import { isUnknown } from "./values";

export { INTEGRATION, INTEGRATION_TYPES, NATIVE_GLUE_INTEGRATION, NATIVE_RDS_INTEGRATION, NATIVE_REDSHIFT_INTEGRATION, REDSHIFT_INTEGRATION } from "./integrations";
/** Integration types whose target is Redshift by definition. */
const ALWAYS_REDSHIFT: readonly string[] = [REDSHIFT_INTEGRATION, NATIVE_REDSHIFT_INTEGRATION];
/** Non-Redshift targets an RDS or Glue integration can have (Amazon SageMaker lakehouse: a Glue catalog or database). */
const NON_REDSHIFT_TARGET_TYPES: readonly string[] = [
    "aws:glue/catalogDatabase:CatalogDatabase", "aws:glue/catalogTable:CatalogTable", "aws-native:glue:Database", "aws-native:glue:Catalog",
];
/** The declaration every zero-ETL integration into Redshift carries: its refresh interval, whole seconds, as a string. */
export const REFRESH_INTERVAL_TAG = "aurora-analytics:refresh-interval-seconds";
export const INVOCATION = "aws:lambda/invocation:Invocation";
/** The `kind` of the aws.lambda.Invocation input that creates a zero-ETL database (docs/zero-etl-database.md). */
export const DATABASE_INPUT_KIND = "aurora-analytics:zero-etl-database";
export const REDSHIFT_PARAMETER_GROUP = "aws:redshift/parameterGroup:ParameterGroup";
export const STATEMENT = "aws:redshiftdata/statement:Statement";
export const SERVERLESS_NAMESPACE = "aws:redshiftserverless/namespace:Namespace";
export const SERVERLESS_WORKGROUP = "aws:redshiftserverless/workgroup:Workgroup";
export const PROVISIONED_CLUSTER = "aws:redshift/cluster:Cluster";
export const AURORA_CLUSTER = "aws:rds/cluster:Cluster";
export const CLUSTER_PARAMETER_GROUP = "aws:rds/clusterParameterGroup:ClusterParameterGroup";

const REDSHIFT_TARGETS = [SERVERLESS_NAMESPACE, PROVISIONED_CLUSTER];
const REDSHIFT_ARN = /^arn:aws[a-z-]*:redshift(-serverless)?:/;

/** How messages name an integration: its resource name, and the AWS name when it is known. */
export function describeIntegration(integration: Node): string {
    const awsName = integration.props.integrationName;
    return typeof awsName === "string" && !isUnknown(awsName) && awsName !== integration.name
        ? `${integration.name} (integrationName "${awsName}")`
        : integration.name;
}

/** The Redshift resources in the stack that the integration's targetArn points at. */
export function redshiftTargets(graph: StackGraph, integration: Node): Node[] {
    return graph.referencedBy(integration, "targetArn", REDSHIFT_TARGETS, ["arn", "clusterNamespaceArn"]);
}

/** The Serverless workgroups of a namespace in the stack (by the recorded dependency, or the namespace's known name). */
export function namespaceWorkgroups(graph: StackGraph, namespace: Node): Node[] {
    return graph.ofType(SERVERLESS_WORKGROUP)
        .filter(wg => graph.referencedBy(wg, "namespaceName", [SERVERLESS_NAMESPACE], ["namespaceName"]).some(n => n.urn === namespace.urn));
}

/** Each Serverless workgroup in the stack that receives zero-ETL, once, with the first integration into it. */
export function zeroEtlWorkgroups(graph: StackGraph): Array<{ workgroup: Node; integration: Node }> {
    const found = new Map<string, { workgroup: Node; integration: Node }>();
    for (const integration of redshiftIntegrations(graph)) {
        for (const namespace of redshiftTargets(graph, integration).filter(t => t.type === SERVERLESS_NAMESPACE)) {
            for (const workgroup of namespaceWorkgroups(graph, namespace)) {
                if (!found.has(workgroup.urn)) {
                    found.set(workgroup.urn, { workgroup, integration });
                }
            }
        }
    }
    return [...found.values()];
}

/**
 * Whether an integration replicates into Redshift, from its type and props alone (what a resource policy sees).
 * A target that is unknown is judged as Redshift; only a known non-Redshift ARN says otherwise.
 */
export function propsTargetRedshift(kind: string, props: Record<string, any>): boolean {
    const targetArn = knownTargetArn(props);
    return ALWAYS_REDSHIFT.includes(kind) || targetArn === undefined || REDSHIFT_ARN.test(targetArn);
}

/** The integration's targetArn when it is known and not empty. */
function knownTargetArn(props: Record<string, any>): string | undefined {
    const targetArn = props.targetArn;
    return typeof targetArn === "string" && targetArn !== "" && !isUnknown(targetArn) ? targetArn : undefined;
}

/**
 * Whether the integration replicates into Redshift. An unknown target is judged as Redshift unless every
 * resource its targetArn comes from is known not to be a Redshift target (a Glue catalog).
 */
export function targetsRedshift(graph: StackGraph, integration: Node): boolean {
    const kind = integration.integrationKind ?? integration.type;
    if (redshiftTargets(graph, integration).length > 0) {
        return true;
    }
    if (ALWAYS_REDSHIFT.includes(kind) || knownTargetArn(integration.props) !== undefined) {
        return propsTargetRedshift(kind, integration.props);
    }
    const deps = integration.propertyDependencies.targetArn ?? [];
    return deps.length === 0 || !deps.every(d => NON_REDSHIFT_TARGET_TYPES.includes(d.type));
}

export type Declaration =
    | { state: "missing" }
    | { state: "unknown" }
    | { state: "invalid"; value: string }
    | { state: "declared"; seconds: number };

/** The integration's declared refresh interval: its REFRESH_INTERVAL_TAG, in a tags map or a list of {key, value}. */
export function declaredInterval(props: Record<string, any>): Declaration {
    const tags = props.tags;
    if (isUnknown(tags)) {
        return { state: "unknown" };
    }
    let value: unknown;
    if (Array.isArray(tags)) {
        const entry = tags.find(t => t && (t.key === REFRESH_INTERVAL_TAG || t.Key === REFRESH_INTERVAL_TAG));
        value = entry === undefined ? undefined : (entry.value ?? entry.Value);
    } else if (tags && typeof tags === "object") {
        value = tags[REFRESH_INTERVAL_TAG];
    }
    if (value === undefined || value === null) {
        return { state: "missing" };
    }
    if (isUnknown(value)) {
        return { state: "unknown" };
    }
    const text = String(value).trim();
    return /^[0-9]+$/.test(text) ? { state: "declared", seconds: Number(text) } : { state: "invalid", value: String(value) };
}

/** The Aurora clusters in the stack that are the integration's source. */
export function sourceClusters(graph: StackGraph, integration: Node): Node[] {
    return graph.referencedBy(integration, "sourceArn", [AURORA_CLUSTER], ["arn"]);
}

/** Every integration in the stack that replicates into Redshift (lib/integrations.ts: every way to make one). */
export function redshiftIntegrations(graph: StackGraph): Node[] {
    return graph.integrations().filter(i => targetsRedshift(graph, i));
}
