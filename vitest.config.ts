import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          // Some unit tests start Node processes (the check, ESLint): seconds each on a loaded two-core machine,
          // which the default 5 s would turn into failures that say nothing about the code.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          // npm pack, install into an empty project, build there: one slow test of the package as users get it.
          name: 'package',
          include: ['tests/package/**/*.test.ts'],
          environment: 'node',
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          environment: 'node',
          // A guard against a hang, not a speed test: on a two-core machine loaded with a CPU burner, tests take
          // two to three times as long as on an idle one, and the slowest without a budget of its own took
          // 16 s there. Tests whose work grows with a list of pages set a budget per page (axe.ts).
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
