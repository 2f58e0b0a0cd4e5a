// The HTML shell every page shares: inline style and script, and a content
// security policy that allows no network at all and runs only our own script,
// so even text that slipped past escaping could not run or phone home.
import { createHash } from 'node:crypto';
import { escapeHtml } from './html.ts';
import { PAGE_SCRIPT } from './script.ts';

const SCRIPT_HASH = createHash('sha256').update(PAGE_SCRIPT).digest('base64');
export const CONTENT_SECURITY_POLICY = `default-src 'none'; script-src 'sha256-${SCRIPT_HASH}'; style-src 'unsafe-inline'; img-src data:`;

export interface PageParts {
  title: string;
  css: string;
  /** Already-escaped HTML of the body. */
  body: string;
}

export function renderPage({ title, css, body }: PageParts): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CONTENT_SECURITY_POLICY)}">
<title>${escapeHtml(title)}</title>
<style>${css}</style>
</head>
<body>
${body}
<div id="live" class="sr-only" role="status" aria-live="polite"></div>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}
