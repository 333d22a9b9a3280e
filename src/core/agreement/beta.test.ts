import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { betaCdfInt } from './beta.js';

const close = (a: number, b: number, rel = 1e-12): void => assert.ok(Math.abs(a - b) <= rel * Math.max(Math.abs(b), 1e-300), `${a} ≠ ${b}`);

describe('betaCdfInt', () => {
  it('matches the closed forms', () => {
    for (const x of [0.001, 0.25, 0.5, 0.9]) {
      close(betaCdfInt(x, 1, 1), x);
      close(betaCdfInt(x, 3, 1), x ** 3);
      close(betaCdfInt(x, 1, 4), 1 - (1 - x) ** 4);
      // I_x(2, 2) = 3x² − 2x³
      close(betaCdfInt(x, 2, 2), 3 * x * x - 2 * x ** 3, 1e-10);
    }
    assert.equal(betaCdfInt(0, 2, 3), 0);
    assert.equal(betaCdfInt(1, 2, 3), 1);
  });
  it('keeps relative precision in the far tail', () => {
    // I_x(10, 1) = x^10
    close(betaCdfInt(1e-5, 10, 1), 1e-50, 1e-10);
  });
  it('refuses bad arguments', () => {
    assert.throws(() => betaCdfInt(0.5, 0, 1), /whole numbers/);
    assert.throws(() => betaCdfInt(1.5, 1, 1), /x must be in/);
  });
});
