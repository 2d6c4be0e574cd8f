// Pure builder of the Athena pipeline's Step Functions definition (Amazon States Language, JSONPath only); no Pulumi resources.

/** Everything the definition references; plain strings so the component can call this inside an apply. */
export interface PipelineDefinitionParams {
    readonly functionArns: {
        readonly validateInput: string;
        readonly startExport: string;
        readonly checkExport: string;
        readonly prepareTable: string;
        readonly cleanup: string;
    };
    /**
     * The stack's tables ({name, primaryKey, timestampColumn?}). They travel in the definition and the Map items, not in
     * the Lambda environment: 200 tables of config exceed Lambda's 4 KB environment limit (npm run bench measures both).
     */
    readonly tables: readonly { readonly name: string; readonly primaryKey: readonly string[]; readonly timestampColumn?: string }[];
    readonly athenaWorkgroup: string;
    readonly glueDatabase: string;
    /** DynamoDB table with partition key `tableName` (S) holding each table's watermark. */
    readonly watermarkTable: string;
    readonly alertTopicArn: string;
    /** Seconds between export status checks; exports take minutes. Default 60. */
    readonly exportPollSeconds?: number;
    /** Tables loaded at the same time. Default 2 (Athena's DML concurrency is limited per account). */
    readonly maxConcurrency?: number;
    /** Whole-run limit. Default 43200 (12 h). */
    readonly timeoutSeconds?: number;
}

type State = Record<string, unknown>;

export interface StateMachineDefinition {
    readonly Comment: string;
    readonly StartAt: string;
    readonly TimeoutSeconds: number;
    readonly States: Record<string, State>;
}

/** Transient Lambda service errors, retried on every Lambda task. */
const LAMBDA_RETRY = {
    ErrorEquals: ["Lambda.ServiceException", "Lambda.AWSLambdaException", "Lambda.SdkClientException", "Lambda.TooManyRequestsException"],
    IntervalSeconds: 2,
    MaxAttempts: 4,
    BackoffRate: 2,
    JitterStrategy: "FULL",
};

const THROTTLE_RETRY = {
    ErrorEquals: ["ExportThrottled"],
    IntervalSeconds: 10,
    MaxAttempts: 6,
    BackoffRate: 2,
    MaxDelaySeconds: 300,
    JitterStrategy: "FULL",
};

const ATHENA_RETRY = {
    ErrorEquals: ["Athena.TooManyRequestsException", "Athena.InternalServerException"],
    IntervalSeconds: 5,
    MaxAttempts: 5,
    BackoffRate: 2,
    JitterStrategy: "FULL",
};

const TO_FAILURE = [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "CancelExport" }];

const DYNAMODB_RETRY = {
    ErrorEquals: ["DynamoDB.ProvisionedThroughputExceededException", "DynamoDB.ThrottlingException", "DynamoDB.InternalServerErrorException"],
    IntervalSeconds: 2,
    MaxAttempts: 5,
    BackoffRate: 2,
};

/** The watermark table item that holds the run lock; not an identifier, so no table can have this name. */
export const RUN_LOCK_ITEM = "#run-lock";

/**
 * Failures of a query that succeed when run again: Iceberg's optimistic commit lost a race, or Athena or S3 throttled
 * (a failed startQueryExecution.sync reports the reason in Cause). Anything else fails the table at once.
 */
export const TRANSIENT_ATHENA_CAUSES: readonly string[] = [
    "*ICEBERG_COMMIT_ERROR*", "*SlowDown*", "*Please reduce your request rate*", "*ThrottlingException*", "*TooManyRequestsException*", "*Rate exceeded*",
];
/** Waits before the 1st..4th retry of a transiently failed query; then the table fails. */
export const ATHENA_BACKOFF_SECONDS: readonly number[] = [5, 20, 60, 180];

