/** English text of the presenter / prompter screen. Its shape is the key set the Chinese file must match. */
export const presenterEn = {
  title: 'LiveCue prompter',
  now: 'On air',
  next: 'Next',
  nothing: '—',
  clock: { remaining: 'left', overtime: 'over time', elapsed: 'running' },
  session: 'Session',
  noSession: 'No live session now. The prompter starts when the PC goes live.',
  showEnded: 'The live session has ended.',
  points: {
    none: 'No talking points for this product.',
    noProduct: 'When a product is explained, its talking points scroll here.',
    upcoming: 'Coming up: {{title}}',
    loading: 'Loading talking points…',
  },
  controls: {
    label: 'Prompter controls',
    pause: 'Pause',
    resume: 'Resume',
    speed: 'Speed {{speed}}',
    slower: 'Slower',
    faster: 'Faster',
    size: 'Size {{size}}',
    smaller: 'Smaller text',
    larger: 'Larger text',
    mirror: 'Mirror',
    top: 'Back to top',
    keys: 'Space pause · ↑ ↓ speed · + − size · M mirror',
  },
  connection: {
    connecting: 'Connecting…',
    connected: 'Connected',
    reconnecting: 'Reconnecting…',
    unauthorized: 'Access refused',
  },
  refused:
    'This prompter link is not valid, or this device was stopped on the PC. Open the prompter again from the PC, or pair this device again.',
};
