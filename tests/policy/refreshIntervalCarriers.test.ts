// Issue 20 parts 1 and 2, rule by rule: every carrier of SQL to Redshift is judged at its own step
// (zero-etl-refresh-interval-declared), and a statement touching a zero-ETL database that the pack can't read is refused.
import * as assert from "assert";

import { sqlCarried } from "../../policy/lib/carriers";
import { lex, readSql, tokenize } from "../../policy/lib/sql";
import { recordPackConfig } from "../../policy/lib/packConfig";
import { howToFix, isExempt, refreshRange } from "../../policy/zeroEtlRefreshInterval";
import { sqlProblems, zeroEtlRefreshIntervalDeclared } from "../../policy/zeroEtlRefreshIntervalDeclared";
import { INTEGRATION_ID, T } from "./fixtures";
import { UNKNOWN, runResourcePolicy } from "./helpers";

const FIX = howToFix(900, 432000);
const CREATE = `CREATE DATABASE zeroetl_db FROM INTEGRATION '${INTEGRATION_ID}'`;
const NO_INTERVAL = `creates database zeroetl_db FROM INTEGRATION '${INTEGRATION_ID}' without REFRESH_INTERVAL, so Redshift replicates continuously`;
const run = (type: string, props: Record<string, unknown>, config: object = {}) =>
    runResourcePolicy(zeroEtlRefreshIntervalDeclared, { type, name: "r", props }, config).map(v => v.message);

describe("issue 20 part 2: the lexer follows PostgreSQL's scan.l", () => {
    const w = (value: string) => ({ kind: "word", value });
    it("a -- comment ends at \\r as well as \\n", () => {
        assert.deepStrictEqual(tokenize("a -- x\rb -- y\nc"), [w("A"), w("B"), w("C")]);
    });
    it("/* */ comments nest; an unterminated one is reported", () => {
        assert.deepStrictEqual(tokenize("a /* x /* y */ REFRESH_INTERVAL 1 */ b"), [w("A"), w("B")]);
        assert.deepStrictEqual(lex("a /* x /* y */ b"), { tokens: [w("A")], unterminated: "an unterminated /* comment at character 3" });
    });
    it("$$ and $tag$ strings are strings; $ inside an identifier is part of it", () => {
        assert.deepStrictEqual(tokenize("$$a;b$$ $t$ x $$ y $t$ a$b"), [{ kind: "string", value: "a;b" }, { kind: "string", value: " x $$ y " }, w("A$B")]);
    });
    it("backslash escapes in '' and E'' strings; \"\" in identifiers", () => {
        assert.deepStrictEqual(tokenize(`'a\\'b' E'c\\'d' e'\\\\' "x\\"`), [{ kind: "string", value: "a'b" }, { kind: "string", value: "c'd" }, { kind: "string", value: "\\" }, { kind: "ident", value: "x\\" }]);
    });
    it("a backslash-escaped quote keeps the string open: the CREATE after it is inside the string", () => {
        assert.deepStrictEqual(readSql(`SELECT 'x\\'; ${CREATE}; --'`), []);
        assert.deepStrictEqual(readSql(`SELECT 'x\\\\'; ${CREATE}`).map(s => s.kind), ["create-from-integration"]);
    });
});

