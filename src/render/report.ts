/**
 * The lean half of `check`'s output: the JSON report and the one-line problem
 * messages for stderr. No table code here, so `check --format json` loads
 * neither cli-table3 nor chalk.
 */
import type { CheckReport } from '../load/check.js';
import type { Problem } from '../model/corpus.js';
import type { Painter } from './color.js';
import { escapeControls } from './safe.js';
import { annotation } from './formats/github.js';

/** `FILE:LINE: error: message`, one per line, for stderr. */
export function formatProblem(p: Problem, env: { paint: Painter; displayPath(file: string): string }): string {
  // File names come from the corpus folder too: a name can hold escape sequences.
  const file = escapeControls(env.displayPath(p.file));
  const where = p.line ? `${file}:${p.line}` : file;
  const sev = p.severity === 'error' ? env.paint.red('error') : env.paint.yellow('warning');
  return `${where}: ${sev}: ${escapeControls(p.message)}`;
}

export function checkJson(report: CheckReport): unknown {
  return {
    ok: report.ok,
    errors: report.errors,
    warnings: report.warnings,
    documents: report.documents,
    problems: report.problems,
  };
}

/**
 * The problems as GitHub Actions annotations (`--format github`), so a pull
 * request shows each on its line. Paths as the terminal shows them: relative
 * to the working folder, which in a workflow is the repository root.
 */
export function checkAnnotations(report: CheckReport, displayPath: (file: string) => string): string {
  return report.problems
    .map((p) => annotation(p.severity === 'error' ? 'error' : 'warning', escapeControls(p.message), { file: escapeControls(displayPath(p.file)), line: p.line, title: 'quarry check' }))
    .join('');
}
