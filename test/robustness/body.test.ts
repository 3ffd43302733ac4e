/**
 * Odd document bodies, one fixture per case: empty, binary, badly encoded,
 * odd line endings and whitespace, huge. The bad ones are named on stderr
 * with their line; the odd-but-valid ones load with correct line numbers.
 */
import { truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { runCli, tempCorpus } from '../helpers.js';
import { expectClean, expectGoodListed, expectRefused, GOOD, runCliWithin, STACK } from './helpers.js';

const CLAIM = 'The exchange opened its first office in 2017 with nine people.';

describe('empty and near-empty files', () => {
  it('an empty file', async () => {
    const dir = tempCorpus({ 'good.md': GOOD, 'bad.md': '' });
    (await expectRefused(dir, 'bad.md', null, /^empty file$/));
  });

  it('a file of blank lines', async () => {
    const dir = tempCorpus({ 'good.md': GOOD, 'bad.txt': '\n  \r\n\t\n' });
    (await expectRefused(dir, 'bad.txt', null, /^empty file: only blank lines$/));
  });

  it('only front matter: the closing line is named', async () => {
    const dir = tempCorpus({ 'good.md': GOOD, 'bad.md': '---\ntitle: Nothing else\n---\n' });
    (await expectRefused(dir, 'bad.md', 3, 'no records found: nothing after the front matter'));
  });

  it('only front matter, without a final line break', async () => {
    const dir = tempCorpus({ 'good.md': GOOD, 'bad.md': '---\ntitle: Nothing else\n---' });
    (await expectRefused(dir, 'bad.md', 3, 'no records found: nothing after the front matter'));
  });

  it('front matter and blank lines: the first body line is named', async () => {
    const dir = tempCorpus({ 'good.md': GOOD, 'bad.md': '---\ntitle: Nothing else\n---\n\n   \n' });
    (await expectRefused(dir, 'bad.md', 4, 'no records found: nothing after the front matter'));
  });
});

describe('binary files', () => {
  it('NUL bytes in text: the line is named', async () => {
    const dir = tempCorpus({ 'good.md': GOOD, 'bad.md': Buffer.from(`---\ntitle: T\n---\n${CLAIM}\nmore\u0000\u0000text\n`) });
    (await expectRefused(dir, 'bad.md', 5, 'binary file (NUL byte): not a text document'));
  });

  it('a PNG image renamed .txt', async () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      Buffer.from('IHDR'),
      Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89]),
    ]);
    const dir = tempCorpus({ 'good.md': GOOD, 'image.txt': png });
    (await expectRefused(dir, 'image.txt', null, 'binary file (a PNG image): not a text document'));
  });

  it('a text file saved as UTF-16 without a byte-order mark', async () => {
    const utf16 = Buffer.from(`---\ntitle: T\n---\n${CLAIM}\n`, 'utf16le');
    const dir = tempCorpus({ 'good.md': GOOD, 'bad.md': utf16 });
    (await expectRefused(dir, 'bad.md', null, 'UTF-16 text without a byte-order mark'));
  });
});

describe('invalid UTF-8', () => {
  // Bytes Windows-1252 leaves undefined (0x81, 0x8d, 0x8f, 0x90, 0x9d): neither UTF-8 nor Windows-1252.
  it('a byte that is neither UTF-8 nor Windows-1252: the line is named', async () => {
    const bytes = Buffer.concat([Buffer.from(`---\ntitle: T\n---\n${CLAIM}\n\nCaf`), Buffer.from([0xe9, 0x81]), Buffer.from(' opened in 2019.\n')]);
    const dir = tempCorpus({ 'good.md': GOOD, 'bad.md': bytes });
    (await expectRefused(dir, 'bad.md', 6, 'invalid UTF-8: save the file as UTF-8'));
  });

  it('is found even when the file also holds a real U+FFFD', async () => {
    const bytes = Buffer.concat([Buffer.from(`---\ntitle: T\n---\nA real replacement character \uFFFD here.\n${CLAIM}\nx`), Buffer.from([0xc3, 0x28, 0x8d]), Buffer.from('\n')]);
    const dir = tempCorpus({ 'good.md': GOOD, 'bad.md': bytes });
    (await expectRefused(dir, 'bad.md', 6, 'invalid UTF-8'));
  });

  it('a multi-byte character cut off at the end of the file', async () => {
    const bytes = Buffer.concat([Buffer.from(`---\ntitle: T\n---\n${CLAIM}\n`), Buffer.from([0x90, 0xe4, 0xbd])]);
    const dir = tempCorpus({ 'good.md': GOOD, 'bad.md': bytes });
    (await expectRefused(dir, 'bad.md', 5, 'invalid UTF-8'));
  });

  it('an encoded surrogate (CESU-8) and an overlong slash', async () => {
    for (const bad of [[0xed, 0xa0, 0x80, 0x9d], [0xc0, 0xaf, 0x8f]]) {
      const bytes = Buffer.concat([Buffer.from(`---\ntitle: T\n---\n${CLAIM} `), Buffer.from(bad), Buffer.from('\n')]);
      const dir = tempCorpus({ 'good.md': GOOD, 'bad.md': bytes });
      (await expectRefused(dir, 'bad.md', 4, 'invalid UTF-8'));
    }
  });
});

