// Cost-allocation tags: every taggable resource the stack creates names the project and the stack, so Cost Explorer can split the bill.
import * as pulumi from "@pulumi/pulumi";

import { PROJECT } from "./config";

export const PROJECT_TAG = "aurora-analytics:project";
export const STACK_TAG = "aurora-analytics:stack";

/**
 * The AWS resource types this program creates that take `tags` (their @pulumi/aws 7.48 Args declare `tags?`);
 * tests/components/costTags.test.ts checks the list against the types' declarations and the types the program creates.
 * Types without tags (RolePolicy, TopicPolicy, UsageLimit, Dashboard, Schedule, lambda Invocation, ...) cannot carry a cost
 * tag: AWS bills their usage to the resource they belong to, or does not bill them. S3 objects are left out on purpose:
 * object tags are no cost-allocation tags (the bucket's are) and each one is billed.
 */
export const TAGGABLE_TYPES: ReadonlySet<string> = new Set([
    "aws:athena/workgroup:Workgroup",
    "aws:cloudwatch/eventRule:EventRule",
    "aws:cloudwatch/logGroup:LogGroup",
    "aws:cloudwatch/metricAlarm:MetricAlarm",
    "aws:dynamodb/table:Table",
    "aws:ec2/instance:Instance",
    "aws:ec2/securityGroup:SecurityGroup",
    "aws:ec2/vpcEndpoint:VpcEndpoint",
    "aws:glue/catalogDatabase:CatalogDatabase",
    "aws:iam/instanceProfile:InstanceProfile",
    "aws:iam/role:Role",
    "aws:kms/key:Key",
    "aws:lambda/function:Function",
    "aws:quicksight/dataSet:DataSet",
    "aws:quicksight/dataSource:DataSource",
    "aws:rds/cluster:Cluster",
    "aws:rds/clusterInstance:ClusterInstance",
    "aws:rds/clusterParameterGroup:ClusterParameterGroup",
    "aws:rds/integration:Integration",
    "aws:rds/subnetGroup:SubnetGroup",
    "aws:redshiftserverless/namespace:Namespace",
    "aws:redshiftserverless/workgroup:Workgroup",
    "aws:s3/bucket:Bucket",
    "aws:sfn/stateMachine:StateMachine",
    "aws:sns/topic:Topic",
    "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule",
    "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
]);

/** The tags Cost Explorer splits by, once activated as cost-allocation tags (Billing console, "Cost allocation tags"). */
export function costAllocationTags(stackName: string): Record<string, string> {
    return { [PROJECT_TAG]: PROJECT, [STACK_TAG]: stackName };
}

/** Adds the cost tags to a taggable resource's own tags; a tag the program set under the same key wins. */
export function withCostTags(type: string, props: Record<string, any>, stackName: string): Record<string, any> | undefined {
    if (!TAGGABLE_TYPES.has(type)) {
        return undefined;
    }
    const tags = props.tags === undefined
        ? costAllocationTags(stackName)
        : pulumi.output(props.tags as pulumi.Input<Record<string, string>>).apply(t => ({ ...costAllocationTags(stackName), ...(t ?? {}) }));
    return { ...props, tags };
}

/**
 * A stack transformation (it runs in the program, so it works under mocks and needs no engine support), registered
 * before any resource exists so every resource of the stack passes through it.
 */
export function registerCostAllocationTags(stackName: string): void {
    pulumi.runtime.registerStackTransformation(args => {
        const props = withCostTags(args.type, args.props, stackName);
        return props === undefined ? undefined : { props, opts: args.opts };
    });
}
