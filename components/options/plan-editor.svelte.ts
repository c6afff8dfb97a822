import { emptyPlan, type CareerPlan, type PlanSkill } from '@/lib/model';
import type { SavedPlan } from '@/lib/store/records';
import { sameKey } from '@/lib/plan-editor/lists';
import { parsePlanFile, planJson, preparePlanForSave, tidyPlan } from '@/lib/plan-editor/transfer';

/** How the editor reaches the stored plan: the worker in the extension, a fake in tests. */
export interface PlanApi {
  get(): Promise<SavedPlan | null>;
  save(plan: CareerPlan): Promise<SavedPlan>;
}

export interface Notice {
  text: string;
  /** the draft before a replace (sample, import), for Undo */
  undo?: CareerPlan;
}

/** A tidy, unshared copy: repeats and blank entries of stored or imported data never reach the page's keyed lists. */
function clone(plan: CareerPlan): CareerPlan {
  return tidyPlan(JSON.parse(planJson(plan)) as CareerPlan);
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * The plan being edited, what is saved, and whether they differ. Sections mutate `plan` directly;
 * saving tidies and validates it first and confirms only after the worker's save resolved.
 */
export class PlanEditor {
  plan = $state<CareerPlan>(emptyPlan());
  saved = $state.raw<SavedPlan | null>(null);
  loaded = $state(false);
  saving = $state(false);
  /** the revision this page saved and the person has not changed since: the "plan-saved" confirmation */
  confirmed = $state<number | null>(null);
  error = $state('');
  notice = $state.raw<Notice | null>(null);

  #baseline = $state(planJson(emptyPlan()));
  readonly json = $derived(planJson(this.plan));
  readonly dirty = $derived(this.json !== this.#baseline);

  constructor(private readonly api: PlanApi) {}

  async load(): Promise<void> {
    try {
      this.#adopt(await this.api.get());
    } catch (e) {
      this.error = `Could not load your saved plan: ${message(e)}`;
    } finally {
      this.loaded = true;
    }
  }

  #adopt(saved: SavedPlan | null): void {
    this.saved = saved;
    const plan = saved ? saved.plan : emptyPlan();
    this.plan = clone(plan);
    this.#baseline = planJson(this.plan);
  }

  /** Validates and saves the draft; resolves true once the store has committed it. */
  async save(): Promise<boolean> {
    if (this.saving) return false;
    const prepared = preparePlanForSave($state.snapshot(this.plan) as CareerPlan);
    if (!prepared.ok) {
      this.error = `Not saved. Please fix: ${prepared.error}`;
      this.confirmed = null;
      return false;
    }
    const sentFrom = this.json;
    this.saving = true;
    this.confirmed = null;
    this.error = '';
    try {
      const saved = await this.api.save(prepared.value);
      this.saved = saved;
      this.#baseline = planJson(clone(saved.plan));
      // Edits made while the save was on its way stay in the draft (and keep it unsaved).
      if (this.json === sentFrom) this.plan = clone(saved.plan);
      this.confirmed = saved.revision;
      return true;
    } catch (e) {
      this.error = `Not saved: ${message(e)}`;
      return false;
    } finally {
      this.saving = false;
    }
  }

  /** Imports a plan file's text: a bad file changes nothing; a good one replaces the draft and is saved. */
  async importText(text: string, fileName: string): Promise<boolean> {
    const parsed = parsePlanFile(text);
    if (!parsed.ok) {
      this.error = `Could not import “${fileName}”, nothing was changed: ${parsed.error}`;
      this.confirmed = null;
      return false;
    }
    const before = $state.snapshot(this.plan) as CareerPlan;
    this.plan = clone(parsed.value);
    const ok = await this.save();
    this.notice = ok
      ? { text: `Imported “${fileName}” and saved it as revision ${this.saved?.revision}. Earlier revisions stay in the history.`, undo: before }
      : { text: `Imported “${fileName}” into the editor, but it is not saved yet.`, undo: before };
    return ok;
  }

  /** Replaces the draft (a sample plan); nothing is saved until the person saves. */
  replace(plan: CareerPlan, text: string): void {
    const before = $state.snapshot(this.plan) as CareerPlan;
    this.plan = clone(plan);
    this.notice = { text, undo: before };
    this.error = '';
  }

  undo(): void {
    const previous = this.notice?.undo;
    if (!previous) return;
    this.plan = clone(previous);
    this.notice = { text: 'Went back to the plan you had before. Save to keep it.' };
  }

  /** Drops unsaved edits. */
  discard(): void {
    const before = $state.snapshot(this.plan) as CareerPlan;
    this.plan = clone(this.saved?.plan ?? emptyPlan());
    this.notice = { text: 'Unsaved changes discarded.', undo: before };
    this.error = '';
  }

  /** Another page saved the plan: follow it when nothing here is unsaved, otherwise say so. */
  async externalChange(planVersion: string | undefined): Promise<void> {
    if (!planVersion || this.saving || planVersion === this.saved?.planVersion) return;
    let saved: SavedPlan | null;
    try {
      saved = await this.api.get();
    } catch {
      return;
    }
    if (!saved || saved.revision === this.saved?.revision) return;
    if (!this.dirty) {
      this.#adopt(saved);
      this.confirmed = null;
      this.notice = { text: `Your plan was changed in another window; this page now shows revision ${saved.revision}.` };
    } else {
      this.saved = saved;
      this.#baseline = planJson(clone(saved.plan));
      this.notice = {
        text: `Your plan was saved in another window as revision ${saved.revision}. Saving here replaces it with what you see; Discard loads it.`,
      };
    }
  }

  hasSkill(name: string): boolean {
    const key = sameKey(name);
    return this.plan.skills.some((s) => sameKey(s.name) === key);
  }

  /** Adds skills not already in the plan; returns how many were added. */
  addSkills(skills: PlanSkill[]): number {
    const fresh = skills.filter((s, i) => !this.hasSkill(s.name) && skills.findIndex((t) => sameKey(t.name) === sameKey(s.name)) === i);
    if (fresh.length) this.plan.skills = [...this.plan.skills, ...fresh];
    return fresh.length;
  }

  addLearning(name: string): boolean {
    const key = sameKey(name);
    if (!key || this.plan.learning.some((l) => sameKey(l) === key)) return false;
    this.plan.learning = [...this.plan.learning, name];
    return true;
  }
}
