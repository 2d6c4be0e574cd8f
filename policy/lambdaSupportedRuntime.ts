// Policy lambda-supported-runtime: no Lambda function uses a runtime AWS has deprecated.
import { ResourceValidationArgs, ResourceValidationPolicy, ReportViolation } from "@pulumi/policy";

import { isUnknown, plain } from "./lib/values";

export const NAME = "lambda-supported-runtime";
export const FUNCTION = "aws:lambda/function:Function";

/**
 * Runtimes past their AWS Lambda deprecation date as of December 2026 (Lambda developer guide, "Lambda runtimes":
 * the supported-runtimes table's deprecation dates and the deprecated-runtimes table; nodejs20.x April 30, 2026,
 * ruby3.2 March 31, 2026, python3.9 December 15, 2025, dotnet8 November 10, 2026). The runtimes on Amazon Linux 2
 * (java8.al2, java11, java17, python3.10, python3.11, provided.al2) are not listed: the same page says they keep
 * receiving critical security patches after Amazon Linux 2's end of life; an organisation that wants them blocked
 * adds them with `deprecatedRuntimes`.
 */
export const DEFAULT_DEPRECATED_RUNTIMES: readonly string[] = [
    "nodejs", "nodejs4.3", "nodejs4.3-edge", "nodejs6.10", "nodejs8.10", "nodejs10.x", "nodejs12.x", "nodejs14.x",
    "nodejs16.x", "nodejs18.x", "nodejs20.x",
    "python2.7", "python3.6", "python3.7", "python3.8", "python3.9",
    "ruby2.5", "ruby2.7", "ruby3.2",
    "java8", "go1.x", "provided",
    "dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1", "dotnet5.0", "dotnet6", "dotnet7", "dotnet8",
];

export interface RuntimeConfig {
    deprecatedRuntimes?: string[];
}

export function validate(args: ResourceValidationArgs, reportViolation: ReportViolation): void {
    if (args.type !== FUNCTION) {
        return;
    }
    const configured = args.getConfig<RuntimeConfig>().deprecatedRuntimes;
    const deprecated = Array.isArray(configured) ? configured : DEFAULT_DEPRECATED_RUNTIMES;
    const runtime = plain(args.props).runtime;
    if (typeof runtime === "string" && !isUnknown(runtime) && deprecated.includes(runtime)) {
        reportViolation(`Lambda function ${args.name} uses the deprecated runtime ${runtime}: AWS no longer patches it and ` +
            `blocks creating and then updating such functions. Fix: move to a supported runtime such as nodejs24.x or python3.14.`);
    }
}

export const lambdaSupportedRuntime: ResourceValidationPolicy = {
    name: NAME,
    description: "Lambda functions do not use a runtime that AWS has deprecated.",
    enforcementLevel: "mandatory",
    configSchema: {
        properties: {
            deprecatedRuntimes: {
                type: "array", items: { type: "string" }, default: [...DEFAULT_DEPRECATED_RUNTIMES],
                description: "Runtime identifiers that are not allowed.",
            },
        },
    },
    validateResource: validate,
};
