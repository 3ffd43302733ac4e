/**
 * `--format github`: GitHub Actions workflow commands (`::error file=…,line=…::…`),
 * which a pull request shows on the line they name.
 */
import type { Output, Printed } from './output.js';

export function print(out: Output): Printed {
  if (!out.github) throw new Error('this output has no GitHub Actions form');
  return { stdout: out.github(), stderr: '' };
}

/** A workflow command's message: %, CR and LF are escaped (the runner's own rule). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value: as data, plus the separators ':' and ','. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** One annotation line. */
export function annotation(level: 'error' | 'warning' | 'notice', message: string, at: { file?: string; line?: number | null; title?: string } = {}): string {
  const props = [
    at.file !== undefined ? `file=${escapeProperty(at.file)}` : '',
    at.line ? `line=${at.line}` : '',
    at.title !== undefined ? `title=${escapeProperty(at.title)}` : '',
  ].filter(Boolean);
  return `::${level}${props.length ? ' ' + props.join(',') : ''}::${escapeData(message)}\n`;
}
