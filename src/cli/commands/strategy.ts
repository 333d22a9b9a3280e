/**
 * `eclaireur strategy`: the field's thought-leadership strategy (issue 6).
 *   check [--json] [--cycle N]          the checker's findings (text, or {"findings": […]})
 *   export --out FILE.yaml|.json        the strategy file (current cycle, or --cycle N)
 *   import FILE.yaml|.json              validate and store it (replaces the current cycle's)
 *   cycles | cycle new | cycle phase    the kept cycles (plan, act, measure, evaluate, improve)
 *   compare A B [--json]                what changed between two cycles, section by section
 *   calendar [--ics FILE] [--csv FILE]  the editorial calendar and the backlog
 * `registerStrategy` returns the `strategy` command so that other modules add subcommands
 * (`strategy report`, in strategy-report.ts).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import type { Lang } from '../../core/domain.js';
import { dayOf } from '../../core/dates.js';
import { backlog, calendar } from '../../core/strategy/calendar.js';
import { checkStrategy, countBySeverity } from '../../core/strategy/check.js';
import { compareCycles, type CycleComparison } from '../../core/strategy/compare.js';
import { CYCLE_PHASES, SECTION_LABELS, textIn, type CyclePhase, type Finding, type StrategyCycle } from '../../core/strategy/model.js';
import type { Store } from '../../adapters/storage/index.js';
import { strategyStore } from '../../adapters/storage/strategy-store.js';
import { calendarToCsv, CSV_LAYOUTS, type CsvLayout } from '../../adapters/strategy/csv.js';
import { formatOf, parseStrategy, StrategyFileError, stringifyStrategy } from '../../adapters/strategy/file.js';
import { calendarToIcs } from '../../adapters/strategy/ics.js';
import { influencerStandings } from '../../adapters/strategy/standings.js';
import { globals, withStore } from '../context.js';
import { UsageError, io } from '../errors.js';
import { resolveField } from './field.js';

const M = {
  en: {
    noStrategy: 'the field has no strategy yet: `eclaireur strategy import FILE.yaml` (or `eclaireur demo`)',
    noCycle: (n: number) => `no cycle ${n} in this field's strategy (see \`eclaireur strategy cycles\`)`,
    badFormat: (f: string) => `${f}: expected a file ending in .yaml, .yml or .json`,
    fileMissing: (f: string) => `${f}: no such file`,
    badFile: (n: number) => `${n} problem(s) in the strategy file; nothing was imported.`,
    imported: (f: string, c: number, created: boolean) => `${f}: imported as ${created ? 'cycle' : 'the new content of cycle'} ${c}`,
    wrote: (p: string) => `wrote ${p}`,
    summary: (e: number, w: number, i: number) => `${e} error(s), ${w} warning(s), ${i} note(s)`,
    none: 'no finding: the plan holds together',
    cycleNew: (n: number, p: string) => `cycle ${n} started (${p}), from a copy of the previous one`,
    phaseSet: (n: number, p: string) => `cycle ${n} is now in phase ${p}`,
    same: (a: number, b: number) => `cycles ${a} and ${b} hold the same strategy`,
    added: 'added',
    removed: 'removed',
    changed: 'changed',
    backlog: 'Backlog (undated)',
    calendar: 'Calendar',
    needDate: (o: string, v: string) => `${o}: expected a date YYYY-MM-DD, got "${v}"`,
    needCycle: (v: string) => `expected a cycle number (1, 2, …), got "${v}"`,
    needPhase: (v: string, all: string) => `phase: expected one of ${all}, got "${v}"`,
    noInfluencerData: 'no candidates in this field: influencers not checked against the ranking',
  },
  fr: {
    noStrategy: 'le milieu n’a pas encore de stratégie : `eclaireur strategy import FICHIER.yaml` (ou `eclaireur demo`)',
    noCycle: (n: number) => `aucun cycle ${n} dans la stratégie de ce milieu (voir \`eclaireur strategy cycles\`)`,
    badFormat: (f: string) => `${f} : attendu un fichier .yaml, .yml ou .json`,
    fileMissing: (f: string) => `${f} : fichier introuvable`,
    badFile: (n: number) => `${n} problème(s) dans le fichier de stratégie ; rien n’a été importé.`,
    imported: (f: string, c: number, created: boolean) => `${f} : importé ${created ? 'comme cycle' : 'dans le cycle'} ${c}`,
    wrote: (p: string) => `écrit : ${p}`,
    summary: (e: number, w: number, i: number) => `${e} erreur(s), ${w} avertissement(s), ${i} remarque(s)`,
    none: 'aucune remarque : le plan se tient',
    cycleNew: (n: number, p: string) => `cycle ${n} commencé (${p}), à partir d’une copie du précédent`,
    phaseSet: (n: number, p: string) => `le cycle ${n} est maintenant à l’étape ${p}`,
    same: (a: number, b: number) => `les cycles ${a} et ${b} ont la même stratégie`,
    added: 'ajouté',
    removed: 'retiré',
    changed: 'modifié',
    backlog: 'À planifier (sans date)',
    calendar: 'Calendrier',
    needDate: (o: string, v: string) => `${o} : attendu une date AAAA-MM-JJ, reçu « ${v} »`,
    needCycle: (v: string) => `attendu un numéro de cycle (1, 2, …), reçu « ${v} »`,
    needPhase: (v: string, all: string) => `étape : attendu une de ${all}, reçu « ${v} »`,
    noInfluencerData: 'aucun candidat dans ce milieu : influenceurs non vérifiés d’après le classement',
  },
} as const;

const SEVERITY_LABEL = {
  en: { error: 'error', warning: 'warning', info: 'note' },
  fr: { error: 'erreur', warning: 'avertissement', info: 'remarque' },
} as const;

function cycleNumber(v: string | undefined, lang: Lang): number | undefined {
  if (v === undefined) return undefined;
  if (!/^[1-9]\d{0,8}$/.test(v)) throw new UsageError(M[lang].needCycle(v));
  return Number(v);
}

function isoDate(o: string, v: string | undefined, lang: Lang): string | undefined {
  if (v === undefined) return undefined;
  try {
    dayOf(v);
  } catch {
    throw new UsageError(M[lang].needDate(o, v));
  }
  return v;
}

/** The cycle asked for (the last by default); a usage error when there is none. */
async function loadCycle(store: Store, fieldId: number, n: number | undefined, lang: Lang): Promise<StrategyCycle> {
  const ss = strategyStore(store.db);
  const c = await ss.getCycle(fieldId, n);
  if (c) return c;
  if (n !== undefined && (await ss.cycles(fieldId)).length > 0) throw new UsageError(M[lang].noCycle(n));
  throw new UsageError(M[lang].noStrategy);
}

