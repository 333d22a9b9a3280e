/**
 * Writes the strategy report as one self-contained HTML file (inline CSS and SVG, no script, no
 * external resource), in Québec French or English, printable to PDF. It follows the seven
 * sections of the strategy skeleton (vision, goals and objectives; personality and voice;
 * audiences; competition; action plan; SEO and indexing; KPIs), with the checker's findings
 * beside the section they concern and all together after the sections, the editorial calendar
 * as month grids, the Gantt of projects and milestones, the maturity stage with its reasons and
 * next steps, and the reference figures beside the channels. The same input gives the same
 * bytes: no clock, no random ids.
 */
import { STAGES } from '../../../core/maturity/index.js';
import { formatFigure } from '../../../core/reference/index.js';
import { backlog } from '../../../core/strategy/calendar.js';
import { ACTIVITY_LEVELS, CHANNEL_KINDS, CONTENT_FORMS, FREQUENCIES, ITEM_STATUSES, PROJECT_TYPES, SECTIONS, type Finding, type SectionKey } from '../../../core/strategy/model.js';
import { esc, safeHref } from '../escape.js';
import { date, int, locale, numUpTo } from '../format.js';
import { REPORT_CSS } from '../html-assets.js';
import { qc } from '../typography.js';
import { calendarGridHtml } from './calendar-grid.js';
import { CHANNEL_PALETTE, monthStacksSvg, shareBarsSvg, stageBarsSvg } from './charts.js';
import { ganttLegend, ganttRows, ganttSvg } from './gantt.js';
import type { StrategyReportInput } from './input.js';
import { makeView, type StrategyView } from './view.js';

const STRATEGY_CSS = `
.sev { display: inline-block; border-radius: 3px; padding: 0 .4rem; font-size: .82rem; font-weight: 600; white-space: nowrap; }
.sev.error { background: #fde2e1; color: #8a1116; border: 1px solid #e5a3a5; }
.sev.warning { background: #fff3e0; color: #7a2e00; border: 1px solid #f0c48a; }
.sev.info { background: #e8f1fb; color: #0b3d73; border: 1px solid #a9c8ea; }
ul.section-findings { list-style: none; padding: .5rem .75rem; margin: .75rem 0; border-left: 4px solid #c46a00; background: #fffaf3; }
ul.section-findings li { margin: .2rem 0; }
.where { color: var(--muted); font-size: .85rem; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: .75rem; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; break-inside: avoid; }
.card h4 { margin-bottom: .35rem; }
.card dl { margin: 0; }
.card dt { font-weight: 600; color: var(--muted); font-size: .88rem; margin-top: .35rem; }
.card dd { margin: 0; }
.two { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
blockquote { margin: .5rem 0; padding: .4rem .9rem; border-left: 4px solid var(--line); color: #333; }
.vision { font-size: 1.15rem; font-weight: 600; }
.ref { font-size: .85rem; color: var(--muted); }
.ref strong { color: var(--ink); }
.note { color: var(--muted); font-size: .9rem; }
svg.gantt .grid, svg.shares .grid, svg.stages .grid, svg.months .grid { stroke: #e1e6eb; stroke-width: 1; }
svg.gantt .month, svg .axis { fill: var(--muted); }
svg.gantt .label { fill: var(--ink); }
svg.gantt .milestone { fill: #1b1f24; }
svg.shares .bar { fill: #9fb3c8; }
svg.shares .bar.ours { fill: var(--accent); }
svg.shares .label.ours { font-weight: 700; }
svg.stages .bar { fill: #d0d7de; }
svg.stages .bar.met { fill: #7fa7cf; }
svg.stages .bar.current { fill: var(--accent); }
svg.stages .label.current { font-weight: 700; }
svg.stages .threshold { stroke: #a4161a; stroke-width: 1.5; stroke-dasharray: 5 4; }
.figure { overflow-x: auto; margin: .5rem 0 1rem; }
.sw { display: inline-block; vertical-align: -.1rem; width: .9rem; height: .9rem; border-radius: 2px; }
table.month { table-layout: fixed; margin: .75rem 0 1.25rem; break-inside: avoid; }
table.month caption { font-weight: 700; color: var(--ink); text-transform: capitalize; }
table.month th { text-align: center; }
table.month td { vertical-align: top; height: 4.2rem; border: 1px solid var(--line); padding: .2rem .25rem; font-size: .78rem; overflow-wrap: anywhere; }
table.month td.pad { background: #fafbfc; }
table.month .dn { color: var(--muted); font-size: .75rem; }
table.month ul { list-style: none; margin: 0; padding: 0; }
table.month li { border-left: 3px solid #8c959f; padding-left: .25rem; margin: .1rem 0; }
table.month li.slot { font-style: italic; color: var(--muted); }
table.month li.more { border: 0; color: var(--muted); }
.stage-now { font-size: 1.2rem; font-weight: 700; }
${CHANNEL_PALETTE.map((c, i) => `table.month li.ch${i} { border-left-color: ${c}; }`).join('\n')}
@media print { section.part { break-before: page; } table.month td { height: auto; min-height: 2.5rem; } }
`;

