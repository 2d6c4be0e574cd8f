// The Redshift Serverless target: a new private namespace and workgroup, or the user's looked up and checked, never changed.
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import { GetWorkgroupCommand, ListUsageLimitsCommand, RedshiftServerlessClient, UsageLimit } from "@aws-sdk/client-redshift-serverless";

import { rotatingKey } from "./iamDocuments";
import { consumerOnlyGroup } from "./consumerOnlyGroup";

/**
 * The one workgroup config parameter this program sets: zero-ETL needs case-sensitive identifiers. AWS reads back
 * every parameter with its default, and now also enable_large_strings_opt_in, which @pulumi/aws 7.48.0's key
 * allow-list does not know (terraform-provider-aws issue #49939): listing "every" parameter gave a permanent diff and
 * failing updates. So the workgroup gets this parameter at creation, `ignoreChanges` keeps the read-back list from
 * showing as a diff, and `caseSensitivityProblem` checks what AWS read back on every deploy (docs/aws-contract.md).
 */
export const WORKGROUP_CONFIG_PARAMETERS: ReadonlyArray<{ parameterKey: string; parameterValue: string }> = [
    { parameterKey: "enable_case_sensitive_identifier", parameterValue: "true" },
];

/** Workgroup properties AWS rewrites on read, which a second `pulumi up` must not try to change back. */
export const WORKGROUP_IGNORE_CHANGES = ["configParameters"];

/** Returns why a workgroup's read-back config parameters cannot receive zero-ETL, or undefined when they can. */
export function caseSensitivityProblem(workgroupName: string, configParameters: ReadonlyArray<{ parameterKey?: string; parameterValue?: string }>): string | undefined {
    const value = configParameters.find(p => p.parameterKey === "enable_case_sensitive_identifier")?.parameterValue;
    if (value?.toLowerCase() === "true") {
        return undefined;
    }
    return `Redshift workgroup ${workgroupName} has enable_case_sensitive_identifier ${value ?? "unset"}, but zero-ETL needs it true. ` +
        "This program sets it when it creates the workgroup and does not change it afterwards; turn it back on with " +
        `\`aws redshift-serverless update-workgroup --workgroup-name ${workgroupName} ` +
        "--config-parameters parameterKey=enable_case_sensitive_identifier,parameterValue=true\` and run `pulumi up` again.";
}

/** The serverless-compute usage limit this program puts on a workgroup it creates. */
export interface UsageLimitSpec {
    /** RPU-hours per period (CreateUsageLimit: "the limit amount ... in Redshift Processing Unit (RPU) hours"). */
    amount: number;
    period: "daily" | "weekly" | "monthly";
    breachAction: "log" | "emit-metric" | "deactivate";
}

/** A usage limit as the stack reports it; only serverless-compute limits count against RPU spend. */
export interface ReportedUsageLimit {
    amount: number;
    period: string;
    breachAction: string;
}

/** The one warning for an existing workgroup without a compute limit, with the command that adds one. */
export function missingUsageLimitWarning(workgroupName: string, workgroupArn: string, limit: UsageLimitSpec): string {
    return `Redshift workgroup ${workgroupName} has no serverless-compute usage limit, so nothing caps what it can spend; ` +
        "this program does not change a workgroup it does not own. Add one with " +
        `\`aws redshift-serverless create-usage-limit --resource-arn ${workgroupArn} --usage-type serverless-compute ` +
        `--amount ${limit.amount} --period ${limit.period} --breach-action ${limit.breachAction}\`.`;
}

/** The workgroup's serverless-compute limits, as ListUsageLimits returns them. */
export function reportUsageLimits(limits: readonly UsageLimit[]): ReportedUsageLimit[] {
    return limits
        .filter(l => l.usageType === "serverless-compute")
        .map(l => ({ amount: l.amount ?? 0, period: l.period ?? "", breachAction: l.breachAction ?? "" }));
}

/** The database every namespace starts with; Data API statements connect to it. */
export const DEFAULT_REDSHIFT_DATABASE = "dev";

export interface RedshiftTargetArgs {
    /** Existing namespace and workgroup names; both or neither. */
    namespaceName?: string;
    workgroupName?: string;
    /** Secrets Manager secret with the existing namespace's admin credentials (Data API). */
    adminSecretArn?: string;
    /** Name for a new namespace and workgroup. */
    name: string;
    baseCapacity: number;
    /** New workgroup only: maxCapacity in RPU. */
    maxCapacity: number;
    /** New workgroup only; for an existing one it is the limit the warning proposes. */
    usageLimit: UsageLimitSpec;
    /** Check the existing workgroup's case sensitivity, which zero-ETL needs. */
    zeroEtl: boolean;
    /** The network; required when the workgroup is created, absent when nothing of this program runs in a VPC. */
    vpcId?: pulumi.Input<string>;
    privateSubnetIds?: pulumi.Input<pulumi.Input<string>[]>;
    consumerSecurityGroupId?: pulumi.Input<string>;
}

export interface ExistingWorkgroupFacts {
    workgroupName: string;
    namespaceName: string;
    expectedNamespace: string;
    configParameters: ReadonlyArray<{ parameterKey?: string; parameterValue?: string }>;
}

