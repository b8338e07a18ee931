import { useEffect, useState } from "react";
import type { TeamsHost } from "../teams/teams-context";
import { initializeTeams, webHost } from "../teams/teams-context";

/**
 * Where the page runs, once known: Teams (frame, theme, language, chat) or a plain web page.
 * `skip` (the public page) never loads teams-js.
 */
export function useTeamsHost(skip: boolean): TeamsHost | undefined {
  const [host, setHost] = useState<TeamsHost | undefined>(skip ? webHost : undefined);

  useEffect(() => {
    if (skip) return;
    let current = true;
    void initializeTeams().then((found) => current && setHost(found));
    return () => {
      current = false;
    };
  }, [skip]);

  return host;
}
