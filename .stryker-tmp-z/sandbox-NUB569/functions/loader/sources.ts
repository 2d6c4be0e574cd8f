// @ts-nocheck
// Where the loader reads data files from: an S3 prefix in the Lambda, a local directory in tests and scripts.
import * as fs from "fs";
import * as path from "path";
import { Readable } from "stream";
import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { DataSource, LoadError } from "./load";

/** Files are `<prefix><file>` in the bucket; the prefix is empty or ends with a slash. */
export function s3Source(s3: S3Client, bucket: string, prefix: string): DataSource {
    return {
        describe: file => `s3://${bucket}/${prefix}${file}`,
        async open(file: string): Promise<Readable> {
            const response = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: `${prefix}${file}` }));
            if (!(response.Body instanceof Readable)) {
                throw new LoadError(`s3://${bucket}/${prefix}${file} returned no readable body`);
            }
            return response.Body;
        },
    };
}

export function directorySource(dir: string): DataSource {
    return {
        describe: file => path.join(dir, file),
        async open(file: string): Promise<Readable> {
            return fs.createReadStream(path.join(dir, file));
        },
    };
}
