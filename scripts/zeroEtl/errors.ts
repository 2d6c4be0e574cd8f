// Exit codes of `npm run zero-etl` and the errors that carry them, each naming what failed and what to do.
import { SqlFailed } from "../../functions/zeroEtl/dataApi";

/** Documented in docs/zero-etl.md ("Day two: npm run zero-etl"). */
export const EXIT = {
    ok: 0,
    /** status: a table has failed; resync --wait: a table failed again. */
    failed: 1,
    /** Bad arguments, a table name that is invalid or not in the integration, no pulumi CLI and no --outputs. */
    usage: 2,
    /** The stack's outputs: unreadable, zero-ETL off, or the integration unknown to Redshift. */
    stack: 3,
    /** AWS: no credentials, an expired session, access denied, SQL refused. */
    aws: 4,
    /** status: nothing failed but some tables are not synced yet (resync in progress). */
    syncing: 5,
    /** Ctrl-C (SIGINT): stopped waiting; what was asked keeps running in Redshift. */
    interrupted: 130,
} as const;

export class CliError extends Error {
    constructor(readonly exitCode: number, message: string) {
        super(message);
        this.name = "CliError";
    }
}

const EXPIRED = new Set(["ExpiredToken", "ExpiredTokenException", "RequestExpired", "TokenRefreshRequired"]);

/** An AWS SDK or Data API error as one sentence with the fix. */
export function explainAwsError(err: unknown, what: string): CliError {
    if (err instanceof CliError) return err;
    const e = err as { name?: string; message?: string; Code?: string };
    const name = e.name ?? e.Code ?? "Error";
    const message = (e.message ?? String(err)).trim();
    if (name === "CredentialsProviderError") {
        return new CliError(EXIT.aws, `${what}: no AWS credentials were found in the default chain (environment, shared config and ` +
            "credentials files, SSO, container or instance role); sign in (`aws sso login --profile <name>` and `export AWS_PROFILE=<name>`) or set " +
            `AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, then run this again. (${message})`);
    }
    if (EXPIRED.has(name) || /security token included in the request is expired|token has expired/i.test(message)) {
        return new CliError(EXIT.aws, `${what}: the AWS session has expired (${name}); renew it (\`aws sso login --profile <name>\`, or new ` +
            "temporary credentials) and run this again.");
    }
    if (name === "AccessDeniedException" || name === "AccessDenied") {
        return new CliError(EXIT.aws, `${what}: access denied (${message}); the caller needs redshift-data:ExecuteStatement on the ` +
            "workgroup, redshift-data:DescribeStatement and GetStatementResult, and secretsmanager:GetSecretValue on the admin secret.");
    }
    if (err instanceof SqlFailed) {
        return new CliError(EXIT.aws, `${what}: Redshift refused the SQL: ${message}`);
    }
    return new CliError(EXIT.aws, `${what}: ${name}: ${message}`);
}
