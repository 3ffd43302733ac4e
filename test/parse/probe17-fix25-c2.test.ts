/**
 * Press interviews and FAQ pages pasted as plain text (test/fixtures/probe17/c2, and the Catalan
 * interview of probe16/c3): questions as paragraphs with no label, answered below. Each layout is
 * also tested on a small text of its own, in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { classifyChrome } from '../../src/parse/chrome.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const c2 = loadCorpus(join(FIXTURES, 'probe17', 'c2'));
const ca = loadCorpus(join(FIXTURES, 'probe16', 'c3'));
const one = (name: string, text: string) => recordsOf(loadCorpus(tempCorpus({ [name + '.txt']: text })), name);
const qas = (recs: ReturnType<typeof recordsOf>) => recs.filter((r) => r.type === 'qa');

describe('a magazine Q&A under a site rubric and a breadcrumb (probe17 c2 findings 1, 2, 4)', () => {
  it('takes the headline as the title, so the guest it names answers every question, prompts too', () => {
    const doc = c2.documents.find((d) => d.id === 'ledgerline-marguerite-osei-2023')!;
    expect(doc.meta.title).toMatch(/^"Compliance is not a department/);
    const qa = qas(recordsOf(c2, 'ledgerline-marguerite-osei-2023'));
    expect(qa).toHaveLength(8);
    expect(qa.every((r) => r.speaker === 'Marguerite Osei' && r.asker === 'Daniel Fairweather')).toBe(true);
    expect(qa.map((r) => r.question)).toContain('Tell me about the day you decided.');
    expect(qa.map((r) => r.question)).toContain('You closed the margin product in November 2022. That cost you customers. Was it the right call?');
    expect(qa.find((r) => r.question!.startsWith('Some of your competitors'))!.question).toMatch(/convenient excuse\?$/);
    // The share bar under the byline is navigation, no section.
    expect(recordsOf(c2, 'ledgerline-marguerite-osei-2023').some((r) => r.section === 'Share | Tweet | Email')).toBe(false);
  });

  it('reads another such page, in other words', () => {
    const text = [
      'The Harbour Post | Conversations',
      'Home > Culture > Conversations',
      '',
      'Tobias Renner on forty years of building violins',
      '',
      'Tobias Renner has made violins in the same workshop in Mittenwald since 1984. We visited him on a wet Tuesday in March.',
      '',
      'By Alma Whitcombe',
      '',
      'Share | Tweet | Email',
      '',
      'You started at nineteen. Your father wanted you to study law. Why the workshop?',
      '',
      'Because I liked the smell of the spruce more than the smell of the library. It was never a hard choice for me.',
      '',
      'Describe the first instrument you finished.',
      '',
      'It was ugly. The scroll was crooked and the varnish too dark, but it played, and I sold it to a teacher in Munich.',
      '',
      'How long does one take now?',
      '',
      'About two hundred hours, spread over three months. I let the varnish rest between coats.',
      '',
    ].join('\n');
    const recs = one('renner', text);
    const qa = qas(recs);
    expect(qa.map((r) => r.question)).toEqual(['You started at nineteen. Your father wanted you to study law. Why the workshop?', 'Describe the first instrument you finished.', 'How long does one take now?']);
    expect(qa.every((r) => r.speaker === 'Tobias Renner' && r.asker === 'Alma Whitcombe')).toBe(true);
  });
});

describe('a Q&A whose first question alone carries the interviewer\u2019s initials (finding 6)', () => {
  it('names the interviewer from the intro, the guest the intro opens on, and strips the label', () => {
    const recs = recordsOf(c2, 'kestrel-review-hale-q-and-a');
    const qa = qas(recs);
    expect(qa).toHaveLength(6);
    // A remark the guest answers "Yes." opens a question too.
    expect(qa.map((r) => r.question)).toContain("There's a sadness running through the book.");
    expect(qa.every((r) => r.speaker === 'Ingrid Vasquez-Hale' && r.asker === 'Tomasz Brennan')).toBe(true);
    expect(qa[0]!.question).toBe('Where did this start for you? Was there one harbour?');
    // The book's credit line under the last answer is no part of it.
    expect(qa.at(-1)!.text).not.toContain('Halyard Press');
    expect(recs.some((r) => r.type === 'claim' && r.text.includes('Halyard Press'))).toBe(true);
  });

  it('reads another such interview, in other words', () => {
    const text = [
      'Night Shift: the bakers who feed the city',
      '',
      'Odile Marchetti runs three bakeries in Lyon and sleeps, she says, about five hours a night. Ruben Kaye met her at four in the morning.',
      '',
      'RK: When does your day start? Is it always this early?',
      '',
      'At half past two. I have done it for twenty years and my body no longer asks for anything else.',
      '',
      'What do you bake first?',
      '',
      'The baguettes, always. They sell before seven, and if we are late the whole street knows.',
      '',
      'The ovens here look very old.',
      '',
      'Yes, older than the building. My grandfather bought them second-hand in 1961.',
      '',
    ].join('\n');
    const qa = qas(one('marchetti', text));
    expect(qa).toHaveLength(3);
    expect(qa[2]!.question).toBe('The ovens here look very old.');
    expect(qa[0]!.question).toBe('When does your day start? Is it always this early?');
    expect(qa.every((r) => r.speaker === 'Odile Marchetti' && r.asker === 'Ruben Kaye')).toBe(true);
  });
});

describe('a German newspaper interview, the guest addressed by title and surname (finding 14)', () => {
  it('reads every question and statement prompt, answered by the guest the standfirst names', () => {
    const qa = qas(recordsOf(c2, 'tagesblatt-interview-lindqvist'));
    expect(qa).toHaveLength(6);
    expect(qa.every((r) => r.speaker === 'Annika Lindqvist' && r.asker === 'Jonas Reimerdes')).toBe(true);
    expect(qa.map((r) => r.question)).toContain('Ihre Investoren sollen auf einen schnelleren Sparkurs gedrängt haben.');
    expect(qa.map((r) => r.question)).toContain('War das nicht absehbar? Die Zinsen steigen seit 2022.');
  });

  it('reads another such interview, in other words', () => {
    const text = [
      '„Der Wald wartet nicht auf uns“',
      '',
      'Der Förster Matthias Grunewald über Trockenheit, Borkenkäfer und warum er trotzdem Fichten pflanzt.',
      '',
      'Von Lea Sommer',
      '',
      'Herr Grunewald, wie geht es dem Wald in diesem Sommer?',
      '',
      'Schlecht. Wir haben seit April kaum Regen gehabt, und ich sehe jeden Tag neue kahle Flächen.',
      '',
      'Sie pflanzen trotzdem weiter Fichten.',
      '',
      'Nur noch wenige, gemischt mit Eichen und Douglasien. Ich glaube nicht an den einen richtigen Baum.',
      '',
      'Was wünschen Sie sich von der Politik?',
      '',
      'Geduld. Ein Wald braucht hundert Jahre, eine Wahlperiode vier.',
      '',
    ].join('\n');
    const qa = qas(one('grunewald', text));
    expect(qa.map((r) => r.question)).toEqual(['Herr Grunewald, wie geht es dem Wald in diesem Sommer?', 'Sie pflanzen trotzdem weiter Fichten.', 'Was wünschen Sie sich von der Politik?']);
    expect(qa.every((r) => r.speaker === 'Matthias Grunewald' && r.asker === 'Lea Sommer')).toBe(true);
  });
});

describe('a Catalan interview, a pull quote and a share bar under the last answer (probe16 c3)', () => {
  it('reads the four questions, answered by the guest the headline names', () => {
    const qa = qas(recordsOf(ca, 'ca-ara-entrevista-cadena'));
    expect(qa.map((r) => r.question)).toEqual([
      'Per què tanta gent encara no entén què és una cadena de blocs?',
      'El cas de Changpeng Zhao va canviar la percepció del sector?',
      "I He Yi, que ara dirigeix l'empresa?",
      "L'euro digital arribarà abans del 2027?",
    ]);
    expect(qa.every((r) => r.speaker === 'Laia Vidal-Ferrer')).toBe(true);
    expect(qa.at(-1)!.text).toBe('No ho crec. El BCE és lent, i fa bé de ser-ho.');
    // The credits line under the headline is metadata, no section's name.
    expect(qa.every((r) => r.section === null)).toBe(true);
    expect(classifyChrome('Words: Ana Ruiz | Photos: Tom Hale')).toBe('metadata');
    expect(classifyChrome('Text: the river was high that spring · Photo: none')).toBeNull();
  });

  it('reads another such interview, in other words', () => {
    const text = [
      'Marta Roig Puig: "El pa bo necessita temps"',
      '',
      'La forner de Vic explica per què ha tornat a la massa mare i què en pensa del pa industrial',
      '',
      'Marta Roig Puig ens rep al seu obrador a les cinc del matí.',
      '',
      'Quan va començar a fer pa?',
      '',
      "Als setze anys, amb el meu avi. Ell no feia servir rellotge: mirava la massa i ja sabia quan era l'hora.",
      '',
      'El pa industrial és el seu enemic?',
      '',
      'No. És una altra cosa. Però la gent ha de saber què compra.',
      '',
      'I Pau, el seu fill, continuarà l\'ofici?',
      '',
      'El gran sí. La petita vol ser metgessa, i fa bé.',
      '',
      '«El pa bo necessita temps»',
      '',
      'Comparteix: Facebook · X · WhatsApp · Correu',
    ].join('\n');
    const qa = qas(one('roig', text));
    expect(qa.map((r) => r.question)).toEqual(['Quan va començar a fer pa?', 'El pa industrial és el seu enemic?', "I Pau, el seu fill, continuarà l'ofici?"]);
    expect(qa.every((r) => r.speaker === 'Marta Roig Puig')).toBe(true);
  });
});

describe('an FAQ page: questions over their answers under section headings (findings 10, 11)', () => {
  it('reads each question with its answer, answered by the organisation, under its section', () => {
    const qa = qas(recordsOf(c2, 'harwick-water-faq'));
    expect(qa).toHaveLength(11);
    expect(qa.every((r) => r.speaker === 'Harwick Valley Water Authority' && r.asker === null)).toBe(true);
    expect(qa[0]).toMatchObject({ question: 'What is the Meter Replacement Programme?', section: 'General' });
    expect(qa.find((r) => r.question === 'Will my bill go up?')!.section).toBe('Billing');
    // The answer's bullets are its paragraphs, their marks dropped (fix62-b).
    expect(qa.find((r) => r.question === 'What data does the smart meter collect?')!.text).toContain('\ntamper alerts\n');
    const contact = recordsOf(c2, 'harwick-water-faq').find((r) => r.text.startsWith('Call 0300'))!;
    expect(contact.section).toBe('Contact us');
  });

  it('reads another FAQ, in other words', () => {
    const text = [
      'Eastbrook Public Library',
      '',
      'FAQs: borrowing e-books',
      '',
      'Borrowing',
      '',
      'How many e-books can I borrow?',
      'Up to ten at a time, for three weeks each.',
      '',
      'Can I renew an e-book?',
      'Yes, once, unless another member has reserved it.',
      '',
      'Devices',
      '',
      'Which readers work with your app?',
      'Any phone or tablet from the last six years, and most e-ink readers that open EPUB files.',
      '',
    ].join('\n');
    const qa = qas(one('library', text));
    expect(qa.map((r) => [r.question, r.section])).toEqual([
      ['How many e-books can I borrow?', 'Borrowing'],
      ['Can I renew an e-book?', 'Borrowing'],
      ['Which readers work with your app?', 'Devices'],
    ]);
    expect(qa.every((r) => r.speaker === 'Eastbrook Public Library')).toBe(true);
  });
});

describe('the publisher\u2019s lines under the last answer (finding 8)', () => {
  it('keeps a series note and the tag line out of the last answer', () => {
    const recs = recordsOf(c2, 'five-questions-rafaela-dunmore');
    const last = qas(recs).at(-1)!;
    expect(last.text).toMatch(/why it is growing\.$/);
    expect(recs.some((r) => r.type === 'claim' && r.text === 'This is part of our Five Questions series.')).toBe(true);
    expect(recs.some((r) => r.text.includes('Tags:'))).toBe(false);
  });

  it('and in another series, in other words', () => {
    const text = [
      'Three questions for Ilse Vandermeer, the new harbour master of Ostend',
      '',
      'Ilse Vandermeer took over the port in May. We sent her three questions.',
      '',
      '1. What surprised you most?',
      '',
      'How many people still fish here for a living. I expected a museum and found a working port.',
      '',
      '2. What will you change first?',
      '',
      'The night lighting on the east quay. It is older than I am.',
      '',
      '3. And the ferry?',
      '',
      'It stays. I take it to work myself.',
      '',
      'This interview is part of our Coastal Voices series.',
      '',
      'Tags: ports, Belgium, fishing',
    ].join('\n');
    const recs = one('vandermeer', text);
    expect(qas(recs).at(-1)!.text).toBe('It stays. I take it to work myself.');
    expect(recs.some((r) => r.type === 'claim' && r.text === 'This interview is part of our Coastal Voices series.')).toBe(true);
  });
});

describe('link bars by their form', () => {
  it('a share bar, a breadcrumb trail, jump links and a feedback widget are navigation', () => {
    for (const line of ['Share  |  Tweet  |  Email', 'Home  >  Markets  >  Interviews', 'Skip to: Billing | Installation | Data and privacy | Contact us', 'Was this page helpful?  Yes  No', 'Comparteix: Facebook · X · WhatsApp · Correu', 'Start › Sport › Fußball › Bundesliga']) {
      expect(classifyChrome(line), line).toBe('navigation');
    }
    // Sentences that hold the same marks are not.
    for (const line of ['Revenue rose > 10% | margins fell.', 'We chose Share over Tweet because email was slow.', 'Was this the right call? Yes, I think so.']) {
      expect(classifyChrome(line), line).toBeNull();
    }
  });
});

describe('the header of such pages (findings 3, 5, 7, 12, 15)', () => {
  it('a headline that quotes the guest is the guest\u2019s quote, the rest of it the context', () => {
    const osei = recordsOf(c2, 'ledgerline-marguerite-osei-2023').find((r) => r.type === 'quote' && r.line === 4)!;
    expect(osei).toMatchObject({ text: "Compliance is not a department, it's a product", speaker: 'Marguerite Osei' });
    expect(osei.context).toContain('Marguerite Osei on rebuilding trust');
    const lindqvist = recordsOf(c2, 'tagesblatt-interview-lindqvist').find((r) => r.type === 'quote' && r.line === 3)!;
    expect(lindqvist).toMatchObject({ text: 'Wir haben zu lange geglaubt, dass Wachstum alles verzeiht', speaker: 'Annika Lindqvist' });
    const vidal = recordsOf(ca, 'ca-ara-entrevista-cadena').find((r) => r.type === 'quote' && r.line === 3)!;
    expect(vidal).toMatchObject({ text: 'La cadena de blocs no és màgia, és comptabilitat', speaker: 'Laia Vidal-Ferrer' });
    const renner = [
      '"A violin is never finished": Tobias Renner on forty years at the bench',
      '',
      'Tobias Renner has made violins in the same workshop in Mittenwald since 1984. We visited him in March.',
      '',
      'Why violins and not cellos?',
      '',
      'Because my hands are small. I tried a cello once and it felt like building a boat.',
      '',
      'Do you still play?',
      '',
      'Every evening, badly. My neighbours are very patient with me.',
      '',
    ].join('\n');
    const quote = one('renner', renner).find((r) => r.type === 'quote')!;
    expect(quote).toMatchObject({ text: 'A violin is never finished', speaker: 'Tobias Renner', line: 1 });
  });

  it('reads the date before a reading time, a masthead\u2019s issue line as metadata, an FAQ page\u2019s own title', () => {
    const doc = (id: string) => c2.documents.find((d) => d.id === id)!.meta;
    expect(doc('ledgerline-marguerite-osei-2023').date).toBe('2023-09-14');
    expect(doc('kestrel-review-hale-q-and-a').title).toBe('In conversation: the cartographer of lost harbours');
    expect(doc('kestrel-review-hale-q-and-a').year).toBe(2024);
    expect(recordsOf(c2, 'kestrel-review-hale-q-and-a').some((r) => r.text.startsWith('THE KESTREL REVIEW'))).toBe(false);
    expect(doc('harwick-water-faq').title).toBe('Frequently Asked Questions: the 2024 Meter Replacement Programme');
    const page = [
      'The Field Notebook',
      '',
      'OUTDOOR QUARTERLY — Winter 2023 issue, pp. 12-15',
      '',
      'Walking the old drove roads',
      '',
      'By Cara Millbrook',
      '3 February 2024 · 6 min read',
      '',
      'The drove roads of the Borders were built for cattle, not walkers, and it shows in the mud. We followed one for three days.',
      '',
    ].join('\n');
    const dir = tempCorpus({ 'drove.txt': page, 'help.txt': ['Northgate Rail', 'Help and support', '', 'FAQ: season tickets', '', 'Can I pause my season ticket?', 'Yes, for up to four weeks a year.', '', 'Can I share it?', 'No, a season ticket is for one named person.', '', 'Do you refund lost tickets?', 'Once a year, for a fee of £10.', ''].join('\n') });
    const corpus = loadCorpus(dir);
    const drove = corpus.documents.find((d) => d.id === 'drove')!.meta;
    expect(drove.date).toBe('2024-02-03');
    expect(recordsOf(corpus, 'drove').some((r) => r.text.startsWith('OUTDOOR QUARTERLY'))).toBe(false);
    expect(corpus.documents.find((d) => d.id === 'help')!.meta.title).toBe('FAQ: season tickets');
  });
});
