/**
 * probe34-a: AMA write-ups. The shapes read wrong before: a recap's timestamped notes ("[12:40] CZ
 * on regulation: said …" between unlabelled stamped entries "[15:20] Ingrid asks CZ …") let every
 * labelled entry swallow the note-taker's next entry, two people's words in one record, and took
 * "CZ on regulation" for a person. Each rule on the fixture's shape and on a text in other words.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const corpusOf = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text }));
const recordWith = (c: ReturnType<typeof corpusOf>, words: RegExp) => c.records.find((r) => words.test(r.text));

const spacesRecap = [
  'X SPACES RECAP | "Builders After the Bull Run"',
  'Hosted by @HalvardCapital · Thursday 12 March 2026',
  '',
  '[02:30] CZ: markets always overshoot both ways. "Bear markets are where the real work happens."',
  '',
  '[04:05] Tomás agrees but pushes back: he had to cut 18% of staff in June 2025 to stay alive.',
  '',
  '[12:40] CZ on regulation: said clear rules help honest operators more than anyone.',
  '',
  '[15:20] Ingrid asks CZ directly whether he would ever run an exchange again.',
  '',
  '[15:35] CZ: no. Education and investing now.',
  '',
  '[19:02] Tomás on user growth: 2.1 million wallets at end of 2025.',
  '',
  '[23:48] Aiko explains the Japanese approach: stablecoins issued only by banks.',
  '',
  '[31:15] Tomás: revenue of $9.4M in 2025.',
].join('\n');

const townHallNotes = [
  '# Live notes: Marlow council budget town hall',
  'Posted 4 June 2025 by the Marlow Courier desk',
  '',
  '[0:05:10] Mayor Odile Brun: the 2025 budget closes a gap of £3.2 million without cutting libraries.',
  '',
  '[0:07:45] A resident from Bridge Street heckles about bin collections; the chair calls for order.',
  '',
  '[0:12:02] Brun on housing: promised 240 council homes by 2028, half of them on brownfield land.',
  '',
  '[0:15:30] Councillor Dev Anand reads out the opposition amendment in full.',
  '',
  '[0:18:11] Brun: the amendment would cost £900,000 a year, money the council does not have.',
  '',
  '[0:21:40] Anand on parking: wants charges frozen until 2027.',
  '',
  '[0:25:00] Anand: the freeze pays for itself in footfall.',
].join('\n');

describe("a recap's timestamped notes", () => {
  it("ends a labelled entry at the next stamped entry: the note-taker's narration is nobody's", () => {
    const c = corpusOf('spaces-recap.txt', spacesRecap);
    const cz = recordWith(c, /markets always overshoot/);
    expect(cz?.speaker).toBe('CZ');
    expect(cz?.text).not.toMatch(/pushes back/);
    const regulation = recordWith(c, /honest operators/);
    expect(regulation?.text).not.toMatch(/Ingrid asks/);
    const tomas = recordWith(c, /2\.1 million wallets/);
    expect(tomas?.text).not.toMatch(/Japanese approach/);
    const narration = recordWith(c, /pushes back/);
    expect(narration?.speaker ?? null).toBeNull();
  });
  it('reads the same shape in other words', () => {
    const c = corpusOf('town-hall-notes.md', townHallNotes);
    const budget = recordWith(c, /gap of £3\.2 million/);
    expect(budget?.text).not.toMatch(/heckles/);
    const housing = recordWith(c, /240 council homes/);
    expect(housing?.text).not.toMatch(/opposition amendment/);
    expect(recordWith(c, /heckles/)?.speaker ?? null).toBeNull();
  });
  it('credits "NAME on TOPIC:" to the voice its plain label names', () => {
    const c = corpusOf('spaces-recap.txt', spacesRecap);
    expect(recordWith(c, /honest operators/)?.speaker).toBe('CZ');
    expect(recordWith(c, /2\.1 million wallets/)?.speaker).toBe('Tomás');
    const t = corpusOf('town-hall-notes.md', townHallNotes);
    expect(recordWith(t, /240 council homes/)?.speaker).toBe(recordWith(t, /£900,000/)?.speaker);
    expect(recordWith(t, /charges frozen/)?.speaker).toBe(recordWith(t, /pays for itself/)?.speaker);
    expect(recordWith(t, /charges frozen/)?.speaker).not.toMatch(/ on /);
  });
});

describe("an AMA recap's info strip of fields set apart by bars", () => {
  const recap = (strip: string) => [
    '📢 OKAVANGO PAY × AFRICRYPTO HUB — AMA RECAP 📢',
    strip,
    '🎤 Host: Nandi (AfriCrypto Hub admin)',
    '',
    'Host: Welcome Farida! Introduce yourself?',
    '',
    'Farida: Thanks Nandi. I co-founded Okavango Pay in 2023 with my brother Karim.',
    '',
    'Host: Where are you now in numbers?',
    '',
    'Farida: 180,000 registered users and $52 million sent last year.',
  ].join('\n');
  it('reads the date field beside a place that gives figures', () => {
    const c = corpusOf('tg-recap.txt', recap('🗓 Date: 3 February 2026 | ⏰ 14:00 UTC | 📍 AfriCrypto Hub Telegram (27,400 members)'));
    expect(recordWith(c, /180,000 registered users/)?.year).toBe(2026);
  });
  it('reads the same shape in other words', () => {
    const c = corpusOf('discord-recap.txt', recap('📅 Date: 12 May 2025 | 🕐 16:00 CET | 🎧 Stage: Lagos Builders Discord (3,100 listeners)'));
    expect(recordWith(c, /180,000 registered users/)?.year).toBe(2025);
  });
});

describe('a host relaying audience questions under the host label', () => {
  it('credits "Host: Q from @handle: …" to the handle and keeps the host\'s banter out of the question', () => {
    const c = corpusOf('tg-recap.txt', [
      'OKAVANGO PAY × AFRICRYPTO HUB — AMA RECAP',
      '',
      'Host: Welcome Farida! What does Okavango Pay do?',
      '',
      'Farida: We let people send money across borders in stablecoins.',
      '',
      'Host: Clear answers! 💯',
      'Chat is now unlocked for 2 minutes ⏳',
      'Q from @lusaka_lady: What happened during the outage in December?',
      '',
      'Farida: On 14 December our cash-out partner in Zambia had a system failure for about 11 hours.',
      '',
      'Host: Q from @kgosi_b: How do you compete with the big remittance companies?',
      '',
      'Farida: Price and speed. We charge 1%.',
    ].join('\n'));
    const outage = recordWith(c, /cash-out partner in Zambia/);
    expect(outage?.asker).toBe('@lusaka_lady');
    expect(outage?.question).toBe('What happened during the outage in December?');
    expect(recordWith(c, /Price and speed/)?.asker).toBe('@kgosi_b');
  });
  it('reads the same shape in other words', () => {
    const c = corpusOf('discord-ama.txt', [
      'Lagos Builders Discord — AMA notes',
      '',
      'Mod: Please welcome Ifeoma Obi, founder of Tollgate. Ifeoma, what is Tollgate?',
      '',
      'Ifeoma: Toll payments for minibuses, settled every evening. We started in 2024.',
      '',
      'Mod: Great. Next one from the channel.',
      '',
      'Mod: Question 2 by u/danfo_driver: Do drivers pay a fee?',
      '',
      'Ifeoma: Half a percent, capped at 200 naira a day.',
    ].join('\n'));
    const fee = recordWith(c, /Half a percent/);
    expect(fee?.asker).toBe('u/danfo_driver');
    expect(fee?.question).toBe('Do drivers pay a fee?');
  });
});
