// @ts-nocheck
// What every zero-ETL rule needs to know about an integration: is its target Redshift, which resources are its ends.
import { Node, StackGraph } from "./graph";
import { isUnknown } from "./values";

export const INTEGRATION = "aws:rds/integration:Integration";
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

/**
 * Whether the integration replicates into Redshift. At preview of a first deploy the target ARN is
 * unknown; then the property's dependencies decide, and with no evidence either way it is judged as
 * Redshift so that a missing setting still blocks the first deploy instead of slipping through.
 */
export function targetsRedshift(graph: StackGraph, integration: Node): boolean {
    if (redshiftTargets(graph, integration).length > 0) {
        return true;
    }
    const targetArn = integration.props.targetArn;
    if (typeof targetArn === "string" && !isUnknown(targetArn)) {
        return REDSHIFT_ARN.test(targetArn);
    }
    const deps = integration.resource.propertyDependencies?.targetArn ?? [];
    return deps.length === 0;
}

/** The Aurora clusters in the stack that are the integration's source. */
export function sourceClusters(graph: StackGraph, integration: Node): Node[] {
    return graph.referencedBy(integration, "sourceArn", [AURORA_CLUSTER], ["arn"]);
}

/** Every integration in the stack that replicates into Redshift. */
export function redshiftIntegrations(graph: StackGraph): Node[] {
    return graph.ofType(INTEGRATION).filter(i => targetsRedshift(graph, i));
}
