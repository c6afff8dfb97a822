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
  main(ctx) {
    startContentScript(ctx);
  },
});
