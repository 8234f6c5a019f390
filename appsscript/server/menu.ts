// The Teamscan menu (Profiel invoegen, Scan, Dekking) and the sidebar it opens.

import { languageFromLocale } from '../../shared/i18n/language';
import { SHEET_DASHBOARD } from '../../shared/workbook/plan';
import { MENU_ACTIONS, type SidebarView } from '../api';
import { userLocale, VIEW_PROPERTY } from './endpoints';
import { services } from './gas';
import { sheetsText } from './texts';

/** The sidebar's file in the Apps Script project (dist/gas/sidebar.html). */
export const SIDEBAR_FILE = 'sidebar';

const LABELS: Record<SidebarView, 'menuInject' | 'menuScan' | 'menuDashboard'> = {
  inject: 'menuInject',
  scan: 'menuScan',
  dashboard: 'menuDashboard',
};

/**
 * Simple trigger: adds the menu. Runs without authorisation, so it only builds the menu. Ui.createAddonMenu, as
 * published Editor add-ons must ("Published Editor add-ons can create custom menu items under their editor's
 * Extensions menu … by using the Ui.createAddonMenu() method", developers.google.com/workspace/add-ons/concepts/
 * menus); bound to a spreadsheet the same call works, the sub-menu then named after the script (docs/decisions.md).
 */
export function onOpen(): void {
  const gas = services();
  const lang = languageFromLocale(userLocale(gas));
  let menu = gas.spreadsheet.getUi().createAddonMenu();
  for (const action of MENU_ACTIONS) menu = menu.addItem(sheetsText(LABELS[action.view], lang), action.name);
  menu.addToUi();
}

/** A menu item: remembers which view was asked for (the panel reads it), then shows the sidebar. */
export function openSidebar(view: SidebarView): void {
  const gas = services();
  const lang = languageFromLocale(userLocale(gas));
  gas.properties.getUserProperties().setProperty(VIEW_PROPERTY, view);
  if (view === 'dashboard') gas.spreadsheet.getActiveSpreadsheet().getSheetByName(SHEET_DASHBOARD)?.activate();
  const html = gas.html.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(sheetsText('sidebarTitle', lang));
  gas.spreadsheet.getUi().showSidebar(html);
}
