import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const recordsOf = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text })).records;
const quoteSaying = (rs: ReturnType<typeof recordsOf>, words: string) => rs.find((r) => r.type === 'quote' && r.text.includes(words));

describe('a profile that names a relative sharing the subject\'s surname: the surname alone is still the subject', () => {
  it('gives "Ansah says" to the coach, not to her sister named after her', () => {
    const rs = recordsOf('coach.txt', [
      'Ansah\'s Way', '',
      'By Colm Fairweather', '',
      'Marguerite Ansah is standing on the touchline in the rain. She has been head coach for 214 days.', '',
      '"Losing in April costs nothing," she says. "Losing in July costs everything."', '',
      'Ansah grew up in Leyton, the youngest of four. Her older sister, Abena Ansah, played for Millwall until a knee injury in 2009. "Abena was the talented one," Ansah says. "I was the one who stayed behind."', '',
      'Abena, now a physiotherapist, disputes this. "She was talented too," she says.', '',
      'Ansah\'s record so far is seven wins and one defeat. "Spain were better than us," she says. "Not by much."', '',
    ].join('\n'));
    expect(quoteSaying(rs, 'Abena was the talented one')?.speaker).toBe('Marguerite Ansah');
    expect(quoteSaying(rs, 'She was talented too')?.speaker).toBe('Abena Ansah');
    expect(quoteSaying(rs, 'Spain were better')?.speaker).toBe('Marguerite Ansah');
  });

  it('reads another family so named, other names and topic', () => {
    const rs = recordsOf('judge.txt', [
      'The Judge Who Reads Everything', '',
      'By Simon Ebberly', '',
      'Every morning Adaeze Okonjo-Hale walks two miles to the Rolls Building with 900 pages in a tote bag.', '',
      'Their son, Chidi Okonjo-Hale, is a solicitor. "I\'m not brave enough to appear before her," he says.', '',
      'Okonjo-Hale told the Financial Times in 2020 that she would "rather spend a day in March than a month in November" on any case.', '',
      'Okonjo-Hale will retire in 2036. "I have a list of 338 books to read," she says.', '',
    ].join('\n'));
    expect(quoteSaying(rs, 'not brave enough')?.speaker).toBe('Chidi Okonjo-Hale');
    expect(quoteSaying(rs, 'rather spend a day')?.speaker).toBe('Adaeze Okonjo-Hale');
    expect(quoteSaying(rs, '338 books')?.speaker).toBe('Adaeze Okonjo-Hale');
  });
});

describe('"he says" in a profile: the man the paragraph named, not a woman or a described person beside him', () => {
  it('reads a husband set off with his trade, after "a friend\'s dinner party"', () => {
    const rs = recordsOf('judge.txt', [
      'The Judge', '', 'By Simon Ebberly', '',
      'Adaeze Okonjo-Hale reads everything. "I can\'t bear not knowing," she says.', '',
      'Her husband, the architect Daniel Hale, says she has always read like this. They met in 1988 at a friend\'s dinner party, where she read the host\'s bookshelf. "I thought she was being rude," he says. "Then I thought, well, that\'s that."', '',
    ].join('\n'));
    expect(quoteSaying(rs, 'being rude')?.speaker).toBe('Daniel Hale');
  });

  it('reads a wife set off with her trade, other names and topic', () => {
    const rs = recordsOf('chef.txt', [
      'The Quiet Kitchen', '', 'By Ada Munro', '',
      'Tomas Varga opened his first bistro in Szeged in 2009. "I wanted twelve tables," he says.', '',
      'His wife, the cellist Ilona Berki, says he has always cooked like this. They met in 2004 at a neighbour\'s wedding, where he ran the kitchen. "He never sat down once," she says.', '',
    ].join('\n'));
    expect(quoteSaying(rs, 'never sat down')?.speaker).toBe('Ilona Berki');
  });

  it('gives "he says" to the man whose own verb has "his" in its clause, not to the woman named before him', () => {
    const rs = recordsOf('brothers.md', [
      '# Two Brothers', '', 'by Nell Brathwaite', '',
      'Dariush Rahimi runs the depots. "We plan nothing," Dariush says.', '',
      'Its chief executive, Lotte Verbraak, told Reuters in January that Koelpunt was "a very good regional business" — a phrase Dariush has printed and pinned above his desk.', '',
      '"She means it as an insult," he says. "I take it as a business plan."', '',
    ].join('\n'));
    expect(quoteSaying(rs, 'as an insult')?.speaker).toBe('Dariush Rahimi');
  });

  it('reads another such clause, other names and topic', () => {
    const rs = recordsOf('rivals.txt', [
      'Rivals', '', 'By Jo Pell', '',
      'Ruth Amsel, who runs the rival bakery, told the local paper that Ortiz made "very nice bread for tourists" — a line Marco Ortiz keeps taped inside his van.', '',
      '"She meant it kindly, I think," he says. "Mostly."', '',
    ].join('\n'));
    expect(quoteSaying(rs, 'meant it kindly')?.speaker).toBe('Marco Ortiz');
  });
});

describe('two given names sharing one written surname ("Kasra and Dariush Rahimi"): the first is a full name too', () => {
  it('gives "Kasra says" and the "he says" after "Kasra is …" to Kasra Rahimi', () => {
    const rs = recordsOf('brothers.md', [
      '# Two Brothers', '', 'by Nell Brathwaite', '',
      'The first thing you notice about Kasra and Dariush Rahimi is that they argue. "He plans. I improvise," Dariush says.', '',
      'Kasra is the chief executive. He is quieter and keeps a notebook of complaints.', '',
      '"Every complaint is a letter from the future," he says.', '',
      '"We have had this argument 400 times," Kasra says.', '',
    ].join('\n'));
    expect(quoteSaying(rs, 'He plans')?.speaker).toBe('Dariush Rahimi');
    expect(quoteSaying(rs, 'letter from the future')?.speaker).toBe('Kasra Rahimi');
    expect(quoteSaying(rs, '400 times')?.speaker).toBe('Kasra Rahimi');
  });

  it('reads a couple so named, other names and topic', () => {
    const rs = recordsOf('couple.txt', [
      'The Orchard', '', 'By Pia Lund', '',
      'Ingrid and Hakon Solberg have grown apples above the fjord since 1998. "We were naive," Hakon says.', '',
      '"We planted 400 trees the first spring," Ingrid says. "Half of them died."', '',
    ].join('\n'));
    expect(quoteSaying(rs, 'naive')?.speaker).toBe('Hakon Solberg');
    expect(quoteSaying(rs, '400 trees')?.speaker).toBe('Ingrid Solberg');
  });

  it('takes no surname for a full name\'s last word before "and" ("Changpeng Zhao and Yi He")', () => {
    const rs = recordsOf('paper.txt', [
      'Governance', '', 'By Lee Park', '',
      'The exchange was founded in 2017 by Changpeng Zhao and Yi He. In a 2019 interview, Zhao described it as "a network, not a company with a headquarters" to a reporter.', '',
    ].join('\n'));
    expect(rs.some((r) => r.speaker === 'Zhao He')).toBe(false);
  });
});
