// Renders a cost estimate as the plain-text table `npm run cost` prints.
import { CostEstimate, SyncCost, syncCost } from "./estimate";
import { Inputs, PRICE_INPUTS, USAGE_INPUTS } from "./inputs";

export interface ReportContext {
    readonly stackName: string;
    /** aws:region from the stack file, when set: the prices must be that region's. */
    readonly region?: string;
    readonly rpu: number;
    /** REFRESH_INTERVAL values to compare with the configured one (default: only continuous replication, 0). */
    readonly compareIntervals?: readonly number[];
}

const LABEL_WIDTH = 28;
const AMOUNT_WIDTH = 12;

function row(label: string, amount: string, formula?: string): string {
    const text = `  ${label.padEnd(LABEL_WIDTH)}${amount.padStart(AMOUNT_WIDTH)}`;
    return formula === undefined ? text : `${text}  = ${formula}`;
}

function syncRow(label: string, cost: SyncCost): string {
    const detail = cost.syncsPerDay === undefined
        ? "24 hours/day"
        : `${cost.syncsPerDay.toDecimal()} syncs/day, ${cost.hoursPerDay.toDecimal()} hours/day`;
    return `${row(label, cost.usd.toDecimal())} USD/month (${detail})`;
}

function intervalLabel(interval: number, configured: number): string {
    const tags = [
        ...(interval === configured ? ["configured"] : []),
        ...(interval === 0 ? [interval === configured ? "continuous" : "continuous, upper bound"] : []),
    ];
    return tags.length === 0 ? `${interval} s` : `${interval} s (${tags.join(", ")})`;
}

/** The report, one string per line. */
export function formatEstimate(estimate: CostEstimate, inputs: Inputs, context: ReportContext): string[] {
    const { usage } = inputs;
    const lines: string[] = [];
    const where = context.region === undefined ? "" : `, region ${context.region}`;
    lines.push(`Monthly cost estimate for stack ${context.stackName} (USD, ${usage.daysPerMonth.toDecimal()}-day month${where}, ${inputs.model} model)`);
    if (!estimate.sections.some(s => s.kind !== "fixed")) {
        lines.push("", "This stack enables neither zeroEtl nor athenaPipeline: nothing here is billed by this estimate.");
    }
    for (const section of estimate.sections) {
        lines.push("", section.title);
        for (const line of section.lines) {
            lines.push(row(line.label, line.usd.toDecimal(), line.formula));
        }
        lines.push(row("Subtotal", section.subtotal.toDecimal()));
    }
    lines.push("", `${"Total".padEnd(LABEL_WIDTH + 2)}${estimate.total.toDecimal().padStart(AMOUNT_WIDTH)} USD/month`);
    if (estimate.oneTime.length > 0) {
        lines.push("", "Once, when the integration is created (not in the total):");
        for (const line of estimate.oneTime) {
            lines.push(row(line.label, line.usd.toDecimal(), line.formula));
        }
    }

    if (estimate.syncComparison) {
        const { configured, continuousUsdPerHour } = estimate.syncComparison;
        lines.push("", `What refreshIntervalSeconds does to sync cost (${context.rpu} RPU, ${usage.syncMinutesPerRefresh.toDecimal()} min per refresh):`);
        const intervals = [configured.intervalSeconds, ...(context.compareIntervals ?? [0])]
            .filter((v, i, all) => all.indexOf(v) === i)
            .sort((a, b) => a - b);
        for (const interval of intervals) {
            const cost = interval === configured.intervalSeconds ? configured : syncCost(interval, context.rpu, usage, inputs.prices, inputs.model);
            lines.push(syncRow(intervalLabel(interval, configured.intervalSeconds), cost));
        }
        lines.push(`  Continuous replication keeps ${context.rpu} RPU busy: ${continuousUsdPerHour.toDecimal()} USD/hour.`);
    }

    lines.push("", "Assumptions (override with flags or --assumptions file.json):");
    for (const spec of USAGE_INPUTS) {
        const value = usage[spec.key];
        const shown = value === undefined ? spec.derivedFrom ?? "(none)" : value.toDecimal();
        lines.push(`  --${spec.flag} ${shown}: ${spec.description}`);
    }
    lines.push(`Prices (${inputs.priceSource}; override with flags):`);
    for (const spec of PRICE_INPUTS) {
        const price = inputs.prices[spec.key];
        lines.push(`  --${spec.flag} ${price === undefined ? "(none)" : price.toDecimal()}: ${spec.description}`);
    }
    return lines;
}
