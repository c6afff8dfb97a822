import type { FitReport, Posting } from '../model';
import { HOST_ATTR } from './page-watcher';

const NAMES = { have: 'steppingstone-have', miss: 'steppingstone-miss' } as const;
const STYLE = `::highlight(${NAMES.have}) { background-color: rgb(46 160 67 / 28%); }
::highlight(${NAMES.miss}) { background-color: rgb(215 58 73 / 20%); text-decoration: underline wavy rgb(215 58 73 / 70%); }`;

interface HighlightRegistry { set(name: string, h: unknown): void; delete(name: string): void }
type HighlightCtor = new (...ranges: Range[]) => unknown;

/**
 * Marks matched and missing skills in the posting's description with the CSS Custom Highlight API:
 * ranges over the page's own text nodes, so the page's DOM is never changed and nothing is parsed.
 */
export class SkillHighlighter {
  private style: HTMLStyleElement | null = null;
  private key = '';

  show(container: Element, posting: Posting, report: FitReport): void {
    const registry = (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
    const Highlight = (globalThis as unknown as { Highlight?: HighlightCtor }).Highlight;
    if (!registry || !Highlight || !posting.description) return;
    const key = `${report.postingId}|${report.planVersion}|${report.scorerVersion}`;
    if (key === this.key && container.isConnected) return;
    this.key = key;
    const map = new TextMap(container, posting.description);
    const ranges = (skills: FitReport['matchedSkills']) =>
      skills.flatMap((s) => (s.mentions ?? []).map((m) => map.range(m.start, m.end))).filter((r): r is Range => r !== null);
    registry.set(NAMES.have, new Highlight(...ranges(report.matchedSkills)));
    registry.set(NAMES.miss, new Highlight(...ranges(report.missingSkills)));
    if (!this.style?.isConnected) {
      this.style = document.createElement('style');
      this.style.setAttribute(HOST_ATTR, 'highlight');
      this.style.textContent = STYLE;
      (document.head ?? document.documentElement).append(this.style);
    }
  }

  clear(): void {
    const registry = (globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined)?.highlights;
    registry?.delete(NAMES.have);
    registry?.delete(NAMES.miss);
    this.style?.remove();
    this.style = null;
    this.key = '';
  }
}

/**
 * Maps offsets in the plain-text description back to the DOM text it was read from. Both hold the same
 * non-space characters in the same order (the description only re-spaces the page's text), so the k-th
 * non-space character of one is the k-th of the other.
 */
export class TextMap {
  private readonly nodes: Text[] = [];
  private readonly nodeOf: number[] = [];
  private readonly offsetOf: number[] = [];
  private readonly plainToK: Int32Array;

  constructor(container: Element, plain: string) {
    const walker = container.ownerDocument.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (node.parentElement?.closest(`script,style,[${HOST_ATTR}]`)) continue;
      const text = node.data;
      for (let i = 0; i < text.length; i++) {
        if (/\s/.test(text[i]!)) continue;
        this.nodeOf.push(this.nodes.length);
        this.offsetOf.push(i);
      }
      this.nodes.push(node);
    }
    this.plainToK = new Int32Array(plain.length + 1);
    let k = 0;
    for (let i = 0; i < plain.length; i++) {
      this.plainToK[i] = k;
      if (!/\s/.test(plain[i]!)) k++;
    }
    this.plainToK[plain.length] = k;
    // Different text (e.g. a description read from JSON-LD): offsets do not carry over; map nothing.
    if (k !== this.nodeOf.length) this.nodeOf.length = 0;
  }

  range(start: number, end: number): Range | null {
    if (!this.nodeOf.length || start >= end || end >= this.plainToK.length) return null;
    const first = this.plainToK[start]!;
    const last = this.plainToK[end]! - 1;
    if (last < first || last >= this.nodeOf.length) return null;
    const range = new Range();
    range.setStart(this.nodes[this.nodeOf[first]!]!, this.offsetOf[first]!);
    range.setEnd(this.nodes[this.nodeOf[last]!]!, this.offsetOf[last]! + 1);
    return range;
  }
}
