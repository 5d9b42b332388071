import { pageConfig } from './vite.overlay.config';

/** The phone remote, at /remote: paired phones and tablets on the LAN. */
export default pageConfig('remote');
