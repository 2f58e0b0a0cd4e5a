import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The wink-nlp model loads once per worker; two workers match the machine's two cores.
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
