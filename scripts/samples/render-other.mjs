// A second rendering of one samples/*.md file, by other tools and settings than render.mjs, for the
// tests that check that the same document made by two tools loads into equivalent models:
//   web    the Markdown converted by markdown-it (not marked), with block quotations off, so that the
//          "> " markers of a list stay as text ("<li>&gt; Grand Lyon ...</li>"), in another site's page;
//   print  the same HTML for Chromium: serif fonts (Liberation Serif / DejaVu Serif), one column, no
//          hyphenation, disc bullets (which Chromium draws as vector shapes, not "•" glyphs), bold
//          list items' first lines, bigger headings, Letter paper.
//
//   node render-other.mjs web|print path/to/sample.md > out.html
//
// Called by make-second-renderings.sh, which says how to regenerate the files.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import MarkdownIt from "markdown-it";

const [mode, mdPath] = process.argv.slice(2);
if (!["web", "print"].includes(mode) || !mdPath) {
  console.error("usage: node render-other.mjs web|print sample.md");
  process.exit(2);
}
const name = basename(mdPath, ".md");
const md = new MarkdownIt({ html: true, breaks: true, linkify: false, typographer: false }).disable("blockquote");
const body = md.render(readFileSync(mdPath, "utf8"));

if (mode === "web") {
  process.stdout.write(`<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>${name}</title>
<style>body{font-family:Georgia,serif} .wrap{display:grid;grid-template-columns:3fr 1fr}</style></head>
<body>
<div id="site-top"><a href="/">Accueil</a> · <a href="/agenda">Agenda</a> · <a href="/contact">Contact</a></div>
<div class="wrap">
<div id="content" class="page-content">
${body}
</div>
<div class="widget-area"><h4>Derniers articles</h4><ul><li><a href="/a">Le forum 2025</a></li><li><a href="/b">Nos partenaires</a></li></ul></div>
</div>
<div id="site-bottom">© Les Interconnectés · <a href="/mentions">Mentions légales</a></div>
</body></html>
`);
} else {
  process.stdout.write(`<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>${name}</title>
<style>
@page { size: Letter; margin: 22mm 25mm 22mm 25mm; }
html { font-family: "Liberation Serif", "DejaVu Serif", serif; font-size: 11.5pt; line-height: 1.4; }
h1 { font-size: 2.2em; } h2 { font-size: 1.8em; } h3 { font-size: 1.4em; } h4 { font-size: 1.2em; }
h1, h2, h3, h4, h5, h6 { font-family: "DejaVu Sans", sans-serif; margin: 1em 0 0.4em; break-after: avoid; }
ul { list-style-type: disc; padding-left: 2em; } ul ul { list-style-type: circle; }
li::first-line { font-weight: bold; }
p { margin: 0 0 0.7em; }
a { color: inherit; text-decoration: none; }
img { display: none; }
</style></head>
<body>
${body}
</body></html>
`);
}
