/**
 * Graph adapters: edge-list files in (streaming, gzip, headers, columns, kinds; problems as
 * file:line), PageRank on worker threads. The algorithms themselves are in src/core/graph.
 */
export { COLUMN_NAMES, EDGE_LIST_DEFAULTS, EdgeListError, EdgeListParser, parseEdgeListText, type EdgeList, type EdgeListOptions, type EdgeListProblem } from './edge-list-parser.js';
export { EdgeListFileError, loadGraph, readEdgeList, type LoadedGraph } from './edge-list.js';
export { AUTO_THREADS_MIN_EDGES, autoThreads, PARALLEL_MIN_EDGES, PageRankPool, pagerankThreads, sharedGraph } from './parallel-pagerank.js';
