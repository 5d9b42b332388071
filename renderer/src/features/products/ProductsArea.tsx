import { ComingSoon } from '../../shell/ComingSoon';

export function ProductsArea() {
  return <ComingSoon area="products" />;
}
