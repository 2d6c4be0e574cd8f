// Exact-value tests for zero-etl-unverifiable (issue 13 item 5): which resource types and CloudFormation templates it
// reports, the exact advisory text, and the exemptions handed over by zero-etl-refresh-interval.
import * as assert from "assert";

import { recordExemptions } from "../../policy/lib/exemptions";
import {
    CFN_INTEGRATION_TYPES, CLOUD_CONTROL_RESOURCE, CLOUDFORMATION_STACK, DYNAMIC, NAME, NATIVE_CLOUDFORMATION_STACK, unverifiableReason, zeroEtlUnverifiable,
} from "../../policy/zeroEtlUnverifiable";
import { FakeResource, UNKNOWN, runStackPolicy, urnOf } from "./helpers";

const ADVICE = "The pack can't see its refresh interval.\nFix: create the integration with aws.rds.Integration or " +
    "aws.redshift.Integration in the program, tagged with aurora-analytics:refresh-interval-seconds.";
const UNREADABLE = "is a CloudFormation stack whose template the pack can't read, so it may create a zero-ETL integration";

describe("policy zero-etl-unverifiable: exact reasons", () => {
    it("is advisory, named, and lists the CloudFormation integration types", () => {
        assert.strictEqual(zeroEtlUnverifiable.enforcementLevel, "advisory");
        assert.strictEqual(zeroEtlUnverifiable.name, NAME);
        assert.strictEqual(NAME, "zero-etl-unverifiable");
        assert.deepStrictEqual(CFN_INTEGRATION_TYPES, {
            "AWS::RDS::Integration": "aws-native:rds:Integration",
            "AWS::Redshift::Integration": "aws-native:redshift:Integration",
            "AWS::Glue::Integration": "aws-native:glue:Integration",
        });
        assert.strictEqual(DYNAMIC, "pulumi-nodejs:dynamic:Resource");
        assert.strictEqual(CLOUDFORMATION_STACK, "aws:cloudformation/stack:Stack");
    });

    it("names dynamic (Node.js and Python) and command resources", () => {
        const dynamic = "is a dynamic resource, which can create a zero-ETL integration the pack can't see";
        assert.strictEqual(unverifiableReason("pulumi-nodejs:dynamic:Resource", {}), dynamic);
        assert.strictEqual(unverifiableReason("pulumi-python:dynamic:Resource", {}), dynamic);
        assert.strictEqual(unverifiableReason("command:local:Command", {}), "is a command resource, which can create a zero-ETL integration the pack can't see");
        assert.strictEqual(unverifiableReason("x-command:local:Command", {}), undefined);
        assert.strictEqual(unverifiableReason("aws:rds/integration:Integration", {}), undefined);
    });

    it("a CloudFormation template it reads is judged by the refresh-interval rules, not advised; one it can't read or see is", () => {
        const cfn = (props: Record<string, unknown>, type = CLOUDFORMATION_STACK) => unverifiableReason(type, props);
        // Read: its integrations are judged by zero-etl-refresh-interval(-declared) (tests/policy/integrationTypes.test.ts).
        assert.strictEqual(cfn({ templateBody: `{"Resources":{"I":{"Type":"AWS::RDS::Integration"}}}` }), undefined);
        assert.strictEqual(cfn({ templateBody: `{"Resources":{}}`, templateUrl: "https://example.com/t.json" }), undefined);
        // Unreadable text is refused by zero-etl-refresh-interval-declared (fail closed), not advised.
        assert.strictEqual(cfn({ templateBody: "AWS::Redshift::Integration AWS::RDS::Integration" }), undefined);
        assert.strictEqual(cfn({ templateBody: UNKNOWN }), UNREADABLE);
        assert.strictEqual(cfn({ templateUrl: "https://example.com/t.json" }), UNREADABLE);
        assert.strictEqual(cfn({ templateUrl: UNKNOWN }, NATIVE_CLOUDFORMATION_STACK), UNREADABLE);
        assert.strictEqual(cfn({}), undefined);
        assert.strictEqual(cfn({ templateUrl: 5 }), undefined);
        assert.strictEqual(cfn({ templateBody: "Resources:\n  N:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: https://example.com/n.yaml\n" }),
            "is a CloudFormation stack whose template nests stacks (N) the pack can't read, so they may create a zero-ETL integration");
        assert.strictEqual(cfn({ templateBody: { Transform: "AWS::Serverless-2016-10-31", Resources: {} } }, NATIVE_CLOUDFORMATION_STACK),
            "is a CloudFormation stack whose template has a Transform, which can add a zero-ETL integration the pack can't see");
        assert.strictEqual(unverifiableReason("aws:s3/bucket:Bucket", { templateBody: "AWS::RDS::Integration", templateUrl: "https://example.com/t.json" }), undefined);
    });

    it("a Cloud Control resource of an integration type whose typeName or desiredState is not known yet", () => {
        const cc = (props: Record<string, unknown>) => unverifiableReason(CLOUD_CONTROL_RESOURCE, props);
        assert.strictEqual(cc({ typeName: "AWS::Glue::Integration", desiredState: UNKNOWN }),
            "is a Cloud Control resource of type AWS::Glue::Integration whose desiredState the pack can't read yet");
        assert.strictEqual(cc({ typeName: UNKNOWN, desiredState: "{}" }),
            "is a Cloud Control resource whose typeName the pack can't read yet, so it may create a zero-ETL integration");
        assert.strictEqual(cc({ typeName: "AWS::RDS::Integration", desiredState: "{}" }), undefined);
        assert.strictEqual(cc({ typeName: "AWS::SNS::Topic", desiredState: UNKNOWN }), undefined);
    });

    it("reports each such resource with the advice, and each exemption once", () => {
        const stack: FakeResource[] = [
            { type: "aws:s3/bucket:Bucket", name: "b", props: {} },
            { type: "command:local:Command", name: "cmd", props: {} },
            { type: CLOUDFORMATION_STACK, name: "cfn", props: { templateUrl: "https://example.com/t.json" } },
        ];
        recordExemptions([{ urn: "urn:x", name: "dev-integration", reason: "managed by the data team" }]);
        const expected = [
            { urn: "urn:x", message: "Zero-ETL integration dev-integration is exempt from zero-etl-refresh-interval: managed by the data team" },
            { urn: urnOf("command:local:Command", "cmd"), message: `cmd is a command resource, which can create a zero-ETL integration the pack can't see. ${ADVICE}` },
            { urn: urnOf(CLOUDFORMATION_STACK, "cfn"), message: `cfn ${UNREADABLE}. ${ADVICE}` },
        ];
        assert.deepStrictEqual(runStackPolicy(zeroEtlUnverifiable, stack, {}), expected);
        assert.deepStrictEqual(runStackPolicy(zeroEtlUnverifiable, stack, {}), expected.slice(1));
    });
});

