// Exact-value tests for iam-no-wildcard-actions (issue 13 item 5): partial wildcards by service, statement labels, the
// forms a document and an ARN list take, and the administrator-policy message in full.
import * as assert from "assert";

import { adminPolicies, iamNoWildcardActions, isForbiddenWildcard, wildcardGrants } from "../../policy/iamNoWildcardActions";
import { UNKNOWN, runResourcePolicy } from "./helpers";

describe("policy iam-no-wildcard-actions: exact verdicts", () => {
    it("judges wildcards: every action, every action of a service, partial ones on sensitive services only", () => {
        const verdicts = (actions: string[]) => actions.map(isForbiddenWildcard);
        assert.deepStrictEqual(verdicts(["*", "s3:*", "IAM:Create*", "kms:*Key", "s3:Get*", "iam:List*", "iam:DescribeX*", "iam", "iam:CreateRole", "*:Create*"]),
            [true, true, true, true, false, false, false, false, false, false]);
    });

    it("labels statements by Sid or position and lists every wildcard action", () => {
        const doc = {
            Statement: [
                { Effect: "Allow", Sid: "", Action: ["s3:*", UNKNOWN, 5, "iam:Create*", "s3:GetObject"] },
                { Effect: "Deny", Action: "*" },
                null,
                { Effect: "Allow", Sid: "Admin", Action: "*" },
                { Effect: "Allow", Sid: "Not", NotAction: "s3:GetObject" },
                { Effect: "Allow", Sid: "None" },
            ],
        };
        assert.deepStrictEqual(wildcardGrants(JSON.stringify(doc)), [
            `statement 0 allows "s3:*", "iam:Create*"`, `statement Admin allows "*"`, "statement Not allows every action except NotAction",
        ]);
        assert.deepStrictEqual(wildcardGrants({ Statement: { Effect: "Allow", Action: "*" } }), [`statement 0 allows "*"`]);
        assert.deepStrictEqual(wildcardGrants({ Statement: { Effect: "Allow", Sid: 7, Action: "*" } }), [`statement 0 allows "*"`]);
        for (const unreadable of [undefined, null, UNKNOWN, "{not json", "5", {}, { Statement: null }]) {
            assert.deepStrictEqual(wildcardGrants(unreadable), [], JSON.stringify(unreadable));
        }
    });

    it("finds administrator policies in an ARN or a list of them, in any partition and path", () => {
        assert.deepStrictEqual(adminPolicies("arn:aws:iam::aws:policy/AdministratorAccess"), ["AdministratorAccess"]);
        assert.deepStrictEqual(adminPolicies(["arn:aws-us-gov:iam::aws:policy/job-function/PowerUserAccess", UNKNOWN, 5,
            "arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::123456789012:policy/AdministratorAccess", "arn:aws:iam::aws:policy/IAMFullAccess"]),
        ["PowerUserAccess", "IAMFullAccess"]);
        assert.deepStrictEqual(adminPolicies(undefined), []);
    });

    it("reads only strings as ARNs: a nested list that would print as an administrator ARN is not one", () => {
        const nested = [["arn:aws:iam::aws:policy/AdministratorAccess"]];
        assert.deepStrictEqual(adminPolicies(nested), []);
        assert.deepStrictEqual(runResourcePolicy(iamNoWildcardActions, { type: "aws:iam/role:Role", name: "r", props: { managedPolicyArns: nested } }, {}), []);
    });

    it("a document that is JSON null has no statements", () => {
        assert.deepStrictEqual(wildcardGrants("null"), []);
        assert.deepStrictEqual(runResourcePolicy(iamNoWildcardActions, { type: "aws:iam/policy:Policy", name: "p", props: { policy: "null" } }, {}), []);
    });

    it("reports documents and attachments with their exact messages, and nothing for other types", () => {
        const run = (type: string, props: Record<string, unknown>) => runResourcePolicy(iamNoWildcardActions, { type, name: "r", props }, {});
        const wild = JSON.stringify({ Statement: [{ Effect: "Allow", Action: "*" }] });
        assert.deepStrictEqual(run("aws:iam/role:Role", {
            assumeRolePolicy: wild, inlinePolicies: [null, { policy: wild }],
            managedPolicyArns: ["arn:aws:iam::aws:policy/AdministratorAccess", "arn:aws:iam::aws:policy/PowerUserAccess"],
        }), [
            { message: `IAM assumeRolePolicy of r grants wildcard actions: statement 0 allows "*".\nFix: list the exact actions the principal needs (least privilege).` },
            { message: `IAM inlinePolicies[].policy of r grants wildcard actions: statement 0 allows "*".\nFix: list the exact actions the principal needs (least privilege).` },
            { message: "r attaches the AWS-managed administrator policy AdministratorAccess, PowerUserAccess (managedPolicyArns).\n" +
                "Fix: attach a policy that lists the exact actions the principal needs (least privilege)." },
        ]);
        const two = JSON.stringify({ Statement: [{ Effect: "Allow", Sid: "A", Action: "*" }, { Effect: "Allow", Sid: "B", Action: "kms:*" }] });
        assert.deepStrictEqual(run("aws:iam/policy:Policy", { policy: two }), [{
            message: `IAM policy of r grants wildcard actions: statement A allows "*"; statement B allows "kms:*".\nFix: list the exact actions the principal needs (least privilege).`,
        }]);
        assert.deepStrictEqual(run("aws:iam/role:Role", { inlinePolicies: UNKNOWN, managedPolicyArns: [] }), []);
        assert.deepStrictEqual(run("aws:s3/bucket:Bucket", { policy: wild, policyArn: "arn:aws:iam::aws:policy/AdministratorAccess" }), []);
        assert.deepStrictEqual(run("aws:iam/rolePolicyAttachment:RolePolicyAttachment", { policyArn: "arn:aws:iam::aws:policy/IAMFullAccess" }), [{
            message: "r attaches the AWS-managed administrator policy IAMFullAccess (policyArn).\nFix: attach a policy that lists the exact actions the principal needs (least privilege).",
        }]);
    });
});
