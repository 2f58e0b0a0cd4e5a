// HTML → the article's main text, by @mozilla/readability over linkedom.
// Offsets in the facts document refer to this text, so the batch run keeps it
// beside the output as <id>.txt; paragraphs are separated by a blank line so
// that the pipeline sees the same block structure a .txt article has.
import { DOMParser } from 'linkedom';
import { Readability } from '@mozilla/readability';

export interface HtmlArticle {
  /** The main text: the title (when the body does not already hold it), then one paragraph per block. */
  text: string;
  /** YYYY-MM-DD from the page's published-time metadata, when it has a valid one. */
  published: string | null;
  /** False when Readability found no article and the whole page's text was taken instead. */
  readable: boolean;
}

const BLOCK_ELEMENTS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'HTML', 'LI', 'MAIN', 'NAV', 'OL', 'P',
  'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIPPED_ELEMENTS = new Set(['HEAD', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT']);

/** The smallest DOM surface the text walk needs; linkedom's nodes satisfy it. */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

export function htmlToArticle(html: string): HtmlArticle {
  const article = new Readability(parseDocument(html), { serializer: (node: Node) => node }).parse();
  const published = calendarDate(article?.publishedTime);
  const body = article?.content ? blockText(article.content as unknown as DomNode) : '';
  if (!body) {
    // Readability gives up on short or unusual pages; every visible word is then better than nothing.
    const whole = parseDocument(html).documentElement as unknown as DomNode | null;
    return { text: whole ? blockText(whole) : '', published, readable: false };
  }
  const title = collapseSpaces(article?.title ?? '');
  const text = title && !body.slice(0, title.length * 2).includes(title) ? `${title}\n\n${body}` : body;
  return { text, published, readable: true };
}

/** linkedom needs an <html> element, or it has no body; bare fragments and empty files get one. */
function parseDocument(html: string): Document {
  const source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return new DOMParser().parseFromString(source, 'text/html') as unknown as Document;
}

/** Text of a subtree with a blank line between blocks and a newline for <br>; spaces inside a block collapsed. */
export function blockText(root: DomNode): string {
  const blocks: string[] = [];
  let current = '';
  const endBlock = () => {
    const line = current.split('\n').map((l) => l.trim()).filter(Boolean).join('\n');
    if (line) blocks.push(line);
    current = '';
  };
  const walk = (node: DomNode) => {
    // Line breaks in the HTML source are only spacing; <br> is the one line break that counts.
    if (node.nodeType === 3) { current += (node.textContent ?? '').replace(/\s+/g, ' '); return; }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED_ELEMENTS.has(name)) return;
    if (name === 'BR') { current += '\n'; return; }
    const block = BLOCK_ELEMENTS.has(name);
    if (block) endBlock();
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]);
    if (block) endBlock();
  };
  walk(root);
  endBlock();
  return blocks.join('\n\n');
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function calendarDate(value: string | null | undefined): string | null {
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value ?? '')?.[1];
  if (!iso) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}
