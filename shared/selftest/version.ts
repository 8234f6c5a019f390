// Teamscan's own version as the self-test reports it (tests/selftest/result-text.test.ts holds it to package.json).

export const PRODUCT_VERSION = '0.1.0';
