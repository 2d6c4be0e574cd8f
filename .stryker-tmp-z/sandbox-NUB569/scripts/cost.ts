// @ts-nocheck
// Entry of `npm run cost -- --stack <name>`: prints the stack's itemized monthly cost estimate (see scripts/cost/).
import { runCli } from "./cost/cli";

process.exitCode = runCli(process.argv.slice(2), {
    out: line => process.stdout.write(`${line}\n`),
    err: line => process.stderr.write(`${line}\n`),
});
