// The monthly cost estimate as pure arithmetic: stack config + usage assumptions + prices -> itemized lines and totals.
import type { StackConfig } from "../../components/config";
import { Exact, sum } from "./exact";
import { GLUE_CATALOG_FREE_REQUESTS, Prices, UsageAssumptions } from "./inputs";
import { RunsPerMonth, runsPerMonth } from "./schedule";

/** The parts of the stack config that change the bill. */
export type CostConfig = Pick<StackConfig, "zeroEtl" | "refreshIntervalSeconds" | "redshiftBaseCapacity" | "athenaPipeline" | "loadSchedule">;

export interface CostLine {
    readonly label: string;
    readonly usd: Exact;
    /** The arithmetic, with every number used, so a reader can redo it. */
    readonly formula: string;
}

export interface CostSection {
    readonly title: string;
    readonly lines: readonly CostLine[];
    readonly subtotal: Exact;
}

export interface SyncCost {
    readonly intervalSeconds: number;
    /** Undefined for continuous replication. */
    readonly syncsPerDay?: Exact;
    readonly hoursPerDay: Exact;
    readonly usd: Exact;
}

export interface CostEstimate {
    readonly sections: readonly CostSection[];
    readonly total: Exact;
    /** Sync cost at the configured refreshIntervalSeconds next to continuous replication; only with zero-ETL. */
    readonly syncComparison?: { readonly configured: SyncCost; readonly continuous: SyncCost };
    /** How the pipeline's runs a month were found; only with the Athena pipeline. */
    readonly pipelineRuns?: RunsPerMonth;
}

const SECONDS_PER_DAY = 86400;
/** Redshift Serverless bills at least 60 seconds each time it starts work. */
const MIN_BILLED_MINUTES = Exact.of(1);
/** Athena bills at least 10 MB per query; in decimal GB, as AWS bills. */
const ATHENA_MIN_SCAN_GB = Exact.of("0.01");

const d = (value: Exact): string => value.toDecimal();

/**
 * Monthly Redshift compute for zero-ETL refreshes at one REFRESH_INTERVAL. 0 replicates continuously: the workgroup
 * stays busy all day. Otherwise 86400 / interval refreshes a day, each billed syncMinutesPerRefresh (at least 1 minute),
 * and never more than 24 hours a day.
 */
export function syncCost(intervalSeconds: number, rpu: number, usage: UsageAssumptions, prices: Prices): SyncCost {
    const perHourOfDay = prices.redshiftRpuHour.mul(rpu).mul(usage.daysPerMonth);
    if (intervalSeconds === 0) {
        const hoursPerDay = Exact.of(24);
        return { intervalSeconds, hoursPerDay, usd: perHourOfDay.mul(hoursPerDay) };
    }
    const syncsPerDay = Exact.of(SECONDS_PER_DAY).div(intervalSeconds);
    const billedMinutes = usage.syncMinutesPerRefresh.max(MIN_BILLED_MINUTES);
    const hoursPerDay = syncsPerDay.mul(billedMinutes).div(60).min(24);
    return { intervalSeconds, syncsPerDay, hoursPerDay, usd: perHourOfDay.mul(hoursPerDay) };
}

function zeroEtlSection(config: CostConfig, usage: UsageAssumptions, prices: Prices): { section: CostSection; configured: SyncCost; continuous: SyncCost } {
    const rpu = config.redshiftBaseCapacity;
    const interval = config.refreshIntervalSeconds ?? 0;
    const days = usage.daysPerMonth;
    const rpuPrice = `${d(prices.redshiftRpuHour)} USD/RPU-hour x ${rpu} RPU`;

    const queries: CostLine = {
        label: "Redshift compute, queries",
        usd: prices.redshiftRpuHour.mul(rpu).mul(usage.minutesPerQuery).div(60).mul(usage.queriesPerDay).mul(days),
        formula: `${rpuPrice} x ${d(usage.minutesPerQuery)}/60 hour x ${d(usage.queriesPerDay)} queries/day x ${d(days)} days`,
    };

    const configured = syncCost(interval, rpu, usage, prices);
    const continuous = syncCost(0, rpu, usage, prices);
    let syncFormula: string;
    if (configured.syncsPerDay === undefined) {
        syncFormula = `${rpuPrice} x 24 hours/day x ${d(days)} days (continuous replication)`;
    } else if (configured.hoursPerDay.equals(24)) {
        syncFormula = `${rpuPrice} x 24 hours/day x ${d(days)} days (${d(configured.syncsPerDay)} syncs/day fill the day)`;
    } else {
        const billed = usage.syncMinutesPerRefresh.max(MIN_BILLED_MINUTES);
        syncFormula = `${rpuPrice} x ${d(billed)}/60 hour x ${d(configured.syncsPerDay)} syncs/day x ${d(days)} days`;
    }
    const syncs: CostLine = { label: "Redshift compute, syncs", usd: configured.usd, formula: syncFormula };

    const storage: CostLine = {
        label: "Redshift managed storage",
        usd: usage.dataSizeGb.mul(prices.redshiftStorageGbMonth),
        formula: `${d(usage.dataSizeGb)} GB x ${d(prices.redshiftStorageGbMonth)} USD/GB-month`,
    };

    const lines = [queries, syncs, storage];
    const title = `Zero-ETL: Aurora MySQL -> Redshift Serverless, ${rpu} RPU, REFRESH_INTERVAL ${interval} s${interval === 0 ? " (continuous)" : ""}`;
    return { section: { title, lines, subtotal: sum(lines.map(l => l.usd)) }, configured, continuous };
}

