import { lazy } from '../model/regexp.js';

/**
 * An audience's reaction noted in a speech's text: "(Applause.)", "(Laughter.)", "[Cheers and
 * applause]", "(Sustained applause.)". A direction of the transcript, not the speaker's words: a
 * note in round or square brackets of up to four words, one of them a room's sound; in Markdown
 * emphasis ("*(laughs)*") its marks go with it.
 */
const AUDIENCE_REACTION = lazy(() => / ?[*_]{0,2}[([](?:(?:[\p{L}-]+\s+){0,3})(?:applause|laughter|laughs|cheers|cheering|booing|boos|jeers|murmurs|standing ovation)(?:\s+[\p{L}-]+){0,3}\.?[)\]][*_]{0,2}/giu);
const REACTION_WORD = lazy(() => /applause|laugh|cheer|boo|jeer|murmur|ovation/i);

/**
 * The line with the audience's reactions noted in it blanked (spaces, so every offset stays where it
 * was); the line itself where it notes none.
 */
export function withoutAudienceReactions(line: string): string {
  if ((!line.includes('(') && !line.includes('[')) || !REACTION_WORD().test(line)) return line;
  return line.replace(AUDIENCE_REACTION(), (m) => ' '.repeat(m.length));
}

/** The lines of a text without the audience's reactions noted in them (the same array where none is). */
export function withoutAudienceReactionLines(lines: string[]): string[] {
  let out: string[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = withoutAudienceReactions(lines[i]!);
    if (l !== lines[i]) (out ??= lines.slice())[i] = l;
  }
  return out ?? lines;
}
