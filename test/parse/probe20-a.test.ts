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

describe('A bilingual magazine interview: masthead and dateline in two languages, each answer then its translation', () => {
  const bridges = `Revista Puente / Bridge Magazine — Edición bilingüe
Sección: Entrevistas | Section: Interviews
Publicado / Published: 14 de marzo de 2025 / March 14, 2025

"No construimos puentes para las fotos" — Una conversación con Lucía Baranda
"We don't build bridges for the photos" — A conversation with Lucía Baranda

Lucía Baranda, 58, es ingeniera civil. Hablamos con ella en Medellín.

P: ¿Cómo empezó todo?
Q: How did it all begin?

R: Mi padre era albañil. En 1979 un puente se cayó cerca de casa.
A: My father was a bricklayer. In 1979 a bridge collapsed near our house.
`;
  // Other words: a Portuguese football weekly, a coach.
  const football = `Semanário Bola / Ball Weekly — Edição bilíngue
Secção: Entrevistas | Section: Interviews
Publicado / Published: 2 de junho de 2024 / June 2, 2024

"Ganhar não é tudo" — Uma conversa com Rui Mendonça
"Winning isn't everything" — A conversation with Rui Mendonça

Rui Mendonça, 47, treina o Vilar FC desde 2019.

P: Qual foi o melhor jogo da sua carreira?
Q: What was the best match of your career?

R: A final de 2022. Perdemos, mas jogámos bem.
A: The 2022 final. We lost, but we played well.
`;

  it('names the interviewee from the headline, not the masthead, and dates the records', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'bridges.txt': bridges }));
    const qas = corpus.records.filter((r) => r.type === 'qa');
    expect(qas.length).toBeGreaterThanOrEqual(2);
    for (const r of qas) expect(r).toMatchObject({ speaker: 'Lucía Baranda', year: 2025 });
  });

  it('reads the same shape in Portuguese and English', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'football.txt': football }));
    const qas = corpus.records.filter((r) => r.type === 'qa');
    expect(qas.length).toBeGreaterThanOrEqual(2);
    for (const r of qas) expect(r).toMatchObject({ speaker: 'Rui Mendonça', year: 2024 });
  });
});

describe('A bilingual subtitle file: each cue a line in each language, each under its own label', () => {
  const forum = `1
00:00:01,200 --> 00:00:04,800
主持人：很多人说加密行业已经过了高峰期。
HOST: Many people say the crypto industry has passed its peak.

2
00:00:05,000 --> 00:00:09,600
何一：我不同意。2022年大家也这么说。
HE YI: I disagree. People said the same thing in 2022.

3
00:00:10,000 --> 00:00:14,000
主持人：您的角色有什么变化？
HOST: How has your role changed?

4
00:00:14,500 --> 00:00:19,000
何一：我花更多时间在用户保护上。
HE YI: I spend more time on user protection.

5
00:00:19,500 --> 00:00:22,000
字幕翻译：林晓 | Subtitles translated by Lin Xiao
`;
  // Other words: Spanish and English, a football coach, VTT.
  const coach = `WEBVTT

00:00:01.000 --> 00:00:04.000
PERIODISTA: ¿Qué aprendió de la final de 2022?
REPORTER: What did you learn from the 2022 final?

00:00:04.500 --> 00:00:08.000
RUI MENDONÇA: Que un partido dura noventa minutos.
COACH MENDONÇA: That a match lasts ninety minutes.

00:00:08.500 --> 00:00:11.000
PERIODISTA: ¿Y el próximo año?
REPORTER: And next year?

00:00:11.500 --> 00:00:15.000
RUI MENDONÇA: Ganaremos la liga.
COACH MENDONÇA: We will win the league.

00:00:15.500 --> 00:00:18.000
Subtítulos: Marta Gil
`;

  it("keeps each cue one voice's words, the translation's label no word of them, and the credit nobody's answer", async () => {
    const corpus = await loadCorpus(tempCorpus({ 'forum.srt': forum }));
    const answer = corpus.records.find((r) => /I disagree/.test(r.text))!;
    expect(answer.speaker).toBe('何一');
    expect(answer.text).not.toMatch(/HE YI:/);
    expect(answer.question ?? '').not.toMatch(/HOST:/);
    expect(corpus.records.some((r) => r.speaker === '字幕翻译')).toBe(false);
    expect(corpus.records.find((r) => /Lin Xiao/.test(r.text))).toMatchObject({ type: 'claim', speaker: null });
  });

  it('reads the same shape in Spanish and English', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'coach.vtt': coach }));
    const answer = corpus.records.find((r) => /win the league/.test(r.text))!;
    expect(answer.speaker).toBe('Rui Mendonça');
    expect(answer.text).not.toMatch(/COACH MENDONÇA:/);
    expect(corpus.records.some((r) => /Coach Mendonça|Subtítulos/i.test(r.speaker ?? ''))).toBe(false);
  });
});
