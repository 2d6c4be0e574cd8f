// @ts-nocheck
// The aurora-analytics program: read the stack config once, build the components, export their outputs.
import { readStackConfig } from "./components/config";
import { createAnalytics } from "./components/analytics";

const outputs = createAnalytics(readStackConfig());

export = outputs;
