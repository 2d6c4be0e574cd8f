// Every way one resource creates zero-ETL integrations, read from its own props: the Pulumi integration types, a Cloud
// Control resource of an integration type (its desiredState), and the integration resources of a CloudFormation
// template (JSON or YAML, short-form intrinsic tags included). Each is given as props in the Pulumi providers' spelling.
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument } from "yaml";

import { UNKNOWN_STRING, isUnknown } from "./values";

export const INTEGRATION = "aws:rds/integration:Integration";
/** Zero-ETL from DynamoDB and S3 (@pulumi/aws 7.48, `aws.redshift.Integration`); its target is always Redshift. */
export const REDSHIFT_INTEGRATION = "aws:redshift/integration:Integration";
/** The Cloud Control provider's types (AWS::RDS::Integration, AWS::Redshift::Integration); tags are a list of {key, value}. */
export const NATIVE_RDS_INTEGRATION = "aws-native:rds:Integration";
export const NATIVE_REDSHIFT_INTEGRATION = "aws-native:redshift:Integration";
/**
 * AWS::Glue::Integration: sourceArn, targetArn, integrationName, tags [{key, value}] (pulumi/pulumi-aws-native
 * sdk/nodejs/glue/integration.ts); its target is a Redshift namespace or a Glue/SageMaker lakehouse catalog.
 */
export const NATIVE_GLUE_INTEGRATION = "aws-native:glue:Integration";
/** Every Pulumi resource type that is a zero-ETL integration itself. */
export const INTEGRATION_TYPES: readonly string[] = [INTEGRATION, REDSHIFT_INTEGRATION, NATIVE_RDS_INTEGRATION, NATIVE_REDSHIFT_INTEGRATION, NATIVE_GLUE_INTEGRATION];

/** aws.cloudcontrol.Resource: typeName, desiredState (a JSON string of CloudFormation properties), properties (@pulumi/aws cloudcontrol/resource.d.ts). */
export const CLOUD_CONTROL_RESOURCE = "aws:cloudcontrol/resource:Resource";
/** aws.cloudformation.Stack: templateBody (a string), templateUrl (@pulumi/aws cloudformation/stack.d.ts). */
export const CLOUDFORMATION_STACK = "aws:cloudformation/stack:Stack";
/** AWS::CloudFormation::Stack in aws-native: templateBody (a string or an object), templateUrl (pulumi-aws-native sdk/nodejs/cloudformation/stack.ts). */
export const NATIVE_CLOUDFORMATION_STACK = "aws-native:cloudformation:Stack";

/**
 * CloudFormation types that create a zero-ETL integration, and the Pulumi type each behaves as. Their properties:
 * SourceArn, TargetArn, IntegrationName, Tags [{Key, Value}] (CloudFormation template reference, AWS::RDS::Integration,
 * AWS::Redshift::Integration, AWS::Glue::Integration, https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-glue-integration.html).
 */
export const CFN_INTEGRATION_TYPES: Readonly<Record<string, string>> = {
    "AWS::RDS::Integration": NATIVE_RDS_INTEGRATION,
    "AWS::Redshift::Integration": NATIVE_REDSHIFT_INTEGRATION,
    "AWS::Glue::Integration": NATIVE_GLUE_INTEGRATION,
};

/** The Pulumi type a CloudFormation type name behaves as; matched without regard to case, so a respelling can't slip past. */
function cfnKind(typeName: unknown): string | undefined {
    if (typeof typeName !== "string") {
        return undefined;
    }
    const found = Object.keys(CFN_INTEGRATION_TYPES).find(t => t.toLowerCase() === typeName.trim().toLowerCase());
    return found === undefined ? undefined : CFN_INTEGRATION_TYPES[found];
}

export interface IntegrationView {
    /** The Pulumi integration type it behaves as (one of INTEGRATION_TYPES). */
    kind: string;
    /** How messages name it: the resource's name, or "<resource>/<logical id>" for a resource of a template. */
    name: string;
    /** Its props in the Pulumi spelling (sourceArn, targetArn, integrationName, tags, ...); what the pack can't know is unknown. */
    props: Record<string, any>;
    /** True when read from a document inside the resource's props (desiredState, a template), whose dependencies are the resource's. */
    embedded: boolean;
}

