// @ts-nocheck
// The network every other component runs in: a new isolated 3-AZ VPC, or the user's VPC looked up and checked.
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import * as awsx from "@pulumi/awsx";

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
    /** True when this program created the VPC (and so owns everything in it). */
    public readonly created: boolean;

    constructor(name: string, args: NetworkArgs, opts?: pulumi.ComponentResourceOptions) {
        super("aurora-analytics:network:Network", name, {}, opts);

        const region = aws.getRegionOutput({}, { parent: this }).region;
        let routeTableIds: pulumi.Output<string[]>;
        // Interface endpoints take at most one subnet per availability zone.
        let endpointSubnetIds: pulumi.Output<string[]>;

        if (args.vpcId === undefined) {
            this.created = true;
            const vpc = new awsx.ec2.Vpc(`${name}-vpc`, {
                cidrBlock: "10.40.0.0/16",
                numberOfAvailabilityZones: 3,
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
                description: "aurora-analytics interface endpoints: HTTPS from this program's consumers only",
                tags: { Name: `${name}-endpoints` },
            }, { parent: this });
            this.endpointSecurityGroupId = endpoints.id;
            new aws.vpc.SecurityGroupIngressRule(`${name}-endpoints-https`, {
                securityGroupId: endpoints.id,
                description: "HTTPS from aurora-analytics consumers",
                ipProtocol: "tcp", fromPort: 443, toPort: 443,
                referencedSecurityGroupId: consumers.id,
            }, { parent: this });

            const s3 = new aws.ec2.VpcEndpoint(`${name}-s3`, {
                vpcId: this.vpcId,
                serviceName: pulumi.interpolate`com.amazonaws.${region}.s3`,
                vpcEndpointType: "Gateway",
                routeTableIds,
                tags: { Name: `${name}-s3` },
            }, { parent: this });
            this.vpcEndpointIds.push(s3.id);
            this.vpcEndpoints.push(s3);

            for (const service of interfaceEndpointServices(args.bastion)) {
                const endpoint = new aws.ec2.VpcEndpoint(`${name}-${service}`, {
                    vpcId: this.vpcId,
                    serviceName: pulumi.interpolate`com.amazonaws.${region}.${service}`,
                    vpcEndpointType: "Interface",
                    privateDnsEnabled: true,
                    subnetIds: endpointSubnetIds,
                    securityGroupIds: [endpoints.id],
                    tags: { Name: `${name}-${service}` },
                }, { parent: this });
                this.vpcEndpointIds.push(endpoint.id);
                this.vpcEndpoints.push(endpoint);
            }
        }

        this.registerOutputs({
            vpcId: this.vpcId,
            privateSubnetIds: this.privateSubnetIds,
            consumerSecurityGroupId: this.consumerSecurityGroupId,
        });
    }
}
