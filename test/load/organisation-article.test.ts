/**
 * An organisation a story names at a sentence's start ("The Met Office says …") and inside one
 * ("…, the Met Office said") is one speaker: records carry "the Met Office", `speakers` counts it
 * once, and `--speaker` finds every record of it, its article optional. A name speakers.yml gives
 * with its article ("The Lumineers") is kept as written.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { runCli, tempCorpus } from '../helpers.js';

const STORY = [
  'Storm update',
  '',
  'By Ana Lee',
  '',
  'The Met Office says a further 30mm of rain could fall overnight.',
  '',
  'Rivers will peak on Friday, the Met Office said.',
  '',
  'The Environment Agency said 200 homes had flooded.',
  '',
  'More rain is due, the Environment Agency said on Tuesday.',
  '',
].join('\n');

describe('an organisation named with its article', () => {
  it('is one speaker, the article in lowercase, wherever the sentence names it', () => {
    const c = loadCorpus(tempCorpus({ 'storm.txt': STORY }));
    expect(c.records.map((r) => [r.line, r.speaker])).toEqual([
      [5, 'the Met Office'],
      [7, 'the Met Office'],
      [9, 'the Environment Agency'],
      [11, 'the Environment Agency'],
    ]);
  });

  it('is found by --speaker with or without its article, every record of it', async () => {
    const dir = tempCorpus({ 'storm.txt': STORY });
    for (const name of ['met office', 'The Met Office', 'the met office']) {
      const r = await runCli(['--no-cache', '--corpus', dir, 'list', '--speaker', name, '--format', 'ndjson']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { line: number }).line)).toEqual([5, 7]);
    }
    const speakers = await runCli(['--no-cache', '--corpus', dir, 'speakers', '--format', 'json']);
    const names = (JSON.parse(speakers.stdout) as { name: string }[]).map((s) => s.name);
    expect(names.filter((n) => /met office/i.test(n))).toEqual(['the Met Office']);
  });

  it('keeps a registered name that opens with "The" as speakers.yml writes it', () => {
    const c = loadCorpus(tempCorpus({ 'speakers.yml': 'The Lumineers:\n  aliases: [Lumineers]\n', 'tour.txt': 'Tour news\n\nBy Ana Lee\n\nThe Lumineers said the tour would start in May 2025.\n' }));
    expect(c.records.find((r) => r.line === 5)?.speaker).toBe('The Lumineers');
  });
});
