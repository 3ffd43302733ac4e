/**
 * The prose attribution sieve, one rule at a time, each on a few sentences of
 * invented news copy (src/parse/quotes.ts). Every case names who a reader
 * credits, so a rule that credits the organisation, a fragment or the wrong
 * person fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/load/check.js';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, tempCorpus } from '../helpers.js';

/** Load one prose document (front matter added) and return its quotes and claims. */
function parse(body: string, front = '') {
  const dir = tempCorpus({ 'story.md': `---\ntitle: A story\npublisher: The Daily Ledger\nformat: prose\n${front}---\n${body}\n` });
  const corpus = loadCorpus(dir);
  const doc = corpus.documents[0]!;
  const quotes = corpus.records.filter((r) => r.type === 'quote');
  const claims = corpus.records.filter((r) => r.type === 'claim');
  const by = (start: string) => {
    const q = quotes.find((r) => r.text.startsWith(start));
    expect(q, `a quote starting "${start}"`).toBeDefined();
    return q!.speaker;
  };
  return { corpus, doc, quotes, claims, by };
}

describe('names with particles and long titles', () => {
  it('a surname opened by a lowercase particle resolves to the full name given before', () => {
    const { by } = parse(
      'European Commission President Ursula von der Leyen defended the pact. "This is a European answer," von der Leyen said.\n\n' +
        'Egypt\'s President Abdel Fattah al-Sisi met the leaders in March. "Egypt has always been a partner," al-Sisi said.\n\n' +
        'Brazil\'s president, Luiz Inácio Lula da Silva, spoke last. "We will not sign this," Lula da Silva said.',
    );
    expect(by('This is a European answer')).toBe('Ursula von der Leyen');
    expect(by('Egypt has always')).toBe('Abdel Fattah al-Sisi');
    expect(by('We will not sign')).toBe('Luiz Inácio Lula da Silva');
  });

  it('a full name met after a preposition or as an owner is the person its surname later names as a speaker', () => {
    const { by, quotes } = parse(
      'The looms of Henrike Solberg have run in the same barn since 1979.\n\n' +
        '"I never wanted a shop," Solberg said. "I wanted a barn."\n\n' +
        "The hulls hang from the rafters in Tomas Ekberg's North Quay boathouse.\n\n" +
        '"Wood forgives you once," Ekberg said.\n\n' +
        'The road runs on to the harbour of Port Elmwood, where the ferry leaves at noon.\n\n' +
        '"Noon is late enough," a deckhand said.',
    );
    expect(by('I never wanted a shop')).toBe('Henrike Solberg');
    expect(by('Wood forgives you once')).toBe('Tomas Ekberg');
    // a place after a preposition that no one's name speaks for stays nobody
    expect(quotes.map((q) => q.speaker)).not.toContain('Port Elmwood');
  });

  it('a description the text then names (an appositive with "named", or "was" and a full name) is that person', () => {
    const { by } = parse(
      'The pass had closed, and the pilot, a cheerful man named Mr. Achterberg, radioed to say he would land at Gap instead.\n\n' +
        '"Keep the lamps lit," he told us.\n\n' +
        "The farmer was Bridget Lowney, and it was her third calving that week. She was steadier than I was. When I told her the vet wasn't coming, she shrugged and said, \"Then we'll do it ourselves.\"",
    );
    expect(by('Keep the lamps lit')).toBe('Achterberg');
    expect(by('Then we')).toBe('Bridget Lowney');
  });

  it("a signer's line (Name, Place — \"…\") is the signer's quote", () => {
    const { by } = parse(
      'Save the Elm Lane library\n\nThe council plans to close the branch in March.\n\nWhat readers wrote:\n' +
        'Oksana Petrenko, Eastfield — "My children learned to read at that table."\n' +
        'Rafael Dominguez — "It is the only warm room on the street in January."\n',
    );
    expect(by('My children learned')).toBe('Oksana Petrenko');
    expect(by('It is the only warm room')).toBe('Rafael Dominguez');
  });

  it('a chain of titles before a name is not part of it, however long', () => {
    const { by } = parse('Dutch Prime Minister Dick Schoof was less enthusiastic. "We want an opt-out," Schoof told reporters.');
    expect(by('We want an opt-out')).toBe('Dick Schoof');
  });

  it('an occupation as the last word of a name is the surname', () => {
    const { by } = parse('Mary Bishop runs the shelter. "We are full every night," Bishop said.');
    expect(by('We are full')).toBe('Mary Bishop');
  });
});

describe('roles, relatives and relative clauses around a name', () => {
  it('a role of several words before the name, capitalised as the sentence opens, is no part of it', () => {
    const { by } = parse("Parish council chairman Margaret Oddie said: 'This club is the heart of the village.'");
    expect(by('This club is the heart')).toBe('Margaret Oddie');
  });

  it('"said X\'s lawyer, NAME" credits the name the role describes', () => {
    const { by } = parse('Erik Halvorsen died in May. "The will was signed under pressure," said Halvorsen\'s lawyer, Mary Brown.');
    expect(by('The will was signed')).toBe('Mary Brown');
  });

  it('"Her brother Per said" credits Per, not the woman named before', () => {
    const { by } = parse('Ingrid Halvorsen, 34, declined to comment. Her brother Per said only: "It is over."');
    expect(by('It is over')).toBe('Per');
  });

  it('the verb of a relative clause after the quotation frames nothing: the verb after it does', () => {
    const { by } = parse("'They never listen to us,' one driver, who asked not to be named, told the Herald.");
    expect(by('They never listen')).toBe('one driver');
  });

  it('an epigraph in italics, or signed with a handle and a date, credits the name after the dash', () => {
    const { by } = parse('Some intro text.\n\n*"Simplicity is prerequisite for reliability."* — Edsger W. Dijkstra\n\n> "We will get to the bottom of this." — Sen. Paula Grant (@SenPaulaGrant) February 10, 2024');
    expect(by('Simplicity is prerequisite')).toBe('Edsger W. Dijkstra');
    expect(by('We will get to the bottom')).toBe('Paula Grant');
  });

  it('keeps a title abbreviation inside its sentence ("with Gov. Jay Inslee")', () => {
    const { claims } = parse('The committee meets again on Tuesday with Gov. Jay Inslee as a witness. Rep. Ana Diaz chairs it.');
    expect(claims.map((r) => r.text)).toEqual(['The committee meets again on Tuesday with Gov. Jay Inslee as a witness.', 'Rep. Ana Diaz chairs it.']);
  });
});

