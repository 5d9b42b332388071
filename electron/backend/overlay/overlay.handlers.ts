import type { overlayMethods } from '../../../shared/api/methods/overlay.methods';
import type { DomainHandlers } from '../dispatch/handlers';
import type { OverlayAccess } from './overlayAccess';

export function createOverlayHandlers(access: OverlayAccess): DomainHandlers<typeof overlayMethods> {
  return {
    'overlay.info': () => access.info(),
    'overlay.rotateToken': () => {
      access.rotate();
      return access.info();
    },
  };
}
