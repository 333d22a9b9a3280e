/**
 * `eclaireur strategy report --out FILE.html|.md|.pdf`: the strategy document for the client —
 * the seven sections of the field's strategy (current cycle, or --cycle N), the calendar, the
 * Gantt of projects and milestones, the checker's findings, the latest maturity assessment and
 * the reference figures beside the channels, in the --lang language. `.pdf` is printed by
 * headless Chromium (Debian's `chromium` package); without it, a usage error and no file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import type { Command } from 'commander';
import type { Lang } from '../../core/domain.js';
import { dayOf } from '../../core/dates.js';
import { AnswersError, assessMaturity, validateAnswers } from '../../core/maturity/index.js';
import { checkStrategy } from '../../core/strategy/check.js';
import { findChromium, printPdf, renderStrategyHtml, renderStrategyMarkdown, type StrategyReportInput } from '../../adapters/report/strategy/index.js';
import { latestAssessment } from '../../adapters/storage/maturity-store.js';
import { strategyStore } from '../../adapters/storage/strategy-store.js';
import { influencerStandings } from '../../adapters/strategy/standings.js';
import { globals, withStore } from '../context.js';
import { UsageError, io } from '../errors.js';
import { resolveField } from './field.js';

const M = {
  en: {
    badOut: (f: string) => `${f}: unsupported output; expected a file ending in .html, .md or .pdf`,
    noStrategy: 'the field has no strategy yet: `eclaireur strategy import FILE.yaml` (or `eclaireur demo`)',
    noCycle: (n: string) => `no cycle ${n} in this field's strategy (see \`eclaireur strategy cycles\`)`,
    badCycle: (v: string) => `--cycle: expected a cycle number (1, 2, …), got "${v}"`,
    badDate: (v: string) => `--as-of: expected a date YYYY-MM-DD, got "${v}"`,
    noChromium:
      'a PDF is printed by headless Chromium, which is not installed: install Debian’s chromium package (`apt-get install chromium`) or set ECLAIREUR_CHROMIUM to its path; no file was written (the .html report needs nothing)',
    badChromium: (p: string) => `ECLAIREUR_CHROMIUM=${p} is not an executable file; no file was written`,
    oldMaturity: (d: string, v: string) => `the maturity assessment of ${d} answered questionnaire ${v}, which this version cannot read; the report leaves it out`,
    wrote: (p: string) => `wrote ${p}`,
  },
  fr: {
    badOut: (f: string) => `${f} : sortie non prise en charge ; attendu un fichier .html, .md ou .pdf`,
    noStrategy: 'le milieu n’a pas encore de stratégie : `eclaireur strategy import FICHIER.yaml` (ou `eclaireur demo`)',
    noCycle: (n: string) => `aucun cycle ${n} dans la stratégie de ce milieu (voir \`eclaireur strategy cycles\`)`,
    badCycle: (v: string) => `--cycle : attendu un numéro de cycle (1, 2, …), reçu « ${v} »`,
    badDate: (v: string) => `--as-of : attendu une date AAAA-MM-JJ, reçu « ${v} »`,
    noChromium:
      'un PDF est imprimé par Chromium sans interface, qui n’est pas installé : installez le paquet Debian chromium (`apt-get install chromium`) ou indiquez son chemin dans ECLAIREUR_CHROMIUM ; aucun fichier n’a été écrit (le rapport .html n’a besoin de rien)',
    badChromium: (p: string) => `ECLAIREUR_CHROMIUM=${p} n’est pas un fichier exécutable ; aucun fichier n’a été écrit`,
    oldMaturity: (d: string, v: string) => `le diagnostic de maturité du ${d} répond au questionnaire ${v}, que cette version ne sait pas lire ; le rapport l’omet`,
    wrote: (p: string) => `écrit : ${p}`,
  },
};

interface ReportOptions {
  out: string;
  cycle?: string;
  field?: string;
  asOf?: string;
  title?: string;
}

type Format = 'html' | 'md' | 'pdf';

function formatOf(path: string, lang: Lang): Format {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.pdf') return 'pdf';
  throw new UsageError(M[lang].badOut(path));
}

export function registerStrategyReport(strategy: Command): Command {
  const report = strategy
    .command('report')
    .description('the strategy document: the seven sections, calendar, Gantt, findings, maturity, reference figures (HTML, Markdown or PDF)')
    .requiredOption('--out <file>', 'FILE.html (self-contained), FILE.md, or FILE.pdf (needs Debian’s chromium)')
    .option('--cycle <n>', 'cycle to report (default: the current one)')
    .option('--field <topic-or-id>', 'field (default: the only or first one)')
    .option('--as-of <YYYY-MM-DD>', 'the date the report speaks as of (default: today)')
    .option('--title <text>', 'the document’s title')
    .action(async (o: ReportOptions, cmd: Command) => {
      const g = globals(cmd);
      const L = M[g.lang];
      const format = formatOf(o.out, g.lang);
      if (o.cycle !== undefined && !/^[1-9]\d{0,8}$/.test(o.cycle)) throw new UsageError(L.badCycle(o.cycle));
      let asOf = new Date().toISOString().slice(0, 10);
      if (o.asOf !== undefined) {
        try {
          dayOf(o.asOf);
        } catch {
          throw new UsageError(L.badDate(o.asOf));
        }
        asOf = o.asOf;
      }
      // Before any work: a PDF needs Chromium.
      const chromium = format === 'pdf' ? findChromium() : null;
      if (format === 'pdf' && chromium === null) {
        const named = process.env.ECLAIREUR_CHROMIUM;
        throw new UsageError(named ? L.badChromium(named) : L.noChromium);
      }
      const input = await withStore(g, async (store): Promise<StrategyReportInput> => {
        const field = await resolveField(store, o.field);
        const ss = strategyStore(store.db);
        const c = await ss.getCycle(field.id, o.cycle === undefined ? undefined : Number(o.cycle));
        if (!c) throw new UsageError(o.cycle !== undefined && (await ss.cycles(field.id)).length > 0 ? L.noCycle(o.cycle) : L.noStrategy);
        const influencers = (await influencerStandings(store, field.id, c.strategy)) ?? new Map();
        const findings = checkStrategy(c.strategy, { lang: g.lang, influencers });
        const stored = await latestAssessment(store.db, field.id);
        let maturity: StrategyReportInput['maturity'] = null;
        if (stored) {
          try {
            maturity = { date: stored.date, assessment: assessMaturity(validateAnswers(stored.answers)) };
          } catch (e) {
            if (!(e instanceof AnswersError)) throw e;
            io.err(`${L.oldMaturity(stored.date, stored.questionnaireVersion)}\n`);
          }
        }
        return {
          lang: g.lang,
          strategy: c.strategy,
          field: { topic: field.topic, region: field.region },
          cycle: { number: c.number, phase: c.phase, startedOn: c.startedOn },
          findings,
          maturity,
          influencers,
          asOf,
          ...(o.title !== undefined ? { title: o.title } : {}),
        };
      });
      const out = resolve(o.out);
      mkdirSync(dirname(out), { recursive: true });
      if (format === 'md') writeFileSync(out, renderStrategyMarkdown(input));
      else if (format === 'html') writeFileSync(out, renderStrategyHtml(input));
      else await printPdf(renderStrategyHtml(input), out, chromium!);
      io.err(`${L.wrote(out)}\n`);
    });
  report.exitOverride().showHelpAfterError().configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
  return report;
}
