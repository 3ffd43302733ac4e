/**
 * `quarry speakers`: the registered speakers (speakers.yml and the documents'
 * front matter) with their aliases, then the other speakers records name: the
 * descriptions ("a product manager") and names only the text gives.
 *
 * JSON: one object per speaker: `{ name, registered, aliases, counts: { qa,
 * quote, claim }, asked, total, docs }` (`asked`: qa records the speaker
 * asked; `total`: records the speaker said). CSV: the same fields, aliases
 * and docs joined with ";", counts as qa, quote, claim columns.
 */
import type { SpeakerSummary } from '../query/stats.js';
import type { RenderEnv } from './check.js';
import { renderTable } from './table.js';

export { speakerCsvHeader, speakerCsvRow, speakerJson } from './speakers-data.js';

export function renderSpeakersTable(speakers: readonly SpeakerSummary[], env: RenderEnv): string {
  const table = (list: readonly SpeakerSummary[], title: string, withAliases: boolean) =>
    renderTable({
      head: [title, ...(withAliases ? ['aliases'] : []), 'qa', 'quote', 'claim', 'asked', 'documents'],
      rows: list.map((s) => [
        s.name,
        ...(withAliases ? [s.aliases.join(', ') || '-'] : []),
        String(s.counts.qa),
        String(s.counts.quote),
        String(s.counts.claim),
        String(s.asked),
        String(s.docs.length),
      ]),
      flex: withAliases ? { 0: 1, 1: 1 } : { 0: 1 },
      width: env.width,
      paint: env.paint,
      colored: env.colored,
      compact: true,
    });
  const registered = speakers.filter((s) => s.registered);
  const other = speakers.filter((s) => !s.registered);
  const parts: string[] = [];
  if (registered.length) parts.push(table(registered, 'speaker', true));
  if (other.length) parts.push(table(other, 'other speaker (a description, or a name only the text gives)', false));
  return parts.join('\n\n') + '\n';
}
