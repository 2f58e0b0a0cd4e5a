// Colours and labels of entity types. Colour is never the only cue: each type
// also has a short label printed after its mentions and its own underline
// style, so the page reads the same in greyscale or to a colour-blind reader.
import { ENTITY_TYPES, type EntityType } from '../contract.ts';

export interface TypeStyle {
  /** Light background of a mention; text on it is TEXT_COLOUR. */
  background: string;
  /** Dark colour of the underline and the label chip; label text on it is white. */
  ink: string;
  /** Short label shown after each mention, as displaCy shows "ORG". */
  label: string;
  /** CSS border style of the underline: a second non-colour cue. */
  underline: 'solid' | 'dashed' | 'dotted' | 'double';
}

export const TEXT_COLOUR = '#111111';
export const LABEL_TEXT_COLOUR = '#ffffff';

export const TYPE_STYLES: Record<EntityType, TypeStyle> = {
  Band: { background: '#ffd6a5', ink: '#8a4b00', label: 'BAND', underline: 'solid' },
  Person: { background: '#caffbf', ink: '#2d6a1f', label: 'PERSON', underline: 'dashed' },
  Song: { background: '#9bf6ff', ink: '#006570', label: 'SONG', underline: 'dotted' },
  Album: { background: '#a0c4ff', ink: '#1f4e9c', label: 'ALBUM', underline: 'double' },
  Film: { background: '#ffc6ff', ink: '#8a1f8a', label: 'FILM', underline: 'solid' },
  TVSeries: { background: '#e2c2ff', ink: '#5b2a9c', label: 'TV', underline: 'dashed' },
  Book: { background: '#fdffb6', ink: '#5e5e00', label: 'BOOK', underline: 'dotted' },
  Organization: { background: '#dcdcdc', ink: '#474747', label: 'ORG', underline: 'double' },
  Chart: { background: '#ffadad', ink: '#a11d1d', label: 'CHART', underline: 'solid' },
  Award: { background: '#f5d76e', ink: '#6e5300', label: 'AWARD', underline: 'dashed' },
  Country: { background: '#d4e09b', ink: '#4a5714', label: 'COUNTRY', underline: 'dotted' },
  Genre: { background: '#ecd9b0', ink: '#6f4f12', label: 'GENRE', underline: 'double' },
  Date: { background: '#c9dcef', ink: '#34506b', label: 'DATE', underline: 'solid' },
};

/** Style of a type; a type outside the contract (a hand-edited file) gets a neutral grey. */
export function typeStyle(type: string): TypeStyle {
  return (TYPE_STYLES as Record<string, TypeStyle>)[type] ?? { background: '#e6e6e6', ink: '#444444', label: type.toUpperCase(), underline: 'solid' };
}

/** The CSS class of a type; contract types only, so the class name is always a safe identifier. */
export function typeClass(type: string): string {
  return (ENTITY_TYPES as readonly string[]).includes(type) ? `t-${type}` : 't-other';
}

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** WCAG contrast ratio of two #rrggbb colours, from 1 to 21; body text needs 4.5. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
