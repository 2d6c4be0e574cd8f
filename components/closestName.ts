// Finds the known name a misspelt config key or field most likely meant ("did you mean `dbClusterId`?").

/** Case, underscores and hyphens do not tell names apart: dbClusterID, dbclusterid and db_cluster_id are one name. */
function normalise(name: string): string {
    return name.toLowerCase().replace(/[_-]/g, "");
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbours each cost 1,
 * so `forceDestory` is 1 from `forceDestroy` (Damerau's observation that most typos are one such edit).
 */
export function editDistance(a: string, b: string): number {
    const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) {
        d[0][j] = j;
    }
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[a.length][b.length];
}

/** The shortest name a prefix may be: `time` may stand for timestampColumn, `db` is too short to stand for anything. */
const MIN_PREFIX = 4;

/**
 * The known name closest to `name`, or undefined when none is close. Close means, after ignoring case, `_` and `-`:
 * at most one edit per four characters of the longer name (at least 1, at most 3), the nearest winning and the first
 * listed among equals; failing that, the only known name that starts with `name` or that `name` starts with
 * (`timestamp` -> timestampColumn, `dbClusterIdentifier` -> dbClusterId).
 */
export function closestName(name: string, known: readonly string[]): string | undefined {
    const typed = normalise(name);
    let best: string | undefined;
    let bestDistance = Infinity;
    for (const candidate of known) {
        const other = normalise(candidate);
        const allowed = Math.min(3, Math.max(1, Math.floor(Math.max(typed.length, other.length) / 4)));
        const distance = editDistance(typed, other);
        if (distance <= allowed && distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    if (best !== undefined) {
        return best;
    }
    const prefixed = known.filter(candidate => {
        const other = normalise(candidate);
        return Math.min(typed.length, other.length) >= MIN_PREFIX && (other.startsWith(typed) || typed.startsWith(other));
    });
    return prefixed.length === 1 ? prefixed[0] : undefined;
}
