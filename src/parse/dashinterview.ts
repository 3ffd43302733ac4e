/**
 * An interview set at the end of a news story in dialogue dashes, as the Russian, Ukrainian,
 * Polish and Bulgarian press print one: no labels, each turn a paragraph opening with "— " (or
 * "– "), the interviewer's and the guest's turns alternating, the guest named in the lines
 * above ("Мы попросили Артёма Ковалёва объяснить …", or by name in the first question, "— Артём,
 * как вы думаете …?").
 *
 * A run of four or more such paragraphs in a row, its turns in the asking places mostly ending
 * in a question mark and those in the answering places almost never, is the interview: each
 * question with the answer under it a qa, a turn left over ("— Спасибо.") its side's quote. The
 * guest is the one person the story already quoted whose name the first question calls or the
 * paragraph above names (a word of the name as a stem: the intro's "Ковалёва" is "Ковалёв" in
 * another case); the asker the document's author. A dash quotation closed by its incise ("– …,
 * sier han.") stands between narration, never in such a run.
 */
import { asksByMark, normalizeSpace } from './text.js';
import { lazy } from '../model/regexp.js';

export interface DashTurn {
  /** the turn's first and last line */
  from: number;
  to: number;
  /** its words, the dash left out */
  text: string;
}

const DASH_OPEN = lazy(() => /^\s*[—–]\s+(\S.*)$/u);

/**
 * The runs of paragraphs between `from` and `end` that open with a dash `opener` matches (each
 * paragraph its first line and the non-blank lines under it that open no turn), a paragraph that
 * opens otherwise ending the run: each turn's lines and its words, the dash left out. One pass.
 */
function dashParagraphRuns(lines: readonly string[], from: number, end: number, opener: RegExp): DashTurn[][] {
  const runs: DashTurn[][] = [];
  let run: DashTurn[] = [];
  for (let i = from; i < end; i++) {
    if (!lines[i]!.trim()) continue;
    let to = i;
    while (to + 1 < end && lines[to + 1]!.trim() && !opener.test(lines[to + 1]!)) to++;
    const m = opener.exec(lines[i]!);
    if (!m) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push({ from: i, to, text: normalizeSpace([m[1]!, ...lines.slice(i + 1, to + 1)].join(' ')) });
    i = to;
  }
  if (run.length) runs.push(run);
  return runs;
}

/** The runs of dash turns between `from` and `end`, by their first line. */
export function dashInterviewRuns(lines: readonly string[], from: number, end: number): Map<number, DashTurn[]> {
  const runs = new Map<number, DashTurn[]>();
  for (const run of dashParagraphRuns(lines, from, end, DASH_OPEN())) if (isInterview(run)) runs.set(run[0]!.from, run);
  return runs;
}

function isInterview(run: readonly DashTurn[]): boolean {
  if (run.length < 4) return false;
  const asking = run.filter((_, k) => k % 2 === 0);
  const answering = run.filter((_, k) => k % 2 === 1);
  const asked = asking.filter((t) => asksByMark(t.text)).length;
  const answeredAsking = answering.filter((t) => asksByMark(t.text)).length;
  return asked >= 2 && asked * 2 >= asking.length && answeredAsking * 3 <= answering.length;
}

/** "Артём, как вы думаете …": the name the question calls its guest by. */
const VOCATIVE = lazy(() => /^(\p{Lu}\p{Ll}+),\s/u);
/** Georgian, which has no capitals, calls its guest by a title of address and the first name: "ქალბატონო თამარ," (Madam Tamar), "ბატონო გიორგი,". */
const TITLED_VOCATIVE = lazy(() => /^(?:ქალბატონო|ბატონო)\s+([\u10D0-\u10FF]+),\s/u);

/**
 * The guest among `people` (the names the story quoted): the one whose first name the first
 * question calls, else the one every word of whose name stands, as a word or a stem of one, in
 * the paragraph above the run. Null when none or several.
 */
