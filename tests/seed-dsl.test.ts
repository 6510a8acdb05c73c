import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { parse } from "yaml";
import { check } from "../src/check/check.js";
import { checkFile } from "../src/node/load.js";
import { seedClaims } from "./seed-dsl.js";

const SEED = "claims/seed/claims.yaml";
const article = readFileSync("claims/seed/article.txt", "utf8");

it("the DSL copy of the seed is the YAML's content, key for key", () => {
  expect(JSON.parse(JSON.stringify(seedClaims))).toEqual(parse(readFileSync(SEED, "utf8")));
});

it("the DSL copy of the seed checks exactly as the YAML does", async () => {
  const fromYaml = await checkFile(SEED);
  const fromDsl = check(seedClaims, { file: SEED, texts: { "coalition-civcas-2017-07": article } });
  expect(fromDsl.verdict).toBe("consistent");
  expect(fromDsl.verdict).toBe(fromYaml.verdict);
  // Only a file says where each claim is written (`source`, and the set's `positions`).
  expect(fromYaml.findings.every((f) => f.source?.file === SEED)).toBe(true);
  expect(fromDsl.findings).toEqual(fromYaml.findings.map(({ source: _, ...f }) => f));
  expect(fromDsl.derived).toEqual(fromYaml.derived);
  expect(fromDsl.culprits).toEqual(fromYaml.culprits);
  const { positions: __, ...setFromYaml } = fromYaml.set!;
  expect(fromDsl.set).toEqual(setFromYaml);
});