describe('a relative named by a first name, and an interviewer named by the byline', () => {
  it('"His daughter, Lise, …" then "she says" credits Lise, not her father', () => {
    const { by } = parse('Henrik Olsen has tanned hides for forty years. "You still need patience," says Olsen.\n\nHis daughter, Lise, runs the website. "People want things that last," she says.');
    expect(by('You still need patience')).toBe('Henrik Olsen');
    expect(by('People want things')).toBe('Lise');
  });

  it('"Interview by NAME" makes NAME the asker of a Q&A with no front matter', () => {
    const corpus = loadCorpus(tempCorpus({ 'keeper.md': '# Ten questions for a lighthouse keeper\n\n*Interview by Ruth Evans, 4 May 2023*\n\n**Q: How long have you kept the light?**\n\n**A:** Twenty-two years this autumn.\n\n**Q: What is the hardest part?**\n\n**A:** The winters.\n' }));
    expect(corpus.records.map((r) => [r.type, r.asker, r.question])).toEqual([
      ['qa', 'Ruth Evans', 'How long have you kept the light?'],
      ['qa', 'Ruth Evans', 'What is the hardest part?'],
    ]);
    expect(corpus.documents[0]!.meta.inferred.interviewer).toMatch(/byline \(line 3\)/);
  });
});

describe('mixed quotation marks', () => {
  it('a curly mark closed by a straight one, and the reverse, are quotations of their own', () => {
    const { by, quotes } = parse('“It is the only way to keep the ferries running," said board chair Helen Tosh.\n\n"We were not consulted,” said Ray Kemble, a fisherman. "Nobody asked the fishermen."');
    expect(by('It is the only way')).toBe('Helen Tosh');
    expect(by('We were not consulted')).toBe('Ray Kemble');
    expect(quotes.map((q) => q.text)).toEqual(['It is the only way to keep the ferries running', 'We were not consulted. Nobody asked the fishermen.']);
  });
});

describe('appositives and organisations', () => {
  it('“…,” said NAME, TITLE OF ORG credits the name, never the organisation', () => {
    const { by } = parse('"We grew faster than the market could carry," said Ana Ruiz, chief executive of Fennel Pay.');
    expect(by('We grew faster')).toBe('Ana Ruiz');
  });

  it('“…,” said NAME, a partner at ORG credits the name', () => {
    const { by } = parse('"The cuts are deep but they are not the end," said Tom Hale, a partner at Birch Partners.');
    expect(by('The cuts are deep')).toBe('Tom Hale');
  });

  it('NAME, TITLE AT ORG, said: “…” credits the name', () => {
    const { by } = parse('Maya Lind, an analyst at Kestrel Research, said: "Few firms of this size survive two bad quarters."');
    expect(by('Few firms')).toBe('Maya Lind');
  });

  it('“…,” said ITS ROLE, NAME credits the name the role describes', () => {
    const { by } = parse('The operator, Blue Channel Lines, said in a statement that it had hired 25 crew members. "Safety comes first," said its chief executive, Priya Natarajan.');
    expect(by('Safety comes first')).toBe('Priya Natarajan');
  });

  it('a title before the name is not part of it', () => {
    const { by } = parse('"We have never been busier than this year," said Fennel Pay chief executive Ana Ruiz.');
    expect(by('We have never been busier')).toBe('Ana Ruiz');
  });

  it('an organisation may speak for itself as the whole subject', () => {
    const { by } = parse('Fennel Pay said in a statement: "We thank every colleague who helped build this company."');
    expect(by('We thank every colleague')).toBe('Fennel Pay');
  });
});

describe('pronouns', () => {
  it('“…,” she said after indirect speech is the person, not a fragment of the sentence', () => {
    const { by } = parse('Ana Ruiz founded the firm in 2019.\n\nRuiz said the firm has 40 staff. "None of this was easy for anyone," she said.');
    expect(by('None of this was easy')).toBe('Ana Ruiz');
  });

  it('reaches back one paragraph, no further', () => {
    const near = parse('Tom Hale joined the board in May.\n\n"We backed the team and not the market," he said.');
    expect(near.by('We backed the team')).toBe('Tom Hale');
    const far = parse('Tom Hale joined the board in May.\n\nThe board met twice in June.\n\nThe market fell sharply in July.\n\n"We backed the team and not the market," he said.');
    expect(far.by('We backed the team')).toBeNull();
  });

  it('never resolves to an organisation', () => {
    const { by } = parse('Birch Partners led the funding round last year.\n\n"We will keep every account open," she said.');
    expect(by('We will keep every account')).toBeNull();
  });

  it('picks the person of the gender the text gave (Ms., Mr.)', () => {
    const { by } = parse(
      '"I have never seen the water this high," said Grace Okonkwo. Ms. Okonkwo runs a bakery.\n\n' +
        'Her neighbour, Daniel Reyes, agreed with her. "Everyone knew the wall was too low," Mr. Reyes said.\n\n' +
        'Okonkwo and Reyes both plan to stay. "Where would I go, at my age?" he asked.',
    );
    expect(by('Where would I go')).toBe('Daniel Reyes');
  });

  it('“they” is a group nobody can name: the quote has no speaker', () => {
    const { by } = parse('Residents gathered outside the hall. "They keep promising and nothing happens," they said.');
    expect(by('They keep promising')).toBeNull();
  });
});