describe("issue 20 part 2: fail closed", () => {
    const problems = (sql: string) => sqlProblems(sql, 900, 432000);
    it("refuses what it can't read, naming the part", () => {
        assert.deepStrictEqual(problems(`${CREATE} REFRESH_INTERVAL = 0`), [
            `has a statement it can't read completely (CREATE DATABASE ZEROETL_DB FROM INTEGRATION '${INTEGRATION_ID}' ...): REFRESH_INTERVAL followed by =, where Redshift takes a plain integer of seconds and no "="`]);
        assert.match(problems(`${CREATE} REFRESH_INTERVAL 3600.0`)[0], /REFRESH_INTERVAL followed by 3600\.0, where Redshift takes a plain integer/);
        assert.match(problems(`${CREATE} REFRESH_INTERVAL '3600'`)[0], /REFRESH_INTERVAL followed by the string '3600'/);
        assert.match(problems(`${CREATE} REFRESH_INTERVAL -1`)[0], /REFRESH_INTERVAL followed by -/);
        assert.match(problems(`${CREATE} REFRESH_INTERVAL 1e3`)[0], /REFRESH_INTERVAL followed by 1e3/);
        assert.match(problems(`${CREATE} SET FOO = TRUE REFRESH_INTERVAL 3600`)[0], /the option FOO, which is not an integration option it knows/);
        assert.match(problems(`${CREATE} SET ACCEPTINVCHARS = 1 REFRESH_INTERVAL 3600`)[0], /ACCEPTINVCHARS followed by 1, where it takes TRUE or FALSE/);
        assert.match(problems(`ALTER DATABASE d INTEGRATION SET REFRESH_INTERVAL x`)[0], /REFRESH_INTERVAL followed by X/);
        assert.match(problems(`ALTER DATABASE d INTEGRATION FOO`)[0], /INTEGRATION followed by FOO, where SET or REFRESH goes/);
        assert.match(problems(`CREATE DATABASE d REFRESH_INTERVAL 3600`)[0], /outside FROM INTEGRATION/);
        assert.match(problems(`${CREATE} SET REFRESH_INTERVAL 3600 /* open`)[0], /an unterminated \/\* comment at character/);
        assert.match(problems(`CREATE DATABASE d FROM INTEGRATION ${INTEGRATION_ID}`)[0], /FROM INTEGRATION followed by 11111111, where the integration id goes as a string literal/);
    });
    it("accepts = only on the boolean options, and reads statements that touch no integration", () => {
        assert.deepStrictEqual(problems(`${CREATE} SET ACCEPTINVCHARS = TRUE TRUNCATECOLUMNS FALSE HISTORY_MODE = TRUE REFRESH_INTERVAL 900 OWNER = admin`), []);
        assert.deepStrictEqual(problems(`CREATE DATABASE plain; CREATE DATABASE s FROM DATASHARE d OF NAMESPACE 'n'; ALTER DATABASE d RENAME TO e; SELECT * FROM svv_integration`), []);
        assert.deepStrictEqual(problems(`ALTER DATABASE d INTEGRATION REFRESH ALL TABLES`), []);
        assert.deepStrictEqual(problems(`SELECT '${CREATE}'; -- ${CREATE}\n/* ${CREATE} */ SELECT $$${CREATE}$$`), []);
    });
    it("a CREATE FROM INTEGRATION without REFRESH_INTERVAL, or out of range, is refused; bounds inclusive", () => {
        assert.deepStrictEqual(problems(CREATE), [NO_INTERVAL]);
        assert.deepStrictEqual(problems(`${CREATE} SET REFRESH_INTERVAL 899`), ["sets REFRESH_INTERVAL 899 on database zeroetl_db, outside the allowed 900 to 432000 seconds"]);
        assert.deepStrictEqual(problems(`${CREATE} SET REFRESH_INTERVAL 900; ${CREATE} REFRESH_INTERVAL 432000`), []);
        assert.deepStrictEqual(problems(`create database "Z" from integration 'x' database 'src' set refresh_interval 0`), ["sets REFRESH_INTERVAL 0 on database Z, outside the allowed 900 to 432000 seconds"]);
    });
});

