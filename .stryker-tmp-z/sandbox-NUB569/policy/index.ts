// @ts-nocheck
// The aurora-analytics CrossGuard policy pack: assembles the policies, one module each.
import { PolicyPack } from "@pulumi/policy";

import { POLICIES } from "./policies";

new PolicyPack("aurora-analytics-policies", {
    description: "Zero-ETL refresh interval and prerequisites, and security guard rails for Aurora, Redshift, S3, IAM and Lambda.",
    policies: [...POLICIES],
});
