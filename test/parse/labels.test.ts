/** The speaker-label grammar, line by line, and the lines of a transcript that are neither talk nor label. */
import { describe, expect, it } from 'vitest';
import { displayName, isBoilerplate, isDirection, isLoneTime, readLabel, scanLabels, stripInlineNotes, withoutLineNumbers } from '../../src/parse/labels.js';

const read = (line: string) => {
  const l = readLabel(line);
  return l && [l.name, l.role, l.rest, l.style];
};

describe('readLabel', () => {
  it('reads every common label syntax', () => {
    expect(read('He Yi: I joined in 2017.')).toEqual(['He Yi', null, 'I joined in 2017.', 'colon']);
    expect(read('MARY ELLIS, CNN ANCHOR: Good evening.')).toEqual(['MARY ELLIS', 'CNN ANCHOR', 'Good evening.', 'colon']);
    expect(read('BERMAN (voice-over): Shelters opened.')).toEqual(['BERMAN', null, 'Shelters opened.', 'colon']);
    expect(read('**Owen Hart:** Because people browse.')).toEqual(['Owen Hart', null, 'Because people browse.', 'colon']);
    expect(read('**Q**: Why now?')).toEqual(['Q', null, 'Why now?', 'colon']);
    expect(read('     Q.   Where do you live?')).toEqual(['Q', null, 'Where do you live?', 'court']);
    expect(read('A. Yes.')).toEqual(['A', null, 'Yes.', 'court']);
    expect(read('Sarah Lee (00:00:03):')).toEqual(['Sarah Lee', null, '', 'heading']);
    expect(read('Jane Doe [1:02:15]')).toEqual(['Jane Doe', null, '', 'heading']);
    expect(read('Speaker 1  0:02')).toEqual(['Speaker 1', null, '', 'heading']);
    expect(read('Jane Doe  1:02:15')).toEqual(['Jane Doe', null, '', 'heading']);
    expect(read('[Priya Raman] 10:02:33')).toEqual(['Priya Raman', null, '', 'heading']);
    expect(read('[00:00:01] Host: Welcome back.')).toEqual(['Host', null, 'Welcome back.', 'colon']);
    expect(read('(00:00:01) Host: Welcome back.')).toEqual(['Host', null, 'Welcome back.', 'colon']);
    expect(read('>> THANK YOU.')).toEqual([null, null, 'THANK YOU.', 'change']);
    expect(read('>> RUTH WEBB: THANK YOU.')).toEqual(['RUTH WEBB', null, 'THANK YOU.', 'change']);
    // parliamentary records: a seat and an office, then the time, in parentheses
    expect(read('Ms OKAFOR (Riverside—Minister for Water) (10:02): I move:')).toEqual(['Ms OKAFOR', null, 'I move:', 'colon']);
    expect(readLabel('Mr HALVORSEN (Northgate) (10:14): We have questions.')).toMatchObject({ name: 'Mr HALVORSEN', note: 'Northgate', timed: true });
    expect(read('Keir Starmer (Holborn and St Pancras) (Lab): Thank you.')).toEqual(['Keir Starmer', null, 'Thank you.', 'colon']);
    // hearing records: a title in mixed case, the surname in capitals, a full stop
    expect(read('Mr. RENNER. Thank you, Chairwoman.')).toEqual(['Mr. RENNER', null, 'Thank you, Chairwoman.', 'colon']);
    expect(read('The CHAIRMAN. Without objection, so ordered.')).toEqual(['The CHAIRMAN', null, 'Without objection, so ordered.', 'colon']);
    expect(read('Senator WARREN. How many?')).toEqual(['Senator WARREN', null, 'How many?', 'colon']);
    expect(readLabel('In USA. The market grew.')).toBeNull();
    expect(readLabel('We met at NASA. The launch was late.')).toBeNull();
    expect(displayName('Chairwoman DELACROIX')).toBe('Chairwoman Delacroix');
    // a newspaper's Q&A with a dash for the colon
    expect(read('Q – How much cargo came through?')).toEqual(['Q', null, 'How much cargo came through?', 'colon']);
    expect(read('A - 18.4 million tonnes.')).toEqual(['A', null, '18.4 million tonnes.', 'colon']);
    expect(readLabel('B – the second option')).toBeNull();
    // Zoom's saved chat, old and new layouts; without a time "From … to …:" is a sentence
    expect(readLabel('10:02:33\t From  Priya Raman  to  Everyone:\tWhen will Denver reopen?')).toMatchObject({ name: 'Priya Raman', rest: 'When will Denver reopen?', timed: true });
    expect(readLabel('00:12:45 From Priya Raman to Marcus Webb (Privately):')).toMatchObject({ name: 'Priya Raman', rest: '', style: 'heading' });
    expect(readLabel('From Monday to Friday: we open at nine.')?.name).not.toBe('Monday');
    // a broadcast's numbered unnamed voice
    expect(read('UNIDENTIFIED PERSON #1: We drove an hour.')).toEqual(['UNIDENTIFIED PERSON #1', null, 'We drove an hour.', 'colon']);
    // a chat export's clock time before the name
    expect(readLabel('[9:58 AM] Priya Raman: morning all')).toMatchObject({ name: 'Priya Raman', rest: 'morning all', timed: true });
    expect(readLabel('[10:04 p.m.] Marcus Webb: 1,340 users.')).toMatchObject({ name: 'Marcus Webb', timed: true });
    // a chat export's handle alone after its stamp: "_" or a digit, or any one word after a dated stamp
    expect(readLabel('[3/15/2022 9:40 PM] night_owl_77')).toMatchObject({ name: 'night_owl_77', style: 'heading', timed: true });
    expect(readLabel('[2022-03-15 21:40] quill')).toMatchObject({ name: 'quill', style: 'heading' });
    expect(readLabel('[00:00:09] okay')).toBeNull();
    expect(readLabel('[00:00:09] done.')).toBeNull();
    expect(readLabel('night_owl_77')).toBeNull();
  });

  it('reads a label with a zero-width space before its colon, and a title in square brackets after the name', () => {
    expect(read('Host\u200b: What does a sound designer do?')).toEqual(['Host', null, 'What does a sound designer do?', 'colon']);
    expect(read('Jane Doe [CEO]: We grew 40% last year.')).toEqual(['Jane Doe', 'CEO', 'We grew 40% last year.', 'colon']);
    expect(readLabel('Jane Doe [laughs]: yes')?.role ?? null).not.toBe('laughs');
  });

  it('reads no label in sentences, links or headings with a time', () => {
    for (const line of ['[Laughter]', '[Applause] and cheers', 'However, the result: nothing changed.', 'See https://example.com', 'Chapter 3 (1:02)', 'The plan we all made was simple: wait.', 'It was 10:30 when we left.', 'The result (which nobody had predicted at the time): a loss.', 'Sales (see the table, p. 4!) (2019): flat.'])
      expect(readLabel(line), line).toBeNull();
  });
});