/** Athena query states, each with its transient-failure loop: <Name> -> <Name>Transient? -> <Name>Backoff -> <Name>Wait -> <Name>. */
function athenaQuery(p: PipelineDefinitionParams, name: string, queryPath: string, next: string, extra: State = {}): Record<string, State> {
    return {
        [name]: {
            Type: "Task",
            Resource: "arn:aws:states:::athena:startQueryExecution.sync",
            Parameters: {
                "QueryString.$": queryPath,
                WorkGroup: p.athenaWorkgroup,
                QueryExecutionContext: { Database: p.glueDatabase },
            },
            ResultPath: null,
            Retry: [ATHENA_RETRY],
            Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.tableError", Next: `${name}Transient` }],
            Next: next,
            ...extra,
        },
        [`${name}Transient`]: {
            Type: "Choice",
            Choices: [{
                And: [
                    { Variable: "$.retry.count", NumericLessThan: ATHENA_BACKOFF_SECONDS.length },
                    { Variable: "$.tableError.Cause", IsPresent: true },
                    { Variable: "$.tableError.Cause", IsString: true },
                    { Or: TRANSIENT_ATHENA_CAUSES.map(pattern => ({ Variable: "$.tableError.Cause", StringMatches: pattern })) },
                ],
                Next: `${name}Backoff`,
            }],
            Default: "TableFailed",
        },
        [`${name}Backoff`]: {
            Type: "Pass",
            Parameters: {
                "count.$": "States.MathAdd($.retry.count, 1)",
                "delay.$": `States.ArrayGetItem(States.Array(${ATHENA_BACKOFF_SECONDS.join(", ")}), $.retry.count)`,
            },
            ResultPath: "$.retry",
            Next: `${name}Wait`,
        },
        [`${name}Wait`]: { Type: "Wait", SecondsPath: "$.retry.delay", Next: name },
    };
}

/** Publishes an alert, then goes on to `next` whether or not the publish worked. */
function notify(p: PipelineDefinitionParams, subject: string, messageExpression: string, next: string): State {
    return {
        Type: "Task",
        Resource: "arn:aws:states:::sns:publish",
        Parameters: { TopicArn: p.alertTopicArn, Subject: subject, "Message.$": messageExpression },
        ResultPath: null,
        Retry: [{ ErrorEquals: ["States.ALL"], IntervalSeconds: 2, MaxAttempts: 3, BackoffRate: 2 }],
        Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: null, Next: next }],
        Next: next,
    };
}

/** A Choice that runs `state` when the prepared statement at `path` is a string, else goes on to `otherwise`. */
function when(path: string, state: string, otherwise: string): State {
    return { Type: "Choice", Choices: [{ Variable: path, IsString: true, Next: state }], Default: otherwise };
}

const TABLE_FAILED = [{ ErrorEquals: ["States.ALL"], ResultPath: "$.tableError", Next: "TableFailed" }];

function watermarkItem(): State {
    return {
        tableName: { "S.$": "$.table" },
        watermark: { "S.$": "$.newWatermark.cell.VarCharValue" },
        runId: { "S.$": "$.runId" },
        executionId: { "S.$": "$$.Execution.Id" },
        runStartedAt: { "S.$": "$$.Execution.StartTime" },
    };
}

/**
 * One table's load, run by the Map state. Any failure ends in TableFailed, which records it: the other tables still
 * load, and the run reports every failed table once they are done.
 */
