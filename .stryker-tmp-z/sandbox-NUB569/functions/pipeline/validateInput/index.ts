// @ts-nocheck
// Lambda: first state of a run; validates the execution input and returns the run plan, or fails before anything starts.
import { log, parseTables, requireEnv } from "../shared/env";
import { planRun, RunPlan } from "../shared/runPlan";

export interface ValidateInputEvent {
    /** The execution input, untouched ($). */
    readonly input: unknown;
    /** $$.Execution.Id */
    readonly executionId: string;
    /** $$.Execution.StartTime */
    readonly executionStartTime: string;
    /** The stack's tables, a static value in the definition (not the Lambda environment, which is limited to 4 KB). */
    readonly configuredTables: unknown;
    /** The state machine's TimeoutSeconds, from the definition. */
    readonly runTimeoutSeconds?: number;
}

const PIPELINE_NAME_PATTERN = /^[a-z](?:[a-z0-9]|-(?!-)){0,28}[a-z0-9]$/;

export async function handler(event: ValidateInputEvent): Promise<RunPlan> {
    const tables = parseTables(event.configuredTables);
    const pipelineName = requireEnv("PIPELINE_NAME", PIPELINE_NAME_PATTERN);
    try {
        const plan = planRun(event.input, tables, pipelineName, event.executionId, event.executionStartTime, event.runTimeoutSeconds);
        log("run-planned", { ...plan });
        return plan;
    } catch (error) {
        log("run-input-rejected", { input: event.input, error: (error as Error).message });
        throw error;
    }
}
