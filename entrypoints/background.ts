import { startWorker } from '@/lib/worker/start';

export default defineBackground(() => {
  startWorker(null);
});
