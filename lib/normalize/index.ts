export { blockText, cleanText, clip, decodeEntities, htmlToText, squash } from './text';
export { parsePay, payFromMonetaryAmount, type PayHints } from './pay';
export { experienceFromJsonLd, experienceFromText, parseExperience, type Range } from './experience';
export { isoFromAttr, looksLikePosted, parseDeadline, parsePosted } from './dates';
export { inferWorkplace, parseEmploymentType, parseWorkplace } from './workplace';
export { parseApplicants } from './applicants';
