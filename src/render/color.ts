/**
 * Colour decisions. chalk 5 turns colour off for a non-terminal stream and
 * honours FORCE_COLOR, but ignores NO_COLOR, so quarry decides the level itself
 * and hands chalk an explicit one.
 *
 * Order: --no-color / --color flags, then NO_COLOR (set and non-empty), then
 * FORCE_COLOR, then TERM=dumb, then whether stdout is a terminal.
 */
export interface ColorInput {
  flag?: boolean | undefined;
  env: NodeJS.ProcessEnv;
  isTTY: boolean;
}

/** 0 = no colour, 1 = basic 16 colours (all quarry uses). */
export function colorLevel({ flag, env, isTTY }: ColorInput): 0 | 1 {
  if (flag === false) return 0;
  if (flag === true) return 1;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR === '0' || env.FORCE_COLOR === 'false' ? 0 : 1;
  if (env.TERM === 'dumb') return 0;
  return isTTY ? 1 : 0;
}

/** The few styles quarry uses, as plain functions so a level-0 painter costs nothing. */
export interface Painter {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  cyan(s: string): string;
  magenta(s: string): string;
}

const id = (s: string) => s;
export const PLAIN: Painter = { bold: id, dim: id, red: id, yellow: id, green: id, cyan: id, magenta: id };

export async function painter(level: 0 | 1): Promise<Painter> {
  if (level === 0) return PLAIN;
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level });
  return {
    bold: (s) => c.bold(s),
    dim: (s) => c.dim(s),
    red: (s) => c.red(s),
    yellow: (s) => c.yellow(s),
    green: (s) => c.green(s),
    cyan: (s) => c.cyan(s),
    magenta: (s) => c.magenta(s),
  };
}
