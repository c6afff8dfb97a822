import { ago } from '../ui/format';
import { STATUS_LABEL } from '../ui/tracker-labels';
import { VERDICT_LABEL } from '../ui/verdicts';
import type { PageFitState, PostingFit } from './fit-state';

/**
 * The fit badge on a job card, written by hand rather than as a Svelte component: a page may hold a
 * thousand of them and each must cost a fraction of a millisecond. So a badge starts as four elements
 * (root, button, score, word); the tracker mark, the retry button and the tooltip are made the first
 * time they have something to show, the tooltip when the user first points at or focuses the badge.
 * Page and report strings only ever go into `textContent`.
 */
export class BadgeView {
  private readonly root: HTMLSpanElement;
  private readonly face: HTMLButtonElement;
  private readonly score: HTMLElement;
  private readonly word: HTMLSpanElement;
  private tracked: HTMLSpanElement | null = null;
  private retryButton: HTMLButtonElement | null = null;
  private tip: { box: HTMLSpanElement; summary: HTMLSpanElement; have: HTMLSpanElement; miss: HTMLSpanElement } | null = null;
  private last: { fit: PostingFit; page: PageFitState; now: Date } | null = null;

  constructor(
    parent: ParentNode,
    private readonly host: HTMLElement,
    private readonly onRetry: () => void,
  ) {
    this.root = this.el('span', 'badge', parent);
    this.face = this.el('button', 'face', this.root);
    this.face.type = 'button';
    this.score = this.el('strong', 'score', this.face);
    this.word = this.el('span', 'word', this.face);
    // Clicks stay on the badge: the card around it is usually a link.
    this.face.addEventListener('click', stop);
    const openTip = () => {
      if (this.tip) return;
      this.root.removeEventListener('pointerenter', openTip);
      this.root.removeEventListener('focusin', openTip);
      this.tip = this.makeTip();
      if (this.last) this.render(this.last.fit, this.last.page, this.last.now);
    };
    this.root.addEventListener('pointerenter', openTip);
    this.root.addEventListener('focusin', openTip);
  }

  render(fit: PostingFit, page: PageFitState, now = new Date()): void {
    this.last = { fit, page, now };
    const report = fit.status === 'ready' ? fit.report : null;
    const verdict = report?.verdict ?? fit.status;
    attr(this.host, 'data-ss-fit', report ? String(report.score) : fit.status === 'error' ? 'error' : 'pending');
    attr(this.host, 'data-ss-verdict', verdict);
    attr(this.host, 'data-theme', page.dark ? 'dark' : 'light');
    attr(this.root, 'data-verdict', verdict);
    this.root.classList.toggle('compact', page.settings.compact);
    text(this.score, report ? String(report.score) : '');
    hide(this.score, !report);
    text(this.word, report
      ? VERDICT_LABEL[report.verdict]
      : { error: 'Fit unavailable', 'no-plan': 'Add your plan', pending: 'Reading fit…', ready: '' }[fit.status]);
    hide(this.word, !!report && page.settings.compact);
    this.word.classList.toggle('muted', fit.status === 'pending');
    attr(this.face, 'aria-label', report ? `Steppingstone fit ${report.score}, ${VERDICT_LABEL[report.verdict]}` : 'Steppingstone fit');

    if (fit.tracker || this.tracked) {
      this.tracked ??= this.el('span', 'tracked', this.face);
      text(this.tracked, fit.tracker ? `${STATUS_LABEL[fit.tracker.status]} · ${ago(fit.tracker.updatedAt, now)}` : '');
      hide(this.tracked, !fit.tracker);
    }
    if (fit.status === 'error' || this.retryButton) {
      this.retryButton ??= this.makeRetry();
      hide(this.retryButton, fit.status !== 'error');
    }

    const tip = this.tip;
    if (!tip) return;
    hide(tip.box, !report);
    if (!report) return;
    text(tip.summary, report.summary);
    const have = report.matchedSkills.slice(0, 3).map((s) => s.label);
    const missing = [...report.missingSkills.filter((s) => s.required), ...report.missingSkills.filter((s) => !s.required)]
      .slice(0, 3)
      .map((s) => s.label + (s.required ? '' : ' (nice to have)'));
    text(tip.have, have.length ? `You have: ${have.join(', ')}` : '');
    hide(tip.have, !have.length);
    text(tip.miss, missing.length ? `Missing: ${missing.join(', ')}` : '');
    hide(tip.miss, !missing.length);
  }

  private el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, parent: ParentNode): HTMLElementTagNameMap[K] {
    const node = this.host.ownerDocument.createElement(tag);
    node.className = cls;
    parent.append(node);
    return node;
  }

  private makeRetry(): HTMLButtonElement {
    const button = this.el('button', 'retry', this.root);
    button.type = 'button';
    button.textContent = 'Retry';
    button.addEventListener('click', (e) => {
      stop(e);
      this.onRetry();
    });
    return button;
  }

  private makeTip(): NonNullable<BadgeView['tip']> {
    const box = this.el('span', 'tip', this.root);
    box.id = 'tip';
    box.setAttribute('role', 'tooltip');
    this.face.setAttribute('aria-describedby', 'tip');
    return { box, summary: this.el('span', 'tip-summary', box), have: this.el('span', 'tip-row', box), miss: this.el('span', 'tip-row', box) };
  }
}

// A badge is rendered again whenever anything about its posting arrives; writing only what changed keeps
// those renders from restyling and relaying out the card (rewriting equal text still replaces the node).
function text(el: HTMLElement, value: string): void {
  if (el.textContent !== value) el.textContent = value;
}
function attr(el: Element, name: string, value: string): void {
  if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}
function hide(el: HTMLElement, hidden: boolean): void {
  if (el.hidden !== hidden) el.hidden = hidden;
}

function stop(e: Event): void {
  e.preventDefault();
  e.stopPropagation();
}
