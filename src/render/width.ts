/**
 * The width to fit tables to: COLUMNS when set (a user's explicit choice, and
 * what scripts and tests set), else the terminal's, else 100. Kept apart from
 * table.ts so that deciding the width does not load cli-table3.
 */
export function terminalWidth(stream: { columns?: number }, env: NodeJS.ProcessEnv): number {
  const fromEnv = Number.parseInt(env.COLUMNS ?? '', 10);
  if (Number.isFinite(fromEnv) && fromEnv > 20) return fromEnv;
  if (stream.columns && stream.columns > 20) return stream.columns;
  return 100;
}

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;
const ZERO = /[\u0300-\u036f\u200b-\u200f\ufe00-\ufe0f]/u;
const SGR = /\u001b\[[0-9;]*m/g;

/** Columns a string takes on a terminal: colour codes none, CJK and emoji two, combining marks none. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s.replace(SGR, '')) w += ZERO.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return w;
}

/** The longest prefix of `s` (no colour codes) that takes at most `width` columns. */
export function sliceToWidth(s: string, width: number): string {
  let w = 0;
  let out = '';
  for (const ch of s) {
    const cw = ZERO.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
    if (w + cw > width) break;
    w += cw;
    out += ch;
  }
  return out;
}