export function dashInterviewGuest(run: readonly DashTurn[], above: string, people: readonly string[]): string | null {
  const called = VOCATIVE().exec(run[0]!.text)?.[1] ?? TITLED_VOCATIVE().exec(run[0]!.text)?.[1];
  const byCall = called ? people.filter((p) => p.split(' ')[0] === called) : [];
  if (byCall.length === 1) return byCall[0]!;
  const words = above.split(/[^\p{L}\p{M}'’-]+/u).filter(Boolean);
  const stemIn = (w: string) => {
    const stem = w.length > 3 ? w.slice(0, -1) : w;
    return words.some((x) => x === w || (x.startsWith(stem) && x.length - w.length <= 3 && x.length >= w.length));
  };
  const named = people.filter((p) => p.includes(' ') && p.split(' ').every(stemIn));
  return named.length === 1 ? named[0]! : null;
}

/** Whether the turn in the asking place asks. */
export function dashTurnAsks(t: DashTurn): boolean {
  return asksByMark(t.text);
}

/**
 * Spanish, Catalan and Portuguese press set the dialogue dash close to the words ("—¿Cuánto tiempo
 * llevas aquí?", "—Desde marzo —dice—. Parece más.") and weave the dialogue into the story: runs
 * of a few turns between paragraphs of narration, the speaker told by an incise set off by dashes
 * inside the turn ("—responde Peral—", "—añade ella—") or by the narration above ("Entra en la
 * cocina Andrés Peral."). Such a turn opens with the dash and no space, then a capital or an
 * opening ¿ ¡ « " (a dash before a number or a lower-case word is no turn).
 */
const CLOSE_DASH_OPEN = lazy(() => /^\s*[—―](?=[¿¡«"“\p{Lu}])(\S.*)$/u);
/**
 * An incise inside or closing a turn: a space, a dash, a speech verb (with its clitic: "me dice",
 * "le pregunto"), a few words, then the closing dash or the paragraph's end. The verbs are the
 * common reporting verbs of Spanish, Catalan and Portuguese dialogue, present and past, bounded
 * so a parenthesis set off by dashes ("—y eso fue todo—") stays part of the words.
 */
const TURN_INCISE = lazy(
  () =>
    /\s[—―](?:(?:me|le|nos|les|se|em|li|ens)\s+)?(?:dic[ei]|dijo|digo|respond[eo]|respondi[óo]|contest[ao]|contest[óo]|añad[eo]|añadi[óo]|explic[ao]|explic[óo]|intervien[ea]|intervino|pregunt[ao]|pregunt[óo]|asegur[ao]|asegur[óo]|cuent[ao]|cont[óo]|coment[ao]|coment[óo]|insist[eo]|insisti[óo]|recuerd[ao]|record[óo]|reconoc[eo]|reconoci[óo]|afirm[ao]|afirm[óo]|sigue|sigui[óo]|contin[úu]a|respon|diu|va dir|afegeix|explica|disse|diz|respondeu|acrescenta|acrescentou|explicou|perguntou)(?!\p{L})([^—―\n]{0,60}?)(?:[—―]|$)/u,
);
/** The name in an incise after its verb, past lower-case words ("responde Peral", "dijo la ministra Ana Ruiz"). */
const INCISE_NAME = lazy(() => /^(?:\s+\p{Ll}+){0,3}\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/u);

export interface InciseTurn extends DashTurn {
  /** the name its incise gives, if any ("Peral") */
  named: string | null;
  /** the incises as written, for the record's context ("—responde Peral—") */
  incises: string[];
  /** whether it asks: opens with ¿ or ends on a question mark */
  asks: boolean;
}

/**
 * The close-set dash turns between `from` and `end`, runs of them (blank lines between) by their
 * first line, when the document is such a dialogue: three turns or more that ask, each answered
 * by the turn under it, which does not ask. A story with a dash line or two is no dialogue.
 */
export function inciseDialogueRuns(lines: readonly string[], from: number, end: number): Map<number, InciseTurn[]> {
  const runs = dashParagraphRuns(lines, from, end, CLOSE_DASH_OPEN()).map((run) =>
    run.map(({ from: at, to, text: whole }): InciseTurn => {
      const incises: string[] = [];
      let named: string | null = null;
      // Each incise found once, left to right, over at most a few thousand characters: linear.
      let text = normalizeSpace(
        whole.slice(0, 4000).replace(new RegExp(TURN_INCISE().source, 'gu'), (inc: string, after: string) => {
          incises.push(inc.trim());
          named ??= INCISE_NAME().exec(after)?.[1] ?? null;
          return '';
        }) + whole.slice(4000),
      );
      // The words close up where an incise stood: "ya —dice—. Parece" → "ya. Parece".
      if (incises.length) text = text.replace(/\s+([.,;:!?])/gu, '$1');
      return { from: at, to, text, named, incises, asks: text.startsWith('¿') || asksByMark(text) };
    }),
  );
  let answered = 0;
  for (const r of runs) for (let k = 0; k + 1 < r.length; k++) if (r[k]!.asks && !r[k + 1]!.asks) answered++;
  const out = new Map<number, InciseTurn[]>();
  if (answered < 3) return out;
  for (const r of runs) out.set(r[0]!.from, r);
  return out;
}
