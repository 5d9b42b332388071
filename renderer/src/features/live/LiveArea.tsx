import { Console } from './Console';
import { EndedPanel } from './EndedPanel';
import { isLive } from './revision';
import { ShowPicker } from './ShowPicker';
import { useLive } from './useLiveStore';
import './live.css';

/** The Live area: the show picker with its preflight, or the console while a session is live. */
export function LiveArea() {
  const view = useLive((s) => s.view);
  // An ended session (结束直播 here or elsewhere) keeps its panel, with the way to its review, until the operator leaves it.
  const ended = view?.state.phase === 'ended' ? view : null;
  return (
    <section className="live">
      {isLive(view) ? <Console state={view.state} /> : ended ? <EndedPanel view={ended} /> : <ShowPicker />}
    </section>
  );
}
