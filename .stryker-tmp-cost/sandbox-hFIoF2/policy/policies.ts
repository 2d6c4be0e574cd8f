// @ts-nocheck
// The list of policies in the pack, importable without starting the pack (index.ts serves it).
import { ResourceValidationPolicy, StackValidationPolicy } from "@pulumi/policy";

import { auroraEncryptedPrivate } from "./auroraEncryptedPrivate";
import { iamNoWildcardActions } from "./iamNoWildcardActions";
import { lambdaSupportedRuntime } from "./lambdaSupportedRuntime";
import { redshiftMaxBaseCapacity } from "./redshiftMaxBaseCapacity";
import { redshiftServerlessPrivate } from "./redshiftServerlessPrivate";
import { s3PrivateEncrypted } from "./s3PrivateEncrypted";
import { zeroEtlRefreshInterval } from "./zeroEtlRefreshInterval";
import { zeroEtlSourceBinlog } from "./zeroEtlSourceBinlog";
import { zeroEtlTargetCaseSensitive } from "./zeroEtlTargetCaseSensitive";

export const POLICIES: ReadonlyArray<ResourceValidationPolicy | StackValidationPolicy> = [
    zeroEtlRefreshInterval,
    zeroEtlSourceBinlog,
    zeroEtlTargetCaseSensitive,
    redshiftServerlessPrivate,
    redshiftMaxBaseCapacity,
    auroraEncryptedPrivate,
    s3PrivateEncrypted,
    iamNoWildcardActions,
    lambdaSupportedRuntime,
];
