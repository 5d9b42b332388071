import { apiRoundTrip } from './api.roundTrip.bench';
import type { Benchmark } from './benchResult';
import { hubResults } from './hub.results.bench';
import { importProducts50k } from './import.products50k.bench';
import { importShowPackage } from './import.showPackage.bench';
import { obsCueFire } from './obs.cueFire.bench';
import { obsReconnect } from './obs.reconnect.bench';
import { overlayUpdate } from './overlay.update.bench';
import { remoteGo } from './remote.go.bench';
import { reportSession } from './report.session.bench';
import { showGo } from './show.go.bench';
import { storeAppendEvent } from './store.appendEvent.bench';
import { syncCatchUp } from './sync.catchUp.bench';
import { syncIngest } from './sync.ingest.bench';
import { syncThousandStores } from './sync.thousandStores.bench';
import { uiGoToPaint } from './ui.goToPaint.bench';

/** `npm run bench [-- PREFIX]`: runs every benchmark whose name starts with PREFIX, one JSON line per figure. */
const benchmarks: Benchmark[] = [
  apiRoundTrip,
  storeAppendEvent,
  importProducts50k,
  importShowPackage,
  obsCueFire,
  obsReconnect,
  showGo,
  remoteGo,
  reportSession,
  overlayUpdate,
  syncIngest,
  syncThousandStores,
  syncCatchUp,
  hubResults,
  uiGoToPaint,
];

const prefix = process.argv[2] ?? '';
const selected = benchmarks.filter((b) => b.name.startsWith(prefix) || prefix.startsWith(b.name));
if (selected.length === 0) {
  console.error(`No benchmark matches "${prefix}". Known: ${benchmarks.map((b) => b.name).join(', ')}`);
  process.exit(2);
}
for (const bench of selected) {
  for (const result of await bench.run()) {
    if (result.name.startsWith(prefix)) console.log(JSON.stringify(result));
  }
}
