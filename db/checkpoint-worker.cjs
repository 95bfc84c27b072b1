// Checkpoints a SQLite WAL from a worker thread (see db/checkpointer.ts). Plain CommonJS so that it
// runs the same under tsx, vitest and plain node.
const { parentPort, workerData } = require('node:worker_threads');
const SQLite = require(workerData.sqliteModule);

const db = new SQLite(workerData.path);
db.pragma('busy_timeout = 5000');
db.pragma('wal_autocheckpoint = 0');
const passive = db.prepare('pragma wal_checkpoint(PASSIVE)');
// RESTART waits for the writer and makes the next one start the log from its beginning.
const restart = db.prepare('pragma wal_checkpoint(RESTART)');

const timer = setInterval(() => {
  try {
    // { busy, log, checkpointed }: frames in the log, and how many of them are now in the database.
    const r = passive.get();
    // Under a writer that never pauses, a passive checkpoint may never catch up, and the log only
    // restarts after a checkpoint that did: bound it.
    if (r.log > workerData.maxFrames) restart.get();
  } catch (error) {
    parentPort.postMessage({ error: String(error?.message || error) });
  }
}, workerData.intervalMs);

parentPort.on('message', (m) => {
  if (m !== 'close') return;
  clearInterval(timer);
  try {
    passive.get();
  } catch {
    /* closing anyway */
  }
  db.close();
  parentPort.close();
});
