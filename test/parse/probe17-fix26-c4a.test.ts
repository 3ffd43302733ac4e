/**
 * Long-form narrative nonfiction (test/fixtures/probe17/c4), the attribution findings fix25 left:
 * who said each quotation, and the words as said. Each rule is also tested on a short text of its
 * own, in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const c4 = loadCorpus(join(FIXTURES, 'probe17', 'c4'));
type Recs = ReturnType<typeof recordsOf>;
const quote = (recs: Recs, words: string) => recs.find((r) => r.type === 'quote' && r.text.includes(words));
const textOf = (name: string, lines: string[]) => recordsOf(loadCorpus(tempCorpus({ [name]: lines.join('\n') })), name.replace(/\.\w+$/, ''));

describe('a split quotation keeps the comma its own sentence has (finding 26)', () => {
  it('"…half the time," he said, "which in this business…"; a nested quotation\'s closing comma goes', () => {
    expect(quote(recordsOf(c4, 'profile-the-quiet-auditor'), 'half the time')?.text).toBe("She's right about half the time, which in this business makes her a genius.");
    expect(quote(recordsOf(c4, 'book-excerpt-paper-money'), 'I wrote')?.text).toBe("I wrote 'getting worse' because I wasn't allowed to write 'on fire'");
  });
  it('in other words', () => {
    const recs = textOf('ferry.txt', [
      'Harbour notes', '',
      'Ingrid Solheim runs the ferry. "The boat is late twice a week," she said, "which nobody here minds." Then she left.', '',
      '"The tide," said Tobias Wren, "does not care about timetables."', '',
      '"We called it \'the slow boat,\'" Wren said.', '',
    ]);
    expect(quote(recs, 'twice a week')?.text).toBe('The boat is late twice a week, which nobody here minds.');
    expect(quote(recs, 'The tide')?.text).toBe('The tide does not care about timetables.');
    expect(quote(recs, 'We called it')?.text).toBe("We called it 'the slow boat'");
  });
});

describe('a described speaker keeps the institution that places them (finding 25)', () => {
  it('"A former official at the U.K.\'s Financial Conduct Authority, …, described …:"; "Walter Alden Prentiss" is Walter Prentiss', () => {
    expect(quote(recordsOf(c4, 'investigation-the-offshore-years'), 'We would send a question')?.speaker).toBe("a former official at the U.K.'s Financial Conduct Authority");
    const obit = recordsOf(c4, 'obituary-walter-prentiss');
    expect(quote(obit, 'My father balanced the family checkbook')?.speaker).toBe('Walter Prentiss');
    expect(obit.some((r) => r.speaker === 'Walter Alden Prentiss')).toBe(false);
  });
  it('in other words', () => {
    const recs = textOf('mill.txt', [
      'The mill', '',
      'Nobody at the council would talk. An engineer at the Norwegian Water Resources Directorate, who inspected the dam in 2019, put it plainly:', '',
      '"The spillway was never finished. We said so in every report."', '',
      'Ada Lund ran the mill for forty years.', '',
      'Ada Maria Lund was born in Bergen in 1931. "I never wanted to leave," she said.', '',
    ]);
    expect(quote(recs, 'The spillway')?.speaker).toBe('an engineer at the Norwegian Water Resources Directorate');
    expect(quote(recs, 'I never wanted to leave')?.speaker).toBe('Ada Lund');
  });
});

describe('a reported quotation with a speech verb after it (finding 5)', () => {
  it('"Duarte later told Valor Econômico that the freeze “probably saved the company,” and that Ferreira had argued for it"', () => {
    expect(quote(recordsOf(c4, 'profile-the-quiet-auditor'), 'probably saved the company')?.speaker).toBe('Rafael Duarte');
  });
  it('in other words', () => {
    const recs = textOf('yard.txt', [
      'The yard', '',
      'The yard\'s owner, Miriam Kessler, bought it in 2010.', '',
      'Kessler told the Gazette that the strike "cost us a season," and that the union had argued for a longer one.', '',
    ]);
    expect(quote(recs, 'cost us a season')?.speaker).toBe('Miriam Kessler');
  });
});

describe('the first-person narrator\'s words (finding 12)', () => {
  // "I" is the document's one author where it names one; else nobody (the words are still a quote):
  // a speaker such as "the narrator" would make every unsigned memoir's narrator one person.
  it('"“Aren\'t they?” I asked." is the memoir\'s author\'s quote (its "from … by Anna Kowalczyk" line); "she said" after it is not the author', () => {
    const memoir = recordsOf(c4, 'memoir-ch3-the-night-bus');
    const q = quote(memoir, "Aren't they?");
    expect(q).toBeDefined();
    expect(q!.speaker).toBe('Anna Kowalczyk');
    expect(memoir.some((r) => r.type === 'claim' && r.text.includes("Aren't they?"))).toBe(false);
    expect(quote(memoir, 'Sometimes')?.speaker).toBe('my sister');
  });
  it('with no author named, the narrator\'s words are still a quote, nobody\'s', () => {
    const recs = textOf('night.txt', [
      'CHAPTER TWO', '',
      'The ferry was late again. My brother stood by the rail. "Is it always like this?" he asked.', '',
      '"Always?" I asked.', '',
      'He shrugged. "Mostly," he said.', '',
    ]);
    const q = quote(recs, 'Always?');
    expect(q).toBeDefined();
    expect(q!.speaker).toBeNull();
    expect(quote(recs, 'Mostly')?.speaker).toBe('my brother');
  });
  it('in other words: with a byline, the author', () => {
    const recs = textOf('orchard.txt', [
      'The Orchard', '',
      'By Jonas Berg', '',
      'The farmer was a tall woman with a loud laugh. She handed me a basket. "Ladders first," she said.', '',
      '"Why?" I asked.', '',
      '"Because the apples are up there." She pointed.', '',
      '"Fine," I said, "but I am not climbing."', '',
      'I remember Marta saying, "Keep the ladder steady, whatever you think of it."', '',
    ]);
    // "I remember NAME saying" gives NAME's words, never the writer's.
    expect(quote(recs, 'Keep the ladder steady')?.speaker).not.toBe('Jonas Berg');
    expect(quote(recs, 'Why?')?.speaker).toBe('Jonas Berg');
    expect(quote(recs, 'I am not climbing')?.speaker).toBe('Jonas Berg');
    expect(quote(recs, 'Ladders first')?.speaker).toBe('the farmer');
  });
});

describe('a quotation set between dashes that the sentence says he said (finding 18)', () => {
  it('"Its most quoted line — “…” — was, his colleagues say, something he said out loud"', () => {
    expect(quote(recordsOf(c4, 'obituary-walter-prentiss'), 'Round numbers are where lies go to rest')?.speaker).toBe('Walter Prentiss');
  });
  it('in other words', () => {
    const recs = textOf('chef.txt', [
      'Kitchen notes', '',
      'Lotte Amundsen cooked at the harbour inn for thirty years. Her menu\'s only motto — "Salt early, apologise never" — was, the waiters insist, something she wrote on the first day.', '',
    ]);
    expect(quote(recs, 'Salt early')?.speaker).toBe('Lotte Amundsen');
  });
});

describe('a written note quoted: its writer (finding 24)', () => {
  it('the obituary\'s note is not the brother\'s', () => {
    expect(quote(recordsOf(c4, 'obituary-walter-prentiss'), 'Check the totals')?.speaker).not.toBe('Thomas Prentiss');
  });
  it('in other words: "…by her window, with a card pinned to the frame." / "It reads: “…”"', () => {
    const recs = textOf('studio.txt', [
      'The studio', '',
      'Greta Holm painted in the same room for fifty years. Her son keeps it as she left it: the easel is still by her window, with a card pinned to the frame.', '',
      'It reads: "Paint the light, not the lamp."', '',
    ]);
    expect(quote(recs, 'Paint the light')?.speaker).toBe('Greta Holm');
  });
});
