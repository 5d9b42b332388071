import { ComingSoon } from '../../shell/ComingSoon';

export function ReportsArea() {
  return <ComingSoon area="reports" />;
}
