/**
 * The edge-list options that `graph rank` and `graph import` share: how to read a file's
 * columns (delimiter, header, source, target, weight, kind, a kind filter), as commander
 * options and as the reader's options (adapters/graph).
 */
import type { Command } from 'commander';
import type { EdgeListOptions } from '../adapters/graph/edge-list-parser.js';

export interface EdgeListCliOptions {
  delimiter?: string;
  header?: boolean;
  source?: string;
  target?: string;
  weight?: string | false;
  kind?: string | false;
  kinds?: string;
}

export function addEdgeListOptions(cmd: Command): Command {
  return cmd
    .option('--delimiter <c>', "field delimiter: one character, or 'whitespace' (default: detected)")
    .option('--header', 'the first line is a header (default: detected)')
    .option('--no-header', 'the first line is data')
    .option('--source <col>', 'source column: header name or number from 1')
    .option('--target <col>', 'target column: header name or number from 1')
    .option('--weight <col>', 'weight column: header name or number from 1 (default: detected)')
    .option('--no-weight', 'ignore any weight column (every edge weighs 1)')
    .option('--kind <col>', 'edge-kind column: header name or number from 1')
    .option('--kinds <list>', 'keep only edges of these kinds (comma-separated)');
}

export function edgeListOptions(o: EdgeListCliOptions): Partial<EdgeListOptions> {
  return {
    delimiter: o.delimiter ?? 'auto',
    header: o.header ?? 'auto',
    source: o.source ?? null,
    target: o.target ?? null,
    weight: o.weight ?? null,
    kind: o.kind ?? null,
    kinds: o.kinds ? o.kinds.split(',').map((s) => s.trim()).filter(Boolean) : null,
  };
}
