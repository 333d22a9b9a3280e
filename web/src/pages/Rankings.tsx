/**
 * The field's ranking: a saved run (the latest by default) as a sortable, filterable,
 * virtualised table with rank intervals, and the weights as sliders that re-rank live — the
 * core's own weighing (core/ranking/reweight.ts → weighScores) on the run's index scores,
 * loaded as the run's table (GET …/runs/:run/table, core/ranking/table.ts: the columns without
 * the explanations, about a sixtieth of the result's size).
 */
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { INDEX_KEYS, type IndexKey } from '../../../src/core/domain.js';
import { reweight } from '../../../src/core/ranking/reweight.js';
import { type RankingTable, scoresOfTable } from '../../../src/core/ranking/table.js';
import { ApiError, followJob, getJson, getJsonWithProgress, type Job, type Page, postJson, type Problem, type RunSummary } from '../api.js';
import { ErrorBox, Loading, useLoad } from '../hooks.js';
import { indexName, useI18n } from '../i18n.js';
import { Link, setQuery, useLocation } from '../router.js';
import { type Column, type Sort, VirtualTable } from '../VirtualTable.js';

export interface Row {
  /** The entry's position in the run's table (its rank in the run). */
  c: number;
  key: string;
  name: string;
  /** Best and worst rank under perturbed weights (the run's). */
  lo: number;
  hi: number;
  rank: number;
  score: number;
  /** Saved rank − new rank: positive when the candidate rose. */
  change: number;
  present: number;
}

const WEIGHT_MAX = 5;
const WEIGHT_STEP = 0.25;

