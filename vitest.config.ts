import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: pure library code, fake-indexeddb for the store, happy-dom where a DOM is needed
// (opt in per file with `// @vitest-environment happy-dom`).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['fake-indexeddb/auto'],
    environment: 'node',
  },
});
