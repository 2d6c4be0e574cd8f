// The zero-ETL database invocation's input (docs/zero-etl-database.md) for tests, on the stack's own namespace.
import { mockClient } from "aws-sdk-client-mock";
import { RedshiftDataClient } from "@aws-sdk/client-redshift-data";

import { DATABASE_KIND, DatabaseSpec } from "../../functions/zeroEtl/database";
import { FakeRedshiftData, fakeRedshiftData, FakeWorkgroup } from "./fakeRedshiftData";
import { FakeInvocation, InvocationHandler } from "./fakeInvocation";

export const NAMESPACE = "arn:aws:redshift-serverless:us-west-2:123456789012:namespace/aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";
export const SECRET = "arn:aws:secretsmanager:us-west-2:123456789012:secret:redshift!analytics-dev-admin-AbCdEf";
export const ID_1 = "11111111-1111-1111-1111-111111111111";
export const ID_2 = "22222222-2222-2222-2222-222222222222";
export const ID_3 = "33333333-3333-3333-3333-333333333333";

/** An input as the program writes it for workgroup analytics-dev, without `owner` (an input from before issue 21) unless given. */
export function databaseSpec(overrides: Partial<DatabaseSpec> = {}): DatabaseSpec {
    return {
        kind: DATABASE_KIND,
        version: 1,
        integrationId: ID_1,
        integrationArn: `arn:aws:rds:us-west-2:123456789012:integration:${overrides.integrationId ?? ID_1}`,
        namespaceArn: NAMESPACE,
        workgroupName: "analytics-dev",
        connectDatabase: "dev",
        secretArn: SECRET,
        database: "zeroetl_db",
        acceptInvalidChars: true,
        refreshIntervalSeconds: 900,
        truncateColumns: true,
        historyMode: false,
        readOnlyUsers: [],
        ...overrides,
    };
}

export interface ZeroEtlFixture {
    dataApi: ReturnType<typeof mockClient>;
    fake: FakeRedshiftData;
    workgroup: FakeWorkgroup;
    invocation: FakeInvocation;
}

/**
 * Mocha hooks for a zero-ETL function test: a fake Data API with workgroup analytics-dev on NAMESPACE, a fresh CRUD
 * invocation of the handler per test, polls without delay, and the function's JSON log lines kept out of the output.
 */
export function withFakeZeroEtl(handler: InvocationHandler): ZeroEtlFixture {
    const ctx = { dataApi: mockClient(RedshiftDataClient) } as ZeroEtlFixture;
    const log = console.log;
    before(() => { console.log = () => undefined; });
    beforeEach(() => {
        process.env.DATA_API_POLL_MS = "0";
        ctx.dataApi.reset();
        ctx.fake = fakeRedshiftData(ctx.dataApi);
        ctx.workgroup = ctx.fake.addWorkgroup("analytics-dev", NAMESPACE, SECRET);
        ctx.invocation = new FakeInvocation(handler);
    });
    after(() => {
        console.log = log;
        delete process.env.DATA_API_POLL_MS;
        ctx.dataApi.restore();
    });
    return ctx;
}
