import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { EdgeListError, EdgeListParser, parseEdgeListText } from './edge-list-parser.js';
import { loadGraph, readEdgeList } from './edge-list.js';

const pairs = (e: ReturnType<typeof parseEdgeListText>): string[] => Array.from(e.source, (s, i) => `${e.names[s]}>${e.names[e.target[i]]}`);
const dir = mkdtempSync(join(tmpdir(), 'eclaireur-edges-'));

describe('edge-list parser', () => {
  it('reads SNAP-style whitespace lists with comments, blank lines, CRLF and trailing spaces', () => {
    const e = parseEdgeListText('# Directed graph\n% also a comment\n1 2 \r\n\n2\t3\r\n  3   1\n', 'x.txt');
    assert.deepEqual(pairs(e), ['1>2', '2>3', '3>1']);
    assert.equal(e.header, null);
    assert.equal(e.weight, null);
    assert.equal(e.delimiter, 'whitespace');
    assert.equal(e.nodeCount, 3);
  });

  it('detects a header of known names (ego-Twitter: follower<TAB>followed) and a weight column by name', () => {
    const t = parseEdgeListText('follower\tfollowed\n10\t20\n20\t30\n', 'a.tsv');
    assert.deepEqual(t.header, ['follower', 'followed']);
    assert.deepEqual(pairs(t), ['10>20', '20>30']);
    const w = parseEdgeListText('Poids;Cible;Source;Type\n2,5;@b;@a;mention\n1;@a;@b;repost\n', 'fr.csv');
    assert.deepEqual(pairs(w), ['@a>@b', '@b>@a']);
    assert.deepEqual(Array.from(w.weight!), [2.5, 1]);
    assert.deepEqual(w.kinds, ['mention', 'repost']);
    assert.deepEqual(Array.from(w.kind!), [0, 1]);
  });

  it('without a header: a numeric third column is the weight, a text one the kind', () => {
    const w = parseEdgeListText('0 4 0.002105263157894737 \n4 0 1e-3\n', 'c.edgelist');
    assert.deepEqual(Array.from(w.weight!), [0.002105263157894737, 0.001]);
    const k = parseEdgeListText('a,b,follow\nb,c,mention\n', 'k.csv');
    assert.equal(k.weight, null);
    assert.deepEqual(k.kinds, ['follow', 'mention']);
    const wk = parseEdgeListText('a,b,2,follow\n', 'k.csv');
    assert.deepEqual([Array.from(wk.weight!), wk.kinds], [[2], ['follow']]);
    const off = parseEdgeListText('0 4 0.5\n', 'c.edgelist', { weight: false });
    assert.equal(off.weight, null);
  });

  it('takes columns by name or number, and filters edge kinds without creating their nodes', () => {
    const text = 'when,who,whom,what\n2024,@a,@b,follow\n2024,@b,@c,mention\n2024,@d,@a,follow\n';
    const e = parseEdgeListText(text, 'x.csv', { source: 'who', target: 'whom', kind: 'what', kinds: ['follow'] });
    assert.deepEqual(pairs(e), ['@a>@b', '@d>@a']);
    assert.equal(e.filtered, 1);
    assert.equal(e.idOf('@c'), undefined);
    const n = parseEdgeListText('x|1|2\ny|2|3\n', 'p.txt', { delimiter: '|', source: 2, target: 3 });
    assert.deepEqual(pairs(n), ['1>2', '2>3']);
  });

  it('reads quoted CSV fields, and keeps "7" and "007" apart', () => {
    const e = parseEdgeListText('source,target\n"Smith, J.","say ""hi"""\n7,007\n', 'q.csv');
    assert.deepEqual(e.names, ['Smith, J.', 'say "hi"', '7', '007']);
    assert.equal(e.idOf('7'), 2);
    assert.equal(e.idOf('007'), 3);
  });

  it('gives the same result whatever the chunk boundaries', () => {
    const text = 'source,target,weight\n@a,@b,1.5\r\n@b,"@c, inc",2\n"@c, inc",@a,3\n';
    const whole = parseEdgeListText(text, 'x.csv');
    const bytes = new TextEncoder().encode(text);
    const p = new EdgeListParser('x.csv');
    for (let i = 0; i < bytes.length; i++) p.push(bytes.subarray(i, i + 1));
    const e = p.end();
    assert.deepEqual(e.names, whole.names);
    assert.deepEqual(Array.from(e.weight!), [1.5, 2, 3]);
    assert.deepEqual(pairs(e), pairs(whole));
  });

  it('names every bad line as file:line', () => {
    const text = 'source,target,weight\na,b,1\nc\nd,e,-1\nf,g,lots\n,h,1\ni,"j,2\n';
    assert.throws(
      () => parseEdgeListText(text, 'bad.csv'),
      (e: Error) => {
        assert.ok(e instanceof EdgeListError);
        assert.equal(e.total, 5);
        assert.match(e.message, /bad\.csv:3: 1 field\(s\); the target/);
        assert.match(e.message, /bad\.csv:4: weight "-1"/);
        assert.match(e.message, /bad\.csv:5: weight "lots"/);
        assert.match(e.message, /bad\.csv:6: empty source/);
        assert.match(e.message, /bad\.csv:7: a quoted field is not closed/);
        return true;
      },
    );
    assert.throws(() => parseEdgeListText('a b\n', 'x', { source: 'from' }), /x:1: no column "from" in the header/);
    assert.throws(() => parseEdgeListText('a b\n', 'x', { source: 'from', header: false }), /needs a header/);
  });
});

describe('edge-list files', () => {
  it('reads plain and gzip files alike (by content, not name), and builds the graph', async () => {
    const text = 'from\tto\n1\t2\n2\t3\n1\t2\n3\t3\n';
    writeFileSync(join(dir, 'e.tsv'), text);
    writeFileSync(join(dir, 'e.tsv.gz'), gzipSync(text));
    writeFileSync(join(dir, 'e-no-ext'), gzipSync(text));
    for (const f of ['e.tsv', 'e.tsv.gz', 'e-no-ext']) {
      const g = await loadGraph(join(dir, f));
      assert.equal(g.graph.nodeCount, 3);
      assert.equal(g.graph.edgeCount, 3, f);
      assert.equal(g.graph.mergedDuplicates, 1);
      assert.equal(g.graph.selfLoops, 1);
    }
  });

  it('says when the file is missing or the gzip stream is damaged', async () => {
    await assert.rejects(readEdgeList(join(dir, 'missing.tsv')), /missing\.tsv: no such file/);
    const gz = gzipSync('1 2\n'.repeat(1000));
    writeFileSync(join(dir, 'broken.gz'), gz.subarray(0, gz.length - 12));
    await assert.rejects(readEdgeList(join(dir, 'broken.gz')), /broken\.gz/);
  });
});
