// @ts-nocheck
// Test helper: serves the export fixture (rdsExport.ts) to S3 mocks: key listing and ranged reads.
import * as fs from "fs";
import * as path from "path";

/** Every file under a directory, as S3 keys relative to `root`. */
export function listKeys(root: string, prefix: string): { key: string; size: number }[] {
    const out: { key: string; size: number }[] = [];
    const start = path.join(root, prefix);
    const walk = (dir: string): void => {
        if (!fs.existsSync(dir)) return;
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
            const full = path.join(dir, entry.name);
            if (entry.isDirectory()) walk(full);
            else out.push({ key: path.relative(root, full).split(path.sep).join("/"), size: fs.statSync(full).size });
        }
    };
    // S3 prefixes are not directories: list the parent and filter by prefix.
    const parent = fs.existsSync(start) && fs.statSync(start).isDirectory() ? start : path.dirname(start);
    walk(parent);
    return out.filter(o => o.key.startsWith(prefix)).sort((a, b) => a.key.localeCompare(b.key));
}

/** A GetObject body as the SDK returns it, enough for `transformToByteArray`. */
export function bodyOf(bytes: Uint8Array): { transformToByteArray(): Promise<Uint8Array> } {
    return { transformToByteArray: async () => bytes };
}

/** Applies an HTTP Range header (`bytes=a-b`) to a file. */
export function readRange(file: string, range: string | undefined): Uint8Array {
    const data = fs.readFileSync(file);
    if (!range) return new Uint8Array(data);
    const m = /^bytes=(\d+)-(\d+)$/.exec(range);
    if (!m) throw new Error(`unexpected range ${range}`);
    return new Uint8Array(data.subarray(Number(m[1]), Number(m[2]) + 1));
}
