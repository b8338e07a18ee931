import { useEffect } from "react";

/** Sets the document title (the browser tab, the window list, a screen reader's first words). */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
