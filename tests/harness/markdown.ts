// Reads the project's Markdown the way GitHub renders it: prose outside code fences, headings and their anchors,
// bash blocks, configuration table rows and relative links. Shared by the docs tests.
import * as fs from "fs";
import * as path from "path";

export const ROOT = path.join(__dirname, "..", "..");

/** The user-facing pages under docs/, each with a Japanese twin docs/<page>.ja.md. */
export const USER_PAGES = ["configuration", "zero-etl", "athena-pipeline", "policy", "cost", "troubleshooting"];

/** The contributors' pages under docs/ (English only). */
export const CONTRIBUTOR_PAGES = ["testing", "aws-contract", "zero-etl-database"];

/** Every Markdown document the project publishes: README.md and docs/*.md, as paths relative to ROOT. */
export function documents(): string[] {
    const docs = fs.readdirSync(path.join(ROOT, "docs")).filter(f => f.endsWith(".md")).sort().map(f => path.join("docs", f));
    return ["README.md", ...docs];
}

export function read(file: string): string {
    return fs.readFileSync(path.join(ROOT, file), "utf8");
}

/** Lines outside fenced code blocks (a fence may be indented, e.g. inside a list item). */
export function proseLines(markdown: string): string[] {
    const out: string[] = [];
    let fence: string | undefined;
    for (const line of markdown.split("\n")) {
        const m = /^(\s*)```/.exec(line);
        if (fence === undefined) {
            if (m) fence = m[1];
            else out.push(line);
        } else if (m && m[1] === fence && line.trim() === "```") {
            fence = undefined;
        }
    }
    return out;
}

/** ATX headings outside code blocks: level and text. */
export function headings(markdown: string): Array<{ level: number; text: string }> {
    const out: Array<{ level: number; text: string }> = [];
    for (const line of proseLines(markdown)) {
        const m = /^(#{1,6}) (\S.*?)\s*$/.exec(line);
        if (m) out.push({ level: m[1].length, text: m[2] });
    }
    return out;
}

/** Number of headings per level ("#" .. "######"), code blocks excluded. */
export function headingCounts(markdown: string): number[] {
    const counts = [0, 0, 0, 0, 0, 0];
    for (const h of headings(markdown)) counts[h.level - 1]++;
    return counts;
}

/**
 * A heading's anchor as GitHub makes it (github-slugger): the rendered text (a link's text, code without its
 * backticks) lowercased, every character that is not a letter, mark, number, connector (`_`), space or hyphen
 * removed, spaces turned into hyphens.
 */
export function githubSlug(heading: string): string {
    const rendered = heading.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1");
    return rendered.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "").replace(/ /g, "-");
}

/** Every anchor a document offers: its headings' slugs, a repeated slug numbered -1, -2, ... as GitHub does. */
export function anchors(markdown: string): Set<string> {
    const seen = new Map<string, number>();
    const out = new Set<string>();
    for (const h of headings(markdown)) {
        const slug = githubSlug(h.text);
        const n = seen.get(slug) ?? 0;
        out.add(n === 0 ? slug : `${slug}-${n}`);
        seen.set(slug, n + 1);
    }
    return out;
}

/** Link targets in prose (code blocks and inline code excluded) that are not absolute URLs. */
export function relativeLinks(markdown: string): string[] {
    const prose = proseLines(markdown).map(line => line.replace(/`[^`]*`/g, "``")).join("\n");
    return [...prose.matchAll(/\]\(([^)\s]+)\)/g)].map(m => m[1]).filter(t => !/^(https?:|mailto:)/.test(t));
}

/**
 * Links of `file` (relative to ROOT) whose target file or #anchor does not exist, each as "target: why".
 * Anchors are checked in Markdown targets; a link to a folder or another file only needs the path to exist.
 */
export function brokenLinks(file: string): string[] {
    const broken: string[] = [];
    const dir = path.dirname(path.join(ROOT, file));
    for (const target of relativeLinks(read(file))) {
        const hash = target.indexOf("#");
        const targetPath = hash < 0 ? target : target.slice(0, hash);
        const anchor = hash < 0 ? undefined : decodeURIComponent(target.slice(hash + 1));
        const resolved = targetPath === "" ? path.join(ROOT, file) : path.join(dir, targetPath);
        if (!fs.existsSync(resolved)) {
            broken.push(`${target}: no file ${path.relative(ROOT, resolved)}`);
        } else if (anchor !== undefined && resolved.endsWith(".md") && !anchors(fs.readFileSync(resolved, "utf8")).has(anchor)) {
            broken.push(`${target}: no heading with anchor #${anchor} in ${path.relative(ROOT, resolved)}`);
        }
    }
    return broken;
}

