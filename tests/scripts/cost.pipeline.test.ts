// npm run cost's aws-model additions (issue 22 part 4): full-sync exports, the pipeline's own Athena scans, S3 storage,
// Step Functions transitions counted on the real definition, and the stack's fixed costs, line by line.
import * as assert from "assert";
import { CostConfig, CostEstimate, estimateMonthlyCost } from "../../scripts/cost/estimate";
import { fixedResources } from "../../scripts/cost/fixed";
import { InputError, Overrides, resolveInputs } from "../../scripts/cost/inputs";
import { checkPath, pipelineDefinition, runPath, runShape, tableLoadPath } from "../../scripts/cost/pipelineRuns";
import { COST_BASE } from "./helpers/costConfigs";

const TOKYO = { region: "ap-northeast-1" } as const;
/** Test prices for what the table has no list price for (scripts/cost/prices.ts). */
const UNLISTED: Overrides = { s3StandardGbMonth: "0.025", auroraAcuHour: "0.2", interfaceEndpointHour: "0.015", bastionInstanceHour: "0.0136" };

/** One change-column table and one without: a diff run loads the first as a diff and the second in full. */
const PIPELINE: CostConfig = {
    ...COST_BASE,
    zeroEtl: false,
    refreshIntervalSeconds: undefined,
    redshiftBaseCapacity: 8,
    athenaPipeline: true,
    loadSchedule: "cron(0 */6 * * ? *)",
    fullSyncSchedule: "cron(0 4 1 * ? *)",
    backupRetentionDays: 7,
    tables: [{ name: "sales", primaryKey: ["salesid"], timestampColumn: "updated_at" }, { name: "event", primaryKey: ["eventid"] }],
};

const ZERO_ETL: CostConfig = { ...COST_BASE, zeroEtl: true, refreshIntervalSeconds: 3600, redshiftBaseCapacity: 8, athenaPipeline: false, loadSchedule: "cron(30 3 ? * MON-FRI *)" };

function lines(estimate: CostEstimate, kind: string): [string, string, string][] {
    const section = estimate.sections.find(s => s.kind === kind);
    return section === undefined ? [] : section.lines.map(l => [l.label, l.usd.toDecimal(12), l.formula]);
}

