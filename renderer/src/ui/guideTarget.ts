/** Where a step of the guide sends the user: an area, or a section of Settings. */
export type GuideTarget = { area: 'settings'; section: 'obs' | 'graphics' | 'headOffice' } | { area: 'products' } | { area: 'shows' };
