// @ts-nocheck
// The `npm run cost` command: flags and files in, the printed estimate out; returns the exit code instead of exiting.
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import * as fs from "fs";
import { parseArgs } from "util";
import { ConfigError, parseStackConfig } from "../../components/config";
import { estimateMonthlyCost } from "./estimate";
import { formatEstimate } from "./format";
import { COST_MODELS, CostModel, InputError, InputSpec, Overrides, PRICE_INPUTS, USAGE_INPUTS, parseAssumptionsFile, resolveInputs } from "./inputs";
import { REGION_PRICES } from "./prices";
import { ScheduleError } from "./schedule";
import { readStackFile } from "./stackFile";
export interface Output {
  out(line: string): void;
  err(line: string): void;
}
const INPUT_SPECS: readonly InputSpec<string>[] = stryMutAct_9fa48("2793") ? [] : (stryCov_9fa48("2793"), [...USAGE_INPUTS, ...PRICE_INPUTS]);
export function usage(): string[] {
  if (stryMutAct_9fa48("2794")) {
    {}
  } else {
    stryCov_9fa48("2794");
    return stryMutAct_9fa48("2795") ? [] : (stryCov_9fa48("2795"), [stryMutAct_9fa48("2796") ? "" : (stryCov_9fa48("2796"), "Usage: npm run cost -- --stack <name> [--dir <project dir>] [--region <region>] [--model aws|seeds]"), stryMutAct_9fa48("2797") ? "" : (stryCov_9fa48("2797"), "                      [--compare-intervals 0,60,900,3600] [--assumptions <file.json>] [--<input> <value> ...]"), stryMutAct_9fa48("2798") ? "Stryker was here!" : (stryCov_9fa48("2798"), ""), stryMutAct_9fa48("2799") ? "" : (stryCov_9fa48("2799"), "Prints an itemized monthly cost estimate for a stack from Pulumi.<name>.yaml, usage assumptions and prices."), stryMutAct_9fa48("2800") ? `` : (stryCov_9fa48("2800"), `Prices follow the stack's aws:region (or --region): list prices for ${Object.keys(REGION_PRICES).join(stryMutAct_9fa48("2801") ? "" : (stryCov_9fa48("2801"), ", "))}; other regions need the price flags.`), stryMutAct_9fa48("2802") ? "" : (stryCov_9fa48("2802"), "--model seeds recomputes the reference samples' tables with their own assumptions and prices."), stryMutAct_9fa48("2803") ? "" : (stryCov_9fa48("2803"), "The file holds {\"usage\": {...}, \"prices\": {...}} with the keys below; flags override the file."), stryMutAct_9fa48("2804") ? "Stryker was here!" : (stryCov_9fa48("2804"), ""), ...USAGE_INPUTS.map(stryMutAct_9fa48("2805") ? () => undefined : (stryCov_9fa48("2805"), s => stryMutAct_9fa48("2806") ? `` : (stryCov_9fa48("2806"), `  --${s.flag} (${s.key}, default ${stryMutAct_9fa48("2807") ? s.defaultValue && "from loadSchedule" : (stryCov_9fa48("2807"), s.defaultValue ?? (stryMutAct_9fa48("2808") ? "" : (stryCov_9fa48("2808"), "from loadSchedule")))}): ${s.description}`))), ...PRICE_INPUTS.map(stryMutAct_9fa48("2809") ? () => undefined : (stryCov_9fa48("2809"), s => stryMutAct_9fa48("2810") ? `` : (stryCov_9fa48("2810"), `  --${s.flag} (${s.key}, default from the region's list prices): ${s.description}`)))]);
  }
}
function parseModel(value: unknown): CostModel {
  if (stryMutAct_9fa48("2811")) {
    {}
  } else {
    stryCov_9fa48("2811");
    if (stryMutAct_9fa48("2814") ? value !== undefined : stryMutAct_9fa48("2813") ? false : stryMutAct_9fa48("2812") ? true : (stryCov_9fa48("2812", "2813", "2814"), value === undefined)) {
      if (stryMutAct_9fa48("2815")) {
        {}
      } else {
        stryCov_9fa48("2815");
        return stryMutAct_9fa48("2816") ? "" : (stryCov_9fa48("2816"), "aws");
      }
    }
    if (stryMutAct_9fa48("2819") ? false : stryMutAct_9fa48("2818") ? true : stryMutAct_9fa48("2817") ? COST_MODELS.includes(value as CostModel) : (stryCov_9fa48("2817", "2818", "2819"), !COST_MODELS.includes(value as CostModel))) {
      if (stryMutAct_9fa48("2820")) {
        {}
      } else {
        stryCov_9fa48("2820");
        throw new InputError(stryMutAct_9fa48("2821") ? `` : (stryCov_9fa48("2821"), `--model has the invalid value ${JSON.stringify(value)}: allowed are ${COST_MODELS.join(stryMutAct_9fa48("2822") ? "" : (stryCov_9fa48("2822"), " and "))}.`));
      }
    }
    return value as CostModel;
  }
}

