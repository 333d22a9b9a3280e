/**
 * The demonstration workspace's maturity assessment: the fictional Québec B2B consultancy of the
 * demo, as of the demonstration date. It publishes weekly and converses with its field (its
 * listening, presence and dialogue are in place), but has no written policy, no budget line of
 * its own and reports its KPIs irregularly: Engagement (stage 3), with Formalized next.
 */
import { QUESTIONNAIRE_VERSION, assessMaturity, type Answers } from '../../core/maturity/index.js';
import { saveAssessment } from '../storage/maturity-store.js';
import type { Store } from '../storage/index.js';
import { DEMO_AS_OF } from './generator.js';

export const DEMO_MATURITY_ANSWERS: Answers = {
  'planning-listening': 4,
  'planning-goals': 3,
  'planning-audiences': 3,
  'presence-profiles': 4,
  'presence-cadence': 3,
  'presence-owners': 3,
  'engagement-response': 3,
  'engagement-conversations': 3,
  'engagement-influencers': 2,
  'formalized-policy': 1,
  'formalized-team': 2,
  'formalized-reporting': 2,
  'strategic-sponsor': 2,
  'strategic-outcomes': 1,
  'strategic-units': 0,
  'converged-strategy': 1,
  'converged-advocacy': 1,
  'converged-insights': 0,
};

/** Stores the demo's assessment (idempotent: the same day's is replaced by the same answers). */
export async function saveDemoMaturity(store: Store, fieldId: number): Promise<void> {
  const a = assessMaturity(DEMO_MATURITY_ANSWERS);
  await saveAssessment(store.db, fieldId, { date: DEMO_AS_OF, questionnaireVersion: QUESTIONNAIRE_VERSION, answers: DEMO_MATURITY_ANSWERS, stage: a.stage });
}