function tableStates(p: PipelineDefinitionParams): Record<string, State> {
    return {
        GetWatermark: {
            Type: "Task",
            Resource: "arn:aws:states:::dynamodb:getItem",
            Parameters: {
                TableName: p.watermarkTable,
                Key: { tableName: { "S.$": "$.table" } },
                ConsistentRead: true,
            },
            ResultPath: "$.watermarkItem",
            Retry: [DYNAMODB_RETRY],
            Catch: TABLE_FAILED,
            Next: "PrepareTable",
        },
        PrepareTable: {
            Type: "Task",
            Resource: p.functionArns.prepareTable,
            Parameters: {
                "table.$": "$.table",
                "config.$": "$.config",
                "mode.$": "$.mode",
                "runId.$": "$.runId",
                "exportTaskId.$": "$.exportTaskId",
                "snapshotTime.$": "$.snapshotTime",
                "watermarkItem.$": "$.watermarkItem",
            },
            ResultPath: "$.prepared",
            Retry: [LAMBDA_RETRY],
            Catch: TABLE_FAILED,
            Next: "IsTableExportEmpty",
        },
        IsTableExportEmpty: {
            Type: "Choice",
            Choices: [{ Variable: "$.prepared.empty", BooleanEquals: true, Next: "HasEmptyMaster" }],
            Default: "HasDropMaster",
        },
        HasEmptyMaster: when("$.prepared.emptyMaster", "EmptyMaster", "HasWatermarkToForget"),
        ...athenaQuery(p, "EmptyMaster", "$.prepared.emptyMaster", "HasWatermarkToForget"),
        // A rebuild of a table now empty at the source starts it over: a kept watermark would hide older rows loaded later.
        HasWatermarkToForget: {
            Type: "Choice",
            Choices: [{ Variable: "$.prepared.forgetWatermark", BooleanEquals: true, Next: "ForgetWatermark" }],
            Default: "TableDone",
        },
        ForgetWatermark: {
            Type: "Task",
            Resource: "arn:aws:states:::dynamodb:deleteItem",
            Parameters: { TableName: p.watermarkTable, Key: { tableName: { "S.$": "$.table" } } },
            ResultPath: null,
            Retry: [DYNAMODB_RETRY],
            Catch: TABLE_FAILED,
            Next: "TableDone",
        },
        HasDropMaster: when("$.prepared.dropMaster", "DropMaster", "CreateMasterTable"),
        ...athenaQuery(p, "DropMaster", "$.prepared.dropMaster", "CreateMasterTable"),
        ...athenaQuery(p, "CreateMasterTable", "$.prepared.createMaster", "HasNewColumns"),
        HasNewColumns: when("$.prepared.addColumns", "AddMasterColumns", "HasWatermark"),
        ...athenaQuery(p, "AddMasterColumns", "$.prepared.addColumns", "HasWatermark"),
        HasWatermark: when("$.prepared.watermarkQuery", "ComputeWatermark", "MergeIntoMaster"),
        // The new watermark is read from the same immutable export before the MERGE and stored only after it.
        ...athenaQuery(p, "ComputeWatermark", "$.prepared.watermarkQuery", "ReadWatermark", {
            ResultSelector: { "queryExecutionId.$": "$.QueryExecution.QueryExecutionId" },
            ResultPath: "$.watermarkQuery",
        }),
        ReadWatermark: {
            Type: "Task",
            Resource: "arn:aws:states:::aws-sdk:athena:getQueryResults",
            Parameters: { "QueryExecutionId.$": "$.watermarkQuery.queryExecutionId", MaxResults: 2 },
            // Row 0 is the header (it counts in MaxResults); row 1 holds the stage stats (sql/athena/pipeline.ts
            // STAGE_STATS_COLUMNS): the watermark, whose VarCharValue is absent when it is NULL, then the counts, never NULL.
            ResultSelector: {
                "cell.$": "$.ResultSet.Rows[1].Data[0]",
                "nullKeyRows.$": "$.ResultSet.Rows[1].Data[2].VarCharValue",
                "invalidValues.$": "$.ResultSet.Rows[1].Data[3].VarCharValue",
            },
            ResultPath: "$.newWatermark",
            Retry: [ATHENA_RETRY],
            Catch: TABLE_FAILED,
            Next: "MergeIntoMaster",
        },
        ...athenaQuery(p, "MergeIntoMaster", "$.prepared.merge", "NeedsMaintenance"),
        // After a full sync: compact the files the MERGE wrote, then expire old snapshots (their data files go with them).
        NeedsMaintenance: when("$.prepared.optimize", "OptimizeMaster", "WatermarkAdvanced"),
        ...athenaQuery(p, "OptimizeMaster", "$.prepared.optimize", "VacuumMaster"),
        ...athenaQuery(p, "VacuumMaster", "$.prepared.vacuum", "WatermarkAdvanced"),
        WatermarkAdvanced: {
            Type: "Choice",
            Choices: [
                { And: [{ Variable: "$.newWatermark.cell.VarCharValue", IsPresent: true }, { Variable: "$.prepared.resetWatermark", BooleanEquals: true }], Next: "ResetWatermark" },
                { Variable: "$.newWatermark.cell.VarCharValue", IsPresent: true, Next: "SaveWatermark" },
            ],
            Default: "TableDone",
        },
        // Conditional: a watermark only moves forward, whichever run writes last.
        SaveWatermark: {
            Type: "Task",
            Resource: "arn:aws:states:::dynamodb:putItem",
            Parameters: {
                TableName: p.watermarkTable,
                Item: watermarkItem(),
                ConditionExpression: "attribute_not_exists(watermark) OR watermark <= :new",
                ExpressionAttributeValues: { ":new": { "S.$": "$.newWatermark.cell.VarCharValue" } },
            },
            ResultPath: null,
            Retry: [DYNAMODB_RETRY],
            Catch: [
                // A newer watermark is already stored: keep it.
                { ErrorEquals: ["DynamoDB.ConditionalCheckFailedException"], ResultPath: null, Next: "TableDone" },
                ...TABLE_FAILED,
            ],
            Next: "TableDone",
        },
        // A rebuild starts the table over from the export, so its watermark may be older than the stored one.
        ResetWatermark: {
            Type: "Task",
            Resource: "arn:aws:states:::dynamodb:putItem",
            Parameters: { TableName: p.watermarkTable, Item: watermarkItem() },
            ResultPath: null,
            Retry: [DYNAMODB_RETRY],
            Catch: TABLE_FAILED,
            Next: "TableDone",
        },
        // The counts come from ReadWatermark, or stay the Map item's zeros when the export of the table was empty.
        TableDone: {
            Type: "Pass",
            Parameters: { "table.$": "$.table", failed: false, "nullKeyRows.$": "$.newWatermark.nullKeyRows", "invalidValues.$": "$.newWatermark.invalidValues" },
            End: true,
        },
        TableFailed: {
            Type: "Pass",
            Parameters: { "table.$": "$.table", failed: true, "error.$": "$.tableError.Error", "cause.$": "$.tableError.Cause" },
            End: true,
        },
    };
}

