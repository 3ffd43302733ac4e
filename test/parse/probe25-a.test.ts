import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const load = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text }));

describe('a newspaper page copied with its furniture: "Published:" / "Read more:" lines are no speaker labels', () => {
  it('reads the page as an article, not one long turn of "Originally Published"', () => {
    const c = load('board.txt', [
      'The Valley Gazette', 'News | Sports | Opinion', '',
      'Board votes to close Lincoln school', '',
      'By ANA RUIZ | Staff writer',
      'PUBLISHED: April 8, 2025 at 9:41 p.m. | UPDATED: April 9, 2025 at 6:14 p.m.', '',
      'The board voted 5-2 on Tuesday to close the school, which opened in 1928.', '',
      '"I did not come into this job to close schools," said Superintendent Raymond Castellanos.', '',
      'Read more: District projects enrollment drop of 11% by 2030', '',
      '"We are balancing this budget on the backs of the families with the least," said Trustee Oscar Villanueva.', '',
      'Read more: Voters reject school bond for the second time', '',
      'Correction: An earlier version of this story misstated the number of speakers. There were 61, not 71.', '',
      'Originally Published: April 8, 2025 at 9:41 p.m.', '',
    ].join('\n'));
    const speakers = c.records.map((r) => r.speaker);
    expect(speakers).not.toContain('Originally Published');
    expect(speakers).not.toContain('Read more');
    // the dateline under the byline, its times ending on "p.m.": the header's, no claim
    expect(c.records.filter((r) => /UPDATED/.test(r.text))).toEqual([]);
    expect(c.records[0]!.date).toBe('2025-04-08');
    expect(c.records.find((r) => /close the school/.test(r.text))?.type).toBe('claim');
    expect(c.records.filter((r) => r.type === 'quote').map((r) => r.speaker)).toEqual(['Raymond Castellanos', 'Oscar Villanueva']);
  });

  it('reads another page so: "Posted:" / "Related:" fields around a story about a port', () => {
    const c = load('port.txt', [
      'HARBOR DAILY', '',
      'Port fees to rise 14% next year', '',
      'By Lena Moss | Business reporter',
      'Posted: Nov. 3, 2024, 7:02 a.m. | Last Updated: Nov. 4, 2024 11:02 a.m.', '',
      'The harbor commission approved the increase on Monday after a 90-minute hearing.', '',
      '"Nobody likes paying more, but the cranes are 40 years old," said commissioner Dana Whitlock.', '',
      'Related: Dockworkers vote to strike', '',
      'Shippers said the rise would cost them $3 million a year.', '',
      'Related: Harbor dredging delayed again', '',
      'Last Updated: Nov. 4, 2024 11:02 a.m.', '',
    ].join('\n'));
    expect(c.records.map((r) => r.speaker)).not.toContain('Last Updated');
    expect(c.records.map((r) => r.speaker)).not.toContain('Related');
    expect(c.records.filter((r) => /Posted:/.test(r.text))).toEqual([]);
    expect(c.records[0]!.date).toBe('2024-11-03');
    expect(c.records.find((r) => /cost them/.test(r.text))?.type).toBe('claim');
    expect(c.records.filter((r) => r.type === 'quote').map((r) => r.speaker)).toEqual(['Dana Whitlock']);
  });
});

describe('a wire story\'s "she said" / "she wrote"', () => {
  const records = (text: string) => load('wire.txt', `Headline\n\nBy Ann Lee\n\n${text}\n`).records;

  it('is never the person or body the reported clause itself names ("The regulator would …, she said.")', () => {
    const r = records('"We engaged with the company for 14 months," said Halima Danjuma, the bank\'s director of supervision.\n\nShares fell 4.6%.\n\nDanjuma declined to comment on the letters. The regulator would publish its findings within 30 days, she said.');
    expect(r.find((x) => /within 30 days/.test(x.text))?.speaker).toBe('Halima Danjuma');
    const r2 = records('"The season is over for us," said Tomas Reyes, the club\'s manager.\n\nTickets sold out in 2023.\n\nReyes would not name the buyer. The chairman would step down in June, he said.');
    expect(r2.find((x) => /step down/.test(x.text))?.speaker).toBe('Tomas Reyes');
  });

  it('is the co-founder named "with NAME, a former trader" and later by role and surname', () => {
    const r = records('Okafor founded the firm in 2019 with Ifeoma Nnaji, a former Citibank trader.\n\nKora Ledger\'s co-founder Nnaji said in a note to staff that the company had hired 85 officers. "We are not the company we were in 2022," she wrote.');
    expect(r.find((x) => x.type === 'quote')?.speaker).toBe('Ifeoma Nnaji');
    const r2 = records('The label was started in 2004 by Lucas Merz, with Petra Holm, a sound engineer from Oslo.\n\nHolm, who now runs the label, told fans on Monday that the tour of 12 cities was off. "I am sorry to everyone who bought a ticket," she wrote.');
    expect(r2.find((x) => x.type === 'quote')?.speaker).toBe('Petra Holm');
  });
});