describe("issue 20 part 1: every carrier of SQL is judged at its own step", () => {
    it("aws.redshiftdata.Statement: a CREATE without the interval is refused; unknown SQL waits for its step", () => {
        assert.deepStrictEqual(run(T.statement, { sql: CREATE }), [`Statement r ${NO_INTERVAL}.\n${FIX}`]);
        assert.deepStrictEqual(run(T.statement, { sql: `${CREATE} SET REFRESH_INTERVAL 3600` }), []);
        assert.deepStrictEqual(run(T.statement, { sql: UNKNOWN }), []);
    });

    it("an EventBridge target's redshiftTarget.sql", () => {
        const type = "aws:cloudwatch/eventTarget:EventTarget";
        assert.deepStrictEqual(run(type, { rule: "r", arn: "arn:aws:redshift-serverless:us-west-2:123456789012:workgroup/w", redshiftTarget: { database: "dev", sql: CREATE } }),
            [`EventTarget r, redshiftTarget.sql, ${NO_INTERVAL}.\n${FIX}`]);
        assert.deepStrictEqual(run(type, { redshiftTarget: { database: "dev", sql: `${CREATE} REFRESH_INTERVAL 3600` } }), []);
        assert.deepStrictEqual(run(type, { redshiftTarget: { database: "dev", sql: UNKNOWN } }), []);
    });

    it("a state machine's executeStatement and batchExecuteStatement tasks, nested in Parallel and Map, JSONPath and JSONata", () => {
        const task = (resource: string, params: object, key = "Parameters") => ({ Type: "Task", Resource: resource, [key]: params, End: true });
        const definition = JSON.stringify({
            StartAt: "P", States: {
                P: { Type: "Parallel", Branches: [{ StartAt: "A", States: { A: task("arn:aws:states:::aws-sdk:redshiftdata:executeStatement", { WorkgroupName: "w", Database: "dev", Sql: CREATE }) } }], Next: "M" },
                M: { Type: "Map", ItemProcessor: { StartAt: "B", States: { B: task("arn:aws:states:::aws-sdk:redshiftdata:batchExecuteStatement.waitForTaskToken", { Sqls: ["SELECT 1", `${CREATE} REFRESH_INTERVAL 60`] }, "Arguments") } }, Next: "D" },
                D: task("arn:aws:states:::aws-sdk:redshiftdata:executeStatement", { "Sql.$": "$.sql" }),
                E: task("arn:aws:states:::aws-sdk:redshiftdata:executeStatement", { Sql: "{% $states.input.sql %}" }),
                F: task("arn:aws:states:::aws-sdk:athena:startQueryExecution", { QueryString: CREATE }),
            },
        });
        assert.deepStrictEqual(run("aws:sfn/stateMachine:StateMachine", { definition }), [
            `StateMachine r, definition.States.P.Branches[0].States.A.Parameters.Sql, ${NO_INTERVAL}.\n${FIX}`,
            `StateMachine r, definition.States.M.ItemProcessor.States.B.Arguments.Sqls[1], sets REFRESH_INTERVAL 60 on database zeroetl_db, outside the allowed 900 to 432000 seconds.\n${FIX}`,
        ]);
        assert.deepStrictEqual(run("aws-native:stepfunctions:StateMachine", { definition: JSON.parse(definition) }).length, 2);
        assert.deepStrictEqual(run("aws:sfn/stateMachine:StateMachine", { definition: UNKNOWN }), []);
    });

    it("an EventBridge Scheduler universal target for the Data API, and a pipe's Redshift Data parameters", () => {
        const schedule = (action: string, input: object) => run("aws:scheduler/schedule:Schedule", { target: { arn: `arn:aws:scheduler:::aws-sdk:redshiftdata:${action}`, roleArn: "arn:aws:iam::123456789012:role/s", input: JSON.stringify(input) } });
        assert.deepStrictEqual(schedule("executeStatement", { WorkgroupName: "w", Database: "dev", Sql: CREATE }), [`Schedule r, target.input.Sql, ${NO_INTERVAL}.\n${FIX}`]);
        assert.deepStrictEqual(schedule("batchExecuteStatement", { Sqls: [`${CREATE} REFRESH_INTERVAL = 0`] }).length, 1);
        assert.deepStrictEqual(schedule("executeStatement", { Sql: `${CREATE} REFRESH_INTERVAL 3600` }), []);
        assert.deepStrictEqual(schedule("describeStatement", { Sql: CREATE }), []);
        assert.deepStrictEqual(run("aws:pipes/pipe:Pipe", { targetParameters: { redshiftDataParameters: { database: "dev", sqls: [CREATE] } } }),
            [`Pipe r, targetParameters.redshiftDataParameters.sqls[0], ${NO_INTERVAL}.\n${FIX}`]);
    });

    it("the aws-native forms: an EventBridge rule's Redshift targets, a Scheduler universal target, a pipe", () => {
        const rule = (parameters: object) => run("aws-native:events:Rule", { targets: [{ id: "a", arn: "arn:aws:sns:us-west-2:123456789012:t" }, { id: "b", arn: "arn:aws:redshift:us-west-2:123456789012:cluster:c", redshiftDataParameters: { database: "dev", ...parameters } }] });
        assert.deepStrictEqual(rule({ sql: CREATE }), [`Rule r, targets[1].redshiftDataParameters.sql, ${NO_INTERVAL}.\n${FIX}`]);
        assert.deepStrictEqual(rule({ sqls: ["SELECT 1", CREATE] }), [`Rule r, targets[1].redshiftDataParameters.sqls[1], ${NO_INTERVAL}.\n${FIX}`]);
        assert.deepStrictEqual(run("aws-native:scheduler:Schedule", { target: { arn: "arn:aws:scheduler:::aws-sdk:redshiftdata:batchExecuteStatement", input: JSON.stringify({ Sqls: [CREATE] }) } }),
            [`Schedule r, target.input.Sqls[0], ${NO_INTERVAL}.\n${FIX}`]);
        assert.deepStrictEqual(run("aws-native:pipes:Pipe", { targetParameters: { redshiftDataParameters: { database: "dev", sqls: [CREATE] } } }),
            [`Pipe r, targetParameters.redshiftDataParameters.sqls[0], ${NO_INTERVAL}.\n${FIX}`]);
        // Controls: the interval in range; targets not known yet (judged at the step).
        assert.deepStrictEqual(rule({ sql: `${CREATE} SET REFRESH_INTERVAL 3600`, sqls: [`${CREATE} REFRESH_INTERVAL 900`] }), []);
        assert.deepStrictEqual(run("aws-native:events:Rule", { targets: UNKNOWN }), []);
        assert.deepStrictEqual(sqlCarried("aws-native:events:Rule", { targets: UNKNOWN }), [{ where: "targets", sql: "unknown" }]);
    });

    it("the carriers' SQL texts, unknown where they are computed", () => {
        assert.deepStrictEqual(sqlCarried("aws:scheduler/schedule:Schedule", { target: { arn: "arn:aws:scheduler:::aws-sdk:redshiftdata:executeStatement", input: UNKNOWN } }), [{ where: "target.input", sql: "unknown" }]);
        assert.deepStrictEqual(sqlCarried("aws:s3/bucket:Bucket", { sql: CREATE }), []);
    });

    it("SQL computed when it runs is marked runtime: JSONPath, JSONata (a field or the whole Arguments), a pipe's dynamic path", () => {
        const sfn = (states: object) => sqlCarried("aws:sfn/stateMachine:StateMachine", { definition: JSON.stringify({ StartAt: "A", States: states }) });
        const task = (resource: string, key: string, value: unknown) => ({ Type: "Task", Resource: `arn:aws:states:::aws-sdk:redshiftdata:${resource}`, [key]: value, End: true });
        assert.deepStrictEqual(sfn({ A: task("executeStatement", "Parameters", { "Sql.$": "$.sql" }) }),
            [{ where: "definition.States.A.Parameters.Sql.$", sql: "unknown", runtime: true }]);
        assert.deepStrictEqual(sfn({ A: task("batchExecuteStatement", "Arguments", { Sqls: ["SELECT 1", "{% $states.input.sql %}"] }) }),
            [{ where: "definition.States.A.Arguments.Sqls", sql: "unknown", runtime: true }]);
        // In JSONata, Arguments may itself be one expression that yields the request.
        assert.deepStrictEqual(sfn({ A: task("executeStatement", "Arguments", "{% $states.input.request %}") }),
            [{ where: "definition.States.A.Arguments", sql: "unknown", runtime: true }]);
        // A pipe's target parameters take a JSON path as a whole value (EventBridge User Guide, "Amazon EventBridge Pipes targets", dynamic path parameters).
        assert.deepStrictEqual(sqlCarried("aws:pipes/pipe:Pipe", { targetParameters: { redshiftDataParameters: { database: "dev", sqls: ["$.body.sql", "SELECT 1"] } } }), [
            { where: "targetParameters.redshiftDataParameters.sqls[0]", sql: "unknown", runtime: true },
            { where: "targetParameters.redshiftDataParameters.sqls[1]", sql: "SELECT 1" },
        ]);
        // Controls: not known yet at preview is not runtime (it is judged at the step once known); literal SQL is read.
        assert.deepStrictEqual(sqlCarried(T.statement, { sql: UNKNOWN }), [{ where: "sql", sql: "unknown" }]);
        assert.deepStrictEqual(sfn({ A: task("executeStatement", "Parameters", { Sql: "SELECT 1" }) }), [{ where: "definition.States.A.Parameters.Sql", sql: "SELECT 1" }]);
    });
});

