// Issue 21: moving the zero-ETL database to another workgroup, namespace and admin secret, with the function's role
// evaluated as the program registers it (under mocks) by iam-simulate. Pulumi deletes resources the program no longer
// registers at the end of the update (pulumi/pulumi pkg/resource/deploy: delete steps of unregistered resources run after
// the program's own steps), so during the move's update the role holds the new side's policy and the old one's.
import * as assert from "assert";
import { mockClient } from "aws-sdk-client-mock";
import { RedshiftDataClient } from "@aws-sdk/client-redshift-data";
import { GetWorkgroupCommand, ListUsageLimitsCommand, RedshiftServerlessClient } from "@aws-sdk/client-redshift-serverless";

import { handler } from "../../functions/zeroEtl/index";
import { DatabaseSpec } from "../../functions/zeroEtl/database";
import { BASE_CONFIG, ProgramRun, runProgram } from "../harness/mockProgram";
import { ADMIN_SECRET_ARN, EXISTING_NAMESPACE_ARN, existingRedshift } from "../harness/fixtures";
import { FakeRedshiftData, fakeRedshiftData } from "../harness/fakeRedshiftData";
import { FakeInvocation } from "../harness/fakeInvocation";
import { identityAllows, NamedPolicy } from "../harness/iamEvaluate";
import { databaseSpec, ID_1, ID_2 } from "../harness/zeroEtlSpec";

const ROLE = "arn:aws:iam::123456789012:role/zero-etl-admin-role";
// What the mocks give the stack's own namespace, workgroup and secret (scripts/lib/mockProgram.ts).
const NEW_NAMESPACE = "arn:aws:redshift-serverless:us-west-2:123456789012:namespace/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
const NEW_WORKGROUP_ARN = "arn:aws:redshift-serverless:us-west-2:123456789012:workgroup/ffffffff-1111-2222-3333-444444444444";
const NEW_SECRET = "arn:aws:secretsmanager:us-west-2:123456789012:secret:redshift!analytics-dev-admin-AbCdEf";
// The user's namespace analytics and workgroup analytics-wg (tests/harness/fixtures.ts).
const EXISTING_WORKGROUP_ARN = "arn:aws:redshift-serverless:us-west-2:123456789012:workgroup/wg-1";

const spec = (overrides: Partial<DatabaseSpec> = {}) =>
    databaseSpec({ namespaceArn: NEW_NAMESPACE, secretArn: NEW_SECRET, readOnlyUsers: ["IAMR:analyst"], owner: "aurora-analytics/dev", ...overrides });
const moved = () => spec({ integrationId: ID_2, namespaceArn: EXISTING_NAMESPACE_ARN, workgroupName: "analytics-wg", secretArn: ADMIN_SECRET_ARN });

/** The admin role's policies as the program registers them, by resource name. */
function adminPolicies(run: ProgramRun): NamedPolicy[] {
    assert.strictEqual(run.error, undefined);
    return run.byType("aws:iam/rolePolicy:RolePolicy").filter(r => r.name.startsWith("zero-etl-admin"))
        .map(r => ({ name: r.name, policy: JSON.parse(r.inputs.policy) }));
}

