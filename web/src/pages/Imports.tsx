/**
 * Imports: evidence files, and the edge lists of the field's graph, dropped (or chosen), are
 * uploaded with their progress, imported as a job that the page follows, and either counted or
 * listed as problems with file, line and column — in which case nothing was written. Templates
 * to start from.
 */
import { type DragEvent, useRef, useState } from 'react';
import { ApiError, type FieldDetail, followJob, getJson, type Job, type Problem, uploadFiles } from '../api.js';
import { ProblemTable } from '../ProblemTable.js';
import { ErrorBox, useLoad } from '../hooks.js';
import { useI18n } from '../i18n.js';

interface EdgeImportResult {
  files: { name: string; bytes: number; lines: number; nodes: number; edges: number; updated: number }[];
}

interface ImportResult {
  files: { name: string; bytes: number; rows: number }[];
  rows: number;
  added: { candidates: number; identities: number; evidence: number; externalRanks: number };
}

type State =
  | { phase: 'idle' }
  | { phase: 'uploading'; sent: number; total: number }
  | { phase: 'job'; job: Job }
  | { phase: 'done'; summary: string }
  | { phase: 'failed'; problem: Problem | null; error: unknown };

export function ImportsPage({ fieldId }: { fieldId: number }) {
  const { t, f } = useI18n();
  const field = useLoad((signal) => getJson<FieldDetail>(`/api/fields/${fieldId}`, signal), [fieldId]);
  const [locale, setLocale] = useState('auto');
  const [delimiter, setDelimiter] = useState('auto');
  const [header, setHeader] = useState('auto');
  const edgeQuery = new URLSearchParams({ header, ...(delimiter === 'auto' ? {} : { delimiter }) });

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t.imports.title}</h1>
      <p className="help">{t.imports.intro}</p>
      {field.data ? (
        <p className="meta" data-testid="field-counts">
          {t.imports.counts(f.int(field.data.counts.candidates), f.int(field.data.counts.evidence))}
        </p>
      ) : null}
      <h2 id="evidence-title">{t.imports.evidenceTitle}</h2>
      <div className="toolbar">
        <div className="control">
          <label htmlFor="locale">{t.imports.locale}</label>
          <select id="locale" value={locale} onChange={(e) => setLocale(e.target.value)}>
            {['auto', 'fr', 'en'].map((l) => (
              <option key={l} value={l}>
                {t.imports.locales[l]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <UploadBox
        prefix=""
        describedBy="evidence-title"
        url={`/api/fields/${fieldId}/imports?locale=${locale}`}
        accept=".csv,.tsv,.txt,.xlsx,.json"
        onEnd={field.reload}
        summary={(r) => {
          const x = r as ImportResult;
          return t.imports.added(f.int(x.rows), f.int(x.added.candidates), f.int(x.added.evidence), f.int(x.added.identities), f.int(x.added.externalRanks));
        }}
      />

      <h2 id="edges-title">{t.imports.edges.title}</h2>
      <p className="help">{t.imports.edges.intro}</p>
      <div className="toolbar">
        <div className="control">
          <label htmlFor="edge-delimiter">{t.imports.edges.delimiter}</label>
          <select id="edge-delimiter" value={delimiter} onChange={(e) => setDelimiter(e.target.value)}>
            {Object.entries(t.imports.edges.delimiters).map(([v, label]) => (
              <option key={v} value={v}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="control">
          <label htmlFor="edge-header">{t.imports.edges.header}</label>
          <select id="edge-header" value={header} onChange={(e) => setHeader(e.target.value)}>
            {Object.entries(t.imports.edges.headers).map(([v, label]) => (
              <option key={v} value={v}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <UploadBox
        prefix="edges-"
        describedBy="edges-title"
        url={`/api/fields/${fieldId}/graph/imports?${edgeQuery}`}
        accept=".csv,.tsv,.txt,.edges,.gz"
        onEnd={field.reload}
        summary={(r) =>
          (r as EdgeImportResult).files.map((x) => t.imports.edges.added(x.name, f.int(x.lines), f.int(x.nodes), f.int(x.edges), f.int(x.updated))).join(' ')
        }
      />
      <h2 id="strategy-file-title">{t.imports.strategyFile.title}</h2>
      <p className="help">{t.imports.strategyFile.intro}</p>
      <UploadBox
        prefix="strategy-"
        describedBy="strategy-file-title"
        url={`/api/fields/${fieldId}/strategy/file`}
        accept=".yaml,.yml,.json"
        single
        onEnd={() => {}}
        summary={(r) => {
          const x = r as { file: string; cycle: number };
          return t.imports.strategyFile.saved(x.file, f.int(x.cycle));
        }}
      />
      <h2>{t.imports.templates}</h2>
      <ul className="plain templates">
        {(['fr', 'en'] as const).map((l) =>
          (['csv', 'xlsx'] as const).map((fmt) => (
            <li key={`${l}-${fmt}`}>
              <a href={`/api/templates/${l}/${fmt}`} download hrefLang={l === 'fr' ? 'fr-CA' : 'en-CA'}>
                {t.imports.template(l, fmt)}
              </a>
            </li>
          )),
        )}
      </ul>
    </section>
  );
}

/**
 * A drop zone (with a real file input) that uploads files to `url`, follows the job, and shows
 * what it added or every problem; `prefix` keeps the element ids and test ids of two boxes on
 * one page apart.
 */
function UploadBox({ prefix, url, accept, onEnd, summary, single = false, describedBy }: { prefix: string; url: string; accept: string; onEnd(): void; summary(result: unknown): string; single?: boolean; describedBy: string }) {
  const { t, f } = useI18n();
  const [state, setState] = useState<State>({ phase: 'idle' });
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const busy = state.phase === 'uploading' || state.phase === 'job';

  const start = async (files: File[]) => {
    if (files.length === 0 || busy) return;
    setState({ phase: 'uploading', sent: 0, total: files.reduce((s, x) => s + x.size, 0) });
    try {
      const job = await uploadFiles(url, files, (sent, total) => setState({ phase: 'uploading', sent, total }));
      const end = await followJob(job.id, (j) => setState({ phase: 'job', job: j }));
      if (end.status === 'succeeded') setState({ phase: 'done', summary: summary(end.result) });
      else setState({ phase: 'failed', problem: end.problem ?? null, error: null });
    } catch (e) {
      setState({ phase: 'failed', problem: e instanceof ApiError ? e.problem : null, error: e });
    } finally {
      if (input.current) input.current.value = '';
      onEnd();
    }
  };

  const drop = (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    setOver(false);
    void start(Array.from(e.dataTransfer?.files ?? []));
  };
  const pct = (done: number, total: number) => (total > 0 ? `${f.num((100 * done) / total, 0)} %` : '');
  const problems = state.phase === 'failed' ? (state.problem?.errors ?? []) : [];

  return (
    <>
      <div
        className={`dropzone${over ? ' over' : ''}${busy ? ' busy' : ''}`}
        data-testid={`${prefix}dropzone`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <p>{t.imports.drop}</p>
        <label className="button" htmlFor={`${prefix}files`}>
          {t.imports.choose}
        </label>
        <input
          id={`${prefix}files`}
          ref={input}
          className="visually-hidden"
          type="file"
          multiple={!single}
          aria-describedby={describedBy}
          accept={accept}
          disabled={busy}
          onChange={(e) => void start(Array.from(e.target.files ?? []))}
        />
      </div>
      <div role="status" aria-live="polite" className="import-status">
        {state.phase === 'uploading' ? (
          <p>
            {t.imports.uploading(pct(state.sent, state.total))} <progress max={state.total || 1} value={state.sent} />
          </p>
        ) : null}
        {state.phase === 'job' ? (
          <p>
            {state.job.status === 'queued' ? t.imports.queued : t.imports.importing(state.job.progress ? pct(state.job.progress.done, state.job.progress.total) : '')}{' '}
            <progress max={state.job.progress?.total || 1} value={state.job.progress?.done ?? 0} />
          </p>
        ) : null}
        {state.phase === 'done' ? (
          <p className="ok">
            <strong>{t.imports.succeeded}</strong>{' '}
            {state.summary}
          </p>
        ) : null}
      </div>
      {state.phase === 'failed' ? (
        <div className="error" role="alert" data-testid={`${prefix}import-failed`}>
          <p>
            {/* The API's detail of an import's problems already says the store is unchanged. */}
            <strong>{state.problem?.type === 'urn:eclaireur:problem:import-problems' ? t.imports.failedShort : t.imports.failed}</strong> {state.problem?.detail ?? ''}
          </p>
          {problems.length === 0 && !state.problem ? <ErrorBox error={state.error} /> : null}
        </div>
      ) : null}
      {problems.length > 0 ? (
        <>
          <h3 id={`${prefix}problems-title`}>{t.imports.problems}</h3>
          <ProblemTable items={problems} labelledBy={`${prefix}problems-title`} testId={`${prefix}problems`} />
        </>
      ) : null}
    </>
  );
}
