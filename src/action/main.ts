// The action: read inputs, gather files (workspace paths and/or release assets), audit them with the
// engine, compare with a baseline, then publish outputs, the JSON report, annotations and the job summary.
// run() never throws: every failure becomes one core.setFailed line.
import * as core from '@actions/core'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { dirname, isAbsolute, join, relative, resolve } from 'node:path'
import { begin, during } from '../activity.js'
import { AuditError, auditPaths, displayPath, type AuditReport } from '../audit/index.js'
import { renderJson } from '../report/index.js'
import { renderSarifReport } from '../report/sarif.js'
import { RunnerError } from '../runners/index.js'
import { previousRelease, SourceError, type Release } from '../sources/index.js'
import { emitAnnotations, stepAnnotations } from './annotate.js'
import { baselineFromReport, loadBaselineFile, type Baseline } from './baseline.js'
import { ActionError } from './errors.js'
import { githubClient, type GithubClient } from './github.js'
import { readInputs, type ActionInputs } from './inputs.js'
import { logReport } from './logs.js'
import { buildMode, smokeMode, wrapFlagsMode } from './modes.js'
import { releaseFiles, repoName, resolveOrSkip } from './release-input.js'
import { redactSecrets } from './last-resort.js'
import { auditMarkdown, failedMarkdown, skippedMarkdown, writeSummary } from './summary.js'
import { decide } from './verdict.js'

export type Verdict = 'pass' | 'fail' | 'skipped'

export interface Outputs {
  verdict: Verdict
  'max-glibc': string
  violations: number
  'new-violations': number
  unwrapped: number
  'files-audited': number
  report: string
  'sarif-path': string
  distros: string
  release: string
}

function setOutputs(o: Outputs): void {
  for (const [k, v] of Object.entries(o)) core.setOutput(k, String(v))
}

async function skip(reason: string, level: 'notice' | 'warning' = 'notice'): Promise<void> {
  if (level === 'notice') core.notice(reason, { title: 'glibc-floor: nothing to audit' })
  else core.warning(reason, { title: 'glibc-floor: nothing to audit' })
  setOutputs({
    verdict: 'skipped',
    'max-glibc': '',
    violations: 0,
    'new-violations': 0,
    unwrapped: 0,
    'files-audited': 0,
    report: '',
    'sarif-path': '',
    distros: '',
    release: ''
  })
  await writeSummary(() => skippedMarkdown(reason))
}

/** Release files live in a temp directory; show them as "<asset>/<path inside>" instead. */
function relabel(report: AuditReport, assetDirs: string[], workspace: string): AuditReport {
  const label = (shown: string): string => {
    const abs = resolve(workspace, shown)
    for (const dir of assetDirs) {
      const rel = relative(dir, abs)
      if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return rel
    }
    return shown
  }
  return { ...report, files: report.files.map(f => ({ ...f, path: label(f.path) })) }
}

interface Gathered {
  targets: string[]
  assetDirs: string[]
  context: string[]
  release?: Release
  /** Set when the release input gave nothing to audit. */
  skipped?: string
}