/** [type, line, endLine, text] of a document's records, loaded in this process. */
function spans(text: string | Buffer, name = 'doc.md') {
  const corpus = loadCorpus(tempCorpus({ [name]: text }));
  expect(corpus.problems).toEqual([]);
  return corpus.records.map((r) => [r.type, r.line, r.endLine, r.question, r.text]);
}

describe('line endings and a BOM keep line numbers right', () => {
  const TRANSCRIPT = GOOD;
  const PROSE = `---\ntitle: Notes\n---\n# The early years\n\n${CLAIM}\n\n“We will never list a coin we do not use ourselves,” Ann Lee said.\nShe said it in 2018, and again in 2021.\n`;
  const TSV = `---\ntitle: Export\n---\nTopics\tContent\ngrowth\t${CLAIM}\nlistings\tWe reviewed every application by hand in 2018.\n`;

  for (const [shape, doc] of [
    ['transcript', TRANSCRIPT],
    ['prose', PROSE],
    ['tsv', TSV],
  ] as const) {
    it(`${shape}: CRLF and lone CR give the same records on the same lines as LF`, async () => {
      const lf = spans(doc);
      expect(lf.length).toBeGreaterThan(1);
      expect(spans(doc.replace(/\n/g, '\r\n'))).toEqual(lf);
      expect(spans(doc.replace(/\n/g, '\r'))).toEqual(lf);
      // mixed, in an order where a CR is never followed by an LF break (CR + LF would be one CRLF)
      let i = 0;
      expect(spans(doc.replace(/\n/g, () => ['\n', '\r', '\r\n'][i++ % 3]!))).toEqual(lf);
    });

    it(`${shape}: a UTF-8 BOM loads fine, lines unchanged`, async () => {
      expect(spans(`\uFEFF${doc}`)).toEqual(spans(doc));
      expect(spans(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(doc)]))).toEqual(spans(doc));
    });
  }

  it('through the CLI: a BOM, CRLF and CR copy of good.md list the same lines', async () => {
    const dir = tempCorpus({
      'good.md': GOOD,
      'bom.md': `\uFEFF${GOOD}`,
      'crlf.md': GOOD.replace(/\n/g, '\r\n'),
      'cr.md': GOOD.replace(/\n/g, '\r'),
      'bomcrlf.md': `\uFEFF${GOOD.replace(/\n/g, '\r\n')}`,
    });
    (await expectClean(dir));
    const recs = (await expectGoodListed(dir, ['bom', 'crlf', 'cr', 'bomcrlf']));
    for (const doc of ['bom', 'crlf', 'cr', 'bomcrlf']) {
      expect(recs.filter((r) => r.doc === doc).map((r) => [r.line, r.endLine, r.question, r.text])).toEqual(
        recs.filter((r) => r.doc === 'good').map((r) => [r.line, r.endLine, r.question, r.text]),
      );
    }
  });
});

describe('whitespace in odd places', () => {
  it('tabs before labels, after colons, inside text and on blank lines', async () => {
    const tabs =
      '---\ntitle: "Tabs\there"\nspeakers: [Ann Lee]\nhost: Bo\n---\n' +
      '\tHost:\tWhat do you do all day at the exchange?\n' +
      'Ann Lee:\tI run the listings team\tand read every application myself.\t\n' +
      '\t\n\t\t\n' +
      'Host :\t\tWhy does that matter so much?\n' +
      '   \tAnn Lee\t: Because one bad listing costs users more than a hundred good ones earn.\n';
    const dir = tempCorpus({ 'good.md': GOOD, 'tabs.md': tabs });
    (await expectClean(dir));
    const recs = (await expectGoodListed(dir, ['tabs'])).filter((r) => r.doc === 'tabs');
    expect(recs.map((r) => [r.type, r.line, r.endLine])).toEqual([
      ['qa', 6, 7],
      ['qa', 10, 11],
    ]);
  });

  it('a TSV with ragged rows: short, long and empty rows', async () => {
    const ragged =
      '---\ntitle: Ragged\n---\n' +
      'Question\tContent\tTopics\n' +
      'Why did you start?\tWe started the exchange in 2017 because nobody else would list small projects.\tgrowth, listings\n' +
      'A row with one cell only\n' +
      '\tOnly a content cell, but it says that we hired nine people in 2018.\n' +
      '\t\t\t\t\t\n' +
      'Q\tSome content that says we reached ten million users in 2020.\tusers\textra\tmore\tcells\n';
    const dir = tempCorpus({ 'good.md': GOOD, 'ragged.md': ragged });
    const r = (await runCli(['check', '--corpus', dir, '--unparsed']));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // The row that has no Content cell is not lost: it is listed for a person to see.
    expect(r.stdout).toMatch(/ragged\.md:6: A row with one cell only\n/);
    const recs = (await expectGoodListed(dir, ['ragged'])).filter((x) => x.doc === 'ragged');
    expect(recs.map((x) => x.line)).toEqual([5, 7, 9]);
    expect(recs[2]!.text).toBe('Some content that says we reached ten million users in 2020.');
  });
});

