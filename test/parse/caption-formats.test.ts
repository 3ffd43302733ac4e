/**
 * Caption formats beyond WebVTT and SRT, read by their structure through the caption reader's
 * one cue → turn pipeline: YouTube SBV, ASS/SSA (the Name field the voice), TTML/DFXP (a
 * `ttm:agent` the voice). Records cite the lines their words are on. Fixtures: test/fixtures/formats/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { SpeakerRegistry } from '../../src/model/speakers.js';
import { detectShape } from '../../src/parse/shapes.js';
import { FIXTURES, tempCorpus } from '../helpers.js';

const fixture = (name: string) => readFileSync(join(FIXTURES, 'formats', name), 'utf8');
const load = (files: Record<string, string>) => loadCorpus(tempCorpus({ ...files, 'speakers.yml': fixture('speakers.yml') }));
const rows = (c: ReturnType<typeof loadCorpus>) => c.records.map((r) => [r.type, r.speaker, r.asker, r.question, r.text, r.line, r.endLine]);
/** the file's own line, 1-based */
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('YouTube SBV', () => {
  const text = fixture('binance-weekly-ep12.sbv');
  it('reads its "0:00:01.000,0:00:04.000" cues as captions: >> changes the voice, timings are no words', () => {
    const c = load({ 'ep12.sbv': text });
    expect(c.documents.map((d) => [d.id, d.shape])).toEqual([['ep12', 'captions']]);
    expect(rows(c)).toEqual([
      ['quote', null, null, null, "Welcome back to Binance Weekly, I'm your host. Today we're talking about the new listing review process.", 2, 6],
      ['quote', null, null, null, 'Thanks for having me. We changed the review in 2023 to add a second committee.', 9, 10],
      ['qa', null, null, 'Why a second committee?', 'Because one team should never decide alone.', 13, 16],
      ['quote', null, null, null, 'That makes sense to me.', 20, 20],
    ]);
    expect(c.records.some((r) => /\d:\d\d/.test(r.text))).toBe(false);
    expect(c.documents[0]!.sentences.missed).toEqual([]);
  });
  it('is captions by its structure under any extension', () => {
    expect(detectShape(text, new SpeakerRegistry(), '.txt').name).toBe('captions');
  });
});

describe('ASS/SSA', () => {
  const text = fixture('heyi-fireside-2024.ass');
  it("a Dialogue line's Name field is its voice; override tags and \\N breaks are no words; each record cites its Dialogue lines", () => {
    const c = load({ 'fireside.ass': text });
    expect(c.documents.map((d) => [d.shape, d.meta.title])).toEqual([['captions', 'Fireside chat with Yi He, Dubai 2024']]);
    const q1 = lineOf(text, 'what did the last cycle');
    const q2 = lineOf(text, 'open more offices');
    expect(rows(c)).toEqual([
      ['qa', 'He Yi', 'Mara Lind', 'Yi, what did the last cycle teach Binance?', 'Patience, mostly. We kept building when prices fell, and users remembered that. Compliance is a cost, but it is also a moat.', q1, q1 + 2],
      ['qa', 'He Yi', 'Mara Lind', 'Will you open more offices in 2025?', 'We will, in markets where the rules are clear.', q2, q2 + 1],
    ]);
    // the script's header, styles, Format lines and a Comment line are markup or metadata, never text
    const d = c.documents[0]!;
    expect(d.lines.unparsed).toEqual([]);
    expect(d.sentences.missed).toEqual([]);
    expect(c.problems.filter((p) => /sentence/.test(p.message))).toEqual([]);
  });
  it('is captions by its [Script Info] head, saved as .txt too; a Name-less script is narration', () => {
    expect(detectShape(text, new SpeakerRegistry(), '.txt').name).toBe('captions');
    const plain = '[Script Info]\nScriptType: v4.00+\n\n[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\nDialogue: 0,0:00:01.00,0:00:03.00,Default,,0,0,0,,The bridge opened in 1932.\nDialogue: 0,0:00:03.00,0:00:05.00,Default,,0,0,0,,It closed, for repairs, in 1990.\n';
    const c = load({ 'ep.ssa': plain });
    expect(rows(c)).toEqual([
      ['claim', null, null, null, 'The bridge opened in 1932.', 6, 6],
      ['claim', null, null, null, 'It closed, for repairs, in 1990.', 7, 7],
    ]);
  });
});

describe('TTML/DFXP', () => {
  const text = fixture('heyi-keynote.ttml');
  it("a <p>'s ttm:agent is its voice, named by the agent's ttm:name; <br/> and <span> are no words; spans cover the <p>'s lines", () => {
    const c = load({ 'keynote.ttml': text });
    expect(c.documents.map((d) => d.shape)).toEqual(['captions']);
    const welcome = lineOf(text, 'Please welcome');
    const thanks = lineOf(text, 'Thank you all');
    const next = lineOf(text, 'What comes next');
    expect(rows(c)).toEqual([
      ['quote', 'Tom Hale', null, null, 'Please welcome the co-founder of Binance.', welcome, welcome],
      ['quote', 'He Yi', null, null, 'Thank you all for coming. Four years ago this room was half empty. Today we serve users in more than one hundred countries.', thanks, thanks + 4],
      ['qa', 'He Yi', 'Tom Hale', 'What comes next for the exchange?', 'Education, because users who understand risk stay with us.', next, next + 1],
    ]);
    const d = c.documents[0]!;
    expect(d.lines.unparsed).toEqual([]);
    expect(d.sentences.missed).toEqual([]);
  });
  it('reads a DFXP without agents as narration, its tags kept out of the words', () => {
    const dfxp = '<?xml version="1.0" encoding="utf-8"?>\n<tt xmlns="http://www.w3.org/2006/10/ttaf1" xml:lang="en">\n<body><div>\n<p begin="0.5s" end="3s">The exchange opened<br />an office in Paris in 2022.</p>\n<p begin="3s" end="6s">Regulators approved it a year later.</p>\n</div></body>\n</tt>\n';
    const c = load({ 'news.dfxp': dfxp, 'saved.txt': dfxp });
    expect(c.documents.map((d) => [d.id, d.shape])).toEqual([
      ['news', 'captions'],
      ['saved', 'captions'],
    ]);
    expect(c.records.filter((r) => r.doc === 'news').map((r) => [r.type, r.text, r.line, r.endLine])).toEqual([
      ['claim', 'The exchange opened an office in Paris in 2022.', 4, 4],
      ['claim', 'Regulators approved it a year later.', 5, 5],
    ]);
  });
  it('a .ttml file that is no TTML is read by what it is (the extension is a hint only)', () => {
    const c = load({ 'notes.ttml': 'The fund closed in 2022.\n' });
    expect(c.documents.map((d) => d.shape)).toEqual(['prose']);
    expect(c.records.map((r) => r.text)).toEqual(['The fund closed in 2022.']);
  });
});

