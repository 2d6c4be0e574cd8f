// Step Functions' hard limits, held locally: state payload sizes, history events counted as AWS counts them, and a
// Distributed Map (ItemReader, child executions, ResultWriter) that aws-local-stepfunctions does not implement.
import { randomUUID } from "crypto";
import { StateMachine } from "aws-local-stepfunctions";

/** Step Functions quotas: 256 KiB per state input or output, as UTF-8 (API reference: StateEnteredEventDetails.input max length 262144). */
export const PAYLOAD_LIMIT_BYTES = 262144;
/** Step Functions quotas: "Maximum number of history events: 25,000" per Standard execution (hard). */
export const HISTORY_EVENT_LIMIT = 25000;

type State = Record<string, unknown>;
type JsonValue = unknown;

export const bytesOf = (value: unknown): number => Buffer.byteLength(typeof value === "string" ? value : JSON.stringify(value) ?? "null", "utf8");

/**
 * History events of one task attempt, by resource (Step Functions API reference, HistoryEvent types): a Lambda
 * function ARN is LambdaFunctionScheduled, LambdaFunctionStarted, LambdaFunctionSucceeded|Failed; a service
 * integration is TaskScheduled, TaskStarted, TaskSucceeded|Failed, and a .sync one adds TaskSubmitted.
 */
function attemptEvents(resource: string): number {
    return resource.endsWith(".sync") ? 4 : 3;
}

/**
 * Events a Distributed Map state adds to its parent's history: MapStateEntered, MapStateStarted, MapRunStarted,
 * MapRunSucceeded|Failed, MapStateSucceeded|Failed, MapStateExited. Its children have their own histories.
 */
export const DISTRIBUTED_MAP_EVENTS = 6;

interface LocalEvent {
    readonly type: string;
    readonly state?: { readonly name: string; readonly input?: unknown; readonly output?: unknown };
    readonly input?: unknown;
    readonly output?: unknown;
}

/**
 * Counts an execution's history as AWS records it, from aws-local-stepfunctions' event log: ExecutionStarted and the
 * execution's end are one each; a Pass, Choice, Wait or Succeed state is entered and exited (2); a Fail state is
 * entered (1); a Task is entered and exited (2) plus its attempt events for each attempt, retries included (a poll of
 * a Lambda task with its Wait and Choice is 5 + 2 + 2 = 9).
 */
export function countHistoryEvents(states: Record<string, State>, events: readonly LocalEvent[]): number {
    let count = 0;
    for (const e of events) {
        const state = e.state ? states[e.state.name] : undefined;
        switch (e.type) {
            case "ExecutionStarted": case "ExecutionSucceeded": case "ExecutionFailed": case "ExecutionAborted": case "ExecutionTimeout":
                count += 1;
                break;
            case "StateEntered":
                if (state?.Type === "Map") count += DISTRIBUTED_MAP_EVENTS - 1;
                else count += 1 + (state?.Type === "Task" ? attemptEvents(String(state.Resource)) : 0);
                break;
            case "StateRetried":
                count += state?.Type === "Task" ? attemptEvents(String(state.Resource)) : 0;
                break;
            case "StateExited":
                count += 1;
                break;
            default:
                break;
        }
    }
    return count;
}

/** What one local execution measured, and why AWS would have failed it. */
export interface ExecutionMeasure {
    readonly historyEvents: number;
    /** The largest state input or output, in bytes, and the state it was in. */
    readonly largestPayload: { readonly bytes: number; readonly state: string };
    /** Set when a limit was passed: the error AWS ends the execution with (neither can be caught). */
    readonly limitError?: { readonly Error: string; readonly Cause: string };
}

