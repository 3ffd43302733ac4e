/**
 * An invalid speakers.yml is named at a line the file has: a flow list left open to the end
 * ("aliases: [Ana, …" never closed) is placed on the last line with words, not on the line past
 * the end where the YAML reader ran out, and without that empty line's column; an error inside
 * the file keeps its own line and column.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { readSpeakersFile } from '../../src/corpus/speakers-file.js';
import { tempCorpus } from '../helpers.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
function problemsOf(yaml: string) {
  const dir = tempCorpus({ 'speakers.yml': yaml });
  made.push(dir);
  return readSpeakersFile(dir).problems.map((p) => [p.line, p.message]);
}

describe('an invalid speakers.yml', () => {
  it('left open to the end: its last line with words', () => {
    for (const yaml of ['Ana Lima:\n  aliases: [Ana, "A. Lima"\n', 'Ana Lima:\n  aliases: [Ana, "A. Lima"\n\n\n']) {
      const [[line, message]] = problemsOf(yaml) as [[number, string]];
      expect(line, JSON.stringify(yaml)).toBe(2);
      expect(message).toMatch(/^invalid YAML in speakers\.yml: /);
      expect(message).not.toMatch(/column/);
    }
  });

  it('an error inside the file: its own line and column', () => {
    const [[line, message]] = problemsOf('Ana Lima: [Ana]\nBo: : x\nCy: [C]\n') as [[number, string]];
    expect(line).toBe(2);
    expect(message).toMatch(/\(column \d+\)$/);
  });
});
