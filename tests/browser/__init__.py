"""End-to-end tests in a real browser (Chromium via Playwright)."""