/** Returns why an existing workgroup cannot receive zero-ETL, or undefined when it can. */
export function existingWorkgroupProblem(w: ExistingWorkgroupFacts): string | undefined {
    if (w.namespaceName !== w.expectedNamespace) {
        return `Redshift workgroup ${w.workgroupName} belongs to namespace ${w.namespaceName}, not ${w.expectedNamespace}; ` +
            `fix it with \`pulumi config set redshiftNamespace ${w.namespaceName}\` or name a workgroup of ${w.expectedNamespace}.`;
    }
    const value = w.configParameters.find(p => p.parameterKey === "enable_case_sensitive_identifier")?.parameterValue;
    if (value?.toLowerCase() !== "true") {
        return `Redshift workgroup ${w.workgroupName} has enable_case_sensitive_identifier ${value ?? "unset"}, but zero-ETL needs it true. ` +
            "This program does not change a workgroup it does not own; turn it on with " +
            `\`aws redshift-serverless update-workgroup --workgroup-name ${w.workgroupName} ` +
            "--config-parameters parameterKey=enable_case_sensitive_identifier,parameterValue=true\` and run `pulumi up` again.";
    }
    return undefined;
}

export class RedshiftTarget extends pulumi.ComponentResource {
    public readonly namespaceName: pulumi.Output<string>;
    public readonly namespaceArn: pulumi.Output<string>;
    public readonly namespaceId: pulumi.Output<string>;
    /** Resolves only after the existing workgroup passed its zero-ETL check. */
    public readonly workgroupName: pulumi.Output<string>;
    public readonly workgroupEndpoint: pulumi.Output<string>;
    public readonly adminSecretArn: pulumi.Output<string>;
    /** The admin secret's customer-managed key; "" when the secret uses the AWS-managed key. */
    public readonly adminSecretKmsKeyArn: pulumi.Output<string>;
    public readonly workgroupArn: pulumi.Output<string>;
    /** The database Data API statements connect to. */
    public readonly defaultDatabase: pulumi.Output<string>;
    /** What an integration must wait for; empty for existing resources. */
    public readonly integrationDependencies: pulumi.Resource[];
    public readonly created: boolean;
    /** The workgroup's serverless-compute usage limits: the one created here, or the existing workgroup's as read. */
    public readonly usageLimits: pulumi.Output<ReportedUsageLimit[]>;

