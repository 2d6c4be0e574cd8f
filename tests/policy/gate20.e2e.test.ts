// Issue 20 over gRPC, as the engine drives the pack: Analyze on each resource's inputs before its step (an update stops at
// the first mandatory result), then AnalyzeStack once at the end. Each class has a control that must pass.
import * as assert from "assert";

import { resolvePolicyConfig } from "../../scripts/lib/policyConfig";
import { INTEGRATION_ID, deployed, zeroEtlStack } from "./fixtures";
import { FakeResource, engineUpdate, packUnderTest, toStack } from "./helpers";

const CREATE = `CREATE DATABASE zeroetl_db FROM INTEGRATION '${INTEGRATION_ID}'`;
const WORKGROUP: FakeResource = { type: "aws:redshiftserverless/workgroup:Workgroup", name: "wg", props: { namespaceName: "ns", workgroupName: "wg", baseCapacity: 8, publiclyAccessible: false, configParameters: [{ parameterKey: "enable_case_sensitive_identifier", parameterValue: "true" }] } };
const DECLARED = "mandatory zero-etl-refresh-interval-declared";

/** One carrier of SQL per class, on a workgroup whose integration lives in another stack. */
const carriers: Record<string, (sql: string) => FakeResource> = {
    "aws.redshiftdata.Statement": sql => ({ type: "aws:redshiftdata/statement:Statement", name: "carrier", props: { workgroupName: "wg", database: "dev", sql }, propertyDependencies: { workgroupName: ["wg"] } }),
    "EventBridge target redshiftTarget.sql": sql => ({ type: "aws:cloudwatch/eventTarget:EventTarget", name: "carrier", props: { rule: "nightly", arn: "arn:aws:redshift-serverless:us-west-2:123456789012:workgroup/wg", redshiftTarget: { database: "dev", sql } }, dependsOn: ["wg"] }),
    "state machine executeStatement task": sql => ({ type: "aws:sfn/stateMachine:StateMachine", name: "carrier", props: { roleArn: "arn:aws:iam::123456789012:role/sfn", definition: JSON.stringify({ StartAt: "Create", States: { Create: { Type: "Task", Resource: "arn:aws:states:::aws-sdk:redshiftdata:executeStatement", Parameters: { WorkgroupName: "wg", Database: "dev", Sql: sql }, End: true } } }) }, dependsOn: ["wg"] }),
    "state machine batchExecuteStatement task": sql => ({ type: "aws:sfn/stateMachine:StateMachine", name: "carrier", props: { roleArn: "arn:aws:iam::123456789012:role/sfn", definition: JSON.stringify({ StartAt: "Create", States: { Create: { Type: "Task", Resource: "arn:aws:states:::aws-sdk:redshiftdata:batchExecuteStatement", Parameters: { WorkgroupName: "wg", Database: "dev", Sqls: ["SELECT 1", sql] }, End: true } } }) }, dependsOn: ["wg"] }),
    "aws-native EventBridge rule target (redshiftDataParameters.sql)": sql => ({ type: "aws-native:events:Rule", name: "carrier", props: { scheduleExpression: "rate(1 day)", targets: [{ id: "t", arn: "arn:aws:redshift-serverless:us-west-2:123456789012:workgroup/wg", redshiftDataParameters: { database: "dev", sql } }] }, dependsOn: ["wg"] }),
    "aws-native EventBridge rule target (redshiftDataParameters.sqls)": sql => ({ type: "aws-native:events:Rule", name: "carrier", props: { scheduleExpression: "rate(1 day)", targets: [{ id: "t", arn: "arn:aws:redshift-serverless:us-west-2:123456789012:workgroup/wg", redshiftDataParameters: { database: "dev", sqls: ["SELECT 1", sql] } }] }, dependsOn: ["wg"] }),
    "aws-native Scheduler universal target": sql => ({ type: "aws-native:scheduler:Schedule", name: "carrier", props: { scheduleExpression: "rate(1 day)", flexibleTimeWindow: { mode: "OFF" }, target: { arn: "arn:aws:scheduler:::aws-sdk:redshiftdata:executeStatement", roleArn: "arn:aws:iam::123456789012:role/s", input: JSON.stringify({ WorkgroupName: "wg", Database: "dev", Sql: sql }) } }, dependsOn: ["wg"] }),
    "aws-native pipe (redshiftDataParameters.sqls)": sql => ({ type: "aws-native:pipes:Pipe", name: "carrier", props: { source: "arn:aws:sqs:us-west-2:123456789012:q", target: "arn:aws:redshift-serverless:us-west-2:123456789012:workgroup/wg", roleArn: "arn:aws:iam::123456789012:role/p", targetParameters: { redshiftDataParameters: { database: "dev", sqls: [sql] } } }, dependsOn: ["wg"] }),
    "Scheduler universal target": sql => ({ type: "aws:scheduler/schedule:Schedule", name: "carrier", props: { scheduleExpression: "rate(1 day)", flexibleTimeWindow: { mode: "OFF" }, target: { arn: "arn:aws:scheduler:::aws-sdk:redshiftdata:executeStatement", roleArn: "arn:aws:iam::123456789012:role/s", input: JSON.stringify({ WorkgroupName: "wg", Database: "dev", Sql: sql }) } }, dependsOn: ["wg"] }),
};