function L(v: StrategyView, s: string): string {
  return esc(v.lang === 'fr' ? qc(s) : s);
}

function table(headers: string[], rows: string[][], caption?: string, numeric: number[] = []): string {
  if (rows.length === 0) return '';
  let out = `<div class="table-wrap"><table>${caption ? `<caption>${caption}</caption>` : ''}<thead><tr>`;
  out += headers.map((h, i) => `<th scope="col"${numeric.includes(i) ? ' class="num"' : ''}>${h}</th>`).join('');
  out += '</tr></thead><tbody>';
  for (const r of rows) out += `<tr>${r.map((cell, i) => (i === 0 ? `<th scope="row">${cell}</th>` : `<td${numeric.includes(i) ? ' class="num"' : ''}>${cell}</td>`)).join('')}</tr>`;
  return `${out}</tbody></table></div>`;
}

function list(items: string[]): string {
  return items.length === 0 ? '' : `<ul>${items.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`;
}

function severity(v: StrategyView, f: Finding): string {
  return `<span class="sev ${f.severity}">${L(v, v.m.severities[f.severity] ?? f.severity)}</span>`;
}

function sectionFindings(v: StrategyView, k: SectionKey): string {
  const fs = v.findingsOf(k);
  if (fs.length === 0) return '';
  return `<ul class="section-findings" aria-label="${L(v, v.m.sectionFindings(fs.length))}">${fs.map((f) => `<li>${severity(v, f)} ${esc(f.message)} <span class="where">${esc(f.where)}</span></li>`).join('')}</ul>`;
}

function num(v: StrategyView, x: number | null, unit: string | null = null): string {
  if (x === null) return esc(v.m.none);
  return esc(`${numUpTo(v.lang, x, 2)}${unit ? `\u00a0${unit}` : ''}`);
}

function day(v: StrategyView, iso: string | null): string {
  return iso === null ? esc(v.m.none) : esc(date(v.lang, iso, 'medium'));
}

function open(v: StrategyView, k: SectionKey): string {
  return `<section id="s-${k}" class="part" aria-labelledby="s-${k}-h"><h2 id="s-${k}-h">${esc(v.sectionTitle(k))}</h2>${sectionFindings(v, k)}`;
}

function empty(v: StrategyView): string {
  return `<p class="empty">${L(v, v.m.empty)}</p>`;
}

function visionHtml(v: StrategyView): string {
  const { m } = v;
  const s = v.input.strategy.vision;
  let out = open(v, 'vision');
  if (v.text(s.vision)) out += `<p class="vision">${esc(v.text(s.vision))}</p>`;
  if (s.mission !== null && v.text(s.mission)) out += `<h3>${L(v, m.mission)}</h3><p>${esc(v.text(s.mission))}</p>`;
  if (s.goals.length) out += `<h3>${L(v, m.goals)}</h3>${list(s.goals.map((g) => v.text(g.text) || g.id))}`;
  out += `<h3>${L(v, m.objectives)}</h3>`;
  out +=
    table(
      [L(v, m.objective), L(v, m.goal), L(v, m.kpis), L(v, m.baseline), L(v, m.target), L(v, m.due)],
      s.objectives.map((o) => [
        esc(v.text(o.text) || o.id),
        esc(o.goal === null ? m.none : (v.text(s.goals.find((g) => g.id === o.goal)?.text) || o.goal)),
        esc(o.kpis.map((k) => v.kpi(k)).join(', ') || m.none),
        num(v, o.baseline, o.unit),
        num(v, o.target, o.unit),
        day(v, o.date),
      ]),
      undefined,
      [3, 4],
    ) || empty(v);
  return `${out}</section>`;
}

