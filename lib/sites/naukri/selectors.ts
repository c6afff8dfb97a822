// Every Naukri selector, as arrays of alternatives (newest first), each with the layout and the
// dates it was seen (SITES.md). Detail classes are CSS modules ("styles_jd-header-title__rZwM1"):
// the hash changes between builds, so they are matched by their stem with [class*=].

export const search = {
  cards: [
    'div.srp-jobtuple-wrapper[data-job-id]', // search cards, 2023-2026
    'article.jobTuple[data-job-id]', // search cards, before ~2023
  ],
} as const;

/** inside a search card */
export const card = {
  title: [
    '.row1 h2 a.title', // 2023-2026
    'a.title', // before ~2023
  ],
  company: [
    'a.comp-name', // 2023-2026 (title attribute holds the full name)
    'a.subTitle', // before ~2023
  ],
  postedBy: ['.client-company-name a'], // 2023-2026: consultancy posts, "Posted by ..."
  experience: [
    'span.expwdth', // 2023-2026: "1-3 Yrs"
    '.experience span', // before ~2023
    '.experience', // before ~2023, the text right in the item (no inner span)
  ],
  salary: [
    '.sal-wrap span[title]', // 2023-2026: "Not disclosed", "3-6 Lacs PA"
    '.sal-wrap span', // 2023-2026, a card without the title attribute
    '.salary span', // before ~2023
    '.salary', // before ~2023, the text right in the item (no inner span)
  ],
  location: [
    'span.locWdth', // 2023-2026: comma-separated, sometimes "Hybrid - ..."
    '.location span', // before ~2023
    '.location', // before ~2023, the text right in the item (no inner span)
  ],
  snippet: [
    '.job-desc', // 2023-2026
    '.job-description', // before ~2023
  ],
  skills: [
    'ul.tags-gt li.tag-li', // 2023-2026
    'ul.tags li', // before ~2023
  ],
  posted: [
    'span.job-post-day', // 2023-2026: "1 Day Ago", "Just Now", "30+ Days Ago"
  ],
} as const;

export const jd = {
  title: [
    'h1[class*="jd-header-title"]', // hashed, 2023-2026 (styles_jd-header-title__<hash>)
    '.jd-header-title', // unhashed, before ~2022
  ],
  company: [
    '[class*="jd-header-comp-name"] a', // hashed 2023-2026 and unhashed before ~2022 (same stem)
    '[class*="jd-header-comp-name"]', // a company without a page link
  ],
  experience: [
    '[class*="jhc__exp__"] span', // hashed, 2023-2026
    '.jhc__exp span', // unhashed, before ~2022 (the stem without its hash)
    'i.ni-icon-bag + span', // stable icon anchor, all layouts
  ],
  salary: [
    '[class*="jhc__salary__"] span', // hashed, 2023-2026
    '.jhc__salary span', // unhashed, before ~2022 (the stem without its hash)
    'i.ni-icon-salary + span', // stable icon anchor, all layouts
  ],
  locations: [
    '[class*="jhc__location__"] a', // hashed, 2023-2026
    '.jhc__location a', // unhashed, before ~2022 (the stem without its hash)
    'i.ni-icon-location ~ span a', // stable icon anchor, all layouts
  ],
  locationText: [
    '[class*="jhc__location__"]', // hashed, 2023-2026 (places without links)
    '.jhc__location', // unhashed, before ~2022 (the stem without its hash)
    'i.ni-icon-location ~ span', // stable icon anchor, all layouts
  ],
  workMode: [
    '[class*="jhc__wfhmode-link__"]', // hashed, 2023-2026: "Hybrid", "Remote"
    '[class*="jhc__wfht__"]', // hashed, 2023-2026
    '.jhc__wfhmode-link', // unhashed, before ~2022 (the stem without its hash)
  ],
  stats: [
    '[class*="jhc__stat__"]', // hashed, 2023-2026: <label>Posted:</label><span>3 days ago</span>
    '.jhc__stat', // unhashed, before ~2022 (the stem without its hash)
  ],
  description: [
    'section[class*="job-desc-container"] [class*="dang-inner-html"]', // hashed, 2023-2026
    '.dang-inner-html', // unhashed, before ~2022
  ],
  otherDetails: [
    '[class*="other-details__"] [class*="details__"]', // hashed, 2023-2026: "Role:", "Employment Type:", ...
    '.other-details .details', // unhashed, before ~2022 (the stems without their hash)
  ],
  skills: [
    '[class*="key-skill__"] a[class*="chip__"] span', // hashed, 2023-2026
    '.key-skill .chip', // unhashed, before ~2022
  ],
  /** the server shell before the job arrives: a Next.js state with `"jobDetailsResp":{"data":null` */
  shellState: [
    'script#__NEXT_DATA__', // Next.js data block, 2023-2026
    'script:not([src])', // inline state (window._initialState), 2023-2026
  ],
} as const;

export const SELECTORS = { search, card, jd };
