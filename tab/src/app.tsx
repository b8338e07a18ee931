import { FluentProvider } from "@fluentui/react-components";
import { useMemo } from "react";
import { SessionPage } from "./components/session-page";
import { StatusScreen } from "./components/status-screen";
import { useBootstrap } from "./hooks/use-bootstrap";
import { useHostTheme } from "./hooks/use-host-theme";
import { useLanguage } from "./hooks/use-language";
import type { I18n } from "./i18n/i18n-context";
import { I18nContext } from "./i18n/i18n-context";
import { messagesFor } from "./i18n/messages-for";

/** The tab: language, theme (Teams' own inside Teams), then the session or a status screen. */
export function App() {
  const [lang, setLang] = useLanguage();
  const { boot, retry } = useBootstrap();
  const theme = useHostTheme(boot.host);
  const i18n = useMemo<I18n>(() => ({ lang, t: messagesFor(lang), setLang }), [lang, setLang]);

  return (
    <I18nContext.Provider value={i18n}>
      <FluentProvider theme={theme} lang={lang} style={{ minHeight: "100vh" }}>
        {boot.phase === "ready" ? (
          <SessionPage api={boot.api} store={boot.store} sessionId={boot.sessionId} me={boot.me} />
        ) : (
          <StatusScreen boot={boot} onRetry={retry} />
        )}
      </FluentProvider>
    </I18nContext.Provider>
  );
}
