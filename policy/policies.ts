// The list of policies in the pack, importable without starting the pack (index.ts serves it).
import { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";

import { auroraEncryptedPrivate } from "./auroraEncryptedPrivate";
import { iamNoWildcardActions } from "./iamNoWildcardActions";
import { lambdaSupportedRuntime } from "./lambdaSupportedRuntime";
import { redshiftMaxBaseCapacity } from "./redshiftMaxBaseCapacity";
import { redshiftServerlessPrivate } from "./redshiftServerlessPrivate";
import { redshiftServerlessUsageLimit } from "./redshiftServerlessUsageLimit";
import { s3PrivateEncrypted } from "./s3PrivateEncrypted";
import { zeroEtlRefreshInterval } from "./zeroEtlRefreshInterval";
import { zeroEtlRefreshIntervalDeclared } from "./zeroEtlRefreshIntervalDeclared";
import { zeroEtlSourceBinlog } from "./zeroEtlSourceBinlog";
import { zeroEtlTargetCaseSensitive } from "./zeroEtlTargetCaseSensitive";
import { zeroEtlUnverifiable } from "./zeroEtlUnverifiable";

// zero-etl-refresh-interval must come before zero-etl-unverifiable: it records the exemptions the latter prints (lib/exemptions.ts).
export const POLICIES: ReadonlyArray<ResourceValidationPolicy | StackValidationPolicy> = [
    zeroEtlRefreshIntervalDeclared,
    zeroEtlRefreshInterval,
    zeroEtlUnverifiable,
    zeroEtlSourceBinlog,
    zeroEtlTargetCaseSensitive,
    redshiftServerlessPrivate,
    redshiftMaxBaseCapacity,
    auroraEncryptedPrivate,
    s3PrivateEncrypted,
    iamNoWildcardActions,
    lambdaSupportedRuntime,
    redshiftServerlessUsageLimit,
];
