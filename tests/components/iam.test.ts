// Every IAM document the whole program registers, with every optional feature on: no wildcard actions, scoped resources.
import * as assert from "assert";
import { WATCH_WILDCARD_ACTIONS } from "../../components/zeroEtlWatch";
import { mockClient } from "aws-sdk-client-mock";
import { RDSClient } from "@aws-sdk/client-rds";

import { MockCallArgs } from "@pulumi/pulumi/runtime";
import { mockClient as mockAws } from "aws-sdk-client-mock";
import { EC2Client, DescribeVpcEndpointsCommand } from "@aws-sdk/client-ec2";
import { GetWorkgroupCommand, ListUsageLimitsCommand, RedshiftServerlessClient } from "@aws-sdk/client-redshift-serverless";

import { runProgram } from "../harness/mockProgram";
import { ADMIN_SECRET_ARN, EXISTING_VPC, existingNetwork, existingRedshift } from "../harness/fixtures";
import { RESOURCE_WILDCARD_ACTIONS } from "../../components/athena/policies";
import { ZERO_ETL_WILDCARD_ACTIONS } from "../../components/zeroEtl";
import { QUICKSIGHT_RESOURCE_WILDCARD_ACTIONS } from "../../components/quicksight";

const DOCUMENTED_WILDCARD_ACTIONS: Readonly<Record<string, string>> = {
    ...RESOURCE_WILDCARD_ACTIONS, ...ZERO_ETL_WILDCARD_ACTIONS, ...QUICKSIGHT_RESOURCE_WILDCARD_ACTIONS, ...WATCH_WILDCARD_ACTIONS,
};

interface Statement {
    Effect: string;
    Action?: string | string[];
    NotAction?: unknown;
    Resource?: string | string[];
    Principal?: unknown;
}

const ALL_FEATURES = {
    refreshIntervalSeconds: "3600",
    bastion: "true",
    sampleData: "true",
    quicksightPrincipalArn: "arn:aws:quicksight:us-east-1:123456789012:group/default/analysts",
    alertEmail: "team@example.com",
};

