// Issue 20 part 4: every way to make a zero-ETL integration is judged as one: aws-native:glue:Integration, an
// aws.cloudcontrol.Resource of an integration type, and the integration resources of a CloudFormation template (JSON or
// YAML with short-form tags), in both refresh-interval rules; what the pack can't read is refused or advised.
import * as assert from "assert";

import { parseTemplate } from "../../policy/lib/integrations";
import { zeroEtlRefreshInterval } from "../../policy/zeroEtlRefreshInterval";
import { zeroEtlRefreshIntervalDeclared } from "../../policy/zeroEtlRefreshIntervalDeclared";
import { zeroEtlSourceBinlog } from "../../policy/zeroEtlSourceBinlog";
import { INTEGRATION_ID, T, cfnIntegrationYaml, cfnYamlTags } from "./fixtures";
import { FakeResource, UNKNOWN, runResourcePolicy, runStackPolicy, urnOf } from "./helpers";

const CONFIG = { minimumSeconds: 900, maximumSeconds: 432000 };
const TAG = "aurora-analytics:refresh-interval-seconds";
const SERVERLESS_ARN = "arn:aws:redshift-serverless:us-west-2:123456789012:namespace/0a1b2c3d-aaaa-bbbb-cccc-000000000000";
const PROVISIONED_ARN = "arn:aws:redshift:us-west-2:123456789012:namespace:0a1b2c3d-aaaa-bbbb-cccc-000000000000";
const GLUE_ARN = "arn:aws:glue:us-west-2:123456789012:database/lakehouse";
const SOURCE_ARN = "arn:aws:dynamodb:us-west-2:123456789012:table/orders";
const GLUE = "aws-native:glue:Integration";
const CC = "aws:cloudcontrol/resource:Resource";
const CFN = "aws:cloudformation/stack:Stack";
const NATIVE_CFN = "aws-native:cloudformation:Stack";

const declared = (fake: FakeResource) => runResourcePolicy(zeroEtlRefreshIntervalDeclared, fake, CONFIG).map(v => v.message.split("\n")[0]);
const stack = (fakes: FakeResource[]) => runStackPolicy(zeroEtlRefreshInterval, fakes, CONFIG).map(v => `${v.urn?.split("::").pop()}: ${v.message.split("\n")[0]}`);
const noTag = (name: string) => `Zero-ETL integration ${name} declares no refresh interval (tag ${TAG}).`;
const FIX = "Fix: in aurora-analytics, run `pulumi config set aurora-analytics:refreshIntervalSeconds 3600` (900 to 432000). " +
    `In another program, tag the integration "${TAG}": "3600" and create its database with ` +
    "CREATE DATABASE ... FROM INTEGRATION '<id>' SET REFRESH_INTERVAL 3600 (see the pack's README).";

const glue = (props: Record<string, unknown>): FakeResource => ({ type: GLUE, name: "g", props: { integrationName: "orders", sourceArn: SOURCE_ARN, ...props } });
const cloudControl = (typeName: string, state: unknown): FakeResource =>
    ({ type: CC, name: "cc", props: { typeName, desiredState: typeof state === "string" ? state : JSON.stringify(state) } });
const cfnTags = (value: unknown) => [{ Key: "team", Value: "data" }, { Key: TAG, Value: value }];

