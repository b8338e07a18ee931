import type { SessionState } from "@council/core";
import {
  Body1,
  Caption1,
  Card,
  CardHeader,
  Subtitle1,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useI18n } from "../hooks/use-i18n";
import { sessionTime } from "../i18n/session-time";
import { itemNumber, numberLabel } from "@council/core";
import { currentItem } from "../session/item-number";
import { FoldableText } from "./foldable-text";

export interface CurrentItemCardProps {
  state: SessionState;
  /** What a role adds under the item: the chair's controls, a member's conflict declaration. */
  children?: ReactNode;
}

const useStyles = makeStyles({
  card: { gap: tokens.spacingVerticalS },
  title: { overflowWrap: "anywhere" },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

/** The item under discussion: its number and title, who presents it, the draft resolution. */
export function CurrentItemCard({ state, children }: CurrentItemCardProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const item = currentItem(state);
  if (!item) {
    return (
      <Card data-testid="current-item" data-item="">
        <CardHeader header={<Subtitle2 as="h2">{t.item.title}</Subtitle2>} />
        <Body1>{t.item.none}</Body1>
        {children}
      </Card>
    );
  }

  const number = itemNumber(item);
  return (
    <Card className={styles.card} data-testid="current-item" data-item={item.id}>
      <CardHeader
        header={<Subtitle2 as="h2">{t.item.title}</Subtitle2>}
        description={
          item.startedAt ? (
            <Caption1>
              {t.item.startedAt(sessionTime(item.startedAt, state.timeZone, lang))}
            </Caption1>
          ) : undefined
        }
      />
      <Subtitle1 as="h3" className={styles.title} data-testid="current-item-title">
        {number ? `${numberLabel(number)} ` : item.added ? `${t.item.noNumber}: ` : ""}
        {item.title}
      </Subtitle1>
      {item.reporter ? <Caption1>{t.agenda.reporter(item.reporter)}</Caption1> : null}
      <section className={styles.section} aria-label={t.item.draftResolution}>
        <Subtitle2 as="h3">{t.item.draftResolution}</Subtitle2>
        <FoldableText text={item.draftResolution ?? t.item.noDraft} testId="draft-resolution" />
      </section>
      {children}
    </Card>
  );
}
