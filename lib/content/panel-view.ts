import { TRACKER_STATUSES, type TrackerStatus } from '../model';
import { ago } from '../ui/format';
import { STATUS_LABEL } from '../ui/tracker-labels';
import { VERDICT_LABEL } from '../ui/verdicts';
import type { PageFitState, PostingFit } from './fit-state';

export interface PanelActions {
  retry(): void;
  track(status: TrackerStatus): Promise<void>;
  openReport(): void;
  highlight(on: boolean): void;
}

type Child = Node | string | null | false | undefined;

/**
 * The fit panel on a posting, written by hand like the badge: one per page, but it is on every job
 * page the user opens, and a UI framework's first run cost more than the whole panel. Page and report
 * strings only ever go into text nodes.
 */
export class PanelView {
  private expanded: boolean | null = null;
  private saving = false;
  private saveError = '';
  private last: { fit: PostingFit; page: PageFitState } | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly host: HTMLElement,
    private readonly actions: PanelActions,
  ) {}

  render(fit: PostingFit, page: PageFitState, now = new Date()): void {
    this.last = { fit, page };
    const report = fit.status === 'ready' ? fit.report : null;
    const verdict = report?.verdict ?? fit.status;
    this.host.setAttribute('data-ss-fit', report ? String(report.score) : fit.status === 'error' ? 'error' : 'pending');
    this.host.setAttribute('data-ss-verdict', verdict);
    this.host.setAttribute('data-theme', page.dark ? 'dark' : 'light');
    const expanded = this.expanded ?? !page.settings.compact;
    const doc = this.container.ownerDocument;
    const el = (tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement => {
      const node = doc.createElement(tag);
      for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
      for (const c of children) if (c) node.append(c);
      return node;
    };
    const button = (cls: string, label: string, onclick: () => void, attrs: Record<string, string> = {}) => {
      const b = el('button', { type: 'button', class: cls, ...attrs }, label) as HTMLButtonElement;
      b.addEventListener('click', onclick);
      return b;
    };

    const headText = report
      ? el('div', { class: 'head-text' }, el('div', { class: 'verdict' }, VERDICT_LABEL[report.verdict]), el('div', { class: 'summary' }, report.summary))
      : fit.status === 'error'
        ? el('div', { class: 'head-text' }, el('div', { class: 'verdict' }, 'Fit unavailable'), button('link', 'Retry', () => this.actions.retry()))
        : fit.status === 'no-plan'
          ? el('div', { class: 'head-text' }, el('div', { class: 'verdict' }, 'No career plan yet'),
            el('div', { class: 'summary' }, 'Write your plan in Steppingstone’s options to see how this posting fits it.'))
          : el('div', { class: 'head-text' }, el('div', { class: 'verdict muted' }, 'Reading how this fits your plan…'));
    const head = el('header', { class: 'head' },
      report && el('span', { class: 'big-score', 'aria-label': 'Fit score' }, String(report.score)),
      headText,
      page.settings.compact && button('link toggle', expanded ? 'Less' : 'More', () => {
        this.expanded = !expanded;
        this.rerender();
      }, { 'aria-expanded': String(expanded) }));

    const body: Child[] = [];
    if (report && expanded) {
      const pct = (x: number) => `${Math.round(x * 100)}%`;
      body.push(el('ul', { class: 'factors' }, ...report.factors.map((f) => {
        const fill = el('span');
        fill.style.width = pct(f.score);
        return el('li', {}, el('span', { class: 'factor-name' }, f.name), el('span', { class: 'bar', 'aria-hidden': 'true' }, fill),
          el('span', { class: 'factor-score' }, pct(f.score)));
      })));
      if (report.reasons.length) body.push(el('ul', { class: 'reasons' }, ...report.reasons.map((r) => el('li', {}, r))));
      const row = (label: string, chips: HTMLElement[]) => chips.length ? el('div', {}, el('span', { class: 'skills-label' }, label), ...chips) : null;
      body.push(el('div', { class: 'skills' },
        row('You have', report.matchedSkills.map((s) => el('span', { class: 'chip have', title: s.via ? `through ${s.via}` : '' }, `✓ ${s.label}`))),
        row('Missing', report.missingSkills.map((s) => el('span', { class: 'chip miss' }, `✗ ${s.label}${s.required ? '' : ' (nice to have)'}`))),
        row('You’d learn', report.learningSkills.map((s) => el('span', { class: 'chip learn' }, `↗ ${s.label}`)))));
    }

    const actions = el('footer', { class: 'actions' });
    if (fit.tracker) {
      const select = el('select', { 'aria-label': 'Tracker status', 'data-ss-action': 'status' }) as HTMLSelectElement;
      for (const s of TRACKER_STATUSES) select.append(el('option', { value: s }, STATUS_LABEL[s]));
      select.value = fit.tracker.status;
      select.disabled = this.saving;
      select.addEventListener('change', () => void this.track(select.value as TrackerStatus));
      actions.append(el('label', { class: 'status' }, el('span', {}, `${STATUS_LABEL[fit.tracker.status]} · ${ago(fit.tracker.updatedAt, now)}`), select));
    } else {
      const save = button('primary', this.saving ? 'Saving…' : 'Save to tracker', () => void this.track('saved'), { 'data-ss-action': 'save' });
      save.disabled = this.saving;
      actions.append(save);
    }
    if (report) {
      const box = el('input', { type: 'checkbox' }) as HTMLInputElement;
      box.checked = page.settings.highlightSkills;
      box.addEventListener('change', () => this.actions.highlight(box.checked));
      actions.append(el('label', { class: 'toggle-hl' }, box, ' Highlight skills'),
        button('link', 'Full report', () => this.actions.openReport(), { 'data-ss-action': 'open-report' }));
    }
    if (this.saveError) actions.append(el('span', { class: 'error', role: 'alert' }, this.saveError));

    const panel = el('section', { class: 'panel', 'aria-label': 'Steppingstone career fit', 'data-verdict': verdict }, head, ...body, actions);
    this.container.replaceChildren(panel);
  }

  private rerender(): void {
    if (this.last) this.render(this.last.fit, this.last.page);
  }

  // The status is shown only after the worker confirmed the write (its transaction completed).
  private async track(status: TrackerStatus): Promise<void> {
    this.saving = true;
    this.saveError = '';
    this.rerender();
    try {
      await this.actions.track(status);
    } catch (e) {
      this.saveError = e instanceof Error ? e.message : 'Could not save';
    } finally {
      this.saving = false;
      this.rerender();
    }
  }
}
