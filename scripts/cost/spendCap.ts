// The spend cap next to the expected cost: what the usage limit and maxCapacity let Redshift Serverless cost at most.
import type { StackConfig } from "../../components/config";
import { CostEstimate } from "./estimate";
import { Exact } from "./exact";
import { Inputs } from "./inputs";

export type SpendCapConfig = Pick<StackConfig, "zeroEtl" | "redshiftNamespace" | "redshiftMaxCapacity" | "redshiftUsageLimitRpuHours"
    | "redshiftUsageLimitPeriod" | "redshiftUsageLimitBreachAction" | "refreshIntervalSeconds">;

/** Periods of the usage limit in one month of `days` days. */
function periodsPerMonth(period: SpendCapConfig["redshiftUsageLimitPeriod"], days: Exact): Exact {
    return period === "daily" ? days : period === "weekly" ? days.div(7) : Exact.of(1);
}

/**
 * RPU-hours a month at most. maxCapacity busy all month bounds every case; with breachAction deactivate the usage limit
 * also does, since user queries stop until the period ends ("Billing for on-demand compute capacity", maximum RPU hours).
 * log and emit-metric only record or alert: they stop nothing.
 */
export function worstCaseRpuHours(config: SpendCapConfig, days: Exact): { capacityBound: Exact; limitBound: Exact; worst: Exact } {
    const capacityBound = Exact.of(config.redshiftMaxCapacity).mul(24).mul(days);
    const limitBound = Exact.of(config.redshiftUsageLimitRpuHours).mul(periodsPerMonth(config.redshiftUsageLimitPeriod, days)).min(capacityBound);
    return { capacityBound, limitBound, worst: config.redshiftUsageLimitBreachAction === "deactivate" ? limitBound : capacityBound };
}

/** The lines `npm run cost` prints after the estimate; none without zero-ETL. */
export function spendCapLines(config: SpendCapConfig, estimate: CostEstimate, inputs: Pick<Inputs, "usage" | "prices">): string[] {
    if (!config.zeroEtl || estimate.syncComparison === undefined) {
        return [];
    }
    if (config.redshiftNamespace !== undefined) {
        return ["", "Spend cap: the existing workgroup keeps its own usage limits and max capacity (this stack changes neither; " +
            "the redshiftUsageLimits output lists its serverless-compute limits)."];
    }
    const price = inputs.prices.redshiftRpuHour!;
    const days = inputs.usage.daysPerMonth;
    const { limitBound, worst } = worstCaseRpuHours(config, days);
    const usd = (rpuHours: Exact) => rpuHours.mul(price).toDecimal(2);
    const expected = estimate.syncComparison.configured;
    const lines = [
        "",
        `Spend cap (redshiftMaxCapacity ${config.redshiftMaxCapacity} RPU; usage limit ${config.redshiftUsageLimitRpuHours} RPU-hours ` +
            `${config.redshiftUsageLimitPeriod}, breachAction ${config.redshiftUsageLimitBreachAction}):`,
        `  Expected at refreshIntervalSeconds ${config.refreshIntervalSeconds}: ${expected.usd.toDecimal(2)} USD/month of zero-ETL sync.`,
    ];
    if (config.redshiftUsageLimitBreachAction === "deactivate") {
        lines.push(`  Worst case under the usage limit: ${usd(worst)} USD/month = ${worst.toDecimal()} RPU-hours x ${price.toDecimal()} USD ` +
            "(queries stop until the period ends once the limit is reached).");
    } else {
        lines.push(`  Worst case: ${usd(worst)} USD/month = ${config.redshiftMaxCapacity} RPU x 24 h x ${days.toDecimal()} days x ${price.toDecimal()} USD: ` +
            `${config.redshiftUsageLimitBreachAction} only ${config.redshiftUsageLimitBreachAction === "log" ? "records" : "alerts on"} a breach; ` +
            `with breachAction deactivate it would be ${usd(limitBound)} USD/month.`);
    }
    return lines;
}
