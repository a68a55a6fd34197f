// How `npm run build` (./build.mjs) and the benchmark (./bench/build.mjs) run Astro: two settings that lower the
// build's peak memory without capping it. Figures and how they were measured: README, "Why 20,000 offers take more
// than 1 GB".
//
// - mimalloc, the allocator compiled into rolldown (Vite's bundler) and Astro's compiler, keeps freed memory for a
//   while and commits its arenas eagerly (https://microsoft.github.io/mimalloc/environment.html). Returning it at
//   once brought the shipped site's build from 0.97 to 0.75 GB. mimalloc reads these options when the native module
//   loads, so they must be in the environment of the process that starts Astro.
// - V8 lets its heap grow well beyond what is alive between full collections (660 MB of heap for 260 MB in use while
//   the search index of 20,000 offers was written). A fixed 20 % growth keeps it near what is in use: in that build,
//   84 full collections instead of 15, 1.2 s more, and 0.6 s less in young-generation ones. Unlike a heap cap
//   (--max-old-space-size), a larger feed still builds.
//
// A value already in the environment wins, so that a setting can be turned off to compare.

/** Node options for the process that runs Astro's build. */
export const buildNodeOptions = ['--heap-growing-percent=20'];

const allocatorDefaults = { MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ARENA_EAGER_COMMIT: '0' };

/** The environment for that process: `env`, with the allocator settings it does not set itself. */
export const buildEnv = (env) => ({ ...allocatorDefaults, ...env });
