import { defineConfig } from 'vitest/config';

// Budgets: the slowest test takes about 2.5 s on an idle 2-core machine; CI machines are shared
// and may be several times slower, so every test and hook gets 60 s (vitest's default is 5 s).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/oracle/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    globalSetup: ['test/temp-root.ts'],
  },
});
