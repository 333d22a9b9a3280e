import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { num } from './format.js';
import { REPORT_JS } from './html-assets.js';
import { renderRankingHtml } from './html.js';
import { JS_URL, XSS_NAME, fixtureComparison, fixtureEvidence, fixtureMethodology, fixtureResult } from './testdata.js';

const result = fixtureResult('fr');
const fr = (): string =>
  renderRankingHtml(fixtureResult('fr'), {
    lang: 'fr',
    methodology: fixtureMethodology('fr'),
    evidence: fixtureEvidence(),
    comparison: fixtureComparison(fixtureResult('fr')),
  });
const en = (): string =>
  renderRankingHtml(fixtureResult('en'), { lang: 'en', methodology: fixtureMethodology('en'), evidence: fixtureEvidence(), comparison: fixtureComparison(fixtureResult('en')) });

/** The text a reader sees: no style, no script, no tags, entities decoded for the few we write. */
function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<script>[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('renderRankingHtml', () => {
  const html = fr();

  it('is byte-identical across two calls', () => {
    assert.equal(html, fr());
    assert.equal(en(), en());
  });

  it('is one self-contained file: nothing is loaded from anywhere', () => {
    assert.doesNotMatch(html, /<script[^>]*\ssrc\s*=/i);
    assert.doesNotMatch(html, /<link[^>]*href/i);
    assert.doesNotMatch(html, /url\(\s*['"]?\s*(https?:)?\/\//i);
    assert.doesNotMatch(html, /@import/i);
    assert.doesNotMatch(html, /<(img|iframe|object|embed|video|audio|source)\b/i);
    assert.doesNotMatch(html, /<[a-z][^>]*\s(src|srcset|poster)\s*=/i);
    assert.doesNotMatch(html, /@font-face/i);
    assert.equal(html.match(/<script/g)!.length, 1, 'only the inline script');
  });

  it('declares the language: fr-CA in French, en-CA in English', () => {
    assert.match(html, /^<!DOCTYPE html>\n<html lang="fr-CA">/);
    assert.match(en(), /<html lang="en-CA">/);
  });

  it('escapes user strings: the script in a name is text, never markup', () => {
    assert.ok(!html.includes(XSS_NAME));
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(!html.includes('<img src=x'));
    assert.ok(html.includes('&lt;img src=x onerror=alert(2)&gt;'));
    assert.ok(!html.includes('evidence/<pirate>'));
  });

  it('links only http(s) addresses: javascript: and data: stay inert text', () => {
    assert.doesNotMatch(html, /href\s*=\s*["']?\s*(javascript|data|vbscript):/i);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    assert.ok(hrefs.length > 0);
    for (const h of hrefs) assert.match(h, /^(#[A-Za-z][\w-]*|https?:\/\/)/, h);
    assert.ok(visibleText(html).includes(JS_URL), 'the unsafe address is still shown, as text');
    assert.ok(html.includes('href="https://doi.org/10.1145/324133.324140"'));
    assert.ok(html.includes('rel="noopener noreferrer nofollow"'));
  });

  it('shows missing indices as missing, never as a number', () => {
    const missingTotal = result.entries.reduce((s, e) => s + e.missing.length, 0);
    assert.ok(missingTotal > 0);
    assert.equal(html.match(/class="badge-missing">manquant — aucune preuve</g)!.length, missingTotal);
    assert.equal(en().match(/class="badge-missing">missing — no evidence</g)!.length, missingTotal);
    // Hélène Roy's media-presence block carries the badge and no score.
    const block = html.slice(html.indexOf('id="c-hroy--media_presence"'));
    const article = block.slice(0, block.indexOf('</article>'));
    assert.ok(article.includes('badge-missing'));
    assert.ok(!article.includes('class="score"'));
  });

  it('has one details section per candidate, with a unique anchor every table link points to', () => {
    const ids = [...html.matchAll(/<details class="candidate" id="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(ids.length, result.entries.length);
    assert.equal(new Set(ids).size, ids.length);
    const allIds = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    for (const m of html.matchAll(/href="#([^"]+)"/g)) assert.ok(allIds.has(m[1]), `#${m[1]} exists`);
  });

  it('lists at most eight evidence lines per index, most recent first, then "and N more"', () => {
    const start = html.indexOf('id="c-etremblay--publishing"');
    const article = html.slice(start, html.indexOf('</article>', start));
    const items = article.match(/<li>/g)!.length;
    assert.equal(items, 8);
    assert.ok(article.includes('… et 5 de plus'));
    assert.ok(article.indexOf('15 déc. 2024') < article.indexOf('15 nov. 2024'));
    assert.ok(!article.includes('Livre : Le leadership'), 'the oldest item is among the ones left out');
    assert.ok(article.includes('<code>evidence/elise.csv:10</code>'));
  });

  it('writes numbers and dates the French way', () => {
    const text = visibleText(html);
    assert.ok(text.includes(num('fr', result.entries[0].score, 1)));
    assert.match(num('fr', result.entries[0].score, 1), /^\d+,\d$/);
    assert.ok(text.includes('1er mars 2025'));
    assert.ok(text.includes('1\u00a0898'), 'grouped with a non-breaking space');
    assert.ok(text.includes('Date de référence\u00a0:'));
    assert.ok(text.includes('10\u00a0%'));
    assert.ok(visibleText(en()).includes(num('en', result.entries[0].score, 1)));
    assert.ok(visibleText(en()).includes('March 1, 2025'));
  });

  it('draws the interval whisker and the contribution bar as titled SVG', () => {
    const svgs = html.match(/<svg[^>]*>/g)!;
    for (const s of svgs) assert.match(s, /role="img" aria-label="[^"]+"|aria-hidden="true"/, s);
    assert.equal(html.match(/<svg class="whisker"/g)!.length, result.entries.length);
    assert.equal(html.match(/<svg class="bar"/g)!.length, result.entries.length);
    assert.ok(html.includes('<title>Rang 1 ; intervalle du rang 1 au rang 3</title>'.replace(' ;', '\u00a0;')));
  });

  it('gives every table header a scope and every table a caption or a label', () => {
    for (const th of html.match(/<th\b[^>]*>/g)!) assert.match(th, /scope="(col|row)"/, th);
    for (const t of html.match(/<table\b[^>]*>/g)!) {
      const after = html.slice(html.indexOf(t) + t.length, html.indexOf(t) + t.length + 10);
      assert.ok(/aria-labelledby=/.test(t) || after.startsWith('<caption>'), t);
    }
  });

  it('reports the changes since the earlier run, with arrows in the table', () => {
    assert.ok(html.includes('Changements depuis Classement 2024'));
    assert.ok(html.includes('class="move up"'));
    assert.ok(html.includes('class="move down"'));
    assert.ok(html.includes('class="move new"'));
    const text = visibleText(html);
    assert.ok(text.includes('+4,2 Publications, +2,5 Reconnaissance par les pairs, −1,0 Présence médiatique'));
    assert.ok(text.includes('Marc-André Girard'));
    assert.ok(visibleText(en()).includes('Changes since Classement 2024'));
  });

  it('writes the methodology from the descriptions and the configuration', () => {
    const text = visibleText(html);
    assert.ok(html.includes('score = Σ(w<sub>i</sub> · s<sub>i</sub>) / Σw<sub>i</sub>'));
    assert.ok(text.includes('sᵢ = 0'));
    assert.ok(text.includes('graine 20181127'));
    assert.ok(text.includes('1\u00a0000 vecteurs'));
    assert.ok(text.includes('du 5e au 95e centile'));
    assert.ok(text.includes('points de code'));
    assert.ok(text.includes(result.fingerprint));
    assert.ok(text.includes('Page, L., Brin, S.'));
    assert.ok(text.includes('1,5 (15\u00a0% du total)'), 'the media-presence weight and its share');
    for (const label of ['Reconnaissance par les pairs', 'Auditoire qualifié', 'Concordance avec d’autres classements']) {
      assert.ok(text.includes(label));
    }
  });

  it('works without evidence lines and without a comparison', () => {
    const bare = renderRankingHtml(result, { lang: 'fr', methodology: [] });
    assert.ok(!bare.includes('Changements depuis'));
    assert.ok(!bare.includes('class="move'));
    assert.ok(!bare.includes('<ul class="ev">'));
    assert.ok(bare.includes('Description non fournie'));
    assert.ok(bare.includes('manquant — aucune preuve'));
  });

  it('carries an inline script that parses and reads no user data', () => {
    assert.doesNotThrow(() => new Function(REPORT_JS));
    const script = html.slice(html.indexOf('<script>'), html.indexOf('</script>'));
    assert.ok(!script.includes('Tremblay'));
  });

  it('uses the given title, escaped', () => {
    const t = renderRankingHtml(result, { lang: 'en', methodology: [], title: 'Top <b>B2B</b> & co' });
    assert.ok(t.includes('<title>Top &lt;b&gt;B2B&lt;/b&gt; &amp; co</title>'));
    assert.ok(t.includes('<h1>Top &lt;b&gt;B2B&lt;/b&gt; &amp; co</h1>'));
  });
});