export function measureEvents(states: Record<string, State>, events: readonly LocalEvent[]): ExecutionMeasure {
    let largest = { bytes: 0, state: "" };
    for (const e of events) {
        for (const [value, where] of [[e.input, "execution input"], [e.output, "execution output"], [e.state?.input, e.state?.name], [e.state?.output, e.state?.name]] as const) {
            if (value === undefined) continue;
            const size = bytesOf(value);
            if (size > largest.bytes) largest = { bytes: size, state: String(where) };
        }
    }
    const historyEvents = countHistoryEvents(states, events);
    let limitError: ExecutionMeasure["limitError"];
    if (largest.bytes > PAYLOAD_LIMIT_BYTES) {
        limitError = { Error: "States.DataLimitExceeded", Cause: `the state ${largest.state} has ${largest.bytes} bytes of input or output, over the ${PAYLOAD_LIMIT_BYTES}-byte quota` };
    } else if (historyEvents > HISTORY_EVENT_LIMIT) {
        limitError = { Error: "States.Runtime", Cause: `the execution has ${historyEvents} history events, over the ${HISTORY_EVENT_LIMIT}-event quota` };
    }
    return { historyEvents, largestPayload: largest, ...(limitError ? { limitError } : {}) };
}

export interface LocalRunOptions {
    readonly overrides?: Record<string, unknown>;
    readonly context?: Record<string, unknown>;
    /** The states as deployed, when the run uses a local stand-in (withMapAsTask): events are counted by their real type. */
    readonly deployedStates?: Record<string, State>;
    /** Runs a part of a definition (StartAt inside it), whose other states are then unreachable. */
    readonly noValidate?: boolean;
}

const VALIDATED = new WeakMap<object, string>();

/** Runs a definition with aws-local-stepfunctions and measures it; a passed limit turns the outcome into AWS's failure. */
export async function runMeasured(definition: { StartAt: string; States: Record<string, State> }, input: JsonValue, options: LocalRunOptions):
    Promise<{ ok: boolean; output?: unknown; error?: { Error: string; Cause: string }; measure: ExecutionMeasure }> {
    // Each Map child runs the same states: they are validated once (asl validation dominates a small child's run time).
    const validated = VALIDATED.get(definition.States) === definition.StartAt;
    const machine = new StateMachine(definition as never, { validationOptions: options.noValidate || validated ? { noValidate: true } : { checkArn: false } });
    VALIDATED.set(definition.States, definition.StartAt);
    const execution = machine.run(input as never, { overrides: options.overrides as never, context: options.context as never });
    const events: LocalEvent[] = [];
    const collecting = (async () => {
        for await (const e of execution.eventLogs) events.push(e as unknown as LocalEvent);
    })();
    let outcome: { ok: boolean; output?: unknown; error?: { Error: string; Cause: string } };
    try {
        outcome = { ok: true, output: await execution.result };
    } catch (error) {
        const cause = (error as { cause?: { name?: string; message?: string } }).cause;
        outcome = { ok: false, error: { Error: cause?.name ?? (error as Error).name, Cause: cause?.message ?? (error as Error).message } };
    }
    await collecting;
    const measure = measureEvents(options.deployedStates ?? definition.States, events);
    if (measure.limitError) return { ok: false, error: measure.limitError, measure };
    return { ...outcome, measure };
}

/** Resolves the simple paths an ItemSelector uses: `$`, `$.a.b`, `$$.Map.Item.Value(.a)`, `$$.Map.Item.Index`. Anything else is refused. */
function resolve(path: string, input: unknown, item: unknown, index: number): unknown {
    const walk = (root: unknown, rest: string): unknown => {
        if (rest === "") return root;
        if (!/^(\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(rest)) throw new Error(`the emulated ItemSelector does not evaluate the path ${path}`);
        let v = root;
        for (const key of rest.slice(1).split(".")) {
            if (v === null || typeof v !== "object" || !(key in (v as object))) {
                // Step Functions fails the Map with States.Runtime for a path that matches nothing.
                throw Object.assign(new Error(`the ItemSelector path ${path} matches nothing`), { name: "States.Runtime" });
            }
            v = (v as Record<string, unknown>)[key];
        }
        return v;
    };
    if (path === "$$.Map.Item.Index") return index;
    if (path.startsWith("$$.Map.Item.Value")) return walk(item, path.slice("$$.Map.Item.Value".length));
    if (path.startsWith("$$.")) throw new Error(`the emulated ItemSelector does not evaluate the path ${path}`);
    if (path.startsWith("$")) return walk(input, path.slice(1));
    throw new Error(`not a path: ${path}`);
}

function select(template: unknown, input: unknown, item: unknown, index: number): unknown {
    if (Array.isArray(template)) return template.map(t => select(t, input, item, index));
    if (template === null || typeof template !== "object") return template;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(template as Record<string, unknown>)) {
        if (key.endsWith(".$")) out[key.slice(0, -2)] = resolve(String(value), input, item, index);
        else out[key] = select(value, input, item, index);
    }
    return out;
}

