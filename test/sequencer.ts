/**
 * The order test files start in: the longest first, by the durations in test/durations.json.
 *
 * vitest orders files by the durations of the previous run, kept under node_modules/.vite; a
 * fresh clone (every CI run) has none, so files start in path order and the longest ones
 * (test/store, test/cache/cli) start last and run alone at the end: 137–145 s against 112–117 s
 * for the same suite in a clone that had run once. The committed durations give every clone the
 * order a second run would have. Files not listed (new ones) start first, as vitest does with
 * files it has no duration for. Refresh the list after adding heavy tests, from
 * node_modules/.vite/vitest/<hash>/results.json (docs/architecture.md, Tests, says how).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const DURATIONS = JSON.parse(readFileSync(new URL('./durations.json', import.meta.url), 'utf8')) as Record<string, number>;

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const key = (f: TestSpecification) => `${f.project.name}:${relative(f.project.config.root, f.moduleId)}`;
    const known = (f: TestSpecification) => DURATIONS[key(f)] ?? Infinity;
    return [...files].sort((a, b) => {
      // projects run one after the other, the isolated one first (as vitest's own order)
      if (a.project.name !== b.project.name) return a.project.name < b.project.name ? -1 : 1;
      return known(b) - known(a) || (key(a) < key(b) ? -1 : 1);
    });
  }
}
