import { SELECTORS as internshala } from './internshala/selectors';
import { SELECTORS as linkedin } from './linkedin/selectors';
import { SELECTORS as naukri } from './naukri/selectors';

/** Every site's selectors as data, so tests can check each alternative against the fixtures. */
export const SELECTOR_TABLES = { linkedin, naukri, internshala } as const;
