import { ComingSoon } from '../../shell/ComingSoon';

export function ShowsArea() {
  return <ComingSoon area="shows" />;
}