describe('names', () => {
  it('a later surname alone resolves to the full name', () => {
    const { by } = parse('Ana Ruiz runs Fennel Pay.\n\n"The market turned faster than we thought," Ruiz said.');
    expect(by('The market turned')).toBe('Ana Ruiz');
  });

  it('according to NAME, before or after the quote', () => {
    const { by } = parse(
      'Priya Natarajan chairs the bank.\n\nAccording to Natarajan, "the search took longer than anyone wanted."\n\n"We found the right leader in the end," according to Priya Natarajan.',
    );
    expect(by('the search took longer')).toBe('Priya Natarajan');
    expect(by('We found the right leader')).toBe('Priya Natarajan');
  });

  it('a quotation inside a sentence opening "According to NAME, role," is that person\'s, and only a person\'s', () => {
    const { by, quotes, claims } = parse(
      'According to Marta Ilves, a hydrologist at Tartu University, the reservoir "will not refill before the autumn rains" unless the dam is repaired.\n\n' +
        'According to the water board, the pumps "run at half speed" this month.\n\n' +
        'According to Ilves, the repairs "could take a decade" at the current budget.',
    );
    expect(by('will not refill')).toBe('Marta Ilves');
    expect(by('could take a decade')).toBe('Marta Ilves');
    // an organisation is no speaker: its sentence stays the narrator's claim, the words in it searchable
    expect(quotes.some((q) => q.text.startsWith('run at half speed'))).toBe(false);
    expect(claims.some((c) => c.text.includes('run at half speed'))).toBe(true);
  });

  it('a name whose family name is He ("He Yi", "He Jiankui") is a person without any speakers file; the pronoun still reads', () => {
    const { by } = parse(
      'When He Jiankui walked into the hall, the room went quiet. "People expect me to be angry," she told the paper.\n\n' +
        '"We were early," He Jiankui said.\n\n' +
        'Marcus Lind, an analyst at Nordhavn, disagreed. "The culture comes from the founders," Lind said.\n\n' +
        'Asked about her ambitions, He paused. "I need the product to work," she said.\n\n' +
        'Tom Hale runs the port. He smiled. "Not this year," he said.',
    );
    expect(by('People expect me')).toBe('He Jiankui');
    expect(by('We were early')).toBe('He Jiankui');
    expect(by('The culture comes')).toBe('Marcus Lind');
    expect(by('I need the product')).toBe('He Jiankui');
    expect(by('Not this year')).toBe('Tom Hale');
  });

  it('a name whose family name He comes last ("Yi He", "Lan He") is a person, and "she" after it is hers', () => {
    const { by } = parse(
      'Tomas Brandt, a lawyer for the firm, spoke first. The co-founder Lan He, who chairs the board, did not attend. In a post on X, she wrote: "We keep building."\n\n' +
        '"It was a long year," Lan He said.\n\n' +
        'He, who co-founded the firm with Marco Peretti in 2015, was not in court. On Friday, He wrote: "Nothing changes for clients."',
    );
    expect(by('We keep building')).toBe('Lan He');
    expect(by('It was a long year')).toBe('Lan He');
    // after a comma, a capital "He" is her surname, though a man was named since
    expect(by('Nothing changes')).toBe('Lan He');
  });

  it('"the judge said", "the senator told reporters": the person the text introduced with that role', () => {
    const { by, quotes } = parse(
      'Magistrate Judge Helen Okoro opened the hearing. Defense lawyer Piet Van Dam asked for a delay, and Ivo Rask, a senator from the district, watched.\n\n' +
        '"We will not wait," the judge said.\n\n' +
        '"My client needs time," the lawyer said.\n\n' +
        '"This should be public," the senator told reporters.\n\n' +
        '"Nobody asked us," the mayor said.',
    );
    expect(by('We will not wait')).toBe('Helen Okoro');
    expect(by('My client needs time')).toBe('Piet Van Dam');
    expect(by('This should be public')).toBe('Ivo Rask');
    // a role the text gave nobody stays a description
    expect(quotes.find((q) => q.text.startsWith('Nobody asked'))!.speaker).toBe('the mayor');
  });

  it('reported speech without "that" ("Okoro said the filing was late") is the reporter\'s, only after a subject clause with an auxiliary', () => {
    const { claims } = parse(
      'Judge Helen Okoro said the filing had come two days late.\n\n' +
        'Okoro told reporters she would rule by Friday.\n\n' +
        'Okoro said goodbye to the clerks at noon.\n\n' +
        'Bulletin says the court is closed on Monday.',
      'author: Tove Lind\n',
    );
    const speakerOf = (start: string) => claims.find((r) => r.text.startsWith(start))!.speaker;
    expect(speakerOf('Judge Helen Okoro said')).toBe('Helen Okoro');
    expect(speakerOf('Okoro told reporters')).toBe('Helen Okoro');
    // no reported clause: the narrator's; an unknown lone word is not taken for a person
    expect(speakerOf('Okoro said goodbye')).toBe('Tove Lind');
    expect(speakerOf('Bulletin says')).toBe('Tove Lind');
  });

  it('a claim in reported speech (no quote marks) is the reported person\'s, not the byline\'s', () => {
    const { claims } = parse(
      'Kestrel Freight moved 4 million containers in 2023, Chief Executive Mira Halvorsen said on Tuesday.\n\n' +
        'The company will open two depots next year, Halvorsen said.\n\n' +
        'Fuel costs fell 12% in the quarter, according to Halvorsen.\n\n' +
        'Halvorsen added that the board had approved the plan in March.\n\n' +
        'Jonas Berg runs the rival port operator. Its volumes fell by a third, he told the Harbor Ledger.\n\n' +
        'Freight rates doubled in 2021, said Ilse Marr, an analyst at Nordhavn Research.\n\n' +
        'Rates will keep falling, the report said.\n\n' +
        'During the launch, Halvorsen argued with Berg about the tariff.\n\n' +
        'Depots cost more than expected, and Berg says the tariff will rise.',
      'author: Tove Lind\n',
    );
    const speakerOf = (start: string) => {
      const c = claims.find((r) => r.text.startsWith(start));
      expect(c, `a claim starting "${start}"`).toBeDefined();
      return c!.speaker;
    };
    expect(speakerOf('Kestrel Freight moved')).toBe('Mira Halvorsen');
    expect(speakerOf('The company will open')).toBe('Mira Halvorsen');
    expect(speakerOf('Fuel costs fell')).toBe('Mira Halvorsen');
    expect(speakerOf('Halvorsen added that')).toBe('Mira Halvorsen');
    expect(speakerOf('Its volumes fell')).toBe('Jonas Berg');
    expect(speakerOf('Freight rates doubled')).toBe('Ilse Marr');
    // a report, a verb that narrates ("argued with"), a second clause after "and": the author's
    expect(speakerOf('Rates will keep falling')).toBe('Tove Lind');
    expect(speakerOf('During the launch')).toBe('Tove Lind');
    expect(speakerOf('Depots cost more')).toBe('Tove Lind');
  });

  it('NAME said the NOUN VERBed (a past tense, no "that"): the reported clause is NAME\'s', () => {
    const { claims } = parse(
      'Mayor Ana Ruiz said the port opened in 2020.\n\n' +
        'Tomas Berg, the harbour master, noted the dredging contract ended in March.\n\n' +
        'Delgado wrote the report based on interviews.\n\n' +
        'She said the word aloud.\n\n' +
        'Berg recalled the day she arrived in Bergen.',
      'author: Tove Lind\n',
    );
    const speakerOf = (start: string) => claims.find((r) => r.text.startsWith(start))?.speaker;
    expect(speakerOf('Mayor Ana Ruiz said')).toBe('Ana Ruiz');
    expect(speakerOf('Tomas Berg, the harbour master')).toBe('Tomas Berg');
    // "wrote" takes an object ("the report based on …"): narration, the author's
    expect(speakerOf('Delgado wrote the report')).toBe('Tove Lind');
    expect(speakerOf('She said the word aloud')).toBe('Tove Lind');
    expect(speakerOf('Berg recalled the day')).toBe('Tove Lind');
    // other words
    const other = parse('The exchange filed its accounts in June.\n\nChidi Obi confirmed the audit missed two wallets.\n\nObi recalled the regulator asked for more.', 'author: Ada Eze\n');
    expect(other.claims.find((r) => r.text.startsWith('Chidi Obi confirmed'))?.speaker).toBe('Chidi Obi');
    expect(other.claims.find((r) => r.text.startsWith('Obi recalled'))?.speaker).toBe('Chidi Obi');
  });

  it('NAME told PUBLICATION: the speaker is the name, not the publication', () => {
    const { by } = parse('"We will keep every customer account open for now," Ruiz told the Harbor Ledger.', 'speakers: [Ana Ruiz]\n');
    expect(by('We will keep every customer account')).toBe('Ana Ruiz');
  });

  it('a capitalised He mid-sentence is the registered speaker whose name has it', () => {
    const { by } = parse('"I know what this bank has been through already," He told reporters on Monday.', 'speakers: [He Lan]\n');
    expect(by('I know what this bank')).toBe('He Lan');
  });

  it('a capitalised He opening a sentence is the pronoun; He followed by the rest of a registered name is that person', () => {
    const { by } = parse(
      'Omar Reyes ran the savings bank for a decade. "We never lost a depositor," Reyes said. He added: "Not one, in all those years."\n\n' +
        'Reyes stepped down in May. He said, "Somebody younger should carry the keys now."\n\n' +
        'The board chose Reyes\'s deputy. He Lan said the handover was "a slow and careful business for everyone involved."',
      'speakers: [He Lan]\n',
    );
    expect(by('Not one, in all those years')).toBe('Omar Reyes');
    expect(by('Somebody younger should carry')).toBe('Omar Reyes');
    expect(by('a slow and careful business')).toBe('He Lan');
  });

  it('a quotation after "Ms. He says …" is hers: the honorific\'s full stop ends no sentence', () => {
    const { by } = parse(
      'The ferry captain, Tomas Berg, spoke first. "We sail at six," he said.\n\nMs. He says the timetable is fair. "I am strict about it. I will not apologise for that."',
      'speakers: [He Lan]\n',
    );
    expect(by('I am strict about it')).toBe('He Lan');
  });

  it('a company whose name is never a person\'s, alone before the speech verb, speaks as an organisation', () => {
    const { by } = parse(
      'Riders in Austin can keep their cars until March, the company said.\n\n"We are proud of the fleet, but the numbers do not work," Tesla said.\n\n"It was a hard call for the whole board," It said.',
    );
    expect(by('We are proud of the fleet')).toBe('Tesla');
    expect(by('It was a hard call')).toBeNull();
  });

  it('a described speaker keeps the description', () => {
    const { by } = parse('"It felt like a funeral in there," one employee said.\n\nA spokesperson for the Coastline Fire Service said: "Our crews pumped out 200 homes."');
    expect(by('It felt like a funeral')).toBe('one employee');
    expect(by('Our crews pumped out')).toBe('a spokesperson for the Coastline Fire Service');
  });

  it('a described speaker named by a trade the list of roles does not hold: "one fisherman", "a ferryman", "one islander"', () => {
    const { by } = parse('As one fisherman put it, "Nobody asked us."\n\n"We were last to hear," said a ferryman in Kirkby.\n\n"Three boats a day is nothing," one islander told the Gazette.');
    expect(by('Nobody asked us')).toBe('one fisherman');
    expect(by('We were last to hear')).toBe('a ferryman');
    expect(by('Three boats a day')).toBe('one islander');
  });
});

