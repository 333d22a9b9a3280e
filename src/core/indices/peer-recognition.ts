/**
 * Index 1, peer_recognition — recognised by the field's actors.
 *
 * Simple evidence form (until the field-graph authority of issue 4 replaces it): the distinct
 * peers who mention, repost, cite or follow the candidate. Each distinct peer counts once, with
 * the recency weight 0.5^(age/halfLife) of their latest mention (undated mentions count as
 * current), so many different peers weigh more than one peer repeating themself.
 * Raw signal: Σ over distinct peers of that weight ("recency-weighted distinct peers").
 * References: de Solla Price's and Garfield's citation counting (distinct citing sources);
 * the "distinct peers" reading of topical authority (Onalytica); Haveliwala 2002 for the
 * personalised authority that will replace this count.
 */
import { NO_DAY } from '../dates.js';
import { kindCode } from '../evidence/kinds.js';
import { recencyLookup, recencyWeight } from '../ranking/normalise.js';
import { type Marked, newSignal, nextMark, num, scratchFor, t } from './common.js';
import type { IndexContext, IndexModule } from './types.js';

const PEER = kindCode('peer_mention');

interface PeerTally {
  peers: number;
  mentions: number;
  raw: number;
}

/** Tallies one candidate; `best` and `stamp` are scratch arrays indexed by interned string. */
function tally(ctx: IndexContext, c: number, s: Scratch): PeerTally {
  const { best, stamp, list } = s;
  const { table, asOfDay, params } = ctx;
  const h = params.halfLifeDays;
  const lut = recencyLookup(table, asOfDay, h);
  let peers = 0;
  let mentions = 0;
  const mark = nextMark(s);
  for (let r = table.offsets[c], end = table.offsets[c + 1]; r < end; r++) {
    if (table.kind[r] !== PEER) continue;
    const d = table.day[r];
    if (d !== NO_DAY && d > asOfDay) continue;
    const p = table.key[r];
    if (p < 0) continue;
    const age = asOfDay - d;
    const w = d === NO_DAY ? 1 : age < lut.length ? lut[age] : recencyWeight(age, h);
    mentions++;
    if (stamp[p] !== mark) {
      stamp[p] = mark;
      best[p] = w;
      list[peers++] = p;
    } else if (w > best[p]) best[p] = w;
  }
  let raw = 0;
  for (let i = 0; i < peers; i++) raw += best[list[i]];
  return { peers, mentions, raw };
}

interface Scratch extends Marked {
  best: Float64Array;
  stamp: Int32Array;
  list: Int32Array;
}

function scratch(ctx: IndexContext): Scratch {
  const n = ctx.table.strings.length;
  return scratchFor(ctx.table, 'peer_recognition', () => ({ epoch: 0, best: new Float64Array(n), stamp: new Int32Array(n), list: new Int32Array(n) }));
}

export const peerRecognition: IndexModule = {
  key: 'peer_recognition',
  label: { en: 'Recognised by the field’s actors', fr: 'Reconnaissance par les acteurs du milieu' },
  signal(ctx) {
    const C = ctx.table.candidateCount;
    const out = newSignal(C);
    const s = scratch(ctx);
    for (let c = 0; c < C; c++) {
      const r = tally(ctx, c, s);
      out.evidence[c] = r.mentions;
      if (r.mentions > 0) out.raw[c] = r.raw;
    }
    return out;
  },
  explain(ctx, c, lang) {
    const s = scratch(ctx);
    const r = tally(ctx, c, s);
    if (r.mentions === 0) return t(lang, 'Aucune mention par un pair.', 'No mention by a peer.');
    return t(
      lang,
      `${num(r.peers, lang, 0)} pairs distincts (${num(r.mentions, lang, 0)} mentions), pondérés par l’ancienneté de leur dernière mention : ${num(r.raw, lang, 2)}.`,
      `${num(r.peers, lang, 0)} distinct peers (${num(r.mentions, lang, 0)} mentions), weighted by the age of their latest mention: ${num(r.raw, lang, 2)}.`,
    );
  },
  describe(params, lang) {
    return {
      signal: t(
        lang,
        `Pairs distincts qui mentionnent, relaient, citent ou suivent la personne (preuves « mention par un pair »). Chaque pair compte une fois, avec le poids 0,5^(âge/${params.halfLifeDays} j) de sa mention la plus récente.`,
        `Distinct peers who mention, repost, cite or follow the person ("peer mention" evidence). Each peer counts once, weighted 0.5^(age/${params.halfLifeDays} d) by their latest mention.`,
      ),
      references: [
        'Garfield, E. (1972). Citation analysis as a tool in journal evaluation. Science 178.',
        'Haveliwala, T. (2002). Topic-sensitive PageRank. WWW 2002 (the field-graph authority that will refine this index).',
      ],
      limits: t(
        lang,
        'Compte simple : un pair influent pèse autant qu’un pair marginal tant que le graphe du milieu n’est pas importé.',
        'A plain count: an influential peer weighs as much as a marginal one until the field’s graph is imported.',
      ),
    };
  },
};
