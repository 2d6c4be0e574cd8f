// @ts-nocheck
// Error names the state machine's Retry and Catch rules match on (a Lambda error's name becomes the state's error).

/** Throttled even after the SDK's own retries: the state retries it with backoff. */
export class ExportThrottled extends Error {
    constructor(message: string) {
        super(message);
        this.name = "ExportThrottled";
    }
}

/** The export ended FAILED or CANCELED, or could not start; the message carries the AWS cause. */
export class ExportFailed extends Error {
    constructor(message: string) {
        super(message);
        this.name = "ExportFailed";
    }
}

/** The export did not complete within MAX_EXPORT_POLLS checks. */
export class ExportTimedOut extends Error {
    constructor(message: string) {
        super(message);
        this.name = "ExportTimedOut";
    }
}

/** The export holds data the pipeline cannot load (unsupported type, missing key column, ...). */
export class UnsupportedExport extends Error {
    constructor(message: string) {
        super(message);
        this.name = "UnsupportedExport";
    }
}

const THROTTLING = new Set(["ThrottlingException", "Throttling", "TooManyRequestsException", "RequestLimitExceeded", "SlowDown"]);

export function isThrottling(error: unknown): boolean {
    const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
    return THROTTLING.has(e?.name ?? "") || e?.$metadata?.httpStatusCode === 429;
}

export function errorText(error: unknown): string {
    const e = error as { name?: string; message?: string };
    return `${e?.name ?? "Error"}: ${e?.message ?? String(error)}`;
}
