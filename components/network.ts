// The network every other component runs in: a new isolated 3-AZ VPC, or the user's VPC looked up and checked.
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import * as awsx from "@pulumi/awsx";
import { DescribeVpcEndpointsCommand, EC2Client, VpcEndpoint as Ec2VpcEndpoint } from "@aws-sdk/client-ec2";

export interface NetworkArgs {
    /** An existing VPC; when absent a new one is created. */
    vpcId?: string;
    /** Required with vpcId: private subnets in at least 3 availability zones. */
    privateSubnetIds?: readonly string[];
    /** Create the S3 gateway and interface endpoints the in-VPC consumers need. */
    vpcEndpoints: boolean;
    /** Also create the SSM endpoints a Session Manager bastion needs. */
    bastion: boolean;
}

/** What the stack runs inside a VPC; everything else (the Athena pipeline, zero-ETL itself) runs outside one. */
export interface NetworkUsers {
    /** A cluster this program creates: its subnet group and security group live in the VPC. */
    newCluster: boolean;
    /** A Redshift Serverless workgroup this program creates: its subnets and security group live in the VPC. */
    newWorkgroup: boolean;
    /** The sample-data loader Lambda: runs in the VPC and calls S3 and Secrets Manager. */
    sampleData: boolean;
    /** The Session Manager bastion: runs in the VPC and calls S3, Secrets Manager and SSM. */
    bastion: boolean;
    /** The user's vpcEndpoints setting. */
    vpcEndpoints: boolean;
}

/**
 * Whether a network is built (or looked up) at all, and whether it gets VPC endpoints: only for what runs in it. An
 * endpoint serves only callers inside the VPC (the loader and the bastion); a database in a VPC calls no AWS API.
 */
export function networkNeeds(u: NetworkUsers): { network: boolean; endpoints: boolean } {
    const apiCallers = u.sampleData || u.bastion;
    return { network: u.newCluster || u.newWorkgroup || apiCallers, endpoints: u.vpcEndpoints && apiCallers };
}

/** Availability zones of a new VPC; an interface endpoint gets one network interface (billed per hour) in each. */
export const NEW_VPC_AVAILABILITY_ZONES = 3;

/** Interface endpoints by purpose; SSM ones only serve the bastion. */
export function interfaceEndpointServices(bastion: boolean): string[] {
    return bastion ? ["secretsmanager", "ssm", "ssmmessages", "ec2messages"] : ["secretsmanager"];
}

export interface SubnetFacts {
    id: string;
    vpcId: string;
    availabilityZone: string;
}

/** Returns why a set of existing subnets cannot host this program, or undefined when they can. */
export function checkExistingSubnets(vpcId: string, subnets: readonly SubnetFacts[]): string | undefined {
    const foreign = subnets.filter(s => s.vpcId !== vpcId);
    if (foreign.length > 0) {
        return `privateSubnetIds ${foreign.map(s => `${s.id} (in ${s.vpcId})`).join(", ")} are not in vpcId ${vpcId}; ` +
            "fix it with `pulumi config set --path 'privateSubnetIds[0]' <subnet of that VPC>`.";
    }
    const zones = [...new Set(subnets.map(s => s.availabilityZone))].sort();
    if (zones.length < 3) {
        return `privateSubnetIds ${subnets.map(s => s.id).join(", ")} span ${zones.length} availability zone(s) ` +
            `(${zones.join(", ")}), but Redshift Serverless needs subnets in at least 3; ` +
            "add a subnet from another zone with `pulumi config set --path 'privateSubnetIds[3]' subnet-...`.";
    }
    return undefined;
}

/** The first subnet (in config order) of each availability zone. */
export function onePerZone(subnets: readonly SubnetFacts[]): string[] {
    const byZone = new Map<string, string>();
    for (const s of subnets) {
        if (!byZone.has(s.availabilityZone)) {
            byZone.set(s.availabilityZone, s.id);
        }
    }
    return [...byZone.values()];
}

/** DNS attributes private DNS on interface endpoints needs (VPC user guide, "DNS attributes for your VPC"). */
export function vpcDnsProblem(vpcId: string, enableDnsSupport: boolean | undefined, enableDnsHostnames: boolean | undefined): string | undefined {
    const off = [enableDnsSupport === false ? "enableDnsSupport" : undefined, enableDnsHostnames === false ? "enableDnsHostnames" : undefined]
        .filter((a): a is string => a !== undefined);
    if (off.length === 0) {
        return undefined;
    }
    const flags = off.map(a => `\`aws ec2 modify-vpc-attribute --vpc-id ${vpcId} --${a === "enableDnsSupport" ? "enable-dns-support" : "enable-dns-hostnames"} '{"Value":true}'\``);
    return `VPC ${vpcId} has ${off.join(" and ")} off, but the private-DNS interface endpoints need both on; ` +
        `turn ${off.length === 1 ? "it" : "them"} on with ${flags.join(" and ")} (the program never changes a VPC it does not own), ` +
        "or set `pulumi config set vpcEndpoints false`.";
}

