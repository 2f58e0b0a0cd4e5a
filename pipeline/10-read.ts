// Read: find the article's own date header, and undo typesetting that would
// mislead later stages (hard-wrapped lines, no-break spaces). The input itself
// is never changed (a BOM or CRLF stays); the text the stages read differs from
// it one character for one, so offsets stay true. The header's span is left out of every later reading.
import type { ArticleDoc } from './types.ts';
import { MONTHS } from './lexicon/index.ts';
import { readingText } from './reading-text.ts';

export function readArticle(doc: ArticleDoc): ArticleDoc {
  return readHeader({ ...doc, text: readingText(doc.input) });
}

// The dates a header writes: "2021-02-17", "17 February 2021", "February 17, 2021" (month names, any case).
const HEADER_DATE = String.raw`(\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?[ \t]+\p{L}+\.?,?[ \t]+\d{4}|\p{L}+\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4})`;
// "date", "Date:", "Published:", "Posted on", "Updated" before the date, as mail, front matter and news sites write it.
const HEADER_WORD = String.raw`(?:date|published|posted|updated)(?:[ \t]+on)?(?:[ \t]*:[ \t]*|[ \t]+)`;
// " date 2021-02-17 Body...": the header opening the text may share the first line with the body.
const OPENING_HEADER = new RegExp(String.raw`^\uFEFF?\s*${HEADER_WORD}${HEADER_DATE}\b[ \t]*(?:\r?\n)?`, 'iu');
// "Headline\nPublished: 17 February 2021, 10:32\nBody": a scraped article's dateline under its headline holds a
// line of its own, perhaps after a byline or a standfirst (up to three short lines); a clock time after the date is ignored.
const DATELINE_UNDER_HEADLINE = new RegExp(String.raw`^\uFEFF?(?:[ \t]*[^\r\n]{1,200}\r?\n(?:[ \t]*\r?\n)?){1,3}?([ \t]*${HEADER_WORD}${HEADER_DATE}(?:,?[ \t]+(?:at[ \t]+)?\d{1,2}:\d{2}(?:[ \t]*[ap]\.?m\.?)?)?[ \t]*)(?:\r?\n|$)`, 'iud');

function readHeader(doc: ArticleDoc): ArticleDoc {
  const opening = OPENING_HEADER.exec(doc.text);
  const openingDate = opening && writtenDate(opening[1]);
  if (opening && openingDate) return withHeader(doc, { start: 0, end: opening[0].length }, opening[1], openingDate);
  const underHeadline = DATELINE_UNDER_HEADLINE.exec(doc.text);
  const dateline = underHeadline?.indices?.[1];
  const datelineDate = underHeadline && dateline && writtenDate(underHeadline[2]);
  if (dateline && datelineDate) return withHeader(doc, { start: dateline[0], end: dateline[1] }, underHeadline![2], datelineDate);
  return { ...doc, header: null };
}

function withHeader(doc: ArticleDoc, header: { start: number; end: number }, written: string, date: string): ArticleDoc {
  const published = isCalendarDate(date) ? date : null;
  const warnings = published
    ? doc.warnings
    : [...doc.warnings, { severity: 'warning' as const, span: header, source: '10-read', ruleId: 'read.bad-date-header', reason: `date header "${written}" is not a calendar date; published left null` }];
  return { ...doc, header, meta: { ...doc.meta, published: doc.meta.published ?? published }, warnings };
}

/**
 * The header's date as YYYY-MM-DD, calendar day or not ("2019-13-40" is a bad header and is reported),
 * or null when it names no month ("Posted 12 songs 2019" is no header at all).
 */
function writtenDate(written: string): string | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(written) ? written : fromMonthName(written);
}

function fromMonthName(written: string): string | null {
  const words = written.toLowerCase().replace(/[.,]/g, ' ').split(/[ \t]+/).filter(Boolean);
  const year = words.find((w) => /^\d{4}$/.test(w));
  const day = words.find((w) => /^\d{1,2}(?:st|nd|rd|th)?$/.test(w));
  const month = words.map((w) => MONTHS.get(w)).find((m) => m !== undefined);
  if (!year || !day || month === undefined) return null;
  return `${year}-${String(month).padStart(2, '0')}-${day.replace(/\D/g, '').padStart(2, '0')}`;
}

function isCalendarDate(iso: string): boolean {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}