function voiceHtml(v: StrategyView): string {
  const { m } = v;
  const s = v.input.strategy.voice;
  let out = open(v, 'voice');
  const t = (xs: typeof s.tone) => xs.map((x) => v.text(x)).filter((x) => x !== '');
  if (s.valueProposition !== null && v.text(s.valueProposition)) out += `<h3>${L(v, m.valueProposition)}</h3><p class="vision">${esc(v.text(s.valueProposition))}</p>`;
  if (s.tone.length) out += `<h3>${L(v, m.tone)}</h3>${list(t(s.tone))}`;
  if (s.do.length || s.dont.length) out += `<div class="two"><div><h3>${L(v, m.do)}</h3>${list(t(s.do))}</div><div><h3>${L(v, m.dont)}</h3>${list(t(s.dont))}</div></div>`;
  if (s.samples.length) out += `<h3>${L(v, m.samples)}</h3>${t(s.samples).map((x) => `<blockquote>${esc(x)}</blockquote>`).join('')}`;
  if (!s.tone.length && !s.do.length && !s.dont.length && !s.samples.length && s.valueProposition === null) out += empty(v);
  return `${out}</section>`;
}

function audiencesHtml(v: StrategyView): string {
  const { m, lang } = v;
  const a = v.input.strategy.audiences;
  let out = open(v, 'audiences');
  out += `<h3>${L(v, m.segments)}</h3>`;
  if (a.segments.length === 0) out += empty(v);
  else {
    out += '<div class="cards">';
    for (const sg of a.segments) {
      out += `<div class="card" id="seg-${esc(sg.id)}"><h4>${esc(v.text(sg.name) || sg.id)}</h4><dl>`;
      if (sg.persona !== null && v.text(sg.persona)) out += `<dt>${L(v, m.persona)}</dt><dd>${esc(v.text(sg.persona))}</dd>`;
      if (sg.needs.length) out += `<dt>${L(v, m.needs)}</dt><dd>${list(sg.needs.map((x) => v.text(x)))}</dd>`;
      if (sg.questions.length) out += `<dt>${L(v, m.questions)}</dt><dd>${list(sg.questions.map((x) => v.text(x)))}</dd>`;
      if (sg.whereabouts.length) out += `<dt>${L(v, m.whereabouts)}</dt><dd>${esc(sg.whereabouts.join(', '))}</dd>`;
      out += '</dl></div>';
    }
    out += '</div>';
  }
  if (a.influencers.length) {
    out += `<h3>${L(v, m.influencers)}</h3>`;
    out += table(
      [L(v, m.influencer), L(v, m.segments), L(v, m.role), L(v, m.standing)],
      a.influencers.map((i) => [
        `${esc(i.name ?? i.candidateKey)} <code>${esc(i.candidateKey)}</code>`,
        esc(i.segments.map((x) => v.segment(x)).join(', ') || m.none),
        esc(v.text(i.role) || m.none),
        L(v, v.standing(i.candidateKey)),
      ]),
    );
  }
  if (a.communities.length) {
    out += `<h3>${L(v, m.communities)}</h3>`;
    out += table(
      [L(v, m.name), L(v, m.platform), L(v, m.size), L(v, m.activity)],
      a.communities.map((c) => {
        const href = safeHref(c.url);
        return [href ? `<a href="${esc(href)}">${esc(c.name)}</a>` : esc(c.name), esc(c.platform), c.size === null ? esc(m.none) : esc(int(lang, c.size)), esc(c.activity ? ACTIVITY_LEVELS[c.activity][lang] : m.none)];
      }),
      undefined,
      [2],
    );
  }
  return `${out}</section>`;
}

function competitionHtml(v: StrategyView): string {
  const { m } = v;
  const cs = v.input.strategy.competition.competitors;
  let out = open(v, 'competition');
  out +=
    table(
      [L(v, m.name), L(v, m.channels), L(v, m.content), L(v, m.owns)],
      cs.map((c) => [esc(c.name), esc(c.channels.join(', ') || m.none), esc(c.content.map((x) => v.text(x)).join(' · ') || m.none), esc(c.owns.map((x) => v.text(x)).join(' · ') || m.none)]),
    ) || empty(v);
  return `${out}</section>`;
}

