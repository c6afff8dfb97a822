import * as v from 'valibot';
import { describeIssues, type TrackerEntry } from '../model';
import {
  CONTENT_SCRIPT_REQUESTS, RequestSchema, type AnyResponse, type ErrorCode, type RequestOf, type RequestType,
  type ResponseMap,
} from '../messages/protocol';
import * as store from '../store';
import { pastedPosting } from './pasted-posting';
import type { Scorer } from './scorer';

/** Who sent a message, as the runtime reports it (never as the message claims). */
export interface SenderInfo {
  extensionId: string | undefined;
  /** the sending page's URL */
  url: string | undefined;
  tabId: number | undefined;
}

export interface WorkerContext {
  /** this extension's id and page origin */
  selfId: string;
  selfOrigin: string;
  scorer: Scorer | null;
  now: () => Date;
  /** tells open pages that reports changed (plan saved) */
  announce: (change: { planVersion?: string; settings?: true }) => Promise<void>;
  /** opens an extension page in a new tab */
  openPage: (path: string) => Promise<void>;
}

class HandlerError extends Error {
  constructor(readonly code: ErrorCode, message: string) {
    super(message);
  }
}

const fail = (code: ErrorCode, message: string): AnyResponse => ({ ok: false, error: { code, message } });

/**
 * The worker's single entry: checks the sender, validates the payload, runs the handler. Unknown or
 * invalid messages get a structured error and write nothing. Keeps no state between calls: MV3 may stop
 * the worker at any moment, so everything lives in the store.
 */
export async function handleMessage(raw: unknown, sender: SenderInfo, ctx: WorkerContext): Promise<AnyResponse> {
  if (sender.extensionId !== ctx.selfId) return fail('forbidden', 'messages are accepted from this extension only');
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  const parsed = v.safeParse(RequestSchema, raw);
  if (!parsed.success) {
    const known = typeof type === 'string' && RequestSchema.options.some((o) => o.entries.type.literal === type);
    return known
      ? fail('invalid', `invalid ${String(type)}: ${describeIssues(parsed.issues)}`)
      : fail('unknown-type', `unknown message type: ${JSON.stringify(type)?.slice(0, 60)}`);
  }
  const request = parsed.output;
  const fromExtensionPage = !!sender.url?.startsWith(ctx.selfOrigin);
  if (!fromExtensionPage && !CONTENT_SCRIPT_REQUESTS.has(request.type)) {
    return fail('forbidden', `${request.type} is not available to content scripts`);
  }
  try {
    const handler = handlers[request.type] as Handler<RequestType>;
    return { ok: true, data: await handler(request, sender, ctx) };
  } catch (error) {
    if (error instanceof HandlerError) return fail(error.code, error.message);
    console.error('[steppingstone] handler failed', request.type, error);
    return fail('internal', 'the request could not be completed');
  }
}

type Handler<T extends RequestType> = (req: RequestOf<T>, sender: SenderInfo, ctx: WorkerContext) => Promise<ResponseMap[T]>;

