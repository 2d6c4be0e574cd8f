// Errors that must stop the run, and "unset" as well as "wrong": the namespace policy read and merge (the admin
// function's, functions/zeroEtl/namespacePolicy.ts), and the existing workgroup's case sensitivity.
import * as assert from "assert";
import { mockClient } from "aws-sdk-client-mock";
import { GetResourcePolicyCommand, RedshiftClient } from "@aws-sdk/client-redshift";
import { existingWorkgroupProblem } from "../../components/redshift";
import { mergedPolicy, readPolicy as readResourcePolicy } from "../../functions/zeroEtl/namespacePolicy";

/** The old merge's shape on the function's merge: drop our Sids, append ours. */
const mergeResourcePolicy = (existing: string | undefined, ours: { Sid: string }[]): string => mergedPolicy(existing, [], ours) ?? "";

const NAMESPACE_ARN = "arn:aws:redshift-serverless:us-west-2:123456789012:namespace/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
const OURS = [{ Sid: "AuroraAnalyticsCreateInboundIntegration", Effect: "Allow", Principal: { AWS: "arn:aws:iam::123456789012:root" }, Action: "redshift:CreateInboundIntegration", Resource: NAMESPACE_ARN }];
const THEIRS = { Sid: "Theirs", Effect: "Allow", Principal: { AWS: "arn:aws:iam::210987654321:root" }, Action: "redshift:CreateInboundIntegration", Resource: NAMESPACE_ARN };

function awsError(name: string): Error {
    return Object.assign(new Error(`${name}: simulated`), { name });
}

describe("namespace resource policy: reading never guesses", () => {
    // Created in before(): another test file mocks the same client, and mockClient replaces any earlier stub.
    function clientMock() {
        return mockClient(RedshiftClient);
    }
    let redshift: ReturnType<typeof clientMock>;
    before(() => {
        redshift = clientMock();
    });
    afterEach(() => redshift.reset());
    after(() => redshift.restore());

    it("returns the policy text the namespace has", async () => {
        redshift.on(GetResourcePolicyCommand).resolves({ ResourcePolicy: { ResourceArn: NAMESPACE_ARN, Policy: '{"Statement":[]}' } });
        assert.strictEqual(await readResourcePolicy(new RedshiftClient({ region: "us-west-2" }), NAMESPACE_ARN), '{"Statement":[]}');
        assert.deepStrictEqual(redshift.commandCalls(GetResourcePolicyCommand).map(c => c.args[0].input), [{ ResourceArn: NAMESPACE_ARN }]);
    });

    it("treats only ResourceNotFoundFault as no policy", async () => {
        redshift.on(GetResourcePolicyCommand).rejects(awsError("ResourceNotFoundFault"));
        assert.strictEqual(await readResourcePolicy(new RedshiftClient({ region: "us-west-2" }), NAMESPACE_ARN), undefined);
        redshift.reset();
        redshift.on(GetResourcePolicyCommand).resolves({});
        assert.strictEqual(await readResourcePolicy(new RedshiftClient({ region: "us-west-2" }), NAMESPACE_ARN), undefined);
    });

    for (const name of ["AccessDeniedException", "AccessDenied", "UnsupportedOperationFault", "ThrottlingException"]) {
        it(`stops on ${name} instead of reading it as "no policy" (which would overwrite the user's policy)`, async () => {
            redshift.on(GetResourcePolicyCommand).rejects(awsError(name));
            await assert.rejects(readResourcePolicy(new RedshiftClient({ region: "us-west-2" }), NAMESPACE_ARN),
                (e: unknown) => e instanceof Error && e.name === name);
        });
    }
});

describe("namespace resource policy: merging keeps every statement of theirs", () => {
    it("keeps a single Statement object, and replaces our statements by Sid", () => {
        const stale = { ...OURS[0], Resource: "old" };
        assert.deepStrictEqual(JSON.parse(mergeResourcePolicy(JSON.stringify({ Version: "2012-10-17", Statement: THEIRS }), OURS)),
            { Version: "2012-10-17", Statement: [THEIRS, ...OURS] });
        assert.deepStrictEqual(JSON.parse(mergeResourcePolicy(JSON.stringify({ Statement: [THEIRS, stale, { ...THEIRS, Sid: "Second" }] }), OURS)),
            { Version: "2012-10-17", Statement: [THEIRS, { ...THEIRS, Sid: "Second" }, ...OURS] });
    });

    it("treats an empty or blank policy as none, and refuses a policy it cannot read", () => {
        for (const existing of [undefined, "", "  "]) {
            assert.deepStrictEqual(JSON.parse(mergeResourcePolicy(existing, OURS)), { Version: "2012-10-17", Statement: OURS });
        }
        assert.deepStrictEqual(JSON.parse(mergeResourcePolicy("{}", OURS)), { Version: "2012-10-17", Statement: OURS });
        assert.throws(() => mergeResourcePolicy("{not json", OURS), SyntaxError);
    });
});

describe("existing workgroup: enable_case_sensitive_identifier wrong or unset", () => {
    const facts = { workgroupName: "analytics-wg", namespaceName: "analytics", expectedNamespace: "analytics" };
    const fix = "This program does not change a workgroup it does not own; turn it on with " +
        "`aws redshift-serverless update-workgroup --workgroup-name analytics-wg --config-parameters parameterKey=enable_case_sensitive_identifier,parameterValue=true` and run `pulumi up` again.";

    it("accepts true in any case", () => {
        for (const value of ["true", "TRUE", "True"]) {
            assert.strictEqual(existingWorkgroupProblem({ ...facts, configParameters: [{ parameterKey: "enable_case_sensitive_identifier", parameterValue: value }] }), undefined);
        }
    });

    it("refuses false, a missing value and a missing key, naming what it found", () => {
        assert.strictEqual(existingWorkgroupProblem({ ...facts, configParameters: [{ parameterKey: "enable_case_sensitive_identifier", parameterValue: "false" }] }),
            `Redshift workgroup analytics-wg has enable_case_sensitive_identifier false, but zero-ETL needs it true. ${fix}`);
        assert.strictEqual(existingWorkgroupProblem({ ...facts, configParameters: [{ parameterKey: "enable_case_sensitive_identifier" }] }),
            `Redshift workgroup analytics-wg has enable_case_sensitive_identifier unset, but zero-ETL needs it true. ${fix}`);
        assert.strictEqual(existingWorkgroupProblem({ ...facts, configParameters: [{ parameterKey: "max_query_execution_time", parameterValue: "true" }] }),
            `Redshift workgroup analytics-wg has enable_case_sensitive_identifier unset, but zero-ETL needs it true. ${fix}`);
        assert.strictEqual(existingWorkgroupProblem({ ...facts, configParameters: [] }),
            `Redshift workgroup analytics-wg has enable_case_sensitive_identifier unset, but zero-ETL needs it true. ${fix}`);
    });

    it("refuses a workgroup of another namespace before looking at its parameters", () => {
        assert.strictEqual(existingWorkgroupProblem({ ...facts, namespaceName: "other", configParameters: [] }),
            "Redshift workgroup analytics-wg belongs to namespace other, not analytics; fix it with `pulumi config set redshiftNamespace other` or name a workgroup of analytics.");
    });
});