function planHtml(v: StrategyView): string {
  const { m, lang } = v;
  const p = v.input.strategy.plan;
  let out = open(v, 'plan');
  // Projects and the Gantt.
  out += `<h3 id="projects">${L(v, m.projects)}</h3>`;
  out +=
    table(
      [L(v, m.project), L(v, m.type), L(v, m.objectives), L(v, m.owner), L(v, m.start), L(v, m.end)],
      p.projects.map((pr) => [esc(v.text(pr.name) || pr.id), esc(PROJECT_TYPES[pr.type][lang]), esc(pr.objectives.map((o) => v.objective(o)).join(', ') || m.none), esc(v.person(pr.owner) || m.none), day(v, pr.start), day(v, pr.end)]),
    ) || empty(v);
  const rows = ganttRows(v.input.strategy, lang);
  const svg = ganttSvg(rows, lang, v.lang === 'fr' ? qc(m.ganttAria) : m.ganttAria, m.milestones);
  out += `<h3 id="gantt">${L(v, m.gantt)}</h3>`;
  if (svg) {
    const legend = ganttLegend(rows, lang);
    out += `<ul class="legend">${legend.map((l) => `<li><span class="sw" style="background:${l.colour}"></span>${esc(l.label)}</li>`).join('')}<li>◆ ${L(v, m.milestones)}</li></ul>`;
    out += `<div class="figure">${svg}</div>`;
  } else out += empty(v);
  if (p.milestones.length) {
    out += table(
      [L(v, m.milestones), L(v, m.date), L(v, m.project)],
      [...p.milestones].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).map((x) => [esc(v.text(x.name) || x.id), day(v, x.date), esc(v.project(x.project) || m.none)]),
    );
  }
  // Channels, with the reference figures beside them.
  out += `<h3 id="channels">${L(v, m.channels)}</h3>`;
  out +=
    table(
      [L(v, m.channel), L(v, m.platform), L(v, m.segments), L(v, m.cadence), L(v, m.owner), L(v, m.referenceBeside)],
      p.channels.map((c) => {
        const figs = v.channelFigures(c.id);
        return [
          `<span class="sw" style="background:${v.channelColour(c.id)}"></span> ${esc(c.name)}`,
          esc(CHANNEL_KINDS[c.kind]?.[lang] ?? c.kind),
          esc(c.segments.map((x) => v.segment(x)).join(', ') || m.none),
          c.cadence ? L(v, m.cadenceOf(numUpTo(lang, c.cadence.count, 2), m.per[c.cadence.per] ?? c.cadence.per)) : esc(m.none),
          esc(v.person(c.owner) || m.none),
          figs.length ? `<span class="ref">${figs.map((f) => L(v, formatFigure(f, lang))).join('<br>')}</span>` : esc(m.none),
        ];
      }),
    ) || empty(v);
  out += `<p class="note">${L(v, m.platformsChart)}</p><div class="figure">${shareBarsSvg(v.platformBars(), lang === 'fr' ? qc(m.platformsChart) : m.platformsChart)}</div>`;
  // Content items, dated then the backlog.
  out += `<h3 id="items">${L(v, m.items)}</h3>`;
  const dated = p.items.filter((i) => i.date !== null).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  const itemRow = (i: (typeof p.items)[number]) => [
    esc(v.text(i.title) || i.id),
    esc(CONTENT_FORMS[i.form][lang]),
    esc(v.channel(i.channel) || m.none),
    esc(i.segments.map((x) => v.segment(x)).join(', ') || m.none),
    esc(i.objectives.map((x) => v.objective(x)).join(', ') || m.none),
    esc(ITEM_STATUSES[i.status][lang]),
    day(v, i.date),
    esc(v.person(i.owner) || m.none),
  ];
  const itemHead = [L(v, m.title), L(v, m.form), L(v, m.channel), L(v, m.segments), L(v, m.objectives), L(v, m.status), L(v, m.date), L(v, m.owner)];
  out += table(itemHead, dated.map(itemRow)) || empty(v);
  const undated = backlog(v.input.strategy).flatMap((b) => b.items);
  if (undated.length) out += `<h4>${L(v, m.backlog)}</h4>${table(itemHead, undated.map(itemRow))}`;
  const stacks = v.monthStacks();
  if (stacks.months.length) {
    out += `<p class="note">${L(v, m.itemsPerMonth)}</p>`;
    out += `<ul class="legend">${stacks.series.filter((x) => x.label !== '').map((x) => `<li><span class="sw" style="background:${x.colour}"></span>${esc(x.label)}</li>`).join('')}</ul>`;
    out += `<div class="figure">${monthStacksSvg(stacks.months, stacks.series, lang === 'fr' ? qc(m.itemsPerMonth) : m.itemsPerMonth)}</div>`;
  }
  // Resources.
  out += `<h3 id="resources">${L(v, m.resources)}</h3>`;
  if (p.people.length) out += table([L(v, m.people), L(v, m.role), L(v, m.hoursPerWeek)], p.people.map((x) => [esc(x.name), esc(x.role ?? m.none), num(v, x.hoursPerWeek)]), undefined, [2]);
  const b = p.budget;
  if (b.lines.length || b.total !== null) {
    const money = (x: number) => esc(new Intl.NumberFormat(locale(lang), { style: 'currency', currency: /^[A-Z]{3}$/.test(b.currency) ? b.currency : 'CAD', maximumFractionDigits: 0 }).format(x));
    const rowsB = b.lines.map((l) => [esc(v.text(l.label)), esc(v.project(l.project) || m.none), money(l.amount)]);
    if (b.total !== null) rowsB.push([`<strong>${L(v, m.total)}</strong>`, '', `<strong>${money(b.total)}</strong>`]);
    out += table([L(v, m.budget), L(v, m.project), L(v, m.amount)], rowsB, undefined, [2]);
  }
  if (!p.people.length && !b.lines.length && b.total === null) out += empty(v);
  // The calendar.
  out += `<h3 id="calendar">${L(v, m.calendar)}</h3>`;
  out += calendarGridHtml(v.input.strategy, lang, m, (id) => v.channel(id), (id) => v.channelClass(id));
  return `${out}</section>`;
}

