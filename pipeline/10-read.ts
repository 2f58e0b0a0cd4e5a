// Read: find the article's own date header and where the body starts. The
// text itself is never changed (a BOM or CRLF stays), so offsets stay true.
import type { ArticleDoc } from './types.ts';

// " date 2021-02-17 Body..." — the header may share the first line with the body;
// "Date: 2021-02-17" is the same header as a mail or front-matter line writes it, and so are
// "Published: 2021-02-17" and "Posted on 2021-02-17" as news sites write it.
const DATE_HEADER = /^\uFEFF?\s*(?:date|published|posted|updated)(?:[ \t]+on)?(?:[ \t]*:[ \t]*|[ \t]+)(\d{4}-\d{2}-\d{2})\b[ \t]*(?:\r?\n)?/i;

export function readHeader(doc: ArticleDoc): ArticleDoc {
  const header = DATE_HEADER.exec(doc.text);
  if (!header) return { ...doc, bodyStart: doc.text.startsWith('\uFEFF') ? 1 : 0 };
  const published = isCalendarDate(header[1]) ? header[1] : null;
  const warnings = published
    ? doc.warnings
    : [...doc.warnings, { severity: 'warning' as const, span: { start: 0, end: header[0].length }, source: '10-read', ruleId: 'read.bad-date-header', reason: `date header "${header[1]}" is not a calendar date; published left null` }];
  return { ...doc, bodyStart: header[0].length, meta: { ...doc.meta, published: doc.meta.published ?? published }, warnings };
}

function isCalendarDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}
