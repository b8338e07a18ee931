import { Card, CardHeader, Link, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../hooks/use-i18n";
import type { ExportFile } from "../messages/messages";

export interface ExportLinksProps {
  sessionId: string;
}

const files: ExportFile[] = ["minutes.html", "minutes.md", "events.jsonl", "chat-log.csv"];

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
  },
});

/** Links to the records the service renders from the log, in the reader's language. */
export function ExportLinks({ sessionId }: ExportLinksProps) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const base = `/api/v1/sessions/${encodeURIComponent(sessionId)}/export`;
  return (
    <Card data-testid="exports">
      <CardHeader header={<Subtitle2 as="h2">{t.clerk.exports}</Subtitle2>} />
      <ul className={styles.list}>
        {files.map((file) => (
          <li key={file}>
            <Link
              href={`${base}/${file}?lang=${lang}`}
              target="_blank"
              rel="noreferrer"
              data-testid={`export-${file}`}
            >
              {t.clerk.exportNames[file]}
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