    constructor(name: string, args: RedshiftTargetArgs, opts?: pulumi.ComponentResourceOptions) {
        super("aurora-analytics:redshift:RedshiftTarget", name, {}, opts);

        if (args.namespaceName === undefined || args.workgroupName === undefined) {
            if (args.vpcId === undefined || args.privateSubnetIds === undefined || args.consumerSecurityGroupId === undefined) {
                throw new Error("RedshiftTarget: a new workgroup needs vpcId, privateSubnetIds and consumerSecurityGroupId");
            }
            this.created = true;
            const key = rotatingKey(`${name}-key`, { description: "aurora-analytics: Redshift Serverless namespace and admin secret" }, { parent: this });

            const namespace = new aws.redshiftserverless.Namespace(`${name}-namespace`, {
                namespaceName: args.name,
                dbName: DEFAULT_REDSHIFT_DATABASE,
                adminUsername: "admin",
                manageAdminPassword: true,
                adminPasswordSecretKmsKeyId: key.arn,
                kmsKeyId: key.arn,
                logExports: ["connectionlog", "useractivitylog", "userlog"],
            }, { parent: this });

            const securityGroup = consumerOnlyGroup(name, {
                vpcId: args.vpcId, consumerSecurityGroupId: args.consumerSecurityGroupId,
                port: 5439, service: "Redshift Serverless", ruleSuffix: "redshift-from-consumers",
            }, this);

            const workgroup = new aws.redshiftserverless.Workgroup(`${name}-workgroup`, {
                workgroupName: args.name,
                namespaceName: namespace.namespaceName,
                baseCapacity: args.baseCapacity,
                // Max capacity caps how far the workgroup scales: a multiple of 8 RPU, at least the base capacity
                // (Redshift management guide, "Billing for on-demand compute capacity", setting max capacity).
                maxCapacity: args.maxCapacity,
                subnetIds: args.privateSubnetIds,
                securityGroupIds: [securityGroup.id],
                publiclyAccessible: false,
                enhancedVpcRouting: false,
                configParameters: WORKGROUP_CONFIG_PARAMETERS.map(p => ({ ...p })),
            }, { parent: this, ignoreChanges: WORKGROUP_IGNORE_CHANGES });

            this.namespaceName = namespace.namespaceName;
            this.namespaceArn = namespace.arn;
            this.namespaceId = namespace.namespaceId;
            // The deploy-time check: the provider's read (GetWorkgroup, internal/service/redshiftserverless/workgroup.go)
            // fills configParameters with what AWS holds; the name is released only when case sensitivity is on.
            this.workgroupName = pulumi.all([workgroup.workgroupName, workgroup.configParameters]).apply(([workgroupName, read]) => {
                const problem = caseSensitivityProblem(workgroupName, read ?? []);
                if (problem !== undefined) {
                    throw new pulumi.RunError(problem);
                }
                return workgroupName;
            });
            this.workgroupEndpoint = workgroup.endpoints.apply(e => e?.[0]?.address ?? "");
            this.adminSecretArn = namespace.adminPasswordSecretArn;
            this.adminSecretKmsKeyArn = key.arn;
            this.workgroupArn = workgroup.arn;
            this.defaultDatabase = pulumi.output(DEFAULT_REDSHIFT_DATABASE);
            this.integrationDependencies = [namespace, workgroup];
            // The spend cap: RPU-hours per period on the workgroup (internal/service/redshiftserverless/usage_limit.go:
            // amount, usage_type, period (forces replacement), breach_action).
            const usageLimit = new aws.redshiftserverless.UsageLimit(`${name}-usage-limit`, {
                resourceArn: workgroup.arn,
                usageType: "serverless-compute",
                amount: args.usageLimit.amount,
                period: args.usageLimit.period,
                breachAction: args.usageLimit.breachAction,
            }, { parent: this });
            this.usageLimits = pulumi.all([usageLimit.amount, usageLimit.period, usageLimit.breachAction])
                .apply(([amount, period, breachAction]) => [{ amount, period: period ?? args.usageLimit.period, breachAction: breachAction ?? args.usageLimit.breachAction }]);
        } else {
            this.created = false;
            const namespaceName = args.namespaceName;
            const workgroupName = args.workgroupName;
            const namespace = aws.redshiftserverless.getNamespaceOutput({ namespaceName }, { parent: this });
            const workgroup = aws.redshiftserverless.getWorkgroupOutput({ workgroupName }, { parent: this });
            const region = aws.getRegionOutput({}, { parent: this }).region;

            this.namespaceName = namespace.namespaceName;
            this.namespaceArn = namespace.arn;
            this.namespaceId = namespace.namespaceId;
            this.workgroupName = pulumi.all([workgroup, region]).apply(async ([w, r]) => {
                if (args.zeroEtl) {
                    // The provider's lookup does not return config parameters; the Serverless API does.
                    const client = new RedshiftServerlessClient({ region: r });
                    const described = await client.send(new GetWorkgroupCommand({ workgroupName }));
                    const problem = existingWorkgroupProblem({
                        workgroupName,
                        namespaceName: w.namespaceName,
                        expectedNamespace: namespaceName,
                        configParameters: described.workgroup?.configParameters ?? [],
                    });
                    if (problem !== undefined) {
                        throw new pulumi.RunError(problem);
                    }
                }
                return w.workgroupName;
            });
            this.workgroupEndpoint = workgroup.endpoints.apply(e => e?.[0]?.address ?? "");
            this.adminSecretArn = pulumi.output(args.adminSecretArn ?? "");
            // DescribeSecret's KmsKeyId is empty for the AWS-managed aws/secretsmanager key, and otherwise a key ARN, a bare key
            // id (console-created secrets) or an alias ARN (Secrets Manager API reference, DescribeSecret). An IAM Resource
            // needs the key ARN: anything else is resolved with DescribeKey (aws.kms.getKey), which takes all of these.
            this.adminSecretKmsKeyArn = args.adminSecretArn === undefined ? pulumi.output("")
                : aws.secretsmanager.getSecretOutput({ arn: args.adminSecretArn }, { parent: this }).kmsKeyId.apply(k => {
                    const keyId = k ?? "";
                    if (keyId === "" || /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\//.test(keyId)) return pulumi.output(keyId);
                    return aws.kms.getKeyOutput({ keyId }, { parent: this }).arn;
                });
            this.workgroupArn = workgroup.arn;
            this.defaultDatabase = namespace.dbName.apply(db => db || DEFAULT_REDSHIFT_DATABASE);
            this.integrationDependencies = [];
            // Read, never changed: the limits the user put on their workgroup (ListUsageLimits, Redshift Serverless API).
            this.usageLimits = pulumi.all([workgroup.arn, region]).apply(async ([arn, r]) => {
                const client = new RedshiftServerlessClient({ region: r });
                const limits: UsageLimit[] = [];
                let nextToken: string | undefined;
                do {
                    const page = await client.send(new ListUsageLimitsCommand({ resourceArn: arn, usageType: "serverless-compute", ...(nextToken ? { nextToken } : {}) }));
                    limits.push(...(page.usageLimits ?? []));
                    nextToken = page.nextToken;
                } while (nextToken);
                const reported = reportUsageLimits(limits);
                if (reported.length === 0) {
                    pulumi.log.warn(missingUsageLimitWarning(workgroupName, arn, args.usageLimit), this);
                }
                return reported;
            });
        }

        this.registerOutputs({
            namespaceName: this.namespaceName,
            namespaceArn: this.namespaceArn,
            namespaceId: this.namespaceId,
            workgroupName: this.workgroupName,
            workgroupEndpoint: this.workgroupEndpoint,
            adminSecretArn: this.adminSecretArn,
            usageLimits: this.usageLimits,
        });
    }
}