describe('scanLabels', () => {
  it('reads "SECRETARY WHITLOCK:" as the full name the header gives with the same title, and only then', () => {
    const lines = ['PRESS BRIEFING BY HEALTH SECRETARY DANA WHITLOCK', '', 'SECRETARY WHITLOCK: Good morning.', 'MAYOR CRANE: Thank you.', 'DR. VANCE: Hello.'];
    expect(scanLabels(lines).slice(2).map((l) => l?.speaker)).toEqual(['Dana Whitlock', 'Mayor Crane', 'Dr. Vance']);
    const other = ['Secretary of State Whitlock spoke first', '', 'SECRETARY WHITLOCK: Good morning.'];
    expect(scanLabels(other)[2]?.speaker).toBe('Secretary Whitlock');
  });

  it('reads initials as the name the document defines them for, only where they are its initials and name nobody known', () => {
    const lines = ['Ruth Adebayo (RA) and Tom Whitaker (TW); Nigerian Exchange Group (BNB); Changpeng Zhao (CZ).', 'TW: Why?', 'RA: Because.', 'BNB: Listed.', 'CZ: Hi.'];
    const scan = scanLabels(lines, { isKnown: (n) => n === 'CZ' });
    expect(scan.slice(1).map((l) => l?.speaker)).toEqual(['Tom Whitaker', 'Ruth Adebayo', 'BNB', 'CZ']);
  });

  it('resolves a later surname to the full name, Q. to counsel, A. to the witness, and a role once given', () => {
    const lines = ['MARY ELLIS, CNN ANCHOR: Hello.', 'DAN ORTIZ, CORRESPONDENT: Hi.', 'ELLIS: And?', 'BY MR. DALTON:', 'Q. Name?', 'A. Elena.', '>> Who?'];
    const scan = scanLabels(lines, { witness: 'ELENA MARSH' });
    expect(scan.map((l) => l && [l.speaker, l.asker])).toEqual([
      ['Mary Ellis', true],
      ['Dan Ortiz', false],
      ['Mary Ellis', true],
      null,
      ['Mr. Dalton', true],
      ['Elena Marsh', false],
      [null, false], // four voices so far: nobody can say who
    ]);
  });
});

