/**
 * `eclaireur match review`: the entries of published lists whose match to a candidate was
 * doubtful (`rankings match --apply` queued them), and a person's decision on each:
 *   (no option)                 lists the queue (`--json` for scripts);
 *   --accept ID [--candidate K] the entry is the proposed candidate (or K): its rank is stored;
 *   --reject ID                 the entry is none of the field's candidates;
 *   --new ID                    the entry becomes a new candidate, with its rank.
 * Decisions are kept (by the entry's normalised name and identifiers) and reused by the next
 * `rankings match`, so the same person in next year's list is not asked about again.
 */
import type { Command } from 'commander';
import type { QueuedMatch } from '../../adapters/storage/index.js';
import { globals, withStore } from '../context.js';
import { UsageError, io } from '../errors.js';
import { resolveField } from './field.js';
import { decideQueuedMatch, ReviewError, type ReviewDecision } from '../../adapters/storage/match-review.js';

const MESSAGES = {
  en: {
    empty: 'nothing to review',
    head: (n: number) => `${n} entr(ies) to review:`,
    proposed: 'proposed',
    or: 'or',
    noSuch: (id: string) => `no entry ${id} in the review queue (see \`eclaireur match review\`)`,
    noCandidate: (k: string) => `no candidate "${k}" in this field`,
    noProposal: (id: number) => `entry ${id} has no proposed candidate: give one with --candidate KEY, or --new, or --reject`,
    accepted: (id: number, name: string, key: string, n: number) => `entry ${id} is ${name} (${key}); ${n} rank stored`,
    rejected: (id: number) => `entry ${id} rejected: it is none of the field's candidates`,
    created: (id: number, key: string) => `entry ${id} added as a new candidate, ${key}`,
    one: 'give one of --accept, --reject or --new',
  },
  fr: {
    empty: 'rien à vérifier',
    head: (n: number) => `${n} entrée(s) à vérifier :`,
    proposed: 'proposé',
    or: 'ou',
    noSuch: (id: string) => `aucune entrée ${id} dans la file de vérification (voir \`eclaireur match review\`)`,
    noCandidate: (k: string) => `aucun candidat « ${k} » dans ce milieu`,
    noProposal: (id: number) => `l’entrée ${id} n’a pas de candidat proposé : indiquez-en un avec --candidate CLÉ, ou --new, ou --reject`,
    accepted: (id: number, name: string, key: string, n: number) => `l’entrée ${id} est ${name} (${key}) ; ${n} rang conservé`,
    rejected: (id: number) => `entrée ${id} rejetée : ce n’est aucun des candidats du milieu`,
    created: (id: number, key: string) => `entrée ${id} ajoutée comme nouveau candidat, ${key}`,
    one: 'indiquez une seule option parmi --accept, --reject ou --new',
  },
};

interface ReviewOptions {
  accept?: string;
  reject?: string;
  new?: string;
  candidate?: string;
  json?: boolean;
  field?: string;
}

function label(q: QueuedMatch): string {
  return q.year === null ? q.list : `${q.list} (${q.year})`;
}

export function registerMatch(program: Command): void {
  const match = program.command('match').description('matching published lists to the field’s candidates');
  match
    .command('review')
    .description('the doubtful matches waiting for a person, and the decision on each (kept and reused)')
    .option('--accept <id>', 'the entry is the proposed candidate (or --candidate KEY)')
    .option('--candidate <key>', 'with --accept: the candidate it is')
    .option('--reject <id>', 'the entry is none of the field’s candidates')
    .option('--new <id>', 'the entry becomes a new candidate')
    .option('--json', 'print the queue as JSON')
    .option('--field <topic-or-id>', 'field (default: the only or first one)')
    .action(async (o: ReviewOptions, cmd: Command) => {
      const g = globals(cmd);
      const m = MESSAGES[g.lang];
      const chosen = [o.accept, o.reject, o.new].filter((x) => x !== undefined);
      if (chosen.length > 1) throw new UsageError(m.one);
      await withStore(g, async (store) => {
        const field = await resolveField(store, o.field);
        if (chosen.length === 0) {
          const queue = await store.matchQueue(field.id);
          if (o.json) {
            io.out(`${JSON.stringify(queue, null, 2)}\n`);
            return;
          }
          if (queue.length === 0) {
            io.out(`${m.empty}\n`);
            return;
          }
          const input = await store.loadScoringInput(field.id);
          const names = new Map(input.candidates.map((c) => [c.key, c.name]));
          const lines = [m.head(queue.length)];
          for (const q of queue) {
            const who = q.proposed ? `${names.get(q.proposed) ?? q.proposed} (${q.proposed}, ${q.score.toFixed(3)})` : '—';
            const alt = q.alternatives.length > 0 ? ` ${m.or} ${q.alternatives.join(', ')}` : '';
            lines.push(`${String(q.id).padStart(4)}  ${label(q)} #${q.rank}  "${q.name}"${q.identifiers.length ? ` ${q.identifiers.join(' ')}` : ''} → ${m.proposed}: ${who}${alt}`);
          }
          io.out(`${lines.join('\n')}\n`);
          return;
        }
        const raw = chosen[0]!;
        const id = Number(raw);
        if (!Number.isInteger(id)) throw new UsageError(m.noSuch(raw));
        const decision: ReviewDecision = o.reject !== undefined ? { kind: 'reject' } : o.new !== undefined ? { kind: 'new' } : { kind: 'accept', candidate: o.candidate };
        let r;
        try {
          r = await decideQueuedMatch(store, field.id, id, decision);
        } catch (e) {
          if (!(e instanceof ReviewError)) throw e;
          throw new UsageError(e.reason === 'no-entry' ? m.noSuch(raw) : e.reason === 'no-proposal' ? m.noProposal(id) : m.noCandidate(e.value));
        }
        if (r.kind === 'rejected') io.out(`${m.rejected(id)}\n`);
        else if (r.kind === 'created') io.out(`${m.created(id, r.key)}\n`);
        else io.out(`${m.accepted(id, r.name, r.key, 1)}\n`);
      });
    });
  for (const c of [match, ...match.commands]) c.exitOverride().showHelpAfterError().configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
}