describe("aws-native:glue:Integration is judged as a zero-ETL integration", () => {
    it("the resource rule refuses one into Redshift without the tag, and passes it tagged or into a Glue catalog", () => {
        assert.deepStrictEqual(runResourcePolicy(zeroEtlRefreshIntervalDeclared, glue({ targetArn: SERVERLESS_ARN }), CONFIG).map(v => v.message),
            [`${noTag("g")}\n${FIX}`]);
        assert.deepStrictEqual(declared(glue({ targetArn: PROVISIONED_ARN, tags: [{ key: TAG, value: "60" }] })),
            ["Zero-ETL integration g declares a refresh interval of 60 s, outside the allowed 900 to 432000 seconds."]);
        assert.deepStrictEqual(declared(glue({ targetArn: UNKNOWN })), [noTag("g")]);
        // Controls: tagged in range; a known non-Redshift target.
        assert.deepStrictEqual(declared(glue({ targetArn: SERVERLESS_ARN, tags: [{ key: TAG, value: "3600" }] })), []);
        assert.deepStrictEqual(declared(glue({ targetArn: GLUE_ARN })), []);
    });

    it("the stack rule judges its databases, and skips one whose unknown target comes from a Glue database", () => {
        const g = glue({ targetArn: SERVERLESS_ARN, tags: [{ key: TAG, value: "3600" }], integrationIdentifier: INTEGRATION_ID });
        const create = (extra: string): FakeResource => ({ type: T.statement, name: "s", props: { workgroupName: "wg", sql: `CREATE DATABASE d FROM INTEGRATION '${INTEGRATION_ID}'${extra}` }, dependsOn: ["g"] });
        assert.deepStrictEqual(stack([g, create("")]),
            ["g: Zero-ETL integration g (integrationName \"orders\"): database d, created from it by s, gets no REFRESH_INTERVAL, so Redshift replicates continuously."]);
        assert.deepStrictEqual(stack([g]), ["g: Zero-ETL integration g (integrationName \"orders\"): no database created from it gets its refresh interval in this stack."]);
        assert.deepStrictEqual(stack([g, create(" SET REFRESH_INTERVAL 3600")]), []);
        const lake: FakeResource = { type: "aws-native:glue:Database", name: "lake", props: {} };
        assert.deepStrictEqual(stack([lake, { ...glue({ targetArn: UNKNOWN }), propertyDependencies: { targetArn: ["lake"] } }]), []);
    });
});

describe("aws.cloudcontrol.Resource of an integration type is judged from its desiredState", () => {
    const rds = (tags?: unknown) => cloudControl("AWS::RDS::Integration", {
        IntegrationName: "orders", SourceArn: "arn:aws:rds:us-west-2:123456789012:cluster:aurora", TargetArn: SERVERLESS_ARN, ...(tags === undefined ? {} : { Tags: tags }),
    });

    it("the resource rule refuses a desiredState without the tag, with an invalid one, or that is not JSON", () => {
        assert.deepStrictEqual(declared(rds()), [noTag("cc")]);
        assert.deepStrictEqual(declared(rds(cfnTags("1h"))), ["Zero-ETL integration cc declares the refresh interval \"1h\", which is not whole seconds."]);
        assert.deepStrictEqual(declared(cloudControl("AWS::Redshift::Integration", { SourceArn: SOURCE_ARN, TargetArn: UNKNOWN })), [noTag("cc")]);
        assert.deepStrictEqual(declared(cloudControl("AWS::Glue::Integration", { SourceArn: SOURCE_ARN, TargetArn: PROVISIONED_ARN })), [noTag("cc")]);
        // The type name in another case is the same type to the pack.
        assert.deepStrictEqual(declared(cloudControl("aws::rds::integration", { TargetArn: SERVERLESS_ARN })), [noTag("cc")]);
        assert.deepStrictEqual(declared(cloudControl("AWS::RDS::Integration", "{not json")),
            ["cc is a Cloud Control resource of type AWS::RDS::Integration whose desiredState is not a JSON object; the pack refuses what it can't read (fail closed)."]);
        // Controls: tagged in range; a Glue target; another type; a desiredState not known yet (advised by zero-etl-unverifiable).
        assert.deepStrictEqual(declared(rds(cfnTags("3600"))), []);
        assert.deepStrictEqual(declared(rds(cfnTags(3600))), []);
        assert.deepStrictEqual(declared(cloudControl("AWS::Glue::Integration", { SourceArn: SOURCE_ARN, TargetArn: GLUE_ARN })), []);
        assert.deepStrictEqual(declared(cloudControl("AWS::SNS::Topic", { TopicName: "t" })), []);
        assert.deepStrictEqual(declared({ type: CC, name: "cc", props: { typeName: "AWS::RDS::Integration", desiredState: UNKNOWN } }), []);
    });

    it("the stack rule judges its declaration and its databases", () => {
        assert.deepStrictEqual(stack([rds()]), [`cc: ${noTag("cc (integrationName \"orders\")")}`]);
        const create: FakeResource = { type: T.statement, name: "s", props: { sql: `CREATE DATABASE d FROM INTEGRATION 'x' SET REFRESH_INTERVAL 3600` }, dependsOn: ["cc"] };
        assert.deepStrictEqual(stack([rds(cfnTags("3600")), create]), []);
        assert.deepStrictEqual(stack([rds(cfnTags("3600")), { ...create, props: { sql: `CREATE DATABASE d FROM INTEGRATION 'x' SET REFRESH_INTERVAL 7200` } }]),
            ["cc: Zero-ETL integration cc (integrationName \"orders\") declares 3600 s, but s sets 7200 s on database d."]);
        // Its desiredState not known yet (first preview): not judged here; zero-etl-unverifiable advises.
        assert.deepStrictEqual(stack([{ type: CC, name: "cc", props: { typeName: "AWS::RDS::Integration", desiredState: UNKNOWN } }]), []);
    });

    it("once created, its IntegrationArn (from properties) decides which invocation input names it", () => {
        const ARN = `arn:aws:rds:us-west-2:123456789012:integration:${INTEGRATION_ID}`;
        const created = { ...rds(cfnTags("3600")), props: { ...rds(cfnTags("3600")).props, properties: JSON.stringify({ IntegrationArn: ARN }) } };
        const invocation = (integrationArn: string): FakeResource => ({ type: T.invocation, name: "v", dependsOn: ["cc"], props: { input: JSON.stringify({
            kind: "aurora-analytics:zero-etl-database", version: 1, integrationArn, workgroupName: "wg", database: "d", refreshIntervalSeconds: 3600,
        }) } });
        assert.deepStrictEqual(stack([created, invocation(ARN)]), []);
        assert.deepStrictEqual(stack([created, invocation(`${ARN}0`)]),
            ["cc: Zero-ETL integration cc (integrationName \"orders\"): no database created from it gets its refresh interval in this stack."]);
        // aws-native types name the output integrationArn: the same holds.
        const g = glue({ targetArn: SERVERLESS_ARN, tags: [{ key: TAG, value: "3600" }], integrationArn: ARN });
        assert.deepStrictEqual(stack([g, { ...invocation(ARN), dependsOn: ["g"] }]), []);
        assert.deepStrictEqual(stack([g, { ...invocation(`${ARN}0`), dependsOn: ["g"] }]),
            ["g: Zero-ETL integration g (integrationName \"orders\"): no database created from it gets its refresh interval in this stack."]);
    });

    it("its source cluster is checked by zero-etl-source-binlog through the desiredState's dependencies", () => {
        const cluster: FakeResource = { type: T.cluster, name: "aurora", props: { engine: "aurora-mysql", dbClusterParameterGroupName: "" } };
        const cc = { ...rds(cfnTags("3600")), propertyDependencies: { desiredState: ["aurora"] } };
        assert.deepStrictEqual(runStackPolicy(zeroEtlSourceBinlog, [cluster, cc], {}).map(v => v.urn), [urnOf(T.cluster, "aurora")]);
    });
});