describe("a move of workgroup, namespace and secret, with the function's role evaluated (issue 21)", () => {
    const dataApi = mockClient(RedshiftDataClient);
    const serverless = mockClient(RedshiftServerlessClient);
    let fake: FakeRedshiftData;
    let oldSide: NamedPolicy[];
    let newSide: NamedPolicy[];
    const log = console.log;

    beforeEach(async () => {
        serverless.reset();
        serverless.on(GetWorkgroupCommand).resolves({ workgroup: { configParameters: [{ parameterKey: "enable_case_sensitive_identifier", parameterValue: "true" }] } });
        // The existing workgroup's limits are read at deploy (components/redshift.ts, ListUsageLimits); none here.
        serverless.on(ListUsageLimitsCommand).resolves({ usageLimits: [] });
        oldSide = adminPolicies(await runProgram({ config: BASE_CONFIG, stack: "dev" }));
        newSide = adminPolicies(await runProgram({
            config: { ...BASE_CONFIG, redshiftNamespace: "analytics", redshiftWorkgroup: "analytics-wg", redshiftAdminSecretArn: ADMIN_SECRET_ARN },
            invoke: a => existingRedshift(a), stack: "dev",
        }));
        console.log = () => undefined;
        process.env.DATA_API_POLL_MS = "0";
        dataApi.reset();
        fake = fakeRedshiftData(dataApi);
        fake.addWorkgroup("analytics-dev", NEW_NAMESPACE, NEW_SECRET).arn = NEW_WORKGROUP_ARN;
        fake.addWorkgroup("analytics-wg", EXISTING_NAMESPACE_ARN, ADMIN_SECRET_ARN).arn = EXISTING_WORKGROUP_ARN;
    });
    afterEach(() => {
        console.log = log;
        delete process.env.DATA_API_POLL_MS;
    });
    after(() => { dataApi.restore(); serverless.restore(); });

    const withRole = (policies: NamedPolicy[]) => { fake.authorize = (action, resource) => identityAllows(ROLE, policies, action, resource); };

    /**
     * The first up on the stack's own namespace with the old side's role, then the move's integration replacement into the
     * user's namespace (deleteBeforeReplace); the role then holds `during` for the invocation's update.
     */
    async function deployThenReplaceIntegration(during: NamedPolicy[]): Promise<FakeInvocation> {
        withRole(oldSide);
        fake.createIntegration(ID_1, NEW_NAMESPACE);
        const invocation = new FakeInvocation(event => handler(event));
        await invocation.up(JSON.stringify(spec()));
        fake.deleteIntegration(ID_1);
        fake.createIntegration(ID_2, EXISTING_NAMESPACE_ARN);
        withRole(during);
        return invocation;
    }

    it("the program keeps the old side's policy as a separate resource, so it outlives the function's cleanup", () => {
        const names = (p: NamedPolicy[]) => p.map(x => x.name).sort();
        assert.strictEqual(names(oldSide).filter(n => names(newSide).includes(n)).join(), "zero-etl-admin-policy", "only the base policy is the same resource");
        assert.strictEqual(oldSide.length, 2);
        assert.strictEqual(newSide.length, 2);
    });

    it("during the update the role still reaches the old side: the old database, role and user go, the new ones come", async () => {
        // During the update the new target policy exists and the old one is still there until the update ends.
        const invocation = await deployThenReplaceIntegration([...newSide, ...oldSide.filter(b => !newSide.some(a => a.name === b.name))]);
        const n = fake.executed.length;
        await invocation.up(JSON.stringify(moved()));
        assert.deepStrictEqual(fake.executed.slice(n).filter(e => !e.sql.startsWith("SELECT")).map(e => [e.workgroup, e.sql, e.error ?? "ok"]), [
            ["analytics-dev", `DROP DATABASE "zeroetl_db" FORCE`, "ok"],
            ["analytics-wg", `CREATE DATABASE "zeroetl_db" FROM INTEGRATION '${ID_2}' SET ACCEPTINVCHARS = TRUE REFRESH_INTERVAL 900 TRUNCATECOLUMNS = TRUE HISTORY_MODE = FALSE`, "ok"],
            ["analytics-dev", `DROP ROLE "zeroetl_db_reader" FORCE`, "ok"],
            ["analytics-dev", `DROP USER "IAMR:analyst"`, "ok"],
            ["analytics-wg", `CREATE ROLE "zeroetl_db_reader"`, "ok"],
            ["analytics-wg", `GRANT USAGE FOR SCHEMAS IN DATABASE "zeroetl_db" TO ROLE "zeroetl_db_reader"`, "ok"],
            ["analytics-wg", `GRANT SELECT FOR TABLES IN DATABASE "zeroetl_db" TO ROLE "zeroetl_db_reader"`, "ok"],
            ["analytics-wg", `CREATE USER "IAMR:analyst" PASSWORD DISABLE`, "ok"],
            ["analytics-wg", `GRANT ROLE "zeroetl_db_reader" TO "IAMR:analyst"`, "ok"],
            ["analytics-wg", `COMMENT ON DATABASE "zeroetl_db" IS '{"kind":"aurora-analytics:zero-etl-owner","owner":"aurora-analytics/dev","holders":1,` +
                `"users":["IAMR:analyst"],"settings":{"acceptInvalidChars":true,"refreshIntervalSeconds":900,"truncateColumns":true,"historyMode":false},"readerGrants":true}'`, "ok"],
        ]);
        assert.deepStrictEqual(fake.databasesOf("analytics-dev"), { dev: "" });
        assert.deepStrictEqual(fake.databasesOf("analytics-wg"), { dev: "", zeroetl_db: ID_2 });
        assert.deepStrictEqual([...fake.workgroups.get("analytics-dev")!.users], ["admin"]);
        // After the update only the new side's policy is left, and it is all destroy needs.
        withRole(newSide);
        await invocation.destroy();
        assert.deepStrictEqual(fake.databasesOf("analytics-wg"), { dev: "" });
    });

    it("with the old side's permissions already gone (one policy updated in place), the fake refuses as AWS would", async () => {
        const invocation = await deployThenReplaceIntegration(newSide);
        await assert.rejects(invocation.up(JSON.stringify(moved())), {
            name: "AccessDeniedException",
            message: `User is not authorized to perform: redshift-data:ExecuteStatement on resource: ${NEW_WORKGROUP_ARN}`,
        });
        assert.deepStrictEqual(fake.databasesOf("analytics-dev"), { dev: "", zeroetl_db: ID_1 }, "nothing was dropped");
    });
});
