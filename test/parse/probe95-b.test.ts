/**
 * World English-language news house styles, probe95-b: a Nigerian daily's '"…," he averred.' and a
 * Kenyan paper's '"…?" Prof Oduya posed.' (a quote closed by any past tense after its subject); a
 * Pakistani paper's "Finance Minister Muhammad Qasim Durrani", a title before a three-part name;
 * Singapore's "Madam Tan Siew Eng" and Malaysia's "Datuk Seri Hafiz Rahman" (forms of address, no
 * part of the name); a news site's foot, "Posted 8h ago, updated 6h ago" and "- Additional reporting by …";
 * a Gulf paper's '"…," NAME, Undersecretary of the Ministry of Finance, told Gulf News.'; a Nigerian
 * daily's '"…," Agbaje quoted him as saying.' (the aide passes on his principal's words).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null };
const DIR = join(FIXTURES, 'probe95', 'b');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a quotation closed by a subject and any past tense: "…," he averred.', () => {
  it('gives the Nigerian daily\'s "he averred" to the minister just quoted', () => {
    const records = fixtureCorpus(DIR, ['nigeria-punch.txt']).records as Rec[];
    expect(at(records, 14)).toMatchObject({ type: 'quote', speaker: 'Tunde Alaba-Ogundipe', text: expect.stringMatching(/^Nobody wants our children at home again/) });
  });

  it('gives the Kenyan paper\'s "Prof Oduya posed." to the senator it names', () => {
    const records = fixtureCorpus(DIR, ['kenya-nation.txt']).records as Rec[];
    expect(at(records, 23)).toMatchObject({ type: 'quote', speaker: 'Tom Oduya', text: expect.stringMatching(/^Why were some counties left out\?/) });
  });

  it('in other words: "she fumed", "Chief Okoro thundered" frame; "she looked relieved" does not', () => {
    const doc = [
      'Traders protest new market levy',
      '',
      'Mrs Ngozi Eze, a trader at the Ariaria market, said the levy was unfair.',
      '',
      '"We pay for everything and get nothing in return," she fumed.',
      '',
      'The chairman of the market union, Chief Emeka Okoro, said the union would meet the council.',
      '',
      '"Nobody consulted us before the levy was announced," Chief Okoro thundered.',
      '',
      '"That is the end of it," she looked relieved.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'levy.txt': doc })).records as Rec[];
    expect(at(got, 5)).toMatchObject({ type: 'quote', speaker: 'Ngozi Eze' });
    expect(at(got, 9)).toMatchObject({ type: 'quote', speaker: 'Emeka Okoro' });
    expect(at(got, 11)?.speaker).not.toBe('Ngozi Eze');
  });
});

describe('a title before a three-part name: "Finance Minister Muhammad Qasim Durrani"', () => {
  const records = fixtureCorpus(DIR, ['pakistan-dawn.txt']).records as Rec[];

  it('names the minister in full, and "Mr Durrani" is the same man', () => {
    expect(records.some((r) => r.speaker === 'Muhammad Qasim' || r.speaker === 'Durrani')).toBe(false);
    expect(at(records, 10)).toMatchObject({ type: 'quote', speaker: 'Muhammad Qasim Durrani' });
    expect(at(records, 14)).toMatchObject({ type: 'claim', speaker: 'Muhammad Qasim Durrani' });
    expect(at(records, 16)).toMatchObject({ type: 'quote', speaker: 'Muhammad Qasim Durrani' });
  });

  it('in other words: "Foreign Secretary Maria Luisa Santos" and the "she said" after her', () => {
    const doc = ['Talks resume', '', 'Foreign Secretary Maria Luisa Santos said the talks would resume in May.', '', '"We are ready to listen," she said.', ''].join('\n');
    const got = loadCorpus(tempCorpus({ 'talks.txt': doc })).records as Rec[];
    expect(at(got, 3)?.speaker).toBe('Maria Luisa Santos');
    expect(at(got, 5)).toMatchObject({ type: 'quote', speaker: 'Maria Luisa Santos' });
  });
});

describe('Singapore and Malaysian forms of address: "Madam", "Datuk", "Datuk Seri"', () => {
  const records = fixtureCorpus(DIR, ['singapore-st.txt']).records as Rec[];

  it('strips them from the speaker, and "she said in Mandarin" is Madam Tan\'s', () => {
    expect(records.some((r) => /Madam|Datuk|Ang Mo Kio/.test(r.speaker ?? ''))).toBe(false);
    expect(at(records, 16)?.speaker).toBe('Tan Siew Eng');
    expect(at(records, 18)).toMatchObject({ type: 'quote', speaker: 'Tan Siew Eng', text: expect.stringMatching(/^Wah, I cannot fight/) });
    expect(at(records, 32)).toMatchObject({ type: 'quote', speaker: 'Hafiz Rahman' });
    expect(at(records, 34)?.speaker).toBe('Azlan Osman');
  });

  it("in other words: \"said Dato' Lim Kok Seng\", \"Datin Aminah Yusof said\"", () => {
    const doc = ['Port expansion', '', '"We will finish the terminal by June," said Dato\' Lim Kok Seng, the port\'s chairman.', '', 'Datin Aminah Yusof said the families would be moved first.', ''].join('\n');
    const got = loadCorpus(tempCorpus({ 'port.txt': doc })).records as Rec[];
    expect(at(got, 3)).toMatchObject({ type: 'quote', speaker: 'Lim Kok Seng' });
    expect(at(got, 5)?.speaker).toBe('Aminah Yusof');
  });
});

describe("a news site's foot: relative stamps and a credit set off by a hyphen", () => {
  it('keeps "Posted 8h ago, updated 6h ago" out of the records', () => {
    const records = fixtureCorpus(DIR, ['australia-abc.txt']).records as Rec[];
    expect(records.some((r) => /ago/.test(r.text))).toBe(false);
    expect(records.some((r) => r.line === 40)).toBe(false);
  });

  it('keeps "- Additional reporting by Sipho Khumalo" out of the records', () => {
    const records = fixtureCorpus(DIR, ['southafrica-news24.txt']).records as Rec[];
    expect(records.some((r) => /Additional reporting/.test(r.text))).toBe(false);
    // the story's last sentence before it stays
    expect(at(records, 35)).toMatchObject({ type: 'claim', speaker: 'Eskom' });
  });
});

describe('a capitalised office "of" a body after the name: "NAME, Undersecretary of the Ministry of Finance, told …"', () => {
  it("gives the Gulf paper's quotation to the undersecretary, not to the byline's writer", () => {
    const records = fixtureCorpus(DIR, ['pakistan-dawn.txt']).records as Rec[];
    expect(at(records, 26)).toMatchObject({ type: 'quote', speaker: 'Younis Al Marzouqi', text: expect.stringMatching(/^The strong demand reflects/) });
  });

  it('in other words: "Speaker of the National Assembly", "Chancellor of the University of Cape Coast" describe the name before', () => {
    const doc = [
      'Budget row',
      '',
      'The budget was tabled on Tuesday.',
      '',
      '"The numbers do not add up," Rachel Mensah-Bonsu, Speaker of the National Assembly, told reporters.',
      '',
      '"We will find the money," Tom Adjei Boateng, Chancellor of the University of Cape Coast, said.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'budget.txt': doc })).records as Rec[];
    expect(at(got, 5)).toMatchObject({ type: 'quote', speaker: 'Rachel Mensah-Bonsu' });
    expect(at(got, 7)).toMatchObject({ type: 'quote', speaker: 'Tom Adjei Boateng' });
  });
});

describe('after a quotation, "X quoted him as saying": the one quoted said it', () => {
  it("gives the union leader's words to him, not to the media aide who passed them on", () => {
    const records = fixtureCorpus(DIR, ['nigeria-punch.txt']).records as Rec[];
    expect(at(records, 22)).toMatchObject({ type: 'quote', speaker: 'Emeka Nwachukwu-Obi', text: expect.stringMatching(/^Our members are tired/) });
  });

  it('in other words: "the News Agency of Nigeria quoted her as saying", "the agency quoted Adisa as saying"', () => {
    const doc = [
      'Port deal',
      '',
      'Mrs Amina Bello, the port authority chief, met the unions on Friday.',
      '',
      '"We have agreed on the wage review," the News Agency of Nigeria quoted her as saying.',
      '',
      'The unions also met Mr Kola Adisa, the transport commissioner.',
      '',
      '"The strike is off," the agency quoted Adisa as saying.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'port-deal.txt': doc })).records as Rec[];
    expect(at(got, 5)).toMatchObject({ type: 'quote', speaker: 'Amina Bello' });
    expect(at(got, 9)).toMatchObject({ type: 'quote', speaker: 'Kola Adisa' });
  });
});
