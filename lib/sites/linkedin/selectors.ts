// Every LinkedIn selector, as arrays of alternatives (newest first), each with the layout and the
// dates it was seen (SITES.md). Scoped lists (card.*, pane.*) are queried inside a card or pane.

export const list = {
  /** the list of search results */
  container: [
    '.scaffold-layout__list', // logged-in classic, 2025-2026
    '.jobs-search-results-list', // logged-in classic, 2023-2024
    '[componentkey="SearchResultsMainContent"]', // logged-in 2026 (from 2026-08)
    '[data-testid="lazy-column"]', // logged-in 2026 (from 2026-08)
    'ul.jobs-search__results-list', // guest search, 2022-2026
  ],
  /** one per job, including virtualised items that hold only their id */
  cards: [
    'li[data-occludable-job-id]', // logged-in classic, 2023-2026 (virtualised list)
    'div.job-card-container[data-job-id]', // logged-in classic, cards outside an occludable li
    '[componentkey^="job-card-component-ref-"]', // logged-in 2026 (from 2026-08)
    'ul.jobs-search__results-list [data-entity-urn^="urn:li:jobPosting:"]', // guest search, 2022-2026
  ],
} as const;

/** inside a logged-in classic card (2023-2026) */
export const classicCard = {
  title: [
    '.artdeco-entity-lockup__title', // classic, 2023-2026
    'a.job-card-container__link', // classic, 2023-2026
  ],
  company: ['.artdeco-entity-lockup__subtitle'], // classic, 2023-2026
  location: ['.artdeco-entity-lockup__caption'], // classic, 2023-2026
  posted: ['time'], // classic, 2023-2026
  footer: ['.job-card-list__footer-wrapper'], // classic, 2023-2026: "Promoted", "Easy Apply", applicants
} as const;

/** inside a logged-in 2026 card (hashed classes: only structure and aria hooks are stable) */
export const card2026 = {
  title: ['a[href*="/jobs/view/"]', 'strong'], // 2026 (from 2026-08): the first link or strong text
  company: ['[aria-label^="Company, "]'], // 2026 (from 2026-08), where present
  posted: ['time'], // 2026 (from 2026-08): "2 minutes ago<span>Within the past 24 hours</span>"
} as const;

/** inside a guest search card (2022-2026) */
export const guestCard = {
  link: ['a.base-card__full-link'], // guest, 2022-2026
  title: ['h3.base-search-card__title'], // guest, 2022-2026
  company: ['h4.base-search-card__subtitle a', 'h4.base-search-card__subtitle'], // guest, 2022-2026
  location: ['.job-search-card__location'], // guest, 2022-2026
  posted: ['time.job-search-card__listdate', 'time.job-search-card__listdate--new'], // guest, 2022-2026 (--new when recent)
  salary: ['.job-search-card__salary-info'], // guest, 2022-2026
  badges: ['.result-benefits__text'], // guest, 2022-2026: "Be an early applicant", "Actively Hiring"
} as const;

