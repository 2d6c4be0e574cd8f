// The monthly cost estimate as pure arithmetic: stack config + usage assumptions + prices -> itemized lines and totals.
import type { StackConfig } from "../../components/config";
import { Exact, sum } from "./exact";
import { FixedCostConfig, fixedResources } from "./fixed";
import { CostModel, GLUE_CATALOG_FREE_REQUESTS, InputError, Inputs, PRICE_INPUTS, PriceKey, Prices, STEP_FUNCTIONS_FREE_TRANSITIONS, UsageAssumptions } from "./inputs";
import { RunShape, runShape } from "./pipelineRuns";
import { RunsPerMonth, runsPerMonth } from "./schedule";

/** The parts of the stack config that change the bill. */
export type CostConfig = Pick<StackConfig, "zeroEtl" | "refreshIntervalSeconds" | "redshiftBaseCapacity" | "athenaPipeline" | "loadSchedule"
    | "fullSyncSchedule" | "tables" | "backupRetentionDays" | "exportTimeoutMinutes">
    & FixedCostConfig & Partial<Pick<StackConfig, "quicksightPrincipalArn">>;

export interface CostLine {
    readonly label: string;
    readonly usd: Exact;
    /** The arithmetic, with every number used, so a reader can redo it. */
    readonly formula: string;
}

export interface CostSection {
    /** The zero-ETL path, the Athena pipeline path, or what the stack keeps running whatever path runs. */
    readonly kind: "zeroEtl" | "athenaPipeline" | "fixed";
    readonly title: string;
    readonly lines: readonly CostLine[];
    readonly subtotal: Exact;
}

export interface SyncCost {
    readonly intervalSeconds: number;
    /** Undefined for continuous replication in the seeds' model, which does not count cycles. */
    readonly syncsPerDay?: Exact;
    readonly hoursPerDay: Exact;
    readonly usd: Exact;
}

export interface CostEstimate {
    readonly sections: readonly CostSection[];
    readonly total: Exact;
    /** Charged once, when the integration is created; not in the monthly total. Only with zero-ETL in the aws model. */
    readonly oneTime: readonly CostLine[];
    /** Sync cost at the configured refreshIntervalSeconds next to continuous replication; only with zero-ETL. */
    readonly syncComparison?: { readonly configured: SyncCost; readonly continuous: SyncCost; readonly continuousUsdPerHour: Exact };
    /** How the pipeline's runs a month were found; only with the Athena pipeline. */
    readonly pipelineRuns?: RunsPerMonth;
    /** How the full-sync runs a month were found; only with the Athena pipeline in the aws model. */
    readonly fullSyncRuns?: RunsPerMonth;
}

const SECONDS_PER_DAY = 86400;
/** Redshift Serverless bills at least 60 seconds each time it starts work (aws.amazon.com/redshift/pricing/). */
const MIN_BILLED_MINUTES = Exact.of(1);
/** Athena bills at least 10 MB per query; in decimal GB, as AWS bills. */
const ATHENA_MIN_SCAN_GB = Exact.of("0.01");

const d = (value: Exact): string => value.toDecimal();

/**
 * Monthly Redshift compute for zero-ETL refresh cycles at one REFRESH_INTERVAL.
 *
 * aws model: REFRESH_INTERVAL is "the approximate time interval, in seconds, to refresh data" (Redshift CREATE DATABASE
 * and ALTER DATABASE references); the next cycle starts about that long after the previous one finished, so a day
 * holds 86400 / (interval + cycle seconds) cycles, each billed at least 60 seconds. Interval 0 runs cycles back to back
 * all day: the upper bound, reached while changes keep arriving.
 *
 * seeds model: the zero-ETL seed counts 86400 / interval refreshes a day (24 for 3600 s), and 0 as 24 hours.
 *
 * Either way never more than 24 hours a day.
 */
