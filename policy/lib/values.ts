// Reads resource properties the way the policy server hands them over, without tripping on preview unknowns.

/**
 * The sentinels the engine sends for values not known until a resource exists (one per value kind).
 * The policy server wraps props in a proxy that throws when one of these is read; a policy that lets
 * that throw is downgraded to advisory ("can't run during preview"), which would let a first deploy
 * through. So every policy reads props through `plain` and checks `isUnknown` explicitly.
 */
export const UNKNOWN_SENTINELS: ReadonlySet<string> = new Set([
    "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7", // boolean
    "3eeb2bf0-c639-47a8-9e75-3b44932eb421", // number
    "04da6b54-80e4-46f7-96ec-b56ff0331ba9", // string (also what SDKs send for any computed input)
    "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2", // array
    "030794c1-ac77-496b-92df-f27374a8bd58", // asset
    "e48ece36-62e2-4504-bad9-02848725956a", // archive
    "dd056dcd-154b-4c76-9bd3-c8f88648b5ff", // object
]);

/** The unknown string sentinel: what the pack puts for a value it can't know (an intrinsic function in a template). */
export const UNKNOWN_STRING = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

export function isUnknown(value: unknown): boolean {
    return typeof value === "string" && UNKNOWN_SENTINELS.has(value);
}

/**
 * A deep plain copy of props. Own-property descriptors pass through the server's unknown-checking proxy
 * untouched (it only traps `get`), so sentinels come out as strings instead of exceptions.
 */
export function plain(value: unknown): any {
    if (value === null || typeof value !== "object") {
        return value;
    }
    if (Array.isArray(value)) {
        const length = Object.getOwnPropertyDescriptor(value, "length")?.value as number;
        const out: unknown[] = [];
        for (let i = 0; i < length; i++) {
            out.push(plain(Object.getOwnPropertyDescriptor(value, String(i))?.value));
        }
        return out;
    }
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
        out[key] = plain(Object.getOwnPropertyDescriptor(value, key)?.value);
    }
    return out;
}

/** Config values arrive as JSON numbers; anything else falls back to the schema default. */
export function numberOr(value: unknown, fallback: number): number {
    return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

/** A boolean prop that is explicitly true (unknown and absent are not). */
export function isTrue(value: unknown): boolean {
    return value === true || value === "true";
}
