// @ts-nocheck
// Mocha's spec reporter plus one closing line in the plain form CI reads: "mocha: N passed, N failed, N skipped".
"use strict";
const Mocha = require("mocha");

class SpecWithSummary extends Mocha.reporters.Spec {
    constructor(runner, options) {
        super(runner, options);
        runner.once(Mocha.Runner.constants.EVENT_RUN_END, () => {
            const stats = runner.stats;
            process.stdout.write(`mocha: ${stats.passes} passed, ${stats.failures} failed, ${stats.pending} skipped\n`);
        });
    }
}

module.exports = SpecWithSummary;
