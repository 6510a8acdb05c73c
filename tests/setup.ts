import fc from "fast-check";

// Property tests run with a fixed seed in CI (replayable); locally a random one unless FC_SEED is set.
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20170901 : undefined;
fc.configureGlobal({ ...(seed !== undefined ? { seed } : {}), numRuns: 100 });
