// Tests that the release workflow always checks external links and uses only flags the CLI has, and that CI runs `.ci/run`.
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'

const root = path.resolve(import.meta.dirname, '../..')

interface Workflow {
  on: Record<string, unknown>
  jobs: Record<string, {steps: Array<{run?: string}>}>
}

function commands(file: string): string[] {
  const workflow = parse(readFileSync(path.join(root, '.github/workflows', file), 'utf8')) as Workflow
  return Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((step) => (step.run ? step.run.split('\n') : [])))
}

describe('GitHub workflows', () => {
  it('release: builds the example book with external links checked and no warnings allowed', () => {
    const build = commands('release.yml').filter((line) => line.includes('bin/colophon.js build'))
    expect(build).toHaveLength(1)
    expect(build[0]).toMatch(/--external(\s|$)/)
    expect(build[0]).toMatch(/--max-warnings 0(\s|$)/)
    expect(build[0]).not.toMatch(/--offline/)
  })

  it('release: every option it passes is one `colophon build` has', () => {
    const [build] = commands('release.yml').filter((line) => line.includes('bin/colophon.js build'))
    const help = spawnSync(process.execPath, [path.join(root, 'bin/colophon.js'), 'build', '--help'], {encoding: 'utf8'}).stdout
    const flags = build!.match(/--[a-z-]+/g) ?? []
    expect(flags.length).toBeGreaterThan(0)
    for (const flag of flags) expect(help, flag).toContain(flag)
  })

  it('ci: runs exactly .ci/run', () => {
    expect(commands('ci.yml')).toContain('bash .ci/run')
  })
})
