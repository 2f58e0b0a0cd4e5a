// The entities of one article: name (focusable; Enter jumps to its first
// mention), type, how often it is mentioned, aliases and attributes.
import type { EntityAttributes, EntityRecord, FactsDocument } from '../contract.ts';
import { entityChip } from './chips.ts';
import { escapeHtml } from './html.ts';

function describeAttributes(entity: EntityRecord): string {
  const a: EntityAttributes = entity.attributes ?? {};
  const parts = Object.entries(a).map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(', ') : value}`);
  if (entity.value) parts.unshift(`value: ${entity.value}`);
  return parts.join('; ');
}

export function entitiesTable(doc: FactsDocument): string {
  if (!doc.entities.length) return '<p class="empty">No entities were found in this article.</p>';
  const rows = doc.entities.map((e) =>
    `<tr><td data-sort="${escapeHtml(e.name)}">${entityChip(e, { focusable: true })}</td><td>${escapeHtml(e.type)}</td>` +
    `<td class="num">${e.mentions.length}</td><td>${escapeHtml((e.aliases ?? []).join(', '))}</td><td>${escapeHtml(describeAttributes(e))}</td></tr>`).join('\n');
  const head = ['Entity', 'Type'].map((h) => `<th scope="col"><button type="button" class="sort">${h}</button></th>`).join('') +
    '<th scope="col" class="num" data-kind="number"><button type="button" class="sort">Mentions</button></th><th scope="col">Aliases</th><th scope="col">Attributes</th>';
  return `<table class="sortable entities"><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}
