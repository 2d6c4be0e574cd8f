// @ts-nocheck
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

function athenaQuery(p: PipelineDefinitionParams, queryPath: string, next: string, extra: State = {}): State {
    return {
        Type: "Task",
        Resource: "arn:aws:states:::athena:startQueryExecution.sync",
        Parameters: {
            "QueryString.$": queryPath,
            WorkGroup: p.athenaWorkgroup,
            QueryExecutionContext: { Database: p.glueDatabase },
        },
        ResultPath: null,
        Retry: [ATHENA_RETRY],
        Next: next,
        ...extra,
    };
}

/** One table's load, run by the Map state: stage -> create master -> (watermark) -> MERGE -> save watermark. */
/** Publishes an alert, then goes on to the run's Fail state whether or not the publish worked. */
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
            Retry: [{ ErrorEquals: ["DynamoDB.ProvisionedThroughputExceededException", "DynamoDB.ThrottlingException", "DynamoDB.InternalServerErrorException"], IntervalSeconds: 2, MaxAttempts: 5, BackoffRate: 2 }],
            Next: "PrepareTable",
        },
        PrepareTable: {
            Type: "Task",
            Resource: p.functionArns.prepareTable,
            Parameters: {
                "table.$": "$.table",
                "mode.$": "$.mode",
                "runId.$": "$.runId",
                "exportTaskId.$": "$.exportTaskId",
                "watermarkItem.$": "$.watermarkItem",
            },
            ResultPath: "$.prepared",
            Retry: [LAMBDA_RETRY],
            Next: "IsTableExportEmpty",
        },
        IsTableExportEmpty: {
            Type: "Choice",
            Choices: [{ Variable: "$.prepared.empty", BooleanEquals: true, Next: "TableDone" }],
            Default: "CreateMasterTable",
        },
        CreateMasterTable: athenaQuery(p, "$.prepared.createMaster", "HasWatermark"),
        HasWatermark: {
            Type: "Choice",
            Choices: [{ Variable: "$.prepared.watermarkQuery", IsString: true, Next: "ComputeWatermark" }],
            Default: "MergeIntoMaster",
        },
        // The new watermark is read from the same immutable export before the MERGE and stored only after it.
        ComputeWatermark: athenaQuery(p, "$.prepared.watermarkQuery", "ReadWatermark", {
            ResultSelector: { "queryExecutionId.$": "$.QueryExecution.QueryExecutionId" },
            ResultPath: "$.watermarkQuery",
        }),
        ReadWatermark: {
            Type: "Task",
            Resource: "arn:aws:states:::aws-sdk:athena:getQueryResults",
            Parameters: { "QueryExecutionId.$": "$.watermarkQuery.queryExecutionId", MaxResults: 2 },
            // Row 0 is the header; row 1 holds max(...), whose VarCharValue is absent when it is NULL.
            ResultSelector: { "cell.$": "$.ResultSet.Rows[1].Data[0]" },
            ResultPath: "$.newWatermark",
            Retry: [ATHENA_RETRY],
            Next: "MergeIntoMaster",
        },
        MergeIntoMaster: athenaQuery(p, "$.prepared.merge", "WatermarkAdvanced"),
        WatermarkAdvanced: {
            Type: "Choice",
            Choices: [{ Variable: "$.newWatermark.cell.VarCharValue", IsPresent: true, Next: "SaveWatermark" }],
            Default: "TableDone",
        },
        SaveWatermark: {
            Type: "Task",
            Resource: "arn:aws:states:::dynamodb:putItem",
            Parameters: {
                TableName: p.watermarkTable,
                Item: {
                    tableName: { "S.$": "$.table" },
                    watermark: { "S.$": "$.newWatermark.cell.VarCharValue" },
                    runId: { "S.$": "$.runId" },
                    executionId: { "S.$": "$$.Execution.Id" },
                    runStartedAt: { "S.$": "$$.Execution.StartTime" },
                },
            },
            ResultPath: null,
            Retry: [{ ErrorEquals: ["DynamoDB.ProvisionedThroughputExceededException", "DynamoDB.ThrottlingException", "DynamoDB.InternalServerErrorException"], IntervalSeconds: 2, MaxAttempts: 5, BackoffRate: 2 }],
            Next: "TableDone",
        },
        TableDone: { Type: "Succeed" },
    };
}

/**
 * The run: validate -> export (poll) -> per-table load -> clean up. Any failure after validation cleans up, publishes
 * to the alert topic and fails the execution; invalid input publishes and fails before anything is exported.
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
                },
                ResultSelector: {
                    plan: {
                        "mode.$": "$.mode",
                        "runId.$": "$.runId",
                        "exportTaskId.$": "$.exportTaskId",
                        "tables.$": "$.tables",
                    },
                },
                // No ResultPath: the plan replaces the raw input, so nothing after this point reads what the caller sent.
                Retry: [LAMBDA_RETRY],
                // No ResultPath: the input may not even be an object, so the error replaces it rather than being added to it.
                Catch: [{ ErrorEquals: ["States.ALL"], Next: "NotifyInvalidInput" }],
                Next: "StartExport",
            },
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
                ItemsPath: "$.plan.tables",
                ItemSelector: {
                    "table.$": "$$.Map.Item.Value",
                    "mode.$": "$.plan.mode",
                    "runId.$": "$.plan.runId",
                    "exportTaskId.$": "$.plan.exportTaskId",
                },
                MaxConcurrency: maxConcurrency,
                ItemProcessor: {
                    ProcessorConfig: { Mode: "INLINE" },
                    StartAt: "GetWatermark",
                    States: tableStates(p),
                },
                ResultPath: null,
                Catch: TO_FAILURE,
                Next: "CleanUp",
            },
            CleanUp: {
                Type: "Task",
                Resource: p.functionArns.cleanup,
                Parameters: cleanupParameters,
                ResultPath: "$.cleanup",
                Retry: [LAMBDA_RETRY],
                // The masters are loaded; a cleanup failure still alerts so leftovers get removed.
                Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.error", Next: "NotifyFailure" }],
                Next: "RunSucceeded",
            },
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
                Catch: [{ ErrorEquals: ["States.ALL"], ResultPath: "$.cleanupError", Next: "NotifyFailure" }],
                Next: "NotifyFailure",
            },
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
