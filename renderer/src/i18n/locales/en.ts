import { consoleEn } from '../../console/console.en';
import { consoleResultsEn } from '../../console/results/results.en';
import { couponsEn } from '../../features/coupons/coupons.en';
import { headOfficeEn } from '../../features/headOffice/headOffice.en';
import { liveEn } from '../../features/live/live.en';
import { productsEn } from '../../features/products/products.en';
import { remoteEn } from '../../features/remote/remote.en';
import { platformImportEn } from '../../features/reports/platformImport/platformImport.en';
import { reportsEn } from '../../features/reports/reports.en';
import { obsEn } from '../../features/settings/obs.en';
import { streamGraphicsEn } from '../../features/settings/streamGraphics.en';
import { showsEn } from '../../features/shows/shows.en';
import { tasksEn } from '../../features/tasks/tasks.en';
import { presenterEn } from '../../presenter/presenter.en';
import { phoneEn } from '../../remote/phone.en';
import { firstShowEn } from '../../shell/firstShow/firstShow.en';
import { catalogEn } from '../../ui/catalog/catalog.en';
import { editorEn } from '../../ui/editor.en';
import { imagesEn } from '../../ui/images/images.en';
import { glossaryEn } from '../glossary.en';

/** English UI text. The shape of this object is the key set every language must match exactly. */
export const en = {
  app: {
    name: 'LiveCue',
    title: 'LiveCue',
  },
  nav: {
    label: 'Areas',
    live: 'Live',
    shows: 'Shows',
    products: 'Products',
    reports: 'Reports',
    settings: 'Settings',
    shortcut: 'Shortcut: {{keys}}',
  },
  status: {
    backend: {
      label: 'LiveCue service',
      connecting: 'connecting…',
      connected: 'OK',
      reconnecting: 'reconnecting…',
      unauthorized: 'access refused',
      sentence: {
        connecting: 'Connecting to the LiveCue service…',
        connected: 'The LiveCue service is running.',
        reconnecting: 'The link to the LiveCue service dropped; reconnecting…',
        unauthorized: 'The LiveCue service refused this window. Open it again from the link shown when the service started.',
      },
    },
    obs: {
      label: 'OBS',
      not_configured: 'not configured',
      unknown: 'unknown',
    },
    transport: {
      ipc: '(inside the desktop app)',
      websocket: '(browser, through a local network port)',
    },
    about: 'About',
  },
  connection: {
    missing_token:
      'This page was opened without its access token. Open LiveCue from the link printed when the server started (it ends with ?token=…).',
    rejected: 'The LiveCue service refused this window’s access token. Open LiveCue again from the link printed when the server started.',
    refused:
      'Cannot reach the LiveCue service with this window’s access token. The server may have restarted with a new token: open the new link it printed. LiveCue keeps trying every 30 seconds.',
    retry: 'Try again now',
    offline: 'Not connected to the LiveCue service. Actions are disabled until the connection is back.',
  },
  database: {
    restoredFromBackup:
      'The database was damaged and has been replaced by the backup from {{takenAt}}. Changes made after that backup are not in it. The damaged file was kept at {{damagedFile}}.',
    damagedStartedEmpty:
      'The database was damaged and no usable backup was found, so LiveCue started with an empty one. The damaged file was kept at {{damagedFile}}.',
    migrated: 'The database was upgraded to a new format. A copy of the old one was saved first at {{backupFile}}.',
    dismiss: 'Understood',
  },
  settings: {
    live: {
      title: 'Live console',
      debounceLabel: 'Ignore a second GO within (ms)',
      debounceHint: 'A bouncing key or a nervous double tap counts as one GO. 0 turns this off. Applies from the next session.',
      guardLabel: 'Refuse a GO made for another standby cue',
      guardHint:
        'When two screens run the show, a GO pressed on a screen that had not yet seen the new standby cue is refused instead of firing the wrong cue.',
      save: 'Save',
      saved: 'Saved. Applies from the next session.',
      invalid: 'Enter whole milliseconds from 0 to 2000.',
      failed: 'Could not save: {{message}}',
    },
    language: {
      title: 'Language',
      label: 'Interface language',
      hint: 'System follows your computer’s language. The change applies to every open LiveCue window.',
      system: 'System',
      saving: 'Saving…',
      failed: 'Could not change the language: {{message}}',
    },
    about: {
      title: 'About',
      appName: 'Application',
      version: 'Version',
      host: 'Running as',
      hostElectron: 'desktop app',
      hostServe: 'server in a browser',
      dataDir: 'Data folder',
      databaseFile: 'Database file',
      sqliteVersion: 'SQLite version',
      nodeVersion: 'Node.js version',
      electronVersion: 'Electron version',
      platform: 'Platform',
      notElectron: '—',
      loading: 'Loading…',
      failed: 'Could not load application details: {{message}}',
      reload: 'Reload',
    },
  },
  glossary: glossaryEn,
  editor: editorEn,
  obs: obsEn,
  streamGraphics: streamGraphicsEn,
  products: productsEn,
  catalog: catalogEn,
  coupons: couponsEn,
  tasks: tasksEn,
  images: imagesEn,
  headOffice: headOfficeEn,
  shows: showsEn,
  live: liveEn,
  firstShow: firstShowEn,
  remote: remoteEn,
  phone: phoneEn,
  presenter: presenterEn,
  reports: reportsEn,
  consoleResults: consoleResultsEn,
  platformImport: platformImportEn,
  // The head-office web console (renderer/console).
  console: consoleEn,
  punctuation: {
    colon: ': ',
  },
  errors: {
    boundary: 'Something went wrong while showing this screen. Your show data is safe.',
    reload: 'Reload the window',
  },
};

export type Messages = typeof en;