/** Every fenced block opened by ```bash (at any indentation), fences included. */
export function bashBlocks(markdown: string): string[] {
    const lines = markdown.split("\n");
    const blocks: string[] = [];
    for (let i = 0; i < lines.length; i++) {
        const open = /^(\s*)```bash\s*$/.exec(lines[i]);
        if (!open) continue;
        let j = i + 1;
        while (j < lines.length && lines[j] !== `${open[1]}\`\`\``) j++;
        if (j >= lines.length) throw new Error(`unterminated bash block at line ${i + 1}`);
        blocks.push(lines.slice(i, j + 1).join("\n"));
        i = j;
    }
    return blocks;
}

/** A configuration table row: `| \`key\` | type | default | ...`. */
const CONFIG_ROW = /^\| `(\w+)` \| ([^|]*)\| ([^|]*)\|/;

/**
 * The configuration table: [key, type, default] of every config row from the first one up to the first "## " heading
 * after it. Found by the table's structure, not by its (translated) section heading.
 */
export function configRows(markdown: string): Array<[string, string, string]> {
    const lines = proseLines(markdown);
    const first = lines.findIndex(line => CONFIG_ROW.test(line));
    if (first < 0) throw new Error("no configuration table row found");
    let end = lines.findIndex((line, i) => i > first && line.startsWith("## "));
    if (end < 0) end = lines.length;
    const rows: Array<[string, string, string]> = [];
    for (const line of lines.slice(first, end)) {
        const m = CONFIG_ROW.exec(line);
        if (m) rows.push([m[1], m[2], m[3]]);
    }
    return rows;
}

/**
 * The text blocks a marker `<!-- <kind> <args> -->` introduces, e.g. `<!-- cost-output: npm run cost -- --stack dev -->`
 * followed by a ```text fence: the args and the fenced lines.
 */
export function outputBlocks(markdown: string, kind: string): Array<{ args: string; lines: string[] }> {
    const lines = markdown.split("\n");
    const blocks: Array<{ args: string; lines: string[] }> = [];
    const prefix = `<!-- ${kind} `;
    lines.forEach((line, i) => {
        if (!line.startsWith(prefix) || !line.endsWith(" -->")) return;
        if (lines[i + 1] !== "```text") throw new Error(`a marker must be followed by a text fence: ${line}`);
        const end = lines.indexOf("```", i + 2);
        if (end <= i + 2) throw new Error(`empty or unclosed block: ${line}`);
        blocks.push({ args: line.slice(prefix.length, -" -->".length), lines: lines.slice(i + 2, end) });
    });
    return blocks;
}

/** An excerpt's lines cut at each "..." line (output left out): each part is consecutive output lines. */
export function excerptParts(lines: string[]): string[][] {
    const out: string[][] = [[]];
    for (const line of lines) {
        if (line === "...") out.push([]);
        else out[out.length - 1].push(line);
    }
    if (!out.every(p => p.length > 0)) throw new Error(`a "..." must stand between output lines: ${JSON.stringify(lines)}`);
    return out;
}

/** Why `lines` is not an excerpt of `output` (each part consecutive, the parts in order), or undefined when it is. */
export function excerptMismatch(output: string[], lines: string[]): string | undefined {
    let from = 0;
    for (const part of excerptParts(lines)) {
        let start = output.indexOf(part[0], from);
        while (start >= 0 && output.slice(start, start + part.length).join("\n") !== part.join("\n")) {
            start = output.indexOf(part[0], start + 1);
        }
        if (start < 0) return `output has no lines ${JSON.stringify(part)} after line ${from}`;
        from = start + part.length;
    }
    return undefined;
}
