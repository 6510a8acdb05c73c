import fc from "fast-check";
import { fcSeedFrom } from "./fc-seed.js";

// Property tests run with a fixed seed (20170901) by default, locally and in CI, so a run is
// replayable; FC_SEED=random for a random seed, FC_SEED=<integer> to replay one (tests/fc-seed.ts).
// The seed is set globally, and no fc.assert overrides it; a failed property's message shows it.
fc.configureGlobal({ seed: fcSeedFrom(process.env.FC_SEED), numRuns: 100 });
