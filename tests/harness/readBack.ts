// A read-back fake: what the provider's Read puts in state after AWS has created a resource, per resource type.
//
// A second `pulumi up` is a no-op only when every input the program sets equals what Read returns. AWS fills in
// defaults (which the provider marks Computed, so an unset input shows no diff), normalises some values (JSON
// documents, key ids, sets), and for a few properties returns values the provider then diffs against the program.
// Each row says which, with its source; docs/aws-contract.md ("What a read returns") has the same table for readers.
import { RecordedResource } from "./mockProgram";
import { unwrapSecrets } from "./awsContract";

export interface ReadBackRow {
    source: string;
    /** Inputs the provider keeps as given and never reads from AWS (assets, local-only flags). */
    local?: string[];
    /** Properties compared as sets (the provider's TypeSet): order does not make a diff. */
    sets?: string[];
    /** JSON documents the provider compares by equivalence (verify.SuppressEquivalentJSONDiffs / policy equivalence). */
    json?: string[];
    /** What AWS rewrites or adds on read; returns the properties it changes. */
    read?: (inputs: Record<string, any>) => Record<string, unknown>;
    /**
     * Properties AWS fills in even when the program leaves them unset, and which the provider then diffs against the
     * empty input (not Computed, or documented as needing ignoreChanges).
     */
    diffsWhenUnset?: string[];
}

const REGION = "us-west-2";
const ACCOUNT = "123456789012";
/** An AWS owned key is not in the caller's account; RDS reports one for an integration created without kmsKeyId. */
export const AWS_OWNED_INTEGRATION_KEY = `arn:aws:kms:${REGION}:000000000000:key/aws-owned-zero-etl-key`;

/** Every workgroup config parameter as GetWorkgroup returns it for a new workgroup (defaults plus what was set). */
export const SERVERLESS_DEFAULT_PARAMETERS: ReadonlyArray<{ parameterKey: string; parameterValue: string }> = [
    { parameterKey: "auto_mv", parameterValue: "true" },
    { parameterKey: "datestyle", parameterValue: "ISO, MDY" },
    { parameterKey: "enable_case_sensitive_identifier", parameterValue: "false" },
    { parameterKey: "enable_large_strings_opt_in", parameterValue: "" },
    { parameterKey: "enable_user_activity_logging", parameterValue: "true" },
    { parameterKey: "max_query_execution_time", parameterValue: "14400" },
    { parameterKey: "query_group", parameterValue: "default" },
    { parameterKey: "require_ssl", parameterValue: "true" },
    { parameterKey: "search_path", parameterValue: "$user, public" },
    { parameterKey: "use_fips_ssl", parameterValue: "false" },
];

/** AWS's full parameter list with the given values applied: what the provider's Read stores. */
export function readWorkgroupParameters(given: ReadonlyArray<{ parameterKey: string; parameterValue: string }>): Array<{ parameterKey: string; parameterValue: string }> {
    const set = new Map(given.map(p => [p.parameterKey, p.parameterValue]));
    return SERVERLESS_DEFAULT_PARAMETERS.map(p => ({ parameterKey: p.parameterKey, parameterValue: set.get(p.parameterKey) ?? p.parameterValue }));
}

