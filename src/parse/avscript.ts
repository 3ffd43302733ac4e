import { lazy } from '../model/regexp.js';
import type { DocBuilder } from './builder.js';
import { displayName } from './labels.js';
import { narrate } from './narrative.js';
import { soundbiteCueName, type AttributionState } from './quotes.js';
import { normalizeSpace } from './text.js';

/**
 * A two-column AV script (a corporate or documentary film's shooting script): a "VIDEO<tab>AUDIO"
 * head over rows, each row the shot on the left and the sound on the right, a tab between. The
 * audio column holds the words: the narration after "VO:" (the narrator's), the bites in quotation
 * marks under an "SOT: NAME" cue (that person's), the music and effects cues (directions). The
 * video column holds the shots ("2. CU apples on conveyor", "ARCHIVE: …", "LOWER THIRD: …"):
 * furniture, no one's words; a narration's shot is its claim's context, so the shot stays searchable.
 */

/** The columns' head: "VIDEO<tab>AUDIO" (or PICTURE / VISION / VISUALS over SOUND). */
const AV_HEAD = lazy(() => /^\s*(?:VIDEO|PICTURE|VISION|VISUALS?)\s*\t\s*(?:AUDIO|SOUND)\s*$/i);
/** A rule of dashes or equals signs under the head or at the table's foot. */
const AV_RULE = lazy(() => /^\s*[-=_*]{5,}\s*$/);
/** The narration's cue in the audio column: "VO:", "V/O:", "NARR:", "NARRATOR:". */
const NARRATION_CUE = lazy(() => /^(?:VO|V\/O|NARR|NARRATOR|NARRATION)\s*:\s*/);
/** A cue's mark that the bite goes on from the row above: "(cont.)", "(CONT'D)". */
const CONTINUED = lazy(() => /\s*\((?:cont(?:['’]d|inued|\.)?)\)\s*$/i);
/** A bite in the audio column: its words in quotation marks. */
const BITE = lazy(() => /^["“](.*?)["”]?$/s);
/** A header field naming the film's narrator: "Narrator: Helen Mirren", "VO artist: …". */
const NARRATOR_FIELD = lazy(() => /^\s*(?:Narrator|Voice-?over|VO(?: artist)?)\s*:\s*(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3})\s*$/iu);

export interface AvScript {
  head: number;
  /** row line → its video and audio cells */
  rows: Map<number, { video: string; audio: string }>;
  /** the narrator a header field names, else "Narrator" */
  narrator: string;
  /** the last row's line */
  last: number;
}

/** The AV script's table, when the lines hold a "VIDEO<tab>AUDIO" head over tab-separated rows. */
export function avScriptTable(lines: readonly string[]): AvScript | null {
  const head = lines.findIndex((l) => l.includes('\t') && AV_HEAD().test(l));
  if (head < 0) return null;
  const rows = new Map<number, { video: string; audio: string }>();
  for (let i = head + 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (!raw.trim()) continue;
    if (AV_RULE().test(raw)) {
      if (rows.size) break;
      continue;
    }
    const tab = raw.indexOf('\t');
    if (tab < 0) break;
    rows.set(i, { video: normalizeSpace(raw.slice(0, tab)), audio: normalizeSpace(raw.slice(tab + 1)) });
  }
  if (rows.size < 2) return null;
  let narrator = 'Narrator';
  for (const raw of lines.slice(0, head)) {
    const m = NARRATOR_FIELD().exec(raw);
    if (m) narrator = displayName(m[1]!);
  }
  return { head, rows, narrator, last: Math.max(...rows.keys()) };
}

/**
 * Reads the AV script's rows into `b`: narration with its shot as context, bites for the person
 * the last SOT cue named; a row with nothing said (a cue, music, a shot alone) is the script's
 * furniture (metadata: its words found through the nearest record). Returns the narration rows'
 * words without the cue ("VO:"), the parser's `textLines` view of those lines.
 */
export function readAvScript(b: DocBuilder, table: AvScript, state: AttributionState, section: string | null, from: number): Map<number, string> {
  const views = new Map<number, string>();
  const registry = b.input.registry;
  if (!b.isMarked(table.head)) b.mark(table.head, 'heading');
  const narrator = registry.resolve(table.narrator) ?? table.narrator;
  let biteSpeaker: string | null = null;
  for (let i = Math.max(from, table.head + 1); i <= table.last; i++) {
    const row = table.rows.get(i);
    if (!row) {
      if (b.lines[i]!.trim() && !b.isMarked(i)) b.mark(i, 'markup');
      continue;
    }
    const { video, audio } = row;
    const shot = video.replace(/^\d{1,3}[.)]\s+/, '') || null;
    const bite = BITE().exec(audio);
    if (bite && !video) {
      b.add({ type: 'quote', text: normalizeSpace(bite[1]!), speaker: biteSpeaker, section }, i);
      continue;
    }
    const cued = audio.includes('SOT') ? soundbiteCueName(audio.replace(CONTINUED(), '')) : null;
    if (cued) {
      biteSpeaker = registry.resolve(cued) ?? cued;
      b.mark(i, 'metadata');
      continue;
    }
    const narration = NARRATION_CUE().exec(audio);
    if (narration) {
      const before = b.records.length;
      const words = audio.slice(narration[0].length);
      narrate(b, words, state, { section, narrator, firstIdx: i });
      views.set(i, shot ? `${shot} ${words}` : words);
      for (const r of b.records.slice(before)) if (r.type === 'claim' && !r.context) r.context = shot;
      continue;
    }
    // Music, sound, a shot alone: the film's directions, searchable as furniture.
    b.mark(i, 'metadata');
  }
  return views;
}