export interface ResourceIntegrations {
    integrations: IntegrationView[];
    /** Why the pack can't see whether or what it creates (not known yet, or out of the pack's sight): advisory. */
    unverifiable?: string;
    /** Why the pack refuses it: it could create an integration and the pack can't read what (fail closed). */
    unreadable?: string;
}

const NONE: ResourceIntegrations = { integrations: [] };

/**
 * What `{"Ref": name}` stands for: the parameter's text, UNKNOWN_STRING when its value is not known yet, or undefined when
 * the pack can't tell (not a parameter of the template, or a value CloudFormation computes).
 */
type RefResolver = (name: string) => string | undefined;

/** A CloudFormation value as the pack reads it: a literal string as is, a number as its text, a resolved Ref, anything else (an intrinsic function) unknown. */
function literal(value: unknown, ref?: RefResolver): string | undefined {
    if (value === undefined || value === null) {
        return undefined;
    }
    if (typeof value === "string") {
        return value;
    }
    if (typeof value === "number" || typeof value === "boolean") {
        return String(value);
    }
    return refOf(value, ref) ?? UNKNOWN_STRING;
}

function refOf(value: unknown, ref?: RefResolver): string | undefined {
    return ref !== undefined && isObject(value) && Object.keys(value).length === 1 && typeof value.Ref === "string" ? ref(value.Ref) : undefined;
}

function tagValue(value: unknown, ref?: RefResolver): unknown {
    if (value === undefined || value === null) {
        return value;
    }
    const text = literal(value, ref);
    // A parameter's value (UNKNOWN_STRING until the stack's parameters are known) stands; any other intrinsic is its JSON text.
    return text === UNKNOWN_STRING && refOf(value, ref) === undefined ? JSON.stringify(value) : text;
}

/**
 * CloudFormation properties in the Pulumi spelling. A tag value that is not a literal (an intrinsic function) is kept as
 * its JSON text, so the declaration reads as invalid rather than absent; a Ref to a template parameter reads as its value.
 */
function fromCloudFormation(properties: Record<string, any>, ref?: RefResolver): Record<string, any> {
    const tags = properties.Tags;
    return {
        sourceArn: literal(properties.SourceArn, ref),
        targetArn: literal(properties.TargetArn, ref),
        integrationName: literal(properties.IntegrationName, ref),
        tags: Array.isArray(tags)
            ? tags.map(t => ({ key: literal(t?.Key, ref), value: tagValue(t?.Value, ref) }))
            : tags === undefined ? undefined : [],
    };
}

/**
 * Ref to a template parameter, as CloudFormation resolves it: the value the stack passes (its `parameters` input), else
 * the parameter's Default (API reference, Parameter.ParameterKey: "If you don't specify a key and value for a particular
 * parameter, CloudFormation uses the default value that's specified in your template"; Ref returns "the value of the
 * parameter", https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-ref.html).
 * Systems Manager parameter types resolve to the value stored under the key (Parameter.ResolvedValue), and list types to
 * a list, so neither is read; nor are pseudo parameters (AWS::Region, ...) or resources.
 */
function parameterResolver(template: Record<string, any>, given: unknown): RefResolver {
    const declared = isObject(template.Parameters) ? template.Parameters : {};
    return (name: string) => {
        const parameter = Object.prototype.hasOwnProperty.call(declared, name) ? declared[name] : undefined;
        if (!isObject(parameter) || typeof parameter.Type !== "string" || /^(AWS::SSM::|List<|CommaDelimitedList)/.test(parameter.Type.trim())) {
            return undefined;
        }
        if (isUnknown(given)) {
            return UNKNOWN_STRING;
        }
        const value = isObject(given) && Object.prototype.hasOwnProperty.call(given, name) ? given[name] : parameter.Default;
        if (isUnknown(value)) {
            return UNKNOWN_STRING;
        }
        return typeof value === "string" || typeof value === "number" ? String(value) : undefined;
    };
}