/** Every endpoint in a VPC, following DescribeVpcEndpoints pagination (NextToken). */
export async function describeVpcEndpoints(client: EC2Client, vpcId: string): Promise<Ec2VpcEndpoint[]> {
    const all: Ec2VpcEndpoint[] = [];
    let token: string | undefined;
    do {
        const page = await client.send(new DescribeVpcEndpointsCommand({ Filters: [{ Name: "vpc-id", Values: [vpcId] }], NextToken: token }));
        all.push(...(page?.VpcEndpoints ?? []));
        token = page?.NextToken;
    } while (token);
    return all;
}

export interface EndpointPlan {
    /** Route tables that still need the S3 gateway route; empty when existing gateway endpoints cover them all. */
    s3RouteTableIds: string[];
    /** Interface endpoint services (short names) to create. */
    createInterfaces: string[];
    /** Endpoints the VPC already has, by full service name (several S3 gateways may share the route tables). */
    found: Record<string, string[]>;
}

/** The tag that marks an endpoint this stack created, valued `<project>/<stack>`. */
export const ENDPOINT_STACK_TAG = "aurora-analytics:stack";

// Endpoints in these states no longer hold routes or DNS names (VpcEndpoint.State, EC2 API reference).
const GONE_STATES = new Set(["deleting", "deleted", "rejected", "failed", "expired"]);

/**
 * Which endpoints to create in a VPC that already has some. AWS refuses a second S3 gateway route on a route table
 * (RouteAlreadyExists: a route table holds one route per destination prefix list) and a second private-DNS interface
 * endpoint for one service (its private hosted zone conflicts with the existing one's DNS domain).
 */
export function planEndpoints(region: string, services: readonly string[], routeTableIds: readonly string[], existing: readonly Ec2VpcEndpoint[],
    ownStack?: string): EndpointPlan {
    // This stack's own endpoints (tagged by an earlier run) are not "found": they stay registered, or Pulumi deletes them.
    const live = existing.filter(e => !GONE_STATES.has((e.State ?? "").toLowerCase()) &&
        !(ownStack !== undefined && (e.Tags ?? []).some(t => t.Key === ENDPOINT_STACK_TAG && t.Value === ownStack)));
    const s3Name = `com.amazonaws.${region}.s3`;
    const gateways = live.filter(e => e.ServiceName === s3Name && (e.VpcEndpointType ?? "").toLowerCase() === "gateway");
    const covered = new Set(gateways.flatMap(e => e.RouteTableIds ?? []));
    const found: Record<string, string[]> = {};
    const usedGateways = gateways.filter(e => (e.RouteTableIds ?? []).some(id => routeTableIds.includes(id)));
    if (usedGateways.length > 0) {
        found[s3Name] = usedGateways.map(e => e.VpcEndpointId ?? "").sort();
    }
    const createInterfaces: string[] = [];
    for (const service of services) {
        const name = `com.amazonaws.${region}.${service}`;
        const privateDns = live.filter(e => e.ServiceName === name && (e.VpcEndpointType ?? "").toLowerCase() === "interface" && e.PrivateDnsEnabled === true);
        if (privateDns.length > 0) {
            found[name] = privateDns.map(e => e.VpcEndpointId ?? "").sort();
        } else {
            createInterfaces.push(service);
        }
    }
    return { s3RouteTableIds: routeTableIds.filter(id => !covered.has(id)), createInterfaces, found };
}

export class Network extends pulumi.ComponentResource {
    public readonly vpcId: pulumi.Output<string>;
    /** Private subnets in at least 3 AZs; for an existing VPC this resolves only after the AZ check passed. */
    public readonly privateSubnetIds: pulumi.Output<string[]>;
    /** Attach this group to anything of ours that runs in the VPC; databases admit only this group. */
    public readonly consumerSecurityGroupId: pulumi.Output<string>;
    public readonly endpointSecurityGroupId?: pulumi.Output<string>;
    public readonly vpcEndpointIds: pulumi.Output<string>[];
    /** The endpoints in-VPC consumers reach AWS through; wait for them before invoking a consumer. */
    public readonly vpcEndpoints: aws.ec2.VpcEndpoint[] = [];
    /** Full service names of the endpoints this program created. */
    public readonly vpcEndpointsCreated: pulumi.Output<string[]>;
    /** Endpoints the existing VPC already had, by full service name; this program uses them and leaves them alone. */
    public readonly vpcEndpointsFound: pulumi.Output<Record<string, string[]>>;
    /** True when this program created the VPC (and so owns everything in it). */
    public readonly created: boolean;

