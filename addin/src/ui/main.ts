/**
 * Entry of the task pane: the initial JavaScript. It paints the pane (profiles, date, buttons)
 * and nothing more; the engine (Office.js adapter, @ledgerlint/policy, zod) is a separate chunk,
 * fetched once the pane is painted and awaited on first use.
 */
import { createApp, type Engine } from './app';
import { PROFILE_LIST } from './profile-list';

let loading: Promise<Engine> | null = null;
function loadEngine(): Promise<Engine> {
  loading ??= import('./engine').then(
    (m) => m.createEngine(),
    (e) => {
      loading = null; // let the next click try again
      throw e;
    },
  );
  return loading;
}

function start(): void {
  const root = document.getElementById('app');
  if (!root) return;
  document.getElementById('unsupported')?.remove();
  const display = (Office.context as { displayLanguage?: string }).displayLanguage ?? 'zh-CN';
  const app = createApp(root, loadEngine, PROFILE_LIST, { lang: /^en/i.test(display) ? 'en' : 'zh' });
  app.render();
  // Warm the engine once the pane is on screen, so the first click does not wait for it.
  setTimeout(() => void loadEngine().catch(() => undefined), 50);
}

Office.onReady(() => start());
