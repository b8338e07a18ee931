import { useCallback, useEffect, useState } from "react";
import type { Route } from "../routing/route";
import { parseRoute } from "../routing/route";

function current(): Route {
  return parseRoute(window.location.pathname, window.location.search);
}

/**
 * The route of the address, following back and forward; `navigate` changes the address without
 * a reload, so switching views keeps the live connection.
 */
export function useRoute(): [Route, (href: string) => void] {
  const [route, setRoute] = useState(current);

  useEffect(() => {
    const onPop = () => setRoute(current());
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  const navigate = useCallback((href: string) => {
    window.history.pushState(null, "", href);
    setRoute(current());
  }, []);

  return [route, navigate];
}
