import { planVersion, SCORER_VERSION, scorePosting } from '@/lib/fit';
import { getSkillEngine } from '@/lib/skills';
import { startWorker } from '@/lib/worker/start';

export default defineBackground(() => {
  // The skill engine is built on first use, not at start-up: MV3 restarts the worker often.
  startWorker({
    version: SCORER_VERSION,
    planVersion,
    score: (plan, posting, now) => scorePosting(plan, posting, now, getSkillEngine()),
  });
});
