// Entry of `npm run zero-etl -- <status|resync|tables> --stack <name>` (see scripts/zeroEtl/cli.ts and docs/zero-etl.md).
import { RedshiftDataClient } from "@aws-sdk/client-redshift-data";

import { runEntry, STDIO } from "./lib/cli";
import { runZeroEtlCli } from "./zeroEtl/cli";

const controller = new AbortController();
// Ctrl-C stops a wait cleanly (exit 130); a second Ctrl-C ends the process at once.
process.once("SIGINT", () => {
    controller.abort();
    process.once("SIGINT", () => process.exit(130));
});

runEntry("zero-etl", argv => runZeroEtlCli(argv, { ...STDIO, client: new RedshiftDataClient({ maxAttempts: 5 }), signal: controller.signal }));
