/** The first-show checklist, the guide bar, and why going live is not possible yet. */
export const firstShowEn = {
  checklist: {
    title: 'Your first show',
    intro: 'In order; each ticks itself once done.',
    progress: '{{done}} of {{total}} done',
    hide: 'Hide the guide',
    reopen: 'First-show guide',
    stepLabel: 'Step {{n}}',
    open: 'Open',
    state: {
      done: 'Done',
      current: 'Next',
      todo: 'Not done yet',
    },
    steps: {
      obs: {
        title: 'Connect OBS',
        todo: 'Open OBS on this PC. LiveCue needs the port and password from OBS’s Tools → WebSocket Server Settings.',
        done: 'OBS is connected.',
        action: 'Connect OBS',
      },
      graphics: {
        title: 'Graphics in OBS',
        todo: 'Tell LiveCue which shot is your camera; it builds the product card, coupons and countdowns on top of it in OBS.',
        done: 'On top of “{{scene}}”.',
        needsObs: 'Connect OBS first (the step above).',
        missing: 'LiveCue’s graphics are missing from OBS: build them again.',
        action: 'Choose the camera and build',
      },
      products: {
        title: 'Add products',
        todo: 'Import your products from a spreadsheet (Excel or CSV), or add them one by one.',
        done_one: '{{count}} product in the catalog.',
        done_other: '{{count}} products in the catalog.',
        import: 'Import a spreadsheet',
        add: 'Add one by one',
      },
      show: {
        title: 'Prepare a show',
        todo: 'Line up what you will present: build a show, import a show package someone sent you, or receive one from head office.',
        empty: 'Your show has no cues yet: open it and add product explain cues.',
        done: 'A show is ready.',
        create: 'Build a show',
        importPackage: 'Import a show package',
        headOffice: 'Receive from head office',
      },
      preflight: {
        title: 'Pre-live checks',
        todo: 'Pick your show and read the checks; anything wrong says what to do.',
        done: 'All checks passed.',
        action: 'See the checks',
      },
      goLive: {
        title: 'Go live',
        todo: 'When everything is ready, press Go live: LiveCue puts your camera on with its graphics on top.',
        done: 'You have gone live.',
        action: 'Go to Go live',
      },
    },
  },
  bar: {
    text: 'First-show guide: when you are done here, go back to Live for the next step.',
    back: 'Back to the guide',
  },
  start: {
    offline: 'The LiveCue service is not connected: going live is not possible right now.',
    noShows: 'No show yet: build or import one first.',
    noShow: 'Pick a show first.',
    checking: 'Checking…',
    obsNotReady: 'OBS is not connected: you would go live without LiveCue’s graphics.',
    checksFailed: 'Some checks did not pass (see above).',
  },
  picker: {
    none: 'Your shows will be listed here.',
    createShow: 'Build a show',
  },
};
