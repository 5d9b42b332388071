import { ComingSoon } from '../../shell/ComingSoon';

export function LiveArea() {
  return <ComingSoon area="live" />;
}
