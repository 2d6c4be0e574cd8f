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
const INPUT_SPECS: readonly InputSpec<string>[] = stryMutAct_9fa48("0") ? [] : (stryCov_9fa48("0"), [...USAGE_INPUTS, ...PRICE_INPUTS]);
export function usage(): string[] {
  if (stryMutAct_9fa48("1")) {
    {}
  } else {
    stryCov_9fa48("1");
    return stryMutAct_9fa48("2") ? [] : (stryCov_9fa48("2"), [stryMutAct_9fa48("3") ? "" : (stryCov_9fa48("3"), "Usage: npm run cost -- --stack <name> [--dir <project dir>] [--region <region>] [--model aws|seeds]"), stryMutAct_9fa48("4") ? "" : (stryCov_9fa48("4"), "                      [--compare-intervals 0,60,900,3600] [--assumptions <file.json>] [--<input> <value> ...]"), stryMutAct_9fa48("5") ? "Stryker was here!" : (stryCov_9fa48("5"), ""), stryMutAct_9fa48("6") ? "" : (stryCov_9fa48("6"), "Prints an itemized monthly cost estimate for a stack from Pulumi.<name>.yaml, usage assumptions and prices."), stryMutAct_9fa48("7") ? `` : (stryCov_9fa48("7"), `Prices follow the stack's aws:region (or --region): list prices for ${Object.keys(REGION_PRICES).join(stryMutAct_9fa48("8") ? "" : (stryCov_9fa48("8"), ", "))}; other regions need the price flags.`), stryMutAct_9fa48("9") ? "" : (stryCov_9fa48("9"), "--model seeds recomputes the reference samples' tables with their own assumptions and prices."), stryMutAct_9fa48("10") ? "" : (stryCov_9fa48("10"), "The file holds {\"usage\": {...}, \"prices\": {...}} with the keys below; flags override the file."), stryMutAct_9fa48("11") ? "Stryker was here!" : (stryCov_9fa48("11"), ""), ...USAGE_INPUTS.map(stryMutAct_9fa48("12") ? () => undefined : (stryCov_9fa48("12"), s => stryMutAct_9fa48("13") ? `` : (stryCov_9fa48("13"), `  --${s.flag} (${s.key}, default ${stryMutAct_9fa48("14") ? s.defaultValue && "from loadSchedule" : (stryCov_9fa48("14"), s.defaultValue ?? (stryMutAct_9fa48("15") ? "" : (stryCov_9fa48("15"), "from loadSchedule")))}): ${s.description}`))), ...PRICE_INPUTS.map(stryMutAct_9fa48("16") ? () => undefined : (stryCov_9fa48("16"), s => stryMutAct_9fa48("17") ? `` : (stryCov_9fa48("17"), `  --${s.flag} (${s.key}, default from the region's list prices): ${s.description}`)))]);
  }
}
function parseModel(value: unknown): CostModel {
  if (stryMutAct_9fa48("18")) {
    {}
  } else {
    stryCov_9fa48("18");
    if (stryMutAct_9fa48("21") ? value !== undefined : stryMutAct_9fa48("20") ? false : stryMutAct_9fa48("19") ? true : (stryCov_9fa48("19", "20", "21"), value === undefined)) {
      if (stryMutAct_9fa48("22")) {
        {}
      } else {
        stryCov_9fa48("22");
        return stryMutAct_9fa48("23") ? "" : (stryCov_9fa48("23"), "aws");
      }
    }
    if (stryMutAct_9fa48("26") ? false : stryMutAct_9fa48("25") ? true : stryMutAct_9fa48("24") ? COST_MODELS.includes(value as CostModel) : (stryCov_9fa48("24", "25", "26"), !COST_MODELS.includes(value as CostModel))) {
      if (stryMutAct_9fa48("27")) {
        {}
      } else {
        stryCov_9fa48("27");
        throw new InputError(stryMutAct_9fa48("28") ? `` : (stryCov_9fa48("28"), `--model has the invalid value ${JSON.stringify(value)}: allowed are ${COST_MODELS.join(stryMutAct_9fa48("29") ? "" : (stryCov_9fa48("29"), " and "))}.`));
      }
    }
    return value as CostModel;
  }
}

