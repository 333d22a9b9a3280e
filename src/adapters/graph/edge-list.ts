/**
 * Reads an edge-list file (plain or gzip-compressed; see ./edge-list-parser.ts for the formats)
 * as a stream of 1 MiB chunks, and builds the field's graph from it. Compression is detected by
 * the gzip magic bytes, whatever the file's name.
 */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { buildGraph, type Graph, type GraphBuildOptions } from '../../core/graph/csr.js';
import { type EdgeList, EdgeListParser, type EdgeListOptions } from './edge-list-parser.js';

export class EdgeListFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EdgeListFileError';
  }
}

async function isGzip(path: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const b = Buffer.alloc(2);
    const { bytesRead } = await fh.read(b, 0, 2, 0);
    return bytesRead === 2 && b[0] === 0x1f && b[1] === 0x8b;
  } finally {
    await fh.close();
  }
}

/** Reads an edge list, streaming; throws EdgeListError (file:line problems) or EdgeListFileError. */
export async function readEdgeList(path: string, options: Partial<EdgeListOptions> = {}): Promise<EdgeList> {
  let st;
  try {
    st = await stat(path);
  } catch {
    throw new EdgeListFileError(`${path}: no such file`);
  }
  if (!st.isFile()) throw new EdgeListFileError(`${path}: not a file`);
  const gz = await isGzip(path);
  const parser = new EdgeListParser(path, options);
  let stream: Readable = createReadStream(path, { highWaterMark: 1 << 20 });
  if (gz) stream = stream.pipe(createGunzip({ chunkSize: 1 << 20 }));
  try {
    for await (const chunk of stream) parser.push(chunk as Buffer);
  } catch (e) {
    stream.destroy();
    if ((e as NodeJS.ErrnoException).code?.startsWith('Z_')) throw new EdgeListFileError(`${path}: the gzip stream is damaged (${(e as Error).message})`);
    throw e;
  }
  return parser.end();
}

export interface LoadedGraph {
  graph: Graph;
  /** names[id]: the node's name in the file. */
  names: string[];
  edgeList: EdgeList;
}

/**
 * Reads an edge list and builds its graph (rules for duplicates and self-loops: core/graph/csr.ts),
 * with its in-rows relabelled for PageRank (`pullRows`, core/graph/pull-rows.ts) unless `build`
 * says `pullRows: false`.
 */
export async function loadGraph(path: string, options: Partial<EdgeListOptions> = {}, build: Partial<GraphBuildOptions> = {}): Promise<LoadedGraph> {
  const edgeList = await readEdgeList(path, options);
  const graph = buildGraph({ nodeCount: edgeList.nodeCount, source: edgeList.source, target: edgeList.target, weight: edgeList.weight }, { pullRows: true, ...build });
  return { graph, names: edgeList.names, edgeList };
}
