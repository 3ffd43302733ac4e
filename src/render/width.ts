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
