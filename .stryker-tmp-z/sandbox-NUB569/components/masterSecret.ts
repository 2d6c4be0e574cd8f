// @ts-nocheck
// The RDS-managed master secret of an existing cluster, for the consumers that log in with it (loader, bastion).
import * as pulumi from "@pulumi/pulumi";

/** One entry of DescribeDBClusters' MasterUserSecret, as aws.rds.getCluster returns it. */
export interface MasterUserSecretFacts {
    secretArn?: string;
    kmsKeyId?: string;
    secretStatus?: string;
}

export interface ManagedSecret {
    secretArn: string;
    /** The key that encrypts the secret, as an ARN (IAM policies take ARNs, not key ids). */
    kmsKeyArn: string;
}

/**
 * The managed secret of a cluster the user owns, or throws one sentence with the fix. Without a secret the consumers'
 * policies would name `Resource: ""`, which IAM rejects as a malformed policy.
 * MasterUserSecret's KmsKeyId is "the AWS KMS key identifier" (RDS API reference, MasterUserSecret); an id that is
 * not an ARN is expanded in the cluster's region and account.
 */
export function requireManagedSecret(clusterId: string, secrets: readonly MasterUserSecretFacts[] | undefined,
    where: { partition: string; region: string; accountId: string }): ManagedSecret {
    const secret = secrets?.[0];
    if (secret?.secretArn === undefined || secret.secretArn === "") {
        throw new pulumi.RunError(`Aurora cluster ${clusterId} has no RDS-managed master secret, which the sample-data loader and the bastion log in with. ` +
            `Fix: let RDS manage the master password (RDS generates a new one, so update whatever uses the old password), ` +
            `\`aws rds modify-db-cluster --db-cluster-identifier ${clusterId} --manage-master-user-password --apply-immediately\`, ` +
            "then run `pulumi up` again; or set `pulumi config set sampleData false` and `pulumi config set bastion false`.");
    }
    const keyId = secret.kmsKeyId ?? "";
    if (keyId === "") {
        throw new pulumi.RunError(`Aurora cluster ${clusterId}'s master secret ${secret.secretArn} reports no KMS key; ` +
            `check it with \`aws rds describe-db-clusters --db-cluster-identifier ${clusterId} --query 'DBClusters[0].MasterUserSecret'\` and run \`pulumi up\` again.`);
    }
    const kmsKeyArn = keyId.startsWith("arn:") ? keyId : `arn:${where.partition}:kms:${where.region}:${where.accountId}:key/${keyId}`;
    return { secretArn: secret.secretArn, kmsKeyArn };
}
