// Bundles a Lambda handler from functions/ by path (never by import) into a deployable archive, with esbuild.
import * as path from "path";
import * as pulumi from "@pulumi/pulumi";
import { buildSync } from "esbuild";

/**
 * The Lambda runtime every function of this program uses: the newest Node.js runtime AWS lists as supported
 * (Lambda developer guide, "Lambda runtimes", supported runtimes: nodejs24.x, deprecation April 30, 2028).
 * Node.js 24 drops callback-style handlers; every handler here is async.
 */
export const LAMBDA_RUNTIME = "nodejs24.x";

export const FUNCTIONS_DIR = path.join(__dirname, "..", "functions");

/** esbuild options shared by the deploy-time bundle and the bench (scripts/bench/bundles.ts). */
export const BUNDLE_OPTIONS = {
    bundle: true,
    minify: true,
    platform: "node",
    target: "node24",
    format: "cjs",
    // The SDK is bundled rather than taken from the runtime: the deployed version is the one the tests ran against.
    legalComments: "none",
} as const;

/**
 * Bundles `functions/<entry>` (e.g. "pipeline/startExport/index.ts") to one index.js; the handler is `index.handler`.
 * `extraFiles` maps archive names to files to ship beside it (e.g. a SQL schema the handler reads at run time).
 */
export function bundleFunction(entry: string, extraFiles: Record<string, string> = {}): pulumi.asset.AssetArchive {
    const assets: Record<string, pulumi.asset.Asset> = { "index.js": new pulumi.asset.StringAsset(bundledCode(entry)) };
    for (const [name, file] of Object.entries(extraFiles)) {
        assets[name] = new pulumi.asset.FileAsset(file);
    }
    return new pulumi.asset.AssetArchive(assets);
}

const bundles = new Map<string, string>();

/** One esbuild run per entry and process: a program (or a test suite) may build the same function many times. */
function bundledCode(entry: string): string {
    const cached = bundles.get(entry);
    if (cached !== undefined) {
        return cached;
    }
    const result = buildSync({
        ...BUNDLE_OPTIONS,
        entryPoints: [path.join(FUNCTIONS_DIR, entry)],
        write: false,
        outfile: "index.js",
        logLevel: "silent",
    });
    const js = result.outputFiles.find(f => f.path.endsWith("index.js"));
    if (!js) {
        throw new Error(`esbuild produced no index.js for functions/${entry}`);
    }
    bundles.set(entry, js.text);
    return js.text;
}
