import { SessionOverview } from "../components/session-overview";
import { ViewFrame } from "../components/view-frame";
import { ViewHeader } from "../components/view-header";
import { ViewNav } from "../components/view-nav";
import { useI18n } from "../hooks/use-i18n";
import { useServerNow } from "../hooks/use-server-now";
import { useSession } from "../hooks/use-session";
import type { ViewContext } from "./view-context";

export interface AgendaViewProps {
  ctx: ViewContext;
}

/** The meeting chat and details tabs: the agenda, what happens now and the results, read-only. */
export function AgendaView({ ctx }: AgendaViewProps) {
  const { t } = useI18n();
  const snapshot = useSession(ctx.store);
  const serverNow = useServerNow(snapshot.clockOffsetMs, snapshot.state?.floor !== undefined);
  return (
    <ViewFrame title={t.views.agenda} snapshot={snapshot} width="wide">
      {(state) => (
        <>
          <ViewHeader
            state={state}
            connection={snapshot.connection}
            signedIn={ctx.me.name}
            nav={<ViewNav current={ctx.view} views={ctx.views} onNavigate={ctx.navigate} />}
          />
          <SessionOverview state={state} serverNowMs={serverNow} />
        </>
      )}
    </ViewFrame>
  );
}
