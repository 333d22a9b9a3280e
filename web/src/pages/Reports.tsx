/**
 * Reports and exports: every file the command line writes, downloadable — a saved run's report
 * (HTML, XLSX, CSV, JSON: GET …/runs/:run/report), the strategy document (HTML, Markdown,
 * PDF) and the calendar (.ics, CSV), the import templates.
 */
import { useState } from 'react';
import { type Lang, LOCALES, useI18n } from '../i18n.js';
import { RunPicker, useRuns } from './Rankings.js';
import { ErrorBox, Loading } from '../hooks.js';

const RANKING_FORMATS = ['html', 'xlsx', 'csv', 'json'] as const;

function LangPicker({ id, value, onChange }: { id: string; value: Lang; onChange(l: Lang): void }) {
  const { t } = useI18n();
  return (
    <div className="control">
      <label htmlFor={id}>{t.reports.language}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as Lang)}>
        <option value="fr" lang="fr-CA">
          Français
        </option>
        <option value="en" lang="en-CA">
          English
        </option>
      </select>
    </div>
  );
}

export function ReportsPage({ fieldId }: { fieldId: number }) {
  const { t, lang } = useI18n();
  const runs = useRuns(fieldId);
  const list = runs.data?.items ?? [];
  const [run, setRun] = useState<string | null>(null);
  const label = run ?? list.at(-1)?.label ?? null;
  const [compareWith, setCompareWith] = useState('');
  const [details, setDetails] = useState(200);
  const [reportLang, setReportLang] = useState<Lang>(lang);
  const base = `/api/fields/${fieldId}`;
  const earlier = list.filter((r) => r.label !== label);
  const rankingHref = (format: string) => {
    const q = new URLSearchParams({ format, lang: reportLang });
    if (format === 'html') {
      q.set('details', String(details));
      if (compareWith) q.set('compareWith', compareWith);
    }
    return `${base}/runs/${encodeURIComponent(label!)}/report?${q}`;
  };
  const s = `lang=${reportLang}`;
  const strategyLinks: [string, string][] = [
    ['html', `${base}/strategy/report?format=html&${s}`],
    ['md', `${base}/strategy/report?format=md&${s}`],
    ['pdf', `${base}/strategy/report?format=pdf&${s}`],
    ['ics', `${base}/strategy/calendar.ics?${s}`],
    ['csv', `${base}/strategy/calendar.csv?layout=full&${s}`],
    ['hootsuite', `${base}/strategy/calendar.csv?layout=hootsuite&${s}`],
    ['yaml', `${base}/strategy/file?format=yaml`],
    ['json', `${base}/strategy/file?format=json`],
  ];

  return (
    <section aria-labelledby="page-title" className="reports">
      <h1 id="page-title">{t.reports.title}</h1>
      <p className="help">{t.reports.intro}</p>
      <div className="toolbar">
        <LangPicker id="report-lang" value={reportLang} onChange={setReportLang} />
      </div>

      <h2>{t.reports.ranking}</h2>
      <p className="help">{t.reports.rankingHelp}</p>
      {runs.error ? <ErrorBox error={runs.error} onRetry={runs.reload} /> : null}
      {runs.loading && !runs.data ? <Loading /> : null}
      {runs.data && list.length === 0 ? <p>{t.reports.noRun}</p> : null}
      {label ? (
        <>
          <div className="toolbar">
            <RunPicker id="report-run" label={t.reports.run} runs={list} value={label} onChange={setRun} />
            <div className="control">
              <label htmlFor="report-compare">{t.reports.compareWith}</label>
              <select id="report-compare" value={compareWith} onChange={(e) => setCompareWith(e.target.value)}>
                <option value="">{t.reports.noCompare}</option>
                {earlier.map((r) => (
                  <option key={r.id} value={r.label}>
                    {r.label}
                  </option>
                ))}
              </select>
            </div>
            <div className="control">
              <label htmlFor="report-details">{t.reports.details}</label>
              <input id="report-details" type="number" min={0} max={100000} step={50} value={details} onChange={(e) => setDetails(Math.max(0, Math.min(100000, Math.trunc(Number(e.target.value) || 0))))} />
            </div>
          </div>
          <ul className="plain downloads" data-testid="ranking-reports">
            {RANKING_FORMATS.map((format) => (
              <li key={format}>
                <a href={rankingHref(format)} {...(format === 'html' ? { target: '_blank', rel: 'noopener' } : { download: '' })} hrefLang={LOCALES[reportLang]} data-format={format}>
                  {t.reports.formats[format]}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h2>{t.reports.strategy}</h2>
      <p className="help">{t.reports.strategyHelp}</p>
      <ul className="plain downloads" data-testid="strategy-reports">
        {strategyLinks.map(([key, href]) => (
          <li key={key}>
            <a href={href} {...(key === 'html' ? { target: '_blank', rel: 'noopener' } : { download: '' })} hrefLang={LOCALES[reportLang]} data-format={key}>
              {t.reports.strategyFormats[key]}
            </a>
          </li>
        ))}
      </ul>

      <h2>{t.reports.templates}</h2>
      <ul className="plain downloads">
        {(['fr', 'en'] as const).flatMap((l) =>
          (['csv', 'xlsx'] as const).map((fmt) => (
            <li key={`${l}-${fmt}`}>
              <a href={`/api/templates/${l}/${fmt}`} download hrefLang={LOCALES[l]}>
                {t.imports.template(l, fmt)}
              </a>
            </li>
          )),
        )}
      </ul>
      <p className="help">
        {t.reports.api} <a href="/api/docs">/api/docs</a>
      </p>
    </section>
  );
}