describe("issue 20 gate over the gRPC Analyzer protocol", function () {
    this.timeout(120000);
    const pack = packUnderTest();
    const update = (fakes: FakeResource[]) => engineUpdate(pack.server, fakes, fakes);

    describe("part 1: every carrier that creates a database FROM INTEGRATION is refused at its own step without an interval in range", () => {
        for (const [name, carrier] of Object.entries(carriers)) {
            it(name, async () => {
                for (const bad of [CREATE, `${CREATE} SET REFRESH_INTERVAL 0`, `${CREATE} SET REFRESH_INTERVAL 432001`]) {
                    const r = await update([WORKGROUP, carrier(bad)]);
                    assert.deepStrictEqual([r.blockedAt, r.diagnostics, r.created], ["carrier", [`${DECLARED} carrier`], ["wg"]], bad);
                }
                // Control: the interval in range passes every step and the stack check at the end.
                const ok = await update([WORKGROUP, carrier(`${CREATE} SET ACCEPTINVCHARS = TRUE REFRESH_INTERVAL 3600`)]);
                assert.deepStrictEqual([ok.blockedAt, ok.diagnostics, ok.created], [undefined, [], ["wg", "carrier"]]);
            });
        }

        it("SQL computed when it runs (a state machine's Sql.$, a pipe's dynamic path) passes every step and is advised at the end", async () => {
            const sfn = carriers["state machine executeStatement task"]("x");
            const computed: FakeResource = { ...sfn, props: { ...sfn.props, definition: JSON.stringify({ StartAt: "Create", States: { Create: {
                Type: "Task", Resource: "arn:aws:states:::aws-sdk:redshiftdata:executeStatement", Parameters: { WorkgroupName: "wg", Database: "dev", "Sql.$": "$.sql" }, End: true } } }) } };
            const pipe: FakeResource = { type: "aws:pipes/pipe:Pipe", name: "pipe", props: { source: "arn:aws:sqs:us-west-2:123456789012:q", target: "arn:aws:redshift-serverless:us-west-2:123456789012:workgroup/wg",
                roleArn: "arn:aws:iam::123456789012:role/p", targetParameters: { redshiftDataParameters: { database: "dev", sqls: ["$.body.sql"] } } }, dependsOn: ["wg"] };
            const r = await engineUpdate(pack.server, [WORKGROUP, computed, pipe], [WORKGROUP, computed, pipe]);
            assert.deepStrictEqual([r.blockedAt, r.created], [undefined, ["wg", "carrier", "pipe"]]);
            const all = (await pack.server.analyzeStack(toStack([WORKGROUP, computed, pipe]))).map(d => `${d.enforcementLevel} ${d.policyName} ${d.message.split("\n")[1]}`);
            assert.deepStrictEqual(all, [
                "advisory zero-etl-unverifiable carrier sends SQL to Redshift that is computed when it runs (definition.States.Create.Parameters.Sql.$), so the pack can't see whether it creates a database FROM INTEGRATION without REFRESH_INTERVAL.",
                "advisory zero-etl-unverifiable pipe sends SQL to Redshift that is computed when it runs (targetParameters.redshiftDataParameters.sqls[0]), so the pack can't see whether it creates a database FROM INTEGRATION without REFRESH_INTERVAL.",
            ]);
            // Control: the same carriers with literal SQL are read, so nothing is advised.
            const literal = [WORKGROUP, carriers["state machine executeStatement task"](`${CREATE} SET REFRESH_INTERVAL 3600`),
                { ...pipe, props: { ...pipe.props, targetParameters: { redshiftDataParameters: { database: "dev", sqls: [`${CREATE} SET REFRESH_INTERVAL 3600`] } } } }];
            assert.deepStrictEqual((await pack.server.analyzeStack(toStack(literal))).map(d => d.policyName), []);
        });

        it("the program's invocation input: a missing or out-of-range interval is refused at its step; the program's own passes", async () => {
            for (const overrides of [{ refreshIntervalSeconds: undefined }, { refreshIntervalSeconds: 0 }]) {
                const r = await update(deployed(zeroEtlStack(), "dev", overrides));
                assert.deepStrictEqual([r.blockedAt, r.diagnostics], ["dev-database", [`${DECLARED} dev-database`]], JSON.stringify(overrides));
            }
            const ok = await update(deployed(zeroEtlStack()));
            assert.deepStrictEqual([ok.blockedAt, ok.diagnostics], [undefined, []]);
        });
    });

    describe("part 2: a statement touching a zero-ETL database that the pack can't read is refused", () => {
        const unreadable = [
            `${CREATE} SET REFRESH_INTERVAL = 0`,
            `${CREATE} SET REFRESH_INTERVAL 3600.5`,
            `${CREATE} SET REFRESH_INTERVAL '3600'`,
            `${CREATE} SET FUTURE_OPTION TRUE REFRESH_INTERVAL 3600`,
            `${CREATE} SET REFRESH_INTERVAL 3600 /* unterminated`,
            `ALTER DATABASE zeroetl_db INTEGRATION SET REFRESH_INTERVAL = 3600`,
        ];
        for (const sql of unreadable) {
            it(sql, async () => {
                const r = await update([WORKGROUP, carriers["aws.redshiftdata.Statement"](sql)]);
                assert.deepStrictEqual([r.blockedAt, r.diagnostics], ["carrier", [`${DECLARED} carrier`]]);
            });
        }

        it("comments, nested comments, $$ strings and escapes hide nothing and forge nothing (controls pass)", async () => {
            const hidden = [
                `SELECT 1 -- x\r${CREATE}`, // -- ends at \r (scan.l non_newline [^\n\r])
                `/* a /* nested */ still a comment */ ${CREATE}`,
                `SELECT 'it\\'s'; ${CREATE}`,
            ];
            for (const sql of hidden) {
                const r = await update([WORKGROUP, carriers["aws.redshiftdata.Statement"](sql)]);
                assert.deepStrictEqual([r.blockedAt, r.diagnostics], ["carrier", [`${DECLARED} carrier`]], sql);
            }
            for (const sql of [`SELECT $$${CREATE}$$`, `SELECT $q$ ; ${CREATE} $q$`, `SELECT E'\\'; ${CREATE}'`, `/* ${CREATE} /* */ */ SELECT 1`, `${CREATE} SET TRUNCATECOLUMNS = TRUE HISTORY_MODE TRUE REFRESH_INTERVAL 900`]) {
                const r = await update([WORKGROUP, carriers["aws.redshiftdata.Statement"](sql)]);
                assert.deepStrictEqual([r.blockedAt, r.diagnostics], [undefined, []], sql);
            }
        });
    });

    describe("part 5: config that cannot switch the gate off by accident", () => {
        const config = (file: object) => resolvePolicyConfig(pack.info, file as Record<string, unknown>);

        it("minimumSeconds 0 is refused by the schema on both rules; 1 is accepted", () => {
            for (const policy of ["zero-etl-refresh-interval", "zero-etl-refresh-interval-declared"]) {
                assert.throws(() => config({ [policy]: { minimumSeconds: 0 } }), new RegExp(`^Error: Policy config ${policy}\\.minimumSeconds has the invalid value 0: allowed is at least 1\\.$`));
                assert.strictEqual(config({ [policy]: { minimumSeconds: 1 } })[policy].properties.minimumSeconds, 1);
            }
        });

        it("one setting changes the range for both rules, at the step and at the end", async () => {
            for (const policy of ["zero-etl-refresh-interval", "zero-etl-refresh-interval-declared"]) {
                await pack.server.configure(config({ [policy]: { minimumSeconds: 7200 } }));
                const step = await update([WORKGROUP, carriers["aws.redshiftdata.Statement"](`${CREATE} SET REFRESH_INTERVAL 3600`)]);
                assert.deepStrictEqual([step.blockedAt, step.diagnostics], ["carrier", [`${DECLARED} carrier`]], policy);
                const end = await engineUpdate(pack.server, [], deployed(zeroEtlStack()));
                assert.deepStrictEqual(end.diagnostics, ["mandatory zero-etl-refresh-interval dev-integration"], policy);
                // Control: the interval at the raised minimum passes both.
                const ok = await update([WORKGROUP, carriers["aws.redshiftdata.Statement"](`${CREATE} SET REFRESH_INTERVAL 7200`)]);
                assert.deepStrictEqual([ok.blockedAt, ok.diagnostics], [undefined, []], policy);
            }
            await pack.server.configure(config({}));
            assert.deepStrictEqual((await engineUpdate(pack.server, [], deployed(zeroEtlStack()))).diagnostics, []);
        });

        it("an exemption matches the integration's URN, or its type and name together; a reused integrationName is not exempt", async () => {
            const bare = deployed(zeroEtlStack()).filter(r => r.name !== "dev-database");
            const urn = "urn:pulumi:test::aurora-analytics::aws:rds/integration:Integration::dev-integration";
            for (const exemption of [{ urn }, { type: "aws:rds/integration:Integration", name: "dev-integration" }]) {
                await pack.server.configure(config({ "zero-etl-refresh-interval": { exemptIntegrations: [{ ...exemption, reason: "set by analytics-db" }] } }));
                assert.deepStrictEqual((await engineUpdate(pack.server, bare, bare)).diagnostics, ["advisory zero-etl-unverifiable dev-integration"], JSON.stringify(exemption));
            }
            await pack.server.configure(config({ "zero-etl-refresh-interval": { exemptIntegrations: [{ urn, reason: "set by analytics-db" }] } }));
            const reused = bare.map(r => (r.name === "dev-integration" ? { ...r, name: "new-integration" } : r));
            assert.deepStrictEqual((await engineUpdate(pack.server, reused, reused)).diagnostics, ["mandatory zero-etl-refresh-interval new-integration"]);
            for (const bad of [{ name: "dev-integration" }, { name: "dev-zero-etl" }, { type: "aws:rds/integration:Integration" }, {}]) {
                assert.throws(() => config({ "zero-etl-refresh-interval": { exemptIntegrations: [{ ...bad, reason: "r" }] } }), /^Error: Policy config zero-etl-refresh-interval\.exemptIntegrations\[0\]/, JSON.stringify(bad));
            }
        });

        it("validates like the CLI: defaults merged, then JSON schema; the environments key is accepted", () => {
            assert.deepStrictEqual(config({ environments: ["org/policy-env"], "zero-etl-refresh-interval": { maximumSeconds: 86400 } })["zero-etl-refresh-interval"].properties,
                { minimumSeconds: 900, maximumSeconds: 86400, exemptIntegrations: [] });
            assert.throws(() => config({ environments: "org/policy-env" }), /^Error: Policy config environments has the invalid value "org\/policy-env": allowed is an array of ESC environment names \(strings\)\.$/);
            assert.throws(() => config({ "zero-etl-refresh-interval": { exemptIntegrations: [{ urn: "u", reason: "" }] } }), /exemptIntegrations\[0\]\.reason has the invalid value "": must NOT have fewer than 1 characters/);
        });
    });
});
