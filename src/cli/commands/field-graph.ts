/**
 * The field's graph in the store (issue 4):
 *   `eclaireur graph import FILE...` reads edge lists (the formats of `graph rank`: CSV, TSV or
 *     space-separated, optionally .gz, optional weight and kind columns) into the field's graph,
 *     one transaction per file; a bad line exits with 2, names file:line and writes nothing.
 *     Index 1 (peer_recognition) reads the graph at the next `rank`.
 *   `eclaireur graph communities` shows the graph's communities (Louvain) by their share of
 *     the field's authority, with their candidates and leading accounts.
 *   `eclaireur discover` lists the accounts of the field's graph that are not candidates, by
 *     their authority as seen from the field, with the candidates who point to them: who are
 *     we missing? `--json` prints {"asOf", "nodes", "edges", "accounts": [{"name", "rank",
 *     "authority", "candidates", "recognisers", "pointedBy": [{"key", "name", "weight"}]}]}.
 */
import { Command, Option } from 'commander';
import type { Lang } from '../../core/domain.js';
import { discover, DISCOVER_DEFAULTS } from '../../core/graph/discover.js';
import { buildFieldGraph } from '../../core/graph/field-graph.js';
import { FIELD_COMMUNITIES_DEFAULTS, fieldCommunities } from '../../core/graph/field-communities.js';
import { LOUVAIN_DEFAULTS } from '../../core/graph/louvain.js';
import { EdgeListError } from '../../adapters/graph/edge-list-parser.js';
import { EdgeListFileError, readEdgeList } from '../../adapters/graph/edge-list.js';
import { globals, withStore } from '../context.js';
import { parseTop, withFieldAt } from '../field-input.js';
import { addEdgeListOptions, edgeListOptions, type EdgeListCliOptions } from '../edge-list-options.js';
import { UsageError, io } from '../errors.js';
import { resolveField } from './field.js';

const MESSAGES = {
  en: {
    imported: (file: string, lines: number, nodes: number, edges: number, updated: number) =>
      `${file}: ${lines} line(s) read; ${nodes} new account(s), ${edges} new edge(s), ${updated} weight(s) updated`,
    empty: 'the field has no graph and no peer mention: import an edge list with `eclaireur graph import FILE`',
    head: (nodes: number, edges: number, asOf: string | null) => `field graph: ${nodes} accounts, ${edges} edges${asOf ? ` (as of ${asOf})` : ''}; accounts that are not candidates, by authority:`,
    columns: ['rank', 'account', 'authority', 'candidates', 'pointed to by'],
    none: 'no account outside the candidates is pointed to',
    badTop: (v: string) => `--top: expected a whole number ≥ 1, got "${v}"`,
    communities: (count: number, modularity: number, shown: number) => `${count} communities (Louvain, modularity ${modularity.toFixed(4)}); the ${shown} with the most authority:`,
    community: (rank: number, size: number, cands: number, share: string) => `${rank}. ${size} account(s), ${cands} candidate(s), ${share} of the field's authority`,
    candidatesLine: 'candidates',
    leadersLine: 'other accounts',
    badResolution: (v: string) => `--resolution: expected a number > 0, got "${v}"`,
  },
  fr: {
    imported: (file: string, lines: number, nodes: number, edges: number, updated: number) =>
      `${file} : ${lines} ligne(s) lue(s) ; ${nodes} nouveau(x) compte(s), ${edges} nouveau(x) lien(s), ${updated} poids mis à jour`,
    empty: 'le milieu n’a ni graphe ni mention par un pair : importez une liste de liens avec `eclaireur graph import FICHIER`',
    head: (nodes: number, edges: number, asOf: string | null) => `graphe du milieu : ${nodes} comptes, ${edges} liens${asOf ? ` (au ${asOf})` : ''} ; comptes qui ne sont pas candidats, par autorité :`,
    columns: ['rang', 'compte', 'autorité', 'candidats', 'désigné par'],
    none: 'aucun compte hors des candidats n’est désigné',
    badTop: (v: string) => `--top : un nombre entier ≥ 1 est attendu, reçu « ${v} »`,
    communities: (count: number, modularity: number, shown: number) => `${count} communautés (Louvain, modularité ${modularity.toFixed(4).replace('.', ',')}) ; les ${shown} qui ont le plus d’autorité :`,
    community: (rank: number, size: number, cands: number, share: string) => `${rank}. ${size} compte(s), ${cands} candidat(s), ${share} de l’autorité du milieu`,
    candidatesLine: 'candidats',
    leadersLine: 'autres comptes',
    badResolution: (v: string) => `--resolution : un nombre > 0 est attendu, reçu « ${v} »`,
  },
} satisfies Record<Lang, unknown>;

