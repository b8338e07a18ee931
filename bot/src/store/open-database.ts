import Database from "better-sqlite3";
import { migrate } from "./migrations";

/** How long a writer waits for another connection's write lock before giving up. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (or creates) the service's SQLite file and brings its schema up to date. The event,
 * outbox and binding stores can all share the returned connection; `:memory:` gives a private
 * database that lives as long as the connection.
 */
export function openDatabase(path: string): Database.Database {
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  // FULL syncs the WAL on every commit, so an acknowledged append survives power loss too.
  db.pragma("synchronous = FULL");
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  migrate(db);
  return db;
}