describe("CloudFormation templates: JSON or YAML, their integration resources judged as integrations", () => {
    const json = (type: string, properties: Record<string, unknown>) => JSON.stringify({ Resources: { Zero: { Type: type, Properties: properties } } });
    const YAML_OK = cfnIntegrationYaml(cfnYamlTags("'3600'"));

    it("parses JSON with \\u escapes and YAML with short-form tags into the JSON they stand for", () => {
        assert.deepStrictEqual(parseTemplate(`{"Resources":{"I":{"Type":"AWS::RDS::Integr\\u0061tion"}}}`), { template: { Resources: { I: { Type: "AWS::RDS::Integration" } } } });
        const yaml = parseTemplate("Resources:\n  I:\n    Type: \"AWS::RDS::Integr\\u0061tion\"\n    Properties:\n      A: !Ref P\n      B: !GetAtt R.Arn\n" +
            "      C: !Sub [\"${x}\", {x: !Ref Q}]\n      D: !If [Cond, !Ref P, !Ref AWS::NoValue]\n      E: !GetAtt [R, Arn]\n      F: !Condition C\n");
        assert.deepStrictEqual(yaml, { template: { Resources: { I: { Type: "AWS::RDS::Integration", Properties: {
            A: { Ref: "P" }, B: { "Fn::GetAtt": ["R", "Arn"] }, C: { "Fn::Sub": ["${x}", { x: { Ref: "Q" } }] },
            D: { "Fn::If": ["Cond", { Ref: "P" }, { Ref: "AWS::NoValue" }] }, E: { "Fn::GetAtt": ["R", "Arn"] }, F: { Condition: "C" },
        } } } } });
        assert.deepStrictEqual(parseTemplate("Resources:\n  I: {Type: X}\n  I: {Type: Y}\n"), { unreadable: "is neither JSON nor YAML it can read (Map keys must be unique at line 3, column 3)" });
        assert.deepStrictEqual(parseTemplate("just text"), { unreadable: "is not a template object with a Resources map" });
    });

    it("the resource rule refuses a template integration without the tag, in JSON (escaped type) or YAML, on both stack types", () => {
        assert.deepStrictEqual(declared({ type: CFN, name: "cfn", props: { templateBody: json("AWS::RDS::Integr\\u0061tion", { TargetArn: SERVERLESS_ARN }).replace("\\\\u", "\\u") } }),
            [noTag("cfn/Zero")]);
        assert.deepStrictEqual(declared({ type: CFN, name: "cfn", props: { templateBody: YAML_OK.replace("'3600'", "'60'") } }),
            ["Zero-ETL integration cfn/Zero declares a refresh interval of 60 s, outside the allowed 900 to 432000 seconds."]);
        assert.deepStrictEqual(declared({ type: NATIVE_CFN, name: "native", props: { templateBody: { Resources: { G: { Type: "AWS::Glue::Integration", Properties: { TargetArn: PROVISIONED_ARN } } } } } }),
            [noTag("native/G")]);
        // A tag value that is an intrinsic function is not a literal the pack can read: refused as invalid.
        assert.deepStrictEqual(declared({ type: CFN, name: "cfn", props: { templateBody: YAML_OK.replace("'3600'", "!Ref Interval") } }),
            ['Zero-ETL integration cfn/Zero declares the refresh interval "{\\"Ref\\":\\"Interval\\"}", which is not whole seconds.']);
        // Controls: the YAML template tagged in range (intrinsic target: judged as Redshift); a Glue target; no integration.
        assert.deepStrictEqual(declared({ type: CFN, name: "cfn", props: { templateBody: YAML_OK } }), []);
        assert.deepStrictEqual(declared({ type: NATIVE_CFN, name: "cfn", props: { templateBody: YAML_OK } }), []);
        assert.deepStrictEqual(declared({ type: CFN, name: "cfn", props: { templateBody: json("AWS::Glue::Integration", { TargetArn: GLUE_ARN }) } }), []);
        assert.deepStrictEqual(declared({ type: CFN, name: "cfn", props: { templateBody: json("AWS::SNS::Topic", {}) } }), []);
        assert.deepStrictEqual(declared({ type: CFN, name: "cfn", props: { templateBody: json("Aws::Redshift::INTEGRATION", {}) } }), [noTag("cfn/Zero")]);
    });

    it("a Ref to a template parameter reads as the value the stack passes, else the parameter's Default", () => {
        const withInterval = (parameter: string) => YAML_OK.replace("'3600'", "!Ref Interval")
            .replace("  Target: {Type: String}", `  Target: {Type: String}\n  Interval: ${parameter}`);
        const cfn = (templateBody: string, parameters?: unknown): FakeResource => ({ type: CFN, name: "cfn", props: parameters === undefined ? { templateBody } : { templateBody, parameters } });
        const outOfRange = (n: string) => [`Zero-ETL integration cfn/Zero declares a refresh interval of ${n} s, outside the allowed 900 to 432000 seconds.`];
        assert.deepStrictEqual(declared(cfn(withInterval("{Type: Number, Default: 60}"))), outOfRange("60"));
        assert.deepStrictEqual(declared(cfn(withInterval("{Type: Number, Default: 3600}"), { Interval: "60" })), outOfRange("60"));
        assert.deepStrictEqual(declared({ ...cfn(withInterval("{Type: String}"), { Interval: "60" }), type: NATIVE_CFN }), outOfRange("60"));
        // Systems Manager types resolve to the stored value, not the key, so the pack can't read them: invalid, as any intrinsic.
        assert.deepStrictEqual(declared(cfn(withInterval("{Type: 'AWS::SSM::Parameter::Value<String>', Default: '3600'}"))),
            ['Zero-ETL integration cfn/Zero declares the refresh interval "{\\"Ref\\":\\"Interval\\"}", which is not whole seconds.']);
        // Controls: a Default in range; a passed value in range overrides an out-of-range Default; parameters not known yet
        // (judged at the stack's own step in the update).
        assert.deepStrictEqual(declared(cfn(withInterval("{Type: Number, Default: 3600}"))), []);
        assert.deepStrictEqual(declared(cfn(withInterval("{Type: Number, Default: 60}"), { Interval: "7200" })), []);
        assert.deepStrictEqual(declared(cfn(withInterval("{Type: Number, Default: 60}"), UNKNOWN)), []);
        assert.deepStrictEqual(declared(cfn(withInterval("{Type: Number, Default: 60}"), { Interval: UNKNOWN })), []);
        // The target: a parameter naming a Glue catalog is not Redshift, so no tag is needed; one naming Redshift needs it.
        const untagged = YAML_OK.replace(/      Tags:[\s\S]*$/, "");
        assert.deepStrictEqual(declared(cfn(untagged, { Target: GLUE_ARN })), []);
        assert.deepStrictEqual(declared(cfn(untagged, { Target: SERVERLESS_ARN })), [noTag("cfn/Zero")]);
        assert.deepStrictEqual(declared(cfn(untagged)), [noTag("cfn/Zero")]);
        // The stack rule reads the same value.
        const create: FakeResource = { type: T.statement, name: "s", props: { sql: `CREATE DATABASE d FROM INTEGRATION 'x' SET REFRESH_INTERVAL 3600` }, dependsOn: ["cfn"] };
        assert.deepStrictEqual(stack([cfn(withInterval("{Type: Number, Default: 3600}"), { Interval: "7200" }), create]),
            ["cfn: Zero-ETL integration cfn/Zero declares 7200 s, but s sets 3600 s on database d."]);
        assert.deepStrictEqual(stack([cfn(withInterval("{Type: Number, Default: 3600}")), create]), []);
    });

    it("a template it can't parse is refused when it may create an integration (fail closed), else passes", () => {
        const refused = (reason: string) => [`cfn is a CloudFormation stack whose template is neither JSON nor YAML it can read (${reason}), and it may create ` +
            "a zero-ETL integration; the pack refuses what it can't read (fail closed)."];
        assert.deepStrictEqual(declared({ type: CFN, name: "cfn", props: { templateBody: "Resources:\n  I:\n    Type: AWS::RDS::Integration\n   bad: [" } }),
            refused("All mapping items must start at the same column at line 4, column 1"));
        // Truncated JSON whose type name hides in an escape: refused all the same.
        assert.deepStrictEqual(declared({ type: CFN, name: "cfn", props: { templateBody: "{\"Resources\": {\"I\": {\"Type\": \"AWS::RDS::Integr\\u0061tion\"" } }),
            refused("Flow map in block collection must be sufficiently indented and end with a } at line 1, column 58"));
        // Control: an unreadable template that names no integration and hides nothing in escapes.
        assert.deepStrictEqual(declared({ type: CFN, name: "cfn", props: { templateBody: "{\"Resources\": {\"B\": {\"Type\": \"AWS::SNS::Topic\"" } }), []);
    });

    it("the stack rule judges each integration of a template, by the template resource's URN", () => {
        const create: FakeResource = { type: T.statement, name: "s", props: { sql: `CREATE DATABASE d FROM INTEGRATION 'x' SET REFRESH_INTERVAL 3600` }, dependsOn: ["cfn"] };
        assert.deepStrictEqual(stack([{ type: CFN, name: "cfn", props: { templateBody: YAML_OK } }, create]), []);
        assert.deepStrictEqual(stack([{ type: CFN, name: "cfn", props: { templateBody: YAML_OK.replace("'3600'", "'7200'") } }, create]),
            ["cfn: Zero-ETL integration cfn/Zero declares 7200 s, but s sets 3600 s on database d."]);
        // Two integrations in one template: a statement downstream of the stack belongs to neither (which one is unknown).
        const two = JSON.stringify({ Resources: {
            A: { Type: "AWS::RDS::Integration", Properties: { TargetArn: SERVERLESS_ARN, Tags: cfnTags("3600") } },
            B: { Type: "AWS::Redshift::Integration", Properties: { Tags: cfnTags("3600") } },
        } });
        assert.deepStrictEqual(stack([{ type: CFN, name: "cfn", props: { templateBody: two } }, create]), [
            "cfn: Zero-ETL integration cfn/A: no database created from it gets its refresh interval in this stack.",
            "cfn: Zero-ETL integration cfn/B: no database created from it gets its refresh interval in this stack.",
        ]);
        assert.deepStrictEqual(stack([{ type: CFN, name: "cfn", props: { templateBody: UNKNOWN } }]), []);
    });
});
