/** --doc takes an id, a folder or a glob. */
import { describe, expect, it } from 'vitest';
import { docGlob, FilterError, resolveDocs } from '../../src/query/filters.js';

const IDS = ['2021/cnn/ftx-arrest', '2021/cnn/ftx-trial', '2021/wsj/sbf', '2024/podcasts/ep-1', 'top', 'topical'];

describe('--doc', () => {
  it('an id, in any case, with or without its extension', () => {
    expect(resolveDocs('--doc', ['2021/cnn/FTX-arrest.txt', 'top'], IDS)).toEqual(['2021/cnn/ftx-arrest', 'top']);
  });

  it('a folder, with or without its slash, at any depth', () => {
    expect(resolveDocs('--doc', ['2021/'], IDS)).toEqual(['2021/cnn/ftx-arrest', '2021/cnn/ftx-trial', '2021/wsj/sbf']);
    expect(resolveDocs('--doc', ['2021/cnn'], IDS)).toEqual(['2021/cnn/ftx-arrest', '2021/cnn/ftx-trial']);
    // a folder prefix is a whole folder name: "2" is not "2021/"
    expect(() => resolveDocs('--doc', ['2'], IDS)).toThrow(FilterError);
  });

  it('a glob: * and ? within a folder, ** across folders', () => {
    expect(resolveDocs('--doc', ['2021/*/ftx*'], IDS)).toEqual(['2021/cnn/ftx-arrest', '2021/cnn/ftx-trial']);
    expect(resolveDocs('--doc', ['*/*/sbf'], IDS)).toEqual(['2021/wsj/sbf']);
    expect(resolveDocs('--doc', ['**/ep-?'], IDS)).toEqual(['2024/podcasts/ep-1']);
    expect(resolveDocs('--doc', ['top*'], IDS)).toEqual(['top', 'topical']);
    expect(resolveDocs('--doc', ['2024/**'], IDS)).toEqual(['2024/podcasts/ep-1']);
    expect(docGlob('*').test('2021/cnn/x')).toBe(false);
    expect(docGlob('a.b').test('axb')).toBe(false);
  });

  it('a glob that matches nothing, or an unknown id, is an error', () => {
    expect(() => resolveDocs('--doc', ['2022/**'], IDS)).toThrow("--doc: no document matches '2022/**'");
    expect(() => resolveDocs('--doc', ['2021/cnn/ftx-arest'], IDS)).toThrow(/did you mean: 2021\/cnn\/ftx-arrest\b/);
  });
});
