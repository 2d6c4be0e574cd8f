// @ts-nocheck
// Unit tests for zero-etl-refresh-interval and its SQL reader, on fake stacks presented like the policy server does.
import * as assert from "assert";

import { refreshIntervalOf, stripCommentsAndLiterals } from "../../policy/lib/sql";
import { zeroEtlRefreshInterval } from "../../policy/zeroEtlRefreshInterval";
import { ALTER_SQL, T, withProps, without, zeroEtlStack } from "./fixtures";
import { FakeResource, UNKNOWN, runStackPolicy, urnOf } from "./helpers";

const DEFAULTS = { minimumSeconds: 60, maximumSeconds: 432000 }; // explicit bounds for the cases below; the schema default (900) is asserted on its own
const INTEGRATION_URN = urnOf(T.integration, "dev-integration");
const FIX = "Fix: in aurora-analytics run `pulumi config set aurora-analytics:refreshIntervalSeconds 3600` (60 to 432000 seconds); " +
    "the program then creates the Redshift Data API statement `ALTER DATABASE \"<zeroEtlDatabase>\" INTEGRATION SET REFRESH_INTERVAL 3600` " +
    "(an aws.redshiftdata.Statement that depends on the integration). In another program, add such a statement with literal SQL, " +
    "so that it can be read at preview.";

function check(stack: FakeResource[], config: object = DEFAULTS) {
    return runStackPolicy(zeroEtlRefreshInterval, stack, config);
}

