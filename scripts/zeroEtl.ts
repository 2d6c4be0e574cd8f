// Entry of `npm run zero-etl -- <status|resync|tables> --stack <name>` (see scripts/zeroEtl/cli.ts and docs/zero-etl.md).
import { RedshiftDataClient } from "@aws-sdk/client-redshift-data";

import { runZeroEtlCli } from "./zeroEtl/cli";

const controller = new AbortController();
// Ctrl-C stops a wait cleanly (exit 130); a second Ctrl-C ends the process at once.
process.once("SIGINT", () => {
    controller.abort();
    process.once("SIGINT", () => process.exit(130));
});

runZeroEtlCli(process.argv.slice(2), {
    out: line => process.stdout.write(`${line}\n`),
    err: line => process.stderr.write(`${line}\n`),
    client: new RedshiftDataClient({ maxAttempts: 5 }),
    signal: controller.signal,
}).then(code => {
    process.exitCode = code;
});
