// Converts the JSON of @etalab/decoupage-administratif into the compact, sorted,
// gzipped TSV resources read by fr.palmares.geo.Geography.
//
// usage: node convert.mjs <unpacked package dir> <output dir>
//
// Output (UTF-8, tab-separated, one header line, sorted by code, gzip level 9
// without timestamp so that the same input gives byte-identical files):
//   communes.tsv.gz        code, nom, departement, region, population, siren, epci, ept
//                          (type "commune-actuelle" only)
//   anciennes-communes.tsv.gz  nom, type (deleguee|associee), code, commune (code of the current commune)
//   epci.tsv.gz            siren, nom, nature (CC|CA|CU|METRO|MET69|EPT), departement, region, population
//                          departement = the one where most of the members' population lives
//   departements.tsv.gz    code, nom, region, chefLieu
//   regions.tsv.gz         code, nom, chefLieu
//   version.txt            package name and version
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const [, , pkgDir, outDir] = process.argv;
if (!pkgDir || !outDir) {
  console.error('usage: node convert.mjs <package dir> <output dir>');
  process.exit(2);
}
const read = (name) => JSON.parse(fs.readFileSync(path.join(pkgDir, 'data', name), 'utf8'));
const pkg = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));

const clean = (v) => (v === undefined || v === null ? '' : String(v).replace(/[\t\r\n]+/g, ' ').trim());
const byCode = (a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

function write(name, header, rows) {
  rows.sort(byCode);
  const text = [header, ...rows].map((r) => r.map(clean).join('\t')).join('\n') + '\n';
  const file = path.join(outDir, name);
  fs.writeFileSync(file, zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
  console.log(`${name}: ${rows.length} rows, ${fs.statSync(file).size} bytes`);
}

const allCommunes = read('communes.json');
const communes = allCommunes.filter((c) => c.type === 'commune-actuelle');
const communeByCode = new Map(communes.map((c) => [c.code, c]));
const epcis = read('epci.json');
const epts = fs.existsSync(path.join(pkgDir, 'data', 'ept.json')) ? read('ept.json') : [];
const departements = read('departements.json');
const regions = read('regions.json');
const regionOfDep = new Map(departements.map((d) => [d.code, d.region]));

const epciOf = new Map();
const eptOf = new Map();
const groupRows = [];
for (const [list, memberOf] of [[epcis, epciOf], [epts, eptOf]]) {
  for (const e of list) {
    const popByDep = new Map();
    let population = 0;
    for (const m of e.membres) {
      memberOf.set(m.code, e.code);
      const c = communeByCode.get(m.code);
      const pop = m.populationMunicipale ?? c?.population ?? 0;
      population += pop;
      if (c) popByDep.set(c.departement, (popByDep.get(c.departement) ?? 0) + pop);
    }
    // most populated département; ties broken by the smallest code for determinism
    const dep = [...popByDep.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
    groupRows.push([e.code, e.nom, e.type, dep, regionOfDep.get(dep) ?? '', e.populationMunicipale ?? population]);
  }
}

write('communes.tsv.gz', ['code', 'nom', 'departement', 'region', 'population', 'siren', 'epci', 'ept'],
  communes.map((c) => [c.code, c.nom, c.departement, c.region, c.population, c.siren, epciOf.get(c.code), eptOf.get(c.code)]));

write('anciennes-communes.tsv.gz', ['nom', 'type', 'code', 'commune'],
  allCommunes.filter((c) => (c.type === 'commune-deleguee' || c.type === 'commune-associee') && communeByCode.has(c.chefLieu))
    .map((c) => [c.nom, c.type.replace('commune-', ''), c.code, c.chefLieu])
    .sort((a, b) => (a[0] + a[2] < b[0] + b[2] ? -1 : 1)));

write('epci.tsv.gz', ['siren', 'nom', 'nature', 'departement', 'region', 'population'], groupRows);
write('departements.tsv.gz', ['code', 'nom', 'region', 'chefLieu'], departements.map((d) => [d.code, d.nom, d.region, d.chefLieu]));
write('regions.tsv.gz', ['code', 'nom', 'chefLieu'], regions.map((r) => [r.code, r.nom, r.chefLieu]));
fs.writeFileSync(path.join(outDir, 'version.txt'), `${pkg.name}\t${pkg.version}\n`);
console.log(`version.txt: ${pkg.name} ${pkg.version}`);