describe("policy zero-etl-unverifiable: SQL to Redshift computed when it runs", () => {
    it("advises once per resource, naming each place; SQL not known yet or written literally is not advised", () => {
        const definition = JSON.stringify({ StartAt: "A", States: {
            A: { Type: "Task", Resource: "arn:aws:states:::aws-sdk:redshiftdata:executeStatement", Parameters: { "Sql.$": "$.sql" }, Next: "B" },
            B: { Type: "Task", Resource: "arn:aws:states:::aws-sdk:redshiftdata:executeStatement", Arguments: "{% $states.input %}", Next: "C" },
            C: { Type: "Task", Resource: "arn:aws:states:::aws-sdk:redshiftdata:executeStatement", Parameters: { Sql: "SELECT 1" }, End: true },
        } });
        const stack: FakeResource[] = [
            { type: "aws:sfn/stateMachine:StateMachine", name: "sm", props: { definition } },
            { type: "aws:pipes/pipe:Pipe", name: "pipe", props: { targetParameters: { redshiftDataParameters: { sqls: ["$.body.sql"] } } } },
            { type: "aws:redshiftdata/statement:Statement", name: "pending", props: { sql: UNKNOWN } },
            { type: "aws:sfn/stateMachine:StateMachine", name: "later", props: { definition: UNKNOWN } },
        ];
        const why = "so the pack can't see whether it creates a database FROM INTEGRATION without REFRESH_INTERVAL.\n" +
            "Fix: write the SQL literally, with SET REFRESH_INTERVAL on every CREATE DATABASE ... FROM INTEGRATION, or create the " +
            "database where the pack reads it (an aws.redshiftdata.Statement, or aurora-analytics' own invocation).";
        assert.deepStrictEqual(runStackPolicy(zeroEtlUnverifiable, stack, {}), [
            { urn: urnOf("aws:sfn/stateMachine:StateMachine", "sm"), message: `sm sends SQL to Redshift that is computed when it runs (definition.States.A.Parameters.Sql.$, definition.States.B.Arguments), ${why}` },
            { urn: urnOf("aws:pipes/pipe:Pipe", "pipe"), message: `pipe sends SQL to Redshift that is computed when it runs (targetParameters.redshiftDataParameters.sqls[0]), ${why}` },
        ]);
    });
});
