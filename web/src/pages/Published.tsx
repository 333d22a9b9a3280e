/**
 * The field's other published rankings: a list's file matched to the candidates (POST
 * …/rankings/match, a job: each entry's decision, then stored with "apply"), their consensus by a rank-aggregation method (GET
 * …/rankings/aggregate: Borda, Markov chain MC4, local Kemeny, exact Kemeny, robust rank
 * aggregation with p-values), and the review queue — the entries of published lists whose
 * match to a candidate is doubtful, each decided by a person: it is the proposed candidate
 * (or another), none of them, or a new candidate (POST …/rankings/review/:id/accept|reject|new).
 */
import { useState } from 'react';
import { ApiError, followJob, getJson, type Page, postJson, type Problem, uploadFiles } from '../api.js';
import { ProblemTable } from '../ProblemTable.js';
import { ErrorBox, Loading, useLoad } from '../hooks.js';
import { useI18n } from '../i18n.js';
import { Link, setQuery, useLocation } from '../router.js';

const METHODS = ['borda', 'mc4', 'localKemeny', 'kemeny', 'rra'] as const;

interface Consensus {
  asOf: string | null;
  method: string;
  scoreMeaning: string;
  lists: { name: string; size?: number; entries: number }[];
  consensus: Page<{ position: number; rank: number; key: string; name: string; score: number; lists: number; pValue?: number }>;
}

interface Queued {
  id: number;
  list: string;
  year: number | null;
  size: number | null;
  rank: number;
  name: string;
  identifiers: string[];
  proposed: { key: string; name: string } | null;
  score: number;
  alternatives: { key: string; name: string }[];
  file: string | null;
  line: number | null;
}