describe("issue 20 part 5: one range for both rules, exemptions by URN or type and name", () => {
    afterEach(() => recordPackConfig(undefined));

    it("a non-default value on either rule counts for both; the stricter wins when both set one", () => {
        assert.deepStrictEqual(refreshRange({}), { min: 900, max: 432000 });
        recordPackConfig({ "zero-etl-refresh-interval": { minimumSeconds: 1800, maximumSeconds: 432000 }, "zero-etl-refresh-interval-declared": { minimumSeconds: 900, maximumSeconds: 432000 } });
        assert.deepStrictEqual(refreshRange({ minimumSeconds: 900, maximumSeconds: 432000 }), { min: 1800, max: 432000 });
        recordPackConfig({ "zero-etl-refresh-interval": { minimumSeconds: 1800, maximumSeconds: 86400 }, "zero-etl-refresh-interval-declared": { minimumSeconds: 3600, maximumSeconds: 7200 } });
        assert.deepStrictEqual(refreshRange({}), { min: 3600, max: 7200 });
        recordPackConfig(undefined);
        assert.deepStrictEqual(refreshRange({ minimumSeconds: 60 }), { min: 60, max: 432000 });
        assert.deepStrictEqual(run(T.statement, { sql: `${CREATE} SET REFRESH_INTERVAL 900` }, { minimumSeconds: 1800 }).length, 1);
    });

    it("exemptions: URN, or type and name together", () => {
        const i = { urn: "urn:pulumi:s::p::aws:rds/integration:Integration::a", type: T.integration, name: "a" };
        assert.strictEqual(isExempt(i, [{ urn: i.urn, reason: "r" }])?.reason, "r");
        assert.strictEqual(isExempt(i, [{ type: T.integration, name: "a", reason: "r" }])?.reason, "r");
        assert.strictEqual(isExempt(i, [{ name: "a", reason: "r" }, { type: T.integration, reason: "r" }, { type: "aws-native:rds:Integration", name: "a", reason: "r" }]), undefined);
    });
});
