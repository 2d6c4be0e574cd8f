// @ts-nocheck
// Policy boundaries: a refresh interval exactly on each bound passes and one second beyond fails; every accepted
// spelling of a forbidden binlog value is caught; parameters are judged entry by entry, unset as well as wrong.
import * as assert from "assert";

import { zeroEtlRefreshInterval } from "../../policy/zeroEtlRefreshInterval";
import { parameterProblems } from "../../policy/zeroEtlSourceBinlog";
import { TAG, withProps, zeroEtlStack } from "./fixtures";
import { runStackPolicy } from "./helpers";

const REQUIRED = [
    { name: "aurora_enhanced_binlog", value: "1" }, { name: "binlog_backup", value: "0" }, { name: "binlog_format", value: "ROW" },
    { name: "binlog_replication_globaldb", value: "0" }, { name: "binlog_row_image", value: "full" }, { name: "binlog_row_metadata", value: "full" },
];

describe("policy zero-etl-refresh-interval: bounds", () => {
    // The rewritten pack judges the interval the integration declares (tag aurora-analytics:refresh-interval-seconds).
    const config = { minimumSeconds: 900, maximumSeconds: 432000 };
    const check = (n: number, c: object = config) =>
        runStackPolicy(zeroEtlRefreshInterval, withProps(zeroEtlStack(), "dev-integration", { tags: { [TAG]: String(n) } }), c);

    it("passes an interval equal to the minimum and one equal to the maximum", () => {
        assert.deepStrictEqual([check(900), check(432000), check(3600)], [[], [], []]);
    });

    it("blocks one second below the minimum and one second above the maximum", () => {
        assert.match(check(899)[0].message, /declares a refresh interval of 899 s, outside the allowed 900 to 432000 seconds\./);
        assert.match(check(432001)[0].message, /declares a refresh interval of 432001 s, outside the allowed 900 to 432000 seconds\./);
        assert.strictEqual(check(899).length, 1);
    });

    it("lets minimum equal maximum, and suggests an interval inside the bounds", () => {
        assert.deepStrictEqual(check(7200, { minimumSeconds: 7200, maximumSeconds: 7200 }), []);
        assert.match(check(3600, { minimumSeconds: 7200, maximumSeconds: 7200 })[0].message,
            /Fix: in aurora-analytics, run `pulumi config set aurora-analytics:refreshIntervalSeconds 7200` \(7200 to 7200\)/);
        assert.match(check(3600, { minimumSeconds: 60, maximumSeconds: 1800 })[0].message, /refreshIntervalSeconds 1800` \(60 to 1800\)/);
    });

    it("uses the schema defaults when the config leaves them out: 900 and 432000", () => {
        assert.deepStrictEqual(check(900, {}), []);
        assert.match(check(899, {})[0].message, /outside the allowed 900 to 432000 seconds/);
    });
});

describe("policy zero-etl-source-binlog: parameters entry by entry", () => {
    it("accepts the required settings in any case, with names in any case", () => {
        assert.deepStrictEqual(parameterProblems(REQUIRED), []);
        assert.deepStrictEqual(parameterProblems(REQUIRED.map(p => ({ name: p.name.toUpperCase(), value: p.value.toLowerCase() }))), []);
    });

    it("catches each accepted spelling of a forbidden value: ON, on and 1; PARTIAL_JSON in any case", () => {
        for (const value of ["ON", "on", "1"]) {
            assert.deepStrictEqual(parameterProblems([...REQUIRED, { name: "binlog_transaction_compression", value }]),
                [`binlog_transaction_compression is ${value} (must not be)`]);
        }
        for (const value of ["PARTIAL_JSON", "partial_json"]) {
            assert.deepStrictEqual(parameterProblems([...REQUIRED, { name: "binlog_row_value_options", value }]),
                [`binlog_row_value_options is ${value} (must not be)`]);
        }
        assert.deepStrictEqual(parameterProblems([...REQUIRED, { name: "binlog_transaction_compression", value: "OFF" }, { name: "binlog_row_value_options", value: "" }]), []);
    });

    it("reports unset and wrong settings, and judges every entry after a valid one", () => {
        assert.deepStrictEqual(parameterProblems(REQUIRED.slice(1)), ["aurora_enhanced_binlog is not set (needs 1)"]);
        assert.deepStrictEqual(parameterProblems([...REQUIRED.slice(0, 5), { name: "binlog_row_metadata", value: "minimal" }]),
            ["binlog_row_metadata is minimal (needs full)"]);
        assert.deepStrictEqual(parameterProblems(undefined), [
            "aurora_enhanced_binlog is not set (needs 1)", "binlog_backup is not set (needs 0)", "binlog_format is not set (needs ROW)",
            "binlog_replication_globaldb is not set (needs 0)", "binlog_row_image is not set (needs full)", "binlog_row_metadata is not set (needs full)",
        ]);
        assert.deepStrictEqual(parameterProblems([null, { value: "1" }, ...REQUIRED]), []);
    });
});
