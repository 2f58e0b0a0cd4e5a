// HTML text and attribute escaping: every string that came from an article, a
// document or a gold file goes through here before it reaches a page, so an
// article quoting `<script>` shows the quote instead of running it.

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe to place in element content or in a quoted attribute value. */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** Attribute values; null, undefined and false leave the attribute out, true writes it bare. */
export type AttributeValue = string | number | boolean | null | undefined;

/** ` name="value"` pairs, escaped, in the order given. */
export function attributes(attrs: Record<string, AttributeValue>): string {
  let out = '';
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`;
  }
  return out;
}

/** One element with escaped attributes; `inner` must already be HTML. */
export function element(tag: string, attrs: Record<string, AttributeValue>, inner = ''): string {
  return `<${tag}${attributes(attrs)}>${inner}</${tag}>`;
}

/** A relative link to a page named after an article, safe for any file name ("a#b" → "a%23b.html"). */
export function pageHref(name: string, prefix = ''): string {
  return `${prefix}${encodeURIComponent(name)}.html`;
}

/** A number for a table cell: integers as they are, fractions with three decimals. */
export function formatNumber(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(3);
}

/** A precision, recall or F1 with three decimals, whole numbers included ("1.000"). */
export function formatRatio(x: number): string {
  return x.toFixed(3);
}
