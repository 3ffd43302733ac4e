import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const loaded = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text }));

/** A transcript panel's body: chapter titles over lone stamps, a caption line under each stamp. */
const panel = (rows: readonly (readonly [string, string] | string)[]): string[] =>
  rows.flatMap((r) => (typeof r === 'string' ? ['', r] : [r[0], r[1]]));

describe('a video page pasted as text: the page above its "Transcript" panel and the chapter list below it', () => {
  const kessler = [
    'How I Built a Snack Brand From My Kitchen | Ngozi Kessler',
    'Small Business Stories',
    '214K subscribers',
    '',
    'Subscribe',
    '',
    '48,112 views  Feb 9, 2026  #founder',
    'Ngozi Kessler started Kessler Foods in 2014 with $3,000 and one recipe. ...more',
    '',
    'Transcript',
    '',
    'Search in video',
    ...panel([
      'Intro',
      ['0:00', '[Narrator] In 2014, Ngozi Kessler was a nurse'],
      ['0:04', 'working night shifts in Baltimore.'],
      ['0:07', '- [Ngozi] I never planned any of this.'],
      ['0:10', 'I wanted my kids to eat something real.'],
      'The first batch',
      ['1:02', '- [Interviewer] How much did you start with?'],
      ['1:04', '- [Ngozi] $3,000.'],
      ['1:06', 'That was all of our savings.'],
      ['1:09', 'My husband Chidi thought I was crazy.'],
      'The offer',
      ['5:31', '- [Interviewer] Is it true you turned down'],
      ['5:33', 'a $90 million offer last year?'],
      ['5:36', '- [Ngozi] It\'s true. In 2025.'],
      ['5:39', 'I\'m not ready to sell.'],
    ]),
    '',
    'Chapters',
    'View all',
    'Intro',
    '0:00',
    'The first batch',
    '1:02',
    'The offer',
    '5:31',
    '',
  ].join('\n');

  it('reads the panel as captions: its bracketed voices speak, a question cut by a stamp is one question', () => {
    const { records, documents } = loaded('kessler.txt', kessler);
    expect(documents[0]!.shape).toBe('captions');
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => r.question)).toEqual(['How much did you start with?', 'Is it true you turned down a $90 million offer last year?']);
    expect(qa.every((r) => r.speaker === 'Ngozi Kessler' && r.asker === 'Interviewer')).toBe(true);
    expect(records.find((r) => /nurse/.test(r.text))?.speaker).toBe('Narrator');
  });

  it('makes no speaker of the channel or a chapter title, and no words of the chapter list', () => {
    const { records } = loaded('kessler.txt', kessler);
    expect(records.some((r) => r.speaker === 'Small Business Stories' || r.speaker === 'Intro')).toBe(false);
    expect(records.some((r) => /Chapters|View all|subscribers/.test(r.text))).toBe(false);
    // the description is the page's words, kept for search, nobody's quote
    const description = records.find((r) => /one recipe/.test(r.text));
    expect(description?.type).toBe('claim');
    expect(description?.speaker ?? null).toBe(null);
  });

  it('reads another page the same way: other channel, other people, a longer header', () => {
    const text = [
      'Rebuilding a Ferry Line After the 2019 Strike — Capt. Joaquim Brandão',
      'Harbour Voices',
      '9.8K subscribers',
      '',
      'Join',
      'Subscribe',
      '',
      '3,204 views  Nov 30, 2025',
      'We sat down with Joaquim Brandão, who ran the Tagus ferries from 2016 to 2024. ...more',
      '',
      'Transcript',
      '',
      'Search in video',
      ...panel([
        'Opening',
        ['0:00', '[Host] Joaquim, how many boats were running in 2019?'],
        ['0:05', '- [Joaquim] Eleven. By the end of the strike,'],
        ['0:08', 'only four of them.'],
        ['0:11', 'The rest sat at Cacilhas for months.'],
        'The strike',
        ['2:14', '- [Host] Who ended it?'],
        ['2:16', '- [Joaquim] The crews did, not the ministry.'],
        ['2:20', 'We signed on a Sunday.'],
        ['2:23', 'Pay went up nine percent.'],
      ]),
      '',
      'Chapters',
      'View all',
      'Opening',
      '0:00',
      'The strike',
      '2:14',
    ].join('\n');
    const { records, documents } = loaded('ferry.txt', text);
    expect(documents[0]!.shape).toBe('captions');
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.asker, r.speaker, r.question])).toEqual([
      ['Host', 'Joaquim Brandão', 'Joaquim, how many boats were running in 2019?'],
      ['Host', 'Joaquim Brandão', 'Who ended it?'],
    ]);
    expect(records.some((r) => r.speaker === 'Harbour Voices' || r.speaker === 'Opening')).toBe(false);
    expect(records.some((r) => /View all|Chapters/.test(r.text))).toBe(false);
  });
});

describe('a copied transcript panel whose captions name their voices: the chapter titles head the voices\' records', () => {
  const rows = (a: string, b: string, who: string, guest: string) =>
    panel([
      a,
      ['0:00', `- [${who}] When did the first shop open?`],
      ['0:03', `- [${guest}] In March 2012, on a side street.`],
      ['0:07', 'We had two tables and a kettle.'],
      ['0:10', 'Nobody came for a month.'],
      b,
      ['3:40', `- [${who}] And how many shops now?`],
      ['3:44', `- [${guest}] Thirty-one, in four countries.`],
      ['3:48', 'We opened nine of them last year.'],
      ['3:52', 'That was too many, honestly.'],
    ]).join('\n');

  it('gives each record its chapter, and no claim of a chapter title', () => {
    const { records } = loaded('tea.txt', rows('Beginnings', 'Growing fast', 'Host', 'Aiko Marsh'));
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.speaker, r.section])).toEqual([['Aiko Marsh', 'Beginnings'], ['Aiko Marsh', 'Growing fast']]);
    expect(records.some((r) => r.type === 'claim' && /^(?:Beginnings|Growing fast)$/.test(r.text))).toBe(false);
  });

  it('reads another interview the same way', () => {
    const { records } = loaded('gym.txt', rows('The early years', 'Where it stands', 'Interviewer', 'Rui Okafor'));
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.asker, r.section])).toEqual([['Interviewer', 'The early years'], ['Interviewer', 'Where it stands']]);
    expect(records.some((r) => r.type === 'claim' && /^(?:The early years|Where it stands)$/.test(r.text))).toBe(false);
  });
});
