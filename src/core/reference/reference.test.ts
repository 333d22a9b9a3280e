import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHANNEL_KINDS } from '../strategy/model.js';
import { SOCIAL_MEDIA_EXAMINER_2018, figuresForChannel, formatFigure, platformKey, referenceFigures } from './index.js';

describe('reference figures', () => {
  it('keeps the article’s figures, and only those, with source, year and sample size', () => {
    const s = SOCIAL_MEDIA_EXAMINER_2018.source;
    assert.equal(s.publisher, 'Social Media Examiner');
    assert.equal(s.year, 2018);
    assert.equal(s.sampleSize, 5726);
    const shares = Object.fromEntries(SOCIAL_MEDIA_EXAMINER_2018.figures.map((f) => [`${f.topic}:${f.subject}`, f.share]));
    assert.deepEqual(shares, {
      'platform-use:facebook': null,
      'platform-use:linkedin': 0.79,
      'platform-use:x': 0.7,
      'platform-use:snapchat': 0.07,
      'benefit:exposure': 0.87,
      'benefit:traffic': null,
      'benefit:leads': null,
      'benefit:thought-leadership': 0.46,
    });
  });

  it('platform subjects are channel kinds of the strategy model or known platforms', () => {
    for (const f of referenceFigures('platform-use')) assert.ok(f.subject in CHANNEL_KINDS || f.subject === 'snapchat', f.subject);
  });

  it('finds a channel’s figures by kind or by the platform’s usual names', () => {
    assert.equal(platformKey('X (Twitter)'), 'x');
    assert.equal(platformKey('Twitter'), 'x');
    assert.equal(platformKey(' Linked-In '), 'linkedin');
    assert.deepEqual(figuresForChannel('twitter').map((f) => f.share), [0.7]);
    assert.deepEqual(figuresForChannel('x').map((f) => f.share), [0.7]);
    assert.deepEqual(figuresForChannel('LinkedIn').map((f) => f.position), [2]);
    assert.deepEqual(figuresForChannel('blog'), []);
    assert.deepEqual(figuresForChannel(''), []);
  });

  it('writes a figure with its source in both languages', () => {
    const [li] = figuresForChannel('linkedin');
    assert.equal(formatFigure(li!, 'en'), 'LinkedIn — 79%: second platform used for business content (Social Media Examiner, 2018, n = 5,726)');
    assert.equal(formatFigure(li!, 'fr'), 'LinkedIn — 79 % : deuxième plateforme utilisée pour diffuser des contenus professionnels (Social Media Examiner, 2018, n = 5\u00a0726)');
    const [fb] = figuresForChannel('facebook');
    assert.equal(formatFigure(fb!, 'en'), 'Facebook: first platform used for business content (Social Media Examiner, 2018, n = 5,726)');
  });
});