const handlers: { [T in RequestType]: Handler<T> } = {
  async 'postings/seen'(req, sender, ctx) {
    const stored = await store.savePostings(req.postings);
    if (sender.tabId !== undefined) {
      await store.putPageStatus({
        ...req.page,
        tabId: sender.tabId,
        postingIds: stored.map((p) => p.id).slice(0, 500),
        at: ctx.now().toISOString(),
      });
    }
    const ids = stored.map((p) => p.id);
    const [{ reports, planVersion }, tracker] = await Promise.all([reportsFor(ids, ctx), store.getTrackerEntries(ids)]);
    return { stored: stored.length, reports, planVersion, tracker };
  },
  async 'postings/recent'(req) {
    return { postings: await store.recentPostings(req.limit) };
  },
  async 'postings/get'(req) {
    return { postings: await store.getPostings(req.ids) };
  },
  async 'page/status'(req) {
    return { status: (await store.getPageStatus(req.tabId)) ?? null };
  },
  async 'fit/get'(req, _sender, ctx) {
    return reportsFor(req.postingIds, ctx);
  },
  async 'plan/get'() {
    return { saved: (await store.currentPlan()) ?? null };
  },
  async 'plan/save'(req, _sender, ctx) {
    if (!ctx.scorer) throw new HandlerError('internal', 'the scorer is not available');
    const saved = await store.savePlan({
      plan: req.plan,
      planVersion: ctx.scorer.planVersion(req.plan),
      savedAt: ctx.now().toISOString(),
    });
    await ctx.announce({ planVersion: saved.planVersion });
    return { saved };
  },
  async 'tracker/get'(req) {
    return { entries: await store.getTrackerEntries(req.postingIds) };
  },
  async 'tracker/list'() {
    const entries = await store.listTracker();
    return { entries, postings: await store.getPostings(entries.map((e) => e.postingId)) };
  },
  async 'tracker/set'(req, _sender, ctx) {
    const [posting] = await store.getPostings([req.postingId]);
    if (!posting) throw new HandlerError('not-found', `no stored posting ${req.postingId}`);
    const at = ctx.now().toISOString();
    const entry = await store.updateTrackerEntry(req.postingId, (old) => nextEntry(old, req, at));
    return { entry };
  },
  async 'tracker/delete'(req) {
    await store.deleteTrackerEntry(req.postingId);
    return { deleted: req.postingId };
  },
  async 'settings/get'() {
    return { settings: await store.getSettings() };
  },
  async 'fit/check'(req, _sender, ctx) {
    const posting = pastedPosting(req.title, req.company ?? '', req.description, ctx.now());
    const saved = await store.currentPlan();
    return { posting, report: saved && ctx.scorer ? ctx.scorer.score(saved.plan, posting, ctx.now()) : null };
  },
  async 'report/open'(req, _sender, ctx) {
    await ctx.openPage(`/popup.html?posting=${encodeURIComponent(req.postingId)}`);
    return { opened: true };
  },
  async 'settings/save'(req, _sender, ctx) {
    const settings = await store.saveSettings(req.settings);
    await ctx.announce({ settings: true });
    return { settings };
  },
};

export function nextEntry(old: TrackerEntry | undefined, req: RequestOf<'tracker/set'>, at: string): TrackerEntry {
  const base: TrackerEntry = old ?? {
    postingId: req.postingId, status: req.status, history: [], notes: '', nextActionAt: null, tags: [], createdAt: at, updatedAt: at,
  };
  const changed = !old || old.status !== req.status;
  return {
    ...base,
    status: req.status,
    history: changed ? [...base.history, { status: req.status, at }] : base.history,
    notes: req.notes ?? base.notes,
    nextActionAt: req.nextActionAt === undefined ? base.nextActionAt : req.nextActionAt,
    tags: req.tags ?? base.tags,
    updatedAt: at,
  };
}

/** Cached reports where they exist for the current plan and scorer; the rest scored now and cached. */
async function reportsFor(postingIds: string[], ctx: WorkerContext): Promise<ResponseMap['fit/get']> {
  const saved = await store.currentPlan();
  if (!saved || !ctx.scorer) return { reports: [], planVersion: saved?.planVersion ?? null };
  const { scorer } = ctx;
  const planVersion = scorer.planVersion(saved.plan);
  const now = ctx.now();
  const day = now.toISOString().slice(0, 10);
  const cached = await store.getReports(postingIds, planVersion, scorer.version, day);
  const have = new Set(cached.map((r) => r.postingId));
  const missing = await store.getPostings(postingIds.filter((id) => !have.has(id)));
  const fresh = missing.map((p) => scorer.score(saved.plan, p, now));
  if (fresh.length) await store.putReports(fresh, day);
  const byId = new Map([...cached, ...fresh].map((r) => [r.postingId, r]));
  return { reports: postingIds.flatMap((id) => byId.get(id) ?? []), planVersion };
}