function seoHtml(v: StrategyView): string {
  const { m } = v;
  const s = v.input.strategy;
  let out = open(v, 'seo');
  out += `<h3>${L(v, m.seoTopics)}</h3>`;
  out += table([L(v, m.segments), L(v, m.topic)], s.seo.topics.map((t) => [esc(v.segment(t.segment)), esc(t.topics.join(', '))])) || empty(v);
  out += `<h3>${L(v, m.keywords)}</h3>`;
  const withKw = s.plan.items.filter((i) => i.keywords.primary !== null || i.keywords.secondary.length > 0);
  out += table([L(v, m.title), L(v, m.primary), L(v, m.secondary), L(v, m.date)], withKw.map((i) => [esc(v.text(i.title) || i.id), esc(i.keywords.primary ?? m.none), esc(i.keywords.secondary.join(', ') || m.none), day(v, i.date)])) || empty(v);
  return `${out}</section>`;
}

function kpisHtml(v: StrategyView): string {
  const { m, lang } = v;
  let out = open(v, 'kpis');
  out +=
    table(
      [L(v, m.name), L(v, m.formula), L(v, m.source), L(v, m.frequency), L(v, m.baseline), L(v, m.target)],
      v.input.strategy.kpis.map((k) => [esc(v.text(k.name) || k.id), k.formula ? `<code>${esc(k.formula)}</code>` : esc(m.none), esc(k.source ?? m.none), esc(k.frequency ? FREQUENCIES[k.frequency][lang] : m.none), num(v, k.baseline, k.unit), num(v, k.target, k.unit)]),
      undefined,
      [4, 5],
    ) || empty(v);
  return `${out}</section>`;
}

function findingsHtml(v: StrategyView): string {
  const { m } = v;
  let out = `<section id="findings" class="part" aria-labelledby="findings-h"><h2 id="findings-h">${L(v, m.findings)}</h2>`;
  out += `<p>${L(v, m.findingsCount(v.counts.error, v.counts.warning, v.counts.info))}</p>`;
  if (v.input.findings.length === 0) out += `<p>${L(v, m.noFindings)}</p>`;
  else out += table([L(v, m.severity), L(v, m.rule), L(v, m.message), L(v, m.where)], v.input.findings.map((f) => [severity(v, f), `<code>${esc(f.rule)}</code>`, esc(f.message), `<code>${esc(f.where)}</code>`]));
  return `${out}</section>`;
}

