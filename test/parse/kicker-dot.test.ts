/**
 * A site's rubric over the headline, its sections set off by middle dots ("ARA.cat · Economia ·
 * Entrevista") as others set them off by bars: the headline under it is the title.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('a rubric with middle dots', () => {
  it('gives way to the headline in the Catalan interview', () => {
    const doc = fixtureCorpus(join(FIXTURES, 'probe16', 'c3')).documents.find((d) => d.id === 'ca-ara-entrevista-cadena')!;
    expect(doc.meta.title).toBe('Laia Vidal-Ferrer: "La cadena de blocs no és màgia, és comptabilitat"');
  });

  it('does so in other words, with bullets too; a first line with no separator stays the title', () => {
    const body = ['', 'The harbour board voted on Thursday to extend the winter timetable by six weeks.', ''];
    const c = loadCorpus(
      tempCorpus({
        'dots.txt': ['Coast Weekly · Local · Transport', '', 'Ferry timetable to run into March', ...body].join('\n'),
        'bullets.txt': ['Daily Post • News • Business', '', 'Bakery chain opens its fortieth shop', ...body].join('\n'),
        'plain.txt': ['Ferry timetable to run into March', ...body].join('\n'),
      }),
    );
    const title = (id: string) => c.documents.find((d) => d.id === id)!.meta.title;
    expect(title('dots')).toBe('Ferry timetable to run into March');
    expect(title('bullets')).toBe('Bakery chain opens its fortieth shop');
    expect(title('plain')).toBe('Ferry timetable to run into March');
  });
});
