import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { CommandFailure } from "../hooks/use-command";
import { useI18n } from "../hooks/use-i18n";
import { errorMessage } from "../i18n/error-message";

export interface CommandErrorBarProps {
  failure: CommandFailure;
  onDismiss: () => void;
}

/** Why the last command was refused, in the reader's language. */
export function CommandErrorBar({ failure, onDismiss }: CommandErrorBarProps) {
  const { t } = useI18n();
  return (
    <MessageBar intent="error" data-testid="command-error" data-code={failure.code}>
      <MessageBarBody>
        <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
        {errorMessage(t, failure.code, failure.message)}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          {t.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
