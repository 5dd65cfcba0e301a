// Renders one samples/*.md file to HTML, either as a realistic web page ("web": the .html sample,
// with the site's header, menu, cookie banner, related links, share bar and footer around the
// content) or as a clean printable document ("print": the page Chromium prints to the .pdf sample).
//
//   node render.mjs web|print path/to/sample.md > out.html
//
// Called by make-samples.sh, which says how to regenerate everything.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { marked } from "marked";
import hyphenFr from "hyphen/fr/index.js";

const { hyphenateSync } = hyphenFr;

const [mode, mdPath] = process.argv.slice(2);
if (!["web", "print"].includes(mode) || !mdPath) {
  console.error("usage: node render.mjs web|print sample.md");
  process.exit(2);
}
const name = basename(mdPath, ".md");
const md = readFileSync(mdPath, "utf8");

// The samples are conversions of real documents in which every line is a visual line: a single
// newline is a line break (<br>), as in the source documents.
const body = marked.parse(md, { gfm: true, breaks: true });

// ---------------------------------------------------------------------------------------------
// Text-only transformations (never inside tags or attributes)

function mapText(html, fn, skip = /^(pre)$/i) {
  let skipping = 0;
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      const tag = /^<(\/?)([a-z0-9]+)/i.exec(part);
      if (tag) {
        if (skip.test(tag[2])) skipping += tag[1] ? -1 : 1;
        return part;
      }
      return skipping > 0 ? part : fn(part);
    })
    .join("");
}

/** Straight apostrophes and quotes to typographic ones. */
function typographic(text) {
  return text
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/'/g, "\u2019")
    .replace(/"([^"]*)"/g, "\u201C$1\u201D");
}

/** French hyphenation points as soft hyphens (Debian's Chromium has no hyphenation dictionary). */
function hyphenate(text) {
  return hyphenateSync(text, { minWordLength: 7 });
}

// ---------------------------------------------------------------------------------------------
// Print profiles: layout of each PDF

const FONT_SANS = '"DejaVu Sans", "Liberation Sans", sans-serif';
const FONT_LIB = '"Liberation Sans", "DejaVu Sans", sans-serif';

const print = {
  "2024-communique-de-presse": {
    title: "Communiqué de presse — Label « Territoire Innovant » 2024",
    page: "A5",
    margin: "16mm 11mm 16mm 11mm",
    font: FONT_SANS,
    size: "8.6pt",
    columns: true,
    hyphens: true,
    typo: true,
    bullet: "•",
    header: ["Les Interconnectés — Communiqué de presse", "Marseille, 4 avril 2024"],
    footer: "Les Interconnectés — Forum 2024 — www.interconnectes.com",
    pageNumber: true,
  },
  "2023-annuaire-labels": {
    title: "Annuaire des labels « Territoire Innovant » 2023",
    page: "A4",
    margin: "20mm 16mm 18mm 16mm",
    font: FONT_SANS,
    size: "9pt",
    columns: true,
    hyphens: true,
    typo: true,
    bullet: "▪",
    header: ["Réseau des Territoires Innovants", "Annuaire labels 2023"],
    footer: "Les Interconnectés — Annuaire des labels 2023",
    pageNumber: true,
  },
  "2023-dossier-de-presse": {
    title: "Dossier de presse — Forum des Interconnectés 2023",
    page: "A4",
    margin: "20mm 20mm 18mm 20mm",
    font: FONT_LIB,
    size: "10.5pt",
    columns: false,
    hyphens: false,
    typo: false,
    bullet: "•",
    header: ["FORUM DES INTERCONNECTÉS — TOULOUSE 2023", "DOSSIER DE PRESSE"],
    footer: null,
    pageNumber: true,
  },
  "2022-article-presse": {
    title: "Les labels « territoires innovants » des Interconnectés passent à l'ouest",
    page: "A4",
    margin: "18mm 20mm 18mm 20mm",
    font: FONT_LIB,
    size: "11pt",
    columns: false,
    hyphens: false,
    typo: false,
    bullet: "–",
    header: null,
    footer: null,
    pageNumber: true,
  },
  "2013-page-web-labels": {
    title: "Les labels territoires innovants 2013",
    page: "A4",
    margin: "18mm 20mm 18mm 20mm",
    font: FONT_SANS,
    size: "10pt",
    columns: false,
    hyphens: false,
    typo: false,
    bullet: "•",
    header: null,
    footer: null,
    pageNumber: false,
  },
};

