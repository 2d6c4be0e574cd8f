// Entry of `npm run cost -- --stack <name>`: prints the stack's itemized monthly cost estimate (see scripts/cost/).
import { runCli } from "./cost/cli";
import { runEntry, STDIO } from "./lib/cli";

runEntry("cost", argv => runCli(argv, STDIO));