describe('the shape of a quotation', () => {
  it('a split quote is one record, with its frame as context', () => {
    const { quotes } = parse('"The first part of what I think," Hale said. "And the second part of it."', 'speakers: [Tom Hale]\n');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker).toBe('Tom Hale');
    expect(quotes[0]!.text).toBe('The first part of what I think. And the second part of it.');
    expect(quotes[0]!.context).toBe('"…," Hale said. "…"');
  });

  it('a quotation running over paragraphs (no closing mark, next one opens) is one record over both', () => {
    const { quotes, corpus } = parse(
      '"We are going to rebuild the lending book from the ground up," said Ana Ruiz. "That means saying no to customers we used to chase.\n\n"It also means saying yes to the small businesses we forgot."\n\nThe memo did not say how many branches would close.',
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker).toBe('Ana Ruiz');
    expect(quotes[0]!.text).toMatch(/chase\. It also means saying yes to the small businesses we forgot\.$/);
    expect([quotes[0]!.line, quotes[0]!.endLine]).toEqual([6, 8]);
    expect(corpus.records.find((r) => r.type === 'claim')?.text).toBe('The memo did not say how many branches would close.');
  });

  it('a quotation running over paragraphs keeps its speaker when a paragraph holds a single-quoted quotation', () => {
    // After the attribution, and alone in a paragraph: either way the nested 'Not yet, try again.' must not close the outer quotation.
    const { quotes, claims } = parse(
      'Maren Holt bound her first book in 1979.\n\n' +
        '"My master spoke no Danish, and I spoke no German," Holt said. "So she taught by pointing. She would tap the spine and say \'Not yet, try again.\' That was all.\n\n' +
        '"By spring I could sew a signature."\n\n' +
        'The bindery now has four benches.\n\n' +
        '"I lived above the shop," she recalled.\n\n' +
        '"Greta was strict. She would say \'Again, slower.\' Every day.\n\n' +
        '"She kept the bad ones on a shelf."',
    );
    expect(quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Maren Holt', "My master spoke no Danish, and I spoke no German. So she taught by pointing. She would tap the spine and say 'Not yet, try again.' That was all. By spring I could sew a signature."],
      ['Maren Holt', 'I lived above the shop'],
      ['Maren Holt', "Greta was strict. She would say 'Again, slower.' Every day. She kept the bad ones on a shelf."],
    ]);
    expect(claims.map((c) => c.text)).toEqual(['Maren Holt bound her first book in 1979.', 'The bindery now has four benches.']);
  });

  it('an epigraph: a quotation, then a line “— Name”', () => {
    const { quotes } = parse('"A bank is only as strong as the trust people place in it."\n— Lena Marsh, founder of Orchard Bank\n\nOrchard Bank opened its first branch in 1952 in a converted barn.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker).toBe('Lena Marsh');
    expect(quotes[0]!.text).toBe('A bank is only as strong as the trust people place in it.');
    expect(quotes[0]!.context).toContain('founder of Orchard Bank');
  });

  it('an epigraph in a Markdown blockquote, whose surname alone later means the same person', () => {
    const { by, quotes } = parse(
      'The board approved the plan.\n\n> "We were not consulted, and the dredging will destroy the seagrass beds."\n> — Lucia Ferrante, Friends of the Bay\n\nFerrante wrote on Tuesday that the group would "use every legal means" to stop it.',
    );
    expect(by('We were not consulted')).toBe('Lucia Ferrante');
    expect(by('use every legal means')).toBe('Lucia Ferrante');
    expect(quotes.every((q) => !q.text.includes('>'))).toBe(true);
  });

  it('scare quotes and titles are not quotes; a short quote with a speech verb and a speaker is', () => {
    const { quotes, claims } = parse(
      'Engineers joined "Project Heron" last week. The board approved what one director called "a painful but necessary reset" of the firm.\n\n"No comment," said Tom Hale.',
    );
    expect(quotes.map((q) => [q.speaker, q.text])).toEqual([['Tom Hale', 'No comment']]);
    expect(claims.map((c) => c.text)).toContain('The board approved what one director called "a painful but necessary reset" of the firm.');
  });

  it('a quotation nobody can be named for is a quote with no speaker, never dropped or guessed', () => {
    const { quotes, corpus } = parse('The water rose all night.\n\nA sign on the door of the hall read: "Closed until the water goes down, sorry for the trouble."');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker).toBeNull();
    expect(quotes[0]!.context).toBe('A sign on the door of the hall read: "…"');
    // check --unparsed lists it, by line.
    expect(checkCorpus(corpus).documents[0]!.unattributed).toEqual([{ line: 8, text: 'Closed until the water goes down, sorry for the trouble.' }]);
  });

  it('a pull quote under a heading is nobody’s, not the person named above the heading', () => {
    const { by } = parse('"We are done waiting for the council," said Daniel Reyes.\n\nThe road back\n\n"Trust is rebuilt one loan at a time, with no shortcuts."\n\nThe bank plans to reopen ten branches.');
    expect(by('Trust is rebuilt')).toBeNull();
  });
});

