import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareCodePoints } from './text.js';

describe('compareCodePoints', () => {
  it('orders by code point, unlike UTF-16 comparison', () => {
    const emoji = 'a\u{1F600}';
    const fullwidth = 'a\uFF01';
    assert.ok(emoji < fullwidth, 'UTF-16 order puts the surrogate pair first');
    assert.ok(compareCodePoints(emoji, fullwidth) > 0, 'code-point order puts U+1F600 after U+FF01');
    assert.deepEqual(['b', 'a\uFF01', 'a\u{1F600}', 'a', 'ab'].sort(compareCodePoints), ['a', 'ab', 'a\uFF01', 'a\u{1F600}', 'b']);
    assert.equal(compareCodePoints('x', 'x'), 0);
  });
});
