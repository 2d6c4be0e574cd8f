// Options that carry meaning in the pipeline's state machine, exercised in a local execution: the watermark read is
// strongly consistent, and it retries DynamoDB's throttling errors (and only those) the configured number of times.
// In Amazon States Language, MaxAttempts counts retries after the first attempt (default 3), so MaxAttempts 5 is six calls.
import * as assert from "assert";
import { StateMachine } from "aws-local-stepfunctions";
import { buildPipelineDefinition } from "../../components/athena/definition";
import { PARAMS } from "./helpers/localPipeline";

type Handler = (input: Record<string, unknown>) => unknown;

/** The deployed GetWatermark state, run alone: same Resource, Parameters, ResultPath and Retry. */
async function getWatermark(handler: Handler, input: object = { table: "sales" }): Promise<{ ok: boolean; output?: Record<string, unknown>; error?: Error }> {
    const definition = buildPipelineDefinition(PARAMS) as unknown as { States: Record<string, unknown> };
    const states = JSON.stringify(definition);
    const found = /"GetWatermark":(\{.*?"Next":"PrepareTable"\})/.exec(states);
    assert.ok(found, "the definition has a GetWatermark state followed by PrepareTable");
    const state = JSON.parse(found[1]) as Record<string, unknown>;
    delete state.Next;
    // Alone, the state's Catch has no TableFailed to go to: a caught error ends this one-state machine instead.
    delete state.Catch;
    const machine = new StateMachine({ StartAt: "GetWatermark", States: { GetWatermark: { ...state, End: true } } } as never);
    const execution = machine.run(input as never, {
        overrides: {
            taskResourceLocalHandlers: { GetWatermark: (i: unknown) => handler(i as Record<string, unknown>) as never },
            retryIntervalOverrides: { GetWatermark: 0 },
        },
    });
    try {
        return { ok: true, output: await execution.result as Record<string, unknown> };
    } catch (error) {
        return { ok: false, error: error as Error };
    }
}

/** The task's own error name, which aws-local-stepfunctions wraps in an ExecutionError. */
function causeOf(error: Error | undefined): string | undefined {
    const cause = (error as { cause?: Error } | undefined)?.cause;
    return cause?.name ?? error?.name;
}

function awsError(name: string): Error {
    return Object.assign(new Error(`${name}: simulated`), { name });
}

describe("state machine options: the watermark read", () => {
    // DynamoDB GetItem is eventually consistent unless ConsistentRead is true: right after PutItem, an eventually
    // consistent read may return the previous item (DynamoDB Developer Guide, "Read consistency").
    const previous = { tableName: { S: "sales" }, watermark: { S: "2026-01-01 00:00:00.000000" } };
    const current = { tableName: { S: "sales" }, watermark: { S: "2026-01-02 00:00:00.000000" } };
    const eventuallyConsistent: Handler = input => ({ Item: input.ConsistentRead === true ? current : previous });

    it("asks for a strongly consistent read of the run's table and gets the latest watermark", async () => {
        const requests: Record<string, unknown>[] = [];
        const result = await getWatermark(input => {
            requests.push(input);
            return eventuallyConsistent(input);
        });
        assert.deepStrictEqual(requests, [{ TableName: PARAMS.watermarkTable, Key: { tableName: { S: "sales" } }, ConsistentRead: true }]);
        assert.deepStrictEqual(result, { ok: true, output: { table: "sales", watermarkItem: { Item: current } } });
    });

    it("retries DynamoDB throttling 5 times: the sixth call may succeed", async () => {
        for (const name of ["DynamoDB.ProvisionedThroughputExceededException", "DynamoDB.ThrottlingException", "DynamoDB.InternalServerErrorException"]) {
            let calls = 0;
            const result = await getWatermark(input => {
                calls++;
                if (calls < 6) {
                    throw awsError(name);
                }
                return eventuallyConsistent(input);
            });
            assert.deepStrictEqual([name, calls, result.ok], [name, 6, true]);
        }
    });

    it("stops after the fifth retry, and does not retry other errors", async () => {
        let calls = 0;
        const throttled = await getWatermark(() => {
            calls++;
            throw awsError("DynamoDB.ThrottlingException");
        });
        assert.deepStrictEqual([calls, throttled.ok, causeOf(throttled.error)], [6, false, "DynamoDB.ThrottlingException"]);

        calls = 0;
        const missing = await getWatermark(() => {
            calls++;
            throw awsError("DynamoDB.ResourceNotFoundException");
        });
        assert.deepStrictEqual([calls, missing.ok, causeOf(missing.error)], [1, false, "DynamoDB.ResourceNotFoundException"]);
    });
});
