/**
 * Encodings: UTF-8 with or without a BOM, UTF-16 LE/BE with a BOM, and
 * Windows-1252 (with a warning) decode to the same text and the same line
 * numbers; binary and bytes of no encoding are refused.
 */
import { describe, expect, it } from 'vitest';
import { decodeDocument, MAX_FILE_BYTES, readDocumentBytes } from '../../src/corpus/read.js';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

/** A transcript with curly quotes, an accent and an em dash: every one a single byte in Windows-1252. */
const TEXT =
  '---\r\ntitle: Café talk\r\nspeakers: [Ann Lee]\r\nhost: Bo\r\n---\r\n' +
  '\r\n' +
  'Host: What did the “café” crowd think of it?\r\n' +
  'Ann Lee: They said it was too early — and they were right about 2019.\r\n' +
  '\r\n' +
  'Host: Why does that matter so much?\r\n' +
  'Ann Lee: Because one bad listing costs users more than a hundred good ones earn.\r\n';

function utf16be(s: string): Buffer {
  const le = Buffer.from(s, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
  return be;
}

/** Windows-1252 bytes of a string of characters that encoding has. */
function cp1252(s: string): Buffer {
  const special: Record<string, number> = { '“': 0x93, '”': 0x94, '—': 0x97, '’': 0x92 };
  return Buffer.from([...s].map((c) => special[c] ?? c.charCodeAt(0)));
}

const ENCODED: [string, Buffer][] = [
  ['UTF-8', Buffer.from(TEXT, 'utf8')],
  ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')])],
  ['UTF-16 LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')])],
  ['UTF-16 BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)])],
  ['Windows-1252', cp1252(TEXT)],
];

describe('decodeDocument', () => {
  it.each(ENCODED)('%s decodes to the same text, without a BOM', (_name, bytes) => {
    const d = decodeDocument(bytes);
    expect('text' in d && d.text).toBe(TEXT);
  });

  it('names the encoding, and warns only for the guessed one, at the first line that is not UTF-8', () => {
    expect(ENCODED.map(([, b]) => { const d = decodeDocument(b); return 'text' in d ? [d.encoding, d.warning ?? null] : null; })).toEqual([
      ['utf-8', null],
      ['utf-8', null],
      ['utf-16le', null],
      ['utf-16be', null],
      ['windows-1252', { line: 2, message: 'not valid UTF-8: read as Windows-1252 (save the file as UTF-8 to be sure)' }],
    ]);
  });

  it('refuses binary data, bytes Windows-1252 leaves undefined, and broken UTF-16', () => {
    expect(decodeDocument(Buffer.from('abc\n\u0000def'))).toEqual({ line: 2, message: 'binary file (NUL byte): not a text document' });
    expect(decodeDocument(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0xff, 0x00]))).toEqual({ line: null, message: 'binary file (a PDF document): not a text document' });
    expect(decodeDocument(Buffer.from([0x61, 0x0a, 0x62, 0xe9, 0x81, 0x0a]))).toEqual({ line: 2, message: 'invalid UTF-8: save the file as UTF-8' });
    // a control character no text holds: not Windows-1252 text either
    expect(decodeDocument(Buffer.from([0x61, 0xe9, 0x01]))).toMatchObject({ message: 'invalid UTF-8: save the file as UTF-8' });
    expect(decodeDocument(Buffer.from([0xff, 0xfe, 0x61, 0x00, 0x62]))).toMatchObject({ line: null, message: expect.stringMatching(/^invalid UTF-16 LE/) });
    expect(decodeDocument(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\n\u0000', 'utf16le')]))).toEqual({ line: 2, message: 'binary file (NUL character): not a text document' });
    expect(decodeDocument(Buffer.from('title\n', 'utf16le'))).toMatchObject({ message: expect.stringMatching(/^UTF-16 text without a byte-order mark/) });
  });

  it('reads a file up to the size limit, and refuses it past the limit unread', () => {
    const dir = tempCorpus({ 'a.md': 'hello' });
    expect(readDocumentBytes(`${dir}/a.md`)).toEqual(Buffer.from('hello'));
    expect(readDocumentBytes(`${dir}/a.md`, 4)).toEqual({ line: null, message: expect.stringMatching(/^file too large: /) });
    expect(MAX_FILE_BYTES).toBe(64 * 1024 * 1024);
  });
});

describe('documents in every encoding load alike', () => {
  it('same records, same line numbers; the Windows-1252 file warns, naming itself', () => {
    const files = Object.fromEntries(ENCODED.map(([name, bytes], i) => [`doc-${i}.md`, bytes] as const));
    const corpus = loadCorpus(tempCorpus(files));
    expect(corpus.problems).toEqual([
      { file: 'doc-4.md', line: 2, severity: 'warning', message: 'not valid UTF-8: read as Windows-1252 (save the file as UTF-8 to be sure)' },
    ]);
    const byDoc = ENCODED.map((_, i) => corpus.records.filter((r) => r.doc === `doc-${i}`).map((r) => [r.type, r.line, r.endLine, r.question, r.text]));
    expect(byDoc[0]).toEqual([
      ['qa', 7, 8, 'What did the “café” crowd think of it?', 'They said it was too early — and they were right about 2019.'],
      ['qa', 10, 11, 'Why does that matter so much?', 'Because one bad listing costs users more than a hundred good ones earn.'],
    ]);
    for (const d of byDoc) expect(d).toEqual(byDoc[0]);
    expect(corpus.documents.map((d) => d.meta.title)).toEqual(ENCODED.map(() => 'Café talk'));
  });
});
