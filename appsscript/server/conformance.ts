// Compile-time check that the narrow interfaces of gas.ts match Apps Script's published typings.

import type { FormAppLike } from './forms';
import type { HtmlServiceLike, LockServiceLike, PropertiesServiceLike, SessionLike, SpreadsheetAppLike } from './gas';

// Under appsscript/tsconfig.json (which loads @types/google-apps-script) `Real` is the runtime's own type
// and every line below fails to compile if our interface asks for something Apps Script does not offer.
// Elsewhere the globals are absent, `Real` falls back to our own type and the checks are trivially true.
type Real<Name extends string, Fallback> = typeof globalThis extends { readonly [K in Name]: infer Service }
  ? Service
  : Fallback;
type Conforms<Actual extends Expected, Expected> = Actual;

export type SpreadsheetAppConforms = Conforms<Real<'SpreadsheetApp', SpreadsheetAppLike>, SpreadsheetAppLike>;
export type LockServiceConforms = Conforms<Real<'LockService', LockServiceLike>, LockServiceLike>;
export type HtmlServiceConforms = Conforms<Real<'HtmlService', HtmlServiceLike>, HtmlServiceLike>;
export type PropertiesServiceConforms = Conforms<
  Real<'PropertiesService', PropertiesServiceLike>,
  PropertiesServiceLike
>;
export type SessionConforms = Conforms<Real<'Session', SessionLike>, SessionLike>;
export type FormAppConforms = Conforms<Real<'FormApp', FormAppLike>, FormAppLike>;
