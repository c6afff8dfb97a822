import { startContentScript } from '@/lib/content/start';

// Job pages only. Guest LinkedIn pages live on country subdomains (in.linkedin.com), hence *.linkedin.com.
export default defineContentScript({
  matches: [
    'https://*.linkedin.com/jobs/*',
    'https://www.naukri.com/*-jobs*',
    'https://www.naukri.com/job-listings-*',
    'https://*.internshala.com/internships*',
    'https://*.internshala.com/jobs*',
    'https://*.internshala.com/fresher-jobs*',
    'https://*.internshala.com/internship/detail/*',
    'https://*.internshala.com/job/detail/*',
  ],
  runAt: 'document_idle',
  // Styles go into each UI's shadow root as a string (components/page/page-ui.css?inline), never the page.
  cssInjectionMode: 'manual',
  main(ctx) {
    void startContentScript(ctx).catch((error) => console.debug('[steppingstone] content script stopped', error));
  },
});
