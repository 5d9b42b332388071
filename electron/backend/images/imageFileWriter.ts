import { evalWorker, type WorkerRequests } from '../store/workerRequests';

/**
 * Content-addressed image files written on a worker thread: a file is written to a temporary name, fsynced, read
 * back and re-hashed, renamed into place and its folder fsynced, so a crash never leaves a file whose name lies about
 * its content. A file already there with the right content is left alone; a damaged one is rewritten.
 *
 * Each file is a dozen file-system steps. Done with promises on the backend's thread, every step waited for a turn
 * of its event loop, which a show package's staging holds in slices of a few milliseconds: 40 images took 45 ms more
 * than the staging beside them. The worker runs each file's steps back to back (about a millisecond), and one worker
 * for the whole process is enough: it is started on first use and does not keep the process alive when idle.
 *
 * The worker is plain CommonJS evaluated from a string (see evalWorker): it needs only Node's own modules.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const { createHash, randomUUID } = require('node:crypto');
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
function intact(file, hash, size) {
  try {
    return fs.statSync(file).size === size && sha256(fs.readFileSync(file)) === hash;
  } catch {
    return false;
  }
}
// Directories cannot be opened for fsync on Windows; there NTFS journals the rename.
function syncDir(dir) {
  let fd;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch {
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
function writeVerified(file, bytes, hash) {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, '.' + hash + '.' + randomUUID() + '.tmp');
  try {
    const fd = fs.openSync(tmp, 'wx');
    try {
      fs.writeFileSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    const written = sha256(fs.readFileSync(tmp));
    if (written !== hash) throw new Error('Image write verification failed: wrote ' + hash + ', read back ' + written);
    fs.renameSync(tmp, file);
    syncDir(dir);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw error;
  }
}
parentPort.on('message', (m) => {
  try {
    // The name must not lie about the content, whoever computed the hash.
    if (sha256(m.bytes) !== m.hash) throw new Error('Image bytes do not match their hash ' + m.hash);
    const written = !intact(m.file, m.hash, m.bytes.length);
    if (written) writeVerified(m.file, m.bytes, m.hash);
    parentPort.postMessage({ id: m.id, ok: true, written });
  } catch (error) {
    const code = error && typeof error.code === 'string' ? error.code : undefined;
    parentPort.postMessage({ id: m.id, ok: false, message: String((error && error.message) || error), code });
  }
});
`;

export { WorkerRequestError as ImageFileError } from '../store/workerRequests';

/** The worker for the whole process, while it runs; a stopped one is replaced by the next file's request. */
let running: WorkerRequests | null = null;

function started(): WorkerRequests {
  if (running) return running;
  const self: WorkerRequests = evalWorker('image file worker', WORKER_SOURCE, {
    onStopped: () => {
      if (running === self) running = null;
    },
  });
  running = self;
  return self;
}

/**
 * Makes `file` hold exactly `bytes`, writing it only when it is missing or damaged; resolves with whether it wrote.
 * Refused when the bytes' SHA-256 is not `hash` (checked on the worker, so a caller that knows the hash need not
 * compute it). The bytes are copied, never moved: the caller keeps its buffer.
 */
export async function ensureImageFile(file: string, bytes: Uint8Array, hash: string): Promise<boolean> {
  // A copy of exactly these bytes, moved to the worker (posting the view would copy the whole buffer under it).
  const copy = new Uint8Array(bytes);
  const reply = await started().request<{ written: boolean }>({ file, hash, bytes: copy }, [copy.buffer]);
  return reply.written;
}

/** Stops the worker (tests: what a crashed worker leaves; the next file starts a new one at once). */
export async function stopImageFileWorker(): Promise<void> {
  const stopping = running;
  if (!stopping) return;
  running = null;
  await stopping.worker.terminate();
}
