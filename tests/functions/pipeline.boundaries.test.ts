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

    it("cleanup backs up and deletes every page of the export, and counts both pages", async () => {
        const root = `exports/${EXPORT_ID}/`;
        const page1 = [`${root}export_info_x.json`, `${root}demodb/demodb.sales/1/part-00000-0.gz.parquet`];
        const page2 = [`${root}demodb/demodb.sales/1/part 00001.gz.parquet`];
        glue.on(BatchDeleteTableCommand).resolves({});
        s3.on(ListObjectsV2Command, { ContinuationToken: undefined }).resolves({ Contents: page1.map(Key => ({ Key })), IsTruncated: true, NextContinuationToken: "t2" });
        s3.on(ListObjectsV2Command, { ContinuationToken: "t2" }).resolves({ Contents: page2.map(Key => ({ Key })), IsTruncated: false });
        s3.on(CopyObjectCommand).resolves({});
        s3.on(DeleteObjectsCommand).resolves({});
        assert.deepStrictEqual(await cleanup({ runId: RUN_ID, exportTaskId: EXPORT_ID, tables: ["sales"] }),
            { droppedTables: [`run_${RUN_ID}_sales`], backedUpObjects: 3, deletedObjects: 3 });
        assert.deepStrictEqual(s3.commandCalls(ListObjectsV2Command).map(c => c.args[0].input.ContinuationToken), [undefined, "t2"]);
        assert.deepStrictEqual(s3.commandCalls(CopyObjectCommand).map(c => c.args[0].input.CopySource), [
            `raw-bucket/${page1[0]}`, `raw-bucket/${page1[1]}`, `raw-bucket/exports/${EXPORT_ID}/demodb/demodb.sales/1/part%2000001.gz.parquet`,
        ]);
        assert.deepStrictEqual(s3.commandCalls(DeleteObjectsCommand).map(c => c.args[0].input.Delete?.Objects), [
            page1.map(Key => ({ Key })), page2.map(Key => ({ Key })),
        ]);
    });

    it("cleanup stops on the first page whose delete reports errors, before reading the next page", async () => {
        const root = `exports/${EXPORT_ID}/`;
        glue.on(BatchDeleteTableCommand).resolves({});
        s3.on(ListObjectsV2Command).resolves({ Contents: [{ Key: `${root}a.parquet` }], IsTruncated: true, NextContinuationToken: "t2" });
        s3.on(CopyObjectCommand).resolves({});
        s3.on(DeleteObjectsCommand).resolves({ Errors: [{ Key: `${root}a.parquet`, Code: "AccessDenied", Message: "Access Denied" }] });
        await assert.rejects(cleanup({ runId: RUN_ID, exportTaskId: EXPORT_ID, tables: ["sales"] }),
            (e: unknown) => e instanceof Error && e.message === `could not delete 1 export object(s), first ${root}a.parquet: AccessDenied Access Denied`);
        assert.strictEqual(s3.commandCalls(ListObjectsV2Command).length, 1);
    });
});