export function PublishedPage({ fieldId }: { fieldId: number }) {
  const { t, f } = useI18n();
  const { query } = useLocation();
  const method = (METHODS as readonly string[]).includes(query.get('method') ?? '') ? query.get('method')! : 'borda';
  const c = useLoad((signal) => getJson<Consensus>(`/api/fields/${fieldId}/rankings/aggregate?method=${method}&limit=10000`, signal), [fieldId, method]);
  const queue = useLoad((signal) => getJson<Page<Queued>>(`/api/fields/${fieldId}/rankings/review?limit=10000`, signal), [fieldId]);
  const [said, setSaid] = useState('');
  const withP = c.data?.consensus.items.some((e) => e.pValue !== undefined) ?? false;

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t.published.title}</h1>
      <p className="help">{t.published.intro}</p>

      <MatchList
        fieldId={fieldId}
        onApplied={() => {
          queue.reload();
          c.reload();
        }}
      />

      <h2 id="review-title">{t.published.review}</h2>
      <p className="help">{t.published.reviewHelp}</p>
      <p role="status" aria-live="polite" className="status">
        {said}
      </p>
      {queue.error ? <ErrorBox error={queue.error} onRetry={queue.reload} /> : null}
      {queue.loading && !queue.data ? <Loading /> : null}
      {queue.data && queue.data.items.length === 0 ? <p data-testid="review-empty">{t.published.reviewEmpty}</p> : null}
      {queue.data && queue.data.items.length > 0 ? (
        <ul className="plain review" aria-labelledby="review-title" data-testid="review">
          {queue.data.items.map((q) => (
            <ReviewItem
              key={q.id}
              fieldId={fieldId}
              q={q}
              onDone={(message) => {
                setSaid(message);
                queue.reload();
                c.reload();
              }}
            />
          ))}
        </ul>
      ) : null}

      <h2 id="consensus-title">{t.published.consensus}</h2>
      <div className="toolbar">
        <div className="control">
          <label htmlFor="method">{t.published.method}</label>
          <select id="method" value={method} onChange={(e) => setQuery({ method: e.target.value })}>
            {METHODS.map((m) => (
              <option key={m} value={m}>
                {t.published.methods[m]}
              </option>
            ))}
          </select>
        </div>
      </div>
      {c.error ? <ErrorBox error={c.error} onRetry={c.reload} /> : null}
      {c.loading && !c.data ? <Loading /> : null}
      {c.data ? (
        <>
          <p className="meta">
            {t.published.lists(f.int(c.data.lists.length))}: {c.data.lists.map((l) => `${l.name} (${f.int(l.entries)}${l.size ? `/${f.int(l.size)}` : ''})`).join(' · ')}
          </p>
          <p className="help">{c.data.scoreMeaning}</p>
          <div className="scroll-x">
            <table aria-labelledby="consensus-title" data-testid="consensus">
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {t.published.col.rank}
                  </th>
                  <th scope="col">{t.published.col.candidate}</th>
                  <th scope="col" className="num">
                    {t.published.col.score}
                  </th>
                  <th scope="col" className="num">
                    {t.published.col.lists}
                  </th>
                  {withP ? (
                    <th scope="col" className="num">
                      {t.published.col.pValue}
                    </th>
                  ) : null}
                </tr>
              </thead>
              <tbody>
                {c.data.consensus.items.map((e) => (
                  <tr key={e.key} data-key={e.key}>
                    <td className="num">{f.int(e.rank)}</td>
                    <td>
                      <Link href={`/fields/${fieldId}/candidates/${encodeURIComponent(e.key)}`}>{e.name}</Link>
                    </td>
                    <td className="num">{Number.isInteger(e.score) ? f.int(e.score) : f.num(e.score, 4, 4)}</td>
                    <td className="num">{`${f.int(e.lists)}/${f.int(c.data!.lists.length)}`}</td>
                    {withP ? <td className="num">{e.pValue === undefined ? '—' : e.pValue.toExponential(2)}</td> : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}

function ReviewItem({ fieldId, q, onDone }: { fieldId: number; q: Queued; onDone(message: string): void }) {
  const { t, f } = useI18n();
  const choices = [...(q.proposed ? [q.proposed] : []), ...q.alternatives.filter((a) => a.key !== q.proposed?.key)];
  const [chosen, setChosen] = useState(choices[0]?.key ?? '');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const decide = async (action: 'accept' | 'reject' | 'new') => {
    setBusy(true);
    setProblem(null);
    try {
      const r = await postJson<{ decision: string; candidate: { key: string; name: string } | null }>(
        `/api/fields/${fieldId}/rankings/review/${q.id}/${action}`,
        action === 'accept' ? { candidate: chosen } : {},
      );
      onDone(t.published.decided(q.name, r.decision, r.candidate?.name ?? null));
    } catch (e) {
      setProblem(e instanceof ApiError ? e.problem : { type: 'about:blank', title: String(e), status: 0 });
      setBusy(false);
    }
  };
  const group = `review-${q.id}`;
  return (
    <li className="card" data-id={q.id}>
      <p>
        <strong>{q.name || q.identifiers.join(', ')}</strong> — {t.published.entry(q.list, q.year === null ? '' : String(q.year), f.int(q.rank))}
        {q.file ? <span className="meta"> · {q.line === null ? q.file : `${q.file}:${q.line}`}</span> : null}
      </p>
      {q.identifiers.length > 0 ? <p className="meta">{q.identifiers.join(' · ')}</p> : null}
      {choices.length > 0 ? (
        <fieldset>
          <legend>{t.published.isWho}</legend>
          {choices.map((ch, i) => (
            <label key={ch.key} className="choice">
              <input type="radio" name={group} value={ch.key} checked={chosen === ch.key} onChange={() => setChosen(ch.key)} />
              {ch.name} <code>{ch.key}</code>
              {i === 0 && q.proposed ? ` (${t.published.proposed(f.num(q.score * 100, 0))})` : ''}
            </label>
          ))}
        </fieldset>
      ) : (
        <p className="meta">{t.published.noProposal}</p>
      )}
      <div className="toolbar">
        <button type="button" disabled={busy || chosen === ''} onClick={() => void decide('accept')}>
          {t.published.accept}
        </button>
        <button type="button" disabled={busy} onClick={() => void decide('reject')}>
          {t.published.reject}
        </button>
        <button type="button" disabled={busy} onClick={() => void decide('new')}>
          {t.published.create}
        </button>
      </div>
      {problem ? <ErrorBox error={new ApiError(problem)} /> : null}
    </li>
  );
}

interface MatchResult {
  list: string;
  counts: { match: number; review: number; noMatch: number };
  stored: number | null;
  queued: number;
  created: number;
  entries: { line: number; rank: number; band: [number, number] | null; name: string; decision: string; candidate: { key: string; name: string } | null; score: number; reason: string; decided: boolean; alternatives: string[] }[];
  warnings: string[];
}

/** A published list's file: matched (a job), each entry's decision shown; "apply" stores them. */
function MatchList({ fieldId, onApplied }: { fieldId: number; onApplied(): void }) {
  const { t, f } = useI18n();
  const p = t.published.match;
  const [file, setFile] = useState<File | null>(null);
  const [list, setList] = useState('');
  const [year, setYear] = useState('');
  const [size, setSize] = useState('');
  const [apply, setApply] = useState(false);
  const [create, setCreate] = useState(false);
  const [state, setState] = useState<{ busy: boolean; result: MatchResult | null; problem: Problem | null }>({ busy: false, result: null, problem: null });
  const run = async () => {
    if (!file || list.trim() === '') return;
    setState({ busy: true, result: null, problem: null });
    try {
      const q = new URLSearchParams({ list: list.trim(), apply: String(apply), create: String(apply && create) });
      if (year.trim()) q.set('year', year.trim());
      if (size.trim()) q.set('size', size.trim());
      const job = await uploadFiles(`/api/fields/${fieldId}/rankings/match?${q}`, [file], () => {});
      const end = await followJob(job.id, () => {});
      if (end.status === 'succeeded') {
        setState({ busy: false, result: end.result as MatchResult, problem: null });
        if (apply) onApplied();
      } else setState({ busy: false, result: null, problem: end.problem ?? null });
    } catch (e) {
      setState({ busy: false, result: null, problem: e instanceof ApiError ? e.problem : { type: 'about:blank', title: String(e), status: 0 } });
    }
  };
  const r = state.result;
  return (
    <>
      <h2 id="match-title">{p.title}</h2>
      <p className="help">{p.help}</p>
      <form
        className="toolbar"
        aria-labelledby="match-title"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <div className="control">
          <label htmlFor="list-file">{p.file}</label>
          <input id="list-file" type="file" accept=".csv,.tsv,.txt,.xlsx,.json" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </div>
        <div className="control">
          <label htmlFor="list-name">{p.name}</label>
          <input id="list-name" type="text" required maxLength={200} value={list} onChange={(e) => setList(e.target.value)} />
        </div>
        <div className="control">
          <label htmlFor="list-year">{p.year}</label>
          <input id="list-year" type="number" min={1900} max={2200} value={year} onChange={(e) => setYear(e.target.value)} />
        </div>
        <div className="control">
          <label htmlFor="list-size">{p.size}</label>
          <input id="list-size" type="number" min={1} value={size} onChange={(e) => setSize(e.target.value)} />
        </div>
        <label className="choice">
          <input type="checkbox" checked={apply} onChange={(e) => setApply(e.target.checked)} /> {p.apply}
        </label>
        <label className="choice">
          <input type="checkbox" checked={create} disabled={!apply} onChange={(e) => setCreate(e.target.checked)} /> {p.create}
        </label>
        <button type="submit" disabled={state.busy || !file || list.trim() === ''}>
          {p.run}
        </button>
      </form>
      <p role="status" aria-live="polite" className="status">
        {state.busy ? p.busy : r ? p.summary(f.int(r.entries.length), f.int(r.counts.match), f.int(r.counts.review), f.int(r.counts.noMatch)) + (r.stored !== null ? ` ${p.stored(f.int(r.stored), f.int(r.queued), f.int(r.created))}` : '') : ''}
      </p>
      {state.problem ? (
        <div className="error" role="alert" data-testid="match-failed">
          <p>
            <strong>{state.problem.title}</strong> {state.problem.detail ?? ''}
          </p>
          {state.problem.errors?.length ? <ProblemTable items={state.problem.errors} label={p.title} testId="match-problems" /> : null}
        </div>
      ) : null}
      {r ? (
        <>
          {r.warnings.map((w, i) => (
            <p key={i} className="help">
              {w}
            </p>
          ))}
          <div className="scroll-x">
            <table data-testid="match-entries" aria-label={p.title}>
              <thead>
                <tr>
                  <th scope="col" className="num">
                    {p.col.line}
                  </th>
                  <th scope="col" className="num">
                    {p.col.rank}
                  </th>
                  <th scope="col">{p.col.entry}</th>
                  <th scope="col">{p.col.decision}</th>
                  <th scope="col">{p.col.candidate}</th>
                  <th scope="col" className="num">
                    {p.col.score}
                  </th>
                </tr>
              </thead>
              <tbody>
                {r.entries.map((e) => (
                  <tr key={e.line} data-line={e.line} data-decision={e.decision}>
                    <td className="num">{f.int(e.line)}</td>
                    <td className="num">{e.band ? `${f.int(e.band[0])}–${f.int(e.band[1])}` : f.int(e.rank)}</td>
                    <td>{e.name || '—'}</td>
                    <td>{p.decisions[e.decision] ?? e.decision}</td>
                    <td>
                      {e.candidate ? (
                        <Link href={`/fields/${fieldId}/candidates/${encodeURIComponent(e.candidate.key)}`}>{e.candidate.name}</Link>
                      ) : (
                        '—'
                      )}
                      {e.alternatives.length > 0 ? ` (${p.or} ${e.alternatives.join(', ')})` : ''}
                    </td>
                    <td className="num">{e.candidate ? f.num(e.score, 3, 3) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </>
  );
}
