import { fold } from './text';

// Place names as Indian job pages and users write them: old and new city names, "Delhi NCR" for a region,
// "Work from home" for remote. Matching is on canonical names so "Bangalore" finds "Bengaluru, Karnataka".

const RENAMES: Record<string, string> = {
  bangalore: 'bengaluru', bengalore: 'bengaluru', blr: 'bengaluru', bombay: 'mumbai', 'navi mumbai': 'mumbai', thane: 'mumbai',
  gurgaon: 'gurugram', madras: 'chennai', calcutta: 'kolkata', poona: 'pune', trivandrum: 'thiruvananthapuram',
  cochin: 'kochi', ernakulam: 'kochi', mysore: 'mysuru', mangalore: 'mangaluru', baroda: 'vadodara',
  'new delhi': 'delhi', secunderabad: 'hyderabad', cyberabad: 'hyderabad', 'greater noida': 'noida',
  vizag: 'visakhapatnam', pondicherry: 'puducherry', gurugram: 'gurugram',
};
const REGIONS: Record<string, string[]> = {
  ncr: ['delhi', 'gurugram', 'noida', 'ghaziabad', 'faridabad'],
  'delhi ncr': ['delhi', 'gurugram', 'noida', 'ghaziabad', 'faridabad'],
  mmr: ['mumbai'],
  'tricity': ['chandigarh', 'mohali', 'panchkula'],
};
const REMOTE = /(?:^|\s)(?:remote|work from home|wfh|anywhere|home based|virtual)(?=\s|$)/;
/** "Pan India" and "Multiple locations" are everywhere, as far as a user's city is concerned. */
const ANYWHERE = /(?:^|\s)(?:pan india|all india|anywhere in india|multiple locations|any location)(?=\s|$)/;

export function isRemotePlace(place: string): boolean {
  return REMOTE.test(fold(place));
}

/** `place` folded with today's city names, a region replaced by its cities: "Delhi NCR" → " delhi gurugram … ". */
function canonicalPlace(place: string): string {
  let t = ` ${fold(place).replace(/\./g, ' ')} `;
  for (const [region, cities] of Object.entries(REGIONS)) {
    if (t.includes(` ${region} `)) t = t.replace(` ${region} `, ` ${cities.join(' ')} `);
  }
  for (const [old, now] of Object.entries(RENAMES)) if (t.includes(` ${old} `)) t = t.split(` ${old} `).join(` ${now} `);
  return t;
}

/** True when any posting location is one of the user's places (or the posting is anywhere in India). */
export function placesMatch(postingPlaces: readonly string[], wanted: readonly string[]): boolean {
  // A wanted region matches any of its cities; a wanted city matches as a whole phrase.
  const want = wanted.flatMap((w) => {
    const c = canonicalPlace(w).trim();
    const region = REGIONS[fold(w)];
    return region ?? (c ? [c] : []);
  });
  for (const p of postingPlaces) {
    if (ANYWHERE.test(fold(p))) return true;
    const text = canonicalPlace(p);
    if (want.some((w) => text.includes(` ${w} `))) return true;
  }
  return false;
}
