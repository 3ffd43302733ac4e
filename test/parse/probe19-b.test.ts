/**
 * Caption and transcript streams as people download them (test/fixtures/probe19/b): a YouTube
 * auto-generated WebVTT, broadcast closed captions saved as text, a Happy Scribe export, a podcast
 * app's transcript copied as text. Each rule is also tested on a small text of its own, in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, recordsOf, tempCorpus } from '../helpers.js';

const b = fixtureCorpus(join(FIXTURES, 'probe19', 'b'));
const allText = (recs: ReturnType<typeof recordsOf>) => recs.map((r) => r.text).join(' ');
const count = (hay: string, needle: string) => hay.split(needle).length - 1;

/** A YouTube cue pair: the rolling cue (the line before, then the new words with their timings) and the 10 ms snapshot of the new line. */
function youtubeCues(lines: string[]): string {
  const out = ['WEBVTT', 'Kind: captions', 'Language: en', ''];
  let prev = ' ';
  lines.forEach((line, i) => {
    const t = (s: number) => `00:00:${String(s).padStart(2, '0')}.000`;
    const words = line.split(' ');
    const timed = words[0] + words.slice(1).map((w, k) => `<00:00:${String(i * 3).padStart(2, '0')}.${String((k + 1) * 100).padStart(3, '0')}><c> ${w}</c>`).join('');
    out.push(`${t(i * 3)} --> ${t(i * 3 + 2)}.990 align:start position:0%`.replace('.000.990', '.990'), prev, timed, '');
    out.push(`${t(i * 3 + 2)}.990 --> ${t(i * 3 + 3)} align:start position:0%`.replace('.000.990', '.990'), line, ' ', '');
    prev = line;
  });
  return out.join('\n');
}

describe('YouTube auto captions: a short line rolls as a long one does', () => {
  it('each caption line of the fixture is read once, however short', () => {
    const text = allText(recordsOf(b, 'kestrel-founder-interview.en'));
    expect(count(text, '240 million dollars')).toBe(1);
    expect(count(text, 'users never converted')).toBe(1);
  });

  it('the same shape in other words: a word-timed line of two or three words is repeated by the next cues, not said again', () => {
    const vtt = youtubeCues(['we opened the first bakery in', 'Leeds in 2016', 'and by spring we had', 'nine shops']);
    const recs = recordsOf(loadCorpus(tempCorpus({ 'bakery.vtt': vtt })), 'bakery');
    const text = allText(recs);
    expect(count(text, 'Leeds in 2016')).toBe(1);
    expect(count(text, 'nine shops')).toBe(1);
    expect(text).toContain('we opened the first bakery in Leeds in 2016 and by spring we had nine shops');
  });
});

describe("a podcast app's transcript copied as text: the episode's row of fields and the app's notice", () => {
  it("the fixture's 'Show · Mar 12, 2024 · 58 min' row dates the records; the notice is no claim", () => {
    const recs = recordsOf(b, 'second-serve-ep212-spotify');
    expect(recs.filter((r) => r.type !== 'claim').every((r) => r.year === 2024)).toBe(true);
    expect(recs.some((r) => /Auto-generated|58 min/.test(r.text))).toBe(false);
  });

  it('the same shape in other words', () => {
    const doc = [
      'The Quiet Kitchen',
      'Episode 88: Rafael Ibarra on closing his first restaurant',
      'The Quiet Kitchen with June Castellanos · 4 Sept 2023 · 1 hr 12 min',
      '',
      'Transcript',
      'Transcripts are auto-generated and may contain errors.',
      '',
      'June Castellanos',
      '0:00',
      'Rafael, you closed Maíz in 2019. Why?',
      '',
      'Rafael Ibarra',
      '0:09',
      'The rent doubled in two years, and we were already paying 30 percent of revenue for it.',
      '',
      'June Castellanos',
      '0:21',
      'Do you regret it?',
      '',
      'Rafael Ibarra',
      '0:24',
      'Not for a second. We opened the second place in 2021.',
      '',
    ].join('\n');
    const recs = recordsOf(loadCorpus(tempCorpus({ 'quiet-kitchen-88.txt': doc })), 'quiet-kitchen-88');
    const answers = recs.filter((r) => r.speaker === 'Rafael Ibarra');
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.every((r) => r.year === 2023)).toBe(true);
    expect(recs.some((r) => /auto-generated|1 hr 12 min/.test(r.text))).toBe(false);
  });
});

