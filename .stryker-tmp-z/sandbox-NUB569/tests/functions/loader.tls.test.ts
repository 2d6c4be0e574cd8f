// @ts-nocheck
// The loader's TLS options against a real server: the chain must verify, and so must the host name.
import * as assert from "assert";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as mysql from "mysql2/promise";

import { connectionOptions, parseEnv } from "../../functions/loader/index";
import { MariaDb, requireMariaDb } from "../sql/mariadb";

/** A private CA and a server certificate for `serverName`, signed by it (openssl). */
function makeCertificates(dir: string, serverName: string): { ca: string; cert: string; key: string } {
    const file = (name: string) => path.join(dir, name);
    const openssl = (...args: string[]) => execFileSync("openssl", args, { stdio: "ignore" });
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=aurora-analytics test CA",
        "-keyout", file("ca.key"), "-out", file("ca.pem"));
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", `/CN=${serverName}`, "-keyout", file("server.key"), "-out", file("server.csr"));
    fs.writeFileSync(file("san.cnf"), `subjectAltName=DNS:${serverName}\n`);
    openssl("x509", "-req", "-in", file("server.csr"), "-CA", file("ca.pem"), "-CAkey", file("ca.key"), "-CAcreateserial",
        "-days", "2", "-extfile", file("san.cnf"), "-out", file("server.pem"));
    return { ca: file("ca.pem"), cert: file("server.pem"), key: file("server.key") };
}

describe("loader TLS against MariaDB", function () {
    this.timeout(120000);
    let db: MariaDb;
    let dir: string;
    let caPem: string;

    before(async function () {
        dir = fs.mkdtempSync(path.join(os.tmpdir(), "aa-tls-"));
        // The certificate names another host than the one the loader dials: only a host-name check can notice.
        const certs = makeCertificates(dir, "writer.cluster-abc123.us-west-2.rds.amazonaws.com");
        caPem = fs.readFileSync(certs.ca, "utf8");
        db = await requireMariaDb(this, "loader TLS", [`--ssl-ca=${certs.ca}`, `--ssl-cert=${certs.cert}`, `--ssl-key=${certs.key}`]);
    });
    after(async () => {
        await db?.stop();
        fs.rmSync(dir, { recursive: true, force: true });
    });

    function options(host: string): mysql.ConnectionOptions {
        const env = parseEnv({
            DATA_BUCKET: "sample-data-bucket", DATA_PREFIX: "sample-data/", DB_HOST: host, DB_PORT: String(db.port), DB_NAME: "demodb",
            DB_SECRET_ARN: "arn:aws:secretsmanager:us-west-2:123456789012:secret:rds!cluster-abc-AbCdEf", EXISTING_CLUSTER: "false",
        });
        const opts = connectionOptions(env, { username: "root", password: "x" });
        // The private CA stands in for the RDS bundle; every other TLS option is the loader's own.
        return { ...opts, password: "", ssl: { ...(opts.ssl as object), ca: [caPem] } };
    }

    it("refuses a server whose certificate chains to the CA but names another host", async () => {
        await assert.rejects(mysql.createConnection(options("localhost")), (e: NodeJS.ErrnoException) => {
            // mysql2 wraps Node's tls.checkServerIdentity error (lib/base/connection.js).
            assert.strictEqual(e.code, "HANDSHAKE_SSL_ERROR");
            assert.strictEqual(e.message, "Hostname/IP does not match certificate's altnames: Host: localhost. is not in the cert's altnames: " +
                "DNS:writer.cluster-abc123.us-west-2.rds.amazonaws.com");
            return true;
        });
    });

    it("connects over TLS when only the host-name check is turned off, so the chain itself verifies", async () => {
        const opts = options("localhost");
        const conn = await mysql.createConnection({ ...opts, ssl: { ...(opts.ssl as object), verifyIdentity: false } });
        try {
            const [rows] = await conn.query("SHOW SESSION STATUS LIKE 'Ssl_version'");
            assert.match((rows as Array<{ Value: string }>)[0].Value, /^TLSv1\.[23]$/);
        } finally {
            await conn.end();
        }
    });
});