/** the detail view: the currentJobId pane or a /jobs/view/ page */
export const detail = {
  pane: [
    '.jobs-search__job-details--container', // classic pane, 2023-2026
  ],
  title: [
    '.job-details-jobs-unified-top-card__job-title', // classic, 2023-2026 (an h1)
    '.jobs-unified-top-card__job-title', // classic, before 2023
    '.top-card-layout__title', // guest job page, 2022-2026
    '.topcard__title', // guest job page, older
  ],
  company: [
    '.job-details-jobs-unified-top-card__company-name a', // classic, 2023-2026
    '.job-details-jobs-unified-top-card__company-name', // classic, 2023-2026 (company without a page)
    '.jobs-unified-top-card__company-name a', // classic, before 2023
    'a.topcard__org-name-link', // guest job page, 2022-2026
  ],
  /** "Bengaluru, Karnataka, India · 2 days ago · 87 applicants", any part may be missing */
  metaLine: [
    '.job-details-jobs-unified-top-card__tertiary-description-container', // classic, 2025-2026
    '.job-details-jobs-unified-top-card__primary-description-container', // classic, 2023-2024
  ],
  location: [
    '.jobs-unified-top-card__bullet', // classic, before 2023
    'span.topcard__flavor--bullet', // guest job page, 2022-2026
  ],
  posted: [
    '.jobs-unified-top-card__posted-date', // classic, before 2023
    'span.posted-time-ago__text', // guest job page, 2022-2026
  ],
  applicants: [
    '.jobs-unified-top-card__applicant-count', // classic, before 2023
    '.num-applicants__caption', // guest job page, 2022-2026
  ],
  /** workplace, employment type and salary chips */
  chips: [
    '.job-details-fit-level-preferences button', // classic, 2025-2026
    '.job-details-jobs-unified-top-card__container--two-pane li', // classic, 2024
    '.jobs-unified-top-card__job-insight', // classic, before 2024
  ],
  workplace: ['.jobs-unified-top-card__workplace-type'], // classic, before 2024
  description: [
    '#job-details', // classic, 2023-2026
    '.jobs-description__content .jobs-box__html-content', // classic, 2023-2024
    '.jobs-description', // classic, before 2023
    'div.show-more-less-html__markup', // guest job page, 2022-2026
  ],
  /** 2026 (from 2026-08): the about section of the job, by componentkey, id or sdui name */
  about2026: [
    '[componentkey^="JobDetails_AboutTheJob_"]', // 2026 (from 2026-08), /jobs/view and the pane
    '[data-sdui-component$="aboutTheJob"]', // 2026 (from 2026-08)
  ],
  aboutText2026: ['[data-testid="expandable-text-box"]'], // 2026 (from 2026-08)
  skills: ['.job-details-how-you-match__skills-item-subtitle'], // classic, until 2024 (2026: names no longer shown)
  criteria: ['li.description__job-criteria-item'], // guest job page, 2022-2026
  criteriaLabel: ['h3.description__job-criteria-subheader'], // guest job page, 2022-2026
  criteriaValue: ['span.description__job-criteria-text--criteria'], // guest job page, 2022-2026
  /** the pane's own link to its job, to tell a stale pane from the current one */
  selfLink: [
    '.job-details-jobs-unified-top-card__job-title a[href*="/jobs/view/"]', // classic, 2023-2026
  ],
} as const;

/** Any one of these on a page names its layout (the same hooks as above, grouped by layout). */
export const layoutMarks = {
  sdui2026: [
    '[componentkey="SearchResultsMainContent"]', // 2026 (from 2026-08)
    '[data-testid="lazy-column"]', // 2026 (from 2026-08)
    '[componentkey^="job-card-component-ref-"]', // 2026 (from 2026-08)
    '[componentkey^="JobDetails_AboutTheJob_"]', // 2026 (from 2026-08)
    '[data-sdui-component$="aboutTheJob"]', // 2026 (from 2026-08)
  ],
  guest: [
    'ul.jobs-search__results-list', // guest search, 2022-2026
    '.top-card-layout__title', // guest job page, 2022-2026
    '.topcard__title', // guest job page, older
    'div.show-more-less-html__markup', // guest job page, 2022-2026
  ],
  classic: [
    '.scaffold-layout__list', // classic, 2025-2026
    '.jobs-search-results-list', // classic, 2023-2024
    'li[data-occludable-job-id]', // classic, 2023-2026
    'div.job-card-container[data-job-id]', // classic, 2023-2026
    '.jobs-search__job-details--container', // classic pane, 2023-2026
    '.job-details-jobs-unified-top-card__job-title', // classic, 2023-2026
    '.jobs-unified-top-card__job-title', // classic, before 2023
  ],
} as const;

export const embedded = {
  /** logged-in pages before 2026 (maybe later): voyager JSON with an `included[]` list */
  blocks: ['code[id^="bpr-guid-"]'],
} as const;

export const SELECTORS = { list, classicCard, card2026, guestCard, detail, layoutMarks, embedded };
