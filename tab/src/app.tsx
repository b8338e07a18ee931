import { FluentProvider, Spinner } from "@fluentui/react-components";
import { Suspense, useMemo } from "react";
import { useLanguage } from "./hooks/use-language";
import { useRoute } from "./hooks/use-route";
import { useTeamsHost } from "./hooks/use-teams-host";
import { useTheme } from "./hooks/use-theme";
import type { I18n } from "./i18n/i18n-context";
import { I18nContext } from "./i18n/i18n-context";
import { messagesFor } from "./i18n/messages-for";
import { ThemeChoiceContext } from "./theme/theme-choice-context";
import { LazyConfigPage, LazyPublicPage } from "./views/lazy-views";
import { SignedInApp } from "./views/signed-in-app";

/**
 * The tab: where it runs (Teams or a plain page), the language and theme, then the route: the
 * public live page, the Teams configuration page, or the signed-in views.
 */
export function App() {
  const [route, navigate] = useRoute();
  const host = useTeamsHost(route.kind === "live");
  const [lang, setLang] = useLanguage(host?.locale);
  const { theme, choice } = useTheme(host);
  const i18n = useMemo<I18n>(() => ({ lang, t: messagesFor(lang), setLang }), [lang, setLang]);

  return (
    <I18nContext.Provider value={i18n}>
      <ThemeChoiceContext.Provider value={choice}>
        <FluentProvider
          theme={theme}
          lang={lang}
          style={{ minHeight: "100vh" }}
          data-theme={choice.name}
        >
          <Suspense fallback={<Spinner label={i18n.t.loading} data-testid="loading" />}>
            {route.kind === "live" ? (
              <LazyPublicPage sessionId={route.sessionId} />
            ) : route.kind === "config" ? (
              host ? (
                <LazyConfigPage host={host} />
              ) : (
                <Spinner label={i18n.t.loading} />
              )
            ) : (
              <SignedInApp route={route} host={host} navigate={navigate} />
            )}
          </Suspense>
        </FluentProvider>
      </ThemeChoiceContext.Provider>
    </I18nContext.Provider>
  );
}
