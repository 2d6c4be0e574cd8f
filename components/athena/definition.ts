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
    /** The pipeline's own workgroup (its cutoff is sized for MERGE and OPTIMIZE, not for analysts). */
    readonly athenaWorkgroup: string;
    /**
     * The S3 object holding `tables` as a JSON array, which the Distributed Map reads as its items (ItemReader): the
     * configs of 1,000 tables would not fit in one 256 KiB state.
     */
    readonly tableConfigObject: { readonly bucket: string; readonly key: string };
    /** Where the Distributed Map writes each table's result (ResultWriter): bucket and key prefix, no trailing slash. */
    readonly mapResults: { readonly bucket: string; readonly prefix: string };
    readonly glueDatabase: string;
    /** DynamoDB table with partition key `tableName` (S) holding each table's watermark. */
    readonly watermarkTable: string;
    readonly alertTopicArn: string;
    /** Seconds between export status checks; exports take minutes. Default 60. */
    readonly exportPollSeconds?: number;
    /** Tables loaded at the same time (child executions of the Distributed Map). Default 2 (Athena's DML concurrency is limited per account). */
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

/**
 * OPTIMIZE and VACUUM end with these errors when a master needs more runs than one query may take (Athena User Guide,
 * "OPTIMIZE" and "VACUUM"); running the statement again continues where the last run stopped.
 */
export const MORE_RUNS_NEEDED: Readonly<Record<"OptimizeMaster" | "VacuumMaster", string>> = Object.freeze({
    OptimizeMaster: "ICEBERG_OPTIMIZE_MORE_RUNS_NEEDED",
    VacuumMaster: "ICEBERG_VACUUM_MORE_RUNS_NEEDED",
});
/**
 * Runs of one maintenance statement per table and run. Each run is one DML query, bounded by Athena's DML query timeout
 * (30 minutes by default, at most 240 on request: Athena User Guide, "Service Quotas"); past the cap the table reports
 * the error and the next full sync continues the work (the MERGE and the watermark are already committed by then).
 */
export const MAINTENANCE_MAX_RUNS = 10;

/** Athena query states, each with its transient-failure loop: <Name> -> <Name>Transient? -> <Name>Backoff -> <Name>Wait -> <Name>. */
function athenaQuery(p: PipelineDefinitionParams, name: string, queryPath: string, next: string, extra: State = {}, extraChoices: State[] = [], extraStates: Record<string, State> = {}): Record<string, State> {
    const causeIsText = [{ Variable: "$.tableError.Cause", IsString: true }];
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
            Choices: [
                // Rules run in order: a comparison on a missing path raises States.Runtime, so a missing Cause stops here.
                { Not: { Variable: "$.tableError.Cause", IsPresent: true }, Next: "TableFailed" },
                ...extraChoices,
                {
                    And: [
                        // The count indexes ATHENA_BACKOFF_SECONDS in the Backoff state: it must stay below its length.
                        { Variable: "$.retry.count", NumericLessThan: ATHENA_BACKOFF_SECONDS.length },
                        ...causeIsText,
                        { Or: TRANSIENT_ATHENA_CAUSES.map(pattern => ({ Variable: "$.tableError.Cause", StringMatches: pattern })) },
                    ],
                    Next: `${name}Backoff`,
                },
            ],
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
        ...extraStates,
    };
}

