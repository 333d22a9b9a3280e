/**
 * The field's graph (issue 4), pure: build a graph from edge arrays, then rank or group its
 * nodes. One algorithm per file, each with its reference and its defaults object:
 *
 *   buildGraph(edges, options)             ./csr.ts        CSR out + in rows; GRAPH_BUILD_DEFAULTS
 *   pullRows(graph)                        ./pull-rows.ts  in-rows relabelled by in-degree for
 *                                                          PageRank (degree sorting, Balaji & Lucia 2018)
 *   pagerank(graph, options)               ./pagerank.ts   PAGERANK_DEFAULTS (networkx's iteration,
 *                                                          accelerated by ./power-extrapolation.ts,
 *                                                          Haveliwala, Kamvar et al. 2003)
 *   personalizedPagerank(graph, seeds, …)  ./ppr.ts        Haveliwala 2002
 *   hits(graph, options)                   ./hits.ts       Kleinberg 1999; HITS_DEFAULTS
 *   inDegreeFrom(graph, nodeSet)           ./in-degree.ts  distinct pointing nodes in a set
 *   louvain(graph, options)                ./louvain.ts    Blondel et al. 2008; LOUVAIN_DEFAULTS
 *   modularity(graph, community)           ./modularity.ts Newman–Girvan 2004
 *   topNodes(scores, k, tieBreak)          ./top.ts        the k best, deterministic ties
 *
 * Files, names and threads are adapters' business: src/adapters/graph (edge-list files,
 * worker-thread PageRank).
 */
export { allocate, buildGraph, graphEdges, GRAPH_BUILD_DEFAULTS, GraphBuildError, type DuplicateRule, type EdgeArrays, type Graph, type GraphBuildOptions, type WeightArray } from './csr.js';
export { HITS_DEFAULTS, hits, type HitsOptions, type HitsResult } from './hits.js';
export { inDegreeFrom, type InDegreeResult } from './in-degree.js';
export { LOUVAIN_DEFAULTS, louvain, type LouvainOptions, type LouvainResult } from './louvain.js';
export { modularity, modularityOfSymmetric, symmetrise } from './modularity.js';
export {
  createPageRankState,
  iterationGraph,
  PAGERANK_BLOCK_EDGES,
  PAGERANK_BLOCK_SIZE,
  PAGERANK_DEFAULTS,
  PageRankError,
  pagerank,
  pagerankBlock,
  releasePageRankState,
  runPageRank,
  sequentialExecutor,
  type PageRankExecutor,
  type PageRankOptions,
  type PageRankResult,
  type PageRankState,
  type PullGraph,
} from './pagerank.js';
export { inDegreeOrder, pullRows, type PullRows } from './pull-rows.js';
export { personalizedPagerank, seedVector, type PersonalizedPageRankOptions } from './ppr.js';
export { topNodes } from './top.js';
