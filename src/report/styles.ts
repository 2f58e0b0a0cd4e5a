// The one stylesheet of every page, inlined so the report opens from the file
// system with no network. Type colours come from palette.ts.
import { ENTITY_TYPES } from '../contract.ts';
import { LABEL_TEXT_COLOUR, TEXT_COLOUR, TYPE_STYLES } from './palette.ts';

/** Evidence sentence lit by a fact: dark text on light yellow, plus an underline so it does not rely on colour. */
export const EVIDENCE_BACKGROUND = '#fff0a0';
export const FOCUS_COLOUR = '#0050b3';

function typeRules(): string {
  return ENTITY_TYPES.map((type) => {
    const s = TYPE_STYLES[type];
    return `.t-${type}{--bg:${s.background};--ink:${s.ink};--line:${s.underline}}`;
  }).join('\n');
}

const BASE = `
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:${TEXT_COLOUR};background:#fff}
a{color:#0645ad}
a:focus-visible,button:focus-visible,input:focus-visible,[tabindex]:focus-visible{outline:3px solid ${FOCUS_COLOUR};outline-offset:2px}
header.page{padding:12px 20px;border-bottom:1px solid #ccc;background:#f6f7f9}
header.page h1{margin:4px 0;font-size:1.35rem;word-break:break-all}
.meta{color:#4a4a4a;font-size:.9rem;margin:0}
.meta span+span::before{content:" · "}
main{padding:12px 20px 40px}
h2{font-size:1.1rem;margin:18px 0 8px}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.skip{position:absolute;left:-9999px;top:0;background:#fff;padding:6px 10px;z-index:10}
.skip:focus{left:8px}
.notice{border-left:4px solid #a15c00;background:#fff7e6;padding:8px 12px;margin:10px 0}
.notice strong{color:#6b3d00}
.empty{color:#4a4a4a;font-style:italic}
.t-other{--bg:#e6e6e6;--ink:#444;--line:solid}
${typeRules()}
.lbl{display:inline-block;white-space:nowrap;font-size:.62em;line-height:1.3;font-weight:700;letter-spacing:.03em;background:var(--ink);color:${LABEL_TEXT_COLOUR};border-radius:3px;padding:0 3px;margin-left:3px;vertical-align:.15em}
body.no-labels .text .lbl{display:none}
/* tables */
table{border-collapse:collapse;font-size:.88rem;width:100%}
th,td{border-bottom:1px solid #ddd;padding:4px 6px;text-align:left;vertical-align:top}
thead th{position:sticky;top:0;background:#eef0f3;z-index:1}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
tfoot td{font-weight:600;border-top:2px solid #999}
button.sort{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:inherit;text-align:inherit}
th[aria-sort=ascending] button.sort::after{content:" ▲"}
th[aria-sort=descending] button.sort::after{content:" ▼"}
.ent{background:var(--bg);border-bottom:2px var(--line) var(--ink);padding:0 2px;border-radius:3px;cursor:pointer}
.ent.same,.m.same{outline:2px solid #000;outline-offset:1px}
`;