describe('nothing unsearchable', () => {
  it('the sentence that gives a quote travels with it as its context', () => {
    const { quotes } = parse(
      'He Yi, the co-founder, responded by saying that the exchange would employ chat bots to cut waiting times: "We will get rid of long waiting times."',
      'speakers: [He Yi]\n',
    );
    expect(quotes[0]!.speaker).toBe('He Yi');
    expect(quotes[0]!.context).toContain('employ chat bots');
  });

  it('questions, exclamations and short sentences in narrative are records too', () => {
    const { claims, doc } = parse('How will the new managers cope with their role? Nobody knows yet. What a year it has been for the whole team!');
    const text = claims.map((c) => c.text).join(' ');
    expect(text).toContain('How will the new managers cope with their role?');
    expect(text).toContain('Nobody knows yet.');
    expect(text).toContain('What a year it has been for the whole team!');
    expect(doc.sentences.missed).toEqual([]);
    expect(doc.sentences.total).toBe(3);
  });

  it('check names a sentence no record holds, with its line', async () => {
    const { accountSentences } = await import('../../src/load/sentences.js');
    const body = 'First line is a claim here.\nSecond line is lost entirely.\n';
    const record = { line: 1, endLine: 1, text: 'First line is a claim here.', question: null, context: null, speaker: null, asker: null, section: null, topics: [] };
    const acc = accountSentences(body, 1, ['record', 'record'], [record]);
    expect(acc.total).toBe(2);
    expect(acc.inRecords).toBe(1);
    expect(acc.missed).toEqual([{ line: 2, text: 'Second line is lost entirely.' }]);
  });
});

describe('split quotes around the attribution', () => {
  const cases: [string, string, string][] = [
    ['"The tide," said harbor pilot Samuel Ortiz, "doesn\'t care about zoning maps."', 'Samuel Ortiz', "The tide doesn't care about zoning maps."],
    ['"The tide," said Samuel Ortiz, a harbor pilot, "doesn\'t care about zoning maps."', 'Samuel Ortiz', "The tide doesn't care about zoning maps."],
    ['"Prices," says Greta Moll, an economist at Harlan & Webb, "will stay high all winter."', 'Greta Moll', 'Prices will stay high all winter.'],
    ['"Our crews," added union steward Ivo Brandt, "were never consulted at all."', 'Ivo Brandt', 'Our crews were never consulted at all.'],
    ['"The plant," Nadia Sole said, "will reopen in March."', 'Nadia Sole', 'The plant will reopen in March.'],
    ['"The port has never spent more," port director Anselm Gruber told reporters.', 'Anselm Gruber', 'The port has never spent more'],
    ['"We were never asked about it," union leader Dario Pellegrini said.', 'Dario Pellegrini', 'We were never asked about it'],
  ];
  for (const [body, speaker, text] of cases) {
    it(`one quote by ${speaker}: ${body}`, () => {
      const { quotes } = parse(body);
      expect(quotes.map((q) => [q.speaker, q.text])).toEqual([[speaker, text]]);
    });
  }
});

