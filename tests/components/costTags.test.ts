// Cost-allocation tags: every resource the program creates whose @pulumi/aws Args take `tags` carries the project and stack tags.
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";

import { BASE_CONFIG, promiseOf, runProgram, ProgramRun } from "../harness/mockProgram";
import { costAllocationTags, PROJECT_TAG, STACK_TAG, TAGGABLE_TYPES, withCostTags } from "../../components/costTags";

const AWS_DIR = path.join(__dirname, "..", "..", "node_modules", "@pulumi", "aws");

/** Whether @pulumi/aws declares `tags?` on the type's Args: aws:s3/bucketV2:BucketV2 -> s3/bucketV2.d.ts, interface BucketV2Args. */
function argsTakeTags(type: string): boolean {
    const [, module, name] = /^aws:([^/]+)\/([^:]+):(.+)$/.exec(type)!;
    const text = fs.readFileSync(path.join(AWS_DIR, module, `${name}.d.ts`), "utf8");
    const args = text.slice(text.indexOf(`export interface ${type.split(":")[2]}Args {`));
    return /\n {4}tags\?: pulumi\.Input</.test(args.slice(0, args.indexOf("\n}")));
}

/** The widest program: everything on, sample data, bastion, QuickSight. */
async function widest(): Promise<ProgramRun> {
    return runProgram({
        config: { ...BASE_CONFIG, bastion: "true", alertEmail: "team@example.com", quicksightPrincipalArn: "arn:aws:quicksight:us-west-2:123456789012:user/default/analyst" },
        stack: "dev",
    });
}

describe("cost-allocation tags", () => {
    it("tags every taggable resource the program creates with project and stack, and keeps its own tags", async () => {
        const run = await widest();
        assert.strictEqual(run.error, undefined);
        const created = [...new Set(run.resources.filter(r => r.custom && r.type.startsWith("aws:")).map(r => r.type))].sort();
        const taggable = created.filter(argsTakeTags);
        // S3 object tags are no cost-allocation tags (the bucket's are) and every object tag is billed: objects are left out.
        assert.deepStrictEqual(taggable.filter(t => !TAGGABLE_TYPES.has(t)), ["aws:s3/bucketObjectv2:BucketObjectv2"],
            "every created type that takes tags is in TAGGABLE_TYPES");
        for (const t of TAGGABLE_TYPES) {
            assert.ok(argsTakeTags(t), `${t} takes tags in @pulumi/aws`);
        }
        for (const r of run.resources.filter(x => x.custom && TAGGABLE_TYPES.has(x.type))) {
            const tags = r.inputs.tags as Record<string, string>;
            assert.strictEqual(tags?.[PROJECT_TAG], "aurora-analytics", `${r.type} ${r.name}`);
            // The network component tags its VPC endpoints with the qualified stack (aurora-analytics/dev) to recognise
            // its own in an existing VPC; that value still names the stack, and the program's own tag wins.
            assert.ok(["dev", "aurora-analytics/dev"].includes(tags?.[STACK_TAG]), `${r.type} ${r.name}: ${tags?.[STACK_TAG]}`);
        }
        const integration = run.one("aws:rds/integration:Integration");
        assert.deepStrictEqual(Object.keys(integration.inputs.tags).sort(), ["aurora-analytics:project", "aurora-analytics:stack", "aurora-analytics:refresh-interval-seconds"].sort());
    });

    it("leaves types without tags alone and lets the program's own tag win", async () => {
        assert.strictEqual(withCostTags("aws:iam/rolePolicy:RolePolicy", { policy: "{}" }, "dev"), undefined);
        const merged = withCostTags("aws:sns/topic:Topic", { name: "t", tags: { [STACK_TAG]: "mine", team: "data" } }, "prod")!;
        assert.deepStrictEqual(await promiseOf(merged.tags), { [PROJECT_TAG]: "aurora-analytics", [STACK_TAG]: "mine", team: "data" });
        assert.deepStrictEqual(costAllocationTags("prod"), { "aurora-analytics:project": "aurora-analytics", "aurora-analytics:stack": "prod" });
    });
});
