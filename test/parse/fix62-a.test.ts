/**
 * What fix61-a and probe50-a left, read by structure:
 * 1. "Network Rail says …": two capitalised words, the first one that names things ("Network"),
 *    as the whole subject of a speech verb, are an organisation speaking (as "Binance said" is);
 *    "Network engineers said" stays nobody's.
 * 2. A definite description: "The source said" is the one "a government source" of the last
 *    paragraphs; "“…,” the statement said." is the one person whose statement the paragraph
 *    before described.
 * 3. A short name defined in brackets ("The Zambia Environmental Management Agency (ZEMA)") is its
 *    organisation wherever the organisation is credited ("ZEMA said", "“…,” ZEMA said"). "According
 *    to ZEMA, …" stays the narrator's, as "According to <organisation>" is by design.
 * 4. Someone cutting in ("Can I jump in here?" / "Please, go ahead." / their words): the handover
 *    asks nothing and answers nothing.
 * 5. A presenter's "Good morning, this is Harbour Talk. I'm NAME" names the host.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const recs = (c: ReturnType<typeof loadCorpus>, doc: string) => c.records.filter((r) => r.doc === doc);

describe('fix62-a: organisations, definite descriptions, short names, handovers, greetings', () => {
  it('"Network Rail says" is the organisation; a government source and a statement keep their speakers (live blog, court report)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe49', 'a'), ['liveblog-flood-2025.txt', 'court-report-fraud-2021.txt']);
    const blog = recs(c, 'liveblog-flood-2025');
    expect(blog.find((r) => r.line === 44)).toMatchObject({ type: 'quote', speaker: 'Network Rail', text: 'until at least Tuesday.' });
    expect(blog.find((r) => r.line === 34)).toMatchObject({ type: 'claim', speaker: 'a government source' });
    expect(blog.find((r) => r.line === 36)).toMatchObject({ type: 'claim', speaker: 'a government source' });
    expect(blog.find((r) => r.line === 36)!.text).toMatch(/^The source said the Army/);
    const court = recs(c, 'court-report-fraud-2021');
    expect(court.find((r) => r.line === 30)).toMatchObject({ type: 'quote', speaker: 'Farah Siddiqui' });
    expect(court.find((r) => r.line === 30)!.text).toMatch(/^Those were four families a month/);
  });

  it('in other words: an organisation opening on a word that names things, a described source, a letter', () => {
    const dir = tempCorpus({
      'storm-report-2019.txt': [
        'Gales close coast road',
        '',
        'By Ines Varga',
        '',
        'Media Matters says the warning reached fewer than half of the households in Brackwater.',
        '',
        'Network engineers said the signals failed at dawn.',
        '',
        'A senior police source told us that 40 officers had been sent to Kellsby.',
        '',
        'The source said the road would stay shut until Thursday.',
        '',
        'In a letter to the council, the harbour master, Captain Oona Reith, said the pier had been damaged in 2017.',
        '',
        '"We warned them six times," the letter said.',
      ].join('\n'),
    });
    const r = recs(loadCorpus(dir), 'storm-report-2019');
    const at = (line: number) => r.filter((x) => x.line === line).map((x) => ({ type: x.type, speaker: x.speaker }));
    expect(at(5)).toEqual([{ type: 'claim', speaker: 'Media Matters' }]);
    // No organisation: people the story describes and does not name, nobody's (never "Network engineers").
    expect(at(7)).toEqual([{ type: 'claim', speaker: null }]);
    expect(at(9)).toEqual([{ type: 'claim', speaker: 'a senior police source' }]);
    expect(at(11)).toEqual([{ type: 'claim', speaker: 'a senior police source' }]);
    expect(at(15)).toEqual([{ type: 'quote', speaker: 'Oona Reith' }]);
    expect(r.find((x) => x.line === 15)!.text).toBe('We warned them six times');
  });

  it('a bracketed short name is its organisation (wire story)', () => {
    const dir = tempCorpus({
      'wire-zema-2023.txt': [
        'Acid leak closes smelter',
        '',
        'By Staff Reporter',
        '',
        'The Zambia Environmental Management Agency (ZEMA) said in a statement that its inspectors had found acid in the stream.',
        '',
        'According to ZEMA, the company reported the leak nine hours after it began.',
        '',
        'ZEMA said it would fine the company.',
        '',
        '"We will not tolerate this," ZEMA said.',
      ].join('\n'),
    });
    const r = recs(loadCorpus(dir), 'wire-zema-2023');
    const at = (line: number) => r.filter((x) => x.line === line).map((x) => ({ type: x.type, speaker: x.speaker }));
    const agency = 'the Zambia Environmental Management Agency';
    expect(at(5)).toEqual([{ type: 'claim', speaker: agency }]);
    expect(at(7)).toEqual([{ type: 'claim', speaker: null }]);
    expect(at(9)).toEqual([{ type: 'claim', speaker: agency }]);
    expect(at(11)).toEqual([{ type: 'quote', speaker: agency }]);
  });

  it('in other words: another agency, its short name credited, a person with initials in brackets not one', () => {
    const dir = tempCorpus({
      'rail-probe-2020.txt': [
        'Derailment inquiry opens',
        '',
        'By Tomasz Wren',
        '',
        'The National Transport Safety Board (NTSB) said on Monday that the points had not been inspected since 2018.',
        '',
        '"The log is blank for two years," NTSB said.',
        '',
        'Maria Del Campo (MDC) said she had reported the fault twice.',
        '',
        'MDC said nobody replied.',
      ].join('\n'),
    });
    const r = recs(loadCorpus(dir), 'rail-probe-2020');
    const at = (line: number) => r.filter((x) => x.line === line).map((x) => ({ type: x.type, speaker: x.speaker }));
    expect(at(5)).toEqual([{ type: 'claim', speaker: 'the National Transport Safety Board' }]);
    expect(at(7)).toEqual([{ type: 'quote', speaker: 'the National Transport Safety Board' }]);
    expect(at(11)).not.toContainEqual({ type: 'claim', speaker: 'the National Transport Safety Board' });
  });

  it('someone cutting in: "Please, go ahead." hands over the floor (Temi transcript)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe50', 'a'), ['temi-clinic-founder-2021.txt']);
    const r = recs(c, 'temi-clinic-founder-2021');
    expect(r.filter((x) => x.line >= 35 && x.line <= 41).map((x) => ({ line: x.line, type: x.type, speaker: x.speaker, asker: x.asker }))).toEqual([
      { line: 35, type: 'quote', speaker: 'Marcus Feld', asker: null },
    ]);
    expect(r.find((x) => x.line === 35)!.text).toBe('Can I jump in here? I ran billing at the time. We refiled about 2,300 claims between April and June. Most of them were paid eventually, but it took until early 2021.');
    expect(r.some((x) => x.question === 'Please, go ahead.' || x.text === 'Please, go ahead.')).toBe(false);
  });

  it('in other words: "Sure, go on." gives the floor to a guest who asked for it', () => {
    const dir = tempCorpus({
      'panel-ports-2022.txt': [
        'Host: Welcome to Freight Weekly. Olga, how bad was the backlog in 2021?',
        '',
        'Olga Brenner: At the worst point we had 41 ships waiting outside the breakwater.',
        '',
        'Ravi Menon: May I add something? I ran the night shift then.',
        '',
        'Host: Sure, go on.',
        '',
        'Ravi Menon: We moved 1,800 containers a night by March, twice the usual number.',
        '',
        'Host: And is it cleared now?',
        '',
        'Olga Brenner: Mostly, yes. We are down to three ships.',
      ].join('\n'),
    });
    const r = recs(loadCorpus(dir), 'panel-ports-2022');
    expect(r.map((x) => ({ line: x.line, type: x.type, speaker: x.speaker, asker: x.asker }))).toEqual([
      { line: 1, type: 'qa', speaker: 'Olga Brenner', asker: 'Host' },
      { line: 5, type: 'quote', speaker: 'Ravi Menon', asker: null },
      { line: 11, type: 'qa', speaker: 'Olga Brenner', asker: 'Host' },
    ]);
    expect(r.find((x) => x.line === 5)!.text).toBe('May I add something? I ran the night shift then. We moved 1,800 containers a night by March, twice the usual number.');
  });

  it('"Good morning, this is Harbour Talk. I\'m NAME" names the host of a ">>" transcript', () => {
    const c = fixtureCorpus(join(FIXTURES, 'fix62', 'a'), ['harbour-talk-2023.txt']);
    const r = recs(c, 'harbour-talk-2023');
    expect(r.map((x) => ({ line: x.line, type: x.type, speaker: x.speaker, asker: x.asker }))).toEqual([
      { line: 5, type: 'quote', speaker: 'Tove Brandt', asker: null },
      { line: 11, type: 'quote', speaker: 'Kasimir Lund', asker: null },
      { line: 14, type: 'qa', speaker: 'Kasimir Lund', asker: 'Tove Brandt' },
      { line: 20, type: 'qa', speaker: 'Kasimir Lund', asker: 'Tove Brandt' },
    ]);
    expect(r.find((x) => x.line === 14)!.question).toBe('So why did fares rise in 2023?');
  });

  it('in other words: "Hi, you\'re listening to Dock Radio. I\'m NAME"', () => {
    const dir = tempCorpus({
      'dock-radio-2021.txt': [
        'Dock Radio - Cranes | Episode 12',
        'Transcript',
        '',
        '0:00',
        ">> Hi, you're listening to Dock Radio. I'm Marit Olsen, and with me is",
        '',
        '0:04',
        'Jonas Eklund, crane operator at Vestport. Jonas, welcome.',
        '',
        '0:08',
        '>> Thanks, Marit.',
        '',
        '0:10',
        '>> How many lifts do you do on a shift?',
        '',
        '0:13',
        '>> About 220 on a good night. Fewer when the wind is over 15 metres a second.',
      ].join('\n'),
    });
    const r = recs(loadCorpus(dir), 'dock-radio-2021');
    const qa = r.find((x) => x.type === 'qa')!;
    expect(qa).toMatchObject({ line: 14, speaker: 'Jonas Eklund', asker: 'Marit Olsen', question: 'How many lifts do you do on a shift?' });
  });
});
