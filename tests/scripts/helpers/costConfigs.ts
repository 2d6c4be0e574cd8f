// The stack settings a cost test's CostConfig needs beyond the ones it is about: parseStackConfig's defaults, on an
// existing cluster (no writer, no network, no sample data), so that only what a test sets adds fixed-cost lines.
import { DEFAULT_FULL_SYNC_SCHEDULE, DEFAULT_TABLES } from "../../../components/config";
import type { CostConfig } from "../../../scripts/cost/estimate";

export const COST_BASE: Omit<CostConfig, "zeroEtl" | "refreshIntervalSeconds" | "redshiftBaseCapacity" | "athenaPipeline" | "loadSchedule"> = {
    fullSyncSchedule: DEFAULT_FULL_SYNC_SCHEDULE,
    tables: DEFAULT_TABLES,
    backupRetentionDays: 30,
    exportTimeoutMinutes: 720,
    dbClusterId: "prod-db",
    vpcId: undefined,
    privateSubnetIds: [],
    vpcEndpoints: true,
    sampleData: false,
    bastion: false,
    redshiftNamespace: undefined,
    redshiftWorkgroup: undefined,
};
