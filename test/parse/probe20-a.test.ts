/**
 * Probe 20 (helper a): interpreted and bilingual interviews, unseen documents of the family.
 * The speaker of an interpreter's rendering is the person interpreted: the interpreter is a role.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

describe("An interpreter rendering a reporter's question before the answerer's own words", () => {
  const motors = `FOURTH-QUARTER PRESS BRIEFING
Shenzhen, 28 October 2025

MODERATOR: We will take questions now.

QUESTION (Li Na, Caixin Auto): 王董事长，您对明年的价格战怎么看？

INTERPRETER: The question is: Chairman Wen, how do you see next year's price war?

WEN SHAOLIN: 价格战不可持续。

INTERPRETER: The price war is not sustainable. We will not cut prices to chase volume.

MARTA ELLISON: And our margin guidance for 2026 stands.
`;
  // The same shape in other words: a Spanish-speaking minister, a radio reporter.
  const ministry = `RUEDA DE PRENSA — MINISTERIO DE AGUA
Lima, 3 March 2024

PRESENTER: First question from the floor.

REPORTER (Tomás Ruiz, Radio Andina): ¿Cuándo llegará el agua potable a Ventanilla?

TRANSLATOR: He asks when drinking water will reach Ventanilla.

MINISTER ELENA QUISPE: Antes de diciembre de 2025.

TRANSLATOR: Before December 2025. The pipeline is 70 per cent complete.

PRESENTER: Thank you, Minister.
`;

  it('makes the rendering the asker\'s question, paired with the answer, never another answerer\'s words', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'motors.txt': motors }));
    const qa = corpus.records.find((r) => r.type === 'qa' && /price war is not sustainable/.test(r.text))!;
    expect(qa).toMatchObject({ speaker: 'Wen Shaolin', asker: 'Li Na' });
    expect(qa.question).toContain('王董事长');
    expect(qa.question).toContain("how do you see next year's price war?");
    expect(corpus.records.some((r) => r.speaker === 'Marta Ellison' && /The question is/.test(r.text))).toBe(false);
    expect(corpus.records.some((r) => r.asker === 'Marta Ellison')).toBe(false);
  });

  it('reads the same shape with a translator and a Spanish-speaking minister', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'ministry.txt': ministry }));
    const qa = corpus.records.find((r) => r.type === 'qa' && /pipeline is 70 per cent complete/.test(r.text))!;
    expect(qa.speaker).toMatch(/Elena Quispe/);
    expect(qa.asker).toBe('Tomás Ruiz');
    expect(qa.question).toContain('He asks when drinking water will reach Ventanilla.');
  });
});
