// The AWS contract check: what AWS enforces on every resource type the program registers, each rule with its source.
//
// Mocks accept any string; AWS does not. This table holds the documented constraints (names, character sets, tags,
// identifiers) per resource type, computes the name Pulumi or Terraform would generate where the program sets none,
// and reports every broken constraint with the resource, the property, the value and the rule. A type the program
// registers without a row here is itself a failure, so a new resource type has to be added to the contract on purpose.
// docs/aws-contract.md ("Input constraints") lists the same facts for readers.
import { RecordedResource } from "./mockProgram";

/** One broken constraint. */
export interface Violation {
    type: string;
    resource: string;
    property: string;
    value: unknown;
    rule: string;
    source: string;
}

export function formatViolation(v: Violation): string {
    return `${v.type} ${v.resource}: ${v.property} = ${JSON.stringify(v.value)} breaks "${v.rule}" (${v.source})`;
}

/** A check on one property's value; returns false when the value breaks the rule. */
interface PropertyRule {
    /** Dotted path into the inputs; `[]` walks every element of an array, `{}` every key of a map. */
    property: string;
    rule: string;
    source: string;
    test: (value: unknown, resource: RecordedResource) => boolean;
}

/** How a name is generated when the program leaves the property unset. */
type AutoName =
    /** Pulumi auto-naming: logical name + separator + 7 random hex characters, refused by the engine above maxLength. */
    | { kind: "pulumi"; property: string; maxLength: number; lowercase?: boolean; prefix?: string }
    /** Terraform's own default: `tf-` + a 26-character unique id (internal/create/naming.go). */
    | { kind: "terraform"; property: string; prefixProperty?: string };

export interface ContractRow {
    /** Where the row's facts come from: API reference pages and provider files. */
    source: string;
    autoName?: AutoName;
    rules: PropertyRule[];
    /** Apply the common AWS tag limits to `tags`. */
    tags: boolean;
}

// --- sources ---------------------------------------------------------------------------------------------------
const PULUMI_AUTONAME = "pulumi-terraform-bridge tfbridge.AutoName (Randlen 7), pulumi-aws provider/resources.go";
const TF_NAMING = "terraform-provider-aws internal/create/naming.go (prefix + id.UniqueId(), 26 characters)";
const TAGS_SRC = "AWS Tagging Best Practices / Tag Editor: at most 50 tags, key 1-128, value 0-256, aws: prefix reserved";
const EC2_SG_SRC = "EC2 API CreateSecurityGroup (GroupName, GroupDescription) and AuthorizeSecurityGroupIngress/Egress (Description)";
const IAM_SRC = "IAM API CreateRole / PutRolePolicy / CreateInstanceProfile (RoleName 1-64, PolicyName 1-128, [\\w+=,.@-]+; Description 0-1000); internal/service/iam/role.go";
const LAMBDA_SRC = "Lambda API CreateFunction (FunctionName 1-64 [a-zA-Z0-9-_]+, Description 0-256); internal/service/lambda/function.go";
const LAMBDA_INVOCATION_SRC = "internal/service/lambda/invocation.go (input is JSON; CRUD scope adds the `tf` key, so input must be a JSON object)";
const S3_SRC = "S3 User Guide, General purpose bucket naming rules (3-63, a-z 0-9 . -, letter or digit at both ends, no .., not an IP, reserved prefixes/suffixes); bucket_prefix at most 37 (internal/service/s3/bucket.go)";
const KMS_SRC = "KMS API CreateAlias (AliasName 1-256, ^alias/[a-zA-Z0-9/_-]+$, alias/aws/ reserved); CreateKey (Description 0-8192)";
const SFN_SRC = "Step Functions API CreateStateMachine (name 1-80; no whitespace, brackets, wildcards, \"#%\\^|~`$&,;:/ or control characters)";
const SCHEDULER_SRC = "EventBridge Scheduler API CreateSchedule (Name 1-64 [0-9a-zA-Z-_.]+, GroupName 1-64 [0-9a-zA-Z-_.]+, Description 0-512)";
const SNS_SRC = "SNS API CreateTopic (Name 1-256: letters, digits, hyphens, underscores; .fifo suffix for FIFO)";
const CW_ALARM_SRC = "CloudWatch API PutMetricAlarm (AlarmName 1-255, AlarmDescription 0-1024)";
const LOGS_SRC = "CloudWatch Logs API CreateLogGroup (logGroupName 1-512 [\\.\\-_/#A-Za-z0-9]+)";
const EVENTS_SRC = "EventBridge API PutRule (Name 1-64 [\\.\\-_A-Za-z0-9]+, Description 0-512) and PutTargets (Id 1-64 [\\.\\-_A-Za-z0-9]+)";
const DYNAMODB_SRC = "DynamoDB API CreateTable (TableName 3-255 [a-zA-Z0-9_.-]+)";
const GLUE_SRC = "Glue API CreateDatabase (Name 1-255, Description 0-2048); Athena User Guide, Name databases, tables, and columns (lowercase letters, digits, underscore)";
const ATHENA_SRC = "Athena API CreateWorkGroup (Name [a-zA-Z0-9._-]{1,128}, Description 0-1024)";
const RDS_SRC = "RDS API CreateDBCluster / CreateDBInstance (identifier 1-63, letters digits hyphens, first a letter, no -- or trailing -); CreateDBClusterParameterGroup / CreateDBSubnetGroup (name 1-255); internal/service/rds/validate.go";
const RDS_SNAPSHOT_SRC = "RDS API DeleteDBCluster (FinalDBSnapshotIdentifier 1-255, first a letter, letters digits hyphens, no -- or trailing -)";
const RDS_INTEGRATION_SRC = "RDS API CreateIntegration (IntegrationName 1-63, ^[a-zA-Z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*$); internal/service/rds/integration.go";
const RS_SERVERLESS_SRC = "Redshift Serverless API CreateNamespace / CreateWorkgroup (namespaceName, workgroupName 3-64 ^[a-z0-9-]+$)";
const REDSHIFT_DATA_SRC = "Redshift Data API ExecuteStatement (Sql 1-100000, WorkgroupName 3-64 [a-z0-9-]+ or a workgroup ARN)";
const QUICKSIGHT_SRC = "QuickSight API CreateDataSource / CreateDataSet (Name 1-128; DataSetId at most 96 characters per the DataSet reference)";
const VPCE_SRC = "EC2 API CreateVpcEndpoint (ServiceName com.amazonaws.<region>.<service>; VpcEndpointType Gateway|Interface|GatewayLoadBalancer)";
const REDSHIFT_POLICY_SRC = "Redshift API PutResourcePolicy (Policy is a JSON document; ResourceArn is the namespace ARN)";
const S3_OBJECT_SRC = "S3 User Guide, Naming Amazon S3 objects (key 1-1024 bytes UTF-8)";
const S3_LIFECYCLE_SRC = "S3 API PutBucketLifecycleConfiguration (Rule ID at most 255 characters, Status Enabled|Disabled)";
const RS_USAGE_LIMIT_SRC = "Redshift Serverless API CreateUsageLimit (amount in RPU-hours for serverless-compute; period daily|weekly|monthly; breachAction log|emit-metric|deactivate); internal/service/redshiftserverless/usage_limit.go";
const RS_MAX_CAPACITY_SRC = "Redshift management guide, Billing for on-demand compute capacity (max capacity: multiples of 8 RPU up to 512, at least the base capacity)";
const CW_DASHBOARD_SRC = "CloudWatch API PutDashboard (DashboardName 1-255 [A-Za-z0-9_-]; DashboardBody: Dashboard Body Structure and Syntax, a JSON object with widgets of x 0-23, width 1-24)";
const IAM_POLICY_DOC_SRC = "IAM JSON policy reference (a policy is a JSON object with Version 2012-10-17 and Statement)";

