/**
 * Only the corpus folder's speakers.yml is read. One in a subfolder (a folder per project) is
 * not read, and never in silence: the listing says so on its line 1, and `check` shows it.
 */
import { describe, expect, it } from 'vitest';
import { listCorpusFiles } from '../../src/corpus/files.js';
import { loadCorpus } from '../../src/load/load.js';
import { runCli, tempCorpus } from '../helpers.js';

const files = {
  'speakers.yml': 'Ruth Adebayo:\n  aliases: [RA]\n',
  'proj-a/speakers.yml': 'Tom Whitaker:\n  aliases: [TW]\n',
  'proj-a/deep/speakers.yml': 'Ana Souza:\n  aliases: [AS]\n',
  'proj-a/talk.txt': 'The fund closed in 2022.\n',
};
const MESSAGE = "not read: only the corpus folder's speakers.yml names speakers; move these entries into it (or give this folder as --corpus)";

describe("a subfolder's speakers.yml", () => {
  it('is named by the listing, at line 1, as not read; the root one is not', () => {
    const { problems } = listCorpusFiles(tempCorpus(files), ['.txt']);
    expect(problems).toEqual([
      { file: 'proj-a/deep/speakers.yml', line: 1, severity: 'warning', message: MESSAGE },
      { file: 'proj-a/speakers.yml', line: 1, severity: 'warning', message: MESSAGE },
    ]);
    const corpus = loadCorpus(tempCorpus(files));
    expect(corpus.problems.filter((p) => p.file.endsWith('speakers.yml'))).toEqual([
      { file: 'proj-a/deep/speakers.yml', line: 1, severity: 'warning', message: MESSAGE },
      { file: 'proj-a/speakers.yml', line: 1, severity: 'warning', message: MESSAGE },
    ]);
    // its entries are not in the registry: nothing is read from it
    expect(corpus.registry.resolve('TW')).toBeNull();
    expect(corpus.registry.resolve('RA')).toBe('Ruth Adebayo');
  });

  it('check says it with its path and line; --strict fails on it', async () => {
    const dir = tempCorpus(files);
    const out = await runCli(['check', '--no-cache', '--corpus', dir]);
    expect(out.stderr.split('\n').filter((l) => l.includes('speakers.yml'))).toEqual([`${dir}/proj-a/deep/speakers.yml:1: warning: ${MESSAGE}`, `${dir}/proj-a/speakers.yml:1: warning: ${MESSAGE}`]);
    expect((await runCli(['check', '--no-cache', '--strict', '--corpus', dir])).code).toBe(1);
  });
});
