/**
 * Long-form narrative nonfiction (test/fixtures/probe17/c4: a profile, an investigation, a memoir,
 * a book excerpt, an obituary): who said each quotation. Each rule is also tested on a short text
 * of its own, in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const c4 = loadCorpus(join(FIXTURES, 'probe17', 'c4'));
const quote = (recs: ReturnType<typeof recordsOf>, words: string) => recs.find((r) => r.type === 'quote' && r.text.includes(words));
const textOf = (name: string, body: string) => recordsOf(loadCorpus(tempCorpus({ [name]: body })), name.replace(/\.\w+$/, ''));

describe('"in her words" gives the owner of the words (probe17 c4 finding 3)', () => {
  it('"In her words, it was “…”" and "NAME, in her words, “…”" are quotes of that woman', () => {
    expect(quote(recordsOf(c4, 'profile-the-quiet-auditor'), 'a stress test')?.speaker).toBe('Marisol Ferreira');
    expect(quote(recordsOf(c4, 'book-excerpt-paper-money'), 'had never seen a founder')?.speaker).toBe('Lena Whitcombe');
  });
  it('in other words', () => {
    const recs = textOf('ferry.txt', [
      'Harbour notes',
      '',
      'The new ferry was commissioned by a Bergen yard whose manager, Ingrid Solheim, signed off on the hull.',
      '',
      'Solheim, in her own words, "never wanted a boat that pretty." The council disagreed.',
      '',
      'Tobias Wren runs the ticket office on the pier.',
      '',
      'He does not call the winter a slump. In his words, it is "the quiet half of a good year."',
      '',
    ].join('\n'));
    expect(quote(recs, 'never wanted a boat')?.speaker).toBe('Ingrid Solheim');
    expect(quote(recs, 'the quiet half')?.speaker).toBe('Tobias Wren');
  });
});

describe('relatives speak: "my sister said", "His uncle, …" (probe17 c4 findings 9, 10, 11, 13, 16)', () => {
  it('the memoir\'s and the book\'s relatives', () => {
    const memoir = recordsOf(c4, 'memoir-ch3-the-night-bus');
    expect(quote(memoir, 'Our father is meeting us')?.speaker).toBe('my sister');
    expect(quote(memoir, 'Sit at the front')?.speaker).toBe('the driver');
    expect(quote(memoir, 'He counted things')?.speaker).toBe('my mother');
    expect(quote(memoir, 'I was very proud of myself')?.speaker).toBe('my father');
    expect(quote(memoir, 'Sometimes')?.speaker).toBe('my sister');
    expect(quote(memoir, 'Dad had two hundred stories')?.speaker).toBe('my sister');
    expect(quote(recordsOf(c4, 'book-excerpt-paper-money'), 'I told him what my own father told me')?.speaker).toBe('Chidi Okonkwo');
  });
  it('in other words', () => {
    const recs = textOf('orchard.txt', [
      'The Orchard Years',
      '',
      'Every autumn my brother and I picked apples at a farm outside Tarnów. The farmer was a tall woman with a loud laugh and her own ideas about ladders.',
      '',
      '"Baskets by the gate," my brother said.',
      '',
      'She sniffed. "Ladders first," she said.',
      '',
      'Years later I asked my grandmother why we went at all. She folded the tablecloth. "Because the money was real," she said.',
      '',
      'Piotr Lis ran the cider press. His nephew, Marek Lis, kept the accounts.',
      '',
      'His nephew, asked about those years, put down his cup.',
      '',
      '"We never lost a single crate. Not one."',
      '',
    ].join('\n'));
    expect(quote(recs, 'Baskets by the gate')?.speaker).toBe('my brother');
    expect(quote(recs, 'Ladders first')?.speaker).toBe('the farmer');
    expect(quote(recs, 'Because the money was real')?.speaker).toBe('my grandmother');
    expect(quote(recs, 'We never lost a single crate')?.speaker).toBe('Marek Lis');
  });
  it('"his uncle" of someone the text never names, or two uncles, is nobody', () => {
    const recs = textOf('uncles.txt', [
      'Two families',
      '',
      'Adam Nowak and Ewa Bor met at a wedding. His uncle, Jan Nowak, gave a speech. Her uncle, Olek Bor, gave another.',
      '',
      'His uncle, asked about it later, only smiled.',
      '',
      '"It was a long evening and the soup was cold."',
      '',
    ].join('\n'));
    expect(quote(recs, 'the soup was cold')?.speaker ?? null).toBe(null);
  });
});

describe('"…, he wrote:" over the quotation\'s paragraph (probe17 c4 findings 8, 14)', () => {
  it('the pronoun is the person the paragraph before names', () => {
    expect(quote(recordsOf(c4, 'investigation-the-offshore-years'), 'Today, I stepped down as CEO')?.speaker).toBe('CZ');
    expect(quote(recordsOf(c4, 'memoir-ch3-the-night-bus'), 'four hundred containers')?.speaker).toBe('my father');
  });
  it('in other words', () => {
    const recs = textOf('board.txt', [
      'Board notes',
      '',
      'On Friday the cooperative sold its last warehouse. Marta Voss resigned from the board the same week, and she cleared her desk the next morning.',
      '',
      'In a letter to the members, she wrote:',
      '',
      '"I leave with pride. The work goes on without me, and it should."',
      '',
      'The treasurer, Henrik Dahl, stayed on until his audit was done.',
      '',
      'Asked why, he smiled:',
      '"Somebody has to turn off the lights and count the chairs."',
      '',
    ].join('\n'));
    expect(quote(recs, 'I leave with pride')?.speaker).toBe('Marta Voss');
    expect(quote(recs, 'turn off the lights')?.speaker).toBe('Henrik Dahl');
  });
  it('a colon after "he" with two men named just before gives nobody', () => {
    const recs = textOf('two.txt', [
      'Notes',
      '',
      'Henrik Dahl met Jonas Berg at the port. He argued with him for an hour, and his voice carried.',
      '',
      'Afterwards, he wrote:',
      '',
      '"Nothing was settled and nothing will be settled this year."',
      '',
    ].join('\n'));
    expect(quote(recs, 'Nothing was settled')?.speaker ?? null).toBe(null);
    // A name whose gender the text never gave is no "he": "Things he said:" under "Ines Ortega sat in front".
    const notes = textOf('launch.txt', [
      'Launch notes',
      '',
      'Went to the launch of the new atlas in Lisbon. Ines Ortega sat in the front row.',
      '',
      'Things he said:',
      '- "Maps are arguments. Every one of them takes a side."',
      '',
    ].join('\n'));
    expect(quote(notes, 'Maps are arguments')?.speaker ?? null).toBe(null);
  });
});

describe('described sources: "a … named X, put it:", "declined to comment but said", a message "sent by X" (probe17 c4 findings 2, 4, 7)', () => {
  it('the profile\'s and the investigation\'s sources', () => {
    const profile = recordsOf(c4, 'profile-the-quiet-auditor');
    expect(quote(profile, 'bored by it')?.speaker).toBe('Luiz Carvalho');
    expect(quote(profile, 'monitors all virtual asset')?.speaker).toBe('a spokeswoman for the Central Bank of Brazil');
    const inv = recordsOf(c4, 'investigation-the-offshore-years');
    expect(quote(inv, 'use a VPN')?.speaker).toBe('a senior employee');
    expect(inv.some((r) => r.type === 'claim' && r.text.includes('thumbs-up emoji'))).toBe(true);
  });
  it('in other words', () => {
    const recs = textOf('mill.txt', [
      'Mill notes',
      '',
      'The mill hired twelve new weavers that spring. As one of them, a retired schoolteacher named Olga Brenner, put it: "Nobody here asks how old you are. They ask whether the cloth is straight."',
      '',
      'A spokesman for the regional water authority declined to discuss the mill in particular but said the agency "checks every discharge permit twice a year."',
      '',
      'One letter, written in 1998 by a night foreman to the owners, reads in full: "The river is brown again and everybody can see it."',
      '',
      'The owners responded with a two-line memo.',
      '',
    ].join('\n'));
    expect(quote(recs, 'Nobody here asks how old')?.speaker).toBe('Olga Brenner');
    expect(quote(recs, 'checks every discharge permit')?.speaker).toBe('a spokesman for the regional water authority');
    expect(quote(recs, 'The river is brown')?.speaker).toBe('a night foreman');
  });
});

describe('"put Mendes\'s description to him, he shrugged": the pronoun is not the owner (probe17 c4 finding 1)', () => {
  it('the profile\'s co-founder', () => {
    expect(quote(recordsOf(c4, 'profile-the-quiet-auditor'), 'We were children')?.speaker).toBe('Rafael Duarte');
  });
  it('in other words', () => {
    const recs = textOf('bakery.txt', [
      'Bakery notes',
      '',
      'The head baker, Tomas Lind, has worked nights for twenty years. He rarely sits down.',
      '',
      'His old apprentice, Jonas Berg, now runs a rival shop. When I read Berg\'s review of the bread to him, he laughed. "He was always generous," he said.',
      '',
    ].join('\n'));
    expect(quote(recs, 'always generous')?.speaker).toBe('Tomas Lind');
  });
});

describe('a parenthesis or a relative clause says whose words (probe17 c4 findings 15, 17)', () => {
  it('the obituary\'s and the book\'s quotations', () => {
    const obit = recordsOf(c4, 'obituary-walter-prentiss');
    expect(quote(obit, 'somewhere north of four hundred banks')?.speaker).toMatch(/^Walter (?:Alden )?Prentiss$/);
    expect(quote(obit, 'things that people don')?.speaker).toMatch(/^Walter (?:Alden )?Prentiss$/);
    expect(quote(recordsOf(c4, 'book-excerpt-paper-money'), 'reconciliation is a back-office problem')?.speaker).toBe('Gregory Asante');
  });
  it('in other words', () => {
    const recs = textOf('keeper.txt', [
      'Lighthouse notes',
      '',
      'Agnes Moll kept the Skerry light for thirty years. She retired in 2001.',
      '',
      'Over those years she logged, by her own tally, "eleven wrecks, forty storms and one very confused whale."',
      '',
      'She trained on the mainland, where, she liked to say, she learned to read "weather that nobody else bothered to look at."',
      '',
      'Her first posting was under the chief keeper, Ivar Lunde, who told her, as she remembers it, that "a lamp is only as good as the person who trims it."',
      '',
    ].join('\n'));
    expect(quote(recs, 'eleven wrecks')?.speaker).toBe('Agnes Moll');
    expect(quote(recs, 'weather that nobody else')?.speaker).toBe('Agnes Moll');
    expect(quote(recs, 'a lamp is only as good')?.speaker).toBe('Ivar Lunde');
  });
});

describe('the year a quotation was said, from its frame (probe17 c4 findings 11, 21)', () => {
  it('the fixtures\' quotations', () => {
    expect(quote(recordsOf(c4, 'obituary-walter-prentiss'), 'balanced the family checkbook')?.year).toBe(2009);
    expect(quote(recordsOf(c4, 'obituary-walter-prentiss'), 'no opinion on the technology')?.year).toBe(2018);
    expect(quote(recordsOf(c4, 'investigation-the-offshore-years'), 'use a VPN')?.year).toBe(2019);
    expect(quote(recordsOf(c4, 'memoir-ch3-the-night-bus'), 'I was very proud of myself')?.year).toBe(2019);
  });
  it('in other words', () => {
    const recs = textOf('harbour.txt', [
      'Harbour master retires',
      'June 3, 2024',
      '',
      'Nils Aune ran the harbour at Vardø for twenty years.',
      '',
      '"The ice was the only boss I ever feared," he told a reporter for a regional newspaper in 2011.',
      '',
      'Asked in 2016 about the new cruise quay, he said it was "a very expensive place to tie a rope."',
      '',
      '"We will manage," he said, over the radio, in 2013.',
      '',
      'One note, written in 2015 by a deckhand to the harbour office, reads: "The east bollard is loose again and nobody listens."',
      '',
    ].join('\n'));
    expect(quote(recs, 'only boss I ever feared')?.year).toBe(2011);
    expect(quote(recs, 'expensive place to tie')?.year).toBe(2016);
    expect(quote(recs, 'We will manage')?.year).toBe(2013);
    expect(quote(recs, 'east bollard is loose')?.year).toBe(2015);
  });
});

describe('reported speech of a named source is theirs (probe17 c4 finding 22)', () => {
  it('the obituary\'s daughter', () => {
    const obit = recordsOf(c4, 'obituary-walter-prentiss');
    expect(obit.find((r) => r.type === 'claim' && r.text.includes('complications of pneumonia'))?.speaker).toBe('Ruth Prentiss-Hale');
    expect(obit.find((r) => r.type === 'claim' && r.text.includes('seventh edition'))?.speaker).toBe('Ruth Prentiss-Hale');
  });
  it('in other words', () => {
    const recs = textOf('weaver.txt', [
      'Ola Brekke, Weaver, Dies at 91',
      'By Kari Holm',
      'March 2, 2024',
      '',
      'Ola Brekke, who wove the tapestries in the Bergen town hall, died on Feb. 20 at his home. He was 91.',
      '',
      'His son, Anders Brekke, said the cause was heart failure.',
      '',
      'Mr. Brekke\'s niece said his brother taught him to weave in a cold barn.',
      '',
      'Anders Brekke said his father worked at the loom until the week he died.',
      '',
    ].join('\n'));
    expect(recs.find((r) => r.type === 'claim' && r.text.includes('heart failure'))?.speaker).toBe('Anders Brekke');
    expect(recs.find((r) => r.type === 'claim' && r.text.includes('until the week he died'))?.speaker).toBe('Anders Brekke');
  });
});

describe('"The company, the manager wrote, did not …. It had “…”" (probe17 c4 finding 6)', () => {
  it('the investigation\'s manager', () => {
    expect(quote(recordsOf(c4, 'investigation-the-offshore-years'), 'locations where people happen to work')?.speaker).toBe('the manager');
  });
  it('in other words', () => {
    const recs = textOf('depot.txt', [
      'Depot notes',
      '',
      'Last winter a driver asked the depot why the buses ran late. The timetable, the dispatcher wrote, was not a promise. It was "a hopeful guess about the weather."',
      '',
      'The council said nothing. The budget, Ilse Varga said, was already spent. They had "no money for snow this year."',
      '',
    ].join('\n'));
    expect(quote(recs, 'a hopeful guess')?.speaker).toBe('the dispatcher');
    expect(quote(recs, 'no money for snow')?.speaker).toBe('Ilse Varga');
  });
});
