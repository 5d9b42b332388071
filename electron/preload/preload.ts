/**
 * Preload (bundled to out/preload/preload.cjs). Sandboxed: it can require only 'electron'.
 * Exposes window.livecue = { invoke, subscribe } and nothing else: no ipcRenderer, no Node.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createLiveCueBridge } from './liveCueBridge';

/** The global the renderer's API client looks for. */
export const BRIDGE_GLOBAL = 'livecue';

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, createLiveCueBridge(ipcRenderer));