export function RunPicker({ runs, value, onChange, id, label }: { runs: RunSummary[]; value: string; onChange(v: string): void; id: string; label: string }) {
  const { f } = useI18n();
  return (
    <div className="control">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {runs.map((r) => (
          <option key={r.id} value={r.label}>
            {r.label}
            {r.asOf && r.asOf !== r.label ? ` (${f.date(r.asOf)})` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}

export function useRuns(fieldId: number) {
  return useLoad((signal) => getJson<Page<RunSummary>>(`/api/fields/${fieldId}/runs?limit=10000`, signal), [fieldId]);
}

export function RankingsPage({ fieldId }: { fieldId: number }) {
  const { t, f } = useI18n();
  const { query } = useLocation();
  const runs = useRuns(fieldId);
  const list = runs.data?.items ?? [];
  const label = query.get('run') ?? list[list.length - 1]?.label ?? null;
  const [received, setReceived] = useState<[number, number] | null>(null);
  const result = useLoad(
    label
      ? (signal) => {
          setReceived(null);
          return getJsonWithProgress<RankingTable>(`/api/fields/${fieldId}/runs/${encodeURIComponent(label)}/table`, (n, total) => setReceived([n, total]), signal);
        }
      : null,
    [fieldId, label],
  );

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t.rankings.title}</h1>
      {runs.error ? <ErrorBox error={runs.error} onRetry={runs.reload} /> : null}
      {runs.loading && !runs.data ? <Loading /> : null}
      {runs.data && list.length === 0 ? <p>{t.rankings.noRun}</p> : null}
      {label && list.length > 0 ? (
        <div className="toolbar">
          <RunPicker id="run" label={t.rankings.run} runs={list} value={label} onChange={(v) => setQuery({ run: v })} />
        </div>
      ) : null}
      {result.error ? <ErrorBox error={result.error} onRetry={result.reload} /> : null}
      {result.loading ? (
        received ? (
          <p className="loading" role="status">
            {t.rankings.downloading(f.num(received[0] / 1e6, 1, 1), received[1] ? f.num(received[1] / 1e6, 1, 1) : '?')}
          </p>
        ) : (
          <Loading />
        )
      ) : null}
      {result.data && label ? (
        <Ranking
          key={`${fieldId}:${label}:${result.data.fingerprint}`}
          fieldId={fieldId}
          run={label}
          table={result.data}
          onSaved={(saved) => {
            runs.reload();
            setQuery({ run: saved }, false);
          }}
        />
      ) : null}
    </section>
  );
}

function Ranking({ fieldId, run, table, onSaved }: { fieldId: number; run: string; table: RankingTable; onSaved(label: string): void }) {
  const { t, f, lang } = useI18n();
  const saved = table.config.weights as Record<IndexKey, number>;
  const [weights, setWeights] = useState<Record<IndexKey, number>>(saved);
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<Sort>({ id: 'rank', dir: 'asc' });
  const scores = useMemo(() => scoresOfTable(table), [table]);
  // The sliders answer at once; the table follows as soon as it can.
  const w = useDeferredValue(weights);
  const weighed = useMemo(() => {
    const start = performance.now();
    const out = reweight(scores, w);
    // Visible in the browser's performance panel, and read by the measurements of docs/web.md.
    performance.measure('eclaireur:reweight', { start, end: performance.now() });
    return out;
  }, [scores, w]);
  const changed = INDEX_KEYS.some((k) => weights[k] !== saved[k]);

  const rows = useMemo<Row[]>(() => {
    const out: Row[] = [];
    for (let c = 0; c < table.keys.length; c++) {
      const rank = weighed ? weighed.rank[c] : table.ranks[c];
      out.push({
        c,
        key: table.keys[c],
        name: table.names[c],
        lo: table.intervals[2 * c],
        hi: table.intervals[2 * c + 1],
        rank,
        score: weighed ? weighed.total[c] : table.scores[c],
        change: table.ranks[c] - rank,
        present: table.present[c],
      });
    }
    return out;
  }, [table, weighed]);

  /** What the filter searches: name and key, lower case, without accents. */
  const haystack = useMemo(() => table.keys.map((key, c) => `${table.names[c]} ${key}`.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()), [table]);
  const collator = useMemo(() => new Intl.Collator(lang === 'fr' ? 'fr-CA' : 'en-CA', { sensitivity: 'base' }), [lang]);
  const shown = useMemo(() => {
    const q = filter.trim().normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const keep = (r: Row) => !q || haystack[r.c].includes(q);
    const dir = sort.dir === 'asc' ? 1 : -1;
    if (sort.id === 'rank') {
      // Already in rank order: the weighing's order (or the run's), no sort needed.
      const inOrder = weighed ? Array.from(weighed.order, (c) => rows[c]) : rows.slice();
      const kept = q ? inOrder.filter(keep) : inOrder;
      return dir === 1 ? kept : kept.reverse();
    }
    const kept = q ? rows.filter(keep) : rows.slice();
    const byRank = (a: Row, b: Row) => a.rank - b.rank;
    const cmp: Record<string, (a: Row, b: Row) => number> = {
      rank: byRank,
      name: (a, b) => collator.compare(a.name, b.name) || byRank(a, b),
      score: (a, b) => a.score - b.score || byRank(b, a),
      change: (a, b) => a.change - b.change || byRank(b, a),
      interval: (a, b) => a.lo - b.lo || a.hi - b.hi || byRank(a, b),
      evidence: (a, b) => a.present - b.present || byRank(b, a),
    };
    const by = cmp[sort.id] ?? byRank;
    return kept.sort((a, b) => dir * by(a, b));
  }, [rows, weighed, haystack, filter, sort, collator]);

  const onSort = (id: string) =>
    setSort((s) => (s.id === id ? { id, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { id, dir: id === 'score' || id === 'change' || id === 'evidence' ? 'desc' : 'asc' }));

  const columns: Column<Row>[] = [
    { id: 'rank', header: t.rankings.col.rank, sortable: true, numeric: true, width: '5.5rem', cell: (r) => <span className="rank">{f.int(r.rank)}</span> },
    {
      id: 'change',
      header: t.rankings.col.change,
      sortable: true,
      numeric: true,
      width: '6.5rem',
      cell: (r) =>
        r.change === 0 ? (
          <span className="same" aria-label={t.rankings.same}>
            =
          </span>
        ) : (
          <span className={r.change > 0 ? 'up' : 'down'} aria-label={r.change > 0 ? t.rankings.up(f.int(r.change)) : t.rankings.down(f.int(-r.change))}>
            {r.change > 0 ? '▲' : '▼'} {f.int(Math.abs(r.change))}
          </span>
        ),
    },
    {
      id: 'name',
      header: t.rankings.col.name,
      sortable: true,
      width: '16rem',
      cell: (r) => (
        <Link href={`/fields/${fieldId}/candidates/${encodeURIComponent(r.key)}?run=${encodeURIComponent(run)}`} className="name">
          {r.name}
        </Link>
      ),
    },
    { id: 'score', header: t.rankings.col.score, sortable: true, numeric: true, width: '6.5rem', cell: (r) => <span className="score">{f.num(r.score, 2, 2)}</span> },
    {
      id: 'interval',
      header: t.rankings.col.interval,
      help: t.rankings.intervalHelp,
      sortable: true,
      numeric: true,
      width: '8.5rem',
      cell: (r) => <span className="interval">{`${f.int(r.lo)}–${f.int(r.hi)}`}</span>,
    },
    { id: 'evidence', header: t.rankings.col.evidence, sortable: true, numeric: true, width: '7.5rem', cell: (r) => `${f.int(r.present)}/${INDEX_KEYS.length}` },
  ];

  return (
    <>
      <p className="meta">
        {table.config.asOf ? `${t.rankings.asOf(f.date(table.config.asOf))} · ` : ''}
        {t.rankings.summary(f.int(table.keys.length), f.int(table.candidates), f.int(table.evidence))}
      </p>
      <div className="ranking-layout">
        <form className="weights" aria-labelledby="weights-title" onSubmit={(e) => e.preventDefault()}>
          <h2 id="weights-title">{t.rankings.weights}</h2>
          <p className="help">{t.rankings.weightsHelp}</p>
          {INDEX_KEYS.map((k) => {
            const id = `w-${k}`;
            return (
              <div className="slider" key={k}>
                <label htmlFor={id}>{indexName(k, lang)}</label>
                <input
                  id={id}
                  name={k}
                  type="range"
                  min={0}
                  max={Math.max(WEIGHT_MAX, saved[k])}
                  step={WEIGHT_STEP}
                  value={weights[k]}
                  aria-valuetext={f.num(weights[k], 2)}
                  onChange={(e) => setWeights((old) => ({ ...old, [k]: Number(e.target.value) }))}
                />
                <output htmlFor={id} data-testid={`weight-${k}`}>
                  {f.num(weights[k], 2, 2)}
                </output>
              </div>
            );
          })}
          <button type="button" onClick={() => setWeights(saved)} disabled={!changed}>
            {t.rankings.reset}
          </button>
          <p className="status" role="status" aria-live="polite">
            {weighed === null ? t.rankings.zero : changed ? t.rankings.changed : ''}
          </p>
          {changed && weighed ? <SaveRun fieldId={fieldId} table={table} weights={weights} run={run} onSaved={onSaved} /> : null}
        </form>
        <div className="ranking-table">
          <div className="toolbar">
            <div className="control grow">
              <label htmlFor="filter">{t.rankings.filter}</label>
              <input id="filter" type="search" value={filter} onChange={(e) => setFilter(e.target.value)} autoComplete="off" />
            </div>
            <p className="count" aria-live="polite">
              {t.rankings.shown(f.int(shown.length), f.int(rows.length))}
            </p>
          </div>
          <VirtualTable
            label={t.rankings.table}
            rows={shown}
            columns={columns}
            rowKey={(r) => r.key}
            sort={sort}
            onSort={onSort}
            sortLabel={t.rankings.sortBy}
            testId="ranking"
            height={620}
          />
        </div>
      </div>
    </>
  );
}

/**
 * Ranks the field again with the sliders' weights and the run's other settings (reference
 * date, index parameters, rank intervals) and saves it under a new label: a ranking job
 * (POST /api/fields/:id/rankings), followed until it ends, then the new run is shown.
 */
function SaveRun({ fieldId, table, weights, run, onSaved }: { fieldId: number; table: RankingTable; weights: Record<IndexKey, number>; run: string; onSaved(label: string): void }) {
  const { t, lang, f } = useI18n();
  const [label, setLabel] = useState(`${run}-${t.rankings.weightsSuffix}`);
  const [state, setState] = useState<{ job: Job | null; problem: Problem | null; busy: boolean }>({ job: null, problem: null, busy: false });
  const save = async () => {
    setState({ job: null, problem: null, busy: true });
    try {
      const body = { asOf: table.config.asOf, weights, indices: table.config.indices, intervals: table.config.intervals, label: label.trim(), lang };
      const job = await postJson<Job>(`/api/fields/${fieldId}/rankings`, body);
      const end = await followJob(job.id, (j) => setState((s) => ({ ...s, job: j })));
      if (end.status === 'succeeded') {
        const saved = (end.result as { run: RunSummary | null }).run;
        setState({ job: end, problem: null, busy: false });
        if (saved) onSaved(saved.label);
      } else setState({ job: end, problem: end.problem ?? null, busy: false });
    } catch (e) {
      setState({ job: null, problem: e instanceof ApiError ? e.problem : { type: 'about:blank', title: String(e), status: 0 }, busy: false });
    }
  };
  const p = state.job?.progress;
  return (
    <div className="save-run">
      <div className="control">
        <label htmlFor="save-label">{t.rankings.saveLabel}</label>
        <input id="save-label" type="text" value={label} maxLength={200} onChange={(e) => setLabel(e.target.value)} />
      </div>
      <button type="button" onClick={() => void save()} disabled={state.busy || label.trim() === ''}>
        {t.rankings.save}
      </button>
      <p className="help" aria-live="polite">
        {state.busy ? t.rankings.saving(p ? `${p.step} ${f.int(p.done)}/${f.int(p.total)}` : '') : ''}
      </p>
      {state.problem ? (
        <div className="error" role="alert">
          <p>
            <strong>{state.problem.title}</strong> {state.problem.detail ?? ''}
          </p>
          {state.problem.errors?.map((e, i) => (
            <p key={i}>
              {e.field ? <code>{e.field}</code> : null} {e.detail}
            </p>
          ))}
        </div>
      ) : null}
    </div>
  );
}