interface ImportOptions extends EdgeListCliOptions {
  field?: string;
}

interface CommunityOptions {
  field?: string;
  top: string;
  json?: boolean;
  resolution: string;
  seed: string;
  config?: string;
  asOf?: string;
}

/** `eclaireur graph communities`: the field graph's communities (Louvain), by authority. */
export function registerGraphCommunities(graph: Command): void {
  graph
    .command('communities')
    .description("the communities of the field's graph (Louvain), by their share of the field's authority, with their candidates and leading accounts")
    .option('--field <topic-or-id>', 'field (default: the only or first one)')
    .option('--top <n>', 'how many communities to list', String(FIELD_COMMUNITIES_DEFAULTS.top))
    .option('--json', 'print JSON')
    .option('--resolution <x>', 'Louvain resolution (above 1: smaller communities)', String(LOUVAIN_DEFAULTS.resolution))
    .option('--seed <n>', 'seed of the visiting order', String(LOUVAIN_DEFAULTS.seed))
    .option('--config <file>', 'ranking configuration (its asOf and the peer_recognition half-life)')
    .addOption(new Option('--as-of <date>', 'reference date (YYYY-MM-DD)'))
    .action(async (o: CommunityOptions, cmd: Command) => {
      const g = globals(cmd);
      const m = MESSAGES[g.lang];
      const top = parseTop(o.top, m.badTop);
      const resolution = Number(o.resolution);
      if (!(resolution > 0 && resolution < Infinity)) throw new UsageError(m.badResolution(o.resolution));
      const seed = Number(o.seed);
      if (!Number.isInteger(seed) || seed < 0) throw new UsageError(`--seed: expected a whole number ≥ 0, got "${o.seed}"`);
      await withFieldAt(g, o, async ({ input, config, asOfDay }) => {
        const fg = buildFieldGraph(input, asOfDay, config.indices.peer_recognition.halfLifeDays);
        if (fg.graph.edgeCount === 0) throw new UsageError(m.empty);
        const r = fieldCommunities(fg, { top, resolution, seed });
        const cands = input.candidates;
        if (o.json) {
          const out = {
            modularity: r.modularity,
            count: r.count,
            communities: r.communities.map((c) => ({
              rank: c.rank,
              size: c.size,
              authority: c.authority,
              candidates: c.candidates.map((v) => ({ key: cands[v].key, name: cands[v].name })),
              leaders: c.leaders.map((v) => fg.names[v]),
            })),
          };
          io.out(`${JSON.stringify(out, null, 2)}\n`);
          return;
        }
        const pct = new Intl.NumberFormat(g.lang === 'fr' ? 'fr-CA' : 'en-CA', { style: 'percent', maximumFractionDigits: 1 });
        const lines = [m.communities(r.count, r.modularity, r.communities.length)];
        for (const c of r.communities) {
          lines.push(m.community(c.rank, c.size, c.candidates.length, pct.format(c.authority)));
          if (c.candidates.length > 0) lines.push(`   ${m.candidatesLine}: ${c.candidates.slice(0, 8).map((v) => cands[v].name).join(', ')}${c.candidates.length > 8 ? ', …' : ''}`);
          if (c.leaders.length > 0) lines.push(`   ${m.leadersLine}: ${c.leaders.map((v) => fg.names[v]).join(', ')}`);
        }
        io.out(`${lines.join('\n')}\n`);
      });
    });
}

