// Every IAM document the whole program registers, with every optional feature on: no wildcard actions, scoped resources.
import * as assert from "assert";
import { WATCH_WILDCARD_ACTIONS } from "../../components/zeroEtlWatch";
import { mockClient } from "aws-sdk-client-mock";
import { RDSClient } from "@aws-sdk/client-rds";

import { runProgram } from "../harness/mockProgram";
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
});