/**
 * The run: validate -> take the run lock -> export (poll) -> per-table load -> clean up -> release the lock -> report.
 * A failure before the load cancels the export, cleans up, alerts and fails the execution; a table that fails to load
 * fails only itself, and the run alerts once with every failed table. Invalid input alerts and fails before anything
 * starts; a run that finds another in progress stops at once without an alert.
 */
export function buildPipelineDefinition(p: PipelineDefinitionParams): StateMachineDefinition {
    const pollSeconds = p.exportPollSeconds ?? 60;
    const maxConcurrency = p.maxConcurrency ?? 2;
    const timeoutSeconds = p.timeoutSeconds ?? 43200;
    for (const [name, value] of [["exportPollSeconds", pollSeconds], ["maxConcurrency", maxConcurrency], ["timeoutSeconds", timeoutSeconds]] as const) {
        if (!Number.isSafeInteger(value) || value < 1) {
            throw new Error(`${name} must be a whole number >= 1, got ${value}`);
        }
    }
    const cleanupParameters = {
        "runId.$": "$.plan.runId",
        "exportTaskId.$": "$.plan.exportTaskId",
        "tables.$": "$.plan.tables",
    };
    const releaseLock = (next: string): State => ({
        Type: "Task",
        Resource: "arn:aws:states:::dynamodb:deleteItem",
        Parameters: {
            TableName: p.watermarkTable,
            Key: { tableName: { S: RUN_LOCK_ITEM } },
            // Only this execution's lock; a lock taken over after expiry belongs to another run.
            ConditionExpression: "executionId = :me",
            ExpressionAttributeValues: { ":me": { "S.$": "$$.Execution.Id" } },
        },
        ResultPath: null,
        Retry: [DYNAMODB_RETRY],
        Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: null, Next: next }],
        Next: next,
    });
    return {
        Comment: "Aurora export -> per-run Glue tables -> Iceberg master tables in Athena (MERGE), with per-table watermarks.",
        StartAt: "ValidateInput",
        TimeoutSeconds: timeoutSeconds,
        States: {
            ValidateInput: {
                Type: "Task",
                Resource: p.functionArns.validateInput,
                Parameters: {
                    "input.$": "$",
                    "executionId.$": "$$.Execution.Id",
                    "executionStartTime.$": "$$.Execution.StartTime",
                    configuredTables: p.tables,
                    runTimeoutSeconds: timeoutSeconds,
                },
                ResultSelector: {
                    plan: {
                        "mode.$": "$.mode",
                        "runId.$": "$.runId",
                        "exportTaskId.$": "$.exportTaskId",
                        "tables.$": "$.tables",
                        "items.$": "$.items",
                        "lockExpiresAt.$": "$.lockExpiresAt",
                    },
                },
                // No ResultPath: the plan replaces the raw input, so nothing after this point reads what the caller sent.
                Retry: [LAMBDA_RETRY],
                // No ResultPath: the input may not even be an object, so the error replaces it rather than being added to it.
                Catch: [{ ErrorEquals: ["States.ALL"], Next: "NotifyInvalidInput" }],
                Next: "AcquireRunLock",
            },
            // One run at a time: RDS runs one export per cluster, and two runs would race on masters and watermarks.
            AcquireRunLock: {
                Type: "Task",
                Resource: "arn:aws:states:::dynamodb:putItem",
                Parameters: {
                    TableName: p.watermarkTable,
                    Item: {
                        tableName: { S: RUN_LOCK_ITEM },
                        executionId: { "S.$": "$$.Execution.Id" },
                        runStartedAt: { "S.$": "$$.Execution.StartTime" },
                        lockExpiresAt: { "S.$": "$.plan.lockExpiresAt" },
                    },
                    ConditionExpression: "attribute_not_exists(tableName) OR lockExpiresAt < :now",
                    ExpressionAttributeValues: { ":now": { "S.$": "$$.Execution.StartTime" } },
                },
                ResultPath: null,
                Retry: [DYNAMODB_RETRY],
                Catch: [{ ErrorEquals: ["DynamoDB.ConditionalCheckFailedException"], ResultPath: null, Next: "RunAlreadyInProgress" }],
                Next: "StartExport",
            },
            RunAlreadyInProgress: {
                Type: "Pass",
                Parameters: {
                    "skipped.$": "States.Format('Run {} did not start: another run of this pipeline is in progress (one export per cluster at a time). Start it again when that run has ended.', $$.Execution.Id)",
                },
                Next: "RunSkipped",
            },
            RunSkipped: { Type: "Succeed" },
            StartExport: {
                Type: "Task",
                Resource: p.functionArns.startExport,
                Parameters: { "exportTaskId.$": "$.plan.exportTaskId", "tables.$": "$.plan.tables" },
                ResultPath: "$.export",
                Retry: [LAMBDA_RETRY, THROTTLE_RETRY],
                Catch: TO_FAILURE,
                Next: "WaitForExport",
            },
            WaitForExport: { Type: "Wait", Seconds: pollSeconds, Next: "CheckExport" },
            CheckExport: {
                Type: "Task",
                Resource: p.functionArns.checkExport,
                Parameters: { "exportTaskId.$": "$.plan.exportTaskId", "polls.$": "$.export.polls" },
                ResultPath: "$.export",
                Retry: [LAMBDA_RETRY, THROTTLE_RETRY],
                Catch: TO_FAILURE,
                Next: "IsExportComplete",
            },
            IsExportComplete: {
                Type: "Choice",
                Choices: [{ Variable: "$.export.status", StringEquals: "COMPLETE", Next: "LoadTables" }],
                Default: "WaitForExport",
            },
            LoadTables: {
                Type: "Map",
                // Each item is one table's config: the load gets its own, and no Lambda environment holds them all.
                ItemsPath: "$.plan.items",
                ItemSelector: {
                    "table.$": "$$.Map.Item.Value.name",
                    "config.$": "$$.Map.Item.Value",
                    "mode.$": "$.plan.mode",
                    "runId.$": "$.plan.runId",
                    "exportTaskId.$": "$.plan.exportTaskId",
                    "snapshotTime.$": "$.export.snapshotTime",
                    retry: { count: 0, delay: 0 },
                    // Rows skipped for a NULL key and values loaded as NULL; ReadWatermark replaces these with the export's.
                    newWatermark: { nullKeyRows: "0", invalidValues: "0" },
                },
                MaxConcurrency: maxConcurrency,
                ItemProcessor: {
                    ProcessorConfig: { Mode: "INLINE" },
                    StartAt: "GetWatermark",
                    States: tableStates(p),
                },
                ResultPath: "$.tableResults",
                Catch: TO_FAILURE,
                Next: "CleanUp",
            },
            CleanUp: {
                Type: "Task",
                Resource: p.functionArns.cleanup,
                Parameters: { ...cleanupParameters, "tableResults.$": "$.tableResults", "warning.$": "$.export.warning" },
                ResultPath: "$.cleanup",
                Retry: [LAMBDA_RETRY],
                // The masters are loaded; a cleanup failure still alerts so leftovers get removed.
                Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "ReleaseRunLockAfterFailure" }],
                Next: "ReleaseRunLock",
            },
            ReleaseRunLock: releaseLock("AnyTableFailed"),
            AnyTableFailed: {
                Type: "Choice",
                Choices: [
                    { Variable: "$.cleanup.failedTables", NumericGreaterThan: 0, Next: "NotifyTableFailures" },
                    { Variable: "$.cleanup.alert", IsString: true, Next: "NotifyExportWarning" },
                ],
                Default: "RunSucceeded",
            },
            NotifyTableFailures: notify(p, "Athena pipeline tables failed",
                "States.Format('Run {}: {}', $$.Execution.Id, $.cleanup.alert)", "TablesFailed"),
            TablesFailed: { Type: "Fail", Error: "TablesFailed", Cause: "One or more tables failed to load; the alert names each table and the reason." },
            NotifyExportWarning: notify(p, "Athena pipeline run warning",
                "States.Format('Run {}: {}', $$.Execution.Id, $.cleanup.alert)", "RunSucceeded"),
            RunSucceeded: { Type: "Succeed" },
            // A failed run may leave its export running; RDS refuses the call for a finished or missing export, which is fine.
            CancelExport: {
                Type: "Task",
                Resource: "arn:aws:states:::aws-sdk:rds:cancelExportTask",
                Parameters: { "ExportTaskIdentifier.$": "$.plan.exportTaskId" },
                ResultPath: null,
                Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: null, Next: "CleanUpFailedRun" }],
                Next: "CleanUpFailedRun",
            },
            CleanUpFailedRun: {
                Type: "Task",
                Resource: p.functionArns.cleanup,
                Parameters: cleanupParameters,
                ResultPath: "$.cleanup",
                Retry: [LAMBDA_RETRY],
                Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.cleanupError", Next: "ReleaseRunLockAfterFailure" }],
                Next: "ReleaseRunLockAfterFailure",
            },
            ReleaseRunLockAfterFailure: releaseLock("NotifyFailure"),
            NotifyFailure: notify(p, "Athena pipeline run failed",
                "States.Format('Run {} (export {}) failed with {}: {}', $$.Execution.Id, $.plan.exportTaskId, $.error.Error, $.error.Cause)",
                "RunFailed"),
            RunFailed: { Type: "Fail", ErrorPath: "$.error.Error", CausePath: "$.error.Cause" },
            NotifyInvalidInput: notify(p, "Athena pipeline run rejected",
                "States.Format('Run {} was rejected before it started: {}', $$.Execution.Id, $.Cause)",
                "InputRejected"),
            InputRejected: { Type: "Fail", ErrorPath: "$.Error", CausePath: "$.Cause" },
        },
    };
}
