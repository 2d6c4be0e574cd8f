// @ts-nocheck
// Unit tests for iam-no-wildcard-actions across the IAM resource types that carry policy documents.
import * as assert from "assert";

import { iamNoWildcardActions } from "../../policy/iamNoWildcardActions";
import { FakeResource, UNKNOWN, runResourcePolicy } from "./helpers";

function rolePolicy(statement: unknown): FakeResource {
    return { type: "aws:iam/rolePolicy:RolePolicy", name: "loader", props: { role: UNKNOWN, policy: JSON.stringify({ Version: "2012-10-17", Statement: statement }) } };
}

const SCOPED = [{ Sid: "ReadExports", Effect: "Allow", Action: ["s3:GetObject", "s3:ListBucket"], Resource: ["arn:aws:s3:::exports", "arn:aws:s3:::exports/*"] }];

describe("policy iam-no-wildcard-actions", () => {
    it("is mandatory and passes scoped actions (and partial wildcards like s3:Get*)", () => {
        assert.strictEqual(iamNoWildcardActions.enforcementLevel, "mandatory");
        assert.deepStrictEqual(runResourcePolicy(iamNoWildcardActions, rolePolicy(SCOPED), {}), []);
        assert.deepStrictEqual(runResourcePolicy(iamNoWildcardActions, rolePolicy([{ Effect: "Allow", Action: "s3:Get*", Resource: "*" }]), {}), []);
    });

    it("blocks \"*\"", () => {
        assert.deepStrictEqual(runResourcePolicy(iamNoWildcardActions, rolePolicy([...SCOPED, { Effect: "Allow", Action: "*", Resource: "*" }]), {}), [{
            message: "IAM policy of loader grants wildcard actions: statement 1 allows \"*\".\nFix: list the exact actions the principal needs (least privilege).",
        }]);
    });

    it("blocks service:* in a list, naming the statement by Sid", () => {
        const violations = runResourcePolicy(iamNoWildcardActions, rolePolicy({ Sid: "Everything", Effect: "Allow", Action: ["s3:GetObject", "s3:*"], Resource: "*" }), {});
        assert.match(violations[0].message, /statement Everything allows "s3:\*"\./);
    });

    it("blocks Allow with NotAction, and ignores Deny statements", () => {
        assert.match(runResourcePolicy(iamNoWildcardActions, rolePolicy([{ Effect: "Allow", NotAction: "iam:*", Resource: "*" }]), {})[0].message,
            /statement 0 allows every action except NotAction/);
        assert.deepStrictEqual(runResourcePolicy(iamNoWildcardActions, rolePolicy([{ Effect: "Deny", Action: "*", Resource: "*" }]), {}), []);
    });

    it("reads policy objects and role inline policies, and the trust policy", () => {
        const role: FakeResource = {
            type: "aws:iam/role:Role", name: "admin",
            props: {
                assumeRolePolicy: JSON.stringify({ Statement: [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }] }),
                inlinePolicies: [{ name: "all", policy: JSON.stringify({ Statement: [{ Effect: "Allow", Action: "dynamodb:*", Resource: "*" }] }) }],
            },
        };
        assert.deepStrictEqual(runResourcePolicy(iamNoWildcardActions, role, {}).map(v => v.message), [
            "IAM inlinePolicies[].policy of admin grants wildcard actions: statement 0 allows \"dynamodb:*\".\nFix: list the exact actions the principal needs (least privilege).",
        ]);
        const policy: FakeResource = { type: "aws:iam/policy:Policy", name: "p", props: { policy: { Statement: { Effect: "Allow", Action: "*", Resource: "*" } } } };
        assert.strictEqual(runResourcePolicy(iamNoWildcardActions, policy, {}).length, 1);
    });

    it("does not block a document unknown at preview", () => {
        assert.deepStrictEqual(runResourcePolicy(iamNoWildcardActions, { type: "aws:iam/policy:Policy", name: "p", props: { policy: UNKNOWN } }, {}), []);
    });
});