function athenaSection(config: CostConfig, usage: UsageAssumptions, prices: Prices): { section: CostSection; runs: RunsPerMonth } {
    const days = usage.daysPerMonth;
    const runs: RunsPerMonth = usage.exportRunsPerMonth !== undefined
        ? { runs: usage.exportRunsPerMonth, explanation: "given as an assumption" }
        : runsPerMonth(config.loadSchedule, days);

    const exportLine: CostLine = {
        label: "Aurora export to S3",
        usd: usage.dataSizeGb.mul(prices.exportGb).mul(runs.runs),
        formula: `${d(usage.dataSizeGb)} GB x ${d(prices.exportGb)} USD/GB x ${d(runs.runs)} runs`,
    };

    const crawlerNote = usage.crawlerRunsPerMonth.isZero() ? " (this pipeline runs no crawler)" : "";
    const crawler: CostLine = {
        label: "Glue crawler",
        usd: prices.glueDpuHour.mul(usage.crawlerMinutesPerRun).div(60).mul(usage.crawlerRunsPerMonth),
        formula: `${d(prices.glueDpuHour)} USD/DPU-hour x ${d(usage.crawlerMinutesPerRun)}/60 hour x ${d(usage.crawlerRunsPerMonth)} runs${crawlerNote}`,
    };

    const requests = usage.queriesPerDay.mul(days);
    const billedRequests = requests.sub(GLUE_CATALOG_FREE_REQUESTS).max(Exact.ZERO);
    const catalog: CostLine = {
        label: "Glue Data Catalog",
        usd: billedRequests.div(1_000_000).mul(prices.glueCatalogMillionRequests),
        formula: `${d(requests)} requests/month, first ${d(GLUE_CATALOG_FREE_REQUESTS)} free, then ${d(prices.glueCatalogMillionRequests)} USD/million`,
    };

    const scannedTb = usage.compressedSizeGb.max(ATHENA_MIN_SCAN_GB).div(1000);
    const athena: CostLine = {
        label: "Athena queries",
        usd: scannedTb.mul(prices.athenaTb).mul(usage.queriesPerDay).mul(days),
        formula: `${d(scannedTb)} TB x ${d(prices.athenaTb)} USD/TB x ${d(usage.queriesPerDay)} queries/day x ${d(days)} days`,
    };

    const quicksight: CostLine = {
        label: "QuickSight",
        usd: usage.quicksightUsers.mul(prices.quicksightUserMonth),
        formula: `${d(usage.quicksightUsers)} users x ${d(prices.quicksightUserMonth)} USD/user`,
    };

    const lines = [exportLine, crawler, catalog, athena, quicksight];
    const title = `Athena pipeline: ${config.loadSchedule}, ${d(runs.runs)} runs/month (${runs.explanation})`;
    return { section: { title, lines, subtotal: sum(lines.map(l => l.usd)) }, runs };
}

/** The itemized monthly estimate for the parts the stack enables. */
export function estimateMonthlyCost(config: CostConfig, usage: UsageAssumptions, prices: Prices): CostEstimate {
    const sections: CostSection[] = [];
    let syncComparison: CostEstimate["syncComparison"];
    let pipelineRuns: RunsPerMonth | undefined;
    if (config.zeroEtl) {
        const z = zeroEtlSection(config, usage, prices);
        sections.push(z.section);
        syncComparison = { configured: z.configured, continuous: z.continuous };
    }
    if (config.athenaPipeline) {
        const a = athenaSection(config, usage, prices);
        sections.push(a.section);
        pipelineRuns = a.runs;
    }
    return {
        sections,
        total: sum(sections.map(s => s.subtotal)),
        ...(syncComparison ? { syncComparison } : {}),
        ...(pipelineRuns ? { pipelineRuns } : {}),
    };
}
