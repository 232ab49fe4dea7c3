// Reads and validates the action's inputs (INPUT_<NAME> variables, through @actions/core) into one typed
// object, so every mistake is reported before any download starts.
import { isAbsolute, resolve } from 'node:path'
import {
  DEFAULT_COMPAT_HEADER,
  defaultCompatHeader,
  parseFloor,
  parseOverrides,
  type Ceilings
} from '../audit/index.js'
import {
  DEFAULT_ASSET_PATTERN,
  parseNameFilter,
  parsePathList,
  parseRepository,
  type RepoRef
} from '../sources/index.js'
import { ActionError } from './errors.js'

export const MODES = ['audit', 'build', 'smoke', 'wrap-flags'] as const
export type Mode = (typeof MODES)[number]

export const FAIL_ON = ['violation', 'unwrapped', 'never'] as const
export type FailOn = (typeof FAIL_ON)[number]

export interface ActionInputs {
  mode: Mode
  /** Entries of `paths`, relative to the workspace; empty when not given. */
  paths: string[]
  /** '' when no release was asked for, else 'latest' or a tag. */
  release: string
  /** undefined when neither `repository` nor GITHUB_REPOSITORY is set. */
  repository?: RepoRef
  assetPattern: string
  token: string
  floor: string
  overrides?: Ceilings
  fallbackReport: boolean
  /** Header whose __wrap_ functions mark violations as covered; null when fallback-report is off. */
  compatHeader: string | null
  failOn: FailOn
  /** '' (none), 'previous-release', or an absolute path to a JSON report. */
  baseline: string
  reportPath: string
  /** Where to write the SARIF log for code scanning; '' when not asked for. */
  sarifPath: string
  workspace: string
  runnerTemp: string
}

export type GetInput = (name: string) => string

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new ActionError(
    'BAD_INPUT',
    `${name} must be one of ${allowed.join(', ')}; got ${JSON.stringify(value)}`
  )
}

function bool(name: string, value: string): boolean {
  if (/^(true|True|TRUE)$/.test(value)) return true
  if (/^(false|False|FALSE)$/.test(value)) return false
  throw new ActionError('BAD_INPUT', `${name} must be true or false; got ${JSON.stringify(value)}`)
}

export function readInputs(get: GetInput, env: NodeJS.ProcessEnv = process.env): ActionInputs {
  const input = (name: string, fallback = ''): string => get(name).trim() || fallback
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd())
  const runnerTemp = resolve(env.RUNNER_TEMP || resolve(workspace, '..', '_temp'))
  const inWorkspace = (p: string): string => (isAbsolute(p) ? p : resolve(workspace, p))

  const mode = oneOf('mode', input('mode', 'audit'), MODES)
  const repositoryText = input('repository', env.GITHUB_REPOSITORY ?? '')
  const release = input('release')
  const assetPattern = get('asset-pattern').trim() ? get('asset-pattern') : DEFAULT_ASSET_PATTERN
  try {
    parseNameFilter(assetPattern)
  } catch (e) {
    throw new ActionError('BAD_INPUT', `asset-pattern: ${(e as Error).message}`)
  }

  const fallbackReport = bool('fallback-report', input('fallback-report', 'true'))
  const failOn = oneOf('fail-on', input('fail-on', 'violation'), FAIL_ON)
  if (failOn === 'unwrapped' && !fallbackReport) {
    throw new ActionError(
      'BAD_INPUT',
      'fail-on: unwrapped needs fallback-report: true (without the compat header no violation counts as wrapped)'
    )
  }
  let compatHeader: string | null = null
  if (fallbackReport) {
    const given = input('compat-header')
    compatHeader = given ? inWorkspace(given) : defaultCompatHeader()
    if (!compatHeader)
      throw new ActionError(
        'BAD_INPUT',
        `the bundled ${DEFAULT_COMPAT_HEADER} is missing from the action; set compat-header`
      )
  }

  const baselineText = input('baseline')
  const baseline =
    baselineText === '' || baselineText === 'previous-release' ? baselineText : inWorkspace(baselineText)
  const overridesText = input('overrides')

  const inputs: ActionInputs = {
    mode,
    paths: parsePathList(get('paths')),
    release,
    repository: repositoryText ? parseRepository(repositoryText) : undefined,
    assetPattern,
    token: input('token'),
    floor: parseFloor(input('floor', '2.17')),
    overrides: overridesText ? parseOverrides(overridesText) : undefined,
    fallbackReport,
    compatHeader,
    failOn,
    baseline,
    reportPath: inWorkspace(input('report-path', resolve(runnerTemp, 'glibc-floor-report.json'))),
    sarifPath: input('sarif-path') ? inWorkspace(input('sarif-path')) : '',
    workspace,
    runnerTemp
  }
  if ((release || baseline === 'previous-release') && !inputs.repository) {
    throw new ActionError(
      'BAD_INPUT',
      'repository is not set and GITHUB_REPOSITORY is empty; set repository: owner/name'
    )
  }
  return inputs
}
