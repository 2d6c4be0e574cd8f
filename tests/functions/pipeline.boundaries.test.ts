// Pagination with a second page, entry-by-entry filters and errors that must stop a run, in the pipeline's Lambdas.
// ListObjectsV2 returns at most 1000 keys a page; IsTruncated says whether NextContinuationToken leads to more
// (Amazon S3 API Reference, ListObjectsV2).
import * as assert from "assert";
import { mockClient } from "aws-sdk-client-mock";
import { BatchDeleteTableCommand, GlueClient } from "@aws-sdk/client-glue";
import { CopyObjectCommand, DeleteObjectsCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { listParquetObjects } from "../../functions/pipeline/prepareTable";
import { handler as cleanup } from "../../functions/pipeline/cleanup";

const EXPORT_ID = "analytics-dev-20261104-033000-1a2b3c4d";
const RUN_ID = "r20261104t033000_1a2b3c4d";
const ENV: Record<string, string> = {
    AWS_REGION: "us-east-1",
    PIPELINE_NAME: "analytics-dev",
    PIPELINE_TABLES: JSON.stringify([{ name: "sales", primaryKey: ["salesid"], timestampColumn: "saletime" }]),
    DB_NAME: "demodb",
    GLUE_DATABASE: "analytics_dev",
    RAW_BUCKET: "raw-bucket",
    EXPORT_PREFIX: "exports",
    BACKUP_PREFIX: "backup",
    BACKUP_EXPORTS: "true",
};

describe("pipeline Lambdas: pagination and entries", () => {
    // Created in before(): another test file mocks the same clients, and mockClient replaces any earlier stub.
    function clientMocks() {
        return { s3: mockClient(S3Client), glue: mockClient(GlueClient) };
    }
    let s3: ReturnType<typeof clientMocks>["s3"];
    let glue: ReturnType<typeof clientMocks>["glue"];
    const saved: Record<string, string | undefined> = {};

    before(() => {
        ({ s3, glue } = clientMocks());
    });
    beforeEach(() => {
        s3.reset();
        glue.reset();
        for (const [k, v] of Object.entries(ENV)) {
            saved[k] = process.env[k];
            process.env[k] = v;
        }
    });
    afterEach(() => {
        for (const [k, v] of Object.entries(saved)) {
            if (v === undefined) delete process.env[k];
            else process.env[k] = v;
        }
    });
    after(() => {
        s3.restore();
        glue.restore();
    });

    it("lists Parquet objects over two pages, skipping empty and non-Parquet entries one by one", async () => {
        const prefix = `exports/${EXPORT_ID}/demodb/demodb.sales/`;
        s3.on(ListObjectsV2Command, { ContinuationToken: undefined }).resolves({
            Contents: [{ Key: `${prefix}1/part-00001-0.gz.parquet`, Size: 10 }, { Key: `${prefix}1/_SUCCESS`, Size: 1 }, { Key: `${prefix}1/part-00009-0.gz.parquet`, Size: 0 }],
            IsTruncated: true, NextContinuationToken: "page-2",
        });
        s3.on(ListObjectsV2Command, { ContinuationToken: "page-2" }).resolves({
            // A token on the last page must not lead to a third request: IsTruncated decides.
            Contents: [{ Key: `${prefix}1/part-00000-0.gz.parquet`, Size: 1 }, { Key: `${prefix}2/part-00000-0.gz.parquet` }],
            IsTruncated: false, NextContinuationToken: "page-3",
        });
        assert.deepStrictEqual(await listParquetObjects("raw-bucket", prefix), [
            { key: `${prefix}1/part-00000-0.gz.parquet`, size: 1 },
            { key: `${prefix}1/part-00001-0.gz.parquet`, size: 10 },
        ]);
        assert.deepStrictEqual(s3.commandCalls(ListObjectsV2Command).map(c => c.args[0].input), [
            { Bucket: "raw-bucket", Prefix: prefix, ContinuationToken: undefined },
            { Bucket: "raw-bucket", Prefix: prefix, ContinuationToken: "page-2" },
        ]);
    });

    it("cleanup copies and deletes no export object: the export stays for the lifecycle rule (backupRetentionDays)", async () => {
        glue.on(BatchDeleteTableCommand).resolves({});
        const result = await cleanup({ runId: RUN_ID, exportTaskId: EXPORT_ID, tables: ["sales"] }) as unknown as Record<string, unknown>;
        assert.strictEqual(result.droppedTables, 1);
        assert.deepStrictEqual(s3.calls().map(c => c.args[0].constructor.name), [], "no S3 call at all");
    });
});