describe("cost: the Athena pipeline's own work (aws model)", () => {
    const usage: Overrides = { ...UNLISTED, dataSizeGb: 120, compressedSizeGb: 40, exportMinutesPerRun: 20 };
    const estimate = estimateMonthlyCost(PIPELINE, resolveInputs(usage, undefined, TOKYO));

    it("adds the full syncs' exports of the whole cluster to the diff runs' and prices every new line with its formula", () => {
        assert.strictEqual(estimate.sections[0].title, "Athena pipeline: cron(0 */6 * * ? *), 120 runs/month (4 times a day, every day); "
            + "full syncs cron(0 4 1 * ? *), 1 runs/month (once a day, 1 day a month)");
        assert.deepStrictEqual(lines(estimate, "athenaPipeline"), [
            ["Aurora export to S3", "172.8", "120 GB x 0.012 USD/GB x 120 runs"],
            ["Aurora export, full syncs", "1.44", "120 GB x 0.012 USD/GB x 1 runs (each export is billed on the whole cluster)"],
            ["Glue crawler", "0", "0.44 USD/DPU-hour x 10/60 hour x 0 runs (this pipeline runs no crawler)"],
            ["Glue Data Catalog", "0", "3000 requests/month, first 1000000 free, then 1 USD/million"],
            ["Athena queries", "600", "0.04 TB x 5 USD/TB x 100 queries/day x 30 days"],
            // A diff run: sales' MERGE reads 2 shares of 20 GB, event's MERGE and OPTIMIZE 4; a full sync 4 x 40 GB.
            ["Athena, pipeline loads", "72.8", "(120 diff runs x max(120 GB, 6 statements x 10 MB) + 1 full syncs x max(160 GB, 8 statements x 10 MB)) = 14.56 TB x 5 USD/TB"],
            ["S3, kept exports", "28.233333333333", "121 exports/month x 7 days kept (backupRetentionDays) / 30 days = 28.233333 exports x 40 GB x 0.025 USD/GB-month"],
            ["S3, Iceberg masters", "1", "40 GB x 0.025 USD/GB-month (the current rows; files of snapshots VACUUM still keeps are not counted)"],
            // 8 run states + 3 per export check (20 one a minute); sales 15 (diff) or 17 (full), event 16.
            ["Step Functions transitions", "0.199525", "(120 diff runs x (68 + 31) + 1 full syncs x (68 + 33)) = 11981 transitions/month "
                + "(run + 2 table loads, no retries, 20 export checks every 60 s), first 4000 free, then 0.025 USD/1000"],
        ]);
        assert.strictEqual(estimate.sections[0].subtotal.toDecimal(12), "876.472858333333");
        assert.deepStrictEqual(estimate.fullSyncRuns?.runs.toDecimal(), "1");
    });

    it("is the Athena pipeline only: no zero-ETL section, and only the pipeline's KMS key is fixed", () => {
        assert.deepStrictEqual(estimate.sections.map(s => s.kind), ["athenaPipeline", "fixed"]);
        assert.deepStrictEqual(lines(estimate, "fixed"), [["KMS keys", "1", "1 key (Athena pipeline) x 1 USD/key-month"]]);
        assert.strictEqual(estimate.total.toDecimal(12), "877.472858333333");
        assert.deepStrictEqual([estimate.syncComparison, estimate.oneTime], [undefined, []]);
    });

    it("bills each statement at least 10 MB, and takes given scans and full-sync counts over the derived ones", () => {
        const tiny = estimateMonthlyCost(PIPELINE, resolveInputs({ ...usage, compressedSizeGb: "0.001" }, undefined, TOKYO));
        assert.deepStrictEqual(lines(tiny, "athenaPipeline")[5], ["Athena, pipeline loads", "0.0364",
            "(120 diff runs x max(0.003 GB, 6 statements x 10 MB) + 1 full syncs x max(0.004 GB, 8 statements x 10 MB)) = 0.00728 TB x 5 USD/TB"]);
        const given = estimateMonthlyCost(PIPELINE, resolveInputs({ ...usage, diffRunScanGb: 10, fullSyncScanGb: 500, fullSyncRunsPerMonth: 4 }, undefined, TOKYO));
        assert.deepStrictEqual([given.fullSyncRuns?.runs.toDecimal(), given.fullSyncRuns?.explanation], ["4", "given as an assumption"]);
        assert.deepStrictEqual(lines(given, "athenaPipeline").filter(l => l[0].startsWith("Athena, ") || l[0].startsWith("Aurora export,")), [
            ["Aurora export, full syncs", "5.76", "120 GB x 0.012 USD/GB x 4 runs (each export is billed on the whole cluster)"],
            ["Athena, pipeline loads", "16", "(120 diff runs x max(10 GB, 6 statements x 10 MB) + 4 full syncs x max(500 GB, 8 statements x 10 MB)) = 3.2 TB x 5 USD/TB"],
        ]);
    });

    it("names the flag for a full-sync schedule it cannot count", () => {
        assert.throws(() => estimateMonthlyCost({ ...PIPELINE, fullSyncSchedule: "cron(0 4 L * ? *)" }, resolveInputs(usage, undefined, TOKYO)),
            /^ScheduleError: cannot count the runs of fullSyncSchedule cron\(0 4 L \* \? \*\): the L, W and # day forms are not counted; pass --full-sync-runs-per-month$/);
    });

    it("asks for the S3 price, which has no list price here, naming its flag", () => {
        assert.throws(() => estimateMonthlyCost(PIPELINE, resolveInputs({}, undefined, TOKYO)), (e: unknown) => e instanceof InputError && e.message ===
            "This estimate needs --price-s3-gb-month (AWS list prices for ap-northeast-1, checked November 2026): pass them as flags or in the assumptions file's \"prices\", from the AWS pricing pages for your region.");
    });

    it("keeps the seeds model as it was: no full syncs, no pipeline lines, no fixed costs", () => {
        const seeds = estimateMonthlyCost(PIPELINE, resolveInputs({}, undefined, { model: "seeds" }));
        assert.deepStrictEqual(seeds.sections.map(s => [s.kind, s.lines.map(l => l.label)]), [
            ["athenaPipeline", ["Aurora export to S3", "Glue crawler", "Glue Data Catalog", "Athena queries", "QuickSight"]],
        ]);
        assert.strictEqual(seeds.fullSyncRuns, undefined);
    });
});

describe("cost: state transitions counted on the real definition", () => {
    it("walks a successful run and each table's load as the definition chains them", () => {
        assert.deepStrictEqual(runPath(2), ["ValidateInput", "AcquireRunLock", "StartExport", "WaitForExport", "CheckExport", "IsExportComplete",
            "WaitForExport", "CheckExport", "IsExportComplete", "LoadTables", "CleanUp", "ReleaseRunLock", "AnyTableFailed", "RunSucceeded"]);
        assert.deepStrictEqual([tableLoadPath("diff", true).length, tableLoadPath("full", true).length, tableLoadPath("full", false).length], [15, 17, 16]);
        assert.deepStrictEqual(tableLoadPath("full", false).slice(-5), ["WatermarkAdvanced", "NeedsMaintenance", "OptimizeMaster", "VacuumMaster", "TableDone"]);
        assert.deepStrictEqual(tableLoadPath("diff", true).slice(-4), ["WatermarkAdvanced", "SaveWatermark", "NeedsMaintenance", "TableDone"]);
    });

    it("counts a diff run and a full sync of the pipeline's tables, with the poll interval the run really waits", () => {
        assert.deepStrictEqual(runShape("diff", PIPELINE.tables, 720, 20),
            { pollSeconds: 60, exportChecks: 20, runTransitions: 68, tableTransitions: 31, billedStatements: 6, fullTables: 1 });
        assert.deepStrictEqual(runShape("all", PIPELINE.tables, 720, 20),
            { pollSeconds: 60, exportChecks: 20, runTransitions: 68, tableTransitions: 33, billedStatements: 8, fullTables: 2 });
        // A 7-day export timeout polls every 605 s (components/athena/index.ts exportWait): a 60-minute export is 6 checks.
        assert.deepStrictEqual(runShape("diff", PIPELINE.tables, 10080, 60).exportChecks, 6);
    });

    it("refuses a path the definition does not have", () => {
        const { States, StartAt } = pipelineDefinition(PIPELINE.tables, 720);
        assert.throws(() => checkPath(States, StartAt, ["ValidateInput", "StartExport"], "the run"),
            /^Error: the run: the definition has no transition from ValidateInput to StartExport$/);
        assert.throws(() => checkPath(States, StartAt, runPath(1).slice(0, -1), "the run"), /^Error: the run ends at AnyTableFailed, which is not a final state$/);
        assert.throws(() => checkPath(States, StartAt, ["AcquireRunLock"], "the run"), /^Error: the run starts at AcquireRunLock, but the definition starts at ValidateInput$/);
        const map = States.LoadTables as { ItemProcessor: { States: Record<string, Record<string, unknown>>; StartAt: string } };
        const withoutVacuum = { ...map.ItemProcessor.States, OptimizeMaster: { ...map.ItemProcessor.States.OptimizeMaster, Next: "TableDone" } };
        assert.throws(() => checkPath(withoutVacuum, map.ItemProcessor.StartAt, tableLoadPath("full", false), "the load of table event"),
            /^Error: the load of table event: the definition has no transition from OptimizeMaster to VacuumMaster$/);
    });
});

describe("cost: the stack's fixed costs (aws model)", () => {
    const inputs = resolveInputs(UNLISTED, undefined, TOKYO);

    it("a new cluster: its Serverless v2 writer at the assumed ACUs, the loader's endpoint in 3 AZs, and 5 KMS keys", () => {
        const estimate = estimateMonthlyCost({ ...ZERO_ETL, dbClusterId: undefined, sampleData: true }, inputs);
        assert.deepStrictEqual(lines(estimate, "fixed"), [
            ["Aurora writer", "72", "0.5 ACU x 24 h x 30 days x 0.2 USD/ACU-hour (Serverless v2, minCapacity 0.5, maxCapacity 4)"],
            ["Interface endpoints", "32.4", "1 endpoint (secretsmanager) x 3 AZs x 24 h x 30 days x 0.015 USD/hour"],
            ["KMS keys", "4", "4 keys (Aurora cluster, Redshift namespace, zero-ETL alerts, sample data) x 1 USD/key-month"],
        ]);
        assert.strictEqual(estimate.sections.find(s => s.kind === "fixed")!.subtotal.toDecimal(), "108.4");
        assert.strictEqual(estimate.sections.find(s => s.kind === "fixed")!.title, "Stack fixed costs: always on, whatever runs (aws model)");
        const busier = estimateMonthlyCost({ ...ZERO_ETL, dbClusterId: undefined, sampleData: true }, resolveInputs({ ...UNLISTED, auroraAverageAcu: 2 }, undefined, TOKYO));
        assert.strictEqual(lines(busier, "fixed")[0][1], "288");
    });

    it("an existing cluster: no writer line, and neither the cluster's key nor a network of this stack's", () => {
        const estimate = estimateMonthlyCost(ZERO_ETL, inputs);
        assert.deepStrictEqual(lines(estimate, "fixed"), [["KMS keys", "2", "2 keys (Redshift namespace, zero-ETL alerts) x 1 USD/key-month"]]);
        assert.deepStrictEqual(estimate.sections.map(s => s.kind), ["zeroEtl", "fixed"]);
    });

    it("zero-ETL only into an existing workgroup on an existing cluster keeps only the alerts' key", () => {
        const estimate = estimateMonthlyCost({ ...ZERO_ETL, redshiftNamespace: "analytics", redshiftWorkgroup: "analytics-wg" }, inputs);
        assert.deepStrictEqual(lines(estimate, "fixed"), [["KMS keys", "1", "1 key (zero-ETL alerts) x 1 USD/key-month"]]);
    });

    it("an existing VPC: no endpoints when nothing in it calls AWS, at most the missing ones per subnet zone when the loader does", () => {
        const vpc = { vpcId: "vpc-0123456789abcdef0", privateSubnetIds: ["subnet-0000000a", "subnet-0000000b", "subnet-0000000c", "subnet-0000000d"] };
        assert.deepStrictEqual(fixedResources({ ...ZERO_ETL, ...vpc, redshiftNamespace: "analytics", redshiftWorkgroup: "analytics-wg" }).interfaceEndpoints, undefined);
        assert.deepStrictEqual(fixedResources({ ...ZERO_ETL, ...vpc, dbClusterId: undefined }).interfaceEndpoints, undefined);
        const estimate = estimateMonthlyCost({ ...ZERO_ETL, ...vpc, sampleData: true }, inputs);
        assert.deepStrictEqual(lines(estimate, "fixed")[0], ["Interface endpoints", "43.2",
            "at most 1 endpoint (secretsmanager) x 4 AZs (one per zone of privateSubnetIds; endpoints the VPC already has are not created) x 24 h x 30 days x 0.015 USD/hour"]);
        assert.deepStrictEqual(fixedResources({ ...ZERO_ETL, ...vpc, sampleData: true, vpcEndpoints: false }).interfaceEndpoints, undefined);
    });

    it("the bastion: its instance hour and the SSM endpoints it needs", () => {
        const estimate = estimateMonthlyCost({ ...ZERO_ETL, bastion: true }, inputs);
        assert.deepStrictEqual(lines(estimate, "fixed"), [
            ["Interface endpoints", "129.6", "4 endpoints (secretsmanager, ssm, ssmmessages, ec2messages) x 3 AZs x 24 h x 30 days x 0.015 USD/hour"],
            ["KMS keys", "2", "2 keys (Redshift namespace, zero-ETL alerts) x 1 USD/key-month"],
            ["Bastion instance", "9.792", "24 h x 30 days x 0.0136 USD/hour (t3.micro, On-Demand)"],
        ]);
    });

    it("asks for the prices of what it creates and has no list price for, naming each flag", () => {
        assert.throws(() => estimateMonthlyCost({ ...ZERO_ETL, dbClusterId: undefined, bastion: true }, resolveInputs({}, undefined, TOKYO)),
            (e: unknown) => e instanceof InputError && e.message === "This estimate needs --price-aurora-acu-hour, --price-interface-endpoint-hour, "
                + "--price-bastion-instance-hour (AWS list prices for ap-northeast-1, checked November 2026): pass them as flags or in the assumptions file's \"prices\", from the AWS pricing pages for your region.");
    });

    it("a stack with neither path still shows what it keeps running", () => {
        const estimate = estimateMonthlyCost({ ...ZERO_ETL, zeroEtl: false, dbClusterId: undefined, sampleData: false }, inputs);
        assert.deepStrictEqual(estimate.sections.map(s => s.kind), ["fixed"]);
        assert.deepStrictEqual(lines(estimate, "fixed").map(l => l[0]), ["Aurora writer", "KMS keys"]);
        assert.strictEqual(estimate.total.toDecimal(), "73");
    });
});
