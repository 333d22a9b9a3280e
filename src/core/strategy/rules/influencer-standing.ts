/**
 * Rule `influencer-standing` (warning): an influencer the plan counts on should stand well in
 * the field's data — a candidate of the field, ranked in the latest ranking run within the top
 * `lowRankShare` of it, and with no poor audience-quality audit (fake or inactive followers over
 * `poorFakeShare`, from the latest `audience` evidence, issue 3). The standings come from the
 * caller (`CheckContext.influencers`); without field data (null) the rule says nothing.
 */
import type { Finding, Rule } from '../model.js';
import { defaultsOf, finding, num, t } from './common.js';

export const influencerStanding: Rule = {
  id: 'influencer-standing',
  severity: 'warning',
  title: { fr: 'Influenceur mal classé ou à l’auditoire douteux', en: 'Influencer ranking low or with a poor audience audit' },
  check(s, ctx) {
    const out: Finding[] = [];
    const L = ctx.lang;
    const d = defaultsOf(ctx);
    const standings = ctx.influencers;
    if (standings === null) return out;
    s.audiences.influencers.forEach((inf, i) => {
      const w = `audiences.influencers[${i}]`;
      const n = inf.name ?? inf.candidateKey;
      const st = standings.get(inf.candidateKey);
      if (!st) {
        out.push(finding(influencerStanding, `${w}.candidateKey`, t(L, `« ${n} » (${inf.candidateKey}) n’est pas un candidat du champ.`, `"${n}" (${inf.candidateKey}) is not a candidate of the field.`)));
        return;
      }
      if (st.rank === null) {
        out.push(finding(influencerStanding, w, t(L, `« ${n} » n’est pas classé dans le dernier classement du champ.`, `"${n}" is not ranked in the field's latest ranking.`)));
      } else if (st.of > 0 && st.rank / st.of > d.lowRankShare) {
        out.push(
          finding(
            influencerStanding,
            w,
            t(
              L,
              `« ${n} » est classé ${st.rank}e sur ${st.of} : hors des ${Math.round(100 * d.lowRankShare)} % premiers du classement.`,
              `"${n}" ranks ${st.rank} of ${st.of}: outside the top ${Math.round(100 * d.lowRankShare)}% of the ranking.`,
            ),
          ),
        );
      }
      if (st.fakeShare !== null && st.fakeShare > d.poorFakeShare) {
        out.push(
          finding(
            influencerStanding,
            w,
            t(
              L,
              `L’audit de l’auditoire de « ${n} » trouve ${num(100 * st.fakeShare, L, 0)} % d’abonnés faux ou inactifs (seuil : ${num(100 * d.poorFakeShare, L, 0)} %).`,
              `The audience audit of "${n}" finds ${num(100 * st.fakeShare, L, 0)}% fake or inactive followers (threshold: ${num(100 * d.poorFakeShare, L, 0)}%).`,
            ),
          ),
        );
      }
    });
    return out;
  },
};
