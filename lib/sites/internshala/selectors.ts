// Every Internshala selector, as arrays of alternatives (newest first), each with the layout and
// the dates it was seen (SITES.md).

export const listing = {
  /** a card; `internshipid` is the id (the URL's trailing digits are a Unix time) */
  cards: [
    'div.individual_internship[internshipid]', // current and old layouts, 2020-2026
    'div.individual_internship[id^="individual_internship_"]', // 2020-2026: the same id in the element id
  ],
} as const;

/** inside a listing card, current layout (2024-2026) */
export const card = {
  title: ['h2.job-internship-name a.job-title-href', 'a.job-title-href'], // current, 2024-2026
  company: ['p.company-name'], // current, 2024-2026
  /** `.detail-row-1 .row-1-item`, each known by its icon */
  items: ['.detail-row-1 .row-1-item'], // current, 2024-2026
  snippet: ['.about_job .text'], // current, 2024-2026
  skills: ['.job_skills .job_skill'], // current, 2024-2026 (plus a "+N more" that is not a skill)
  posted: [
    '.color-labels .status-info span', // current, 2024-2026: "3 days ago"
    '.color-labels .status-success span', // current, 2024-2026: "Few hours ago"
    '.color-labels .status-inactive span', // current, 2024-2026: "3 weeks ago"
    // SITES.md (2026) also lists the status elements without a span: an icon, then the text
    '.color-labels .status-info', // current, 2024-2026
    '.color-labels .status-success', // current, 2024-2026
    '.color-labels .status-inactive', // current, 2024-2026
  ],
  labels: ['.gray-labels .status-li span'], // current, 2024-2026: "Fresher Job", "Part time"
} as const;

/** the icons that name a `.row-1-item` (current layout, 2024-2026) */
export const icons = {
  location: 'i.ic-16-map-pin',
  money: 'i.ic-16-money',
  experience: 'i.ic-16-briefcase',
  duration: 'i.ic-16-calendar',
  wfh: 'i.ic-16-home',
} as const;

/** inside a card or the detail's main card, old layout (before 2024; detail pages still use it) */
export const old = {
  title: ['.individual_internship_header .profile'], // old, before 2024; detail cards 2024-2026
  company: ['.company_name .link_display_like_text'], // old, before 2024; detail cards 2024-2026
  locations: ['#location_names a', '#location_names'], // old, before 2024; detail cards 2024-2026
  items: ['.internship_other_details_container .other_detail_item'], // old, before 2024; detail 2024-2026
  itemHeading: ['.item_heading'],
  itemBody: ['.item_body'],
  applyBy: ['.apply_by .item_body'], // old, before 2024; detail 2024-2026: "26 Sep' 26"
  posted: [
    '.status-success', // old, before 2024: "Few hours ago"
    '.status-inactive', // old, before 2024: "2 weeks ago"
    '.status-info', // old, before 2024: "1 week ago"
  ],
} as const;

export const detail = {
  main: [
    '#details_container .detail_view .individual_internship[internshipid]', // 2022-2026
    '.individual_internship[id^="individual_internship_"]', // 2022-2026, by its id attribute
  ],
  title: ['h1.heading_title'], // 2022-2026
  stipend: ['.stipend_container .stipend'], // internships, 2022-2026: "₹ 10,000 /month"
  salary: ['.salary_container .salary .mobile'], // jobs, 2022-2026: "₹ 3,00,000 - 4,50,000 /year"
  experience: ['.job-experience-item .item_body'], // jobs, 2022-2026
  applyBy: ['.other_detail_item.apply_by .item_body'], // 2022-2026: "26 Sep' 26"
  applicants: ['.applications_message'], // 2022-2026: "100+ applicants"
  /** the applicant count's box, left out of the description */
  applicantsBox: ['.applications_message_container', '.applications_message'], // 2022-2026
  posted: ['.posted_by_container .status'], // 2022-2026: "Posted 2 weeks ago"
  labels: ['.gray-labels .status-li span'], // 2022-2026: "Part time"
  body: ['.internship_details'], // 2022-2026
  /** "About the internship" / "About the job": the description is the text after it, up to the next heading */
  aboutHeading: ['h2.section_heading.about_heading', '.about_heading'], // 2022-2026
  /** any section heading of the body: skills, who can apply, perks, number of openings, about the company */
  sectionHeading: ['.section_heading', 'h2', 'h3'], // 2022-2026
  /** a block of the posting's own text, which may hold headings of its own */
  textContainer: ['.text-container'], // 2022-2026
  /** a body without an about heading: the first text block that is none of the other sections */
  textBlock: ['.text-container:not(.who_can_apply):not(.about_company_text_container):not(.salary_container)'], // 2022-2026
  skillsHeading: ['h3.skills_heading'], // 2022-2026, followed by .round_tabs_container
  tabs: ['.round_tabs_container'], // 2022-2026: the tabs after a heading (skills, perks)
  tab: ['span.round_tabs'], // 2022-2026
} as const;

export const SELECTORS = { listing, card, icons, old, detail };
