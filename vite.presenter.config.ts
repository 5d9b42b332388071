import { pageConfig } from './vite.overlay.config';

/** The presenter / prompter screen, at /presenter: a second monitor or a tablet in front of the host. */
export default pageConfig('presenter');