export function syncCost(intervalSeconds: number, rpu: number, usage: UsageAssumptions, prices: Prices, model: CostModel = "aws"): SyncCost {
    const perHourOfDay = need(prices, "redshiftRpuHour").mul(rpu).mul(usage.daysPerMonth);
    if (model === "seeds" && intervalSeconds === 0) {
        const hoursPerDay = Exact.of(24);
        return { intervalSeconds, hoursPerDay, usd: perHourOfDay.mul(hoursPerDay) };
    }
    const cycleSeconds = usage.syncMinutesPerRefresh.mul(60);
    const syncsPerDay = Exact.of(SECONDS_PER_DAY).div(model === "seeds" ? Exact.of(intervalSeconds) : cycleSeconds.add(intervalSeconds));
    const billedMinutes = usage.syncMinutesPerRefresh.max(MIN_BILLED_MINUTES);
    const hoursPerDay = syncsPerDay.mul(billedMinutes).div(60).min(24);
    return { intervalSeconds, syncsPerDay, hoursPerDay, usd: perHourOfDay.mul(hoursPerDay) };
}

/** The price for `key`, which requiredPrices has checked. */
function need(prices: Prices, key: PriceKey): Exact {
    const price = prices[key];
    if (price === undefined) {
        throw new InputError(`No ${key} price: pass --${PRICE_INPUTS.find(s => s.key === key)!.flag} <USD>.`);
    }
    return price;
}

function quicksightIncluded(config: CostConfig, model: CostModel): boolean {
    return config.athenaPipeline && (model === "seeds" || config.quicksightPrincipalArn !== undefined);
}

/** The prices this stack's estimate uses, in PRICE_INPUTS order. */
export function requiredPrices(config: CostConfig, usage: UsageAssumptions, model: CostModel): PriceKey[] {
    const keys = new Set<PriceKey>();
    if (config.zeroEtl) {
        keys.add("redshiftRpuHour").add("redshiftStorageGbMonth");
        if (model === "aws") {
            keys.add("exportGb");
            if (!usage.binlogStorageGb.isZero()) {
                keys.add("auroraStorageGbMonth");
            }
            if (!usage.binlogMillionIos.isZero()) {
                keys.add("auroraIoMillion");
            }
        }
    }
    if (config.athenaPipeline) {
        keys.add("exportGb").add("glueDpuHour").add("glueCatalogMillionRequests").add("athenaTb");
        if (model === "aws") {
            keys.add("s3StandardGbMonth").add("stepFunctionsThousandTransitions");
        }
    }
    if (model === "aws") {
        const fixed = fixedResources(config);
        if (fixed.writer !== undefined) {
            keys.add("auroraAcuHour");
        }
        if (fixed.interfaceEndpoints !== undefined) {
            keys.add("interfaceEndpointHour");
        }
        if (fixed.kmsKeys.length > 0) {
            keys.add("kmsKeyMonth");
        }
        if (fixed.bastion) {
            keys.add("bastionInstanceHour");
        }
    }
    if (quicksightIncluded(config, model)) {
        if (model === "aws") {
            keys.add("quicksightAuthorMonth");
        }
        keys.add("quicksightReaderMonth");
    }
    return PRICE_INPUTS.map(s => s.key).filter(k => keys.has(k));
}

/** Throws one InputError naming every price the estimate needs and nobody gave. */
export function checkPrices(config: CostConfig, inputs: Pick<Inputs, "usage" | "prices" | "model" | "priceSource">): void {
    const missing = requiredPrices(config, inputs.usage, inputs.model).filter(k => inputs.prices[k] === undefined);
    if (missing.length > 0) {
        const flags = missing.map(k => `--${PRICE_INPUTS.find(s => s.key === k)!.flag}`);
        throw new InputError(`This estimate needs ${flags.join(", ")} (${inputs.priceSource}): ` +
            "pass them as flags or in the assumptions file's \"prices\", from the AWS pricing pages for your region.");
    }
}

