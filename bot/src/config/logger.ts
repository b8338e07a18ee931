import pino from "pino";
import type { Logger } from "pino";

/** Paths pino blanks out wherever they appear: tokens and secrets never reach a log. */
export const REDACTED_PATHS = [
  "req.headers.authorization",
  "headers.authorization",
  "authorization",
  "token",
  "*.token",
  "appPassword",
  "*.appPassword",
  "password",
  "*.password",
];

/** The service's root logger: JSON lines, one event per line, children add session and request ids. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options = {
    level,
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    base: { service: "council-live" },
  };
  return destination ? pino(options, destination) : pino(options);
}

export type { Logger };
