// @ts-nocheck
// The mock engine lives in the product (scripts/lib/mockProgram.ts): the offline preview uses it too. Tests import it from here.
export * from "../../scripts/lib/mockProgram";