/** KMS and the services that store a key return its ARN; an alias target is read back as the key id. */
const keyArn = (v: unknown) => (typeof v === "string" && !v.startsWith("arn:") ? `arn:aws:kms:${REGION}:${ACCOUNT}:key/${v}` : v);
const keyId = (v: unknown) => (typeof v === "string" && v.startsWith("arn:") ? v.replace(/^.*:key\//, "") : v);

const SG = "internal/service/ec2/vpc_security_group.go (removes AWS's default allow-all egress on create; ingress/egress Computed)";

export const READ_BACK: Readonly<Record<string, ReadBackRow>> = {
    "awsx:ec2:Vpc": { source: "component resource: its children are read by the awsx provider", local: ["*"] },
    "aws:ec2/securityGroup:SecurityGroup": { source: SG },
    "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule": { source: "internal/service/vpc/security_group_ingress_rule.go (ip_protocol normalised to its name, e.g. 6 -> tcp)",
        read: i => ({ ipProtocol: i.ipProtocol === "6" ? "tcp" : i.ipProtocol }) },
    "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule": { source: "internal/service/vpc/security_group_egress_rule.go (ip_protocol normalised to its name)",
        read: i => ({ ipProtocol: i.ipProtocol === "6" ? "tcp" : i.ipProtocol }) },
    "aws:ec2/securityGroupRule:SecurityGroupRule": { source: SG },
    "aws:ec2/vpcEndpoint:VpcEndpoint": { source: "internal/service/ec2/vpc_endpoint.go (policy: AWS attaches a full-access policy, Computed; dns_options, ip_address_type Computed)",
        sets: ["routeTableIds", "subnetIds", "securityGroupIds"] },
    "aws:ec2/instance:Instance": { source: "internal/service/ec2/ec2_instance.go (user_data stored as its hash; root_block_device iops/throughput Computed)", local: ["userData"] },
    "aws:iam/role:Role": { source: "internal/service/iam/role.go (path defaults to /, max_session_duration 3600; assume_role_policy compared by policy equivalence)", json: ["assumeRolePolicy"] },
    "aws:iam/rolePolicy:RolePolicy": { source: "internal/service/iam/role_policy.go (policy compared by equivalence)", json: ["policy"] },
    "aws:iam/policy:Policy": { source: "internal/service/iam/policy.go", json: ["policy"] },
    "aws:iam/rolePolicyAttachment:RolePolicyAttachment": { source: "internal/service/iam/role_policy_attachment.go" },
    "aws:iam/instanceProfile:InstanceProfile": { source: "internal/service/iam/instance_profile.go (path defaults to /)" },
    "aws:kms/key:Key": { source: "internal/service/kms/key.go (policy: AWS's default key policy when unset, Computed; rotation_period_in_days 365 Computed)",
        json: ["policy"], local: ["deletionWindowInDays"] },
    "aws:kms/alias:Alias": { source: "internal/service/kms/alias.go (target_key_id read back as the key id)", read: i => ({ targetKeyId: keyId(i.targetKeyId) }) },
    "aws:s3/bucket:Bucket": { source: "internal/service/s3/bucket.go (force_destroy is local)", local: ["forceDestroy"] },
    "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration": {
        source: "internal/service/s3/bucket_server_side_encryption_configuration.go (kms_master_key_id as stored)" },
    "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock": { source: "internal/service/s3/bucket_public_access_block.go" },
    "aws:s3/bucketOwnershipControls:BucketOwnershipControls": { source: "internal/service/s3/bucket_ownership_controls.go" },
    "aws:s3/bucketPolicy:BucketPolicy": { source: "internal/service/s3/bucket_policy.go (policy compared by equivalence)", json: ["policy"] },
    "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration": {
        source: "internal/service/s3/bucket_lifecycle_configuration.go (transition_default_minimum_object_size Computed)" },
    "aws:s3/bucketObjectv2:BucketObjectv2": { source: "internal/service/s3/object.go (source is local, etag/content_type Computed)", local: ["source"] },
    "aws:lambda/function:Function": { source: "internal/service/lambda/function.go (code is local, hashed into source_code_hash; JSON logging adds application/system log levels, Computed)",
        local: ["code"], sets: ["vpcConfig.subnetIds", "vpcConfig.securityGroupIds"] },
    "aws:lambda/invocation:Invocation": { source: "internal/service/lambda/invocation.go (result Computed)" },
    "aws:cloudwatch/logGroup:LogGroup": { source: "internal/service/logs/group.go (log_group_class STANDARD Computed)" },
    "aws:cloudwatch/metricAlarm:MetricAlarm": { source: "internal/service/cloudwatch/metric_alarm.go", sets: ["alarmActions", "okActions", "insufficientDataActions"] },
    "aws:cloudwatch/eventRule:EventRule": { source: "internal/service/events/rule.go (event_pattern compared by JSON equivalence)", json: ["eventPattern"] },
    "aws:cloudwatch/eventTarget:EventTarget": { source: "internal/service/events/target.go", json: ["input"] },
    "aws:sns/topic:Topic": { source: "internal/service/sns/topic.go (policy: AWS's default, Computed)" },
    "aws:sns/topicPolicy:TopicPolicy": { source: "internal/service/sns/topic_policy.go", json: ["policy"] },
    "aws:sns/topicSubscription:TopicSubscription": { source: "internal/service/sns/topic_subscription.go (pending_confirmation Computed for email)" },
    "aws:dynamodb/table:Table": { source: "internal/service/dynamodb/table.go (point_in_time_recovery.recovery_period_in_days 35 Computed)", sets: ["attributes"] },
    "aws:glue/catalogDatabase:CatalogDatabase": { source: "internal/service/glue/catalog_database.go (create_table_default_permission Computed: AWS adds IAM_ALLOWED_PRINCIPALS)" },
    "aws:athena/workgroup:Workgroup": { source: "internal/service/athena/workgroup.go (engine_version.effective_engine_version Computed; force_destroy is local)", local: ["forceDestroy"] },
    "aws:sfn/stateMachine:StateMachine": { source: "internal/service/sfn/state_machine.go (definition compared by JSON equivalence)", json: ["definition"] },
    "aws:scheduler/schedule:Schedule": { source: "internal/service/scheduler/schedule.go (group_name default, schedule_expression_timezone UTC Computed)" },
    "aws:rds/cluster:Cluster": {
        source: "internal/service/rds/cluster.go (kms_key_id and master_user_secret_kms_key_id read back as ARNs; availability_zones, preferred_maintenance_window Computed; final snapshot settings local)",
        local: ["skipFinalSnapshot", "finalSnapshotIdentifier"],
        sets: ["vpcSecurityGroupIds", "enabledCloudwatchLogsExports"],
        read: i => ({ kmsKeyId: keyArn(i.kmsKeyId), masterUserSecretKmsKeyId: keyArn(i.masterUserSecretKmsKeyId) }),
    },
    "aws:rds/clusterInstance:ClusterInstance": { source: "internal/service/rds/cluster_instance.go (promotion_tier, performance_insights_enabled Computed)" },
    "aws:rds/clusterParameterGroup:ClusterParameterGroup": { source: "internal/service/rds/cluster_parameter_group.go (only the parameters set are read back)", sets: ["parameters"] },
    "aws:rds/subnetGroup:SubnetGroup": { source: "internal/service/rds/subnet_group.go", sets: ["subnetIds"] },
    "aws:rds/integration:Integration": {
        source: "internal/service/rds/integration.go and its docs: without kms_key_id RDS uses an AWS owned key and reads it back; ignore kms_key_id",
        diffsWhenUnset: ["kmsKeyId"],
        read: i => ({ kmsKeyId: i.kmsKeyId ?? AWS_OWNED_INTEGRATION_KEY }),
    },
    "aws:redshiftserverless/namespace:Namespace": {
        source: "internal/service/redshiftserverless/namespace.go (kms_key_id read back as an ARN; iam_roles Computed)",
        sets: ["logExports"], read: i => ({ kmsKeyId: keyArn(i.kmsKeyId) }),
    },
    "aws:redshiftserverless/workgroup:Workgroup": {
        source: "internal/service/redshiftserverless/workgroup.go (Read stores every config parameter GetWorkgroup returns, including enable_large_strings_opt_in; terraform-provider-aws #49939)",
        sets: ["subnetIds", "securityGroupIds"],
        read: i => ({ configParameters: readWorkgroupParameters(i.configParameters ?? []) }),
    },
    "aws:redshiftserverless/usageLimit:UsageLimit": { source: "internal/service/redshiftserverless/usage_limit.go (Read sets amount, period, breach_action, usage_type and resource_arn as created)" },
    "aws:cloudwatch/dashboard:Dashboard": { source: "internal/service/cloudwatch/dashboard.go (dashboard_body compared by JSON equivalence)", json: ["dashboardBody"] },
    "aws:redshift/resourcePolicy:ResourcePolicy": { source: "internal/service/redshift/resource_policy.go (policy compared by equivalence)", json: ["policy"] },
    "aws:redshiftdata/statement:Statement": { source: "internal/service/redshiftdata/statement.go (an expired statement reads back as a stub; see the zero-ETL database section)" },
    "aws:quicksight/dataSource:DataSource": { source: "internal/service/quicksight/data_source.go", sets: ["permissions"] },
    "aws:quicksight/dataSet:DataSet": { source: "internal/service/quicksight/data_set.go", sets: ["permissions"] },
};

function canonical(value: unknown): unknown {
    if (Array.isArray(value)) {
        return value.map(canonical);
    }
    if (value !== null && typeof value === "object") {
        return Object.fromEntries(Object.keys(value as object).sort().map(k => [k, canonical((value as Record<string, unknown>)[k])]));
    }
    return value;
}

/** True when everything the program set (`given`) is what Read returned (`read`); unset nested fields are AWS's. */
function subsetEqual(given: unknown, read: unknown, path: string, row: ReadBackRow): boolean {
    if (row.json?.includes(path) && typeof given === "string" && typeof read === "string") {
        try {
            return JSON.stringify(canonical(JSON.parse(given))) === JSON.stringify(canonical(JSON.parse(read)));
        } catch {
            return given === read;
        }
    }
    if (Array.isArray(given)) {
        if (!Array.isArray(read) || read.length !== given.length) {
            return false;
        }
        if (row.sets?.includes(path)) {
            const key = (v: unknown) => JSON.stringify(canonical(v));
            return JSON.stringify(given.map(key).sort()) === JSON.stringify(read.map(key).sort());
        }
        return given.every((g, i) => subsetEqual(g, read[i], path, row));
    }
    if (given !== null && typeof given === "object") {
        if (read === null || typeof read !== "object") {
            return false;
        }
        return Object.entries(given as Record<string, unknown>).every(([k, v]) =>
            v === undefined || subsetEqual(v, (read as Record<string, unknown>)[k], path === "" ? k : `${path}.${k}`, row));
    }
    return given === read;
}

/** The state the provider's Read stores for a resource the program created, per READ_BACK. */
export function readBack(r: RecordedResource, table: Readonly<Record<string, ReadBackRow>> = READ_BACK): Record<string, unknown> {
    const row = table[r.type];
    const inputs = unwrapSecrets(r.inputs) as Record<string, any>;
    return { ...inputs, ...(row?.read?.(inputs) ?? {}) };
}

/** The properties a second `pulumi up` would show as changed for this resource; a type without a row is reported. */
export function secondUpDiff(r: RecordedResource, table: Readonly<Record<string, ReadBackRow>> = READ_BACK): string[] {
    const row = table[r.type];
    if (row === undefined) {
        return [`(type ${r.type} has no read-back row in tests/harness/readBack.ts)`];
    }
    if (row.local?.includes("*")) {
        return [];
    }
    const inputs = unwrapSecrets(r.inputs) as Record<string, any>;
    const state = readBack(r, table);
    const ignored = new Set(r.ignoreChanges);
    const diff: string[] = [];
    for (const [key, value] of Object.entries(inputs)) {
        if (value === undefined || ignored.has(key) || row.local?.includes(key)) {
            continue;
        }
        if (!subsetEqual(value, state[key], key, row)) {
            diff.push(key);
        }
    }
    for (const key of row.diffsWhenUnset ?? []) {
        if (inputs[key] === undefined && state[key] !== undefined && !ignored.has(key)) {
            diff.push(key);
        }
    }
    return diff;
}
