// Exact-value tests for zero-etl-unverifiable (issue 13 item 5): which resource types and CloudFormation templates it
// reports, the exact advisory text, and the exemptions handed over by zero-etl-refresh-interval.
import * as assert from "assert";

import { recordExemptions } from "../../policy/lib/exemptions";
import {
    CFN_INTEGRATION_TYPES, CLOUDFORMATION_STACK, DYNAMIC, NAME, unverifiableReason, zeroEtlUnverifiable,
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
        assert.deepStrictEqual(CFN_INTEGRATION_TYPES, ["AWS::RDS::Integration", "AWS::Redshift::Integration"]);
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

    it("reads a CloudFormation template: names what it creates, passes one without integrations", () => {
        const cfn = (props: Record<string, unknown>) => unverifiableReason(CLOUDFORMATION_STACK, props);
        assert.strictEqual(cfn({ templateBody: `{"Resources":{"I":{"Type":"AWS::RDS::Integration"}}}` }),
            "is a CloudFormation stack whose template creates AWS::RDS::Integration");
        assert.strictEqual(cfn({ templateBody: "AWS::Redshift::Integration AWS::RDS::Integration" }),
            "is a CloudFormation stack whose template creates AWS::RDS::Integration and AWS::Redshift::Integration");
        assert.strictEqual(cfn({ templateBody: `{"Resources":{}}`, templateUrl: "https://example.com/t.json" }), undefined);
        assert.strictEqual(cfn({ templateBody: UNKNOWN }), UNREADABLE);
        assert.strictEqual(cfn({ templateUrl: "https://example.com/t.json" }), UNREADABLE);
        assert.strictEqual(cfn({}), undefined);
        assert.strictEqual(cfn({ templateUrl: 5 }), undefined);
        assert.strictEqual(unverifiableReason("aws:s3/bucket:Bucket", { templateBody: "AWS::RDS::Integration", templateUrl: "https://example.com/t.json" }), undefined);
    });

    it("reports each such resource with the advice, and each exemption once", () => {
        const stack: FakeResource[] = [
            { type: "aws:s3/bucket:Bucket", name: "b", props: {} },
            { type: "command:local:Command", name: "cmd", props: {} },
            { type: CLOUDFORMATION_STACK, name: "cfn", props: { templateBody: "AWS::RDS::Integration" } },
        ];
        recordExemptions([{ urn: "urn:x", name: "dev-integration", reason: "managed by the data team" }]);
        const expected = [
            { urn: "urn:x", message: "Zero-ETL integration dev-integration is exempt from zero-etl-refresh-interval: managed by the data team" },
            { urn: urnOf("command:local:Command", "cmd"), message: `cmd is a command resource, which can create a zero-ETL integration the pack can't see. ${ADVICE}` },
            { urn: urnOf(CLOUDFORMATION_STACK, "cfn"), message: `cfn is a CloudFormation stack whose template creates AWS::RDS::Integration. ${ADVICE}` },
        ];
        assert.deepStrictEqual(runStackPolicy(zeroEtlUnverifiable, stack, {}), expected);
        assert.deepStrictEqual(runStackPolicy(zeroEtlUnverifiable, stack, {}), expected.slice(1));
    });
});