async function gather(inputs: ActionInputs, work: string, client: () => GithubClient): Promise<Gathered> {
  const g: Gathered = { targets: [], assetDirs: [], context: [] }
  if (inputs.release) {
    const repo = inputs.repository!
    const label = `release ${inputs.release} of ${repoName(repo)}`
    const outcome = await core.group(`Release ${inputs.release} of ${repoName(repo)}`, () =>
      during(`fetching ${label}`, async () => {
        const release = await resolveOrSkip(client(), repo, inputs.release)
        if ('skipped' in release) return release
        core.info(`${release.tag}: ${release.assets.length} asset(s), published ${release.date}`)
        return releaseFiles(client(), repo, release, inputs.assetPattern, join(work, 'release'))
      })
    )
    if ('skipped' in outcome) g.skipped = outcome.skipped
    else {
      g.release = outcome.release
      g.targets.push(...outcome.fetched.map(f => f.path))
      g.assetDirs.push(outcome.assetsDir)
      g.context.push(outcome.line)
    }
  }
  if (inputs.paths.length > 0) {
    g.targets.push(...inputs.paths)
    g.context.push(`Paths: ${inputs.paths.map(p => `\`${p}\``).join(', ')}`)
  } else if (!inputs.release) {
    g.targets.push('.')
    g.context.push('Paths: the whole workspace (ELF files outside .git and node_modules)')
  }
  return g
}

async function loadBaseline(
  inputs: ActionInputs,
  chosen: Release | undefined,
  client: () => GithubClient,
  work: string
): Promise<Baseline | undefined> {
  if (!inputs.baseline) return undefined
  if (inputs.baseline !== 'previous-release') {
    return loadBaselineFile(inputs.baseline, displayPath(inputs.baseline, inputs.workspace))
  }
  const repo = inputs.repository!
  const label = `the baseline (previous release of ${repoName(repo)})`
  return core.group(`Baseline: previous release of ${repoName(repo)}`, () =>
    during(`fetching ${label}`, async () => {
      // With a release input the baseline is the release before it; for build output, the latest release.
      const previous = chosen
        ? previousRelease(await client().api.list(repo), chosen)
        : await client().api.latest(repo)
      if (!previous) {
        core.notice(`${repoName(repo)} has no earlier release to compare with; every late symbol counts`, {
          title: 'glibc-floor: no baseline release'
        })
        return undefined
      }
      const outcome = await releaseFiles(
        client(),
        repo,
        previous,
        inputs.assetPattern,
        join(work, 'baseline')
      )
      if ('skipped' in outcome) {
        core.notice(`${outcome.skipped}; every late symbol counts`, { title: 'glibc-floor: empty baseline' })
        return undefined
      }
      const report = auditPaths(
        outcome.fetched.map(f => f.path),
        {
          floor: inputs.floor,
          overrides: inputs.overrides,
          compatHeader: inputs.compatHeader,
          cwd: inputs.workspace
        }
      )
      return baselineFromReport(report, `release ${previous.tag}`)
    })
  )
}

/** Everything after the audit: baseline, verdict, JSON report, outputs, logs, annotations, summary, exit. */
export interface Published {
  report: AuditReport
  /** Summary lines saying what was audited. */
  context: string[]
  release?: Release
  /** Markdown placed before the audit summary (e.g. the build table). */
  preface?: string
}

async function publish(
  inputs: ActionInputs,
  p: Published,
  work: string,
  client: () => GithubClient
): Promise<void> {
  const { report } = p
  const context = [...p.context]
  const baseline = await loadBaseline(inputs, p.release, client, work)
  const decision = decide(report, inputs.failOn, baseline)
  if (baseline) {
    context.push(
      `Baseline: ${baseline.label} (${baseline.keys.size} late symbol(s) there; ${decision.fresh} reference(s) new now)`
    )
  }

  await mkdir(dirname(inputs.reportPath), { recursive: true })
  await writeFile(inputs.reportPath, renderJson(report, { fallbackReport: inputs.fallbackReport }))
  if (inputs.sarifPath) {
    await mkdir(dirname(inputs.sarifPath), { recursive: true })
    const place = { workspace: inputs.workspace, cwd: inputs.workspace }
    await writeFile(inputs.sarifPath, renderSarifReport(report, place))
  }

  const s = report.summary
  setOutputs({
    verdict: decision.verdict,
    'max-glibc': s.maxVersions.GLIBC ?? '',
    violations: s.violations,
    'new-violations': decision.fresh,
    unwrapped: s.unwrapped,
    'files-audited': s.audited,
    report: inputs.reportPath,
    'sarif-path': inputs.sarifPath,
    distros: s.distros
      .filter(d => d.loads)
      .map(d => d.id)
      .join(','),
    release: p.release?.tag ?? ''
  })

  logReport(report, inputs.fallbackReport)
  emitAnnotations(stepAnnotations(report, decision, inputs.failOn === 'never'), inputs.workspace)
  await writeSummary(
    max =>
      (p.preface ?? '') +
      auditMarkdown(
        report,
        context.length ? ['', ...context] : [],
        max - Buffer.byteLength(p.preface ?? ''),
        decision.explanation,
        inputs.fallbackReport
      )
  )

  core.info(
    `verdict: ${decision.verdict} — ${s.audited} file(s) audited, ${s.violations} late reference(s), ${s.unwrapped} not wrapped` +
      `, highest GLIBC ${s.maxVersions.GLIBC ?? 'none'}; report at ${inputs.reportPath}`
  )
  if (decision.failStep) {
    core.setFailed(
      `glibc ${inputs.floor} floor: ` +
        (decision.explanation?.replace(/^❌ \*\*Step fails\*\*: /, '') ??
          `${s.violations} late symbol reference(s) (${s.unwrapped} not wrapped)${s.errors ? `, ${s.errors} unreadable file(s)` : ''}` +
            `; highest GLIBC required ${s.maxVersions.GLIBC ?? '?'}.`) +
        ' See the job summary.'
    )
  }
}

export interface AuditSession {
  work: string
  client: () => GithubClient
  audit: (targets: string[]) => AuditReport
}

export async function session(inputs: ActionInputs): Promise<AuditSession> {
  await mkdir(inputs.runnerTemp, { recursive: true })
  const work = await mkdtemp(join(inputs.runnerTemp, 'glibc-floor-'))
  let cached: GithubClient | undefined
  return {
    work,
    client: () => (cached ??= githubClient(inputs.token)),
    audit: targets =>
      auditPaths(targets, {
        floor: inputs.floor,
        overrides: inputs.overrides,
        compatHeader: inputs.compatHeader,
        cwd: inputs.workspace
      })
  }
}

/** Audits a report made elsewhere (build mode) through the same verdict, outputs and summary. */
export async function publishReport(inputs: ActionInputs, s: AuditSession, p: Published): Promise<void> {
  await publish(inputs, p, s.work, s.client)
}

async function auditMode(inputs: ActionInputs): Promise<void> {
  const s = await session(inputs)
  const g = await gather(inputs, s.work, s.client)
  if (g.skipped && g.targets.length === 0) return skip(g.skipped)
  if (g.skipped) core.notice(g.skipped, { title: 'glibc-floor: release skipped' })

  const auditing = begin(`auditing ${g.targets.length} path(s)`)
  const report = relabel(s.audit(g.targets), g.assetDirs, inputs.workspace)
  auditing.done()
  if (report.summary.audited === 0 && report.summary.errors === 0) {
    const looked = `${report.files.length} file(s) looked at, none a dynamically linked ELF file to audit`
    if (inputs.paths.length > 0)
      throw new ActionError('NOTHING_AUDITED', `paths: ${looked}; check the paths input`)
    return skip(
      g.release
        ? `release ${g.release.tag}: ${looked}`
        : `workspace: ${looked} (did the build run before this step?)`,
      g.release ? 'notice' : 'warning'
    )
  }
  await publish(inputs, { report, context: g.context, release: g.release }, s.work, s.client)
}

const known = (e: unknown): e is Error =>
  e instanceof ActionError || e instanceof SourceError || e instanceof AuditError || e instanceof RunnerError

export function failureMessage(e: unknown, secrets: string[] = []): string {
  // Belt and braces: the runner masks secrets, but a message should never carry one in the first place.
  return redactSecrets(
    known(e) ? e.message : `unexpected error: ${e instanceof Error ? e.message : String(e)}`,
    secrets
  )
}

export async function run(): Promise<void> {
  let secrets: string[] = []
  try {
    // Masked before the inputs are validated: a validation message may echo any input, a misplaced token too.
    const token = core.getInput('token')
    if (token) core.setSecret(token)
    secrets = [token]
    const inputs = readInputs(name => core.getInput(name))
    switch (inputs.mode) {
      case 'audit':
        await auditMode(inputs)
        break
      case 'build':
        await buildMode(inputs, name => core.getInput(name), { session, publishReport })
        break
      case 'smoke':
        await smokeMode(inputs, name => core.getInput(name), { session })
        break
      case 'wrap-flags':
        await wrapFlagsMode()
        break
    }
  } catch (e) {
    if (!known(e) && e instanceof Error && e.stack) core.debug(redactSecrets(e.stack, secrets))
    const message = failureMessage(e, secrets)
    core.setFailed(message)
    // A red step with an empty summary leaves people guessing; the summary must never be what fails the step.
    await writeSummary(() => failedMarkdown(message)).catch(() => undefined)
  }
}
