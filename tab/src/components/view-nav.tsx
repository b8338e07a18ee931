import { Link, makeStyles, tokens } from "@fluentui/react-components";
import { useI18n } from "../hooks/use-i18n";
import { viewHref } from "../routing/route";
import type { ViewName } from "../routing/view-name";

export interface ViewNavProps {
  current: ViewName;
  views: readonly ViewName[];
  onNavigate: (href: string) => void;
}

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexWrap: "wrap",
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  current: { fontWeight: tokens.fontWeightSemibold, textDecorationLine: "underline" },
});

/** Links between the views a person may open; switching keeps the live connection. */
export function ViewNav({ current, views, onNavigate }: ViewNavProps) {
  const { t } = useI18n();
  const styles = useStyles();
  if (views.length < 2) return null;
  return (
    <nav aria-label={t.viewNav} data-testid="view-nav">
      <ul className={styles.list}>
        {views.map((view) => {
          const href = viewHref(view, window.location.search);
          return (
            <li key={view}>
              <Link
                href={href}
                className={view === current ? styles.current : undefined}
                aria-current={view === current ? "page" : undefined}
                data-testid={`view-link-${view}`}
                onClick={(event) => {
                  event.preventDefault();
                  onNavigate(href);
                }}
              >
                {t.views[view]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