function writeOut(path: string, text: string): string {
  const abs = resolve(path);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, text);
  return abs;
}

export function formatFindings(findings: readonly Finding[], lang: Lang): string {
  const L = M[lang];
  if (findings.length === 0) return `${L.none}\n`;
  const lines = findings.map((f) => `${SEVERITY_LABEL[lang][f.severity]} [${f.rule}] ${f.where}: ${f.message}`);
  const c = countBySeverity(findings);
  return `${lines.join('\n')}\n${L.summary(c.error, c.warning, c.info)}\n`;
}

export function formatComparison(d: CycleComparison, lang: Lang): string {
  const L = M[lang];
  if (d.sections.length === 0 && d.header.length === 0) return `${L.same(d.from, d.to)}\n`;
  const out: string[] = [];
  for (const h of d.header) out.push(`${L.changed} ${h.path}: ${JSON.stringify(h.before)} → ${JSON.stringify(h.after)}`);
  for (const s of d.sections) {
    out.push(`${SECTION_LABELS[s.section][lang]}`);
    for (const a of s.added) out.push(`  + ${L.added} ${a.path} ${a.id}`);
    for (const r of s.removed) out.push(`  - ${L.removed} ${r.path} ${r.id}`);
    for (const c of s.changed) out.push(`  ~ ${L.changed} ${c.path}${c.fields.length ? ` (${c.fields.join(', ')})` : `: ${JSON.stringify(c.before)} → ${JSON.stringify(c.after)}`}`);
  }
  return `${out.join('\n')}\n`;
}

