// Lambda: first state of a run; validates the execution input and returns the run plan, or fails before anything starts.
import { log, PipelineConfigError, requireEnv, tableNames } from "../shared/env";
import { planRun, RunPlan } from "../shared/runPlan";

export interface ValidateInputEvent {
    /** The execution input, untouched ($). */
    readonly input: unknown;
    /** $$.Execution.Id */
    readonly executionId: string;
    /** $$.Execution.StartTime */
    readonly executionStartTime: string;
    /**
     * The stack's table names, a static value in the definition (not the Lambda environment, which is limited to 4 KB).
     * Names only: 1,000 tables' configs would pass the 256 KiB task input; the loads read the configs from S3.
     */
    readonly configuredTables: unknown;
    /** The state machine's TimeoutSeconds, from the definition. */
    readonly runTimeoutSeconds?: number;
}

const PIPELINE_NAME_PATTERN = /^[a-z](?:[a-z0-9]|-(?!-)){0,28}[a-z0-9]$/;

export async function handler(event: ValidateInputEvent): Promise<RunPlan> {
    let names: string[];
    try {
        names = tableNames(event.configuredTables);
    } catch {
        throw new PipelineConfigError(`configuredTables ${JSON.stringify(event.configuredTables)} is not a non-empty list of table names`);
    }
    const duplicate = names.find((n, i) => names.findIndex(m => m.toLowerCase() === n.toLowerCase()) !== i);
    if (duplicate !== undefined) {
        throw new PipelineConfigError(`configuredTables names the table ${duplicate} a second time`);
    }
    const tables = names.map(name => ({ name }));
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
