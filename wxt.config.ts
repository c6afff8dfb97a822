import { defineConfig } from 'wxt';

// Content scripts declare their own narrow `matches` (entrypoints/*.content.ts). Beyond `storage`, the
// manifest asks only for `activeTab` + `scripting`: the popup's "Read this page" runs the same content
// script on a career page the user chose, once, without any standing host permission.
// Firefox-only keys stay out of the Chrome manifest.
export default defineConfig({
  modules: ['@wxt-dev/module-svelte'],
  webExt: { disabled: true },
  manifest: ({ browser }) => ({
    name: 'Steppingstone',
    description: 'Reads job postings through your career plan: is this a career step or just a job?',
    permissions: ['storage', 'activeTab', 'scripting'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'steppingstone@steppingstone.local',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: { excludeSources: ['test-artifacts/**', '.output/**'] },
});
