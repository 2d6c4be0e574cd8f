// The policy config the engine sends in its Configure call, for every policy of the pack, so that one setting can
// govern both refresh-interval rules. @pulumi/policy hands each policy only its own config (server.js,
// makeGetConfigFun(policyName)), so this wraps the gRPC service's `configure` handler the pack registers
// (server.js `serve`: server.addService(AnalyzerService, { ..., configure })) and keeps a copy of the whole map.
import * as path from "path";

// The grpc-js that @pulumi/policy itself loads, wherever the pack's dependencies were installed.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const grpc = require(require.resolve("@grpc/grpc-js", { paths: [path.dirname(require.resolve("@pulumi/policy/server"))] }));

type PolicyConfigMap = Record<string, Record<string, unknown>>;

let latest: PolicyConfigMap | undefined;

/** What the engine configured for `policyName` (its properties), or undefined before any Configure call. */
export function configuredFor(policyName: string): Record<string, unknown> | undefined {
    return latest?.[policyName];
}

/** For tests: set the map the way a Configure call would. */
export function recordPackConfig(config: PolicyConfigMap | undefined): void {
    latest = config;
}

let installed = false;

/** Wraps the Analyzer service's configure handler; idempotent. Call before the pack starts serving. */
export function captureConfigure(): void {
    if (installed) {
        return;
    }
    installed = true;
    const addService = grpc.Server.prototype.addService;
    grpc.Server.prototype.addService = function (service: unknown, impl: Record<string, any>) {
        if (impl && typeof impl.configure === "function") {
            const configure = impl.configure;
            impl = {
                ...impl,
                configure: (call: any, callback: unknown) => {
                    try {
                        const config: PolicyConfigMap = {};
                        for (const [name, value] of call.request.getPolicyconfigMap().entries()) {
                            config[name] = value.getProperties()?.toJavaScript() ?? {};
                        }
                        latest = config;
                    } catch {
                        latest = undefined; // The pack's own handler reports a malformed request.
                    }
                    return configure(call, callback);
                },
            };
        }
        return addService.call(this, service, impl);
    };
}
