/**
 * `eclaireur graph rank FILE`: authority scores of the nodes of an edge-list file (the field's
 * interaction graph: who follows, mentions, reposts whom), best first.
 *
 * Contract for automation (issue 4; scripts depend on it): with `--algorithm pagerank --top N
 * --json` it prints `{"nodes", "edges", "iterations", "scores": [{"id", "score"}, …]}` — the N
 * best nodes, `id` the node's name as written in the file, scores summing to 1 over all nodes;
 * damping 0.85 unless `--damping`; unweighted unless the file has a weight column. The other
 * algorithms print the same shape (HITS adds the hub scores of the same nodes; in-degree scores
 * are counts). Invalid input (a bad line, an unknown seed) exits with 2 and names file:line.
 */
import { readFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { hits } from '../../core/graph/hits.js';
import { inDegreeFrom } from '../../core/graph/in-degree.js';
import { PAGERANK_DEFAULTS, type PageRankResult } from '../../core/graph/pagerank.js';
import { seedVector } from '../../core/graph/ppr.js';
import { topNodes } from '../../core/graph/top.js';
import { compareCodePoints } from '../../core/text.js';
import { EdgeListError } from '../../adapters/graph/edge-list-parser.js';
import { EdgeListFileError, loadGraph, type LoadedGraph } from '../../adapters/graph/edge-list.js';
import { autoThreads, pagerankThreads } from '../../adapters/graph/parallel-pagerank.js';
import { globals } from '../context.js';
import { addEdgeListOptions, edgeListOptions, type EdgeListCliOptions } from '../edge-list-options.js';
import { registerGraphCommunities, registerGraphImport } from './field-graph.js';
import { UsageError, io } from '../errors.js';
import { graphMessages, type NumberKind } from '../graph-messages.js';

interface RankOptions extends EdgeListCliOptions {
  algorithm: 'pagerank' | 'ppr' | 'hits' | 'indegree';
  top: string;
  json?: boolean;
  damping?: string;
  tolerance?: string;
  maxIterations?: string;
  seeds?: string;
  seedsFile?: string;
  threads: string;
  selfLoops: 'keep' | 'drop';
  duplicates: 'sum' | 'max' | 'last';
}

interface Scored {
  nodes: number;
  edges: number;
  iterations: number;
  scores: { id: string; score: number }[];
  hubs?: { id: string; score: number }[];
}

function numberOption(raw: string | undefined, opt: string, kind: NumberKind, m: ReturnType<typeof graphMessages>): number | undefined {
  if (raw === undefined) return undefined;
  const x = Number(raw);
  const ok = kind === 'unit' ? x >= 0 && x < 1 : kind === 'whole' ? Number.isInteger(x) && x >= 1 : x > 0 && x < Infinity;
  if (raw.trim() === '' || !ok) throw new UsageError(m.badNumber(opt, raw, kind));
  return x;
}

/** Seeds by name (--seeds a,b,c and/or --seeds-file, one a line) → dense ids. */
function seedIds(o: RankOptions, loaded: LoadedGraph, file: string, m: ReturnType<typeof graphMessages>): number[] | null {
  const names: string[] = [];
  if (o.seeds) names.push(...o.seeds.split(','));
  if (o.seedsFile) {
    let text: string;
    try {
      text = readFileSync(o.seedsFile, 'utf8');
    } catch {
      throw new UsageError(`${o.seedsFile}: no such file`);
    }
    names.push(...text.replace(/^\uFEFF/, '').split(/\r?\n/));
  }
  const clean = names.map((s) => s.trim()).filter((s) => s !== '' && !s.startsWith('#'));
  if (clean.length === 0) return null;
  return clean.map((name) => {
    const id = loaded.edgeList.idOf(name);
    if (id === undefined) throw new UsageError(m.unknownSeed(name, file));
    return id;
  });
}

async function rankCommand(file: string, o: RankOptions, cmd: Command): Promise<void> {
  const g = globals(cmd);
  const m = graphMessages(g.lang);
  const top = numberOption(o.top, '--top', 'whole', m)!;
  const damping = numberOption(o.damping, '--damping', 'unit', m) ?? PAGERANK_DEFAULTS.damping;
  const tolerance = numberOption(o.tolerance, '--tolerance', 'positive', m);
  const maxIterations = numberOption(o.maxIterations, '--max-iterations', 'whole', m);
  // --threads auto (the default): two threads from AUTO_THREADS_MIN_EDGES edges (measured).
  const fixedThreads = o.threads === 'auto' ? null : numberOption(o.threads, '--threads', 'whole', m)!;

  let loaded: LoadedGraph;
  try {
    loaded = await loadGraph(
      file,
      edgeListOptions(o),
      { selfLoops: o.selfLoops, duplicates: o.duplicates, shared: fixedThreads === null || fixedThreads > 1 },
    );
  } catch (e) {
    if (e instanceof EdgeListError || e instanceof EdgeListFileError || e instanceof RangeError) throw new UsageError(e.message);
    throw e;
  }
  const { graph, names } = loaded;
  const threads = fixedThreads ?? autoThreads(graph);
  const seeds = seedIds(o, loaded, file, m);
  const byName = (a: number, b: number): number => compareCodePoints(names[a], names[b]);
  const list = (scores: ArrayLike<number>, ids: number[]) => ids.map((v) => ({ id: names[v], score: scores[v] }));
  const iterOpts = { damping, ...(tolerance !== undefined && { tolerance }), ...(maxIterations !== undefined && { maxIterations }) };

  let out: Scored;
  let headline: string;
  let warn: string | null = null;
  let hubScores: Float64Array | null = null;
  if (o.algorithm === 'pagerank' || o.algorithm === 'ppr') {
    if (o.algorithm === 'ppr' && seeds === null) throw new UsageError(m.needSeeds);
    const personalization = o.algorithm === 'ppr' ? seedVector(graph.nodeCount, seeds!) : null;
    const r: PageRankResult = await pagerankThreads(graph, { ...iterOpts, personalization }, threads);
    out = { nodes: graph.nodeCount, edges: graph.edgeCount, iterations: r.iterations, scores: list(r.scores, topNodes(r.scores, top, byName)) };
    headline = o.algorithm === 'ppr' ? m.ppr(new Set(seeds).size, damping, r.iterations, r.converged, r.delta) : m.pagerank(damping, r.iterations, r.converged, r.delta);
    if (!r.converged) warn = m.notConverged(r.iterations);
  } else if (o.algorithm === 'hits') {
    const r = hits(graph, { ...(tolerance !== undefined && { tolerance }), ...(maxIterations !== undefined && { maxIterations }) });
    const ids = topNodes(r.authorities, top, byName);
    out = { nodes: graph.nodeCount, edges: graph.edgeCount, iterations: r.iterations, scores: list(r.authorities, ids), hubs: list(r.hubs, topNodes(r.hubs, top, byName)) };
    hubScores = r.hubs;
    headline = m.hits(r.iterations, r.converged);
    if (!r.converged) warn = m.notConverged(r.iterations);
  } else {
    const r = inDegreeFrom(graph, seeds);
    const scores = graph.weighted ? r.weight : r.count;
    out = { nodes: graph.nodeCount, edges: graph.edgeCount, iterations: 0, scores: list(scores, topNodes(scores, top, byName)) };
    headline = m.indegree(seeds === null ? null : new Set(seeds).size);
  }

  if (warn) io.err(`${warn}\n`);
  if (o.json) {
    io.out(`${JSON.stringify(out)}\n`);
    return;
  }
  const lines = [m.summary(file, graph.nodeCount, graph.edgeCount, graph.weighted)];
  if (graph.mergedDuplicates > 0 || graph.droppedSelfLoops > 0) lines.push(m.merged(graph.mergedDuplicates, graph.droppedSelfLoops));
  lines.push(headline, '');
  const width = Math.max(m.columns.node.length, ...out.scores.map((s) => s.id.length));
  const fmt = (x: number): string => (o.algorithm === 'indegree' ? String(x) : x.toFixed(8));
  const head = [m.columns.rank.padStart(5), m.columns.node.padEnd(width), m.columns.score];
  if (hubScores) head.push(m.columns.hub);
  lines.push(head.join('  '));
  out.scores.forEach((s, i) => {
    const row = [String(i + 1).padStart(5), s.id.padEnd(width), fmt(s.score)];
    if (hubScores) row.push(fmt(hubScores[loaded.edgeList.idOf(s.id)!]));
    lines.push(row.join('  '));
  });
  io.out(`${lines.join('\n')}\n`);
}

export function registerGraph(program: Command): void {
  const graph = program.command('graph').description("the field's interaction graph (edge lists: who follows, mentions, reposts whom)");
  const rank = graph
    .command('rank')
    .description('rank the nodes of an edge-list file (CSV, TSV or space-separated, optionally .gz) by authority')
    .argument('<file>', 'edge list: source, target, optional weight and kind; header optional')
    .addOption(new Option('--algorithm <name>', 'pagerank, ppr (personalised on --seeds), hits (authorities) or indegree (from --seeds, or from every node)').choices(['pagerank', 'ppr', 'hits', 'indegree']).default('pagerank'))
    .option('--top <n>', 'how many nodes to list', '20')
    .option('--json', 'print JSON: {"nodes", "edges", "iterations", "scores": [{"id", "score"}]}')
    .option('--damping <x>', `PageRank damping (default ${PAGERANK_DEFAULTS.damping})`)
    .option('--tolerance <x>', `stop when the L1 change of the scores is below this (default ${PAGERANK_DEFAULTS.tolerance})`)
    .option('--max-iterations <n>', `iteration limit (default ${PAGERANK_DEFAULTS.maxIterations})`)
    .option('--seeds <names>', 'seed nodes (comma-separated names) for ppr and indegree')
    .option('--seeds-file <file>', 'seed nodes, one name a line')
    .option('--threads <n>', 'threads for PageRank (shared memory), or auto: 2 from 30 million edges', 'auto');
  addEdgeListOptions(rank)
    .addOption(new Option('--self-loops <rule>', 'keep or drop self-loops').choices(['keep', 'drop']).default('keep'))
    .addOption(new Option('--duplicates <rule>', 'weights of duplicate edges: sum, max or last (unweighted: kept once)').choices(['sum', 'max', 'last']).default('sum'))
    .action(rankCommand);
  registerGraphImport(graph);
  registerGraphCommunities(graph);
  for (const c of [graph, ...graph.commands]) c.exitOverride().showHelpAfterError().configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
}