function zeroEtlSection(config: CostConfig, usage: UsageAssumptions, prices: Prices, model: CostModel):
    { section: CostSection; configured: SyncCost; continuous: SyncCost; oneTime: CostLine[] } {
    const rpu = config.redshiftBaseCapacity;
    const interval = config.refreshIntervalSeconds ?? 0;
    const days = usage.daysPerMonth;
    const rpuHour = need(prices, "redshiftRpuHour");
    const rpuPrice = `${d(rpuHour)} USD/RPU-hour x ${rpu} RPU`;

    const queries: CostLine = {
        label: "Redshift compute, queries",
        usd: rpuHour.mul(rpu).mul(usage.minutesPerQuery).div(60).mul(usage.queriesPerDay).mul(days),
        formula: `${rpuPrice} x ${d(usage.minutesPerQuery)}/60 hour x ${d(usage.queriesPerDay)} queries/day x ${d(days)} days`,
    };

    const configured = syncCost(interval, rpu, usage, prices, model);
    const continuous = syncCost(0, rpu, usage, prices, model);
    const billed = usage.syncMinutesPerRefresh.max(MIN_BILLED_MINUTES);
    let syncFormula: string;
    if (configured.syncsPerDay === undefined) {
        syncFormula = `${rpuPrice} x 24 hours/day x ${d(days)} days (continuous replication)`;
    } else if (configured.hoursPerDay.equals(24)) {
        syncFormula = `${rpuPrice} x 24 hours/day x ${d(days)} days (${d(configured.syncsPerDay)} syncs/day fill the day${interval === 0 ? ": continuous, the upper bound" : ""})`;
    } else if (model === "seeds") {
        syncFormula = `${rpuPrice} x ${d(billed)}/60 hour x ${d(configured.syncsPerDay)} syncs/day x ${d(days)} days`;
    } else {
        syncFormula = `${rpuPrice} x ${d(billed)}/60 hour x 86400/(${interval} + ${d(usage.syncMinutesPerRefresh.mul(60))}) = ${d(configured.syncsPerDay)} syncs/day x ${d(days)} days`;
    }
    const syncs: CostLine = { label: "Redshift compute, syncs", usd: configured.usd, formula: syncFormula };

    const storagePrice = need(prices, "redshiftStorageGbMonth");
    const storage: CostLine = {
        label: "Redshift managed storage",
        usd: usage.dataSizeGb.mul(storagePrice),
        formula: `${d(usage.dataSizeGb)} GB x ${d(storagePrice)} USD/GB-month`,
    };

    const lines = [queries, syncs, storage];
    const oneTime: CostLine[] = [];
    if (model === "aws") {
        // Zero-ETL is free, but the source pays enhanced binlog I/O and storage and the seeding snapshot export
        // (Amazon Redshift FAQ, "How much does zero-ETL integration cost?").
        lines.push(usage.binlogStorageGb.isZero()
            ? { label: "Aurora binlog storage", usd: Exact.ZERO, formula: "not estimated: pass --binlog-storage-gb and --price-aurora-storage-gb-month" }
            : {
                label: "Aurora binlog storage",
                usd: usage.binlogStorageGb.mul(need(prices, "auroraStorageGbMonth")),
                formula: `${d(usage.binlogStorageGb)} GB x ${d(need(prices, "auroraStorageGbMonth"))} USD/GB-month`,
            });
        lines.push(usage.binlogMillionIos.isZero()
            ? { label: "Aurora binlog I/O", usd: Exact.ZERO, formula: "not estimated: pass --binlog-million-ios and --price-aurora-io-million (Aurora Standard)" }
            : {
                label: "Aurora binlog I/O",
                usd: usage.binlogMillionIos.mul(need(prices, "auroraIoMillion")),
                formula: `${d(usage.binlogMillionIos)} million I/Os x ${d(need(prices, "auroraIoMillion"))} USD/million`,
            });
        const exportGb = need(prices, "exportGb");
        oneTime.push({
            label: "Zero-ETL initial seeding",
            usd: usage.dataSizeGb.mul(exportGb),
            formula: `${d(usage.dataSizeGb)} GB x ${d(exportGb)} USD/GB (a snapshot export of the cluster)`,
        });
    }
    const title = `Zero-ETL: Aurora MySQL -> Redshift Serverless, ${rpu} RPU, REFRESH_INTERVAL ${interval} s${interval === 0 ? " (continuous)" : ""}`;
    return { section: { kind: "zeroEtl", title, lines, subtotal: sum(lines.map(l => l.usd)) }, configured, continuous, oneTime };
}

/** Athena bills at least 10 MB for each statement: `statements` statements of one run bill at least this many GB. */
function billedScanGb(scanGb: Exact, statements: number): Exact {
    return scanGb.max(ATHENA_MIN_SCAN_GB.mul(statements));
}

