import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// End-to-end tests drive real browsers with the built extension (scripts/test.sh builds it first).
// One file at a time: two cores, and each test owns a browser.
export default defineConfig({
  resolve: { alias: { '@': resolve(import.meta.dirname) } },
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
