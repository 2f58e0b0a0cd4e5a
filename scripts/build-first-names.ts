// Writes pipeline/lexicon/first-names.json: given names from @faker-js/faker's
// locale data (Latin-script locales), so that "Mara Lind" or "Éloïse Martin"
// reads as a person without the pipeline depending on faker at run time.
// Names that are also ordinary English words ("Hope", "Summer") are left out:
// a title such as "Summer Rain" must not become a person.
// Run: npx tsx scripts/build-first-names.ts
import { writeFileSync } from 'node:fs';
import nlp from 'compromise';
import * as faker from '@faker-js/faker';

const LOCALES = ['en', 'en_AU', 'en_CA', 'en_IE', 'en_IN', 'en_NG', 'en_ZA', 'fr', 'fr_CA', 'de', 'de_AT', 'de_CH', 'es', 'es_MX', 'it', 'pt_BR', 'pt_PT', 'nl', 'nl_BE', 'sv', 'nb_NO', 'da', 'fi', 'pl', 'cs_CZ', 'sk', 'hu', 'ro', 'hr', 'tr', 'id_ID', 'vi', 'af_ZA', 'zu_ZA', 'lv', 'ro_MD', 'sr_RS_latin', 'uz_UZ_latin', 'yo_NG', 'ga'] as const;

type FirstNames = { generic?: string[]; female?: string[]; male?: string[] };
const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string> } } }).model().one.lexicon;
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'Person']);
const LATIN_NAME = /^\p{Lu}[\p{Ll}'’-]+$/u;

export const FIRST_NAMES_FILE = new URL('../pipeline/lexicon/first-names.json', import.meta.url);

/** The file's text. */
export function firstNamesJson(): string {
  const names = new Set<string>();
  const female = new Set<string>();
  const male = new Set<string>();
  const usable = (name: string) => {
    if (!LATIN_NAME.test(name) || !/[\u0000-\u024F]/.test(name)) return false;
    const tag = lexicon[name.toLowerCase()];
    return !(tag && !NAME_TAGS.has(tag));
  };
  for (const locale of LOCALES) {
    const definition = (faker as unknown as Record<string, { person?: { first_name?: FirstNames } } | undefined>)[locale];
    const firstNames = definition?.person?.first_name;
    if (!firstNames) continue;
    for (const name of [...(firstNames.generic ?? []), ...(firstNames.female ?? []), ...(firstNames.male ?? [])]) if (usable(name)) names.add(name);
    for (const name of firstNames.female ?? []) if (usable(name)) female.add(name);
    for (const name of firstNames.male ?? []) if (usable(name)) male.add(name);
  }
  const sorted = [...names].sort();
  // A name some locale gives to both (Andrea, Jean) tells nothing.
  return `${JSON.stringify({
    _why: 'Given names from @faker-js/faker locale data (scripts/build-first-names.ts); ordinary English words left out. General knowledge, no particular person. feminine and masculine: names the locales give to women only or to men only, so that "she" and "the actress" are not read as a man.',
    firstNames: sorted,
    feminine: [...female].filter((n) => !male.has(n)).sort(),
    masculine: [...male].filter((n) => !female.has(n)).sort(),
  }, null, 0)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(FIRST_NAMES_FILE, firstNamesJson());
  console.log(`wrote ${FIRST_NAMES_FILE.pathname}`);
}
