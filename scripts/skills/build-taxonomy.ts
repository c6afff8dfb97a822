// Regenerates lib/skills/data/taxonomy.json from the curated overlay, O*NET 29.2, ESCO 1.1.1 and the
// annotated Knowledge spans of the SkillSpan TECH *train* split. Run: tsx scripts/skills/build-taxonomy.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { looseKey as normalizeKey } from '../../lib/skills/normalize.ts';
import type { SkillCategory } from '../../lib/skills/types.ts';
import type { TaxonomyFile, TaxonomySkill } from '../../lib/skills/data-format.ts';
import { escoProseWords, readEsco } from './sources/esco.ts';
import { readOnet, type SourceName } from './sources/onet.ts';
import { readOverlay, type DraftSkill } from './sources/overlay.ts';
import { repoRoot, sharedPath } from './sources/paths.ts';
import { harvestSkillSpan, ordinaryWords } from './sources/harvest.ts';
import { rarelySkills } from './sources/calibrate.ts';

const skills = new Map<string, DraftSkill>();
const claims = new Map<string, string>();
/** keys of spellings that need evidence: a source name must not join a skill through one of them */
const weakKeys = new Set<string>();

function slug(label: string): string {
  return label
    .toLowerCase()
    .replace(/\+/g, '-plus')
    .replace(/#/g, '-sharp')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function addAlias(skill: DraftSkill, spelling: string, weak: boolean): boolean {
  const key = normalizeKey(spelling);
  if (!key) return false;
  const owner = claims.get(key);
  if (owner && owner !== skill.id) return false;
  // A spelling already claimed keeps its strength: O*NET's "Python" (also a word in prose) must not make the
  // curated Python weak for the names that join it later.
  if (weak && !owner) weakKeys.add(key);
  claims.set(key, skill.id);
  if (![...skill.aliases.keys()].some((a) => normalizeKey(a) === key)) skill.aliases.set(spelling, weak);
  return true;
}

// 1. The overlay is curated: a spelling claimed twice there is a mistake to fix, not to resolve silently.
const overlayErrors: string[] = [];
for (const d of readOverlay(join(repoRoot, 'scripts/skills/overlay'))) {
  if (skills.has(d.id)) overlayErrors.push(`duplicate id ${d.id}`);
  for (const a of d.aliases.keys()) {
    const owner = claims.get(normalizeKey(a));
    if (owner && owner !== d.id) overlayErrors.push(`"${a}" claimed by ${owner} and ${d.id}`);
    claims.set(normalizeKey(a), d.id);
    if (d.aliases.get(a)) weakKeys.add(normalizeKey(a));
  }
  skills.set(d.id, d);
}
if (overlayErrors.length) throw new Error(`overlay:\n${overlayErrors.join('\n')}`);

const ESCO_ZIP = sharedPath('taxonomies/esco-1.1.1/ESCO dataset - v1.1.1 - classification - en - csv.zip');
const ordinary = ordinaryWords(sharedPath('skillspan/conll/skillspan_tech_train.conll'), sharedPath('skillspan/conll/skillspan_house_train.conll'));
/** A spelling from a generated source that is also an everyday word or too short to trust needs evidence. */
// Short acronyms in O*NET ("SHE", "PRO", "COM", "MARS") are usually also words or other things' names.
const FUNCTION_WORDS = new Set('a an the he she it we you they i me us them his her its our your their this that these those is are was were be been am do does did has have had will would can could shall should may might must and or but if then so as at by for from in into of on onto to with without up down out over under again about after before while than too very not no nor only own same such both each few more most other some any all what which who whom whose why how where when here there just also get got make made use used go going see set run pro com mars pear icon rage trim sage loom bugs wiki mac ems cis cad gps dos ged scratch canvas source absorb shiva drone storm keynote safari ant flex domino concur sites'.split(' '));
/**
 * A vendor-less short form that is a job title ("Oracle Designer" → "Designer", "Adobe Director" → "Director")
 * names the person a posting hires, not the product: "UI/UX Designer", "Graphic Designer".
 */
const ROLE_WORDS = new Set(['designer', 'director', 'developer', 'architect', 'analyst', 'manager', 'administrator', 'engineer', 'consultant', 'editor', 'planner', 'operator', 'assistant']);
/** Abbreviations of prose that an acronym in a source may spell ("Electronic time clock ETC"): never a name. */
const NEVER = new Set(['etc', 'eg', 'ie', 'e.g', 'i.e', 'misc', 'n/a', 'tbd']);
function weakSpelling(s: string): boolean {
  const key = normalizeKey(s);
  if (key.length <= 2 || FUNCTION_WORDS.has(key)) return true;
  if (/^[A-Z0-9]{2,4}$/.test(s.trim())) return true;
  return !key.includes(' ') && ordinary.has(key);
}

/**
 * A product's name without its vendor that is one plain capitalised word ("Google Calendar" → "Calendar",
 * "Microsoft Publisher" → "Publisher", "Apple Keynote" → "Keynote") is usually the everyday word in a
 * posting ("the content calendar", "a keynote speaker"): it needs evidence like the ambiguous names.
 */
function vendorlessWord(src: SourceName, spelling: string): boolean {
  return !!src.shortForms?.includes(spelling) && /^[A-Z][a-z]+$/.test(spelling) && (prose.get(spelling.toLowerCase()) ?? 0) >= 2;
}
const prose = escoProseWords(ESCO_ZIP);

// 2. O*NET and ESCO names join an existing skill when one of their exact spellings is already known, else
// become skills of their own.
function addSource(src: SourceName, source: DraftSkill['source']): void {
  if (src.name.length > 50 || /[,;]/.test(src.name)) return;
  const spellings = [src.name, ...src.variants].filter((s) => s.length > 1 && s.length <= 60);
  const strong = spellings.map(normalizeKey).find((k) => claims.has(k) && !weakKeys.has(k));
  const curated = src.joins && claims.get(normalizeKey(src.joins));
  const owner = (strong && claims.get(strong)) || (curated && skills.get(curated)?.source === 'overlay' ? curated : undefined);
  if (owner) {
    const skill = skills.get(owner)!;
    if (src.hot) skill.hot = true;
    if (src.uses) skill.uses = Math.max(skill.uses ?? 0, src.uses);
    // Only full names join: a vendor-less short form might be some other product's name.
    addAlias(skill, src.name, weakSpelling(src.name));
    return;
  }
  let id = slug(src.name);
  if (!id) return;
  if (skills.has(id)) id = `${id}-${source}`;
  if (skills.has(id)) return;
  const implies = src.family && skills.has(src.family) ? [src.family] : [];
  const skill: DraftSkill = { id, label: src.name, category: src.category, aliases: new Map(), implies, source, hot: src.hot, uses: src.uses };
  if (!addAlias(skill, src.name, weakSpelling(src.name))) return;
  for (const v of src.variants) {
    if (NEVER.has(normalizeKey(v)) || (src.shortForms?.includes(v) && ROLE_WORDS.has(normalizeKey(v)))) continue;
    addAlias(skill, v, weakSpelling(v) || vendorlessWord(src, v));
  }
  skills.set(id, skill);
}
for (const s of readOnet(sharedPath('taxonomies/onet-29.2/Technology Skills.txt'))) addSource(s, 'onet');
for (const s of readEsco(ESCO_ZIP)) addSource(s, 'esco');

// 3. What SkillSpan's annotators marked as Knowledge in the train split, when they mark it most times it appears.
for (const h of harvestSkillSpan(sharedPath('skillspan/conll/skillspan_tech_train.conll'), claims)) {
  if (h.aliasOf) {
    addAlias(skills.get(h.aliasOf)!, h.label, false);
    continue;
  }
  addSource({ name: h.label, category: h.category, variants: [] }, 'skillspan');
}

// 4. Check and write.
/** how many skills imply each one: hubs such as Data Analysis or Networking are well known even where O*NET is silent */
const impliedBy = new Map<string, number>();
for (const s of skills.values()) for (const i of s.implies) impliedBy.set(i, (impliedBy.get(i) ?? 0) + 1);
const out: TaxonomySkill[] = [];
for (const s of [...skills.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
  for (const i of s.implies) if (!skills.has(i)) throw new Error(`${s.id} implies unknown ${i}`);
  const aliases = [...s.aliases.keys()].filter((a) => a !== s.label);
  const weak = [...s.aliases].filter(([, w]) => w).map(([a]) => a);
  const entry: TaxonomySkill = { id: s.id, label: s.label, category: s.category as SkillCategory, aliases, implies: s.implies };
  if (weak.length) entry.weak = weak;
  if (s.context) entry.context = s.context;
  const tier = (s.source === 'overlay' ? 2 : 0) + (s.hot ? 1 : 0);
  const known = tier + Math.min(0.999, (s.uses ?? 0) / 1000 + Math.min(impliedBy.get(s.id) ?? 0, 30) / 100);
  if (known) entry.known = Number(known.toFixed(3));
  out.push(entry);
}
// 5. Spellings that the train split shows are rarely a skill in running prose become weak (list-only).
const trainPath = sharedPath('skillspan/conll/skillspan_tech_train.conll');
const generic = rarelySkills(out, trainPath);
for (const s of out) {
  // The overlay is curated by hand (its everyday words carry `~`); only generated entries are demoted here.
  if (skills.get(s.id)!.source === 'overlay') continue;
  const spellings = [s.label, ...s.aliases].filter((a) => generic.get(normalizeKey(a)) === s.id);
  if (!spellings.length) continue;
  s.weak = [...new Set([...(s.weak ?? []), ...spellings])];
  console.log(`weak after train calibration: ${spellings.join(', ')}`);
}


const file: TaxonomyFile = {
  attribution: [
    'O*NET 29.2 Database Technology Skills, U.S. Department of Labor/Employment and Training Administration, CC BY 4.0',
    'ESCO classification v1.1.1, European Commission, CC BY 4.0',
    'SkillSpan (Zhang et al., NAACL 2022) train split Knowledge spans, MIT',
  ],
  skills: out,
};
const path = join(repoRoot, 'lib/skills/data/taxonomy.json');
writeFileSync(path, JSON.stringify(file).replace(/\},\{/g, '},\n{') + '\n');
const bySource = new Map<string, number>();
for (const s of skills.values()) bySource.set(s.source, (bySource.get(s.source) ?? 0) + 1);
console.log(`${out.length} skills → ${path}`, Object.fromEntries(bySource));
