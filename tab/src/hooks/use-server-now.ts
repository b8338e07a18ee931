import { useEffect, useState } from "react";

/**
 * The server's time now, by this device's clock corrected by the offset the live feed learnt,
 * re-read every `intervalMs` while `active` (a countdown is running). Anchoring to server times
 * makes every screen show the same time left, whatever each device's clock says.
 */
export function useServerNow(offsetMs: number, active: boolean, intervalMs = 250): number {
  const [localNow, setLocalNow] = useState(() => Date.now());

  useEffect(() => {
    if (!active) return;
    setLocalNow(Date.now());
    const timer = setInterval(() => setLocalNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs]);

  return localNow - offsetMs;
}
