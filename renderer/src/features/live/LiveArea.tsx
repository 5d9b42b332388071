import { Console } from './Console';
import { isLive } from './revision';
import { ShowPicker } from './ShowPicker';
import { useLive } from './useLiveStore';
import './live.css';

/** The Live area: the show picker with its preflight, or the console while a session is live. */
export function LiveArea() {
  const view = useLive((s) => s.view);
  return <section className="live">{isLive(view) ? <Console state={view.state} /> : <ShowPicker />}</section>;
}
