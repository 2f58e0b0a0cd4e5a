// An entity's name as it appears in tables: its type colour, underline and
// label, and the data-entity link that lights its mentions on hover.
import type { EntityRecord } from '../contract.ts';
import { attributes, escapeHtml } from './html.ts';
import { typeClass, typeStyle } from './palette.ts';
import { mentionTitle } from './text-markup.ts';

export interface ChipOptions {
  /** Focusable, so Enter on it jumps to the entity's first mention. */
  focusable?: boolean;
}

export function entityChip(entity: EntityRecord, options: ChipOptions = {}): string {
  const attrs = attributes({
    class: `ent ${typeClass(entity.type)}`,
    'data-entity': entity.id,
    tabindex: options.focusable ? 0 : null,
    title: mentionTitle(entity),
  });
  return `<span${attrs}>${escapeHtml(entity.name)}<span class="lbl">${escapeHtml(typeStyle(entity.type).label)}</span></span>`;
}

/** A type's swatch and label for legends and column headers. */
export function typeChip(type: string): string {
  return `<span class="ent ${typeClass(type)}">${escapeHtml(type)}<span class="lbl">${escapeHtml(typeStyle(type).label)}</span></span>`;
}

/** Just the colour and label of a type, beside a header that already names it. */
export function typeSwatch(type: string): string {
  return `<span class="ent ${typeClass(type)}" aria-hidden="true"><span class="lbl">${escapeHtml(typeStyle(type).label)}</span></span>`;
}
