// The self-scan form's two endpoints: make a form from the panel's description, read its responses back.

import type { FormMade, FormSpec, FormState } from '../../shared/selfscan/form-types';
import type { PropertiesLike, Services } from './gas';

// The runtime's global (docs/google-sheets.md: the `forms` scope); the tests' fake follows the FormApp reference.
declare const FormApp: FormAppLike;

/** The document property holding the form's id, and the prefix of a taken-over response's mark. */
export const FORM_PROPERTY = 'teamscan.form';
export const TAKEN_PREFIX = 'teamscan.taken.';

interface QuestionLike {
  setTitle(title: string): QuestionLike;
  setHelpText(text: string): QuestionLike;
  setRequired(required: boolean): QuestionLike;
}

interface ChoicesLike {
  setChoiceValues(values: string[]): QuestionLike;
}

interface GridLike {
  setRows(rows: string[]): { setColumns(columns: string[]): QuestionLike };
}

interface FormItemLike {
  getId(): number;
  getTitle(): string;
  getType(): unknown;
  asGridItem(): { getRows(): string[] };
}

interface FormLike {
  getId(): string;
  getPublishedUrl(): string;
  setDescription(text: string): FormLike;
  setPublishingSummary(enabled: boolean): FormLike;
  setAllowResponseEdits(enabled: boolean): FormLike;
  setCollectEmail(collect: boolean): FormLike;
  setRequireLogin(requireLogin: boolean): FormLike;
  setDestination(type: unknown, id: string): FormLike;
  addListItem(): ChoicesLike;
  addMultipleChoiceItem(): ChoicesLike;
  addGridItem(): GridLike;
  getItems(): FormItemLike[];
  getResponses(): {
    getId(): string;
    getTimestamp(): { getTime(): number };
    getRespondentEmail(): string;
    getItemResponses(): { getItem(): FormItemLike; getResponse(): unknown }[];
  }[];
}

export interface FormAppLike {
  create(title: string): FormLike;
  openById(id: string): FormLike;
  readonly DestinationType: { readonly SPREADSHEET: unknown };
  readonly ItemType: { readonly GRID: unknown };
}

const marks = (gas: Services): PropertiesLike => gas.properties.getDocumentProperties();

/** Makes the form in the user's Drive, its responses to this spreadsheet; remembers it for everyone here. */
const isText = (value: unknown) => typeof value === 'string' && value.length < 2e4;
const isTexts = (value: unknown) =>
  Array.isArray(value) && value.length > 0 && value.length < 1e3 && value.every(isText);

/**
 * Checked before anything is made (docs/design.md#9-reliability-and-privacy, host entry points): texts of bounded
 * size, up to 200 questions, each with choices (a grid with rows). The panel always sends such a description, so a
 * refusal names no field, like openReport's.
 */
function checkSpec(spec: FormSpec): FormSpec {
  const items: unknown = spec.items;
  const item = (i: FormSpec['items'][number]) =>
    isText(i?.title) && isText(i.help) && isTexts(i.choices) && (i.type !== 'grid' || isTexts(i.rows));
  if (
    !isText(spec.title) ||
    !isText(spec.description) ||
    !Array.isArray(items) ||
    !(items.length < 200 && items.every(item))
  )
    throw new Error('createForm: not a form description');
  return spec;
}

export function createForm(gas: Services, request: FormSpec): FormMade {
  const spec = checkSpec(request);
  const form = FormApp.create(spec.title)
    .setDescription(spec.description)
    .setPublishingSummary(false)
    .setAllowResponseEdits(true)
    .setCollectEmail(spec.email);
  if (spec.email) form.setRequireLogin(true);
  for (const item of spec.items) {
    const made =
      item.type === 'grid'
        ? form
            .addGridItem()
            .setRows(item.rows as string[])
            .setColumns(item.choices as string[])
        : (item.type === 'list' ? form.addListItem() : form.addMultipleChoiceItem()).setChoiceValues(
            item.choices as string[],
          );
    made
      .setTitle(item.title)
      .setHelpText(item.help)
      .setRequired(item.type === 'list');
  }
  form.setDestination(FormApp.DestinationType.SPREADSHEET, gas.spreadsheet.getActiveSpreadsheet().getId());
  marks(gas).setProperty(FORM_PROPERTY, form.getId());
  return { url: form.getPublishedUrl() };
}

/** The form and its responses as they are now, each with whether it was taken over; null without a form. */
export function readResponses(gas: Services): FormState | null {
  const properties = marks(gas).getProperties();
  const id = properties[FORM_PROPERTY];
  if (!id) return null;
  const form = FormApp.openById(id);
  const grid = FormApp.ItemType.GRID;
  return {
    url: form.getPublishedUrl(),
    items: form.getItems().map((item) => ({
      id: item.getId(),
      title: item.getTitle(),
      rows: item.getType() === grid ? item.asGridItem().getRows() : null,
    })),
    responses: form.getResponses().map((response) => ({
      id: response.getId(),
      time: response.getTimestamp().getTime(),
      email: response.getRespondentEmail(),
      taken: TAKEN_PREFIX + response.getId() in properties,
      answers: response
        .getItemResponses()
        .map((answer) => [answer.getItem().getId(), answer.getResponse() as string[]] as const),
    })),
  };
}
