// Where SQL reaches Redshift in a Pulumi program, read from one resource's own inputs (what a resource policy sees at
// its step). Each carrier yields its SQL texts; a value not known yet (first preview) or built at run time (a JSONPath
// or JSONata expression) is "unknown", and the caller leaves it to the advisory rules.
import { isUnknown } from "./values";
import { STATEMENT } from "./zeroEtl";

export const EVENT_TARGET = "aws:cloudwatch/eventTarget:EventTarget";
export const STATE_MACHINE = "aws:sfn/stateMachine:StateMachine";
export const NATIVE_STATE_MACHINE = "aws-native:stepfunctions:StateMachine";
export const SCHEDULE = "aws:scheduler/schedule:Schedule";
export const PIPE = "aws:pipes/pipe:Pipe";
/**
 * The aws-native (CloudFormation) forms: AWS::Events::Rule Targets[].RedshiftDataParameters.Sql / Sqls,
 * AWS::Scheduler::Schedule Target.Arn / Input, AWS::Pipes::Pipe TargetParameters.RedshiftDataParameters.Sqls
 * (pulumi-aws-native aws-cloudformation-schema/aws-events-rule.json, aws-scheduler-schedule.json, aws-pipes-pipe.json).
 */
export const NATIVE_RULE = "aws-native:events:Rule";
export const NATIVE_SCHEDULE = "aws-native:scheduler:Schedule";
export const NATIVE_PIPE = "aws-native:pipes:Pipe";

export interface SqlText {
    /** Where in the resource the SQL sits, for messages. */
    where: string;
    sql: string | "unknown";
    /** The SQL is computed when it runs (JSONPath, JSONata, a dynamic path): the pack never reads it, zero-etl-unverifiable advises. */
    runtime?: true;
}

const known = (v: unknown): v is string => typeof v === "string" && !isUnknown(v);

function texts(where: string, value: unknown): SqlText[] {
    if (known(value)) {
        return [{ where, sql: value }];
    }
    if (Array.isArray(value)) {
        return value.flatMap((v, i) => texts(`${where}[${i}]`, v));
    }
    return value === undefined || value === null ? [] : [{ where, sql: "unknown" }];
}

function parseJson(value: unknown): any {
    if (value !== null && typeof value === "object") {
        return value;
    }
    if (!known(value)) {
        return undefined;
    }
    try {
        return JSON.parse(value);
    } catch {
        return undefined;
    }
}

// Step Functions AWS SDK integrations: arn:aws:states:::aws-sdk:<service>:<apiAction>[.waitForTaskToken]
// ("AWS SDK service integrations", https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html).
const SFN_DATA_API = /^arn:aws[a-z-]*:states:::aws-sdk:redshiftdata:(executeStatement|batchExecuteStatement)(\.waitForTaskToken)?$/;
// EventBridge Scheduler universal targets: arn:aws:scheduler:::aws-sdk:<service>:<apiAction>, input is the API request
// ("Using universal targets", https://docs.aws.amazon.com/scheduler/latest/UserGuide/managing-targets-universal.html).
const SCHEDULER_DATA_API = /^arn:aws[a-z-]*:scheduler:::aws-sdk:redshiftdata:(executeStatement|batchExecuteStatement)$/;