describe('quote text is verbatim after the attribution', () => {
  it('a quoted sentence after “said NAME, a TITLE at ORG Inc.” stays part of the quote', () => {
    const { quotes } = parse('"The tide doesn\'t care about zoning maps," said Samuel Ortiz, a harbor pilot at Marlow Pilots Inc. "It never has."');
    expect(quotes.map((q) => [q.speaker, q.text])).toEqual([['Samuel Ortiz', "The tide doesn't care about zoning maps. It never has."]]);
  });

  it('each part is kept, joined by one space, the comma before a new sentence its full stop (a relative clause after the appositive)', () => {
    const { quotes } = parse('"We have been ignored for decades," said Theo Lindqvist, a partner at Carrow & Finch, who represents the crews. "Nobody asked the crews."');
    expect(quotes.map((q) => [q.speaker, q.text])).toEqual([['Theo Lindqvist', 'We have been ignored for decades. Nobody asked the crews.']]);
  });

  it('a part that ends in a full stop keeps it', () => {
    const { quotes } = parse('"We were never asked." Marta Quill, a welder at Dunmore Steel Ltd., told reporters. "Not once."', 'speakers: [Marta Quill]\n');
    expect(quotes.map((q) => q.text).join(' | ')).toContain('We were never asked.');
    expect(quotes.every((q) => !q.text.includes('asked,'))).toBe(true);
  });

  it('Ltd. ending the appositive does not end the quote', () => {
    const { quotes } = parse('"Orders fell by half in a month," added Ruth Okafor, head of sales at Pellam Tools Ltd. "We cut shifts the next day."');
    expect(quotes.map((q) => [q.speaker, q.text])).toEqual([['Ruth Okafor', 'Orders fell by half in a month. We cut shifts the next day.']]);
  });
});

describe('a colon after a clause with no speech verb', () => {
  it('credits the clause\'s subject, past an opening "Asked about …," participle', () => {
    const { quotes } = parse('Dr. Renee Alvarez studies the hives. Asked about the future, Alvarez was blunt: "If the city bans rooftop hives, we are done." Hill had a warning too: "Bees do not read zoning maps."');
    expect(quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Renee Alvarez', 'If the city bans rooftop hives, we are done.'],
      ['Hill', 'Bees do not read zoning maps.'],
    ]);
  });
});

describe('more ways news writes who said it', () => {
  const body = [
    'Engineer Pavel Novak has spent ten years on the array. Ines Duarte runs the project.',
    '"Wonderful!" Novak exclaimed when the vote passed.',
    'In Duarte\'s words, "the sea does the work for free."',
    '"We will monitor every turbine," Duarte\'s spokesperson said.',
    '"Ten turbines by 2028," Duarte whispered to a colleague.',
    '"Absolutely not," Novak shot back when asked about delays.',
    'Duarte\'s answer was simple: "Yes."',
  ].join('\n\n');

  it('credits each quotation to its speaker, the occupation before a name no part of it', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'tidal.txt': 'Tidal power\n\n' + body + '\n' }));
    expect(corpus.records.filter((r) => r.type === 'quote').map((r) => [r.speaker, r.text])).toEqual([
      ['Pavel Novak', 'Wonderful!'],
      ['Ines Duarte', 'the sea does the work for free.'],
      ["Ines Duarte's spokesperson", 'We will monitor every turbine'],
      ['Ines Duarte', 'Ten turbines by 2028'],
      ['Pavel Novak', 'Absolutely not'],
      ['Ines Duarte', 'Yes.'],
    ]);
  });
});

describe('who "he" and "she" are, and which names are businesses', () => {
  const quotesOf = async (text: string) =>
    (await loadCorpus(tempCorpus({ 'story.txt': 'A profile\n\n' + text + '\n' }))).records.filter((r) => r.type === 'quote').map((r) => [r.speaker, r.text]);

  it('the name set off after a role is the speaker, not the role', async () => {
    expect(await quotesOf('The bank\'s chief executive, Laura Kim, struck a different tone. "We disagree with the findings," she wrote.')).toEqual([['Laura Kim', 'We disagree with the findings']]);
  });

  it('a kinship noun gives the gender of the name after it; "him" is someone else', async () => {
    expect(await quotesOf('Eleanor Vance died on Friday. She was 92.\n\nHer son, Michael Vance, said she had been reading. "She finished a Dickens novel on Sunday," he said.')).toEqual([
      ['Michael Vance', 'She finished a Dickens novel on Sunday'],
    ]);
    const profile = 'Kenji Watanabe designed eleven bridges, and he is 67. His firm, Watanabe Structural, employs 120 engineers.\n\nHis former partner, Ayumi Sato, remembers him differently. "Kenji was never humble," she said.\n\nHe shrugged when I repeated that. "She is right," he said.';
    expect(await quotesOf(profile)).toEqual([
      ['Ayumi Sato', 'Kenji was never humble'],
      ['Kenji Watanabe', 'She is right'],
    ]);
  });

  it('a surname with an apostrophe (O’Neill, O\'Neill) finds the full name however it is typed', async () => {
    expect(await quotesOf('Siobhan O’Neill has run the festival since 2009. “We sold 40,000 tickets,” O\'Neill said.\n\n“The town doubles in size,” O’Neill added.')).toEqual([
      ['Siobhan O’Neill', 'We sold 40,000 tickets'],
      ['Siobhan O’Neill', 'The town doubles in size'],
    ]);
  });

  it('a party or a possessive place before a name is no part of it, and does not hide the next name', async () => {
    const text = 'Republican Dana Cole and Democrat Priya Menon met on Tuesday.\n\nCole went first. "Ohioans are overtaxed," she said.\n\nMenon was quick to respond. "My opponent has no plan," she said.\n\nIreland\'s Micheál Martin agreed. "We are in," Martin said.';
    expect(await quotesOf(text)).toEqual([
      ['Dana Cole', 'Ohioans are overtaxed'],
      ['Priya Menon', 'My opponent has no plan'],
      ['Micheál Martin', 'We are in'],
    ]);
  });

  it('a name someone runs or founded is a business, so a surname finds the person', async () => {
    expect(await quotesOf('Marco Bellini and Sofia Lund have run Osteria Lund since 2016.\n\nLund grew up in Aarhus. "I never wanted to cook," she said.')).toEqual([['Sofia Lund', 'I never wanted to cook']]);
  });
});

describe('a reactions list: "- **Name, Org:** “…”"', () => {
  it('credits each quotation to the name in its bold label, not the organisation after it', () => {
    const { quotes } = parse('- **Diane Swonk, KPMG:** "This was the right call, and it came late."\n- **Mohamed El-Erian, Allianz:** "A half-point cut tells you the Fed is worried."');
    expect(quotes.map((q) => q.speaker)).toEqual(['Diane Swonk', 'Mohamed El-Erian']);
  });
});

