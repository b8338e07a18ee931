import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app";
import { captureFragmentToken } from "./auth/auth-token";

// First of all, so the token leaves the address bar before anything can copy or log the URL.
captureFragmentToken();

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