function css(str) {
  return '"' + str.replace(/"/g, '\\"') + '"';
}

function printPage() {
  const p = print[name];
  if (!p) throw new Error("no print profile for " + name);
  let content = body;
  if (p.typo) content = mapText(content, typographic);
  if (p.hyphens) content = mapText(content, hyphenate, /^(pre|h[1-6])$/i);
  const margins = [];
  if (p.header) {
    margins.push(`@top-left { content: ${css(p.header[0])}; }`);
    margins.push(`@top-right { content: ${css(p.header[1])}; }`);
  }
  if (p.footer) margins.push(`@bottom-left { content: ${css(p.footer)}; }`);
  if (p.pageNumber) margins.push(`@bottom-right { content: "Page " counter(page); }`);
  return `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>${p.title}</title>
<style>
@page {
  size: ${p.page};
  margin: ${p.margin};
  ${margins.join("\n  ")}
}
@page {
  @top-left { font: 7pt ${p.font}; color: #555; vertical-align: bottom; padding-bottom: 3mm; }
  @top-right { font: 7pt ${p.font}; color: #555; vertical-align: bottom; padding-bottom: 3mm; }
  @bottom-left { font: 7pt ${p.font}; color: #555; vertical-align: top; padding-top: 3mm; }
  @bottom-right { font: 7pt ${p.font}; color: #555; vertical-align: top; padding-top: 3mm; }
}
html { font-family: ${p.font}; font-size: ${p.size}; line-height: 1.3; color: #111; }
body { margin: 0; }
.doc { ${p.columns ? "columns: 2; column-gap: 7mm; column-fill: auto;" : ""} }
p { ${p.columns ? "text-align: justify;" : ""} }
p, li { ${p.hyphens ? "hyphens: manual;" : ""} }
p { margin: 0 0 0.6em 0; orphans: 2; widows: 2; }
h1, h2, h3, h4, h5, h6 { font-weight: bold; line-height: 1.2; hyphens: none; margin: 0.9em 0 0.45em 0; break-after: avoid; }
h1 { font-size: 2em; }
h2 { font-size: 1.6em; ${p.columns ? "column-span: all;" : ""} }
h3 { font-size: 1.35em; }
h4 { font-size: 1.18em; }
h5 { font-size: 1.1em; }
h6 { font-size: 1.05em; }
ul, ol { margin: 0.3em 0 0.6em 0; padding-left: 1.4em; }
ul { list-style-type: "${p.bullet}\\00a0\\00a0"; }
ul ul { list-style-type: "◦\\00a0\\00a0"; }
li { margin: 0 0 0.25em 0; }
a { color: inherit; text-decoration: none; }
hr { border: 0; border-top: 0.5pt solid #999; margin: 0.8em 0; }
pre, code { font-family: inherit; white-space: pre-wrap; }
img { display: none; }
</style>
</head>
<body>
<div class="doc">
${content}
</div>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------------------------
// Web pages: the same content inside a realistic site

const SITE_CSS = `
body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 0; color: #222; }
.site-header, #bandeau { background: #0b3d5c; color: #fff; padding: 12px 24px; }
.site-header a, .main-menu a { color: #fff; }
.main-menu ul { list-style: none; display: flex; gap: 18px; margin: 0; padding: 0; }
.cookie-consent { position: fixed; bottom: 0; left: 0; right: 0; background: #333; color: #fff; padding: 12px; }
.layout { display: flex; gap: 32px; max-width: 1100px; margin: 24px auto; }
article, .entry-content, #contenu { flex: 3; }
aside, .sidebar { flex: 1; font-size: 0.9em; }
.site-footer, #pied { background: #eee; padding: 24px; font-size: 0.85em; }
`;

function cookieBanner() {
  return `<div id="cookie-banner" class="cookie-consent" role="dialog" aria-label="Gestion des cookies">
  <p>Nous utilisons des cookies pour mesurer l'audience et améliorer votre expérience sur notre site. En poursuivant votre navigation, vous acceptez leur utilisation.</p>
  <button type="button" class="btn-accept">Tout accepter</button> <button type="button" class="btn-refuse">Tout refuser</button> <a href="/politique-de-confidentialite">Personnaliser</a>
</div>`;
}

function siteHeader(current) {
  const items = ["Accueil", "Le réseau", "Forum", "Label Territoire Innovant", "Start-up", "Actualités", "Contact"];
  return `<header class="site-header">
  <a class="logo" href="/"><img src="/img/logo-interconnectes.svg" alt="Les Interconnectés"> Les Interconnectés — Le réseau des territoires innovants</a>
  <nav class="main-menu" aria-label="Menu principal"><ul>
${items.map((i) => `    <li${i === current ? ' class="active"' : ""}><a href="/${i.toLowerCase().replace(/[^a-z]+/g, "-")}/">${i}</a></li>`).join("\n")}
  </ul></nav>
  <form class="search-form" action="/recherche"><input type="search" name="q" placeholder="Rechercher sur le site"><button>OK</button></form>
</header>`;
}

function siteFooter(year) {
  return `<div class="newsletter-box">
  <h3>Recevez notre lettre d'information</h3>
  <form action="/newsletter"><input type="email" placeholder="Votre adresse e-mail"><button>Je m'abonne</button></form>
</div>
<footer class="site-footer">
  <p>© ${year} Les Interconnectés — Réseau des territoires innovants — 22 rue Joubert, 75009 Paris</p>
  <ul><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/plan-du-site">Plan du site</a></li><li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li></ul>
</footer>
<script src="/js/tarteaucitron.js"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>`;
}

function shareBar() {
  return `<div class="share-bar">Partager : <a href="https://www.facebook.com/sharer">Facebook</a> <a href="https://twitter.com/intent/tweet">X (Twitter)</a> <a href="https://www.linkedin.com/shareArticle">LinkedIn</a> <a href="mailto:?subject=">E-mail</a></div>`;
}

function relatedAside(title) {
  return `<aside class="sidebar">
  <div class="widget">
    <h2>${title}</h2>
    <ul>
      <li><a href="/actualites/forum-2025">Forum des Interconnectés 2025 : les inscriptions sont ouvertes</a></li>
      <li><a href="/actualites/start-up-interconnectees">Concours « Start-up interconnectée » : les finalistes</a></li>
      <li><a href="/actualites/barometre">Baromètre de la maturité numérique des territoires</a></li>
    </ul>
  </div>
</aside>`;
}

function head(title, extra = "") {
  return `<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta property="og:title" content="${title}">
<link rel="stylesheet" href="/wp-content/themes/interco/style.css">
<style>${SITE_CSS}</style>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXXXXX"></script>
${extra}</head>`;
}

const web = {
  // A modern site: <main> with an <article>, an aside beside it.
  "2024-communique-de-presse": () => `<!DOCTYPE html>
<html lang="fr">
${head("Forum des Interconnectés 2024 : les lauréats du Label « Territoire Innovant » – Les Interconnectés")}
<body class="single-post">
${cookieBanner()}
${siteHeader("Actualités")}
<nav class="breadcrumb" aria-label="Fil d'Ariane"><a href="/">Accueil</a> › <a href="/actualites/">Actualités</a> › Communiqué de presse</nav>
<main id="main" class="layout">
<article class="post type-post">
<div class="post-meta">Publié le 4 avril 2024 dans <a href="/categorie/communiques/">Communiqués</a></div>
${body}
${shareBar()}
</article>
${relatedAside("À lire aussi")}
</main>
${siteFooter(2024)}
</body>
</html>
`,
  // A press area: role="main" and a "Sur le même sujet" block inside it.
  "2023-dossier-de-presse": () => `<!DOCTYPE html>
<html lang="fr">
${head("Dossier de presse du Forum des Interconnectés 2023 – Espace presse")}
<body>
${siteHeader("Forum")}
<div id="page-wrapper" class="layout">
<div id="main-content" role="main">
<div class="entry-content">
${body}
</div>
<section class="related-posts">
<h3>Sur le même sujet</h3>
<ul>
<li><a href="/forum-2022-nantes">Forum 2022 à Nantes : retour en images</a></li>
<li><a href="/label-2022">Les lauréats du label 2022</a></li>
</ul>
</section>
<div id="comments" class="comments-area"><h3>Laisser un commentaire</h3><form><textarea></textarea><button>Publier</button></form></div>
</div>
<div class="sidebar" id="secondary"><h3>Espace presse</h3><p>Contact presse : Céline Colucci, 06 10 86 23 87.</p><p>Téléchargez les logos et photos du Forum.</p></div>
</div>
${cookieBanner()}
${siteFooter(2023)}
</body>
</html>
`,
  // An old site (2013): no <main>/<article>, a table-free div layout; the content is the densest
  // container. Written in windows-1252 by make-samples.sh.
  "2013-page-web-labels": () => `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="fr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252" />
<title>Les Labels Territoires Innovants 2013 - Les Interconnectés</title>
<link rel="stylesheet" type="text/css" href="/css/interco2013.css" />
<script type="text/javascript" src="/js/jquery-1.8.2.min.js"></script>
</head>
<body>
<div id="global">
<div id="bandeau"><a href="/"><img src="/images/logo_interco.png" alt="Les Interconnectés" /></a>
<div class="slogan">Le réseau des territoires innovants</div></div>
<div id="menu-haut"><ul><li><a href="/">Accueil</a></li><li><a href="/forum">Le Forum 2013</a></li><li><a href="/labels">Labels</a></li><li><a href="/partenaires">Partenaires</a></li><li><a href="/inscription">Inscription</a></li></ul></div>
<div id="colonne-gauche">
<div class="bloc-gauche"><p>Forum des Interconnectés</p><p>2 et 3 décembre 2013 - Lyon</p><p><a href="/inscription">Je m'inscris</a></p></div>
<div class="bloc-gauche pub-partenaire"><p>Nos partenaires : Orange, SFR, La Poste</p></div>
</div>
<div id="contenu">
${body}
<div class="social-links"><a href="http://twitter.com/interconnectes">Suivez-nous sur Twitter</a> | <a href="http://www.facebook.com/interconnectes">Facebook</a></div>
</div>
<div id="pied">Les Interconnectés © 2013 | <a href="/contact">Contact</a> | <a href="/mentions">Mentions légales</a> | Site réalisé par Agence Web</div>
</div>
</body>
</html>
`,
  // A news site: <article>, with an ad and an "À lire aussi" box inside the article body, and
  // comments after it.
  "2022-article-presse": () => `<!DOCTYPE html>
<html lang="fr">
${head("Les labels « territoires innovants » des Interconnectés passent à l'ouest")}
<body>
${cookieBanner()}
<header id="masthead"><div class="logo">La Gazette des communes</div>
<nav class="menu-principal"><a href="/">Accueil</a> <a href="/actualite/">Actualité</a> <a href="/thematiques/">Thématiques</a> <a href="/club/">Clubs</a> <a href="/abonnement/">Abonnez-vous</a></nav></header>
<div class="layout">
<article class="article">
${body.replace(/(<h2[^>]*>Des projets ruraux et urbains)/, `<div class="encart"><p class="encart-titre"><strong>À lire aussi</strong></p><ul><li><a href="/label-2021">Label 2021 : la sobriété numérique à l'honneur</a></li><li><a href="/forum-lyon">Le Forum des Interconnectés fête ses 20 ans</a></li></ul></div>
<div class="pub-banner" id="ad-article-1"><p>Publicité — Découvrez nos offres pour les collectivités</p></div>
$1`)}
${shareBar()}
</article>
<aside class="sidebar"><div class="widget-popular"><h3>Les plus lus</h3><ol><li><a href="/a">Budget 2022 : ce qui change</a></li><li><a href="/b">Fonction publique : le point d'indice</a></li></ol></div></aside>
</div>
<section id="comments"><h3>Commentaires</h3><p>Soyez le premier à réagir.</p></section>
<footer class="site-footer"><p>© Groupe Moniteur 2022 — Tous droits réservés</p></footer>
</body>
</html>
`,
  // The yearbook as a web page: <main> without <article>, a table of contents in an <aside>.
  "2023-annuaire-labels": () => `<!DOCTYPE html>
<html lang="fr">
${head("Annuaire des labels « Territoire Innovant » 2023 – Les Interconnectés")}
<body>
${siteHeader("Label Territoire Innovant")}
<nav class="breadcrumb"><a href="/">Accueil</a> › <a href="/label/">Label Territoire Innovant</a> › Annuaire 2023</nav>
<div class="layout">
<main>
${body}
${shareBar()}
</main>
<aside class="toc-sidebar"><h3>Dans cette page</h3><ul><li><a href="#">Le jury</a></li><li><a href="#">Résultats de la sélection</a></li></ul></aside>
</div>
<div class="sponsor-strip"><p>Avec le soutien de Banque des Territoires, Microsoft, Intercommunalités de France</p></div>
${cookieBanner()}
${siteFooter(2023)}
</body>
</html>
`,
};

if (mode === "web") {
  if (!web[name]) throw new Error("no web template for " + name);
  process.stdout.write(web[name]());
} else {
  process.stdout.write(printPage());
}
