// What the provider does with an aws.lambda.Invocation whose lifecycleScope is CRUD, step by step, as in
// terraform-provider-aws internal/service/lambda/invocation.go: Read is schema.NoopContext (a refresh changes nothing);
// `input` is not ForceNew under CRUD, so a changed input is an Update; only function_name, qualifier and triggers force
// replacement; the payload is the input plus `tf: {action, prev_input}`; Delete invokes with the stored input as both.
// Failure paths as the provider and the engine take them:
// - Create: invoke() calls d.SetId only after a successful invocation, so a failed create leaves nothing in state.
// - Update: the SDK keeps the new config in state when Update returns an error (terraform-provider-aws issue #43447;
//   the fix, PR #43566, is not merged), and the bridge returns an initialization error carrying that new state
//   (pulumi-terraform-bridge), so the next `up` runs with prev_input equal to input, or sees no diff at all.
// - Delete: a failed delete keeps the resource and its stored input, so the next destroy runs the same delete again.
// - Replacement (function_name, qualifier, triggers): the engine creates the new resource first and deletes the old one
//   afterwards, unless deleteBeforeReplace is set (pulumi/pulumi pkg/resource/deploy/step_generator.go).

export type InvocationHandler = (event: Record<string, unknown>) => Promise<unknown>;

export interface InvocationStep {
    action: "create" | "update" | "delete";
    payload: Record<string, unknown>;
}

export class FakeInvocation {
    /** The input in state, as the provider stored it after the last successful apply. */
    stored?: string;
    /** Set when the last update failed: the state holds the new input and an initialization error. */
    initError = false;

    constructor(private readonly handler: InvocationHandler, private readonly terraformKey = "tf",
        /** Every step in order; a replacement shares its predecessor's list. */
        readonly steps: InvocationStep[] = []) {}

    private async invoke(action: InvocationStep["action"], input: string, previous: string | undefined): Promise<void> {
        const payload: Record<string, unknown> = {
            ...(JSON.parse(input) as Record<string, unknown>),
            [this.terraformKey]: { action, prev_input: previous === undefined ? null : JSON.parse(previous) },
        };
        this.steps.push({ action, payload });
        // A FunctionError fails the step: up() and destroy() decide what stays in state (see the top of this file).
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
        if (this.stored === input && !this.initError) {
            return "same";
        }
        const previous = this.stored;
        try {
            await this.invoke("update", input, previous);
            this.initError = false;
        } catch (err) {
            // Stored even when the function failed (issue #43447), with the bridge's initialization error: the engine
            // updates a resource with init errors on the next up, now with prev_input equal to input.
            this.initError = true;
            throw err;
        } finally {
            this.stored = input;
        }
        return "update";
    }

    /**
     * A replacement (a new function name, a URN change without aliases, a provider change, `up --replace`): the new
     * invocation is created with `input`, the old one deleted with its stored input. Create-before-delete unless
     * `deleteBeforeReplace`. Returns the new resource (its steps continue this one's); when a step fails the error is
     * thrown: a failed create of the replacement leaves the old resource standing, a failed delete of the old one keeps
     * it in state to be deleted on the next up.
     */
    async replace(input: string, options: { deleteBeforeReplace?: boolean } = {}): Promise<FakeInvocation> {
        const replacement = new FakeInvocation(this.handler, this.terraformKey, this.steps);
        if (options.deleteBeforeReplace) {
            await this.destroy();
            await replacement.up(input);
        } else {
            await replacement.up(input);
            await this.destroy();
        }
        return replacement;
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