describe("a broadcast caption capture's header line 'Closed captions, …' is the capture's furniture", () => {
  const capture = (line: string, story: string[]) =>
    [`WNBT EVENING REPORT`, line, 'Aired: Monday, March 4, 2024  5:30 PM ET', 'Clip no. 0304-WNBT-1730', '', ...story].join('\n');
  it('the fixture: no claim of "Closed captions, as broadcast"', () => {
    expect(recordsOf(b, 'kwxt-news-at-six-2024-10-15').some((r) => /Closed captions/i.test(r.text))).toBe(false);
  });
  it('the same shape in other words', () => {
    const doc = capture('Closed caption text, unedited', [
      '>>> GOOD EVENING. THE CITY COUNCIL',
      'VOTED 7-2 TONIGHT TO CLOSE THE',
      'PIER FOR REPAIRS.',
      '>> WE HAVE NO CHOICE. THE PILINGS',
      'ARE FROM 1952.',
    ]);
    const recs = recordsOf(loadCorpus(tempCorpus({ 'wnbt-2024-03-04.txt': doc })), 'wnbt-2024-03-04');
    expect(recs.some((r) => /caption/i.test(r.text))).toBe(false);
    expect(recs.some((r) => r.text.includes('PILINGS'))).toBe(true);
  });
});

describe("broadcast closed captions: the anchor's '>>' turn that greets and gives her name is hers", () => {
  it("the fixture: 'GOOD EVENING, I'M DANA HOLLIS.' is Dana Hollis's turn", () => {
    const opener = recordsOf(b, 'kwxt-news-at-six-2024-10-15').find((r) => r.text.startsWith('GOOD EVENING'));
    expect(opener?.speaker).toBe('Dana Hollis');
  });

  it('the same shape in other words (and a greeting naming nobody names nobody)', () => {
    const doc = [
      '>>> GOOD MORNING. I\'M ROBERTO',
      'SALAZAR, AND A WATER MAIN BREAK',
      'HAS CLOSED ELM STREET.',
      '>> CREWS EXPECT REPAIRS TO TAKE',
      'AT LEAST 36 HOURS.',
      '>> GOOD MORNING, EVERYBODY. THE',
      'SCHOOLS ARE OPEN AS USUAL.',
      '>> THANKS, ROBERTO.',
    ].join('\n');
    const recs = recordsOf(loadCorpus(tempCorpus({ 'kpto-morning-2023-05-02.txt': doc })), 'kpto-morning-2023-05-02');
    expect(recs.find((r) => r.text.includes('WATER MAIN'))?.speaker).toBe('Roberto Salazar');
    expect(recs.find((r) => r.text.includes('CREWS EXPECT'))?.speaker ?? null).toBe(null);
    expect(recs.find((r) => r.text.includes('SCHOOLS ARE OPEN'))?.speaker ?? null).toBe(null);
  });
});

describe('YouTube auto captions carry no punctuation: a sound cue between two stretches ends the first', () => {
  it('the fixture: the introduction before [Music] is no record with the question after it', () => {
    const recs = recordsOf(b, 'kestrel-founder-interview.en');
    const intro = recs.find((r) => r.text.includes('240 million dollars'));
    expect(intro?.text.includes('what would you tell')).toBe(false);
    expect(recs.some((r) => r.text.includes('what would you tell a founder'))).toBe(true);
  });

  it('the same shape in other words, and punctuated captions still run a sentence across a sound', () => {
    const unpunctuated = youtubeCues(['we opened the first bakery in', 'Leeds in 2016']).replace(/\n$/, '') +
      '\n\n00:00:07.000 --> 00:00:09.000 align:start position:0%\n \n[Applause]\n\n' +
      youtubeCues(['thank you so much for having', 'me here tonight']).replace(/^WEBVTT\nKind: captions\nLanguage: en\n\n/, '').replace(/00:00:0(\d)/g, (_m, d) => `00:00:1${d}`);
    const recs = recordsOf(loadCorpus(tempCorpus({ 'bakery-talk.vtt': unpunctuated })), 'bakery-talk');
    expect(recs.map((r) => r.text)).toEqual(['we opened the first bakery in Leeds in 2016', 'thank you so much for having me here tonight']);

    const punctuated = 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nWhen we opened in Leeds\n\n00:00:03.000 --> 00:00:04.000\n[Applause]\n\n00:00:04.000 --> 00:00:06.000\nthe queue ran round the block.\n';
    const talk = recordsOf(loadCorpus(tempCorpus({ 'leeds.vtt': punctuated })), 'leeds');
    expect(talk.map((r) => r.text)).toEqual(['When we opened in Leeds the queue ran round the block.']);
  });
});
