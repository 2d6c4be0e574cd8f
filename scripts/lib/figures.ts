// What `npm run bench` measures: each figure with its limit; the bench fails, naming them, when one is over.

export interface Figure {
    /** What was measured, as the bench prints it. */
    readonly what: string;
    readonly value: number;
    /** The most the figure may be. */
    readonly limit: number;
    /** The unit of value and limit: "s", "ms", "bytes", "characters", "x" (a ratio). */
    readonly unit: string;
    /** Digits printed after the point (default 0 for bytes and characters, 2 otherwise). */
    readonly digits?: number;
    /**
     * Set for a what-if that shows a worst case beyond the limit on purpose: it is printed, but being over does not fail
     * the bench. The text says why (`unconfirmed shape: ...`).
     */
    readonly whatIf?: string;
}

function show(f: Figure, n: number): string {
    return n.toFixed(f.digits ?? (f.unit === "bytes" || f.unit === "characters" ? 0 : 2));
}

export function isOver(f: Figure): boolean {
    return f.value > f.limit;
}

/** `what: value unit of at most limit unit (pct%)`, and OVER THE LIMIT (or the what-if's reason) when it is over. */
export function formatFigure(f: Figure): string {
    const pct = (100 * f.value / f.limit).toFixed(1);
    const mark = !isOver(f) ? "" : f.whatIf !== undefined ? ` (over, a what-if: ${f.whatIf})` : " OVER THE LIMIT";
    return `${f.what}: ${show(f, f.value)} ${f.unit} of at most ${show(f, f.limit)} ${f.unit} (${pct}%)${mark}`;
}

/** The figures that fail the bench: over their limit and not a what-if. */
export function overLimit(figures: readonly Figure[]): Figure[] {
    return figures.filter(f => isOver(f) && f.whatIf === undefined);
}
