// Issue 20 parts 3 and 4 over gRPC, as the engine drives the pack: Analyze on each resource's inputs before its step (an
// update stops at the first mandatory result), then AnalyzeStack once at the end. Each case has a control that must pass.
import * as assert from "assert";

import { INTEGRATION_ID, T, cfnIntegrationYaml, cfnYamlTags } from "./fixtures";
import { FakeResource, engineUpdate, packUnderTest, toStack } from "./helpers";

const DECLARED = "mandatory zero-etl-refresh-interval-declared";
const STACK_RULE = "mandatory zero-etl-refresh-interval";
const TAGS = { "aurora-analytics:refresh-interval-seconds": "3600" };
const create = (db: string, extra = "") => `CREATE DATABASE ${db} FROM INTEGRATION '${INTEGRATION_ID}'${extra}`;
const statement = (name: string, sql: string, after = "i"): FakeResource =>
    ({ type: T.statement, name, props: { workgroupName: "wg", database: "dev", sql }, dependsOn: [after] });

describe("issue 20 parts 3 and 4 over the gRPC Analyzer protocol", function () {
    this.timeout(120000);
    const pack = packUnderTest();
    const update = (fakes: FakeResource[]) => engineUpdate(pack.server, fakes, fakes);
    const stackMessages = async (fakes: FakeResource[]) =>
        (await pack.server.analyzeStack(toStack(fakes))).filter(d => d.enforcementLevel === "mandatory").map(d => `${d.policyName} ${d.message.split("\n")[1]}`); // the server puts the description first

    describe("part 3: the stack rule judges each database", () => {
        const integration: FakeResource = {
            type: T.integration, name: "i",
            props: { integrationIdentifier: INTEGRATION_ID, targetArn: "arn:aws:redshift-serverless:us-west-2:123456789012:namespace/elsewhere", tags: TAGS },
        };
        const withA = (b: string) => [integration, statement("a", create("db_a", " SET REFRESH_INTERVAL 3600")), statement("b", b)];

        it("two databases on one integration, one without the interval: exactly the second is reported, at its step and by the post-deploy check", async () => {
            const r = await update(withA(create("db_b")));
            assert.deepStrictEqual([r.blockedAt, r.diagnostics, r.created], ["b", [`${DECLARED} b`], ["i", "a"]]);
            // `pulumi policy analyze` after the database exists (created before the pack was enforced): AnalyzeStack names db_b only.
            assert.deepStrictEqual(await stackMessages(withA(create("db_b"))),
                ["zero-etl-refresh-interval Zero-ETL integration i: database db_b, created from it by b, gets no REFRESH_INTERVAL, so Redshift replicates continuously."]);
            // Control: both databases get the declared interval.
            const ok = await update(withA(create("db_b", " SET REFRESH_INTERVAL 3600")));
            assert.deepStrictEqual([ok.blockedAt, ok.diagnostics, ok.created], [undefined, [], ["i", "a", "b"]]);
        });

        it("a pending setter (SQL unknown at preview) stands only for itself: AnalyzeStack still reports the other database without an interval", async () => {
            const pending = statement("pending", "04da6b54-80e4-46f7-96ec-b56ff0331ba9");
            assert.deepStrictEqual(await stackMessages([integration, pending, statement("b", create("db_b"))]),
                ["zero-etl-refresh-interval Zero-ETL integration i: database db_b, created from it by b, gets no REFRESH_INTERVAL, so Redshift replicates continuously."]);
            // Control: beside a database that gets the declared interval, the pending setter passes.
            assert.deepStrictEqual(await stackMessages([integration, pending, statement("b", create("db_b", " SET REFRESH_INTERVAL 3600"))]), []);
        });

        it("two databases, the second with an interval in range but not the declared one: AnalyzeStack at the end reports exactly the second", async () => {
            const r = await update(withA(create("db_b", " SET REFRESH_INTERVAL 7200")));
            assert.deepStrictEqual([r.blockedAt, r.diagnostics, r.created], [undefined, [`${STACK_RULE} i`], ["i", "a", "b"]]);
            assert.deepStrictEqual(await stackMessages(withA(create("db_b", " SET REFRESH_INTERVAL 7200"))),
                ["zero-etl-refresh-interval Zero-ETL integration i declares 3600 s, but b sets 7200 s on database db_b."]);
        });
    });

    describe("part 4: every way to make an integration is judged as one", () => {
        const SERVERLESS_ARN = "arn:aws:redshift-serverless:us-west-2:123456789012:namespace/0a1b2c3d-aaaa-bbbb-cccc-000000000000";
        const GLUE_ARN = "arn:aws:glue:us-west-2:123456789012:database/lakehouse";
        const TAG = "aurora-analytics:refresh-interval-seconds";
        /** The database with the declared interval, created after the integration resource `after`. */
        const database = (after: string) => statement("db", create("zeroetl_db", " SET REFRESH_INTERVAL 3600"), after);

        it("aws-native:glue:Integration into Redshift without the tag is refused at its step; tagged, or into a Glue database, it passes", async () => {
            const g = (props: Record<string, unknown>): FakeResource =>
                ({ type: "aws-native:glue:Integration", name: "g", props: { integrationName: "orders", sourceArn: "arn:aws:dynamodb:us-west-2:123456789012:table/orders", ...props } });
            const r = await update([g({ targetArn: SERVERLESS_ARN }), database("g")]);
            assert.deepStrictEqual([r.blockedAt, r.diagnostics, r.created], ["g", [`${DECLARED} g`], []]);
            const ok = await update([g({ targetArn: SERVERLESS_ARN, tags: [{ key: TAG, value: "3600" }] }), database("g")]);
            assert.deepStrictEqual([ok.blockedAt, ok.diagnostics, ok.created], [undefined, [], ["g", "db"]]);
            const lake = await update([g({ targetArn: GLUE_ARN })]);
            assert.deepStrictEqual([lake.blockedAt, lake.diagnostics], [undefined, []]);
        });

        it("aws.cloudcontrol.Resource of AWS::RDS::Integration: judged from its desiredState at its step; a desiredState not known yet is advised", async () => {
            const cc = (tags: unknown[]): FakeResource => ({
                type: "aws:cloudcontrol/resource:Resource", name: "cc",
                props: { typeName: "AWS::RDS::Integration", desiredState: JSON.stringify({ IntegrationName: "orders", SourceArn: "arn:aws:rds:us-west-2:123456789012:cluster:aurora", TargetArn: SERVERLESS_ARN, Tags: tags }) },
            });
            const r = await update([cc([]), database("cc")]);
            assert.deepStrictEqual([r.blockedAt, r.diagnostics, r.created], ["cc", [`${DECLARED} cc`], []]);
            // Control: tagged, with its database.
            const ok = await update([cc([{ Key: TAG, Value: "3600" }]), database("cc")]);
            assert.deepStrictEqual([ok.blockedAt, ok.diagnostics, ok.created], [undefined, [], ["cc", "db"]]);
            // At a first preview its desiredState (built from other resources' outputs) is unknown: advisory, not a block.
            const preview = await pack.server.analyzeStack(toStack([{ ...cc([]), props: { typeName: "AWS::RDS::Integration", desiredState: "04da6b54-80e4-46f7-96ec-b56ff0331ba9" } }]));
            assert.deepStrictEqual(preview.map(d => `${d.enforcementLevel} ${d.policyName}`), ["advisory zero-etl-unverifiable"]);
        });

        it("a CloudFormation YAML template with short-form tags: its integration without the tag is refused; tagged it passes, on both stack types", async () => {
            const yaml = cfnIntegrationYaml;
            const TAGGED = cfnYamlTags("'3600'");
            for (const type of ["aws:cloudformation/stack:Stack", "aws-native:cloudformation:Stack"]) {
                const stack = (body: string): FakeResource => ({ type, name: "cfn", props: { templateBody: body, parameters: { Target: SERVERLESS_ARN } } });
                const r = await update([stack(yaml("")), database("cfn")]);
                assert.deepStrictEqual([r.blockedAt, r.diagnostics, r.created], ["cfn", [`${DECLARED} cfn`], []], type);
                const ok = await update([stack(yaml(TAGGED)), database("cfn")]);
                assert.deepStrictEqual([ok.blockedAt, ok.diagnostics, ok.created], [undefined, [], ["cfn", "db"]], type);
            }
        });

        it("a template whose interval tag is a Ref to a parameter: the value the stack passes is judged at its step and by AnalyzeStack", async () => {
            const body = JSON.stringify({
                Parameters: { Interval: { Type: "Number", Default: 3600 } },
                Resources: { Zero: { Type: "AWS::RDS::Integration", Properties: { TargetArn: SERVERLESS_ARN, Tags: [{ Key: TAG, Value: { Ref: "Interval" } }] } } },
            });
            const stack = (parameters: Record<string, string>): FakeResource => ({ type: "aws:cloudformation/stack:Stack", name: "cfn", props: { templateBody: body, parameters } });
            const r = await update([stack({ Interval: "60" }), database("cfn")]);
            assert.deepStrictEqual([r.blockedAt, r.diagnostics, r.created], ["cfn", [`${DECLARED} cfn`], []]);
            // In range but not what the database sets: passes every step; AnalyzeStack at the end reports it.
            const drift = await update([stack({ Interval: "7200" }), database("cfn")]);
            assert.deepStrictEqual([drift.blockedAt, drift.diagnostics, drift.created], [undefined, [`${STACK_RULE} cfn`], ["cfn", "db"]]);
            assert.deepStrictEqual(await stackMessages([stack({ Interval: "7200" }), database("cfn")]),
                [`zero-etl-refresh-interval Zero-ETL integration cfn/Zero declares 7200 s, but db sets 3600 s on database zeroetl_db.`]);
            // Control: the Default, as CloudFormation uses it when the stack passes no value.
            const ok = await update([stack({}), database("cfn")]);
            assert.deepStrictEqual([ok.blockedAt, ok.diagnostics, ok.created], [undefined, [], ["cfn", "db"]]);
            assert.deepStrictEqual(await stackMessages([stack({}), database("cfn")]), []);
        });

        it("a JSON template whose type name is written with a \\u escape is judged; one it can't parse that may create an integration is refused", async () => {
            const body = (tags: unknown[]) => JSON.stringify({ Resources: { Zero: { Type: "AWS::RDS::Integration", Properties: { TargetArn: SERVERLESS_ARN, Tags: tags } } } })
                .replace("Integration", "Integr\\u0061tion");
            const stack = (templateBody: string): FakeResource => ({ type: "aws:cloudformation/stack:Stack", name: "cfn", props: { templateBody } });
            assert.ok(body([]).includes("Integr\\u0061tion"));
            const r = await update([stack(body([])), database("cfn")]);
            assert.deepStrictEqual([r.blockedAt, r.diagnostics], ["cfn", [`${DECLARED} cfn`]]);
            const broken = await update([stack(body([{ Key: TAG, Value: "3600" }]).slice(0, -2)), database("cfn")]);
            assert.deepStrictEqual([broken.blockedAt, broken.diagnostics], ["cfn", [`${DECLARED} cfn`]]);
            // Control: the same template tagged.
            const ok = await update([stack(body([{ Key: TAG, Value: "3600" }])), database("cfn")]);
            assert.deepStrictEqual([ok.blockedAt, ok.diagnostics, ok.created], [undefined, [], ["cfn", "db"]]);
        });
    });
});
