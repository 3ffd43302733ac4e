/**
 * A profile quoting a critic in part: 'Teresa Lim, who ran compliance …, describes a founder who
 * "hears everything and forgives nothing".' The quoted words stayed in the writer's claim, so a
 * search of Lim's quotes missed them. A person the quoted words describe, after "describes … who",
 * is the subject's characterising, as "described it as “…”" is.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('a partial quote describing a person', () => {
  it("is the describer's quote", () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['profile-present-tense.txt']);
    const q = c.records.find((r) => r.doc === 'profile-present-tense' && r.text === 'hears everything and forgives nothing')!;
    expect(q).toMatchObject({ type: 'quote', speaker: 'Teresa Lim', line: 18 });
    // The other quotes of the profile keep their speakers.
    expect(c.records.filter((r) => r.doc === 'profile-present-tense' && r.type === 'quote').map((r) => r.speaker)).toEqual(['Mira Santos', 'Mira Santos', 'Diego Ramos', 'Teresa Lim', 'Mira Santos', 'Mira Santos', 'Mira Santos']);
  });

  it('reads the shape in other words', () => {
    const c = loadCorpus(tempCorpus({
      'coach.txt': 'The long season\n\nBy Ama Owusu\n\nFew players speak ill of Kofi Boateng. One who does, the former captain Yaw Mensah, described a coach who "never learned a player\'s name until he dropped him". Boateng laughed at that.\n',
    }));
    expect(c.records.find((r) => r.type === 'quote')).toMatchObject({ speaker: 'Yaw Mensah', text: "never learned a player's name until he dropped him" });
  });
});