    constructor(name: string, args: NetworkArgs, opts?: pulumi.ComponentResourceOptions) {
        super("aurora-analytics:network:Network", name, {}, opts);

        const region = aws.getRegionOutput({}, { parent: this }).region;
        let routeTableIds: pulumi.Output<string[]>;
        // Interface endpoints take at most one subnet per availability zone.
        let endpointSubnetIds: pulumi.Output<string[]>;
        // Existing VPC only: its DNS attributes, known once the lookup has run.
        let existingVpc: pulumi.Output<aws.ec2.GetVpcResult> | undefined;

        if (args.vpcId === undefined) {
            this.created = true;
            const vpc = new awsx.ec2.Vpc(`${name}-vpc`, {
                cidrBlock: "10.40.0.0/16",
                numberOfAvailabilityZones: NEW_VPC_AVAILABILITY_ZONES,
                enableDnsHostnames: true,
                enableDnsSupport: true,
                // Isolated subnets only: nothing here talks to the internet, so no NAT gateway and no IGW.
                natGateways: { strategy: awsx.ec2.NatGatewayStrategy.None },
                subnetStrategy: awsx.ec2.SubnetAllocationStrategy.Auto,
                subnetSpecs: [{ type: awsx.ec2.SubnetType.Isolated, name: "private", cidrMask: 20 }],
                tags: { Name: `${name}-vpc` },
            }, { parent: this });
            this.vpcId = vpc.vpcId;
            this.privateSubnetIds = vpc.isolatedSubnetIds;
            endpointSubnetIds = vpc.isolatedSubnetIds;
            routeTableIds = aws.ec2.getRouteTablesOutput({ vpcId: vpc.vpcId }, { parent: this }).ids;
        } else {
            this.created = false;
            const vpcId = args.vpcId;
            const subnetIds = [...(args.privateSubnetIds ?? [])];
            const vpc = aws.ec2.getVpcOutput({ id: vpcId }, { parent: this });
            existingVpc = vpc;
            const subnets = subnetIds.map(id => aws.ec2.getSubnetOutput({ id }, { parent: this }));
            this.vpcId = vpc.id;
            const facts = pulumi.all(subnets.map(s => pulumi.all([s.id, s.vpcId, s.availabilityZone])))
                .apply(rows => {
                    const checked = rows.map(([id, subnetVpc, availabilityZone]) => ({ id, vpcId: subnetVpc, availabilityZone }));
                    const problem = checkExistingSubnets(vpcId, checked);
                    if (problem !== undefined) {
                        throw new pulumi.RunError(problem);
                    }
                    return checked;
                });
            this.privateSubnetIds = facts.apply(() => subnetIds);
            endpointSubnetIds = facts.apply(checked => onePerZone(checked));
            // Subnets without an explicit association use the VPC's main route table.
            const associated = aws.ec2.getRouteTablesOutput({
                vpcId, filters: [{ name: "association.subnet-id", values: subnetIds }],
            }, { parent: this }).ids;
            const main = aws.ec2.getRouteTablesOutput({
                vpcId, filters: [{ name: "association.main", values: ["true"] }],
            }, { parent: this }).ids;
            routeTableIds = pulumi.all([associated, main]).apply(([a, m]) => [...new Set([...a, ...m])].sort());
        }

        const consumers = new aws.ec2.SecurityGroup(`${name}-consumers`, {
            vpcId: this.vpcId,
            description: "aurora-analytics in-VPC consumers (loader, bastion); databases admit only this group",
            tags: { Name: `${name}-consumers` },
        }, { parent: this });
        this.consumerSecurityGroupId = consumers.id;
        // Consumers reach AWS APIs through the endpoints and the databases inside the VPC, nothing else.
        new aws.vpc.SecurityGroupEgressRule(`${name}-consumers-https`, {
            securityGroupId: consumers.id,
            description: "HTTPS to VPC endpoints and S3",
            ipProtocol: "tcp", fromPort: 443, toPort: 443,
            cidrIpv4: "0.0.0.0/0",
        }, { parent: this });

        this.vpcEndpointIds = [];
        if (args.vpcEndpoints) {
            const endpoints = new aws.ec2.SecurityGroup(`${name}-endpoints`, {
                vpcId: this.vpcId,
                description: "aurora-analytics interface endpoints: HTTPS from the aurora-analytics consumer group only",
                tags: { Name: `${name}-endpoints` },
            }, { parent: this });
            this.endpointSecurityGroupId = endpoints.id;
            new aws.vpc.SecurityGroupIngressRule(`${name}-endpoints-https`, {
                securityGroupId: endpoints.id,
                description: "HTTPS from aurora-analytics consumers",
                ipProtocol: "tcp", fromPort: 443, toPort: 443,
                referencedSecurityGroupId: consumers.id,
            }, { parent: this });

            const securityGroupIds = [endpoints.id];
            const ownStack = `${pulumi.getProject()}/${pulumi.getStack()}`;
            const createS3 = (routes: pulumi.Input<string[]>) => {
                const s3 = new aws.ec2.VpcEndpoint(`${name}-s3`, {
                    vpcId: this.vpcId,
                    serviceName: pulumi.interpolate`com.amazonaws.${region}.s3`,
                    vpcEndpointType: "Gateway",
                    routeTableIds: routes,
                    tags: { Name: `${name}-s3`, [ENDPOINT_STACK_TAG]: ownStack },
                }, { parent: this });
                this.vpcEndpointIds.push(s3.id);
                this.vpcEndpoints.push(s3);
                return s3;
            };
            const createInterface = (service: string) => {
                const endpoint = new aws.ec2.VpcEndpoint(`${name}-${service}`, {
                    vpcId: this.vpcId,
                    serviceName: pulumi.interpolate`com.amazonaws.${region}.${service}`,
                    vpcEndpointType: "Interface",
                    privateDnsEnabled: true,
                    subnetIds: endpointSubnetIds,
                    securityGroupIds,
                    tags: { Name: `${name}-${service}`, [ENDPOINT_STACK_TAG]: ownStack },
                }, { parent: this });
                this.vpcEndpointIds.push(endpoint.id);
                this.vpcEndpoints.push(endpoint);
                return endpoint;
            };
            const services = interfaceEndpointServices(args.bastion);

            if (existingVpc === undefined) {
                // A VPC we just created has no endpoints and has both DNS attributes on.
                createS3(routeTableIds);
                services.forEach(createInterface);
                this.vpcEndpointsCreated = region.apply(r => [`com.amazonaws.${r}.s3`, ...services.map(s => `com.amazonaws.${r}.${s}`)]);
                this.vpcEndpointsFound = pulumi.output<Record<string, string[]>>({});
            } else {
                const vpcId = args.vpcId!;
                // A deploy-time check (in preview too), released only after the lookups: the provider has no
                // "list endpoints" function (aws.ec2.getVpcEndpoint fails on zero or several matches).
                const plan = pulumi.all([existingVpc, region, routeTableIds]).apply(async ([vpc, r, routes]) => {
                    const problem = vpcDnsProblem(vpcId, vpc.enableDnsSupport, vpc.enableDnsHostnames);
                    if (problem !== undefined) {
                        throw new pulumi.RunError(problem);
                    }
                    return { region: r, ...planEndpoints(r, services, routes, await describeVpcEndpoints(new EC2Client({ region: r }), vpcId), ownStack) };
                });
                // Only the missing endpoints are registered; what they are is known once the plan is (also in preview).
                const created = plan.apply(p => {
                    const made: aws.ec2.VpcEndpoint[] = [];
                    const names: string[] = [];
                    if (p.s3RouteTableIds.length > 0) {
                        made.push(createS3(p.s3RouteTableIds));
                        names.push(`com.amazonaws.${p.region}.s3`);
                    }
                    for (const service of p.createInterfaces) {
                        made.push(createInterface(service));
                        names.push(`com.amazonaws.${p.region}.${service}`);
                    }
                    return pulumi.all(made.map(e => e.id)).apply(() => names);
                });
                this.vpcEndpointsCreated = created;
                this.vpcEndpointsFound = plan.apply(p => p.found);
                // Consumers take the subnets; they get them once the endpoints they need exist.
                const subnetsChecked = this.privateSubnetIds;
                this.privateSubnetIds = pulumi.all([subnetsChecked, created]).apply(([ids]) => ids);
            }
        } else {
            this.vpcEndpointsCreated = pulumi.output([]);
            this.vpcEndpointsFound = pulumi.output<Record<string, string[]>>({});
        }

        this.registerOutputs({
            vpcId: this.vpcId,
            privateSubnetIds: this.privateSubnetIds,
            consumerSecurityGroupId: this.consumerSecurityGroupId,
        });
    }
}