function maturityHtml(v: StrategyView): string {
  const { m, lang } = v;
  let out = `<section id="maturity" class="part" aria-labelledby="maturity-h"><h2 id="maturity-h">${L(v, m.maturity)}</h2>`;
  const mt = v.maturity;
  const a = v.input.maturity?.assessment;
  if (!mt || !a) return `${out}<p class="empty">${L(v, m.noMaturity)}</p></section>`;
  out += `<p class="note">${L(v, m.assessedOn(date(lang, mt.date)))}</p>`;
  out += `<p class="stage-now">${L(v, mt.headline)}</p><p>${esc(mt.description)}</p>`;
  const bars = a.stages.map((s, i) => ({ label: STAGES[i]!.name[lang], mean: s.mean, met: s.met, current: s.stage === a.stage }));
  out += `<p class="note">${L(v, m.stagesChart)}</p><div class="figure">${stageBarsSvg(bars, a.params.stageMean, lang === 'fr' ? qc(m.stagesChart) : m.stagesChart)}</div>`;
  out += `<h3>${L(v, m.why)}</h3>${list(mt.reasons)}`;
  if (mt.blocking.length) out += `<h3>${L(v, m.blocking)}</h3>${list(mt.blocking)}`;
  if (mt.ahead) out += `<p>${esc(mt.ahead)}</p>`;
  if (mt.nextSteps.length) out += `<h3>${L(v, m.nextSteps)}</h3><ol>${mt.nextSteps.map((s) => `<li>${esc(s)}</li>`).join('')}</ol>`;
  return `${out}</section>`;
}

function referenceHtml(v: StrategyView): string {
  const { m, lang } = v;
  let out = `<section id="reference" class="part" aria-labelledby="reference-h"><h2 id="reference-h">${L(v, m.reference)}</h2>`;
  out += `<p class="note">${L(v, m.referenceNote)}</p>`;
  out += `<h3>${L(v, m.platformsChart)}</h3><div class="figure">${shareBarsSvg(v.platformBars(), lang === 'fr' ? qc(m.platformsChart) : m.platformsChart)}</div>`;
  out += `<h3>${L(v, m.benefitsChart)}</h3><div class="figure">${shareBarsSvg(v.benefitBars(), lang === 'fr' ? qc(m.benefitsChart) : m.benefitsChart)}</div>`;
  out += `<p class="ref">${L(v, m.source)}${L(v, m.colon)}${v.sources().map((s) => esc(s)).join('<br>')}</p>`;
  return `${out}</section>`;
}

function summaryHtml(v: StrategyView): string {
  const { m } = v;
  let out = `<header><h1>${esc(v.title)}</h1><p class="lede">${L(v, m.sectionsSkeleton)}</p></header>`;
  out += `<section id="summary" aria-labelledby="summary-h"><h2 id="summary-h">${L(v, m.summary)}</h2><dl class="facts">`;
  for (const [k, val] of v.facts()) out += `<dt>${L(v, k)}</dt><dd>${esc(val)}</dd>`;
  out += '</dl>';
  const toc: [string, string][] = SECTIONS.map((k) => [`s-${k}`, v.sectionTitle(k)]);
  toc.push(['findings', m.findings], ['maturity', m.maturity], ['reference', m.reference]);
  out += `<nav class="toc" aria-label="${L(v, m.contents)}"><ul>${toc.map(([id, t]) => `<li><a href="#${id}">${L(v, t)}</a></li>`).join('')}</ul></nav>`;
  return `${out}</section>`;
}

/** The complete HTML strategy report (see the file comment). */
export function renderStrategyHtml(input: StrategyReportInput): string {
  const v = makeView(input);
  const parts = [
    '<!DOCTYPE html>',
    `<html lang="${locale(input.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Éclaireur">',
    `<title>${esc(v.title)}</title>`,
    `<style>${REPORT_CSS}${STRATEGY_CSS}</style>`,
    '</head>',
    '<body>',
    '<main>',
    summaryHtml(v),
    visionHtml(v),
    voiceHtml(v),
    audiencesHtml(v),
    competitionHtml(v),
    planHtml(v),
    seoHtml(v),
    kpisHtml(v),
    findingsHtml(v),
    maturityHtml(v),
    referenceHtml(v),
    `<footer><p>${L(v, v.m.generatedBy)}</p></footer>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ];
  return parts.join('\n');
}