/** OPTIMIZE or VACUUM: a query that runs again, up to MAINTENANCE_MAX_RUNS times, while Athena says more runs are needed. */
function maintenanceQuery(p: PipelineDefinitionParams, name: "OptimizeMaster" | "VacuumMaster", queryPath: string, next: string): Record<string, State> {
    const counter = `$.maintenance.${name}`;
    return athenaQuery(p, name, queryPath, next, {}, [{
        And: [
            { Variable: `${counter}.runs`, NumericLessThan: MAINTENANCE_MAX_RUNS - 1 },
            { Variable: "$.tableError.Cause", IsString: true },
            { Variable: "$.tableError.Cause", StringMatches: `*${MORE_RUNS_NEEDED[name]}*` },
        ],
        Next: `${name}Again`,
    }], {
        [`${name}Again`]: {
            Type: "Pass",
            Parameters: { "runs.$": `States.MathAdd(${counter}.runs, 1)` },
            ResultPath: counter,
            Next: name,
        },
    });
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
 * One table's load, run as its own child execution of the Distributed Map. Any failure ends in TableFailed, which
 * returns it as the table's result: the other tables still load, and CleanUp reports every failed table from the
 * results the Map wrote to S3.
 */
export function tableStates(p: PipelineDefinitionParams): Record<string, State> {
    return {
        // A run given a list of tables still reads every configured table's item; the others end here at once.
        IsEveryTableSelected: {
            Type: "Choice",
            Choices: [{ Variable: "$.selection", IsNull: true, Next: "GetWatermark" }],
            Default: "CheckTableSelected",
        },
        CheckTableSelected: {
            Type: "Pass",
            Parameters: { "selected.$": "States.ArrayContains($.selection, $.table)" },
            // Replaces the list: the rest of the load carries one boolean, not 1,000 names.
            ResultPath: "$.selection",
            Next: "IsTableSelected",
        },
        IsTableSelected: {
            Type: "Choice",
            Choices: [{ Variable: "$.selection.selected", BooleanEquals: true, Next: "GetWatermark" }],
            Default: "TableNotSelected",
        },
        TableNotSelected: { Type: "Pass", Parameters: { "table.$": "$.table", selected: false, failed: false }, End: true },
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
        ...athenaQuery(p, "MergeIntoMaster", "$.prepared.merge", "WatermarkAdvanced"),
        // The MERGE has committed: the watermark is saved now, so a maintenance failure never makes the next run reload.
        WatermarkAdvanced: {
            Type: "Choice",
            Choices: [
                { And: [{ Variable: "$.newWatermark.cell.VarCharValue", IsPresent: true }, { Variable: "$.prepared.resetWatermark", BooleanEquals: true }], Next: "ResetWatermark" },
                { Variable: "$.newWatermark.cell.VarCharValue", IsPresent: true, Next: "SaveWatermark" },
            ],
            Default: "NeedsMaintenance",
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
                // A newer watermark is already stored (a later run took the lock over and got further): keep it.
                { ErrorEquals: ["DynamoDB.ConditionalCheckFailedException"], ResultPath: null, Next: "NeedsMaintenance" },
                ...TABLE_FAILED,
            ],
            Next: "NeedsMaintenance",
        },
        // A rebuild starts the table over from the export, so its watermark may be older than the stored one.
        ResetWatermark: {
            Type: "Task",
            Resource: "arn:aws:states:::dynamodb:putItem",
            Parameters: { TableName: p.watermarkTable, Item: watermarkItem() },
            ResultPath: null,
            Retry: [DYNAMODB_RETRY],
            Catch: TABLE_FAILED,
            Next: "NeedsMaintenance",
        },
        // After a full sync: compact the files the MERGE wrote, then expire old snapshots (their data files go with them).
        NeedsMaintenance: when("$.prepared.optimize", "OptimizeMaster", "TableDone"),
        ...maintenanceQuery(p, "OptimizeMaster", "$.prepared.optimize", "VacuumMaster"),
        ...maintenanceQuery(p, "VacuumMaster", "$.prepared.vacuum", "TableDone"),
        // The counts come from ReadWatermark, or stay the Map item's zeros when the export of the table was empty.
        TableDone: {
            Type: "Pass",
            Parameters: { "table.$": "$.table", failed: false, "nullKeyRows.$": "$.newWatermark.nullKeyRows", "invalidValues.$": "$.newWatermark.invalidValues" },
            End: true,
        },
        // A failure without a Cause (a task can end so) would make "cause.$" raise States.Runtime, which nothing catches.
        TableFailed: {
            Type: "Choice",
            Choices: [{ Variable: "$.tableError.Cause", IsPresent: true, Next: "TableFailedWithCause" }],
            Default: "TableFailedWithoutCause",
        },
        TableFailedWithCause: {
            Type: "Pass",
            Parameters: { "table.$": "$.table", failed: true, "error.$": "$.tableError.Error", "cause.$": "$.tableError.Cause" },
            End: true,
        },
        TableFailedWithoutCause: {
            Type: "Pass",
            Parameters: { "table.$": "$.table", failed: true, "error.$": "$.tableError.Error", cause: "no cause given" },
            End: true,
        },
    };
}

