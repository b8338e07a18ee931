import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Bootstrap } from "../hooks/use-bootstrap";
import { useDocumentTitle } from "../hooks/use-document-title";
import { useI18n } from "../hooks/use-i18n";
import { errorMessage } from "../i18n/error-message";
import { LanguageSwitcher } from "./language-switcher";

export interface StatusScreenProps {
  boot: Exclude<Bootstrap, { phase: "ready" }>;
  onRetry: () => void;
}

const useStyles = makeStyles({
  screen: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalXXL,
    maxWidth: "640px",
  },
});

/** What the page shows before the session is live: a spinner, or why it cannot start. */
export function StatusScreen({ boot, onRetry }: StatusScreenProps) {
  const { t } = useI18n();
  const styles = useStyles();
  useDocumentTitle(t.appName);
  return (
    <main className={styles.screen}>
      <LanguageSwitcher />
      {boot.phase === "loading" ? (
        <Spinner label={t.loading} data-testid="loading" />
      ) : (
        <MessageBar intent="error" data-testid="boot-error" data-code={boot.code}>
          <MessageBarBody>{errorMessage(t, boot.code, boot.message)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onRetry}>
              {t.retry}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </main>
  );
}
