/**
 * Leftovers of reviewers probe9 and probe10 (fix13): a quotation signed on the line under it in a
 * script, bylines and datelines in other languages, a name alone above a date line. Each reviewer
 * document is copied into test/fixtures/probe9 or probe10; beside each, a small text of our own in
 * other words, so each test proves the shape and not the sentence.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);
const find = (c: Corpus, doc: string, words: string) => recs(c, doc).find((r) => r.text.includes(words));
const docOf = (c: Corpus, id: string) => c.documents.find((d) => d.id === id)!;
const SPEAKERS = 'He Yi:\n  aliases: [Yi He, Yi]\nCZ:\n  aliases: [Changpeng Zhao]\n';

describe('a quotation signed on the line under it, in a script (probe10 finding 9)', () => {
  it("gives a rundown's full-screen quote to the person its '-- NAME, ON X' line names", () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe10', 'c2'));
    const doc = 'KTVN_6PM_rundown_2023-11-21_BINANCE';
    const quote = find(c, doc, 'I must take responsibility');
    expect(quote).toMatchObject({ type: 'quote', speaker: 'CZ', line: 29, endLine: 30 });
    expect(quote!.context).toContain('ON X');
    // the signature is the quote's, no claim of its own
    expect(recs(c, doc).some((r) => r.type === 'claim' && r.text.includes('CHANGPENG ZHAO'))).toBe(false);
  });

  it('reads the same shape in other words, the year of the signature the year said', () => {
    const c = loadCorpus(
      tempCorpus({
        'speakers.yml': SPEAKERS,
        'bulletin.txt': [
          'Evening bulletin',
          '',
          '{***ANCHOR***}',
          'ANCHOR: Good evening. The exchange settled its case tonight.',
          'REPORTER: The co-founder answered on stage, years ago, in words still quoted.',
          '',
          '{***FULL SCREEN***}',
          '"Trust is earned one withdrawal at a time, and never twice."',
          '― Yi He, Binance Blockchain Week, 2022',
          '',
          '{***ANCHOR***}',
          'ANCHOR: Thank you. That is all for tonight.',
          'REPORTER: Good night.',
          '',
        ].join('\n'),
      }),
    );
    expect(find(c, 'bulletin', 'Trust is earned')).toMatchObject({ type: 'quote', speaker: 'He Yi', year: 2022, line: 8, endLine: 9 });
    expect(recs(c, 'bulletin').some((r) => r.text.includes('Binance Blockchain Week') && r.type === 'claim')).toBe(false);
  });
});

describe('bylines and datelines in other languages and layouts (probe9 findings 19, 27)', () => {
  it('reads "Par NAME" / "Publié le …", a name alone over "Madrid - 14 de marzo de 2025", and the Guardian\'s name over its date line', () => {
    const c3 = fixtureCorpus(join(FIXTURES, 'probe9', 'c3'));
    expect(docOf(c3, 'le-monde-style-heyi-fr').meta).toMatchObject({ author: 'Camille Besson', date: '2024-06-05', year: 2024 });
    expect(docOf(c3, 'entrevista-cz-el-pais-style').meta).toMatchObject({ author: 'Lucía Ortega', date: '2025-03-14', year: 2025 });
    const c2 = fixtureCorpus(join(FIXTURES, 'probe9', 'c2'));
    const guardian = 'guardian-style-british-quotes-cz-2024';
    expect(docOf(c2, guardian).meta).toMatchObject({ author: 'Ellie Brandon', date: '2024-09-27' });
    // the byline is who wrote the page, not a claim in it
    expect(recs(c2, guardian).some((r) => r.text === 'Ellie Brandon')).toBe(false);
  });

  it('reads the same shapes in other words: Von / Por bylines, German and Spanish datelines', () => {
    const body = (s: string) => `${s} Die Börse wächst weiter, und das Team hat im letzten Jahr viele neue Leute eingestellt.\n`;
    const c = loadCorpus(
      tempCorpus({
        'de.txt': ['Die Börse nach dem Prozess', '', 'Von Anna Weber', 'Berlin, 12. März 2024', '', body('Erstens:')].join('\n'),
        'es.txt': ['La bolsa tras el juicio', '', 'Por Marta Gil', 'Publicado el 3 de enero de 2023', '', 'La empresa creció mucho durante el último año y contrató a cientos de personas nuevas.', ''].join('\n'),
        'gu.txt': [
          'Exchange reopens after a long quiet winter',
          '',
          'The founder, who left last year, is said to be watching from abroad',
          '',
          'Tomas Reyes',
          'Mon 3 Feb 2025 09.15 GMT',
          '',
          'The exchange reopened on Monday after a winter of audits, its staff said on Monday morning.',
          '',
        ].join('\n'),
      }),
    );
    expect(docOf(c, 'de').meta).toMatchObject({ author: 'Anna Weber', date: '2024-03-12', year: 2024 });
    expect(docOf(c, 'es').meta).toMatchObject({ author: 'Marta Gil', date: '2023-01-03', year: 2023 });
    expect(docOf(c, 'gu').meta).toMatchObject({ author: 'Tomas Reyes', date: '2025-02-03' });
    expect(recs(c, 'gu').some((r) => r.text === 'Tomas Reyes')).toBe(false);
    // a sentence naming a day is no dateline
    const s = loadCorpus(tempCorpus({ 'x.txt': 'Notes\n\nEl 14 de marzo de 2025 llegó solo a Madrid y habló durante dos horas con la prensa.\n' }));
    expect(docOf(s, 'x').meta.date).toBeNull();
  });
});

describe('described speakers in French, Spanish and German (probe9 finding 26, remainder)', () => {
  it("gives 'Un ancien salarié, qui a requis l'anonymat, résume : « … »' to the described person", () => {
    const c3 = fixtureCorpus(join(FIXTURES, 'probe9', 'c3'));
    expect(find(c3, 'le-monde-style-heyi-fr', 'Elle voit tout')).toMatchObject({ type: 'quote', speaker: 'un ancien salarié' });
  });

  it('reads the same shape in other words and languages, before and after the verb', () => {
    const c = loadCorpus(
      tempCorpus({
        'notes.txt': [
          'Notas',
          '',
          'Una exempleada, que pidió no ser identificada, dijo: «Nunca descansaba, ni los domingos.»',
          '',
          '„Sie hat alles im Blick“, sagte ein ehemaliger Mitarbeiter.',
          '',
          '« Elle répond à chaque message », confie une collaboratrice de longue date.',
          '',
        ].join('\n'),
      }),
    );
    expect(find(c, 'notes', 'Nunca descansaba')?.speaker).toBe('una exempleada');
    expect(find(c, 'notes', 'alles im Blick')?.speaker).toBe('ein ehemaliger Mitarbeiter');
    expect(find(c, 'notes', 'chaque message')?.speaker).toBe('une collaboratrice');
  });
});

describe("a documentary's label directions (probe10 finding 12, C)", () => {
  it("'[VOICE ACTOR READS]:' names the voice actor, and '(in Mandarin, subtitled)' is the quote's context, not its words", () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe10', 'c2'));
    const doc = 'The_Exchange_Doc_FINAL_transcript_v2';
    expect(find(c, doc, 'flouted financial regulations')?.speaker).toBe('Voice Actor');
    const yi = find(c, doc, 'When we started, everyone was doing everything');
    expect(yi).toMatchObject({ speaker: 'He Yi', context: '(in Mandarin, subtitled)' });
    expect(yi!.text).not.toContain('Mandarin');
  });

  it('reads the same labels in other words; a holder described in the note stays with the words', () => {
    const c = loadCorpus(
      tempCorpus({
        'speakers.yml': 'Ana Ruiz:\n  aliases: [Ana]\n',
        'film.txt': [
          'THE HARBOUR: A FILM',
          'Final transcript',
          '',
          '[00:00:01] NARRATOR (V.O.): The port was busy that year, and everyone knew it.',
          '[00:00:09] ANA RUIZ (in Tagalog, dubbed): We loaded ships at night. Nobody slept.',
          '[00:00:25] [ON SCREEN TEXT: Letter to the port, May 2019]',
          '[00:00:29] [NARRATOR READING]: "The port must close at dusk."',
          '[00:00:40] AUDIENCE MEMBER (Tomas, a welder at the yard): Will it close for good?',
          '',
        ].join('\n'),
      }),
    );
    expect(find(c, 'film', 'We loaded ships')).toMatchObject({ speaker: 'Ana Ruiz', context: '(in Tagalog, dubbed)' });
    expect(find(c, 'film', 'We loaded ships')!.text).not.toContain('Tagalog');
    expect(find(c, 'film', 'must close at dusk')?.speaker).toBe('Narrator');
    // the note names the holder, then describes him: the name is the speaker, the rest the role (no words said)
    expect(find(c, 'film', 'Will it close')).toMatchObject({ speaker: 'Tomas', role: 'a welder at the yard', text: 'Will it close for good?' });
  });
});