const ARTICLE = `
.layout{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.1fr);gap:24px;align-items:start}
@media (max-width:900px){.layout{grid-template-columns:minmax(0,1fr)}}
@media (min-width:901px){#text-panel{position:sticky;top:0;max-height:100vh;overflow:auto;padding-right:6px}}
.legend{display:flex;flex-wrap:wrap;gap:6px 10px;list-style:none;padding:0;margin:6px 0 10px;font-size:.85rem}
.legend li{display:flex;align-items:center;gap:4px}
.legend .swatch{display:inline-block;width:2.4em;height:1.1em;background:var(--bg);border-bottom:3px var(--line) var(--ink);border-radius:3px}
.controls{font-size:.85rem;margin:4px 0}
.text{white-space:pre-wrap;line-height:2.05;font-size:1rem;border:1px solid #ddd;border-radius:6px;padding:12px 14px;background:#fff}
mark.m{background:var(--bg);color:${TEXT_COLOUR};border-bottom:2px var(--line) var(--ink);padding:1px 2px;border-radius:3px;cursor:pointer}
.ev.lit{background:${EVIDENCE_BACKGROUND};text-decoration:underline 2px #6e5300;text-underline-offset:3px}
mark.m.lit{box-shadow:0 0 0 3px ${EVIDENCE_BACKGROUND};text-decoration:underline 2px #6e5300;text-underline-offset:3px}
.scroll-x{overflow-x:auto}
table.facts td:nth-child(6){min-width:10em}
tr.fact{cursor:pointer}
tr.fact:hover{background:#f3f6fb}
tr.fact.active{background:#e3ecfa;outline:2px solid ${FOCUS_COLOUR};outline-offset:-2px}
ul.evidence{list-style:none;margin:0;padding:0}
button.evq{font:inherit;font-size:.82rem;text-align:left;background:#f6f7f9;border:1px solid #ccc;border-radius:4px;padding:2px 5px;margin:1px 0;cursor:pointer;color:${TEXT_COLOUR}}
button.evq:hover{background:#eef0f3}
.rule{color:#4a4a4a;font-family:ui-monospace,monospace;font-size:.78rem}
td.verdict{white-space:nowrap;font-weight:600}
.v-correct td.verdict{color:#0a5c1e}
.v-wrong td.verdict{color:#a11d1d}
.v-optional td.verdict,.v-unscored td.verdict{color:#4a4a4a}
tr.v-correct td:first-child{border-left:4px solid #2e7d32}
tr.v-wrong td:first-child{border-left:4px dashed #c62828}
.reason{display:block;font-weight:400;font-size:.8rem;white-space:normal}
.graph{width:100%;height:auto;border:1px solid #ddd;border-radius:6px;background:#fcfcfd}
.graph .edge{cursor:pointer}
.graph .edge path{fill:none}
.graph .edge path.hit{stroke:transparent;stroke-width:10}
.graph .edge path.line{stroke:#6b6b6b;stroke-width:1.4}
.graph .edge.v-correct path.line{stroke:#2e7d32}
.graph .edge.v-wrong path.line{stroke:#c62828;stroke-dasharray:5 3}
.graph .edge.near path.line{stroke-width:2.6;stroke:#222}
.graph .edge.near text{font-weight:700}
.graph .edge.lit path.line{stroke-width:3.5}
.graph .edge text{font-size:10px;fill:#333;paint-order:stroke;stroke:#fff;stroke-width:3px}
.graph .arrowhead path{fill:#6b6b6b}
.graph .arrowhead.v-correct path{fill:#2e7d32}
.graph .arrowhead.v-wrong path{fill:#c62828}
.graph .node{cursor:pointer}
.graph .node circle{fill:var(--bg);stroke:var(--ink);stroke-width:2}
.graph .node text{font-size:11px;fill:${TEXT_COLOUR};paint-order:stroke;stroke:#fff;stroke-width:3px}
.graph .node .glbl{font-size:8px;font-weight:700;fill:var(--ink)}
.graph .node.same circle{stroke:#000;stroke-width:4}
.graph .node:focus-visible{outline:none}
.graph .node:focus-visible circle{stroke:${FOCUS_COLOUR};stroke-width:5}
`;

const INDEX = `
.toolbar{display:flex;gap:12px;align-items:center;flex-wrap:wrap;margin:8px 0}
.toolbar input{font:inherit;padding:4px 8px;min-width:22em;border:1px solid #767676;border-radius:4px}
.table-wrap{overflow:auto;max-height:80vh;border:1px solid #ddd}
th.vert{vertical-align:bottom}
th.vert button.sort{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap}
th.vert .ent{display:inline-block;margin-top:4px}
td.zero{color:#767676}
td.name,th.name{white-space:nowrap}
td.date{white-space:nowrap}
`;

export const ARTICLE_CSS = BASE + ARTICLE;
export const INDEX_CSS = BASE + INDEX;
