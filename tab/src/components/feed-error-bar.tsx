import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useI18n } from "../hooks/use-i18n";
import { errorMessage } from "../i18n/error-message";

export interface FeedErrorBarProps {
  error: { code: string; message: string } | undefined;
}

/** What the live feed reported as wrong (an unknown session, an outdated page). */
export function FeedErrorBar({ error }: FeedErrorBarProps) {
  const { t } = useI18n();
  if (!error) return null;
  return (
    <MessageBar intent="warning" data-testid="feed-error" data-code={error.code}>
      <MessageBarBody>{errorMessage(t, error.code, error.message)}</MessageBarBody>
    </MessageBar>
  );
}
