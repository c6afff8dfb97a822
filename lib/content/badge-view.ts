import { ago } from '../ui/format';
import { STATUS_LABEL } from '../ui/tracker-labels';
import { VERDICT_LABEL } from '../ui/verdicts';
import type { PageFitState, PostingFit } from './fit-state';

/**
 * The fit badge on a job card, written by hand rather than as a Svelte component: a page may hold a
 * thousand of them and each must cost a fraction of a millisecond. Page and report strings only ever
 * go into `textContent`.
 */
export class BadgeView {
  private readonly root: HTMLSpanElement;
  private readonly face: HTMLButtonElement;
  private readonly score: HTMLElement;
  private readonly word: HTMLSpanElement;
  private readonly tracked: HTMLSpanElement;
  private readonly retry: HTMLButtonElement;
  private readonly tip: HTMLSpanElement;
  private readonly tipSummary: HTMLSpanElement;
  private readonly tipHave: HTMLSpanElement;
  private readonly tipMiss: HTMLSpanElement;

  constructor(container: HTMLElement, private readonly host: HTMLElement, onRetry: () => void) {
    const doc = container.ownerDocument;
    const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, parent: Element) => {
      const node = doc.createElement(tag);
      node.className = cls;
      parent.append(node);
      return node;
    };
    this.root = el('span', 'badge', container);
    this.face = el('button', 'face', this.root);
    this.face.type = 'button';
    this.face.setAttribute('aria-describedby', 'tip');
    this.score = el('strong', 'score', this.face);
    this.word = el('span', 'word', this.face);
    this.tracked = el('span', 'tracked', this.face);
    this.retry = el('button', 'retry', this.root);
    this.retry.type = 'button';
    this.retry.textContent = 'Retry';
    this.tip = el('span', 'tip', this.root);
    this.tip.id = 'tip';
    this.tip.setAttribute('role', 'tooltip');
    this.tipSummary = el('span', 'tip-summary', this.tip);
    this.tipHave = el('span', 'tip-row', this.tip);
    this.tipMiss = el('span', 'tip-row', this.tip);
    // Clicks stay on the badge: the card around it is usually a link.
    this.face.addEventListener('click', (e) => {
      e.preventDefault();
      e.stopPropagation();
    });
    this.retry.addEventListener('click', (e) => {
      e.preventDefault();
      e.stopPropagation();
      onRetry();
    });
  }

  render(fit: PostingFit, page: PageFitState, now = new Date()): void {
    const report = fit.status === 'ready' ? fit.report : null;
    const verdict = report?.verdict ?? fit.status;
    this.host.setAttribute('data-ss-fit', report ? String(report.score) : fit.status === 'error' ? 'error' : 'pending');
    this.host.setAttribute('data-ss-verdict', verdict);
    this.host.setAttribute('data-theme', page.dark ? 'dark' : 'light');
    this.root.dataset.verdict = verdict;
    this.root.classList.toggle('compact', page.settings.compact);
    this.score.textContent = report ? String(report.score) : '';
    this.score.hidden = !report;
    this.word.textContent = report
      ? VERDICT_LABEL[report.verdict]
      : { error: 'Fit unavailable', 'no-plan': 'Add your plan', pending: 'Reading fit…', ready: '' }[fit.status];
    this.word.hidden = !!report && page.settings.compact;
    this.word.classList.toggle('muted', fit.status === 'pending');
    this.retry.hidden = fit.status !== 'error';
    this.tracked.textContent = fit.tracker ? `${STATUS_LABEL[fit.tracker.status]} · ${ago(fit.tracker.updatedAt, now)}` : '';
    this.tracked.hidden = !fit.tracker;
    this.face.setAttribute('aria-label', report ? `Steppingstone fit ${report.score}, ${VERDICT_LABEL[report.verdict]}` : 'Steppingstone fit');
    this.tip.hidden = !report;
    if (!report) return;
    this.tipSummary.textContent = report.summary;
    const have = report.matchedSkills.slice(0, 3).map((s) => s.label);
    const missing = [...report.missingSkills.filter((s) => s.required), ...report.missingSkills.filter((s) => !s.required)]
      .slice(0, 3)
      .map((s) => s.label + (s.required ? '' : ' (nice to have)'));
    this.tipHave.textContent = have.length ? `You have: ${have.join(', ')}` : '';
    this.tipHave.hidden = !have.length;
    this.tipMiss.textContent = missing.length ? `Missing: ${missing.join(', ')}` : '';
    this.tipMiss.hidden = !missing.length;
  }
}
