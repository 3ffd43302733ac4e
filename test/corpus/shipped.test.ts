/**
 * The shipped corpus keeps each seed's text byte for byte after its front
 * matter. The checksums were taken from the seed files when they were added;
 * the test reads only the repository.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/corpus/frontmatter.js';
import { readMeta } from '../../src/corpus/meta.js';
import { readSpeakersFile } from '../../src/corpus/speakers-file.js';
import { SpeakerRegistry } from '../../src/model/speakers.js';
import { CORPUS, FIXTURES } from '../helpers.js';

const sums = JSON.parse(readFileSync(join(FIXTURES, 'corpus-bodies.sha256.json'), 'utf8')) as Record<string, { bytes: number; sha256: string }>;

describe('shipped corpus files', () => {
  const files = readdirSync(CORPUS).filter((f) => f.endsWith('.txt'));

  it('holds exactly the five seed documents', async () => {
    expect(files.map((f) => f.replace(/\.txt$/, '')).sort()).toEqual(Object.keys(sums).sort());
  });

  for (const file of files) {
    const id = file.replace(/\.txt$/, '');
    it(`${id}: body is the seed text byte for byte`, async () => {
      const raw = readFileSync(join(CORPUS, file));
      // Find the body by bytes, not through a string round trip, so nothing can be normalised away.
      const text = raw.toString('latin1');
      const close = text.indexOf('\n---\n');
      expect(text.startsWith('---\n')).toBe(true);
      const body = raw.subarray(close + 5);
      expect(body.length).toBe(sums[id]!.bytes);
      expect(createHash('sha256').update(body).digest('hex')).toBe(sums[id]!.sha256);
      // …and the front matter reader agrees on where the body starts.
      expect(parseFrontMatter(raw.toString('utf8')).body).toBe(body.toString('utf8'));
    });

    it(`${id}: front matter has a title, and a date or a year only with a dateNote`, async () => {
      const { meta, problems } = readMeta(parseFrontMatter(readFileSync(join(CORPUS, file), 'utf8')).data, id);
      expect(problems).toEqual([]);
      expect(meta.title.length).toBeGreaterThan(5);
      if (!meta.date) expect(meta.dateNote).toBeTruthy();
      expect(meta.speakers.length).toBeGreaterThan(0);
    });
  }

  it('speakers.yml resolves aliases in any case and word order', async () => {
    const { entries, problems } = readSpeakersFile(CORPUS);
    expect(problems).toEqual([]);
    const reg = new SpeakerRegistry(entries);
    expect(reg.resolve('Yi He')).toBe('He Yi');
    expect(reg.resolve('yi he')).toBe('He Yi');
    expect(reg.resolve('何一')).toBe('He Yi');
    expect(reg.resolve('Zhao Changpeng')).toBe('CZ');
    expect(reg.resolve('changpeng zhao')).toBe('CZ');
    expect(reg.resolve('a product manager')).toBeNull();
  });
});
