import type { ObsOutputKind } from '../../../shared/domain/obsActions';
import { obsUnsupported } from './obsErrors';
import type { ObsLink } from './obsLink';

const REQUESTS: Record<ObsOutputKind, { start: string; stop: string }> = {
  stream: { start: 'StartStream', stop: 'StopStream' },
  record: { start: 'StartRecord', stop: 'StopRecord' },
  virtualCam: { start: 'StartVirtualCam', stop: 'StopVirtualCam' },
};

/** Starts or stops an output; refuses what this OBS does not offer (feature detection). */
export async function setOutput(
  link: ObsLink,
  available: ReadonlySet<string>,
  output: ObsOutputKind,
  action: 'start' | 'stop',
): Promise<void> {
  const requestType = REQUESTS[output][action];
  if (!available.has(requestType)) throw obsUnsupported(requestType);
  await link.call(requestType);
}

/** Adds a chapter marker to the recording where OBS supports it (CreateRecordChapter, OBS 30.2+). */
export async function addRecordChapter(link: ObsLink, available: ReadonlySet<string>, name: string | undefined): Promise<boolean> {
  if (!available.has('CreateRecordChapter')) return false;
  await link.call('CreateRecordChapter', name ? { chapterName: name } : {});
  return true;
}

/** PNG of a scene (or of the program scene when none is named), as a data URL. */
export async function screenshot(link: ObsLink, source: string, width: number): Promise<{ imageDataUrl: string; source: string }> {
  const { imageData } = await link.call('GetSourceScreenshot', { sourceName: source, imageFormat: 'png', imageWidth: width }, 10_000);
  return { imageDataUrl: String(imageData), source };
}
