// Issue 20 parts 3 and 4 over gRPC, as the engine drives the pack: Analyze on each resource's inputs before its step (an
// update stops at the first mandatory result), then AnalyzeStack once at the end. Each case has a control that must pass.
import * as assert from "assert";

import { INTEGRATION_ID, T } from "./fixtures";
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

        it("two databases, the second with an interval in range but not the declared one: AnalyzeStack at the end reports exactly the second", async () => {
            const r = await update(withA(create("db_b", " SET REFRESH_INTERVAL 7200")));
            assert.deepStrictEqual([r.blockedAt, r.diagnostics, r.created], [undefined, [`${STACK_RULE} i`], ["i", "a", "b"]]);
            assert.deepStrictEqual(await stackMessages(withA(create("db_b", " SET REFRESH_INTERVAL 7200"))),
                ["zero-etl-refresh-interval Zero-ETL integration i declares 3600 s, but b sets 7200 s on database db_b."]);
        });
    });
});
