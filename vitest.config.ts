// Test runner settings: real Chrome and Java are slow to start, so timeouts are generous and files run in forks.
import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // lib/ (the compiled CLI) is built once here, never by a test file while others use it.
    globalSetup: ['test/setup/compile.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two cores: more workers only fight over them while Chrome and Java run.
    maxWorkers: 2,
    minWorkers: 1
  }
})
