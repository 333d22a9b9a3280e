/**
 * Index 9, qualified_audience — qualified audience: size and quality (no fake accounts).
 *
 * For each platform, the latest `audience` item gives the followers and the latest item that has
 * an estimated fake share gives the share (an audit stays valid until the next one: a newer
 * follower count does not erase it); real audience = Σ_platforms followers × (1 − fake share). The fake share
 * comes from an audit of a follower sample (`eclaireur audience audit --candidate`: the
 * classifier of src/core/audience/, the share corrected for its errors; docs/audience.md),
 * stored as an `audience` item dated at the observation, or is typed in. An audience without an audited fake share is counted with unauditedFakeShare and
 * flagged as unaudited in the explanation. Normalised on a log scale (audiences are
 * heavy-tailed). References: HypeAuditor's "audience quality score"; Cresci et al. (2015),
 * "Fame for sale: efficient detection of fake Twitter followers", Decision Support Systems 80.
 */
import { NO_DAY } from '../dates.js';
import { kindCode } from '../evidence/kinds.js';
import { type Marked, newSignal, nextMark, num, param, pct, scratchFor, t } from './common.js';
import type { IndexContext, IndexModule } from './types.js';

const AUDIENCE = kindCode('audience');

interface Audience {
  items: number;
  platforms: { platform: number; followers: number; fake: number; audited: boolean }[];
  real: number;
  followers: number;
}

function audience(ctx: IndexContext, c: number, s: Scratch, detail: boolean): Audience {
  const { latestDay, latestRow, shareDay, shareRow, stamp, ids } = s;
  const { table, asOfDay, params } = ctx;
  const mark = nextMark(s);
  let n = 0;
  let items = 0;
  for (let r = table.offsets[c], end = table.offsets[c + 1]; r < end; r++) {
    if (table.kind[r] !== AUDIENCE) continue;
    const d = table.day[r];
    if (d !== NO_DAY && d > asOfDay) continue;
    const p = table.key[r];
    const v = table.value[r];
    if (p < 0 || v !== v) continue;
    items++;
    const day = d === NO_DAY ? -1e9 : d;
    if (stamp[p] !== mark) {
      stamp[p] = mark;
      ids[n++] = p;
      latestDay[p] = day;
      latestRow[p] = r;
      shareRow[p] = -1;
    } else if (day >= latestDay[p]) {
      latestDay[p] = day;
      latestRow[p] = r;
    }
    const fs = table.value2[r];
    if (fs === fs && (shareRow[p] < 0 || day >= shareDay[p])) {
      shareDay[p] = day;
      shareRow[p] = r;
    }
  }
  const unaudited = param(params, 'unauditedFakeShare');
  let real = 0;
  let followers = 0;
  const platforms: Audience['platforms'] = detail ? [] : NO_PLATFORMS;
  for (let i = 0; i < n; i++) {
    const r = latestRow[ids[i]];
    const f = Math.max(0, table.value[r]);
    // The fake share: the latest known for the platform, even from an earlier figure (an audit
    // stays valid until the next one; a new follower count does not erase it).
    const sr = shareRow[ids[i]];
    const fs = sr < 0 ? NaN : table.value2[sr];
    const audited = fs === fs;
    const fake = audited ? Math.min(1, Math.max(0, fs)) : unaudited;
    real += f * (1 - fake);
    followers += f;
    if (detail) platforms.push({ platform: ids[i], followers: f, fake, audited });
  }
  return { items, platforms, real, followers };
}

/** The (empty, never written) platform list of a computation without detail. */
const NO_PLATFORMS: Audience['platforms'] = [];

interface Scratch extends Marked {
  latestDay: Float64Array;
  latestRow: Int32Array;
  shareDay: Float64Array;
  shareRow: Int32Array;
  stamp: Int32Array;
  ids: Int32Array;
}

function scratch(ctx: IndexContext): Scratch {
  const n = ctx.table.strings.length;
  return scratchFor(ctx.table, 'qualified_audience', () => ({ epoch: 0, latestDay: new Float64Array(n), latestRow: new Int32Array(n), shareDay: new Float64Array(n), shareRow: new Int32Array(n), stamp: new Int32Array(n), ids: new Int32Array(n) }));
}

export const qualifiedAudience: IndexModule = {
  key: 'qualified_audience',
  label: { en: 'Qualified audience (size and quality)', fr: 'Auditoire qualifié (taille et qualité)' },
  signal(ctx) {
    const C = ctx.table.candidateCount;
    const out = newSignal(C);
    const s = scratch(ctx);
    for (let c = 0; c < C; c++) {
      const a = audience(ctx, c, s, false);
      out.evidence[c] = a.items;
      if (a.items > 0) out.raw[c] = a.real;
    }
    return out;
  },
  explain(ctx, c, lang) {
    const s = scratch(ctx);
    const a = audience(ctx, c, s, true);
    if (a.items === 0) return t(lang, 'Aucun auditoire connu.', 'No known audience.');
    const parts = a.platforms
      .map((p) => ({ ...p, name: ctx.table.strings[p.platform] }))
      .sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0))
      .map((p) =>
        t(
          lang,
          `${p.name} ${num(p.followers, lang, 0)} abonnés, ${pct(p.fake, lang)} faux${p.audited ? '' : ' (non audité)'}`,
          `${p.name} ${num(p.followers, lang, 0)} followers, ${pct(p.fake, lang)} fake${p.audited ? '' : ' (unaudited)'}`,
        ),
      );
    return t(lang, `${parts.join(' ; ')} : auditoire réel ${num(a.real, lang, 0)}.`, `${parts.join('; ')}: real audience ${num(a.real, lang, 0)}.`);
  },
  describe(params, lang) {
    const u = pct(param(params, 'unauditedFakeShare'), lang);
    return {
      signal: t(
        lang,
        `Auditoire réel = Σ sur les plateformes (dernier relevé de chacune) des abonnés × (1 − dernière part de faux comptes estimée pour la plateforme). La part de faux comptes vient d’un audit d’un échantillon d’abonnés (forêt aléatoire sur les traits du profil, part corrigée des erreurs du modèle) ou est saisie. Sans audit, elle est fixée à ${u} et l’auditoire est signalé « non audité ».`,
        `Real audience = Σ over platforms (latest figure of each) of followers × (1 − the latest estimated fake share for the platform). The fake share comes from an audit of a follower sample (a random forest on profile features, the share corrected for the model's errors) or is typed in. Without an audit, it is set to ${u} and the audience is flagged "unaudited".`,
      ),
      references: ['Cresci, S. et al. (2015). Fame for sale: efficient detection of fake Twitter followers. Decision Support Systems 80.', 'HypeAuditor, Audience Quality Score (method not published).'],
      limits: t(lang, 'La part de faux comptes est une estimation ; l’engagement n’est pas encore comparé aux normes des plateformes.', 'The fake share is an estimate; engagement is not yet compared with platform norms.'),
    };
  },
};