// --- predicates ------------------------------------------------------------------------------------------------
const isString = (v: unknown): v is string => typeof v === "string";
const lengthBetween = (min: number, max: number) => (v: unknown) => isString(v) && v.length >= min && v.length <= max;
const bytesAtMost = (max: number) => (v: unknown) => isString(v) && Buffer.byteLength(v, "utf8") <= max;
const matches = (pattern: RegExp) => (v: unknown) => isString(v) && pattern.test(v);
const isJson = (v: unknown) => {
    if (!isString(v)) {
        return false;
    }
    try {
        JSON.parse(v);
        return true;
    } catch {
        return false;
    }
};
const isJsonObject = (v: unknown) => {
    if (!isJson(v)) {
        return false;
    }
    const parsed = JSON.parse(v as string);
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed);
};

/** EC2 security group names, group descriptions and rule descriptions. */
export const EC2_DESCRIPTION_PATTERN = /^[a-zA-Z0-9 ._\-:/()#,@[\]+=&;{}!$*]*$/;
/** RDS cluster and instance identifiers, final snapshot identifiers. */
const RDS_IDENTIFIER = /^[A-Za-z](?:[A-Za-z0-9]|-(?!-))*$/;
/** RDS parameter group names: stored lowercase, so the provider requires lowercase (internal/service/rds/validate.go). */
const RDS_PARAMETER_GROUP = /^[a-z](?:[a-z0-9]|-(?!-))*$/;
const RDS_SUBNET_GROUP = /^[ .0-9a-z_-]+$/;
const IAM_NAME = /^[\w+=,.@-]+$/;
const IAM_DESCRIPTION = /^[\u0009\u000A\u000D\u0020-\u007E\u00A1-\u00FF]*$/;

function name(property: string, min: number, max: number, source: string, pattern?: RegExp, patternText?: string): PropertyRule[] {
    const rules: PropertyRule[] = [{ property, rule: `${min} to ${max} characters`, source, test: lengthBetween(min, max) }];
    if (pattern !== undefined) {
        rules.push({ property, rule: patternText ?? `matches ${pattern}`, source, test: matches(pattern) });
    }
    return rules;
}

function rule(property: string, text: string, source: string, test: (v: unknown, r: RecordedResource) => boolean): PropertyRule {
    return { property, rule: text, source, test };
}

const noTrailingHyphen = (property: string, source: string) =>
    rule(property, "does not end with a hyphen", source, v => isString(v) && !v.endsWith("-"));

const s3BucketRules = (property: string): PropertyRule[] => [
    ...name(property, 3, 63, S3_SRC, /^[a-z0-9][a-z0-9.-]*[a-z0-9]$/, "lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit"),
    rule(property, "no two adjacent periods", S3_SRC, v => isString(v) && !v.includes("..")),
    rule(property, "not formatted as an IP address", S3_SRC, v => isString(v) && !/^\d+\.\d+\.\d+\.\d+$/.test(v)),
    rule(property, "does not start with xn--, sthree- or amzn-s3-demo-", S3_SRC, v => isString(v) && !/^(xn--|sthree-|amzn-s3-demo-)/.test(v)),
    rule(property, "does not end with -s3alias, --ol-s3, .mrap or --x-s3", S3_SRC, v => isString(v) && !/(-s3alias|--ol-s3|\.mrap|--x-s3)$/.test(v)),
];

// Unset, a group's description is the provider's default "Managed by Pulumi" and a rule has none: both valid.
const ec2Description = (property: string): PropertyRule[] => [
    rule(property, "at most 255 characters", EC2_SG_SRC, v => v === undefined || (isString(v) && v.length <= 255)),
    rule(property, "only a-z, A-Z, 0-9, spaces and ._-:/()#,@[]+=&;{}!$*", EC2_SG_SRC, v => v === undefined || matches(EC2_DESCRIPTION_PATTERN)(v)),
];

const policyDocument = (property: string, source = IAM_POLICY_DOC_SRC): PropertyRule =>
    rule(property, "a JSON object", source, isJsonObject);

/** The contract, one row per resource type the program registers. */
export const AWS_CONTRACT: Readonly<Record<string, ContractRow>> = {
    "awsx:ec2:Vpc": { source: "awsx ec2.Vpc (children are EC2 VPC, subnets, route tables)", tags: true, rules: [] },
    "aws:ec2/securityGroup:SecurityGroup": {
        source: EC2_SG_SRC,
        autoName: { kind: "pulumi", property: "name", maxLength: 255 },
        tags: true,
        rules: [
            ...name("name", 1, 255, EC2_SG_SRC, EC2_DESCRIPTION_PATTERN, "only a-z, A-Z, 0-9, spaces and ._-:/()#,@[]+=&;{}!$*"),
            rule("name", "does not start with sg-", EC2_SG_SRC, v => isString(v) && !v.startsWith("sg-")),
            ...ec2Description("description"),
            ...ec2Description("ingress[].description"),
            ...ec2Description("egress[].description"),
        ],
    },
    "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule": { source: EC2_SG_SRC, tags: true, rules: ec2Description("description") },
    "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule": { source: EC2_SG_SRC, tags: true, rules: ec2Description("description") },
    "aws:ec2/securityGroupRule:SecurityGroupRule": { source: EC2_SG_SRC, tags: false, rules: ec2Description("description") },
    "aws:ec2/vpcEndpoint:VpcEndpoint": {
        source: VPCE_SRC,
        tags: true,
        rules: [
            rule("serviceName", "com.amazonaws.<region>.<service>", VPCE_SRC, matches(/^com\.amazonaws\.[a-z0-9-]+\.[a-z0-9.-]+$/)),
            rule("vpcEndpointType", "Gateway, Interface or GatewayLoadBalancer", VPCE_SRC, matches(/^(Gateway|Interface|GatewayLoadBalancer)$/)),
        ],
    },
    "aws:ec2/instance:Instance": { source: "EC2 API RunInstances (TagSpecifications)", tags: true, rules: [] },
    "aws:iam/role:Role": {
        source: IAM_SRC,
        autoName: { kind: "pulumi", property: "name", maxLength: 64 },
        tags: true,
        rules: [
            ...name("name", 1, 64, IAM_SRC, IAM_NAME, "letters, digits and +=,.@_-"),
            rule("path", "starts and ends with / (1-512 characters)", IAM_SRC, v => v === undefined || (isString(v) && /^\/(?:[\u0021-\u007E]*\/)?$/.test(v) && v.length <= 512)),
            rule("description", "0 to 1000 characters of tab, newline and printable Latin-1", IAM_SRC, v => v === undefined || (lengthBetween(0, 1000)(v) && matches(IAM_DESCRIPTION)(v))),
            policyDocument("assumeRolePolicy"),
            ...name("inlinePolicies[].name", 1, 128, IAM_SRC, IAM_NAME, "letters, digits and +=,.@_-"),
        ],
    },
    "aws:iam/rolePolicy:RolePolicy": {
        source: IAM_SRC,
        // Not overridden in pulumi-aws: the bridge's default auto-naming (255) applies, but IAM allows 128.
        autoName: { kind: "pulumi", property: "name", maxLength: 255 },
        tags: false,
        rules: [...name("name", 1, 128, IAM_SRC, IAM_NAME, "letters, digits and +=,.@_-"), policyDocument("policy")],
    },
    "aws:iam/policy:Policy": {
        source: IAM_SRC,
        autoName: { kind: "pulumi", property: "name", maxLength: 255 },
        tags: true,
        rules: [...name("name", 1, 128, IAM_SRC, IAM_NAME, "letters, digits and +=,.@_-"), policyDocument("policy")],
    },
    "aws:iam/rolePolicyAttachment:RolePolicyAttachment": {
        source: IAM_SRC, tags: false,
        rules: [rule("policyArn", "an IAM policy ARN", IAM_SRC, matches(/^arn:aws[a-z-]*:iam::(aws|\d{12}):policy\/.+$/))],
    },
    "aws:iam/instanceProfile:InstanceProfile": {
        source: IAM_SRC,
        autoName: { kind: "pulumi", property: "name", maxLength: 255 },
        tags: true,
        rules: name("name", 1, 128, IAM_SRC, IAM_NAME, "letters, digits and +=,.@_-"),
    },
    "aws:kms/key:Key": {
        source: KMS_SRC, tags: true,
        rules: [
            rule("description", "0 to 8192 characters", KMS_SRC, v => v === undefined || lengthBetween(0, 8192)(v)),
            rule("deletionWindowInDays", "7 to 30 days", KMS_SRC, v => v === undefined || (typeof v === "number" && v >= 7 && v <= 30)),
            rule("policy", "a JSON object", KMS_SRC, v => v === undefined || isJsonObject(v)),
        ],
    },
    "aws:kms/alias:Alias": {
        source: KMS_SRC,
        autoName: { kind: "pulumi", property: "name", maxLength: 238, prefix: "alias/" },
        tags: false,
        rules: [
            ...name("name", 1, 256, KMS_SRC, /^alias\/[a-zA-Z0-9/_-]+$/, "alias/ then letters, digits, /, _ and -"),
            rule("name", "does not start with alias/aws/ (reserved for AWS managed keys)", KMS_SRC, v => isString(v) && !v.startsWith("alias/aws/")),
        ],
    },
    "aws:s3/bucket:Bucket": {
        source: S3_SRC,
        autoName: { kind: "pulumi", property: "bucket", maxLength: 63, lowercase: true },
        tags: true,
        rules: [
            ...s3BucketRules("bucket"),
            rule("bucketPrefix", "at most 37 characters (the provider adds a 26-character suffix)", S3_SRC, v => v === undefined || lengthBetween(1, 37)(v)),
        ],
    },
    "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration": {
        source: "S3 API PutBucketEncryption (SSEAlgorithm AES256|aws:kms|aws:kms:dsse)", tags: false,
        rules: [rule("rules[].applyServerSideEncryptionByDefault.sseAlgorithm", "AES256, aws:kms or aws:kms:dsse", "S3 API PutBucketEncryption", matches(/^(AES256|aws:kms|aws:kms:dsse)$/))],
    },
    "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock": { source: "S3 API PutPublicAccessBlock", tags: false, rules: [] },
    "aws:s3/bucketOwnershipControls:BucketOwnershipControls": {
        source: "S3 API PutBucketOwnershipControls (ObjectOwnership BucketOwnerPreferred|ObjectWriter|BucketOwnerEnforced)", tags: false,
        rules: [rule("rule.objectOwnership", "BucketOwnerPreferred, ObjectWriter or BucketOwnerEnforced", "S3 API PutBucketOwnershipControls", matches(/^(BucketOwnerPreferred|ObjectWriter|BucketOwnerEnforced)$/))],
    },
    "aws:s3/bucketPolicy:BucketPolicy": { source: "S3 API PutBucketPolicy (Policy JSON, at most 20 KB)", tags: false, rules: [policyDocument("policy"), rule("policy", "at most 20480 bytes", "S3 API PutBucketPolicy", bytesAtMost(20480))] },
    "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration": {
        source: S3_LIFECYCLE_SRC, tags: false,
        rules: [
            rule("rules[].id", "at most 255 characters", S3_LIFECYCLE_SRC, v => v === undefined || lengthBetween(1, 255)(v)),
            rule("rules[].status", "Enabled or Disabled", S3_LIFECYCLE_SRC, matches(/^(Enabled|Disabled)$/)),
        ],
    },
    "aws:s3/bucketObjectv2:BucketObjectv2": { source: S3_OBJECT_SRC, tags: true, rules: [rule("key", "1 to 1024 bytes", S3_OBJECT_SRC, v => isString(v) && v.length > 0 && bytesAtMost(1024)(v))] },
    "aws:lambda/function:Function": {
        source: LAMBDA_SRC,
        autoName: { kind: "pulumi", property: "name", maxLength: 64 },
        tags: true,
        rules: [
            ...name("name", 1, 64, LAMBDA_SRC, /^[a-zA-Z0-9_-]+$/, "letters, digits, hyphens and underscores"),
            rule("description", "0 to 256 characters", LAMBDA_SRC, v => v === undefined || lengthBetween(0, 256)(v)),
            rule("timeout", "1 to 900 seconds", LAMBDA_SRC, v => v === undefined || (typeof v === "number" && v >= 1 && v <= 900)),
            rule("memorySize", "128 to 10240 MB", LAMBDA_SRC, v => v === undefined || (typeof v === "number" && v >= 128 && v <= 10240)),
            rule("environment.variables.{}", "environment keys start with a letter: [a-zA-Z][a-zA-Z0-9_]+", LAMBDA_SRC, (_v, r) =>
                Object.keys(r.inputs.environment?.variables ?? {}).every(k => /^[a-zA-Z][a-zA-Z0-9_]+$/.test(k))),
            rule("environment.variables", "all variables together at most 4 KB", LAMBDA_SRC, v =>
                v === undefined || Buffer.byteLength(JSON.stringify(v), "utf8") <= 4096),
        ],
    },
    "aws:lambda/invocation:Invocation": {
        source: LAMBDA_INVOCATION_SRC, tags: false,
        rules: [
            rule("input", "a JSON document", LAMBDA_INVOCATION_SRC, isJson),
            rule("input", "a JSON object when lifecycleScope is CRUD (the provider adds the tf key to it)", LAMBDA_INVOCATION_SRC,
                (v, r) => r.inputs.lifecycleScope !== "CRUD" || isJsonObject(v)),
            rule("lifecycleScope", "CREATE_ONLY or CRUD", LAMBDA_INVOCATION_SRC, v => v === undefined || v === "CREATE_ONLY" || v === "CRUD"),
        ],
    },
    "aws:cloudwatch/logGroup:LogGroup": {
        source: LOGS_SRC,
        autoName: { kind: "pulumi", property: "name", maxLength: 255 },
        tags: true,
        rules: [
            ...name("name", 1, 512, LOGS_SRC, /^[.\-_/#A-Za-z0-9]+$/, "letters, digits and ._-/#"),
            rule("retentionInDays", "one of the retention periods CloudWatch Logs accepts", "CloudWatch Logs API PutRetentionPolicy",
                v => v === undefined || [0, 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653].includes(v as number)),
        ],
    },
    "aws:cloudwatch/metricAlarm:MetricAlarm": {
        source: CW_ALARM_SRC,
        autoName: { kind: "pulumi", property: "name", maxLength: 255 },
        tags: true,
        rules: [
            ...name("name", 1, 255, CW_ALARM_SRC),
            rule("alarmDescription", "0 to 1024 characters", CW_ALARM_SRC, v => v === undefined || lengthBetween(0, 1024)(v)),
        ],
    },
    "aws:cloudwatch/eventRule:EventRule": {
        source: EVENTS_SRC,
        autoName: { kind: "pulumi", property: "name", maxLength: 64 },
        tags: true,
        rules: [
            ...name("name", 1, 64, EVENTS_SRC, /^[.\-_A-Za-z0-9]+$/, "letters, digits and ._-"),
            rule("description", "0 to 512 characters", EVENTS_SRC, v => v === undefined || lengthBetween(0, 512)(v)),
            rule("eventPattern", "a JSON object", EVENTS_SRC, v => v === undefined || isJsonObject(v)),
        ],
    },
    "aws:cloudwatch/eventTarget:EventTarget": {
        source: EVENTS_SRC,
        // pulumi-aws auto-names target_id with a maximum of 255, but PutTargets allows 64.
        autoName: { kind: "pulumi", property: "targetId", maxLength: 255 },
        tags: false,
        rules: [
            ...name("targetId", 1, 64, EVENTS_SRC, /^[.\-_A-Za-z0-9]+$/, "letters, digits and ._-"),
            rule("input", "a JSON document", EVENTS_SRC, v => v === undefined || isJson(v)),
        ],
    },
    "aws:sns/topic:Topic": {
        source: SNS_SRC,
        autoName: { kind: "pulumi", property: "name", maxLength: 80 },
        tags: true,
        rules: name("name", 1, 256, SNS_SRC, /^[A-Za-z0-9_-]+(\.fifo)?$/, "letters, digits, hyphens and underscores"),
    },
    "aws:sns/topicPolicy:TopicPolicy": { source: "SNS API SetTopicAttributes (Policy JSON)", tags: false, rules: [policyDocument("policy")] },
    "aws:sns/topicSubscription:TopicSubscription": {
        source: "SNS API Subscribe (Protocol)", tags: false,
        rules: [rule("protocol", "a protocol SNS accepts", "SNS API Subscribe", matches(/^(http|https|email|email-json|sms|sqs|application|lambda|firehose)$/))],
    },
    "aws:dynamodb/table:Table": {
        source: DYNAMODB_SRC,
        autoName: { kind: "pulumi", property: "name", maxLength: 255 },
        tags: true,
        rules: name("name", 3, 255, DYNAMODB_SRC, /^[a-zA-Z0-9_.-]+$/, "letters, digits and _.-"),
    },
    "aws:glue/catalogDatabase:CatalogDatabase": {
        source: GLUE_SRC, tags: true,
        rules: [
            ...name("name", 1, 255, GLUE_SRC, /^[a-z0-9_]+$/, "lowercase letters, digits and underscores (Athena)"),
            rule("description", "0 to 2048 characters", GLUE_SRC, v => v === undefined || lengthBetween(0, 2048)(v)),
        ],
    },
    "aws:athena/workgroup:Workgroup": {
        source: ATHENA_SRC, tags: true,
        rules: [
            ...name("name", 1, 128, ATHENA_SRC, /^[a-zA-Z0-9._-]+$/, "letters, digits and ._-"),
            rule("description", "0 to 1024 characters", ATHENA_SRC, v => v === undefined || lengthBetween(0, 1024)(v)),
            rule("configuration.bytesScannedCutoffPerQuery", "at least 10000000 bytes", ATHENA_SRC, v => v === undefined || (typeof v === "number" && v >= 10000000)),
        ],
    },
    "aws:sfn/stateMachine:StateMachine": {
        source: SFN_SRC,
        autoName: { kind: "pulumi", property: "name", maxLength: 80 },
        tags: true,
        rules: [
            ...name("name", 1, 80, SFN_SRC),
            rule("name", "no whitespace, brackets, wildcards, \"#%\\^|~`$&,;:/ or control characters", SFN_SRC,
                v => isString(v) && !/[\s<>{}[\]?*"#%\\^|~`$&,;:/\u0000-\u001f\u007f-\u009f]/.test(v)),
            policyDocument("definition", "Amazon States Language (a JSON object)"),
        ],
    },
    "aws:scheduler/schedule:Schedule": {
        source: SCHEDULER_SRC,
        autoName: { kind: "pulumi", property: "name", maxLength: 64 },
        tags: false,
        rules: [
            ...name("name", 1, 64, SCHEDULER_SRC, /^[0-9a-zA-Z._-]+$/, "letters, digits and ._-"),
            rule("groupName", "1 to 64 of letters, digits and ._-", SCHEDULER_SRC, v => v === undefined || (lengthBetween(1, 64)(v) && matches(/^[0-9a-zA-Z._-]+$/)(v))),
            rule("description", "0 to 512 characters", SCHEDULER_SRC, v => v === undefined || lengthBetween(0, 512)(v)),
            rule("target.input", "a JSON document", SCHEDULER_SRC, v => v === undefined || isJson(v)),
        ],
    },
    "aws:rds/cluster:Cluster": {
        source: RDS_SRC,
        autoName: { kind: "terraform", property: "clusterIdentifier", prefixProperty: "clusterIdentifierPrefix" },
        tags: true,
        rules: [
            ...name("clusterIdentifier", 1, 63, RDS_SRC, RDS_IDENTIFIER, "letters, digits and single hyphens, starting with a letter"),
            noTrailingHyphen("clusterIdentifier", RDS_SRC),
            rule("finalSnapshotIdentifier", "1 to 255 letters, digits and single hyphens, starting with a letter, not ending with a hyphen", RDS_SNAPSHOT_SRC,
                v => v === undefined || (lengthBetween(1, 255)(v) && matches(RDS_IDENTIFIER)(v) && !(v as string).endsWith("-"))),
            rule("finalSnapshotIdentifier", "required unless skipFinalSnapshot is true", RDS_SNAPSHOT_SRC,
                (v, r) => r.inputs.skipFinalSnapshot === true || isString(v)),
            rule("databaseName", "1 to 64 letters, digits and underscores, starting with a letter", "RDS API CreateDBCluster (DatabaseName, MySQL)",
                v => v === undefined || matches(/^[A-Za-z][A-Za-z0-9_]{0,63}$/)(v)),
            rule("masterUsername", "1 to 16 letters, digits and underscores, starting with a letter", "RDS API CreateDBCluster (MasterUsername, MySQL)",
                v => v === undefined || matches(/^[A-Za-z][A-Za-z0-9_]{0,15}$/)(v)),
        ],
    },
    "aws:rds/clusterInstance:ClusterInstance": {
        source: RDS_SRC,
        autoName: { kind: "terraform", property: "identifier", prefixProperty: "identifierPrefix" },
        tags: true,
        rules: [
            ...name("identifier", 1, 63, RDS_SRC, RDS_IDENTIFIER, "letters, digits and single hyphens, starting with a letter"),
            noTrailingHyphen("identifier", RDS_SRC),
        ],
    },
    "aws:rds/clusterParameterGroup:ClusterParameterGroup": {
        source: RDS_SRC,
        autoName: { kind: "pulumi", property: "name", maxLength: 255 },
        tags: true,
        rules: [
            ...name("name", 1, 255, RDS_SRC, RDS_PARAMETER_GROUP, "lowercase letters, digits and single hyphens, starting with a letter"),
            noTrailingHyphen("name", RDS_SRC),
        ],
    },
    "aws:rds/subnetGroup:SubnetGroup": {
        source: RDS_SRC,
        autoName: { kind: "pulumi", property: "name", maxLength: 255 },
        tags: true,
        rules: [
            ...name("name", 1, 255, RDS_SRC, RDS_SUBNET_GROUP, "lowercase letters, digits, spaces and ._-"),
            rule("name", "not default", RDS_SRC, v => v !== "default"),
        ],
    },
    "aws:rds/integration:Integration": {
        source: RDS_INTEGRATION_SRC, tags: true,
        rules: [
            ...name("integrationName", 1, 63, RDS_INTEGRATION_SRC, /^[a-zA-Z][a-zA-Z0-9]*(-[a-zA-Z0-9]+)*$/, "a letter, then letters and digits in groups joined by single hyphens"),
            rule("dataFilter", "at most 25600 characters", "RDS API CreateIntegration (DataFilter 1-25600)", v => v === undefined || lengthBetween(1, 25600)(v)),
        ],
    },
    "aws:redshiftserverless/namespace:Namespace": {
        source: RS_SERVERLESS_SRC, tags: true,
        rules: [
            ...name("namespaceName", 3, 64, RS_SERVERLESS_SRC, /^[a-z0-9-]+$/, "lowercase letters, digits and hyphens"),
            rule("dbName", "a letter or underscore, then letters, digits, underscores (at most 127)", "Redshift Serverless API CreateNamespace (dbName)",
                v => v === undefined || matches(/^[a-zA-Z_][a-zA-Z0-9_$]{0,126}$/)(v)),
            rule("adminUsername", "a letter, then letters, digits and underscores (at most 128)", "Redshift Serverless API CreateNamespace (adminUsername)",
                v => v === undefined || matches(/^[a-zA-Z][a-zA-Z0-9_]{0,127}$/)(v)),
        ],
    },
    "aws:redshiftserverless/workgroup:Workgroup": {
        source: RS_SERVERLESS_SRC, tags: true,
        rules: [
            ...name("workgroupName", 3, 64, RS_SERVERLESS_SRC, /^[a-z0-9-]+$/, "lowercase letters, digits and hyphens"),
            ...name("namespaceName", 3, 64, RS_SERVERLESS_SRC, /^[a-z0-9-]+$/, "lowercase letters, digits and hyphens"),
            rule("maxCapacity", "a multiple of 8 from 8 to 512, at least baseCapacity", RS_MAX_CAPACITY_SRC, (v, r) => v === undefined
                || (typeof v === "number" && v % 8 === 0 && v >= 8 && v <= 512 && v >= (r.inputs.baseCapacity ?? 128))),
        ],
    },
    "aws:redshiftserverless/usageLimit:UsageLimit": {
        source: RS_USAGE_LIMIT_SRC, tags: false,
        rules: [
            rule("usageType", "serverless-compute or cross-region-datasharing", RS_USAGE_LIMIT_SRC, v => v === "serverless-compute" || v === "cross-region-datasharing"),
            rule("amount", "a whole number of at least 1", RS_USAGE_LIMIT_SRC, v => Number.isInteger(v) && (v as number) >= 1),
            rule("period", "daily, weekly or monthly", RS_USAGE_LIMIT_SRC, v => v === undefined || ["daily", "weekly", "monthly"].includes(v as string)),
            rule("breachAction", "log, emit-metric or deactivate", RS_USAGE_LIMIT_SRC, v => v === undefined || ["log", "emit-metric", "deactivate"].includes(v as string)),
        ],
    },
    "aws:cloudwatch/dashboard:Dashboard": {
        source: CW_DASHBOARD_SRC, tags: false,
        rules: [
            ...name("dashboardName", 1, 255, CW_DASHBOARD_SRC, /^[A-Za-z0-9_-]+$/, "letters, digits, - and _"),
            rule("dashboardBody", "a JSON object whose widgets have x 0-23, width 1-24 and x + width at most 24", CW_DASHBOARD_SRC, v => {
                if (typeof v !== "string" || !isJson(v)) return false;
                const body = JSON.parse(v);
                return Array.isArray(body.widgets) && body.widgets.every((w: any) => Number.isInteger(w.x) && w.x >= 0 && w.x <= 23
                    && Number.isInteger(w.width) && w.width >= 1 && w.width <= 24 && w.x + w.width <= 24 && Number.isInteger(w.y) && Number.isInteger(w.height));
            }),
        ],
    },
    "aws:redshift/resourcePolicy:ResourcePolicy": {
        source: REDSHIFT_POLICY_SRC, tags: false,
        rules: [policyDocument("policy", REDSHIFT_POLICY_SRC)],
    },
    "aws:redshiftdata/statement:Statement": {
        source: REDSHIFT_DATA_SRC, tags: false,
        rules: [
            rule("sql", "1 to 100000 characters", REDSHIFT_DATA_SRC, lengthBetween(1, 100000)),
            rule("workgroupName", "3 to 64 lowercase letters, digits and hyphens", REDSHIFT_DATA_SRC, v => v === undefined || matches(/^[a-z0-9-]{3,64}$/)(v)),
            rule("statementName", "at most 500 characters", "Redshift Data API ExecuteStatement (StatementName 0-500)", v => v === undefined || lengthBetween(0, 500)(v)),
        ],
    },
    "aws:quicksight/dataSource:DataSource": {
        source: QUICKSIGHT_SRC, tags: true,
        rules: [...name("name", 1, 128, QUICKSIGHT_SRC), ...name("dataSourceId", 1, 128, QUICKSIGHT_SRC)],
    },
    "aws:quicksight/dataSet:DataSet": {
        source: QUICKSIGHT_SRC, tags: true,
        rules: [...name("name", 1, 128, QUICKSIGHT_SRC), ...name("dataSetId", 1, 96, QUICKSIGHT_SRC)],
    },
};

/** The common AWS tag limits (every service that takes tags through the provider). */
function tagViolations(r: RecordedResource): Violation[] {
    const tags = r.inputs.tags as Record<string, unknown> | undefined;
    if (tags === undefined || tags === null) {
        return [];
    }
    const out: Violation[] = [];
    const at = (property: string, value: unknown, text: string) =>
        out.push({ type: r.type, resource: r.name, property, value, rule: text, source: TAGS_SRC });
    const keys = Object.keys(tags);
    if (keys.length > 50) {
        at("tags", keys.length, "at most 50 tags");
    }
    for (const key of keys) {
        if (key.length < 1 || key.length > 128) {
            at(`tags.${key}`, key, "tag key 1 to 128 characters");
        }
        if (/^aws:/i.test(key)) {
            at(`tags.${key}`, key, "tag key does not start with aws: (reserved)");
        }
        const value = tags[key];
        if (isString(value)) {
            if (value.length > 256) {
                at(`tags.${key}`, value, "tag value at most 256 characters");
            }
            if (/^aws:/i.test(value)) {
                at(`tags.${key}`, value, "tag value does not start with aws: (reserved)");
            }
        }
    }
    return out;
}

/** The seven random characters stand in as a fixed hex string: every check depends on their count and alphabet only. */
export const RANDOM_SUFFIX = "a1b2c3d";
/** Terraform's id.UniqueId(): a timestamp and a counter, 26 digits. */
export const TF_UNIQUE_ID = "20261130000000000000000001";

export interface EffectiveValue {
    value: unknown;
    /** How the value came about, for the message. */
    origin?: string;
    /** Set when the name could not be generated at all. */
    violation?: Violation;
}

/** The value AWS will see for a row's auto-named property: the program's, or the one Pulumi or Terraform would generate. */
export function effectiveName(r: RecordedResource, autoName: AutoName): EffectiveValue {
    const given = r.inputs[autoName.property];
    if (given !== undefined) {
        return { value: given };
    }
    if (autoName.kind === "terraform") {
        const prefix = autoName.prefixProperty !== undefined ? r.inputs[autoName.prefixProperty] : undefined;
        return { value: `${prefix ?? "tf-"}${TF_UNIQUE_ID}`, origin: `generated by the provider (${TF_NAMING})` };
    }
    const base = `${autoName.lowercase ? r.name.toLowerCase() : r.name}-`;
    if (base.length + RANDOM_SUFFIX.length > autoName.maxLength) {
        return {
            value: `${base}${RANDOM_SUFFIX}`,
            violation: {
                type: r.type, resource: r.name, property: autoName.property, value: `${base}${RANDOM_SUFFIX}`,
                rule: `auto-name (logical name + 7 random characters) at most ${autoName.maxLength} characters, or the engine refuses it`,
                source: PULUMI_AUTONAME,
            },
        };
    }
    return { value: `${autoName.prefix ?? ""}${base}${RANDOM_SUFFIX}`, origin: `auto-named from logical name ${r.name} (${PULUMI_AUTONAME})` };
}

/** Every value at a dotted path: `a.b`, `a[].b` (each element), `a.{}` (each value of a map). */
function valuesAt(root: unknown, path: string): Array<{ path: string; value: unknown }> {
    let current: Array<{ path: string; value: unknown }> = [{ path: "", value: root }];
    for (const part of path.split(".")) {
        const next: Array<{ path: string; value: unknown }> = [];
        for (const { path: p, value } of current) {
            const join = (k: string) => (p === "" ? k : `${p}.${k}`);
            if (part === "{}") {
                if (value !== null && typeof value === "object") {
                    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
                        next.push({ path: join(k), value: v });
                    }
                }
            } else if (part.endsWith("[]")) {
                const key = part.slice(0, -2);
                const list = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
                if (Array.isArray(list)) {
                    list.forEach((v, i) => next.push({ path: join(`${key}[${i}]`), value: v }));
                }
            } else {
                next.push({ path: join(part), value: value !== null && typeof value === "object" ? (value as Record<string, unknown>)[part] : undefined });
            }
        }
        current = next;
    }
    return current;
}

/** The engine's marker for a secret value in recorded inputs (sdk/nodejs/runtime/rpc.ts specialSigKey). */
const SECRET_SIG_KEY = "4dabf18193072939515e22adb298388d";

/** Inputs with secrets replaced by their plain values: AWS sees the plain value. */
export function unwrapSecrets(value: unknown): unknown {
    if (Array.isArray(value)) {
        return value.map(unwrapSecrets);
    }
    if (value !== null && typeof value === "object") {
        const o = value as Record<string, unknown>;
        if (SECRET_SIG_KEY in o && "value" in o) {
            return unwrapSecrets(o.value);
        }
        return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, unwrapSecrets(v)]));
    }
    return value;
}

/** Checks one registered resource against its row; a type with no row is a violation of its own. */
export function checkResource(recorded: RecordedResource, contract: Readonly<Record<string, ContractRow>> = AWS_CONTRACT): Violation[] {
    const r: RecordedResource = { ...recorded, inputs: unwrapSecrets(recorded.inputs) as Record<string, any> };
    const row = contract[r.type];
    if (row === undefined) {
        return [{
            type: r.type, resource: r.name, property: "(type)", value: r.type,
            rule: "every resource type the program registers has a row in the AWS contract (tests/harness/awsContract.ts)",
            source: "docs/aws-contract.md",
        }];
    }
    const out: Violation[] = [];
    let inputs: Record<string, unknown> = r.inputs;
    let origin = "";
    if (row.autoName !== undefined) {
        const effective = effectiveName(r, row.autoName);
        if (effective.violation !== undefined) {
            return [effective.violation];
        }
        inputs = { ...r.inputs, [row.autoName.property]: effective.value };
        origin = effective.origin ?? "";
    }
    const subject = { ...r, inputs };
    for (const rule of row.rules) {
        // A rule on a whole map (`x.{}`) is judged once, on the resource; other rules once per value at the path.
        const targets = rule.property.endsWith(".{}")
            ? [{ path: rule.property.slice(0, -3), value: undefined as unknown }]
            : valuesAt(inputs, rule.property);
        for (const { path, value } of targets) {
            if (!rule.test(value, subject)) {
                const generated = row.autoName !== undefined && path === row.autoName.property && r.inputs[path] === undefined;
                out.push({ type: r.type, resource: r.name, property: generated ? `${path} (generated: ${origin})` : path, value, rule: rule.rule, source: rule.source });
            }
        }
    }
    if (row.tags) {
        out.push(...tagViolations(r));
    }
    return out;
}

/** The resource types a run must have rows for: everything but the stack, providers and this program's components. */
export function contractTypes(resources: readonly RecordedResource[]): RecordedResource[] {
    return resources.filter(r => !r.type.startsWith("pulumi:") && !r.type.startsWith("aurora-analytics:"));
}

/** Checks a whole run; returns every violation. */
export function checkContract(resources: readonly RecordedResource[], contract: Readonly<Record<string, ContractRow>> = AWS_CONTRACT): Violation[] {
    return contractTypes(resources).flatMap(r => checkResource(r, contract));
}
