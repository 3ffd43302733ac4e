/**
 * review33: the rules merged after 4fcf6b2, reviewed for regex backtracking and for ordinary
 * documents they misread.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { scanLabels, withoutProfileTag } from '../../src/parse/labels.js';
import { tempCorpus } from '../helpers.js';

const spaces = (n: number) => ' '.repeat(n);
const timed = (f: () => unknown) => {
  const t = performance.now();
  f();
  return performance.now() - t;
};

describe('vendor furniture at a label line end is stripped in linear time', () => {
  it('a long run of spaces before a closing brace (no profile tag) takes no quadratic time', () => {
    expect(withoutProfileTag('Ilse Montrose {BIO 20553190 <GO>}')).toBe('Ilse Montrose');
    expect(withoutProfileTag('Dara Quinn   {BIO 7 <GO>}  ')).toBe('Dara Quinn');
    expect(timed(() => withoutProfileTag('HOST: the plan' + spaces(50_000) + '}'))).toBeLessThan(300);
    expect(timed(() => withoutProfileTag('a set {BIO 1' + spaces(50_000) + '}'))).toBeLessThan(300);
  });

  it('a long line under a name line, ending in "]" after a run of spaces, takes no quadratic time', () => {
    const lines = ['Interview', '', 'Maria Lopez', '', 'the figures' + spaces(50_000) + 'x]', '', 'More words here.'];
    expect(timed(() => scanLabels(lines))).toBeLessThan(1500);
  });

  it('a hearing note with a long run of spaces where its colon would be takes no quadratic time', async () => {
    const doc = 'Interview transcript\n\nHOST: Welcome to the programme.\n\nGUEST: Thank you for having me.\n\nHOST: Ok.\n\n[The prepared statement of Guest follows' + spaces(50_000) + 'x\n\nGUEST: Fine.\n';
    const t = performance.now();
    await loadCorpus(tempCorpus({ 'hearing.txt': doc }));
    expect(performance.now() - t).toBeLessThan(2500);
  });
});
