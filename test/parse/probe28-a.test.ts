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
