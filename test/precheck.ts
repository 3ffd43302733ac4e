/**
 * How a pattern's pre-check reads a set of texts: how many the pattern matches, how many the check
 * refuses, and the texts the pattern matches that the check refused. A pre-check may say yes where
 * its pattern does not match (the pattern then decides), never no where it does: `missed` must be
 * empty. (test/figures/prechecks.test.ts and test/parse/perf43.test.ts hold the pre-checks to it.)
 */
export function precheckOver(pattern: RegExp, check: (text: string) => boolean, texts: Iterable<string>): { matched: number; refused: number; missed: string[] } {
  let matched = 0;
  let refused = 0;
  const missed: string[] = [];
  for (const t of texts) {
    const allowed = check(t);
    if (!allowed) refused++;
    pattern.lastIndex = 0;
    const m = pattern.test(t);
    pattern.lastIndex = 0;
    if (!m) continue;
    matched++;
    if (!allowed) missed.push(t);
  }
  return { matched, refused, missed };
}