describe("IAM across the whole program", () => {
    mockClient(RDSClient);

    it("allows no '*' or 'service:*' action, and names resources except where AWS has no resource-level permission", async () => {
        const run = await runProgram({ config: ALL_FEATURES });
        assert.strictEqual(run.error, undefined);
        const documents: Array<{ where: string; trust: boolean; doc: { Statement: Statement[] } }> = [];
        for (const r of run.resources) {
            if (r.type === "aws:iam/role:Role") {
                documents.push({ where: `${r.name} trust policy`, trust: true, doc: JSON.parse(r.inputs.assumeRolePolicy) });
                for (const inline of r.inputs.inlinePolicies ?? []) {
                    documents.push({ where: `${r.name} inline ${inline.name}`, trust: false, doc: JSON.parse(inline.policy) });
                }
            } else if (r.type === "aws:iam/rolePolicy:RolePolicy" || r.type === "aws:iam/policy:Policy") {
                documents.push({ where: r.name, trust: false, doc: JSON.parse(r.inputs.policy) });
            }
        }
        const roles = run.byType("aws:iam/role:Role").map(r => r.name);
        for (const expected of ["bastion-role", "sample-data-loader-role", "quicksight-athena-role", "zero-etl-admin-role"]) {
            assert.ok(roles.includes(expected), `${expected} is part of this run`);
        }
        assert.ok(documents.length >= 20, `walked ${documents.length} documents`);
        for (const { where, trust, doc } of documents) {
            for (const statement of [doc.Statement].flat()) {
                assert.strictEqual(statement.NotAction, undefined, `${where}: NotAction`);
                if (statement.Effect !== "Allow") {
                    continue;
                }
                const actions = [statement.Action ?? []].flat();
                assert.ok(actions.length > 0, `${where}: an Allow without actions`);
                for (const action of actions) {
                    assert.ok(action !== "*" && !action.endsWith(":*"), `${where}: wildcard action ${action}`);
                }
                if (trust) {
                    assert.deepStrictEqual(actions, ["sts:AssumeRole"], `${where}: a trust policy only lets a service assume the role`);
                    continue;
                }
                if ([statement.Resource].flat().includes("*")) {
                    for (const action of actions) {
                        assert.ok(action in DOCUMENTED_WILDCARD_ACTIONS, `${where}: ${action} on "*" is not a documented exception`);
                    }
                }
            }
        }
    });

    // Issue 21: a statement with Resource "" (an existing admin secret on the AWS-managed key once produced one) or a
    // bare key id is a malformed policy; IAM names resources by ARN (IAM User Guide, "IAM JSON policy elements: Resource").
    describe("every Resource is an ARN or a documented \"*\", in every scenario", () => {
        const ec2 = mockAws(EC2Client);
        const serverless = mockAws(RedshiftServerlessClient);
        beforeEach(() => {
            ec2.reset();
            serverless.reset();
            ec2.on(DescribeVpcEndpointsCommand).resolves({ VpcEndpoints: [] });
            serverless.on(GetWorkgroupCommand).resolves({ workgroup: { configParameters: [{ parameterKey: "enable_case_sensitive_identifier", parameterValue: "true" }] } });
            serverless.on(ListUsageLimitsCommand).resolves({ usageLimits: [] });
        });
        after(() => { ec2.restore(); serverless.restore(); });
        const existing = { redshiftNamespace: "analytics", redshiftWorkgroup: "analytics-wg", redshiftAdminSecretArn: ADMIN_SECRET_ARN };
        const secretKey = (kmsKeyId: string) => (a: MockCallArgs) => {
            if (a.token === "aws:secretsmanager/getSecret:getSecret") return { ...existingRedshift(a), kmsKeyId };
            if (a.token === "aws:kms/getKey:getKey") return { id: "k", arn: `arn:aws:kms:us-west-2:123456789012:key/${a.inputs.keyId.split("/").pop()}` };
            return existingRedshift(a) ?? existingNetwork(a);
        };
        const scenarios: Array<[string, Record<string, unknown>, ((a: MockCallArgs) => Record<string, any> | undefined) | undefined]> = [
            ["everything new, every feature", ALL_FEATURES, undefined],
            ["existing Redshift, admin secret on the AWS-managed key", { ...ALL_FEATURES, ...existing }, secretKey("")],
            ["existing Redshift, admin secret with a bare key id", { ...ALL_FEATURES, ...existing }, secretKey("0000aaaa-1111-2222-3333-444455556666")],
            ["existing Redshift, admin secret with an alias ARN", { ...ALL_FEATURES, ...existing }, secretKey("arn:aws:kms:us-west-2:123456789012:alias/admin")],
            ["existing VPC", { ...ALL_FEATURES, vpcId: EXISTING_VPC, privateSubnetIds: ["subnet-0000000a", "subnet-0000000b", "subnet-0000000c"] }, existingNetwork],
        ];
        for (const [scenario, config, invoke] of scenarios) {
            it(scenario, async () => {
                const run = await runProgram({ config, ...(invoke ? { invoke } : {}) });
                assert.strictEqual(run.error, undefined);
                let checked = 0;
                for (const r of run.resources) {
                    const docs: string[] = r.type === "aws:iam/role:Role" ? (r.inputs.inlinePolicies ?? []).map((i: { policy: string }) => i.policy)
                        : r.type === "aws:iam/rolePolicy:RolePolicy" || r.type === "aws:iam/policy:Policy" ? [r.inputs.policy] : [];
                    for (const doc of docs) {
                        for (const statement of [JSON.parse(doc).Statement].flat() as Statement[]) {
                            const resources = [statement.Resource ?? []].flat();
                            assert.ok(resources.length > 0, `${r.name}: a statement without Resource`);
                            for (const resource of resources) {
                                assert.ok(resource === "*" || /^arn:aws:[a-z0-9-]+:[a-z0-9-]*:(\d{12})?:.+/.test(resource),
                                    `${r.name}: ${JSON.stringify(resource)} is not an ARN`);
                                checked++;
                            }
                        }
                    }
                }
                assert.ok(checked >= 20, `checked ${checked} resources`);
            });
        }
    });
});
