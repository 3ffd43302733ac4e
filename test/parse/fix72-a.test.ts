/**
 * fix72-a: multi-voice transcripts (panels, town halls, all-hands, briefings). A chair's turn that
 * only hands the floor ("Daniel, take it away.", "Thanks, Daniel. Sofia?", "Please, Gabriel.")
 * asks nothing: the next speaker's turn answers nothing. A hand-over after a question from the floor
 * ("That's a fair question. Ray?") passes that question on: one qa, the asker's, answered by the
 * person named. Leave asked and given ("Can I come in on that?" / "Please, Gabriel.") is procedure.
 * A bare "AUDIENCE MEMBER:" right after the answer to "AUDIENCE MEMBER (NAME, …):" is that person
 * following up. A transcript's "END OF TRANSCRIPT" is no claim.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker: string | null; question?: string | null; text: string };
const PROBE = join(FIXTURES, 'probe60', 'b');
const OWN = join(FIXTURES, 'fix72', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));
const load = (files: Record<string, string>) => loadCorpus(tempCorpus(files)).records as Rec[];

describe('probe60-b: hand-overs read as questions', () => {
  it('all-hands: "Daniel, take it away." and "Thanks, Daniel. Sofia?" ask nothing', () => {
    const r = fixtureCorpus(PROBE, ['all-hands-q3-2024.vtt']).records as Rec[];
    expect(at(r, 22)).toMatchObject({ type: 'quote', speaker: 'Daniel Abernathy' });
    expect(at(r, 34)).toMatchObject({ type: 'quote', speaker: 'Rachel Kim', text: 'Thanks, Daniel. Sofia?' });
    expect(at(r, 38)).toMatchObject({ type: 'quote', speaker: 'Sofia Lindqvist' });
    // "Can I follow up out loud?" / "Sure, go ahead, Aisha." / her question: one question, answered
    expect(at(r, 86)).toMatchObject({ type: 'qa', speaker: 'Daniel Abernathy', asker: 'Aisha Rahman' });
    expect(r.some((x) => x.type === 'qa' && x.text.startsWith('Sure, go ahead'))).toBe(false);
  });

  it('town hall: "That\'s a fair question. Ray?" passes Frank\'s question to Oduya', () => {
    const r = fixtureCorpus(PROBE, ['town-hall-water-rates-2021.md']).records as Rec[];
    expect(at(r, 23)).toMatchObject({ type: 'qa', speaker: 'Raymond Oduya', asker: 'Frank Moretti' });
    expect(at(r, 25)).toMatchObject({ type: 'quote', speaker: 'Deborah Castellanos', text: "That's a fair question. Ray?" });
  });

  it('panel: leave asked and given is no qa; a bare AUDIENCE MEMBER follows up; END OF TRANSCRIPT is no claim', () => {
    const r = fixtureCorpus(PROBE, ['climate-finance-panel-2023.txt']).records as Rec[];
    expect(at(r, 35)).toMatchObject({ type: 'quote', speaker: 'Gabriel Huang' });
    expect(r.some((x) => x.type === 'qa' && x.text === 'Please, Gabriel.')).toBe(false);
    expect(at(r, 71, 'qa')).toMatchObject({ speaker: 'Tomas Reinholt', asker: 'Kwame Asante' });
    expect(r.some((x) => x.text === 'END OF TRANSCRIPT')).toBe(false);
  });

  it('briefing: "Marcus – sorry – can I just –" / "Go ahead." is no qa', () => {
    const r = fixtureCorpus(PROBE, ['state-department-briefing-2022.txt']).records as Rec[];
    expect(r.some((x) => x.type === 'qa' && x.text === 'Go ahead.')).toBe(false);
    expect(at(r, 67, 'qa')).toMatchObject({ speaker: 'Marcus Ellery', question: expect.stringMatching(/Were/) });
  });

  it('radio debate: a self-introduced AUDIENCE MEMBER following up; the chair calling the closing statements answers nothing', () => {
    const r = fixtureCorpus(PROBE, ['radio-debate-housing-2019.txt']).records as Rec[];
    expect(at(r, 45, 'qa')).toMatchObject({ speaker: 'James Oyelaran', asker: 'Ahmed Siddiqui' });
    expect(at(r, 59)).toMatchObject({ type: 'quote', speaker: 'Lorna Baxter' });
    expect(at(r, 63)).toMatchObject({ type: 'quote', speaker: 'Margaret Hollis' });
  });
});

describe('in other words', () => {
  it('a library forum: "Owen, over to you.", "Imogen?", "A good point. Owen?", "May I …?" / "Go on, Imogen."', () => {
    const r = fixtureCorpus(OWN, ['library-board-forum-2022.txt']).records as Rec[];
    expect(at(r, 6)).toMatchObject({ type: 'quote', speaker: 'Owen Pradesh' });
    expect(at(r, 10)).toMatchObject({ type: 'quote', speaker: 'Imogen Salt' });
    expect(at(r, 14)).toMatchObject({ type: 'qa', speaker: 'Owen Pradesh', asker: 'Grace Olumide' });
    expect(at(r, 16)).toMatchObject({ type: 'quote', speaker: 'Nora Whitcombe' });
    expect(at(r, 20)).toMatchObject({ type: 'qa', speaker: 'Owen Pradesh', asker: 'Grace Olumide' });
    expect(at(r, 24)).toMatchObject({ type: 'quote', speaker: 'Imogen Salt' });
    expect(r.some((x) => x.type === 'qa' && /^Go on/.test(x.text))).toBe(false);
  });

  it('a webinar: "The floor is yours, Amal." and "Amal, take it away." ask nothing; "Jin?" after a question passes it on', () => {
    const r = load({
      'webinar-2020.txt': [
        'HOST: Welcome, everyone. Our first speaker studies river fish. Amal, take it away.',
        '',
        'AMAL IBRAHIM: Thanks. Salmon numbers in the upper river doubled over ten years.',
        '',
        'HOST: Thank you, Amal. Jin?',
        '',
        'JIN PARK: Our data from the estuary shows the same rise, a little later.',
        '',
        'CALLER (Rosa Delgado, Millbrook): Why did the numbers rise so fast?',
        '',
        'HOST: Good question. Amal?',
        '',
        'AMAL IBRAHIM: The weir came down in 2012, so the fish reach the spawning beds again.',
        '',
        'END OF RECORDING',
      ].join('\n'),
    });
    expect(at(r, 3)).toMatchObject({ type: 'quote', speaker: 'Amal Ibrahim' });
    expect(at(r, 7)).toMatchObject({ type: 'quote', speaker: 'Jin Park' });
    expect(r.find((x) => x.text.startsWith('The weir came down'))).toMatchObject({ type: 'qa', speaker: 'Amal Ibrahim', asker: 'Rosa Delgado' });
    expect(r.find((x) => x.text === 'Good question. Amal?')).toMatchObject({ type: 'quote' });
    expect(r.some((x) => x.text === 'END OF RECORDING')).toBe(false);
  });

  it('unchanged: a panel round, "Ana, what changed?" / her answer / "Tom?", still puts the question to Tom', () => {
    const r = load({ 'round.txt': 'MODERATOR: Ana, what changed in 2024?\n\nANA RUIZ: Rates. Everything is rates.\n\nMODERATOR: Tom?\n\nTOM HALE: The bigger story is deposits leaving.\n' });
    expect(r.find((x) => x.speaker === 'Tom Hale')).toMatchObject({ type: 'qa', asker: 'Moderator' });
  });
});
