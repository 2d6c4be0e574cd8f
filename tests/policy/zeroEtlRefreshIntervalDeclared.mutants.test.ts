// Exact-value tests for zero-etl-refresh-interval-declared (issue 13 item 5): each resource kind it judges at its own step,
// the bounds inclusive on both ends, what it can't read yet, and every message in full.
import * as assert from "assert";
import type { ResourceValidation, ResourceValidationArgs } from "@pulumi/policy";

import { zeroEtlRefreshIntervalDeclared } from "../../policy/zeroEtlRefreshIntervalDeclared";
import { howToFix } from "../../policy/zeroEtlRefreshInterval";
import { INTEGRATION_ID, T, TAG } from "./fixtures";
import { UNKNOWN, runResourcePolicy, urnOf } from "./helpers";

const FIX = howToFix(900, 432000);
const run = (type: string, props: Record<string, unknown>, config: object = {}) =>
    runResourcePolicy(zeroEtlRefreshIntervalDeclared, { type, name: "r", props }, config);
const alter = (n: number) => `ALTER DATABASE "zeroetl_db" INTEGRATION SET REFRESH_INTERVAL ${n}`;
const input = (overrides: Record<string, unknown>) => JSON.stringify({
    kind: "aurora-analytics:zero-etl-database", version: 1, integrationId: INTEGRATION_ID, database: "zeroetl_db", refreshIntervalSeconds: 3600, ...overrides,
});

describe("policy zero-etl-refresh-interval-declared: exact verdicts", () => {
    it("integrations: judges a known declaration into Redshift only", () => {
        assert.deepStrictEqual(run(T.integration, { tags: {} }), [{ message: `Zero-ETL integration r declares no refresh interval (tag ${TAG}).\n${FIX}` }]);
        assert.deepStrictEqual(run(T.integration, { tags: { [TAG]: "899" } }),
            [{ message: `Zero-ETL integration r declares a refresh interval of 899 s, outside the allowed 900 to 432000 seconds.\n${FIX}` }]);
        assert.deepStrictEqual(run(T.integration, { tags: { [TAG]: UNKNOWN } }), []);
        assert.deepStrictEqual(run(T.integration, { tags: UNKNOWN }), []);
        assert.deepStrictEqual(run(T.integration, { tags: {}, targetArn: "arn:aws:glue:us-west-2:123456789012:catalog" }), []);
        assert.deepStrictEqual(run("aws:s3/bucket:Bucket", { tags: {} }), []);
    });

    it("statements: every interval in the SQL, bounds inclusive, unknown SQL left for its step", () => {
        const msg = (n: number, min = 900, max = 432000) => ({ message: `Statement r sets REFRESH_INTERVAL ${n} on database zeroetl_db, outside the allowed ${min} to ${max} seconds.\n${howToFix(min, max)}` });
        assert.deepStrictEqual(run(T.statement, { sql: alter(899) }), [msg(899)]);
        assert.deepStrictEqual(run(T.statement, { sql: alter(432001) }), [msg(432001)]);
        assert.deepStrictEqual(run(T.statement, { sql: `${alter(900)}; ${alter(432000)}; ALTER DATABASE "zeroetl_db" INTEGRATION SET HISTORY_MODE TRUE` }), []);
        assert.deepStrictEqual(run(T.statement, { sql: `${alter(60)}; ${alter(7200)}` }, { minimumSeconds: 60, maximumSeconds: 3600 }), [msg(7200, 60, 3600)]);
        assert.deepStrictEqual(run(T.statement, { sql: UNKNOWN }), []);
        assert.deepStrictEqual(run(T.statement, { sql: 5 }), []);
        assert.deepStrictEqual(run("aws:lambda/function:Function", { sql: alter(5) }), []);
    });

    it("invocations: the database input's interval, bounds inclusive; other inputs ignored", () => {
        const msg = (value: string) => ({ message: `Invocation r sets refreshIntervalSeconds ${value} on database "zeroetl_db", outside the allowed 900 to 432000 seconds.\n${FIX}` });
        const inv = (i: unknown) => run(T.invocation, { input: i });
        assert.deepStrictEqual(inv(input({ refreshIntervalSeconds: 899 })), [msg("899")]);
        assert.deepStrictEqual(inv(input({ refreshIntervalSeconds: 432001 })), [msg("432001")]);
        assert.deepStrictEqual(inv(input({ refreshIntervalSeconds: "3600" })), [msg(`"3600"`)]);
        assert.deepStrictEqual(inv(input({ refreshIntervalSeconds: 900.5 })), [msg("900.5")]);
        assert.deepStrictEqual([inv(input({ refreshIntervalSeconds: 900 })), inv(input({ refreshIntervalSeconds: 432000 }))], [[], []]);
        assert.deepStrictEqual(inv(input({ version: 2 })), [{
            message: "Invocation r has a aurora-analytics:zero-etl-database input of version 2; this pack reads version 1.\nFix: update the policy pack, or send version 1.",
        }]);
        for (const other of [UNKNOWN, "{not json", "null", JSON.stringify({ kind: "other", refreshIntervalSeconds: 5 }), { kind: "aurora-analytics:zero-etl-database", version: 1, refreshIntervalSeconds: 5 }]) {
            assert.deepStrictEqual(inv(other), [], JSON.stringify(other));
        }
        assert.deepStrictEqual(run("aws:lambda/function:Function", { input: input({ refreshIntervalSeconds: 5 }) }), []);
    });

    it("invocations: reads only a string input; a list holding the JSON text is not parsed", () => {
        assert.deepStrictEqual(run(T.invocation, { input: [input({ refreshIntervalSeconds: 5 })] }), []);
    });

    it("a resource without props (null) has no SQL, no input and no declaration", () => {
        const violations: string[] = [];
        for (const type of [T.integration, T.statement, T.invocation]) {
            for (const validate of zeroEtlRefreshIntervalDeclared.validateResource as ResourceValidation[]) {
                validate({
                    type, name: "r", urn: urnOf(type, "r"), props: null as unknown as Record<string, any>,
                    opts: {} as ResourceValidationArgs["opts"], stackTags: new Map(), isType: () => false, asType: () => undefined,
                    getConfig: <C extends object>() => ({}) as C, notApplicable: (): never => { throw new Error("not applicable"); },
                } as ResourceValidationArgs, message => violations.push(`${type}: ${message}`));
            }
        }
        assert.deepStrictEqual(violations, [`${T.integration}: Zero-ETL integration r declares no refresh interval (tag ${TAG}).\n${FIX}`]);
    });
});
