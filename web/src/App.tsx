/** The frame of every page: skip link, header (field, navigation, language), the page. */
import { lazy, Suspense, useEffect } from 'react';
import { type Field, getJson, type Page } from './api.js';
import { ErrorBoundary } from './ErrorBoundary.js';
import { ErrorBox, Loading, useLoad } from './hooks.js';
import { LOCALES, type Lang, useI18n } from './i18n.js';
import { CandidatePage } from './pages/Candidate.js';
import { ComparePage } from './pages/Compare.js';
import { ImportsPage } from './pages/Imports.js';
import { RankingsPage } from './pages/Rankings.js';
import { Link, match, navigate, useLocation } from './router.js';

// The pages that are not the first one are loaded when first opened (the graph's drawing
// library alone is bigger than the rest of the app).
const GraphPage = lazy(() => import('./pages/Graph.js').then((m) => ({ default: m.GraphPage })));
const AudiencePage = lazy(() => import('./pages/audience/AudiencePage.js').then((m) => ({ default: m.AudiencePage })));
const StrategyPage = lazy(() => import('./pages/strategy/StrategyPage.js').then((m) => ({ default: m.StrategyPage })));
const MaturityPage = lazy(() => import('./pages/strategy/MaturityPage.js').then((m) => ({ default: m.MaturityPage })));
const CalendarPage = lazy(() => import('./pages/calendar/CalendarPage.js').then((m) => ({ default: m.CalendarPage })));
const PublishedPage = lazy(() => import('./pages/Published.js').then((m) => ({ default: m.PublishedPage })));
const NewFieldPage = lazy(() => import('./pages/NewField.js').then((m) => ({ default: m.NewFieldPage })));
const ReportsPage = lazy(() => import('./pages/Reports.js').then((m) => ({ default: m.ReportsPage })));

function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const names: Record<Lang, string> = { fr: 'Français', en: 'English' };
  return (
    <div className="lang" role="group" aria-label={t.language}>
      {(['fr', 'en'] as const).map((l) => (
        <button key={l} type="button" lang={LOCALES[l]} aria-pressed={lang === l} onClick={() => setLang(l)}>
          {names[l]}
        </button>
      ))}
    </div>
  );
}

export function App() {
  const { t } = useI18n();
  const { path } = useLocation();
  const fields = useLoad((signal) => getJson<Page<Field>>('/api/fields?limit=10000', signal), []);
  const m = matchPrefix(path);
  const fieldId = m ? Number(m.id) : null;
  const first = fields.data?.items[0]?.id ?? null;

  // `/` and `/fields/:id` open the first field's ranking.
  useEffect(() => {
    if (first !== null && (path === '/' || path === '/index.html')) navigate(`/fields/${first}/rankings`, true);
    else if (fieldId !== null && /^\/fields\/\d+\/?$/.test(path)) navigate(`/fields/${fieldId}/rankings`, true);
  }, [first, path, fieldId]);

  const field = fields.data?.items.find((f) => f.id === fieldId) ?? null;
  useEffect(() => {
    document.title = field ? `${field.topic} — ${t.app}` : t.app;
  }, [field, t]);

  let page = null;
  let r: Record<string, string> | null;
  if (path === '/new-field') page = <NewFieldPage onCreated={fields.reload} />;
  else if (fieldId !== null && field) {
    if ((r = match('/fields/:id/rankings', path))) page = <RankingsPage fieldId={fieldId} />;
    else if ((r = match('/fields/:id/candidates/:key', path))) page = <CandidatePage fieldId={fieldId} candidateKey={r.key} />;
    else if ((r = match('/fields/:id/compare', path))) page = <ComparePage fieldId={fieldId} />;
    else if ((r = match('/fields/:id/imports', path))) page = <ImportsPage fieldId={fieldId} />;
    else if ((r = match('/fields/:id/graph', path))) page = <GraphPage fieldId={fieldId} />;
    else if ((r = match('/fields/:id/published', path))) page = <PublishedPage fieldId={fieldId} />;
    else if ((r = match('/fields/:id/audience', path))) page = <AudiencePage fieldId={fieldId} />;
    else if ((r = match('/fields/:id/strategy', path))) page = <StrategyPage fieldId={fieldId} />;
    else if ((r = match('/fields/:id/calendar', path))) page = <CalendarPage fieldId={fieldId} />;
    else if ((r = match('/fields/:id/maturity', path))) page = <MaturityPage fieldId={fieldId} />;
    else if ((r = match('/fields/:id/reports', path))) page = <ReportsPage fieldId={fieldId} />;
  }
  const section = /^\/fields\/\d+\/([a-z]+)/.exec(path)?.[1] ?? '';
  const nav: [string, string][] = [
    ['rankings', t.nav.rankings],
    ['compare', t.nav.compare],
    ['imports', t.nav.imports],
    ['graph', t.nav.graph],
    ['published', t.nav.published],
    ['audience', t.nav.audience],
    ['strategy', t.nav.strategy],
    ['calendar', t.nav.calendar],
    ['maturity', t.nav.maturity],
    ['reports', t.nav.reports],
  ];
  const navId = fieldId ?? first;

  return (
    <>
      <a className="skip" href="#main">
        {t.skip}
      </a>
      <header className="top">
        <div className="brand">
          <Link href="/">{t.app}</Link>
          <span className="tagline">{t.tagline}</span>
        </div>
        {fields.data && fields.data.items.length > 0 ? (
          <div className="control field-pick">
            <label htmlFor="field">{t.field}</label>
            <select id="field" value={navId ?? ''} onChange={(e) => navigate(`/fields/${e.target.value}/${section || 'rankings'}`)}>
              {fields.data.items.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.topic}
                  {f.region ? ` (${f.region})` : ''}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <Link href="/new-field" className="new-field-link" aria-current={path === '/new-field' ? 'page' : undefined}>
          {t.newField.link}
        </Link>
        <LanguageSwitch />
        {navId !== null ? (
          <nav aria-label={t.nav.label}>
            <ul>
              {nav.map(([key, label]) => (
                <li key={key}>
                  <Link href={`/fields/${navId}/${key}`} aria-current={section === key || (key === 'rankings' && section === 'candidates') ? 'page' : undefined}>
                    {label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" tabIndex={-1}>
        {fields.error ? <ErrorBox error={fields.error} onRetry={fields.reload} /> : null}
        {fields.loading ? <Loading /> : null}
        {fields.data && fields.data.items.length === 0 ? <p>{t.noField}</p> : null}
        <ErrorBoundary title={t.error} retry={t.retry} resetKey={path}>
          <Suspense fallback={<Loading />}>{page}</Suspense>
        </ErrorBoundary>
        {fields.data && !fields.loading && !page && path !== '/' && !(fieldId !== null && /^\/fields\/\d+\/?$/.test(path)) ? <p role="alert">{t.notFound}</p> : null}
      </main>
    </>
  );
}

function matchPrefix(path: string): Record<string, string> | null {
  const m = /^\/fields\/(\d+)(?:\/|$)/.exec(path);
  return m ? { id: m[1] } : null;
}