describe('a live blog\'s embedded post: its words, then "— NAME (@handle) DATE" under them', () => {
  it('is one quote of the person who posted it, not two claims of nobody', () => {
    const r = load('live.txt', 'Port strike – live\n\nUpdated 14:47 GMT\n\n13:52 GMT\n\nThe operator has put out a statement.\n\nMeanwhile, on social media:\n\nEvery day the port is shut costs this country €48 million. Both sides need to be in a room tonight.\n— Lucas Andrade (@LucasAndradeMP) March 3, 2025\n\nAndrade is the opposition\'s spokesperson on infrastructure.\n').records;
    const post = r.filter((x) => /48 million|Andrade \(/.test(x.text));
    expect(post.map((x) => [x.type, x.speaker])).toEqual([['quote', 'Lucas Andrade']]);
    expect(post[0]!.text).toBe('Every day the port is shut costs this country €48 million. Both sides need to be in a room tonight.');
  });

  it('reads another post so, its date written day first', () => {
    const r = load('flood.txt', 'Floods across the north: follow live\n\n09:40 BST\n\nThe river peaked overnight at 5.2 metres.\n\nOur crews have rescued 41 people since midnight. Please stay away from the water.\n— Marta Oyelaran (@ChiefOyelaran) 12 April 2024\n\nOyelaran leads the county fire service.\n').records;
    const post = r.filter((x) => /41 people/.test(x.text));
    expect(post.map((x) => [x.type, x.speaker])).toEqual([['quote', 'Marta Oyelaran']]);
    expect(r.some((x) => /ChiefOyelaran\) 12/.test(x.text))).toBe(false);
  });
});

describe('"He spoke to NAME, a crane operator …:" over a quotation standing alone', () => {
  it('gives the quotation to the person spoken to, not the reporter who spoke', () => {
    const r = load('live.txt', 'Strike live\n\n10:15 GMT\n\nOur correspondent Owen Lachlan is at Terminal 2, where about 300 workers have gathered. He spoke to João Mendes, a crane operator who has worked at the port since 2003:\n\n"I earn less now than I did in 2019. My son earns more than me."\n').records;
    expect(r.filter((x) => x.type === 'quote').map((x) => x.speaker)).toEqual(['João Mendes']);
    const r2 = load('trial.txt', 'Verdict day\n\nBy Kim Osei\n\nOur reporter Dana Pruitt waited outside the courthouse for 6 hours. She talked with Helen Bracewell, the victim\'s aunt:\n\n"We waited four years for today. It was worth every one of them."\n').records;
    expect(r2.filter((x) => x.type === 'quote').map((x) => x.speaker)).toEqual(['Helen Bracewell']);
  });
});

describe('a magazine feature\'s issue line a blank line under its byline block', () => {
  it('dates the feature with the issue\'s year, under a standfirst', () => {
    const c = load('feature.txt', 'FEATURES / PROFILE\n\nThe Woman Who Would Not Come Down\n\nAt 61, Rosalind Achterberg has built a $300 million company, lost it, and built it again. She still climbs every morning.\n\nBy Devin Okonkwo-Hale\nPhotographs by Simone Rasch\n\nJune 2024 issue\n\nI.\n\nIt is 5:40 a.m. in Squamish, and the granite is still wet.\n');
    expect(c.records.find((r) => /granite/.test(r.text))?.year).toBe(2024);
    const c2 = load('chef.txt', 'The Last Good Kitchen\n\nFor 30 years Tomas Reyes has cooked for 40 people a night. Now he is closing the doors.\n\nBy Ilse Brandt\n\nSpring 2019 issue\n\nThe kitchen smells of bay leaves and bleach at seven in the morning.\n');
    expect(c2.records.find((r) => /bay leaves/.test(r.text))?.year).toBe(2019);
  });
});

describe('a feature\'s quotation standing alone under a paragraph about "she"', () => {
  it('is the woman named the paragraph before, not nobody', () => {
    const q = (text: string) => load('feature.txt', text).records.filter((r) => r.type === 'quote').map((r) => r.speaker);
    expect(q('The Woman Who Would Not Come Down\n\nBy Devin Hale\n\nAchterberg founded Talus Outfitters in 1991 with $14,000 of savings. By 2012 Rosalind Achterberg had been forced out by her own board.\n\nShe does not like to talk about 2012. When she does, she talks about it the way she talks about weather.\n\n"The board made a decision. I thought it was the wrong one. But I signed the papers."\n')).toEqual(['Rosalind Achterberg']);
    expect(q('Ninety Seasons at the Mill\n\nBy Ana Ruiz\n\nTomas Brenner took over the mill from his father in 1979, when it employed 212 people.\n\nHe rarely talks about the fire of 1994. When he does, he keeps his hands in his pockets.\n\n"We lost the roof and half the looms. We were weaving again in six weeks."\n')).toEqual(['Tomas Brenner']);
  });
});
