import { OverlayPageInfo } from '../../domain/overlayPage';
import { defineMethod, defineQuery, NoInput } from './defineMethod';

export const overlayMethods = {
  'overlay.info': defineQuery({
    summary: "The overlay page's URL for OBS's browser source (with its own read-only token) and whether it is being served now.",
    input: NoInput,
    output: OverlayPageInfo,
  }),
  'overlay.rotateToken': defineMethod({
    summary: 'Issues a new overlay token: the old URL stops working at once (open overlay pages are disconnected). Returns the new info.',
    input: NoInput,
    output: OverlayPageInfo,
  }),
} as const;
