/**
 * Transcript detection leaves the labels it read for the transcript parser
 * (DetectInput.memo): a parse that reuses them must give what a parse that
 * reads them again gives, on every transcript the fixtures hold.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/corpus/frontmatter.js';
import { readMeta } from '../../src/corpus/meta.js';
import { SpeakerRegistry } from '../../src/model/speakers.js';
import { parseDocument } from '../../src/parse/index.js';
import { transcriptShape } from '../../src/parse/transcript.js';
import { FIXTURES } from '../helpers.js';

function inputsOf(folder: string) {
  const dir = join(FIXTURES, folder);
  return readdirSync(dir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .map((f) => {
      const fm = parseFrontMatter(readFileSync(join(dir, f), 'utf8'));
      const meta = readMeta(fm.data, f, ['captions', 'tsv', 'transcript', 'prose']).meta;
      const registry = new SpeakerRegistry();
      for (const n of [...meta.speakers, meta.host, meta.interviewer]) if (n && !registry.has(n)) registry.add(n);
      return { f, input: { docId: f, meta, body: fm.body, bodyLine: fm.bodyLine, registry, extension: extname(f) } };
    });
}

describe('transcript labels reused from detection', () => {
  it('give the records, line kinds and warnings of a parse that reads them again', () => {
    let transcripts = 0;
    for (const folder of ['transcripts', 'shapes', 'extra', 'news', 'lossless']) {
      for (const { f, input } of inputsOf(folder)) {
        if (input.meta.format) continue;
        const detected = parseDocument({ ...input, meta: structuredClone(input.meta) });
        if (detected.shape !== 'transcript') continue;
        transcripts++;
        const plain = transcriptShape.parse({ ...input, meta: structuredClone(input.meta) });
        expect(detected, f).toEqual(plain);
      }
    }
    expect(transcripts).toBeGreaterThan(5);
  });
});