/** "0,60,900": REFRESH_INTERVAL values within Redshift's 0 to 432000 seconds. */
function parseIntervals(value: unknown): number[] | undefined {
  if (stryMutAct_9fa48("2823")) {
    {}
  } else {
    stryCov_9fa48("2823");
    if (stryMutAct_9fa48("2826") ? value !== undefined : stryMutAct_9fa48("2825") ? false : stryMutAct_9fa48("2824") ? true : (stryCov_9fa48("2824", "2825", "2826"), value === undefined)) {
      if (stryMutAct_9fa48("2827")) {
        {}
      } else {
        stryCov_9fa48("2827");
        return undefined;
      }
    }
    const parts = String(value).split(stryMutAct_9fa48("2828") ? "" : (stryCov_9fa48("2828"), ","));
    if (stryMutAct_9fa48("2831") ? false : stryMutAct_9fa48("2830") ? true : stryMutAct_9fa48("2829") ? parts.every(p => /^\d+$/.test(p) && Number(p) <= 432000) : (stryCov_9fa48("2829", "2830", "2831"), !(stryMutAct_9fa48("2832") ? parts.some(p => /^\d+$/.test(p) && Number(p) <= 432000) : (stryCov_9fa48("2832"), parts.every(stryMutAct_9fa48("2833") ? () => undefined : (stryCov_9fa48("2833"), p => stryMutAct_9fa48("2836") ? /^\d+$/.test(p) || Number(p) <= 432000 : stryMutAct_9fa48("2835") ? false : stryMutAct_9fa48("2834") ? true : (stryCov_9fa48("2834", "2835", "2836"), (stryMutAct_9fa48("2840") ? /^\D+$/ : stryMutAct_9fa48("2839") ? /^\d$/ : stryMutAct_9fa48("2838") ? /^\d+/ : stryMutAct_9fa48("2837") ? /\d+$/ : (stryCov_9fa48("2837", "2838", "2839", "2840"), /^\d+$/)).test(p) && (stryMutAct_9fa48("2843") ? Number(p) > 432000 : stryMutAct_9fa48("2842") ? Number(p) < 432000 : stryMutAct_9fa48("2841") ? true : (stryCov_9fa48("2841", "2842", "2843"), Number(p) <= 432000))))))))) {
      if (stryMutAct_9fa48("2844")) {
        {}
      } else {
        stryCov_9fa48("2844");
        throw new InputError(stryMutAct_9fa48("2845") ? `` : (stryCov_9fa48("2845"), `--compare-intervals has the invalid value ${JSON.stringify(value)}: allowed is a comma-separated list of seconds from 0 to 432000, like 0,60,900,3600.`));
      }
    }
    return parts.map(Number);
  }
}
export function runCli(argv: readonly string[], output: Output, cwd: string = process.cwd()): number {
  if (stryMutAct_9fa48("2846")) {
    {}
  } else {
    stryCov_9fa48("2846");
    try {
      if (stryMutAct_9fa48("2847")) {
        {}
      } else {
        stryCov_9fa48("2847");
        const options: Record<string, {
          type: "string";
        } | {
          type: "boolean";
        }> = stryMutAct_9fa48("2848") ? {} : (stryCov_9fa48("2848"), {
          stack: stryMutAct_9fa48("2849") ? {} : (stryCov_9fa48("2849"), {
            type: stryMutAct_9fa48("2850") ? "" : (stryCov_9fa48("2850"), "string")
          }),
          dir: stryMutAct_9fa48("2851") ? {} : (stryCov_9fa48("2851"), {
            type: stryMutAct_9fa48("2852") ? "" : (stryCov_9fa48("2852"), "string")
          }),
          assumptions: stryMutAct_9fa48("2853") ? {} : (stryCov_9fa48("2853"), {
            type: stryMutAct_9fa48("2854") ? "" : (stryCov_9fa48("2854"), "string")
          }),
          region: stryMutAct_9fa48("2855") ? {} : (stryCov_9fa48("2855"), {
            type: stryMutAct_9fa48("2856") ? "" : (stryCov_9fa48("2856"), "string")
          }),
          model: stryMutAct_9fa48("2857") ? {} : (stryCov_9fa48("2857"), {
            type: stryMutAct_9fa48("2858") ? "" : (stryCov_9fa48("2858"), "string")
          }),
          "compare-intervals": stryMutAct_9fa48("2859") ? {} : (stryCov_9fa48("2859"), {
            type: stryMutAct_9fa48("2860") ? "" : (stryCov_9fa48("2860"), "string")
          }),
          help: stryMutAct_9fa48("2861") ? {} : (stryCov_9fa48("2861"), {
            type: stryMutAct_9fa48("2862") ? "" : (stryCov_9fa48("2862"), "boolean")
          })
        });
        for (const spec of INPUT_SPECS) {
          if (stryMutAct_9fa48("2863")) {
            {}
          } else {
            stryCov_9fa48("2863");
            options[spec.flag] = stryMutAct_9fa48("2864") ? {} : (stryCov_9fa48("2864"), {
              type: stryMutAct_9fa48("2865") ? "" : (stryCov_9fa48("2865"), "string")
            });
          }
        }
        let values: Record<string, string | boolean | undefined>;
        try {
          if (stryMutAct_9fa48("2866")) {
            {}
          } else {
            stryCov_9fa48("2866");
            ({
              values
            } = parseArgs(stryMutAct_9fa48("2867") ? {} : (stryCov_9fa48("2867"), {
              args: stryMutAct_9fa48("2868") ? [] : (stryCov_9fa48("2868"), [...argv]),
              options,
              strict: stryMutAct_9fa48("2869") ? false : (stryCov_9fa48("2869"), true),
              allowPositionals: stryMutAct_9fa48("2870") ? true : (stryCov_9fa48("2870"), false)
            })));
          }
        } catch (e) {
          if (stryMutAct_9fa48("2871")) {
            {}
          } else {
            stryCov_9fa48("2871");
            throw new InputError(stryMutAct_9fa48("2872") ? `` : (stryCov_9fa48("2872"), `${(e as Error).message}. Run with --help for the flags.`));
          }
        }
        if (stryMutAct_9fa48("2874") ? false : stryMutAct_9fa48("2873") ? true : (stryCov_9fa48("2873", "2874"), values.help)) {
          if (stryMutAct_9fa48("2875")) {
            {}
          } else {
            stryCov_9fa48("2875");
            usage().forEach(stryMutAct_9fa48("2876") ? () => undefined : (stryCov_9fa48("2876"), line => output.out(line)));
            return 0;
          }
        }
        const stackName = values.stack;
        if (stryMutAct_9fa48("2879") ? typeof stackName !== "string" && stackName === "" : stryMutAct_9fa48("2878") ? false : stryMutAct_9fa48("2877") ? true : (stryCov_9fa48("2877", "2878", "2879"), (stryMutAct_9fa48("2881") ? typeof stackName === "string" : stryMutAct_9fa48("2880") ? false : (stryCov_9fa48("2880", "2881"), typeof stackName !== (stryMutAct_9fa48("2882") ? "" : (stryCov_9fa48("2882"), "string")))) || (stryMutAct_9fa48("2884") ? stackName !== "" : stryMutAct_9fa48("2883") ? false : (stryCov_9fa48("2883", "2884"), stackName === (stryMutAct_9fa48("2885") ? "Stryker was here!" : (stryCov_9fa48("2885"), "")))))) {
          if (stryMutAct_9fa48("2886")) {
            {}
          } else {
            stryCov_9fa48("2886");
            throw new InputError(stryMutAct_9fa48("2887") ? "" : (stryCov_9fa48("2887"), "--stack is required: the stack whose Pulumi.<stack>.yaml to estimate, e.g. npm run cost -- --stack dev."));
          }
        }
        let overrides: Overrides = {};
        if (stryMutAct_9fa48("2890") ? typeof values.assumptions !== "string" : stryMutAct_9fa48("2889") ? false : stryMutAct_9fa48("2888") ? true : (stryCov_9fa48("2888", "2889", "2890"), typeof values.assumptions === (stryMutAct_9fa48("2891") ? "" : (stryCov_9fa48("2891"), "string")))) {
          if (stryMutAct_9fa48("2892")) {
            {}
          } else {
            stryCov_9fa48("2892");
            overrides = parseAssumptionsFile(fs.readFileSync(values.assumptions, stryMutAct_9fa48("2893") ? "" : (stryCov_9fa48("2893"), "utf8")), values.assumptions);
          }
        }
        const fromFlags = new Set<string>();
        for (const spec of INPUT_SPECS) {
          if (stryMutAct_9fa48("2894")) {
            {}
          } else {
            stryCov_9fa48("2894");
            const value = values[spec.flag];
            if (stryMutAct_9fa48("2897") ? typeof value !== "string" : stryMutAct_9fa48("2896") ? false : stryMutAct_9fa48("2895") ? true : (stryCov_9fa48("2895", "2896", "2897"), typeof value === (stryMutAct_9fa48("2898") ? "" : (stryCov_9fa48("2898"), "string")))) {
              if (stryMutAct_9fa48("2899")) {
                {}
              } else {
                stryCov_9fa48("2899");
                (overrides as Record<string, unknown>)[spec.key] = value;
                fromFlags.add(spec.key);
              }
            }
          }
        }
        const model = parseModel(values.model);
        const compareIntervals = parseIntervals(values[stryMutAct_9fa48("2900") ? "" : (stryCov_9fa48("2900"), "compare-intervals")]);
        const stackFile = readStackFile((stryMutAct_9fa48("2903") ? typeof values.dir !== "string" : stryMutAct_9fa48("2902") ? false : stryMutAct_9fa48("2901") ? true : (stryCov_9fa48("2901", "2902", "2903"), typeof values.dir === (stryMutAct_9fa48("2904") ? "" : (stryCov_9fa48("2904"), "string")))) ? values.dir : cwd, stackName);
        for (const key of stackFile.secretKeys) {
          if (stryMutAct_9fa48("2905")) {
            {}
          } else {
            stryCov_9fa48("2905");
            output.err(stryMutAct_9fa48("2906") ? `` : (stryCov_9fa48("2906"), `note: ${key} is a secret this script cannot decrypt; it is treated as unset.`));
          }
        }
        const region = (stryMutAct_9fa48("2909") ? typeof values.region !== "string" : stryMutAct_9fa48("2908") ? false : stryMutAct_9fa48("2907") ? true : (stryCov_9fa48("2907", "2908", "2909"), typeof values.region === (stryMutAct_9fa48("2910") ? "" : (stryCov_9fa48("2910"), "string")))) ? values.region : stackFile.region;
        const inputs = resolveInputs(overrides, stryMutAct_9fa48("2911") ? () => undefined : (stryCov_9fa48("2911"), spec => fromFlags.has(spec.key) ? stryMutAct_9fa48("2912") ? `` : (stryCov_9fa48("2912"), `--${spec.flag}`) : stryMutAct_9fa48("2913") ? `` : (stryCov_9fa48("2913"), `${values.assumptions} ${spec.key}`)), stryMutAct_9fa48("2914") ? {} : (stryCov_9fa48("2914"), {
          model,
          ...((stryMutAct_9fa48("2917") ? region === undefined : stryMutAct_9fa48("2916") ? false : stryMutAct_9fa48("2915") ? true : (stryCov_9fa48("2915", "2916", "2917"), region !== undefined)) ? stryMutAct_9fa48("2918") ? {} : (stryCov_9fa48("2918"), {
            region
          }) : {})
        }));
        const config = parseStackConfig(stackFile.raw, stackName);
        const estimate = estimateMonthlyCost(config, inputs);
        formatEstimate(estimate, inputs, stryMutAct_9fa48("2919") ? {} : (stryCov_9fa48("2919"), {
          stackName,
          rpu: config.redshiftBaseCapacity,
          ...((stryMutAct_9fa48("2922") ? region === undefined : stryMutAct_9fa48("2921") ? false : stryMutAct_9fa48("2920") ? true : (stryCov_9fa48("2920", "2921", "2922"), region !== undefined)) ? stryMutAct_9fa48("2923") ? {} : (stryCov_9fa48("2923"), {
            region
          }) : {}),
          ...((stryMutAct_9fa48("2926") ? compareIntervals === undefined : stryMutAct_9fa48("2925") ? false : stryMutAct_9fa48("2924") ? true : (stryCov_9fa48("2924", "2925", "2926"), compareIntervals !== undefined)) ? stryMutAct_9fa48("2927") ? {} : (stryCov_9fa48("2927"), {
            compareIntervals
          }) : {})
        })).forEach(stryMutAct_9fa48("2928") ? () => undefined : (stryCov_9fa48("2928"), line => output.out(line)));
        return 0;
      }
    } catch (e) {
      if (stryMutAct_9fa48("2929")) {
        {}
      } else {
        stryCov_9fa48("2929");
        if (stryMutAct_9fa48("2932") ? (e instanceof InputError || e instanceof ConfigError) && e instanceof ScheduleError : stryMutAct_9fa48("2931") ? false : stryMutAct_9fa48("2930") ? true : (stryCov_9fa48("2930", "2931", "2932"), (stryMutAct_9fa48("2934") ? e instanceof InputError && e instanceof ConfigError : stryMutAct_9fa48("2933") ? false : (stryCov_9fa48("2933", "2934"), e instanceof InputError || e instanceof ConfigError)) || e instanceof ScheduleError)) {
          if (stryMutAct_9fa48("2935")) {
            {}
          } else {
            stryCov_9fa48("2935");
            output.err(e.message);
            return 1;
          }
        }
        if (stryMutAct_9fa48("2938") ? (e as NodeJS.ErrnoException).code !== "ENOENT" : stryMutAct_9fa48("2937") ? false : stryMutAct_9fa48("2936") ? true : (stryCov_9fa48("2936", "2937", "2938"), (e as NodeJS.ErrnoException).code === (stryMutAct_9fa48("2939") ? "" : (stryCov_9fa48("2939"), "ENOENT")))) {
          if (stryMutAct_9fa48("2940")) {
            {}
          } else {
            stryCov_9fa48("2940");
            output.err(stryMutAct_9fa48("2941") ? `` : (stryCov_9fa48("2941"), `Cannot read ${(e as NodeJS.ErrnoException).path}: no such file.`));
            return 1;
          }
        }
        throw e;
      }
    }
  }
}