/** The pipeline's own cost per month in the aws model: full-sync exports, its Athena statements, S3 storage, transitions. */
function pipelineLines(config: CostConfig, usage: UsageAssumptions, prices: Prices, diffRuns: Exact, fullRuns: RunsPerMonth): CostLine[] {
    const exportGb = need(prices, "exportGb");
    const runs = diffRuns.add(fullRuns.runs);
    const diff = runShape("diff", config.tables, config.exportTimeoutMinutes, usage.exportMinutesPerRun.toNumber());
    const full = runShape("all", config.tables, config.exportTimeoutMinutes, usage.exportMinutesPerRun.toNumber());

    // Each table's share of the Parquet size, read by its statements: a full load's MERGE reads the stage once and the
    // master twice and its OPTIMIZE reads the master (4 shares), a diff MERGE the stage and the master (2 shares).
    const share = config.tables.length === 0 ? Exact.ZERO : usage.compressedSizeGb.div(config.tables.length);
    const diffScan = usage.diffRunScanGb ?? share.mul(4 * diff.fullTables + 2 * (config.tables.length - diff.fullTables));
    const fullScan = usage.fullSyncScanGb ?? usage.compressedSizeGb.mul(4);
    const athenaTb = need(prices, "athenaTb");
    const billedGb = diffRuns.mul(billedScanGb(diffScan, diff.billedStatements)).add(fullRuns.runs.mul(billedScanGb(fullScan, full.billedStatements)));

    const s3 = need(prices, "s3StandardGbMonth");
    // Each export stays until its lifecycle rule expires it after backupRetentionDays (components/athena/index.ts, raw bucket).
    const keptExports = runs.mul(config.backupRetentionDays).div(usage.daysPerMonth);

    const perRun = (shape: RunShape) => shape.runTransitions + shape.tableTransitions;
    const split = (shape: RunShape) => `(${shape.runTransitions} + ${shape.tableTransitions})`;
    const transitions = diffRuns.mul(perRun(diff)).add(fullRuns.runs.mul(perRun(full)));
    const billedTransitions = transitions.sub(STEP_FUNCTIONS_FREE_TRANSITIONS).max(Exact.ZERO);
    const sfn = need(prices, "stepFunctionsThousandTransitions");
    return [{
        // "You're charged for exporting the entire DB cluster, whether you export all or partial data" (Aurora user guide,
        // docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/export-cluster-data.html).
        label: "Aurora export, full syncs",
        usd: usage.dataSizeGb.mul(exportGb).mul(fullRuns.runs),
        formula: `${d(usage.dataSizeGb)} GB x ${d(exportGb)} USD/GB x ${d(fullRuns.runs)} runs (each export is billed on the whole cluster)`,
    }, {
        label: "Athena, pipeline loads",
        usd: billedGb.div(1000).mul(athenaTb),
        formula: `(${d(diffRuns)} diff runs x max(${d(diffScan)} GB, ${diff.billedStatements} statements x 10 MB) + ${d(fullRuns.runs)} full syncs x `
            + `max(${d(fullScan)} GB, ${full.billedStatements} statements x 10 MB)) = ${d(billedGb.div(1000))} TB x ${d(athenaTb)} USD/TB`,
    }, {
        label: "S3, kept exports",
        usd: keptExports.mul(usage.compressedSizeGb).mul(s3),
        formula: `${d(runs)} exports/month x ${config.backupRetentionDays} days kept (backupRetentionDays) / ${d(usage.daysPerMonth)} days = ${d(keptExports)} exports `
            + `x ${d(usage.compressedSizeGb)} GB x ${d(s3)} USD/GB-month`,
    }, {
        label: "S3, Iceberg masters",
        usd: usage.compressedSizeGb.mul(s3),
        formula: `${d(usage.compressedSizeGb)} GB x ${d(s3)} USD/GB-month (the current rows; files of snapshots VACUUM still keeps are not counted)`,
    }, {
        label: "Step Functions transitions",
        usd: billedTransitions.div(1000).mul(sfn),
        formula: `(${d(diffRuns)} diff runs x ${split(diff)} + ${d(fullRuns.runs)} full syncs x ${split(full)}) = ${d(transitions)} transitions/month `
            + `(run + ${config.tables.length} table loads, no retries, ${diff.exportChecks} export checks every ${diff.pollSeconds} s), `
            + `first ${d(STEP_FUNCTIONS_FREE_TRANSITIONS)} free, then ${d(sfn)} USD/1000`,
    }];
}

