/**
 * probe30-a: caption files (.srt, .vtt) of interviews, hearings and news. The shapes read wrong before:
 * a sound cue set in italics ("<i>[upbeat music]</i>") read as a narrator's claim; a subtitler's
 * dialogue-dash pair with no names ("- Did you report them?" / "- Every one of them.") inside an
 * exchange two labelled people carry on, read as nobody's. Each rule on the fixture's shape and on a
 * text in other words.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const corpusOf = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text }));
const srt = (cues: string[][]) =>
  cues.map((lines, n) => [`${n + 1}`, `00:00:${String(n * 4).padStart(2, '0')},000 --> 00:00:${String(n * 4 + 3).padStart(2, '0')},500`, ...lines].join('\n')).join('\n\n') + '\n';
const vtt = (cues: string[][]) =>
  'WEBVTT\n\n' + cues.map((lines, n) => [`00:00:${String(n * 4).padStart(2, '0')}.000 --> 00:00:${String(n * 4 + 3).padStart(2, '0')}.500 align:center`, ...lines].join('\n')).join('\n\n') + '\n';

describe('a sound cue set in italics', () => {
  it('is a sound, no claim, in a voiced WebVTT', () => {
    const c = corpusOf('a.vtt', vtt([
      ['<i>[upbeat music]</i>'],
      ['<v Priya Raman>Good morning. My guest founded Halcyon Pay in 2016.'],
      ['<v Tomas Ferreira>Thank you. We have 2,300 people now.'],
    ]));
    expect(c.records.map((r) => r.text).join(' ')).not.toMatch(/music/);
    expect(c.records.some((r) => /2,300 people/.test(r.text))).toBe(true);
  });
  it('is a sound in an SRT with a music note or a bracket in other words', () => {
    const c = corpusOf('b.srt', srt([
      ['<i>♪ gentle piano ♪</i>'],
      ['BEN ODUYA: We opened the clinic in 2019.'],
      ['<i>[crowd cheering]</i>'],
      ['BEN ODUYA: Today it sees 400 patients a week.'],
    ]));
    const texts = c.records.map((r) => r.text).join(' | ');
    expect(texts).not.toMatch(/piano|cheering/);
    expect(texts).toMatch(/400 patients/);
  });
});

describe('a dialogue-dash pair with no names inside a labelled exchange', () => {
  it('goes on with the two people who spoke last', () => {
    const c = corpusOf('c.srt', srt([
      ['- MR DUCASSE: When did you first', 'see the cracks in pier four?'],
      ['- OYELARAN: In the spring of 2019.', 'We logged 37 defects that year.'],
      ['- Did you report them?', '- Every one of them.'],
      ['- To whom?', '- To the operations director.'],
    ]));
    const qa = c.records.filter((r) => r.type === 'qa');
    const every = qa.find((r) => /Every one of them/.test(r.text));
    expect(every?.speaker).toBe('Oyelaran');
    expect(every?.asker).toBe('Mr Ducasse');
    const director = qa.find((r) => /operations director/.test(r.text));
    expect(director?.speaker).toBe('Oyelaran');
    expect(director?.asker).toBe('Mr Ducasse');
  });
  it('reads a pair in other words, labels without a dash', () => {
    const c = corpusOf('d.srt', srt([
      ['COUNSEL: Where were you on the night', 'of 4 June 2021?'],
      ['MARTA SILVA: At the depot, until midnight.'],
      ['- Alone?', '- With two drivers.'],
    ]));
    const alone = c.records.find((r) => /two drivers/.test(r.text));
    expect(alone?.speaker).toBe('Marta Silva');
  });
  it('stays nobody\'s where no two people were talking', () => {
    const c = corpusOf('e.srt', srt([
      ['ANA LIMA: We drove north in 2018.'],
      ['- Where to?', '- The coast.'],
    ]));
    const coast = c.records.find((r) => /The coast/.test(r.text));
    expect(coast?.speaker ?? null).toBe(null);
  });
});

describe('a dash pair after turns that run over several cues', () => {
  it('finds the question at the end of the asker\'s turn', () => {
    const c = corpusOf('f.srt', srt([
      ['- HOST: You ran the mint from 2012,'],
      ['so what went wrong in 2020?'],
      ['- KOFI ADJEI: The audit came late.'],
      ['We lost 14 months.'],
      ['- Was that your call?', '- It was the board\'s.'],
    ]));
    const board = c.records.find((r) => /the board/.test(r.text));
    expect(board?.speaker).toBe('Kofi Adjei');
  });
});

describe('a broadcast label of an office and a surname', () => {
  it('is the full name the anchor gives with that office', () => {
    const c = corpusOf('g.srt', srt([
      ['>> GOOD AFTERNOON. WE GO LIVE', 'NOW TO CITY HALL.'],
      ['>> THIS HAS BEEN A LONG WEEK.'],
      ['>> MAYOR ROSALIND OKONKWO IS', 'ANNOUNCING THE STADIUM DEAL.'],
      ['>> MAYOR OKONKWO: THE CITY WILL', 'CONTRIBUTE $310 MILLION.'],
    ]));
    expect(c.records.find((r) => /310 MILLION/.test(r.text))?.speaker).toBe('Rosalind Okonkwo');
  });
  it('reads another office in mixed case, the name further on', () => {
    const c = corpusOf('h.vtt', vtt([
      ['>> Welcome back to the evening report.'],
      ['>> Storms closed two schools today.'],
      ['>> In the studio is Sheriff Dolores Varga,'],
      ['who has run the county office since 2014.'],
      ['>> SHERIFF VARGA: We had 1,200 calls overnight.'],
    ]));
    expect(c.records.find((r) => /1,200 calls/.test(r.text))?.speaker).toBe('Dolores Varga');
  });
});
describe('the office of a broadcast label', () => {
  it('is the role of the turns it names', () => {
    const c = corpusOf('i.srt', srt([
      ['>> GOOD EVENING.'],
      ['>> WE BEGIN TONIGHT.'],
      ['>> GOVERNOR HELENA MARSH SPOKE', 'IN THE CAPITAL.'],
      ['>> GOVERNOR MARSH: WE WILL HIRE', '300 NURSES BY 2026.'],
    ]));
    expect(c.records.find((r) => /300 NURSES/.test(r.text))).toMatchObject({ speaker: 'Helena Marsh', role: 'Governor' });
  });
});

describe('a reporter\'s sign-off that names the newsroom first, then "I\'m NAME"', () => {
  it('gives the turn to the reporter', () => {
    const c = corpusOf('j.srt', srt([
      ['>> GOOD AFTERNOON. WE GO LIVE', 'TO CITY HALL.'],
      ['>> THE COUNCIL VOTES NEXT MONTH.', 'FOR CHANNEL 6 NEWS, I\'M TONY RAMIREZ.'],
      ['>> THANKS. NOW THE WEATHER.'],
    ]));
    expect(c.records.find((r) => /COUNCIL VOTES/.test(r.text))?.speaker).toBe('Tony Ramirez');
  });
  it('reads one in mixed case, a newsroom after the word', () => {
    const c = corpusOf('k.vtt', vtt([
      ['>> Crews worked through the night.'],
      ['>> The bridge reopens on Monday.', 'For News 4, I\'m Alicia Gomez.'],
      ['>> Still ahead, your commute.'],
    ]));
    expect(c.records.find((r) => /bridge reopens/.test(r.text))?.speaker).toBe('Alicia Gomez');
  });
});