/** "0,60,900": REFRESH_INTERVAL values within Redshift's 0 to 432000 seconds. */
function parseIntervals(value: unknown): number[] | undefined {
  if (stryMutAct_9fa48("30")) {
    {}
  } else {
    stryCov_9fa48("30");
    if (stryMutAct_9fa48("33") ? value !== undefined : stryMutAct_9fa48("32") ? false : stryMutAct_9fa48("31") ? true : (stryCov_9fa48("31", "32", "33"), value === undefined)) {
      if (stryMutAct_9fa48("34")) {
        {}
      } else {
        stryCov_9fa48("34");
        return undefined;
      }
    }
    const parts = String(value).split(stryMutAct_9fa48("35") ? "" : (stryCov_9fa48("35"), ","));
    if (stryMutAct_9fa48("38") ? false : stryMutAct_9fa48("37") ? true : stryMutAct_9fa48("36") ? parts.every(p => /^\d+$/.test(p) && Number(p) <= 432000) : (stryCov_9fa48("36", "37", "38"), !(stryMutAct_9fa48("39") ? parts.some(p => /^\d+$/.test(p) && Number(p) <= 432000) : (stryCov_9fa48("39"), parts.every(stryMutAct_9fa48("40") ? () => undefined : (stryCov_9fa48("40"), p => stryMutAct_9fa48("43") ? /^\d+$/.test(p) || Number(p) <= 432000 : stryMutAct_9fa48("42") ? false : stryMutAct_9fa48("41") ? true : (stryCov_9fa48("41", "42", "43"), (stryMutAct_9fa48("47") ? /^\D+$/ : stryMutAct_9fa48("46") ? /^\d$/ : stryMutAct_9fa48("45") ? /^\d+/ : stryMutAct_9fa48("44") ? /\d+$/ : (stryCov_9fa48("44", "45", "46", "47"), /^\d+$/)).test(p) && (stryMutAct_9fa48("50") ? Number(p) > 432000 : stryMutAct_9fa48("49") ? Number(p) < 432000 : stryMutAct_9fa48("48") ? true : (stryCov_9fa48("48", "49", "50"), Number(p) <= 432000))))))))) {
      if (stryMutAct_9fa48("51")) {
        {}
      } else {
        stryCov_9fa48("51");
        throw new InputError(stryMutAct_9fa48("52") ? `` : (stryCov_9fa48("52"), `--compare-intervals has the invalid value ${JSON.stringify(value)}: allowed is a comma-separated list of seconds from 0 to 432000, like 0,60,900,3600.`));
      }
    }
    return parts.map(Number);
  }
}
export function runCli(argv: readonly string[], output: Output, cwd: string = process.cwd()): number {
  if (stryMutAct_9fa48("53")) {
    {}
  } else {
    stryCov_9fa48("53");
    try {
      if (stryMutAct_9fa48("54")) {
        {}
      } else {
        stryCov_9fa48("54");
        const options: Record<string, {
          type: "string";
        } | {
          type: "boolean";
        }> = stryMutAct_9fa48("55") ? {} : (stryCov_9fa48("55"), {
          stack: stryMutAct_9fa48("56") ? {} : (stryCov_9fa48("56"), {
            type: stryMutAct_9fa48("57") ? "" : (stryCov_9fa48("57"), "string")
          }),
          dir: stryMutAct_9fa48("58") ? {} : (stryCov_9fa48("58"), {
            type: stryMutAct_9fa48("59") ? "" : (stryCov_9fa48("59"), "string")
          }),
          assumptions: stryMutAct_9fa48("60") ? {} : (stryCov_9fa48("60"), {
            type: stryMutAct_9fa48("61") ? "" : (stryCov_9fa48("61"), "string")
          }),
          region: stryMutAct_9fa48("62") ? {} : (stryCov_9fa48("62"), {
            type: stryMutAct_9fa48("63") ? "" : (stryCov_9fa48("63"), "string")
          }),
          model: stryMutAct_9fa48("64") ? {} : (stryCov_9fa48("64"), {
            type: stryMutAct_9fa48("65") ? "" : (stryCov_9fa48("65"), "string")
          }),
          "compare-intervals": stryMutAct_9fa48("66") ? {} : (stryCov_9fa48("66"), {
            type: stryMutAct_9fa48("67") ? "" : (stryCov_9fa48("67"), "string")
          }),
          help: stryMutAct_9fa48("68") ? {} : (stryCov_9fa48("68"), {
            type: stryMutAct_9fa48("69") ? "" : (stryCov_9fa48("69"), "boolean")
          })
        });
        for (const spec of INPUT_SPECS) {
          if (stryMutAct_9fa48("70")) {
            {}
          } else {
            stryCov_9fa48("70");
            options[spec.flag] = stryMutAct_9fa48("71") ? {} : (stryCov_9fa48("71"), {
              type: stryMutAct_9fa48("72") ? "" : (stryCov_9fa48("72"), "string")
            });
          }
        }
        let values: Record<string, string | boolean | undefined>;
        try {
          if (stryMutAct_9fa48("73")) {
            {}
          } else {
            stryCov_9fa48("73");
            ({
              values
            } = parseArgs(stryMutAct_9fa48("74") ? {} : (stryCov_9fa48("74"), {
              args: stryMutAct_9fa48("75") ? [] : (stryCov_9fa48("75"), [...argv]),
              options,
              strict: stryMutAct_9fa48("76") ? false : (stryCov_9fa48("76"), true),
              allowPositionals: stryMutAct_9fa48("77") ? true : (stryCov_9fa48("77"), false)
            })));
          }
        } catch (e) {
          if (stryMutAct_9fa48("78")) {
            {}
          } else {
            stryCov_9fa48("78");
            throw new InputError(stryMutAct_9fa48("79") ? `` : (stryCov_9fa48("79"), `${(e as Error).message}. Run with --help for the flags.`));
          }
        }
        if (stryMutAct_9fa48("81") ? false : stryMutAct_9fa48("80") ? true : (stryCov_9fa48("80", "81"), values.help)) {
          if (stryMutAct_9fa48("82")) {
            {}
          } else {
            stryCov_9fa48("82");
            usage().forEach(stryMutAct_9fa48("83") ? () => undefined : (stryCov_9fa48("83"), line => output.out(line)));
            return 0;
          }
        }
        const stackName = values.stack;
        if (stryMutAct_9fa48("86") ? typeof stackName !== "string" && stackName === "" : stryMutAct_9fa48("85") ? false : stryMutAct_9fa48("84") ? true : (stryCov_9fa48("84", "85", "86"), (stryMutAct_9fa48("88") ? typeof stackName === "string" : stryMutAct_9fa48("87") ? false : (stryCov_9fa48("87", "88"), typeof stackName !== (stryMutAct_9fa48("89") ? "" : (stryCov_9fa48("89"), "string")))) || (stryMutAct_9fa48("91") ? stackName !== "" : stryMutAct_9fa48("90") ? false : (stryCov_9fa48("90", "91"), stackName === (stryMutAct_9fa48("92") ? "Stryker was here!" : (stryCov_9fa48("92"), "")))))) {
          if (stryMutAct_9fa48("93")) {
            {}
          } else {
            stryCov_9fa48("93");
            throw new InputError(stryMutAct_9fa48("94") ? "" : (stryCov_9fa48("94"), "--stack is required: the stack whose Pulumi.<stack>.yaml to estimate, e.g. npm run cost -- --stack dev."));
          }
        }
        let overrides: Overrides = {};
        if (stryMutAct_9fa48("97") ? typeof values.assumptions !== "string" : stryMutAct_9fa48("96") ? false : stryMutAct_9fa48("95") ? true : (stryCov_9fa48("95", "96", "97"), typeof values.assumptions === (stryMutAct_9fa48("98") ? "" : (stryCov_9fa48("98"), "string")))) {
          if (stryMutAct_9fa48("99")) {
            {}
          } else {
            stryCov_9fa48("99");
            overrides = parseAssumptionsFile(fs.readFileSync(values.assumptions, stryMutAct_9fa48("100") ? "" : (stryCov_9fa48("100"), "utf8")), values.assumptions);
          }
        }
        const fromFlags = new Set<string>();
        for (const spec of INPUT_SPECS) {
          if (stryMutAct_9fa48("101")) {
            {}
          } else {
            stryCov_9fa48("101");
            const value = values[spec.flag];
            if (stryMutAct_9fa48("104") ? typeof value !== "string" : stryMutAct_9fa48("103") ? false : stryMutAct_9fa48("102") ? true : (stryCov_9fa48("102", "103", "104"), typeof value === (stryMutAct_9fa48("105") ? "" : (stryCov_9fa48("105"), "string")))) {
              if (stryMutAct_9fa48("106")) {
                {}
              } else {
                stryCov_9fa48("106");
                (overrides as Record<string, unknown>)[spec.key] = value;
                fromFlags.add(spec.key);
              }
            }
          }
        }
        const model = parseModel(values.model);
        const compareIntervals = parseIntervals(values[stryMutAct_9fa48("107") ? "" : (stryCov_9fa48("107"), "compare-intervals")]);
        const stackFile = readStackFile((stryMutAct_9fa48("110") ? typeof values.dir !== "string" : stryMutAct_9fa48("109") ? false : stryMutAct_9fa48("108") ? true : (stryCov_9fa48("108", "109", "110"), typeof values.dir === (stryMutAct_9fa48("111") ? "" : (stryCov_9fa48("111"), "string")))) ? values.dir : cwd, stackName);
        for (const key of stackFile.secretKeys) {
          if (stryMutAct_9fa48("112")) {
            {}
          } else {
            stryCov_9fa48("112");
            output.err(stryMutAct_9fa48("113") ? `` : (stryCov_9fa48("113"), `note: ${key} is a secret this script cannot decrypt; it is treated as unset.`));
          }
        }
        const region = (stryMutAct_9fa48("116") ? typeof values.region !== "string" : stryMutAct_9fa48("115") ? false : stryMutAct_9fa48("114") ? true : (stryCov_9fa48("114", "115", "116"), typeof values.region === (stryMutAct_9fa48("117") ? "" : (stryCov_9fa48("117"), "string")))) ? values.region : stackFile.region;
        const inputs = resolveInputs(overrides, stryMutAct_9fa48("118") ? () => undefined : (stryCov_9fa48("118"), spec => fromFlags.has(spec.key) ? stryMutAct_9fa48("119") ? `` : (stryCov_9fa48("119"), `--${spec.flag}`) : stryMutAct_9fa48("120") ? `` : (stryCov_9fa48("120"), `${values.assumptions} ${spec.key}`)), stryMutAct_9fa48("121") ? {} : (stryCov_9fa48("121"), {
          model,
          ...((stryMutAct_9fa48("124") ? region === undefined : stryMutAct_9fa48("123") ? false : stryMutAct_9fa48("122") ? true : (stryCov_9fa48("122", "123", "124"), region !== undefined)) ? stryMutAct_9fa48("125") ? {} : (stryCov_9fa48("125"), {
            region
          }) : {})
        }));
        const config = parseStackConfig(stackFile.raw, stackName);
        const estimate = estimateMonthlyCost(config, inputs);
        formatEstimate(estimate, inputs, stryMutAct_9fa48("126") ? {} : (stryCov_9fa48("126"), {
          stackName,
          rpu: config.redshiftBaseCapacity,
          ...((stryMutAct_9fa48("129") ? region === undefined : stryMutAct_9fa48("128") ? false : stryMutAct_9fa48("127") ? true : (stryCov_9fa48("127", "128", "129"), region !== undefined)) ? stryMutAct_9fa48("130") ? {} : (stryCov_9fa48("130"), {
            region
          }) : {}),
          ...((stryMutAct_9fa48("133") ? compareIntervals === undefined : stryMutAct_9fa48("132") ? false : stryMutAct_9fa48("131") ? true : (stryCov_9fa48("131", "132", "133"), compareIntervals !== undefined)) ? stryMutAct_9fa48("134") ? {} : (stryCov_9fa48("134"), {
            compareIntervals
          }) : {})
        })).forEach(stryMutAct_9fa48("135") ? () => undefined : (stryCov_9fa48("135"), line => output.out(line)));
        return 0;
      }
    } catch (e) {
      if (stryMutAct_9fa48("136")) {
        {}
      } else {
        stryCov_9fa48("136");
        if (stryMutAct_9fa48("139") ? (e instanceof InputError || e instanceof ConfigError) && e instanceof ScheduleError : stryMutAct_9fa48("138") ? false : stryMutAct_9fa48("137") ? true : (stryCov_9fa48("137", "138", "139"), (stryMutAct_9fa48("141") ? e instanceof InputError && e instanceof ConfigError : stryMutAct_9fa48("140") ? false : (stryCov_9fa48("140", "141"), e instanceof InputError || e instanceof ConfigError)) || e instanceof ScheduleError)) {
          if (stryMutAct_9fa48("142")) {
            {}
          } else {
            stryCov_9fa48("142");
            output.err(e.message);
            return 1;
          }
        }
        if (stryMutAct_9fa48("145") ? (e as NodeJS.ErrnoException).code !== "ENOENT" : stryMutAct_9fa48("144") ? false : stryMutAct_9fa48("143") ? true : (stryCov_9fa48("143", "144", "145"), (e as NodeJS.ErrnoException).code === (stryMutAct_9fa48("146") ? "" : (stryCov_9fa48("146"), "ENOENT")))) {
          if (stryMutAct_9fa48("147")) {
            {}
          } else {
            stryCov_9fa48("147");
            output.err(stryMutAct_9fa48("148") ? `` : (stryCov_9fa48("148"), `Cannot read ${(e as NodeJS.ErrnoException).path}: no such file.`));
            return 1;
          }
        }
        throw e;
      }
    }
  }
}