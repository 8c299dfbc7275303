import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Starting PGlite and the wasm schema engine takes seconds on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