function athenaSection(config: CostConfig, usage: UsageAssumptions, prices: Prices, model: CostModel):
    { section: CostSection; runs: RunsPerMonth; fullSyncRuns?: RunsPerMonth } {
    const days = usage.daysPerMonth;
    const runs: RunsPerMonth = usage.exportRunsPerMonth !== undefined
        ? { runs: usage.exportRunsPerMonth, explanation: model === "seeds" ? "the samples' daily update" : "given as an assumption" }
        : runsPerMonth(config.loadSchedule, days);
    // The full-sync schedule starts its own runs, each with its own export (components/athena/index.ts): they add up.
    const fullSyncRuns: RunsPerMonth | undefined = model === "seeds" ? undefined
        : usage.fullSyncRunsPerMonth !== undefined ? { runs: usage.fullSyncRunsPerMonth, explanation: "given as an assumption" }
            : runsPerMonth(config.fullSyncSchedule, days, { key: "fullSyncSchedule", flag: "full-sync-runs-per-month" });

    const exportGb = need(prices, "exportGb");
    const exportLine: CostLine = {
        label: "Aurora export to S3",
        usd: usage.dataSizeGb.mul(exportGb).mul(runs.runs),
        formula: `${d(usage.dataSizeGb)} GB x ${d(exportGb)} USD/GB x ${d(runs.runs)} runs`,
    };

    const dpuHour = need(prices, "glueDpuHour");
    const crawlerNote = usage.crawlerRunsPerMonth.isZero() ? " (this pipeline runs no crawler)" : "";
    const crawler: CostLine = {
        label: "Glue crawler",
        usd: dpuHour.mul(usage.crawlerMinutesPerRun).div(60).mul(usage.crawlerRunsPerMonth),
        formula: `${d(dpuHour)} USD/DPU-hour x ${d(usage.crawlerMinutesPerRun)}/60 hour x ${d(usage.crawlerRunsPerMonth)} runs${crawlerNote}`,
    };

    const catalogPrice = need(prices, "glueCatalogMillionRequests");
    const requests = usage.queriesPerDay.mul(days);
    const billedRequests = requests.sub(GLUE_CATALOG_FREE_REQUESTS).max(Exact.ZERO);
    const catalog: CostLine = {
        label: "Glue Data Catalog",
        usd: billedRequests.div(1_000_000).mul(catalogPrice),
        formula: `${d(requests)} requests/month, first ${d(GLUE_CATALOG_FREE_REQUESTS)} free, then ${d(catalogPrice)} USD/million`,
    };

    const athenaTb = need(prices, "athenaTb");
    const scannedTb = usage.compressedSizeGb.max(ATHENA_MIN_SCAN_GB).div(1000);
    const athena: CostLine = {
        label: "Athena queries",
        usd: scannedTb.mul(athenaTb).mul(usage.queriesPerDay).mul(days),
        formula: `${d(scannedTb)} TB x ${d(athenaTb)} USD/TB x ${d(usage.queriesPerDay)} queries/day x ${d(days)} days`,
    };

    const lines = [exportLine, crawler, catalog, athena];
    if (fullSyncRuns !== undefined) {
        const [fullExports, ...rest] = pipelineLines(config, usage, prices, runs.runs, fullSyncRuns);
        lines.splice(1, 0, fullExports);
        lines.push(...rest);
    }
    if (quicksightIncluded(config, model)) {
        const reader = need(prices, "quicksightReaderMonth");
        if (model === "seeds") {
            lines.push({
                label: "QuickSight",
                usd: usage.quicksightReaders.mul(reader),
                formula: `${d(usage.quicksightReaders)} users x ${d(reader)} USD/user (the samples count every user a Reader)`,
            });
        } else {
            // The data source's and datasets' owner must be an Author or Admin; Readers only view dashboards.
            const author = need(prices, "quicksightAuthorMonth");
            lines.push({
                label: "QuickSight Authors",
                usd: usage.quicksightAuthors.mul(author),
                formula: `${d(usage.quicksightAuthors)} x ${d(author)} USD/Author-month`,
            }, {
                label: "QuickSight Readers",
                usd: usage.quicksightReaders.mul(reader),
                formula: `${d(usage.quicksightReaders)} x ${d(reader)} USD/Reader-month`,
            });
        }
    }
    const fullPhrase = fullSyncRuns === undefined ? "" : `; full syncs ${config.fullSyncSchedule}, ${d(fullSyncRuns.runs)} runs/month (${fullSyncRuns.explanation})`;
    const title = `Athena pipeline: ${config.loadSchedule}, ${d(runs.runs)} runs/month (${runs.explanation})${fullPhrase}`;
    return {
        section: { kind: "athenaPipeline", title, lines, subtotal: sum(lines.map(l => l.usd)) }, runs,
        ...(fullSyncRuns !== undefined ? { fullSyncRuns } : {}),
    };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** aws model: what the stack keeps running (and billing by the hour or month) whatever path runs; undefined when nothing. */
function fixedSection(config: CostConfig, usage: UsageAssumptions, prices: Prices): CostSection | undefined {
    const fixed = fixedResources(config);
    const hours = usage.daysPerMonth.mul(24);
    const perMonth = `24 h x ${d(usage.daysPerMonth)} days`;
    const lines: CostLine[] = [];
    if (fixed.writer !== undefined) {
        const acuHour = need(prices, "auroraAcuHour");
        lines.push({
            label: "Aurora writer",
            usd: usage.auroraAverageAcu.mul(hours).mul(acuHour),
            formula: `${d(usage.auroraAverageAcu)} ACU x ${perMonth} x ${d(acuHour)} USD/ACU-hour `
                + `(Serverless v2, minCapacity ${fixed.writer.minCapacity}, maxCapacity ${fixed.writer.maxCapacity})`,
        });
    }
    if (fixed.interfaceEndpoints !== undefined) {
        const { services, zones, atMost } = fixed.interfaceEndpoints;
        const endpointHour = need(prices, "interfaceEndpointHour");
        const zonesPhrase = atMost ? `${plural(zones, "AZ")} (one per zone of privateSubnetIds; endpoints the VPC already has are not created)` : plural(zones, "AZ");
        lines.push({
            label: "Interface endpoints",
            usd: hours.mul(services.length * zones).mul(endpointHour),
            formula: `${atMost ? "at most " : ""}${plural(services.length, "endpoint")} (${services.join(", ")}) x ${zonesPhrase} x ${perMonth} x ${d(endpointHour)} USD/hour`,
        });
    }
    if (fixed.kmsKeys.length > 0) {
        const keyMonth = need(prices, "kmsKeyMonth");
        lines.push({
            label: "KMS keys",
            usd: keyMonth.mul(fixed.kmsKeys.length),
            formula: `${plural(fixed.kmsKeys.length, "key")} (${fixed.kmsKeys.join(", ")}) x ${d(keyMonth)} USD/key-month`,
        });
    }
    if (fixed.bastion) {
        const instanceHour = need(prices, "bastionInstanceHour");
        lines.push({
            label: "Bastion instance",
            usd: hours.mul(instanceHour),
            formula: `${perMonth} x ${d(instanceHour)} USD/hour (t3.micro, On-Demand)`,
        });
    }
    return lines.length === 0 ? undefined
        : { kind: "fixed", title: "Stack fixed costs: always on, whatever runs (aws model)", lines, subtotal: sum(lines.map(l => l.usd)) };
}

/** The itemized monthly estimate for the parts the stack enables. Throws InputError when a needed price is missing. */
export function estimateMonthlyCost(config: CostConfig, inputs: Inputs): CostEstimate {
    checkPrices(config, inputs);
    const { usage, prices, model } = inputs;
    const sections: CostSection[] = [];
    const oneTime: CostLine[] = [];
    let syncComparison: CostEstimate["syncComparison"];
    let pipelineRuns: RunsPerMonth | undefined;
    let fullSyncRuns: RunsPerMonth | undefined;
    if (config.zeroEtl) {
        const z = zeroEtlSection(config, usage, prices, model);
        sections.push(z.section);
        oneTime.push(...z.oneTime);
        syncComparison = {
            configured: z.configured,
            continuous: z.continuous,
            continuousUsdPerHour: need(prices, "redshiftRpuHour").mul(config.redshiftBaseCapacity),
        };
    }
    if (config.athenaPipeline) {
        const a = athenaSection(config, usage, prices, model);
        sections.push(a.section);
        pipelineRuns = a.runs;
        fullSyncRuns = a.fullSyncRuns;
    }
    const fixed = model === "aws" ? fixedSection(config, usage, prices) : undefined;
    if (fixed !== undefined) {
        sections.push(fixed);
    }
    return {
        sections,
        total: sum(sections.map(s => s.subtotal)),
        oneTime,
        ...(syncComparison ? { syncComparison } : {}),
        ...(pipelineRuns ? { pipelineRuns } : {}),
        ...(fullSyncRuns ? { fullSyncRuns } : {}),
    };
}
