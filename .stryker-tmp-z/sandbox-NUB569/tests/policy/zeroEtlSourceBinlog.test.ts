// @ts-nocheck
// Unit tests for zero-etl-source-binlog: the source cluster's parameter group, found through the dependency graph.
import * as assert from "assert";

import { zeroEtlSourceBinlog } from "../../policy/zeroEtlSourceBinlog";
import { BINLOG_PARAMETERS, T, withProps, zeroEtlStack } from "./fixtures";
import { FakeResource, UNKNOWN, runStackPolicy, urnOf } from "./helpers";

const CLUSTER_URN = urnOf(T.cluster, "dev-aurora");
const REQUIRED = "aurora_enhanced_binlog=1, binlog_backup=0, binlog_format=ROW, binlog_replication_globaldb=0, binlog_row_image=full, binlog_row_metadata=full";

function check(stack: FakeResource[]) {
    return runStackPolicy(zeroEtlSourceBinlog, stack, {});
}

function withParameters(parameters: unknown): FakeResource[] {
    return withProps(zeroEtlStack(), "dev-binlog", { parameters });
}

describe("policy zero-etl-source-binlog", () => {
    it("is mandatory", () => {
        assert.strictEqual(zeroEtlSourceBinlog.enforcementLevel, "mandatory");
    });

    it("passes when the source cluster's group (name unknown at preview) has every binlog setting", () => {
        assert.deepStrictEqual(check(zeroEtlStack()), []);
    });

    it("finds the group by its known name too, and compares values without regard to case", () => {
        const stack = withProps(withProps(zeroEtlStack(), "dev-binlog", {
            name: "my-binlog", parameters: BINLOG_PARAMETERS.map(p => ({ ...p, value: p.value.toLowerCase() })),
        }), "dev-aurora", { dbClusterParameterGroupName: "my-binlog" });
        assert.deepStrictEqual(check(stack.map(r => (r.name === "dev-aurora" ? { ...r, propertyDependencies: {} } : r))), []);
        const broken = stack.map(r => (r.name === "dev-binlog" ? { ...r, props: { ...r.props, parameters: [] } } : r))
            .map(r => (r.name === "dev-aurora" ? { ...r, propertyDependencies: {} } : r));
        assert.strictEqual(check(broken).length, 1);
    });

    it("blocks a cluster on the default parameter group", () => {
        const stack = withProps(zeroEtlStack(), "dev-aurora", { dbClusterParameterGroupName: undefined })
            .map(r => (r.name === "dev-aurora" ? { ...r, propertyDependencies: {} } : r));
        assert.deepStrictEqual(check(stack), [{
            urn: CLUSTER_URN,
            message: "Aurora cluster dev-aurora, the source of zero-ETL integration dev-integration (integrationName \"dev-zero-etl\"), uses the default " +
                "cluster parameter group, which has binary logging off. Fix: attach an aws.rds.ClusterParameterGroup (family aurora-mysql8.0) with " +
                `${REQUIRED} when the cluster is created.`,
        }]);
    });

    it("blocks a missing required parameter", () => {
        const violations = check(withParameters(BINLOG_PARAMETERS.filter(p => p.name !== "binlog_row_metadata")));
        assert.deepStrictEqual(violations, [{
            urn: CLUSTER_URN,
            message: "Aurora cluster dev-aurora, the source of zero-ETL integration dev-integration (integrationName \"dev-zero-etl\"), uses a cluster " +
                "parameter group without the binlog settings zero-ETL needs: dev-binlog: binlog_row_metadata is not set (needs full). " +
                `Fix: set ${REQUIRED} in the group (static parameters with applyMethod "pending-reboot").`,
        }]);
    });

    it("blocks a wrong value", () => {
        const params = BINLOG_PARAMETERS.map(p => (p.name === "binlog_format" ? { ...p, value: "MIXED" } : p));
        assert.match(check(withParameters(params))[0].message, /dev-binlog: binlog_format is MIXED \(needs ROW\)\./);
    });

    it("blocks binlog transaction compression and PARTIAL_JSON row values", () => {
        const compression = check(withParameters([...BINLOG_PARAMETERS, { name: "binlog_transaction_compression", value: "ON", applyMethod: "immediate" }]));
        assert.match(compression[0].message, /dev-binlog: binlog_transaction_compression is ON \(must not be\)\./);
        const partial = check(withParameters([...BINLOG_PARAMETERS, { name: "binlog_row_value_options", value: "PARTIAL_JSON", applyMethod: "immediate" }]));
        assert.match(partial[0].message, /dev-binlog: binlog_row_value_options is PARTIAL_JSON \(must not be\)\./);
    });

    it("does not judge a cluster that feeds no integration, or an Aurora PostgreSQL source", () => {
        const noIntegration = zeroEtlStack().filter(r => ![T.integration, T.statement, T.invocation].includes(r.type));
        assert.deepStrictEqual(check(withParameters([]).filter(r => noIntegration.some(n => n.name === r.name))), []);
        assert.deepStrictEqual(check(withProps(withParameters([]), "dev-aurora", { engine: "aurora-postgresql" })), []);
    });

    it("does not block on a parameter list that is unknown at preview", () => {
        assert.deepStrictEqual(check(withParameters(UNKNOWN)), []);
    });
});
