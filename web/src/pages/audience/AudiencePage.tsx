/**
 * Audiences (issue 7): audits per candidate with the fake share and its interval.
 *
 * - a follower sample uploaded for a candidate and platform (with its progress), audited as a
 *   job the page follows (POST …/audience/audits): the fake share with its interval, the real
 *   audience, the rows left out by line and column, the most suspect followers with the features
 *   and the paper's rules that make them suspect;
 * - the stored audits grouped by candidate (GET …/audience/audits), each drawn as a bar with its
 *   interval, and "audit again" (POST …/audience/candidates/:key/audits, a job);
 * - the model's cross-validated evaluation beside the paper's figures (GET /api/audience/model).
 */
import { ProblemTable } from '../../ProblemTable.js';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import type { PaperRow } from '../../../../src/core/audience/paper.js';
import { FEATURES } from '../../../../src/core/audience/profile.js';
import { brokenLabel, ruleLabel } from '../../../../src/core/audience/rules.js';
import { ApiError, followJob, getJson, type Job, type Page, postJson, type Problem, type ProblemItem, uploadFiles } from '../../api.js';
import { ErrorBox, Loading, useLoad } from '../../hooks.js';
import { type Formats, type Lang, useI18n } from '../../i18n.js';
import { Link } from '../../router.js';
import { AUDIENCE_TEXT } from './text.js';
import './audience.css';

interface Candidate {
  key: string;
  name: string;
}

interface AuditRecord {
  id: number;
  candidateKey: string;
  platform: string;
  observedOn: string;
  followers: number;
  sampleSize: number;
  usable: number;
  flagged: number;
  fakeShare: number;
  interval: [number, number];
  level: number;
  modelVersion: string;
  sampleSha256: string;
  createdAt: string;
}

interface Suspect {
  line: number;
  probability: number;
  reasons: { feature: string; value: number; contribution: number }[];
  rules: string[];
}

interface AuditResult {
  sampleSize: number;
  usable: number;
  leftOut: number;
  fakeShare: number;
  interval: [number, number];
  level: number;
  flagged: number;
  apparentShare: number;
  needed: { margin: number; followers: number };
  model: string;
  sample: { file: string; sha256: string; platform: string; observedOn: string };
  problems: { line: number; column: string | null; message: string }[];
  problemCount: number;
  stored: { candidate: string; platform: string; followers: number; realAudience: number; auditId: number } | null;
  realAudience: { followers: number; estimate: number; interval: [number, number] } | null;
  suspects: Suspect[];
  warnings: string[];
}

/** A row of the model's evaluation: the paper's row without its source. */
type ModelRow = Omit<PaperRow, 'source'>;

interface Model {
  version: string;
  trainedAt: string;
  data: { file: string; sha256: string; rows: number; positives: number };
  threshold: number;
  evaluation: { folds: number; seed: number; rows: ModelRow[] };
  paper: PaperRow[];
}

type UploadState =
  | { phase: 'idle' }
  | { phase: 'uploading'; sent: number; total: number }
  | { phase: 'job'; job: Job }
  | { phase: 'done'; result: AuditResult }
  | { phase: 'failed'; problem: Problem | null; error: unknown };

const PLATFORMS = ['x', 'bluesky', 'mastodon', 'instagram', 'linkedin', 'threads', 'tiktok', 'youtube', 'facebook'];
const FEATURE_LABEL = new Map(FEATURES.map((x) => [x.name, x.label]));

const pctOf = (f: Formats) => (x: number, digits = 1) => `${f.num(x * 100, digits, digits)} %`;

/** The share as a bar on 0–100 %, with its interval as a whisker (the numbers are written beside it). */
function ShareBar({ share, interval }: { share: number; interval: [number, number] }) {
  const c = (x: number) => Math.max(0, Math.min(100, x * 100));
  return (
    <svg className="share-bar" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect className="track" x="0" y="2" width="100" height="8" />
      <rect className="bar" x="0" y="2" width={c(share)} height="8" />
      <line className="whisker" x1={c(interval[0])} x2={c(interval[1])} y1="6" y2="6" />
      <line className="whisker" x1={c(interval[0])} x2={c(interval[0])} y1="1" y2="11" />
      <line className="whisker" x1={c(interval[1])} x2={c(interval[1])} y1="1" y2="11" />
    </svg>
  );
}