const jsonata = (v: unknown) => typeof v === "string" && /^\s*\{%/.test(v);

/**
 * A JSONata expression ("{% ... %}": a field, or the whole Arguments) or a JSONPath field ("Sql.$") is computed when the
 * state runs ("Transforming data with JSONata in Step Functions", https://docs.aws.amazon.com/step-functions/latest/dg/transforming-data.html).
 */
function stateSql(where: string, args: any, field: "Sql" | "Sqls"): SqlText[] {
    if (jsonata(args)) {
        return [{ where, sql: "unknown", runtime: true }];
    }
    if (!args || typeof args !== "object") {
        return [];
    }
    if (`${field}.$` in args) {
        return [{ where: `${where}.${field}.$`, sql: "unknown", runtime: true }];
    }
    const value = args[field];
    if (jsonata(value) || (Array.isArray(value) && value.some(jsonata))) {
        return [{ where: `${where}.${field}`, sql: "unknown", runtime: true }];
    }
    return texts(`${where}.${field}`, value);
}

/**
 * A pipe's target parameters: a string field may be a JSON path as its whole value, replaced from the event when it runs
 * (EventBridge User Guide, "Amazon EventBridge Pipes targets", dynamic path parameters:
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-pipes-event-target.html).
 */
function pipeSql(where: string, sqls: unknown): SqlText[] {
    return texts(where, sqls).map(t => /^\s*\$(\.|\[|\s*$)/.test(t.sql) ? { where: t.where, sql: "unknown", runtime: true } : t);
}

function statesSql(where: string, states: any): SqlText[] {
    if (!states || typeof states !== "object") {
        return [];
    }
    const out: SqlText[] = [];
    for (const [name, state] of Object.entries<any>(states)) {
        if (!state || typeof state !== "object") {
            continue;
        }
        const here = `${where}.${name}`;
        const m = typeof state.Resource === "string" ? SFN_DATA_API.exec(state.Resource) : null;
        if (state.Type === "Task" && m) {
            const field = m[1] === "executeStatement" ? "Sql" : "Sqls";
            out.push(...stateSql(`${here}.Parameters`, state.Parameters, field), ...stateSql(`${here}.Arguments`, state.Arguments, field));
        }
        for (const [i, branch] of (Array.isArray(state.Branches) ? state.Branches : []).entries()) {
            out.push(...statesSql(`${here}.Branches[${i}].States`, branch?.States));
        }
        out.push(...statesSql(`${here}.Iterator.States`, state.Iterator?.States), ...statesSql(`${here}.ItemProcessor.States`, state.ItemProcessor?.States));
    }
    return out;
}

function definitionSql(where: string, definition: unknown): SqlText[] {
    if (isUnknown(definition)) {
        return [{ where, sql: "unknown" }];
    }
    const parsed = parseJson(definition);
    return parsed ? statesSql(`${where}.States`, parsed.States) : [];
}

/** The SQL texts the resource sends to the Redshift Data API. */
export function sqlCarried(type: string, props: Record<string, any>): SqlText[] {
    switch (type) {
        case STATEMENT:
            return texts("sql", props.sql);
        case EVENT_TARGET:
            return texts("redshiftTarget.sql", props.redshiftTarget?.sql);
        case STATE_MACHINE:
            return definitionSql("definition", props.definition);
        case NATIVE_STATE_MACHINE:
            return [...definitionSql("definitionString", props.definitionString), ...definitionSql("definition", props.definition)];
        case NATIVE_RULE: {
            if (isUnknown(props.targets)) {
                return [{ where: "targets", sql: "unknown" }];
            }
            return (Array.isArray(props.targets) ? props.targets : []).flatMap((t: any, i: number) => [
                ...texts(`targets[${i}].redshiftDataParameters.sql`, t?.redshiftDataParameters?.sql),
                ...texts(`targets[${i}].redshiftDataParameters.sqls`, t?.redshiftDataParameters?.sqls),
            ]);
        }
        case SCHEDULE:
        case NATIVE_SCHEDULE: {
            const arn = props.target?.arn;
            const m = known(arn) ? SCHEDULER_DATA_API.exec(arn) : null;
            if (!m) {
                return [];
            }
            if (isUnknown(props.target?.input)) {
                return [{ where: "target.input", sql: "unknown" }];
            }
            const input = parseJson(props.target?.input);
            return input ? texts(`target.input.${m[1] === "executeStatement" ? "Sql" : "Sqls"}`, m[1] === "executeStatement" ? input.Sql : input.Sqls) : [];
        }
        case PIPE:
        case NATIVE_PIPE:
            return pipeSql("targetParameters.redshiftDataParameters.sqls", props.targetParameters?.redshiftDataParameters?.sqls);
        default:
            return [];
    }
}
