// npm run cost's spend cap: the worst case under the usage limit and maxCapacity, beside the expected sync cost.
import * as assert from "assert";

import { parseStackConfig } from "../../components/config";
import { estimateMonthlyCost } from "../../scripts/cost/estimate";
import { Exact } from "../../scripts/cost/exact";
import { spendCapLines, worstCaseRpuHours } from "../../scripts/cost/spendCap";
import { resolveInputs } from "../../scripts/cost/inputs";

function lines(values: Record<string, string>): string[] {
    const config = parseStackConfig(k => ({ refreshIntervalSeconds: "3600", athenaPipeline: "false", ...values })[k], "dev");
    // A new cluster with sample data: its writer, the loader's endpoint and (with the pipeline) S3 have no list price here, so the test gives them.
    const inputs = resolveInputs({ auroraAcuHour: "0.1", interfaceEndpointHour: "0.01", s3StandardGbMonth: "0.02" }, () => "test", { model: "aws", region: "us-west-2" });
    return spendCapLines(config, estimateMonthlyCost(config, inputs), inputs);
}

describe("cost: spend cap", () => {
    it("with the defaults (emit-metric) the worst case is maxCapacity all month, and deactivate's bound is shown beside it", () => {
        assert.deepStrictEqual(lines({}), [
            "",
            "Spend cap (redshiftMaxCapacity 16 RPU; usage limit 24 RPU-hours daily, breachAction emit-metric):",
            "  Expected at refreshIntervalSeconds 3600: 35.41 USD/month of zero-ETL sync.",
            "  Worst case: 4320 USD/month = 16 RPU x 24 h x 30 days x 0.375 USD: emit-metric only alerts on a breach; with breachAction deactivate it would be 270 USD/month.",
        ]);
    });

    it("with deactivate the usage limit is the worst case", () => {
        assert.deepStrictEqual(lines({ redshiftUsageLimitBreachAction: "deactivate", redshiftUsageLimitPeriod: "weekly", redshiftUsageLimitRpuHours: "70" }).slice(1), [
            "Spend cap (redshiftMaxCapacity 16 RPU; usage limit 70 RPU-hours weekly, breachAction deactivate):",
            "  Expected at refreshIntervalSeconds 3600: 35.41 USD/month of zero-ETL sync.",
            "  Worst case under the usage limit: 112.5 USD/month = 300 RPU-hours x 0.375 USD (queries stop until the period ends once the limit is reached).",
        ]);
        assert.strictEqual(lines({ redshiftUsageLimitBreachAction: "log" })[3],
            "  Worst case: 4320 USD/month = 16 RPU x 24 h x 30 days x 0.375 USD: log only records a breach; with breachAction deactivate it would be 270 USD/month.");
    });

    it("a limit above what maxCapacity can use is bounded by maxCapacity", () => {
        const config = { redshiftMaxCapacity: 8, redshiftUsageLimitRpuHours: 1000, redshiftUsageLimitPeriod: "daily", redshiftUsageLimitBreachAction: "deactivate" } as const;
        const w = worstCaseRpuHours({ ...config, zeroEtl: true, redshiftNamespace: undefined, refreshIntervalSeconds: 3600 }, Exact.of(30));
        assert.deepStrictEqual([w.capacityBound.toDecimal(), w.limitBound.toDecimal(), w.worst.toDecimal()], ["5760", "5760", "5760"]);
    });

    it("an existing workgroup keeps its own cap; without zero-ETL there is nothing to cap", () => {
        assert.deepStrictEqual(lines({ redshiftNamespace: "analytics", redshiftWorkgroup: "analytics-wg",
            redshiftAdminSecretArn: "arn:aws:secretsmanager:us-west-2:123456789012:secret:redshift-admin-AbCdEf" }), ["",
            "Spend cap: the existing workgroup keeps its own usage limits and max capacity (this stack changes neither; the redshiftUsageLimits output lists its serverless-compute limits)."]);
        assert.deepStrictEqual(lines({ zeroEtl: "false", athenaPipeline: "true" }), []);
    });
});