export function registerGraphImport(graph: Command): void {
  const command = graph
    .command('import')
    .description("import edge lists into the field's graph (read by index 1 and `discover`); one transaction per file")
    .argument('<files...>', 'edge lists: source, target, optional weight and kind; header optional; .gz allowed')
    .option('--field <topic-or-id>', 'field to import into (default: the only or first one)');
  addEdgeListOptions(command).action(async (files: string[], o: ImportOptions, cmd: Command) => {
      const g = globals(cmd);
      const m = MESSAGES[g.lang];
      await withStore(g, async (store) => {
        const field = await resolveField(store, o.field);
        for (const file of files) {
          let list;
          try {
            list = await readEdgeList(file, edgeListOptions(o));
          } catch (e) {
            if (e instanceof EdgeListError || e instanceof EdgeListFileError || e instanceof RangeError) throw new UsageError(e.message);
            throw e;
          }
          const n = await store.importGraph(field.id, list, file);
          io.err(`${m.imported(file, list.dataLines, n.nodes, n.edges, n.updated)}\n`);
        }
      });
    });
}

interface DiscoverOptions {
  field?: string;
  top: string;
  json?: boolean;
  config?: string;
  asOf?: string;
}

export function registerDiscover(program: Command): void {
  program
    .command('discover')
    .description("who are we missing? accounts of the field's graph that are not candidates, by authority, with the candidates who point to them")
    .option('--field <topic-or-id>', 'field (default: the only or first one)')
    .option('--top <n>', 'how many accounts to list', String(DISCOVER_DEFAULTS.top))
    .option('--json', 'print JSON')
    .option('--config <file>', 'ranking configuration (its asOf and the peer_recognition half-life)')
    .addOption(new Option('--as-of <date>', 'reference date (YYYY-MM-DD); default: the configuration’s, else the latest evidence'))
    .action(async (o: DiscoverOptions, cmd: Command) => {
      const g = globals(cmd);
      const m = MESSAGES[g.lang];
      const top = parseTop(o.top, m.badTop);
      await withFieldAt(g, o, async ({ input, config, asOfDay, asOf }) => {
        const fg = buildFieldGraph(input, asOfDay, config.indices.peer_recognition.halfLifeDays);
        if (fg.graph.edgeCount === 0) throw new UsageError(m.empty);
        const found = discover(fg, { top });
        const cands = input.candidates;
        if (o.json) {
          const out = {
            asOf,
            nodes: fg.graph.nodeCount,
            edges: fg.graph.edgeCount,
            accounts: found.map((d) => ({
              name: d.name,
              rank: d.rank,
              authority: d.authority,
              candidates: d.candidates,
              recognisers: d.recognisers,
              pointedBy: d.pointedBy.map((p) => ({ key: cands[p.candidate].key, name: cands[p.candidate].name, weight: p.weight })),
            })),
          };
          io.out(`${JSON.stringify(out, null, 2)}\n`);
          return;
        }
        const lines = [m.head(fg.graph.nodeCount, fg.graph.edgeCount, asOf)];
        if (found.length === 0) lines.push(m.none);
        else {
          const width = Math.max(m.columns[1].length, ...found.map((d) => d.name.length));
          lines.push([m.columns[0].padStart(5), m.columns[1].padEnd(width), m.columns[2].padStart(10), m.columns[3].padStart(10), m.columns[4]].join('  '));
          for (const d of found) {
            const who = d.pointedBy.map((p) => cands[p.candidate].name).join(', ');
            lines.push([String(d.rank).padStart(5), d.name.padEnd(width), d.authority.toExponential(3).padStart(10), String(d.candidates).padStart(10), who].join('  '));
          }
        }
        io.out(`${lines.join('\n')}\n`);
      });
    });
}
