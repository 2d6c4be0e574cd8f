// @ts-nocheck
// What the provider does with an aws.lambda.Invocation whose lifecycleScope is CRUD, step by step, as in
// terraform-provider-aws internal/service/lambda/invocation.go: Read is schema.NoopContext (a refresh changes nothing);
// `input` is not ForceNew under CRUD, so a changed input is an Update; only function_name, qualifier and triggers force
// replacement; the payload is the input plus `tf: {action, prev_input}`; Delete invokes with the stored input as both.

export type InvocationHandler = (event: Record<string, unknown>) => Promise<unknown>;

export interface InvocationStep {
    action: "create" | "update" | "delete";
    payload: Record<string, unknown>;
}

export class FakeInvocation {
    /** The input in state, as the provider stored it after the last successful apply. */
    stored?: string;
    readonly steps: InvocationStep[] = [];

    constructor(private readonly handler: InvocationHandler, private readonly terraformKey = "tf") {}

    private async invoke(action: InvocationStep["action"], input: string, previous: string | undefined): Promise<void> {
        const payload: Record<string, unknown> = {
            ...(JSON.parse(input) as Record<string, unknown>),
            [this.terraformKey]: { action, prev_input: previous === undefined ? null : JSON.parse(previous) },
        };
        this.steps.push({ action, payload });
        // A FunctionError fails the step and leaves the state as it was (the provider returns the error before SetId).
        await this.handler(payload);
    }

    /** `pulumi up` with this input: create, update, or nothing when the input is unchanged. */
    async up(input: string): Promise<"create" | "update" | "same"> {
        const parsed = JSON.parse(input);
        if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
            throw new Error('lifecycle_scope other than "CREATE_ONLY" requires input to be a JSON object');
        }
        if (this.stored === undefined) {
            await this.invoke("create", input, undefined);
            this.stored = input;
            return "create";
        }
        if (this.stored === input) {
            return "same";
        }
        await this.invoke("update", input, this.stored);
        this.stored = input;
        return "update";
    }

    /** `pulumi refresh`: Read is a no-op, whatever happened in AWS. */
    refresh(): void {
        // schema.NoopContext
    }

    /** `pulumi destroy`: delete with the stored input; GetChange("input") gives the stored value as old and new. */
    async destroy(): Promise<void> {
        if (this.stored === undefined) return;
        await this.invoke("delete", this.stored, this.stored);
        this.stored = undefined;
    }
}