describe('an anonymous source described after the verb', () => {
  it('keeps "close to the union" in the description', () => {
    const { quotes } = parse('"We are nowhere near a deal," said one person close to the union, who was not authorized to speak publicly.');
    expect(quotes.map((q) => q.speaker)).toEqual(['one person close to the union']);
  });
});

describe('an organisation as the speaker', () => {
  it('credits a statement to the organisation the text describes', () => {
    const { quotes } = parse('In a statement, the company said: "Construction begins in the spring." "We will appeal," the transport ministry said. The ministry said it "remains committed to the programme."');
    expect(quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['the company', 'Construction begins in the spring.'],
      ['the transport ministry', 'We will appeal'],
      ['the ministry', 'remains committed to the programme.'],
    ]);
  });

  it('a thing that is no organisation stays without a speaker', () => {
    const { quotes } = parse('"Construction begins in the spring," the sign said.');
    expect(quotes.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('quoted words inside reported speech', () => {
  const cases: [string, string, string][] = [
    ['Councilwoman Beatrix Nwosu told the Coastal Ledger that the vote was "rushed and reckless."', 'Beatrix Nwosu', 'rushed and reckless.'],
    ['The mayor, Wendell Oyelaran, said the town "will not be steamrolled" by the county.', 'Wendell Oyelaran', 'will not be steamrolled'],
    ['Pia Lorne, a buyer at Tasker & Sons Ltd., says the prices are "simply out of reach" for most families.', 'Pia Lorne', 'simply out of reach'],
    ['Oren Vasse added that the fund was "never meant to last" beyond the year.', 'Oren Vasse', 'never meant to last'],
    ['A spokesperson for the dockworkers\' union called the deal "a fair start."', "a spokesperson for the dockworkers' union", 'a fair start.'],
    ['Council member Jorge Ibarra, one of two votes against, called the plan "a gift to a billionaire."', 'Jorge Ibarra', 'a gift to a billionaire.'],
    ['Omar Haddad runs planning. When I asked Haddad about the gap, he said the consultants "used conservative assumptions."', 'Omar Haddad', 'used conservative assumptions.'],
  ];
  for (const [body, speaker, text] of cases) {
    it(`credits the quoted words to the reporting subject: ${speaker}`, () => {
      const { quotes } = parse(body);
      expect(quotes.map((q) => [q.speaker, q.text])).toEqual([[speaker, text]]);
      expect(quotes[0]!.context).toContain(' "…');
    });
  }

  it('a naming verb, a title or a single word stays a phrase of the claim', () => {
    const { quotes, claims } = parse('Lena Barr called "Fast lane for every rider" her motto. Critics call the plan a "gift" to shipping firms. Lena Barr said the firm joined "Project Heron" in May. Lena Barr said it was a "gift" to rivals.');
    expect(quotes).toEqual([]);
    expect(claims).toHaveLength(4);
  });
});

describe('the byline of a document without front matter', () => {
  const load = (text: string) => loadCorpus(tempCorpus({ 'story.txt': text })).documents[0]!;

  it('names the inferred author, noted as inferred from the byline', () => {
    const doc = load('Harbor Plan Splits Town\n\nBy Leah Fontaine\n\nThe county approved a large expansion of the container port on Tuesday.\n');
    expect(doc.meta.author).toBe('Leah Fontaine');
    expect(doc.meta.inferred.author).toMatch(/byline \(line 3\)/);
  });

  it('dates a profile by the day under its byline and the photographs\' credit (unseen profile)', () => {
    const doc = loadCorpus(tempCorpus({ 'p.txt': readFileSync(join(FIXTURES, 'unseen', 'cartographer-of-cold-profile.txt'), 'utf8') })).documents[0]!;
    expect([doc.meta.author, doc.meta.date]).toEqual(['Tomas Berg', '2024-01-09']);
  });

  it('in other words: two credits under the byline, then the day', () => {
    const doc = load('The Night Ferry\nA crossing with the last crew of the Skye route.\n\nBy Ana Gil\nIllustrations by Rui Costa\nAdditional reporting by Tom Lee\n3 March 2022\n\nThe ferry left Mallaig at 23:40 with nine passengers on board.\n');
    expect([doc.meta.author, doc.meta.date]).toEqual(['Ana Gil', '2022-03-03']);
  });

  it('reads a byline with a verb and a date', () => {
    const doc = load('Notes From The Mill\n\nWritten by Jesse Powell on January 6, 2015.\n\nThe mill closed its doors for the winter after forty years of work.\n');
    expect(doc.meta.author).toBe('Jesse Powell');
  });

  it('reads an email\'s headers: the subject its title, the sender its author, the date as written', () => {
    const doc = load('From: Helen Marsh <helen@transport.example>\nTo: Owen Pryce <owen@northline.example>\nDate: Tue, 14 May 2024 23:12:44 -0700\nSubject: Re: Signalling tender\n\nOwen,\n\nWe are pausing the tender until September.\n');
    expect([doc.meta.title, doc.meta.author, doc.meta.date]).toEqual(['Signalling tender', 'Helen Marsh', '2024-05-14']);
    expect(doc.meta.inferred.author).toMatch(/From header \(line 1\)/);
    const outlook = load('From: "Pryce, Owen" <owen@northline.example>\nSent: Tuesday, May 14, 2024 9:12 AM\nSubject: Tender\n\nNoted, thanks.\n');
    expect([outlook.meta.author, outlook.meta.date]).toEqual(['Owen Pryce', '2024-05-14']);
    // One "From:" line is a label or a sentence, not an email's headers.
    expect(load('From: the desk of the editor\n\nThe harbour reopened on Monday after repairs.\n').meta.author).toBeNull();
  });

  it('infers nothing without a byline, and never overrides front matter', () => {
    expect(load('Harbor Plan\n\nThe county approved a large expansion of the container port on Tuesday.\n').meta.author).toBeNull();
    const fm = load('---\ntitle: Harbor Plan\nauthor: Ada Quist\n---\nBy Leah Fontaine\n\nThe county approved a large expansion of the container port on Tuesday.\n');
    expect(fm.meta.author).toBe('Ada Quist');
    expect(fm.meta.inferred.author).toBeUndefined();
  });
});

describe('news in German, French, Spanish and Italian: their quote marks and speech verbs', () => {
  it('„…“, sagte Keller: a German title before the name is dropped and the outside comma gives back the full stop', () => {
    const { quotes } = parse('Bürgermeisterin Anna Keller will den Hafen umbauen.\n\n„Wir haben keine Zeit mehr“, sagte Keller am Montag. „Der Hafen muss sich ändern.“');
    expect(quotes.map((q) => [q.speaker, q.text])).toEqual([['Anna Keller', 'Wir haben keine Zeit mehr. Der Hafen muss sich ändern.']]);
  });

  it('« … », a déclaré NAME; « … », explique-t-elle; "…", dijo NAME; «…», afirmó; "…", ha detto lui', () => {
    const { by } = parse(
      'La maire de Lyon, Claire Dubois, veut fermer la rue.\n\n« Nous n\'avons plus le choix », a déclaré Claire Dubois lundi. « La ville doit respirer », explique-t-elle.\n\n' +
        'El alcalde, Luis Moreno, presentó el plan. "No podemos esperar más", dijo Moreno. «La ciudad necesita agua», afirmó.\n\n' +
        'Il sindaco Marco Neri ha parlato ieri. "Serve un nuovo ponte", ha detto lui.',
    );
    expect(by('Nous n')).toBe('Claire Dubois');
    expect(by('La ville doit')).toBe('Claire Dubois');
    expect(by('No podemos')).toBe('Luis Moreno');
    expect(by('La ciudad')).toBe('Luis Moreno');
    expect(by('Serve un nuovo')).toBe('Marco Neri');
  });
});

describe('who a pronoun or a bare quotation belongs to', () => {
  it('a quotation after "She added that … to the president." is hers, not the president’s', () => {
    const { by } = parse('Mira Osei, who chairs the tenants association, spoke on Friday. Osei said rents had doubled.\n\nShe added that the group had written to the mayor three times. "Nobody wrote back. Nobody."');
    expect(by('Nobody wrote back')).toBe('Mira Osei');
  });

  it('"Hale\'s wife, Ruth, said …; “…,” she said" credits Ruth; a description never spans a preposition', () => {
    const { by } = parse("Tom Hale ran his father's mill for 30 years. Last month the owners sent a letter to the trade secretary.\n\nHale's wife, Ruth, said they would manage. “We have been through worse,” she said.");
    expect(by('We have been through worse')).toBe('Ruth');
  });

  it('a capitalised name after "the" is a team or a band, never the speaker; of three words, the first describes', () => {
    const { quotes } = parse('Peggy Doyle loved the Boston Celtics. She liked to say, “Feed them first.”\n\nHer producer, the Swede Lars Berg, called her fearless. “She never stops,” Berg said.');
    expect(quotes.map((q) => q.speaker)).not.toContain('Boston Celtics');
    expect(quotes.find((q) => q.text.startsWith('She never stops'))!.speaker).toBe('Lars Berg');
  });
});

describe('a quotation set off in a "> " block', () => {
  it('is a quote of the name signed under it, else of the person named in the paragraph above; never keeps its marks', () => {
    const { quotes, claims } = parse(
      'The archive sits above the bakery on Kossuth Street.\n\nIt opens on Tuesdays and Saturdays.\n\nVisitors sign a book at the door.\n\nIts keeper, Ines Varga, is 71. She started the archive in 1990.\n\n> Every letter here has a family.\n> They come back to read it.\n\nThe ledger is kept by Olga Brandt.\n\n> We had 40 boxes the first year.\n>\n> — Olga Brandt\n\nThe rule is printed on the door.\n\n> Nothing leaves the room.',
    );
    expect(quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['Ines Varga', 'Every letter here has a family. They come back to read it.'],
      ['Olga Brandt', 'We had 40 boxes the first year.'],
      [null, 'Nothing leaves the room.'],
    ]);
    expect([...quotes, ...claims].some((r) => r.text.includes('>') || r.text.includes('—'))).toBe(false);
  });
});

describe('a set-off block under a description, not a name', () => {
  it('in a memoir, under the author\'s own first person, is the author\'s; in news, nobody\'s', () => {
    const memoir = parse('My uncle kept horses near Tralee.\n\nOur second child, a boy, came at dawn in March. My wife let me name him.\n\n> I have shod horses for fifty years since. I still think of him first.', 'author: Declan Moyes\n');
    expect(memoir.quotes.map((q) => [q.speaker, q.text])).toEqual([['Declan Moyes', 'I have shod horses for fifty years since. I still think of him first.']]);
    const news = parse('The stable reopened on Monday.\n\nThe second child, a boy, came at dawn in March. The parents named him Copper.\n\n> I have shod horses for fifty years since. I still think of him first.', 'author: Declan Moyes\n');
    expect(news.quotes.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('names inside descriptions and titles', () => {
  it('"said a fisherman on Molokai named Kimo Kahale" credits Kimo Kahale; "Commander" and "Sheriff" are titles; "he remembers" frames', () => {
    const { by } = parse(
      '"The reef is dying," said a boatman on Lanai named Keoni Akana.\n\nCommander Ingrid Solberg flew twice. "It was like sand," said Ingrid Solberg.\n\n"Lock the gate," Sheriff Dale Burris said.\n\nArjun Mehta ran the numbers. "I had a spreadsheet," he remembers.',
    );
    expect(by('The reef is dying')).toBe('Keoni Akana');
    expect(by('It was like sand')).toBe('Ingrid Solberg');
    expect(by('Lock the gate')).toBe('Dale Burris');
    expect(by('I had a spreadsheet')).toBe('Arjun Mehta');
  });
});

describe('a front matter name with a quoted nickname and an honorific', () => {
  it('is the speaker the prose names by the plain full name', () => {
    const doc =
      '---\ntitle: The night shift\nspeakers: [Dr. Haruka "Haru" Tanabe]\n---\n' +
      'At three in the morning Dr. Haruka Tanabe was the only surgeon awake in the building.\n\n' +
      '"You learn to trust the nurses more than the monitors," Haruka Tanabe said.\n';
    const quotes = loadCorpus(tempCorpus({ 'tanabe.md': doc })).records.filter((r) => r.type === 'quote');
    expect(quotes.map((r) => r.speaker)).toEqual(['Dr. Haruka "Haru" Tanabe']);
  });
});
