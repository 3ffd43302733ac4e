/**
 * Review findings on the SBV/ASS/TTML/JSON caption readers: input that must not be quadratic,
 * bodies that must reach their reader untouched, TTML told from HTML's <tt>, EBU-TT's prefixed
 * elements, records citing the line their escaped words are on, a named non-transcript .json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, runCli, tempCorpus } from '../helpers.js';

const fixture = (name: string) => readFileSync(join(FIXTURES, 'formats', name), 'utf8');
const load = (files: Record<string, string>) => loadCorpus(tempCorpus({ ...files, 'speakers.yml': fixture('speakers.yml') }));

const ASS_HEAD = '[Script Info]\nScriptType: v4.00+\n\n[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n';

describe('ASS override tags', () => {
  // The speed of this (a 100 KB run took ~20 s with a quadratic pattern) is measured by hand, not
  // timed here: a test asserts what the reader gives for it.
  it('a Dialogue line with a long run of "{" never closed keeps its words', () => {
    const line = `Dialogue: 0,0:00:01.00,0:00:03.00,Default,,0,0,0,,The bridge opened in 1932. ${'{'.repeat(5_000)}`;
    const c = load({ 'long.ass': `${ASS_HEAD}${line}\n` });
    expect(c.records.some((r) => r.text.includes('The bridge opened in 1932.'))).toBe(true);
  });
});

const TTML_OPEN = '<?xml version="1.0" encoding="utf-8"?>\n<tt xmlns="http://www.w3.org/ns/ttml" xml:lang="en">\n<body><div>\n';

describe('bodies reach the JSON and TTML readers as written', () => {
  it('a Whisper segment holding &quot; still parses, its words kept', () => {
    const c = load({ 'w.json': '{"segments": [{"start": 0.0, "end": 2.0, "text": " The desk was &quot;closed&quot; in 2022."}]}\n' });
    expect(c.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(c.records.map((r) => [r.text, r.line])).toEqual([['The desk was &quot;closed&quot; in 2022.', 1]]);
  });
  it('a TTML <p> holding &lt; and &gt; keeps the words between them, decoded', () => {
    const c = load({ 'k.ttml': `${TTML_OPEN}<p begin="0s" end="3s">If costs &lt; revenue and margin &gt; zero, we grow.</p>\n</div></body>\n</tt>\n` });
    expect(c.records.map((r) => [r.text, r.line])).toEqual([['If costs < revenue and margin > zero, we grow.', 4]]);
    expect(c.documents[0]!.sentences.missed).toEqual([]);
  });
});

describe('TTML is told by its namespace', () => {
  it("HTML's <tt> (teletype) opening a note is no TTML: the note is read as prose", () => {
    const c = load({ 'note.md': '<tt>quarry</tt> is a tool. It reads folders of interviews since 2024.\n' });
    expect(c.documents.map((d) => d.shape)).not.toContain('captions');
    expect(c.records.map((r) => r.text).join(' ')).toContain('is a tool');
  });
  it("EBU-TT: <tt:tt>, <tt:p>, <tt:span>, <tt:br/> and single-quoted ttm:agent / xml:id read as TTML's own", () => {
    const ebu = fixture('ebu-tt-agents.xml');
    const c = load({ 'ebu.xml': ebu });
    expect(c.documents.map((d) => [d.id, d.shape])).toEqual([['ebu', 'captions']]);
    expect(c.records.map((r) => [r.speaker, r.text, r.line])).toEqual([
      ['Ann Vale', 'The fund opened in Lisbon in 2021.', 7],
      ['Bob Reyes', 'It closed a year later.', 8],
    ]);
    expect(c.records.some((r) => /tt:|<|>/.test(r.text))).toBe(false);
    expect(c.documents[0]!.sentences.missed).toEqual([]);
  });
});

// Linear time was measured by hand (one-line TTML of 6,000 cues 19 s → 2 s; 40,000 Whisper
// segments 55 s → 26 s); these hold what many cues on one line read as, not how fast.
describe('a one-line TTML or JSON file of many cues', () => {
  const N = 300;
  const said = (i: number) => `Cue number ${i} says the fund grew.`;
  it('TTML: thousands of <p> on one line', () => {
    const ps = Array.from({ length: N }, (_, i) => `<p begin="${i}s" end="${i + 1}s">${said(i)}</p>`).join('');
    const c = load({ 'one.ttml': `<tt xmlns="http://www.w3.org/ns/ttml"><body><div>${ps}</div></body></tt>\n` });
    expect(c.records.map((r) => r.text).join(' ')).toContain(said(N - 1));
    expect(c.documents[0]!.sentences.missed).toEqual([]);
  });
  it('JSON: thousands of Whisper segments on one line', () => {
    const segs = Array.from({ length: N }, (_, i) => JSON.stringify({ start: i, end: i + 1, text: ` ${said(i)}` })).join(', ');
    const c = load({ 'one.json': `{"segments": [${segs}]}\n` });
    expect(c.records.map((r) => r.text).join(' ')).toContain(said(N - 1));
    expect(c.documents[0]!.sentences.missed).toEqual([]);
  });
});

describe('JSON written with escapes', () => {
  it("a segment Python's json.dump wrote as \\u00e9 cites its own line", () => {
    const text = fixture('whisper-python-escapes.json');
    const c = load({ 'py.json': text });
    expect(c.records.map((r) => [r.text, r.line, r.endLine])).toEqual([
      ['The fund closed in 2022.', 6, 6],
      ['The Café Lumière reopened in 2023.', 11, 11],
      ['Sales doubled.', 16, 16],
    ]);
  });
});

describe('a named .json that is no transcript', () => {
  it('is the one-line "not a transcript JSON" error naming the file, never records', async () => {
    const dir = tempCorpus({ 'package.json': '{\n  "name": "x",\n  "version": "1.0.0"\n}\n' });
    const r = await runCli(['--no-cache', 'check', join(dir, 'package.json')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('package.json');
    expect(r.stderr).toContain('not a transcript JSON');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('a one-cue .sbv', () => {
  it('is SBV by its one opening timing, the timing no words', () => {
    const c = load({ 'one.sbv': '0:00:01.000,0:00:04.000\nThe bridge opened in 1932.\n' });
    expect(c.documents.map((d) => d.shape)).toEqual(['captions']);
    expect(c.records.map((r) => [r.text, r.line])).toEqual([['The bridge opened in 1932.', 2]]);
  });
});

describe('titles of TTML and ASS files', () => {
  it("TTML: its <ttm:title>; ASS: its Title: line, else the file name (never a ScriptType: line)", () => {
    const noTitle = '[Script Info]\nScriptType: v4.00+\n\n[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\nDialogue: 0,0:00:01.00,0:00:03.00,Default,,0,0,0,,The bridge opened in 1932.\n';
    const c = load({ 'keynote.ttml': fixture('heyi-keynote.ttml'), 'fireside.ass': fixture('heyi-fireside-2024.ass'), 'bridge.ass': noTitle, 'plain.ttml': `${TTML_OPEN}<p begin="0s" end="3s">The fund grew.</p>\n</div></body>\n</tt>\n` });
    expect(c.documents.map((d) => [d.id, d.meta.title])).toEqual([
      ['bridge', 'bridge'],
      ['fireside', 'Fireside chat with Yi He, Dubai 2024'],
      ['keynote', 'Binance Blockchain Week keynote'],
      ['plain', 'plain'],
    ]);
  });
});