/**
 * The run: validate -> take the run lock -> export (poll) -> per-table load (Distributed Map, one child execution per
 * table) -> clean up -> release the lock -> report. A failure before the load cancels the export, cleans up, alerts and
 * fails the execution; a table that fails to load fails only itself, and the run alerts once with every failed table.
 * Invalid input alerts and fails before anything starts. A run that finds the lock held asks Step Functions whether
 * the holder still runs: it stops at once if so, and takes the lock over if the holder has ended without releasing it.
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
    const lockItem = {
        tableName: { S: RUN_LOCK_ITEM },
        executionId: { "S.$": "$$.Execution.Id" },
        runStartedAt: { "S.$": "$$.Execution.StartTime" },
        lockExpiresAt: { "S.$": "$.plan.lockExpiresAt" },
    };
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
                    // Names only: the configs reach each table's load through the Map's ItemReader.
                    configuredTables: p.tables.map(t => t.name),
                    runTimeoutSeconds: timeoutSeconds,
                },
                ResultSelector: {
                    plan: {
                        "mode.$": "$.mode",
                        "runId.$": "$.runId",
                        "exportTaskId.$": "$.exportTaskId",
                        "tables.$": "$.tables",
                        "selection.$": "$.selection",
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
                    Item: lockItem,
                    ConditionExpression: "attribute_not_exists(tableName) OR lockExpiresAt < :now",
                    ExpressionAttributeValues: { ":now": { "S.$": "$$.Execution.StartTime" } },
                },
                ResultPath: null,
                Retry: [DYNAMODB_RETRY],
                Catch: [{ ErrorEquals: ["DynamoDB.ConditionalCheckFailedException"], ResultPath: null, Next: "ReadRunLock" }],
                Next: "StartExport",
            },
            // A run that died where nothing could catch it (States.DataLimitExceeded, States.Runtime, a timeout) leaves its
            // lock behind; the execution's status says whether its holder still runs.
            ReadRunLock: {
                Type: "Task",
                Resource: "arn:aws:states:::dynamodb:getItem",
                Parameters: { TableName: p.watermarkTable, Key: { tableName: { S: RUN_LOCK_ITEM } }, ConsistentRead: true },
                ResultPath: "$.lock",
                Retry: [DYNAMODB_RETRY],
                Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "NotifyLockUnknown" }],
                Next: "IsRunLockHeld",
            },
            IsRunLockHeld: {
                Type: "Choice",
                Choices: [{ Variable: "$.lock.Item.executionId.S", IsPresent: true, Next: "DescribeRunLockHolder" }],
                // Released between the two calls: try again.
                Default: "AcquireRunLock",
            },
            DescribeRunLockHolder: {
                Type: "Task",
                Resource: "arn:aws:states:::aws-sdk:sfn:describeExecution",
                Parameters: { "ExecutionArn.$": "$.lock.Item.executionId.S" },
                ResultSelector: { "status.$": "$.Status" },
                ResultPath: "$.lockHolder",
                Retry: [{ ErrorEquals: ["Sfn.ThrottlingException", "Sfn.ServiceUnavailableException"], IntervalSeconds: 2, MaxAttempts: 5, BackoffRate: 2 }],
                Catch: [
                    // AWS SDK integration errors are <Service>.<Exception> (Step Functions guide, "AWS SDK service integrations").
                    // Step Functions keeps a closed execution's history for 90 days; an unknown holder ended long ago.
                    { ErrorEquals: ["Sfn.ExecutionDoesNotExistException"], ResultPath: null, Next: "TakeOverRunLock" },
                    { ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "NotifyLockUnknown" },
                ],
                Next: "IsRunLockHolderRunning",
            },
            IsRunLockHolderRunning: {
                Type: "Choice",
                Choices: [{ Variable: "$.lockHolder.status", StringEquals: "RUNNING", Next: "RunAlreadyInProgress" }],
                Default: "TakeOverRunLock",
            },
            // Only the lock as read: if another run took it meanwhile, the condition fails and this run looks again.
            TakeOverRunLock: {
                Type: "Task",
                Resource: "arn:aws:states:::dynamodb:putItem",
                Parameters: {
                    TableName: p.watermarkTable,
                    Item: lockItem,
                    ConditionExpression: "executionId = :holder",
                    ExpressionAttributeValues: { ":holder": { "S.$": "$.lock.Item.executionId.S" } },
                },
                ResultPath: null,
                Retry: [DYNAMODB_RETRY],
                Catch: [{ ErrorEquals: ["DynamoDB.ConditionalCheckFailedException"], ResultPath: null, Next: "AcquireRunLock" }],
                Next: "StartExport",
            },
            NotifyLockUnknown: notify(p, "Athena pipeline run blocked",
                "States.Format('Run {} did not start: the run lock is held and its holder could not be checked: {}: {}', $$.Execution.Id, $.error.Error, $.error.Cause)",
                "RunBlocked"),
            RunBlocked: { Type: "Fail", Error: "RunLockUnknown", Cause: "The run lock is held and its holder could not be checked; the alert has the reason." },
            RunAlreadyInProgress: {
                Type: "Pass",
                Parameters: {
                    "skipped.$": "States.Format('Run {} did not start: run {} of this pipeline is in progress (one export per cluster at a time). Start it again when that run has ended.', $$.Execution.Id, $.lock.Item.executionId.S)",
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
            // Distributed: each table loads in its own child execution, with its own 25,000-event history and 256 KiB
            // states; the results go to S3 (ResultWriter), so the run's own state never holds 1,000 tables' causes.
            LoadTables: {
                Type: "Map",
                ItemReader: {
                    Resource: "arn:aws:states:::s3:getObject",
                    ReaderConfig: { InputType: "JSON" },
                    Parameters: { Bucket: p.tableConfigObject.bucket, Key: p.tableConfigObject.key },
                },
                ItemSelector: {
                    "table.$": "$$.Map.Item.Value.name",
                    "config.$": "$$.Map.Item.Value",
                    "mode.$": "$.plan.mode",
                    "runId.$": "$.plan.runId",
                    "exportTaskId.$": "$.plan.exportTaskId",
                    "snapshotTime.$": "$.export.snapshotTime",
                    "selection.$": "$.plan.selection",
                    retry: { count: 0, delay: 0 },
                    maintenance: { OptimizeMaster: { runs: 0 }, VacuumMaster: { runs: 0 } },
                    // Rows skipped for a NULL key and values loaded as NULL; ReadWatermark replaces these with the export's.
                    newWatermark: { nullKeyRows: "0", invalidValues: "0" },
                },
                MaxConcurrency: maxConcurrency,
                // A child that fails where its own Catch cannot help (States.DataLimitExceeded, States.Runtime) fails
                // only its table: CleanUp finds it in the FAILED results.
                ToleratedFailurePercentage: 100,
                ItemProcessor: {
                    ProcessorConfig: { Mode: "DISTRIBUTED", ExecutionType: "STANDARD" },
                    StartAt: "IsEveryTableSelected",
                    States: tableStates(p),
                },
                ResultWriter: {
                    Resource: "arn:aws:states:::s3:putObject",
                    Parameters: { Bucket: p.mapResults.bucket, Prefix: p.mapResults.prefix },
                },
                // The Map's output is then {MapRunArn, ResultWriterDetails: {Bucket, Key}}: the manifest of the results.
                ResultPath: "$.tableResults",
                Catch: TO_FAILURE,
                Next: "CleanUp",
            },
            CleanUp: {
                Type: "Task",
                Resource: p.functionArns.cleanup,
                Parameters: { ...cleanupParameters, "tableResults.$": "$.tableResults", "warning.$": "$.export.warning" },
                // Only what the report needs: the plan's table list is not carried next to an alert for 1,000 tables.
                ResultSelector: { "failedTables.$": "$.failedTables", "alert.$": "$.alert" },
                ResultPath: "$.cleanup",
                OutputPath: "$.cleanup",
                Retry: [LAMBDA_RETRY],
                // The masters are loaded; a cleanup failure still alerts so leftovers get removed.
                Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "ReleaseRunLockAfterFailure" }],
                Next: "ReleaseRunLock",
            },
            ReleaseRunLock: releaseLock("AnyTableFailed"),
            AnyTableFailed: {
                Type: "Choice",
                Choices: [
                    { Variable: "$.failedTables", NumericGreaterThan: 0, Next: "NotifyTableFailures" },
                    { Variable: "$.alert", IsString: true, Next: "NotifyExportWarning" },
                ],
                Default: "RunSucceeded",
            },
            NotifyTableFailures: notify(p, "Athena pipeline tables failed",
                "States.Format('Run {}: {}', $$.Execution.Id, $.alert)", "TablesFailed"),
            TablesFailed: { Type: "Fail", Error: "TablesFailed", Cause: "One or more tables failed to load; the alert names each table and the reason." },
            NotifyExportWarning: notify(p, "Athena pipeline run warning",
                "States.Format('Run {}: {}', $$.Execution.Id, $.alert)", "RunSucceeded"),
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
            ReleaseRunLockAfterFailure: releaseLock("HasFailureCause"),
            // States.Format and CausePath both need the Cause; an error can come without one.
            HasFailureCause: {
                Type: "Choice",
                Choices: [{ Variable: "$.error.Cause", IsPresent: true, Next: "NotifyFailure" }],
                Default: "NotifyFailureWithoutCause",
            },
            NotifyFailure: notify(p, "Athena pipeline run failed",
                "States.Format('Run {} (export {}) failed with {}: {}', $$.Execution.Id, $.plan.exportTaskId, $.error.Error, $.error.Cause)",
                "RunFailed"),
            RunFailed: { Type: "Fail", ErrorPath: "$.error.Error", CausePath: "$.error.Cause" },
            NotifyFailureWithoutCause: notify(p, "Athena pipeline run failed",
                "States.Format('Run {} (export {}) failed with {} (no cause given)', $$.Execution.Id, $.plan.exportTaskId, $.error.Error)",
                "RunFailedWithoutCause"),
            RunFailedWithoutCause: { Type: "Fail", ErrorPath: "$.error.Error", Cause: "The run failed without a cause; the alert names the error." },
            NotifyInvalidInput: notify(p, "Athena pipeline run rejected",
                "States.Format('Run {} was rejected before it started: {}', $$.Execution.Id, $.Cause)",
                "InputRejected"),
            InputRejected: { Type: "Fail", ErrorPath: "$.Error", CausePath: "$.Cause" },
        },
    };
}
