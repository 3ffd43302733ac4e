/** Edit distance and "did you mean" suggestions for names and ids. */

/** Levenshtein distance, giving up (returning max + 1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

export interface Candidate {
  /** the key compared (normalized) */
  key: string;
  /** what to suggest */
  label: string;
}

/**
 * Up to `limit` labels close to `input`: within an edit distance of about a
 * third of the length, or containing / contained in it (3+ characters).
 * Closest first, each label once.
 */
export function closeMatches(input: string, candidates: readonly Candidate[], limit = 5): string[] {
  if (!input) return [];
  const max = Math.max(1, Math.round(input.length / 3));
  const scored: { label: string; d: number }[] = [];
  for (const c of candidates) {
    if (!c.key) continue;
    let d = editDistance(input, c.key, max);
    if (d > max && input.length >= 3 && (c.key.includes(input) || input.includes(c.key)) && Math.min(c.key.length, input.length) >= 2) {
      d = max + 0.5;
    }
    if (d <= max + 0.5) scored.push({ label: c.label, d });
  }
  scored.sort((x, y) => x.d - y.d || x.label.localeCompare(y.label));
  const out: string[] = [];
  for (const s of scored) {
    if (!out.includes(s.label)) out.push(s.label);
    if (out.length >= limit) break;
  }
  return out;
}