describe('size', () => {
  it('a file over 64 MB is refused unread', async () => {
    const dir = tempCorpus({ 'good.md': GOOD, 'huge.md': '' });
    truncateSync(join(dir, 'huge.md'), 70 * 1024 * 1024); // sparse: costs no disk and no time
    (await expectRefused(dir, 'huge.md', null, 'file too large: 70.0 MB (documents are read up to 64 MB)'));
  });

  // 1 MB: the quadratic passes this guards against took ~9 s on 320 KB, so one
  // coming back would take about 90 s here, past the test's time limit; larger
  // proves nothing more and costs every run seconds.
  it('a 256 KB single line loads (no timing asserted: bench/pathological.mjs times long lines)', async () => {
    const sentence =
      'In March 2021 the exchange said “we will list only what we use ourselves,” and by then it had grown from nine people to more than 3,000 staff across forty countries, with daily volume above $10 billion and a user base its founders described, in interview after interview over the following years, as the largest in the industry by a wide margin. ';
    const line = sentence.repeat(Math.ceil((256 * 1024) / sentence.length));
    expect(line.length).toBeGreaterThanOrEqual(256 * 1024);
    const dir = tempCorpus({ 'good.md': GOOD, 'big.md': `---\ntitle: One long line\n---\n${line}\n` });
    (await expectClean(dir));
    const recs = (await expectGoodListed(dir, ['big'])).filter((r) => r.doc === 'big');
    expect(recs.length).toBeGreaterThan(100);
    expect(recs.every((r) => r.line === 4 && r.endLine === 4)).toBe(true);
  }); // under a second on an idle machine; the suite's 60 s limit is generous for a busy CI runner

  // Quote masking in narrative.ts once copied the sentence per quotation (quadratic: a
  // 320 KB line took ~9 s, a 5 MB one most of an hour). The watchdog only detects a hang;
  // it is generous so a busy machine cannot fail it. Whether the time grows linearly is
  // measured where timing belongs: `node bench/pathological.mjs` (its quoted-words input).
  it('a 128 KB line thick with quotations loads without hanging', async () => {
    const unit = 'abc def “ghi” jkl ';
    const dir = tempCorpus({ 'good.md': GOOD, 'quotes.md': `---\ntitle: Quotes\n---\n${unit.repeat(Math.ceil((128 * 1024) / unit.length))}\n` });
    const r = runCliWithin(60_000, ['check', '--corpus', dir]);
    expect(r.killed).toBe(false);
    expect(r.stderr).not.toMatch(STACK);
  });

  // 20,000 lines: line numbers past 2^14 and tens of thousands of pairs; a
  // per-line cost that grew with the document would show as minutes.
  it('a document of 20,000 short lines', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 20_000; i++) lines.push(i % 2 ? 'Ann Lee: Yes, we did.' : 'Host: Did you?');
    const dir = tempCorpus({ 'good.md': GOOD, 'many.md': `---\ntitle: Many\nspeakers: [Ann Lee]\nhost: Bo\n---\n${lines.join('\n')}\n` });
    const r = runCliWithin(120_000, ['check', '--corpus', dir, '--format', 'json']);
    expect(r.stderr).not.toMatch(STACK);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { documents: { id: string; records: { qa: number }; lines: { total: number } }[] };
    const many = report.documents.find((d) => d.id === 'many')!;
    expect(many.lines.total).toBe(20_000);
    expect(many.records.qa).toBe(10_000);
    // listed by the same built code, so from the cache that check wrote (the
    // code in this process would key a cache of its own and parse it all again)
    const list = runCliWithin(120_000, ['list', '--corpus', dir, '--doc', 'many', '--format', 'json']);
    expect(list.code).toBe(0);
    const last = (JSON.parse(list.stdout) as { line: number; endLine: number }[]).at(-1)!;
    expect([last.line, last.endLine]).toEqual([20_004, 20_005]);
  }, 120_000);
});