describe('names and notes', () => {
  it('writes labels in capitals in title case, short capitals and mixed case as they are', () => {
    expect(displayName('MARY ELLIS')).toBe('Mary Ellis');
    expect(displayName("CONAN O'BRIEN")).toBe("Conan O'Brien");
    expect(displayName('MR. DALTON')).toBe('Mr. Dalton');
    expect(displayName('CZ')).toBe('CZ');
    // a parliamentary record's title in mixed case, the name in capitals
    expect(displayName('Ms OKAFOR')).toBe('Ms Okafor');
    expect(displayName('The DEPUTY SPEAKER')).toBe('The Deputy Speaker');
    expect(displayName('Mr CZ Zhao')).toBe('Mr CZ Zhao'); // mixed capitals after the title stay as written
    expect(displayName('Dr. Amal Haddad')).toBe('Dr. Amal Haddad');
  });

  it('strips transcribers’ inline notes and stamps, keeps an editor’s words in brackets', () => {
    expect(stripInlineNotes('I started out [laughs] baking bread.')).toBe('I started out baking bread.');
    expect(stripInlineNotes('[crosstalk 00:01:23] She would be amazed.')).toBe('She would be amazed.');
    expect(stripInlineNotes('Around four hundred. [inaudible 00:00:41] We sell out (LAUGHTER) by noon.')).toBe('Around four hundred. We sell out by noon.');
    expect(stripInlineNotes('[The company] grew fast.')).toBe('[The company] grew fast.');
  });

  it('classifies stage directions, lone stamps and boilerplate, not parenthesised sentences', () => {
    for (const d of ['(BEGIN VIDEO CLIP)', '(COMMERCIAL BREAK)', '[laughs]', '[inaudible 00:01:46]', '[Music]', '♪']) expect(isDirection(d), d).toBe(true);
    expect(isDirection('(The firm declined to comment.)')).toBe(false);
    for (const t of ['[10:00:00]', '(00:21):', '0:02', '00:00:03 - 00:00:15', '0:59 – 1:20']) expect(isLoneTime(t), t).toBe(true);
    expect(isLoneTime('At 0:02 we began')).toBe(false);
    expect(isLoneTime('0:02 - then we began')).toBe(false);
    expect(isBoilerplate('Transcribed by https://otter.ai')).toBe(true);
    expect(isBoilerplate('THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.')).toBe(true);
    expect(isBoilerplate('We transcribed by hand every interview.')).toBe(false);
  });

  it('reads numbered deposition lines without their numbers, and leaves other text alone', () => {
    const numbered = ['  1  JOHN REYES,', '  2  having been sworn:', '  3  Q. Where?', '  4  A. Here.', '  5  Q. When?'];
    expect(withoutLineNumbers(numbered).map((l) => l.trim())).toEqual(['JOHN REYES,', 'having been sworn:', 'Q. Where?', 'A. Here.', 'Q. When?']);
    const list = ['1 apple', 'Then some prose.', '2 pears', 'More prose here.', '3 plums'];
    expect(withoutLineNumbers(list)).toEqual(list);
  });
});
