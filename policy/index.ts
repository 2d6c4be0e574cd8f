// The aurora-analytics CrossGuard policy pack: assembles the policies, one module each.
import { PolicyPack } from "@pulumi/policy";

import { captureConfigure } from "./lib/packConfig";
import { POLICIES } from "./policies";

captureConfigure(); // One range setting for both refresh-interval rules (lib/packConfig.ts).

new PolicyPack("aurora-analytics-policies", {
    description: "Zero-ETL refresh interval and prerequisites, and security guard rails for Aurora, Redshift, S3, IAM and Lambda.",
    policies: [...POLICIES],
});