export interface ChildOutcome {
    readonly ok: boolean;
    readonly output?: unknown;
    readonly error?: { readonly Error: string; readonly Cause: string };
    readonly measure: ExecutionMeasure;
}

export interface DistributedMapDeps {
    readonly stateMachineArn: string;
    readObject(bucket: string, key: string): string;
    writeObject(bucket: string, key: string, body: string): void;
    runChild(childDefinition: { StartAt: string; States: Record<string, State> }, input: unknown, executionArn: string): Promise<ChildOutcome>;
}

/** What one emulated Map run measured, for tests and npm run bench. */
export interface MapRunMeasure {
    readonly children: number;
    readonly failedChildren: number;
    readonly largestChildPayload: number;
    readonly mostChildEvents: number;
}

/**
 * One Distributed Map state (Step Functions guide, "Using Map state in Distributed mode"): ItemReader reads a JSON
 * array from S3, ItemSelector builds each child's input, each item runs as its own child execution (MaxConcurrency
 * at a time), ToleratedFailurePercentage decides whether failed children fail the Map
 * (States.ExceedToleratedFailureThreshold), and ResultWriter writes manifest.json and one file per status
 * (SUCCEEDED_0.json, FAILED_0.json, PENDING_0.json) under <Prefix>/<map run id>/. Its output is {MapRunArn,
 * ResultWriterDetails: {Bucket, Key}}. Only what the pipeline uses is emulated; anything else is refused.
 */