describe('JSON transcripts', () => {
  const whisperx = fixture('cz-space-whisperx.json');
  const deepgram = fixture('heyi-panel-deepgram.json');
  const aws = fixture('binance-call-aws.json');

  it("Whisper/WhisperX: each segment a cue, its diarized speaker the voice ('SPEAKER_01' → Speaker 1); records cite the lines of the segments' text", () => {
    const c = load({ 'space.json': whisperx });
    expect(c.documents.map((d) => [d.id, d.shape, d.meta.title])).toEqual([['space', 'captions', 'space']]);
    expect(rows(c)).toEqual([
      ['qa', 'Speaker 1', 'Speaker 0', 'CZ, why did Binance move its headquarters again?', 'We go where the rules are written down. That is the whole answer. Funds are safe, as they were in 2019.', lineOf(whisperx, 'headquarters'), lineOf(whisperx, 'Funds are safe')],
    ]);
    expect(c.records[0]!.years).toContain(2019);
    expect(c.documents[0]!.sentences.missed).toEqual([]);
    expect(c.documents[0]!.lines.unparsed).toEqual([]);
  });

  it('Deepgram: utterances with their speaker, not the channel transcript repeated', () => {
    const c = load({ 'panel.json': deepgram });
    expect(rows(c)).toEqual([['qa', 'Speaker 1', 'Speaker 0', 'What does Binance look for in a founder?', 'Grit, and a product users return to.', lineOf(deepgram, 'in a founder?",'), lineOf(deepgram, '"transcript": "Grit')]]);
  });

  it('AWS Transcribe: items joined (punctuation attached) into turns by speaker_labels; a turn cites its first to last item', () => {
    const c = load({ 'call.json': aws });
    expect(rows(c)).toEqual([
      ['quote', 'Speaker 0', null, null, 'Welcome, everyone.', lineOf(aws, '"Welcome"'), lineOf(aws, '"everyone"') + 1],
      ['quote', 'Speaker 1', null, null, 'Thanks. We listed nine tokens.', lineOf(aws, '"Thanks"'), lineOf(aws, '"tokens"') + 1],
    ]);
    expect(c.documents[0]!.sentences.missed).toEqual([]);
  });

  it('a Whisper segment list without speakers is running narration; a one-line file cites line 1', () => {
    const c = load({ 'w.json': '{"text": " The fund closed in 2022. It reopened later.", "segments": [{"id": 0, "start": 0.0, "end": 2.0, "text": " The fund closed in 2022."}, {"id": 1, "start": 2.0, "end": 4.0, "text": " It reopened later."}], "language": "en"}\n' });
    expect(rows(c)).toEqual([
      ['claim', null, null, null, 'The fund closed in 2022.', 1, 1],
      ['claim', null, null, null, 'It reopened later.', 1, 1],
    ]);
  });

  it('any other .json is no document: the skipped notice names it, never a crash or an error', async () => {
    const c = load({ 'space.json': whisperx, 'package.json': '{\n  "name": "x",\n  "version": "1.0.0"\n}\n', 'data/list.json': '[1, 2, 3]\n' });
    expect(c.documents.map((d) => d.id)).toEqual(['space']);
    expect(c.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(c.problems.filter((p) => p.file === '.').map((p) => p.message)).toEqual([
      'skipped 2 files quarry does not read: data/list.json, package.json (a .json file is read when it is a Whisper, Deepgram or AWS Transcribe transcript)',
    ]);
  });

  it('a .json that opens like a transcript but does not parse is that file\'s one-line error', () => {
    const c = load({ 'broken.json': '{"segments": [ {"text": "cut off' });
    expect(c.problems.filter((p) => p.severity === 'error').map((p) => [p.file, p.line, p.message])).toEqual([['broken.json', 1, 'not a transcript JSON quarry reads (Whisper or WhisperX segments, Deepgram results, AWS Transcribe results)']]);
  });
});

describe('.xml', () => {
  it('is read when its root is <tt> (TTML captions); any other XML is named in the skipped notice', () => {
    const c = load({ 'keynote.xml': fixture('heyi-keynote.ttml'), 'feed.xml': '<?xml version="1.0"?>\n<rss><channel><title>News</title></channel></rss>\n' });
    expect(c.documents.map((d) => [d.id, d.shape])).toEqual([['keynote', 'captions']]);
    expect(c.records.map((r) => r.speaker)).toEqual(['Tom Hale', 'He Yi', 'He Yi']);
    expect(c.problems.filter((p) => p.file === '.').map((p) => p.message)).toEqual(['skipped 1 file quarry does not read: feed.xml (an .xml file is read when it is TTML captions)']);
  });
});