describe("policy zero-etl-refresh-interval", () => {
    it("is mandatory with configurable bounds defaulting to 900 and 432000 seconds", () => {
        assert.strictEqual(zeroEtlRefreshInterval.enforcementLevel, "mandatory");
        assert.deepStrictEqual(zeroEtlRefreshInterval.configSchema, {
            properties: {
                minimumSeconds: { type: "integer", minimum: 0, maximum: 432000, default: 900, description: "Smallest allowed REFRESH_INTERVAL in seconds." },
                maximumSeconds: { type: "integer", minimum: 0, maximum: 432000, default: 432000, description: "Largest allowed REFRESH_INTERVAL in seconds." },
            },
        });
    });

    it("passes at preview of a first deploy: ARNs and the CREATE SQL unknown, the ALTER setting known and transitive", () => {
        assert.deepStrictEqual(check(zeroEtlStack()), []);
    });

    it("applies the defaults itself when the config is empty", () => {
        assert.deepStrictEqual(check(zeroEtlStack(), {}), []);
        const tooShort = withProps(zeroEtlStack(), "dev-refresh-interval", { sql: `ALTER DATABASE "zeroetl_db" INTEGRATION SET REFRESH_INTERVAL 59` });
        assert.strictEqual(check(tooShort, {}).length, 1);
    });

    it("passes when the setting is in CREATE DATABASE itself, in any case and spacing", () => {
        const stack = withProps(without(zeroEtlStack(), "dev-refresh-interval"), "dev-create-database", {
            sql: `create   database "zeroetl_db"\n\tFROM integration 'abc-123'  set  refresh_interval\n600`,
        });
        assert.deepStrictEqual(check(stack), []);
    });

    it("blocks when the only setting's SQL can't be read at preview, and says why", () => {
        const violations = check(without(zeroEtlStack(), "dev-refresh-interval"));
        assert.deepStrictEqual(violations, [{
            urn: INTEGRATION_URN,
            message: "Zero-ETL integration dev-integration (integrationName \"dev-zero-etl\") has no refresh-interval setting that can be checked: " +
                "the SQL of the Redshift Data API statement(s) dev-create-database that depend on it can't be read at preview " +
                "(it is computed from values known only after deployment, such as the integration id), so the setting counts as missing. " + FIX,
        }]);
    });

    it("blocks when no statement depends on the integration", () => {
        const violations = check(without(zeroEtlStack(), "dev-refresh-interval", "dev-create-database"));
        assert.deepStrictEqual(violations, [{
            urn: INTEGRATION_URN,
            message: "Zero-ETL integration dev-integration (integrationName \"dev-zero-etl\") has no refresh-interval setting: no Redshift Data API " +
                "statement (aws:redshiftdata/statement:Statement) that depends on it runs CREATE DATABASE ... FROM INTEGRATION ... REFRESH_INTERVAL n " +
                "or ALTER DATABASE ... INTEGRATION SET REFRESH_INTERVAL n, so Redshift would replicate continuously and keep the warehouse busy. " + FIX,
        }]);
    });

    it("blocks when the setting statement does not depend on the integration", () => {
        const stack = zeroEtlStack().map(r => (r.name === "dev-refresh-interval" ? { ...r, dependsOn: [] } : r));
        const violations = check(stack);
        assert.strictEqual(violations.length, 1);
        assert.match(violations[0].message, /can't be read at preview/);
    });

    it("blocks a setting below minimumSeconds", () => {
        const stack = withProps(zeroEtlStack(), "dev-refresh-interval", { sql: `ALTER DATABASE "zeroetl_db" INTEGRATION SET REFRESH_INTERVAL 30` });
        assert.deepStrictEqual(check(stack), [{
            urn: INTEGRATION_URN,
            message: "Zero-ETL integration dev-integration (integrationName \"dev-zero-etl\") has a refresh interval outside the allowed 60 to 432000 seconds: " +
                "statement dev-refresh-interval sets REFRESH_INTERVAL 30. " + FIX,
        }]);
    });

    it("blocks a setting of 0 (continuous replication)", () => {
        const stack = withProps(zeroEtlStack(), "dev-refresh-interval", { sql: `ALTER DATABASE "zeroetl_db" INTEGRATION SET REFRESH_INTERVAL 0` });
        assert.match(check(stack)[0].message, /sets REFRESH_INTERVAL 0\./);
    });

    it("blocks a setting above a configured maximumSeconds, and a raised minimumSeconds", () => {
        assert.match(check(zeroEtlStack(), { minimumSeconds: 60, maximumSeconds: 1800 })[0].message,
            /outside the allowed 60 to 1800 seconds: statement dev-refresh-interval sets REFRESH_INTERVAL 3600\. Fix: in aurora-analytics run `pulumi config set aurora-analytics:refreshIntervalSeconds 1800`/);
        assert.match(check(zeroEtlStack(), { minimumSeconds: 7200, maximumSeconds: 432000 })[0].message,
            /outside the allowed 7200 to 432000 seconds: statement dev-refresh-interval sets REFRESH_INTERVAL 3600\. Fix: in aurora-analytics run `pulumi config set aurora-analytics:refreshIntervalSeconds 7200`/);
    });

    it("reports an impossible config once instead of judging", () => {
        assert.deepStrictEqual(check(zeroEtlStack(), { minimumSeconds: 900, maximumSeconds: 600 }), [{
            message: "Policy config of zero-etl-refresh-interval is inconsistent: minimumSeconds 900 is above maximumSeconds 600; no refresh interval can pass.",
        }]);
    });

    it("does not count REFRESH_INTERVAL inside a comment or a string literal", () => {
        for (const sql of [
            `-- ALTER DATABASE "zeroetl_db" INTEGRATION SET REFRESH_INTERVAL 3600\nSELECT 1`,
            `SELECT 'ALTER DATABASE x INTEGRATION SET REFRESH_INTERVAL 3600'`,
            `ALTER DATABASE "zeroetl_db" INTEGRATION SET /* REFRESH_INTERVAL 3600 */ QUERY_ALL_STATES TRUE`,
        ]) {
            const violations = check(withProps(zeroEtlStack(), "dev-refresh-interval", { sql }));
            assert.strictEqual(violations.length, 1, sql);
        }
    });

    it("judges each integration on its own: two integrations and one setting give one violation", () => {
        const second = without(zeroEtlStack("two"), "two-refresh-interval", "two-create-database");
        const violations = check([...zeroEtlStack(), ...second]);
        assert.deepStrictEqual(violations.map(v => v.urn), [urnOf(T.integration, "two-integration")]);
        assert.match(violations[0].message, /^Zero-ETL integration two-integration \(integrationName "two-zero-etl"\) has no refresh-interval setting:/);
    });

    it("does not let one integration's setting count for another integration that shares the target", () => {
        const extra: FakeResource = {
            type: T.integration, name: "dev-integration-2",
            props: { integrationName: "second", sourceArn: UNKNOWN, targetArn: UNKNOWN },
            propertyDependencies: { sourceArn: ["dev-aurora"], targetArn: ["dev-namespace"] },
        };
        assert.deepStrictEqual(check([...zeroEtlStack(), extra]).map(v => v.urn), [urnOf(T.integration, "dev-integration-2")]);
    });

    it("ignores integrations whose known target is not Redshift, judges unknown targets without evidence", () => {
        const bare = without(zeroEtlStack(), "dev-refresh-interval", "dev-create-database");
        const glue = bare.map(r => (r.name === "dev-integration"
            ? { ...r, props: { ...r.props, targetArn: "arn:aws:glue:us-west-2:123456789012:catalog" }, propertyDependencies: { sourceArn: ["dev-aurora"] } }
            : r));
        assert.deepStrictEqual(check(glue), []);
        const existingNamespace = bare.map(r => (r.name === "dev-integration"
            ? { ...r, props: { ...r.props, targetArn: "arn:aws:redshift-serverless:us-west-2:123456789012:namespace/abc" }, propertyDependencies: { sourceArn: ["dev-aurora"] } }
            : r));
        assert.strictEqual(check(existingNamespace).length, 1);
        const unknownTarget = bare.map(r => (r.name === "dev-integration" ? { ...r, propertyDependencies: { sourceArn: ["dev-aurora"] } } : r));
        assert.strictEqual(check(unknownTarget).length, 1);
    });
});

describe("refreshIntervalOf", () => {
    it("reads CREATE DATABASE ... FROM INTEGRATION and ALTER DATABASE ... INTEGRATION SET forms", () => {
        assert.strictEqual(refreshIntervalOf(ALTER_SQL), 3600);
        assert.strictEqual(refreshIntervalOf(`CREATE DATABASE "zeroetl_db" FROM INTEGRATION '1234-abcd' SET REFRESH_INTERVAL 120`), 120);
        assert.strictEqual(refreshIntervalOf(`CREATE DATABASE pg FROM INTEGRATION 'id' DATABASE 'src' SET ACCEPTINVCHARS TRUE REFRESH_INTERVAL 900`), 900);
        assert.strictEqual(refreshIntervalOf(`alter database zeroetl_db integration set query_all_states = true refresh_interval 600;`), 600);
        assert.strictEqual(refreshIntervalOf(`ALTER DATABASE "a""b" INTEGRATION SET REFRESH_INTERVAL 61`), 61);
    });

    it("reads nothing from SQL that does not set it", () => {
        assert.strictEqual(refreshIntervalOf(`CREATE DATABASE "zeroetl_db" FROM INTEGRATION '1234-abcd'`), undefined);
        assert.strictEqual(refreshIntervalOf(`ALTER DATABASE x INTEGRATION REFRESH ALL TABLES`), undefined);
        assert.strictEqual(refreshIntervalOf(`SELECT refresh_interval FROM svv_integration`), undefined);
        assert.strictEqual(refreshIntervalOf(`ALTER DATABASE x INTEGRATION SET REFRESH_INTERVAL 3600.5`), undefined);
        assert.strictEqual(refreshIntervalOf(`ALTER DATABASE x INTEGRATION SET REFRESH_INTERVAL -5`), undefined);
        assert.strictEqual(refreshIntervalOf(`ALTER DATABASE x RENAME TO y; SELECT 'REFRESH_INTERVAL 5'`), undefined);
    });

    it("takes the last of several statements", () => {
        assert.strictEqual(refreshIntervalOf(`ALTER DATABASE x INTEGRATION SET REFRESH_INTERVAL 60; ALTER DATABASE x INTEGRATION SET REFRESH_INTERVAL 7200`), 7200);
    });

    it("strips comments and literal contents but keeps quoted identifiers", () => {
        assert.strictEqual(stripCommentsAndLiterals(`a -- c\nb /* d */ 'it''s' "x -- y"`), `a  \nb   '' "x -- y"`);
    });
});
