// The OAuth scopes the project asks for (manifests/appsscript.json, a test keeps them equal): what the scopes probe asks about.

export const MANIFEST_SCOPES: readonly string[] = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/forms',
];
