/**
 * The seed of the property tests (fast-check), read from `FC_SEED` by tests/setup.ts:
 *
 * - unset (or empty): {@link DEFAULT_FC_SEED}, so every run, local or CI, tries the same cases;
 * - `FC_SEED=random`: a fresh random seed (32-bit, as fast-check draws its own);
 * - `FC_SEED=<integer>`: that seed, e.g. the one a failure printed, to replay it;
 * - anything else: an error, so a typo never silently runs with some other seed.
 *
 * A failed property prints its seed (fast-check's message: `{ seed: 20170901, path: "…" }`).
 */
export const DEFAULT_FC_SEED = 20170901;

export function fcSeedFrom(value: string | undefined, random: () => number = Math.random): number {
  if (value === undefined || value === "") return DEFAULT_FC_SEED;
  if (value === "random") return (random() * 0x1_0000_0000) | 0;
  if (/^-?\d+$/.test(value)) {
    const seed = Number(value);
    if (Number.isSafeInteger(seed)) return seed;
  }
  throw new Error(
    `FC_SEED=${JSON.stringify(value)} is not a seed: leave FC_SEED unset for the fixed seed ${DEFAULT_FC_SEED}, ` +
      `set FC_SEED=random for a random one, or FC_SEED=<integer> (such as the seed a failed property printed) to replay one.`,
  );
}