export function registerStrategy(program: Command): Command {
  const strategy = program.command('strategy').description('the thought-leadership strategy: check, export, import, cycles, compare, calendar');
  const fieldOpt = () => new Option('--field <topic-or-id>', 'field (default: the only or first one)');

  strategy
    .command('check')
    .description('check that the strategy holds together (rules of docs/strategy.md)')
    .addOption(fieldOpt())
    .option('--json', 'print {"findings": [{"rule", "severity", "message", "where"}, …]}')
    .option('--cycle <n>', 'cycle to check (default: the current one)')
    .action(async (o: { field?: string; json?: boolean; cycle?: string }, cmd: Command) => {
      const g = globals(cmd);
      const n = cycleNumber(o.cycle, g.lang);
      await withStore(g, async (store) => {
        const field = await resolveField(store, o.field);
        const c = await loadCycle(store, field.id, n, g.lang);
        const influencers = await influencerStandings(store, field.id, c.strategy);
        if (influencers === null && !o.json) io.err(`${M[g.lang].noInfluencerData}\n`);
        const findings = checkStrategy(c.strategy, { lang: g.lang, influencers });
        if (o.json) io.out(`${JSON.stringify({ findings }, null, 2)}\n`);
        else io.out(formatFindings(findings, g.lang));
      });
    });

  strategy
    .command('export')
    .description('write the strategy file (YAML or JSON, by the extension)')
    .addOption(fieldOpt())
    .requiredOption('--out <file>', 'FILE.yaml, FILE.yml or FILE.json')
    .option('--cycle <n>', 'cycle to export (default: the current one)')
    .action(async (o: { field?: string; out: string; cycle?: string }, cmd: Command) => {
      const g = globals(cmd);
      const format = formatOf(o.out);
      if (!format) throw new UsageError(M[g.lang].badFormat(o.out));
      const n = cycleNumber(o.cycle, g.lang);
      await withStore(g, async (store) => {
        const field = await resolveField(store, o.field);
        const c = await loadCycle(store, field.id, n, g.lang);
        io.err(`${M[g.lang].wrote(writeOut(o.out, stringifyStrategy(c.strategy, format)))}\n`);
      });
    });

  strategy
    .command('import')
    .description('validate a strategy file and store it as the current cycle (cycle 1 when there is none), in one transaction')
    .addOption(fieldOpt())
    .argument('<file>', 'FILE.yaml, FILE.yml or FILE.json')
    .action(async (file: string, o: { field?: string }, cmd: Command) => {
      const g = globals(cmd);
      const L = M[g.lang];
      const format = formatOf(file);
      if (!format) throw new UsageError(L.badFormat(file));
      if (!existsSync(file)) throw new UsageError(L.fileMissing(file));
      let parsed;
      try {
        parsed = parseStrategy(readFileSync(file, 'utf8'), file, format, g.lang);
      } catch (e) {
        if (e instanceof StrategyFileError) throw new UsageError(`${e.message}\n${L.badFile(e.problems.length)}`);
        throw e;
      }
      const strategy = parsed;
      await withStore(g, async (store) => {
        const field = await resolveField(store, o.field);
        const r = await strategyStore(store.db).saveStrategy(field.id, strategy, { startedOn: new Date().toISOString().slice(0, 10) });
        io.err(`${L.imported(file, r.cycle, r.created)}\n`);
      });
    });

  strategy
    .command('cycles')
    .description('list the kept cycles of the strategy')
    .addOption(fieldOpt())
    .action(async (o: { field?: string }, cmd: Command) => {
      const g = globals(cmd);
      await withStore(g, async (store) => {
        const field = await resolveField(store, o.field);
        const cycles = await strategyStore(store.db).cycles(field.id);
        if (cycles.length === 0) throw new UsageError(M[g.lang].noStrategy);
        for (const c of cycles) io.out(`${c.number}\t${c.phase}\t${c.startedOn}\t${c.name}${c.notes ? `\t${c.notes}` : ''}\n`);
      });
    });

  const cycle = strategy.command('cycle').description('start a cycle, or move one to another phase');
  const phases = Object.keys(CYCLE_PHASES) as CyclePhase[];
  cycle
    .command('new')
    .description('start a new cycle from a copy of the current one (earlier cycles are kept as they are)')
    .addOption(fieldOpt())
    .addOption(new Option('--phase <phase>', 'phase of the new cycle').choices(phases).default('plan'))
    .option('--date <YYYY-MM-DD>', 'start date (default: today)')
    .option('--notes <text>', 'why this cycle (kept with it)')
    .action(async (o: { field?: string; phase: CyclePhase; date?: string; notes?: string }, cmd: Command) => {
      const g = globals(cmd);
      const startedOn = isoDate('--date', o.date, g.lang) ?? new Date().toISOString().slice(0, 10);
      await withStore(g, async (store) => {
        const field = await resolveField(store, o.field);
        const ss = strategyStore(store.db);
        if ((await ss.cycles(field.id)).length === 0) throw new UsageError(M[g.lang].noStrategy);
        const c = await ss.newCycle(field.id, { startedOn, phase: o.phase, notes: o.notes ?? null });
        io.out(`${M[g.lang].cycleNew(c.number, CYCLE_PHASES[c.phase][g.lang])}\n`);
      });
    });
  cycle
    .command('phase')
    .description('move a cycle to a phase (plan, act, measure, evaluate, improve)')
    .addOption(fieldOpt())
    .argument('<n>', 'cycle number')
    .argument('<phase>', phases.join(' | '))
    .action(async (nArg: string, phase: string, o: { field?: string }, cmd: Command) => {
      const g = globals(cmd);
      const n = cycleNumber(nArg, g.lang)!;
      if (!(phases as string[]).includes(phase)) throw new UsageError(M[g.lang].needPhase(phase, phases.join(', ')));
      await withStore(g, async (store) => {
        const field = await resolveField(store, o.field);
        if (!(await strategyStore(store.db).setPhase(field.id, n, phase as CyclePhase))) throw new UsageError(M[g.lang].noCycle(n));
        io.out(`${M[g.lang].phaseSet(n, CYCLE_PHASES[phase as CyclePhase][g.lang])}\n`);
      });
    });

  strategy
    .command('compare')
    .description('what was added, removed and changed between two cycles, section by section')
    .addOption(fieldOpt())
    .argument('<a>', 'earlier cycle')
    .argument('<b>', 'later cycle')
    .option('--json', 'print the comparison as JSON')
    .action(async (aArg: string, bArg: string, o: { field?: string; json?: boolean }, cmd: Command) => {
      const g = globals(cmd);
      const a = cycleNumber(aArg, g.lang)!;
      const b = cycleNumber(bArg, g.lang)!;
      await withStore(g, async (store) => {
        const field = await resolveField(store, o.field);
        const d = compareCycles(await loadCycle(store, field.id, a, g.lang), await loadCycle(store, field.id, b, g.lang));
        io.out(o.json ? `${JSON.stringify(d, null, 2)}\n` : formatComparison(d, g.lang));
      });
    });

  strategy
    .command('calendar')
    .description('the editorial calendar: dated items and recurring slots, and the backlog; exports to .ics and CSV')
    .addOption(fieldOpt())
    .option('--ics <file>', 'write an iCalendar file')
    .option('--csv <file>', 'write a CSV file')
    .addOption(new Option('--layout <layout>', 'CSV layout: full (all columns, with a header) or hootsuite (bulk composer)').choices([...CSV_LAYOUTS]).default('full'))
    .option('--from <YYYY-MM-DD>', 'first day (default: the plan’s first date)')
    .option('--to <YYYY-MM-DD>', 'last day (default: the plan’s last date)')
    .option('--cycle <n>', 'cycle (default: the current one)')
    .action(async (o: { field?: string; ics?: string; csv?: string; layout: CsvLayout; from?: string; to?: string; cycle?: string }, cmd: Command) => {
      const g = globals(cmd);
      const L = M[g.lang];
      const from = isoDate('--from', o.from, g.lang) ?? null;
      const to = isoDate('--to', o.to, g.lang) ?? null;
      const n = cycleNumber(o.cycle, g.lang);
      await withStore(g, async (store) => {
        const field = await resolveField(store, o.field);
        const s = (await loadCycle(store, field.id, n, g.lang)).strategy;
        const entries = calendar(s, { from, to });
        if (o.ics) io.err(`${L.wrote(writeOut(o.ics, calendarToIcs(s, entries, { lang: g.lang })))}\n`);
        if (o.csv) io.err(`${L.wrote(writeOut(o.csv, calendarToCsv(s, entries, { lang: g.lang, layout: o.layout })))}\n`);
        if (o.ics || o.csv) return;
        const channels = new Map(s.plan.channels.map((c) => [c.id, c.name]));
        io.out(`${L.calendar}\n`);
        for (const e of entries) {
          io.out(`${e.date}${e.time ? ` ${e.time}` : '      '}  ${e.status.padEnd(9)}  ${(e.channel ? (channels.get(e.channel) ?? e.channel) : '').padEnd(28)}  ${textIn(e.title, g.lang)}\n`);
        }
        io.out(`\n${L.backlog}\n`);
        for (const b of backlog(s)) for (const it of b.items) io.out(`${b.status.padEnd(9)}  ${it.id}  ${textIn(it.title, g.lang)}\n`);
      });
    });

  return strategy;
}