function Share({ share, interval }: { share: number; interval: [number, number] }) {
  const { f } = useI18n();
  const pct = pctOf(f);
  return (
    <span className="share">
      <ShareBar share={share} interval={interval} />
      <span className="share-text">
        <strong className="value">{pct(share)}</strong> <span className="interval">({pct(interval[0])}–{pct(interval[1])})</span>
      </span>
    </span>
  );
}

function ruleText(id: string, lang: Lang): string {
  return brokenLabel(id)?.[lang] ?? ruleLabel(id)?.[lang] ?? id;
}


function ResultView({ r, names }: { r: AuditResult; names: Map<string, string> }) {
  const { lang, f } = useI18n();
  const a = AUDIENCE_TEXT[lang];
  const pct = pctOf(f);
  return (
    <section className="audit-result" aria-labelledby="result-title" data-testid="audit-result">
      <h3 id="result-title">{a.result.title}</h3>
      <div className="headline">
        <p className="big">
          <span className="label">{a.result.fakeShare}</span> <strong data-testid="result-share">{pct(r.fakeShare)}</strong>
        </p>
        <p data-testid="result-interval">{a.result.interval(pct(r.interval[0]), pct(r.interval[1]), pct(r.level, 0))}</p>
        <ShareBar share={r.fakeShare} interval={r.interval} />
      </div>
      <dl className="facts">
        <div>
          <dt>{a.result.sampleSize}</dt>
          <dd data-testid="result-sample">{f.int(r.sampleSize)}</dd>
        </div>
        <div>
          <dt>{a.result.usable}</dt>
          <dd data-testid="result-usable">{f.int(r.usable)}</dd>
        </div>
        <div>
          <dt>{a.result.leftOut}</dt>
          <dd data-testid="result-left-out">{f.int(r.leftOut)}</dd>
        </div>
        <div>
          <dt>{a.result.flagged}</dt>
          <dd>{f.int(r.flagged)}</dd>
        </div>
        <div>
          <dt>{a.result.apparent}</dt>
          <dd>{pct(r.apparentShare)}</dd>
        </div>
        {r.realAudience ? (
          <div>
            <dt>{a.result.realAudience}</dt>
            <dd data-testid="result-real">
              {f.int(Math.round(r.realAudience.estimate))}{' '}
              <span className="sub">
                ({f.int(Math.round(r.realAudience.interval[0]))}–{f.int(Math.round(r.realAudience.interval[1]))}) {a.result.realOf(f.int(r.realAudience.followers))}
              </span>
            </dd>
          </div>
        ) : null}
      </dl>
      <p className="help">
        {a.result.model(r.model)} · {a.result.observed(f.date(r.sample.observedOn))} · {a.result.needed(f.int(r.needed.followers), pct(r.needed.margin, 0))}
      </p>
      <p className="ok" data-testid="result-stored">
        {r.stored ? a.result.stored(names.get(r.stored.candidate) ?? r.stored.candidate, r.stored.platform, f.int(r.stored.auditId)) : a.result.notStored}
      </p>
      {r.warnings.map((w, i) => (
        <p key={i} className="warning">
          {w}
        </p>
      ))}
      {r.problems.length > 0 ? (
        <>
          <h4>{a.problems.title}</h4>
          {r.problemCount > r.problems.length ? <p className="help">{a.problems.more(f.int(r.problems.length), f.int(r.problemCount))}</p> : null}
          <ProblemTable withFile={false} testId="audience-problems" label={a.problems.title} items={r.problems.map((p) => ({ in: 'file', line: p.line, column: p.column, detail: p.message }))} />
        </>
      ) : null}
      <h4 id="suspects-title">{a.suspects.title}</h4>
      <p className="help">{a.suspects.help}</p>
      {r.suspects.length === 0 ? (
        <p>{a.suspects.none}</p>
      ) : (
        <div className="scroll-x suspects-box">
          <table className="suspects" aria-labelledby="suspects-title" data-testid="suspects">
            <thead>
              <tr>
                <th scope="col" className="num">
                  {a.suspects.col.line}
                </th>
                <th scope="col" className="num">
                  {a.suspects.col.probability}
                </th>
                <th scope="col">{a.suspects.col.reasons}</th>
                <th scope="col">{a.suspects.col.rules}</th>
              </tr>
            </thead>
            <tbody>
              {r.suspects.map((s) => (
                <tr key={s.line} data-line={s.line}>
                  <td className="num">{f.int(s.line)}</td>
                  <td className="num probability">{pct(s.probability, 0)}</td>
                  <td>
                    <ul className="reasons">
                      {s.reasons.map((x) => (
                        <li key={x.feature} data-feature={x.feature}>
                          {FEATURE_LABEL.get(x.feature)?.[lang] ?? x.feature} = {f.num(x.value, 2)} <span className="sub">({a.suspects.contribution(f.num(x.contribution, 3, 3))})</span>
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    <ul className="reasons">
                      {s.rules.map((x) => (
                        <li key={x} data-rule={x}>
                          {ruleText(x, lang)}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function UploadForm({ fieldId, candidates, onStored }: { fieldId: number; candidates: Candidate[]; onStored(): void }) {
  const { lang, f } = useI18n();
  const a = AUDIENCE_TEXT[lang];
  const [candidate, setCandidate] = useState('');
  const [platform, setPlatform] = useState('x');
  const [followers, setFollowers] = useState('');
  const [observed, setObserved] = useState('');
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const [missing, setMissing] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const busy = state.phase === 'uploading' || state.phase === 'job';
  const names = useMemo(() => new Map(candidates.map((c) => [c.key, c.name])), [candidates]);
  const pct = (done: number, total: number) => (total > 0 ? `${f.num((100 * done) / total, 0)} %` : '');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) {
      setMissing(true);
      return;
    }
    setMissing(false);
    if (busy) return;
    const q = new URLSearchParams();
    if (candidate) q.set('candidate', candidate);
    if (platform) q.set('platform', platform);
    if (followers.trim()) q.set('followers', followers.trim());
    if (observed) q.set('observed', observed);
    setState({ phase: 'uploading', sent: 0, total: file.size });
    try {
      const job = await uploadFiles(`/api/fields/${fieldId}/audience/audits?${q.toString()}`, [file], (sent, total) => setState({ phase: 'uploading', sent, total }));
      const end = await followJob(job.id, (j) => setState({ phase: 'job', job: j }));
      if (end.status === 'succeeded') {
        const result = end.result as AuditResult;
        setState({ phase: 'done', result });
        if (result.stored) onStored();
      } else setState({ phase: 'failed', problem: end.problem ?? null, error: null });
    } catch (err) {
      setState({ phase: 'failed', problem: err instanceof ApiError ? err.problem : null, error: err });
    }
  };

  const problems = state.phase === 'failed' ? (state.problem?.errors ?? []) : [];
  return (
    <section aria-labelledby="upload-title">
      <h2 id="upload-title">{a.upload.title}</h2>
      <p className="help">{a.upload.help}</p>
      <form className="audit-form" onSubmit={(e) => void submit(e)}>
        <div className="control">
          <label htmlFor="audit-candidate">{a.upload.candidate}</label>
          <select id="audit-candidate" value={candidate} onChange={(e) => setCandidate(e.target.value)} disabled={busy}>
            <option value="">{a.upload.noCandidate}</option>
            {candidates.map((c) => (
              <option key={c.key} value={c.key}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="control">
          <label htmlFor="audit-platform">{a.upload.platform}</label>
          <select id="audit-platform" value={platform} onChange={(e) => setPlatform(e.target.value)} disabled={busy}>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </div>
        <div className="control">
          <label htmlFor="audit-followers">{a.upload.followers}</label>
          <input id="audit-followers" type="number" min={1} step={1} inputMode="numeric" value={followers} onChange={(e) => setFollowers(e.target.value)} aria-describedby="audit-followers-help" disabled={busy} />
          <span id="audit-followers-help" className="help small">
            {a.upload.followersHelp}
          </span>
        </div>
        <div className="control">
          <label htmlFor="audit-observed">{a.upload.observed}</label>
          <input id="audit-observed" type="date" value={observed} onChange={(e) => setObserved(e.target.value)} aria-describedby="audit-observed-help" disabled={busy} />
          <span id="audit-observed-help" className="help small">
            {a.upload.observedHelp}
          </span>
        </div>
        <div className="control grow">
          <label htmlFor="audit-file">{a.upload.file}</label>
          <input id="audit-file" ref={input} type="file" accept=".csv,.tsv,.txt,.json,.jsonl,.ndjson" disabled={busy} aria-invalid={missing || undefined} />
        </div>
        <div className="control">
          <button type="submit" disabled={busy}>
            {a.upload.submit}
          </button>
        </div>
      </form>
      <div role="status" aria-live="polite" className="import-status" data-testid="audit-status">
        {missing ? <p>{a.upload.needFile}</p> : null}
        {state.phase === 'uploading' ? (
          <p>
            {a.upload.uploading(pct(state.sent, state.total))} <progress max={state.total || 1} value={state.sent} />
          </p>
        ) : null}
        {state.phase === 'job' ? (
          <p>
            {state.job.status === 'queued' ? a.upload.queued : a.upload.running(a.upload.steps[state.job.progress?.step ?? ''] ?? state.job.progress?.step ?? '')}{' '}
            <progress max={state.job.progress?.total || 1} value={state.job.progress?.done ?? 0} />
          </p>
        ) : null}
      </div>
      {state.phase === 'failed' ? (
        <div className="error" role="alert" data-testid="audit-failed">
          <p>
            <strong>{a.upload.failed}</strong> {state.problem?.detail ?? ''}
          </p>
          {problems.length === 0 && !state.problem ? <ErrorBox error={state.error} /> : null}
          {problems.length > 0 ? <ProblemTable withFile={false} testId="audience-problems" label={a.problems.title} items={problems} /> : null}
        </div>
      ) : null}
      {state.phase === 'done' ? <ResultView r={state.result} names={names} /> : null}
    </section>
  );
}

function CandidateAudits({ fieldId, candidate, audits, onDone }: { fieldId: number; candidate: Candidate; audits: AuditRecord[]; onDone(): void }) {
  const { lang, f } = useI18n();
  const a = AUDIENCE_TEXT[lang];
  const [status, setStatus] = useState<{ kind: 'busy' } | { kind: 'done'; n: number } | { kind: 'failed'; error: unknown } | null>(null);
  const id = `audits-${candidate.key}`;
  const reaudit = async () => {
    setStatus({ kind: 'busy' });
    try {
      const job = await postJson<Job>(`/api/fields/${fieldId}/audience/candidates/${encodeURIComponent(candidate.key)}/audits`, {});
      const end = await followJob(job.id, () => undefined);
      if (end.status === 'succeeded') {
        setStatus({ kind: 'done', n: (end.result as { audits: unknown[] }).audits.length });
        onDone();
      } else setStatus({ kind: 'failed', error: new ApiError(end.problem ?? { type: 'about:blank', title: a.upload.failed, status: 500 }) });
    } catch (e) {
      setStatus({ kind: 'failed', error: e });
    }
  };
  const newest = [...audits].sort((x, y) => (x.observedOn < y.observedOn ? 1 : x.observedOn > y.observedOn ? -1 : y.id - x.id));
  return (
    <section className="candidate-audits" aria-labelledby={`${id}-title`} data-testid="candidate-audits" data-key={candidate.key}>
      <div className="candidate-head">
        <h3 id={`${id}-title`}>
          <Link href={`/fields/${fieldId}/candidates/${encodeURIComponent(candidate.key)}`}>{candidate.name}</Link> <span className="count">{a.stored.count(f.int(audits.length))}</span>
        </h3>
        <button type="button" onClick={() => void reaudit()} disabled={status?.kind === 'busy'} aria-label={a.stored.reauditLabel(candidate.name)}>
          {a.stored.reaudit}
        </button>
      </div>
      <div role="status" aria-live="polite" className="reaudit-status">
        {status?.kind === 'busy' ? <p>{a.stored.reauditing(candidate.name)}</p> : null}
        {status?.kind === 'done' ? <p className="ok">{a.stored.reaudited(candidate.name, f.int(status.n))}</p> : null}
      </div>
      {status?.kind === 'failed' ? <ErrorBox error={status.error} /> : null}
      <div className="scroll-x">
        <table className="audits" aria-label={a.stored.table(candidate.name)}>
          <thead>
            <tr>
              <th scope="col">{a.stored.col.platform}</th>
              <th scope="col">{a.stored.col.observed}</th>
              <th scope="col" className="share-col">
                {a.stored.col.share}
              </th>
              <th scope="col" className="num">
                {a.stored.col.sample}
              </th>
              <th scope="col" className="num">
                {a.stored.col.usable}
              </th>
              <th scope="col" className="num">
                {a.stored.col.followers}
              </th>
              <th scope="col" className="num">
                {a.stored.col.real}
              </th>
              <th scope="col">{a.stored.col.model}</th>
              <th scope="col">{a.stored.col.created}</th>
            </tr>
          </thead>
          <tbody>
            {newest.map((x) => (
              <tr key={x.id} data-audit={x.id}>
                <td>{x.platform}</td>
                <td>{f.shortDate(x.observedOn)}</td>
                <td>
                  <Share share={x.fakeShare} interval={x.interval} />
                </td>
                <td className="num">{f.int(x.sampleSize)}</td>
                <td className="num">{f.int(x.usable)}</td>
                <td className="num">{x.followers > 0 ? f.int(x.followers) : a.stored.unknown}</td>
                <td className="num real">
                  {x.followers > 0 ? (
                    <>
                      {f.int(Math.round(x.followers * (1 - x.fakeShare)))}
                      <br />
                      <span className="sub">
                        {f.int(Math.round(x.followers * (1 - x.interval[1])))}–{f.int(Math.round(x.followers * (1 - x.interval[0])))}
                      </span>
                    </>
                  ) : (
                    a.stored.unknown
                  )}
                </td>
                <td>
                  <code>{x.modelVersion}</code>
                </td>
                <td>{f.dateTime(x.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function ModelView() {
  const { lang, f } = useI18n();
  const a = AUDIENCE_TEXT[lang];
  const m = useLoad((signal) => getJson<Model>('/api/audience/model', signal), []);
  const num = (x: number | null | undefined) => (x === null || x === undefined ? '—' : f.num(x, 3, 3));
  const name = (id: string) => a.model.names[id] ?? ruleLabel(id)?.[lang] ?? id;
  if (m.loading) return <Loading />;
  if (m.error) return <ErrorBox error={m.error} onRetry={m.reload} />;
  if (!m.data) return null;
  const d = m.data;
  const paper = new Map(d.paper.map((p) => [p.model, p]));
  const ours = new Set(d.evaluation.rows.map((r) => r.model));
  const rows: { id: string; ours: ModelRow | null; paper: PaperRow | null }[] = [
    ...d.evaluation.rows.map((r) => ({ id: r.model, ours: r, paper: paper.get(r.model) ?? null })),
    ...d.paper.filter((p) => !ours.has(p.model)).map((p) => ({ id: p.model, ours: null, paper: p })),
  ];
  return (
    <>
      <dl className="facts model-facts">
        <div>
          <dt>{a.model.facts.version}</dt>
          <dd>
            <code data-testid="model-version">{d.version}</code>
          </dd>
        </div>
        <div>
          <dt>{a.model.facts.trained}</dt>
          <dd>{f.date(d.trainedAt)}</dd>
        </div>
        <div>
          <dt>{a.model.facts.rows}</dt>
          <dd>
            {f.int(d.data.rows)} <span className="sub">({a.model.facts.positives} {f.int(d.data.positives)})</span>
          </dd>
        </div>
        <div>
          <dt>{a.model.facts.threshold}</dt>
          <dd>{f.num(d.threshold, 2)}</dd>
        </div>
        <div>
          <dt>{a.model.facts.folds}</dt>
          <dd>{a.model.foldsValue(f.int(d.evaluation.folds))}</dd>
        </div>
      </dl>
      <p className="help">{a.model.help}</p>
      <div className="scroll-x">
        <table className="evaluation" aria-label={a.model.table} data-testid="model-evaluation">
          <thead>
            <tr>
              <th scope="col">{a.model.col.model}</th>
              <th scope="col" className="num">
                {a.model.col.accuracy}
              </th>
              <th scope="col" className="num paper">
                {a.model.col.paperAccuracy}
              </th>
              <th scope="col" className="num">
                {a.model.col.precision}
              </th>
              <th scope="col" className="num">
                {a.model.col.recall}
              </th>
              <th scope="col" className="num">
                {a.model.col.f1}
              </th>
              <th scope="col" className="num">
                {a.model.col.mcc}
              </th>
              <th scope="col" className="num paper">
                {a.model.col.paperMcc}
              </th>
              <th scope="col" className="num">
                {a.model.col.auc}
              </th>
              <th scope="col" className="num paper">
                {a.model.col.paperAuc}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-model={r.id}>
                <th scope="row">
                  {name(r.id)}
                  {r.paper ? <span className="sub"> ({r.paper.source})</span> : null}
                </th>
                {r.ours ? (
                  <>
                    <td className="num accuracy">{num(r.ours.accuracy)}</td>
                    <td className="num paper">{num(r.paper?.accuracy)}</td>
                    <td className="num">{num(r.ours.precision)}</td>
                    <td className="num">{num(r.ours.recall)}</td>
                    <td className="num">{num(r.ours.f1)}</td>
                    <td className="num mcc">{num(r.ours.mcc)}</td>
                    <td className="num paper">{num(r.paper?.mcc)}</td>
                    <td className="num">{num(r.ours.auc)}</td>
                    <td className="num paper">{num(r.paper?.auc)}</td>
                  </>
                ) : (
                  <>
                    <td className="num muted">{a.model.notMeasured}</td>
                    <td className="num paper">{num(r.paper?.accuracy)}</td>
                    <td className="num muted">—</td>
                    <td className="num muted">—</td>
                    <td className="num muted">—</td>
                    <td className="num muted">—</td>
                    <td className="num paper">{num(r.paper?.mcc)}</td>
                    <td className="num muted">—</td>
                    <td className="num paper">{num(r.paper?.auc)}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export function AudiencePage({ fieldId }: { fieldId: number }) {
  const { lang } = useI18n();
  const a = AUDIENCE_TEXT[lang];
  const [filter, setFilter] = useState('');
  const cands = useLoad((signal) => getJson<Page<Candidate>>(`/api/fields/${fieldId}/candidates?limit=10000`, signal), [fieldId]);
  const audits = useLoad(
    (signal) => getJson<Page<AuditRecord>>(`/api/fields/${fieldId}/audience/audits?limit=10000${filter ? `&candidate=${encodeURIComponent(filter)}` : ''}`, signal),
    [fieldId, filter],
  );
  const candidates = useMemo(() => (cands.data?.items ?? []).map((c) => ({ key: c.key, name: c.name })), [cands.data]);
  const names = useMemo(() => new Map(candidates.map((c) => [c.key, c])), [candidates]);
  const groups = useMemo(() => {
    const m = new Map<string, AuditRecord[]>();
    for (const x of audits.data?.items ?? []) m.set(x.candidateKey, [...(m.get(x.candidateKey) ?? []), x]);
    const collator = new Intl.Collator(lang === 'fr' ? 'fr-CA' : 'en-CA', { sensitivity: 'base' });
    return [...m.entries()]
      .map(([key, list]) => ({ candidate: names.get(key) ?? { key, name: key }, list }))
      .sort((x, y) => collator.compare(x.candidate.name, y.candidate.name));
  }, [audits.data, names, lang]);

  return (
    <section aria-labelledby="page-title" className="audience-page">
      <h1 id="page-title">{a.title}</h1>
      <p className="help">{a.intro}</p>
      {cands.error ? <ErrorBox error={cands.error} onRetry={cands.reload} /> : null}
      <UploadForm fieldId={fieldId} candidates={candidates} onStored={audits.reload} />

      <section aria-labelledby="stored-title">
        <h2 id="stored-title">{a.stored.title}</h2>
        <div className="toolbar">
          <div className="control">
            <label htmlFor="audit-filter">{a.stored.filter}</label>
            <select id="audit-filter" value={filter} onChange={(e) => setFilter(e.target.value)}>
              <option value="">{a.stored.all}</option>
              {candidates.map((c) => (
                <option key={c.key} value={c.key}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        </div>
        {audits.loading && !audits.data ? <Loading /> : null}
        {audits.error ? <ErrorBox error={audits.error} onRetry={audits.reload} /> : null}
        {audits.data && groups.length === 0 ? <p data-testid="no-audits">{a.stored.none}</p> : null}
        {groups.map((g) => (
          <CandidateAudits key={g.candidate.key} fieldId={fieldId} candidate={g.candidate} audits={g.list} onDone={audits.reload} />
        ))}
      </section>

      <section aria-labelledby="model-title">
        <h2 id="model-title">{a.model.title}</h2>
        <ModelView />
      </section>
    </section>
  );
}
