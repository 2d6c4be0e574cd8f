// The watch's two roles through @cloud-copilot/iam-simulate (AWS's Service Authorization Reference as data): enough for
// what the watch and the schedule do, and nothing next to it.
import * as assert from "assert";
import { runSimulation } from "@cloud-copilot/iam-simulate";

import { watchFunctionPolicy, watchSchedulerPolicy } from "../../components/zeroEtlWatch";

const ACCOUNT = "123456789012";
const ROLE = `arn:aws:iam::${ACCOUNT}:role/analytics-dev-zero-etl-watch`;
const WORKGROUP = `arn:aws:redshift-serverless:us-west-2:${ACCOUNT}:workgroup/ffffffff-1111-2222-3333-444444444444`;
const SECRET = `arn:aws:secretsmanager:us-west-2:${ACCOUNT}:secret:redshift!analytics-dev-admin-AbCdEf`;
const KEY = `arn:aws:kms:us-west-2:${ACCOUNT}:key/0000aaaa-1111-2222-3333-444455556666`;
const LOGS = `arn:aws:logs:us-west-2:${ACCOUNT}:log-group:/aws/lambda/analytics-dev-zero-etl-watch`;
const FUNCTION = `arn:aws:lambda:us-west-2:${ACCOUNT}:function:analytics-dev-zero-etl-watch`;

/** The key's policy when the program sets none: AWS's default, which defers to the account's IAM policies (KMS developer guide, "Default key policy"). */
const DEFAULT_KEY_POLICY = {
    Version: "2012-10-17",
    Statement: [{ Sid: "Enable IAM User Permissions", Effect: "Allow", Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: "kms:*", Resource: "*" }],
};

async function decide(policy: object, action: string, resource: string, context: Record<string, string> = {}): Promise<string> {
    const response = await runSimulation({
        identityPolicies: [{ name: "policy", policy: policy as any }],
        serviceControlPolicies: [], resourceControlPolicies: [],
        ...(action.startsWith("kms:") ? { resourcePolicy: DEFAULT_KEY_POLICY as any } : {}),
        request: { principal: ROLE, action, resource: { resource, accountId: ACCOUNT }, contextVariables: context },
    }, {});
    if (response.resultType === "error") {
        throw new Error(`${action} on ${resource}: ${JSON.stringify(response.errors)}`);
    }
    return response.overallResult;
}

describe("zero-ETL watch IAM (iam-simulate)", () => {
    const fn = watchFunctionPolicy({ logGroupArn: LOGS, workgroupArn: WORKGROUP, secretArn: SECRET, secretKeyArn: KEY, region: "us-west-2" });

    it("lets the function run SQL on its workgroup, read its secret and publish to its own namespace", async () => {
        assert.strictEqual(await decide(fn, "redshift-data:ExecuteStatement", WORKGROUP), "Allowed");
        assert.strictEqual(await decide(fn, "secretsmanager:GetSecretValue", SECRET), "Allowed");
        assert.strictEqual(await decide(fn, "kms:Decrypt", KEY, { "kms:ViaService": "secretsmanager.us-west-2.amazonaws.com" }), "Allowed");
        assert.strictEqual(await decide(fn, "cloudwatch:PutMetricData", "*", { "cloudwatch:namespace": "AuroraAnalytics/ZeroEtlWatch" }), "Allowed");
        assert.strictEqual(await decide(fn, "logs:PutLogEvents", `${LOGS}:log-stream:x`), "Allowed");
    });

    it("and nothing next to it", async () => {
        assert.strictEqual(await decide(fn, "cloudwatch:PutMetricData", "*", { "cloudwatch:namespace": "AWS/Redshift" }), "ImplicitlyDenied");
        assert.strictEqual(await decide(fn, "redshift-data:ExecuteStatement", WORKGROUP.replace("ffffffff", "eeeeeeee")), "ImplicitlyDenied");
        assert.strictEqual(await decide(fn, "kms:Decrypt", KEY), "ImplicitlyDenied");
        assert.strictEqual(await decide(fn, "secretsmanager:GetSecretValue", SECRET.replace("analytics-dev", "other")), "ImplicitlyDenied");
    });

    it("lets the scheduler invoke the watch and no other function", async () => {
        const scheduler = watchSchedulerPolicy(FUNCTION);
        assert.strictEqual(await decide(scheduler, "lambda:InvokeFunction", FUNCTION), "Allowed");
        assert.strictEqual(await decide(scheduler, "lambda:InvokeFunction", `${FUNCTION}:1`), "Allowed");
        assert.strictEqual(await decide(scheduler, "lambda:InvokeFunction", `arn:aws:lambda:us-west-2:${ACCOUNT}:function:other`), "ImplicitlyDenied");
    });
});
