import fs from "node:fs";
import path from "node:path";
import { openDatabase, SqliteEventStore, SqliteOutboxStore } from "../store";
import { ExportError } from "./export-error";

/** The service's stores opened for an export, and how to let go of them. */
export interface ExportStore {
  file: string;
  events: SqliteEventStore;
  outbox: SqliteOutboxStore;
  close(): void;
}

/** The SQLite file the service keeps in its data folder. */
export const STORE_FILE = "council.sqlite";

/**
 * Opens the service's SQLite store in `dataDir` for the CLI, next to a running service if need
 * be (WAL lets readers in). Refuses a data folder without a store rather than creating an empty
 * one, which would only hide a wrong DATA_DIR.
 *
 * @throws ExportError `store_not_found`
 */
export function openExportStore(dataDir: string): ExportStore {
  const file = path.join(dataDir, STORE_FILE);
  if (!fs.existsSync(file)) {
    throw new ExportError("store_not_found", `no ${STORE_FILE} in ${dataDir} (set DATA_DIR)`);
  }
  const db = openDatabase(file);
  return {
    file,
    events: new SqliteEventStore(db),
    outbox: new SqliteOutboxStore(db),
    close: () => db.close(),
  };
}
