// The page every report is: self-contained HTML (no script, no external resource) with print CSS for A4.

import type { Language } from '../i18n/language';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML: a user's name is never markup. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

const STYLE = `
@page { size: A4; margin: 14mm 14mm 16mm; }
* { box-sizing: border-box; }
body { font: 10.5pt/1.4 "Segoe UI", "DejaVu Sans", Arial, sans-serif; color: #1b1b1b; margin: 0 auto; max-width: 182mm; padding: 8mm 0; }
h1 { font-size: 17pt; margin: 0 0 2mm; color: #123f73; }
h2 { font-size: 12pt; margin: 5mm 0 2mm; color: #123f73; break-after: avoid; }
p, ul { margin: 0 0 2mm; }
ul { padding-left: 5mm; }
.meta { color: #555; font-size: 9pt; }
section { break-inside: avoid; }
section.flow { break-inside: auto; }
table { border-collapse: collapse; font-size: 8.5pt; width: 100%; }
th, td { border: 1px solid #d6d6d6; padding: 1mm 1.5mm; text-align: left; }
td.level { text-align: center; width: 9mm; }
th.rotate { font-weight: 600; }
.legend span { display: inline-block; min-width: 14mm; padding: 0.5mm 1.5mm; margin-right: 1mm; font-size: 8pt; }
.notes { border: 1px solid #bbb; height: 45mm; background: repeating-linear-gradient(#fff 0 7.5mm, #e4e4e4 7.5mm 7.6mm); }
small.code { color: #595959; font-size: 7.5pt; white-space: nowrap; }
li > ul { margin: 0.5mm 0 1mm; }
footer { margin-top: 5mm; color: #666; font-size: 8pt; border-top: 1px solid #ddd; padding-top: 2mm; }
svg { display: block; max-width: 100%; }
.print { margin: 0 0 4mm; }
@media print { body { padding: 0; max-width: none; } .print { display: none; } }
`;

/**
 * A report's body in landmarks: its header (banner), its sections in one `<main>`, its footer (contentinfo), so
 * every part of the page sits in a landmark a screen reader can jump to.
 */
export function landmarks(header: string, sections: readonly string[], footer: string): string {
  return [header, '<main>', ...sections.filter(Boolean), '</main>', footer].join('\n');
}

/** A whole report page; `body` is already escaped HTML. */
export function page(lang: Language, title: string, body: string): string {
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Nothing may load from elsewhere: the report is read offline, printed, or mailed as a file.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    `<body>${body}</body>`,
    '</html>',
  ].join('\n');
}