export async function runDistributedMap(mapState: State, stateInput: unknown, deps: DistributedMapDeps, measured?: (m: MapRunMeasure) => void): Promise<unknown> {
    const processor = mapState.ItemProcessor as { ProcessorConfig?: { Mode?: string; ExecutionType?: string }; StartAt: string; States: Record<string, State> };
    if (processor.ProcessorConfig?.Mode !== "DISTRIBUTED" || processor.ProcessorConfig.ExecutionType !== "STANDARD") {
        throw new Error("the emulator runs Distributed Maps of STANDARD child executions only");
    }
    const reader = mapState.ItemReader as { Resource: string; ReaderConfig?: { InputType?: string }; Parameters: { Bucket: string; Key: string } };
    if (reader.Resource !== "arn:aws:states:::s3:getObject" || reader.ReaderConfig?.InputType !== "JSON") {
        throw new Error("the emulator reads a JSON array with s3:getObject only");
    }
    const writer = mapState.ResultWriter as { Resource: string; Parameters: { Bucket: string; Prefix: string } };
    if (writer.Resource !== "arn:aws:states:::s3:putObject") throw new Error("the emulator writes results with s3:putObject only");
    let items: unknown;
    try {
        items = JSON.parse(deps.readObject(reader.Parameters.Bucket, reader.Parameters.Key));
    } catch (error) {
        throw Object.assign(new Error(`ItemReader could not read s3://${reader.Parameters.Bucket}/${reader.Parameters.Key}: ${(error as Error).message}`), { name: "States.ItemReaderFailed" });
    }
    if (!Array.isArray(items)) {
        throw Object.assign(new Error("ItemReader: the JSON object is not an array"), { name: "States.ItemReaderFailed" });
    }
    const selector = mapState.ItemSelector;
    const inputs = items.map((item, i) => (selector === undefined ? item : select(selector, stateInput, item, i)));
    const mapRunId = randomUUID();
    const label = "LoadTables";
    const mapRunArn = `${deps.stateMachineArn.replace(":stateMachine:", ":mapRun:")}/${label}:${mapRunId}`;
    const concurrency = Number(mapState.MaxConcurrency ?? 0) || 1000;
    const records: Array<{ status: "SUCCEEDED" | "FAILED"; record: Record<string, unknown> }> = new Array(inputs.length);
    const measures: ExecutionMeasure[] = [];
    let next = 0;
    const worker = async (): Promise<void> => {
        while (next < inputs.length) {
            const i = next++;
            const executionArn = `${deps.stateMachineArn.replace(":stateMachine:", ":execution:")}/${label}:${randomUUID()}`;
            const input = inputs[i];
            const outcome: ChildOutcome = bytesOf(input) > PAYLOAD_LIMIT_BYTES
                ? { ok: false, error: { Error: "States.DataLimitExceeded", Cause: `the item's input has ${bytesOf(input)} bytes` }, measure: { historyEvents: 0, largestPayload: { bytes: bytesOf(input), state: "input" } } }
                : await deps.runChild({ StartAt: processor.StartAt, States: processor.States }, input, executionArn);
            measures.push(outcome.measure);
            const base = { ExecutionArn: executionArn, Input: JSON.stringify(input), InputDetails: { Included: true }, Name: executionArn.split(":").pop(), StateMachineArn: deps.stateMachineArn };
            records[i] = outcome.ok
                ? { status: "SUCCEEDED", record: { ...base, Output: JSON.stringify(outcome.output), OutputDetails: { Included: true }, Status: "SUCCEEDED" } }
                : { status: "FAILED", record: { ...base, Error: outcome.error!.Error, Cause: outcome.error!.Cause, Status: "FAILED" } };
        }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(1, inputs.length)) }, worker));
    const prefix = `${writer.Parameters.Prefix}/${mapRunId}`;
    const files: Record<string, Array<{ Key: string; Size: number }>> = { FAILED: [], PENDING: [], SUCCEEDED: [] };
    for (const status of ["SUCCEEDED", "FAILED"] as const) {
        const list = records.filter(r => r.status === status).map(r => r.record);
        if (list.length === 0) continue;
        const key = `${prefix}/${status}_0.json`;
        const body = JSON.stringify(list);
        deps.writeObject(writer.Parameters.Bucket, key, body);
        files[status].push({ Key: key, Size: Buffer.byteLength(body) });
    }
    const manifestKey = `${prefix}/manifest.json`;
    deps.writeObject(writer.Parameters.Bucket, manifestKey, JSON.stringify({ DestinationBucket: writer.Parameters.Bucket, MapRunArn: mapRunArn, ResultFiles: files }));
    const failed = records.filter(r => r.status === "FAILED").length;
    measured?.({
        children: inputs.length, failedChildren: failed,
        largestChildPayload: Math.max(0, ...measures.map(m => m.largestPayload.bytes)),
        mostChildEvents: Math.max(0, ...measures.map(m => m.historyEvents)),
    });
    const tolerated = Number(mapState.ToleratedFailurePercentage ?? 0);
    if (inputs.length > 0 && (100 * failed) / inputs.length > tolerated) {
        throw Object.assign(new Error(`${failed} of ${inputs.length} child executions failed, over ToleratedFailurePercentage ${tolerated}`), { name: "States.ExceedToleratedFailureThreshold" });
    }
    return { MapRunArn: mapRunArn, ResultWriterDetails: { Bucket: writer.Parameters.Bucket, Key: manifestKey } };
}

/** The parent definition with its Distributed Map replaced by a Task of the same name, Next, Catch and ResultPath, which a local handler runs. */
export function withMapAsTask(definition: { StartAt: string; States: Record<string, State> }, mapName: string): { StartAt: string; States: Record<string, State> } {
    const map = definition.States[mapName];
    const { Type: _type, ItemReader: _r, ItemSelector: _s, ItemProcessor: _p, ResultWriter: _w, MaxConcurrency: _c, ToleratedFailurePercentage: _t, ...rest } = map;
    return { ...definition, States: { ...definition.States, [mapName]: { ...rest, Type: "Task", Resource: "arn:aws:states:::local:distributedMap" } } };
}
