// The RDS export role against AWS's documented export role, proved with @cloud-copilot/iam-simulate (issue 22 part 4).
import * as assert from "assert";
import { runSimulation } from "@cloud-copilot/iam-simulate";

import { exportRolePolicy, exportRoleTrustPolicy, PipelineResources } from "../../../components/athena/policies";

const ACCOUNT = { partition: "aws", region: "us-west-2", accountId: "123456789012" };
const R: PipelineResources = {
    account: ACCOUNT, keyArn: "arn:aws:kms:us-west-2:123456789012:key/k", rawBucket: "p-raw", masterBucket: "p-master",
    resultsBucket: "p-results", glueDatabase: "p_db",
};
const ROLE_ARN = "arn:aws:iam::123456789012:role/p-rds-export-role";

async function allowed(principal: string, action: string, resource: string, identity: unknown[], resourcePolicy?: unknown): Promise<string> {
    const result = await runSimulation({
        request: { principal, action, resource: { resource, accountId: ACCOUNT.accountId }, contextVariables: {} },
        identityPolicies: identity.map((policy, i) => ({ name: `p${i}`, policy })),
        serviceControlPolicies: [], resourceControlPolicies: [], resourcePolicy,
    }, {});
    assert.strictEqual(result.resultType, "single", JSON.stringify(result));
    return (result as { overallResult: string }).overallResult;
}

describe("RDS export role (Aurora User Guide, \"Setting up access to an Amazon S3 bucket\"; StartExportTask IamRoleArn)", () => {
    it("grants exactly the documented S3 actions on the export bucket and its objects", () => {
        assert.deepStrictEqual(exportRolePolicy(R).Statement[0], {
            Sid: "ExportPolicy", Effect: "Allow",
            Action: ["s3:PutObject*", "s3:ListBucket", "s3:GetObject*", "s3:DeleteObject*", "s3:GetBucketLocation"],
            Resource: ["arn:aws:s3:::p-raw", "arn:aws:s3:::p-raw/*"],
        });
    });

    it("has exactly the documented trust policy: export.rds.amazonaws.com may assume it", () => {
        assert.deepStrictEqual(exportRoleTrustPolicy(ACCOUNT), {
            Version: "2012-10-17",
            Statement: [{ Effect: "Allow", Principal: { Service: "export.rds.amazonaws.com" }, Action: "sts:AssumeRole" }],
        });
    });

    it("lets the export service assume the role and no other service", async () => {
        const trust = exportRoleTrustPolicy(ACCOUNT);
        assert.strictEqual(await allowed("export.rds.amazonaws.com", "sts:AssumeRole", ROLE_ARN, [], trust), "Allowed");
        assert.strictEqual(await allowed("rds.amazonaws.com", "sts:AssumeRole", ROLE_ARN, [], trust), "ImplicitlyDenied");
        assert.strictEqual(await allowed("lambda.amazonaws.com", "sts:AssumeRole", ROLE_ARN, [], trust), "ImplicitlyDenied");
    });

    it("allows every S3 call the export makes on the raw bucket, and nothing on the other buckets", async () => {
        const policy = exportRolePolicy(R);
        const object = "arn:aws:s3:::p-raw/exports/run-1/db/db.t/1/part-00000.gz.parquet";
        for (const action of ["s3:PutObject", "s3:PutObjectTagging", "s3:GetObject", "s3:GetObjectAttributes", "s3:DeleteObject"]) {
            assert.strictEqual(await allowed(ROLE_ARN, action, object, [policy]), "Allowed", action);
        }
        for (const action of ["s3:ListBucket", "s3:GetBucketLocation"]) {
            assert.strictEqual(await allowed(ROLE_ARN, action, "arn:aws:s3:::p-raw", [policy]), "Allowed", action);
        }
        assert.strictEqual(await allowed(ROLE_ARN, "s3:PutObject", "arn:aws:s3:::p-master/master/t/x.parquet", [policy]), "ImplicitlyDenied");
        assert.strictEqual(await allowed(ROLE_ARN, "s3:DeleteBucket", "arn:aws:s3:::p-raw", [policy]), "ImplicitlyDenied");
        assert.strictEqual(await allowed(ROLE_ARN, "s3:PutBucketPolicy", "arn:aws:s3:::p-raw", [policy]), "ImplicitlyDenied");
    });
});