const isObject = (v: unknown): v is Record<string, any> => v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * CloudFormation's YAML short forms (`!Ref x`, `!Sub ...`, `!GetAtt a.b`, ...) as the JSON they stand for: `!Ref` is
 * {"Ref": x}, `!Condition` is {"Condition": x}, every other `!Name` is {"Fn::Name": x}, and a scalar `!GetAtt a.b` is
 * {"Fn::GetAtt": ["a", "b"]} (CloudFormation template reference, "Intrinsic function reference" and "Fn::GetAtt",
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-getatt.html).
 */
function shortForm(tag: string, value: unknown): unknown {
    const name = tag.slice(1);
    if (name === "Ref" || name === "Condition") {
        return { [name]: value };
    }
    if (name === "GetAtt" && typeof value === "string") {
        const dot = value.indexOf(".");
        return { "Fn::GetAtt": dot === -1 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
    }
    return { [`Fn::${name}`]: value };
}

class Unreadable extends Error {}

/** A YAML document as plain data, short-form tags resolved; throws Unreadable on what CloudFormation would refuse. */
function yamlTemplate(text: string): unknown {
    const doc = parseDocument(text, { uniqueKeys: true, strict: true });
    if (doc.errors.length > 0) {
        throw new Unreadable(doc.errors[0].message.split("\n")[0].replace(/:$/, ""));
    }
    let budget = 100000; // aliases can repeat a node many times: bound the work
    const value = (node: unknown, depth: number): unknown => {
        if (--budget < 0 || depth > 200) {
            throw new Unreadable("too many or too deeply nested nodes");
        }
        if (isAlias(node)) {
            return value(node.resolve(doc), depth + 1);
        }
        let out: unknown;
        if (isScalar(node)) {
            out = node.value;
        } else if (isMap(node)) {
            const map: Record<string, unknown> = {};
            for (const pair of node.items) {
                const key = isPair(pair) ? value(pair.key, depth + 1) : undefined;
                if (typeof key !== "string" && typeof key !== "number") {
                    throw new Unreadable("a mapping key that is not a string");
                }
                map[String(key)] = value(pair.value, depth + 1);
            }
            out = map;
        } else if (isSeq(node)) {
            out = node.items.map(item => value(item, depth + 1));
        } else if (node === null || node === undefined) {
            return null;
        } else {
            throw new Unreadable("a YAML node it does not know");
        }
        const tag = (node as { tag?: string }).tag;
        return typeof tag === "string" && tag.startsWith("!") && !tag.startsWith("!!") ? shortForm(tag, out) : out;
    };
    return value(doc.contents, 0);
}

/** The template as plain data: JSON first (JSON.parse reads \u escapes), else YAML. */
export function parseTemplate(text: string): { template: Record<string, any> } | { unreadable: string } {
    let parsed: unknown;
    try {
        parsed = JSON.parse(text);
    } catch {
        try {
            parsed = yamlTemplate(text);
        } catch (e) {
            return { unreadable: e instanceof Unreadable ? `is neither JSON nor YAML it can read (${e.message})` : "is neither JSON nor YAML it can read" };
        }
    }
    if (!isObject(parsed) || (parsed.Resources !== undefined && !isObject(parsed.Resources))) {
        return { unreadable: "is not a template object with a Resources map" };
    }
    return { template: parsed };
}

/** Resources a template creates out of the pack's sight: nested stacks, and macros (Transform) that can add resources. */
function hiddenInTemplate(template: Record<string, any>): string | undefined {
    const nested = Object.entries<any>(template.Resources ?? {}).filter(([, r]) => isObject(r) && r.Type === "AWS::CloudFormation::Stack").map(([id]) => id);
    if (nested.length > 0) {
        return `is a CloudFormation stack whose template nests stacks (${nested.join(", ")}) the pack can't read, so they may create a zero-ETL integration`;
    }
    if (template.Transform !== undefined) {
        return "is a CloudFormation stack whose template has a Transform, which can add a zero-ETL integration the pack can't see";
    }
    return undefined;
}

function fromTemplate(name: string, body: unknown, templateUrl: unknown, parameters: unknown): ResourceIntegrations {
    if (isUnknown(body) || (body === undefined && (isUnknown(templateUrl) || typeof templateUrl === "string"))) {
        return { integrations: [], unverifiable: "is a CloudFormation stack whose template the pack can't read, so it may create a zero-ETL integration" };
    }
    let template: Record<string, any>;
    if (isObject(body)) {
        template = body;
    } else if (typeof body === "string") {
        const parsed = parseTemplate(body);
        if ("unreadable" in parsed) {
            // Fail closed, as with unreadable SQL: a template that may create an integration (it names one, or hides text in escapes).
            return /integration/i.test(body) || body.includes("\\")
                ? { integrations: [], unreadable: `is a CloudFormation stack whose template ${parsed.unreadable}, and it may create a zero-ETL integration` }
                : NONE;
        }
        template = parsed.template;
    } else {
        return NONE;
    }
    const integrations: IntegrationView[] = [];
    const ref = parameterResolver(template, parameters);
    for (const [logicalId, resource] of Object.entries<any>(template.Resources ?? {})) {
        const kind = isObject(resource) ? cfnKind(resource.Type) : undefined;
        if (kind !== undefined) {
            integrations.push({ kind, name: `${name}/${logicalId}`, props: fromCloudFormation(isObject(resource.Properties) ? resource.Properties : {}, ref), embedded: true });
        }
    }
    const hidden = hiddenInTemplate(template);
    return hidden === undefined ? { integrations } : { integrations, unverifiable: hidden };
}

function fromCloudControl(name: string, props: Record<string, any>): ResourceIntegrations {
    const typeName = props.typeName;
    if (isUnknown(typeName)) {
        return { integrations: [], unverifiable: "is a Cloud Control resource whose typeName the pack can't read yet, so it may create a zero-ETL integration" };
    }
    const kind = cfnKind(typeName);
    if (kind === undefined) {
        return NONE;
    }
    const desired = props.desiredState;
    if (isUnknown(desired)) {
        return { integrations: [], unverifiable: `is a Cloud Control resource of type ${typeName} whose desiredState the pack can't read yet` };
    }
    let state: unknown = isObject(desired) ? desired : undefined;
    try {
        state = typeof desired === "string" ? JSON.parse(desired) : state;
    } catch {
        state = undefined;
    }
    if (!isObject(state)) {
        return { integrations: [], unreadable: `is a Cloud Control resource of type ${typeName} whose desiredState is not a JSON object` };
    }
    // After create, `properties` (an output) is the resource's state as Cloud Control reads it; IntegrationArn is its ARN.
    let integrationArn: unknown;
    try {
        integrationArn = typeof props.properties === "string" && !isUnknown(props.properties) ? JSON.parse(props.properties)?.IntegrationArn : undefined;
    } catch {
        integrationArn = undefined;
    }
    const view = fromCloudFormation(state);
    return { integrations: [{ kind, name, props: typeof integrationArn === "string" ? { ...view, arn: integrationArn } : view, embedded: true }] };
}

/** The zero-ETL integrations a resource creates, from its type and its props (plain, preview unknowns as sentinels). */
export function integrationsOf(type: string, name: string, props: Record<string, any>): ResourceIntegrations {
    if (INTEGRATION_TYPES.includes(type)) {
        // aws-native names the ARN output integrationArn (pulumi-aws-native sdk/nodejs/glue/integration.ts); the rules read arn.
        const withArn = props.arn === undefined && props.integrationArn !== undefined ? { ...props, arn: props.integrationArn } : props;
        return { integrations: [{ kind: type, name, props: withArn, embedded: false }] };
    }
    switch (type) {
        case CLOUD_CONTROL_RESOURCE:
            return fromCloudControl(name, props);
        case CLOUDFORMATION_STACK:
        case NATIVE_CLOUDFORMATION_STACK:
            return fromTemplate(name, props.templateBody, props.templateUrl, props.parameters);
        default:
            return NONE;
    }
}
